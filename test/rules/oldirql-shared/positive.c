// oldirql-shared: one OldIrql variable (or global) for two held locks.
// RUN: not %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ndis.h>

typedef struct _ADAPTER {
  KSPIN_LOCK A;
  KSPIN_LOCK B;
} ADAPTER, *PADAPTER;

KIRQL GlobalIrql;

void SameLocal(PADAPTER a) {
  KIRQL old;
  KeAcquireSpinLock(&a->A, &old);
  KeAcquireSpinLock(&a->B, &old);
  // CHECK: :[[@LINE-1]]:3: warning: KeAcquireSpinLock saves the IRQL for 'a->B' in 'old', which still holds the IRQL saved for 'a->A' [oldirql-shared]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'a->A' acquired here, its IRQL saved in 'old'
  KeReleaseSpinLock(&a->B, old);
  KeReleaseSpinLock(&a->A, old);
}

void SameGlobal(PADAPTER a) {
  KeAcquireSpinLock(&a->A, &GlobalIrql);
  KeAcquireSpinLock(&a->B, &GlobalIrql);
  // CHECK: :[[@LINE-1]]:3: warning: KeAcquireSpinLock saves the IRQL for 'a->B' in 'GlobalIrql', which still holds the IRQL saved for 'a->A' [oldirql-shared]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'a->A' acquired here, its IRQL saved in 'GlobalIrql'
  KeReleaseSpinLock(&a->B, GlobalIrql);
  KeReleaseSpinLock(&a->A, GlobalIrql);
}
