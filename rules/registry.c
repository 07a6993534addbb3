/* The rule registry (from rules.def) and the helpers rules share. */
#include "rule.h"

#include <stdlib.h>
#include <string.h>

#define RULE(name) extern const rule name##_rule;
#include "rules.def"
#undef RULE

const rule *const rules_all[] = {
#define RULE(name) &name##_rule,
#include "rules.def"
#undef RULE
};

const unsigned rules_count = sizeof rules_all / sizeof rules_all[0];

typedef struct ca_warning {
  int number;
  const char *name;
  const char *rule_id;
} ca_warning;

static const ca_warning ca_warnings[] = {
#define WARNING(number, name, rule_id) {number, name, rule_id},
#include "ca_warnings.def"
#undef WARNING
};

const char *rule_for_ca_warning(const char *warning) {
  /* "28121", "C28121", "__WARNING_IRQ_TOO_HIGH" */
  const char *digits =
      warning[0] == 'C' || warning[0] == 'c' ? warning + 1 : warning;
  char *end = NULL;
  long number =
      digits[0] >= '0' && digits[0] <= '9' ? strtol(digits, &end, 10) : -1;
  int numeric = end && *end == 0;
  for (size_t i = 0; i < sizeof ca_warnings / sizeof ca_warnings[0]; i++) {
    if (numeric && ca_warnings[i].number == number)
      return ca_warnings[i].rule_id;
    if (!numeric && ca_warnings[i].name &&
        strcmp(ca_warnings[i].name, warning) == 0)
      return ca_warnings[i].rule_id;
  }
  return NULL;
}

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

const char *rule_op_lock_name(const rule_ctx *ctx, const lock_op *op) {
  return lock_fn_op_lock_name(ctx->fn, op);
}

const char *rule_held_lock_name(const rule_ctx *ctx, const held_lock *h) {
  const lock_op *acq = h->site < ctx->fn->event_count
                           ? lock_fn_op_for_lock(ctx->fn, h->site, h->lock, 1)
                           : NULL;
  return acq && acq->lock == h->lock ? rule_op_lock_name(ctx, acq)
                                     : rule_lock_name(ctx, h->lock);
}

const char *rule_lock_title(const rule_ctx *ctx, const char *name,
                            uint8_t kind) {
  const char *noun = api_kind_noun((api_kind)kind);
  if (!noun)
    return arena_printf(ctx->fn->mem, "'%s'", name);
  if (strcmp(noun, name) == 0) /* a region: the thread's, not an object */
    return arena_printf(ctx->fn->mem, "the %s", noun);
  return arena_printf(ctx->fn->mem, "%s '%s'", noun, name);
}

int rule_kind_is_region(uint8_t kind) {
  api_family f = api_kind_family((api_kind)kind);
  return f == API_FAMILY_CRITICAL_REGION || f == API_FAMILY_GUARDED_REGION;
}

int rule_held_at_exit_is_leak(const rule_ctx *ctx, const lock_state *state,
                              const held_lock *h) {
  /* an acquire callback leaves its locks to its partner */
  if (irql_role_hands_over_locks(ctx->contract->role))
    return 0;
  if (!rule_lock_is_certain(state, h) ||
      !ctx->fn->locks[h->lock].acquired_here ||
      ctx->fn->locks[h->lock].returned_held) /* a wrapper's purpose */
    return 0;
  /* taken again while held (lock-double-acquire reports it): the count
   * past that point says nothing about a leak */
  if (h->depth > 1)
    return 0;
  /* taken by a call of an acquire routine no caller lets go of: the
   * leak is reported once, inside that routine */
  const lock_op *acq = ctx->unreleased
                           ? lock_fn_op_for_lock(ctx->fn, h->site, h->lock, 1)
                           : NULL;
  if (acq && acq->effect && acq->event->kind == IR_EVENT_CALL &&
      acq->event->u.call.target &&
      ctx->unreleased[acq->event->u.call.target->id])
    return 0;
  /* the caller's lock, released on this path and taken back (a helper
   * that drops its caller's lock around a call, maybe only sometimes):
   * held on return as on entry. A routine the system calls holds no
   * lock of its caller's unless its annotations say so: there the
   * release was of an unheld lock (lock-release-unheld) and the retake
   * is a leak of its own. */
  int d = dropped_find(state, h->lock);
  return !(d >= 0 &&
           (state->dropped[d].from_entry ||
            (!state->dropped[d].maybe && !ctx->contract->os_callback)));
}

