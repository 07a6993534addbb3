/* Function summaries: translating paths between a function and its callers,
 * lock classes, comparison and dumps (see summary.h). */
#include "summary.h"

#include "../../rules/api_model.h"
#include "../../rules/irql_contract.h"

#include <inttypes.h>
#include <string.h>

/* The parameter a path root stands for: the parameter itself, or a local
 * pointer that holds its value for the whole body. */
static uint16_t param_of_root(const cfg_function *fn, const ir_path *p) {
  if (p->root_kind == PATH_ROOT_PARAM) {
    for (uint16_t i = 0; i < fn->param_count; i++)
      if (fn->param_ids[i] == p->root_id)
        return i;
  } else if (p->root_kind == PATH_ROOT_LOCAL) {
    for (uint16_t i = 0; i < fn->alias_count; i++)
      if (fn->alias_local_ids[i] == p->root_id)
        return fn->alias_params[i];
  }
  return SUMMARY_NO_PARAM;
}

int summary_path_of(const cfg_function *fn, const ir_path *p, arena *mem,
                    summary_path *out) {
  /* steps a caller can follow: an index held in a variable of the callee
   * means nothing to the caller */
  if (!path_has_fixed_steps(p))
    return 0;
  memset(out, 0, sizeof *out);
  out->param = SUMMARY_NO_PARAM;
  switch (p->root_kind) {
  case PATH_ROOT_GLOBAL:
    break;
  case PATH_ROOT_NAMED:
    /* a system lock's name, not an accessor call's spelling */
    if (strchr(p->root, '('))
      return 0;
    break;
  case PATH_ROOT_PARAM:
  case PATH_ROOT_LOCAL:
    out->param = param_of_root(fn, p);
    if (out->param == SUMMARY_NO_PARAM)
      return 0;
    break;
  default:
    return 0;
  }
  out->path = *p;
  out->path.root = arena_strdup(mem, p->root);
  if (out->param != SUMMARY_NO_PARAM) {
    out->path.root_kind = PATH_ROOT_PARAM;
    out->path.root = arena_strdup(mem, fn->param_names[out->param]);
    out->path.root_id = out->param + 1u;
  }
  if (p->step_count) {
    out->path.steps = arena_alloc(mem, sizeof(path_step) * p->step_count);
    for (uint16_t i = 0; i < p->step_count; i++) {
      path_step s = p->steps[i];
      if (s.field)
        s.field = arena_strdup(mem, s.field);
      if (s.record)
        s.record = arena_strdup(mem, s.record);
      out->path.steps[i] = s;
    }
  }
  return 1;
}

int summary_path_substitute(const summary_path *sp, const ir_call *call,
                            arena *mem, ir_path *out) {
  if (sp->param == SUMMARY_NO_PARAM) {
    *out = sp->path;
    out->root_id = 0;
    return 1;
  }
  if (sp->param >= call->arg_count)
    return 0;
  const ir_value *arg = &call->args[sp->param];
  uint16_t skip = 0;
  if (arg->kind == IR_VALUE_ADDR) {
    /* the callee reaches the object through *param: *&x is x */
    if (sp->path.step_count == 0 || sp->path.steps[0].kind != PATH_STEP_DEREF)
      return 0;
    skip = 1;
  } else if (arg->kind != IR_VALUE_LOAD) {
    return 0;
  }
  *out = arg->path;
  uint16_t n = (uint16_t)(arg->path.step_count + sp->path.step_count - skip);
  out->steps = n ? arena_alloc(mem, sizeof(path_step) * n) : NULL;
  if (arg->path.step_count)
    memcpy(out->steps, arg->path.steps,
           sizeof(path_step) * arg->path.step_count);
  if (sp->path.step_count > skip)
    memcpy(out->steps + arg->path.step_count, sp->path.steps + skip,
           sizeof(path_step) * (sp->path.step_count - skip));
  out->step_count = n;
  /* CONTAINING_RECORD(Csq, …, CancelSafeQueue) given &d->CancelSafeQueue
   * is d */
  path_cancel_containers(out);
  return 1;
}

