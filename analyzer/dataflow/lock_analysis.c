/* Lock-state dataflow (see lock_analysis.h).
 *
 * Transfer: acquires add the lock (with its kind, site and OldIrql slot),
 * releases remove it, a try-acquire adds it on the success edge of the
 * branch that tests its result. Branches on conditions we can name (a
 * variable, a field, a bit test, a comparison with a constant) record what
 * they established, and a later branch on the same subject with nothing in
 * between writing it follows only the consistent edge: this is what makes
 * `if (dpr) acquire … if (dpr) release` a single path per flag value.
 * What a call is known to return is a fact of its result, and a call whose
 * callee lets go of a lock only on the exits returning some values splits
 * the state into one path per value (run_events).
 *
 * Termination: a block keeps at most LOCK_ANALYSIS_MAX_STATES distinct
 * states; past that, or after too many visits, its states are merged into
 * one and stay merged. Merging only weakens facts (held -> maybe, facts
 * dropped), so the analysis reaches a fixpoint. */
#include "lock_analysis.h"

#include "../../rules/irql_contract.h"
#include "../../rules/lock_annotations.h"
#include "../../rules/rule.h"
#include "flag_writes.h"
#include "lockstate.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#define MAX_VISITS_BEFORE_MERGE 32

typedef struct state_set {
  lock_state *states; /* grown on demand: most blocks see one or two
                         states, and zeroing room for the bound in every
                         block dominated big functions */
  uint16_t count, cap;
  uint8_t merged;
  uint32_t visits;
} state_set;

typedef struct subject_entry {
  const char *key;
  ir_path path; /* what a write must overlap to make the fact stale */
  const char *display;
  uint8_t is_value; /* the path's value itself, not a comparison of it */
  uint8_t test;     /* summary_guard_test: how the path is compared */
  int64_t test_constant;
  /* callers can name the path (a parameter's, a global's): a fact about
   * it can guard a summary */
  uint8_t nameable;
  /* a branch on it leads straight to a spin lock or an IRQL requirement
   * (`if (a->Flags & ACTIVE) NdisDprAcquireSpinLock`): worth a guard */
  uint8_t controls_lock_use;
  /* branches of the function that test it (count_subject_tests): a fact
   * nothing reads would only push out one that is read (a state keeps
   * FACT_CAPACITY) */
  uint16_t tests;      /* this very subject */
  uint16_t path_tests; /* any comparison of the path (is_value only) */
} subject_entry;

/* What a replay of the converged states is for. */
typedef enum replay_mode {
  REPLAY_SOLVE,   /* transfer only, while solving */
  REPLAY_COLLECT, /* gather the function's summary */
  REPLAY_REPORT   /* call the rules */
} replay_mode;

typedef struct analysis {
  cfg_function *fn;
  lock_fn *lf;
  diag_engine *diag;
  arena scratch; /* the lock tables and states of this one analysis */
  state_set *sets;
  subject_entry *subjects;
  size_t subject_count, subject_cap;
  lock_analysis_stats *stats;
  const lock_analysis_options *options;
  irql_contract contract;  /* what the function's declarations promise */
  fn_summary *building;    /* REPLAY_COLLECT: the summary being gathered */
  int collapsed;           /* the state bound collapsed some block */
  unsigned long transfers; /* states run through blocks, for the budget */
  int over_budget;
  /* paths callees' guards test through this function's arguments, and
   * what the function writes into them after each call (flag_writes.h) */
  ir_path *flag_paths;
  uint16_t flag_path_count;
  later_writes *later;
  /* (subject, constant) pairs the function's `==` tests compare, sorted,
   * with how many tests compare each: `x != c` is worth a fact only when
   * another test of x against c can read it */
  struct eq_test *eq_tests;
  size_t eq_test_count, eq_test_cap;
  /* by call event id: the subject holding the call's result, for the
   * calls whose result a branch tests, a store keeps or a return returns
   * (else UINT16_MAX), and how many of those read it */
  uint16_t *result_subjects;
  uint8_t *result_uses;
  /* the subject "what the function returns", set at each return
   * (UINT16_MAX: no return keeps a value) */
  uint16_t return_subject;
  /* the states a block ends in: one per state it starts in, or more where
   * a call splits it by its callee's returned value */
  struct block_out *out;
  uint16_t out_paths; /* paths the block being run has split into */
  /* (lock, acquire site) pairs some release of the function let go of,
   * in any state it ran in: an acquire routine's hold reaching its exit
   * must come from an acquire no path releases (acquired_for_caller) */
  struct released_site *released;
  size_t released_count, released_cap;
} analysis;

typedef struct released_site {
  uint16_t lock;
  uint32_t site;
} released_site;

/* A call whose callee's effects depend on the value it returns splits the
 * state into one per value, each with its effects and the value as a fact;
 * past this many paths out of one block, further calls apply their
 * effects as "maybe" instead. */
#define MAX_BLOCK_OUTPUTS 8

typedef struct block_out {
  lock_state states[MAX_BLOCK_OUTPUTS];
  uint16_t count;
} block_out;

typedef struct eq_test {
  uint16_t subject;
  int64_t value;
  uint32_t count;
} eq_test;

/* ---- condition subjects ---- */

/* `p` as the function's callers can name it in a summary guard: through a
 * parameter, or a global (not a system lock's name). */
static int callers_name(const analysis *a, const ir_path *p, arena *mem,
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

static uint16_t find_test_subject(const analysis *a, const ir_path *p,
                                  uint8_t test, int64_t constant) {
  strbuf key;
  strbuf_init(&key);
  subject_key(&key, p, test, constant);
  uint16_t id = find_subject(a, strbuf_cstr(&key));
  strbuf_free(&key);
  return id;
}

/* The subject "p" (test GUARD_TEST_VALUE) or "p&c", "p>=c", "p<=c". */
static uint16_t intern_subject(analysis *a, const ir_path *p, uint8_t test,
                               int64_t constant) {
  uint16_t id = find_test_subject(a, p, test, constant);
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
  e.nameable = callers_name(a, p, &a->scratch, &named);
  VEC_PUSH(a->subjects, a->subject_count, a->subject_cap, e);
  strbuf_free(&key);
  strbuf_free(&display);
  return (uint16_t)(a->subject_count - 1);
}

/* A write to `target` makes stale every fact about a path it can change
 * (a->Flags after a write to a->Flags or to a; not after a->Count, nor
 * `if (a)` after a write to a->Count). Writes
 * through other pointers to the same object are not seen: irqlint has no
 * alias analysis beyond single-assignment locals. */
static void kill_facts_overlapping(analysis *a, lock_state *s,
                                   const ir_path *target) {
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
    if (path_write_changes(target, &e->path))
      fact_remove(s, s->facts[i].subject);
  }
}

/* A pointer variable given a new value while a lock reached through it is
 * held (`for (l = …; l != Head; l = l->Flink) Acquire(&CONTAINING_RECORD(l,
 * NODE, Links)->Lock)`): the held lock is the previous element's, which no
 * name reaches any more -- its stale twin. The next iteration's acquire is
 * of another lock, not a second acquire of this one; and the function's
 * exit with the twin held is no leak it can be told (lock-not-released
 * leaves it alone: the twin is acquired nowhere by name). */
static void retire_renamed_locks(analysis *a, lock_state *s,
                                 const ir_path *target) {
  if (target->step_count != 0 || (target->root_kind != PATH_ROOT_LOCAL &&
                                  target->root_kind != PATH_ROOT_PARAM))
    return;
  /* downwards: removing entry i leaves the ones before it in place */
  for (int i = s->count; i-- > 0;) {
    const path_entry *e = &a->lf->locks[s->held[i].lock];
    if (e->stale_twin == LOCK_NONE || e->path.root_kind != target->root_kind ||
        e->path.root_id != target->root_id)
      continue;
    uint16_t twin = e->stale_twin;
    if (lockset_find(s, twin) >= 0)
      lockset_remove_at(s, i); /* an earlier element's is held already */
    else
      s->held[i].lock = twin;
  }
}

