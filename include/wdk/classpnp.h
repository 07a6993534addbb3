/* irqlint's model of classpnp.h, the storage class driver library
 * (classpnp.sys) that disk, CD-ROM and tape class drivers are built on:
 * the device extensions it shares with them (COMMON_, FUNCTIONAL_ and
 * PHYSICAL_DEVICE_EXTENSION), the CLASS_INIT_DATA / CLASS_DEV_INFO a class
 * driver registers with ClassInitialize and their callback types, WMI
 * registration, the support structures (failure prediction, power context,
 * file-object extensions, SRB history) and the Class... routines. Written
 * from the documentation (learn.microsoft.com "classpnp.h" reference pages)
 * -- not Microsoft's header; layouts carry the members drivers use and are
 * not guaranteed to be binary exact. Like the real header it includes the
 * storage I/O control headers and scsi.h.
 *
 * The remove lock: ClassAcquireRemoveLock takes a reference on the device
 * for a tag and ClassReleaseRemoveLock gives it back; they are counts, not
 * locks that exclude anyone, so they carry no lock annotation here. */
#ifndef IRQLINT_WDK_CLASSPNP_H
#define IRQLINT_WDK_CLASSPNP_H

#include "ntdddisk.h"
#include "ntddk.h"
#include "ntddscsi.h"
#include "ntddstor.h"
#include "scsi.h"
#include "srb.h"

#define MAXIMUM_RETRIES 4
#define START_UNIT_TIMEOUT (60 * 4)
#define MEDIA_CHANGE_DEFAULT_TIME 1
#define MEDIA_CHANGE_TIMEOUT_TIME 300
#define DEFAULT_FAILURE_PREDICTION_PERIOD (60 * 60 * 1)

/* Structured exits of the library's routines without compiler SEH */
#define TRY
#define LEAVE goto __tryLabel;
#define FINALLY                                                                \
  __tryLabel:

#define CLASS_DRIVER_EXTENSION_KEY ((PVOID)ClassInitialize)

/* pool tags */
#define CLASS_TAG_AUTORUN_DISABLE 'ALcS'
#define CLASS_TAG_FILE_OBJECT_EXTENSION 'FLcS'
#define CLASS_TAG_MEDIA_CHANGE_DETECTION 'MLcS'
#define CLASS_TAG_MOUNT 'mLcS'
#define CLASS_TAG_RELEASE_QUEUE 'qLcS'
#define CLASS_TAG_POWER 'WLcS'
#define CLASS_TAG_WMI 'wLcS'
#define CLASS_TAG_FAILURE_PREDICT 'fLcS'
#define CLASS_TAG_DEVICE_CONTROL 'OIcS'
#define CLASS_TAG_MODE_DATA 'oLcS'
#define CLASS_TAG_MULTIPATH 'mPcS'
#define CLASS_TAG_LOCK_TRACKING 'TLcS'
#define CLASS_TAG_LB_PROVISIONING 'PLcS'
#define CLASS_TAG_MANAGE_DATASET 'MDcS'

/* bits of the device extensions' DeviceFlags */
#define DEV_WRITE_CACHE 0x00000001
#define DEV_USE_SCSI1 0x00000002
#define DEV_SAFE_START_UNIT 0x00000004
#define DEV_NO_12BYTE_CDB 0x00000008
#define DEV_POWER_PROTECTED 0x00000010
#define DEV_USE_16BYTE_CDB 0x00000020

/* ScanForSpecialFlags */
#define CLASS_SPECIAL_DISABLE_SPIN_DOWN 0x00000001
#define CLASS_SPECIAL_DISABLE_SPIN_UP 0x00000002
#define CLASS_SPECIAL_NO_QUEUE_LOCK 0x00000008
#define CLASS_SPECIAL_DISABLE_WRITE_CACHE 0x00000010
#define CLASS_SPECIAL_CAUSE_NOT_REPORTABLE_HACK 0x00000020
#define CLASS_SPECIAL_DISABLE_WRITE_CACHE_NOT_SUPPORTED 0x00000040
#define CLASS_SPECIAL_MODIFY_CACHE_UNSUCCESSFUL 0x00000040
#define CLASS_SPECIAL_FUA_NOT_SUPPORTED 0x00000080
#define CLASS_SPECIAL_VALID_MASK 0x000000FB
#define CLASS_SPECIAL_RESERVED (~CLASS_SPECIAL_VALID_MASK)

/* class-driver bits of SrbFlags */
#define SRB_CLASS_FLAGS_LOW_PRIORITY 0x10000000
#define SRB_CLASS_FLAGS_PERSISTANT 0x20000000
#define SRB_CLASS_FLAGS_PAGING 0x40000000
#define SRB_CLASS_FLAGS_FREE_MDL 0x80000000

/* which SRB forms the class driver and the port below support */
#define CLASS_SRB_SCSI_REQUEST_BLOCK 0x1
#define CLASS_SRB_STORAGE_REQUEST_BLOCK 0x2

/* sizes of an extended SRB with one 16-byte CDB item and with no item */
#define CLASS_SRBEX_SCSI_CDB16_BUFFER_SIZE                                     \
  (ALIGN_UP_BY(sizeof(STORAGE_REQUEST_BLOCK), sizeof(STOR_ADDR_BTL8)) +        \
   ALIGN_UP_BY(sizeof(STOR_ADDR_BTL8), sizeof(SRBEX_DATA_SCSI_CDB16)) +        \
   sizeof(SRBEX_DATA_SCSI_CDB16))
#define CLASS_SRBEX_NO_SRBEX_DATA_BUFFER_SIZE                                  \
  (ALIGN_UP_BY(sizeof(STORAGE_REQUEST_BLOCK), sizeof(STOR_ADDR_BTL8)) +        \
   sizeof(STOR_ADDR_BTL8))
#ifndef ALIGN_UP_BY
#define ALIGN_UP_BY(length, alignment)                                         \
  (((ULONG_PTR)(length) + (alignment) - 1) & ~((ULONG_PTR)(alignment) - 1))
#endif

/* the removal states of COMMON_DEVICE_EXTENSION.IsRemoved */
#define NO_REMOVE 0
#define REMOVE_PENDING 1
#define REMOVE_COMPLETE 2

#define SET_FLAG(Flags, Bit) ((Flags) |= (Bit))
#define CLEAR_FLAG(Flags, Bit) ((Flags) &= ~(Bit))
#define TEST_FLAG(Flags, Bit) (((Flags) & (Bit)) != 0)

#define ClassAcquireRemoveLock(devobj, tag)                                    \
  ClassAcquireRemoveLockEx(devobj, tag, __FILE__, __LINE__)

#define ASSERT_FDO(x)                                                          \
  NT_ASSERT(((PCOMMON_DEVICE_EXTENSION)(x)->DeviceExtension)->IsFdo)
#define ASSERT_PDO(x)                                                          \
  NT_ASSERT(!(((PCOMMON_DEVICE_EXTENSION)(x)->DeviceExtension)->IsFdo))

#define IS_CLEANUP_REQUEST(majorFunction)                                      \
  (((majorFunction) == IRP_MJ_CLOSE) || ((majorFunction) == IRP_MJ_CLEANUP) || \
   ((majorFunction) == IRP_MJ_SHUTDOWN))
#define IS_SCSIOP_READ(opCode)                                                 \
  (((opCode) == SCSIOP_READ6) || ((opCode) == SCSIOP_READ) ||                  \
   ((opCode) == SCSIOP_READ12) || ((opCode) == SCSIOP_READ16))
