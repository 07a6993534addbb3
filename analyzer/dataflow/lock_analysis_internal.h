/* Internal to the lock-state dataflow (lock_analysis.h), shared by its
 * files: lock_analysis.c (transfer, replay of ops, the solver),
 * lock_analysis_facts.c (condition subjects and branch facts) and
 * lock_analysis_summary.c (summary building). Not for other code. */
#ifndef IRQLINT_LOCK_ANALYSIS_INTERNAL_H
#define IRQLINT_LOCK_ANALYSIS_INTERNAL_H

#include "lock_analysis.h"

#include "../../rules/irql_contract.h"
#include "flag_writes.h"
#include "lockstate.h"

#include <stdint.h>

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
  /* branches of the function that test it (la_count_subject_tests): a fact
   * nothing reads would only push out one that is read (a state keeps
   * FACT_CAPACITY) */
  uint16_t tests;      /* this very subject */
  uint16_t path_tests; /* any comparison of the path (is_value only) */
  /* a comparison of two paths (IR_COND_SAME: `a->M == b->M`, a truth
   * fact): the second one, which a write must not change either, and its
   * spelling (display is the first one's) */
  uint8_t has_other;
  ir_path other;
  const char *other_display;
} subject_entry;

/* A local pointer whose nullness the state follows (lock_analysis_facts.c:
 * pointer locals): a branch tests it, and its address is never taken. */
#define COPY_OF_ADDRESS (UINT16_MAX - 1)

typedef struct pointer_local {
  const char *root;
  uint32_t root_id;
  uint16_t subject; /* its value's subject ("p") */
} pointer_local;

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
  /* the local pointers whose nullness is followed, and per event id of an
   * assignment to one of them: its subject, and the subject it copies the
   * facts of (`p = q`) or COPY_OF_ADDRESS (`p = &x`), else UINT16_MAX in
   * both (NULL when there are none) */
  pointer_local *pointer_locals;
  size_t pointer_local_count, pointer_local_cap;
  uint16_t *copy_target, *copy_source;
  /* (lock, acquire site) pairs some release of the function let go of,
   * in any state it ran in: an acquire routine's hold reaching its exit
   * must come from an acquire no path releases (acquired_for_caller) */
  struct released_site *released;
  size_t released_count, released_cap;
  /* recursive locks (lock_owner.c), per block id, NULL when the function
   * tests no owner: the lock an owner test's other way takes, the lock a
   * count test's way count_release_way lets go of (else LOCK_NONE) */
  uint16_t *owner_lock;
  uint8_t *owner_kind; /* api_kind the owner test's other way takes it as */
  uint16_t *count_lock;
  uint8_t *count_release_way;
} analysis;

typedef struct released_site {
  uint16_t lock;
  uint32_t site;
} released_site;

/* A release that may let go of a lock the function did not take here: the
 * lock is not held, or only on some paths. */
#define RELEASED_UNHELD (HELD_AT_ENTRY - 1u)
/* Not a release: an acquire of the lock where it was held already and
 * cannot be taken again (the path ends there, waiting forever). */
#define ACQUIRED_WHILE_HELD (HELD_AT_ENTRY - 2u)

/* What one path out of a call returns (a lock_op outcome). */
typedef struct call_outcome {
  int split; /* 0: the call does not split this path */
  int is_eq;
  int64_t value;
} call_outcome;

/* ---- lock_analysis.c: transfer ---- */

/* The range of exactly `level`. */
irql_range la_level_range(irql_level level);
/* The IRQL once an acquire (or a try-acquire's success) holds its lock. */
void la_raise_for_acquire(lock_state *s, const lock_op *op);
/* Does an acquire with this IRQL effect raise (and save the IRQL its
 * release gives back)? */
int la_raising_effect(uint8_t irql_effect);

/* ---- lock_analysis_facts.c: condition subjects and branch facts ---- */

/* `p` as the function's callers can name it in a summary guard. */
int la_callers_name(const analysis *a, const ir_path *p, arena *mem,
                    summary_path *out);
/* The subject of test `test` against `constant` of `p`, if interned
 * (UINT16_MAX: none). */
uint16_t la_find_test_subject(const analysis *a, const ir_path *p, uint8_t test,
                              int64_t constant);
/* The subject "p" (test GUARD_TEST_VALUE) or "p&c", "p>=c", "p<=c",
 * interned on first use. */
uint16_t la_intern_subject(analysis *a, const ir_path *p, uint8_t test,
                           int64_t constant);
