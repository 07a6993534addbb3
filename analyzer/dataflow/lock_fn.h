/* A function prepared for the lock analysis: its CFG plus, for every call
 * event the analysis cares about, the operation it performs (from the API
 * model) and the IRQL its callee requires (from the model and the callee's
 * annotations), with the lock and the OldIrql storage interned into small
 * per-function tables.
 *
 * Locks are identified by their normalized access path (cfg.h): &a->Lock,
 * &(a)->Lock and &(*a).Lock are one lock; an NDIS_SPIN_LOCK and its inner
 * SpinLock are one lock; an in-stack queued lock is reached through its
 * KLOCK_QUEUE_HANDLE. A path through a local pointer that holds a value
 * loaded from another path (`Ext = Dev->Extension`, the local's only
 * write) is that path's lock where nothing on the loaded path was written
 * since the load (`Ext->Lock` is `Dev->Extension->Lock`): see aliases in
 * lock_fn.c. */
#ifndef IRQLINT_LOCK_FN_H
#define IRQLINT_LOCK_FN_H

#include "../../rules/api_model.h"
#include "../../rules/irql_facts.h"
#include "../cfg/cfg.h"
#include "lockstate.h"
#include "summary.h"

#define LOCK_NONE UINT16_MAX

/* An entry of the lock table or the OldIrql-slot table. */
typedef struct path_entry {
  const char *key;       /* identity */
  const char *display;   /* C spelling for messages: a->Lock */
  ir_path path;          /* the path itself (lock classes, summaries) */
  uint8_t acquired_here; /* locks: some acquire in this function (or a
                            callee acquiring for it) names it */
  uint8_t returned_held; /* locks: the function returns holding it by
                            design (a wrapper's summary says so) */
  uint8_t held_by_role;  /* locks: the function's role has the system call
                            it holding this lock (ROLE_HOLDS) */
  /* locks: the function drops and takes back its caller's lock: some
   * path releases it before any take, and every acquire of it follows, on
   * every path, a release since the last take -- but a try-acquire of a
   * resource the caller's hold still covers, a conversion attempt
   * (lock_fn_build) */
  uint8_t held_by_caller;
  uint8_t caller_hold_kind; /* api_kind of its first take (a retake, or a
                               try): how the analysis starts it held */
  /* locks reached through a pointer variable (`Child->Lock`): the lock it
   * still is once that variable is given another value while the lock is
   * held (`Child` moves to the next element of a list): a lock no name in
   * the function reaches any more (LOCK_NONE: none) */
  uint16_t stale_twin;
  uint8_t stale; /* this entry is such a twin */
  /* locks whose path goes out to another struct and back through its
   * back pointer (`Pdo->Vde->Pdo->ChildLock`): the lock the path reaches
   * when the trip is taken as returning to the owner (`Pdo->ChildLock`),
   * else LOCK_NONE (path_without_round_trip) */
  uint16_t round_trip;
  /* a local's spelling a held lock is renamed to when the path it was
   * acquired as stops naming it (aliases): that lock, else LOCK_NONE */
  uint16_t renamed_from;
  /* locks: summary_lock_class of the path, once asked (lock_fn_lock_class) */
  uint8_t class_known;
  const char *lock_class;
} path_entry;