/* A write that changed the path an alias stood for (`Ccb->NonPagedCcb =
 * Other` after `NonPagedCcb = Ccb->NonPagedCcb`): a lock held under the
 * path's name (`Ccb->NonPagedCcb->Lock`) is the one the local still
 * reaches (`NonPagedCcb->Lock`), which the path no longer names. */
static void apply_renames(lock_state *s, const lock_rename *r) {
  for (; r; r = r->next) {
    if (r->slot) {
      for (int k = 0; k < s->count; k++)
        if (s->held[k].slot == r->from)
          s->held[k].slot = r->to;
      continue;
    }
    int i = lockset_find(s, r->from);
    if (i < 0)
      continue;
    if (lockset_find(s, r->to) >= 0)
      lockset_remove_at(s, i);
    else
      s->held[i].lock = r->to;
  }
}

static void rename_aliased_locks(const analysis *a, lock_state *s,
                                 const ir_event *ev) {
  apply_renames(s, lock_fn_renames(a->lf, ev));
}

/* A release of a lock not held while its stale twin is: the release loop
 * that pairs with an acquire loop over the same elements (`for (l = …)
 * Release(&CONTAINING_RECORD(l, FCB, Links)->Resource)` after the loop that
 * took them): it releases one of the elements' locks taken before, and
 * the twin, standing for all of them, may still hold others. */
static const lock_op *releasing_stale_twin(const analysis *a,
                                           const lock_state *s,
                                           const lock_op *op, lock_op *copy) {
  if (op->op != API_OP_RELEASE || op->lock == LOCK_NONE ||
      lockset_find(s, op->lock) >= 0)
    return op;
  uint16_t twin = a->lf->locks[op->lock].stale_twin;
  if (twin == LOCK_NONE || lockset_find(s, twin) < 0)
    return op;
  *copy = *op;
  copy->lock = twin;
  copy->maybe = 1; /* other elements' may still be held */
  return copy;
}

/* ---- transfer ---- */

static const cfg_block *block_of(const analysis *a, uint32_t id) {
  return a->fn->blocks[id];
}

static int flows_to_exit(const analysis *a, const cfg_block *b) {
  for (uint32_t i = 0; i < b->succ_count; i++)
    if (b->succ[i] == a->fn->exit)
      return 1;
  return 0;
}

/* Is the result of event `id` tested by this block's own branch? Then a
 * try-acquire is handled on the edges. */
static int branch_tests_call(const cfg_block *b, uint32_t id) {
  return b->term == CFG_TERM_BRANCH && b->cond.kind != IR_COND_NONE &&
         b->cond.value.kind == IR_VALUE_CALL && b->cond.value.call_event == id;
}

/* ---- IRQL transfer ---- */

/* The IRQL a function starts at; without a contract, the assumption. */
static irql_range entry_range(const irql_contract *c) {
  irql_range r = {c->min, c->max, (uint8_t)!c->has_requirement};
  return r;
}

static irql_range level_range(irql_level level) {
  irql_range r = {(uint8_t)level, (uint8_t)level, 0};
  return r;
}

/* Raising never lowers: a raise to DISPATCH_LEVEL from DIRQL (itself a
 * bug another rule reports) leaves the code at DIRQL. */
static void raise_to(lock_state *s, irql_level level, uint32_t site) {
  irql_range before = s->irql;
  if (s->irql.lo < level)
    s->irql.lo = (uint8_t)level;
  if (s->irql.hi <= level) {
    s->irql.hi = (uint8_t)level;
    s->irql.assumed = 0;
  }
  if (!irql_range_equal(before, s->irql)) /* notes name what raised it */
    s->irql_site = site;
}

static irql_range unknown_range(void) {
  irql_range r = {IRQL_PASSIVE, IRQL_DISPATCH, 1};
  return r;
}

/* The IRQL saved in `slot` by a held lock or a raise still in the state. */
static int saved_in_slot(const lock_state *s, uint16_t slot, irql_range *out) {
  if (slot == LOCK_NONE)
    return 0;
  for (int i = s->count; i-- > 0;)
    if (s->held[i].slot == slot) {
      *out = s->held[i].saved;
      return 1;
    }
  int r = raise_find_slot(s, slot);
  if (r >= 0) {
    *out = s->raises[r].saved;
    return 1;
  }
  return 0;
}

/* The level an explicit IRQL argument (KeLowerIrql's NewIrql, the OldIrql
 * given to KeReleaseSpinLock) stands for: a constant, or what a lock or a
 * raise saved in the variable it is read from. */
static int argument_level(const lock_state *s, const lock_op *op, int arg,
                          irql_range *out) {
  const ir_call *call = &op->event->u.call;
  if (arg < 0 || arg >= call->arg_count)
    return 0;
  const ir_value *v = &call->args[arg];
  if (v->kind == IR_VALUE_CONST) {
    *out = level_range(irql_level_from_value(v->constant));
    return 1;
  }
  return saved_in_slot(s, op->restore_slot, out);
}

/* The IRQL after a raise to the level `effect` names (TO_APC, TO_DISPATCH,
 * TO_DIRQL); 0 for any other effect. */
static int raise_for_level(lock_state *s, uint8_t effect, uint32_t site) {
  switch (effect) {
  case API_IRQL_TO_DIRQL:
    raise_to(s, IRQL_DIRQL, site);
    return 1;
  case API_IRQL_TO_APC:
    /* a fast mutex: exactly APC_LEVEL, as the acquire requires <=
     * APC_LEVEL (above it, irql-too-high reports the acquire) */
    raise_to(s, IRQL_APC, site);
    if (s->irql.lo <= IRQL_APC) {
      s->irql.hi = IRQL_APC;
      s->irql.assumed = 0;
    }
    return 1;
  case API_IRQL_TO_DISPATCH:
    raise_to(s, IRQL_DISPATCH, site);
    return 1;
  default:
    return 0;
  }
}

/* The IRQL once an acquire (or a try-acquire's success) holds its lock. */
static void raise_for_acquire(lock_state *s, const lock_op *op) {
  if (raise_for_level(s, op->row->irql_effect, op->event->id))
    return;
  /* the AtDpcLevel and Dpr acquires require DISPATCH_LEVEL, so once the
   * spin lock is held the code is there; a mutex, a resource or a region
   * leaves the IRQL as it was */
  if (api_kind_is_spin((api_kind)op->kind))
    raise_to(s, IRQL_DISPATCH, op->event->id);
}

