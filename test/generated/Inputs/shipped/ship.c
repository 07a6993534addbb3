// Includes the WMI header the project ships; a stand-in would lack
// SHIP_OWN_HEADER and Dropped.
#include <wdm.h>

#include <ShipWmi.h>

#if !SHIP_OWN_HEADER
#error the shipped header is not the one included
#endif

ULONG ShipTotal(const ShipCounters *c) { return c->Sent + c->Dropped; }
