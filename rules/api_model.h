/* The WDK API model: what each known routine does to spin locks and IRQL.
 *
 * The data lives in api_model.def, one row per routine; this header gives
 * the vocabulary the rows are written in and the lookup. Both the documented
 * names (KeAcquireSpinLock, NdisDprAcquireSpinLock) and what real headers
 * expand them to (KeAcquireSpinLockRaiseToDpc, KfAcquireSpinLock,
 * KeAcquireSpinLockAtDpcLevel on &(l)->SpinLock) have rows, so either shape
 * of the source is understood. */
#ifndef IRQLINT_API_MODEL_H
#define IRQLINT_API_MODEL_H

#include <stdint.h>

typedef enum api_op {
  API_OP_ACQUIRE,
  API_OP_RELEASE,
  API_OP_TRY_ACQUIRE, /* lock held when the result is non-zero */
  API_OP_INTERLOCKED, /* takes and drops the lock inside the call */
  API_OP_INIT,        /* initializes the lock object */
  API_OP_FREE,        /* NdisFreeSpinLock */
  API_OP_RAISE,       /* KeRaiseIrql & co */
  API_OP_LOWER,       /* KeLowerIrql & co */
  API_OP_NO_RETURN,   /* KeBugCheckEx: the path ends */
  API_OP_STALL,       /* busy-waits save_arg microseconds */
  API_OP_CALL,        /* no lock effect: the row states its IRQL bounds */
  API_OP_GET_IRQL,    /* returns the current IRQL (KeGetCurrentIrql) */
  API_OP_GET_THREAD,  /* returns the current thread (KeGetCurrentThread) */
  API_OP_ASSUME_HELD, /* _Analysis_assume_lock_held_: a fact, no action */
  API_OP_ASSUME_NOT_HELD,
  API_OP_TRY_CONVERT, /* a shared hold made exclusive when it returns
                         non-zero (ExTryConvertSharedSpinLockExclusive) */
  /* doubly linked lists: whether the list whose head argument 0 points at
   * is empty (IsListEmpty: its Flink is the head itself), and an insert
   * that leaves it not empty (InsertHeadList) */
  API_OP_LIST_IS_EMPTY,
  API_OP_LIST_INSERT
} api_op;

/* How a lock was (or must be) taken, one row per kind:
 *   X(name, token, family, variant, mode, traits, noun)
 * Releases must match the family and the variant of the acquire, and a
 * shared acquire is not released as exclusive or the reverse (dpr-mismatch).
 * traits: API_SPIN, a spin lock (held at DISPATCH_LEVEL or above, the
 * processor busy-waits for it); API_RECURSIVE, the holder may take it again
 * (an executive resource, a critical region: nesting is not a deadlock);
 * API_NEEDS_NO_APCS, acquiring it needs normal kernel APCs disabled (a
 * resource, a push lock, the Unsafe mutexes); API_DISABLES_APCS, holding it
 * disables them (a region, a guarded or fast mutex, any spin lock).
 * noun: how messages name a lock of the kind ("fast mutex 'Vcb->Mutex'");
 * NULL for spin locks, whose messages name the lock alone. */