#define IS_SCSIOP_WRITE(opCode)                                                \
  (((opCode) == SCSIOP_WRITE6) || ((opCode) == SCSIOP_WRITE) ||                \
   ((opCode) == SCSIOP_WRITE12) || ((opCode) == SCSIOP_WRITE16))
#define IS_SCSIOP_READWRITE(opCode)                                            \
  (IS_SCSIOP_READ(opCode) || IS_SCSIOP_WRITE(opCode))

/* Frees a pool block and clears the pointer. */
#define FREE_POOL(_PoolPtr)                                                    \
  if ((_PoolPtr) != NULL) {                                                    \
    ExFreePool(_PoolPtr);                                                      \
    (_PoolPtr) = NULL;                                                         \
  }

/* Sense buffers the port driver allocated (SRB_FLAGS_PORT_DRIVER_ALLOCSENSE)
 * instead of using the class driver's. */
#define PORT_ALLOCATED_SENSE(FdoExtension, Srb)                                \
  (TEST_FLAG((Srb)->SrbFlags, SRB_FLAGS_PORT_DRIVER_ALLOCSENSE) &&             \
   TEST_FLAG((Srb)->SrbFlags, SRB_FLAGS_FREE_SENSE_BUFFER) &&                  \
   ((Srb)->SenseInfoBuffer != (FdoExtension)->SenseData))
#define FREE_PORT_ALLOCATED_SENSE_BUFFER(FdoExtension, Srb)                    \
  do {                                                                         \
    ExFreePool((Srb)->SenseInfoBuffer);                                        \
    (Srb)->SenseInfoBuffer = (FdoExtension)->SenseData;                        \
    (Srb)->SenseInfoBufferLength = SENSE_BUFFER_SIZE;                          \
    CLEAR_FLAG((Srb)->SrbFlags, SRB_FLAGS_FREE_SENSE_BUFFER);                  \
  } while (0)

/* ---- Debug output ---- */
typedef enum _CLASS_DEBUG_LEVEL {
  ClassDebugError = 0,
  ClassDebugWarning = 1,
  ClassDebugTrace = 2,
  ClassDebugInfo = 3,
  ClassDebugMediaLocks = 8,
  ClassDebugMCN = 9,
  ClassDebugDelayedRetry = 10,
  ClassDebugSenseInfo = 11,
  ClassDebugRemoveLock = 12,
  ClassDebugExternal4 = 13,
  ClassDebugExternal3 = 14,
  ClassDebugExternal2 = 15,
  ClassDebugExternal1 = 16
} CLASS_DEBUG_LEVEL,
    *PCLASS_DEBUG_LEVEL;

VOID ClassDebugPrint(_In_ CLASS_DEBUG_LEVEL DebugPrintLevel,
                     _In_z_ PCCHAR DebugMessage, ...);

/* ---- Enumerations ---- */
typedef enum {
  EventGeneration,
  DataBlockCollection
} CLASSENABLEDISABLEFUNCTION;

typedef enum {
  FailurePredictionNone = 0,
  FailurePredictionIoctl,
  FailurePredictionSmart,
  FailurePredictionSense
} FAILURE_PREDICTION_METHOD,
    *PFAILURE_PREDICTION_METHOD;

typedef enum {
  MediaUnknown,
  MediaPresent,
  MediaNotPresent,
  MediaUnavailable
} MEDIA_CHANGE_DETECTION_STATE,
    *PMEDIA_CHANGE_DETECTION_STATE;

typedef enum _CLASS_FUNCTION_SUPPORT {
  SupportUnknown = 0,
  Supported,
  NotSupported
} CLASS_FUNCTION_SUPPORT;

typedef enum {
  PowerDownDeviceInitial,
  PowerDownDeviceLocked,
  PowerDownDeviceStopped,
  PowerDownDeviceOff,
  PowerDownDeviceUnlocked
} CLASS_POWER_DOWN_STATE;

typedef enum {
  PowerDownDeviceInitial2,
  PowerDownDeviceLocked2,
  PowerDownDeviceFlushed2,
  PowerDownDeviceStopped2,
  PowerDownDeviceOff2,
  PowerDownDeviceUnlocked2
} CLASS_POWER_DOWN_STATE2;

typedef enum {
  PowerDownDeviceInitial3 = 0,
  PowerDownDeviceLocked3,
  PowerDownDeviceQuiesced3,
  PowerDownDeviceFlushed3,
  PowerDownDeviceStopped3,
  PowerDownDeviceOff3,
  PowerDownDeviceUnlocked3
} CLASS_POWER_DOWN_STATE3;

typedef enum {
  PowerUpDeviceInitial,
  PowerUpDeviceLocked,
  PowerUpDeviceOn,
  PowerUpDeviceStarted,
  PowerUpDeviceUnlocked
} CLASS_POWER_UP_STATE;

/* ---- WMI registration ---- */
typedef struct {
  GUID Guid;
  ULONG InstanceCount;
  ULONG Flags;
} GUIDREGINFO, *PGUIDREGINFO;

struct _CLASS_INIT_DATA;
typedef struct _CLASS_PRIVATE_FDO_DATA CLASS_PRIVATE_FDO_DATA,
    *PCLASS_PRIVATE_FDO_DATA;
typedef struct _CLASS_PRIVATE_PDO_DATA CLASS_PRIVATE_PDO_DATA,
    *PCLASS_PRIVATE_PDO_DATA;
typedef struct _CLASS_PRIVATE_COMMON_DATA CLASS_PRIVATE_COMMON_DATA,
    *PCLASS_PRIVATE_COMMON_DATA;
typedef struct _MEDIA_CHANGE_DETECTION_INFO MEDIA_CHANGE_DETECTION_INFO,
    *PMEDIA_CHANGE_DETECTION_INFO;
typedef struct _FAILURE_PREDICTION_INFO FAILURE_PREDICTION_INFO,
    *PFAILURE_PREDICTION_INFO;
typedef struct _FUNCTIONAL_DEVICE_EXTENSION FUNCTIONAL_DEVICE_EXTENSION,
    *PFUNCTIONAL_DEVICE_EXTENSION;
typedef struct _PHYSICAL_DEVICE_EXTENSION PHYSICAL_DEVICE_EXTENSION,
    *PPHYSICAL_DEVICE_EXTENSION;

/* ---- Callbacks a class driver supplies ---- */
typedef VOID CLASS_ERROR(_In_ PDEVICE_OBJECT DeviceObject,
                         _In_ PSCSI_REQUEST_BLOCK Srb, _Out_ NTSTATUS *Status,
                         _Inout_ BOOLEAN *Retry);
typedef CLASS_ERROR *PCLASS_ERROR;
typedef NTSTATUS CLASS_ADD_DEVICE(_In_ PDRIVER_OBJECT DriverObject,
                                  _In_ PDEVICE_OBJECT Pdo);
typedef CLASS_ADD_DEVICE *PCLASS_ADD_DEVICE;
typedef NTSTATUS CLASS_POWER_DEVICE(_In_ PDEVICE_OBJECT DeviceObject,
                                    _In_ PIRP Irp);
typedef CLASS_POWER_DEVICE *PCLASS_POWER_DEVICE;
typedef NTSTATUS CLASS_START_DEVICE(_In_ PDEVICE_OBJECT DeviceObject);
typedef CLASS_START_DEVICE *PCLASS_START_DEVICE;
typedef NTSTATUS CLASS_STOP_DEVICE(_In_ PDEVICE_OBJECT DeviceObject,
                                   _In_ UCHAR Type);
