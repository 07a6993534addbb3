// Lock wrappers: a function that takes (or drops) a lock of its caller's on
// every path is summarized, not reported, and the balance rules fire at the
// call sites that misuse it: leaking through a wrapper, double acquire and
// double release through wrappers, and a role-typed callback (called by the
// system) that leaks through one. An inconsistent wrapper is reported
// inside; a try wrapper holds the lock where its result is tested.
// RUN: not %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  KSPIN_LOCK StatsLock;
  ULONG Count;
} ADAPTER, *PADAPTER;

void Work(PADAPTER a);

// Balanced wrappers: no findings inside, none in a balanced caller.
void LockAdapter(PADAPTER a) { NdisAcquireSpinLock(&a->Lock); }
void UnlockAdapter(PADAPTER a) { NdisReleaseSpinLock(&a->Lock); }

// Through a local copy of the parameter, and through a pointer to the lock.
void LockThroughContext(PVOID Context) {
  PADAPTER adapter = (PADAPTER)Context;
  NdisAcquireSpinLock(&adapter->Lock);
}
void UnlockStats(PKSPIN_LOCK Lock, KIRQL Old) { KeReleaseSpinLock(Lock, Old); }
KIRQL LockStats(PKSPIN_LOCK Lock) {
  KIRQL old;
  KeAcquireSpinLock(Lock, &old);
  return old;
}

void Balanced(PADAPTER a) {
  LockAdapter(a);
  a->Count++;
  UnlockAdapter(a);
  LockThroughContext(a);
  UnlockAdapter(a);
  KIRQL old = LockStats(&a->StatsLock);
  UnlockStats(&a->StatsLock, old);
}

void LeakThroughWrapper(PADAPTER a, BOOLEAN fail) {
  LockAdapter(a);
  // CHECK: :[[@LINE-1]]:3: warning: 'a->Lock' is acquired by LockAdapter but not released on every path out of 'LeakThroughWrapper' [lock-not-released]
  // CHECK-NEXT: :[[@LINE+3]]:5: note: returns here with 'a->Lock' held
  // CHECK-NEXT: :[[@LINE-29]]:32: note: 'LockAdapter' acquires it here by NdisAcquireSpinLock
  if (fail)
    return;
  UnlockAdapter(a);
}

void DoubleAcquireThroughWrapper(PADAPTER a) {
  NdisAcquireSpinLock(&a->Lock);
  LockAdapter(a);
  // CHECK: :[[@LINE-1]]:3: warning: 'a->Lock' is acquired by LockAdapter while already held (self-deadlock) [lock-double-acquire]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'a->Lock' acquired here
  // CHECK-NEXT: :[[@LINE-40]]:32: note: 'LockAdapter' acquires it here by NdisAcquireSpinLock
  UnlockAdapter(a);
}

void DoubleReleaseThroughWrapper(PADAPTER a) {
  LockAdapter(a);
  UnlockAdapter(a);
  UnlockAdapter(a);
  // CHECK: :[[@LINE-1]]:3: warning: 'a->Lock' is released by UnlockAdapter but is not held on this path [lock-release-unheld]
  // CHECK-NEXT: :[[@LINE-48]]:34: note: 'UnlockAdapter' releases it here by NdisReleaseSpinLock
}

// A callback the system calls holds no lock of a caller's: it must release
// everything, whatever its shape, and may not release what it never took.
MINIPORT_INTERRUPT_DPC MpDpc;
VOID MpDpc(NDIS_HANDLE Context, PVOID Dpc, PVOID Throttle, PVOID Reserved) {
  PADAPTER a = (PADAPTER)Context;
  LockAdapter(a);
  // CHECK: :[[@LINE-1]]:3: warning: 'a->Lock' is acquired by LockAdapter but not released on every path out of 'MpDpc' [lock-not-released]
  // CHECK-NEXT: :[[@LINE+3]]:1: note: returns here with 'a->Lock' held
  // CHECK-NEXT: :[[@LINE-60]]:32: note: 'LockAdapter' acquires it here by NdisAcquireSpinLock
  Work(a);
}

MINIPORT_HALT MpHalt;
VOID MpHalt(NDIS_HANDLE Context, NDIS_HALT_ACTION Action) {
  UnlockAdapter((PADAPTER)Context);
  // CHECK: :[[@LINE-1]]:3: warning: 'Context->Lock' is released by UnlockAdapter but is not held on this path [lock-release-unheld]
  // CHECK-NEXT: :[[@LINE-67]]:34: note: 'UnlockAdapter' releases it here by NdisReleaseSpinLock
}

// An inconsistent wrapper: it takes the lock, lets it go on one path for a
// reason its callers cannot see and keeps it on the other. Reported
// inside; its callers see the lock as maybe held and are not reported. (A
// routine that returns without the lock only on paths that never took it
// is an acquire routine: summary/acquire_routines.c.)
BOOLEAN AdapterIdle(PADAPTER a);
void SometimesLock(PADAPTER a, BOOLEAN busy) {
  NdisAcquireSpinLock(&a->Lock);
  // CHECK: :[[@LINE-1]]:3: warning: 'a->Lock' is acquired by NdisAcquireSpinLock but not released on every path out of 'SometimesLock' [lock-not-released]
  // CHECK-NEXT: :[[@LINE+6]]:1: note: returns here with 'a->Lock' held
  if (!AdapterIdle(a)) {
    NdisReleaseSpinLock(&a->Lock);
    return;
  }
  UNREFERENCED_PARAMETER(busy);
}
void CallsSometimesLock(PADAPTER a, BOOLEAN busy) {
  SometimesLock(a, busy);
  UnlockAdapter(a);
}

// A try wrapper: held where its result says so.
BOOLEAN TryLockStats(PADAPTER a) {
  return KeTryToAcquireSpinLockAtDpcLevel(&a->StatsLock);
}
void UsesTryWrapper(PADAPTER a) {
  if (TryLockStats(a)) {
    a->Count++;
    KeReleaseSpinLockFromDpcLevel(&a->StatsLock);
  }
}
void TryWrapperTwice(PADAPTER a) {
  if (TryLockStats(a)) {
    if (TryLockStats(a))
      // CHECK: :[[@LINE-1]]:9: warning: 'a->StatsLock' is acquired by TryLockStats while already held (self-deadlock) [lock-double-acquire]
      // CHECK-NEXT: :[[@LINE-3]]:7: note: 'a->StatsLock' acquired here
      // CHECK-NEXT: :[[@LINE-13]]:10: note: 'TryLockStats' acquires it here by KeTryToAcquireSpinLockAtDpcLevel
      a->Count++;
    KeReleaseSpinLockFromDpcLevel(&a->StatsLock);
  }
}
