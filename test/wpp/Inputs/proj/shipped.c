// A source whose generated .tmh the driver ships: it is used as it is.
#include <ntddk.h>

#include "tracer.h"
#include "shipped.tmh"

KSPIN_LOCK ShippedLock;

VOID ShippedWork(VOID) {
  KIRQL old;
  KeAcquireSpinLock(&ShippedLock, &old);
  ShippedOnlyTrace(1, 2, 3);
  KeReleaseSpinLock(&ShippedLock, old);
}
