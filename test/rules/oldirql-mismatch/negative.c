// oldirql-mismatch, negative cases: the saved variable is passed back, and
// constants (which may well be right) are not judged.
// RUN: %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | count 0
// RUN: %irqlint %s -- %wdk_x86 | count 0

#include <ndis.h>

typedef struct _ADAPTER {
  KSPIN_LOCK A;
} ADAPTER, *PADAPTER;

void Matching(PADAPTER a) {
  KIRQL old;
  KeAcquireSpinLock(&a->A, &old);
  KeReleaseSpinLock(&a->A, old);
  old = KeAcquireSpinLockRaiseToDpc(&a->A);
  KeReleaseSpinLock(&a->A, old);
}

void Constant(PADAPTER a) {
  KIRQL old;
  KeAcquireSpinLock(&a->A, &old);
  KeReleaseSpinLock(&a->A, PASSIVE_LEVEL);
}
