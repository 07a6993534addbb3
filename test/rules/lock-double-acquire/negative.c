// lock-double-acquire, negative cases: different locks, release in
// between, and a flag that keeps the two acquires on different paths.
// RUN: %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | count 0
// RUN: %irqlint %s -- %wdk_amd64 | count 0
// RUN: %irqlint %s -- %wdk_x86 | count 0

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK SendLock;
  NDIS_SPIN_LOCK RecvLock;
  NDIS_SPIN_LOCK Locks[4];
  KSPIN_LOCK StatsLock;
  LIST_ENTRY Queue;
  ULONG Count;
} ADAPTER, *PADAPTER;

void DifferentAdapters(PADAPTER a, PADAPTER b) {
  NdisAcquireSpinLock(&a->SendLock);
  NdisAcquireSpinLock(&b->SendLock);
  NdisReleaseSpinLock(&b->SendLock);
  NdisReleaseSpinLock(&a->SendLock);
}

void DifferentFields(PADAPTER a) {
  NdisAcquireSpinLock(&a->SendLock);
  NdisAcquireSpinLock(&a->RecvLock);
  NdisReleaseSpinLock(&a->RecvLock);
  NdisReleaseSpinLock(&a->SendLock);
}

void DifferentElements(PADAPTER a, int i, int j) {
  NdisAcquireSpinLock(&a->Locks[0]);
  NdisAcquireSpinLock(&a->Locks[1]);
  NdisReleaseSpinLock(&a->Locks[1]);
  NdisReleaseSpinLock(&a->Locks[0]);
  NdisAcquireSpinLock(&a->Locks[i]);
  NdisAcquireSpinLock(&a->Locks[j]);
  NdisReleaseSpinLock(&a->Locks[j]);
  NdisReleaseSpinLock(&a->Locks[i]);
}

void ReleaseBetween(PADAPTER a) {
  NdisAcquireSpinLock(&a->SendLock);
  a->Count++;
  NdisReleaseSpinLock(&a->SendLock);
  NdisAcquireSpinLock(&a->SendLock);
  a->Count--;
  NdisReleaseSpinLock(&a->SendLock);
}

void InterlockedUnheld(PADAPTER a, PLIST_ENTRY e) {
  NdisInterlockedInsertTailList(&a->Queue, e, &a->SendLock);
  NdisAcquireSpinLock(&a->RecvLock);
  NdisInterlockedInsertTailList(&a->Queue, e, &a->SendLock);
  NdisReleaseSpinLock(&a->RecvLock);
}

void Exclusive(PADAPTER a, BOOLEAN dpr) {
  if (dpr)
    NdisDprAcquireSpinLock(&a->SendLock);
  if (!dpr)
    NdisAcquireSpinLock(&a->SendLock);
  a->Count++;
  if (dpr)
    NdisDprReleaseSpinLock(&a->SendLock);
  else
    NdisReleaseSpinLock(&a->SendLock);
}
