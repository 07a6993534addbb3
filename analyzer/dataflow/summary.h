/* Function summaries: what a call to a function does to its caller's locks
 * and IRQL, stated in terms the caller can substitute (the function's
 * parameters and globals), so that one analysis of a wrapper serves every
 * call of it.
 *
 * A summary is built from the converged states of the function's own
 * analysis (lock_analysis.c): the locks it returns holding on every path
 * (or when its result is non-zero, for a try-acquire wrapper), the locks it
 * releases that it never acquired (its caller must hold them), the IRQL
 * bounds its body requires of its entry IRQL, the IRQL it returns at, and,
 * transitively, whether it touches a spin lock or pageable code, whether
 * it completes a request, and which locks it acquires at all (for lock
 * order). Each fact keeps a witness: the
 * call inside the function that causes it, and the summary that continues
 * the chain, so findings at the call site can walk down to the cause.
 *
 * Summaries live in the program's arena; they never point into a function's
 * IR except for interned names and locations, which outlive the analysis. */
#ifndef IRQLINT_SUMMARY_H
#define IRQLINT_SUMMARY_H

#include "../cfg/cfg.h"

#define SUMMARY_NO_PARAM UINT16_MAX

/* A lock or an OldIrql slot as a caller sees it. With param set, the path's
 * root stands for the value of that argument (the path is written with the
 * callee's parameter name); otherwise the root is a global, or a named
 * system lock such as the I/O cancel lock. */
typedef struct summary_path {
  uint16_t param;
  ir_path path;
} summary_path;

typedef enum summary_effect_kind {
  SUMMARY_ACQUIRE,       /* returns holding it on every path */
  SUMMARY_TRY_ACQUIRE,   /* returns holding it when it returns non-zero */
  SUMMARY_MAYBE_ACQUIRE, /* returns holding it on some paths only */
  SUMMARY_RELEASE,       /* releases a lock its caller holds, on every path */
  SUMMARY_MAYBE_RELEASE, /* … on some paths only */
  /* deletes a lock object it does not hold (ExDeleteResourceLite): the
   * caller's hold on it ends, and is no leak */
  SUMMARY_DELETE,
  SUMMARY_MAYBE_DELETE
} summary_effect_kind;

/* At most this many distinct constants returned for a summary to tell its
 * exits apart by them (fn_summary.return_values). */
#define SUMMARY_MAX_RETURN_VALUES 4

/* Where a fact comes from: the call in the summarized function that causes
 * it (a spin-lock routine, a PASSIVE-only routine, a pageable function, or
 * a call of a function whose own summary has the fact: `via`). */
typedef struct summary_witness {
  ir_loc loc;
  const char *routine;
  const struct fn_summary *via;
} summary_witness;

typedef struct summary_effect {
  uint8_t kind;            /* summary_effect_kind */
  uint8_t lock_kind;       /* api_kind it was acquired or released as */
  uint8_t irql_effect;     /* api_irql_effect of that acquire or release */
  uint8_t from_annotation; /* _Acquires_lock_ & co. rather than inference */
  /* a lock its callers cannot name (reached through a local set from a
   * call: pDevice = GetDevice(Adapter); pDevice->Lock), seen by them only
   * through the IRQL: acquired, it raises and saves the IRQL it was called
   * at; released, it gives back what the latest such acquire saved. `lock`
   * is empty. */
  uint8_t unnamed;
  summary_path lock;
  uint8_t has_slot;  /* the acquire saved the IRQL in storage the caller */
  summary_path slot; /* can name (a->OldIrql) */
  summary_witness at;
  /* a release or delete done on exactly the exits that return when_value
   * (`if (…) { release(&c->lock); return TRUE; } return FALSE;`): at a
   * call, the caller's state splits by the returned value
   * (fn_summary.return_values) */
  uint8_t when_returns;
  int64_t when_value;
  /* a release some path of which lets go of the lock on behalf of the
   * thread that took it (ExReleaseResourceForThreadLite: a lock handed
   * over between threads), which need not follow an acquire */
  uint8_t for_thread;
} summary_effect;