int rule_apcs_left_as_entered(const lock_state *s) {
  if (s->lost || s->raise_count || s->irql.lo > IRQL_PASSIVE)
    return 0;
  for (int i = 0; i < s->count; i++) {
    api_kind k = (api_kind)s->held[i].kind;
    /* a lock named by an annotation alone may be a region */
    if (api_kind_disables_apcs(k) || k == API_KIND_NONE ||
        api_kind_family(k) == API_FAMILY_ANNOTATED)
      return 0;
  }
  return 1;
}

int rule_release_is_unheld(const rule_ctx *ctx, const lock_state *before,
                           const lock_op *op) {
  if (op->op != API_OP_RELEASE || op->lock == LOCK_NONE || before->lost ||
      op->maybe)
    return 0;
  /* the caller may hold a lock this function never acquires, unless the
   * function is one the system calls (the I/O cancel lock aside: the
   * system holds it when it calls a cancel routine; it enters no region
   * for any routine) */
  /* a kernel mutex may also be acquired by a wait on several objects
   * (KeWaitForMultipleObjects), which names none of them: where the
   * function makes such a wait, none of its releases is provably unheld */
  if (ctx->fn->unnamed_families & (1u << api_kind_family((api_kind)op->kind)))
    return 0;
  /* a release on behalf of the thread that took the lock (a completion
   * routine releasing its issuer's resource) need not follow an acquire */
  if (op->for_thread)
    return 0;
  if (lock_fn_release_is_callers(ctx->fn, op->lock, op) &&
      !ctx->fn->locks[op->lock].held_by_role &&
      (!ctx->contract->os_callback ||
       (ctx->fn->locks[op->lock].path.root_kind == PATH_ROOT_NAMED &&
        !rule_kind_is_region(op->kind))))
    return 0;
  return lockset_find(before, op->lock) < 0; /* maybe held: not provable */
}

int rule_released_classes(const lock_fn *lf, const lock_state *s, arena *mem,
                          summary_held_set *out) {
  out->count = 0;
  if (s->lost)
    return 0;
  for (int i = 0; i < s->drop_count; i++) {
    const char *c =
        s->dropped[i].lock == LOCK_NONE
            ? NULL
            : summary_lock_class(&lf->locks[s->dropped[i].lock].path, mem);
    if (!c || !summary_held_add(out, c, 0))
      return 0;
  }
  return 1;
}

