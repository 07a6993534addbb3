// lock-release-order: A, B acquired; A released first by a release that
// restores A's saved IRQL while B is still held.
// RUN: not %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK A;
  NDIS_SPIN_LOCK B;
  KSPIN_LOCK K1;
  KSPIN_LOCK K2;
} ADAPTER, *PADAPTER;

void Abab(PADAPTER a) {
  NdisAcquireSpinLock(&a->A);
  NdisAcquireSpinLock(&a->B);
  NdisReleaseSpinLock(&a->A);
  // CHECK: :[[@LINE-1]]:3: warning: 'a->A' is released by NdisReleaseSpinLock while 'a->B', acquired after it, is still held: the release restores the IRQL saved before 'a->A' was acquired [lock-release-order]
  // CHECK-NEXT: :[[@LINE-4]]:3: note: 'a->A' acquired here
  // CHECK-NEXT: :[[@LINE-4]]:3: note: 'a->B' acquired here
  NdisReleaseSpinLock(&a->B);
}

void KeAbab(PADAPTER a) {
  KIRQL o1, o2;
  KeAcquireSpinLock(&a->K1, &o1);
  KeAcquireSpinLockAtDpcLevel(&a->K2);
  KeReleaseSpinLock(&a->K1, o1);
  // CHECK: :[[@LINE-1]]:3: warning: 'a->K1' is released by KeReleaseSpinLock while 'a->K2', acquired after it, is still held: the release restores the IRQL saved before 'a->K1' was acquired [lock-release-order]
  // CHECK-NEXT: :[[@LINE-4]]:3: note: 'a->K1' acquired here
  // CHECK-NEXT: :[[@LINE-4]]:3: note: 'a->K2' acquired here
  KeReleaseSpinLockFromDpcLevel(&a->K2);
}
