/* Lock-state dataflow, condition subjects and branch facts: the names of
 * what branches test (subjects), what writes and calls make stale or
 * establish about them, what a call's result and the function's return
 * are known to be, and the state on each edge of a branch (branch facts,
 * try-acquires, IRQL tests). Also counts, once per analysis, the tests of
 * each subject. The solver is lock_analysis.c. */
#include "lock_analysis_internal.h"

#include "../../rules/lock_annotations.h"
#include "../../rules/rule.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

typedef struct eq_test {
  uint16_t subject;
  int64_t value;
  uint32_t count;
} eq_test;

/* ---- condition subjects ---- */

/* `p` as the function's callers can name it in a summary guard: through a
 * parameter, or a global (not a system lock's name). */
int la_callers_name(const analysis *a, const ir_path *p, arena *mem,
                    summary_path *out) {
  return summary_path_of(a->fn, p, mem, out) &&
         (out->param != SUMMARY_NO_PARAM || p->root_kind == PATH_ROOT_GLOBAL);
}

static uint16_t find_subject(const analysis *a, const char *key) {
  for (size_t i = 0; i < a->subject_count; i++)
    if (strcmp(a->subjects[i].key, key) == 0)
      return (uint16_t)i;
  return UINT16_MAX;
}

static void subject_key(strbuf *key, const ir_path *p, uint8_t test,
                        int64_t constant) {
  char suffix[40];
  summary_test_suffix(test, constant, suffix);
  path_key(key, p);
  strbuf_puts(key, suffix);
}

uint16_t la_find_test_subject(const analysis *a, const ir_path *p, uint8_t test,
                              int64_t constant) {
  strbuf key;
  strbuf_init(&key);
  subject_key(&key, p, test, constant);
  uint16_t id = find_subject(a, strbuf_cstr(&key));
  strbuf_free(&key);
  return id;
}

/* The subject "p" (test GUARD_TEST_VALUE) or "p&c", "p>=c", "p<=c". */
uint16_t la_intern_subject(analysis *a, const ir_path *p, uint8_t test,
                           int64_t constant) {
  uint16_t id = la_find_test_subject(a, p, test, constant);
  if (id != UINT16_MAX || a->subject_count >= UINT16_MAX - 1)
    return id;
  strbuf key, display;
  strbuf_init(&key);
  strbuf_init(&display);
  subject_key(&key, p, test, constant);
  char suffix[40];
  summary_test_suffix(test, constant, suffix);
  path_print(&display, p);
  strbuf_puts(&display, suffix);
  subject_entry e;
  memset(&e, 0, sizeof e);
  e.key = arena_strdup(&a->scratch, strbuf_cstr(&key));
  e.path = *p;
  e.display = arena_strdup(&a->scratch, strbuf_cstr(&display));
  e.is_value = test == GUARD_TEST_VALUE;
  e.test = test;
  e.test_constant = constant;
  summary_path named;
  e.nameable = la_callers_name(a, p, &a->scratch, &named);
  VEC_PUSH(a->subjects, a->subject_count, a->subject_cap, e);
  strbuf_free(&key);
  strbuf_free(&display);
  return (uint16_t)(a->subject_count - 1);
}

/* One operand of a comparison of two paths, as a key or as written: an
 * address is spelled with its `&`. */
static void operand_spelling(strbuf *out, const ir_value *v, int key) {
  if (v->kind == IR_VALUE_ADDR)
    strbuf_putc(out, '&');
  if (key)
    path_key(out, &v->path);
  else
    path_print(out, &v->path);
}

/* The subject "x == y" of a comparison of two paths (IR_COND_SAME), one
 * for both orders of its operands, interned on first use. Its facts are
 * truth facts: != 0 when the two are equal. */
static uint16_t same_subject(analysis *a, const ir_cond *c) {
  strbuf x, y, key;
  strbuf_init(&x);
  strbuf_init(&y);
  strbuf_init(&key);
  operand_spelling(&x, &c->value, 1);
  operand_spelling(&y, &c->other, 1);
  int in_order = strcmp(strbuf_cstr(&x), strbuf_cstr(&y)) <= 0;
  strbuf_printf(&key, "(%s)==(%s)", strbuf_cstr(in_order ? &x : &y),
                strbuf_cstr(in_order ? &y : &x));
  uint16_t id = find_subject(a, strbuf_cstr(&key));
  if (id == UINT16_MAX && a->subject_count < UINT16_MAX - 1) {
    subject_entry e;
    memset(&e, 0, sizeof e);
    e.key = arena_strdup(&a->scratch, strbuf_cstr(&key));
    e.path = c->value.path;
    e.has_other = 1;
    e.other = c->other.path;
    strbuf_reset(&x);
    strbuf_reset(&y);
    operand_spelling(&x, &c->value, 0);
    operand_spelling(&y, &c->other, 0);
    e.display = arena_strdup(&a->scratch, strbuf_cstr(&x));
    e.other_display = arena_strdup(&a->scratch, strbuf_cstr(&y));
    VEC_PUSH(a->subjects, a->subject_count, a->subject_cap, e);
    id = (uint16_t)(a->subject_count - 1);
  }
  strbuf_free(&x);
  strbuf_free(&y);
  strbuf_free(&key);
  return id;
}

/* A write to `target` makes stale every fact about a path it can change
 * (a->Flags after a write to a->Flags or to a; not after a->Count, nor
 * `if (a)` after a write to a->Count). Writes
 * through other pointers to the same object are not seen: irqlint has no
 * alias analysis beyond single-assignment locals. */
