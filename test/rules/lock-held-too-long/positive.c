// lock-held-too-long: a constant stall over 25 microseconds under a lock.
// RUN: not %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <ndis.h>

#define RESET_DELAY_US 100

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  KSPIN_LOCK HwLock;
} ADAPTER, *PADAPTER;

void ResetHardware(PADAPTER a) {
  NdisAcquireSpinLock(&a->Lock);
  NdisStallExecution(RESET_DELAY_US);
  // CHECK: :[[@LINE-1]]:3: warning: NdisStallExecution stalls 100 microseconds while 'a->Lock' is held (the WDK's guidance is at most 25) [lock-held-too-long]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'a->Lock' acquired here
  NdisReleaseSpinLock(&a->Lock);
}

void KeStall(PADAPTER a) {
  KIRQL old;
  KeAcquireSpinLock(&a->HwLock, &old);
  KeStallExecutionProcessor(50);
  // CHECK: :[[@LINE-1]]:3: warning: KeStallExecutionProcessor stalls 50 microseconds while 'a->HwLock' is held (the WDK's guidance is at most 25) [lock-held-too-long]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'a->HwLock' acquired here
  KeReleaseSpinLock(&a->HwLock, old);
}
