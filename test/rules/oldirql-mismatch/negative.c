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

// The returned IRQL kept and given back; thrown away and the release given
// a constant (not judged, as above).
typedef struct _PORT {
  KSPIN_LOCK RxLock;
  PKINTERRUPT Interrupt;
} PORT, *PPORT;

void ReturnedAndRestored(PPORT p) {
  KIRQL level = KeAcquireInterruptSpinLock(p->Interrupt);
  KeReleaseInterruptSpinLock(p->Interrupt, level);
  KIRQL rx;
  rx = KeAcquireSpinLockRaiseToDpc(&p->RxLock);
  KeReleaseSpinLock(&p->RxLock, rx);
}

void DiscardedConstant(PPORT p) {
  KeAcquireSpinLockRaiseToDpc(&p->RxLock);
  KeReleaseSpinLock(&p->RxLock, DISPATCH_LEVEL);
}
