// The bundled storage headers as a Storport miniport uses them: storport.h
// (HW_INITIALIZATION_DATA, PORT_CONFIGURATION_INFORMATION, the HW_ callback
// types, StorPortNotification, the Storport spin locks and DPCs), scsi.h
// (CDB, SENSE_DATA, INQUIRYDATA, operation codes), srbhelper.h (the helpers
// that read either kind of SRB), ntddscsi.h and ntddstor.h. A missing or
// misdeclared name is a clang error, which fails the test. The SAL of
// StorPortAcquireSpinLock / StorPortReleaseSpinLock is read: a path that
// leaves with the lock is a finding, the balanced routines are not.
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <miniport.h>
#include <storport.h>
#include <srbhelper.h>
#include <ntddscsi.h>
#include <ntddstor.h>

typedef struct _CARD {
  PULONG Doorbell;
  ULONG Outstanding;
  STOR_DPC CompletionDpc;
  PSTORAGE_REQUEST_BLOCK Pending;
} CARD, *PCARD;

sp_DRIVER_INITIALIZE DriverEntry;
HW_FIND_ADAPTER CardFindAdapter;
HW_INITIALIZE CardInitialize;
HW_STARTIO CardStartIo;
HW_BUILDIO CardBuildIo;
HW_INTERRUPT CardInterrupt;
HW_RESET_BUS CardResetBus;
HW_DPC_ROUTINE CardCompletionDpc;
HW_ADAPTER_CONTROL CardAdapterControl;

ULONG CardFindAdapter(PVOID DeviceExtension, PVOID HwContext,
                      PVOID BusInformation, PCHAR ArgumentString,
                      PPORT_CONFIGURATION_INFORMATION ConfigInfo,
                      PBOOLEAN Reserved3) {
  PCARD card = (PCARD)DeviceExtension;
  ACCESS_RANGE *range = &(*ConfigInfo->AccessRanges)[0];
  UNREFERENCED_PARAMETER(HwContext);
  UNREFERENCED_PARAMETER(BusInformation);
  UNREFERENCED_PARAMETER(ArgumentString);
  UNREFERENCED_PARAMETER(Reserved3);
  card->Doorbell = (PULONG)StorPortGetDeviceBase(
      DeviceExtension, ConfigInfo->AdapterInterfaceType,
      ConfigInfo->SystemIoBusNumber, range->RangeStart, range->RangeLength,
      (BOOLEAN)!range->RangeInMemory);
  if (card->Doorbell == NULL)
    return SP_RETURN_NOT_FOUND;
  ConfigInfo->SynchronizationModel = StorSynchronizeFullDuplex;
  ConfigInfo->ScatterGather = TRUE;
  ConfigInfo->Master = TRUE;
  ConfigInfo->Dma64BitAddresses = SCSI_DMA64_MINIPORT_SUPPORTED;
  ConfigInfo->MaximumTransferLength = 128 * 1024;
  return SP_RETURN_FOUND;
}

BOOLEAN CardInitialize(PVOID DeviceExtension) {
  PCARD card = (PCARD)DeviceExtension;
  StorPortInitializeDpc(DeviceExtension, &card->CompletionDpc,
                        CardCompletionDpc);
  StorPortWriteRegisterUlong(DeviceExtension, card->Doorbell, 0);
  return TRUE;
}

// The interrupt lock guards Outstanding against the ISR.
static VOID CardRing(PCARD Card, PVOID Srb) {
  STOR_LOCK_HANDLE lock;
  StorPortAcquireSpinLock(Card, InterruptLock, NULL, &lock);
  Card->Outstanding++;
  Card->Pending = (PSTORAGE_REQUEST_BLOCK)Srb;
  StorPortWriteRegisterUlong(Card, Card->Doorbell, 1);
  StorPortReleaseSpinLock(Card, &lock);
}

BOOLEAN CardBuildIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) {
  PCDB cdb = SrbGetCdb(Srb);
  UNREFERENCED_PARAMETER(DeviceExtension);
  if (cdb == NULL || SrbGetCdbLength(Srb) > 16) {
    SrbSetSrbStatus(Srb, SRB_STATUS_INVALID_REQUEST);
    return FALSE;
  }
  return TRUE;
}

