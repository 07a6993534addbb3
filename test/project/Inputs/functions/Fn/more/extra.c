// Named only through @(ClSourceFiles).
#include <ntddk.h>

KSPIN_LOCK ExtraLock;
ULONG ExtraCount;

VOID ExtraWork(VOID) {
  KIRQL old;
  KeAcquireSpinLock(&ExtraLock, &old);
  if (ExtraCount == 0)
    return;
  KeReleaseSpinLock(&ExtraLock, old);
}