const char *summary_lock_class(const ir_path *p, arena *mem) {
  for (uint16_t i = p->step_count; i-- > 0;) {
    const path_step *s = &p->steps[i];
    if (s->kind != PATH_STEP_FIELD)
      continue;
    if (!s->record)
      return NULL;
    const char *record = s->record;
    /* a field of an unnamed member (`struct { … };`, MS's anonymous
     * `EXT2_FCBVCB;`) is written as the owner's, and owners sharing one
     * such header are different classes: `Fcb->PagingIoResource` is
     * EXT2_FCB's, `Vcb->PagingIoResource` EXT2_VCB's */
    for (uint16_t k = i; k-- > 0;) {
      const path_step *m = &p->steps[k];
      if (m->kind != PATH_STEP_FIELD || (m->field && m->field[0]))
        break;
      if (m->record)
        record = m->record;
    }
    while (*record == '_')
      record++;
    return arena_printf(mem, "%s.%s", record[0] ? record : s->record, s->field);
  }
  if (p->root_kind == PATH_ROOT_GLOBAL)
    return arena_strdup(mem, p->root);
  if (p->root_kind == PATH_ROOT_NAMED && !strchr(p->root, '('))
    return arena_strdup(mem, p->root);
  return NULL;
}

/* `via` is compared by name: while a recursive component settles, each
 * round's summaries are new objects with the same meaning. */
static int witness_equal(const summary_witness *a, const summary_witness *b) {
  return (a->via == NULL) == (b->via == NULL) &&
         (!a->via || strcmp(a->via->name, b->via->name) == 0) &&
         a->loc.line == b->loc.line && a->loc.col == b->loc.col &&
         (a->routine == b->routine ||
          (a->routine && b->routine && strcmp(a->routine, b->routine) == 0));
}

void summary_test_suffix(uint8_t test, int64_t constant, char *out) {
  if (test == GUARD_TEST_VALUE)
    out[0] = 0;
  else
    snprintf(out, 40, "%s%" PRId64,
             test == GUARD_TEST_BITS ? "&"
             : test == GUARD_TEST_GE ? ">="
                                     : "<=",
             constant);
}

int summary_guard_consistent(const summary_guard *g, int is_eq, int64_t value) {
  if (g->is_eq && is_eq)
    return g->value == value;
  if (g->is_eq != is_eq) /* one says ==, the other != of the same value */
    return g->value != value;
  return 1; /* two inequalities never contradict */
}

int summary_guard_allows_value(const summary_guard *g, int64_t v) {
  if (g->test == GUARD_TEST_VALUE)
    return summary_guard_consistent(g, 1, v);
  int64_t c = g->test_constant;
  int holds = g->test == GUARD_TEST_BITS ? (v & c) != 0
              : g->test == GUARD_TEST_GE ? v >= c
                                         : v <= c;
  /* a comparison is a truth fact: "!= 0" true, "== 0" false */
  return summary_guard_consistent(g, !holds, 0);
}

int summary_guard_admits(const summary_guard *g, const ir_call *call) {
  if (!g->present || g->subject.param == SUMMARY_NO_PARAM ||
      g->subject.path.step_count != 0 || g->subject.param >= call->arg_count)
    return 1;
  const ir_value *arg = &call->args[g->subject.param];
  return arg->kind != IR_VALUE_CONST ||
         summary_guard_allows_value(g, arg->constant);
}

static int spath_equal(const summary_path *a, const summary_path *b) {
  return a->param == b->param && path_equal(&a->path, &b->path);
}

int summary_guard_equal(const summary_guard *a, const summary_guard *b) {
  return a->present == b->present &&
         (!a->present ||
          (a->is_eq == b->is_eq && a->test == b->test && a->value == b->value &&
           a->test_constant == b->test_constant &&
           spath_equal(&a->subject, &b->subject)));
}

int summary_use_released(const summary_lock_use *u, const char *lock_class) {
  for (uint16_t k = 0; k < u->released_count; k++)
    if (strcmp(u->released_before[k], lock_class) == 0)
      return 1;
  return 0;
}

int summary_kind_is_exclusive(uint8_t kind) {
  api_kind k = (api_kind)kind;
  switch (api_kind_mode(k)) {
  case API_MODE_EXCLUSIVE:
    return 1;
  case API_MODE_SHARED:
    return 0;
  default:
    break;
  }
  if (k == API_KIND_NDIS_RW_WRITE)
    return 1;
  /* the locks with a shared mode, held in a mode we do not know */
  switch (api_kind_family(k)) {
  case API_FAMILY_NONE:
  case API_FAMILY_EX_SPIN:
  case API_FAMILY_NDIS_RW:
  case API_FAMILY_RESOURCE:
  case API_FAMILY_PUSH_LOCK:
  case API_FAMILY_ANNOTATED:
    return 0;
  default:
    return 1;
  }
}

