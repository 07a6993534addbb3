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
  API_OP_GET_IRQL     /* returns the current IRQL (KeGetCurrentIrql) */
} api_op;

/* How a lock was (or must be) taken. Releases must match the family and
 * the variant of the acquire (dpr-mismatch). */
#define API_KINDS(X)                                                           \
  X(NONE, "none", API_FAMILY_NONE, API_VARIANT_NONE)                           \
  X(NDIS, "ndis", API_FAMILY_NDIS, API_VARIANT_RAISING)                        \
  X(NDIS_DPR, "ndis-dpr", API_FAMILY_NDIS, API_VARIANT_AT_DPC)                 \
  X(KE, "ke", API_FAMILY_KE, API_VARIANT_RAISING)                              \
  X(KE_DPC, "ke-dpc", API_FAMILY_KE, API_VARIANT_AT_DPC)                       \
  X(KE_FOR_DPC, "ke-for-dpc", API_FAMILY_KE, API_VARIANT_FOR_DPC)              \
  X(QUEUED, "queued", API_FAMILY_QUEUED, API_VARIANT_RAISING)                  \
  X(QUEUED_DPC, "queued-dpc", API_FAMILY_QUEUED, API_VARIANT_AT_DPC)           \
  X(QUEUED_FOR_DPC, "queued-for-dpc", API_FAMILY_QUEUED, API_VARIANT_FOR_DPC)  \
  X(EX_EXCLUSIVE, "ex-exclusive", API_FAMILY_EX_EXCLUSIVE,                     \
    API_VARIANT_RAISING)                                                       \
  X(EX_EXCLUSIVE_DPC, "ex-exclusive-dpc", API_FAMILY_EX_EXCLUSIVE,             \
    API_VARIANT_AT_DPC)                                                        \
  X(EX_SHARED, "ex-shared", API_FAMILY_EX_SHARED, API_VARIANT_RAISING)         \
  X(EX_SHARED_DPC, "ex-shared-dpc", API_FAMILY_EX_SHARED, API_VARIANT_AT_DPC)  \
  X(NDIS_RW_READ, "ndis-rw-read", API_FAMILY_NDIS_RW, API_VARIANT_RAISING)     \
  X(NDIS_RW_WRITE, "ndis-rw-write", API_FAMILY_NDIS_RW, API_VARIANT_RAISING)   \
  X(NDIS_RW, "ndis-rw", API_FAMILY_NDIS_RW, API_VARIANT_RAISING)               \
  X(NDIS_RW_DPR, "ndis-rw-dpr", API_FAMILY_NDIS_RW, API_VARIANT_AT_DPC)        \
  X(WDF, "wdf", API_FAMILY_WDF, API_VARIANT_RAISING)                           \
  X(WDF_INTERRUPT, "wdf-interrupt", API_FAMILY_WDF_INTERRUPT,                  \
    API_VARIANT_RAISING)                                                       \
  X(INTERRUPT, "interrupt", API_FAMILY_INTERRUPT, API_VARIANT_RAISING)         \
  X(CANCEL, "cancel", API_FAMILY_CANCEL, API_VARIANT_RAISING)                  \
  X(IRQL, "irql", API_FAMILY_NONE, API_VARIANT_NONE)

typedef enum api_kind {
#define API_KIND_ENUM(name, text, family, variant) API_KIND_##name,
  API_KINDS(API_KIND_ENUM)
#undef API_KIND_ENUM
      API_KIND_COUNT
} api_kind;

typedef enum api_family {
  API_FAMILY_NONE,
  API_FAMILY_NDIS,
  API_FAMILY_KE,
  API_FAMILY_QUEUED,
  API_FAMILY_EX_EXCLUSIVE,
  API_FAMILY_EX_SHARED,
  API_FAMILY_NDIS_RW,
  API_FAMILY_WDF,
  API_FAMILY_WDF_INTERRUPT,
  API_FAMILY_INTERRUPT,
  API_FAMILY_CANCEL
} api_family;

typedef enum api_variant {
  API_VARIANT_NONE,
  API_VARIANT_RAISING, /* raises to DISPATCH (or DIRQL) and saves the IRQL */
  API_VARIANT_AT_DPC,  /* caller already at DISPATCH_LEVEL */
  API_VARIANT_FOR_DPC  /* raises only if needed (…ForDpc) */
} api_variant;

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

/* Does a constant argument pass the test? */
int api_arg_test_holds(api_arg_test test, int64_t value);
/* The conditions of a routine (in table order); *count is set. */
const api_irql_condition *api_model_conditions(const char *name,
                                               unsigned *count);

/* Returns the row for a routine name, or NULL. */
const api_routine *api_model_lookup(const char *name);
/* A project routine that does what modeled routine `like` does, with its
 * lock in argument `lock_arg` (-1: where `like` has it), from the
 * configuration; looked up before the table. Returns 0, or -1 when `like`
 * is not modeled. */
int api_model_add_routine(const char *name, const char *like, int lock_arg);
void api_model_clear_routines(void);
unsigned api_model_count(void);
const api_routine *api_model_at(unsigned i);

const char *api_kind_name(api_kind kind);
api_family api_kind_family(api_kind kind);
api_variant api_kind_variant(api_kind kind);

#endif
