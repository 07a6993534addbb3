// Compiles only with the settings the property functions give.
#include <ntddk.h>

#include <fn.h>

#ifndef FN_HEADER_FOUND
#error the include directory of Path::Combine is missing
#endif

KSPIN_LOCK FnLock;
ULONG FnCount;

VOID FnWork(VOID) {
  KIRQL old;
  KeAcquireSpinLock(&FnLock, &old);
  if (FnCount == 0)
    return;
  KeReleaseSpinLock(&FnLock, old);
}
