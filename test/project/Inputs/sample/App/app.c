/* User-mode code: irqlint must not analyze it. */
#include <ntddk.h>
void AppLeak(PKSPIN_LOCK Lock, int Fail) {
  KIRQL old;
  KeAcquireSpinLock(Lock, &old);
  if (Fail)
    return;
  KeReleaseSpinLock(Lock, old);
}
