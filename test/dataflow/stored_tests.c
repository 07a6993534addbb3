// Tests the analysis reads through a switch or a stored result.
// - A switch on a value with constant labels is a chain of == tests: each
//   case knows the value (switch (KeGetCurrentIrql()) narrows the IRQL per
//   case; a switch on a parameter gives that parameter's fact).
// - `x = test` and `x = test ? A : B` with constant arms store a known
//   value on each way of the test, so `if (x)` later goes the way the test
//   went (an IRQL test kept in a flag).
// - A loop through many lock routines whose locks the function cannot name
//   (each an IRQL raise kept on a bounded stack) settles. Declared to
//   return raised, such a routine is a wrapper, not a leak.
// - A test of an IRQL that is only assumed (nothing states the entry IRQL)
//   keeps it assumed: it proves nothing about the code after it, no
//   finding rests on it, and what a branch of it needs is no requirement
//   on the callers; joined back over the whole assumption it is as if
//   untested.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %irqlint --dump-summary %s -- %wdk_amd64 | FileCheck %s --check-prefix=SUMMARY

#include <ndis.h>

_IRQL_requires_(PASSIVE_LEVEL) VOID PassiveOnly(VOID);
VOID QueueWork(VOID);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID BySwitch(VOID) {
  switch (KeGetCurrentIrql()) {
  case PASSIVE_LEVEL:
    PassiveOnly();
    break;
  case APC_LEVEL:
    PassiveOnly();
    // CHECK: :[[@LINE-1]]:5: warning: PassiveOnly requires IRQL <= PASSIVE_LEVEL (by its annotations), but here the IRQL is APC_LEVEL [irql-too-high]
    break;
  default:
    QueueWork();
    break;
  }
}

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID ByStoredCondition(VOID) {
  KIRQL Irql = KeGetCurrentIrql();
  BOOLEAN UseWorkItem = (Irql > PASSIVE_LEVEL) ? TRUE : FALSE;
  if (UseWorkItem)
    QueueWork();
  else
    PassiveOnly();
}

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID ByStoredComparison(VOID) {
  BOOLEAN AtPassive;
  AtPassive = KeGetCurrentIrql() == PASSIVE_LEVEL;
  if (!AtPassive)
    QueueWork();
  else
    PassiveOnly();
}

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID ByStoredComparisonWrongWay(VOID) {
  BOOLEAN AtPassive = KeGetCurrentIrql() == PASSIVE_LEVEL;
  if (AtPassive)
    QueueWork();
  else
    PassiveOnly();
  // CHECK: :[[@LINE-1]]:5: warning: PassiveOnly requires IRQL <= PASSIVE_LEVEL (by its annotations), but here the IRQL is APC_LEVEL to DISPATCH_LEVEL [irql-too-high]
}

typedef struct _RING {
  NDIS_SPIN_LOCK Locks[6];
} RING, *PRING;
PRING RingOf(PVOID Adapter);
_IRQL_raises_(DISPATCH_LEVEL) VOID Lock0(PVOID A) { NdisAcquireSpinLock(&RingOf(A)->Locks[0]); }
_IRQL_raises_(DISPATCH_LEVEL) VOID Lock1(PVOID A) { NdisAcquireSpinLock(&RingOf(A)->Locks[1]); }
_IRQL_raises_(DISPATCH_LEVEL) VOID Lock2(PVOID A) { NdisAcquireSpinLock(&RingOf(A)->Locks[2]); }
_IRQL_raises_(DISPATCH_LEVEL) VOID Lock3(PVOID A) { NdisAcquireSpinLock(&RingOf(A)->Locks[3]); }
_IRQL_raises_(DISPATCH_LEVEL) VOID Lock4(PVOID A) { NdisAcquireSpinLock(&RingOf(A)->Locks[4]); }
_IRQL_raises_(DISPATCH_LEVEL) VOID Lock5(PVOID A) { NdisAcquireSpinLock(&RingOf(A)->Locks[5]); }
VOID TakeMany(PVOID A, ULONG n) {
  while (n--) {
    if (n & 1)
      Lock0(A);
    if (n & 2)
      Lock1(A);
    if (n & 4)
      Lock2(A);
    if (n & 8)
      Lock3(A);
    if (n & 16)
      Lock4(A);
    if (n & 32)
      Lock5(A);
  }
}

// A logging helper's defensive test: the assumed IRQL stays assumed on
// both ways, so neither the failed branch nor the code after the join
// reports; callers still must be at PASSIVE_LEVEL for the call after it.
VOID LogThenWork(VOID) {
  if (KeGetCurrentIrql() == PASSIVE_LEVEL)
    PassiveOnly();
  else
    QueueWork();
  PassiveOnly();
}
// SUMMARY-LABEL: summary LogThenWork
// SUMMARY-NEXT: requires irql <= PASSIVE by PassiveOnly @[[@LINE-3]]:3

// At DISPATCH_LEVEL or above it defers; below, the call needs PASSIVE_LEVEL
// (APC_LEVEL would be a bug): a requirement with a hole no bound states,
// so none is stated.
VOID DeferAboveDispatch(VOID) {
  if (KeGetCurrentIrql() >= DISPATCH_LEVEL) {
    QueueWork();
    return;
  }
  PassiveOnly();
}
// SUMMARY-LABEL: summary DeferAboveDispatch
// SUMMARY-NOT: requires
// SUMMARY: summary ByWaitingAcquire

// The result of an acquire that waits (Wait = TRUE) is TRUE: stored in a
// flag that the cleanup tests, the flag is known set.
typedef struct _DCB {
  ERESOURCE MainResource;
  ULONG Ref;
} DCB, *PDCB;
NTSTATUS WorkOn(PDCB Dcb);
NTSTATUS ByWaitingAcquire(PDCB Dcb) {
  BOOLEAN Acquired = FALSE;
  NTSTATUS Status;
  __try {
    Acquired = ExAcquireResourceExclusiveLite(&Dcb->MainResource, TRUE);
    Status = WorkOn(Dcb);
  } __finally {
    if (Acquired)
      ExReleaseResourceLite(&Dcb->MainResource);
  }
  return Status;
}
NTSTATUS ByWaitingAcquireLeak(PDCB Dcb) {
  BOOLEAN Acquired;
  Acquired = ExAcquireResourceExclusiveLite(&Dcb->MainResource, TRUE);
  // CHECK: :[[@LINE-1]]:14: warning: executive resource 'Dcb->MainResource' is acquired by ExAcquireResourceExclusiveLite but not released on every path out of 'ByWaitingAcquireLeak' [lock-not-released]
  if (Acquired && Dcb->Ref)
    ExReleaseResourceLite(&Dcb->MainResource);
  return STATUS_SUCCESS;
  // CHECK-NEXT: :[[@LINE-1]]:3: note: returns here with 'Dcb->MainResource' held
}
