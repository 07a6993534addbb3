/* irqlint's model of ntddscsi.h: the SCSI port's device I/O controls
 * (IOCTL_SCSI_...), pass-through requests, SRB_IO_CONTROL and the miniport
 * control codes carried in it (SMART, NV cache, hybrid disk, firmware), and
 * the ATA pass-through structures. Written from the documentation
 * (learn.microsoft.com "ntddscsi.h") -- not Microsoft's header. */
#ifndef IRQLINT_WDK_NTDDSCSI_H
#define IRQLINT_WDK_NTDDSCSI_H

#include "devioctl.h"

#define IOCTL_SCSI_BASE FILE_DEVICE_CONTROLLER
#define FILE_DEVICE_SCSI 0x0000001B
#define DD_SCSI_DEVICE_NAME "\\Device\\ScsiPort"

#define IOCTL_SCSI_PASS_THROUGH                                                \
  CTL_CODE(IOCTL_SCSI_BASE, 0x0401, METHOD_BUFFERED,                           \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_SCSI_MINIPORT                                                    \
  CTL_CODE(IOCTL_SCSI_BASE, 0x0402, METHOD_BUFFERED,                           \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_SCSI_GET_INQUIRY_DATA                                            \
  CTL_CODE(IOCTL_SCSI_BASE, 0x0403, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SCSI_GET_CAPABILITIES                                            \
  CTL_CODE(IOCTL_SCSI_BASE, 0x0404, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SCSI_PASS_THROUGH_DIRECT                                         \
  CTL_CODE(IOCTL_SCSI_BASE, 0x0405, METHOD_BUFFERED,                           \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_SCSI_GET_ADDRESS                                                 \
  CTL_CODE(IOCTL_SCSI_BASE, 0x0406, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SCSI_RESCAN_BUS                                                  \
  CTL_CODE(IOCTL_SCSI_BASE, 0x0407, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SCSI_GET_DUMP_POINTERS                                           \
  CTL_CODE(IOCTL_SCSI_BASE, 0x0408, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SCSI_FREE_DUMP_POINTERS                                          \
  CTL_CODE(IOCTL_SCSI_BASE, 0x0409, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_IDE_PASS_THROUGH                                                 \
  CTL_CODE(IOCTL_SCSI_BASE, 0x040A, METHOD_BUFFERED,                           \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_ATA_PASS_THROUGH                                                 \
  CTL_CODE(IOCTL_SCSI_BASE, 0x040B, METHOD_BUFFERED,                           \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_ATA_PASS_THROUGH_DIRECT                                          \
  CTL_CODE(IOCTL_SCSI_BASE, 0x040C, METHOD_BUFFERED,                           \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_ATA_MINIPORT                                                     \
  CTL_CODE(IOCTL_SCSI_BASE, 0x040D, METHOD_BUFFERED,                           \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_MINIPORT_PROCESS_SERVICE_IRP                                     \
  CTL_CODE(IOCTL_SCSI_BASE, 0x040E, METHOD_BUFFERED,                           \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_MPIO_PASS_THROUGH_PATH                                           \
  CTL_CODE(IOCTL_SCSI_BASE, 0x040F, METHOD_BUFFERED,                           \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_MPIO_PASS_THROUGH_PATH_DIRECT                                    \
  CTL_CODE(IOCTL_SCSI_BASE, 0x0410, METHOD_BUFFERED,                           \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_SCSI_PASS_THROUGH_EX                                             \
  CTL_CODE(IOCTL_SCSI_BASE, 0x0411, METHOD_BUFFERED,                           \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_SCSI_PASS_THROUGH_DIRECT_EX                                      \
  CTL_CODE(IOCTL_SCSI_BASE, 0x0412, METHOD_BUFFERED,                           \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_MPIO_PASS_THROUGH_PATH_EX                                        \
  CTL_CODE(IOCTL_SCSI_BASE, 0x0413, METHOD_BUFFERED,                           \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_MPIO_PASS_THROUGH_PATH_DIRECT_EX                                 \
  CTL_CODE(IOCTL_SCSI_BASE, 0x0414, METHOD_BUFFERED,                           \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
/* SRB-internal codes the class drivers send */
#define IOCTL_SCSI_EXECUTE_IN                                                  \
  CTL_CODE(IOCTL_SCSI_BASE, 0x0011, METHOD_BUFFERED,                           \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_SCSI_EXECUTE_OUT                                                 \
  CTL_CODE(IOCTL_SCSI_BASE, 0x0012, METHOD_BUFFERED,                           \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_SCSI_EXECUTE_NONE                                                \
  CTL_CODE(IOCTL_SCSI_BASE, 0x0013, METHOD_BUFFERED,                           \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)

/* ---- Pass-through ---- */
#define SCSI_IOCTL_DATA_OUT 0
#define SCSI_IOCTL_DATA_IN 1
#define SCSI_IOCTL_DATA_UNSPECIFIED 2
#define SCSI_IOCTL_DATA_BIDIRECTIONAL 3

typedef struct _SCSI_PASS_THROUGH {
  USHORT Length;
  UCHAR ScsiStatus;
  UCHAR PathId;
  UCHAR TargetId;
  UCHAR Lun;
  UCHAR CdbLength;
  UCHAR SenseInfoLength;
  UCHAR DataIn;
  ULONG DataTransferLength;
  ULONG TimeOutValue;
  ULONG_PTR DataBufferOffset;
  ULONG SenseInfoOffset;
  UCHAR Cdb[16];
} SCSI_PASS_THROUGH, *PSCSI_PASS_THROUGH;

typedef struct _SCSI_PASS_THROUGH_DIRECT {
  USHORT Length;
  UCHAR ScsiStatus;
  UCHAR PathId;
  UCHAR TargetId;
  UCHAR Lun;
  UCHAR CdbLength;
  UCHAR SenseInfoLength;
  UCHAR DataIn;
  ULONG DataTransferLength;
  ULONG TimeOutValue;
  PVOID DataBuffer;
  ULONG SenseInfoOffset;
  UCHAR Cdb[16];
} SCSI_PASS_THROUGH_DIRECT, *PSCSI_PASS_THROUGH_DIRECT;

/* the 32-bit caller's forms, seen by a 64-bit driver */
typedef struct _SCSI_PASS_THROUGH32 {
  USHORT Length;
  UCHAR ScsiStatus;
  UCHAR PathId;
  UCHAR TargetId;
  UCHAR Lun;
  UCHAR CdbLength;
  UCHAR SenseInfoLength;
  UCHAR DataIn;
  ULONG DataTransferLength;
  ULONG TimeOutValue;
  ULONG DataBufferOffset;
  ULONG SenseInfoOffset;
  UCHAR Cdb[16];
} SCSI_PASS_THROUGH32, *PSCSI_PASS_THROUGH32;

typedef struct _SCSI_PASS_THROUGH_DIRECT32 {
  USHORT Length;
  UCHAR ScsiStatus;
  UCHAR PathId;
  UCHAR TargetId;
  UCHAR Lun;
  UCHAR CdbLength;
  UCHAR SenseInfoLength;
  UCHAR DataIn;
  ULONG DataTransferLength;
  ULONG TimeOutValue;
  ULONG DataBuffer;
  ULONG SenseInfoOffset;
  UCHAR Cdb[16];
} SCSI_PASS_THROUGH_DIRECT32, *PSCSI_PASS_THROUGH_DIRECT32;

typedef struct _SCSI_PASS_THROUGH_EX {
  ULONG Version;
  ULONG Length;
  ULONG CdbLength;
  ULONG StorAddressLength;
  UCHAR ScsiStatus;
  UCHAR SenseInfoLength;
  UCHAR DataDirection;
  UCHAR Reserved;
  ULONG TimeOutValue;
  ULONG StorAddressOffset;
  ULONG SenseInfoOffset;
  ULONG DataOutTransferLength;
  ULONG DataInTransferLength;
  ULONG_PTR DataOutBufferOffset;
  ULONG_PTR DataInBufferOffset;
  UCHAR Cdb[ANYSIZE_ARRAY];
} SCSI_PASS_THROUGH_EX, *PSCSI_PASS_THROUGH_EX;

typedef struct _SCSI_PASS_THROUGH_DIRECT_EX {
  ULONG Version;
  ULONG Length;
  ULONG CdbLength;
  ULONG StorAddressLength;
  UCHAR ScsiStatus;
  UCHAR SenseInfoLength;
  UCHAR DataDirection;
  UCHAR Reserved;
  ULONG TimeOutValue;
  ULONG StorAddressOffset;
  ULONG SenseInfoOffset;
  ULONG DataOutTransferLength;
  ULONG DataInTransferLength;
  PVOID DataOutBuffer;
  PVOID DataInBuffer;
  UCHAR Cdb[ANYSIZE_ARRAY];
} SCSI_PASS_THROUGH_DIRECT_EX, *PSCSI_PASS_THROUGH_DIRECT_EX;

typedef struct _SCSI_PASS_THROUGH32_EX {
  ULONG Version;
  ULONG Length;
  ULONG CdbLength;
  ULONG StorAddressLength;
  UCHAR ScsiStatus;
  UCHAR SenseInfoLength;
  UCHAR DataDirection;
  UCHAR Reserved;
  ULONG TimeOutValue;
  ULONG StorAddressOffset;
  ULONG SenseInfoOffset;
  ULONG DataOutTransferLength;
  ULONG DataInTransferLength;
  ULONG DataOutBufferOffset;
  ULONG DataInBufferOffset;
  UCHAR Cdb[ANYSIZE_ARRAY];
} SCSI_PASS_THROUGH32_EX, *PSCSI_PASS_THROUGH32_EX;

typedef struct _SCSI_PASS_THROUGH_DIRECT32_EX {
  ULONG Version;
  ULONG Length;
  ULONG CdbLength;
  ULONG StorAddressLength;
  UCHAR ScsiStatus;
  UCHAR SenseInfoLength;
  UCHAR DataDirection;
  UCHAR Reserved;
  ULONG TimeOutValue;
  ULONG StorAddressOffset;
  ULONG SenseInfoOffset;
  ULONG DataOutTransferLength;
  ULONG DataInTransferLength;
  ULONG DataOutBuffer;
  ULONG DataInBuffer;
  UCHAR Cdb[ANYSIZE_ARRAY];
} SCSI_PASS_THROUGH_DIRECT32_EX, *PSCSI_PASS_THROUGH_DIRECT32_EX;

typedef struct _MPIO_PASS_THROUGH_PATH {
  SCSI_PASS_THROUGH PassThrough;
  ULONG Version;
  USHORT Length;
  UCHAR Flags;
  UCHAR PortNumber;
  ULONGLONG MpioPathId;
} MPIO_PASS_THROUGH_PATH, *PMPIO_PASS_THROUGH_PATH;

typedef struct _MPIO_PASS_THROUGH_PATH_DIRECT {
  SCSI_PASS_THROUGH_DIRECT PassThrough;
  ULONG Version;
  USHORT Length;
  UCHAR Flags;
  UCHAR PortNumber;
  ULONGLONG MpioPathId;
} MPIO_PASS_THROUGH_PATH_DIRECT, *PMPIO_PASS_THROUGH_PATH_DIRECT;

typedef struct _MPIO_PASS_THROUGH_PATH_EX {
  ULONG PassThroughOffset;
  ULONG Version;
  USHORT Length;
  UCHAR Flags;
  UCHAR PortNumber;
  ULONGLONG MpioPathId;
} MPIO_PASS_THROUGH_PATH_EX, *PMPIO_PASS_THROUGH_PATH_EX;

typedef struct _MPIO_PASS_THROUGH_PATH_DIRECT_EX {
  ULONG PassThroughOffset;
  ULONG Version;
  USHORT Length;
  UCHAR Flags;
  UCHAR PortNumber;
  ULONGLONG MpioPathId;
} MPIO_PASS_THROUGH_PATH_DIRECT_EX, *PMPIO_PASS_THROUGH_PATH_DIRECT_EX;

#define MPIO_IOCTL_FLAG_USE_PATHID 1
#define MPIO_IOCTL_FLAG_USE_SCSIADDRESS 2
#define MPIO_IOCTL_FLAG_INVOLVE_DSM 4

/* ---- Adapter queries ---- */
typedef struct _SCSI_BUS_DATA {
  UCHAR NumberOfLogicalUnits;
  UCHAR InitiatorBusId;
  ULONG InquiryDataOffset;
} SCSI_BUS_DATA, *PSCSI_BUS_DATA;

typedef struct _SCSI_ADAPTER_BUS_INFO {
  UCHAR NumberOfBuses;
  SCSI_BUS_DATA BusData[1];
} SCSI_ADAPTER_BUS_INFO, *PSCSI_ADAPTER_BUS_INFO;

typedef struct _SCSI_INQUIRY_DATA {
  UCHAR PathId;
  UCHAR TargetId;
  UCHAR Lun;
  BOOLEAN DeviceClaimed;
  ULONG InquiryDataLength;
  ULONG NextInquiryDataOffset;
  UCHAR InquiryData[1];
} SCSI_INQUIRY_DATA, *PSCSI_INQUIRY_DATA;

typedef struct _IO_SCSI_CAPABILITIES {
  ULONG Length;
  ULONG MaximumTransferLength;
  ULONG MaximumPhysicalPages;
  ULONG SupportedAsynchronousEvents;
  ULONG AlignmentMask;
  BOOLEAN TaggedQueuing;
  BOOLEAN AdapterScansDown;
  BOOLEAN AdapterUsesPio;
} IO_SCSI_CAPABILITIES, *PIO_SCSI_CAPABILITIES;

typedef struct _SCSI_ADDRESS {
  ULONG Length;
  UCHAR PortNumber;
  UCHAR PathId;
  UCHAR TargetId;
  UCHAR Lun;
} SCSI_ADDRESS, *PSCSI_ADDRESS;

typedef struct _DUMP_POINTERS {
  struct _ADAPTER_OBJECT *AdapterObject;
  PVOID MappedRegisterBase;
  PVOID DumpData;
  PVOID CommonBufferVa;
  LARGE_INTEGER CommonBufferPa;
  ULONG CommonBufferSize;
  BOOLEAN AllocateCommonBuffers;
  BOOLEAN UseDiskDump;
  UCHAR Spare1[2];
  PVOID DeviceObject;
} DUMP_POINTERS, *PDUMP_POINTERS;

/* ---- IOCTL_SCSI_MINIPORT: SRB_IO_CONTROL and its codes ---- */
typedef struct _SRB_IO_CONTROL {
  ULONG HeaderLength;
  UCHAR Signature[8];
  ULONG Timeout;
  ULONG ControlCode;
  ULONG ReturnCode;
  ULONG Length;
} SRB_IO_CONTROL, *PSRB_IO_CONTROL;

#define IOCTL_SCSI_MINIPORT_SMART_VERSION ((FILE_DEVICE_SCSI << 16) + 0x0500)
#define IOCTL_SCSI_MINIPORT_IDENTIFY ((FILE_DEVICE_SCSI << 16) + 0x0501)
#define IOCTL_SCSI_MINIPORT_READ_SMART_ATTRIBS                                 \
  ((FILE_DEVICE_SCSI << 16) + 0x0502)
#define IOCTL_SCSI_MINIPORT_READ_SMART_THRESHOLDS                              \
  ((FILE_DEVICE_SCSI << 16) + 0x0503)
#define IOCTL_SCSI_MINIPORT_ENABLE_SMART ((FILE_DEVICE_SCSI << 16) + 0x0504)
#define IOCTL_SCSI_MINIPORT_DISABLE_SMART ((FILE_DEVICE_SCSI << 16) + 0x0505)
#define IOCTL_SCSI_MINIPORT_RETURN_STATUS ((FILE_DEVICE_SCSI << 16) + 0x0506)
#define IOCTL_SCSI_MINIPORT_ENABLE_DISABLE_AUTOSAVE                            \
  ((FILE_DEVICE_SCSI << 16) + 0x0507)
#define IOCTL_SCSI_MINIPORT_SAVE_ATTRIBUTE_VALUES                              \
  ((FILE_DEVICE_SCSI << 16) + 0x0508)
#define IOCTL_SCSI_MINIPORT_EXECUTE_OFFLINE_DIAGS                              \
  ((FILE_DEVICE_SCSI << 16) + 0x0509)
#define IOCTL_SCSI_MINIPORT_ENABLE_DISABLE_AUTO_OFFLINE                        \
  ((FILE_DEVICE_SCSI << 16) + 0x050A)
#define IOCTL_SCSI_MINIPORT_READ_SMART_LOG ((FILE_DEVICE_SCSI << 16) + 0x050B)
#define IOCTL_SCSI_MINIPORT_WRITE_SMART_LOG ((FILE_DEVICE_SCSI << 16) + 0x050C)
#define IOCTL_SCSI_MINIPORT_NVCACHE ((FILE_DEVICE_SCSI << 16) + 0x0600)
#define IOCTL_SCSI_MINIPORT_HYBRID ((FILE_DEVICE_SCSI << 16) + 0x0620)
#define IOCTL_SCSI_MINIPORT_FIRMWARE ((FILE_DEVICE_SCSI << 16) + 0x0780)
#define IOCTL_SCSI_MINIPORT_DSM_GENERAL ((FILE_DEVICE_SCSI << 16) + 0x0721)

/* ---- ATA pass-through ---- */
typedef struct _ATA_PASS_THROUGH_EX {
  USHORT Length;
  USHORT AtaFlags;
  UCHAR PathId;
  UCHAR TargetId;
  UCHAR Lun;
  UCHAR ReservedAsUchar;
  ULONG DataTransferLength;
  ULONG TimeOutValue;
  ULONG ReservedAsUlong;
  ULONG_PTR DataBufferOffset;
  UCHAR PreviousTaskFile[8];
  UCHAR CurrentTaskFile[8];
} ATA_PASS_THROUGH_EX, *PATA_PASS_THROUGH_EX;

typedef struct _ATA_PASS_THROUGH_DIRECT {
  USHORT Length;
  USHORT AtaFlags;
  UCHAR PathId;
  UCHAR TargetId;
  UCHAR Lun;
  UCHAR ReservedAsUchar;
  ULONG DataTransferLength;
  ULONG TimeOutValue;
  ULONG ReservedAsUlong;
  PVOID DataBuffer;
  UCHAR PreviousTaskFile[8];
  UCHAR CurrentTaskFile[8];
} ATA_PASS_THROUGH_DIRECT, *PATA_PASS_THROUGH_DIRECT;

#define ATA_FLAGS_DRDY_REQUIRED (1 << 0)
#define ATA_FLAGS_DATA_IN (1 << 1)
#define ATA_FLAGS_DATA_OUT (1 << 2)
#define ATA_FLAGS_48BIT_COMMAND (1 << 3)
#define ATA_FLAGS_USE_DMA (1 << 4)
#define ATA_FLAGS_NO_MULTIPLE (1 << 5)

/* ---- NV cache (IOCTL_SCSI_MINIPORT_NVCACHE) ---- */
#define NRB_FUNCTION_NVCACHE_INFO 0xEC
#define NRB_FUNCTION_SPINDLE_STATUS 0xE5
#define NRB_FUNCTION_NVCACHE_POWER_MODE_SET 0x00
#define NRB_FUNCTION_NVCACHE_POWER_MODE_RETURN 0x01
#define NRB_FUNCTION_FLUSH_NVCACHE 0x14
#define NRB_FUNCTION_QUERY_PINNED_SET 0x12
#define NRB_FUNCTION_QUERY_CACHE_MISS 0x13
#define NRB_FUNCTION_ADD_LBAS_PINNED_SET 0x10
#define NRB_FUNCTION_REMOVE_LBAS_PINNED_SET 0x11
#define NRB_FUNCTION_QUERY_ASCENDER_STATUS 0xD0
#define NRB_FUNCTION_QUERY_HYBRID_DISK_STATUS 0xD1
#define NRB_SUCCESS 0
#define NRB_ILLEGAL_REQUEST 1
#define NRB_INVALID_PARAMETER 2
#define NRB_INPUT_DATA_OVERRUN 3
#define NRB_INPUT_DATA_UNDERRUN 4
#define NRB_OUTPUT_DATA_OVERRUN 5
#define NRB_OUTPUT_DATA_UNDERRUN 6

typedef struct _NVCACHE_REQUEST_BLOCK {
  ULONG NRBSize;
  USHORT Function;
  ULONG NRBFlags;
  ULONG NRBStatus;
  ULONG Count;
  ULONGLONG LBA;
  ULONG DataBufSize;
  ULONG NVCacheStatus;
  ULONG NVCacheSubStatus;
} NVCACHE_REQUEST_BLOCK, *PNVCACHE_REQUEST_BLOCK;

typedef struct _NV_FEATURE_PARAMETER {
  USHORT NVPowerModeEnabled;
  USHORT NVParameterReserv1;
  USHORT NVCmdEnabled;
  USHORT NVParameterReserv2;
  USHORT NVPowerModeVer;
  USHORT NVCmdVer;
  ULONG NVSize;
  USHORT NVReadSpeed;
  USHORT NVWrtSpeed;
  ULONG DeviceSpinUpTime;
} NV_FEATURE_PARAMETER, *PNV_FEATURE_PARAMETER;

typedef struct _NVCACHE_PRIORITY_LEVEL_DESCRIPTOR {
  UCHAR PriorityLevel;
  UCHAR Reserved0[3];
  ULONG ConsumedNVMSizeFraction;
  ULONG ConsumedMappingResourcesFraction;
  ULONG ConsumedNVMSizeForDirtyDataFraction;
  ULONG ConsumedMappingResourcesForDirtyDataFraction;
  ULONG Reserved1;
} NVCACHE_PRIORITY_LEVEL_DESCRIPTOR, *PNVCACHE_PRIORITY_LEVEL_DESCRIPTOR;

/* ---- Hybrid disks (IOCTL_SCSI_MINIPORT_HYBRID) ---- */
#define HYBRID_FUNCTION_GET_INFO 0x01
#define HYBRID_FUNCTION_DISABLE_CACHING_MEDIUM 0x10
#define HYBRID_FUNCTION_ENABLE_CACHING_MEDIUM 0x11
#define HYBRID_FUNCTION_SET_DIRTY_THRESHOLD 0x12
#define HYBRID_FUNCTION_DEMOTE_BY_SIZE 0x13
#define HYBRID_STATUS_SUCCESS 0x0
#define HYBRID_STATUS_ILLEGAL_REQUEST 0x1
#define HYBRID_STATUS_INVALID_PARAMETER 0x2
#define HYBRID_STATUS_OUTPUT_BUFFER_TOO_SMALL 0x3
#define HYBRID_STATUS_ENABLE_REFCOUNT_HOLD 0x10
#define HYBRID_REQUEST_BLOCK_STRUCTURE_VERSION 0x1
#define HYBRID_REQUEST_INFO_STRUCTURE_VERSION 0x1

typedef struct _HYBRID_REQUEST_BLOCK {
  ULONG Version;
  ULONG Size;
  ULONG Function;
  ULONG Flags;
  ULONG DataBufferOffset;
  ULONG DataBufferLength;
} HYBRID_REQUEST_BLOCK, *PHYBRID_REQUEST_BLOCK;

typedef enum _NVCACHE_TYPE {
  NvCacheTypeUnknown = 0,
  NvCacheTypeNone = 1,
  NvCacheTypeWriteBack = 2,
  NvCacheTypeWriteThrough = 3
} NVCACHE_TYPE;

typedef enum _NVCACHE_STATUS {
  NvCacheStatusUnknown = 0,
  NvCacheStatusDisabling = 1,
  NvCacheStatusDisabled = 2,
  NvCacheStatusEnabled = 3
} NVCACHE_STATUS;

#define HYBRID_INFORMATION_DISABLED 0
#define HYBRID_INFORMATION_ENABLED 1
#define HYBRID_INFORMATION_DISABLE_IN_PROCESS 2

typedef struct _HYBRID_INFORMATION {
  ULONG Version;
  ULONG Size;
  BOOLEAN HybridSupported;
  NVCACHE_STATUS Status;
  NVCACHE_TYPE CacheTypeEffective;
  NVCACHE_TYPE CacheTypeDefault;
  ULONG FractionBase;
  ULONGLONG CacheSize;
  struct {
    ULONG WriteCacheChangeable : 1;
    ULONG WriteThroughIoSupported : 1;
    ULONG FlushCacheSupported : 1;
    ULONG Removable : 1;
    ULONG ReservedBits : 28;
  } Attributes;
  struct {
    UCHAR PriorityLevelCount;
    BOOLEAN MaxPriorityBehavior;
    UCHAR OptimalWriteGranularity;
    UCHAR Reserved;
    ULONG DirtyThresholdLow;
    ULONG DirtyThresholdHigh;
    struct {
      ULONG CacheDisable : 1;
      ULONG SetDirtyThreshold : 1;
      ULONG PriorityDemoteBySize : 1;
      ULONG PriorityChangeByLbaRange : 1;
      ULONG Evict : 1;
      ULONG ReservedBits : 27;
      ULONG MaxEvictCommands;
      ULONG MaxLbaRangeCountForEvict;
      ULONG MaxLbaRangeCountForChangeLba;
    } SupportedCommands;
    NVCACHE_PRIORITY_LEVEL_DESCRIPTOR Priority[0];
  } Priorities;
} HYBRID_INFORMATION, *PHYBRID_INFORMATION;

typedef struct _HYBRID_DIRTY_THRESHOLDS {
  ULONG Version;
  ULONG Size;
  ULONG DirtyLowThreshold;
  ULONG DirtyHighThreshold;
} HYBRID_DIRTY_THRESHOLDS, *PHYBRID_DIRTY_THRESHOLDS;

typedef struct _HYBRID_DEMOTE_BY_SIZE {
  ULONG Version;
  ULONG Size;
  UCHAR SourcePriority;
  UCHAR TargetPriority;
  USHORT Reserved0;
  ULONG Reserved1;
  ULONGLONG LbaCount;
} HYBRID_DEMOTE_BY_SIZE, *PHYBRID_DEMOTE_BY_SIZE;

/* ---- Firmware (IOCTL_SCSI_MINIPORT_FIRMWARE) ---- */
#define FIRMWARE_FUNCTION_GET_INFO 0x01
#define FIRMWARE_FUNCTION_DOWNLOAD 0x02
#define FIRMWARE_FUNCTION_ACTIVATE 0x03
#define FIRMWARE_STATUS_SUCCESS 0x0
#define FIRMWARE_STATUS_ERROR 0x1
#define FIRMWARE_STATUS_ILLEGAL_REQUEST 0x2
#define FIRMWARE_STATUS_INVALID_PARAMETER 0x3
#define FIRMWARE_STATUS_INPUT_BUFFER_TOO_BIG 0x4
#define FIRMWARE_STATUS_OUTPUT_BUFFER_TOO_SMALL 0x5
#define FIRMWARE_STATUS_INVALID_SLOT 0x6
#define FIRMWARE_STATUS_INVALID_IMAGE 0x7
#define FIRMWARE_STATUS_CONTROLLER_ERROR 0x10
#define FIRMWARE_STATUS_POWER_CYCLE_REQUIRED 0x20
#define FIRMWARE_STATUS_DEVICE_ERROR 0x40
#define FIRMWARE_STATUS_INTERFACE_CRC_ERROR 0x80
#define FIRMWARE_STATUS_UNCORRECTABLE_DATA_ERROR 0x81
#define FIRMWARE_STATUS_MEDIA_CHANGE 0x82
#define FIRMWARE_STATUS_ID_NOT_FOUND 0x83
#define FIRMWARE_STATUS_MEDIA_CHANGE_REQUEST 0x84
#define FIRMWARE_STATUS_COMMAND_ABORT 0x85
#define FIRMWARE_STATUS_END_OF_MEDIA 0x86
#define FIRMWARE_STATUS_ILLEGAL_LENGTH 0x87
#define FIRMWARE_REQUEST_BLOCK_STRUCTURE_VERSION 0x1
#define FIRMWARE_REQUEST_FLAG_CONTROLLER 0x00000001
#define FIRMWARE_REQUEST_FLAG_LAST_SEGMENT 0x00000002
#define FIRMWARE_REQUEST_FLAG_FIRST_SEGMENT 0x00000004
#define FIRMWARE_REQUEST_FLAG_SWITCH_TO_EXISTING_FIRMWARE 0x80000000

typedef struct _FIRMWARE_REQUEST_BLOCK {
  ULONG Version;
  ULONG Size;
  ULONG Function;
  ULONG Flags;
  ULONG DataBufferOffset;
  ULONG DataBufferLength;
} FIRMWARE_REQUEST_BLOCK, *PFIRMWARE_REQUEST_BLOCK;

#define STORAGE_FIRMWARE_INFO_STRUCTURE_VERSION 0x1
#define STORAGE_FIRMWARE_INFO_STRUCTURE_VERSION_V2 0x2
#define STORAGE_FIRMWARE_INFO_INVALID_SLOT 0xFF
#define STORAGE_FIRMWARE_SLOT_INFO_V2_REVISION_LENGTH 16

typedef struct _STORAGE_FIRMWARE_SLOT_INFO {
  UCHAR SlotNumber;
  BOOLEAN ReadOnly;
  UCHAR Reserved[6];
  union {
    UCHAR Info[8];
    ULONGLONG AsUlonglong;
  } Revision;
} STORAGE_FIRMWARE_SLOT_INFO, *PSTORAGE_FIRMWARE_SLOT_INFO;

typedef struct _STORAGE_FIRMWARE_SLOT_INFO_V2 {
  UCHAR SlotNumber;
  BOOLEAN ReadOnly;
  UCHAR Reserved[6];
  UCHAR Revision[STORAGE_FIRMWARE_SLOT_INFO_V2_REVISION_LENGTH];
} STORAGE_FIRMWARE_SLOT_INFO_V2, *PSTORAGE_FIRMWARE_SLOT_INFO_V2;

typedef struct _STORAGE_FIRMWARE_INFO {
  ULONG Version;
  ULONG Size;
  BOOLEAN UpgradeSupport;
  UCHAR SlotCount;
  UCHAR ActiveSlot;
  UCHAR PendingActivateSlot;
  ULONG Reserved;
  STORAGE_FIRMWARE_SLOT_INFO Slot[0];
} STORAGE_FIRMWARE_INFO, *PSTORAGE_FIRMWARE_INFO;

typedef struct _STORAGE_FIRMWARE_INFO_V2 {
  ULONG Version;
  ULONG Size;
  BOOLEAN UpgradeSupport;
  UCHAR SlotCount;
  UCHAR ActiveSlot;
  UCHAR PendingActivateSlot;
  BOOLEAN FirmwareShared;
  UCHAR Reserved[3];
  ULONG ImagePayloadAlignment;
  ULONG ImagePayloadMaxSize;
  STORAGE_FIRMWARE_SLOT_INFO_V2 Slot[0];
} STORAGE_FIRMWARE_INFO_V2, *PSTORAGE_FIRMWARE_INFO_V2;

typedef struct _STORAGE_FIRMWARE_DOWNLOAD {
  ULONG Version;
  ULONG Size;
  ULONGLONG Offset;
  ULONGLONG BufferSize;
  UCHAR ImageBuffer[0];
} STORAGE_FIRMWARE_DOWNLOAD, *PSTORAGE_FIRMWARE_DOWNLOAD;

typedef struct _STORAGE_FIRMWARE_DOWNLOAD_V2 {
  ULONG Version;
  ULONG Size;
  ULONGLONG Offset;
  ULONGLONG BufferSize;
  UCHAR Slot;
  UCHAR Reserved[3];
  ULONG ImageSize;
  UCHAR ImageBuffer[0];
} STORAGE_FIRMWARE_DOWNLOAD_V2, *PSTORAGE_FIRMWARE_DOWNLOAD_V2;

typedef struct _STORAGE_FIRMWARE_ACTIVATE {
  ULONG Version;
  ULONG Size;
  UCHAR SlotToActivate;
  UCHAR Reserved0[3];
} STORAGE_FIRMWARE_ACTIVATE, *PSTORAGE_FIRMWARE_ACTIVATE;

/* ---- Miniport signatures of the storage queries ---- */
#define IOCTL_MINIPORT_SIGNATURE_SCSIDISK "SCSIDISK"
#define IOCTL_MINIPORT_SIGNATURE_HYBRDISK "HYBRDISK"
#define IOCTL_MINIPORT_SIGNATURE_DSM_NOTIFICATION "MPDSM   "
#define IOCTL_MINIPORT_SIGNATURE_DSM_GENERAL "MPDSMGEN"
#define IOCTL_MINIPORT_SIGNATURE_FIRMWARE "FIRMWARE"
#define IOCTL_MINIPORT_SIGNATURE_QUERY_PROTOCOL "PROTOCOL"
#define IOCTL_MINIPORT_SIGNATURE_QUERY_TEMPERATURE "TEMPERAT"
#define IOCTL_MINIPORT_SIGNATURE_SET_TEMPERATURE_THRESHOLD "SETTEMPT"
#define IOCTL_MINIPORT_SIGNATURE_QUERY_PHYSICAL_TOPOLOGY "TOPOLOGY"
#define IOCTL_MINIPORT_SIGNATURE_ENDURANCE_INFO "ENDURINF"

/* ---- added for storage (hstor): MPIO pass-through from a 32-bit caller ----
 */
typedef struct _MPIO_PASS_THROUGH_PATH32 {
  SCSI_PASS_THROUGH32 PassThrough;
  ULONG Version;
  USHORT Length;
  UCHAR Flags;
  UCHAR PortNumber;
  ULONGLONG MpioPathId;
} MPIO_PASS_THROUGH_PATH32, *PMPIO_PASS_THROUGH_PATH32;

typedef struct _MPIO_PASS_THROUGH_PATH32_EX {
  ULONG PassThroughOffset;
  ULONG Version;
  USHORT Length;
  UCHAR Flags;
  UCHAR PortNumber;
  ULONGLONG MpioPathId;
} MPIO_PASS_THROUGH_PATH32_EX, *PMPIO_PASS_THROUGH_PATH32_EX;
/* ---- end: added for storage (hstor) ---- */

#endif /* IRQLINT_WDK_NTDDSCSI_H */
