// The library's lock routines: HelperLock returns with the lock held.
#include <ntddk.h>

#ifndef HELPERS_OWN
#error the library's own define is missing
#endif
#ifdef DRV_OWN
#error the driver's define reached the library
#endif

KSPIN_LOCK HelperSpin;

_IRQL_raises_(DISPATCH_LEVEL) KIRQL HelperLock(VOID) {
  KIRQL old;
  KeAcquireSpinLock(&HelperSpin, &old);
  return old;
}

VOID HelperUnlock(KIRQL Old) { KeReleaseSpinLock(&HelperSpin, Old); }
