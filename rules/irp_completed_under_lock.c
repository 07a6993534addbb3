/* irp-completed-under-lock: completing a request while a spin lock is
 * held. IoCompleteRequest runs the IoCompletion routines of the drivers
 * above before it returns, in the caller's context: a routine that takes
 * the lock the caller holds (or sends new I/O down to the caller, which
 * takes it) deadlocks, and its documentation says never to call it while
 * holding a spin lock. The routines are API_COMPLETES rows
 * (rules/api_model.def), each from its own page. Reported at the call, or
 * at the call of a function that completes a request on some path (the
 * summary fact "completes a request"; notes walk the chain down to the
 * completion), once per call site. Only spin locks count: the page says
 * spin lock, and a completion routine may run at DISPATCH_LEVEL, where it
 * cannot wait for a fast mutex or a resource at all -- one that did would
 * be wrong whoever held it. */
#include "rule.h"

static const diag_rule_info info = {
    "irp-completed-under-lock", "Request completed while a spin lock is held",
    "IoCompleteRequest (or a function that calls it) is called while the "
    "caller holds a spin lock. Completing an IRP calls the IoCompletion "
    "routines of the drivers above in the same context, at the raised IRQL "
    "and under the lock: one that takes the same lock, or sends a new "
    "request down to this driver, deadlocks, and the documentation says "
    "never to complete an IRP while holding a spin lock. Take the IRP off "
    "the queue under the lock, release the lock, then complete it (collect "
    "several on a local list first when needed).",
    DIAG_LEVEL_WARNING};

static const summary_witness *completes_witness(const fn_summary *s) {
  return s->completes_request ? &s->completes_at : NULL;
}

static void check_op(const rule_ctx *ctx, const lock_state *before,
                     const lock_op *op) {
  if (op->effect || before->lost)
    return;
  int direct = op->completes != NULL;
  if (!direct && !(op->summary && op->summary->completes_request))
    return;
  const held_lock *lock = rule_innermost_certain(before);
  if (!lock)
    return;
  const char *fn = ctx->fn->cfg->name;
  const char *held = rule_held_lock_name(ctx, lock);
  if (direct)
    diag_begin(ctx->diag, &info, rule_loc(&op->event->loc), fn,
               "%s called while '%s' is held: completion routines run inside "
               "the call, under the lock",
               op->completes, held);
  else
    diag_begin(ctx->diag, &info, rule_loc(&op->event->loc), fn,
               "'%s' completes a request and is called while '%s' is held: "
               "completion routines run inside the call, under the lock",
               op->written, held);
  if (rule_acquire_op(ctx, lock))
    rule_note_acquired(ctx, lock);
  else /* its caller's, or the system's (a cancel routine's cancel lock) */
    diag_add_note(ctx->diag, rule_loc(&ctx->fn->cfg->loc),
                  "'%s' is held when '%s' is called", held, fn);
  if (!direct)
    rule_note_chain(ctx, op, op->written, &op->summary->completes_at,
                    completes_witness);
  diag_commit(ctx->diag);
}

const rule irp_completed_under_lock_rule = {.info = &info, .on_op = check_op};
