/* Lock-state dataflow, summary building: what each op tells the function's
 * callers (IRQL bounds with their guards, spin lock and lock uses), and,
 * from the states that reach the exit, the effects on locks the function
 * has for its callers (acquire and release wrappers, acquire routines,
 * locks handed to the caller, effects by returned value). The solver is
 * lock_analysis.c. */
#include "lock_analysis_internal.h"

#include "../../rules/rule.h"

#include <string.h>

/* ---- summaries ---- */

static void witness_of(const lock_op *op, summary_witness *w) {
  w->loc = op->event->loc;
  w->routine = op->written;
  w->via = op->summary;
}

#define MAX_LOCK_USES 32
#define MAX_RELEASED_BEFORE 8

/* Is `cls` in the list? */
static int class_listed(const char **list, uint16_t count, const char *cls) {
  for (uint16_t i = 0; i < count; i++)
    if (strcmp(list[i], cls) == 0)
      return 1;
  return 0;
}

/* A lock the function takes, directly or through a callee: `released` are
 * the classes of its caller's locks let go of on the way (kept in sorted
 * order, so that summaries compare equal). */
static int spath_listed(const summary_path *list, uint16_t n,
                        const summary_path *p) {
  for (uint16_t i = 0; i < n; i++)
    if (list[i].param == p->param && path_equal(&list[i].path, &p->path))
      return 1;
  return 0;
}

static void add_lock_use(analysis *a, const ir_path *lock,
                         const char *known_class, const summary_witness *w,
                         const char **released, uint16_t released_count,
                         const summary_path *released_paths,
                         uint16_t released_path_count) {
  fn_summary *sum = a->building;
  arena *mem = a->options->summary_mem;
  summary_lock_use u;
  memset(&u, 0, sizeof u);
  u.at = *w;
  u.lock_class = known_class ? known_class : summary_lock_class(lock, mem);
  if (!u.lock_class) {
    if (!lock || !summary_path_of(a->fn, lock, mem, &u.lock))
      return;
    u.has_lock = 1;
  }
  for (uint16_t i = 0; i < sum->lock_use_count; i++) {
    summary_lock_use *o = &sum->lock_uses[i];
    if (u.lock_class ? o->lock_class && strcmp(o->lock_class, u.lock_class) == 0
                     : o->has_lock && o->lock.param == u.lock.param &&
                           path_equal(&o->lock.path, &u.lock.path)) {
      /* taken on another path too: only the locks released on both are
       * released before it */
      uint16_t kept = 0;
      for (uint16_t k = 0; k < o->released_count; k++)
        if (class_listed(released, released_count, o->released_before[k]))
          o->released_before[kept++] = o->released_before[k];
      o->released_count = kept;
      kept = 0;
      for (uint16_t k = 0; k < o->released_path_count; k++)
        if (spath_listed(released_paths, released_path_count,
                         &o->released_paths[k]))
          o->released_paths[kept++] = o->released_paths[k];
      o->released_path_count = kept;
      return;
    }
  }
  if (sum->lock_use_count == MAX_LOCK_USES)
    return;
  if (released_count) {
    u.released_before = arena_alloc(mem, sizeof(char *) * released_count);
    for (uint16_t k = 0; k < released_count; k++) {
      /* insertion in sorted order */
      uint16_t at = u.released_count;
      while (at && strcmp(u.released_before[at - 1], released[k]) > 0) {
        u.released_before[at] = u.released_before[at - 1];
        at--;
      }
      u.released_before[at] = arena_strdup(mem, released[k]);
      u.released_count++;
    }
  }
  if (released_path_count) {
    u.released_paths =
        arena_alloc(mem, sizeof(summary_path) * released_path_count);
    memcpy(u.released_paths, released_paths,
           sizeof(summary_path) * released_path_count);
    u.released_path_count = released_path_count;
  }
  summary_lock_use *grown =
      arena_alloc(mem, sizeof(summary_lock_use) * (sum->lock_use_count + 1u));
  if (sum->lock_use_count)
    memcpy(grown, sum->lock_uses,
           sizeof(summary_lock_use) * sum->lock_use_count);
  grown[sum->lock_use_count++] = u;
  sum->lock_uses = grown;
}

/* The caller's locks this state has let go of (released on every path to
 * it) that have no class but are named through a parameter, plus those of
 * a callee's lock use `u` at the call `op` that this function's callers
 * can name in turn. */
static uint16_t released_paths_of(analysis *a, const lock_state *s,
                                  const summary_lock_use *u, const lock_op *op,
                                  summary_path *out) {
  arena *mem = a->options->summary_mem;
  uint16_t n = 0;
  for (int i = 0; i < s->drop_count && n < MAX_RELEASED_BEFORE; i++) {
    if (s->dropped[i].maybe || s->lost || s->dropped[i].lock == LOCK_NONE)
      continue;
    const ir_path *p = &a->lf->locks[s->dropped[i].lock].path;
    summary_path sp;
    if (!summary_lock_class(p, &a->scratch) &&
        summary_path_of(a->fn, p, mem, &sp) && sp.param != SUMMARY_NO_PARAM &&
        !spath_listed(out, n, &sp))
      out[n++] = sp;
  }
  for (uint16_t k = 0;
       u && k < u->released_path_count && n < MAX_RELEASED_BEFORE; k++) {
    ir_path here;
    summary_path sp;
    if (summary_path_substitute(&u->released_paths[k], &op->event->u.call,
                                &a->scratch, &here) &&
        !summary_lock_class(&here, &a->scratch) &&
        summary_path_of(a->fn, &here, mem, &sp) &&
        sp.param != SUMMARY_NO_PARAM && !spath_listed(out, n, &sp))
      out[n++] = sp;
  }
  return n;
}

/* The classes of the caller's locks this state has let go of (released
 * on every path to it), plus `more` (a callee's, for its lock uses). */