/* A lock the function acquires at some point (and may release again):
 * lock order edges from every lock its caller holds at the call. */
typedef struct summary_lock_use {
  const char *lock_class; /* "ADAPTER.RxLock", "g_Lock"; NULL: by `lock` */
  uint8_t has_lock;
  summary_path lock; /* for a lock known only through a parameter */
  summary_witness at;
  /* lock classes of its caller's locks the function had let go of when it
   * took this one (it drops the caller's RcvLock, then takes Lock): no
   * order edge from those */
  const char **released_before;
  uint16_t released_count;
  /* … and those it had let go of that have no class, named through its
   * parameters (`Cleanup(PKSPIN_LOCK Lock, …)` releases `*Lock` first):
   * at a call, their substitution names the caller's lock */
  summary_path *released_paths;
  uint16_t released_path_count;
} summary_lock_use;

/* Lock classes certainly held at a point, each with whether some hold of
 * it there is exclusive (a shared hold of a resource does not keep out
 * another shared holder). At most SUMMARY_MAX_HELD: a set is a must-fact,
 * so dropping a class only loses precision. */
#define SUMMARY_MAX_HELD 12

typedef struct summary_held_class {
  const char *lock_class;
  uint8_t exclusive;
} summary_held_class;

typedef struct summary_held_set {
  uint8_t count;
  summary_held_class classes[SUMMARY_MAX_HELD];
} summary_held_set;

/* What the function holds where it calls one callee: the classes held at
 * every call of it on every path there (its own locks, and those of its
 * annotations), and the classes of its caller's locks it had let go of
 * before some call (those its callers hold do not reach the callee). The
 * program intersects these over all callers (program.c, "held on entry by
 * every caller"). */
typedef struct summary_call_holds {
  uint32_t callee; /* cfg_function.id */
  const char *callee_name;
  summary_held_set held;
  summary_held_set released;
  /* some path had lost track of what it let go of (a full state): none of
   * the caller's own entry set is known to reach the callee */
  uint8_t released_all;
} summary_call_holds;

/* A fact that applies only where the body had tested something its
 * callers can name on the way: one of its parameters (`if (AtDpc && …)
 * NdisDprAcquireSpinLock`), or a field reached from one or from a global
 * (`if (Adapter->Flags & ACTIVE) NdisDprAcquireSpinLock`). The guard holds
 * when the subject compares with `value` as stated; the subject is the
 * path's value itself, or a bit test or ordered comparison of it with
 * `test_constant` (then value is 0, and is_eq says the test is false). A
 * call whose constant argument contradicts the guard, or whose caller has
 * established the opposite (by its own test, a write, or a later write
 * that turns the flag on: lock_analysis_summary.c), does not have the fact. */
typedef enum summary_guard_test {
  GUARD_TEST_VALUE, /* the path's value */
  GUARD_TEST_BITS,  /* (value & test_constant) != 0 */
  GUARD_TEST_GE,    /* value >= test_constant */
  GUARD_TEST_LE     /* value <= test_constant */
} summary_guard_test;

typedef struct summary_guard {
  uint8_t present;
  uint8_t is_eq; /* subject == value, else subject != value */
  uint8_t test;  /* summary_guard_test */
  summary_path subject;
  int64_t test_constant;
  int64_t value;
} summary_guard;

/* What a function does with the locks one callee returns holding (its
 * acquire effects): it lets go of one of them on some path (or cannot
 * tell), or it returns holding one itself, handing it on to its own
 * callers. Neither: it keeps them to the end of every path, a leak. */
typedef struct summary_callee_lock {
  uint32_t callee; /* cfg_function.id */
  uint8_t releases;
  uint8_t hands_on;
} summary_callee_lock;

