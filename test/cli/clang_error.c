// Clang errors in a file that did parse are findings with the rule id
// clang-diagnostic-error, and the functions clang could build are still
// analyzed.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s %check_not

#include <ndis.h>

void Broken(int x) {
  int y = x + ;
  // CHECK: :[[@LINE-1]]:15: error: expected expression [clang-diagnostic-error]
}

void Leak(PNDIS_SPIN_LOCK Lock, int error) {
  NdisAcquireSpinLock(Lock);
  // CHECK: :[[@LINE-1]]:3: warning: '*Lock' is acquired by NdisAcquireSpinLock but not released on every path out of 'Leak' [lock-not-released]
  if (error)
    return;
  // CHECK-NEXT: :[[@LINE-1]]:5: note: returns here with '*Lock' held
  NdisReleaseSpinLock(Lock);
}