#define API_SPIN 1
#define API_RECURSIVE 2
#define API_NEEDS_NO_APCS 4
#define API_DISABLES_APCS 8
#define API_KINDS(X)                                                           \
  X(NONE, "none", API_FAMILY_NONE, API_VARIANT_NONE, API_MODE_ANY, 0, NULL)    \
  X(NDIS, "ndis", API_FAMILY_NDIS, API_VARIANT_RAISING, API_MODE_ANY,          \
    API_SPIN | API_DISABLES_APCS, NULL)                                        \
  X(NDIS_DPR, "ndis-dpr", API_FAMILY_NDIS, API_VARIANT_AT_DPC, API_MODE_ANY,   \
    API_SPIN | API_DISABLES_APCS, NULL)                                        \
  X(KE, "ke", API_FAMILY_KE, API_VARIANT_RAISING, API_MODE_ANY,                \
    API_SPIN | API_DISABLES_APCS, NULL)                                        \
  X(KE_DPC, "ke-dpc", API_FAMILY_KE, API_VARIANT_AT_DPC, API_MODE_ANY,         \
    API_SPIN | API_DISABLES_APCS, NULL)                                        \
  X(KE_FOR_DPC, "ke-for-dpc", API_FAMILY_KE, API_VARIANT_FOR_DPC,              \
    API_MODE_ANY, API_SPIN | API_DISABLES_APCS, NULL)                          \
  X(QUEUED, "queued", API_FAMILY_QUEUED, API_VARIANT_RAISING, API_MODE_ANY,    \
    API_SPIN | API_DISABLES_APCS, NULL)                                        \
  X(QUEUED_DPC, "queued-dpc", API_FAMILY_QUEUED, API_VARIANT_AT_DPC,           \
    API_MODE_ANY, API_SPIN | API_DISABLES_APCS, NULL)                          \
  X(QUEUED_FOR_DPC, "queued-for-dpc", API_FAMILY_QUEUED, API_VARIANT_FOR_DPC,  \
    API_MODE_ANY, API_SPIN | API_DISABLES_APCS, NULL)                          \
  X(EX_EXCLUSIVE, "ex-exclusive", API_FAMILY_EX_SPIN, API_VARIANT_RAISING,     \
    API_MODE_EXCLUSIVE, API_SPIN | API_DISABLES_APCS, NULL)                    \
  X(EX_EXCLUSIVE_DPC, "ex-exclusive-dpc", API_FAMILY_EX_SPIN,                  \
    API_VARIANT_AT_DPC, API_MODE_EXCLUSIVE, API_SPIN | API_DISABLES_APCS,      \
    NULL)                                                                      \
  X(EX_SHARED, "ex-shared", API_FAMILY_EX_SPIN, API_VARIANT_RAISING,           \
    API_MODE_SHARED, API_SPIN | API_DISABLES_APCS, NULL)                       \
  X(EX_SHARED_DPC, "ex-shared-dpc", API_FAMILY_EX_SPIN, API_VARIANT_AT_DPC,    \
    API_MODE_SHARED, API_SPIN | API_DISABLES_APCS, NULL)                       \
  X(NDIS_RW_READ, "ndis-rw-read", API_FAMILY_NDIS_RW, API_VARIANT_RAISING,     \
    API_MODE_ANY, API_SPIN | API_DISABLES_APCS, NULL)                          \
  X(NDIS_RW_WRITE, "ndis-rw-write", API_FAMILY_NDIS_RW, API_VARIANT_RAISING,   \
    API_MODE_ANY, API_SPIN | API_DISABLES_APCS, NULL)                          \
  X(NDIS_RW, "ndis-rw", API_FAMILY_NDIS_RW, API_VARIANT_RAISING, API_MODE_ANY, \
    API_SPIN | API_DISABLES_APCS, NULL)                                        \
  X(NDIS_RW_DPR, "ndis-rw-dpr", API_FAMILY_NDIS_RW, API_VARIANT_AT_DPC,        \
    API_MODE_ANY, API_SPIN | API_DISABLES_APCS, NULL)                          \
  X(WDF, "wdf", API_FAMILY_WDF, API_VARIANT_RAISING, API_MODE_ANY,             \
    API_SPIN | API_DISABLES_APCS, NULL)                                        \
  X(WDF_INTERRUPT, "wdf-interrupt", API_FAMILY_WDF_INTERRUPT,                  \
    API_VARIANT_RAISING, API_MODE_ANY, API_SPIN | API_DISABLES_APCS, NULL)     \
  X(INTERRUPT, "interrupt", API_FAMILY_INTERRUPT, API_VARIANT_RAISING,         \
    API_MODE_ANY, API_SPIN | API_DISABLES_APCS, NULL)                          \
  X(CANCEL, "cancel", API_FAMILY_CANCEL, API_VARIANT_RAISING, API_MODE_ANY,    \
    API_SPIN | API_DISABLES_APCS, NULL)                                        \
  X(IRQL, "irql", API_FAMILY_NONE, API_VARIANT_NONE, API_MODE_ANY, 0, NULL)    \
  X(FAST_MUTEX, "fast-mutex", API_FAMILY_FAST_MUTEX, API_VARIANT_RAISING,      \
    API_MODE_ANY, API_DISABLES_APCS, "fast mutex")                             \
  X(FAST_MUTEX_UNSAFE, "fast-mutex-unsafe", API_FAMILY_FAST_MUTEX,             \
    API_VARIANT_UNSAFE, API_MODE_ANY, API_NEEDS_NO_APCS, "fast mutex")         \
  X(GUARDED_MUTEX, "guarded-mutex", API_FAMILY_GUARDED_MUTEX,                  \
    API_VARIANT_PROTECTED, API_MODE_ANY, API_DISABLES_APCS, "guarded mutex")   \
  X(GUARDED_MUTEX_UNSAFE, "guarded-mutex-unsafe", API_FAMILY_GUARDED_MUTEX,    \
    API_VARIANT_UNSAFE, API_MODE_ANY, API_NEEDS_NO_APCS, "guarded mutex")      \
  X(RESOURCE_EXCLUSIVE, "resource-exclusive", API_FAMILY_RESOURCE,             \
    API_VARIANT_NONE, API_MODE_EXCLUSIVE, API_RECURSIVE | API_NEEDS_NO_APCS,   \
    "executive resource")                                                      \
  X(RESOURCE_SHARED, "resource-shared", API_FAMILY_RESOURCE, API_VARIANT_NONE, \
    API_MODE_SHARED, API_RECURSIVE | API_NEEDS_NO_APCS, "executive resource")  \
  /* taken by a routine that enters the critical region itself */              \
  X(RESOURCE_EXCLUSIVE_REGION, "resource-exclusive-region",                    \
    API_FAMILY_RESOURCE, API_VARIANT_NONE, API_MODE_EXCLUSIVE,                 \
    API_RECURSIVE | API_DISABLES_APCS, "executive resource")                   \
  X(RESOURCE_SHARED_REGION, "resource-shared-region", API_FAMILY_RESOURCE,     \
    API_VARIANT_NONE, API_MODE_SHARED, API_RECURSIVE | API_DISABLES_APCS,      \
    "executive resource")                                                      \
  X(RESOURCE, "resource", API_FAMILY_RESOURCE, API_VARIANT_NONE, API_MODE_ANY, \
    API_RECURSIVE, "executive resource")                                       \
  X(PUSH_LOCK_EXCLUSIVE, "push-lock-exclusive", API_FAMILY_PUSH_LOCK,          \
    API_VARIANT_NONE, API_MODE_EXCLUSIVE, API_NEEDS_NO_APCS, "push lock")      \
  X(PUSH_LOCK_SHARED, "push-lock-shared", API_FAMILY_PUSH_LOCK,                \
    API_VARIANT_NONE, API_MODE_SHARED, API_NEEDS_NO_APCS, "push lock")         \
  /* a minifilter's: FltAcquirePushLock… enter the critical region */          \
  X(PUSH_LOCK_EXCLUSIVE_REGION, "push-lock-exclusive-region",                  \
    API_FAMILY_PUSH_LOCK, API_VARIANT_NONE, API_MODE_EXCLUSIVE,                \
    API_DISABLES_APCS, "push lock")                                            \
  X(PUSH_LOCK_SHARED_REGION, "push-lock-shared-region", API_FAMILY_PUSH_LOCK,  \
    API_VARIANT_NONE, API_MODE_SHARED, API_DISABLES_APCS, "push lock")         \
  X(PUSH_LOCK, "push-lock", API_FAMILY_PUSH_LOCK, API_VARIANT_NONE,            \
    API_MODE_ANY, 0, "push lock")                                              \
  X(KMUTEX, "kmutex", API_FAMILY_KMUTEX, API_VARIANT_NONE, API_MODE_ANY,       \
    API_RECURSIVE | API_DISABLES_APCS, "mutex")                                \
  X(WDF_WAIT_LOCK, "wdf-wait-lock", API_FAMILY_WDF_WAIT_LOCK,                  \
    API_VARIANT_NONE, API_MODE_ANY, 0, "wait lock")                            \
  X(WDF_OBJECT_LOCK, "wdf-object-lock", API_FAMILY_WDF_OBJECT_LOCK,            \
    API_VARIANT_NONE, API_MODE_ANY, 0, "object lock")                          \
  X(CRITICAL_REGION, "critical-region", API_FAMILY_CRITICAL_REGION,            \
    API_VARIANT_NONE, API_MODE_ANY, API_RECURSIVE | API_DISABLES_APCS,         \
    "critical region")                                                         \
  X(GUARDED_REGION, "guarded-region", API_FAMILY_GUARDED_REGION,               \
    API_VARIANT_NONE, API_MODE_ANY, API_RECURSIVE | API_DISABLES_APCS,         \
    "guarded region")                                                          \
  X(LOCK_EXCLUSIVE, "lock-exclusive", API_FAMILY_ANNOTATED, API_VARIANT_NONE,  \
    API_MODE_EXCLUSIVE, 0, NULL)                                               \
  X(LOCK_SHARED, "lock-shared", API_FAMILY_ANNOTATED, API_VARIANT_NONE,        \
    API_MODE_SHARED, 0, NULL)