typedef CLASS_STOP_DEVICE *PCLASS_STOP_DEVICE;
typedef NTSTATUS CLASS_INIT_DEVICE(_In_ PDEVICE_OBJECT DeviceObject);
typedef CLASS_INIT_DEVICE *PCLASS_INIT_DEVICE;
typedef NTSTATUS CLASS_ENUM_DEVICE(_In_ PDEVICE_OBJECT DeviceObject);
typedef CLASS_ENUM_DEVICE *PCLASS_ENUM_DEVICE;
typedef NTSTATUS CLASS_READ_WRITE(_In_ PDEVICE_OBJECT DeviceObject,
                                  _In_ PIRP Irp);
typedef CLASS_READ_WRITE *PCLASS_READ_WRITE;
typedef NTSTATUS CLASS_DEVICE_CONTROL(_In_ PDEVICE_OBJECT DeviceObject,
                                      _In_ PIRP Irp);
typedef CLASS_DEVICE_CONTROL *PCLASS_DEVICE_CONTROL;
typedef NTSTATUS CLASS_SHUTDOWN_FLUSH(_In_ PDEVICE_OBJECT DeviceObject,
                                      _In_ PIRP Irp);
typedef CLASS_SHUTDOWN_FLUSH *PCLASS_SHUTDOWN_FLUSH;
typedef NTSTATUS CLASS_CREATE_CLOSE(_In_ PDEVICE_OBJECT DeviceObject,
                                    _In_ PIRP Irp);
typedef CLASS_CREATE_CLOSE *PCLASS_CREATE_CLOSE;
typedef NTSTATUS CLASS_QUERY_ID(_In_ PDEVICE_OBJECT DeviceObject,
                                _In_ BUS_QUERY_ID_TYPE IdType,
                                _In_ PUNICODE_STRING IdString);
typedef CLASS_QUERY_ID *PCLASS_QUERY_ID;
typedef NTSTATUS CLASS_REMOVE_DEVICE(_In_ PDEVICE_OBJECT DeviceObject,
                                     _In_ UCHAR Type);
typedef CLASS_REMOVE_DEVICE *PCLASS_REMOVE_DEVICE;
typedef VOID CLASS_UNLOAD(_In_ PDRIVER_OBJECT DriverObject);
typedef CLASS_UNLOAD *PCLASS_UNLOAD;
typedef NTSTATUS
CLASS_QUERY_PNP_CAPABILITIES(_In_ PDEVICE_OBJECT DeviceObject,
                             _In_ PDEVICE_CAPABILITIES Capabilities);
typedef CLASS_QUERY_PNP_CAPABILITIES *PCLASS_QUERY_PNP_CAPABILITIES;
typedef VOID CLASS_TICK(_In_ PDEVICE_OBJECT DeviceObject);
typedef CLASS_TICK *PCLASS_TICK;
typedef NTSTATUS
CLASS_QUERY_WMI_REGINFO_EX(_In_ PDEVICE_OBJECT DeviceObject,
                           _Out_ ULONG *RegFlags, _Out_ PUNICODE_STRING Name,
                           _Out_ PUNICODE_STRING MofResourceName);
typedef CLASS_QUERY_WMI_REGINFO_EX *PCLASS_QUERY_WMI_REGINFO_EX;
typedef NTSTATUS CLASS_QUERY_WMI_REGINFO(_In_ PDEVICE_OBJECT DeviceObject,
                                         _Out_ ULONG *RegFlags,
                                         _Out_ PUNICODE_STRING Name);
typedef CLASS_QUERY_WMI_REGINFO *PCLASS_QUERY_WMI_REGINFO;
typedef NTSTATUS CLASS_QUERY_WMI_DATABLOCK(_In_ PDEVICE_OBJECT DeviceObject,
                                           _In_ PIRP Irp, _In_ ULONG GuidIndex,
                                           _In_ ULONG BufferAvail,
                                           _Out_ PUCHAR Buffer);
typedef CLASS_QUERY_WMI_DATABLOCK *PCLASS_QUERY_WMI_DATABLOCK;
typedef NTSTATUS CLASS_SET_WMI_DATABLOCK(_In_ PDEVICE_OBJECT DeviceObject,
                                         _In_ PIRP Irp, _In_ ULONG GuidIndex,
                                         _In_ ULONG BufferSize,
                                         _In_ PUCHAR Buffer);
typedef CLASS_SET_WMI_DATABLOCK *PCLASS_SET_WMI_DATABLOCK;
typedef NTSTATUS CLASS_SET_WMI_DATAITEM(_In_ PDEVICE_OBJECT DeviceObject,
                                        _In_ PIRP Irp, _In_ ULONG GuidIndex,
                                        _In_ ULONG DataItemId,
                                        _In_ ULONG BufferSize,
                                        _In_ PUCHAR Buffer);
typedef CLASS_SET_WMI_DATAITEM *PCLASS_SET_WMI_DATAITEM;
typedef NTSTATUS CLASS_EXECUTE_WMI_METHOD(_In_ PDEVICE_OBJECT DeviceObject,
                                          _In_ PIRP Irp, _In_ ULONG GuidIndex,
                                          _In_ ULONG MethodId,
                                          _In_ ULONG InBufferSize,
                                          _In_ ULONG OutBufferSize,
                                          _In_ PUCHAR Buffer);
typedef CLASS_EXECUTE_WMI_METHOD *PCLASS_EXECUTE_WMI_METHOD;
typedef NTSTATUS CLASS_WMI_FUNCTION_CONTROL(
    _In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp, _In_ ULONG GuidIndex,
    _In_ CLASSENABLEDISABLEFUNCTION Function, _In_ BOOLEAN Enable);
typedef CLASS_WMI_FUNCTION_CONTROL *PCLASS_WMI_FUNCTION_CONTROL;
typedef VOID
CLASS_SCAN_FOR_SPECIAL_HANDLER(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
                               _In_ ULONG_PTR Data);
typedef CLASS_SCAN_FOR_SPECIAL_HANDLER *PCLASS_SCAN_FOR_SPECIAL_HANDLER;

typedef struct {
  ULONG GuidCount;
  PGUIDREGINFO GuidRegInfo;
  PCLASS_QUERY_WMI_REGINFO ClassQueryWmiRegInfo;
  PCLASS_QUERY_WMI_DATABLOCK ClassQueryWmiDataBlock;
  PCLASS_SET_WMI_DATABLOCK ClassSetWmiDataBlock;
  PCLASS_SET_WMI_DATAITEM ClassSetWmiDataItem;
  PCLASS_EXECUTE_WMI_METHOD ClassExecuteWmiMethod;
  PCLASS_WMI_FUNCTION_CONTROL ClassWmiFunctionControl;
} CLASS_WMI_INFO, *PCLASS_WMI_INFO;

