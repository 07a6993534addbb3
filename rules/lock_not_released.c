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

/* A lock the function's role has the system hold when it calls it (a
 * cancel routine and the cancel spin lock), still held where it returns:
 * reported there, with a note at the routine's name saying why. */
static void report_role_lock(const rule_ctx *ctx, const held_lock *h,
                             const cfg_block *block) {
  const char *name = rule_held_lock_name(ctx, h);
  const cfg_function *fn = ctx->fn->cfg;
  diag_begin(ctx->diag, &info, rule_loc(&block->term_loc), fn->name,
             "'%s', held when '%s' is called, is not released on every path "
             "out of it",
             name, fn->name);
  strbuf why;
  strbuf_init(&why);
  irql_contract_describe(ctx->contract, &why);
  diag_add_note(ctx->diag, rule_loc(&fn->loc),
                "'%s' is a %s routine (%s): the system calls it holding '%s', "
                "which it must release",
                fn->name, ctx->contract->role, strbuf_cstr(&why), name);
  strbuf_free(&why);
  diag_add_step(ctx->diag, rule_loc(&fn->loc), "called holding '%s'", name);
  diag_add_step(ctx->diag, rule_loc(&block->term_loc), "returns with '%s' held",
                name);
  diag_commit(ctx->diag);
}

static void check_exit(const rule_ctx *ctx, const lock_state *state,
                       const cfg_block *block) {
  for (int i = 0; i < state->count; i++) {
    const held_lock *h = &state->held[i];
    if (h->must_release && h->site == HELD_AT_ENTRY) {
      if (rule_lock_is_certain(state, h))
        report_role_lock(ctx, h, block);
      continue;
    }
    if (rule_kind_is_region(h->kind) ||
        !rule_held_at_exit_is_leak(ctx, state, h))
      continue;
    const lock_op *acq = rule_acquire_op(ctx, h);
    if (!acq)
      continue;
    const char *name = rule_held_lock_name(ctx, h);
    diag_begin(ctx->diag, &info, rule_loc(&acq->event->loc), ctx->fn->cfg->name,
               "%s is acquired by %s but not released on every path out "
               "of '%s'",
               rule_lock_title(ctx, name, h->kind), acq->written,
               ctx->fn->cfg->name);
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
