/* oldirql-mismatch: a release given an IRQL that is not the one its
 * acquire saved. KeReleaseSpinLock, KeReleaseSpinLockForDpc,
 * ExReleaseSpinLock{Shared,Exclusive}, KeReleaseInterruptSpinLock and
 * IoReleaseCancelSpinLock take the old IRQL as an argument; the
 * documentation requires the value the matching acquire returned. Passing
 * another variable restores a level that belongs to some other lock or to
 * nothing. An acquire that returns the old IRQL as a statement of its
 * own throws the value away: no variable the release is given holds it. */
#include "rule.h"

#include <string.h>

static const diag_rule_info info = {
    "oldirql-mismatch", "Release given an IRQL that its acquire did not save",
    "The IRQL passed to the release is not the storage the matching acquire "
    "saved the old IRQL in. The release sets the processor to whatever that "
    "variable holds, which is not the level the code ran at before the "
    "acquire.",
    DIAG_LEVEL_WARNING};

/* The acquire of `h` returned the old IRQL and its statement threw it
 * away (`KeAcquireSpinLockRaiseToDpc(&L);`, `(void)…`): whatever variable
 * the release is given, the acquire did not save it -- an earlier
 * acquire's value, an unrelated or uninitialized KIRQL. A constant is
 * not judged, as with a saved IRQL (the netvmini idiom). */
static void check_discarded(const rule_ctx *ctx, const held_lock *h,
                            const lock_op *op, const ir_value *given) {
  const lock_op *acq = rule_acquire_op(ctx, h);
  if (!acq || acq->effect || acq->op != API_OP_ACQUIRE ||
      acq->row->save != API_SAVE_RETURN || acq->event->kind != IR_EVENT_CALL ||
      !acq->event->u.call.result_unused || given->kind != IR_VALUE_LOAD)
    return;
  strbuf shown;
  strbuf_init(&shown);
  path_print(&shown, &given->path);
  const char *name = rule_op_lock_name(ctx, op);
  diag_begin(ctx->diag, &info, rule_loc(&op->event->loc), ctx->fn->cfg->name,
             "%s restores '%s', but the IRQL saved when '%s' was acquired "
             "was discarded",
             op->written, strbuf_cstr(&shown), name);
  strbuf_free(&shown);
  diag_add_note(ctx->diag, rule_loc(&acq->event->loc),
                "'%s' acquired here by %s, which returns the IRQL to restore; "
                "the result is discarded",
                name, acq->written);
  diag_commit(ctx->diag);
}

static void check_op(const rule_ctx *ctx, const lock_state *before,
                     const lock_op *op) {
  if (op->op != API_OP_RELEASE || op->row->save != API_SAVE_ARG_VALUE)
    return;
  const ir_value *given = rule_save_arg(op);
  const held_lock *h = rule_held_certain(before, op->lock);
  if (!given || !h)
    return;
  if (h->slot == LOCK_NONE) {
    check_discarded(ctx, h, op, given);
    return;
  }
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