static uint16_t released_classes(analysis *a, const lock_state *s,
                                 const char **more, uint16_t more_count,
                                 const char **out) {
  uint16_t n = 0;
  for (int i = 0; i < s->drop_count && n < MAX_RELEASED_BEFORE; i++) {
    if (s->dropped[i].maybe || s->lost || s->dropped[i].lock == LOCK_NONE)
      continue;
    const char *c =
        summary_lock_class(&a->lf->locks[s->dropped[i].lock].path, &a->scratch);
    if (c && !class_listed(out, n, c))
      out[n++] = c;
  }
  for (uint16_t i = 0; i < more_count && n < MAX_RELEASED_BEFORE; i++) {
    /* the callee let go of a lock this function took itself: not one of
     * this function's caller's */
    int own = 0;
    for (int k = 0; k < s->count && !own; k++) {
      const char *c =
          s->held[k].site == HELD_AT_ENTRY
              ? NULL
              : summary_lock_class(&a->lf->locks[s->held[k].lock].path,
                                   &a->scratch);
      own = c && strcmp(c, more[i]) == 0;
    }
    if (!own && !class_listed(out, n, more[i]))
      out[n++] = more[i];
  }
  return n;
}

/* The test this state is under that callers can check, if any: a fact
 * about one of the function's parameters (a constant argument decides
 * it), else one about a field or global they can name (their own state
 * may decide it). */
static summary_guard guard_of_state(analysis *a, const lock_state *s) {
  summary_guard g;
  memset(&g, 0, sizeof g);
  int best = -1, best_rank = 0;
  for (uint8_t i = 0; i < s->fact_count; i++) {
    const subject_entry *e = &a->subjects[s->facts[i].subject];
    if (!e->nameable)
      continue;
    int rank = e->is_value && e->path.step_count == 0 &&
                       e->path.root_kind != PATH_ROOT_GLOBAL
                   ? 2
                   : 1;
    if (rank > best_rank) {
      best = i;
      best_rank = rank;
    }
  }
  if (best < 0)
    return g;
  const cond_fact *f = &s->facts[best];
  const subject_entry *e = &a->subjects[f->subject];
  if (!summary_path_of(a->fn, &e->path, a->options->summary_mem, &g.subject))
    return g;
  g.present = 1;
  g.is_eq = f->is_eq;
  g.value = f->value;
  g.test = e->test;
  g.test_constant = e->test_constant;
  return g;
}

/* The path of this function that a callee's guard tests at the call
 * `op`: its subject with the arguments substituted. */
int la_guard_subject_here(analysis *a, const summary_guard *g,
                          const lock_op *op, ir_path *out) {
  return g->present && summary_path_substitute(&g->subject, &op->event->u.call,
                                               &a->scratch, out);
}

/* Has the caller shown the callee's guard `g` false at `op`? By a constant
 * argument, by what its own branches and writes established about the
 * subject (`if (!(a->Flags & ACTIVE))`, `a->Flags &= ~ACTIVE`), or --
 * failing any fact -- by turning the flag on later on every path
 * (flag_writes.h): then it is taken to be off here. */
static int guard_refuted(analysis *a, const lock_state *s, const lock_op *op,
                         const summary_guard *g) {
  if (!g->present)
    return 0;
  if (!summary_guard_admits(g, &op->event->u.call))
    return 1;
  ir_path p;
  if (!la_guard_subject_here(a, g, op, &p))
    return 0;
  uint16_t subject = la_find_test_subject(a, &p, g->test, g->test_constant);
  int known = 0;
  for (uint8_t i = 0; subject != UINT16_MAX && i < s->fact_count; i++)
    if (s->facts[i].subject == subject) {
      if (!summary_guard_consistent(g, s->facts[i].is_eq, s->facts[i].value))
        return 1;
      known = 1;
    }
  if (known)
    return 0;
  if (g->test != GUARD_TEST_VALUE) {
    /* the path's own value, when known, decides a test of it */
    uint16_t plain = la_find_test_subject(a, &p, GUARD_TEST_VALUE, 0);
    const cond_fact *v = plain != UINT16_MAX ? fact_find(s, plain) : NULL;
    if (v && v->is_eq)
      return !summary_guard_allows_value(g, v->value);
  }
  for (uint16_t i = 0; i < a->flag_path_count; i++) {
    if (!path_equal(&a->flag_paths[i], &p))
      continue;
    later_write w = later_writes_after(a->later, op->event->id, i);
    if (w.kind == LATER_WRITE_BITS && g->test == GUARD_TEST_BITS &&
        (g->test_constant & ~w.value) == 0)
      return !summary_guard_consistent(g, 1, 0); /* the bits are clear */
    if (w.kind == LATER_WRITE_STORE && g->test == GUARD_TEST_VALUE)
      return !summary_guard_consistent(g, 0, w.value); /* not yet it */
  }
  return 0;
}

/* `op` as it applies in state s: the callee's guarded facts the caller
 * has refuted taken off (on `copy`), else op itself. */
const lock_op *la_op_in_state(analysis *a, const lock_state *s,
                              const lock_op *op, lock_op *copy) {
  const fn_summary *sum = op->summary;
  if (!sum || op->effect)
    return op;
  int max_off = op->bounds_from_summary && sum->has_irql_max &&
                op->irql_max == sum->irql_max &&
                guard_refuted(a, s, op, &sum->max_guard);
  int min_off = op->bounds_from_summary && sum->has_irql_min &&
                op->irql_min == sum->irql_min &&
                guard_refuted(a, s, op, &sum->min_guard);
  int spin_off =
      sum->touches_spin_lock && guard_refuted(a, s, op, &sum->spin_lock_guard);
  if (!max_off && !min_off && !spin_off)
    return op;
  *copy = *op;
  if (max_off)
    copy->irql_max = IRQL_HIGH;
  if (min_off)
    copy->irql_min = IRQL_PASSIVE;
  if (copy->irql_max == IRQL_HIGH && copy->irql_min == IRQL_PASSIVE) {
    copy->has_irql_bounds = 0;
    copy->bounds_from_summary = 0;
  }
  copy->spin_lock_refuted = (uint8_t)spin_off;
  return copy;
}

