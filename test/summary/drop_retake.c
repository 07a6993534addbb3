// A helper that releases the lock its caller holds and takes it back (NDIS
// drivers drop the lock around an indication): the release comes before any
// acquire of that lock in the helper, so the lock is the caller's. Its
// summary is "releases, then acquires": clean in a caller that holds the
// lock, a release of an unheld lock and a leak in one that does not.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %irqlint --dump-summary %s -- %wdk_amd64 | FileCheck %s --check-prefix=SUMMARY

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  ULONG Count;
} ADAPTER, *PADAPTER;

void Indicate(PADAPTER a);

void IndicateUnlocked(PADAPTER a) {
  NdisDprReleaseSpinLock(&a->Lock);
  Indicate(a);
  NdisDprAcquireSpinLock(&a->Lock);
}
// SUMMARY-LABEL: summary IndicateUnlocked
// SUMMARY-NEXT: releases a->Lock (argument 1) ndis-dpr by NdisDprReleaseSpinLock @[[@LINE-5]]:3
// SUMMARY-NEXT: acquires a->Lock (argument 1) ndis-dpr by NdisDprAcquireSpinLock @[[@LINE-4]]:3

MINIPORT_INTERRUPT_DPC HoldsIt;
VOID HoldsIt(NDIS_HANDLE h, PVOID d, PVOID r, PVOID n) {
  PADAPTER a = (PADAPTER)h;
  NdisDprAcquireSpinLock(&a->Lock);
  a->Count++;
  IndicateUnlocked(a);
  a->Count++;
  NdisDprReleaseSpinLock(&a->Lock);
}

MINIPORT_INTERRUPT_DPC DoesNotHoldIt;
VOID DoesNotHoldIt(NDIS_HANDLE h, PVOID d, PVOID r, PVOID n) {
  PADAPTER a = (PADAPTER)h;
  IndicateUnlocked(a);
  // CHECK: :[[@LINE-1]]:3: warning: 'a->Lock' is acquired by IndicateUnlocked but not released on every path out of 'DoesNotHoldIt' [lock-not-released]
  // CHECK-NEXT: :[[@LINE+4]]:1: note: returns here with 'a->Lock' held
  // CHECK-NEXT: :[[@LINE-22]]:3: note: 'IndicateUnlocked' acquires it here by NdisDprAcquireSpinLock
  // CHECK-NEXT: :[[@LINE-4]]:3: warning: 'a->Lock' is released by IndicateUnlocked but is not held on this path [lock-release-unheld]
  // CHECK-NEXT: :[[@LINE-26]]:3: note: 'IndicateUnlocked' releases it here by NdisDprReleaseSpinLock
}

// Still a bug: an acquire on some path comes before the release.
void ConditionalTake(PADAPTER a, BOOLEAN take) {
  if (take)
    NdisDprAcquireSpinLock(&a->Lock);
  a->Count++;
  NdisDprReleaseSpinLock(&a->Lock);
  // CHECK: :[[@LINE-1]]:3: warning: 'a->Lock' is released by NdisDprReleaseSpinLock but is not held on this path [lock-release-unheld]
}

// Dropped and taken back on one path only (pcidrv's MP_FREE_SEND_PACKET
// completes the request without the lock when there is one): the caller's
// lock is held on return either way, declared with _Requires_lock_held_ or
// not.
_Requires_lock_held_(a->Lock)
VOID FreeDeclared(PADAPTER a, BOOLEAN complete) {
  a->Count--;
  if (complete) {
    NdisDprReleaseSpinLock(&a->Lock);
    Indicate(a);
    NdisDprAcquireSpinLock(&a->Lock);
  }
}

VOID FreeInferred(PADAPTER a, BOOLEAN complete) {
  a->Count--;
  if (complete) {
    NdisDprReleaseSpinLock(&a->Lock);
    Indicate(a);
    NdisDprAcquireSpinLock(&a->Lock);
  }
}
// Held on return on every path (as its caller gave it, or taken back):
// it acquires, and maybe lets go in between.
// SUMMARY-LABEL: summary FreeInferred
// SUMMARY-NEXT: maybe releases a->Lock (argument 1) ndis-dpr by NdisDprReleaseSpinLock @[[@LINE-8]]:5
// SUMMARY-NEXT: acquires a->Lock (argument 1) ndis-dpr by NdisDprAcquireSpinLock @[[@LINE-7]]:5

MINIPORT_INTERRUPT_DPC FreesUnderLock;
VOID FreesUnderLock(NDIS_HANDLE h, PVOID d, PVOID r, PVOID n) {
  PADAPTER a = (PADAPTER)h;
  NdisDprAcquireSpinLock(&a->Lock);
  FreeDeclared(a, TRUE);
  FreeInferred(a, FALSE);
  NdisDprReleaseSpinLock(&a->Lock);
}

// A lock this routine took itself, dropped and taken back, is still its
// own to release.
MINIPORT_INTERRUPT_DPC RetakesItsOwn;
VOID RetakesItsOwn(NDIS_HANDLE h, PVOID d, PVOID r, PVOID n) {
  PADAPTER a = (PADAPTER)h;
  NdisDprAcquireSpinLock(&a->Lock);
  // CHECK: :[[@LINE-1]]:3: warning: 'a->Lock' is acquired by NdisDprAcquireSpinLock but not released on every path out of 'RetakesItsOwn' [lock-not-released]
  if (a->Count) {
    NdisDprReleaseSpinLock(&a->Lock);
    Indicate(a);
    NdisDprAcquireSpinLock(&a->Lock);
    // CHECK: :[[@LINE-1]]:5: warning: 'a->Lock' is acquired by NdisDprAcquireSpinLock but not released on every path out of 'RetakesItsOwn' [lock-not-released]
  }
}
