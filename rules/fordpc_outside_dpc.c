/* fordpc-outside-dpc: KeAcquireSpinLockForDpc or
 * KeAcquireInStackQueuedSpinLockForDpc in a routine known not to be a DPC.
 * Their pages document them for a CustomThreadedDpc routine only: it
 * raises to DISPATCH_LEVEL when that DPC runs at PASSIVE_LEVEL and leaves
 * the IRQL alone when it already runs at DISPATCH_LEVEL. What they do for
 * any other caller below DISPATCH_LEVEL is not documented, and a spin lock
 * held below DISPATCH_LEVEL lets the holder be preempted. "Not a DPC" is a
 * role (its typedef, or a registration) that the role table does not list
 * as a DPC (role_types.def ROLE_DPC): a dispatch routine, a work item, a
 * system thread, a completion routine. A function nothing says anything
 * about is not judged. */
#include "rule.h"

static const diag_rule_info info = {
    "fordpc-outside-dpc",
    "…ForDpc spin-lock routine called outside a DPC routine",
    "KeAcquireSpinLockForDpc and KeAcquireInStackQueuedSpinLockForDpc are "
    "documented for (threaded) DPC routines, whose IRQL they raise to "
    "DISPATCH_LEVEL only as a threaded DPC needs. This routine is not a DPC "
    "and may run below DISPATCH_LEVEL here; use KeAcquireSpinLock or "
    "KeAcquireInStackQueuedSpinLock, which always raise.",
    DIAG_LEVEL_WARNING};

static void check_op(const rule_ctx *ctx, const lock_state *before,
                     const lock_op *op) {
  if (op->op != API_OP_ACQUIRE || op->effect ||
      api_kind_variant((api_kind)op->kind) != API_VARIANT_FOR_DPC)
    return;
  const irql_contract *c = ctx->contract;
  const char *declared = ctx->fn->cfg->decl->role;
  /* the contract's role (its row, or a registration), else a callback
   * typedef the role table has no IRQL for (DRIVER_DISPATCH) */
  const char *role = c->role                              ? c->role
                     : irql_role_is_os_callback(declared) ? declared
                                                          : NULL;
  if (!role || c->isr_context || irql_role_is_dpc(role) ||
      irql_role_hands_over_locks(role))
    return;
  /* already at DISPATCH_LEVEL or above (another spin lock held): the
   * routine acquires as its AtDpcLevel form would */
  if (before->irql.lo >= IRQL_DISPATCH)
    return;
  strbuf level, why;
  strbuf_init(&level);
  strbuf_init(&why);
  rule_describe_irql(before->irql, &level);
  if (c->role && c->source != IRQL_SOURCE_NONE)
    irql_contract_describe(c, &why);
  else
    strbuf_printf(&why, "its role %s", role);
  const char *fn = ctx->fn->cfg->name;
  diag_begin(ctx->diag, &info, rule_loc(&op->event->loc), fn,
             "%s is documented for DPC routines, but '%s' is not one; here "
             "the IRQL is %s",
             op->written, fn, strbuf_cstr(&level));
  diag_add_note(ctx->diag, rule_loc(&ctx->fn->cfg->loc),
                "'%s' is not a DPC routine: %s", fn, strbuf_cstr(&why));
  diag_commit(ctx->diag);
  strbuf_free(&level);
  strbuf_free(&why);
}

const rule fordpc_outside_dpc_rule = {.info = &info, .on_op = check_op};
