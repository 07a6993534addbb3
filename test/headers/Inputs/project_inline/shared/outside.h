// A header outside the program's source tree (the directory holding its
// .c files): not analyzed as the program's code.
#pragma once
#include <ntddk.h>

FORCEINLINE VOID OutsideHold(PKSPIN_LOCK Lock) {
  KIRQL irql;
  KeAcquireSpinLock(Lock, &irql);
}