void la_kill_facts_overlapping(analysis *a, lock_state *s,
                               const ir_path *target) {
  la_pointer_written(a, s, target);
  if (s->irql_subject != NO_SUBJECT &&
      path_write_changes(target, &a->subjects[s->irql_subject].path))
    s->irql_subject = NO_SUBJECT;
  if (s->irql_value_subject != NO_SUBJECT &&
      path_write_changes(target, &a->subjects[s->irql_value_subject].path))
    s->irql_value_subject = NO_SUBJECT;
  for (int i = s->fact_count; i-- > 0;) {
    if (i >= s->fact_count)
      continue; /* went with an earlier fact about the same subject */
    const subject_entry *e = &a->subjects[s->facts[i].subject];
    if (path_write_changes(target, &e->path) ||
        (e->has_other && path_write_changes(target, &e->other)))
      fact_remove(s, s->facts[i].subject);
  }
}

void la_list_insert_facts(analysis *a, lock_state *s, const ir_call *call) {
  for (uint16_t i = 0; i < call->arg_count; i++) {
    const ir_value *v = &call->args[i];
    if (v->kind == IR_VALUE_ADDR)
      la_kill_facts_overlapping(a, s, &v->path);
    else if (v->kind == IR_VALUE_LOAD) {
      path_step deref = {.kind = PATH_STEP_DEREF};
      ir_path pointee = path_with_step(&a->scratch, &v->path, deref);
      la_kill_facts_overlapping(a, s, &pointee);
    }
  }
  ir_cond empty;
  if (call->arg_count < 1 ||
      !cfg_list_empty_cond(&a->scratch, &call->args[0], &empty))
    return;
  uint16_t subject = same_subject(a, &empty);
  if (subject != UINT16_MAX && a->subjects[subject].tests)
    fact_set(s, subject, 1, 0); /* not equal: the list is not empty */
}

/* `Flags |= M` makes every tested bit test of Flags that meets M true;
 * `Flags &= M` makes those outside M false. */
void la_bit_write_facts(analysis *a, lock_state *s, const ir_assign *as) {
  if (as->value.kind != IR_VALUE_CONST)
    return;
  int64_t m = as->value.constant;
  for (size_t i = 0; i < a->subject_count; i++) {
    const subject_entry *e = &a->subjects[i];
    if (e->test != GUARD_TEST_BITS || !e->tests ||
        !path_equal(&e->path, &as->target))
      continue;
    if (as->op == IR_ASSIGN_OR && (e->test_constant & m) != 0)
      fact_set(s, (uint16_t)i, 0, 0);
    else if (as->op == IR_ASSIGN_AND && (e->test_constant & m) == 0)
      fact_set(s, (uint16_t)i, 1, 0);
  }
}

/* ---- call results and returned values ---- */

/* The subject of a call's result, or UINT16_MAX when nothing reads it. */
uint16_t la_result_subject(const analysis *a, uint32_t event) {
  return a->result_subjects && event < a->lf->event_count
             ? a->result_subjects[event]
             : UINT16_MAX;
}

/* What the call returns as far as the model or the callee's summary
 * knows: == value (is_eq) or != value. Returns 0 when not known. */
static int known_call_result(const lock_op *head, int *is_eq, int64_t *value) {
  for (const lock_op *op = head; op; op = op->next) {
    if (op->returns_nonzero) {
      *is_eq = 0;
      *value = 0;
      return 1;
    }
    if (op->returns_success) {
      *is_eq = 1;
      *value = 0;
      return 1;
    }
  }
  if (head && head->summary && head->summary->has_return) {
    *is_eq = head->summary->return_is_eq;
    *value = head->summary->return_value;
    return 1;
  }
  return 0;
}

/* Does the fact decide the test `c` of its subject? 1 true, 0 false, -1
 * not known. */
static int fact_decides(const cond_fact *f, const ir_cond *c) {
  if (f->is_eq) {
    int64_t v = f->value;
    switch (c->kind) {
    case IR_COND_TRUTH:
      return v != 0;
    case IR_COND_EQ:
      return v == c->constant;
    case IR_COND_BITS:
      return (v & c->constant) != 0;
    case IR_COND_GE:
      return v >= c->constant;
    case IR_COND_LE:
      return v <= c->constant;
    default:
      return -1;
    }
  }
  if (c->kind == IR_COND_TRUTH && f->value == 0)
    return 1;
  if (c->kind == IR_COND_EQ && f->value == c->constant)
    return 0;
  return -1;
}

/* Records what the call returned in its result subject: the outcome on a
 * path split by it, else what the model or summary knows, else nothing. */
void la_set_result_fact(analysis *a, lock_state *s, const ir_event *ev,
                        const lock_op *head, call_outcome o) {
  uint16_t subject = la_result_subject(a, ev->id);
  if (subject == UINT16_MAX)
    return;
  int is_eq = o.is_eq;
  int64_t value = o.value;
  if (o.split || known_call_result(head, &is_eq, &value))
    fact_set(s, subject, is_eq, value);
  else
    fact_remove(s, subject);
}

/* At a return: what it returns becomes the fact of the return subject, for
 * the summary (the constant, or the fact known about the variable or the
 * call result returned). */
void la_set_return_fact(analysis *a, const cfg_block *block, lock_state *s) {
  if (a->return_subject == UINT16_MAX)
    return;
  const ir_value *v = &block->ret;
  const cond_fact *f = NULL;
  if (v->kind == IR_VALUE_CONST) {
    fact_set(s, a->return_subject, 1, v->constant);
    return;
  }
  if (v->kind == IR_VALUE_LOAD) {
    uint16_t plain = la_find_test_subject(a, &v->path, GUARD_TEST_VALUE, 0);
    f = plain != UINT16_MAX ? fact_find(s, plain) : NULL;
  } else if (v->kind == IR_VALUE_CALL) {
    uint16_t subject = la_result_subject(a, v->call_event);
    f = subject != UINT16_MAX ? fact_find(s, subject) : NULL;
  }
  if (f)
    fact_set(s, a->return_subject, f->is_eq, f->value);
  else
    fact_remove(s, a->return_subject);
}

/* A subject with no variable behind it ("return", a call's result): a
 * named root no write reaches. */
