/* Excluded from the Release build. */
#include "precomp.h"

void OldCode(PKSPIN_LOCK Lock, int Fail) {
  KIRQL old;
  KeAcquireSpinLock(Lock, &old);
  if (Fail)
    return;
  KeReleaseSpinLock(Lock, old);
}