typedef enum api_kind {
#define API_KIND_ENUM(name, text, family, variant, mode, traits, noun)         \
  API_KIND_##name,
  API_KINDS(API_KIND_ENUM)
#undef API_KIND_ENUM
      API_KIND_COUNT
} api_kind;

typedef enum api_family {
  API_FAMILY_NONE,
  API_FAMILY_NDIS,
  API_FAMILY_KE,
  API_FAMILY_QUEUED,
  API_FAMILY_EX_SPIN, /* EX_SPIN_LOCK, shared or exclusive */
  API_FAMILY_NDIS_RW,
  API_FAMILY_WDF,
  API_FAMILY_WDF_INTERRUPT,
  API_FAMILY_INTERRUPT,
  API_FAMILY_CANCEL,
  API_FAMILY_FAST_MUTEX,
  API_FAMILY_GUARDED_MUTEX,
  API_FAMILY_RESOURCE, /* ERESOURCE */
  API_FAMILY_PUSH_LOCK,
  API_FAMILY_KMUTEX,
  API_FAMILY_WDF_WAIT_LOCK,
  API_FAMILY_WDF_OBJECT_LOCK,
  API_FAMILY_CRITICAL_REGION,
  API_FAMILY_GUARDED_REGION,
  /* named by a SAL lock annotation only: a lock whose kind is not known */
  API_FAMILY_ANNOTATED
} api_family;