static uint16_t synthetic_subject(analysis *a, const char *name) {
  ir_path p;
  memset(&p, 0, sizeof p);
  p.root_kind = PATH_ROOT_NAMED;
  p.root = arena_strdup(&a->scratch, name);
  return la_intern_subject(a, &p, GUARD_TEST_VALUE, 0);
}

static void note_result_use(analysis *a, uint32_t event) {
  if (event < a->lf->event_count && a->result_uses[event] < UINT8_MAX)
    a->result_uses[event]++;
}

/* Which call results are read (a branch, a store, a return), and the
 * return subject; a variable returned counts as a test of it, so that
 * the constants stored into it are kept to the return. */
void la_find_result_uses(analysis *a) {
  uint32_t n = a->lf->event_count;
  a->return_subject = UINT16_MAX;
  if (!n)
    return;
  a->result_uses = arena_alloc(&a->scratch, n);
  memset(a->result_uses, 0, n);
  int returns_value = 0;
  for (uint32_t i = 0; i < a->fn->block_count; i++) {
    const cfg_block *b = a->fn->blocks[i];
    if (b->term == CFG_TERM_BRANCH && b->cond.kind != IR_COND_NONE &&
        b->cond.value.kind == IR_VALUE_CALL)
      note_result_use(a, b->cond.value.call_event);
    for (uint32_t k = 0; k < b->event_count; k++) {
      const ir_event *ev = &b->events[k];
      if (ev->kind == IR_EVENT_ASSIGN &&
          ev->u.assign.value.kind == IR_VALUE_CALL)
        note_result_use(a, ev->u.assign.value.call_event);
    }
    if (b->term != CFG_TERM_RETURN || b->ret.kind == IR_VALUE_UNKNOWN)
      continue;
    returns_value = 1;
    if (b->ret.kind == IR_VALUE_CALL)
      note_result_use(a, b->ret.call_event);
    else if (b->ret.kind == IR_VALUE_LOAD &&
             b->ret.path.root_kind == PATH_ROOT_LOCAL &&
             b->ret.path.step_count == 0) {
      uint16_t plain = la_intern_subject(a, &b->ret.path, GUARD_TEST_VALUE, 0);
      if (plain != UINT16_MAX)
        a->subjects[plain].path_tests++;
    }
  }
  if (returns_value)
    a->return_subject = synthetic_subject(a, "return");
  a->result_subjects = arena_alloc(&a->scratch, sizeof(uint16_t) * n);
  for (uint32_t e = 0; e < n; e++) {
    a->result_subjects[e] = UINT16_MAX;
    if (a->result_uses[e]) {
      char name[32];
      snprintf(name, sizeof name, "result of e%" PRIu32, e);
      a->result_subjects[e] = synthetic_subject(a, name);
    }
  }
}

/* ---- branch edges ---- */

/* Bit tests and ordered comparisons: the comparison itself is the subject
 * of a truth fact ("a->Flags&4", "x>=2"). */
static int is_comparison_test(const ir_cond *c) {
  return c->kind == IR_COND_BITS || c->kind == IR_COND_GE ||
         c->kind == IR_COND_LE;
}

static uint8_t guard_test_of(const ir_cond *c) {
  return c->kind == IR_COND_BITS ? GUARD_TEST_BITS
         : c->kind == IR_COND_GE ? GUARD_TEST_GE
                                 : GUARD_TEST_LE;
}
static uint16_t comparison_subject(analysis *a, const ir_cond *c) {
  return la_intern_subject(a, &c->value.path, guard_test_of(c), c->constant);
}
/* What the state's facts about `subject` say of `subject == constant`
 * (kind IR_COND_EQ) or `subject != 0` (truth): 1, 0, or -1 unknown. */
static int cond_known(const lock_state *s, uint16_t subject, uint8_t kind,
                      int64_t constant) {
  for (uint8_t i = 0; i < s->fact_count; i++) {
    const cond_fact *f = &s->facts[i];
    if (f->subject != subject)
      continue;
    if (kind == IR_COND_EQ) {
      if (f->is_eq)
        return f->value == constant;
      if (f->value == constant)
        return 0;
    } else {
      if (f->is_eq)
        return f->value != 0;
      if (f->value == 0)
        return 1;
    }
  }
  return -1;
}

/* A branch on KeGetCurrentIrql() narrows the IRQL on each edge. When the
 * test contradicts the state, the edge is infeasible if the state's range
 * was established (by annotations, roles or the code), but when it rests
 * on the default assumption the code knows better: the edge takes the
 * test's range. Returns 0 for an infeasible edge. */
/* The levels a test of an IRQL value `irql` lets through on one edge, in
 * [*lo, *hi]; 0 when the test says nothing we can use. */
static int irql_test_bounds(irql_range irql, const ir_cond *c, int taken,
                            int *lo_out, int *hi_out) {
  int lo = IRQL_PASSIVE, hi = IRQL_HIGH;
  int level = irql_level_from_value(c->constant);
  switch (c->kind) {
  case IR_COND_EQ:
    if (taken)
      lo = hi = level;
    else if (irql.lo == level && irql.hi > level)
      lo = level + 1;
    else if (irql.hi == level && irql.lo < level)
      hi = level - 1;
    break;
  case IR_COND_GE: /* irql >= c */
    if (taken)
      lo = level;
    else
      hi = level - 1;
    break;
  case IR_COND_LE: /* irql <= c */
    if (taken)
      hi = level;
    else
      lo = level + 1;
    break;
  case IR_COND_TRUTH: /* irql != PASSIVE_LEVEL */
    if (taken)
      lo = IRQL_APC;
    else
      hi = IRQL_PASSIVE;
    break;
  default:
    return 0;
  }
  if (lo < IRQL_PASSIVE || hi > IRQL_HIGH || lo > hi)
    return 0;
  *lo_out = lo;
  *hi_out = hi;
  return 1;
}

/* A test of a local holding an earlier IRQL (irql_value_subject): decided
 * by the range it holds, else it narrows that range. */
