/* lock-held-too-long: a busy wait longer than the WDK's 25 microsecond
 * guidance while a spin lock is held. The NdisDprAcquireSpinLock
 * documentation says a driver should never hold a spin lock for more than a
 * few instructions, and that holding one longer than 25 microseconds
 * degrades system and driver performance; a constant stall longer than that
 * inside the critical section is the provable case. */
#include "rule.h"

#include <inttypes.h>

#define STALL_LIMIT_MICROSECONDS 25

static const diag_rule_info info = {
    "lock-held-too-long",
    "Busy wait of more than 25 microseconds while a spin lock is held",
    "KeStallExecutionProcessor or NdisStallExecution busy-waits longer than "
    "25 microseconds while this path holds a spin lock. Other processors "
    "spin on the lock and the holder runs at DISPATCH_LEVEL for the whole "
    "wait. Release the lock before waiting, or wait with a timer or a DPC.",
    DIAG_LEVEL_WARNING};

static void check_op(const rule_ctx *ctx, const lock_state *before,
                     const lock_op *op) {
  if (op->op != API_OP_STALL)
    return;
  const ir_value *duration = rule_save_arg(op);
  if (!duration || duration->kind != IR_VALUE_CONST ||
      duration->constant <= STALL_LIMIT_MICROSECONDS)
    return;
  /* the innermost lock held: the one whose critical section this is */
  const held_lock *h = rule_innermost_certain(before);
  if (!h)
    return;
  diag_begin(ctx->diag, &info, rule_loc(&op->event->loc), ctx->fn->cfg->name,
             "%s stalls %" PRId64 " microseconds while '%s' is held "
             "(the WDK's guidance is at most %d)",
             op->written, duration->constant, rule_held_lock_name(ctx, h),
             STALL_LIMIT_MICROSECONDS);
  rule_note_acquired(ctx, h);
  diag_commit(ctx->diag);
}

const rule lock_held_too_long_rule = {.info = &info, .on_op = check_op};