typedef enum api_variant {
  API_VARIANT_NONE,
  API_VARIANT_RAISING,   /* raises to DISPATCH (or DIRQL) and saves the IRQL */
  API_VARIANT_AT_DPC,    /* caller already at DISPATCH_LEVEL */
  API_VARIANT_FOR_DPC,   /* raises only if needed (…ForDpc) */
  API_VARIANT_PROTECTED, /* disables kernel APCs itself (guarded mutex) */
  API_VARIANT_UNSAFE     /* the caller has disabled APCs (…Unsafe) */
} api_variant;

/* Shared and exclusive holds of a reader/writer lock. */
typedef enum api_mode {
  API_MODE_ANY, /* the lock has one mode, or the release takes either */
  API_MODE_EXCLUSIVE,
  API_MODE_SHARED
} api_mode;

/* Where the lock is named. */
typedef enum api_lock_form {
  API_LOCK_NONE,           /* the routine names no lock */
  API_LOCK_POINTER,        /* the argument points at the lock object */
  API_LOCK_HANDLE,         /* the argument's value is a handle (WDFSPINLOCK,
                              PKINTERRUPT) */
  API_LOCK_GLOBAL,         /* an implicit system lock (the I/O cancel lock) */
  API_LOCK_BY_QUEUE_HANDLE /* release names the KLOCK_QUEUE_HANDLE only */
} api_lock_form;

/* Where the IRQL before the acquire/raise is kept, or (for releases and
 * lowers) where the level to restore comes from. */
