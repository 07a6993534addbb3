// IRQL facts through calls: a helper's body requires what it calls (a
// PASSIVE_LEVEL routine, a Dpr acquire), checked at the call site with the
// chain in the notes; a helper that only raises and returns raised sets the
// caller's IRQL; pageable code reached through a helper under a lock.
// RUN: not %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s %check_not

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  HANDLE File;
  ULONG Count;
} ADAPTER, *PADAPTER;

static void CloseFile(PADAPTER a) { ZwClose(a->File); }
static void Cleanup(PADAPTER a) {
  a->Count = 0;
  CloseFile(a);
}

void CleanupUnderLock(PADAPTER a) {
  NdisAcquireSpinLock(&a->Lock);
  Cleanup(a);
  // CHECK: :[[@LINE-1]]:3: warning: Cleanup requires IRQL <= PASSIVE_LEVEL (by what it calls), but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'a->Lock' acquired here by NdisAcquireSpinLock, raising the IRQL to DISPATCH_LEVEL
  // CHECK-NEXT: :[[@LINE-8]]:3: note: 'Cleanup' calls 'CloseFile' here
  // CHECK-NEXT: :[[@LINE-12]]:37: note: 'CloseFile' calls ZwClose here
  NdisReleaseSpinLock(&a->Lock);
}

void CleanupOutside(PADAPTER a) {
  NdisAcquireSpinLock(&a->Lock);
  a->Count++;
  NdisReleaseSpinLock(&a->Lock);
  Cleanup(a);
}

static void TouchDpr(PADAPTER a) {
  NdisDprAcquireSpinLock(&a->Lock);
  a->Count++;
  NdisDprReleaseSpinLock(&a->Lock);
}

MINIPORT_HALT MpHalt;
VOID MpHalt(NDIS_HANDLE Context, NDIS_HALT_ACTION Action) {
  TouchDpr((PADAPTER)Context);
  // CHECK: :[[@LINE-1]]:3: warning: TouchDpr requires IRQL >= DISPATCH_LEVEL (by what it calls), but here the IRQL is PASSIVE_LEVEL [irql-too-low]
  // CHECK-NEXT: :[[@LINE-3]]:6: note: 'MpHalt' runs at IRQL PASSIVE_LEVEL: its role MINIPORT_HALT
  // CHECK-NEXT: :[[@LINE-10]]:3: note: 'TouchDpr' calls NdisDprAcquireSpinLock here
}

// Raises and returns raised: the caller is at DISPATCH_LEVEL after it.
// (Without _IRQL_raises_ on it, the raise wrapper itself is reported.)
static void EnterDispatch(PKIRQL old) { KeRaiseIrql(DISPATCH_LEVEL, old); }
// CHECK: :[[@LINE-1]]:41: warning: the IRQL raised by KeRaiseIrql is not restored before 'EnterDispatch' returns [irql-not-restored]
// CHECK-NEXT: :[[@LINE-2]]:75: note: returns here at DISPATCH_LEVEL
void WaitAfterRaise(PADAPTER a, PKEVENT e) {
  KIRQL old;
  EnterDispatch(&old);
  KeWaitForSingleObject(e, 0, KernelMode, FALSE, NULL);
  // CHECK: :[[@LINE-1]]:3: warning: KeWaitForSingleObject requires IRQL <= APC_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: EnterDispatch returns at DISPATCH_LEVEL
  KeLowerIrql(old);
}

// Pageable code reached through a helper.
void LoadTable(PADAPTER a);
#pragma alloc_text(PAGE, LoadTable)
void LoadTable(PADAPTER a) { a->Count = 1; }
static void Reload(PADAPTER a) { LoadTable(a); }
void ReloadUnderLock(PADAPTER a) {
  NdisAcquireSpinLock(&a->Lock);
  Reload(a);
  // CHECK: :[[@LINE-1]]:3: warning: 'Reload' reaches pageable code and is called while 'a->Lock' is held [paged-code-under-lock]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'a->Lock' acquired here
  // CHECK-NEXT: :[[@LINE-6]]:34: note: 'Reload' calls 'LoadTable' here
  // CHECK-NEXT: :[[@LINE-9]]:1: note: 'LoadTable' is pageable
  NdisReleaseSpinLock(&a->Lock);
}
