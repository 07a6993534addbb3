/* resource-outside-critical-region: an executive resource, a push lock or
 * an Unsafe fast or guarded mutex acquired where normal kernel APCs are
 * provably enabled: in a routine the system calls with them enabled (a
 * dispatch routine, DriverEntry, a work item, a PASSIVE_LEVEL callback…)
 * before any KeEnterCriticalRegion, FsRtlEnterFileSystem, guarded region
 * or mutex on the path; or at the call of a helper whose body acquires one
 * with APCs as its caller leaves them. Reported at the acquire (or the
 * helper call), once; its release is not reported again. */
#include "rule.h"

static const diag_rule_info info = {
    "resource-outside-critical-region",
    "Executive resource or push lock acquired with normal kernel APCs enabled",
    "ExAcquireResource…Lite, ExAcquirePushLock…, ExAcquireFastMutexUnsafe "
    "and KeAcquireGuardedMutexUnsafe must be called with normal kernel APCs "
    "disabled (inside KeEnterCriticalRegion / FsRtlEnterFileSystem or a "
    "guarded region, or at APC_LEVEL). With APCs enabled, an APC can suspend "
    "the thread while it owns the lock, and every thread waiting for it "
    "stalls; a thread that dies holding it deadlocks the file system.",
    DIAG_LEVEL_WARNING};

static const summary_witness *no_apcs_witness(const fn_summary *s) {
  return s->needs_no_apcs ? &s->no_apcs_at : NULL;
}

static void check_op(const rule_ctx *ctx, const lock_state *before,
                     const lock_op *op) {
  if (op->effect || !ctx->contract->apcs_enabled ||
      !rule_apcs_left_as_entered(before))
    return;
  int direct = api_kind_needs_no_apcs((api_kind)op->kind) &&
               (op->op == API_OP_ACQUIRE || op->op == API_OP_TRY_ACQUIRE);
  int through_summary = !direct && op->summary && op->summary->needs_no_apcs;
  if (!direct && !through_summary)
    return;
  strbuf why;
  strbuf_init(&why);
  irql_contract_describe(ctx->contract, &why);
  const char *fn = ctx->fn->cfg->name;
  if (direct)
    diag_begin(ctx->diag, &info, rule_loc(&op->event->loc), fn,
               "%s acquires %s with normal kernel APCs enabled: '%s' is called "
               "with them enabled (%s) and has not entered a critical region",
               op->written,
               rule_lock_title(ctx, rule_op_lock_name(ctx, op), op->kind), fn,
               strbuf_cstr(&why));
  else
    diag_begin(ctx->diag, &info, rule_loc(&op->event->loc), fn,
               "'%s' acquires a lock that needs normal kernel APCs disabled, "
               "but here they are enabled: '%s' is called with them enabled "
               "(%s) and has not entered a critical region",
               op->written, fn, strbuf_cstr(&why));
  strbuf_free(&why);
  if (through_summary)
    rule_note_chain(ctx, op, op->written, &op->summary->no_apcs_at,
                    no_apcs_witness);
  diag_add_step(ctx->diag, rule_loc(&op->event->loc),
                "acquired with normal kernel APCs enabled");
  diag_commit(ctx->diag);
}

const rule resource_outside_critical_region_rule = {.info = &info,
                                                    .on_op = check_op};