typedef struct {
  ULONG DeviceExtensionSize;
  DEVICE_TYPE DeviceType;
  UCHAR StackSize;
  ULONG DeviceCharacteristics;
  PCLASS_ERROR ClassError;
  PCLASS_READ_WRITE ClassReadWriteVerification;
  PCLASS_DEVICE_CONTROL ClassDeviceControl;
  PCLASS_SHUTDOWN_FLUSH ClassShutdownFlush;
  PCLASS_CREATE_CLOSE ClassCreateClose;
  PCLASS_INIT_DEVICE ClassInitDevice;
  PCLASS_START_DEVICE ClassStartDevice;
  PCLASS_POWER_DEVICE ClassPowerDevice;
  PCLASS_STOP_DEVICE ClassStopDevice;
  PCLASS_REMOVE_DEVICE ClassRemoveDevice;
  PCLASS_QUERY_PNP_CAPABILITIES ClassQueryPnpCapabilities;
  CLASS_WMI_INFO ClassWmiInfo;
} CLASS_DEV_INFO, *PCLASS_DEV_INFO;

typedef struct _CLASS_INIT_DATA {
  ULONG InitializationDataSize;
  CLASS_DEV_INFO FdoData;
  CLASS_DEV_INFO PdoData;
  PCLASS_ADD_DEVICE ClassAddDevice;
  PCLASS_ENUM_DEVICE ClassEnumerateDevice;
  PCLASS_QUERY_ID ClassQueryId;
  PDRIVER_STARTIO ClassStartIo;
  PCLASS_UNLOAD ClassUnload;
  PCLASS_TICK ClassTick;
} CLASS_INIT_DATA, *PCLASS_INIT_DATA;

typedef struct _CLASS_QUERY_WMI_REGINFO_EX_LIST {
  ULONG Size;
  PCLASS_QUERY_WMI_REGINFO_EX ClassFdoQueryWmiRegInfoEx;
  PCLASS_QUERY_WMI_REGINFO_EX ClassPdoQueryWmiRegInfoEx;
} CLASS_QUERY_WMI_REGINFO_EX_LIST, *PCLASS_QUERY_WMI_REGINFO_EX_LIST;

/* ---- Retry history and sense interpretation ---- */
typedef struct _SRB_HISTORY_ITEM {
  LARGE_INTEGER TickCountSent;
  LARGE_INTEGER TickCountCompleted;
  ULONG MillisecondsDelayOnRetry;
  SENSE_DATA NormalizedSenseData;
  UCHAR SrbStatus;
  UCHAR ClassDriverUse;
} SRB_HISTORY_ITEM, *PSRB_HISTORY_ITEM;

typedef struct _SRB_HISTORY {
  ULONG_PTR ClassDriverUse[4];
  ULONG TotalHistoryCount;
  ULONG UsedHistoryCount;
  SRB_HISTORY_ITEM History[1];
} SRB_HISTORY, *PSRB_HISTORY;

typedef BOOLEAN CLASS_INTERPRET_SENSE_INFO(
    _In_ PDEVICE_OBJECT Fdo, _In_opt_ PIRP OriginalRequest,
    _In_ PSCSI_REQUEST_BLOCK Srb, _In_ UCHAR MajorFunctionCode,
    _In_ ULONG IoDeviceCode, _In_ ULONG PreviousRetryCount,
    _In_opt_ SRB_HISTORY *RequestHistory, _Out_ NTSTATUS *Status,
    _Out_ LONGLONG *RetryIn100nsUnits);
typedef CLASS_INTERPRET_SENSE_INFO *PCLASS_INTERPRET_SENSE_INFO;
typedef VOID
CLASS_COMPRESS_RETRY_HISTORY_DATA(_In_ PDEVICE_OBJECT DeviceObject,
                                  _Inout_ PSRB_HISTORY RequestHistory);
typedef CLASS_COMPRESS_RETRY_HISTORY_DATA *PCLASS_COMPRESS_RETRY_HISTORY_DATA;

#define CLASS_INTERPRET_SENSE_INFO2_MAXIMUM_HISTORY_COUNT 30000

typedef struct _CLASS_INTERPRET_SENSE_INFO2 {
  ULONG Size; /* sizeof(CLASS_INTERPRET_SENSE_INFO2) */
  ULONG HistoryCount;
  PCLASS_COMPRESS_RETRY_HISTORY_DATA Compress;
  PCLASS_INTERPRET_SENSE_INFO Interpret;
} CLASS_INTERPRET_SENSE_INFO2, *PCLASS_INTERPRET_SENSE_INFO2;

#define CLASS_WORKING_SET_MAXIMUM 2048

typedef struct _CLASS_WORKING_SET {
  ULONG Size;
  ULONG XferPacketsWorkingSetMaximum;
  ULONG XferPacketsWorkingSetMinimum;
} CLASS_WORKING_SET, *PCLASS_WORKING_SET;

typedef struct _CLASS_DRIVER_EXTENSION {
  UNICODE_STRING RegistryPath;
  CLASS_INIT_DATA InitData;
  ULONG DeviceCount;
  PCLASS_QUERY_WMI_REGINFO_EX ClassFdoQueryWmiRegInfoEx;
  PCLASS_QUERY_WMI_REGINFO_EX ClassPdoQueryWmiRegInfoEx;
  REGHANDLE EtwHandle;
  PDRIVER_DISPATCH DeviceMajorFunctionTable[IRP_MJ_MAXIMUM_FUNCTION + 1];
  PDRIVER_DISPATCH MpDeviceMajorFunctionTable[IRP_MJ_MAXIMUM_FUNCTION + 1];
  PCLASS_INTERPRET_SENSE_INFO2 InterpretSenseInfo;
  PCLASS_WORKING_SET WorkingSet;
  ULONG SrbSupport;
} CLASS_DRIVER_EXTENSION, *PCLASS_DRIVER_EXTENSION;

/* ---- Dictionary (keyed list the library keeps file objects in) ---- */
struct _DICTIONARY_HEADER;
typedef struct _DICTIONARY_HEADER DICTIONARY_HEADER, *PDICTIONARY_HEADER;
typedef struct _DICTIONARY {
  ULONGLONG Signature;
  PDICTIONARY_HEADER List;
  KSPIN_LOCK SpinLock;
} DICTIONARY, *PDICTIONARY;

/* The context ClassAsynchronousCompletion gets */
typedef struct _COMPLETION_CONTEXT {
  PDEVICE_OBJECT DeviceObject;
  union {
    SCSI_REQUEST_BLOCK Srb;
    STORAGE_REQUEST_BLOCK SrbEx;
    UCHAR SrbExBuffer[CLASS_SRBEX_SCSI_CDB16_BUFFER_SIZE];
  } Srb;
} COMPLETION_CONTEXT, *PCOMPLETION_CONTEXT;

/* What a media-change notification carries */
typedef struct _CLASS_MEDIA_CHANGE_CONTEXT {
  ULONG MediaChangeCount;
  ULONG NewState;
} CLASS_MEDIA_CHANGE_CONTEXT, *PCLASS_MEDIA_CHANGE_CONTEXT;

/* ---- Per-handle state ---- */
typedef struct _FILE_OBJECT_EXTENSION {
  PFILE_OBJECT FileObject;
  PDEVICE_OBJECT DeviceObject;
  ULONG LockCount;
  ULONG McnDisableCount;
} FILE_OBJECT_EXTENSION, *PFILE_OBJECT_EXTENSION;

/* ---- Power ---- */
typedef struct {
  ULONG PowerDown : 1;
  ULONG Reserved1 : 1;
  ULONG HandleSpinUp : 1;
  ULONG HandleSpinDown : 1;
  ULONG LockQueue : 1;
  ULONG Reserved : 27;
} CLASS_POWER_OPTIONS, *PCLASS_POWER_OPTIONS;