static int refine_irql_value(lock_state *s, const ir_cond *c, int taken) {
  int lo, hi;
  if (!irql_test_bounds(s->irql_value, c, taken, &lo, &hi))
    return 1;
  int new_lo = s->irql_value.lo > lo ? s->irql_value.lo : lo;
  int new_hi = s->irql_value.hi < hi ? s->irql_value.hi : hi;
  if (new_lo > new_hi) {
    /* as for the current IRQL: only a test above a range that rests on
     * the assumption alone contradicts the assumption, not the code */
    if (s->irql_value.assumed != IRQL_ASSUMED || lo <= s->irql_value.hi)
      return 0;
    new_lo = lo;
    new_hi = hi;
  }
  s->irql_value.lo = (uint8_t)new_lo;
  s->irql_value.hi = (uint8_t)new_hi;
  return 1;
}

static int refine_by_irql_test(lock_state *s, const ir_cond *c, int taken) {
  int lo, hi;
  if (!irql_test_bounds(s->irql, c, taken, &lo, &hi))
    return 1;
  int new_lo = s->irql.lo > lo ? s->irql.lo : lo;
  int new_hi = s->irql.hi < hi ? s->irql.hi : hi;
  int established = hi < IRQL_HIGH; /* an upper bound from the test */
  if (new_lo > new_hi) {
    /* the assumption covers only up to DISPATCH_LEVEL: a test for a level
     * above it contradicts the assumption, not the code */
    if (s->irql.assumed != IRQL_ASSUMED || lo <= s->irql.hi)
      return 0; /* (a range an earlier test narrowed is the code's) */
    new_lo = lo;
    new_hi = hi;
    established = 1; /* no longer resting on the assumption */
  }
  if (new_lo == s->irql.lo && new_hi == s->irql.hi)
    return 1;
  s->irql.lo = (uint8_t)new_lo;
  s->irql.hi = (uint8_t)new_hi;
  /* a test of an IRQL only assumed proves nothing about the code after
   * it: the range stays assumed (no finding rests on it), and tested (what
   * the branch needs is not its callers' requirement) */
  if (s->irql.assumed)
    s->irql.assumed = IRQL_ASSUMED | IRQL_TESTED;
  else if (established)
    s->irql.assumed = 0;
  s->irql_site = IRQL_SITE_UNKNOWN;
  return 1;
}

/* A comparison of two paths (`Src->Mutex != Dest->Mutex`): an earlier
 * test of the same two, neither written since, decides it; else the edge
 * learns it when another branch tests it too. */
static int same_paths_edge(analysis *a, const ir_cond *c, int taken,
                           lock_state *s) {
  uint16_t subject = same_subject(a, c);
  if (subject == UINT16_MAX)
    return 1;
  int known = cond_known(s, subject, IR_COND_TRUTH, 0);
  if (known >= 0) {
    fact_touch(s, subject);
    return known == taken;
  }
  if (a->subjects[subject].tests >= 2)
    fact_set(s, subject, !taken, 0);
  return 1;
}

/* State on edge `succ_index` of a branch; returns 0 when the edge is
 * infeasible for this state. */
static uint32_t eq_test_count(const analysis *a, uint16_t subject,
                              int64_t value);

