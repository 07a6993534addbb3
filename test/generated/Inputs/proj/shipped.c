// shipped.h is the header the message compiler made from shipped.mc, and
// the driver ships it: irqlint reads it, not a stand-in of its own.
#include <ntddk.h>

#include "shipped.h"

_Static_assert(SHIPPED_FAILURE == (NTSTATUS)0x12345678L, "the shipped one");

NTSTATUS ShippedFailure(void) { return SHIPPED_FAILURE; }
