/* In another directory: precomp.h is the precompiled header, found in the
 * project's directory. */
#include "precomp.h"

#if IO_ITEM == 1 && defined(FROM_COMMON_PROPS)
void ItemDefine(PKSPIN_LOCK Lock, int Fail) {
  KIRQL old;
  KeAcquireSpinLock(Lock, &old);
  if (Fail)
    return;
  KeReleaseSpinLock(Lock, old);
}
#endif