int la_branch_edge(analysis *a, const cfg_block *block, unsigned succ_index,
                   lock_state *s) {
  if (block->term != CFG_TERM_BRANCH || succ_index > 1)
    return 1;
  const ir_cond *c = &block->cond;
  int taken = succ_index == 0;
  if (!la_owner_edge(a, block, succ_index, s))
    return 0;
  if (c->kind == IR_COND_NONE || c->kind == IR_COND_OWNER)
    return 1;
  /* the test reads through a pointer local: not on a path where it is
   * NULL, and not NULL past it */
  if (!la_deref_value(a, s, &c->value) ||
      (c->kind == IR_COND_SAME && !la_deref_value(a, s, &c->other)))
    return 0;
  if (c->kind == IR_COND_SAME)
    return same_paths_edge(a, c, taken, s);
  if (c->value.kind == IR_VALUE_CALL) {
    /* what the call is known to return decides the test (a callee that
     * returns one constant, or this path's value of a split call) */
    uint16_t result = la_result_subject(a, c->value.call_event);
    const cond_fact *known = result != UINT16_MAX ? fact_find(s, result) : NULL;
    if (known) {
      int holds = fact_decides(known, c);
      if (holds >= 0 && holds != taken)
        return 0;
      /* read nowhere else: let the paths join again */
      if (a->result_uses[c->value.call_event] == 1)
        fact_remove(s, result);
    }
    const ir_event *call_ev = cfg_block_event(block, c->value.call_event);
    const lock_op *head = call_ev ? lock_fn_op(a->lf, call_ev) : NULL;
    if (!head && c->value.call_event < a->lf->event_count) {
      /* a later test of a switch reads the call in the switch's block:
       * switch (KeGetCurrentIrql()) */
      const lock_op *call_op = a->lf->op_by_event[c->value.call_event];
      return call_op && call_op->op == API_OP_GET_IRQL
                 ? refine_by_irql_test(s, c, taken)
                 : 1;
    }
    /* a try-acquire, or a try wrapper whose summary says so */
    const lock_op *op = head;
    while (op && op->op != API_OP_TRY_ACQUIRE)
      op = op->next;
    if (op && op->lock != LOCK_NONE && c->kind == IR_COND_TRUTH && taken) {
      irql_range before = s->irql;
      la_raise_for_acquire(s, op);
      int i = lockset_find(s, op->lock);
      if (i < 0) {
        held_lock h = {
            op->lock, op->slot, op->event->id, op->kind, 0, 1, before, 0, 0};
        lockset_add(s, h);
      } else if (!s->held[i].maybe) {
        s->held[i].depth = 2;
      }
    }
    if (head && head->op == API_OP_GET_IRQL)
      return refine_by_irql_test(s, c, taken);
    /* a raise on success (_When_(NT_SUCCESS(return), _IRQL_raises_(X))):
     * at X on the success edge */
    if (head && head->has_raises_to &&
        head->raises_when != LOCK_CONDITION_ALWAYS) {
      int success = head->raises_when == LOCK_CONDITION_ON_NT_SUCCESS
                        ? (c->kind == IR_COND_GE && c->constant == 0 && taken)
                        : (c->kind == IR_COND_TRUTH && taken);
      if (success)
        s->irql = la_level_range((irql_level)head->raises_to);
    }
    /* a successful conversion: the shared hold is now exclusive, in the
     * same variant (AtDpcLevel or raising) */
    if (head && head->op == API_OP_TRY_CONVERT && c->kind == IR_COND_TRUTH &&
        taken && head->lock != LOCK_NONE) {
      int i = lockset_find(s, head->lock);
      if (i >= 0)
        s->held[i].kind =
            api_kind_variant((api_kind)s->held[i].kind) == API_VARIANT_AT_DPC
                ? API_KIND_EX_EXCLUSIVE_DPC
                : API_KIND_EX_EXCLUSIVE;
    }
    /* a waiting acquire returns TRUE: `if (!ExAcquireResource…(R, TRUE))`
     * never takes its failure branch */
    if (head && head->returns_nonzero && c->kind == IR_COND_TRUTH && !taken)
      return 0;
    return 1;
  }
  if (c->value.kind != IR_VALUE_LOAD)
    return 1;
  int plain_test = c->kind == IR_COND_EQ || c->kind == IR_COND_TRUTH;
  uint16_t tested =
      plain_test || s->irql_subject != NO_SUBJECT ||
              s->irql_value_subject != NO_SUBJECT
          ? la_intern_subject(a, &c->value.path, GUARD_TEST_VALUE, 0)
          : NO_SUBJECT;
  if (s->irql_subject != NO_SUBJECT && tested == s->irql_subject &&
      !refine_by_irql_test(s, c, taken))
    return 0;
  if (s->irql_value_subject != NO_SUBJECT && tested == s->irql_value_subject &&
      !refine_irql_value(s, c, taken))
    return 0;
  uint16_t subject = is_comparison_test(c) ? comparison_subject(a, c) : tested;
  if (subject == UINT16_MAX)
    return 1;
  uint8_t kind = c->kind == IR_COND_EQ ? IR_COND_EQ : IR_COND_TRUTH;
  int known = cond_known(s, subject, kind, c->constant);
  if (known < 0 && kind == IR_COND_TRUTH && la_pointer_not_null(a, s, subject))
    return taken; /* a pointer dereferenced on this path */
  if (known < 0 && is_comparison_test(c)) {
    /* the value itself is known (a constant argument): it decides a bit
     * test or an ordered comparison of it */
    uint16_t plain =
        la_find_test_subject(a, &c->value.path, GUARD_TEST_VALUE, 0);
    for (uint8_t i = 0; plain != UINT16_MAX && i < s->fact_count; i++) {
      const cond_fact *f = &s->facts[i];
      if (f->subject != plain || !f->is_eq)
        continue;
      known = c->kind == IR_COND_BITS ? (f->value & c->constant) != 0
              : c->kind == IR_COND_GE ? f->value >= c->constant
                                      : f->value <= c->constant;
      break;
    }
  }
  if (known >= 0) {
    fact_touch(s, subject);
    return known == taken;
  }
  /* what this branch learns is read only by another test of the same
   * subject (a callee's guard counts as one), or by a caller when it is a
   * parameter, or a field callers can name that the branch takes a spin
   * lock under (summary guards) */
  const subject_entry *e = &a->subjects[subject];
  int bare_param = e->is_value && e->path.root_kind == PATH_ROOT_PARAM &&
                   e->path.step_count == 0;
  if (e->tests < 2 && !bare_param && !(e->nameable && e->controls_lock_use))
    return 1;
  /* `x != c` (the false edge of `x == c`, c != 0): only another `x == c`
   * can use it; a chain of `x == 1`, `x == 2`, … would otherwise fill
   * each block's states with one such fact per constant */
  if (kind == IR_COND_EQ && !taken && c->constant != 0 && !bare_param &&
      eq_test_count(a, subject, c->constant) < 2)
    return 1;
  /* a parameter's inequalities add up (its callers pass constants: a
   * switch's default is none of the cases); elsewhere the latest test is
   * what is kept, so that the few facts a state holds stay the ones that
   * tell its paths apart */
  if (kind == IR_COND_EQ && !taken && bare_param)
    fact_add_unequal(s, subject, c->constant);
  else if (kind == IR_COND_EQ)
    fact_set(s, subject, taken, c->constant);
  else
    fact_set(s, subject, !taken, 0);
  return 1;
}

/* ---- pointer locals: nullness ----
 * A local pointer a branch tests (`if (Vcb != NULL)`) has a fact of its
 * value like any tested local: NULL after `Vcb = NULL` or on the false
 * edge of the test. It is also known not to be NULL (lock_state.not_null)
 * after `Vcb = &x`, after a copy of a pointer known not NULL, and once the
 * path reads or writes through it (`Vcb->Count`, `&Vcb->Resource` given
 * to a call); a path does not go on past a dereference of NULL. Only
 * locals whose address is never taken: nothing but an assignment to them
 * changes them. */

/* The local a path names (no steps). */
static int is_bare_local(const ir_path *p) {
  return p->root_kind == PATH_ROOT_LOCAL && p->step_count == 0;
}

/* A local whose address some value of the function takes (`&p`). */
static void note_address(const ir_value *v, ir_path **taken, size_t *count,
                         size_t *cap) {
  if (v->kind == IR_VALUE_ADDR && is_bare_local(&v->path))
    VEC_PUSH(*taken, *count, *cap, v->path);
}

static int path_listed(const ir_path *list, size_t count, const ir_path *p) {
  for (size_t i = 0; i < count; i++)
    if (list[i].root_id == p->root_id && strcmp(list[i].root, p->root) == 0)
      return 1;
  return 0;
}

