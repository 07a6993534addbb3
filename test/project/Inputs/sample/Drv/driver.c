/* Compiled in every configuration; what Release defines makes the
 * function below exist. */
#include "precomp.h"
#include "drv.h"

#if defined(_KERNEL_MODE) && defined(DRV_RELEASE) && FEATURE == 3 &&         \
    defined(FROM_COMMON_PROPS) && defined(FORCED_INCLUDED) &&                  \
    !defined(COMMON_UNWANTED) && DRV_H_FOUND && COMMON_H_FOUND &&              \
    KMDF_VERSION_MINOR == 31 && NTDDI_VERSION == 0x0A000000 && !defined(DBG)
void ReleaseOnly(PKSPIN_LOCK Lock, int Fail) {
  KIRQL old;
  KeAcquireSpinLock(Lock, &old);
  if (Fail)
    return;
  KeReleaseSpinLock(Lock, old);
}
#endif