typedef struct lock_op {
  const ir_event *event;
  const cfg_block *block;
  const api_routine *row; /* the row whose argument layout was used; for a
                             callee the model does not know, a CALL row */
  const char *written;    /* routine name as written in the source */
  uint8_t op;             /* api_op */
  uint8_t kind;           /* api_kind, from the name as written */
  uint16_t lock;          /* LOCK_NONE when the lock cannot be named */
  /* the lock as the call spells it when that is not how `lock` is
   * spelled (through a local that aliases its path), else NULL: what
   * messages print at this call */
  const char *spelled;
  uint16_t slot;         /* OldIrql storage (or queue handle), LOCK_NONE */
  uint16_t restore_slot; /* a release or lower whose IRQL argument is
                            loaded from a slot: that slot, else LOCK_NONE */
  /* what the callee requires of the current IRQL */
  uint8_t has_irql_bounds;
  uint8_t irql_min, irql_max;       /* irql_level */
  uint8_t bounds_from_annotation;   /* the callee's SAL annotations narrowed
                                       (or gave) the bounds */
  uint8_t has_raises_to, raises_to; /* callee annotated _IRQL_raises_(X),
                                       or its summary returns at X */
  uint8_t raises_when; /* lock_condition of a _When_(…, _IRQL_raises_(X)):
                          ALWAYS (0), or on the result's success */
  uint8_t bounds_from_summary; /* the bounds are what the callee's body
                                  requires (summary->min_at/max_at) */
  /* the callee's documented IRQL (irql_facts.def), for a callee the model
   * does not describe and the program does not define, else NULL: its
   * bounds when no annotation states them */
  const irql_fact *documented;
  const ir_fn_decl *callee; /* its declarations, or NULL */
  /* A call of a summarized or lock-annotated function is a CALL op (its
   * IRQL bounds, `summary`) followed through `next` by the lock effects
   * the callee has on the caller, each marked `effect`. */
  const fn_summary *summary;
  struct lock_op *next;
  uint8_t effect;                   /* one of a callee's lock effects */
  const summary_witness *effect_at; /* where the callee does it, or NULL */
  uint8_t maybe; /* an effect on some of the callee's paths only */
  /* a release on behalf of the thread that took the lock
   * (ExReleaseResourceForThreadLite, or a callee's release effect some
   * path of which is one) */
  uint8_t for_thread;
  uint8_t keeps_irql;      /* an annotated effect: IRQL left alone */
  uint8_t requires_unheld; /* _Requires_lock_not_held_(lock) */
  uint8_t raise_with_lock; /* a raise (_IRQL_saves_…) by a routine that also
                              acquires a lock for its caller */
  uint8_t returns_nonzero; /* an acquire that waits, and so returns TRUE
                              (ExAcquireResourceExclusiveLite(R, TRUE)) */
  uint8_t returns_success; /* an acquire that waits with no timeout, and so
                              returns STATUS_SUCCESS (0): KeWaitFor…(m, …,
                              NULL), WdfWaitLockAcquire(l, NULL) */
  /* an effect the callee has only where it returns when_value (or, with
   * when_is_eq 0, anything else): a summary_effect.when_returns, or a
   * `_When_(return != 0, _Releases_lock_(l))`; `maybe` is set too, for a
   * state the call does not split */
  uint8_t when_returns, when_is_eq;
  int64_t when_value;
  /* the call's own op, when some of its effects have when_returns: the
   * values it splits its caller's state by, one path per outcome (== value,
   * or != value where outcome_is_eq is 0) */
  uint8_t outcome_count;
  uint8_t outcome_is_eq[SUMMARY_MAX_RETURN_VALUES];
  int64_t outcome_values[SUMMARY_MAX_RETURN_VALUES];
  uint8_t ends_path; /* the callee never returns (its summary) */
  uint8_t retake;    /* an acquire effect of a callee that released the same
                        lock before (a drop-and-retake helper) */
  /* a release no path from the entry reaches after an acquire of the same
   * lock in this function: the lock is its caller's (the function drops
   * it for a while, or is a release wrapper) */
  uint8_t releases_callers_lock;
  /* the callee uses a spin lock only under a guard this call's caller has
   * shown to be false (set per state on a copy: lock_analysis_summary.c) */
  uint8_t spin_lock_refuted;
  /* the routine completes a request and must not be called under a spin
   * lock (API_COMPLETES): its name as documented (IoCompleteRequest, also
   * where the header makes it a macro for IofCompleteRequest), else NULL */
  const char *completes;
} lock_op;

/* Where a call's target gets a summary of its own for the call's constant
 * arguments (program.c): `summary_for` returns it, or NULL for the
 * general one. `bindings` are the parameter values the function being
 * lowered is itself analyzed with (an argument that passes such a
 * parameter on is as constant as a literal). */
typedef struct lock_fn_specializer {
  const fn_summary *(*summary_for)(void *ctx, const cfg_function *caller,
                                   const summary_binding *bindings,
                                   uint16_t binding_count, const ir_call *call);
  /* an indirect call with several known targets: their common summary */
  const fn_summary *(*indirect_summary)(void *ctx, const ir_call *call);
  void *ctx;
  const summary_binding *bindings;
  uint16_t binding_count;
} lock_fn_specializer;

/* A held lock that a write renames (lock_fn_renames): the write changed
 * what the path of `from` designates, and the object that was locked is
 * still reached through a local that held the same pointer (`to`). */
typedef struct lock_rename {
  uint16_t from, to;
  uint8_t slot; /* an OldIrql slot's rename (a held lock's saved IRQL
                   storage inside the same object), not a lock's */
  struct lock_rename *next;
} lock_rename;

/* A local pointer that names another path for a while: its only write
 * gave it a value loaded from `value` (lock_fn.c: aliases). */
typedef struct lock_alias {
  ir_path local; /* the local itself (no steps) */
  ir_path value;
} lock_alias;

#define LOCK_ALIASES_MAX 64

