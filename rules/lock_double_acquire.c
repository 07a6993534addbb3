/* lock-double-acquire: acquiring a spin lock this path already holds. Spin
 * locks are not recursive: the second acquire spins forever on the first
 * (self-deadlock). NdisInterlockedXxx and ExInterlockedXxx calls take their
 * lock argument inside, so passing a held lock to them deadlocks the same way.
 */
#include "rule.h"

static const diag_rule_info info = {
    "lock-double-acquire",
    "Spin lock acquired while already held (self-deadlock)",
    "The lock is acquired on a path where this function already holds it. "
    "Spin locks are not recursive: the second acquire spins forever. The "
    "same happens when a held lock is passed to an NdisInterlockedXxx or "
    "ExInterlockedXxx routine, which acquires it internally.",
    DIAG_LEVEL_WARNING};

static void check_op(const rule_ctx *ctx, const lock_state *before,
                     const lock_op *op) {
  const held_lock *h = NULL;
  int blocks;
  if (op->requires_unheld && !op->maybe) {
    /* a _Requires_lock_not_held_ callee; its holder may still take an
     * executive resource or a region again, and a reader an NDIS RW lock */
    const held_lock *held = rule_held_certain(before, op->lock);
    if (held &&
        !(api_kind_family((api_kind)held->kind) == API_FAMILY_NDIS_RW &&
          held->kind != API_KIND_NDIS_RW_WRITE &&
          op->kind != API_KIND_NDIS_RW_WRITE) &&
        !api_kind_is_recursive((api_kind)held->kind))
      h = held;
  } else {
    h = lock_op_takes_held(before, op, &blocks);
  }
  if (!h)
    return;
  const char *name = rule_op_lock_name(ctx, op);
  if (op->requires_unheld)
    diag_begin(ctx->diag, &info, rule_loc(&op->event->loc), ctx->fn->cfg->name,
               "'%s' is held, but %s requires it not held "
               "(_Requires_lock_not_held_)",
               name, op->written);
  else if (op->op == API_OP_INTERLOCKED)
    diag_begin(ctx->diag, &info, rule_loc(&op->event->loc), ctx->fn->cfg->name,
               "%s acquires '%s' internally, but it is already held "
               "(self-deadlock)",
               op->written, name);
  else
    diag_begin(ctx->diag, &info, rule_loc(&op->event->loc), ctx->fn->cfg->name,
               "%s is acquired by %s while already held (self-deadlock)",
               rule_lock_title(ctx, name, op->kind), op->written);
  rule_note_acquired(ctx, h);
  rule_note_effect(ctx, op, "acquires");
  const lock_op *first = rule_acquire_op(ctx, h);
  if (first) {
    diag_add_step(ctx->diag, rule_loc(&first->event->loc), "'%s' acquired",
                  name);
  }
  diag_add_step(ctx->diag, rule_loc(&op->event->loc), "'%s' acquired again",
                name);
  diag_commit(ctx->diag);
}

const rule lock_double_acquire_rule = {.info = &info, .on_op = check_op};