typedef struct _CLASS_POWER_CONTEXT {
  union {
    CLASS_POWER_DOWN_STATE PowerDown;
    CLASS_POWER_DOWN_STATE2 PowerDown2;
    CLASS_POWER_DOWN_STATE3 PowerDown3;
    CLASS_POWER_UP_STATE PowerUp;
  } PowerChangeState;
  CLASS_POWER_OPTIONS Options;
  BOOLEAN InUse;
  BOOLEAN QueueLocked;
  NTSTATUS FinalStatus;
  ULONG RetryCount;
  ULONG RetryInterval;
  PIO_COMPLETION_ROUTINE CompletionRoutine;
  PDEVICE_OBJECT DeviceObject;
  PIRP Irp;
  SCSI_REQUEST_BLOCK Srb;
} CLASS_POWER_CONTEXT, *PCLASS_POWER_CONTEXT;

/* ---- VPD data the library caches (CLASS_FUNCTION_SUPPORT_INFO) ---- */
typedef struct _CLASS_VPD_B0_DATA {
  NTSTATUS CommandStatus;
  ULONG MaxUnmapLbaCount;
  ULONG MaxUnmapBlockDescrCount;
  ULONG OptimalUnmapGranularity;
  ULONG UnmapGranularityAlignment;
  BOOLEAN UGAVALID;
  UCHAR Reserved0;
  USHORT OptimalTransferLengthGranularity;
  ULONG MaximumTransferLength;
  ULONG OptimalTransferLength;
} CLASS_VPD_B0_DATA, *PCLASS_VPD_B0_DATA;

typedef struct _CLASS_VPD_B1_DATA {
  NTSTATUS CommandStatus;
  USHORT MediumRotationRate;
  UCHAR NominalFormFactor;
  UCHAR Zoned;
  ULONG MediumProductType;
  ULONG DepopulationTime;
} CLASS_VPD_B1_DATA, *PCLASS_VPD_B1_DATA;

typedef struct _CLASS_VPD_B2_DATA {
  NTSTATUS CommandStatus;
  UCHAR ThresholdExponent;
  UCHAR DP : 1;
  UCHAR ANC_SUP : 1;
  UCHAR Reserved0 : 2;
  UCHAR LBPRZ : 1;
  UCHAR LBPWS10 : 1;
  UCHAR LBPWS : 1;
  UCHAR LBPU : 1;
  UCHAR ProvisioningType : 3;
  UCHAR Reserved1 : 5;
  ULONG SoftThresholdEventPending;
} CLASS_VPD_B2_DATA, *PCLASS_VPD_B2_DATA;

typedef struct _CLASS_VPD_ECOP_BLOCK_DEVICE_ROD_LIMITS {
  NTSTATUS CommandStatus;
  USHORT MaximumRangeDescriptors;
  UCHAR Restricted;
  UCHAR Reserved;
  ULONG MaximumInactivityTimer;
  ULONG DefaultInactivityTimer;
  ULONGLONG MaximumTokenTransferSize;
  ULONGLONG OptimalTransferCount;
} CLASS_VPD_ECOP_BLOCK_DEVICE_ROD_LIMITS,
    *PCLASS_VPD_ECOP_BLOCK_DEVICE_ROD_LIMITS;

typedef struct _CLASS_READ_CAPACITY16_DATA {
  NTSTATUS CommandStatus;
  ULONG BytesPerLogicalSector;
  ULONG BytesPerPhysicalSector;
  ULONG BytesOffsetForSectorAlignment;
  BOOLEAN LBProvisioningEnabled;
  BOOLEAN LBProvisioningReadZeros;
  UCHAR Reserved0[2];
  ULONG Reserved1;
} CLASS_READ_CAPACITY16_DATA, *PCLASS_READ_CAPACITY16_DATA;

typedef struct _CLASS_VPD_PAGES_SUPPORT {
  BOOLEAN BlockLimits;
  BOOLEAN BlockDeviceCharacteristics;
  BOOLEAN LBProvisioning;
  BOOLEAN BlockDeviceRODLimits;
  BOOLEAN ZonedBlockDeviceCharacteristics;
  BOOLEAN Reserved[3];
} CLASS_VPD_PAGES_SUPPORT, *PCLASS_VPD_PAGES_SUPPORT;

typedef struct _CLASS_FUNCTION_SUPPORT_TABLE {
  CLASS_FUNCTION_SUPPORT SeekPenaltyProperty;
  CLASS_FUNCTION_SUPPORT AccessAlignmentProperty;
  CLASS_FUNCTION_SUPPORT TrimProperty;
  CLASS_FUNCTION_SUPPORT TrimProcess;
} CLASS_FUNCTION_SUPPORT_TABLE, *PCLASS_FUNCTION_SUPPORT_TABLE;

typedef struct _CLASS_FUNCTION_SUPPORT_INFO {
  ULONG GenerationCount;
  volatile ULONG ChangeRequestCount;
  KSPIN_LOCK SyncLock;
  CLASS_VPD_PAGES_SUPPORT ValidInquiryPages;
  CLASS_FUNCTION_SUPPORT_TABLE LowerLayerSupport;
  CLASS_FUNCTION_SUPPORT_TABLE DeviceLowerLayerSupport;
  CLASS_VPD_B0_DATA BlockLimitsData;
  CLASS_VPD_B1_DATA DeviceCharacteristicsData;
  CLASS_VPD_B2_DATA LBProvisioningData;
  CLASS_READ_CAPACITY16_DATA ReadCapacity16Data;
  CLASS_VPD_ECOP_BLOCK_DEVICE_ROD_LIMITS BlockDeviceRODLimitsData;
  struct {
    ULONG D3ColdSupported : 1;
    ULONG DeviceWakeable : 1;
    ULONG IdlePowerEnabled : 1;
    ULONG D3IdleTimeoutOverridden : 1;
    ULONG NoVerifyDuringIdlePower : 1;
    ULONG Reserved2 : 27;
    ULONG D3IdleTimeout;
  } IdlePower;
  CLASS_FUNCTION_SUPPORT HwFirmwareGetInfoSupport;
  PSTORAGE_HW_FIRMWARE_INFO HwFirmwareInfo;
  CLASS_FUNCTION_SUPPORT AsynchronousNotificationSupported;
  BOOLEAN RegAccessAlignmentQueryNotSupported;
} CLASS_FUNCTION_SUPPORT_INFO, *PCLASS_FUNCTION_SUPPORT_INFO;