typedef struct lock_fn {
  const cfg_function *cfg;
  const lock_fn_specializer *specializer; /* may be NULL */
  arena *mem;
  path_entry *locks;
  uint16_t lock_count, lock_cap;
  path_entry *slots;
  uint16_t slot_count, slot_cap;
  /* families of locks a call acquired without naming them
   * (KeWaitForMultipleObjects: kernel mutexes), bit per api_family */
  uint32_t unnamed_families;
  /* ops[event id] or NULL when the event does nothing to locks */
  lock_op **op_by_event;
  uint32_t event_count;
  /* local pointers that alias a path (at most LOCK_ALIASES_MAX) and, per
   * event id, the set of them (bit i: aliases[i]) that hold on every
   * path to the event; NULL when the function has none */
  lock_alias *aliases;
  uint16_t alias_count;
  uint64_t *aliases_valid;
  uint64_t valid_now; /* while lowering: the set at the event lowered */
  /* per event id: held locks its write renames, or NULL */
  lock_rename **renames;
  /* per block id: the aliases valid at its end, and those whose local was
   * written on every path to it; per block and successor index, the
   * renames on that edge (or NULL) */
  uint64_t *aliases_out;
  uint64_t *aliases_assigned;
  lock_rename ***edge_renames;
} lock_fn;

/* Builds the tables for fn in `mem`; lock_fn_release frees the growable
 * tables when the function is done. `summaries` (indexed by
 * cfg_function.id, may be NULL) give the effects of calls whose target is
 * defined in the program. */
lock_fn *lock_fn_build(cfg_function *fn, arena *mem,
                       const fn_summary *const *summaries,
                       const lock_fn_specializer *specializer);
void lock_fn_release(lock_fn *lf);

/* Name a routine as the user wrote it: the outermost macro of the call's
 * chain that the model knows, else the callee. */
const char *lock_fn_written_name(const ir_call *call);

const lock_op *lock_fn_op(const lock_fn *lf, const ir_event *ev);
/* The op of event `event_id` that names `lock` (a call may carry several
 * of a callee's lock effects) -- an acquire when `acquire`, else a
 * release, else any op naming it --, else the event's first op, or NULL. */
const lock_op *lock_fn_op_for_lock(const lock_fn *lf, uint32_t event_id,
                                   uint16_t lock, int acquire);
/* The renames event `ev` makes of held locks (its write changed a path
 * an alias stood for), or NULL. */
const lock_rename *lock_fn_renames(const lock_fn *lf, const ir_event *ev);
/* The lock class of lock `lock` (summary_lock_class: "ADAPTER.Lock", a
 * global's name, or NULL), computed once per lock; it lives as long as
 * `lf`. */
const char *lock_fn_lock_class(lock_fn *lf, uint16_t lock);

/* Is `op`, a callee's release effect, followed in the same call by an
 * effect taking the same lock back (a drop-and-retake helper)? */
int lock_op_retaken_in_call(const lock_op *op);

/* The renames of held locks on the edge from `block` to its successor
 * `succ_index` (an alias that holds at the end of `block` but not on every
 * path into the successor), or NULL. */
const lock_rename *lock_fn_edge_renames(const lock_fn *lf, uint32_t block,
                                        uint32_t succ_index);
/* The lock as op's call spells it (op->spelled, else its entry's name). */
const char *lock_fn_op_lock_name(const lock_fn *lf, const lock_op *op);
/* The id of a lock named outside any call (a lock annotation of the
 * function itself), added to the table if new. */
uint16_t lock_fn_intern_lock(lock_fn *lf, const ir_path *path);
/* Likewise for an OldIrql slot. */
uint16_t lock_fn_intern_slot(lock_fn *lf, const ir_path *path);
/* Does `release`, an op releasing `lock`, release what the caller holds?
 * When the function acquires the lock nowhere, or not before this release
 * on any path. */
int lock_fn_release_is_callers(const lock_fn *lf, uint16_t lock,
                               const lock_op *release);
const char *lock_fn_lock_name(const lock_fn *lf, uint16_t lock);
/* Does the op reach a spin-lock routine through its callee's body? */
int lock_op_summary_uses_spin_lock(const lock_op *op);
/* The lock `op` acquires (or an NdisInterlocked/ExInterlocked routine
 * takes inside, or a _Requires_lock_not_held_ callee requires unheld), if
 * `before` certainly holds it already and it cannot be taken again by its
 * holder (a spin lock, a fast or guarded mutex, an NDIS RW lock written):
 * the held entry, else NULL. A try-acquire is included (lock-double-acquire
 * reports it); `blocks` says whether the op waits forever there (an
 * acquire, not a try nor a contract). */
const held_lock *lock_op_takes_held(const lock_state *before, const lock_op *op,
                                    int *blocks);

#endif
