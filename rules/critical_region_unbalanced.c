/* critical-region-unbalanced: a critical region (KeEnterCriticalRegion,
 * FsRtlEnterFileSystem) or a guarded region (KeEnterGuardedRegion) entered
 * and not left on a path that returns, or left on a path where this
 * function did not enter it. Regions nest: each enter needs its leave.
 * A thread that returns to the system inside a region keeps normal kernel
 * APCs disabled (I/O completion, thread suspension never run for it); one
 * that leaves a region it did not enter enables APCs under its caller. A
 * wrapper that enters for its caller (its callers leave) is summarized as
 * lock wrappers are, and reported at its callers. */
#include "rule.h"

static const diag_rule_info info = {
    "critical-region-unbalanced",
    "Critical or guarded region entered and not left, or left unentered",
    "KeEnterCriticalRegion (FsRtlEnterFileSystem) and KeEnterGuardedRegion "
    "must be paired with KeLeaveCriticalRegion (FsRtlExitFileSystem) and "
    "KeLeaveGuardedRegion on every path. A thread returning with the region "
    "entered keeps kernel APCs disabled, so I/O completion and thread "
    "suspension never run for it; leaving a region this path did not enter "
    "enables APCs under a caller that relies on them being disabled.",
    DIAG_LEVEL_WARNING};

/* Is the region entered by the same call as another lock still held
 * here (FltAcquirePushLockExclusive, ExEnterCriticalRegionAndAcquire…
 * enter it with their lock)? Then the lock's leak, which lock-not-released
 * reports, is the one to fix: the region is left with it. */
static int entered_with_held_lock(const lock_state *state,
                                  const held_lock *region) {
  for (int k = 0; k < state->count; k++)
    if (&state->held[k] != region && state->held[k].site == region->site &&
        !rule_kind_is_region(state->held[k].kind))
      return 1;
  return 0;
}

static void check_exit(const rule_ctx *ctx, const lock_state *state,
                       const cfg_block *block) {
  for (int i = 0; i < state->count; i++) {
    const held_lock *h = &state->held[i];
    if (!rule_kind_is_region(h->kind) ||
        !rule_held_at_exit_is_leak(ctx, state, h) ||
        entered_with_held_lock(state, h))
      continue;
    const lock_op *enter = rule_acquire_op(ctx, h);
    if (!enter)
      continue;
    const char *region =
        rule_lock_title(ctx, rule_held_lock_name(ctx, h), h->kind);
    diag_begin(ctx->diag, &info, rule_loc(&enter->event->loc),
               ctx->fn->cfg->name,
               "%s entered by %s is not left on every path out of '%s'", region,
               enter->written, ctx->fn->cfg->name);
    diag_add_note(ctx->diag, rule_loc(&block->term_loc),
                  "returns here inside %s", region);
    rule_note_effect(ctx, lock_fn_op_for_lock(ctx->fn, h->site, h->lock, 1),
                     "enters");
    diag_add_step(ctx->diag, rule_loc(&enter->event->loc), "%s entered",
                  region);
    diag_add_step(ctx->diag, rule_loc(&block->term_loc), "returns inside %s",
                  region);
    diag_commit(ctx->diag);
  }
}

static void check_op(const rule_ctx *ctx, const lock_state *before,
                     const lock_op *op) {
  if (!rule_kind_is_region(op->kind) ||
      !rule_release_is_unheld(ctx, before, op))
    return;
  const char *region =
      rule_lock_title(ctx, rule_op_lock_name(ctx, op), op->kind);
  diag_begin(ctx->diag, &info, rule_loc(&op->event->loc), ctx->fn->cfg->name,
             "%s leaves %s that this path has not entered", op->written,
             region);
  rule_note_effect(ctx, op, "leaves");
  diag_add_step(ctx->diag, rule_loc(&op->event->loc),
                "%s left while not entered", region);
  diag_commit(ctx->diag);
}

const rule critical_region_unbalanced_rule = {
    .info = &info, .on_op = check_op, .on_exit = check_exit};
