/* lock-release-order: releasing a lock that is not the most recently
 * acquired one still held, with a release that restores a saved IRQL. The
 * NdisAllocateSpinLock documentation spells out the A-B-A-B sequence:
 * releasing A restores the IRQL saved when A was taken (possibly
 * PASSIVE_LEVEL) while B is still held, and releasing B then leaves the
 * processor at DISPATCH_LEVEL. Releases that restore nothing (the Dpr and
 * FromDpcLevel variants) may come in any order. */
#include "rule.h"

static const diag_rule_info info = {
    "lock-release-order",
    "Spin locks released out of order while the release restores the IRQL",
    "A lock is released while a lock acquired after it is still held, and "
    "the release restores the IRQL saved by its acquire. The code then runs "
    "below DISPATCH_LEVEL while holding a spin lock, and the last release "
    "leaves the processor at DISPATCH_LEVEL. Release spin locks in the "
    "reverse order of acquisition.",
    DIAG_LEVEL_WARNING};

static void check_op(const rule_ctx *ctx, const lock_state *before,
                     const lock_op *op) {
  if (op->op != API_OP_RELEASE || op->maybe ||
      op->row->irql_effect != API_IRQL_RESTORE)
    return;
  const held_lock *h = rule_held_certain(before, op->lock);
  if (!h)
    return;
  int i = (int)(h - before->held);
  /* the most recent spin lock still held that was acquired after this
   * one: restoring a lower IRQL under it breaks it (under a mutex, a
   * resource or a region the IRQL may go back down) */
  int later = -1;
  for (int j = before->count - 1; j > i; j--)
    if (rule_lock_is_certain(before, &before->held[j]) &&
        api_kind_is_spin((api_kind)before->held[j].kind)) {
      later = j;
      break;
    }
  if (later < 0)
    return;
  const char *name = rule_op_lock_name(ctx, op);
  const char *other = rule_held_lock_name(ctx, &before->held[later]);
  diag_begin(ctx->diag, &info, rule_loc(&op->event->loc), ctx->fn->cfg->name,
             "'%s' is released by %s while '%s', acquired after it, is still "
             "held: the release restores the IRQL saved before '%s' was "
             "acquired",
             name, op->written, other, name);
  rule_note_acquired(ctx, h);
  rule_note_acquired(ctx, &before->held[later]);
  diag_commit(ctx->diag);
}

const rule lock_release_order_rule = {.info = &info, .on_op = check_op};
