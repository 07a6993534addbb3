/* irql-too-high: a routine whose maximum IRQL is below the current one: a
 * PASSIVE_LEVEL or APC_LEVEL routine (ZwXxx, KeWaitForSingleObject with a
 * wait, KeDelayExecutionThread, paged-pool allocation …) while a spin lock
 * is held or after a raise, or a spin-lock routine above DISPATCH_LEVEL.
 * Maxima come from the API model (with its documented argument conditions)
 * and from the callee's SAL annotations (_IRQL_requires_max_,
 * _IRQL_requires_). Spin-lock routines in an interrupt-context function
 * (an ISR role) are lock-in-isr's to report. */
#include "rule.h"

static const diag_rule_info info = {
    "irql-too-high", "Routine called above the maximum IRQL it allows",
    "The routine may only be called at or below a maximum IRQL, but on this "
    "path the code runs above it: a spin lock is held (DISPATCH_LEVEL), the "
    "IRQL was raised, or the function's role runs at DIRQL. Routines that "
    "wait, touch pageable memory or files, or allocate paged pool fault or "
    "deadlock there (bug check IRQL_NOT_LESS_OR_EQUAL). Move the call out "
    "of the locked region, or defer the work to a work item.",
    DIAG_LEVEL_WARNING};

static void check_op(const rule_ctx *ctx, const lock_state *before,
                     const lock_op *op) {
  /* (an IRQL only assumed, even narrowed by a test, reports nothing) */
  if (!op->has_irql_bounds || before->irql.lo <= op->irql_max ||
      before->irql.assumed)
    return;
  /* spin locks at DIRQL, directly or as the reason a callee needs
   * DISPATCH_LEVEL or below, are lock-in-isr's */
  if (ctx->contract->isr_context &&
      (rule_is_spin_lock_routine(op) ||
       (op->bounds_from_summary && op->summary->max_from_spin_lock)))
    return;
  /* a release runs where its acquire left the IRQL: when that was too
   * high the acquire has been reported, and a raise in between is
   * lock-release-order's */
  if (op->op == API_OP_RELEASE)
    return;
  rule_report_irql_requirement(ctx, &info, before, op,
                               "<=", (irql_level)op->irql_max);
}

const rule irql_too_high_rule = {.info = &info, .on_op = check_op};
