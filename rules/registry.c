/* The rule registry (from rules.def) and the helpers rules share. */
#include "rule.h"

#define RULE(name) extern const rule name##_rule;
#include "rules.def"
#undef RULE

const rule *const rules_all[] = {
#define RULE(name) &name##_rule,
#include "rules.def"
#undef RULE
};

const unsigned rules_count = sizeof rules_all / sizeof rules_all[0];

diag_loc rule_loc(const ir_loc *loc) {
  diag_loc out = {loc->file, loc->line, loc->col, loc->end_line, loc->end_col};
  return out;
}

const lock_op *rule_acquire_op(const rule_ctx *ctx, const held_lock *h) {
  return h->site < ctx->fn->event_count ? ctx->fn->op_by_event[h->site] : NULL;
}

const char *rule_lock_name(const rule_ctx *ctx, uint16_t lock) {
  return lock_fn_lock_name(ctx->fn, lock);
}

int rule_lock_is_certain(const lock_state *s, const held_lock *h) {
  return !s->lost && !h->maybe;
}

const held_lock *rule_held_certain(const lock_state *s, uint16_t lock) {
  if (lock == LOCK_NONE)
    return NULL;
  int i = lockset_find(s, lock);
  if (i < 0 || !rule_lock_is_certain(s, &s->held[i]))
    return NULL;
  return &s->held[i];
}

void rule_note_acquired(const rule_ctx *ctx, const held_lock *h) {
  const lock_op *acq = rule_acquire_op(ctx, h);
  if (acq)
    diag_add_note(ctx->diag, rule_loc(&acq->event->loc), "'%s' acquired here",
                  rule_lock_name(ctx, h->lock));
}

const ir_value *rule_save_arg(const lock_op *op) {
  const ir_call *call = &op->event->u.call;
  if (op->row->save_arg < 0 || op->row->save_arg >= call->arg_count)
    return NULL;
  return &call->args[op->row->save_arg];
}