/* The index of the pointer local `p`'s root is (any steps), or -1. */
static int pointer_local_of(const analysis *a, const ir_path *p) {
  if (p->root_kind != PATH_ROOT_LOCAL)
    return -1;
  for (size_t i = 0; i < a->pointer_local_count; i++)
    if (a->pointer_locals[i].root_id == p->root_id &&
        strcmp(a->pointer_locals[i].root, p->root) == 0)
      return (int)i;
  return -1;
}

/* The index of the pointer local whose subject is `subject`, or -1. */
static int pointer_local_with_subject(const analysis *a, uint16_t subject) {
  for (size_t i = 0; i < a->pointer_local_count; i++)
    if (a->pointer_locals[i].subject == subject)
      return (int)i;
  return -1;
}

static uint64_t not_null_bit(int index) {
  return index >= 0 && index < 64 ? (uint64_t)1 << index : 0;
}

/* The pointer local `p` reads through first (`p->F`, `*p`; as an address
 * only `&p->F`, since `&*p` and CONTAINING_RECORD(p, …) compute an address
 * from p without reading through it), or -1. */
static int dereferenced_local(const analysis *a, const ir_path *p,
                              int is_address) {
  if (p->step_count == 0 || p->steps[0].kind != PATH_STEP_DEREF)
    return -1;
  if (is_address && (p->step_count < 2 || p->steps[1].kind != PATH_STEP_FIELD))
    return -1;
  return pointer_local_of(a, p);
}

static int deref_path(analysis *a, lock_state *s, const ir_path *p,
                      int is_address) {
  int k = dereferenced_local(a, p, is_address);
  if (k < 0)
    return 1;
  if (cond_known(s, a->pointer_locals[k].subject, IR_COND_TRUTH, 0) == 0)
    return 0; /* NULL dereferenced: the path goes no further */
  s->not_null |= not_null_bit(k);
  return 1;
}

int la_deref_value(analysis *a, lock_state *s, const ir_value *v) {
  if (!a->pointer_local_count ||
      (v->kind != IR_VALUE_LOAD && v->kind != IR_VALUE_ADDR))
    return 1;
  return deref_path(a, s, &v->path, v->kind == IR_VALUE_ADDR);
}

int la_deref_event(analysis *a, lock_state *s, const ir_event *ev) {
  if (!a->pointer_local_count)
    return 1;
  if (ev->kind == IR_EVENT_ASSIGN)
    return deref_path(a, s, &ev->u.assign.target, 0) &&
           la_deref_value(a, s, &ev->u.assign.value);
  const ir_call *call = &ev->u.call;
  for (uint16_t i = 0; i < call->arg_count; i++)
    if (!la_deref_value(a, s, &call->args[i]))
      return 0;
  return !call->has_result_target || deref_path(a, s, &call->result_target, 0);
}

void la_pointer_written(analysis *a, lock_state *s, const ir_path *target) {
  if (a->pointer_local_count && is_bare_local(target))
    s->not_null &= ~not_null_bit(pointer_local_of(a, target));
}

int la_pointer_not_null(const analysis *a, const lock_state *s,
                        uint16_t subject) {
  return a->pointer_local_count &&
         (s->not_null & not_null_bit(pointer_local_with_subject(a, subject)));
}

void la_pointer_assign_facts(analysis *a, lock_state *s, const ir_event *ev) {
  if (!a->copy_target || ev->id >= a->lf->event_count ||
      a->copy_target[ev->id] == UINT16_MAX)
    return;
  uint16_t subject = a->copy_target[ev->id];
  uint16_t source = a->copy_source[ev->id];
  uint64_t bit = not_null_bit(pointer_local_with_subject(a, subject));
  if (source == COPY_OF_ADDRESS || la_pointer_not_null(a, s, source)) {
    s->not_null |= bit;
    return;
  }
  cond_fact known[FACT_CAPACITY];
  int n = 0;
  for (uint8_t i = 0; i < s->fact_count; i++)
    if (s->facts[i].subject == source)
      known[n++] = s->facts[i];
  for (int i = 0; i < n; i++)
    if (known[i].is_eq)
      fact_set(s, subject, 1, known[i].value);
    else
      fact_add_unequal(s, subject, known[i].value);
}

/* Another local copied into a tested local (`p = q` … `if (p)`) counts
 * as tested too: what is known of q is what the test reads. Each round
 * reaches one copy further (`p = q; q = r;`); the last one counts the
 * copies as tests of their sources (`if (q) … p = q;` learns q). */
static int count_copies_as_tests(analysis *a, int last) {
  int changed = 0;
  for (uint32_t i = 0; i < a->fn->block_count; i++) {
    const cfg_block *b = a->fn->blocks[i];
    for (uint32_t k = 0; k < b->event_count; k++) {
      const ir_assign *as = &b->events[k].u.assign;
      if (b->events[k].kind != IR_EVENT_ASSIGN || as->op != IR_ASSIGN_STORE ||
          !is_bare_local(&as->target) || as->value.kind != IR_VALUE_LOAD ||
          !is_bare_local(&as->value.path))
        continue;
      uint16_t target =
          la_find_test_subject(a, &as->target, GUARD_TEST_VALUE, 0);
      if (target == UINT16_MAX || !a->subjects[target].path_tests)
        continue;
      uint16_t source =
          la_intern_subject(a, &as->value.path, GUARD_TEST_VALUE, 0);
      if (source == UINT16_MAX)
        continue;
      if (last) {
        a->subjects[source].tests++;
      } else if (!a->subjects[source].path_tests) {
        a->subjects[source].path_tests = 1;
        changed = 1;
      }
    }
  }
  return changed;
}

/* How many copies deep a test reaches back. */
#define COPY_ROUNDS 4

