/* lock-double-acquire: acquiring a spin lock this path already holds. Spin
 * locks are not recursive: the second acquire spins forever on the first
 * (self-deadlock). NdisInterlockedXxx and ExInterlockedXxx calls take their
 * lock argument inside, so passing a held lock to them deadlocks the same way.
 */
#include "rule.h"

static const diag_rule_info info = {
    "lock-double-acquire",
    "Spin lock acquired while already held (self-deadlock)",
    "The lock is acquired on a path where this function already holds it. "
    "Spin locks are not recursive: the second acquire spins forever. The "
    "same happens when a held lock is passed to an NdisInterlockedXxx or "
    "ExInterlockedXxx routine, which acquires it internally.",
    DIAG_LEVEL_WARNING};

static void check_op(const rule_ctx *ctx, const lock_state *before,
                     const lock_op *op) {
  int blocks;
  const held_lock *h = lock_op_takes_held(before, op, &blocks);
  if (!h)
    return;
  const char *name = rule_op_lock_name(ctx, op);
  if (op->requires_unheld)
    diag_begin(ctx->diag, &info, rule_loc(&op->event->loc), ctx->fn->cfg->name,
               "'%s' is held, but %s requires it not held "
               "(_Requires_lock_not_held_)",
               name, op->written);
  else if (op->op == API_OP_INTERLOCKED)
    diag_begin(ctx->diag, &info, rule_loc(&op->event->loc), ctx->fn->cfg->name,
               "%s acquires '%s' internally, but it is already held "
               "(self-deadlock)",
               op->written, name);
  else
    diag_begin(ctx->diag, &info, rule_loc(&op->event->loc), ctx->fn->cfg->name,
               "%s is acquired by %s while already held (self-deadlock)",
               rule_lock_title(ctx, name, op->kind), op->written);
  rule_note_acquired(ctx, h);
  rule_note_effect(ctx, op, "acquires");
  const lock_op *first = rule_acquire_op(ctx, h);
  if (first) {
    diag_add_step(ctx->diag, rule_loc(&first->event->loc), "'%s' acquired",
                  name);
  }
  diag_add_step(ctx->diag, rule_loc(&op->event->loc), "'%s' acquired again",
                name);
  diag_commit(ctx->diag);
}

const rule lock_double_acquire_rule = {.info = &info, .on_op = check_op};
