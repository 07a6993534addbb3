// Summary guards on fields: a helper that takes its spin locks only while
// a flag of its adapter is set (`if (a->Flags & ACTIVE)`) has that flag as
// the guard of its spin-lock use and IRQL requirement. A caller at DIRQL
// that has shown the flag clear -- by its own test, by clearing it, or by
// turning it on only after the call, as a start-up routine does -- does
// not use the lock; one that has not, does.
// RUN: not %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s %check_not
// RUN: %irqlint --dump-summary %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s --check-prefix=SUMMARY
// RUN: %irqlint --dump-state %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s --check-prefix=STATE
// RUN: %irqlint --dump-cfg %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s --check-prefix=CFG

#include <ndis.h>
#include <irqlint/annotations.h>

#define ADAPTER_ACTIVE 0x80000000
#define ADAPTER_PAUSED 0x00000004

typedef enum _ADAPTER_STATE { StateStopped, StateStarting, StateRunning } ADAPTER_STATE;

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK SendLock;
  NDIS_SPIN_LOCK RecvLock;
  ULONG Flags;
  ADAPTER_STATE State;
  ULONG LinkSpeed;
} ADAPTER, *PADAPTER;

// Locks only once the adapter is active (its DPC calls it then); the
// start-up routine calls it before.
BOOLEAN UpdateLink(PADAPTER a) {
  a->LinkSpeed = 100;
  if (a->Flags & ADAPTER_ACTIVE) {
    NdisDprAcquireSpinLock(&a->SendLock);
    NdisDprAcquireSpinLock(&a->RecvLock);
  }
  a->LinkSpeed++;
  if (a->Flags & ADAPTER_ACTIVE) {
    NdisDprReleaseSpinLock(&a->RecvLock);
    NdisDprReleaseSpinLock(&a->SendLock);
  }
  return TRUE;
}
// SUMMARY-LABEL: summary UpdateLink
// SUMMARY-NEXT: requires irql >= DISPATCH when a->Flags&2147483648 != 0 by NdisDprAcquireSpinLock @[[@LINE-11]]:5
// SUMMARY-NEXT: requires irql <= DISPATCH when a->Flags&2147483648 != 0 by NdisDprAcquireSpinLock @[[@LINE-12]]:5 (spin lock)
// SUMMARY-NEXT: touches a spin lock when a->Flags&2147483648 != 0 by NdisDprAcquireSpinLock @[[@LINE-13]]:5

// One test is enough when the branch goes straight to the lock.
VOID CountRunning(PADAPTER a) {
  if (a->State == StateRunning) {
    NdisDprAcquireSpinLock(&a->SendLock);
    a->LinkSpeed = 0;
    NdisDprReleaseSpinLock(&a->SendLock);
  }
}
// SUMMARY-LABEL: summary CountRunning
// SUMMARY: touches a spin lock when a->State == 2 by NdisDprAcquireSpinLock @[[@LINE-6]]:5

// A wrapper passes the guard on, in its own terms.
VOID RefreshLink(PADAPTER Adapter) { UpdateLink(Adapter); }
// SUMMARY-LABEL: summary RefreshLink
// SUMMARY: touches a spin lock when Adapter->Flags&2147483648 != 0 by UpdateLink @[[@LINE-2]]:38

// The start-up routine: turns the adapter on after the call.
KSYNCHRONIZE_ROUTINE StartSynchronized;
BOOLEAN StartSynchronized(PVOID Context) {
  PADAPTER a = (PADAPTER)Context;
  UpdateLink(a);
  a->Flags |= ADAPTER_ACTIVE;
  return TRUE;
}
// STATE-LABEL: function StartSynchronized
// STATE-NEXT: entry irql DIRQL
// STATE-NEXT: guarded a->Flags; after @[[@LINE-6]]:3 |= 0x80000000
// CFG-LABEL: function StartSynchronized
// CFG: e{{[0-9]+}}: assign a->Flags |= 2147483648 @[[@LINE-7]]:3

// Through the wrapper, and with more flags set at once.
IRQLINT_RUNS_AT_DIRQL
BOOLEAN StartThroughWrapper(PADAPTER a) {
  RefreshLink(a);
  a->Flags |= ADAPTER_ACTIVE | ADAPTER_PAUSED;
  return TRUE;
}

// A state machine's start: the state is not yet Running at the call.
IRQLINT_RUNS_AT_DIRQL
BOOLEAN StartRunning(PADAPTER a) {
  CountRunning(a);
  a->State = StateRunning;
  return TRUE;
}

