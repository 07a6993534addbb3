/* The source of Odd.vcxproj: uses the project's real define, and leaves a
 * spin lock held on one path. */
#include <ntddk.h>

KSPIN_LOCK RingLock;
ULONG Ring[RING_SIZE];

void RingPush(ULONG Value, ULONG Slot) {
  KIRQL old;
  KeAcquireSpinLock(&RingLock, &old);
  if (Slot >= RING_SIZE)
    return;
  Ring[Slot] = Value;
  KeReleaseSpinLock(&RingLock, old);
}
