// irql-too-low: routines that require DISPATCH_LEVEL (or whatever minimum
// their annotations state) called where the IRQL is provably lower: by the
// function's role or annotation, or after a release or lower brought it
// back down.
// RUN: not %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  NDIS_SPIN_LOCK Other;
  KSPIN_LOCK StatsLock;
  EX_SPIN_LOCK TableLock;
} ADAPTER, *PADAPTER;

PADAPTER GlobalAdapter;

// The role says PASSIVE_LEVEL.
MINIPORT_INITIALIZE MpInitialize;
NDIS_STATUS MpInitialize(NDIS_HANDLE Handle, NDIS_HANDLE Context,
                         PNDIS_MINIPORT_INIT_PARAMETERS Parameters) {
  NdisDprAcquireSpinLock(&GlobalAdapter->Lock);
  // CHECK: :[[@LINE-1]]:3: warning: NdisDprAcquireSpinLock requires IRQL >= DISPATCH_LEVEL, but here the IRQL is PASSIVE_LEVEL [irql-too-low]
  // CHECK-NEXT: :[[@LINE-4]]:13: note: 'MpInitialize' runs at IRQL PASSIVE_LEVEL: its role MINIPORT_INITIALIZE
  NdisDprReleaseSpinLock(&GlobalAdapter->Lock);
  return NDIS_STATUS_SUCCESS;
}

// The annotation says at most APC_LEVEL.
_IRQL_requires_max_(APC_LEVEL)
void AnnotatedApc(PADAPTER Adapter) {
  KeAcquireSpinLockAtDpcLevel(&Adapter->StatsLock);
  // CHECK: :[[@LINE-1]]:3: warning: KeAcquireSpinLockAtDpcLevel requires IRQL >= DISPATCH_LEVEL, but here the IRQL is <= APC_LEVEL [irql-too-low]
  // CHECK-NEXT: :[[@LINE-3]]:6: note: 'AnnotatedApc' runs at IRQL <= APC_LEVEL: its annotation _IRQL_requires_max_(APC_LEVEL)
  KeReleaseSpinLockFromDpcLevel(&Adapter->StatsLock);
}

// The raising release brings the IRQL back to PASSIVE_LEVEL first.
_IRQL_requires_(PASSIVE_LEVEL)
void AfterRelease(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  NdisReleaseSpinLock(&Adapter->Lock);
  NdisDprAcquireSpinLock(&Adapter->Other);
  // CHECK: :[[@LINE-1]]:3: warning: NdisDprAcquireSpinLock requires IRQL >= DISPATCH_LEVEL, but here the IRQL is PASSIVE_LEVEL [irql-too-low]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'Adapter->Lock' released here by NdisReleaseSpinLock, which restores the IRQL to PASSIVE_LEVEL
  NdisDprReleaseSpinLock(&Adapter->Other);
}

// KeLowerIrql to PASSIVE_LEVEL, then a Dpr-level routine.
KDEFERRED_ROUTINE LoweringDpc;
void LoweringDpc(PKDPC Dpc, PVOID Context, PVOID A1, PVOID A2) {
  PADAPTER Adapter = (PADAPTER)Context;
  KeLowerIrql(PASSIVE_LEVEL);
  if (ExTryAcquireSpinLockExclusiveAtDpcLevel(&Adapter->TableLock))
    // CHECK: :[[@LINE-1]]:7: warning: ExTryAcquireSpinLockExclusiveAtDpcLevel requires IRQL >= DISPATCH_LEVEL, but here the IRQL is PASSIVE_LEVEL [irql-too-low]
    // CHECK-NEXT: :[[@LINE-3]]:3: note: KeLowerIrql lowers the IRQL to PASSIVE_LEVEL here
    ExReleaseSpinLockExclusiveFromDpcLevel(&Adapter->TableLock);
}

// A helper of the driver whose annotation requires DISPATCH_LEVEL.
_IRQL_requires_min_(DISPATCH_LEVEL)
void UpdateStatsAtDpc(PADAPTER Adapter);

DRIVER_UNLOAD Unload;
void Unload(PDRIVER_OBJECT Driver) {
  UpdateStatsAtDpc(GlobalAdapter);
  // CHECK: :[[@LINE-1]]:3: warning: UpdateStatsAtDpc requires IRQL >= DISPATCH_LEVEL (by its annotations), but here the IRQL is PASSIVE_LEVEL [irql-too-low]
  // CHECK-NEXT: :[[@LINE-3]]:6: note: 'Unload' runs at IRQL PASSIVE_LEVEL: its role DRIVER_UNLOAD
}
