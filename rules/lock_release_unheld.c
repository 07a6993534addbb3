/* lock-release-unheld: releasing a spin lock that this path does not hold.
 * Releasing an unheld lock corrupts the lock (another holder loses mutual
 * exclusion) and restores a stale IRQL. A lock the function never acquires
 * may be held by its caller, and so may one it releases before any path
 * acquires it (dropped around an indication and taken back); only releases
 * that can follow an acquire of their lock in this function are checked,
 * unless the system calls the function (then it holds nothing). */
#include "rule.h"

static const diag_rule_info info = {
    "lock-release-unheld", "Spin lock released on a path where it is not held",
    "The lock is released on a path where this function has not acquired it "
    "(or has already released it). Releasing an unheld spin lock breaks "
    "mutual exclusion for whoever holds it and restores a stale IRQL.",
    DIAG_LEVEL_WARNING};

static void check_op(const rule_ctx *ctx, const lock_state *before,
                     const lock_op *op) {
  if (rule_kind_is_region(op->kind) || !rule_release_is_unheld(ctx, before, op))
    return;
  const char *name = rule_op_lock_name(ctx, op);
  diag_begin(ctx->diag, &info, rule_loc(&op->event->loc), ctx->fn->cfg->name,
             "%s is released by %s but is not held on this path",
             rule_lock_title(ctx, name, op->kind), op->written);
  rule_note_effect(ctx, op, "releases");
  diag_add_step(ctx->diag, rule_loc(&op->event->loc),
                "'%s' released while not held", name);
  diag_commit(ctx->diag);
}

const rule lock_release_unheld_rule = {.info = &info, .on_op = check_op};
