// The bundled ata.h as an AHCI-style Storport miniport uses it, with the
// storage additions that come with it: IDENTIFY_DEVICE_DATA and
// IDENTIFY_PACKET_DATA members, the IDE_COMMAND_* opcodes and register bits,
// the general purpose log pages (NCQ error, device statistics, hybrid
// information, current device internal status, supported capabilities),
// SrbGetScsiData returning the CDB, the telemetry limits, DumpMode values,
// the Storport power control header, the error history and physical element
// structures of scsi.h, the StorPortLogError codes, StorPortGetGroupAffinity
// and the 64-bit register buffer routines, and PZZSTR / MAXULONG64. A missing
// or misdeclared name is a clang error, which fails the test. The SAL of the
// Storport spin lock is read in such a driver: a path that keeps the lock is a
// finding. RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <ata.h>
#include <miniport.h>
#include <ntddscsi.h>
#include <ntddstor.h>
#include <srbhelper.h>
#include <storport.h>

typedef struct _PORT {
  PIDENTIFY_DEVICE_DATA Identify;
  PIDENTIFY_PACKET_DATA PacketIdentify;
  UCHAR LogPage[512];
  GP_LOG_HYBRID_INFORMATION_HEADER Hybrid;
  ULONG GpLogs[TC_PUBLIC_DEVICEDUMP_CONTENT_GPLOG_MAX];
  UCHAR DumpMode;
  ULONG Queued;
} PORT, *PPORT;

// Picks the opcode for a transfer from what IDENTIFY DEVICE reports.
static UCHAR PickReadCommand(PPORT Port, BOOLEAN Write) {
  PIDENTIFY_DEVICE_DATA id = Port->Identify;
  if (id->SerialAtaCapabilities.NCQ && id->QueueDepth > 1)
    return Write ? IDE_COMMAND_WRITE_FPDMA_QUEUED
                 : IDE_COMMAND_READ_FPDMA_QUEUED;
  if (id->CommandSetSupport.BigLba && id->CommandSetActive.BigLba)
    return Write ? IDE_COMMAND_WRITE_DMA_EXT : IDE_COMMAND_READ_DMA_EXT;
  if (id->Capabilities.DmaSupported)
    return Write ? IDE_COMMAND_WRITE_DMA : IDE_COMMAND_READ_DMA;
  return IDE_COMMAND_NOT_VALID;
}

static ULONGLONG Capacity(PIDENTIFY_DEVICE_DATA Id) {
  if (Id->CommandSetSupport.BigLba)
    return ((ULONGLONG)Id->Max48BitLBA[1] << 32) | Id->Max48BitLBA[0];
  return Id->UserAddressableSectors;
}

static ULONG SectorBytes(PIDENTIFY_DEVICE_DATA Id) {
  if (Id->PhysicalLogicalSectorSize.LogicalSectorLongerThan256Words)
    return 2 * (Id->WordsPerLogicalSector[0] |
                ((ULONG)Id->WordsPerLogicalSector[1] << 16));
  return 512;
}

static BOOLEAN PacketDeviceWantsDmaDir(PIDENTIFY_PACKET_DATA Id) {
  return Id->DMADIR.DMADIRBitRequired && Id->Capabilities.DmaSupported &&
         !Id->Capabilities.InterleavedDmaSupported &&
         (Id->UltraDMASupport & 0x7F) == 0 &&
         Id->SerialAtaFeaturesSupported.AsynchronousNotification;
}

// Reads the log pages a controller fetches with READ LOG EXT.
static VOID ReadLogs(PPORT Port, UCHAR Address) {
  switch (Address) {
  case IDE_GP_LOG_NCQ_COMMAND_ERROR_ADDRESS: {
    PGP_LOG_NCQ_COMMAND_ERROR err = (PGP_LOG_NCQ_COMMAND_ERROR)Port->LogPage;
    if (!err->NonQueuedCmd && (err->Status & IDE_STATUS_ERROR) &&
        (err->Error & IDE_ERROR_DATA_ERROR))
      Port->Queued &= ~(1u << err->NcqTag);
    break;
  }
  case IDE_GP_LOG_DEVICE_STATISTICS_ADDRESS: {
    PGP_LOG_TEMPERATURE_STATISTICS t =
        (PGP_LOG_TEMPERATURE_STATISTICS)Port->LogPage;
    if (t->Header.PageNumber == IDE_GP_LOG_DEVICE_STATISTICS_TEMPERATURE_PAGE &&
        t->CurrentTemperature.Supported && t->CurrentTemperature.ValidValue &&
        t->CurrentTemperature.Value > 70)
      Port->Queued = 0;
    break;
  }
  case IDE_GP_LOG_HYBRID_INFO_ADDRESS: {
    PGP_LOG_HYBRID_INFORMATION h = (PGP_LOG_HYBRID_INFORMATION)Port->LogPage;
    if (h->Header.Enabled && h->Header.HybridInfoDescrCount > 0 &&
        h->Descriptor[0].HybridPriority <= h->Header.MaximumHybridPriorityLevel)
      StorPortCopyMemory(&Port->Hybrid, &h->Header, sizeof(Port->Hybrid));
    break;
  }
  case CURRENT_DEVICE_INTERNAL_STATUS_DATA_LOG_ADDRESS: {
    PCURRENT_DEVICE_INTERNAL_STATUS_LOG s =
        (PCURRENT_DEVICE_INTERNAL_STATUS_LOG)Port->LogPage;
    if (s->Area3LastLogPage >= s->Area1LastLogPage && s->SavedDataAvailable)
      Port->GpLogs[0] = s->OrganizationID;
    break;
  }
  case IDE_GP_LOG_IDENTIFY_DEVICE_DATA_ADDRESS: {
    PIDENTIFY_DEVICE_DATA_LOG_PAGE_SUPPORTED_CAPABILITIES c =
        (PIDENTIFY_DEVICE_DATA_LOG_PAGE_SUPPORTED_CAPABILITIES)Port->LogPage;
    if (c->Header.RevisionNumber == IDE_GP_LOG_VERSION &&
        c->DownloadMicrocodeCapabilities.Valid)
      Port->GpLogs[1] =
          (ULONG)c->DownloadMicrocodeCapabilities.DmMaxTransferSize;
    break;
  }
  default:
    break;
  }
}

