/* lock-not-released: a spin lock acquired in this function is still held on
 * some path that leaves it. Reported at the acquire, with a note at the
 * exit; the WDK requires every acquire to be paired with a release before
 * the routine returns (a held spin lock keeps the processor at
 * DISPATCH_LEVEL and deadlocks the next acquirer). */
#include "rule.h"

static const diag_rule_info info = {
    "lock-not-released", "Spin lock still held when the function returns",
    "A spin lock acquired in this function is still held on a path that "
    "returns. The processor stays at DISPATCH_LEVEL and the next thread that "
    "acquires the lock spins forever. Release the lock on every path, "
    "including error paths and early returns.",
    DIAG_LEVEL_WARNING};

static void check_exit(const rule_ctx *ctx, const lock_state *state,
                       const cfg_block *block) {
  for (int i = 0; i < state->count; i++) {
    const held_lock *h = &state->held[i];
    if (!rule_lock_is_certain(state, h) ||
        !ctx->fn->locks[h->lock].acquired_here ||
        ctx->fn->locks[h->lock].returned_held) /* a wrapper's purpose */
      continue;
    /* the caller's lock, released on this path and taken back (a helper
     * that drops its caller's lock around a call, maybe only sometimes):
     * held on return as on entry. A routine the system calls holds no
     * lock of its caller's unless its annotations say so: there the
     * release was of an unheld lock (lock-release-unheld) and the retake
     * is a leak of its own. */
    int d = dropped_find(state, h->lock);
    if (d >= 0 && !state->dropped[d].maybe &&
        (state->dropped[d].from_entry || !ctx->contract->os_callback))
      continue;
    const lock_op *acq = rule_acquire_op(ctx, h);
    if (!acq)
      continue;
    const char *name = rule_lock_name(ctx, h->lock);
    diag_begin(ctx->diag, &info, rule_loc(&acq->event->loc), ctx->fn->cfg->name,
               "'%s' is acquired by %s but not released on every path out "
               "of '%s'",
               name, acq->written, ctx->fn->cfg->name);
    /* this wording is part of the output contract; the location (a
     * return, or the closing brace of the body) says which exit it is */
    diag_add_note(ctx->diag, rule_loc(&block->term_loc),
                  "returns here with '%s' held", name);
    rule_note_effect(ctx, lock_fn_op_for_lock(ctx->fn, h->site, h->lock, 1),
                     "acquires");
    diag_add_step(ctx->diag, rule_loc(&acq->event->loc), "'%s' acquired", name);
    diag_add_step(ctx->diag, rule_loc(&block->term_loc),
                  "returns with '%s' held", name);
    diag_commit(ctx->diag);
  }
}

const rule lock_not_released_rule = {.info = &info, .on_exit = check_exit};