/* The guard under which this function has a callee's fact, as its own
 * callers see it: the test the state is under, else the callee's guard
 * `g` translated through the call when they can name its subject. The
 * state's test comes first so that a callee losing its guard never gives
 * the caller a guard it did not have (summaries of recursive functions
 * must only grow while they settle). */
static summary_guard guard_for_callers(analysis *a, const lock_state *s,
                                       const lock_op *op,
                                       const summary_guard *g) {
  summary_guard own = guard_of_state(a, s);
  ir_path p;
  if (own.present || !la_guard_subject_here(a, g, op, &p))
    return own;
  summary_guard out = *g;
  return la_callers_name(a, &p, a->options->summary_mem, &out.subject) ? out
                                                                       : own;
}

/* What the op tells about the function as its callers see it. */
void la_collect_op(analysis *a, const lock_state *s, const lock_op *op) {
  fn_summary *sum = a->building;
  if (op->effect)
    return; /* the call's own op carries the callee's summary */
  summary_witness w;
  witness_of(op, &w);
  /* a bound checked while the IRQL is still whatever the caller's was is
   * a bound on the caller */
  /* (a release's bound only restates that its lock is held: the release
   * effect carries that) */
  /* (after a test of the assumed IRQL, only a bound the whole tested
   * range breaks: its callers must keep off this way of the test; a
   * branch that tested and chose what fits needs nothing of them, and one
   * that fits part of its range asks for a hole a bound cannot state) */
  if (op->has_irql_bounds && (s->irql.assumed & IRQL_ASSUMED) &&
      (!(s->irql.assumed & IRQL_TESTED) || s->irql.hi < op->irql_min ||
       s->irql.lo > op->irql_max) &&
      !a->contract.has_requirement && op->op != API_OP_RELEASE) {
    /* the strictest bound, with the test it was found under (the
     * callee's own, for a bound from its body); the same bound found
     * under another test, or none, has no guard */
    summary_guard max_guard =
        op->bounds_from_summary
            ? guard_for_callers(a, s, op, &op->summary->max_guard)
            : guard_of_state(a, s);
    summary_guard min_guard =
        op->bounds_from_summary
            ? guard_for_callers(a, s, op, &op->summary->min_guard)
            : max_guard;
    if (op->irql_max < IRQL_HIGH &&
        (!sum->has_irql_max || op->irql_max < sum->irql_max)) {
      sum->has_irql_max = 1;
      sum->irql_max = op->irql_max;
      sum->max_at = w;
      sum->max_guard = max_guard;
      sum->max_from_spin_lock =
          rule_is_spin_lock_routine(op) ||
          (op->bounds_from_summary && op->summary->max_from_spin_lock);
    } else if (sum->has_irql_max && op->irql_max == sum->irql_max &&
               !summary_guard_equal(&sum->max_guard, &max_guard)) {
      sum->max_guard.present = 0;
    }
    if (op->irql_min > IRQL_PASSIVE &&
        (!sum->has_irql_min || op->irql_min > sum->irql_min)) {
      sum->has_irql_min = 1;
      sum->irql_min = op->irql_min;
      sum->min_at = w;
      sum->min_guard = min_guard;
    } else if (sum->has_irql_min && op->irql_min == sum->irql_min &&
               !summary_guard_equal(&sum->min_guard, &min_guard)) {
      sum->min_guard.present = 0;
    }
  }
  int direct_spin_lock = rule_is_spin_lock_routine(op);
  if (direct_spin_lock || lock_op_summary_uses_spin_lock(op)) {
    /* every use under the same test keeps it as the guard */
    summary_guard guard =
        direct_spin_lock
            ? guard_of_state(a, s)
            : guard_for_callers(a, s, op, &op->summary->spin_lock_guard);
    if (!sum->touches_spin_lock) {
      sum->touches_spin_lock = 1;
      sum->spin_lock_at = w;
      sum->spin_lock_guard = guard;
    } else if (!summary_guard_equal(&sum->spin_lock_guard, &guard)) {
      sum->spin_lock_guard.present = 0;
    }
  }
  /* an acquire that needs APCs disabled, in a state where this function
   * has not disabled them itself: its callers must have */
  if (!sum->needs_no_apcs && !a->contract.apcs_enabled &&
      rule_apcs_left_as_entered(s) &&
      ((api_kind_needs_no_apcs((api_kind)op->kind) &&
        (op->op == API_OP_ACQUIRE || op->op == API_OP_TRY_ACQUIRE)) ||
       (op->summary && op->summary->needs_no_apcs))) {
    sum->needs_no_apcs = 1;
    sum->no_apcs_at = w;
  }
  if ((op->callee && op->callee->paged) ||
      (op->summary && op->summary->touches_pageable)) {
    /* the caller's IRQL narrowed by a test here bounds the callers that
     * reach it; a reach through a callee keeps the callee's bound too */
    uint8_t max = (s->irql.assumed & IRQL_TESTED) ? s->irql.hi : IRQL_HIGH;
    if (op->summary && op->summary->touches_pageable &&
        !(op->callee && op->callee->paged) &&
        op->summary->pageable_max_irql < max)
      max = op->summary->pageable_max_irql;
    if (!sum->touches_pageable) {
      sum->touches_pageable = 1;
      sum->pageable_at = w;
      sum->pageable_max_irql = max;
    } else if (max > sum->pageable_max_irql) {
      sum->pageable_max_irql = max;
    }
  }
  /* a completion where the caller's locks are still as it held them: one
   * made under the function's own spin lock is reported there, and one
   * after the function let go of a lock of its caller's (a helper that
   * drops the caller's queue lock around IoCompleteRequest) is not under
   * that lock */
  if (!sum->completes_request && !s->lost && !s->drop_count &&
      !rule_innermost_certain(s) &&
      (op->completes || (op->summary && op->summary->completes_request))) {
    sum->completes_request = 1;
    sum->completes_at = w;
    if (op->completes)
      sum->completes_at.routine = op->completes;
  }
  const char *released[MAX_RELEASED_BEFORE];
  summary_path paths[MAX_RELEASED_BEFORE];
  if (op->op == API_OP_ACQUIRE && op->lock != LOCK_NONE &&
      !rule_kind_is_region(op->kind)) {
    uint16_t n = released_classes(a, s, NULL, 0, released);
    uint16_t np = released_paths_of(a, s, NULL, NULL, paths);
    add_lock_use(a, &a->lf->locks[op->lock].path, NULL, &w, released, n, paths,
                 np);
  }
  if (op->summary)
    for (uint16_t i = 0; i < op->summary->lock_use_count; i++) {
      const summary_lock_use *u = &op->summary->lock_uses[i];
      uint16_t n = released_classes(a, s, u->released_before, u->released_count,
                                    released);
      uint16_t np = released_paths_of(a, s, u, op, paths);
      ir_path lock;
      if (u->lock_class)
        add_lock_use(a, NULL, u->lock_class, &w, released, n, paths, np);
      else if (summary_path_substitute(&u->lock, &op->event->u.call,
                                       &a->scratch, &lock))
        add_lock_use(a, &lock, NULL, &w, released, n, paths, np);
    }
}