// The SCSI side of READ BUFFER (error history) and GET PHYSICAL ELEMENT
// STATUS, filled from what the device reported.
static VOID FillErrorHistory(PVOID Srb, PPORT Port) {
  PCDB cdb = SrbGetScsiData(Srb, NULL, NULL, NULL, NULL, NULL);
  PERROR_HISTORY_DIRECTORY dir =
      (PERROR_HISTORY_DIRECTORY)SrbGetDataBuffer(Srb);
  ULONG length = 512;
  if (cdb == NULL || cdb->READ_BUFFER_16.Mode != READ_BUFFER_MODE_ERROR_HISTORY)
    return;
  dir->ErrorHistoryDirectoryList[0].SupportedBufferId =
      BUFFER_ID_RETURN_ERROR_HISTORY_MINIMUM_THRESHOLD;
  dir->ErrorHistoryDirectoryList[0].BufferFormat =
      BUFFER_FORMAT_CURRENT_INTERNAL_STATUS_DATA;
  REVERSE_BYTES(dir->ErrorHistoryDirectoryList[0].MaxAvailableLength, &length);
  Port->GpLogs[2] = sizeof(CURRENT_INTERNAL_STATUS_PARAMETER_DATA) +
                    sizeof(PHYSICAL_ELEMENT_STATUS_PARAMETER_DATA);
}

static BOOLEAN InCrashDump(PPORT Port) {
  return Port->DumpMode == DUMP_MODE_CRASH || Port->DumpMode == DUMP_MODE_HIBER;
}

static ULONG CountStrings(PZZSTR Strings) {
  ULONG n = 0;
  while (*Strings != '\0') {
    while (*Strings != '\0')
      Strings++;
    Strings++;
    n++;
  }
  return n;
}

VOID PortLogEvent(PVOID DeviceExtension, PPORT Port) {
  STORPORT_TELEMETRY_EVENT event;
  UCHAR name[EVENT_NAME_MAX_LENGTH] = "ncq";
  StorPortZeroMemory(&event, sizeof(event));
  StorPortCopyMemory(event.EventName, name, EVENT_NAME_MAX_LENGTH);
  event.EventBufferLength = min(Port->Queued, EVENT_BUFFER_MAX_LENGTH);
  if (Port->Queued == MAXULONG64 - 1 || InCrashDump(Port))
    return;
  StorPortLogTelemetry(DeviceExtension, NULL, &event);
}

VOID PortUnitControl(PVOID Parameters) {
  PSTOR_POFX_UNIT_POWER_INFO info = (PSTOR_POFX_UNIT_POWER_INFO)Parameters;
  PSTOR_ADDR_BTL8 addr = (PSTOR_ADDR_BTL8)info->Header.Address;
  if (info->IdlePowerEnabled && addr->Path == 0)
    info->IdlePowerEnabled = FALSE;
}

VOID PortNotify(PVOID DeviceExtension, PSTOR_ADDRESS Address) {
  StorPortAsyncNotificationDetected(DeviceExtension, Address,
                                    RAID_ASYNC_NOTIFY_FLAG_MEDIA_STATUS);
}

// The Storport additions an older miniport uses: group affinity, 64-bit
// register buffers, the StorPortLogError codes.
VOID PortDiagnose(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb,
                  PULONG64 Registers) {
  KAFFINITY mask = 0;
  ULONG64 values[2];
  PSTORPORT_EXTENDED_FUNCTIONS table = NULL;
  StorPortNotification(GetExtendedFunctionTable, DeviceExtension, &table);
  if (StorPortGetGroupAffinity(DeviceExtension, 0, &mask) !=
      STOR_STATUS_SUCCESS)
    StorPortLogError(DeviceExtension, Srb, 0, 0, 0, SP_INTERNAL_ADAPTER_ERROR,
                     SP_IRQ_NOT_RESPONDING);
  StorPortReadRegisterBufferUlong64(DeviceExtension, Registers, values, 2);
  StorPortWriteRegisterBufferUlong64(DeviceExtension, Registers, values, 2);
}

ULONG PortUse(PVOID Srb, PPORT Port, PZZSTR Ids) {
  ReadLogs(Port, IDE_GP_LOG_NCQ_COMMAND_ERROR_ADDRESS);
  FillErrorHistory(Srb, Port);
  return PickReadCommand(Port, FALSE) + (ULONG)Capacity(Port->Identify) +
         SectorBytes(Port->Identify) +
         PacketDeviceWantsDmaDir(Port->PacketIdentify) + CountStrings(Ids);
}

// The queue count is guarded by the interrupt lock; the early return
// keeps it.
VOID PortIssue(PVOID DeviceExtension, PPORT Port, UCHAR Command) {
  STOR_LOCK_HANDLE lock;
  StorPortAcquireSpinLock(DeviceExtension, InterruptLock, NULL, &lock);
  if (Command == IDE_COMMAND_NOT_VALID)
    return;
  Port->Queued++;
  StorPortReleaseSpinLock(DeviceExtension, &lock);
}
// CHECK: :[[@LINE-6]]:3: warning: {{.*}}lock{{.*}} [lock-not-released]
