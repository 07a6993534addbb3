/* oldirql-shared: the same OldIrql storage saves the IRQL for a second lock
 * while the first lock is still held. The KeAcquireSpinLock documentation:
 * a driver may keep the old IRQL in shared storage such as a global, but
 * must not use the same location for two different locks; the second
 * acquire overwrites the IRQL the first release needs. */
#include "rule.h"

static const diag_rule_info info = {
    "oldirql-shared", "One OldIrql storage used for two held locks",
    "The IRQL saved by this acquire goes into storage that still holds the "
    "IRQL saved for another lock this path holds. The second acquire "
    "overwrites it, so the first lock's release restores the wrong level. "
    "Use one OldIrql variable per held lock.",
    DIAG_LEVEL_WARNING};

/* Storage picked by an index we do not know (`&Handles[i++]`, one handle
 * per element locked in a loop) may be another element each time: not
 * shown to be the same. */
static int indexed_by_unknown(const ir_path *p) {
  for (uint16_t i = 0; i < p->step_count; i++)
    if (p->steps[i].kind == PATH_STEP_INDEX && !p->steps[i].index_known)
      return 1;
  return 0;
}

static void check_op(const rule_ctx *ctx, const lock_state *before,
                     const lock_op *op) {
  if ((op->op != API_OP_ACQUIRE && op->op != API_OP_TRY_ACQUIRE) ||
      op->slot == LOCK_NONE || op->lock == LOCK_NONE ||
      indexed_by_unknown(&ctx->fn->slots[op->slot].path))
    return;
  for (int i = 0; i < before->count; i++) {
    const held_lock *h = &before->held[i];
    if (h->slot != op->slot || h->lock == op->lock ||
        !rule_lock_is_certain(before, h))
      continue;
    const char *slot = ctx->fn->slots[op->slot].display;
    const char *first = rule_held_lock_name(ctx, h);
    diag_begin(ctx->diag, &info, rule_loc(&op->event->loc), ctx->fn->cfg->name,
               "%s saves the IRQL for '%s' in '%s', which still holds the "
               "IRQL saved for '%s'",
               op->written, rule_op_lock_name(ctx, op), slot, first);
    const lock_op *acq = rule_acquire_op(ctx, h);
    if (acq)
      diag_add_note(ctx->diag, rule_loc(&acq->event->loc),
                    "'%s' acquired here, its IRQL saved in '%s'", first, slot);
    diag_commit(ctx->diag);
    return;
  }
}

const rule oldirql_shared_rule = {.info = &info, .on_op = check_op};