/* ---- Device extensions ---- */
typedef struct _COMMON_DEVICE_EXTENSION {
  ULONG Version;
  PDEVICE_OBJECT DeviceObject;
  PDEVICE_OBJECT LowerDeviceObject;
  PFUNCTIONAL_DEVICE_EXTENSION PartitionZeroExtension;
  PCLASS_DRIVER_EXTENSION DriverExtension;
  LONG RemoveLock;
  KEVENT RemoveEvent;
  KSPIN_LOCK RemoveTrackingSpinlock;
  PVOID RemoveTrackingList;
  LONG RemoveTrackingUntrackedCount;
  PVOID DriverData;
  struct {
    BOOLEAN IsFdo : 1;
    BOOLEAN IsInitialized : 1;
    BOOLEAN IsSrbLookasideListInitialized : 1;
  };
  UCHAR PreviousState;
  UCHAR CurrentState;
  ULONG IsRemoved;
  UNICODE_STRING DeviceName;
  PPHYSICAL_DEVICE_EXTENSION ChildList;
  ULONG PartitionNumber;
  LARGE_INTEGER PartitionLength;
  LARGE_INTEGER StartingOffset;
  PCLASS_DEV_INFO DevInfo;
  ULONG PagingPathCount;
  ULONG DumpPathCount;
  ULONG HibernationPathCount;
  KEVENT PathCountEvent;
  NPAGED_LOOKASIDE_LIST SrbLookasideList;
  UNICODE_STRING MountedDeviceInterfaceName;
  ULONG GuidCount;
  PGUIDREGINFO GuidRegInfo;
  DICTIONARY FileObjectDictionary;
  PCLASS_PRIVATE_COMMON_DATA PrivateCommonData;
  PDRIVER_DISPATCH *DispatchTable;
  ULONG_PTR Reserved2;
  ULONG_PTR Reserved3;
  ULONG_PTR Reserved4;
} COMMON_DEVICE_EXTENSION, *PCOMMON_DEVICE_EXTENSION;

struct _PHYSICAL_DEVICE_EXTENSION {
  union {
    struct {
      ULONG Version;
      PDEVICE_OBJECT DeviceObject;
    };
    COMMON_DEVICE_EXTENSION CommonExtension;
  };
  BOOLEAN IsMissing;
  BOOLEAN IsEnumerated;
  PCLASS_PRIVATE_PDO_DATA PrivatePdoData;
  ULONG_PTR Reserved2;
  ULONG_PTR Reserved3;
  ULONG_PTR Reserved4;
};

typedef struct _ADDITIONAL_FDO_DATA ADDITIONAL_FDO_DATA, *PADDITIONAL_FDO_DATA;

struct _FUNCTIONAL_DEVICE_EXTENSION {
  union {
    struct {
      ULONG Version;
      PDEVICE_OBJECT DeviceObject;
    };
    COMMON_DEVICE_EXTENSION CommonExtension;
  };
  PDEVICE_OBJECT LowerPdo;
  PSTORAGE_DEVICE_DESCRIPTOR DeviceDescriptor;
  PSTORAGE_ADAPTER_DESCRIPTOR AdapterDescriptor;
  DEVICE_POWER_STATE DevicePowerState;
  ULONG DMByteSkew;
  ULONG DMSkew;
  BOOLEAN DMActive;
  UCHAR SenseDataLength;
  UCHAR Reserved0[2];
  DISK_GEOMETRY DiskGeometry;
  PSENSE_DATA SenseData;
  ULONG TimeOutValue;
  ULONG DeviceNumber;
  ULONG SrbFlags;
  ULONG ErrorCount;
  LONG LockCount;
  LONG ProtectedLockCount;
  LONG InternalLockCount;
  KEVENT EjectSynchronizationEvent;
  USHORT DeviceFlags;
  UCHAR SectorShift;
  UCHAR CdbForceUnitAccess;
  PMEDIA_CHANGE_DETECTION_INFO MediaChangeDetectionInfo;
  PKEVENT Unused1;
  HANDLE Unused2;
  FILE_OBJECT_EXTENSION KernelModeMcnContext;
  ULONG MediaChangeCount;
  HANDLE DeviceDirectory;
  KSPIN_LOCK ReleaseQueueSpinLock;
  PIRP ReleaseQueueIrp;
  SCSI_REQUEST_BLOCK ReleaseQueueSrb;
  BOOLEAN ReleaseQueueNeeded;
  BOOLEAN ReleaseQueueInProgress;
  BOOLEAN ReleaseQueueIrpFromPool;
  BOOLEAN FailurePredicted;
  ULONG FailureReason;
  PFAILURE_PREDICTION_INFO FailurePredictionInfo;
  BOOLEAN PowerDownInProgress;
  ULONG EnumerationInterlock;
  KEVENT ChildLock;
  PKTHREAD ChildLockOwner;
  ULONG ChildLockAcquisitionCount;
  ULONG ScanForSpecialFlags;
  KDPC PowerRetryDpc;
  KTIMER PowerRetryTimer;
  CLASS_POWER_CONTEXT PowerContext;
  PCLASS_PRIVATE_FDO_DATA PrivateFdoData;
  PCLASS_FUNCTION_SUPPORT_INFO FunctionSupportInfo;
  PSTORAGE_MINIPORT_DESCRIPTOR MiniportDescriptor;
  PADDITIONAL_FDO_DATA AdditionalFdoData;
  ULONG_PTR Reserved1;
  ULONG_PTR Reserved2;
  ULONG_PTR Reserved3;
  ULONG_PTR Reserved4;
};

/* ---- Scan for special devices (registry-listed quirks) ---- */
typedef struct _CLASSPNP_SCAN_FOR_SPECIAL_INFO {
  PCHAR VendorId;
  PCHAR ProductId;
  PCHAR ProductRevision;
  ULONG_PTR Data;
} CLASSPNP_SCAN_FOR_SPECIAL_INFO, *PCLASSPNP_SCAN_FOR_SPECIAL_INFO;

/* ---- Routines ---- */
ULONG ClassInitialize(_In_ PVOID Argument1, _In_ PVOID Argument2,
                      _In_ PCLASS_INIT_DATA InitializationData);
ULONG ClassInitializeEx(_In_ PDRIVER_OBJECT DriverObject, _In_ LPGUID Guid,
                        _In_ PVOID Data);

/* The GUIDs ClassInitializeEx takes, as brace initializers (their values
 * are not modeled: each is all zeros here). */
#define GUID_CLASSPNP_QUERY_REGINFOEX {0}
#define GUID_CLASSPNP_SENSEINFO2 {0}
#define GUID_CLASSPNP_WORKING_SET {0}
#define GUID_CLASSPNP_SRB_SUPPORT {0}

_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS ClassCreateDeviceObject(
    _In_ PDRIVER_OBJECT DriverObject, _In_z_ PCCHAR ObjectNameBuffer,
    _In_ PDEVICE_OBJECT LowerDeviceObject, _In_ BOOLEAN IsFdo,
    _Outptr_result_nullonfailure_ PDEVICE_OBJECT *DeviceObject);
_Must_inspect_result_ NTSTATUS
ClassReadDriveCapacity(_In_ PDEVICE_OBJECT DeviceObject);
VOID ClassReleaseQueue(_In_ PDEVICE_OBJECT DeviceObject);
VOID ClassSplitRequest(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp,
                       _In_ ULONG MaximumBytes);
NTSTATUS ClassDeviceControl(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp);
NTSTATUS ClassIoComplete(_In_ PDEVICE_OBJECT Fdo, _In_ PIRP Irp,
                         _In_reads_opt_(_Inexpressible_("varies"))
                             PVOID Context);
NTSTATUS ClassIoCompleteAssociated(_In_ PDEVICE_OBJECT Fdo, _In_ PIRP Irp,
                                   _In_reads_opt_(_Inexpressible_("varies"))
                                       PVOID Context);
BOOLEAN ClassInterpretSenseInfo(_In_ PDEVICE_OBJECT Fdo,
                                _In_ PSCSI_REQUEST_BLOCK Srb,
                                _In_ UCHAR MajorFunctionCode,
                                _In_ ULONG IoDeviceCode, _In_ ULONG RetryCount,
                                _Out_ NTSTATUS *Status,
                                _Out_opt_ ULONG *RetryInterval);