/* What the function holds where it calls `call`'s target, on this path:
 * intersected with what its other paths and calls of the same callee
 * hold; what it let go of of its caller's, joined. */
void la_collect_call(analysis *a, const lock_state *s, const ir_call *call) {
  fn_summary *sum = a->building;
  arena *mem = a->options->summary_mem;
  if (!call->target)
    return;
  summary_held_set held, released;
  rule_held_classes(a->lf, s, -1, NULL, &a->scratch, &held);
  int known = rule_released_classes(a->lf, s, &a->scratch, &released);
  summary_call_holds *c = NULL;
  for (uint16_t i = 0; i < sum->call_hold_count && !c; i++)
    if (sum->call_holds[i].callee == call->target->id)
      c = &sum->call_holds[i];
  if (!c) {
    if (sum->call_hold_count == sum->call_hold_cap) {
      uint16_t cap =
          sum->call_hold_cap ? (uint16_t)(sum->call_hold_cap * 2) : 4;
      summary_call_holds *grown = arena_alloc(mem, sizeof *grown * cap);
      if (sum->call_hold_count)
        memcpy(grown, sum->call_holds, sizeof *grown * sum->call_hold_count);
      sum->call_holds = grown;
      sum->call_hold_cap = cap;
    }
    c = &sum->call_holds[sum->call_hold_count++];
    memset(c, 0, sizeof *c);
    c->callee = call->target->id;
    c->callee_name = call->target->name;
    c->held = held;
    for (uint8_t i = 0; i < c->held.count; i++)
      c->held.classes[i].lock_class =
          arena_strdup(mem, c->held.classes[i].lock_class);
  } else {
    summary_held_intersect(&c->held, &held);
  }
  if (!known)
    c->released_all = 1;
  for (uint8_t i = 0; i < released.count && !c->released_all; i++)
    if (summary_held_find(&c->released, released.classes[i].lock_class) < 0 &&
        !summary_held_add(&c->released,
                          arena_strdup(mem, released.classes[i].lock_class), 0))
      c->released_all = 1;
}

/* ---- effects at the exit ---- */

typedef struct exit_effect {
  uint8_t present;
  uint8_t kind; /* summary_effect_kind */
  const lock_op *op;
  /* the function also releases the caller's hold on the lock first (it
   * drops the lock and takes it back, or is a release wrapper) */
  uint8_t drops;
  uint8_t drop_kind; /* SUMMARY_RELEASE or SUMMARY_MAYBE_RELEASE */
  const lock_op *drop_op;
} exit_effect;

/* How lock `lock` leaves the function, over every state that reaches the
 * exit: held on all of them (an acquire wrapper), held only when a
 * try-acquire succeeded, held on some (an inconsistent wrapper, reported
 * inside), or released without being held (a release wrapper). */
/* Does exit state st return `value` (by its return fact)? */
static int state_returns(const analysis *a, const lock_state *st,
                         int64_t value) {
  const cond_fact *f =
      a->return_subject != UINT16_MAX ? fact_find(st, a->return_subject) : NULL;
  return f && f->is_eq && f->value == value;
}

/* Does the function hold `lock` on exactly the exits that return TRUE (1),
 * taken there by itself, and not on those returning FALSE (0)
 * (`Acquire(L); if (!Current) { Release(L); return FALSE; } return
 * TRUE;`)? The result tells its callers whether they hold the lock, as
 * `_When_(return != 0, _Acquires_lock_(L))` says it: a try-acquire for
 * them, not a leak inside. Every exit's value must be known, every held
 * exit's hold its own and certain, and both kinds of exit must occur.
 * Only 1 and 0: a status routine keeping the lock where it returns a
 * failure code (nonzero) and releasing it on success is the shape of a
 * forgotten release on the error path, and one keeping it on success (0)
 * of a forgotten release on the success path. */
static int held_iff_returns_true(const analysis *a, uint16_t lock) {
  const state_set *exits = &a->sets[a->fn->exit];
  int held = 0, free_ = 0;
  for (uint16_t i = 0; i < exits->count; i++) {
    const lock_state *st = &exits->states[i];
    if (st->lost)
      return 0;
    int k = lockset_find(st, lock);
    if (k >= 0) {
      if (st->held[k].maybe || st->held[k].site == HELD_AT_ENTRY ||
          st->held[k].outer || st->held[k].depth > 1 ||
          !state_returns(a, st, 1))
        return 0;
      held = 1;
    } else {
      if (!state_returns(a, st, 0))
        return 0;
      free_ = 1;
    }
  }
  return held && free_;
}