typedef enum api_save {
  API_SAVE_NONE,
  API_SAVE_IN_LOCK,      /* NDIS_SPIN_LOCK.OldIrql */
  API_SAVE_OUT_ARG,      /* *argument, e.g. KeAcquireSpinLock(l, &old) */
  API_SAVE_RETURN,       /* returned, e.g. old = KeAcquireSpinLockRaiseToDpc */
  API_SAVE_QUEUE_HANDLE, /* inside the KLOCK_QUEUE_HANDLE argument */
  API_SAVE_ARG_VALUE     /* release: the IRQL to restore is an argument */
} api_save;

typedef enum irql_level {
  IRQL_PASSIVE = 0,
  IRQL_APC = 1,
  IRQL_DISPATCH = 2,
  IRQL_DIRQL = 3,
  IRQL_HIGH = 4
} irql_level;

typedef enum api_irql_effect {
  API_IRQL_KEEP,        /* no change */
  API_IRQL_TO_APC,      /* raise to APC_LEVEL (a fast mutex) */
  API_IRQL_TO_DISPATCH, /* raise to DISPATCH_LEVEL */
  API_IRQL_TO_DIRQL,    /* raise to the device IRQL */
  API_IRQL_RESTORE,     /* back to the level saved by the acquire */
  API_IRQL_TO_ARGUMENT  /* to the level given by argument 0 (KeRaiseIrql,
                           KeLowerIrql and their Kf forms) */
} api_irql_effect;

typedef struct api_routine {
  const char *name;
  uint8_t op;              /* api_op */
  uint8_t kind;            /* api_kind */
  int8_t lock_arg;         /* argument index naming the lock, -1 if none */
  uint8_t lock_form;       /* api_lock_form */
  uint8_t save;            /* api_save */
  int8_t save_arg;         /* argument index for OUT_ARG/QUEUE_HANDLE/ARG_VALUE;
                             STALL rows: the duration in microseconds */
  uint8_t irql_min;        /* irql_level the caller must be at least at */
  uint8_t irql_max;        /* irql_level the caller must be at most at */
  uint8_t irql_effect;     /* api_irql_effect */
  const char *global_lock; /* API_LOCK_GLOBAL: the lock's name */
} api_routine;

/* A stricter maximum IRQL that applies when an argument has a given
 * value, as documented: KeWaitForSingleObject with a NULL Timeout (an
 * unbounded wait) only at <= APC_LEVEL; ExAllocatePoolWithTag with a paged
 * PoolType only at <= APC_LEVEL. Only constants are judged: an argument
 * whose value is not known leaves the routine's general bound. */
typedef enum api_arg_test {
  API_ARG_NULL,            /* the constant 0 / NULL */
  API_ARG_NONZERO,         /* a non-zero constant (TRUE) */
  API_ARG_PAGED_POOL_TYPE, /* a POOL_TYPE constant of a paged pool */
  API_ARG_POOL_FLAG_PAGED  /* POOL_FLAGS constant with POOL_FLAG_PAGED */
} api_arg_test;

typedef struct api_irql_condition {
  const char *name; /* routine */
  int8_t arg;
  uint8_t test;     /* api_arg_test */
  uint8_t irql_max; /* irql_level when the test holds */
} api_irql_condition;

/* When an acquire waits for its lock (api_model.def's API_WAITS rows):
 * only when argument `arg` passes `test`; otherwise it is `otherwise`, a
 * try-acquire or a maybe-acquire. */
typedef enum api_no_wait {
  API_NO_WAIT_TRY,  /* held when the routine returns non-zero */
  API_NO_WAIT_MAYBE /* the result does not say: maybe held */
} api_no_wait;

typedef struct api_wait_condition {
  const char *name;
  int8_t arg;
  uint8_t test;      /* api_arg_test */
  uint8_t otherwise; /* api_no_wait */
} api_wait_condition;

/* An acquire that returns STATUS_SUCCESS once it waited, when argument
 * `arg` passes `test` (arg -1: always): API_WAIT_SUCCEEDS rows. */
typedef struct api_wait_success {
  const char *name;
  int8_t arg;
  uint8_t test; /* api_arg_test */
} api_wait_success;

/* The API_WAIT_SUCCEEDS row of an acquire routine, or NULL. */
const api_wait_success *api_model_wait_success(const char *name);

