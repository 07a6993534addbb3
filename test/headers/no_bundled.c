// The bundled WDK model headers come after the user's include paths, so a
// real WDK named in the compile command wins; --no-bundled-headers leaves
// them out altogether.
// A WDK on the include path is used instead of the bundled ndis.h:
// RUN: %expect_exit 1 %irqlint %s -- -I%S/Inputs/fake_wdk | FileCheck %s --check-prefix=WDK %check_not
// Without it, the bundled ndis.h:
// RUN: %expect_exit 1 %irqlint %s | FileCheck %s --check-prefix=BUNDLED %check_not
// With --no-bundled-headers and no WDK, nothing provides <ndis.h> (clang's
// errors, which do not fail the run by themselves):
// RUN: %irqlint --no-bundled-headers --show-compile-errors %s | FileCheck %s --check-prefix=NONE
// and the fake WDK's own #include <wdm.h> finds nothing either:
// RUN: %expect_exit 1 %irqlint --no-bundled-headers --show-compile-errors --fail-on=compile-error %s -- -I%S/Inputs/fake_wdk | FileCheck %s --check-prefix=NONE-WDM

#include <ndis.h>
// NONE: :[[@LINE-1]]:10: error: 'ndis.h' file not found [clang-diagnostic-error]
// NONE-WDM: fake_wdk{{/|\\}}ndis.h:4:10: error: 'wdm.h' file not found [clang-diagnostic-error]

#ifdef FAKE_WDK_NDIS
#define LEAK LeakWithTheWdk
#else
#define LEAK LeakWithTheBundledHeaders
#endif

void LEAK(PNDIS_SPIN_LOCK Lock, int fail) {
  NdisAcquireSpinLock(Lock);
  if (fail)
    return;
  NdisReleaseSpinLock(Lock);
}
// WDK: :[[@LINE-5]]:3: warning: '*Lock' is acquired by NdisAcquireSpinLock but not released on every path out of 'LeakWithTheWdk' [lock-not-released]
// WDK-NEXT: note: returns here
// BUNDLED: :[[@LINE-7]]:3: warning: '*Lock' is acquired by NdisAcquireSpinLock but not released on every path out of 'LeakWithTheBundledHeaders' [lock-not-released]
// BUNDLED-NEXT: note: returns here