/* `only`: over the exits returning *only, else all of them. */
static exit_effect exit_effect_of(const analysis *a, uint16_t lock,
                                  const int64_t *only) {
  exit_effect e;
  memset(&e, 0, sizeof e);
  const state_set *exits = &a->sets[a->fn->exit];
  if (exits->count == 0)
    return e; /* never returns */
  int held_all = 1, held_any = 0, try_only = 1, dropped_all = 1,
      dropped_any = 0, deleted_only = 1;
  for (uint16_t i = 0; i < exits->count; i++) {
    const lock_state *st = &exits->states[i];
    if (only && !state_returns(a, st, *only))
      continue;
    int k = lockset_find(st, lock);
    if (!st->lost && k >= 0 && st->held[k].site == HELD_AT_ENTRY &&
        !st->held[k].maybe && a->lf->locks[lock].held_by_caller) {
      /* the lock the function only takes back, as its caller gave it on
       * this path: neither taken nor dropped here */
    } else if (st->lost || k < 0 || st->held[k].site == HELD_AT_ENTRY) {
      held_all = 0;
    } else {
      const lock_op *op = lock_fn_op_for_lock(a->lf, st->held[k].site, lock, 1);
      held_any = 1;
      if (st->held[k].maybe)
        held_all = 0;
      if (!op || op->op != API_OP_TRY_ACQUIRE)
        try_only = 0;
      if (!e.op)
        e.op = op;
    }
    int d = dropped_find(st, lock);
    if (st->lost || d < 0 || st->dropped[d].maybe) {
      dropped_all = 0;
    }
    if (d >= 0) {
      dropped_any = 1;
      const lock_op *drop =
          lock_fn_op_for_lock(a->lf, st->dropped[d].site, lock, 0);
      if (!e.drop_op)
        e.drop_op = drop;
      if (!drop || drop->op != API_OP_FREE)
        deleted_only = 0;
    }
  }
  /* a release of the caller's lock: the function never acquires it, or
   * the release comes before any acquire of it (lock_fn) */
  if (dropped_any && e.drop_op &&
      lock_fn_release_is_callers(a->lf, lock, e.drop_op)) {
    e.drops = 1;
    /* deleted on some paths and released on others: the caller's hold
     * ends either way, but only a release is of a lock it must hold */
    e.drop_kind =
        deleted_only ? (dropped_all ? SUMMARY_DELETE : SUMMARY_MAYBE_DELETE)
        : dropped_all && e.drop_op->op != API_OP_FREE ? SUMMARY_RELEASE
                                                      : SUMMARY_MAYBE_RELEASE;
  }
  if (held_any) {
    e.present = 1;
    /* held for certain on every exit: every path passed its try's success
     * edge (a loop retrying the try until it succeeds), so the caller
     * holds it whatever it tests */
    e.kind = held_all   ? SUMMARY_ACQUIRE
             : try_only ? SUMMARY_TRY_ACQUIRE
                        : SUMMARY_MAYBE_ACQUIRE;
    if (e.kind == SUMMARY_MAYBE_ACQUIRE && !only &&
        held_iff_returns_true(a, lock))
      e.kind = SUMMARY_TRY_ACQUIRE;
  } else if (e.drops) {
    e.present = 1;
    e.kind = e.drop_kind;
    e.op = e.drop_op;
    e.drops = 0;
  }
  return e;
}

/* Is `lock` inside an object the function hands to its caller through an
 * out-parameter (`*CurrentFcb = Fcb;` with the lock Fcb->Resource)? A
 * routine that finds an object, acquires it and returns it acquired
 * ("on success returns the FCB it found, acquired") hands the lock over
 * with it, on the paths where it does: its caller releases it. */
static int handed_to_caller(const analysis *a, const ir_path *lock) {
  for (uint32_t b = 0; b < a->fn->block_count; b++) {
    const cfg_block *block = a->fn->blocks[b];
    for (uint32_t k = 0; k < block->event_count; k++) {
      const ir_event *ev = &block->events[k];
      if (ev->kind != IR_EVENT_ASSIGN)
        continue;
      const ir_path *t = &ev->u.assign.target;
      const ir_value *v = &ev->u.assign.value;
      if (t->root_kind != PATH_ROOT_PARAM || t->step_count == 0 ||
          t->steps[0].kind != PATH_STEP_DEREF || v->kind != IR_VALUE_LOAD)
        continue;
      /* the stored pointer's object holds the lock: the pointer's path is
       * a prefix of the lock's */
      ir_path stored = v->path;
      if (stored.step_count >= lock->step_count)
        continue;
      ir_path prefix = *lock;
      prefix.step_count = stored.step_count;
      if (path_equal(&prefix, &stored) &&
          lock->steps[stored.step_count].kind == PATH_STEP_DEREF)
        return 1;
    }
  }
  return 0;
}

static int exit_effect_is_wrapper(const analysis *a, uint16_t lock) {
  exit_effect e = exit_effect_of(a, lock, NULL);
  return e.present &&
         (e.kind == SUMMARY_ACQUIRE || e.kind == SUMMARY_TRY_ACQUIRE);
}

/* Do two states know contradicting things about something the function's
 * callers can name (a parameter, a field reached from one, a global)? */
static int states_differ_for_callers(const analysis *a, const lock_state *x,
                                     const lock_state *y) {
  for (uint8_t i = 0; i < x->fact_count; i++) {
    const cond_fact *f = &x->facts[i];
    if (!a->subjects[f->subject].nameable)
      continue;
    for (uint8_t k = 0; k < y->fact_count; k++) {
      const cond_fact *g = &y->facts[k];
      if (g->subject != f->subject)
        continue;
      if (f->is_eq && g->is_eq ? f->value != g->value
                               : f->is_eq != g->is_eq && f->value == g->value)
        return 1;
    }
  }
  return 0;
}

/* Does the function release `lock` anywhere? */
static int releases_lock(const analysis *a, uint16_t lock) {
  for (uint32_t e = 0; e < a->lf->event_count; e++)
    for (const lock_op *op = a->lf->op_by_event[e]; op; op = op->next)
      if (op->lock == lock && op->op == API_OP_RELEASE)
        return 1;
  return 0;
}

/* Is whether the function returns holding `lock` decided by what its
 * callers pass or can see, and does it never release it? Every exit state
 * that holds it and every one that does not tell apart by a fact about a
 * parameter or what the callers can name (`if (Kind == LOCK_INTERRUPT &&
 * Port->Interrupt) acquire`, `switch (Type) { case RX: acquire Rx; … }`):
 * a lock routine that acquires for its caller on request. Its callers with
 * a constant argument get what that call does (program.c); the routine
 * itself is not a leak. A function that releases the lock on some path
 * and keeps it on another (`if (Error) return;` with Error a parameter)
 * meant to release it: that stays a leak. */
