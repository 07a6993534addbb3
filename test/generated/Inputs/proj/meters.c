// Performance counters from the header ctrpp writes from meters.man: the
// counter set's routines are named after its symbol and the project's
// prefix (AddPrefix).
#include <ntddk.h>

#include <metersCounters.h>

typedef struct _RING_METER_VALUES {
  ULONG Used;
} RING_METER_VALUES;

NTSTATUS MetersStart(void) { return LgRegisterRingMeter(NULL, NULL); }

void MetersStop(void) { LgUnregisterRingMeter(); }