int summary_held_find(const summary_held_set *s, const char *lock_class) {
  for (uint8_t i = 0; i < s->count; i++)
    if (strcmp(s->classes[i].lock_class, lock_class) == 0)
      return i;
  return -1;
}

int summary_held_add(summary_held_set *s, const char *lock_class,
                     uint8_t exclusive) {
  int at = summary_held_find(s, lock_class);
  if (at >= 0) {
    s->classes[at].exclusive |= exclusive;
    return 1;
  }
  if (s->count == SUMMARY_MAX_HELD)
    return 0;
  s->classes[s->count].lock_class = lock_class;
  s->classes[s->count++].exclusive = exclusive;
  return 1;
}

void summary_held_intersect(summary_held_set *dst,
                            const summary_held_set *src) {
  uint8_t kept = 0;
  for (uint8_t i = 0; i < dst->count; i++) {
    int at = summary_held_find(src, dst->classes[i].lock_class);
    if (at < 0)
      continue;
    summary_held_class c = dst->classes[i];
    c.exclusive = c.exclusive && src->classes[at].exclusive;
    dst->classes[kept++] = c;
  }
  dst->count = kept;
}

const char *summary_held_gate(const summary_held_set *a,
                              const summary_held_set *b) {
  for (uint8_t i = 0; i < a->count; i++) {
    int at = summary_held_find(b, a->classes[i].lock_class);
    if (at >= 0 && (a->classes[i].exclusive || b->classes[at].exclusive))
      return a->classes[i].lock_class;
  }
  return NULL;
}

void summary_held_dump(FILE *out, const summary_held_set *s) {
  for (uint8_t i = 0; i < s->count; i++)
    fprintf(out, "%s%s (%s)", i ? ", " : "", s->classes[i].lock_class,
            s->classes[i].exclusive ? "exclusive" : "shared");
}

static void dump_guard(FILE *out, const summary_guard *g) {
  if (!g->present)
    return;
  if (g->subject.param != SUMMARY_NO_PARAM && g->subject.path.step_count == 0)
    fprintf(out, " when argument %u", (unsigned)g->subject.param + 1u);
  else {
    strbuf sb;
    strbuf_init(&sb);
    path_print(&sb, &g->subject.path);
    fprintf(out, " when %s", strbuf_cstr(&sb));
    strbuf_free(&sb);
  }
  char suffix[40];
  summary_test_suffix(g->test, g->test_constant, suffix);
  fprintf(out, "%s %s %" PRId64, suffix, g->is_eq ? "==" : "!=", g->value);
}

int summary_equal(const fn_summary *a, const fn_summary *b) {
  if (a->unknown != b->unknown || a->never_returns != b->never_returns ||
      a->effect_count != b->effect_count ||
      a->has_irql_min != b->has_irql_min || a->irql_min != b->irql_min ||
      a->has_irql_max != b->has_irql_max || a->irql_max != b->irql_max ||
      !summary_guard_equal(&a->min_guard, &b->min_guard) ||
      !summary_guard_equal(&a->max_guard, &b->max_guard) ||
      a->has_return_irql != b->has_return_irql ||
      a->return_irql != b->return_irql ||
      a->touches_spin_lock != b->touches_spin_lock ||
      !summary_guard_equal(&a->spin_lock_guard, &b->spin_lock_guard) ||
      a->touches_pageable != b->touches_pageable ||
      a->pageable_max_irql != b->pageable_max_irql ||
      a->completes_request != b->completes_request ||
      a->needs_no_apcs != b->needs_no_apcs ||
      a->lock_use_count != b->lock_use_count ||
      a->tested_params != b->tested_params || a->has_return != b->has_return ||
      a->return_is_eq != b->return_is_eq ||
      a->return_value != b->return_value ||
      a->return_value_count != b->return_value_count)
    return 0;
  if (a->has_returned_path != b->has_returned_path ||
      (a->has_returned_path &&
       (a->returned_path.param != b->returned_path.param ||
        !path_equal(&a->returned_path.path, &b->returned_path.path))))
    return 0;
  for (uint8_t i = 0; i < a->return_value_count; i++)
    if (a->return_values[i] != b->return_values[i])
      return 0;
  for (uint16_t i = 0; i < a->effect_count; i++) {
    const summary_effect *x = &a->effects[i], *y = &b->effects[i];
    if (x->kind != y->kind || x->lock_kind != y->lock_kind ||
        x->unnamed != y->unnamed || x->when_returns != y->when_returns ||
        x->when_value != y->when_value || x->for_thread != y->for_thread ||
        (!x->unnamed && !spath_equal(&x->lock, &y->lock)))
      return 0;
  }
  for (uint16_t i = 0; i < a->lock_use_count; i++) {
    const summary_lock_use *x = &a->lock_uses[i], *y = &b->lock_uses[i];
    if ((x->lock_class == NULL) != (y->lock_class == NULL) ||
        (x->lock_class && strcmp(x->lock_class, y->lock_class) != 0) ||
        x->has_lock != y->has_lock ||
        (x->has_lock && !spath_equal(&x->lock, &y->lock)) ||
        x->released_count != y->released_count ||
        x->released_path_count != y->released_path_count)
      return 0;
    for (uint16_t k = 0; k < x->released_count; k++)
      if (strcmp(x->released_before[k], y->released_before[k]) != 0)
        return 0;
  }
  return witness_equal(&a->spin_lock_at, &b->spin_lock_at) &&
         witness_equal(&a->max_at, &b->max_at) &&
         witness_equal(&a->min_at, &b->min_at);
}

