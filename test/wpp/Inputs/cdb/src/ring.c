// Traces with a function of its header's begin_wpp block; ring.tmh is
// not generated.
#include <ntddk.h>

#include <ring_trace.h>
#include "ring.tmh"

KSPIN_LOCK RingLock;
ULONG RingHead;

VOID RingPut(ULONG Value) {
  KIRQL old;
  KeAcquireSpinLock(&RingLock, &old);
  RingTrace(TRACE_LEVEL_VERBOSE, RING_PUT, "put %u at %u", Value, RingHead);
  if (Value == 0)
    return;
  RingHead++;
  KeReleaseSpinLock(&RingLock, old);
}
