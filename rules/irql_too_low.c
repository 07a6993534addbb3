/* irql-too-low: a routine that requires a minimum IRQL called where the
 * IRQL is provably below it. NdisDprAcquireSpinLock, the Ke…AtDpcLevel and
 * …FromDpcLevel routines and ExAcquireSpinLock…AtDpcLevel require
 * DISPATCH_LEVEL (their documentation: "Callers … must be running at IRQL =
 * DISPATCH_LEVEL"); called at PASSIVE_LEVEL they take the lock without
 * raising, so a DPC on the same processor can spin on it forever. The
 * minimum comes from the API model and from the callee's own SAL
 * annotations (_IRQL_requires_min_, _IRQL_requires_). A level known only by
 * the default assumption never reports. */
#include "rule.h"

static const diag_rule_info info = {
    "irql-too-low", "Routine called below the minimum IRQL it requires",
    "The routine requires a minimum IRQL (for the Dpr and AtDpcLevel spin "
    "lock routines, DISPATCH_LEVEL), but on this path the code runs below "
    "it: the function's annotation or role says so, or an earlier call "
    "lowered the IRQL. A Dpr acquire at PASSIVE_LEVEL takes the lock without "
    "raising the IRQL, so the thread can be preempted while it holds the "
    "lock and a DPC on the same processor then spins on it forever. Use the "
    "raising variant (NdisAcquireSpinLock, KeAcquireSpinLock) where the "
    "IRQL may be below DISPATCH_LEVEL.",
    DIAG_LEVEL_WARNING};

static void check_op(const rule_ctx *ctx, const lock_state *before,
                     const lock_op *op) {
  if (!op->has_irql_bounds || before->irql.assumed ||
      before->irql.hi >= op->irql_min)
    return;
  rule_report_irql_requirement(ctx, &info, before, op,
                               ">=", (irql_level)op->irql_min);
}

const rule irql_too_low_rule = {.info = &info, .on_op = check_op};
