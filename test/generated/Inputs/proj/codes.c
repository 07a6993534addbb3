// Event log codes from the message compiler's header, which the build
// writes from codes.mc and irqlint makes the same way: each code is the
// severity, facility and id the .mc gives it, cast to the MessageIdTypedef
// in force.
#include <ntddk.h>

#include "codes.h"

_Static_assert(LOGGER_STARTED == (NTSTATUS)0x402A0010L, "explicit id");
_Static_assert(LOGGER_RESTARTED == (NTSTATUS)0x402A0011L, "the next id");
_Static_assert(LOGGER_RING_FULL == (NTSTATUS)0xC02A0015L, "+4, an error");
_Static_assert(LOGGER_RING_SLOW == (NTSTATUS)0x802B0001L, "other facility");
_Static_assert(LOGGER_RING_PLAIN == (ULONG)0x802B0002L, "another typedef");
_Static_assert(FACILITY_LOGGER_RING == 0x2B && LOGGER_SEVERITY_ERROR == 3,
               "the names' symbols");

NTSTATUS CodesFor(BOOLEAN Full) {
  return Full ? LOGGER_RING_FULL : LOGGER_STARTED;
}
