// A callee that lets go of its caller's lock, named through a parameter
// (`Cleanup(&R->Lock, Old, R)` releases `*Lock`), before it takes another
// lock adds no order edge from the caller's lock: the summary's lock use
// says "after releasing *Lock (argument 1)", and at the call the argument
// names R->Lock. A callee that takes the other lock first still does.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %irqlint --dump-summary %s -- %wdk_amd64 | FileCheck %s --check-prefix=SUMMARY

#include <ntddk.h>

typedef struct _REASM {
  KSPIN_LOCK Lock;
  LIST_ENTRY ListEntry;
} REASM, *PREASM;
KSPIN_LOCK ReasmListLock;
LIST_ENTRY ReasmList;

VOID RemoveReasm(PREASM R) {
  KIRQL Old;
  KeAcquireSpinLock(&ReasmListLock, &Old);
  RemoveEntryList(&R->ListEntry);
  KeReleaseSpinLock(&ReasmListLock, Old);
}

VOID Cleanup(PKSPIN_LOCK Lock, KIRQL OldIrql, PREASM R) {
  KeReleaseSpinLock(Lock, OldIrql);
  RemoveReasm(R);
}
// SUMMARY-LABEL: summary Cleanup
// SUMMARY: takes ReasmListLock after releasing *Lock (argument 1) by RemoveReasm

VOID Process(PREASM R, BOOLEAN Fail) {
  KIRQL Old;
  KeAcquireSpinLock(&R->Lock, &Old);
  if (Fail) {
    Cleanup(&R->Lock, Old, R);
    return;
  }
  KeReleaseSpinLock(&R->Lock, Old);
}

// The other order, taken while holding the list lock.
VOID Timeout(VOID) {
  PLIST_ENTRY e;
  KIRQL Old;
  KeAcquireSpinLock(&ReasmListLock, &Old);
  for (e = ReasmList.Flink; e != &ReasmList; e = e->Flink) {
    PREASM R = CONTAINING_RECORD(e, REASM, ListEntry);
    KeAcquireSpinLockAtDpcLevel(&R->Lock);
    KeReleaseSpinLockFromDpcLevel(&R->Lock);
  }
  KeReleaseSpinLock(&ReasmListLock, Old);
}

// Takes the list lock before it lets go of the caller's: an edge.
VOID CleanupLate(PKSPIN_LOCK Lock, KIRQL OldIrql, PREASM R) {
  RemoveReasm(R);
  KeReleaseSpinLock(Lock, OldIrql);
}
VOID ProcessLate(PREASM R) {
  KIRQL Old;
  KeAcquireSpinLock(&R->Lock, &Old);
  CleanupLate(&R->Lock, Old, R);
  // CHECK: :[[@LINE-1]]:3: warning: 'ReasmListLock' is acquired while 'REASM.Lock' is held, but the program also takes these locks in the opposite order {{.*}} [lock-order-inversion]
}
