// A metering driver's WMI code, written for irqlint's tests against the
// header its build would write from meter.mof; every name and size below
// is checked at compile time.
#include <ntddk.h>

#include "MeterWmi.h"
#include <gaugewmi.h>

#define SAME_TYPE(expr, type) _Generic((expr), type: 1, default: 0)

/* the GUIDs: an initializer macro per class (the GuidName1 name for the
 * embedded class) and a DEFINE_GUID variable */
static const GUID MeterReadingCopy = MeterReadingGuid;
static const GUID MeterSampleCopy = METER_SAMPLE_CLASS_GUID;
_Static_assert(sizeof MeterReadingCopy == 16, "GUID initializer");
static const GUID *const MeterGuids[] = {&MeterReading_GUID, &Meter_Sample_GUID,
                                         &MeterLog_GUID, &MeterOverflow_GUID,
                                         &GaugeLimits_GUID};

/* the structure of a class with a HeaderName */
_Static_assert(sizeof(METER_SAMPLE) == 8, "METER_SAMPLE");
_Static_assert(METER_SAMPLE_SIZE == 8, "METER_SAMPLE_SIZE");
_Static_assert(METER_SAMPLE_Offset_ID == 2, "item id");

/* the items in WmiDataId order, with their C types and sizes */
_Static_assert(FIELD_OFFSET(MeterReading, Enabled) == 0, "first item");
_Static_assert(FIELD_OFFSET(MeterReading, State) == 1, "second item");
_Static_assert(FIELD_OFFSET(MeterReading, Temperature) == 2, "third item");
_Static_assert(MeterReading_Enabled_ID == 1 && MeterReading_State_ID == 2 &&
                   MeterReading_Temperature_ID == 3 &&
                   MeterReading_Window_ID == 10,
               "item ids");
_Static_assert(MeterReading_Temperature_SIZE == sizeof(USHORT), "uint16");
_Static_assert(MeterReading_History_SIZE == sizeof(USHORT[4]), "uint16[4]");
_Static_assert(MeterReading_LastReset_SIZE == sizeof(WCHAR[25]), "datetime");
_Static_assert(MeterReading_Label_SIZE == sizeof(WCHAR[16]),
               "counted string of MaxLen(15)");
_Static_assert(MeterReading_Latest_SIZE == sizeof(METER_SAMPLE), "embedded");
_Static_assert(MeterReading_Window_SIZE == sizeof(METER_SAMPLE[3]), "array");
_Static_assert(MeterReading_SIZE == FIELD_OFFSET(MeterReading, Window) +
                                        sizeof(METER_SAMPLE[3]),
               "the whole block");

/* the methods: ids, and the parameters numbered in and out together */
_Static_assert(ResetMeter == 1 && ReadSample == 2 && Ping == 3, "method ids");
_Static_assert(ResetMeter_IN_Mode_ID == 1 && ResetMeter_OUT_Previous_ID == 2,
               "parameter ids");
_Static_assert(ReadSample_OUT_Sample_ID == 3, "parameter id");
_Static_assert(ReadSample_IN_SIZE == FIELD_OFFSET(ReadSample_IN, Clear) +
                                         sizeof(BOOLEAN),
               "in size");
_Static_assert(ReadSample_OUT_SIZE == sizeof(METER_SAMPLE), "out size");

/* variable data: a WmiSizeIs array is a one-element array; a string with
 * no MaxLen ends the fixed part */
_Static_assert(MeterLog_Entries_ID == 2, "array id");
_Static_assert(MeterOverflow_Note_ID == 2 && MeterOverflow_After_ID == 3,
               "ids after variable data");
#ifdef MeterLog_SIZE
#error a class with variable data has no _SIZE
#endif

/* the second header, its .mof found by name; no method structures */
_Static_assert(GaugeLimits_SIZE == 2 * sizeof(ULONG), "GaugeLimits");
_Static_assert(ClearLimits == 7, "method id");

KSPIN_LOCK MeterLock;
MeterReading MeterData;

ULONG MeterExecute(ULONG MethodId, PVOID Buffer, ULONG Size) {
  KIRQL old;
  KeAcquireSpinLock(&MeterLock, &old);
  if (MethodId == ResetMeter && Size >= ResetMeter_IN_SIZE) {
    PResetMeter_IN in = (PResetMeter_IN)Buffer;
    PResetMeter_OUT out = (PResetMeter_OUT)Buffer;
    ULONG mode = in->Mode;
    out->Previous = (ULONG)MeterData.Total;
    MeterData.Total = mode;
    return ResetMeter_OUT_SIZE;
  }
  PMeterLog log = (PMeterLog)Buffer;
  log->Entries[0] = MeterData.Latest;
  ULONG n = SAME_TYPE(log->Entries[0].Value, ULONG) +
            SAME_TYPE(MeterData.Drift, LONGLONG) +
            SAME_TYPE(MeterData.Label[0], WCHAR) +
            (MeterGuids[0] != NULL) + (MeterSampleCopy.Data1 != 0);
  KeReleaseSpinLock(&MeterLock, old);
  return n;
}