static int held_as_callers_decide(const analysis *a, uint16_t lock) {
  if (releases_lock(a, lock))
    return 0;
  const state_set *exits = &a->sets[a->fn->exit];
  int held = 0, free_ = 0;
  for (uint16_t i = 0; i < exits->count; i++) {
    const lock_state *st = &exits->states[i];
    int k = lockset_find(st, lock);
    if (st->lost ||
        (k >= 0 && (st->held[k].maybe || st->held[k].site == HELD_AT_ENTRY)))
      return 0;
    if (k >= 0)
      held = 1;
    else
      free_ = 1;
  }
  if (!held || !free_)
    return 0;
  for (uint16_t i = 0; i < exits->count; i++)
    for (uint16_t j = 0; j < exits->count; j++) {
      const lock_state *x = &exits->states[i], *y = &exits->states[j];
      if (lockset_find(x, lock) >= 0 && lockset_find(y, lock) < 0 &&
          !states_differ_for_callers(a, x, y))
        return 0;
    }
  return 1;
}

/* Does the function take `lock` for its caller on the paths where it
 * returns holding it, as an acquire routine whose acquire may fail or be
 * skipped does (`if (!TryAcquire(M)) return TIMEOUT;`, a wait with a
 * timeout, `if (!Handle) return BAD_PARAMETER;`)? Some exit holds it
 * (certainly or maybe) from an acquire of the function, none from its
 * entry, and no release in the function lets go of an acquisition that
 * reaches an exit held: a path that took it there and let it go again
 * (after an error) shows the function meant to release it, and the
 * paths that keep it are leaks. The paths that return without it never
 * took it, or used it for a while from another acquire (the read side
 * of a reader/writer lock taking the writer's spin lock to wait for
 * it). */
static int acquired_for_caller(const analysis *a, uint16_t lock) {
  const state_set *exits = &a->sets[a->fn->exit];
  int held = 0;
  for (uint16_t i = 0; i < exits->count; i++) {
    const lock_state *st = &exits->states[i];
    if (st->lost)
      return 0;
    int k = lockset_find(st, lock);
    /* the way of a recursive lock's owner test where the thread owned it
     * already: the holder's hold, neither taken here nor a leak */
    if (k < 0 || st->held[k].outer)
      continue;
    /* an acquire routine takes its lock once: one that comes back to
     * its acquire holding it (a loop) has lost count */
    if (st->held[k].site == HELD_AT_ENTRY || st->held[k].depth > 1)
      return 0;
    for (size_t r = 0; r < a->released_count; r++)
      if (a->released[r].lock == lock &&
          a->released[r].site == st->held[k].site)
        return 0;
    held = 1;
  }
  /* nor one that comes back to its acquire holding it (a loop: the path
   * ends there, deadlocked) */
  for (size_t r = 0; r < a->released_count; r++)
    if (a->released[r].lock == lock &&
        (a->released[r].site == RELEASED_UNHELD ||
         a->released[r].site == HELD_AT_ENTRY ||
         a->released[r].site == ACQUIRED_WHILE_HELD))
      return 0;
  return held;
}

/* Marks the locks the function returns holding by design, so that
 * lock-not-released leaves them to its callers: a consistent or try
 * wrapper, or one annotated _Acquires_lock_. An OS callback is never a
 * wrapper: nobody releases what it leaves held. */
void la_mark_returned_locks(analysis *a) {
  /* an acquire routine no caller in the program lets go of (program.c):
   * what it returns holding is its own leak, unless the callers decide
   * it or it hands the lock out with an object */
  int unreleased = a->options->unreleased && a->options->unreleased[a->fn->id];
  if (!a->contract.os_callback)
    for (uint16_t i = 0; i < a->lf->lock_count; i++) {
      /* a lock its callers cannot name goes to them as an IRQL they give
       * back through the routine's release partner: a wrapper when its
       * declaration says it returns raised (_IRQL_raises_), else a leak */
      summary_path sp;
      int nameable =
          summary_path_of(a->fn, &a->lf->locks[i].path, &a->scratch, &sp);
      if (held_as_callers_decide(a, i) ||
          (!unreleased && (nameable || a->contract.returns_raised) &&
           (exit_effect_is_wrapper(a, i) || acquired_for_caller(a, i))) ||
          (nameable && handed_to_caller(a, &a->lf->locks[i].path)))
        a->lf->locks[i].returned_held = 1;
    }
}

static void add_effect(analysis *a, const summary_effect *e) {
  fn_summary *sum = a->building;
  summary_effect *grown =
      arena_alloc(a->options->summary_mem,
                  sizeof(summary_effect) * (sum->effect_count + 1u));
  if (sum->effect_count)
    memcpy(grown, sum->effects, sizeof(summary_effect) * sum->effect_count);
  grown[sum->effect_count++] = *e;
  sum->effects = grown;
}

/* The op at event `site` that acquires (or releases) `lock` as a lock its
 * callers cannot name with an IRQL to give back: a lock of the function's
 * own they cannot name, or a callee's unnamed effect (LOCK_NONE). */
static const lock_op *unnamed_lock_op(analysis *a, uint32_t site, uint16_t lock,
                                      int acquire) {
  if (site >= a->lf->event_count)
    return NULL;
  for (const lock_op *op = a->lf->op_by_event[site]; op; op = op->next) {
    if (op->lock != lock ||
        op->op != (acquire ? API_OP_ACQUIRE : API_OP_RELEASE))
      continue;
    if (acquire ? !la_raising_effect(op->row->irql_effect)
                : op->row->irql_effect != API_IRQL_RESTORE)
      continue;
    if (lock == LOCK_NONE)
      return op->effect ? op : NULL;
    summary_path sp;
    return summary_path_of(a->fn, &a->lf->locks[lock].path, &a->scratch, &sp)
               ? NULL
               : op;
  }
  return NULL;
}

