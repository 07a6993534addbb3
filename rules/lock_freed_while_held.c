/* lock-freed-while-held: NdisFreeSpinLock on a lock this path holds. The
 * NdisAllocateSpinLock documentation distinguishes freeing (the memory no
 * longer represents a lock) from releasing; freeing a held lock leaves the
 * holder spinning on garbage and the saved IRQL lost. */
#include "rule.h"

static const diag_rule_info info = {
    "lock-freed-while-held", "Spin lock freed while it is held",
    "NdisFreeSpinLock is called on a lock that this path still holds. After "
    "the free the memory no longer represents a spin lock: the release that "
    "should come first is missing, and the IRQL saved in the lock is lost.",
    DIAG_LEVEL_WARNING};

static void check_op(const rule_ctx *ctx, const lock_state *before,
                     const lock_op *op) {
  /* a spin lock's: an executive resource deleted while held is how the
   * file systems tear a volume down (ExDeleteResourceLite ends the hold) */
  if (op->op != API_OP_FREE || !api_kind_is_spin((api_kind)op->kind))
    return;
  const held_lock *h = rule_held_certain(before, op->lock);
  if (!h)
    return;
  const char *name = rule_op_lock_name(ctx, op);
  diag_begin(ctx->diag, &info, rule_loc(&op->event->loc), ctx->fn->cfg->name,
             "'%s' is freed by %s while it is held", name, op->written);
  rule_note_acquired(ctx, h);
  diag_commit(ctx->diag);
}

const rule lock_freed_while_held_rule = {.info = &info, .on_op = check_op};
