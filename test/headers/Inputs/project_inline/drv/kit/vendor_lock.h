// A vendor library's header, read as a system header (-isystem): its
// inline functions are not the project's code, even under the project's
// directory.
#pragma once
#include <ntddk.h>

FORCEINLINE VOID VendorHold(PKSPIN_LOCK Lock) {
  KIRQL irql;
  KeAcquireSpinLock(Lock, &irql);
}