static void apply_irql(lock_state *s, const lock_op *op) {
  const api_routine *row = op->row;
  uint32_t site = op->event->id;
  switch (op->op) {
  case API_OP_ACQUIRE:
    raise_for_acquire(s, op);
    return;
  case API_OP_RELEASE: {
    if (row->irql_effect != API_IRQL_RESTORE)
      return;
    irql_range to = unknown_range();
    int i = op->lock != LOCK_NONE ? lockset_find(s, op->lock) : -1;
    if (row->save == API_SAVE_ARG_VALUE) {
      if (!argument_level(s, op, row->save_arg, &to))
        to = unknown_range();
      /* the IRQL a converted lock's first acquire saved: given back */
      int r = op->restore_slot != LOCK_NONE &&
                      (i < 0 || s->held[i].slot != op->restore_slot)
                  ? raise_find_slot(s, op->restore_slot)
                  : -1;
      if (r >= 0)
        raise_pop_from(s, r);
    } else if (i >= 0) {
      to = s->held[i].saved;
    }
    s->irql = to;
    s->irql_site = site;
    return;
  }
  case API_OP_RAISE: {
    /* the record saves the level before the raise */
    raised_irql r = {op->slot, 0, site, s->irql, op->raise_with_lock};
    raise_push(s, r);
    const ir_call *call = &op->event->u.call;
    if (row->irql_effect == API_IRQL_KEEP) {
      /* saved, raised to a level no annotation names: at least where it
       * was */
      s->irql.hi = IRQL_HIGH;
      s->irql.assumed = 0;
      s->irql_site = site;
    } else if (row->irql_effect != API_IRQL_TO_ARGUMENT) {
      raise_for_level(s, row->irql_effect, site);
    } else if (call->arg_count >= 1 && call->args[0].kind == IR_VALUE_CONST) {
      raise_to(s, irql_level_from_value(call->args[0].constant), site);
    } else {
      /* raised to a level we cannot name: at least where it was */
      s->irql.hi = IRQL_HIGH;
      s->irql.assumed = 0;
      s->irql_site = site;
    }
    return;
  }
  case API_OP_LOWER: {
    /* undo the raise whose saved IRQL is passed back, else the latest */
    int r = op->restore_slot != LOCK_NONE ? raise_find_slot(s, op->restore_slot)
                                          : -1;
    irql_range to;
    if (!argument_level(s, op, row->save_arg, &to) &&
        !saved_in_slot(s, op->restore_slot, &to)) {
      to = s->irql;
      to.lo = IRQL_PASSIVE; /* lowered, to somewhere below */
    }
    raise_pop_from(s, r >= 0 ? r : s->raise_count - 1);
    s->irql = to;
    s->irql_site = site;
    return;
  }
  case API_OP_CALL:
    if (op->has_raises_to && op->raises_when != LOCK_CONDITION_ALWAYS) {
      /* raised on success: the branch that tests the result decides
       * (branch_edge); untested, it may or may not have happened */
      if (!branch_tests_call(op->block, op->event->id)) {
        s->irql =
            irql_range_join(s->irql, level_range((irql_level)op->raises_to));
        s->irql_site = site;
      }
    } else if (op->has_raises_to) {
      s->irql = level_range((irql_level)op->raises_to);
      s->irql_site = site;
    }
    return;
  default:
    return;
  }
}

/* The IRQL effect of an op; a callee's effect that happens on some of its
 * paths only leaves the IRQL somewhere between before and after. */
static void apply_op_irql(lock_state *s, const lock_op *op) {
  if (op->keeps_irql)
    return;
  irql_range before = s->irql;
  apply_irql(s, op);
  if (op->maybe)
    s->irql = irql_range_join(before, s->irql);
}

/* Does an acquire with this IRQL effect raise (and save the IRQL its
 * release gives back)? */
static int raising_effect(uint8_t irql_effect) {
  return irql_effect == API_IRQL_TO_APC ||
         irql_effect == API_IRQL_TO_DISPATCH ||
         irql_effect == API_IRQL_TO_DIRQL;
}

static int previous_irql_returned(const lock_state *s, const lock_op *from,
                                  irql_range *out);

/* A callee's release of a lock this function cannot name: the IRQL goes
 * back to what the latest such acquire saved. Without one, the lock is
 * its caller's (a release wrapper's wrapper), kept as a dropped entry
 * without a lock for the summary. */
static void release_unnamed(lock_state *s, const lock_op *op) {
  int r = -1;
  for (int i = s->raise_count; i-- > 0 && r < 0;)
    if (s->raises[i].with_lock == RAISE_UNNAMED_LOCK)
      r = i;
  if (r < 0) {
    dropped_lock d = {LOCK_NONE, op->maybe, 0, op->event->id};
    dropped_add(s, d);
    apply_op_irql(s, op);
    return;
  }
  irql_range to = s->raises[r].saved;
  if (op->maybe || s->raises[r].maybe)
    to = irql_range_join(to, s->irql);
  if (op->maybe)
    s->raises[r].maybe = 1;
  else
    raise_pop_from(s, r);
  s->irql = to;
  s->irql_site = op->event->id;
}

/* Is `acquire` a callee's taking back of a lock the same call let go
 * before it (a drop-and-retake helper: its effects list the release
 * first)? */
static int retakes_at_same_call(const lock_state *s, const lock_op *acquire) {
  return !s->lost && acquire->effect && acquire->retake;
}

/* A release that may let go of a lock the function did not take here: the
 * lock is not held, or only on some paths. */
#define RELEASED_UNHELD (HELD_AT_ENTRY - 1u)
/* Not a release: an acquire of the lock where it was held already and
 * cannot be taken again (the path ends there, waiting forever). */
#define ACQUIRED_WHILE_HELD (HELD_AT_ENTRY - 2u)

/* Records which acquisition of `lock` a release is about to let go of:
 * its acquire site, HELD_AT_ENTRY for the caller's, RELEASED_UNHELD. */
static void note_site(analysis *a, uint16_t lock, uint32_t site);

static void note_released_site(analysis *a, const lock_state *s,
                               uint16_t lock) {
  int k = lockset_find(s, lock);
  note_site(a, lock,
            k < 0 || s->held[k].maybe ? RELEASED_UNHELD : s->held[k].site);
}

static void note_site(analysis *a, uint16_t lock, uint32_t site) {
  for (size_t i = 0; i < a->released_count; i++)
    if (a->released[i].lock == lock && a->released[i].site == site)
      return;
  if (a->released_count == a->released_cap) {
    a->released_cap = a->released_cap ? a->released_cap * 2 : 8;
    a->released =
        xrealloc(a->released, a->released_cap * sizeof(released_site));
  }
  released_site r = {lock, site};
  a->released[a->released_count++] = r;
}