const char *summary_effect_name(summary_effect_kind kind) {
  switch (kind) {
  case SUMMARY_ACQUIRE:
    return "acquires";
  case SUMMARY_TRY_ACQUIRE:
    return "try-acquires";
  case SUMMARY_MAYBE_ACQUIRE:
    return "maybe acquires";
  case SUMMARY_RELEASE:
    return "releases";
  case SUMMARY_MAYBE_RELEASE:
    return "maybe releases";
  case SUMMARY_DELETE:
    return "deletes";
  default:
    return "maybe deletes";
  }
}

static void dump_spath(FILE *out, const summary_path *sp) {
  strbuf sb;
  strbuf_init(&sb);
  path_print(&sb, &sp->path);
  fputs(strbuf_cstr(&sb), out);
  strbuf_free(&sb);
  if (sp->param != SUMMARY_NO_PARAM)
    fprintf(out, " (argument %u)", sp->param + 1u);
}

/* A returned value as drivers write it: small numbers in decimal, 32-bit
 * codes (NTSTATUS) in hex ("0x103", "0xC0000001"). */
static void dump_return_value(FILE *out, int64_t v) {
  if (v >= -255 && v <= 255)
    fprintf(out, "%" PRId64, v);
  else if (v >= INT32_MIN && v <= (int64_t)UINT32_MAX)
    fprintf(out, "0x%" PRIX32, (uint32_t)v);
  else
    fprintf(out, "%" PRId64, v);
}

static void dump_witness(FILE *out, const summary_witness *w) {
  fprintf(out, " by %s @%" PRIu32 ":%" PRIu32, w->routine ? w->routine : "?",
          w->loc.line, w->loc.col);
}