VOID ClassSendDeviceIoControlSynchronous(
    _In_ ULONG IoControlCode, _In_ PDEVICE_OBJECT TargetDeviceObject,
    _Inout_updates_opt_(_Inexpressible_(max(InputBufferLength,
                                            OutputBufferLength))) PVOID Buffer,
    _In_ ULONG InputBufferLength, _In_ ULONG OutputBufferLength,
    _In_ BOOLEAN InternalDeviceIoControl, _Out_ PIO_STATUS_BLOCK IoStatus);
NTSTATUS ClassSendIrpSynchronous(_In_ PDEVICE_OBJECT TargetDeviceObject,
                                 _In_ PIRP Irp);
NTSTATUS
ClassForwardIrpSynchronous(_In_ PCOMMON_DEVICE_EXTENSION CommonExtension,
                           _In_ PIRP Irp);
NTSTATUS ClassSendSrbSynchronous(_In_ PDEVICE_OBJECT Fdo,
                                 _Inout_ PSCSI_REQUEST_BLOCK Srb,
                                 _In_reads_bytes_opt_(BufferLength)
                                     PVOID BufferAddress,
                                 _In_ ULONG BufferLength,
                                 _In_ BOOLEAN WriteToDevice);
NTSTATUS
ClassSendSrbAsynchronous(_In_ PDEVICE_OBJECT Fdo,
                         _Inout_ PSCSI_REQUEST_BLOCK Srb, _In_ PIRP Irp,
                         _In_reads_bytes_opt_(BufferLength) PVOID BufferAddress,
                         _In_ ULONG BufferLength, _In_ BOOLEAN WriteToDevice);
NTSTATUS ClassBuildRequest(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp);
ULONG ClassModeSense(_In_ PDEVICE_OBJECT DeviceObject,
                     _In_reads_bytes_(Length) PCHAR ModeSenseBuffer,
                     _In_ ULONG Length, _In_ UCHAR PageMode);
ULONG ClassModeSenseEx(_In_ PDEVICE_OBJECT Fdo,
                       _In_reads_bytes_(Length) PCHAR ModeSenseBuffer,
                       _In_ ULONG Length, _In_ UCHAR PageMode,
                       _In_ UCHAR PageControl);
NTSTATUS ClassModeSelect(_In_ PDEVICE_OBJECT Fdo,
                         _In_reads_bytes_(Length) PCHAR ModeSelectBuffer,
                         _In_ ULONG Length, _In_ BOOLEAN SavePages);
PVOID ClassFindModePage(_In_reads_bytes_(Length) PCHAR ModeSenseBuffer,
                        _In_ ULONG Length, _In_ UCHAR PageMode,
                        _In_ BOOLEAN Use6Byte);
NTSTATUS ClassClaimDevice(_In_ PDEVICE_OBJECT LowerDeviceObject,
                          _In_ BOOLEAN Release);
NTSTATUS ClassInternalIoControl(_In_ PDEVICE_OBJECT DeviceObject,
                                _In_ PIRP Irp);
VOID ClassInitializeSrbLookasideList(_Inout_ PCOMMON_DEVICE_EXTENSION
                                         CommonExtension,
                                     _In_ ULONG NumberElements);
VOID ClassDeleteSrbLookasideList(
    _Inout_ PCOMMON_DEVICE_EXTENSION CommonExtension);