/* The function's unnamed-lock effect (summary_effect.unnamed) of one
 * direction, over the states that reach its exit: it returns holding such
 * a lock (or a callee's raise for one), or it releases one it did not
 * acquire. */
static void collect_unnamed_effect(analysis *a, int releases) {
  const state_set *exits = &a->sets[a->fn->exit];
  int all = exits->count > 0, any = 0;
  const lock_op *witness = NULL;
  for (uint16_t i = 0; i < exits->count; i++) {
    const lock_state *st = &exits->states[i];
    int here = 0; /* 2: on every path merged into st, 1: on some */
    const lock_op *op;
    if (releases) {
      for (int d = 0; d < st->drop_count; d++)
        if ((op = unnamed_lock_op(a, st->dropped[d].site, st->dropped[d].lock,
                                  0))) {
          here = here > 1 ? here : st->dropped[d].maybe ? 1 : 2;
          witness = witness ? witness : op;
        }
    } else {
      for (int k = 0; k < st->count; k++)
        if (st->held[k].site != HELD_AT_ENTRY &&
            (op = unnamed_lock_op(a, st->held[k].site, st->held[k].lock, 1))) {
          here = here > 1 ? here : st->held[k].maybe ? 1 : 2;
          witness = witness ? witness : op;
        }
      for (int r = 0; r < st->raise_count; r++)
        if (st->raises[r].with_lock == RAISE_UNNAMED_LOCK &&
            (op = unnamed_lock_op(a, st->raises[r].site, LOCK_NONE, 1))) {
          here = here > 1 ? here : st->raises[r].maybe ? 1 : 2;
          witness = witness ? witness : op;
        }
    }
    if (st->lost || here < 2)
      all = 0;
    if (here)
      any = 1;
  }
  if (!any || !witness)
    return;
  summary_effect se;
  memset(&se, 0, sizeof se);
  se.unnamed = 1;
  se.lock.param = SUMMARY_NO_PARAM;
  se.kind = releases ? (all ? SUMMARY_RELEASE : SUMMARY_MAYBE_RELEASE)
                     : (all ? SUMMARY_ACQUIRE : SUMMARY_MAYBE_ACQUIRE);
  se.lock_kind = witness->kind;
  se.irql_effect = witness->row->irql_effect;
  witness_of(witness, &se.at);
  add_effect(a, &se);
}

/* Does some release of `lock` in the function let go of it on behalf of
 * the thread that took it (directly, or through a callee's effect)? */
static int releases_for_thread(const analysis *a, uint16_t lock) {
  for (uint32_t e = 0; e < a->lf->event_count; e++)
    for (const lock_op *op = a->lf->op_by_event[e]; op; op = op->next)
      if (op->lock == lock && op->op == API_OP_RELEASE && op->for_thread)
        return 1;
  return 0;
}

static int ends_callers_hold(uint8_t kind) {
  return kind == SUMMARY_RELEASE || kind == SUMMARY_MAYBE_RELEASE ||
         kind == SUMMARY_DELETE || kind == SUMMARY_MAYBE_DELETE;
}

/* The effect `e` of lock `lock` as a summary effect. */
static void add_exit_effect(analysis *a, uint16_t lock, const exit_effect *e,
                            const int64_t *when) {
  arena *mem = a->options->summary_mem;
  summary_effect se;
  memset(&se, 0, sizeof se);
  if (!summary_path_of(a->fn, &a->lf->locks[lock].path, mem, &se.lock))
    return;
  se.kind = e->kind;
  se.lock_kind = e->op->kind;
  se.irql_effect = e->op->row->irql_effect;
  witness_of(e->op, &se.at);
  if (e->op->slot != LOCK_NONE &&
      summary_path_of(a->fn, &a->lf->slots[e->op->slot].path, mem, &se.slot))
    se.has_slot = 1;
  if (when) {
    se.when_returns = 1;
    se.when_value = *when;
  }
  if (ends_callers_hold(e->kind))
    se.for_thread = releases_for_thread(a, lock);
  add_effect(a, &se);
}

/* A release or delete of the caller's lock on some exits only, which are
 * exactly those returning some of the values (`if (…) { release(&c->lock);
 * return TRUE; } return FALSE;`): one effect per such value, for the
 * caller to split by. Returns 0 when the values do not tell the exits
 * apart. */
static int add_effects_by_value(analysis *a, uint16_t lock) {
  const fn_summary *sum = a->building;
  exit_effect by_value[SUMMARY_MAX_RETURN_VALUES];
  int any = 0;
  for (uint8_t v = 0; v < sum->return_value_count; v++) {
    by_value[v] = exit_effect_of(a, lock, &sum->return_values[v]);
    const exit_effect *e = &by_value[v];
    if (e->present &&
        ((e->kind != SUMMARY_RELEASE && e->kind != SUMMARY_DELETE) || !e->op))
      return 0;
    any |= e->present;
  }
  if (!any)
    return 0;
  for (uint8_t v = 0; v < sum->return_value_count; v++)
    if (by_value[v].present)
      add_exit_effect(a, lock, &by_value[v], &sum->return_values[v]);
  return 1;
}

/* What every exit returns (fn_summary.has_return), or the constants the
 * exits return when there are a few of them (return_values). */
