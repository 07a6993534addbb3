// ETW events from the message compiler's kernel-mode logging macros,
// which the build writes from Ring.man into ringEvents.h (included here
// in another case, as Windows allows): the provider's register routines
// are named after its name, each event's EventWrite routine takes the
// fields of its template, and the calls are analyzed like any other:
// a routine called inside an argument while a spin lock is held is seen.
#include <ntddk.h>

#include "RingEvents.h"

typedef struct _RING {
  KSPIN_LOCK Lock;
  ULONG Count;
} RING, *PRING;

_IRQL_requires_max_(PASSIVE_LEVEL)
ULONG RingCountSlowly(PRING Ring);

_Static_assert(RING_KEYWORD == 0x20 && RING_TASK_FILL == 3, "symbols");

NTSTATUS RingStart(void) { return EventRegisterTest_Ring_Logger(); }

void RingStop(void) { EventUnregisterTest_Ring_Logger(); }

void RingFill(PRING Ring) {
  KIRQL old;
  KeAcquireSpinLock(&Ring->Lock, &old);
  Ring->Count++;
  if (EventEnabledRingFilled())
    EventWriteRingFilled(&RING_LOGGER_PROVIDER, Ring, RingCountSlowly(Ring),
                         L"ring");
  KeReleaseSpinLock(&Ring->Lock, old);
  EventWriteRingReset(NULL);
  EventWriteRingOdd(NULL, -1, Ring, "the rest is not checked", 7);
}
