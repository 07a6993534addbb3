/* dpr-mismatch: a lock released with a variant that does not match how it
 * was acquired. The WDK pairs NdisDprAcquireSpinLock with
 * NdisDprReleaseSpinLock and NdisAcquireSpinLock with NdisReleaseSpinLock,
 * Ke…AtDpcLevel with Ke…FromDpcLevel, …ForDpc with …ForDpc, and a shared
 * reader/writer acquire with the shared release. A raising release after a
 * Dpr acquire restores an IRQL the acquire never saved; a Dpr release after
 * a raising acquire leaves the processor at DISPATCH_LEVEL. */
#include "rule.h"

/* the value of DISPATCH_LEVEL in the WDK headers */
#define WDK_DISPATCH_LEVEL 2

static const diag_rule_info info = {
    "dpr-mismatch",
    "Spin lock released with a variant that does not match its acquire",
    "The release routine does not match the acquire: a Dpr (AtDpcLevel) "
    "acquire released by a raising release or the reverse, a ForDpc pair "
    "broken, or a shared reader/writer acquire released as exclusive (or the "
    "reverse). The raising release restores an IRQL the Dpr acquire never "
    "saved; the Dpr release does not lower the IRQL the raising acquire "
    "raised.",
    DIAG_LEVEL_WARNING};

/* Releases of the same family must use the acquire's variant; a shared
 * hold must not be released as exclusive or the reverse (a release that
 * takes either mode, ExReleaseResourceLite, matches both). Different
 * families (an NDIS lock released through the Ke routine its macro expands
 * to) are not this rule's business. */
static int kinds_mismatch(api_kind acquired, api_kind released) {
  api_family fa = api_kind_family(acquired), fr = api_kind_family(released);
  if (fa != fr || fa == API_FAMILY_NONE)
    return 0;
  api_mode ma = api_kind_mode(acquired), mr = api_kind_mode(released);
  if (ma != API_MODE_ANY && mr != API_MODE_ANY && ma != mr)
    return 1;
  return api_kind_variant(acquired) != api_kind_variant(released);
}

/* Does a later raising release of `lock` (after event `after`) restore the
 * IRQL kept in `slot`? A lock converted between modes while held (released
 * at DPC level, taken again in the other mode) pairs its first raising
 * acquire with its last raising release through that storage. */
static int restored_later(const rule_ctx *ctx, uint16_t lock, uint16_t slot,
                          uint32_t after) {
  if (slot == LOCK_NONE)
    return 0;
  for (uint32_t e = after + 1; e < ctx->fn->event_count; e++)
    for (const lock_op *o = ctx->fn->op_by_event[e]; o; o = o->next)
      if (o->lock == lock && o->op == API_OP_RELEASE && o->restore_slot == slot)
        return 1;
  return 0;
}

/* Did a conversion between modes (ExTryConvertSharedSpinLockExclusive)
 * of `lock` whose result is not tested where it is made come before event
 * `before`? Then the mode of the hold is not known (a tested one sets it
 * on each edge: branch_edge). */
static int converted_before(const rule_ctx *ctx, uint16_t lock,
                            uint32_t before) {
  for (uint32_t e = 0; e < before && e < ctx->fn->event_count; e++)
    for (const lock_op *o = ctx->fn->op_by_event[e]; o; o = o->next)
      if (o->lock == lock && o->op == API_OP_TRY_CONVERT &&
          !(o->block->term == CFG_TERM_BRANCH &&
            o->block->cond.value.kind == IR_VALUE_CALL &&
            o->block->cond.value.call_event == o->event->id))
        return 1; /* its result not tested where it is made */
  return 0;
}

static void check_op(const rule_ctx *ctx, const lock_state *before,
                     const lock_op *op) {
  if (op->op != API_OP_RELEASE || op->maybe)
    return;
  const held_lock *h = rule_held_certain(before, op->lock);
  if (!h || !kinds_mismatch((api_kind)h->kind, (api_kind)op->kind))
    return;
  /* a lock named by a SAL annotation has its type's kind but no variant
   * or mode the annotation states (how the caller, or the wrapper, takes
   * it is not written): not provably mismatched */
  const lock_op *taken =
      h->site == HELD_AT_ENTRY
          ? NULL
          : lock_fn_op_for_lock(ctx->fn, h->site, op->lock, 1);
  if (h->site == HELD_AT_ENTRY || (op->effect && op->keeps_irql) ||
      (taken && taken->effect && taken->keeps_irql) ||
      (api_kind_mode((api_kind)h->kind) != api_kind_mode((api_kind)op->kind) &&
       converted_before(ctx, op->lock, op->event->id)))
    return;
  /* An AtDpcLevel acquire released by the raising release with the level
   * DISPATCH_LEVEL itself changes no IRQL (netvmini pairs
   * KeTryToAcquireSpinLockAtDpcLevel with KeReleaseSpinLock(l,
   * DISPATCH_LEVEL)): legal. */
  const ir_value *level =
      op->row->save == API_SAVE_ARG_VALUE ? rule_save_arg(op) : NULL;
  if (api_kind_variant((api_kind)h->kind) == API_VARIANT_AT_DPC && level &&
      level->kind == IR_VALUE_CONST && level->constant == WDK_DISPATCH_LEVEL)
    return;
  /* a conversion between modes: the DPC-level release of a raising
   * acquire whose IRQL a later raising release restores, or the raising
   * release, given the IRQL an earlier raising acquire saved, of the lock
   * taken again at DPC level */
  api_variant held = api_kind_variant((api_kind)h->kind),
              released = api_kind_variant((api_kind)op->kind);
  if ((held == API_VARIANT_RAISING && released == API_VARIANT_AT_DPC &&
       restored_later(ctx, op->lock, h->slot, op->event->id)) ||
      (held == API_VARIANT_AT_DPC && released == API_VARIANT_RAISING &&
       op->restore_slot != LOCK_NONE &&
       raise_find_slot(before, op->restore_slot) >= 0))
    return;
  const lock_op *acq = rule_acquire_op(ctx, h);
  const char *name = rule_op_lock_name(ctx, op);
  diag_begin(ctx->diag, &info, rule_loc(&op->event->loc), ctx->fn->cfg->name,
             "'%s' is released by %s (%s) but was acquired by %s (%s)", name,
             op->written, api_kind_name((api_kind)op->kind),
             acq ? acq->written : "?", api_kind_name((api_kind)h->kind));
  rule_note_acquired(ctx, h);
  if (acq) {
    diag_add_step(ctx->diag, rule_loc(&acq->event->loc), "'%s' acquired by %s",
                  name, acq->written);
  }
  diag_add_step(ctx->diag, rule_loc(&op->event->loc), "released by %s",
                op->written);
  diag_commit(ctx->diag);
}

const rule dpr_mismatch_rule = {.info = &info, .on_op = check_op};