typedef struct fn_summary {
  const char *name;
  uint8_t unknown;         /* recursion did not settle: no effect is assumed */
  uint8_t never_returns;   /* no path reaches its exit (also the starting
                              point for a recursive component: a recursive
                              call contributes only once its callee is
                              known to return) */
  summary_effect *effects; /* releases first, then acquires */
  uint16_t effect_count;
  /* IRQL bounds the body requires of the IRQL it is called at */
  uint8_t has_irql_min, irql_min;
  summary_witness min_at;
  summary_guard min_guard;
  uint8_t has_irql_max, irql_max;
  summary_witness max_at;
  summary_guard max_guard;
  uint8_t max_from_spin_lock;           /* the bound is a spin-lock routine's */
  uint8_t has_return_irql, return_irql; /* returns at this level */
  uint8_t touches_spin_lock;
  summary_witness spin_lock_at;
  summary_guard spin_lock_guard; /* every use is under this test */
  uint8_t touches_pageable;
  summary_witness pageable_at;
  /* the highest caller's IRQL at which it reaches that pageable code:
   * below IRQL_HIGH when every reach is under its own test of the current
   * IRQL (`if (KeGetCurrentIrql() == PASSIVE_LEVEL) LogToFile(…)`) */
  uint8_t pageable_max_irql;
  /* completes a request (IoCompleteRequest: API_COMPLETES) on some path,
   * where it holds no spin lock itself and has let go of none of its
   * caller's locks: a caller holding a spin lock completes under it */
  uint8_t completes_request;
  summary_witness completes_at;
  /* acquires a resource, a push lock or an Unsafe mutex with normal kernel
   * APCs as its caller left them: the caller must have disabled them */
  uint8_t needs_no_apcs;
  summary_witness no_apcs_at;
  summary_lock_use *lock_uses;
  uint16_t lock_use_count;
  /* what it returns: on every exit the same constant (return_is_eq 1),
   * or something other than return_value (0: "non-zero") -- a constant
   * `return STATUS_PENDING;`, or a result the API model knows
   * (`return !KeWaitForSingleObject(&m, …, NULL);` is TRUE) */
  uint8_t has_return, return_is_eq;
  int64_t return_value;
  /* else, when every exit returns a constant and there are 2 to
   * SUMMARY_MAX_RETURN_VALUES of them: those (effects with when_returns
   * name one of them) */
  uint8_t return_value_count;
  int64_t return_values[SUMMARY_MAX_RETURN_VALUES];
  /* an accessor: every exit returns the value stored at one path of fixed
   * steps rooted at a parameter, which the function never writes
   * (`return DeviceObject->DeviceExtension;`); a local its callers give
   * the result to is an alias of that path (lock_fn) */
  uint8_t has_returned_path;
  summary_path returned_path;
  /* parameters (bit i: parameter i, of the first 64) whose value its body
   * tests, or hands to a callee that tests it: a call with a constant
   * there gets a summary of its own, computed with that value known
   * (program.c, lock_analysis_options.specialize) */
  uint64_t tested_params;
  /* by callee: what the function holds where it calls it */
  summary_call_holds *call_holds;
  uint16_t call_hold_count, call_hold_cap;
  /* by callee: what the function does with the locks a callee returns
   * holding (program.c decides from them which acquire routines no
   * caller releases) */
  summary_callee_lock *callee_locks;
  uint16_t callee_lock_count;
} fn_summary;

/* An indirect call resolved program-wide (program.c, "calls through
 * function pointers"): the functions its slot is ever assigned. With one,
 * ir_call.target is that function and its summary applies as for a direct
 * call; with several, their common facts (summary_common) apply. */
#define SUMMARY_MAX_TARGETS 16

typedef struct ir_indirect {
  const char *slot_name;
  uint16_t target_count;
  const struct cfg_function *targets[SUMMARY_MAX_TARGETS];
  /* where the slot is given the target ("assigned in 'Init'", "passed to
   * 'SetHandler' by 'Init'") */
  const char *where[SUMMARY_MAX_TARGETS];
  /* the note at the call ("'Isr' calls 'H' through 'g_Handler' (its only
   * target, assigned in 'Init')") */
  const char *note;
} ir_indirect;

