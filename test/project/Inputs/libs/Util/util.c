// A utility with a lock bug of its own, compiled only with the library's
// define.
#include <ntddk.h>

#ifdef UTIL_OWN
KSPIN_LOCK UtilSpin;
ULONG UtilCount;

VOID UtilBump(VOID) {
  KIRQL old;
  KeAcquireSpinLock(&UtilSpin, &old);
  if (UtilCount == 0)
    return;
  UtilCount++;
  KeReleaseSpinLock(&UtilSpin, old);
}
#endif
