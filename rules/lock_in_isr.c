/* lock-in-isr: a spin-lock routine reached from interrupt context. An ISR
 * (and MiniportDisableInterruptEx, a synchronize-with-interrupt callback …)
 * runs at DIRQL, above DISPATCH_LEVEL: an ordinary spin lock there can
 * deadlock against the code it interrupted on the same processor, and the
 * WDK forbids it. Reported in the DIRQL function, at the spin-lock call or
 * at the call of the first function of a chain that reaches one (notes walk
 * the chain), once per call site. A helper shared by a DPC and an ISR is
 * reported at the ISR's call only: the helper itself is fine at DISPATCH. */
#include "rule.h"

static const diag_rule_info info = {
    "lock-in-isr", "Spin lock used in interrupt context (DIRQL)",
    "The function runs at DIRQL (an ISR, an interrupt enable/disable "
    "handler or a synchronize-with-interrupt callback, by its role type, "
    "its registration or an IRQLINT_RUNS_AT_DIRQL annotation) and acquires, "
    "releases or otherwise uses a spin lock, itself or through the functions "
    "it calls. Spin locks are for code at or below DISPATCH_LEVEL. Share data "
    "with the ISR through NdisMSynchronizeWithInterruptEx, "
    "KeSynchronizeExecution or WdfInterruptAcquireLock from the non-ISR side "
    "instead.",
    DIAG_LEVEL_WARNING};

static const summary_witness *spin_lock_witness(const fn_summary *s) {
  return s->touches_spin_lock ? &s->spin_lock_at : NULL;
}

static void check_op(const rule_ctx *ctx, const lock_state *before,
                     const lock_op *op) {
  (void)before;
  if (!ctx->contract->isr_context || op->effect)
    return;
  int direct = rule_is_spin_lock_routine(op);
  if (!direct && !lock_op_summary_uses_spin_lock(op))
    return;
  strbuf why;
  strbuf_init(&why);
  irql_contract_describe(ctx->contract, &why);
  const char *fn = ctx->fn->cfg->name;
  if (direct)
    diag_begin(ctx->diag, &info, rule_loc(&op->event->loc), fn,
               "%s called at DIRQL in '%s' (%s): an ISR must not use spin "
               "locks; synchronize through NdisMSynchronizeWithInterruptEx, "
               "KeSynchronizeExecution or WdfInterruptAcquireLock instead",
               op->written, fn, strbuf_cstr(&why));
  else
    diag_begin(ctx->diag, &info, rule_loc(&op->event->loc), fn,
               "'%s' uses a spin lock and is called at DIRQL in '%s' (%s): an "
               "ISR must not use spin locks; synchronize through "
               "NdisMSynchronizeWithInterruptEx, KeSynchronizeExecution or "
               "WdfInterruptAcquireLock instead",
               op->written, fn, strbuf_cstr(&why));
  strbuf_free(&why);
  if (!direct)
    rule_note_chain(ctx, op, op->written, &op->summary->spin_lock_at,
                    spin_lock_witness);
  diag_add_step(ctx->diag, rule_loc(&op->event->loc),
                "spin lock used at DIRQL");
  diag_commit(ctx->diag);
}

const rule lock_in_isr_rule = {.info = &info, .on_op = check_op};