/* The facts every one of `count` summaries has (a call that reaches one
 * of them, not knowing which, certainly has these), named `name`; each
 * fact's witness is the target it is taken from, at `locs` (its
 * definition), whose own chain follows. NULL when one of them is missing
 * or unknown. Allocated in `mem`. */
const fn_summary *summary_common(const fn_summary *const *s, const ir_loc *locs,
                                 uint16_t count, const char *name, arena *mem);

/* What a call tells about a parameter's value on entry: equal to the
 * constant it passes, or (is_eq 0, value 0) not NULL, for an address. */
typedef struct summary_binding {
  uint16_t param;
  uint8_t is_eq;
  int64_t value;
} summary_binding;

/* The summary path for `p` (a path of fn's body), or 0 when the caller
 * cannot name it (a local, an accessor call's result, an unknown index). */
int summary_path_of(const cfg_function *fn, const ir_path *p, arena *mem,
                    summary_path *out);

/* The caller's path for `sp` at `call`: argument values substituted for
 * parameters (LockAdapter(a) acquires a->Lock). Returns 0 when the argument
 * cannot be named (a constant, a call result, an unknown expression). */
int summary_path_substitute(const summary_path *sp, const ir_call *call,
                            arena *mem, ir_path *out);

/* The lock class of a path: "<struct>.<field>" for a lock field (leading
 * underscores of the struct tag dropped), the name of a global, or NULL
 * for a lock the program cannot name across functions (a local, a bare
 * parameter). Allocated in `mem`. */
const char *summary_lock_class(const ir_path *p, arena *mem);

/* Does the guarded fact apply to this call as far as its arguments tell?
 * Only a constant argument that contradicts the guard says no (the
 * caller's state is lock_analysis.c's business). */
int summary_guard_admits(const summary_guard *g, const ir_call *call);
/* Can `g` hold where the path it tests has the value `v`? */
int summary_guard_allows_value(const summary_guard *g, int64_t v);
/* Can `g` hold where the subject is known to compare with `value` as
 * `is_eq` states? 0 when the two contradict. */
int summary_guard_consistent(const summary_guard *g, int is_eq, int64_t value);
/* How the dataflow spells a test after its path in a subject's key and
 * display ("&128", ">=2"; "" for the value itself); `out` holds 40
 * bytes. */
void summary_test_suffix(uint8_t test, int64_t constant, char *out);
/* Same guard, or both absent. */
int summary_guard_equal(const summary_guard *a, const summary_guard *b);
/* Had the function let go of its caller's lock of this class when it took
 * the lock of use `u`? */
int summary_use_released(const summary_lock_use *u, const char *lock_class);
/* Is a hold of a lock taken as `kind` (api_kind) exclusive: one no other
 * thread can share (a spin lock, a mutex, an exclusive resource)? A hold
 * whose mode is not known (a resource through an annotation) is not. */
int summary_kind_is_exclusive(uint8_t kind);
/* The index of `lock_class` in `s`, or -1. */
int summary_held_find(const summary_held_set *s, const char *lock_class);
/* Adds a class (an exclusive hold makes it exclusive); `lock_class` must
 * outlive the set. Returns 0 when the set is full. */
int summary_held_add(summary_held_set *s, const char *lock_class,
                     uint8_t exclusive);
/* dst := the classes held in both, exclusive where both are. */
void summary_held_intersect(summary_held_set *dst, const summary_held_set *src);
/* Do two sets share a class that one of them holds exclusively (a gate:
 * two threads holding them cannot run there at once)? Returns that class,
 * or NULL. */
const char *summary_held_gate(const summary_held_set *a,
                              const summary_held_set *b);
/* "A (exclusive), B (shared)" */
void summary_held_dump(FILE *out, const summary_held_set *s);

/* Same facts (for the fixpoint over recursive functions). */
int summary_equal(const fn_summary *a, const fn_summary *b);

const char *summary_effect_name(summary_effect_kind kind);

/* --dump-summary */
void summary_dump(FILE *out, const fn_summary *s);

#endif
