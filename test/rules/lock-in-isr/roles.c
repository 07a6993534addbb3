// lock-in-isr: interrupt-context functions by role type, _Function_class_
// and the IRQLINT_RUNS_AT_DIRQL annotation; a spin-lock routine called in
// one, directly or through a chain of one to three calls.
// RUN: not %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <ndis.h>
#include <wdf.h>
#include <irqlint/annotations.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  KSPIN_LOCK StatsLock;
  ULONG Count;
} ADAPTER, *PADAPTER;

MINIPORT_ISR MpIsr;
BOOLEAN MpIsr(NDIS_HANDLE Context, PBOOLEAN QueueDpc, PULONG Targets) {
  PADAPTER a = (PADAPTER)Context;
  NdisDprAcquireSpinLock(&a->Lock);
  // CHECK: :[[@LINE-1]]:3: warning: NdisDprAcquireSpinLock called at DIRQL in 'MpIsr' (its role MINIPORT_ISR): an ISR must not use spin locks; synchronize through NdisMSynchronizeWithInterruptEx, KeSynchronizeExecution or WdfInterruptAcquireLock instead [lock-in-isr]
  a->Count++;
  NdisDprReleaseSpinLock(&a->Lock);
  // CHECK: :[[@LINE-1]]:3: warning: NdisDprReleaseSpinLock called at DIRQL in 'MpIsr' {{.*}}[lock-in-isr]
  return TRUE;
}

// Chains: the finding is at the ISR's call, the notes walk down.
void CountOne(PADAPTER a) {
  KIRQL old;
  KeAcquireSpinLock(&a->StatsLock, &old);
  a->Count++;
  KeReleaseSpinLock(&a->StatsLock, old);
}
void CountTwo(PADAPTER a) { CountOne(a); }
void CountThree(PADAPTER a) {
  a->Count = 0;
  CountTwo(a);
}

_Function_class_(MINIPORT_DISABLE_INTERRUPT)
VOID MpDisableInterrupt(NDIS_HANDLE Context) {
  PADAPTER a = (PADAPTER)Context;
  CountOne(a);
  // CHECK: :[[@LINE-1]]:3: warning: 'CountOne' uses a spin lock and is called at DIRQL in 'MpDisableInterrupt' (its role MINIPORT_DISABLE_INTERRUPT): {{.*}} [lock-in-isr]
  // CHECK-NEXT: :[[@LINE-15]]:3: note: 'CountOne' calls KeAcquireSpinLock here
  CountTwo(a);
  // CHECK: :[[@LINE-1]]:3: warning: 'CountTwo' uses a spin lock and is called at DIRQL in 'MpDisableInterrupt' {{.*}} [lock-in-isr]
  // CHECK-NEXT: :[[@LINE-14]]:29: note: 'CountTwo' calls 'CountOne' here
  // CHECK-NEXT: :[[@LINE-19]]:3: note: 'CountOne' calls KeAcquireSpinLock here
  CountThree(a);
  // CHECK: :[[@LINE-1]]:3: warning: 'CountThree' uses a spin lock and is called at DIRQL in 'MpDisableInterrupt' {{.*}} [lock-in-isr]
  // CHECK-NEXT: :[[@LINE-15]]:3: note: 'CountThree' calls 'CountTwo' here
  // CHECK-NEXT: :[[@LINE-19]]:29: note: 'CountTwo' calls 'CountOne' here
  // CHECK-NEXT: :[[@LINE-24]]:3: note: 'CountOne' calls KeAcquireSpinLock here
}

// The user's annotation, for a routine registered in a way irqlint cannot
// see; WdfInterruptAcquireLock and KeAcquireInterruptSpinLock count too.
IRQLINT_RUNS_AT_DIRQL
BOOLEAN BusInterrupt(PVOID Context, WDFINTERRUPT Interrupt, PKINTERRUPT Kint) {
  KIRQL old = KeAcquireInterruptSpinLock(Kint);
  // CHECK: :[[@LINE-1]]:15: warning: KeAcquireInterruptSpinLock called at DIRQL in 'BusInterrupt' (its annotation IRQLINT_RUNS_AT_DIRQL): {{.*}} [lock-in-isr]
  KeReleaseInterruptSpinLock(Kint, old);
  // CHECK: :[[@LINE-1]]:3: warning: KeReleaseInterruptSpinLock called at DIRQL in 'BusInterrupt' {{.*}} [lock-in-isr]
  WdfInterruptAcquireLock(Interrupt);
  // CHECK: :[[@LINE-1]]:3: warning: WdfInterruptAcquireLock called at DIRQL in 'BusInterrupt' {{.*}} [lock-in-isr]
  WdfInterruptReleaseLock(Interrupt);
  // CHECK: :[[@LINE-1]]:3: warning: WdfInterruptReleaseLock called at DIRQL in 'BusInterrupt' {{.*}} [lock-in-isr]
  return TRUE;
}

// A helper shared by the DPC and an ISR: reported at the ISR's call only,
// never inside the helper or at the DPC's call.
void SharedHelper(PADAPTER a) {
  NdisDprAcquireSpinLock(&a->Lock);
  a->Count++;
  NdisDprReleaseSpinLock(&a->Lock);
}

MINIPORT_INTERRUPT_DPC MpDpc;
VOID MpDpc(NDIS_HANDLE Context, PVOID Dpc, PVOID Throttle, PVOID Reserved) {
  SharedHelper((PADAPTER)Context);
}

KSERVICE_ROUTINE WdmIsr;
BOOLEAN WdmIsr(PKINTERRUPT Interrupt, PVOID Context) {
  SharedHelper((PADAPTER)Context);
  // CHECK: :[[@LINE-1]]:3: warning: 'SharedHelper' uses a spin lock and is called at DIRQL in 'WdmIsr' (its role KSERVICE_ROUTINE): {{.*}} [lock-in-isr]
  // CHECK-NEXT: :[[@LINE-14]]:3: note: 'SharedHelper' calls NdisDprAcquireSpinLock here
  return TRUE;
}