// Cleared first, or tested clear.
IRQLINT_RUNS_AT_DIRQL
BOOLEAN PauseSynchronized(PADAPTER a) {
  a->Flags &= ~ADAPTER_ACTIVE;
  UpdateLink(a);
  return TRUE;
}
// CFG-LABEL: function PauseSynchronized
// CFG: e{{[0-9]+}}: assign a->Flags &= 2147483647 @[[@LINE-5]]:3

IRQLINT_RUNS_AT_DIRQL
BOOLEAN UpdateIfInactive(PADAPTER a) {
  if (!(a->Flags & ADAPTER_ACTIVE))
    UpdateLink(a);
  return TRUE;
}

// Negative cases below: each one reaches the spin lock.

// Nothing says the flag is clear.
IRQLINT_RUNS_AT_DIRQL
BOOLEAN UpdateAnyway(PADAPTER a) {
  UpdateLink(a);
  // CHECK: :[[@LINE-1]]:3: warning: 'UpdateLink' uses a spin lock and is called at DIRQL in 'UpdateAnyway' {{.*}} [lock-in-isr]
  // CHECK-NEXT: note: 'UpdateLink' calls NdisDprAcquireSpinLock here
  return TRUE;
}

// Tested set.
IRQLINT_RUNS_AT_DIRQL
BOOLEAN UpdateIfActive(PADAPTER a) {
  if (a->Flags & ADAPTER_ACTIVE)
    UpdateLink(a);
  // CHECK: :[[@LINE-1]]:5: warning: 'UpdateLink' uses a spin lock and is called at DIRQL in 'UpdateIfActive' {{.*}} [lock-in-isr]
  // CHECK-NEXT: note: 'UpdateLink' calls NdisDprAcquireSpinLock here
  return TRUE;
}

// Set first: the flag is on at the call.
IRQLINT_RUNS_AT_DIRQL
BOOLEAN ActivateThenUpdate(PADAPTER a) {
  a->Flags |= ADAPTER_ACTIVE;
  UpdateLink(a);
  // CHECK: :[[@LINE-1]]:3: warning: 'UpdateLink' uses a spin lock and is called at DIRQL in 'ActivateThenUpdate' {{.*}} [lock-in-isr]
  // CHECK-NEXT: note: 'UpdateLink' calls NdisDprAcquireSpinLock here
  return TRUE;
}

// Turned on after the call on one path only.
IRQLINT_RUNS_AT_DIRQL
BOOLEAN MaybeActivate(PADAPTER a, BOOLEAN Now) {
  UpdateLink(a);
  // CHECK: :[[@LINE-1]]:3: warning: 'UpdateLink' uses a spin lock and is called at DIRQL in 'MaybeActivate' {{.*}} [lock-in-isr]
  // CHECK-NEXT: note: 'UpdateLink' calls NdisDprAcquireSpinLock here
  if (Now)
    a->Flags |= ADAPTER_ACTIVE;
  return TRUE;
}

// The routine reads the flag between the call and the write: it expects
// either value.
IRQLINT_RUNS_AT_DIRQL
BOOLEAN ReadsBeforeActivating(PADAPTER a) {
  UpdateLink(a);
  // CHECK: :[[@LINE-1]]:3: warning: 'UpdateLink' uses a spin lock and is called at DIRQL in 'ReadsBeforeActivating' {{.*}} [lock-in-isr]
  // CHECK-NEXT: note: 'UpdateLink' calls NdisDprAcquireSpinLock here
  if (a->Flags & ADAPTER_PAUSED)
    a->LinkSpeed = 0;
  a->Flags |= ADAPTER_ACTIVE;
  return TRUE;
}

// A different bit turned on afterwards says nothing about this one.
IRQLINT_RUNS_AT_DIRQL
BOOLEAN PausesAfter(PADAPTER a) {
  UpdateLink(a);
  // CHECK: :[[@LINE-1]]:3: warning: 'UpdateLink' uses a spin lock and is called at DIRQL in 'PausesAfter' {{.*}} [lock-in-isr]
  // CHECK-NEXT: note: 'UpdateLink' calls NdisDprAcquireSpinLock here
  a->Flags |= ADAPTER_PAUSED;
  return TRUE;
}

// Already Running: the state stored before the call is that value.
IRQLINT_RUNS_AT_DIRQL
BOOLEAN RunThenCount(PADAPTER a) {
  a->State = StateRunning;
  CountRunning(a);
  // CHECK: :[[@LINE-1]]:3: warning: 'CountRunning' uses a spin lock and is called at DIRQL in 'RunThenCount' {{.*}} [lock-in-isr]
  // CHECK-NEXT: note: 'CountRunning' calls NdisDprAcquireSpinLock here
  return TRUE;
}