void summary_dump(FILE *out, const fn_summary *s) {
  fprintf(out, "summary %s%s%s\n", s->name, s->unknown ? " unknown" : "",
          s->never_returns ? " never-returns" : "");
  for (uint16_t i = 0; i < s->effect_count; i++) {
    const summary_effect *e = &s->effects[i];
    fputs("  ", out);
    if (e->when_returns) {
      fputs("when it returns ", out);
      dump_return_value(out, e->when_value);
      fputs(": ", out);
    }
    fprintf(out, "%s ", summary_effect_name((summary_effect_kind)e->kind));
    if (e->unnamed)
      fputs("a lock its callers cannot name", out);
    else
      dump_spath(out, &e->lock);
    fprintf(out, " %s", api_kind_name((api_kind)e->lock_kind));
    if (e->has_slot) {
      fputs(" saving in ", out);
      dump_spath(out, &e->slot);
    }
    if (e->for_thread)
      fputs(" for its owner thread", out);
    if (e->from_annotation)
      fputs(" (annotation)", out);
    else
      dump_witness(out, &e->at);
    fputc('\n', out);
  }
  if (s->has_irql_min) {
    fprintf(out, "  requires irql >= %s",
            irql_level_short_name((irql_level)s->irql_min));
    dump_guard(out, &s->min_guard);
    dump_witness(out, &s->min_at);
    fputc('\n', out);
  }
  if (s->has_irql_max) {
    fprintf(out, "  requires irql <= %s",
            irql_level_short_name((irql_level)s->irql_max));
    dump_guard(out, &s->max_guard);
    dump_witness(out, &s->max_at);
    fputs(s->max_from_spin_lock ? " (spin lock)\n" : "\n", out);
  }
  if (s->has_return_irql)
    fprintf(out, "  returns at %s\n",
            irql_level_short_name((irql_level)s->return_irql));
  if (s->touches_spin_lock) {
    fputs("  touches a spin lock", out);
    dump_guard(out, &s->spin_lock_guard);
    dump_witness(out, &s->spin_lock_at);
    fputc('\n', out);
  }
  if (s->touches_pageable) {
    fputs("  touches pageable code", out);
    if (s->pageable_max_irql < IRQL_HIGH)
      fprintf(out, " when called at <= %s",
              irql_level_name((irql_level)s->pageable_max_irql));
    dump_witness(out, &s->pageable_at);
    fputc('\n', out);
  }
  if (s->completes_request) {
    fputs("  completes a request", out);
    dump_witness(out, &s->completes_at);
    fputc('\n', out);
  }
  if (s->needs_no_apcs) {
    fputs("  needs normal kernel APCs disabled", out);
    dump_witness(out, &s->no_apcs_at);
    fputc('\n', out);
  }
  if (s->tested_params) {
    fputs("  depends on argument", out);
    for (unsigned i = 0; i < 64; i++)
      if (s->tested_params >> i & 1u)
        fprintf(out, " %u", i + 1u);
    fputc('\n', out);
  }
  for (uint16_t i = 0; i < s->lock_use_count; i++) {
    const summary_lock_use *u = &s->lock_uses[i];
    fputs("  takes ", out);
    if (u->lock_class)
      fputs(u->lock_class, out);
    else
      dump_spath(out, &u->lock);
    for (uint16_t k = 0; k < u->released_count; k++)
      fprintf(out, "%s%s", k ? ", " : " after releasing ",
              u->released_before[k]);
    for (uint16_t k = 0; k < u->released_path_count; k++) {
      fputs(k || u->released_count ? ", " : " after releasing ", out);
      dump_spath(out, &u->released_paths[k]);
    }
    dump_witness(out, &u->at);
    fputc('\n', out);
  }
  for (uint16_t i = 0; i < s->call_hold_count; i++) {
    const summary_call_holds *c = &s->call_holds[i];
    if (!c->held.count)
      continue;
    fprintf(out, "  calls %s holding ", c->callee_name);
    summary_held_dump(out, &c->held);
    fputc('\n', out);
  }
  if (s->has_return) {
    fputs(s->return_is_eq ? "  returns " : "  returns other than ", out);
    dump_return_value(out, s->return_value);
    fputc('\n', out);
  }
  if (s->has_returned_path) {
    fputs("  returns the value of ", out);
    dump_spath(out, &s->returned_path);
    fputc('\n', out);
  }
  if (s->return_value_count) {
    fputs("  returns one of", out);
    for (uint8_t i = 0; i < s->return_value_count; i++) {
      fputs(i ? ", " : " ", out);
      dump_return_value(out, s->return_values[i]);
    }
    fputc('\n', out);
  }
}

/* ---- the common facts of several callees ---- */

/* The same lock as a caller sees it: a parameter's path compares by its
 * parameter's position, not by the callee's name for it. */
static int same_caller_path(const summary_path *a, const summary_path *b) {
  if (a->param != b->param)
    return 0;
  if (a->param == SUMMARY_NO_PARAM)
    return path_equal(&a->path, &b->path);
  ir_path x = b->path;
  x.root = a->path.root;
  x.root_id = a->path.root_id;
  return path_equal(&a->path, &x);
}

static int has_effect(const fn_summary *s, const summary_effect *e) {
  for (uint16_t i = 0; i < s->effect_count; i++) {
    const summary_effect *x = &s->effects[i];
    if (x->kind == e->kind && x->lock_kind == e->lock_kind &&
        x->irql_effect == e->irql_effect && x->unnamed == e->unnamed &&
        !x->when_returns && x->has_slot == e->has_slot &&
        (e->unnamed || same_caller_path(&x->lock, &e->lock)) &&
        (!e->has_slot || same_caller_path(&x->slot, &e->slot)))
      return 1;
  }
  return 0;
}

static int has_lock_use(const fn_summary *s, const char *lock_class) {
  for (uint16_t i = 0; i < s->lock_use_count; i++)
    if (s->lock_uses[i].lock_class &&
        strcmp(s->lock_uses[i].lock_class, lock_class) == 0)
      return 1;
  return 0;
}

