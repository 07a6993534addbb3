// The driver's own code: it takes the helpers' lock through a library
// routine and forgets to give it back on one path.
#include <ntddk.h>

#ifndef DRV_OWN
#error the driver's own define is missing
#endif

KIRQL HelperLock(VOID);
VOID HelperUnlock(KIRQL Old);

NTSTATUS DrvTouch(BOOLEAN Fail) {
  KIRQL old = HelperLock();
  if (Fail)
    return STATUS_UNSUCCESSFUL;
  HelperUnlock(old);
  return STATUS_SUCCESS;
}