void rule_held_classes(const lock_fn *lf, const lock_state *s, int except,
                       const summary_held_set *entry, arena *mem,
                       summary_held_set *out) {
  out->count = 0;
  for (int i = 0; i < s->count; i++) {
    const held_lock *h = &s->held[i];
    if (i == except || !rule_lock_is_certain(s, h) ||
        rule_kind_is_region(h->kind))
      continue;
    const char *c = summary_lock_class(&lf->locks[h->lock].path, mem);
    if (c)
      summary_held_add(out, c, (uint8_t)summary_kind_is_exclusive(h->kind));
  }
  summary_held_set released;
  if (!entry || !entry->count || !rule_released_classes(lf, s, mem, &released))
    return;
  for (uint8_t i = 0; i < entry->count; i++)
    if (summary_held_find(&released, entry->classes[i].lock_class) < 0)
      summary_held_add(out, entry->classes[i].lock_class,
                       entry->classes[i].exclusive);
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

const held_lock *rule_innermost_certain(const lock_state *s) {
  /* only a spin lock: a mutex, a resource or a lock named by a SAL
   * annotation alone (whose kind is not known) does not raise the IRQL */
  for (int i = s->count - 1; i >= 0; i--)
    if (rule_lock_is_certain(s, &s->held[i]) &&
        api_kind_is_spin((api_kind)s->held[i].kind))
      return &s->held[i];
  return NULL;
}

void rule_note_acquired(const rule_ctx *ctx, const held_lock *h) {
  const lock_op *acq = rule_acquire_op(ctx, h);
  if (acq)
    diag_add_note(ctx->diag, rule_loc(&acq->event->loc), "'%s' acquired here",
                  rule_held_lock_name(ctx, h));
}

const ir_value *rule_save_arg(const lock_op *op) {
  const ir_call *call = &op->event->u.call;
  if (op->row->save_arg < 0 || op->row->save_arg >= call->arg_count)
    return NULL;
  return &call->args[op->row->save_arg];
}

void rule_describe_irql(irql_range r, strbuf *out) {
  if (r.lo == r.hi)
    strbuf_puts(out, irql_level_name((irql_level)r.lo));
  else if (r.lo == IRQL_PASSIVE)
    strbuf_printf(out, "<= %s", irql_level_name((irql_level)r.hi));
  else if (r.hi == IRQL_HIGH)
    strbuf_printf(out, ">= %s", irql_level_name((irql_level)r.lo));
  else
    strbuf_printf(out, "%s to %s", irql_level_name((irql_level)r.lo),
                  irql_level_name((irql_level)r.hi));
}

void rule_note_irql_origin(const rule_ctx *ctx, const lock_state *s) {
  strbuf level;
  strbuf_init(&level);
  rule_describe_irql(s->irql, &level);
  if (s->irql_site == IRQL_SITE_ENTRY) {
    if (ctx->contract->has_requirement) {
      strbuf why;
      strbuf_init(&why);
      irql_contract_describe(ctx->contract, &why);
      irql_range entry = {ctx->contract->min, ctx->contract->max, 0};
      strbuf_reset(&level);
      rule_describe_irql(entry, &level);
      diag_add_note(ctx->diag, rule_loc(&ctx->fn->cfg->loc),
                    "'%s' runs at IRQL %s: %s", ctx->fn->cfg->name,
                    strbuf_cstr(&level), strbuf_cstr(&why));
      strbuf_free(&why);
    }
    strbuf_free(&level);
    return;
  }
  const lock_op *op = s->irql_site < ctx->fn->event_count
                          ? ctx->fn->op_by_event[s->irql_site]
                          : NULL;
  if (!op) {
    strbuf_free(&level);
    return;
  }
  diag_loc at = rule_loc(&op->event->loc);
  const char *lvl = strbuf_cstr(&level);
  switch (op->op) {
  case API_OP_ACQUIRE:
  case API_OP_TRY_ACQUIRE:
    if (op->row->irql_effect == API_IRQL_KEEP)
      diag_add_note(ctx->diag, at, "'%s' acquired here by %s, which runs at %s",
                    rule_op_lock_name(ctx, op), op->written, lvl);
    else
      diag_add_note(ctx->diag, at,
                    "'%s' acquired here by %s, raising the IRQL "
                    "to %s",
                    rule_op_lock_name(ctx, op), op->written, lvl);
    break;
  case API_OP_RELEASE:
    diag_add_note(ctx->diag, at,
                  "'%s' released here by %s, which restores "
                  "the IRQL to %s",
                  rule_op_lock_name(ctx, op), op->written, lvl);
    break;
  case API_OP_RAISE:
    diag_add_note(ctx->diag, at, "%s raises the IRQL to %s here", op->written,
                  lvl);
    break;
  case API_OP_LOWER:
    diag_add_note(ctx->diag, at, "%s lowers the IRQL to %s here", op->written,
                  lvl);
    break;
  default:
    diag_add_note(ctx->diag, at, "%s returns at %s", op->written, lvl);
    break;
  }
  strbuf_free(&level);
}

static const summary_witness *max_witness(const fn_summary *s) {
  return s->has_irql_max ? &s->max_at : NULL;
}

static const summary_witness *min_witness(const fn_summary *s) {
  return s->has_irql_min ? &s->min_at : NULL;
}

void rule_report_irql_requirement(const rule_ctx *ctx,
                                  const diag_rule_info *info,
                                  const lock_state *before, const lock_op *op,
                                  const char *relation, irql_level bound) {
  strbuf level;
  strbuf_init(&level);
  rule_describe_irql(before->irql, &level);
  diag_begin(ctx->diag, info, rule_loc(&op->event->loc), ctx->fn->cfg->name,
             "%s requires IRQL %s %s%s, but here the IRQL is %s", op->written,
             relation, irql_level_name(bound),
             op->bounds_from_annotation ? " (by its annotations)"
             : op->bounds_from_summary  ? " (by what it calls)"
             : op->documented           ? " (by its documentation)"
                                        : "",
             strbuf_cstr(&level));
  /* the page that states the bound, whether the table gave it or the
   * declaration's annotation says the same */
  if (op->documented && !op->bounds_from_summary &&
      bound == (relation[0] == '<' ? op->documented->max : op->documented->min))
    diag_add_note(ctx->diag, rule_loc(&op->event->loc),
                  "'%s' may be called only at IRQL %s %s (its "
                  "documentation: %s)",
                  op->written, relation, irql_level_name(bound),
                  op->documented->url);
  rule_note_irql_origin(ctx, before);
  if (op->bounds_from_summary)
    rule_note_chain(ctx, op, op->written,
                    relation[0] == '<' ? &op->summary->max_at
                                       : &op->summary->min_at,
                    relation[0] == '<' ? max_witness : min_witness);
  diag_commit(ctx->diag);
  strbuf_free(&level);
}

/* "'Isr' calls 'H' through 'g_Handler' (its only target, assigned in
 * 'Init')", at a call through a function pointer with known targets. */
static void note_through(const rule_ctx *ctx, const lock_op *op) {
  const ir_indirect *ind = op && op->event->kind == IR_EVENT_CALL
                               ? op->event->u.call.indirect
                               : NULL;
  if (ind && ind->target_count)
    diag_add_note(ctx->diag, rule_loc(&op->event->loc), "%s", ind->note);
}

void rule_note_chain(const rule_ctx *ctx, const lock_op *op, const char *caller,
                     const summary_witness *w,
                     const summary_witness *(*pick)(const fn_summary *)) {
  note_through(ctx, op);
  /* chains are acyclic by construction (bottom-up), but a bound keeps a
   * corrupted one from looping */
  for (int depth = 0; w && depth < 16; depth++) {
    if (!w->via && strcmp(w->routine, caller) == 0) {
      /* the end of a pageable chain: the function itself */
      diag_add_note(ctx->diag, rule_loc(&w->loc), "'%s' is pageable", caller);
      return;
    }
    if (w->via)
      diag_add_note(ctx->diag, rule_loc(&w->loc), "'%s' calls '%s' here",
                    caller, w->routine);
    else
      diag_add_note(ctx->diag, rule_loc(&w->loc), "'%s' calls %s here", caller,
                    w->routine);
    if (!w->via)
      return;
    caller = w->via->name;
    w = pick(w->via);
  }
}

void rule_note_effect(const rule_ctx *ctx, const lock_op *op,
                      const char *verb) {
  if (!op || !op->effect || !op->effect_at)
    return;
  note_through(ctx, op);
  if (op->effect_at->via)
    return;
  diag_add_note(ctx->diag, rule_loc(&op->effect_at->loc),
                "'%s' %s it here by %s", op->written, verb,
                op->effect_at->routine);
}

rule_program *rule_program_create(void) {
  rule_program *p = xcalloc(1, sizeof *p);
  arena_init(&p->mem);
  return p;
}

void rule_program_finish(rule_program *program, diag_engine *diag) {
  for (unsigned r = 0; r < rules_count; r++)
    if (rules_all[r]->on_program_end)
      rules_all[r]->on_program_end(program, diag);
}

void rule_program_destroy(rule_program *program) {
  if (!program)
    return;
  arena_destroy(&program->mem);
  free(program);
}

int rule_is_spin_lock_routine(const lock_op *op) {
  if (op->effect || !api_kind_is_spin((api_kind)op->kind))
    return 0;
  switch (op->op) {
  case API_OP_ACQUIRE:
  case API_OP_RELEASE:
  case API_OP_TRY_ACQUIRE:
  case API_OP_INTERLOCKED:
    return 1;
  default:
    /* setting a lock up or freeing it is not using it: their IRQL bounds
     * (NdisAllocateSpinLock <= DISPATCH_LEVEL, KeInitializeSpinLock any)
     * are irql-too-high's to check */
    return 0;
  }
}