/* A fact of the common summary: through the target that has it, so that a
 * chain names the target ("'T.Handler' calls 'WaitIdle' here", at its
 * definition) before walking into it. */
static summary_witness through_target(const fn_summary *target, ir_loc loc) {
  summary_witness w;
  memset(&w, 0, sizeof w);
  w.loc = loc;
  w.routine = target->name;
  w.via = target;
  return w;
}

const fn_summary *summary_common(const fn_summary *const *s, const ir_loc *locs,
                                 uint16_t count, const char *name, arena *mem) {
  for (uint16_t i = 0; i < count; i++)
    if (!s[i] || s[i]->unknown)
      return NULL;
  if (!count)
    return NULL;
  const fn_summary *first = s[0];
  fn_summary *out = arena_alloc(mem, sizeof *out);
  out->name = name;
  /* each fact the first has and every other has too (a guarded fact
   * depends on the callee's own tests: dropped) */
  int never = 1, max = first->has_irql_max && !first->max_guard.present,
      min = first->has_irql_min && !first->min_guard.present,
      spin = first->touches_spin_lock && !first->spin_lock_guard.present,
      paged = first->touches_pageable, apcs = first->needs_no_apcs,
      ret = first->has_return_irql, from_spin = first->max_from_spin_lock;
  uint8_t irql_max = first->irql_max, irql_min = first->irql_min;
  uint16_t max_from = 0, min_from = 0;
  for (uint16_t i = 0; i < count; i++) {
    const fn_summary *x = s[i];
    never &= x->never_returns;
    if (!x->has_irql_max || x->max_guard.present)
      max = 0;
    else if (x->irql_max > irql_max) {
      /* whichever is called, the IRQL must be at most the highest bound */
      irql_max = x->irql_max;
      max_from = i;
    }
    from_spin &= x->max_from_spin_lock;
    if (!x->has_irql_min || x->min_guard.present)
      min = 0;
    else if (x->irql_min < irql_min) {
      irql_min = x->irql_min;
      min_from = i;
    }
    spin &= x->touches_spin_lock && !x->spin_lock_guard.present;
    paged &= x->touches_pageable;
    apcs &= x->needs_no_apcs;
    ret &= x->has_return_irql && x->return_irql == first->return_irql;
  }
  out->never_returns = (uint8_t)never;
  if (max) {
    out->has_irql_max = 1;
    out->irql_max = irql_max;
    out->max_at = through_target(s[max_from], locs[max_from]);
    out->max_from_spin_lock = (uint8_t)from_spin;
  }
  if (min) {
    out->has_irql_min = 1;
    out->irql_min = irql_min;
    out->min_at = through_target(s[min_from], locs[min_from]);
  }
  if (spin) {
    out->touches_spin_lock = 1;
    out->spin_lock_at = through_target(first, locs[0]);
  }
  if (paged) {
    out->touches_pageable = 1;
    out->pageable_max_irql = IRQL_HIGH; /* the targets' bounds: not merged */
    out->pageable_at = through_target(first, locs[0]);
  }
  if (apcs) {
    out->needs_no_apcs = 1;
    out->no_apcs_at = through_target(first, locs[0]);
  }
  if (ret) {
    out->has_return_irql = 1;
    out->return_irql = first->return_irql;
  }
  for (uint16_t e = 0; e < first->effect_count; e++) {
    const summary_effect *fx = &first->effects[e];
    int all = !fx->when_returns;
    for (uint16_t i = 1; i < count && all; i++)
      all = has_effect(s[i], fx);
    if (!all)
      continue;
    if (!out->effects)
      out->effects =
          arena_alloc(mem, sizeof(summary_effect) * first->effect_count);
    out->effects[out->effect_count++] = *fx;
  }
  for (uint16_t u = 0; u < first->lock_use_count; u++) {
    const summary_lock_use *fu = &first->lock_uses[u];
    int all = fu->lock_class != NULL;
    for (uint16_t i = 1; i < count && all; i++)
      all = has_lock_use(s[i], fu->lock_class);
    if (!all)
      continue;
    if (!out->lock_uses)
      out->lock_uses =
          arena_alloc(mem, sizeof(summary_lock_use) * first->lock_use_count);
    out->lock_uses[out->lock_use_count++] = *fu;
  }
  return out;
}