static void collect_returns(analysis *a) {
  fn_summary *sum = a->building;
  const state_set *exits = &a->sets[a->fn->exit];
  if (a->return_subject == UINT16_MAX || exits->count == 0)
    return;
  int same = 1, all_constant = 1;
  const cond_fact *first = NULL;
  int64_t values[SUMMARY_MAX_RETURN_VALUES];
  uint8_t count = 0;
  for (uint16_t i = 0; i < exits->count; i++) {
    const lock_state *st = &exits->states[i];
    const cond_fact *f = st->lost ? NULL : fact_find(st, a->return_subject);
    if (!f)
      return; /* an exit whose value is not known */
    if (!first)
      first = f;
    else if (f->is_eq != first->is_eq || f->value != first->value)
      same = 0;
    if (!f->is_eq) {
      all_constant = 0;
      continue;
    }
    uint8_t k = 0;
    while (k < count && values[k] != f->value)
      k++;
    if (k == count) {
      if (k == SUMMARY_MAX_RETURN_VALUES)
        all_constant = 0;
      else
        values[count++] = f->value;
    }
  }
  if (same) {
    sum->has_return = 1;
    sum->return_is_eq = first->is_eq;
    sum->return_value = first->value;
  } else if (all_constant) {
    /* ascending, so that summaries compare and print the same */
    for (uint8_t i = 1; i < count; i++)
      for (uint8_t k = i; k > 0 && values[k - 1] > values[k]; k--) {
        int64_t t = values[k];
        values[k] = values[k - 1];
        values[k - 1] = t;
      }
    sum->return_value_count = count;
    memcpy(sum->return_values, values, sizeof(int64_t) * count);
  }
}

/* fn_summary.returned_path: every return gives the value at one path of
 * fixed steps rooted at a parameter (`return
 * DeviceObject->DeviceExtension;`), and no event of the function writes
 * that path or a prefix of it -- an accessor. */
static void collect_returned_path(analysis *a) {
  const cfg_function *fn = a->fn;
  const ir_path *returned = NULL;
  for (uint32_t b = 0; b < fn->block_count; b++) {
    const cfg_block *block = fn->blocks[b];
    if (block->term != CFG_TERM_RETURN)
      continue;
    const ir_value *v = &block->ret;
    if (v->kind != IR_VALUE_LOAD || v->path.root_kind != PATH_ROOT_PARAM ||
        v->path.step_count == 0 || !path_has_fixed_steps(&v->path))
      return;
    if (returned && !path_equal(returned, &v->path))
      return;
    returned = &v->path;
  }
  if (!returned)
    return;
  for (uint32_t b = 0; b < fn->block_count; b++)
    for (uint32_t k = 0; k < fn->blocks[b]->event_count; k++)
      if (ir_event_may_change(&fn->blocks[b]->events[k], returned))
        return;
  summary_path sp;
  if (summary_path_of(fn, returned, a->options->summary_mem, &sp) &&
      sp.param != SUMMARY_NO_PARAM) {
    a->building->has_returned_path = 1;
    a->building->returned_path = sp;
  }
}

/* Does some exit state hold `lock` (certainly or maybe)? */
static int held_at_some_exit(const analysis *a, uint16_t lock) {
  const state_set *exits = &a->sets[a->fn->exit];
  for (uint16_t i = 0; i < exits->count; i++)
    if (exits->states[i].lost || lockset_find(&exits->states[i], lock) >= 0)
      return 1;
  return 0;
}

/* fn_summary.callee_locks: for each callee that returns holding a lock
 * (an acquire effect at its call), whether this function lets go of it
 * somewhere or hands it on to its own callers. A lock it cannot name
 * (an unnamed effect) counts as let go of: nothing says it is kept. */
static void collect_callee_locks(analysis *a) {
  fn_summary *sum = a->building;
  for (uint32_t e = 0; e < a->lf->event_count; e++)
    for (const lock_op *op = a->lf->op_by_event[e]; op; op = op->next) {
      if (!op->effect ||
          (op->op != API_OP_ACQUIRE && op->op != API_OP_TRY_ACQUIRE) ||
          op->event->kind != IR_EVENT_CALL || !op->event->u.call.target)
        continue;
      uint32_t callee = op->event->u.call.target->id;
      summary_callee_lock *c = NULL;
      for (uint16_t i = 0; i < sum->callee_lock_count && !c; i++)
        if (sum->callee_locks[i].callee == callee)
          c = &sum->callee_locks[i];
      if (!c) {
        summary_callee_lock *grown =
            arena_alloc(a->options->summary_mem,
                        sizeof *grown * (sum->callee_lock_count + 1u));
        if (sum->callee_lock_count)
          memcpy(grown, sum->callee_locks,
                 sizeof *grown * sum->callee_lock_count);
        sum->callee_locks = grown;
        c = &sum->callee_locks[sum->callee_lock_count++];
        memset(c, 0, sizeof *c);
        c->callee = callee;
      }
      if (op->lock == LOCK_NONE || releases_lock(a, op->lock))
        c->releases = 1;
      else if (held_at_some_exit(a, op->lock))
        c->hands_on = 1;
    }
}

void la_collect_effects(analysis *a) {
  collect_callee_locks(a);
  collect_returns(a);
  collect_returned_path(a);
  for (int releases = 1; releases >= 0; releases--) {
    collect_unnamed_effect(a, releases);
    for (uint16_t i = 0; i < a->lf->lock_count; i++) {
      exit_effect e = exit_effect_of(a, i, NULL);
      if (releases && e.drops) {
        /* dropped and taken back: the release part, before the acquires */
        e.kind = e.drop_kind;
        e.op = e.drop_op;
      }
      int is_release = ends_callers_hold(e.kind);
      if (!e.present || is_release != releases || !e.op)
        continue;
      if ((e.kind == SUMMARY_MAYBE_RELEASE || e.kind == SUMMARY_MAYBE_DELETE) &&
          a->building->return_value_count && add_effects_by_value(a, i))
        continue;
      add_exit_effect(a, i, &e, NULL);
    }
  }
  /* the IRQL it returns at, when every path sets the same one and no
   * acquire effect already explains it */
  const state_set *exits = &a->sets[a->fn->exit];
  int same = exits->count > 0;
  for (uint16_t i = 0; same && i < exits->count; i++) {
    const lock_state *st = &exits->states[i];
    same = !st->irql.assumed && st->irql.lo == st->irql.hi &&
           st->irql_site != IRQL_SITE_ENTRY &&
           st->irql.lo == exits->states[0].irql.lo;
  }
  for (uint16_t i = 0; same && i < a->building->effect_count; i++)
    if (!ends_callers_hold(a->building->effects[i].kind))
      same = 0;
  if (same) {
    a->building->has_return_irql = 1;
    a->building->return_irql = exits->states[0].irql.lo;
  }
}
