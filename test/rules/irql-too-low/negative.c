// irql-too-low, negative cases: the Dpr routines where the IRQL is (or may
// be) DISPATCH_LEVEL, and functions nothing is known about (a level known
// only by assumption never reports).
// RUN: %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | count 0
// RUN: %irqlint %s -- %wdk_amd64 | count 0
// RUN: %irqlint %s -- %wdk_x86 | count 0

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  NDIS_SPIN_LOCK Other;
  KSPIN_LOCK StatsLock;
} ADAPTER, *PADAPTER;

// Nothing known: may well be called at DISPATCH_LEVEL.
void Unannotated(PADAPTER Adapter) {
  NdisDprAcquireSpinLock(&Adapter->Lock);
  NdisDprReleaseSpinLock(&Adapter->Lock);
}

// A DPC runs at DISPATCH_LEVEL.
MINIPORT_INTERRUPT_DPC MpDpc;
void MpDpc(NDIS_HANDLE Context, PVOID DpcContext, PVOID Throttle, PVOID R2) {
  PADAPTER Adapter = (PADAPTER)Context;
  NdisDprAcquireSpinLock(&Adapter->Lock);
  NdisDprReleaseSpinLock(&Adapter->Lock);
}

// Up to DISPATCH_LEVEL: not provably below it.
_IRQL_requires_max_(DISPATCH_LEVEL)
void MaybeDispatch(PADAPTER Adapter) {
  KeAcquireSpinLockAtDpcLevel(&Adapter->StatsLock);
  KeReleaseSpinLockFromDpcLevel(&Adapter->StatsLock);
}

// Nested inside a raising acquire: the code is at DISPATCH_LEVEL.
_IRQL_requires_(PASSIVE_LEVEL)
void NestedDpr(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  NdisDprAcquireSpinLock(&Adapter->Other);
  NdisDprReleaseSpinLock(&Adapter->Other);
  NdisReleaseSpinLock(&Adapter->Lock);
}

// After an explicit raise, until the lower.
_IRQL_requires_(PASSIVE_LEVEL)
void Raised(PADAPTER Adapter) {
  KIRQL old;
  KeRaiseIrql(DISPATCH_LEVEL, &old);
  KeAcquireSpinLockAtDpcLevel(&Adapter->StatsLock);
  KeReleaseSpinLockFromDpcLevel(&Adapter->StatsLock);
  KeLowerIrql(old);
}

// The code tests the IRQL and picks the variant that fits.
_IRQL_requires_max_(DISPATCH_LEVEL)
void Tested(PADAPTER Adapter) {
  if (KeGetCurrentIrql() == DISPATCH_LEVEL) {
    NdisDprAcquireSpinLock(&Adapter->Lock);
    NdisDprReleaseSpinLock(&Adapter->Lock);
  } else {
    NdisAcquireSpinLock(&Adapter->Lock);
    NdisReleaseSpinLock(&Adapter->Lock);
  }
}