void la_find_pointer_locals(analysis *a) {
  for (int round = 0; round < COPY_ROUNDS && count_copies_as_tests(a, 0);
       round++)
    ;
  count_copies_as_tests(a, 1);
  ir_path *taken = NULL;
  size_t taken_count = 0, taken_cap = 0;
  for (uint32_t i = 0; i < a->fn->block_count; i++) {
    const cfg_block *b = a->fn->blocks[i];
    for (uint32_t k = 0; k < b->event_count; k++) {
      const ir_event *ev = &b->events[k];
      if (ev->kind == IR_EVENT_ASSIGN) {
        note_address(&ev->u.assign.value, &taken, &taken_count, &taken_cap);
        continue;
      }
      for (uint16_t n = 0; n < ev->u.call.arg_count; n++)
        note_address(&ev->u.call.args[n], &taken, &taken_count, &taken_cap);
    }
    note_address(&b->cond.value, &taken, &taken_count, &taken_cap);
    note_address(&b->cond.other, &taken, &taken_count, &taken_cap);
    note_address(&b->ret, &taken, &taken_count, &taken_cap);
  }
  for (size_t i = 0; i < a->subject_count; i++) {
    const subject_entry *e = &a->subjects[i];
    if (!e->is_value || !e->path_tests || !is_bare_local(&e->path) ||
        path_listed(taken, taken_count, &e->path))
      continue;
    pointer_local p = {e->path.root, e->path.root_id, (uint16_t)i};
    VEC_PUSH(a->pointer_locals, a->pointer_local_count, a->pointer_local_cap,
             p);
  }
  free(taken);
  uint32_t n = a->lf->event_count;
  if (!a->pointer_local_count || !n)
    return;
  /* the assignments to them, and where each takes its facts from */
  a->copy_target = arena_alloc(&a->scratch, sizeof(uint16_t) * n);
  a->copy_source = arena_alloc(&a->scratch, sizeof(uint16_t) * n);
  for (uint32_t e = 0; e < n; e++)
    a->copy_target[e] = a->copy_source[e] = UINT16_MAX;
  for (uint32_t i = 0; i < a->fn->block_count; i++) {
    const cfg_block *b = a->fn->blocks[i];
    for (uint32_t k = 0; k < b->event_count; k++) {
      const ir_event *ev = &b->events[k];
      const ir_assign *as = &ev->u.assign;
      if (ev->kind != IR_EVENT_ASSIGN || as->op != IR_ASSIGN_STORE ||
          ev->id >= n || !is_bare_local(&as->target))
        continue;
      int target = pointer_local_of(a, &as->target);
      uint16_t source =
          as->value.kind == IR_VALUE_ADDR ? COPY_OF_ADDRESS
          : as->value.kind == IR_VALUE_LOAD
              ? la_find_test_subject(a, &as->value.path, GUARD_TEST_VALUE, 0)
              : UINT16_MAX;
      if (target >= 0 && source != UINT16_MAX) {
        a->copy_target[ev->id] = a->pointer_locals[target].subject;
        a->copy_source[ev->id] = source;
      }
    }
  }
}

/* ---- tests of each subject ---- */

static int compare_eq_tests(const void *pa, const void *pb) {
  const eq_test *x = pa, *y = pb;
  if (x->subject != y->subject)
    return x->subject < y->subject ? -1 : 1;
  return x->value < y->value ? -1 : x->value > y->value ? 1 : 0;
}

static uint32_t eq_test_count(const analysis *a, uint16_t subject,
                              int64_t value) {
  eq_test key = {subject, value, 0};
  const eq_test *found = a->eq_test_count
                             ? bsearch(&key, a->eq_tests, a->eq_test_count,
                                       sizeof(eq_test), compare_eq_tests)
                             : NULL;
  return found ? found->count : 0;
}

/* Sorts the `==` tests and counts equal ones. */
static void settle_eq_tests(analysis *a) {
  if (a->eq_test_count > 1)
    qsort(a->eq_tests, a->eq_test_count, sizeof(eq_test), compare_eq_tests);
  size_t out = 0;
  for (size_t i = 0; i < a->eq_test_count; i++) {
    if (out && compare_eq_tests(&a->eq_tests[out - 1], &a->eq_tests[i]) == 0)
      a->eq_tests[out - 1].count++;
    else
      a->eq_tests[out++] = a->eq_tests[i];
  }
  a->eq_test_count = out;
}

/* Does block `id` itself use a spin lock or need an elevated IRQL? */
static int block_uses_lock(const analysis *a, uint32_t id) {
  const cfg_block *b = a->fn->blocks[id];
  for (uint32_t k = 0; k < b->event_count; k++)
    for (const lock_op *op = lock_fn_op(a->lf, &b->events[k]); op;
         op = op->next)
      if (!op->effect && (rule_is_spin_lock_routine(op) ||
                          lock_op_summary_uses_spin_lock(op) ||
                          (op->has_irql_bounds && op->irql_min > IRQL_PASSIVE)))
        return 1;
  return 0;
}

/* A guard of a callee's summary read at a call: its subject counts as a
 * test here, and a field it tests is watched for later writes. */
static void count_guard(analysis *a, const lock_op *op, int applies,
                        const summary_guard *g) {
  ir_path p;
  if (!applies || !la_guard_subject_here(a, g, op, &p))
    return;
  uint16_t subject = la_intern_subject(a, &p, g->test, g->test_constant);
  uint16_t plain = la_intern_subject(a, &p, GUARD_TEST_VALUE, 0);
  if (subject == UINT16_MAX || plain == UINT16_MAX)
    return;
  a->subjects[subject].tests++;
  a->subjects[plain].path_tests++;
  if (p.step_count == 0)
    return;
  for (uint16_t i = 0; i < a->flag_path_count; i++)
    if (path_equal(&a->flag_paths[i], &p))
      return;
  ir_path *grown =
      arena_alloc(&a->scratch, sizeof(ir_path) * (a->flag_path_count + 1u));
  if (a->flag_path_count)
    memcpy(grown, a->flag_paths, sizeof(ir_path) * a->flag_path_count);
  grown[a->flag_path_count++] = p;
  a->flag_paths = grown;
}

