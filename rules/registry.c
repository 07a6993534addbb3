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
