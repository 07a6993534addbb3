// Without -- or -p the code is parsed as a WDK kernel-mode build: cl's
// /kernel defines _KERNEL_MODE=1, and drivers test it to choose their
// kernel-mode code (issue 18: some took their user-mode branch).
// RUN: %expect_exit 1 %irqlint %s | FileCheck %s %check_not

#include <ntddk.h>

#if _KERNEL_MODE != 1
#error "the user-mode branch"
#else
void KernelOnly(PKSPIN_LOCK Lock, int Fail) {
  KIRQL old;
  KeAcquireSpinLock(Lock, &old);
  // CHECK: kernel_mode.c:[[@LINE-1]]:3: warning: {{.*}} 'KernelOnly' [lock-not-released]
  if (Fail)
    return;
  // CHECK: kernel_mode.c:[[@LINE-1]]:5: note: returns here
  KeReleaseSpinLock(Lock, old);
}
#endif