static void apply_op(const cfg_block *block, lock_state *s, const lock_op *op) {
  switch (op->op) {
  case API_OP_ACQUIRE:
  case API_OP_TRY_ACQUIRE: {
    if (op->op == API_OP_TRY_ACQUIRE && branch_tests_call(block, op->event->id))
      return;
    irql_range before = s->irql;
    if (op->op == API_OP_ACQUIRE)
      apply_op_irql(s, op);
    if (op->lock == LOCK_NONE) {
      if (op->effect && op->op == API_OP_ACQUIRE &&
          raising_effect(op->row->irql_effect)) {
        /* the same call again (a loop): one record, as a lock taken again
         * is one held lock */
        int again = -1;
        for (int i = 0; i < s->raise_count && again < 0; i++)
          if (s->raises[i].site == op->event->id &&
              s->raises[i].with_lock == RAISE_UNNAMED_LOCK)
            again = i;
        if (again >= 0) {
          s->raises[again].maybe &= op->maybe;
        } else {
          raised_irql r = {LOCK_NONE, op->maybe, op->event->id, before,
                           RAISE_UNNAMED_LOCK};
          raise_push(s, r);
        }
      }
      return;
    }
    int i = lockset_find(s, op->lock);
    if (i >= 0) {
      held_lock *h = &s->held[i];
      if (op->maybe)
        return;
      if (h->maybe && h->site != HELD_AT_ENTRY && retakes_at_same_call(s, op)) {
        /* a callee that lets the lock go on some paths and takes it back
         * on those: held as before, by the same acquire (the one a leak
         * is reported at), in the mode it was taken back in. A lock held
         * from the entry is the callee's to name: the summary says who
         * took it back. */
        h->maybe = 0;
        h->kind = op->kind;
      } else if (h->maybe) {
        h->maybe = op->op == API_OP_TRY_ACQUIRE;
        if (!h->maybe) {
          /* this acquire is what makes it held: the one to report */
          h->site = op->event->id;
          h->kind = op->kind;
          h->slot = op->slot;
          h->saved = before;
        }
      } else
        h->depth = 2; /* "acquired again": counting further would give
                       * loops an unbounded number of states */
      return;
    }
    held_lock h = {op->lock,
                   op->slot,
                   op->event->id,
                   op->kind,
                   op->op == API_OP_TRY_ACQUIRE || op->maybe,
                   1,
                   before,
                   0};
    lockset_add(s, h);
    return;
  }
  case API_OP_RELEASE: {
    if (op->lock == LOCK_NONE && op->effect &&
        op->row->irql_effect == API_IRQL_RESTORE) {
      release_unnamed(s, op);
      return;
    }
    apply_op_irql(s, op); /* reads the saved IRQL of the lock still held */
    int i = op->lock != LOCK_NONE ? lockset_find(s, op->lock) : -1;
    if (i >= 0 && !op->maybe &&
        api_kind_variant((api_kind)s->held[i].kind) == API_VARIANT_RAISING &&
        api_kind_variant((api_kind)op->kind) == API_VARIANT_AT_DPC &&
        api_kind_family((api_kind)s->held[i].kind) ==
            api_kind_family((api_kind)op->kind) &&
        s->held[i].slot != LOCK_NONE) {
      /* a raising hold let go at DPC level (a conversion between modes):
       * the IRQL stays raised until a raising release gives back what the
       * acquire saved, as after KeRaiseIrql */
      raised_irql r = {s->held[i].slot, 0, op->event->id, s->held[i].saved, 1};
      raise_push(s, r);
    }
    if (i >= 0) {
      held_lock *h = &s->held[i];
      if (op->maybe) {
        /* the caller's lock, let go on some of the callee's paths: if it
         * is taken back, the function still returns it as it got it */
        if (h->site == HELD_AT_ENTRY && !h->maybe) {
          dropped_lock d = {op->lock, 1, 1, op->event->id};
          dropped_add(s, d);
        }
        h->maybe = 1;
      } else if (!h->maybe && h->depth > 1) {
        h->depth--;
      } else {
        /* the lock the caller holds (_Requires_lock_held_), let go: if it
         * is taken back, the function returns it to the caller as it got
         * it */
        if (h->site == HELD_AT_ENTRY && !h->maybe) {
          dropped_lock d = {op->lock, 0, 1, op->event->id};
          dropped_add(s, d);
        }
        lockset_remove_at(s, i);
      }
    } else if (op->lock != LOCK_NONE) {
      /* not held here: if the function never acquires it, its caller
       * holds it (a release wrapper) */
      dropped_lock d = {op->lock, op->maybe, 0, op->event->id};
      dropped_add(s, d);
    }
    return;
  }
  case API_OP_ASSUME_HELD: {
    if (op->lock == LOCK_NONE)
      return;
    int i = lockset_find(s, op->lock);
    if (i >= 0) {
      s->held[i].maybe = 0;
      return;
    }
    /* held as if from the entry: the function need not release it */
    held_lock h = {op->lock, LOCK_NONE, HELD_AT_ENTRY, API_KIND_NONE,
                   0,        1,         s->irql,       0};
    lockset_add(s, h);
    return;
  }
  case API_OP_FREE: {
    /* the lock object is deleted (ExDeleteResourceLite): a hold on it
     * ends there, and is no leak; deleting one the function does not hold
     * is, for its callers, the end of theirs (a "deletes" effect). A spin
     * lock freed while held stays held: the free is the bug
     * (lock-freed-while-held), the missing release too. */
    apply_op_irql(s, op);
    if (op->lock == LOCK_NONE || api_kind_is_spin((api_kind)op->kind))
      return;
    int i = lockset_find(s, op->lock);
    if (i >= 0) {
      if (op->maybe)
        s->held[i].maybe = 1;
      else
        lockset_remove_at(s, i);
    } else {
      dropped_lock d = {op->lock, op->maybe, 0, op->event->id};
      dropped_add(s, d);
    }
    return;
  }
  case API_OP_TRY_CONVERT:
    /* the success edge makes the hold exclusive (branch_edge); where the
     * result is not tested, the mode is not known afterwards (dpr-mismatch
     * leaves the lock alone after a conversion) */
    return;
  case API_OP_ASSUME_NOT_HELD: {
    int i = op->lock != LOCK_NONE ? lockset_find(s, op->lock) : -1;
    if (i >= 0)
      lockset_remove_at(s, i);
    return;
  }
  default:
    apply_op_irql(s, op);
    return;
  }
}

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
static int guard_subject_here(analysis *a, const summary_guard *g,
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
  if (!guard_subject_here(a, g, op, &p))
    return 0;
  uint16_t subject = find_test_subject(a, &p, g->test, g->test_constant);
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
    uint16_t plain = find_test_subject(a, &p, GUARD_TEST_VALUE, 0);
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
static const lock_op *op_in_state(analysis *a, const lock_state *s,
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
  if (own.present || !guard_subject_here(a, g, op, &p))
    return own;
  summary_guard out = *g;
  return callers_name(a, &p, a->options->summary_mem, &out.subject) ? out : own;
}

/* What the op tells about the function as its callers see it. */
static void collect_op(analysis *a, const lock_state *s, const lock_op *op) {
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
  if (!sum->touches_pageable &&
      ((op->callee && op->callee->paged) ||
       (op->summary && op->summary->touches_pageable))) {
    sum->touches_pageable = 1;
    sum->pageable_at = w;
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
    e.kind = try_only   ? SUMMARY_TRY_ACQUIRE
             : held_all ? SUMMARY_ACQUIRE
                        : SUMMARY_MAYBE_ACQUIRE;
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
    if (k < 0)
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
static void mark_returned_locks(analysis *a) {
  if (!a->contract.os_callback)
    for (uint16_t i = 0; i < a->lf->lock_count; i++) {
      /* a lock its callers cannot name goes to them as an IRQL they give
       * back through the routine's release partner: a wrapper when its
       * declaration says it returns raised (_IRQL_raises_), else a leak */
      summary_path sp;
      int nameable =
          summary_path_of(a->fn, &a->lf->locks[i].path, &a->scratch, &sp);
      if (held_as_callers_decide(a, i) ||
          ((nameable || a->contract.returns_raised) &&
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
    if (acquire ? !raising_effect(op->row->irql_effect)
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

static void collect_effects(analysis *a) {
  collect_returns(a);
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

/* Locks the function's annotations say its caller holds on entry
 * (_Requires_lock_held_, _Releases_lock_), and those it promises to return
 * holding (_Acquires_lock_). */
static void apply_own_lock_annotations(analysis *a, lock_state *initial) {
  lock_annotation anns[LOCK_ANNOTATIONS_MAX];
  unsigned n = lock_annotations_of(a->fn->decl, &a->scratch, anns);
  for (unsigned i = 0; i < n; i++) {
    const lock_annotation *la = &anns[i];
    if (la->lock.param != SUMMARY_NO_PARAM &&
        la->lock.param >= a->fn->param_count)
      continue;
    ir_path own = la->lock.path;
    if (la->lock.param != SUMMARY_NO_PARAM) {
      own.root = a->fn->param_names[la->lock.param];
      own.root_id = a->fn->param_ids[la->lock.param];
    } else {
      own.root_id = 0;
    }
    uint16_t lock = lock_fn_intern_lock(a->lf, &own);
    if (lock == LOCK_NONE)
      continue;
    if (la->kind == LOCK_ANNOTATION_ACQUIRES)
      a->lf->locks[lock].returned_held = 1;
    if ((la->kind == LOCK_ANNOTATION_REQUIRES_HELD ||
         la->kind == LOCK_ANNOTATION_RELEASES) &&
        lockset_find(initial, lock) < 0) {
      held_lock h = {lock, LOCK_NONE, HELD_AT_ENTRY, la->lock_kind,
                     0,    1,         initial->irql, 0};
      lockset_add(initial, h);
    }
  }
}

/* The locks the function only takes back (lock_fn `held_by_caller`):
 * held from the entry, as if annotated _Requires_lock_held_, so that the
 * paths that never drop the lock and those that drop and retake it leave
 * it as they found it. A routine the system calls holds no lock of its
 * caller's unless its annotations or role say so. */
static void apply_caller_holds(analysis *a, lock_state *initial) {
  if (a->contract.os_callback)
    return;
  for (uint16_t l = 0; l < a->lf->lock_count; l++) {
    if (!a->lf->locks[l].held_by_caller || lockset_find(initial, l) >= 0)
      continue;
    /* how the caller took it is not known: as the function takes it
     * back, so that the paths that retake it and those that never let it
     * go agree */
    uint8_t kind = API_KIND_NONE;
    for (uint32_t e = 0; e < a->lf->event_count && kind == API_KIND_NONE; e++)
      for (const lock_op *op = a->lf->op_by_event[e]; op; op = op->next)
        if (op->lock == l && op->op == API_OP_ACQUIRE) {
          kind = op->kind;
          break;
        }
    held_lock h = {l, LOCK_NONE, HELD_AT_ENTRY, kind, 0, 1, initial->irql, 0};
    lockset_add(initial, h);
  }
}

/* The lock the function's role has the system hold when it calls it (a
 * cancel routine is entered holding the I/O cancel spin lock, the IRQL to
 * restore in Irp->CancelIrql): held from the entry, to be released. */
static void apply_role_holds(analysis *a, lock_state *initial) {
  const role_hold *hold = role_hold_lookup(a->contract.role);
  if (!hold)
    return;
  ir_path lock;
  memset(&lock, 0, sizeof lock);
  lock.root_kind = PATH_ROOT_NAMED;
  lock.root = hold->lock;
  uint16_t id = lock_fn_intern_lock(a->lf, &lock);
  if (id == LOCK_NONE || lockset_find(initial, id) >= 0)
    return;
  a->lf->locks[id].held_by_role = 1;
  uint16_t slot = LOCK_NONE;
  if (hold->param >= 0 && (uint32_t)hold->param < a->fn->param_count) {
    ir_path irql;
    memset(&irql, 0, sizeof irql);
    irql.root_kind = PATH_ROOT_PARAM;
    irql.root = a->fn->param_names[hold->param];
    irql.root_id = a->fn->param_ids[hold->param];
    path_step deref = {.kind = PATH_STEP_DEREF};
    path_step field = {.kind = PATH_STEP_FIELD, .field = hold->irql_field};
    irql = path_with_step(&a->scratch, &irql, deref);
    irql = path_with_step(&a->scratch, &irql, field);
    slot = lock_fn_intern_slot(a->lf, &irql);
  }
  const api_routine *acquire = api_model_global_lock_row(hold->lock, 1);
  /* the level before the system took the lock: not known */
  held_lock h = {
      id, slot, HELD_AT_ENTRY,   acquire ? acquire->kind : API_KIND_NONE,
      0,  1,    unknown_range(), 1};
  lockset_add(initial, h);
}

/* `Flags |= M` makes every tested bit test of Flags that meets M true;
 * `Flags &= M` makes those outside M false. */
static void bit_write_facts(analysis *a, lock_state *s, const ir_assign *as) {
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
static uint16_t result_subject(const analysis *a, uint32_t event) {
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

/* What one path out of a call returns (a lock_op outcome). */
typedef struct call_outcome {
  int split; /* 0: the call does not split this path */
  int is_eq;
  int64_t value;
} call_outcome;

static const call_outcome no_split = {0, 1, 0};

/* Records what the call returned in its result subject: the outcome on a
 * path split by it, else what the model or summary knows, else nothing. */
static void set_result_fact(analysis *a, lock_state *s, const ir_event *ev,
                            const lock_op *head, call_outcome o) {
  uint16_t subject = result_subject(a, ev->id);
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
static void set_return_fact(analysis *a, const cfg_block *block,
                            lock_state *s) {
  if (a->return_subject == UINT16_MAX)
    return;
  const ir_value *v = &block->ret;
  const cond_fact *f = NULL;
  if (v->kind == IR_VALUE_CONST) {
    fact_set(s, a->return_subject, 1, v->constant);
    return;
  }
  if (v->kind == IR_VALUE_LOAD) {
    uint16_t plain = find_test_subject(a, &v->path, GUARD_TEST_VALUE, 0);
    f = plain != UINT16_MAX ? fact_find(s, plain) : NULL;
  } else if (v->kind == IR_VALUE_CALL) {
    uint16_t subject = result_subject(a, v->call_event);
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
  return intern_subject(a, &p, GUARD_TEST_VALUE, 0);
}

static void note_result_use(analysis *a, uint32_t event) {
  if (event < a->lf->event_count && a->result_uses[event] < UINT8_MAX)
    a->result_uses[event]++;
}

/* Which call results are read (a branch, a store, a return), and the
 * return subject; a variable returned counts as a test of it, so that
 * the constants stored into it are kept to the return. */
static void find_result_uses(analysis *a) {
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
      uint16_t plain = intern_subject(a, &b->ret.path, GUARD_TEST_VALUE, 0);
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

/* ---- running a block ---- */

/* The callee's ops on s, as they are on the paths where it returns
 * `value` (split), else all of them (those of one returned value only as
 * "maybe"). */
/* A local holding KeGetCurrentIrql() stands for the IRQL until either
 * changes; once the IRQL changed from `before`, it holds the IRQL it was. */
static void irql_changed(lock_state *s, irql_range before) {
  if (irql_range_equal(before, s->irql) || s->irql_subject == NO_SUBJECT)
    return;
  s->irql_value_subject = s->irql_subject;
  s->irql_value = before;
  s->irql_subject = NO_SUBJECT;
}

/* Runs the ops of one call over s. Returns 0 when the path cannot go on
 * past them: an acquire of a lock it already holds that its holder cannot
 * take again waits forever (lock-double-acquire reports it). */
static int run_call_ops(analysis *a, const cfg_block *block,
                        const lock_op *head, lock_state *s, replay_mode mode,
                        call_outcome o) {
  rule_ctx ctx = {a->lf, a->diag, &a->contract, a->options->program};
  int report = mode == REPLAY_REPORT;
  /* a callee annotated to raise (_IRQL_raises_) whose body acquires:
   * the acquires save the IRQL it was called at, so its raise comes
   * after them */
  const lock_op *raise_last =
      head->op == API_OP_CALL && head->has_raises_to && head->next ? head
                                                                   : NULL;
  for (const lock_op *next_op = head; next_op; next_op = next_op->next) {
    lock_op adjusted, twin_release, for_value;
    const lock_op *base = next_op;
    int skip = 0;
    if (o.split && next_op->when_returns) {
      if (next_op->when_is_eq != o.is_eq || next_op->when_value != o.value) {
        skip = 1;
      } else {
        for_value = *next_op;
        for_value.maybe = 0;
        base = &for_value;
      }
    }
    if (!skip) {
      const lock_op *op = releasing_stale_twin(a, s, base, &twin_release);
      const lock_op *here =
          mode == REPLAY_SOLVE ? op : op_in_state(a, s, op, &adjusted);
      if (report)
        for (unsigned r = 0; r < rules_count; r++)
          if (rules_all[r]->on_op)
            rules_all[r]->on_op(&ctx, s, here);
      if (mode == REPLAY_COLLECT)
        collect_op(a, s, here);
      int blocks;
      if (lock_op_takes_held(s, op, &blocks) && blocks) {
        note_site(a, op->lock, ACQUIRED_WHILE_HELD);
        return 0;
      }
      irql_range before = s->irql;
      /* a delete ends the acquisition as a release does */
      if ((op->op == API_OP_RELEASE || op->op == API_OP_FREE) &&
          op->lock != LOCK_NONE)
        note_released_site(a, s, op->lock);
      if (next_op != raise_last)
        apply_op(block, s, op);
      irql_changed(s, before);
    }
    if (!next_op->next && raise_last) {
      irql_range before = s->irql;
      apply_op(block, s, raise_last);
      irql_changed(s, before);
    }
  }
  return 1;
}

static void run_events(analysis *a, const cfg_block *block, uint32_t from,
                       lock_state *s, replay_mode mode);

/* The rest of a call event on s, from its ops on: 0 when the path ends
 * there (a callee that never returns). */
static int finish_call(analysis *a, const cfg_block *block, const ir_event *ev,
                       const lock_op *head, lock_state *s, replay_mode mode,
                       call_outcome o) {
  if (!run_call_ops(a, block, head, s, mode, o))
    return 0;
  rename_aliased_locks(a, s, ev);
  if (head->ends_path)
    return 0;
  set_result_fact(a, s, ev, head, o);
  const ir_call *call = &ev->u.call;
  if (head->op == API_OP_GET_IRQL && call->has_result_target) {
    kill_facts_overlapping(a, s, &call->result_target);
    s->irql_subject =
        intern_subject(a, &call->result_target, GUARD_TEST_VALUE, 0);
  }
  return 1;
}

/* Runs the block's events from `from` over s; each path that reaches the
 * block's end is added to a->out (a path ends inside it at a call of a
 * function that never returns). */
static void run_events(analysis *a, const cfg_block *block, uint32_t from,
                       lock_state *s, replay_mode mode) {
  rule_ctx ctx = {a->lf, a->diag, &a->contract, a->options->program};
  int report = mode == REPLAY_REPORT;
  for (uint32_t k = from; k < block->event_count; k++) {
    const ir_event *ev = &block->events[k];
    if (ev->kind == IR_EVENT_ASSIGN) {
      kill_facts_overlapping(a, s, &ev->u.assign.target);
      /* a lock a local still reaches keeps that name before the root of
       * its path is retired */
      rename_aliased_locks(a, s, ev);
      retire_renamed_locks(a, s, &ev->u.assign.target);
      if (ev->u.assign.op != IR_ASSIGN_STORE) {
        bit_write_facts(a, s, &ev->u.assign);
      } else if (ev->u.assign.value.kind == IR_VALUE_CONST) {
        /* kept only if some branch tests it (`locked = TRUE` … `if
         * (locked)`) */
        uint16_t subject =
            intern_subject(a, &ev->u.assign.target, GUARD_TEST_VALUE, 0);
        if (subject != UINT16_MAX && a->subjects[subject].path_tests)
          fact_set(s, subject, 1, ev->u.assign.value.constant);
      }
      const ir_value *v = &ev->u.assign.value;
      if (v->kind == IR_VALUE_CALL && v->call_event < a->lf->event_count) {
        const lock_op *from_op = a->lf->op_by_event[v->call_event];
        if (from_op && from_op->op == API_OP_GET_IRQL)
          s->irql_subject =
              intern_subject(a, &ev->u.assign.target, GUARD_TEST_VALUE, 0);
        /* a tested local an acquire or a raise hands the previous IRQL
         * back into holds that level (kept only if some branch tests it:
         * the OldIrql a release gives back is not a test) */
        irql_range previous;
        uint16_t held_in = from_op ? intern_subject(a, &ev->u.assign.target,
                                                    GUARD_TEST_VALUE, 0)
                                   : UINT16_MAX;
        if (held_in != UINT16_MAX && a->subjects[held_in].path_tests &&
            previous_irql_returned(s, from_op, &previous)) {
          s->irql_value_subject = held_in;
          s->irql_value = previous;
        }
        /* what the call is known to have returned (`Acquired =
         * ExAcquireResourceExclusiveLite(R, TRUE)` … `if (Acquired)
         * release`; `Status = PostRequest(…)` … `if (Status ==
         * STATUS_PENDING)`) */
        uint16_t result = result_subject(a, v->call_event);
        const cond_fact *f = result != UINT16_MAX ? fact_find(s, result) : NULL;
        if (f) {
          cond_fact known = *f;
          uint16_t subject =
              intern_subject(a, &ev->u.assign.target, GUARD_TEST_VALUE, 0);
          if (subject != UINT16_MAX && a->subjects[subject].path_tests)
            fact_set(s, subject, known.is_eq, known.value);
          /* read nowhere else: let the paths join again */
          if (a->result_uses[v->call_event] == 1)
            fact_remove(s, result);
        }
      }
      continue;
    }
    const ir_call *call = &ev->u.call;
    const lock_op *head = lock_fn_op(a->lf, ev);
    if (!head || head->op == API_OP_CALL) {
      /* an unknown callee may write what we pass it the address of (the
       * model's routines write only the lock and its OldIrql slot) */
      for (uint16_t i = 0; i < call->arg_count; i++)
        if (call->args[i].kind == IR_VALUE_ADDR)
          kill_facts_overlapping(a, s, &call->args[i].path);
      if (call->has_result_target)
        kill_facts_overlapping(a, s, &call->result_target);
      if (!head) {
        set_result_fact(a, s, ev, NULL, no_split);
        rename_aliased_locks(a, s, ev);
        continue;
      }
    }
    uint8_t values = head->outcome_count;
    if (values && a->out_paths + values - 1u <= MAX_BLOCK_OUTPUTS) {
      /* one path per value the callee returns, each with the effects
       * it has there */
      a->out_paths = (uint16_t)(a->out_paths + values - 1u);
      for (uint8_t i = 1; i < values; i++) {
        lock_state other = *s;
        call_outcome o = {1, head->outcome_is_eq[i], head->outcome_values[i]};
        if (finish_call(a, block, ev, head, &other, mode, o))
          run_events(a, block, k + 1, &other, mode);
      }
      call_outcome first = {1, head->outcome_is_eq[0], head->outcome_values[0]};
      if (!finish_call(a, block, ev, head, s, mode, first))
        return;
      continue;
    }
    if (!finish_call(a, block, ev, head, s, mode, no_split))
      return;
  }
  if (block->term == CFG_TERM_RETURN)
    set_return_fact(a, block, s);
  if (report && flows_to_exit(a, block))
    for (unsigned r = 0; r < rules_count; r++)
      if (rules_all[r]->on_exit)
        rules_all[r]->on_exit(&ctx, s, block);
  if (a->out->count < MAX_BLOCK_OUTPUTS)
    a->out->states[a->out->count++] = *s;
}

/* Runs the block over s: the states it ends in are in a->out. */
static void run_block(analysis *a, const cfg_block *block, const lock_state *s,
                      replay_mode mode) {
  lock_state start = *s;
  a->out->count = 0;
  a->out_paths = 1;
  run_events(a, block, 0, &start, mode);
}

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
  return intern_subject(a, &c->value.path, guard_test_of(c), c->constant);
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

/* The previous IRQL the call's op returns (an acquire that raises and
 * hands back the level it found, KeRaiseIrqlToDpcLevel), as the state
 * after the call recorded it. */
static int previous_irql_returned(const lock_state *s, const lock_op *from,
                                  irql_range *out) {
  for (const lock_op *op = from; op; op = op->next) {
    if (op->op == API_OP_ACQUIRE && op->lock != LOCK_NONE &&
        raising_effect(op->row->irql_effect)) {
      int i = lockset_find(s, op->lock);
      if (i < 0 || s->held[i].site != op->event->id)
        return 0;
      *out = s->held[i].saved;
      return 1;
    }
    if (op->op == API_OP_RAISE) {
      for (int r = s->raise_count; r-- > 0;)
        if (s->raises[r].site == op->event->id) {
          *out = s->raises[r].saved;
          return 1;
        }
      return 0;
    }
  }
  return 0;
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

/* State on edge `succ_index` of a branch; returns 0 when the edge is
 * infeasible for this state. */
static uint32_t eq_test_count(const analysis *a, uint16_t subject,
                              int64_t value);

static int branch_edge(analysis *a, const cfg_block *block, unsigned succ_index,
                       lock_state *s) {
  if (block->term != CFG_TERM_BRANCH || succ_index > 1)
    return 1;
  const ir_cond *c = &block->cond;
  int taken = succ_index == 0;
  if (c->kind == IR_COND_NONE)
    return 1;
  if (c->value.kind == IR_VALUE_CALL) {
    /* what the call is known to return decides the test (a callee that
     * returns one constant, or this path's value of a split call) */
    uint16_t result = result_subject(a, c->value.call_event);
    const cond_fact *known = result != UINT16_MAX ? fact_find(s, result) : NULL;
    if (known) {
      int holds = fact_decides(known, c);
      if (holds >= 0 && holds != taken)
        return 0;
      /* read nowhere else: let the paths join again */
      if (a->result_uses[c->value.call_event] == 1)
        fact_remove(s, result);
    }
    const lock_op *head = NULL;
    for (uint32_t k = 0; k < block->event_count; k++)
      if (block->events[k].id == c->value.call_event)
        head = lock_fn_op(a->lf, &block->events[k]);
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
      raise_for_acquire(s, op);
      int i = lockset_find(s, op->lock);
      if (i < 0) {
        held_lock h = {op->lock, op->slot, op->event->id, op->kind,
                       0,        1,        before,        0};
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
        s->irql = level_range((irql_level)head->raises_to);
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
  uint16_t tested = plain_test || s->irql_subject != NO_SUBJECT ||
                            s->irql_value_subject != NO_SUBJECT
                        ? intern_subject(a, &c->value.path, GUARD_TEST_VALUE, 0)
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
  if (known < 0 && is_comparison_test(c)) {
    /* the value itself is known (a constant argument): it decides a bit
     * test or an ordered comparison of it */
    uint16_t plain = find_test_subject(a, &c->value.path, GUARD_TEST_VALUE, 0);
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
  if (!applies || !guard_subject_here(a, g, op, &p))
    return;
  uint16_t subject = intern_subject(a, &p, g->test, g->test_constant);
  uint16_t plain = intern_subject(a, &p, GUARD_TEST_VALUE, 0);
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
static void apply_bindings(analysis *a, lock_state *initial) {
  for (uint16_t i = 0; i < a->options->binding_count; i++) {
    const summary_binding *b = &a->options->bindings[i];
    if (b->param >= a->fn->param_count)
      continue;
    ir_path p;
    memset(&p, 0, sizeof p);
    p.root_kind = PATH_ROOT_PARAM;
    p.root = a->fn->param_names[b->param];
    p.root_id = a->fn->param_ids[b->param];
    uint16_t subject = intern_subject(a, &p, GUARD_TEST_VALUE, 0);
    if (subject != UINT16_MAX && b->is_eq)
      fact_set(initial, subject, 1, b->value);
    else if (subject != UINT16_MAX)
      fact_add_unequal(initial, subject, b->value);
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
static uint64_t tested_params_of(analysis *a) {
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

static void count_subject_tests(analysis *a) {
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
        c->value.kind != IR_VALUE_LOAD)
      continue;
    uint16_t plain = intern_subject(a, &c->value.path, GUARD_TEST_VALUE, 0);
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

/* ---- state sets ---- */

/* Merges every state of the set (after `first`, when given) into one; the
 * set stays merged from then on. */
static void set_reserve(analysis *a, state_set *set, uint16_t need) {
  if (set->cap >= need)
    return;
  uint16_t cap = set->cap ? (uint16_t)(set->cap * 2) : 1;
  if (cap < need)
    cap = need;
  if (cap > LOCK_ANALYSIS_MAX_STATES)
    cap = LOCK_ANALYSIS_MAX_STATES;
  /* from the analysis' arena: the old room is left behind, at most
   * doubling what the block uses */
  lock_state *grown = arena_alloc(&a->scratch, sizeof(lock_state) * cap);
  if (set->count)
    memcpy(grown, set->states, sizeof(lock_state) * set->count);
  set->states = grown;
  set->cap = cap;
}

static void set_collapse(analysis *a, state_set *set, const lock_state *first) {
  if (set->merged || (set->count == 0 && !first))
    return;
  set_reserve(a, set, 1);
  lock_state merged = first ? *first : set->states[0];
  for (uint16_t i = first ? 0 : 1; i < set->count; i++)
    lock_state_merge(&merged, &set->states[i]);
  set->states[0] = merged;
  set->count = 1;
  set->merged = 1;
  a->collapsed = 1;
  if (a->stats)
    a->stats->merges++;
}

static int set_add(analysis *a, state_set *set, const lock_state *s) {
  if (set->merged) {
    lock_state merged = set->states[0];
    lock_state_merge(&merged, s);
    if (lock_state_equal(&merged, &set->states[0]))
      return 0;
    set->states[0] = merged;
    return 1;
  }
  for (uint16_t i = 0; i < set->count; i++)
    if (lock_state_equal(&set->states[i], s))
      return 0;
  if (set->count < LOCK_ANALYSIS_MAX_STATES) {
    set_reserve(a, set, (uint16_t)(set->count + 1));
    set->states[set->count++] = *s;
    return 1;
  }
  /* Full: first merge with a state that holds exactly the same locks
   * (as ESP does), which only forgets branch facts that no longer tell
   * lock states apart; independent branches then cost nothing, and a lock
   * held on some paths stays certain on those paths. */
  for (uint16_t i = 0; i < set->count; i++)
    if (lockset_equal(&set->states[i], s)) {
      lock_state merged = set->states[i];
      lock_state_merge(&merged, s);
      if (lock_state_equal(&merged, &set->states[i]))
        return 0;
      set->states[i] = merged;
      if (a->stats)
        a->stats->lockset_joins++;
      return 1;
    }
  set_collapse(a, set, s);
  return 1;
}

/* ---- dumps ---- */

static void dump_irql(FILE *out, irql_range r) {
  if (r.lo == r.hi)
    fputs(irql_level_short_name((irql_level)r.lo), out);
  else
    fprintf(out, "%s..%s", irql_level_short_name((irql_level)r.lo),
            irql_level_short_name((irql_level)r.hi));
  if (r.assumed)
    fputs("?", out);
}

static void dump_site(FILE *out, const analysis *a, uint32_t site) {
  if (site == IRQL_SITE_ENTRY)
    fputs(" from entry", out);
  else if (site < a->fn->event_count) {
    const lock_op *op = a->lf->op_by_event[site];
    if (op)
      fprintf(out, " from @%" PRIu32 ":%" PRIu32, op->event->loc.line,
              op->event->loc.col);
  }
}

/* The fields callees' guards test, and what every path writes into them
 * after each call (the calls that have a later write). */
static void dump_later_writes(FILE *out, const analysis *a) {
  for (uint16_t i = 0; i < a->flag_path_count; i++) {
    strbuf sb;
    strbuf_init(&sb);
    path_print(&sb, &a->flag_paths[i]);
    fprintf(out, "  guarded %s", strbuf_cstr(&sb));
    strbuf_free(&sb);
    for (uint32_t b = 0; b < a->fn->block_count; b++) {
      const cfg_block *block = a->fn->blocks[b];
      for (uint32_t k = 0; k < block->event_count; k++) {
        const ir_event *ev = &block->events[k];
        later_write w = later_writes_after(a->later, ev->id, i);
        if (ev->kind != IR_EVENT_CALL || w.kind == LATER_WRITE_NONE)
          continue;
        fprintf(out, "; after @%" PRIu32 ":%" PRIu32 " %s 0x%" PRIx64,
                ev->loc.line, ev->loc.col,
                w.kind == LATER_WRITE_BITS ? "|=" : "=", (uint64_t)w.value);
      }
    }
    fputc('\n', out);
  }
}

static void dump_states(FILE *out, const analysis *a) {
  fprintf(out, "function %s\n", a->fn->name);
  fputs("  entry irql ", out);
  dump_irql(out, entry_range(&a->contract));
  strbuf why;
  strbuf_init(&why);
  irql_contract_describe(&a->contract, &why);
  fprintf(out, " (%s)%s\n", strbuf_cstr(&why),
          a->contract.isr_context ? " interrupt context" : "");
  strbuf_free(&why);
  dump_later_writes(out, a);
  for (uint32_t b = 0; b < a->fn->block_count; b++) {
    const state_set *set = &a->sets[b];
    fprintf(out, "  B%" PRIu32 ":", b);
    if (set->count == 0)
      fputs(" unreachable", out);
    if (set->merged)
      fputs(" (merged)", out);
    fputc('\n', out);
    for (uint16_t i = 0; i < set->count; i++) {
      const lock_state *s = &set->states[i];
      fputs("    {", out);
      for (int k = 0; k < s->count; k++) {
        const held_lock *h = &s->held[k];
        const lock_op *op =
            h->site < a->lf->event_count ? a->lf->op_by_event[h->site] : NULL;
        fprintf(out, "%s%s %s", k ? ", " : "",
                lock_fn_lock_name(a->lf, h->lock),
                api_kind_name((api_kind)h->kind));
        if (op)
          fprintf(out, " @%" PRIu32 ":%" PRIu32, op->event->loc.line,
                  op->event->loc.col);
        fputs(" saved ", out);
        dump_irql(out, h->saved);
        if (h->slot != LOCK_NONE)
          fprintf(out, " in %s", a->lf->slots[h->slot].display);
        if (h->depth > 1)
          fprintf(out, " x%u", h->depth);
        if (h->maybe)
          fputs(" maybe", out);
      }
      fputc('}', out);
      fputs(" irql ", out);
      dump_irql(out, s->irql);
      dump_site(out, a, s->irql_site);
      for (int k = 0; k < s->raise_count; k++) {
        const raised_irql *r = &s->raises[k];
        const lock_op *op = a->lf->op_by_event[r->site];
        fprintf(out, " [raised @%" PRIu32 ":%" PRIu32 " saved ",
                op->event->loc.line, op->event->loc.col);
        dump_irql(out, r->saved);
        if (r->slot != LOCK_NONE)
          fprintf(out, " in %s", a->lf->slots[r->slot].display);
        fputs(r->maybe ? " maybe]" : "]", out);
      }
      if (s->lost)
        fputs(" lost", out);
      if (s->irql_value_subject != NO_SUBJECT) {
        fprintf(out, " [%s holds irql ",
                a->subjects[s->irql_value_subject].display);
        dump_irql(out, s->irql_value);
        fputc(']', out);
      }
      for (int k = 0; k < s->fact_count; k++) {
        const cond_fact *f = &s->facts[k];
        fprintf(out, " [%s %s %" PRId64 "]", a->subjects[f->subject].display,
                f->is_eq ? "==" : "!=", f->value);
      }
      fputc('\n', out);
    }
  }
}

/* ---- solver ---- */

void lock_analysis_run(cfg_function *fn, diag_engine *diag,
                       const lock_analysis_options *options) {
  static const lock_analysis_options no_options;
  if (!options)
    options = &no_options;
  analysis a;
  memset(&a, 0, sizeof a);
  a.fn = fn;
  a.diag = diag;
  a.options = options;
  arena_init(&a.scratch);
  lock_fn_specializer specializer;
  if (options->specializer) {
    specializer = *options->specializer;
    specializer.bindings = options->bindings;
    specializer.binding_count = options->binding_count;
  }
  a.lf = lock_fn_build(fn, &a.scratch, options->summaries,
                       options->specializer ? &specializer : NULL);
  a.stats = options->stats;
  if (a.stats)
    a.stats->functions++;
  uint32_t n = fn->block_count;
  a.sets = xcalloc(n, sizeof(state_set));

  uint32_t *rpo = xmalloc(sizeof(uint32_t) * n);
  uint32_t rpo_count = cfg_reverse_post_order(fn, rpo);
  uint32_t *rank = xmalloc(sizeof(uint32_t) * n);
  for (uint32_t i = 0; i < n; i++)
    rank[i] = UINT32_MAX;
  for (uint32_t i = 0; i < rpo_count; i++)
    rank[rpo[i]] = i;
  uint8_t *pending = xcalloc(rpo_count ? rpo_count : 1, 1);

  a.out = arena_alloc(&a.scratch, sizeof(block_out));
  count_subject_tests(&a);
  find_result_uses(&a);
  if (options->contract)
    a.contract = *options->contract;
  else
    irql_contract_of_function(fn->decl, &a.contract);
  lock_state initial;
  lock_state_init(&initial, entry_range(&a.contract));
  apply_own_lock_annotations(&a, &initial);
  apply_caller_holds(&a, &initial);
  apply_role_holds(&a, &initial);
  apply_bindings(&a, &initial);
  set_add(&a, &a.sets[fn->entry], &initial);
  pending[rank[fn->entry]] = 1;
  uint32_t cursor = 0;
  for (;;) {
    /* lowest pending RPO index first */
    uint32_t next = UINT32_MAX;
    for (uint32_t i = cursor; i < rpo_count; i++)
      if (pending[i]) {
        next = i;
        break;
      }
    if (next == UINT32_MAX) {
      for (uint32_t i = 0; i < cursor; i++)
        if (pending[i]) {
          next = i;
          break;
        }
    }
    if (next == UINT32_MAX)
      break;
    pending[next] = 0;
    cursor = next;
    uint32_t b = rpo[next];
    const cfg_block *block = block_of(&a, b);
    state_set *set = &a.sets[b];
    if (++set->visits > MAX_VISITS_BEFORE_MERGE || a.over_budget)
      set_collapse(&a, set, NULL);
    a.transfers += set->count;
    if (!a.over_budget && a.transfers > LOCK_ANALYSIS_STATE_BUDGET) {
      /* from now on one merged state per block */
      a.over_budget = 1;
      if (a.stats)
        a.stats->over_budget++;
    }
    if (a.stats)
      a.stats->block_visits++;
    for (uint16_t si = 0; si < set->count; si++) {
      run_block(&a, block, &set->states[si], REPLAY_SOLVE);
      for (uint16_t oi = 0; oi < a.out->count; oi++)
        for (uint32_t k = 0; k < block->succ_count; k++) {
          uint32_t succ = block->succ[k];
          lock_state edge = a.out->states[oi];
          if (!branch_edge(&a, block, k, &edge))
            continue;
          /* past a join where an alias no longer holds on every path */
          apply_renames(&edge, lock_fn_edge_renames(a.lf, b, k));
          if (set_add(&a, &a.sets[succ], &edge) && rank[succ] != UINT32_MAX) {
            pending[rank[succ]] = 1;
            if (rank[succ] < cursor)
              cursor = rank[succ];
          }
        }
    }
  }

  /* a body clang could not build is a partial tree: its findings are not
   * reported (the note on its first clang error says so) */
  if (fn->has_clang_error)
    diag = NULL;
  replay_mode mode = REPLAY_SOLVE;
  if (options->summary_out) {
    fn_summary *sum = options->summary_out;
    memset(sum, 0, sizeof *sum);
    sum->name = fn->name;
    if (fn->decl->paged) {
      /* the function is pageable itself */
      sum->touches_pageable = 1;
      sum->pageable_at.loc = fn->decl->paged_loc;
      sum->pageable_at.routine = fn->name;
    }
    a.building = sum;
    mode = REPLAY_COLLECT;
  } else {
    mark_returned_locks(&a);
    if (options->dump_state)
      dump_states(options->dump_state, &a);
    if (diag)
      mode = REPLAY_REPORT;
  }
  if (mode != REPLAY_SOLVE)
    for (uint32_t i = 0; i < rpo_count; i++) {
      const cfg_block *block = block_of(&a, rpo[i]);
      state_set *set = &a.sets[rpo[i]];
      for (uint16_t si = 0; si < set->count; si++)
        run_block(&a, block, &set->states[si], mode);
    }
  if (mode == REPLAY_COLLECT) {
    collect_effects(&a);
    options->summary_out->never_returns = a.sets[fn->exit].count == 0;
    options->summary_out->tested_params = tested_params_of(&a);
  }

  free(pending);
  free(rank);
  free(rpo);
  free(a.sets);
  free(a.subjects);
  free(a.eq_tests);
  free(a.released);
  lock_fn_release(a.lf);
  if (a.stats && a.collapsed)
    a.stats->merged_functions++;
  arena_destroy(&a.scratch);
}