BOOLEAN CardStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) {
  PCARD card = (PCARD)DeviceExtension;
  PCDB cdb = SrbGetCdb(Srb);
  UCHAR path, target, lun;

  SrbGetPathTargetLun(Srb, &path, &target, &lun);
  if (SrbGetSrbFunction(Srb) != SRB_FUNCTION_EXECUTE_SCSI || lun != 0) {
    SrbSetSrbStatus(Srb, SRB_STATUS_INVALID_LUN);
    StorPortNotification(RequestComplete, DeviceExtension, Srb);
    return TRUE;
  }
  switch (cdb->CDB6GENERIC.OperationCode) {
  case SCSIOP_INQUIRY: {
    PINQUIRYDATA data = (PINQUIRYDATA)SrbGetDataBuffer(Srb);
    if (SrbGetDataTransferLength(Srb) < INQUIRYDATABUFFERSIZE) {
      SrbSetSrbStatus(Srb, SRB_STATUS_DATA_OVERRUN);
      break;
    }
    StorPortMoveMemory(data->VendorId, "IRQLINT ", 8);
    data->DeviceType = DIRECT_ACCESS_DEVICE;
    SrbSetSrbStatus(Srb, SRB_STATUS_SUCCESS);
    break;
  }
  case SCSIOP_READ:
  case SCSIOP_WRITE: {
    ULONG blocks = ((ULONG)cdb->CDB10.TransferBlocksMsb << 8) |
                   cdb->CDB10.TransferBlocksLsb;
    if (blocks == 0) {
      SrbSetSrbStatus(Srb, SRB_STATUS_SUCCESS);
      break;
    }
    CardRing(card, Srb);
    return TRUE;
  }
  default: {
    PSENSE_DATA sense = (PSENSE_DATA)SrbGetSenseInfoBuffer(Srb);
    if (sense != NULL && SrbGetSenseInfoBufferLength(Srb) >= sizeof(*sense)) {
      sense->ErrorCode = SCSI_SENSE_ERRORCODE_FIXED_CURRENT;
      sense->SenseKey = SCSI_SENSE_ILLEGAL_REQUEST;
      sense->AdditionalSenseCode = SCSI_ADSENSE_INVALID_CDB;
      SrbSetScsiStatus(Srb, SCSISTAT_CHECK_CONDITION);
      SrbSetSrbStatus(Srb, SRB_STATUS_ERROR | SRB_STATUS_AUTOSENSE_VALID);
    } else {
      SrbSetSrbStatus(Srb, SRB_STATUS_INVALID_REQUEST);
    }
    break;
  }
  }
  StorPortNotification(RequestComplete, DeviceExtension, Srb);
  return TRUE;
}

BOOLEAN CardInterrupt(PVOID DeviceExtension) {
  PCARD card = (PCARD)DeviceExtension;
  if (StorPortReadRegisterUlong(DeviceExtension, card->Doorbell) == 0)
    return FALSE;
  StorPortIssueDpc(DeviceExtension, &card->CompletionDpc, NULL, NULL);
  return TRUE;
}

VOID CardCompletionDpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension,
                       PVOID SystemArgument1, PVOID SystemArgument2) {
  PCARD card = (PCARD)HwDeviceExtension;
  STOR_LOCK_HANDLE lock;
  PSTORAGE_REQUEST_BLOCK done;
  UNREFERENCED_PARAMETER(Dpc);
  UNREFERENCED_PARAMETER(SystemArgument1);
  UNREFERENCED_PARAMETER(SystemArgument2);
  StorPortAcquireSpinLock(HwDeviceExtension, InterruptLock, NULL, &lock);
  done = card->Pending;
  card->Pending = NULL;
  if (done == NULL)
    return; // the interrupt lock is still held here
  card->Outstanding--;
  StorPortReleaseSpinLock(HwDeviceExtension, &lock);
  SrbSetSrbStatus(done, SRB_STATUS_SUCCESS);
  StorPortNotification(RequestComplete, HwDeviceExtension, done);
}
// CHECK: :[[@LINE-10]]:3: warning: {{.*}}lock{{.*}} [lock-not-released]

BOOLEAN CardResetBus(PVOID DeviceExtension, ULONG PathId) {
  StorPortCompleteRequest(DeviceExtension, (UCHAR)PathId, SP_UNTAGGED,
                          SP_UNTAGGED, SRB_STATUS_BUS_RESET);
  return TRUE;
}

SCSI_ADAPTER_CONTROL_STATUS
CardAdapterControl(PVOID DeviceExtension, SCSI_ADAPTER_CONTROL_TYPE ControlType,
                   PVOID Parameters) {
  UNREFERENCED_PARAMETER(DeviceExtension);
  if (ControlType == ScsiQuerySupportedControlTypes) {
    PSCSI_SUPPORTED_CONTROL_TYPE_LIST list =
        (PSCSI_SUPPORTED_CONTROL_TYPE_LIST)Parameters;
    if (list->MaxControlType > ScsiStopAdapter)
      list->SupportedTypeList[ScsiStopAdapter] = TRUE;
  }
  return ScsiAdapterControlSuccess;
}

// A request for the storage property a class driver would send down.
ULONG CardQuerySize(PSTORAGE_PROPERTY_QUERY Query, PSRB_IO_CONTROL Ioctl) {
  if (Query->PropertyId == StorageAdapterProperty &&
      Query->QueryType == PropertyStandardQuery)
    return sizeof(STORAGE_ADAPTER_DESCRIPTOR);
  if (Ioctl->ControlCode == IOCTL_SCSI_MINIPORT_IDENTIFY)
    return Ioctl->Length;
  return IOCTL_STORAGE_QUERY_PROPERTY == IOCTL_SCSI_PASS_THROUGH ? 1 : 0;
}

ULONG DriverEntry(PVOID DriverObject, PVOID RegistryPath) {
  HW_INITIALIZATION_DATA init;
  RtlZeroMemory(&init, sizeof(init));
  init.HwInitializationDataSize = sizeof(HW_INITIALIZATION_DATA);
  init.AdapterInterfaceType = PCIBus;
  init.HwFindAdapter = CardFindAdapter;
  init.HwInitialize = CardInitialize;
  init.HwStartIo = CardStartIo;
  init.HwBuildIo = CardBuildIo;
  init.HwInterrupt = CardInterrupt;
  init.HwResetBus = CardResetBus;
  init.HwAdapterControl = CardAdapterControl;
  init.DeviceExtensionSize = sizeof(CARD);
  init.NumberOfAccessRanges = 1;
  init.SrbTypeFlags = SRB_TYPE_FLAG_STORAGE_REQUEST_BLOCK;
  init.FeatureSupport = STOR_FEATURE_FULL_PNP_DEVICE_CAPABILITIES;
  return StorPortInitialize(DriverObject, RegistryPath, &init, NULL);
}