/* Counts, once per analysis, the branches that test each subject and the
 * callees' guards that read them; then what the function writes into the
 * guarded fields after each call. */
/* The parameter values a specialized summary is computed for, as facts
 * of the entry state: the branches on them take one way. */
void la_apply_bindings(analysis *a, lock_state *initial) {
  for (uint16_t i = 0; i < a->options->binding_count; i++) {
    const summary_binding *b = &a->options->bindings[i];
    if (b->param >= a->fn->param_count)
      continue;
    ir_path p;
    memset(&p, 0, sizeof p);
    p.root_kind = PATH_ROOT_PARAM;
    p.root = a->fn->param_names[b->param];
    p.root_id = a->fn->param_ids[b->param];
    uint16_t subject = la_intern_subject(a, &p, GUARD_TEST_VALUE, 0);
    if (subject != UINT16_MAX && b->is_eq)
      fact_set(initial, subject, 1, b->value);
    else if (subject != UINT16_MAX)
      fact_add_unequal(initial, subject, b->value);
  }
}

/* The parameters the system never passes NULL to a routine of the
 * function's role (ROLE_PARAM_NOT_NULL: a cancel routine's device object),
 * as `!= 0` facts of the entry state, where a branch tests them. */
void la_apply_role_params(analysis *a, lock_state *initial) {
  if (!a->contract.os_callback || !a->contract.role)
    return;
  for (uint16_t i = 0; i < a->fn->param_count; i++) {
    if (!role_param_not_null(a->contract.role, i))
      continue;
    ir_path p;
    memset(&p, 0, sizeof p);
    p.root_kind = PATH_ROOT_PARAM;
    p.root = a->fn->param_names[i];
    p.root_id = a->fn->param_ids[i];
    uint16_t subject = la_intern_subject(a, &p, GUARD_TEST_VALUE, 0);
    if (subject != UINT16_MAX && a->subjects[subject].path_tests)
      fact_add_unequal(initial, subject, 0);
  }
}

/* The parameter a path is, when it is one itself (no steps). */
static int bare_param_index(const analysis *a, const ir_path *p) {
  if (p->root_kind != PATH_ROOT_PARAM || p->step_count != 0)
    return -1;
  for (uint16_t i = 0; i < a->fn->param_count; i++)
    if (a->fn->param_ids[i] == p->root_id)
      return i;
  return -1;
}

/* fn_summary.tested_params: the parameters a branch compares, and those
 * passed on where a callee's summary depends on them. */
uint64_t la_tested_params_of(analysis *a) {
  uint64_t bits = 0;
  for (size_t i = 0; i < a->subject_count; i++) {
    const subject_entry *e = &a->subjects[i];
    int k = e->is_value && e->path_tests ? bare_param_index(a, &e->path) : -1;
    if (k >= 0 && k < 64)
      bits |= (uint64_t)1 << k;
  }
  for (uint32_t i = 0; i < a->fn->block_count; i++) {
    const cfg_block *b = a->fn->blocks[i];
    for (uint32_t e = 0; e < b->event_count; e++) {
      const lock_op *op = lock_fn_op(a->lf, &b->events[e]);
      if (!op || !op->summary || !op->summary->tested_params)
        continue;
      const ir_call *call = &b->events[e].u.call;
      for (uint16_t arg = 0; arg < call->arg_count && arg < 64; arg++) {
        if (!(op->summary->tested_params >> arg & 1u) ||
            call->args[arg].kind != IR_VALUE_LOAD)
          continue;
        int k = bare_param_index(a, &call->args[arg].path);
        if (k >= 0 && k < 64)
          bits |= (uint64_t)1 << k;
      }
    }
  }
  return bits;
}

void la_count_subject_tests(analysis *a) {
  for (uint32_t i = 0; i < a->fn->block_count; i++) {
    const cfg_block *b = a->fn->blocks[i];
    for (uint32_t k = 0; k < b->event_count; k++) {
      const lock_op *op = lock_fn_op(a->lf, &b->events[k]);
      const fn_summary *sum = op ? op->summary : NULL;
      if (!sum || op->effect)
        continue;
      count_guard(a, op, sum->has_irql_min, &sum->min_guard);
      count_guard(a, op, sum->has_irql_max, &sum->max_guard);
      count_guard(a, op, sum->touches_spin_lock, &sum->spin_lock_guard);
    }
  }
  for (uint32_t i = 0; i < a->fn->block_count; i++) {
    const cfg_block *b = a->fn->blocks[i];
    const ir_cond *c = &b->cond;
    if (b->term != CFG_TERM_BRANCH || c->kind == IR_COND_NONE ||
        c->kind == IR_COND_OWNER || c->value.kind != IR_VALUE_LOAD)
      continue;
    if (c->kind == IR_COND_SAME) {
      uint16_t same = same_subject(a, c);
      if (same == UINT16_MAX)
        continue;
      a->subjects[same].tests++;
      continue;
    }
    uint16_t plain = la_intern_subject(a, &c->value.path, GUARD_TEST_VALUE, 0);
    if (plain == UINT16_MAX)
      continue;
    a->subjects[plain].path_tests++;
    uint16_t subject = is_comparison_test(c) ? comparison_subject(a, c) : plain;
    if (subject == UINT16_MAX)
      continue;
    a->subjects[subject].tests++;
    if (c->kind == IR_COND_EQ) {
      eq_test t = {subject, c->constant, 1};
      VEC_PUSH(a->eq_tests, a->eq_test_count, a->eq_test_cap, t);
    }
    if (b->succ_count == 2 &&
        (block_uses_lock(a, b->succ[0]) || block_uses_lock(a, b->succ[1])))
      a->subjects[subject].controls_lock_use = 1;
  }
  settle_eq_tests(a);
  if (a->flag_path_count)
    a->later = later_writes_compute(a->fn, a->flag_paths, a->flag_path_count,
                                    &a->scratch);
}