/* The row that stands for `routine` when its first argument points to a
 * `record` (API_BY_OBJECT rows: KeWaitForSingleObject on a KMUTEX is
 * KeWaitForMutexObject), or NULL. */
const api_routine *api_model_by_object(const char *routine, const char *record);

/* The kind of lock `routine` may acquire without naming it
 * (API_ACQUIRES_UNNAMED rows), or API_KIND_NONE. */
api_kind api_model_acquires_unnamed(const char *routine);

/* Does the documentation of `routine` say that a function calling it
 * cannot be pageable code (API_NOT_FROM_PAGEABLE rows)? */
int api_model_not_from_pageable(const char *routine);

/* Does `routine` release a lock for a thread its arguments name, which
 * need not be the caller (API_RELEASES_FOR_THREAD rows)? */
int api_model_releases_for_thread(const char *routine);
/* Does the routine also enter (leave) the critical region, as
 * KeEnterCriticalRegion (KeLeaveCriticalRegion) does
 * (API_ENTERS_CRITICAL_REGION / API_LEAVES_CRITICAL_REGION rows)? */
int api_model_enters_critical_region(const char *routine);
int api_model_leaves_critical_region(const char *routine);
/* The zero-based format argument of a debug print routine (API_FORMAT
 * rows), or -1. */
int api_model_format_arg(const char *routine);

/* Does `routine` complete a request, so that it must not be called while
 * a spin lock is held (API_COMPLETES rows)? */
int api_model_completes(const char *routine);

/* Must the spin lock given to `routine` be used only with the
 * ExInterlockedXxxList routines (API_LOCK_ONLY_INTERLOCKED rows)? */
int api_model_lock_only_interlocked(const char *routine);

/* The kind of a lock of declared type `type` taken in `mode` (LOCK_TYPE
 * rows), or API_KIND_NONE when the type has no row. */
api_kind api_model_kind_of_type(const char *type, api_mode mode);

/* The wait condition of an acquire routine, or NULL. */
const api_wait_condition *api_model_wait_condition(const char *name);

/* Is `name` a macro that asserts (ASSERTION_MACRO rows, or a driver's own
 * named *_ASSERT): a call its body spells is its failure branch, and given
 * a false constant where it expands to nothing it ends the path? */
int api_model_is_assertion_macro(const char *name);

/* Does a constant argument pass the test? */
int api_arg_test_holds(api_arg_test test, int64_t value);
/* The conditions of a routine (in table order); *count is set. */
const api_irql_condition *api_model_conditions(const char *name,
                                               unsigned *count);

/* The row that acquires (`acquire`) or releases the implicit system lock
 * named `lock` (API_LOCK_GLOBAL), or NULL. */
const api_routine *api_model_global_lock_row(const char *lock, int acquire);

/* Returns the row for a routine name, or NULL. */
const api_routine *api_model_lookup(const char *name);
/* A project routine that does what modeled routine `like` does, with its
 * lock in argument `lock_arg` (-1: where `like` has it), from the
 * configuration; looked up before the table. Returns 0, or -1 when `like`
 * is not modeled. */
int api_model_add_routine(const char *name, const char *like, int lock_arg);
void api_model_clear_routines(void);
/* Is `row` one of the project's routines (api_model_add_routine)? */
int api_model_is_project_row(const api_routine *row);
unsigned api_model_count(void);
const api_routine *api_model_at(unsigned i);

const char *api_kind_name(api_kind kind);
api_family api_kind_family(api_kind kind);
api_variant api_kind_variant(api_kind kind);
api_mode api_kind_mode(api_kind kind);
/* Is a lock of this kind a spin lock (API_SPIN)? */
int api_kind_is_spin(api_kind kind);
/* May its holder take it again (API_RECURSIVE)? */
int api_kind_is_recursive(api_kind kind);
/* Does acquiring it need normal kernel APCs disabled (API_NEEDS_NO_APCS),
 * does holding it disable them (API_DISABLES_APCS)? */
int api_kind_needs_no_apcs(api_kind kind);
int api_kind_disables_apcs(api_kind kind);
/* The noun messages put before the lock's name, or NULL (spin locks). */
const char *api_kind_noun(api_kind kind);

#endif
