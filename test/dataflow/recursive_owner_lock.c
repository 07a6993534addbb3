// Recursive locks built from a non-recursive one with an owner field and a
// hold count, as file systems and drivers write them, with no analysis
// assumptions: the lock is taken only when another thread (or none) owns
// it, and let go only when the count comes back to zero. Read edge by
// edge, the count test may fail on the path that took the lock, which
// then stays held (and the IRQL raised) after a balanced pair. The owner
// test and the count test are read as one recursive acquire and its
// release: no finding for a pair, nested pairs, either form of the count
// test or of the current thread; a path that locks and returns without
// unlocking, and PASSIVE-only work between lock and unlock, still are.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %irqlint --dump-cfg %s -- %wdk_amd64 | FileCheck %s --check-prefix=CFG
// RUN: %irqlint --dump-state %s -- %wdk_amd64 | FileCheck %s --check-prefix=STATE

#include <ntddk.h>

typedef struct _OBJ_LOCK {
  FAST_MUTEX Mutex;
  PETHREAD Owner;
  ULONG Depth;
} OBJ_LOCK, *POBJ_LOCK;

typedef struct _OBJECT {
  OBJ_LOCK Lock;
  ULONG Generation;
  UNICODE_STRING Name;
} OBJECT, *POBJECT;

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS ObjRefreshName(POBJECT Obj);

// clang-format off
#define ObjLock(O) {                                                   \
    PETHREAD Self = PsGetCurrentThread();                              \
    if ((O)->Lock.Owner != Self) {                                     \
        ExAcquireFastMutex(&(O)->Lock.Mutex);                          \
        (O)->Lock.Owner = Self;                                        \
    }                                                                  \
    (O)->Lock.Depth += 1;                                              \
}
#define ObjUnlock(O) {                                                 \
    (O)->Lock.Depth -= 1;                                              \
    if ((O)->Lock.Depth == 0) {                                        \
        (O)->Lock.Owner = NULL;                                        \
        ExReleaseFastMutex(&(O)->Lock.Mutex);                          \
    }                                                                  \
}
// clang-format on

// A pair, then work that needs PASSIVE_LEVEL: the mutex is not held there.
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS ObjBumpAndRefresh(POBJECT Obj) {
  ObjLock(Obj);
  Obj->Generation++;
  ObjUnlock(Obj);
  return ObjRefreshName(Obj);
}
// CFG-LABEL: function ObjBumpAndRefresh
// CFG: assign Self = <result of e{{[0-9]+}}> (current thread)
// CFG-NEXT: branch (Obj->Lock.Owner == current thread)
// CFG: assign Obj->Lock.Owner = Self (current thread)
// CFG: assign Obj->Lock.Depth -= 1
// CFG-NEXT: branch (Obj->Lock.Depth)
// The way where the thread owns the lock already holds it from outside.
// STATE-LABEL: function ObjBumpAndRefresh
// STATE: {Obj->Lock.Mutex fast-mutex saved {{.*}} outer}

// The same lock taken twice in one function: the inner pair takes and
// lets go of one level only, and the thread is the owner there.
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS ObjRename(POBJECT Obj) {
  ObjLock(Obj);
  ObjLock(Obj);
  Obj->Generation++;
  ObjUnlock(Obj);
  Obj->Generation++;
  ObjUnlock(Obj);
  return ObjRefreshName(Obj);
}
// STATE-LABEL: function ObjRename
// STATE: {Obj->Lock.Mutex fast-mutex @[[#@LINE-9]]:3 saved {{.*}} x2}

// A pair in a loop: one way of the owner test comes round to the other
// only through the test again.
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS ObjAge(POBJECT Obj) {
  while (Obj->Generation < 16) {
    ObjLock(Obj);
    Obj->Generation++;
    ObjUnlock(Obj);
  }
  return ObjRefreshName(Obj);
}

// Locked, and on an error path returned without the unlock.
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS ObjCheck(POBJECT Obj) {
  ObjLock(Obj);
  // CHECK: :[[@LINE-1]]:3: warning: fast mutex 'Obj->Lock.Mutex' is acquired by ExAcquireFastMutex but not released on every path out of 'ObjCheck' [lock-not-released]
  if (Obj->Generation == 0)
    return STATUS_INVALID_PARAMETER;
  ObjUnlock(Obj);
  return STATUS_SUCCESS;
}

// PASSIVE-only work under the lock: at APC_LEVEL.
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS ObjRefreshLocked(POBJECT Obj) {
  NTSTATUS Status;
  ObjLock(Obj);
  Status = ObjRefreshName(Obj);
  // CHECK: :[[@LINE-1]]:12: warning: ObjRefreshName requires IRQL <= PASSIVE_LEVEL (by its annotations), but here the IRQL is APC_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'Obj->Lock.Mutex' acquired here by ExAcquireFastMutex, raising the IRQL to APC_LEVEL
  ObjUnlock(Obj);
  return Status;
}

// A recursive spin lock written out in a driver's routines, the owner
// compared with KeGetCurrentThread() itself and the count tested as it
// goes down (`--Count == 0`).
typedef struct _QUEUE {
  KSPIN_LOCK SpinLock;
  KIRQL OldIrql;
  PKTHREAD Owner;
  LONG Count;
  LIST_ENTRY Items;
} QUEUE, *PQUEUE;

_IRQL_requires_(PASSIVE_LEVEL)
VOID QueueFlush(PQUEUE Queue) {
  if (Queue->Owner != KeGetCurrentThread()) {
    KeAcquireSpinLock(&Queue->SpinLock, &Queue->OldIrql);
    Queue->Owner = KeGetCurrentThread();
  }
  Queue->Count++;
  InitializeListHead(&Queue->Items);
  if (--Queue->Count == 0) {
    Queue->Owner = NULL;
    KeReleaseSpinLock(&Queue->SpinLock, Queue->OldIrql);
  }
  // PASSIVE_LEVEL again: the spin lock is not held here
  KeDelayExecutionThread(KernelMode, FALSE, NULL);
}