/* A write to `target` makes stale every fact about a path it can change. */
/* InsertHeadList(Head, Entry) and the like (API_OP_LIST_INSERT): the list
 * and the entry are written, and a branch on IsListEmpty(Head) after it
 * finds the list not empty. */
void la_list_insert_facts(analysis *a, lock_state *s, const ir_call *call);
void la_kill_facts_overlapping(analysis *a, lock_state *s,
                               const ir_path *target);
/* The facts a compound bit write (`|=`, `&=`) of a constant establishes. */
void la_bit_write_facts(analysis *a, lock_state *s, const ir_assign *as);
/* The subject of a call's result, or UINT16_MAX when nothing reads it. */
uint16_t la_result_subject(const analysis *a, uint32_t event);
/* Records what the call returned in its result subject. */
void la_set_result_fact(analysis *a, lock_state *s, const ir_event *ev,
                        const lock_op *head, call_outcome o);
/* At a return: what it returns becomes the fact of the return subject. */
void la_set_return_fact(analysis *a, const cfg_block *block, lock_state *s);
/* Which call results are read, and the return subject. */
void la_find_result_uses(analysis *a);
/* State on edge `succ_index` of a branch; returns 0 when the edge is
 * infeasible for this state. */
int la_branch_edge(analysis *a, const cfg_block *block, unsigned succ_index,
                   lock_state *s);
/* The parameter values a specialized summary is computed for, as facts of
 * the entry state. */
void la_apply_bindings(analysis *a, lock_state *initial);
/* The parameters the system never passes NULL to the function's role, as
 * facts of the entry state (lock_analysis_facts.c). */
void la_apply_role_params(analysis *a, lock_state *initial);
/* fn_summary.tested_params. */
uint64_t la_tested_params_of(analysis *a);
/* Counts the branches and callees' guards that test each subject, and
 * what the function writes into the guarded fields after each call. */
void la_count_subject_tests(analysis *a);
/* The local pointers whose nullness is followed (after the counts and
 * la_find_result_uses). */
void la_find_pointer_locals(analysis *a);
/* What event `ev` dereferences tells about the pointer locals: returns 0
 * when it dereferences one the state knows is NULL (the path ends there),
 * else marks each it dereferences as not NULL. */
int la_deref_event(analysis *a, lock_state *s, const ir_event *ev);
/* Likewise for a value read (a branch's test, a returned value). */
int la_deref_value(analysis *a, lock_state *s, const ir_value *v);
/* An assignment to a pointer local: an address is not NULL, and a copy
 * (`p = q`) knows what is known of q. */
void la_pointer_assign_facts(analysis *a, lock_state *s, const ir_event *ev);
/* A write to `target`: a pointer local it is may be NULL again. */
void la_pointer_written(analysis *a, lock_state *s, const ir_path *target);
/* Is `subject` a pointer local the state knows is not NULL? */
int la_pointer_not_null(const analysis *a, const lock_state *s,
                        uint16_t subject);

/* ---- lock_owner.c: recursive locks with an owner and a count ---- */

/* Finds the owner tests whose other way takes a lock and makes the
 * current thread its owner, and the count tests that let it go. */
void la_find_owner_tests(analysis *a);
/* The state on edge `succ_index` of such a test: 0 when the edge is
 * infeasible for it (la_branch_edge calls it first). */
int la_owner_edge(analysis *a, const cfg_block *block, unsigned succ_index,
                  lock_state *s);

/* ---- lock_analysis_summary.c: summary building ---- */

/* The path of this function that a callee's guard tests at the call
 * `op`. */
int la_guard_subject_here(analysis *a, const summary_guard *g,
                          const lock_op *op, ir_path *out);
/* `op` as it applies in state s: the callee's guarded facts the caller
 * has refuted taken off (on `copy`), else op itself. */
const lock_op *la_op_in_state(analysis *a, const lock_state *s,
                              const lock_op *op, lock_op *copy);
/* REPLAY_COLLECT: what the op tells about the function as its callers see
 * it, into a->building. */
void la_collect_op(analysis *a, const lock_state *s, const lock_op *op);
/* REPLAY_COLLECT: what the function holds at a call of a function of the
 * program (fn_summary.call_holds). */
void la_collect_call(analysis *a, const lock_state *s, const ir_call *call);
/* Marks the locks the function returns holding by design. */
void la_mark_returned_locks(analysis *a);
/* The function's effects, return values and return IRQL from its exit
 * states, into a->building. */
void la_collect_effects(analysis *a);

#endif
