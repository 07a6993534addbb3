// lock-release-order, negative cases: reverse-order releases, and
// out-of-order releases that restore no IRQL (the Dpr variants).
// RUN: %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | count 0
// RUN: %irqlint %s -- %wdk_amd64 | count 0
// RUN: %irqlint %s -- %wdk_x86 | count 0

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK A;
  NDIS_SPIN_LOCK B;
} ADAPTER, *PADAPTER;

void Nested(PADAPTER a) {
  NdisAcquireSpinLock(&a->A);
  NdisAcquireSpinLock(&a->B);
  NdisReleaseSpinLock(&a->B);
  NdisReleaseSpinLock(&a->A);
}

void DprAnyOrder(PADAPTER a) {
  NdisDprAcquireSpinLock(&a->A);
  NdisDprAcquireSpinLock(&a->B);
  NdisDprReleaseSpinLock(&a->A);
  NdisDprReleaseSpinLock(&a->B);
}
