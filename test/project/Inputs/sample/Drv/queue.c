/* Named "Queue.C" by the project. */
#include "precomp.h"

#if defined(DRV_DEBUG_BUILD) && DBG == 1 && KMDF_VERSION_MINOR == 9 &&        \
    NTDDI_VERSION == 0x06010000 && _WIN32_WINNT == 0x0601
void DebugOnly(PKSPIN_LOCK Lock, int Fail) {
  KIRQL old;
  KeAcquireSpinLock(Lock, &old);
  if (Fail)
    return;
  KeReleaseSpinLock(Lock, old);
}
#endif