ULONG ClassQueryTimeOutRegistryValue(_In_ PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    ClassGetDescriptor(_In_ PDEVICE_OBJECT DeviceObject,
                       _In_ PSTORAGE_PROPERTY_ID PropertyId,
                       _Outptr_ PVOID *Descriptor);
VOID ClassInvalidateBusRelations(_In_ PDEVICE_OBJECT Fdo);
VOID ClassMarkChildrenMissing(_In_ PFUNCTIONAL_DEVICE_EXTENSION Fdo);
BOOLEAN ClassMarkChildMissing(_In_ PPHYSICAL_DEVICE_EXTENSION PdoExtension,
                              _In_ BOOLEAN AcquireChildLock);
VOID ClassDebugPrint(_In_ CLASS_DEBUG_LEVEL DebugPrintLevel,
                     _In_z_ PCCHAR DebugMessage, ...);
PCLASS_DRIVER_EXTENSION
ClassGetDriverExtension(_In_ PDRIVER_OBJECT DriverObject);
VOID ClassCompleteRequest(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp,
                          _In_ CCHAR PriorityBoost);
VOID ClassReleaseRemoveLock(_In_ PDEVICE_OBJECT DeviceObject,
                            _In_opt_ PIRP Tag);
ULONG ClassAcquireRemoveLockEx(_In_ PDEVICE_OBJECT DeviceObject, _In_ PVOID Tag,
                               _In_ PCSTR File, _In_ ULONG Line);
VOID ClassUpdateInformationInRegistry(_In_ PDEVICE_OBJECT Fdo,
                                      _In_ PCHAR DeviceName,
                                      _In_ ULONG DeviceNumber,
                                      _In_reads_bytes_opt_(InquiryDataLength)
                                          PINQUIRYDATA InquiryData,
                                      _In_ ULONG InquiryDataLength);
NTSTATUS ClassWmiCompleteRequest(_In_ PDEVICE_OBJECT DeviceObject,
                                 _Inout_ PIRP Irp, _In_ NTSTATUS Status,
                                 _In_ ULONG BufferUsed,
                                 _In_ CCHAR PriorityBoost);
NTSTATUS ClassWmiFireEvent(_In_ PDEVICE_OBJECT DeviceObject, _In_ LPGUID Guid,
                           _In_ ULONG InstanceIndex, _In_ ULONG EventDataSize,
                           _In_reads_bytes_(EventDataSize) PVOID EventData);
VOID ClassResetMediaChangeTimer(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);
VOID ClassInitializeMediaChangeDetection(
    _In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension, _In_ PUCHAR EventPrefix);
NTSTATUS
ClassInitializeTestUnitPolling(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
                               _In_ BOOLEAN AllowDriveToSleep);
PVPB ClassGetVpb(_In_ PDEVICE_OBJECT DeviceObject);
NTSTATUS ClassSpinDownPowerHandler(_In_ PDEVICE_OBJECT DeviceObject,
                                   _In_ PIRP Irp);
NTSTATUS ClassStopUnitPowerHandler(_In_ PDEVICE_OBJECT DeviceObject,
                                   _In_ PIRP Irp);
NTSTATUS ClassSetFailurePredictionPoll(
    _Inout_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
    _In_ FAILURE_PREDICTION_METHOD FailurePredictionMethod,
    _In_ ULONG PollingPeriod);
VOID ClassNotifyFailurePredicted(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
                                 _In_reads_bytes_(BufferSize) PUCHAR Buffer,
                                 _In_ ULONG BufferSize, _In_ BOOLEAN LogError,
                                 _In_ ULONG UniqueErrorValue, _In_ UCHAR PathId,
                                 _In_ UCHAR TargetId, _In_ UCHAR Lun);
VOID ClassAcquireChildLock(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);
VOID ClassReleaseChildLock(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);
IO_COMPLETION_ROUTINE ClassSignalCompletion;
VOID ClassSendStartUnit(_In_ PDEVICE_OBJECT DeviceObject);
NTSTATUS ClassRemoveDevice(_In_ PDEVICE_OBJECT DeviceObject,
                           _In_ UCHAR RemoveType);
NTSTATUS ClassAsynchronousCompletion(_In_ PDEVICE_OBJECT DeviceObject,
                                     _In_ PIRP Irp, _In_opt_ PVOID Event);
VOID ClassCheckMediaState(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);
NTSTATUS ClassCheckVerifyComplete(_In_ PDEVICE_OBJECT DeviceObject,
                                  _In_ PIRP Irp, _In_opt_ PVOID Context);
VOID ClassSetMediaChangeState(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
                              _In_ MEDIA_CHANGE_DETECTION_STATE State,
                              _In_ BOOLEAN Wait);
VOID ClassEnableMediaChangeDetection(
    _In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);
VOID ClassDisableMediaChangeDetection(
    _In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);
VOID ClassCleanupMediaChangeDetection(
    _In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);
VOID ClassGetDeviceParameter(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
                             _In_opt_ PWSTR SubkeyName,
                             _In_ PWSTR ParameterName,
                             _Inout_ PULONG ParameterValue);
NTSTATUS ClassSetDeviceParameter(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
                                 _In_opt_ PWSTR SubkeyName,
                                 _In_ PWSTR ParameterName,
                                 _In_ ULONG ParameterValue);
PFILE_OBJECT_EXTENSION
ClassGetFsContext(_In_ PCOMMON_DEVICE_EXTENSION CommonExtension,
                  _In_ PFILE_OBJECT FileObject);
VOID ClassSendNotification(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
                           _In_ const GUID *Guid, _In_ ULONG ExtraDataSize,
                           _In_reads_bytes_opt_(ExtraDataSize) PVOID ExtraData);
VOID ClassScanForSpecial(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
                         _In_ CLASSPNP_SCAN_FOR_SPECIAL_INFO DeviceList[],
                         _In_ PCLASS_SCAN_FOR_SPECIAL_HANDLER Function);
NTSTATUS ClassGetLBProvisioningLogPage(
    _In_ PDEVICE_OBJECT DeviceObject, _In_ PSCSI_REQUEST_BLOCK Srb,
    _In_ ULONG LogPageSize,
    _Inout_ PLOG_PAGE_LOGICAL_BLOCK_PROVISIONING LogPage);
NTSTATUS ClassInterpretLBProvisioningLogPage(
    _In_ PDEVICE_OBJECT DeviceObject, _In_ ULONG LogPageSize,
    _In_ PLOG_PAGE_LOGICAL_BLOCK_PROVISIONING LogPage, _In_ ULONG ResourcesSize,
    _Out_writes_bytes_(ResourcesSize)
        PSTORAGE_LB_PROVISIONING_MAP_RESOURCES Resources);
NTSTATUS ClassGetLBProvisioningResources(
    _In_ PDEVICE_OBJECT DeviceObject, _Inout_ PSCSI_REQUEST_BLOCK Srb,
    _In_ ULONG ResourcesSize,
    _Inout_ PSTORAGE_LB_PROVISIONING_MAP_RESOURCES Resources);
NTSTATUS ClassDeviceGetLBProvisioningResources(_In_ PDEVICE_OBJECT DeviceObject,
                                               _Inout_ PIRP Irp,
                                               _Inout_ PSCSI_REQUEST_BLOCK Srb);
NTSTATUS
ClassDetermineTokenOperationCommandSupport(_In_ PDEVICE_OBJECT DeviceObject);
NTSTATUS ClassDeviceProcessOffloadRead(_In_ PDEVICE_OBJECT DeviceObject,
                                       _In_ PIRP Irp,
                                       _Inout_ PSCSI_REQUEST_BLOCK Srb);
NTSTATUS ClassDeviceProcessOffloadWrite(_In_ PDEVICE_OBJECT DeviceObject,
                                        _In_ PIRP Irp,
                                        _Inout_ PSCSI_REQUEST_BLOCK Srb);
NTSTATUS ClassModeSenseEx2(_In_ PDEVICE_OBJECT Fdo,
                           _In_reads_bytes_(Length) PCHAR ModeSenseBuffer,
                           _In_ ULONG Length, _In_ UCHAR PageMode,
                           _In_ UCHAR PageControl);

/* ---- Small inline helpers ---- */

/* The number of bits set in a byte. */
FORCEINLINE ULONG CountOfSetBitsUChar(UCHAR _X) {
  ULONG i = 0;
  while (_X) {
    _X &= _X - 1;
    i++;
  }
  return i;
}

FORCEINLINE ULONG CountOfSetBitsULong(ULONG _X) {
  ULONG i = 0;
  while (_X) {
    _X &= _X - 1;
    i++;
  }
  return i;
}

#define WHICH_BIT(Data, Bit)                                                   \
  do {                                                                         \
    for ((Bit) = 0; (Bit) < 32; (Bit)++) {                                     \
      if (((Data) >> (Bit)) == 1)                                              \
        break;                                                                 \
    }                                                                          \
  } while (0)

/* Whether the sense buffer holds descriptor-format sense data. */
FORCEINLINE BOOLEAN IsDescriptorSenseDataFormat(_In_ PVOID SenseData) {
  UCHAR code = (UCHAR)(((PUCHAR)SenseData)[0] & 0x7F);
  return (BOOLEAN)(code == SCSI_SENSE_ERRORCODE_DESCRIPTOR_CURRENT ||
                   code == SCSI_SENSE_ERRORCODE_DESCRIPTOR_DEFERRED);
}

FORCEINLINE BOOLEAN IsSenseDataFormatValueValid(_In_ PVOID SenseData) {
  UCHAR code = (UCHAR)(((PUCHAR)SenseData)[0] & 0x7F);
  return (BOOLEAN)(code >= SCSI_SENSE_ERRORCODE_FIXED_CURRENT &&
                   code <= SCSI_SENSE_ERRORCODE_DESCRIPTOR_DEFERRED);
}

/* The sense length the FDO uses: the extension's own, or the classic
 * SENSE_DATA size when it has none. */
#define GET_FDO_EXTENSON_SENSE_DATA_LENGTH(FdoExtension)                       \
  ((FdoExtension)->SenseDataLength > 0 ? (FdoExtension)->SenseDataLength       \
                                       : SENSE_BUFFER_SIZE)

/* Sets FUA in a CDB if the FDO's DeviceFlags allow it. */
#define ADJUST_FUA_FLAG(FdoExtension)                                          \
  do {                                                                         \
    if (TEST_FLAG((FdoExtension)->DeviceFlags, DEV_WRITE_CACHE) &&             \
        !TEST_FLAG((FdoExtension)->DeviceFlags, DEV_POWER_PROTECTED) &&        \
        !TEST_FLAG((FdoExtension)->ScanForSpecialFlags,                        \
                   CLASS_SPECIAL_FUA_NOT_SUPPORTED)) {                         \
      (FdoExtension)->CdbForceUnitAccess = TRUE;                               \
    } else {                                                                   \
      (FdoExtension)->CdbForceUnitAccess = FALSE;                              \
    }                                                                          \
  } while (0)

/* ---- added for hwmi (the class library's own sources) ---- */
/* SRBs from the device's lookaside list (ClassInitializeSrbLookasideList). */
#define ClasspAllocateSrb(ext)                                                 \
  ExAllocateFromNPagedLookasideList(&((ext)->CommonExtension.SrbLookasideList))
#define ClasspFreeSrb(ext, srb)                                                \
  ExFreeToNPagedLookasideList(&((ext)->CommonExtension.SrbLookasideList), (srb))

#endif /* IRQLINT_WDK_CLASSPNP_H */
