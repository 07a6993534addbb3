// The bundled sdport.h as an SD host controller miniport uses it: the
// callbacks it registers in SDPORT_INITIALIZATION_DATA, the slot
// capabilities, bus operations and requests, SdPortInitialize,
// SdPortCompleteRequest and the register accessors. A missing or
// misdeclared name is a clang error, which fails the test; correct code
// gives no finding.
// RUN: %irqlint %s -- %wdk_amd64 | count 0

#include <ntddk.h>
#include <sdport.h>

typedef struct _SLOT {
  PVOID Base;
  SDPORT_CAPABILITIES Caps;
} SLOT, *PSLOT;

SDPORT_GET_SLOT_COUNT SlotCount;
SDPORT_GET_SLOT_CAPABILITIES SlotCaps;
SDPORT_INITIALIZE SlotInit;
SDPORT_ISSUE_BUS_OPERATION SlotBusOperation;
SDPORT_ISSUE_REQUEST SlotIssue;
SDPORT_REQUEST_DPC SlotDpc;

NTSTATUS SlotCount(PSD_MINIPORT Miniport, PUCHAR Count) {
  *Count = Miniport->ConfigurationInfo.BusType == SdBusTypePci ? 2 : 1;
  return STATUS_SUCCESS;
}

VOID SlotCaps(PVOID PrivateExtension, PSDPORT_CAPABILITIES Capabilities) {
  *Capabilities = ((PSLOT)PrivateExtension)->Caps;
}

NTSTATUS SlotInit(PVOID PrivateExtension, PHYSICAL_ADDRESS PhysicalBase,
                  PVOID VirtualBase, ULONG Length, BOOLEAN CrashdumpMode) {
  PSLOT slot = (PSLOT)PrivateExtension;
  UNREFERENCED_PARAMETER(PhysicalBase);
  UNREFERENCED_PARAMETER(Length);
  UNREFERENCED_PARAMETER(CrashdumpMode);
  slot->Base = VirtualBase;
  slot->Caps.MaximumBlockSize = 512;
  slot->Caps.Supported.ScatterGatherDma = 1;
  slot->Caps.BaseClockFrequencyKhz =
      (SdPortReadRegisterUlong(VirtualBase, 0x40) >> 8) & 0xFF;
  return STATUS_SUCCESS;
}

NTSTATUS SlotBusOperation(PVOID PrivateExtension,
                          PSDPORT_BUS_OPERATION BusOperation) {
  PSLOT slot = (PSLOT)PrivateExtension;
  switch (BusOperation->Type) {
  case SdResetHost:
    SdPortWriteRegisterUchar(slot->Base, 0x2F,
                             BusOperation->Parameters.ResetType ==
                                     SdResetTypeAll
                                 ? 1
                                 : 2);
    SdPortWait(1000);
    return STATUS_SUCCESS;
  case SdSetClock:
    SdPortWriteRegisterUshort(
        slot->Base, 0x2C, (USHORT)BusOperation->Parameters.FrequencyKhz);
    return STATUS_SUCCESS;
  default:
    return STATUS_NOT_SUPPORTED;
  }
}

NTSTATUS SlotIssue(PVOID PrivateExtension, PSDPORT_REQUEST Request) {
  PSLOT slot = (PSLOT)PrivateExtension;
  if (Request->Type != SdRequestTypeCommandNoTransfer)
    return STATUS_NOT_SUPPORTED;
  SdPortWriteRegisterUlong(slot->Base, 0x08, Request->Command.Argument);
  SdPortWriteRegisterUshort(slot->Base, 0x0E,
                            (USHORT)(Request->Command.Index << 8));
  Request->RequiredEvents = 1;
  return STATUS_PENDING;
}

VOID SlotDpc(PVOID PrivateExtension, PSDPORT_REQUEST Request, ULONG Events,
             ULONG Errors) {
  UNREFERENCED_PARAMETER(PrivateExtension);
  UNREFERENCED_PARAMETER(Events);
  Request->Status = Errors ? STATUS_IO_DEVICE_ERROR : STATUS_SUCCESS;
  SdPortCompleteRequest(Request, Request->Status);
}

NTSTATUS DriverEntry(PVOID DriverObject, PVOID RegistryPath) {
  SDPORT_INITIALIZATION_DATA init;
  RtlZeroMemory(&init, sizeof(init));
  init.StructureSize = sizeof(init);
  init.GetSlotCount = SlotCount;
  init.GetSlotCapabilities = SlotCaps;
  init.Initialize = SlotInit;
  init.IssueBusOperation = SlotBusOperation;
  init.IssueRequest = SlotIssue;
  init.RequestDpc = SlotDpc;
  init.PrivateExtensionSize = sizeof(SLOT);
  return SdPortInitialize(DriverObject, RegistryPath, &init);
}
