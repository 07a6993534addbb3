// An EventWrite call whose argument does not have its template field's
// type: the argument is compiled against the routine's parameters, so
// the mistake is a compile error, as with the message compiler's macros.
#include <ntddk.h>

#include "ringEvents.h"

typedef struct _STATS {
  ULONG Fills;
} STATS;

void BadFill(STATS *Stats) { EventWriteRingFilled(NULL, Stats, *Stats, NULL); }
