// irql-too-high, negative cases for debug print formats: narrow codes under
// a spin lock, a `%%` before a letter (a percent sign, no code), Unicode
// codes at PASSIVE_LEVEL or where the IRQL is not known to be higher, a
// format that is not a literal, and KdPrint in a free build (no call).
// RUN: %irqlint %s -- %wdk_amd64 -DDBG=1 | count 0
// RUN: %irqlint %s -- %wdk_amd64 | count 0

#include <ntddk.h>

typedef struct _UNIT {
  KSPIN_LOCK StateLock;
  UNICODE_STRING DeviceName;
  PCSTR Format;
  ULONG State;
} UNIT, *PUNIT;

void NarrowUnderLock(PUNIT u) {
  KIRQL old;
  KeAcquireSpinLock(&u->StateLock, &old);
  DbgPrint("state %d of %s, 50%%ws\n", u->State, "unit");
  KdPrint(("state %lu %%S\n", u->State));
  DbgPrint(u->Format, &u->DeviceName);
  KeReleaseSpinLock(&u->StateLock, old);
}

IO_WORKITEM_ROUTINE UnitWorker;
void UnitWorker(PDEVICE_OBJECT Device, PVOID Context) {
  PUNIT u = (PUNIT)Context;
  UNREFERENCED_PARAMETER(Device);
  DbgPrint("worker for %wZ\n", &u->DeviceName);
}

void Unknown(PUNIT u) {
  KdPrint(("unit %wZ\n", &u->DeviceName));
}

void AfterRelease(PUNIT u) {
  KIRQL old;
  KeAcquireSpinLock(&u->StateLock, &old);
  u->State = 0;
  KeReleaseSpinLock(&u->StateLock, old);
  DbgPrint("released %ws\n", u->DeviceName.Buffer);
}
