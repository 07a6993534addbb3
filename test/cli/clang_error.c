// Clang errors in a file that did parse are findings with the rule id
// clang-diagnostic-error, and the functions clang could build are still
// analyzed. A function whose body holds an error is built from a partial
// tree: it reports no lock or IRQL finding, as a note on its first error
// says.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s %check_not

#include <ndis.h>

void Broken(int x) {
  int y = x + ;
  // CHECK: :[[@LINE-1]]:15: error: expected expression [clang-diagnostic-error]
  // CHECK-NEXT: :[[@LINE-2]]:15: note: lock and IRQL findings in 'Broken' are not reported: clang could not build all of its body
}

// The undeclared status drops the return (clang keeps going without it),
// so the tree has the release path fall into the second release: not
// reported.
void BrokenRelease(PNDIS_SPIN_LOCK Lock, int busy) {
  NdisAcquireSpinLock(Lock);
  if (busy) {
    NdisReleaseSpinLock(Lock);
    return STATUS_NOT_DECLARED_ANYWHERE;
    // CHECK: :[[@LINE-1]]:12: error: {{.*}} [clang-diagnostic-error]
    // CHECK-NEXT: note: lock and IRQL findings in 'BrokenRelease' are not reported
  }
  NdisReleaseSpinLock(Lock);
}

void Leak(PNDIS_SPIN_LOCK Lock, int error) {
  NdisAcquireSpinLock(Lock);
  // CHECK: :[[@LINE-1]]:3: warning: '*Lock' is acquired by NdisAcquireSpinLock but not released on every path out of 'Leak' [lock-not-released]
  if (error)
    return;
  // CHECK-NEXT: :[[@LINE-1]]:5: note: returns here with '*Lock' held
  NdisReleaseSpinLock(Lock);
}
