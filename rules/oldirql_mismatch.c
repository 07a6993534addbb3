/* oldirql-mismatch: a release given an IRQL that is not the one its
 * acquire saved. KeReleaseSpinLock, KeReleaseSpinLockForDpc,
 * ExReleaseSpinLock{Shared,Exclusive}, KeReleaseInterruptSpinLock and
 * IoReleaseCancelSpinLock take the old IRQL as an argument; the
 * documentation requires the value the matching acquire returned. Passing
 * another variable restores a level that belongs to some other lock or to
 * nothing. */
#include "rule.h"

#include <string.h>

static const diag_rule_info info = {
    "oldirql-mismatch", "Release given an IRQL that its acquire did not save",
    "The IRQL passed to the release is not the storage the matching acquire "
    "saved the old IRQL in. The release sets the processor to whatever that "
    "variable holds, which is not the level the code ran at before the "
    "acquire.",
    DIAG_LEVEL_WARNING};

static void check_op(const rule_ctx *ctx, const lock_state *before,
                     const lock_op *op) {
  if (op->op != API_OP_RELEASE || op->row->save != API_SAVE_ARG_VALUE)
    return;
  const ir_value *given = rule_save_arg(op);
  const held_lock *h = rule_held_certain(before, op->lock);
  if (!given || !h || h->slot == LOCK_NONE)
    return;
  /* a lock the system holds when it calls the routine (a cancel routine's
   * cancel spin lock) must be given back the IRQL the system saved, and
   * nothing else: a constant is wrong too */
  if (given->kind == IR_VALUE_CONST && h->must_release &&
      h->site == HELD_AT_ENTRY) {
    diag_begin(ctx->diag, &info, rule_loc(&op->event->loc), ctx->fn->cfg->name,
               "%s restores the constant %lld, but the IRQL saved when '%s' "
               "was acquired for '%s' is in '%s'",
               op->written, (long long)given->constant,
               rule_op_lock_name(ctx, op), ctx->fn->cfg->name,
               ctx->fn->slots[h->slot].display);
    diag_commit(ctx->diag);
    return;
  }
  if (given->kind != IR_VALUE_LOAD)
    return; /* other constants and expressions: not provably wrong */
  /* the slot the argument was interned as: one storage through a local
   * that aliases its path (lock_fn.c) is the same slot */
  int same = op->restore_slot == h->slot;
  if (!same && op->restore_slot == LOCK_NONE) {
    strbuf key;
    strbuf_init(&key);
    path_key(&key, &given->path);
    same = strcmp(strbuf_cstr(&key), ctx->fn->slots[h->slot].key) == 0;
    strbuf_free(&key);
  }
  if (same)
    return;
  strbuf shown;
  strbuf_init(&shown);
  path_print(&shown, &given->path);
  const char *name = rule_op_lock_name(ctx, op);
  diag_begin(ctx->diag, &info, rule_loc(&op->event->loc), ctx->fn->cfg->name,
             "%s restores '%s', but the IRQL saved when '%s' was acquired is "
             "in '%s'",
             op->written, strbuf_cstr(&shown), name,
             ctx->fn->slots[h->slot].display);
  strbuf_free(&shown);
  const lock_op *acq = rule_acquire_op(ctx, h);
  if (acq)
    diag_add_note(ctx->diag, rule_loc(&acq->event->loc),
                  "'%s' acquired here, its IRQL saved in '%s'", name,
                  ctx->fn->slots[h->slot].display);
  diag_commit(ctx->diag);
}

const rule oldirql_mismatch_rule = {.info = &info, .on_op = check_op};
