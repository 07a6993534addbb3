// oldirql-shared, negative cases: one variable per held lock, and one
// variable reused only after the first lock is released.
// RUN: %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | count 0
// RUN: %irqlint %s -- %wdk_amd64 | count 0

#include <ndis.h>

typedef struct _ADAPTER {
  KSPIN_LOCK A;
  KSPIN_LOCK B;
  NDIS_SPIN_LOCK N1;
  NDIS_SPIN_LOCK N2;
} ADAPTER, *PADAPTER;

void TwoSlots(PADAPTER a) {
  KIRQL o1, o2;
  KeAcquireSpinLock(&a->A, &o1);
  KeAcquireSpinLock(&a->B, &o2);
  KeReleaseSpinLock(&a->B, o2);
  KeReleaseSpinLock(&a->A, o1);
}

void Reused(PADAPTER a) {
  KIRQL old;
  KeAcquireSpinLock(&a->A, &old);
  KeReleaseSpinLock(&a->A, old);
  KeAcquireSpinLock(&a->B, &old);
  KeReleaseSpinLock(&a->B, old);
}

// NDIS keeps the IRQL inside each lock.
void Ndis(PADAPTER a) {
  NdisAcquireSpinLock(&a->N1);
  NdisAcquireSpinLock(&a->N2);
  NdisReleaseSpinLock(&a->N2);
  NdisReleaseSpinLock(&a->N1);
}
