/* irqlint's model of storport.h, the interface between the Storport driver
 * and its miniports: the HW_ callback types a miniport registers (in
 * HW_INITIALIZATION_DATA), the configuration Storport hands HwStorFindAdapter
 * (PORT_CONFIGURATION_INFORMATION), the STOR_ types, StorPortNotification
 * and the StorPort... support routines. Written from the documentation
 * (learn.microsoft.com "storport.h" reference pages) -- not Microsoft's
 * header; struct layouts carry the documented members and are not
 * guaranteed to be binary exact. Like the real header it brings the SCSI
 * and SRB definitions (scsi.h, srb.h) and the miniport base (miniport.h).
 *
 * The Storport spin locks: StorPortAcquireSpinLock takes the lock the
 * STOR_SPINLOCK value names (the DPC, StartIo or interrupt lock) and fills
 * a STOR_LOCK_HANDLE; StorPortReleaseSpinLock gives back the lock that
 * handle holds. The handle stands for the lock here (the SAL names
 * *LockHandle), so an acquire without its release on some path, or a
 * release of a handle not held, is reported like any annotated lock. The
 * MSI spin lock keeps the old IRQL in an out ULONG. */
#ifndef IRQLINT_WDK_STORPORT_H
#define IRQLINT_WDK_STORPORT_H

#include "miniport.h"
#include "scsi.h"

#ifndef STORPORT_API
#define STORPORT_API
#endif

/* ---- Status values of the extended (STOR_STATUS) routines ---- */
#define STOR_STATUS_SUCCESS (0x00000000L)
#define STOR_STATUS_UNSUCCESSFUL (0xC1000001L)
#define STOR_STATUS_NOT_IMPLEMENTED (0xC1000002L)
#define STOR_STATUS_INSUFFICIENT_RESOURCES (0xC1000003L)
#define STOR_STATUS_BUFFER_TOO_SMALL (0xC1000004L)
#define STOR_STATUS_ACCESS_DENIED (0xC1000005L)
#define STOR_STATUS_INVALID_PARAMETER (0xC1000006L)
#define STOR_STATUS_INVALID_DEVICE_REQUEST (0xC1000007L)
#define STOR_STATUS_INVALID_IRQL (0xC1000008L)
#define STOR_STATUS_INVALID_DEVICE_STATE (0xC1000009L)
#define STOR_STATUS_INVALID_BUFFER_SIZE (0xC100000AL)
#define STOR_STATUS_UNSUPPORTED_VERSION (0xC100000BL)
#define STOR_STATUS_BUSY (0xC100000CL)

/* What HwStorFindAdapter returns */
#define SP_RETURN_NOT_FOUND 0
#define SP_RETURN_FOUND 1
#define SP_RETURN_ERROR 2
#define SP_RETURN_BAD_CONFIG 3

/* A miniport's DriverEntry (it returns StorPortInitialize's ULONG). */
typedef ULONG sp_DRIVER_INITIALIZE(_In_ PVOID DriverObject,
                                   _In_ PVOID RegistryPath);

/* Debug output of checked builds only */
#if DBG
#define DebugPrint(x) StorPortDebugPrint x
#else
#define DebugPrint(x)
#endif

/* ---- Basic STOR_ types ---- */
typedef PHYSICAL_ADDRESS STOR_PHYSICAL_ADDRESS, *PSTOR_PHYSICAL_ADDRESS;

typedef struct _STOR_SCATTER_GATHER_ELEMENT {
  STOR_PHYSICAL_ADDRESS PhysicalAddress;
  ULONG Length;
  ULONG_PTR Reserved;
} STOR_SCATTER_GATHER_ELEMENT, *PSTOR_SCATTER_GATHER_ELEMENT;

typedef struct _STOR_SCATTER_GATHER_LIST {
  ULONG NumberOfElements;
  ULONG_PTR Reserved;
  STOR_SCATTER_GATHER_ELEMENT List[];
} STOR_SCATTER_GATHER_LIST, *PSTOR_SCATTER_GATHER_LIST;

typedef struct _STOR_DPC {
  KDPC Dpc;
  KSPIN_LOCK Lock;
} STOR_DPC, *PSTOR_DPC;

/* The locks StorPortAcquireSpinLock can take. */
typedef enum _STOR_SPINLOCK {
  DpcLock = 1,
  StartIoLock,
  InterruptLock,
  ThreadedDpcLock,
  DpcLevelLock
} STOR_SPINLOCK;

typedef struct _STOR_LOCK_HANDLE {
  STOR_SPINLOCK Lock;
  struct {
    struct {
      PVOID Next;
      PVOID Lock;
    } LockQueue;
    KIRQL OldIrql;
  } Context;
} STOR_LOCK_HANDLE, *PSTOR_LOCK_HANDLE;

typedef enum _STOR_SYNCHRONIZATION_MODEL {
  StorSynchronizeHalfDuplex,
  StorSynchronizeFullDuplex
} STOR_SYNCHRONIZATION_MODEL;

typedef enum _INTERRUPT_SYNCHRONIZATION_MODE {
  InterruptSupportNone,
  InterruptSynchronizeAll,
  InterruptSynchronizePerMessage
} INTERRUPT_SYNCHRONIZATION_MODE;

typedef enum _STOR_DMA_WIDTH {
  DmaUnknown,
  Dma32Bit,
  Dma64BitScatterGather,
  Dma64Bit
} STOR_DMA_WIDTH;

typedef struct _MEMORY_REGION {
  PUCHAR VirtualBase;
  PHYSICAL_ADDRESS PhysicalBase;
  ULONG Length;
} MEMORY_REGION, *PMEMORY_REGION;

typedef ULONG NODE_REQUIREMENT;
#define MM_ANY_NODE_OK 0x80000000

typedef struct _ACCESS_RANGE {
  STOR_PHYSICAL_ADDRESS RangeStart;
  ULONG RangeLength;
  BOOLEAN RangeInMemory;
} ACCESS_RANGE, *PACCESS_RANGE;

/* ---- Miniport callbacks ---- */
typedef struct _PORT_CONFIGURATION_INFORMATION PORT_CONFIGURATION_INFORMATION,
    *PPORT_CONFIGURATION_INFORMATION;

typedef enum _SCSI_ADAPTER_CONTROL_TYPE {
  ScsiQuerySupportedControlTypes = 0,
  ScsiStopAdapter,
  ScsiRestartAdapter,
  ScsiSetBootConfig,
  ScsiSetRunningConfig,
  ScsiPowerSettingNotification,
  ScsiAdapterPower,
  ScsiAdapterPoFxPowerRequired,
  ScsiAdapterPoFxPowerActive,
  ScsiAdapterPoFxPowerSetFState,
  ScsiAdapterPoFxPowerControl,
  ScsiAdapterPrepareForBusReScan,
  ScsiAdapterSystemPowerHints,
  ScsiAdapterFilterResourceRequirements,
  ScsiAdapterPoFxMaxOperationalPower,
  ScsiAdapterPoFxSetPerfState,
  ScsiAdapterSurpriseRemoval,
  ScsiAdapterSerialNumber,
  ScsiAdapterCryptoOperation,
  ScsiAdapterQueryFruId,
  ScsiAdapterSetEventLogging,
  ScsiAdapterReportInternalData,
  ScsiAdapterControlMax,
  MakeAdapterControlTypeSizeOfUlong = 0xffffffff
} SCSI_ADAPTER_CONTROL_TYPE,
    *PSCSI_ADAPTER_CONTROL_TYPE;

typedef enum _SCSI_ADAPTER_CONTROL_STATUS {
  ScsiAdapterControlSuccess = 0,
  ScsiAdapterControlUnsuccessful
} SCSI_ADAPTER_CONTROL_STATUS,
    *PSCSI_ADAPTER_CONTROL_STATUS;

typedef struct _SCSI_SUPPORTED_CONTROL_TYPE_LIST {
  ULONG MaxControlType;
  BOOLEAN SupportedTypeList[ANYSIZE_ARRAY];
} SCSI_SUPPORTED_CONTROL_TYPE_LIST, *PSCSI_SUPPORTED_CONTROL_TYPE_LIST;

typedef enum _SCSI_UNIT_CONTROL_TYPE {
  ScsiQuerySupportedUnitControlTypes = 0,
  ScsiUnitUsage,
  ScsiUnitStart,
  ScsiUnitPower,
  ScsiUnitPoFxPowerInfo,
  ScsiUnitPoFxPowerRequired,
  ScsiUnitPoFxPowerActive,
  ScsiUnitPoFxPowerSetFState,
  ScsiUnitPoFxPowerControl,
  ScsiUnitRemove,
  ScsiUnitSurpriseRemoval,
  ScsiUnitRichDescription,
  ScsiUnitQueryBusType,
  ScsiUnitQueryFruId,
  ScsiUnitReportInternalData,
  ScsiUnitControlMax,
  MakeUnitControlTypeSizeOfUlong = 0xffffffff
} SCSI_UNIT_CONTROL_TYPE,
    *PSCSI_UNIT_CONTROL_TYPE;

typedef enum _SCSI_UNIT_CONTROL_STATUS {
  ScsiUnitControlSuccess = 0,
  ScsiUnitControlUnsuccessful
} SCSI_UNIT_CONTROL_STATUS,
    *PSCSI_UNIT_CONTROL_STATUS;

typedef struct _SCSI_SUPPORTED_CONTROL_TYPE_LIST
    SCSI_SUPPORTED_UNIT_CONTROL_TYPE_LIST;

typedef BOOLEAN HW_INITIALIZE(_In_ PVOID DeviceExtension);
typedef HW_INITIALIZE *PHW_INITIALIZE;
typedef BOOLEAN HW_BUILDIO(_In_ PVOID DeviceExtension,
                           _In_ PSCSI_REQUEST_BLOCK Srb);
typedef HW_BUILDIO *PHW_BUILDIO;
typedef BOOLEAN HW_STARTIO(_In_ PVOID DeviceExtension,
                           _In_ PSCSI_REQUEST_BLOCK Srb);
typedef HW_STARTIO *PHW_STARTIO;
/* Storport calls it at DIRQL holding the interrupt lock */
typedef BOOLEAN HW_INTERRUPT(_In_ PVOID DeviceExtension);
typedef HW_INTERRUPT *PHW_INTERRUPT;
typedef BOOLEAN
HW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE(_In_ PVOID HwDeviceExtension,
                                      _In_ ULONG MessageId);
typedef HW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE
    *PHW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE;
typedef VOID HW_TIMER(_In_ PVOID DeviceExtension);
typedef HW_TIMER *PHW_TIMER;
typedef VOID HW_TIMER_EX(_In_ PVOID DeviceExtension, _In_opt_ PVOID Context);
typedef HW_TIMER_EX *PHW_TIMER_EX;
typedef VOID HW_DMA_STARTED(_In_ PVOID DeviceExtension);
typedef HW_DMA_STARTED *PHW_DMA_STARTED;
typedef ULONG
HW_FIND_ADAPTER(_In_ PVOID DeviceExtension, _In_ PVOID HwContext,
                _In_ PVOID BusInformation, _In_z_ PCHAR ArgumentString,
                _Inout_ PPORT_CONFIGURATION_INFORMATION ConfigInfo,
                _In_ PBOOLEAN Reserved3);
typedef HW_FIND_ADAPTER *PHW_FIND_ADAPTER;
typedef BOOLEAN HW_RESET_BUS(_In_ PVOID DeviceExtension, _In_ ULONG PathId);
typedef HW_RESET_BUS *PHW_RESET_BUS;
typedef BOOLEAN HW_ADAPTER_STATE(_In_ PVOID DeviceExtension, _In_ PVOID Context,
                                 _In_ BOOLEAN SaveState);
typedef HW_ADAPTER_STATE *PHW_ADAPTER_STATE;
typedef SCSI_ADAPTER_CONTROL_STATUS
HW_ADAPTER_CONTROL(_In_ PVOID DeviceExtension,
                   _In_ SCSI_ADAPTER_CONTROL_TYPE ControlType,
                   _In_ PVOID Parameters);
typedef HW_ADAPTER_CONTROL *PHW_ADAPTER_CONTROL;
typedef SCSI_UNIT_CONTROL_STATUS
HW_UNIT_CONTROL(_In_ PVOID DeviceExtension,
                _In_ SCSI_UNIT_CONTROL_TYPE ControlType, _In_ PVOID Parameters);
typedef HW_UNIT_CONTROL *PHW_UNIT_CONTROL;
typedef BOOLEAN HW_PASSIVE_INITIALIZE_ROUTINE(_In_ PVOID DeviceExtension);
typedef HW_PASSIVE_INITIALIZE_ROUTINE *PHW_PASSIVE_INITIALIZE_ROUTINE;
typedef VOID HW_DPC_ROUTINE(_In_ PSTOR_DPC Dpc, _In_ PVOID HwDeviceExtension,
                            _In_ PVOID SystemArgument1,
                            _In_ PVOID SystemArgument2);
typedef HW_DPC_ROUTINE *PHW_DPC_ROUTINE;
typedef VOID HW_FREE_ADAPTER_RESOURCES(_In_ PVOID DeviceExtension);
typedef HW_FREE_ADAPTER_RESOURCES *PHW_FREE_ADAPTER_RESOURCES;
typedef VOID HW_PROCESS_SERVICE_REQUEST(_In_ PVOID DeviceExtension,
                                        _In_ PVOID Irp);
typedef HW_PROCESS_SERVICE_REQUEST *PHW_PROCESS_SERVICE_REQUEST;
typedef VOID HW_COMPLETE_SERVICE_IRP(_In_ PVOID DeviceExtension);
typedef HW_COMPLETE_SERVICE_IRP *PHW_COMPLETE_SERVICE_IRP;
typedef VOID HW_INITIALIZE_TRACING(_In_ PVOID Arg1, _In_ PVOID Arg2);
typedef HW_INITIALIZE_TRACING *PHW_INITIALIZE_TRACING;
typedef VOID HW_CLEANUP_TRACING(_In_ PVOID Arg1);
typedef HW_CLEANUP_TRACING *PHW_CLEANUP_TRACING;
typedef VOID HW_TRACING_ENABLED(_In_ PVOID HwDeviceExtension,
                                _In_ BOOLEAN Enabled);
typedef HW_TRACING_ENABLED *PHW_TRACING_ENABLED;
typedef VOID HW_WORKITEM(_In_ PVOID HwDeviceExtension, _In_opt_ PVOID Context,
                         _In_ PVOID Worker);
typedef HW_WORKITEM *PHW_WORKITEM;
typedef VOID HW_STATE_CHANGE(_In_ PVOID HwDeviceExtension,
                             _In_opt_ PVOID Context, _In_ SHORT AddressType,
                             _In_ PVOID Address, _In_ ULONG Status);
typedef HW_STATE_CHANGE *PHW_STATE_CHANGE;
typedef BOOLEAN STOR_SYNCHRONIZED_ACCESS(_In_ PVOID HwDeviceExtension,
                                         _In_ PVOID Context);
typedef STOR_SYNCHRONIZED_ACCESS *PSTOR_SYNCHRONIZED_ACCESS;

/* ---- HW_INITIALIZATION_DATA (what DriverEntry passes StorPortInitialize)
 * ---- */
#define SRB_TYPE_FLAG_SCSI_REQUEST_BLOCK 0x1
#define SRB_TYPE_FLAG_STORAGE_REQUEST_BLOCK 0x2
#define ADDRESS_TYPE_FLAG_BTL8 0x1

typedef struct _HW_INITIALIZATION_DATA {
  ULONG HwInitializationDataSize;
  INTERFACE_TYPE AdapterInterfaceType;
  PHW_INITIALIZE HwInitialize;
  PHW_STARTIO HwStartIo;
  PHW_INTERRUPT HwInterrupt;
  PHW_FIND_ADAPTER HwFindAdapter;
  PHW_RESET_BUS HwResetBus;
  PHW_DMA_STARTED HwDmaStarted;
  PHW_ADAPTER_STATE HwAdapterState;
  ULONG DeviceExtensionSize;
  ULONG SpecificLuExtensionSize;
  ULONG SrbExtensionSize;
  ULONG NumberOfAccessRanges;
  PVOID Reserved;
  BOOLEAN MapBuffers;
  BOOLEAN NeedPhysicalAddresses;
  BOOLEAN TaggedQueuing;
  BOOLEAN AutoRequestSense;
  BOOLEAN MultipleRequestPerLu;
  BOOLEAN ReceiveEvent;
  USHORT VendorIdLength;
  PVOID VendorId;
  union {
    USHORT ReservedUshort;
    USHORT PortVersionFlags;
  };
  USHORT DeviceIdLength;
  PVOID DeviceId;
  PHW_ADAPTER_CONTROL HwAdapterControl;
  PHW_BUILDIO HwBuildIo;
  PHW_FREE_ADAPTER_RESOURCES HwFreeAdapterResources;
  PHW_PROCESS_SERVICE_REQUEST HwProcessServiceRequest;
  PHW_COMPLETE_SERVICE_IRP HwCompleteServiceIrp;
  PHW_INITIALIZE_TRACING HwInitializeTracing;
  PHW_CLEANUP_TRACING HwCleanupTracing;
  PHW_TRACING_ENABLED HwTracingEnabled;
  ULONG FeatureSupport;
  ULONG SrbTypeFlags;
  ULONG AddressTypeFlags;
  ULONG Reserved1;
  PHW_UNIT_CONTROL HwUnitControl;
} HW_INITIALIZATION_DATA, *PHW_INITIALIZATION_DATA;

/* FeatureSupport bits of HW_INITIALIZATION_DATA */
#define STOR_FEATURE_VIRTUAL_MINIPORT 0x00000001
#define STOR_FEATURE_ATA_PASS_THROUGH 0x00000002
#define STOR_FEATURE_FULL_PNP_DEVICE_CAPABILITIES 0x00000004
#define STOR_FEATURE_DUMP_POINTERS 0x00000008
#define STOR_FEATURE_DEVICE_NAME_NO_SUFFIX 0x00000010
#define STOR_FEATURE_DUMP_RESUME_CAPABLE 0x00000020
#define STOR_FEATURE_DEVICE_DESCRIPTOR_FROM_ATA_INFO_VPD 0x00000040
#define STOR_FEATURE_ENABLE_NVME_INTERFACE 0x00000080
#define STOR_FEATURE_SET_ADAPTER_INTERFACE_TYPE 0x00000100
#define STOR_FEATURE_NVME 0x00000200
#define STOR_FEATURE_EXTRA_IO_INFORMATION 0x00000400
#define STOR_FEATURE_ADAPTER_CONTROL_PRE_FINDADAPTER 0x00000800
#define STOR_FEATURE_ADAPTER_NOT_REQUIRE_IO_PORT 0x00001000
#define STOR_FEATURE_DUMP_INFO 0x00002000

/* ---- PORT_CONFIGURATION_INFORMATION ---- */
#define SCSI_DMA64_MINIPORT_SUPPORTED 0x01
#define SCSI_DMA64_MINIPORT_FULL64BIT_SUPPORTED 0x02
#define SCSI_DMA64_MINIPORT_FULL64BIT_NO_BOUNDARY_REQ_SUPPORTED 0x04
#define SCSI_DMA64_SYSTEM_SUPPORTED 0x80
#define SP_UNINITIALIZED_VALUE ((ULONG)~0)
#define SP_UNTAGGED ((UCHAR)~0)
#define STOR_MAP_NO_BUFFERS 0
#define STOR_MAP_ALL_BUFFERS 1
#define STOR_MAP_NON_READ_WRITE_BUFFERS 2
#define STOR_MAP_ALL_BUFFERS_INCLUDING_READ_WRITE 3

/* ExtendedFlags1 */
#define EXTENDED_FLAG_POFX 0x00000001
#define EXTENDED_FLAG_ADAPTER_REQUIRE_D3_COLD 0x00000002

/* FeatureSupport bits of PORT_CONFIGURATION_INFORMATION */
#define STOR_ADAPTER_FEATURE_DEVICE_TELEMETRY 0x00000001
#define STOR_ADAPTER_FEATURE_STOP_UNIT_DURING_POWER_DOWN 0x00000002
#define STOR_ADAPTER_UNCACHED_EXTENSION_NUMA_NODE_PREFERRED 0x00000004
#define STOR_ADAPTER_DMA_ADDRESS_WIDTH_SPECIFIED 0x00000008
#define STOR_ADAPTER_FEATURE_ABORT_COMMAND 0x00000010
#define STOR_ADAPTER_FEATURE_RICH_TEMPERATURE_THRESHOLD 0x00000020
#define STOR_ADAPTER_DMA_V3_PREFERRED 0x00000040
#define STOR_ADAPTER_FEATURE_STORPORT_HANDLES_IDLE_POWER 0x00000080

struct _PORT_CONFIGURATION_INFORMATION {
  ULONG Length;
  ULONG SystemIoBusNumber;
  INTERFACE_TYPE AdapterInterfaceType;
  ULONG BusInterruptLevel;
  ULONG BusInterruptVector;
  KINTERRUPT_MODE InterruptMode;
  ULONG MaximumTransferLength;
  ULONG NumberOfPhysicalBreaks;
  ULONG DmaChannel;
  ULONG DmaPort;
  DMA_WIDTH DmaWidth;
  DMA_SPEED DmaSpeed;
  ULONG AlignmentMask;
  ULONG NumberOfAccessRanges;
  ACCESS_RANGE (*AccessRanges)[];
  PVOID MiniportDumpData;
  PVOID Reserved;
  UCHAR NumberOfBuses;
  CCHAR InitiatorBusId[8];
  BOOLEAN ScatterGather;
  BOOLEAN Master;
  BOOLEAN CachesData;
  BOOLEAN AdapterScansDown;
  BOOLEAN AtdiskPrimaryClaimed;
  BOOLEAN AtdiskSecondaryClaimed;
  BOOLEAN Dma32BitAddresses;
  BOOLEAN DemandMode;
  UCHAR MapBuffers;
  BOOLEAN NeedPhysicalAddresses;
  BOOLEAN TaggedQueuing;
  BOOLEAN AutoRequestSense;
  BOOLEAN MultipleRequestPerLu;
  BOOLEAN ReceiveEvent;
  BOOLEAN RealModeInitialized;
  BOOLEAN BufferAccessScsiPortControlled;
  UCHAR MaximumNumberOfTargets;
  UCHAR SrbType;
  UCHAR AddressType;
  UCHAR ReservedUchar;
  ULONG SlotNumber;
  ULONG BusInterruptLevel2;
  ULONG BusInterruptVector2;
  KINTERRUPT_MODE InterruptMode2;
  ULONG DmaChannel2;
  ULONG DmaPort2;
  DMA_WIDTH DmaWidth2;
  DMA_SPEED DmaSpeed2;
  ULONG DeviceExtensionSize;
  ULONG SpecificLuExtensionSize;
  ULONG SrbExtensionSize;
  UCHAR Dma64BitAddresses;
  BOOLEAN ResetTargetSupported;
  UCHAR MaximumNumberOfLogicalUnits;
  BOOLEAN WmiDataProvider;
  STOR_SYNCHRONIZATION_MODEL SynchronizationModel;
  PHW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE HwMSInterruptRoutine;
  INTERRUPT_SYNCHRONIZATION_MODE InterruptSynchronizationMode;
  MEMORY_REGION DumpRegion;
  ULONG RequestedDumpBufferSize;
  BOOLEAN VirtualDevice;
  UCHAR DumpMode;
  UCHAR DmaAddressWidth;
  ULONG ExtendedFlags1;
  ULONG MaxNumberOfIO;
  ULONG MaxIOsPerLun;
  ULONG InitialLunQueueDepth;
  ULONG BusResetHoldTime;
  ULONG FeatureSupport;
};

#define CONFIG_INFO_VERSION_2 sizeof(PORT_CONFIGURATION_INFORMATION)

/* ---- Notifications ---- */
typedef enum _SCSI_NOTIFICATION_TYPE {
  RequestComplete,
  NextRequest,
  NextLuRequest,
  ResetDetected,
  _obsolete1,
  _obsolete2,
  RequestTimerCall,
  BusChangeDetected,
  WMIEvent,
  WMIReregister,
  LinkUp,
  LinkDown,
  QueryTickCount,
  BufferOverrunDetected,
  TraceNotification,
  GetExtendedFunctionTable,
  EnablePassiveInitialization = 0x1000,
  InitializeDpc,
  IssueDpc,
  AcquireSpinLock,
  ReleaseSpinLock,
  StateChangeDetectedCall,
  IoTargetRequestServiceTime,
  AsyncNotificationDetected,
  MarkDeviceFailed,
  MarkDeviceFailedEx,
  IoTargetRequestServiceTimeEx,
  RequestMaxIoTargetResourceCount
} SCSI_NOTIFICATION_TYPE,
    *PSCSI_NOTIFICATION_TYPE;

/* Tell Storport that a request is complete (RequestComplete, SRB),
 * ready for the next (NextRequest), a timer (RequestTimerCall, routine,
 * microseconds), a bus reset (ResetDetected) ... */
STORPORT_API VOID
StorPortNotification(_In_ SCSI_NOTIFICATION_TYPE NotificationType,
                     _In_ PVOID HwDeviceExtension, ...);

/* ---- Initialization and configuration ---- */
STORPORT_API ULONG
StorPortInitialize(_In_ PVOID Argument1, _In_ PVOID Argument2,
                   _In_ struct _HW_INITIALIZATION_DATA *HwInitializationData,
                   _In_opt_ PVOID HwContext);
STORPORT_API PVOID StorPortGetDeviceBase(_In_ PVOID HwDeviceExtension,
                                         _In_ INTERFACE_TYPE BusType,
                                         _In_ ULONG SystemIoBusNumber,
                                         _In_ STOR_PHYSICAL_ADDRESS IoAddress,
                                         _In_ ULONG NumberOfBytes,
                                         _In_ BOOLEAN InIoSpace);
STORPORT_API VOID StorPortFreeDeviceBase(_In_ PVOID HwDeviceExtension,
                                         _In_ PVOID MappedAddress);
STORPORT_API ULONG StorPortGetBusData(_In_ PVOID DeviceExtension,
                                      _In_ ULONG BusDataType,
                                      _In_ ULONG SystemIoBusNumber,
                                      _In_ ULONG SlotNumber, _Out_ PVOID Buffer,
                                      _In_ ULONG Length);
STORPORT_API ULONG StorPortSetBusDataByOffset(
    _In_ PVOID DeviceExtension, _In_ ULONG BusDataType,
    _In_ ULONG SystemIoBusNumber, _In_ ULONG SlotNumber, _In_ PVOID Buffer,
    _In_ ULONG Offset, _In_ ULONG Length);
STORPORT_API PVOID StorPortGetUncachedExtension(
    _In_ PVOID HwDeviceExtension,
    _In_ PPORT_CONFIGURATION_INFORMATION ConfigInfo, _In_ ULONG NumberOfBytes);
STORPORT_API BOOLEAN StorPortValidateRange(_In_ PVOID HwDeviceExtension,
                                           _In_ INTERFACE_TYPE BusType,
                                           _In_ ULONG SystemIoBusNumber,
                                           _In_ STOR_PHYSICAL_ADDRESS IoAddress,
                                           _In_ ULONG NumberOfBytes,
                                           _In_ BOOLEAN InIoSpace);
_IRQL_requires_(DIRQL) STORPORT_API BOOLEAN StorPortEnablePassiveInitialization(
    _In_ PVOID HwDeviceExtension,
    _In_ PHW_PASSIVE_INITIALIZE_ROUTINE HwPassiveInitializeRoutine);

/* ---- Addresses, SRB data and scatter/gather ---- */
STORPORT_API STOR_PHYSICAL_ADDRESS StorPortGetPhysicalAddress(
    _In_ PVOID HwDeviceExtension, _In_opt_ PSCSI_REQUEST_BLOCK Srb,
    _In_ PVOID VirtualAddress, _Out_ ULONG *Length);
STORPORT_API PVOID StorPortGetVirtualAddress(
    _In_ PVOID HwDeviceExtension, _In_ STOR_PHYSICAL_ADDRESS PhysicalAddress);
STORPORT_API PSTOR_SCATTER_GATHER_LIST StorPortGetScatterGatherList(
    _In_ PVOID DeviceExtension, _In_ PSCSI_REQUEST_BLOCK Srb);
STORPORT_API STOR_PHYSICAL_ADDRESS
StorPortConvertUlongToPhysicalAddress(_In_ ULONG_PTR UlongAddress);
#define StorPortConvertPhysicalAddressToUlong(Address) ((Address).LowPart)
#define StorPortConvertPhysicalAddressToULong64(Address) ((Address).QuadPart)

/* ---- Requests and queues ---- */
STORPORT_API VOID StorPortCompleteRequest(_In_ PVOID HwDeviceExtension,
                                          _In_ UCHAR PathId,
                                          _In_ UCHAR TargetId, _In_ UCHAR Lun,
                                          _In_ UCHAR SrbStatus);
STORPORT_API BOOLEAN StorPortBusy(_In_ PVOID HwDeviceExtension,
                                  _In_ ULONG RequestsToComplete);
STORPORT_API BOOLEAN StorPortReady(_In_ PVOID HwDeviceExtension);
STORPORT_API BOOLEAN StorPortPause(_In_ PVOID HwDeviceExtension,
                                   _In_ ULONG TimeOut);
STORPORT_API BOOLEAN StorPortResume(_In_ PVOID HwDeviceExtension);
STORPORT_API BOOLEAN StorPortDeviceBusy(_In_ PVOID HwDeviceExtension,
                                        _In_ UCHAR PathId, _In_ UCHAR TargetId,
                                        _In_ UCHAR Lun,
                                        _In_ ULONG RequestsToComplete);
STORPORT_API BOOLEAN StorPortDeviceReady(_In_ PVOID HwDeviceExtension,
                                         _In_ UCHAR PathId, _In_ UCHAR TargetId,
                                         _In_ UCHAR Lun);
STORPORT_API BOOLEAN StorPortPauseDevice(_In_ PVOID HwDeviceExtension,
                                         _In_ UCHAR PathId, _In_ UCHAR TargetId,
                                         _In_ UCHAR Lun, _In_ ULONG TimeOut);
STORPORT_API BOOLEAN StorPortResumeDevice(_In_ PVOID HwDeviceExtension,
                                          _In_ UCHAR PathId,
                                          _In_ UCHAR TargetId, _In_ UCHAR Lun);
STORPORT_API BOOLEAN StorPortSetDeviceQueueDepth(_In_ PVOID HwDeviceExtension,
                                                 _In_ UCHAR PathId,
                                                 _In_ UCHAR TargetId,
                                                 _In_ UCHAR Lun,
                                                 _In_ ULONG Depth);
STORPORT_API PVOID StorPortGetLogicalUnit(_In_ PVOID HwDeviceExtension,
                                          _In_ UCHAR PathId,
                                          _In_ UCHAR TargetId, _In_ UCHAR Lun);
STORPORT_API VOID StorPortLogError(_In_ PVOID HwDeviceExtension,
                                   _In_opt_ PSCSI_REQUEST_BLOCK Srb,
                                   _In_ UCHAR PathId, _In_ UCHAR TargetId,
                                   _In_ UCHAR Lun, _In_ ULONG ErrorCode,
                                   _In_ ULONG UniqueId);
/* Runs the routine synchronized with the miniport's interrupt. */
STORPORT_API BOOLEAN StorPortSynchronizeAccess(_In_ PVOID HwDeviceExtension,
                                               _In_ PSTOR_SYNCHRONIZED_ACCESS
                                                   SynchronizedAccessRoutine,
                                               _In_opt_ PVOID Context);

/* ---- Memory and time ---- */
STORPORT_API VOID StorPortMoveMemory(_Out_writes_bytes_(Length)
                                         PVOID WriteBuffer,
                                     _In_reads_bytes_(Length) PVOID ReadBuffer,
                                     _In_ ULONG Length);
#define StorPortCopyMemory(Destination, Source, Length)                        \
  memcpy((Destination), (Source), (Length))
STORPORT_API VOID StorPortStallExecution(_In_ ULONG Delay);
_IRQL_requires_max_(HIGH_LEVEL) STORPORT_API VOID
    StorPortQuerySystemTime(_Out_ PLARGE_INTEGER CurrentTime);
STORPORT_API VOID StorPortDebugPrint(_In_ ULONG DebugPrintLevel,
                                     _In_ PCCHAR DebugMessage, ...);

/* ---- Registers and ports ---- */
STORPORT_API UCHAR StorPortReadPortUchar(_In_ PVOID HwDeviceExtension,
                                         _In_ PUCHAR Port);
STORPORT_API USHORT StorPortReadPortUshort(_In_ PVOID HwDeviceExtension,
                                           _In_ PUSHORT Port);
STORPORT_API ULONG StorPortReadPortUlong(_In_ PVOID HwDeviceExtension,
                                         _In_ PULONG Port);
STORPORT_API VOID StorPortReadPortBufferUchar(_In_ PVOID HwDeviceExtension,
                                              _In_ PUCHAR Port,
                                              _In_ PUCHAR Buffer,
                                              _In_ ULONG Count);
STORPORT_API VOID StorPortReadPortBufferUshort(_In_ PVOID HwDeviceExtension,
                                               _In_ PUSHORT Port,
                                               _In_ PUSHORT Buffer,
                                               _In_ ULONG Count);
STORPORT_API VOID StorPortReadPortBufferUlong(_In_ PVOID HwDeviceExtension,
                                              _In_ PULONG Port,
                                              _In_ PULONG Buffer,
                                              _In_ ULONG Count);
STORPORT_API UCHAR StorPortReadRegisterUchar(_In_ PVOID HwDeviceExtension,
                                             _In_ PUCHAR Register);
STORPORT_API USHORT StorPortReadRegisterUshort(_In_ PVOID HwDeviceExtension,
                                               _In_ PUSHORT Register);
STORPORT_API ULONG StorPortReadRegisterUlong(_In_ PVOID HwDeviceExtension,
                                             _In_ PULONG Register);
STORPORT_API ULONG64 StorPortReadRegisterUlong64(_In_ PVOID HwDeviceExtension,
                                                 _In_ PULONG64 Register);
STORPORT_API VOID StorPortReadRegisterBufferUchar(_In_ PVOID HwDeviceExtension,
                                                  _In_ PUCHAR Register,
                                                  _In_ PUCHAR Buffer,
                                                  _In_ ULONG Count);
STORPORT_API VOID StorPortReadRegisterBufferUshort(_In_ PVOID HwDeviceExtension,
                                                   _In_ PUSHORT Register,
                                                   _In_ PUSHORT Buffer,
                                                   _In_ ULONG Count);
STORPORT_API VOID StorPortReadRegisterBufferUlong(_In_ PVOID HwDeviceExtension,
                                                  _In_ PULONG Register,
                                                  _In_ PULONG Buffer,
                                                  _In_ ULONG Count);
STORPORT_API VOID StorPortWritePortUchar(_In_ PVOID HwDeviceExtension,
                                         _In_ PUCHAR Port, _In_ UCHAR Value);
STORPORT_API VOID StorPortWritePortUshort(_In_ PVOID HwDeviceExtension,
                                          _In_ PUSHORT Port, _In_ USHORT Value);
STORPORT_API VOID StorPortWritePortUlong(_In_ PVOID HwDeviceExtension,
                                         _In_ PULONG Port, _In_ ULONG Value);
STORPORT_API VOID StorPortWritePortBufferUchar(_In_ PVOID HwDeviceExtension,
                                               _In_ PUCHAR Port,
                                               _In_ PUCHAR Buffer,
                                               _In_ ULONG Count);
STORPORT_API VOID StorPortWritePortBufferUshort(_In_ PVOID HwDeviceExtension,
                                                _In_ PUSHORT Port,
                                                _In_ PUSHORT Buffer,
                                                _In_ ULONG Count);
STORPORT_API VOID StorPortWritePortBufferUlong(_In_ PVOID HwDeviceExtension,
                                               _In_ PULONG Port,
                                               _In_ PULONG Buffer,
                                               _In_ ULONG Count);
STORPORT_API VOID StorPortWriteRegisterUchar(_In_ PVOID HwDeviceExtension,
                                             _In_ PUCHAR Register,
                                             _In_ UCHAR Value);
STORPORT_API VOID StorPortWriteRegisterUshort(_In_ PVOID HwDeviceExtension,
                                              _In_ PUSHORT Register,
                                              _In_ USHORT Value);
STORPORT_API VOID StorPortWriteRegisterUlong(_In_ PVOID HwDeviceExtension,
                                             _In_ PULONG Register,
                                             _In_ ULONG Value);
STORPORT_API VOID StorPortWriteRegisterUlong64(_In_ PVOID HwDeviceExtension,
                                               _In_ PULONG64 Register,
                                               _In_ ULONG64 Value);
STORPORT_API VOID StorPortWriteRegisterBufferUchar(_In_ PVOID HwDeviceExtension,
                                                   _In_ PUCHAR Register,
                                                   _In_ PUCHAR Buffer,
                                                   _In_ ULONG Count);
STORPORT_API VOID StorPortWriteRegisterBufferUshort(
    _In_ PVOID HwDeviceExtension, _In_ PUSHORT Register, _In_ PUSHORT Buffer,
    _In_ ULONG Count);
STORPORT_API VOID StorPortWriteRegisterBufferUlong(_In_ PVOID HwDeviceExtension,
                                                   _In_ PULONG Register,
                                                   _In_ PULONG Buffer,
                                                   _In_ ULONG Count);

/* ---- Registry ---- */
STORPORT_API PUCHAR StorPortAllocateRegistryBuffer(_In_ PVOID HwDeviceExtension,
                                                   _In_ PULONG Length);
STORPORT_API VOID StorPortFreeRegistryBuffer(_In_ PVOID HwDeviceExtension,
                                             _In_ PUCHAR Buffer);
_IRQL_requires_max_(PASSIVE_LEVEL) STORPORT_API BOOLEAN
    StorPortRegistryRead(_In_ PVOID HwDeviceExtension, _In_ PUCHAR ValueName,
                         _In_ ULONG Global, _In_ ULONG Type, _In_ PUCHAR Buffer,
                         _In_ PULONG BufferLength);
_IRQL_requires_max_(PASSIVE_LEVEL) STORPORT_API BOOLEAN
    StorPortRegistryWrite(_In_ PVOID HwDeviceExtension, _In_ PUCHAR ValueName,
                          _In_ ULONG Global, _In_ ULONG Type,
                          _In_ PUCHAR Buffer, _In_ ULONG BufferLength);
#define MINIPORT_REG_SZ 1
#define MINIPORT_REG_BINARY 3
#define MINIPORT_REG_DWORD 4
#define MINIPORT_REG_MULTI_SZ 7

/* ---- DPCs and spin locks ---- */
/* Prepares a STOR_DPC; IssueDpc queues it. */
_IRQL_requires_max_(HIGH_LEVEL) STORPORT_API VOID
    StorPortInitializeDpc(_In_ PVOID DeviceExtension, _Out_ PSTOR_DPC Dpc,
                          _In_ PHW_DPC_ROUTINE HwDpcRoutine);
_IRQL_requires_max_(HIGH_LEVEL) STORPORT_API BOOLEAN
    StorPortIssueDpc(_In_ PVOID DeviceExtension, _In_ PSTOR_DPC Dpc,
                     _In_ PVOID SystemArgument1, _In_ PVOID SystemArgument2);

/* Acquires the DPC, StartIo or interrupt lock into *LockHandle; raises the
 * IRQL to what the lock needs (DISPATCH_LEVEL or the interrupt's DIRQL).
 * Which one depends on the STOR_SPINLOCK value, so no IRQL effect is
 * modeled; the reference page states no IRQL bound. */
STORPORT_API VOID StorPortAcquireSpinLock(
    _In_ PVOID DeviceExtension, _In_ STOR_SPINLOCK SpinLock,
    _In_opt_ PVOID LockContext,
    _Inout_ _Requires_lock_not_held_(*_Curr_) _Acquires_lock_(*_Curr_)
        PSTOR_LOCK_HANDLE LockHandle);
/* Releases the lock *LockHandle holds and restores the IRQL. */
STORPORT_API VOID StorPortReleaseSpinLock(_In_ PVOID DeviceExtension,
                                          _Inout_ _Requires_lock_held_(*_Curr_)
                                              _Releases_lock_(*_Curr_)
                                                  PSTOR_LOCK_HANDLE LockHandle);
/* The …Ex form returns a STOR_STATUS and also takes the other STOR_SPINLOCK
 * kinds. */
STORPORT_API ULONG StorPortAcquireSpinLockEx(
    _In_ PVOID HwDeviceExtension, _In_ STOR_SPINLOCK SpinLock,
    _In_opt_ PVOID LockContext, _Inout_ PSTOR_LOCK_HANDLE LockHandle);
STORPORT_API ULONG StorPortReleaseSpinLockEx(
    _In_ PVOID HwDeviceExtension, _Inout_ PSTOR_LOCK_HANDLE LockHandle);
/* The interrupt lock of one MSI message; the old IRQL goes to *OldIrql. */
_IRQL_requires_max_(HIGH_LEVEL) STORPORT_API ULONG
    StorPortAcquireMSISpinLock(_In_ PVOID HwDeviceExtension,
                               _In_ ULONG MessageId, _Out_ PULONG OldIrql);
_IRQL_requires_max_(HIGH_LEVEL) STORPORT_API ULONG
    StorPortReleaseMSISpinLock(_In_ PVOID HwDeviceExtension,
                               _In_ ULONG MessageId, _In_ ULONG OldIrql);

typedef struct _MESSAGE_INTERRUPT_INFORMATION {
  ULONG MessageId;
  ULONG MessageData;
  STOR_PHYSICAL_ADDRESS MessageAddress;
  ULONG InterruptVector;
  ULONG InterruptLevel;
  KINTERRUPT_MODE InterruptMode;
} MESSAGE_INTERRUPT_INFORMATION, *PMESSAGE_INTERRUPT_INFORMATION;

_IRQL_requires_max_(HIGH_LEVEL) STORPORT_API ULONG
    StorPortGetMSIInfo(_In_ PVOID HwDeviceExtension, _In_ ULONG MessageId,
                       _Out_ PMESSAGE_INTERRUPT_INFORMATION InterruptInfo);

/* ---- Pool, MDLs, DMA memory (STOR_STATUS results) ---- */
_IRQL_requires_max_(DISPATCH_LEVEL) STORPORT_API ULONG
    StorPortAllocatePool(_In_ PVOID HwDeviceExtension, _In_ ULONG NumberOfBytes,
                         _In_ ULONG Tag, _Out_ PVOID *BufferPointer);
_IRQL_requires_max_(DISPATCH_LEVEL) STORPORT_API ULONG
    StorPortFreePool(_In_ PVOID HwDeviceExtension, _In_ PVOID BufferPointer);
_IRQL_requires_max_(DISPATCH_LEVEL) STORPORT_API ULONG
    StorPortAllocateMdl(_In_ PVOID HwDeviceExtension, _In_ PVOID BufferPointer,
                        _In_ ULONG NumberOfBytes, _Out_ PVOID *Mdl);
_IRQL_requires_max_(DISPATCH_LEVEL) STORPORT_API ULONG
    StorPortFreeMdl(_In_ PVOID HwDeviceExtension, _In_ PVOID Mdl);
_IRQL_requires_max_(DISPATCH_LEVEL) STORPORT_API ULONG
    StorPortBuildMdlForNonPagedPool(_In_ PVOID HwDeviceExtension,
                                    _Inout_ PVOID Mdl);
_IRQL_requires_max_(DISPATCH_LEVEL) STORPORT_API ULONG
    StorPortGetSystemAddress(_In_ PVOID HwDeviceExtension,
                             _In_ PSCSI_REQUEST_BLOCK Srb,
                             _Out_ PVOID *SystemAddress);
STORPORT_API ULONG StorPortGetOriginalMdl(_In_ PVOID HwDeviceExtension,
                                          _In_ PSCSI_REQUEST_BLOCK Srb,
                                          _Out_ PVOID *Mdl);
STORPORT_API ULONG StorPortGetDeviceObjects(_In_ PVOID HwDeviceExtension,
                                            _Out_ PVOID *AdapterDeviceObject,
                                            _Out_ PVOID *PhysicalDeviceObject,
                                            _Out_ PVOID *LowerDeviceObject);
STORPORT_API ULONG StorPortCompleteServiceIrp(_In_ PVOID HwDeviceExtension,
                                              _In_ PVOID Irp);
_IRQL_requires_max_(DISPATCH_LEVEL) STORPORT_API ULONG
    StorPortAllocateContiguousMemorySpecifyCacheNode(
        _In_ PVOID HwDeviceExtension, _In_ SIZE_T NumberOfBytes,
        _In_ PHYSICAL_ADDRESS LowestAcceptableAddress,
        _In_ PHYSICAL_ADDRESS HighestAcceptableAddress,
        _In_opt_ PHYSICAL_ADDRESS BoundaryAddressMultiple,
        _In_ MEMORY_CACHING_TYPE CacheType, _In_ NODE_REQUIREMENT PreferredNode,
        _Out_ PVOID *BufferPointer);
_IRQL_requires_max_(DISPATCH_LEVEL) STORPORT_API ULONG
    StorPortFreeContiguousMemorySpecifyCache(
        _In_ PVOID HwDeviceExtension, _In_ PVOID BaseAddress,
        _In_ SIZE_T NumberOfBytes, _In_ MEMORY_CACHING_TYPE CacheType);
STORPORT_API ULONG StorPortAllocateDmaMemory(
    _In_ PVOID HwDeviceExtension, _In_ SIZE_T NumberOfBytes,
    _In_ PHYSICAL_ADDRESS LowestAddress, _In_ PHYSICAL_ADDRESS HighestAddress,
    _In_opt_ PHYSICAL_ADDRESS AddressMultiple,
    _In_ MEMORY_CACHING_TYPE CacheType, _In_ NODE_REQUIREMENT PreferredNode,
    _Out_ PVOID *BufferPointer, _Out_ PPHYSICAL_ADDRESS PhysicalAddress);
STORPORT_API ULONG StorPortFreeDmaMemory(
    _In_ PVOID HwDeviceExtension, _In_ PVOID BaseAddress,
    _In_ SIZE_T NumberOfBytes, _In_ MEMORY_CACHING_TYPE CacheType,
    _In_opt_ PHYSICAL_ADDRESS PhysicalAddress);
_IRQL_requires_max_(HIGH_LEVEL) STORPORT_API ULONG
    StorPortMarkDumpMemory(_In_ PVOID HwDeviceExtension, _In_ PVOID Address,
                           _In_ ULONG_PTR Length, _In_ ULONG Flags);

/* ---- Timers and work items ---- */
_IRQL_requires_max_(DISPATCH_LEVEL) STORPORT_API ULONG
    StorPortInitializeTimer(_In_ PVOID HwDeviceExtension,
                            _Out_ PVOID *TimerHandle);
_IRQL_requires_max_(HIGH_LEVEL) STORPORT_API ULONG
    StorPortRequestTimer(_In_ PVOID HwDeviceExtension, _In_ PVOID TimerHandle,
                         _In_ PHW_TIMER_EX TimerCallback,
                         _In_opt_ PVOID CallbackContext,
                         _In_ ULONGLONG TimerValue,
                         _In_ ULONGLONG TolerableDelay);
_IRQL_requires_max_(DISPATCH_LEVEL) STORPORT_API ULONG
    StorPortFreeTimer(_In_ PVOID HwDeviceExtension, _In_ PVOID TimerHandle);
_IRQL_requires_max_(DISPATCH_LEVEL) STORPORT_API ULONG
    StorPortInitializeWorker(_In_ PVOID HwDeviceExtension, _Out_ PVOID *Worker);
_IRQL_requires_max_(DISPATCH_LEVEL) STORPORT_API ULONG
    StorPortQueueWorkItem(_In_ PVOID HwDeviceExtension,
                          _In_ PHW_WORKITEM WorkItemCallback, _In_ PVOID Worker,
                          _In_opt_ PVOID Context);
_IRQL_requires_max_(DISPATCH_LEVEL) STORPORT_API ULONG
    StorPortFreeWorker(_In_ PVOID HwDeviceExtension, _In_ PVOID Worker);
_IRQL_requires_max_(HIGH_LEVEL) STORPORT_API ULONG
    StorPortQueryPerformanceCounter(_In_ PVOID HwDeviceExtension,
                                    _Out_opt_ PLARGE_INTEGER
                                        PerformanceFrequency,
                                    _Out_ PLARGE_INTEGER PerformanceCounter);

/* ---- Performance options ---- */
#define STOR_PERF_DPC_REDIRECTION 0x00000001
#define STOR_PERF_CONCURRENT_CHANNELS 0x00000002
#define STOR_PERF_INTERRUPT_MESSAGE_RANGES 0x00000004
#define STOR_PERF_ADV_CONFIG_LOCALITY 0x00000008
#define STOR_PERF_OPTIMIZE_FOR_COMPLETION_DURING_STARTIO 0x00000010
#define STOR_PERF_DPC_REDIRECTION_CURRENT_CPU 0x00000020
#define STOR_PERF_NO_SGL 0x00000040
#define STOR_PERF_VERSION 0x00000005

typedef struct _PERF_CONFIGURATION_DATA {
  ULONG Version;
  ULONG Size;
  ULONG Flags;
  ULONG ConcurrentChannels;
  ULONG FirstRedirectionMessageNumber;
  ULONG LastRedirectionMessageNumber;
  ULONG DeviceNode;
  ULONG Reserved;
  PGROUP_AFFINITY MessageTargets;
} PERF_CONFIGURATION_DATA, *PPERF_CONFIGURATION_DATA;

STORPORT_API ULONG
StorPortInitializePerfOpts(_In_ PVOID HwDeviceExtension, _In_ BOOLEAN Query,
                           _Inout_ PPERF_CONFIGURATION_DATA PerfConfigData);

/* ---- Unit attributes, device state and requests' information ---- */
typedef struct _STOR_UNIT_ATTRIBUTES {
  ULONG DeviceAttentionSupported : 1;
  ULONG AsyncNotificationSupported : 1;
  ULONG D3ColdNotSupported : 1;
  ULONG Reserved : 29;
} STOR_UNIT_ATTRIBUTES, *PSTOR_UNIT_ATTRIBUTES;

_IRQL_requires_max_(HIGH_LEVEL) STORPORT_API ULONG
    StorPortSetUnitAttributes(_In_ PVOID HwDeviceExtension,
                              _In_ PSTOR_ADDRESS Address,
                              _In_ STOR_UNIT_ATTRIBUTES Attributes);

#define STATE_CHANGE_LUN 0x1
#define STATE_CHANGE_TARGET 0x2
#define STATE_CHANGE_BUS 0x4
_IRQL_requires_max_(HIGH_LEVEL) STORPORT_API ULONG
    StorPortStateChangeDetected(_In_ PVOID HwDeviceExtension,
                                _In_ ULONG ChangedEntity,
                                _In_ PSTOR_ADDRESS Address,
                                _In_ ULONG Attributes,
                                _In_opt_ PHW_STATE_CHANGE HwStateChange,
                                _In_opt_ PVOID HwStateChangeContext);
_IRQL_requires_max_(HIGH_LEVEL) STORPORT_API ULONG
    StorPortAsyncNotificationDetected(_In_ PVOID HwDeviceExtension,
                                      _In_ PSTOR_ADDRESS Address,
                                      _In_ ULONGLONG Flags);
STORPORT_API ULONG StorPortMarkDeviceFailed(_In_ PVOID HwDeviceExtension,
                                            _In_opt_ PSTOR_ADDRESS StorAddress,
                                            _In_ ULONG Flags,
                                            _In_ PWSTR FailReason);
STORPORT_API ULONG StorPortGetSystemPortNumber(_In_ PVOID HwDeviceExtension,
                                               _Inout_ PSTOR_ADDRESS Address);
STORPORT_API ULONG StorPortGetD3ColdSupport(_In_ PVOID HwDeviceExtension,
                                            _In_opt_ PSTOR_ADDRESS Address,
                                            _Out_ PBOOLEAN Supported);
_IRQL_requires_max_(HIGH_LEVEL) STORPORT_API ULONG
    StorPortSetPowerSettingNotificationGuids(_In_ PVOID HwDeviceExtension,
                                             _In_ ULONG GuidCount,
                                             _In_ LPGUID Guid);
_IRQL_requires_max_(PASSIVE_LEVEL) STORPORT_API ULONG
    StorPortIsDeviceOperationAllowed(_In_ PVOID HwDeviceExtension,
                                     _In_ PSTOR_ADDRESS Address,
                                     _In_ LPCGUID DeviceOperation,
                                     _Out_ ULONG *AllowedFlag);
_IRQL_requires_max_(PASSIVE_LEVEL) STORPORT_API ULONG
    StorPortRegistryReadAdapterKey(_In_ PVOID HwDeviceExtension,
                                   _In_opt_ PUCHAR SubKeyName,
                                   _In_ PUCHAR ValueName, _In_ ULONG ValueType,
                                   _Inout_ PVOID *ValueData,
                                   _Inout_ PULONG ValueDataLength);
_IRQL_requires_max_(PASSIVE_LEVEL) STORPORT_API ULONG
    StorPortRegistryWriteAdapterKey(_In_ PVOID HwDeviceExtension,
                                    _In_opt_ PUCHAR SubKeyName,
                                    _In_ PUCHAR ValueName, _In_ ULONG ValueType,
                                    _In_ PVOID ValueData,
                                    _In_ ULONG ValueDataLength);
_IRQL_requires_max_(PASSIVE_LEVEL) STORPORT_API ULONG StorPortInvokeAcpiMethod(
    _In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
    _In_ ULONG MethodName, _In_opt_ PVOID InputBuffer,
    _In_ ULONG InputBufferLength, _Out_opt_ PVOID OutputBuffer,
    _In_ ULONG OutputBufferLength, _Out_opt_ PULONG BytesReturned);

typedef struct _STOR_REQUEST_INFO {
  ULONG Version;
  ULONG Size;
  UCHAR PriorityHint;
  UCHAR Reserved[3];
  ULONG Flags;
  ULONG Key;
  ULONG Length;
  BOOLEAN IsWriteRequest;
  UCHAR Reserved1[7];
  ULONGLONG Reserved2[4];
} STOR_REQUEST_INFO, *PSTOR_REQUEST_INFO;

_IRQL_requires_max_(HIGH_LEVEL) STORPORT_API ULONG
    StorPortGetRequestInfo(_In_ PVOID HwDeviceExtension,
                           _In_ PSCSI_REQUEST_BLOCK Srb,
                           _Out_ PSTOR_REQUEST_INFO RequestInfo);

/* ---- Device capabilities, power hints ---- */
typedef struct _STOR_DEVICE_CAPABILITIES_EX {
  USHORT Version;
  USHORT Size;
  ULONG DeviceD1 : 1;
  ULONG DeviceD2 : 1;
  ULONG LockSupported : 1;
  ULONG EjectSupported : 1;
  ULONG Removable : 1;
  ULONG DockDevice : 1;
  ULONG UniqueID : 1;
  ULONG SilentInstall : 1;
  ULONG SurpriseRemovalOK : 1;
  ULONG NoDisplayInUI : 1;
  ULONG Reserved : 22;
  ULONG Address;
  ULONG UINumber;
} STOR_DEVICE_CAPABILITIES_EX, *PSTOR_DEVICE_CAPABILITIES_EX;

typedef struct _STOR_ADAPTER_CONTROL_POWER {
  STOR_POWER_ACTION PowerAction;
  STOR_DEVICE_POWER_STATE PowerState;
} STOR_ADAPTER_CONTROL_POWER, *PSTOR_ADAPTER_CONTROL_POWER;

typedef struct _STOR_UNIT_CONTROL_POWER {
  PSTOR_ADDRESS Address;
  STOR_POWER_ACTION PowerAction;
  STOR_DEVICE_POWER_STATE PowerState;
} STOR_UNIT_CONTROL_POWER, *PSTOR_UNIT_CONTROL_POWER;

typedef enum _RAID_SYSTEM_POWER {
  RaidSystemPowerUnknown,
  RaidSystemPowerLowest,
  RaidSystemPowerLow,
  RaidSystemPowerMedium,
  RaidSystemPowerHigh
} RAID_SYSTEM_POWER;

typedef struct _STOR_SYSTEM_POWER_HINTS {
  UCHAR Version;
  UCHAR Size;
  RAID_SYSTEM_POWER SystemPower;
  ULONG ResumeLatencyMSec;
} STOR_SYSTEM_POWER_HINTS, *PSTOR_SYSTEM_POWER_HINTS;

typedef struct _STOR_POWER_SETTING_INFO {
  GUID PowerSettingGuid;
  PVOID Value;
  ULONG ValueLength;
} STOR_POWER_SETTING_INFO, *PSTOR_POWER_SETTING_INFO;

/* ---- Runtime power management (PoFx) ---- */
#define STOR_POFX_UNKNOWN_POWER 0xFFFFFFFF
#define STOR_POFX_UNKNOWN_TIME 0xFFFFFFFFFFFFFFFF

typedef struct _STOR_POFX_COMPONENT_IDLE_STATE {
  ULONG Version;
  ULONG Size;
  ULONGLONG TransitionLatency;
  ULONGLONG ResidencyRequirement;
  ULONG NominalPower;
} STOR_POFX_COMPONENT_IDLE_STATE, *PSTOR_POFX_COMPONENT_IDLE_STATE;
#define STOR_POFX_COMPONENT_IDLE_STATE_VERSION_V1 1
#define STOR_POFX_COMPONENT_IDLE_STATE_SIZE                                    \
  sizeof(STOR_POFX_COMPONENT_IDLE_STATE)

typedef struct _STOR_POFX_COMPONENT {
  ULONG Version;
  ULONG Size;
  ULONG FStateCount;
  ULONG DeepestWakeableFState;
  GUID Id;
  STOR_POFX_COMPONENT_IDLE_STATE FStates[ANYSIZE_ARRAY];
} STOR_POFX_COMPONENT, *PSTOR_POFX_COMPONENT;
#define STOR_POFX_COMPONENT_VERSION_V1 1
#define STOR_POFX_COMPONENT_SIZE sizeof(STOR_POFX_COMPONENT)

typedef struct _STOR_POFX_COMPONENT_V2 {
  ULONG Version;
  ULONG Size;
  ULONG FStateCount;
  ULONG DeepestWakeableFState;
  GUID Id;
  ULONG DeepestAdapterPowerRequiredFState;
  ULONG DeepestCrashDumpReadyFState;
  STOR_POFX_COMPONENT_IDLE_STATE FStates[ANYSIZE_ARRAY];
} STOR_POFX_COMPONENT_V2, *PSTOR_POFX_COMPONENT_V2;
#define STOR_POFX_COMPONENT_VERSION_V2 2
#define STOR_POFX_COMPONENT_V2_SIZE sizeof(STOR_POFX_COMPONENT_V2)

#define STOR_POFX_DEVICE_FLAG_NO_D0 0x01
#define STOR_POFX_DEVICE_FLAG_NO_D3 0x02
#define STOR_POFX_DEVICE_FLAG_ENABLE_D3_COLD 0x04
#define STOR_POFX_DEVICE_FLAG_NO_DUMP_ACTIVE 0x08
#define STOR_POFX_DEVICE_FLAG_IDLE_TIMEOUT 0x10
#define STOR_POFX_DEVICE_FLAG_ADAPTIVE_D3_IDLE_TIMEOUT 0x20
#define STOR_POFX_DEVICE_FLAG_NO_UNIT_REGISTRATION 0x40
#define STOR_POFX_DEVICE_FLAG_PERF_STATE 0x80
#define STOR_POFX_DEVICE_FLAG_PERF_STATE_PEP_OPTIONAL 0x100
#define STOR_POFX_DEVICE_FLAG_NO_IDLE_DEBOUNCE 0x200
#define STOR_POFX_DEVICE_FLAG_ADAPTER_D3_WAKE 0x400
#define STOR_POFX_DEVICE_FLAG_DUMP_ALWAYS_POWER_ON 0x1000

typedef struct _STOR_POFX_DEVICE {
  ULONG Version;
  ULONG Size;
  ULONG ComponentCount;
  ULONG Flags;
  STOR_POFX_COMPONENT Components[ANYSIZE_ARRAY];
} STOR_POFX_DEVICE, *PSTOR_POFX_DEVICE;
#define STOR_POFX_DEVICE_VERSION_V1 1
#define STOR_POFX_DEVICE_SIZE sizeof(STOR_POFX_DEVICE)

typedef struct _STOR_POFX_DEVICE_V2 {
  ULONG Version;
  ULONG Size;
  ULONG ComponentCount;
  ULONG Flags;
  union {
    struct {
      ULONG D3ColdSupported : 1;
      ULONG Reserved : 31;
    };
    ULONG AsULONG;
  } UnitMinIdleTimeoutInMS;
  STOR_POFX_COMPONENT_V2 Components[ANYSIZE_ARRAY];
} STOR_POFX_DEVICE_V2, *PSTOR_POFX_DEVICE_V2;
#define STOR_POFX_DEVICE_VERSION_V2 2
#define STOR_POFX_DEVICE_V2_SIZE sizeof(STOR_POFX_DEVICE_V2)

typedef struct _STOR_POFX_DEVICE_V3 {
  ULONG Version;
  ULONG Size;
  ULONG ComponentCount;
  ULONG Flags;
  ULONG UnitMinIdleTimeoutInMS;
  ULONG AdapterIdleTimeoutInMS;
  ULONG MinimumPowerCyclePeriodInMS;
  STOR_POFX_COMPONENT_V2 Components[ANYSIZE_ARRAY];
} STOR_POFX_DEVICE_V3, *PSTOR_POFX_DEVICE_V3;
#define STOR_POFX_DEVICE_VERSION_V3 3
#define STOR_POFX_DEVICE_V3_SIZE sizeof(STOR_POFX_DEVICE_V3)

/* The header of what HwStorUnitControl's power control types pass: the
 * unit's address. */
typedef struct _STOR_POWER_CONTROL_HEADER {
  ULONG Version;
  ULONG Size;
  PSTOR_ADDRESS Address;
} STOR_POWER_CONTROL_HEADER, *PSTOR_POWER_CONTROL_HEADER;

/* ScsiUnitPoFxPowerInfo's Parameters. */
typedef struct _STOR_POFX_UNIT_POWER_INFO {
  STOR_POWER_CONTROL_HEADER Header;
  BOOLEAN IdlePowerEnabled;
} STOR_POFX_UNIT_POWER_INFO, *PSTOR_POFX_UNIT_POWER_INFO;

typedef struct _STOR_POFX_ACTIVE_CONTEXT {
  STOR_POWER_CONTROL_HEADER Header;
  ULONG ComponentIndex;
  BOOLEAN Active;
} STOR_POFX_ACTIVE_CONTEXT, *PSTOR_POFX_ACTIVE_CONTEXT;

typedef struct _STOR_POFX_FSTATE_CONTEXT {
  STOR_POWER_CONTROL_HEADER Header;
  ULONG ComponentIndex;
  ULONG FState;
} STOR_POFX_FSTATE_CONTEXT, *PSTOR_POFX_FSTATE_CONTEXT;

STORPORT_API ULONG StorPortInitializePoFxPower(_In_ PVOID HwDeviceExtension,
                                               _In_opt_ PSTOR_ADDRESS Address,
                                               _In_ PSTOR_POFX_DEVICE Device,
                                               _Inout_ PBOOLEAN D3ColdEnabled);
_IRQL_requires_max_(DISPATCH_LEVEL) STORPORT_API ULONG
    StorPortPoFxActivateComponent(_In_ PVOID HwDeviceExtension,
                                  _In_opt_ PSTOR_ADDRESS Address,
                                  _In_opt_ PSCSI_REQUEST_BLOCK Srb,
                                  _In_ ULONG Component, _In_ ULONG Flags);
_IRQL_requires_max_(HIGH_LEVEL) STORPORT_API ULONG
    StorPortPoFxIdleComponent(_In_ PVOID HwDeviceExtension,
                              _In_opt_ PSTOR_ADDRESS Address,
                              _In_opt_ PSCSI_REQUEST_BLOCK Srb,
                              _In_ ULONG Component, _In_ ULONG Flags);

/* GUIDs of the storport power framework and device operations (declared;
 * their values are not modeled) */
DEFINE_GUIDEX(STORPORT_POFX_ADAPTER_GUID);
DEFINE_GUIDEX(STORPORT_POFX_LUN_GUID);
DEFINE_GUIDEX(STORPORT_DEVICEOPERATION_CACHED_SETTINGS_INIT_GUID);

/* ---- ETW events of the miniport ---- */
typedef enum _STORPORT_ETW_LEVEL {
  StorportEtwLevelLogAlways = 0,
  StorportEtwLevelCritical = 1,
  StorportEtwLevelError = 2,
  StorportEtwLevelWarning = 3,
  StorportEtwLevelInformational = 4,
  StorportEtwLevelVerbose = 5,
  StorportEtwLevelMax = StorportEtwLevelVerbose
} STORPORT_ETW_LEVEL,
    *PSTORPORT_ETW_LEVEL;

typedef enum _STORPORT_ETW_EVENT_OPCODE {
  StorportEtwEventOpcodeInfo = 0,
  StorportEtwEventOpcodeStart = 1,
  StorportEtwEventOpcodeStop = 2,
  StorportEtwEventOpcodeDC_Start = 3,
  StorportEtwEventOpcodeDC_Stop = 4,
  StorportEtwEventOpcodeExtension = 5,
  StorportEtwEventOpcodeReply = 6,
  StorportEtwEventOpcodeResume = 7,
  StorportEtwEventOpcodeSuspend = 8,
  StorportEtwEventOpcodeSend = 9,
  StorportEtwEventOpcodeReceive = 240
} STORPORT_ETW_EVENT_OPCODE,
    *PSTORPORT_ETW_EVENT_OPCODE;

typedef enum _STORPORT_ETW_EVENT_CHANNEL {
  StorportEtwEventDiagnostic = 0,
  StorportEtwEventOperational = 1,
  StorportEtwEventHealth = 2
} STORPORT_ETW_EVENT_CHANNEL,
    *PSTORPORT_ETW_EVENT_CHANNEL;

#define STORPORT_ETW_EVENT_KEYWORD_IO 0x01
#define STORPORT_ETW_EVENT_KEYWORD_PERFORMANCE 0x02
#define STORPORT_ETW_EVENT_KEYWORD_POWER 0x04
#define STORPORT_ETW_EVENT_KEYWORD_ENUMERATION 0x08
#define STORPORT_ETW_EVENT_KEYWORD_COMMAND_TRACE 0x10
#define STORPORT_ETW_MAX_PARAM_NAME_LENGTH 32
#define STORPORT_ETW_MAX_DESCRIPTION_LENGTH 32

_IRQL_requires_max_(DISPATCH_LEVEL) STORPORT_API ULONG StorPortEtwEvent2(
    _In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
    _In_ ULONG EventId, _In_ PWSTR EventDescription,
    _In_ ULONGLONG EventKeywords, _In_ STORPORT_ETW_LEVEL EventLevel,
    _In_ STORPORT_ETW_EVENT_OPCODE EventOpcode,
    _In_opt_ PSCSI_REQUEST_BLOCK Srb, _In_opt_ PWSTR Parameter1Name,
    _In_ ULONGLONG Parameter1Value, _In_opt_ PWSTR Parameter2Name,
    _In_ ULONGLONG Parameter2Value);
_IRQL_requires_max_(DISPATCH_LEVEL) STORPORT_API ULONG StorPortEtwEvent4(
    _In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
    _In_ ULONG EventId, _In_ PWSTR EventDescription,
    _In_ ULONGLONG EventKeywords, _In_ STORPORT_ETW_LEVEL EventLevel,
    _In_ STORPORT_ETW_EVENT_OPCODE EventOpcode,
    _In_opt_ PSCSI_REQUEST_BLOCK Srb, _In_opt_ PWSTR Parameter1Name,
    _In_ ULONGLONG Parameter1Value, _In_opt_ PWSTR Parameter2Name,
    _In_ ULONGLONG Parameter2Value, _In_opt_ PWSTR Parameter3Name,
    _In_ ULONGLONG Parameter3Value, _In_opt_ PWSTR Parameter4Name,
    _In_ ULONGLONG Parameter4Value);
_IRQL_requires_max_(DISPATCH_LEVEL) STORPORT_API ULONG StorPortEtwEvent8(
    _In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
    _In_ ULONG EventId, _In_ PWSTR EventDescription,
    _In_ ULONGLONG EventKeywords, _In_ STORPORT_ETW_LEVEL EventLevel,
    _In_ STORPORT_ETW_EVENT_OPCODE EventOpcode,
    _In_opt_ PSCSI_REQUEST_BLOCK Srb, _In_opt_ PWSTR Parameter1Name,
    _In_ ULONGLONG Parameter1Value, _In_opt_ PWSTR Parameter2Name,
    _In_ ULONGLONG Parameter2Value, _In_opt_ PWSTR Parameter3Name,
    _In_ ULONGLONG Parameter3Value, _In_opt_ PWSTR Parameter4Name,
    _In_ ULONGLONG Parameter4Value, _In_opt_ PWSTR Parameter5Name,
    _In_ ULONGLONG Parameter5Value, _In_opt_ PWSTR Parameter6Name,
    _In_ ULONGLONG Parameter6Value, _In_opt_ PWSTR Parameter7Name,
    _In_ ULONGLONG Parameter7Value, _In_opt_ PWSTR Parameter8Name,
    _In_ ULONGLONG Parameter8Value);
STORPORT_API ULONG StorPortEtwChannelEvent2(
    _In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
    _In_ STORPORT_ETW_EVENT_CHANNEL EventChannel, _In_ ULONG EventId,
    _In_ PWSTR EventDescription, _In_ ULONGLONG EventKeywords,
    _In_ STORPORT_ETW_LEVEL EventLevel,
    _In_ STORPORT_ETW_EVENT_OPCODE EventOpcode,
    _In_opt_ PSCSI_REQUEST_BLOCK Srb, _In_opt_ PWSTR Parameter1Name,
    _In_ ULONGLONG Parameter1Value, _In_opt_ PWSTR Parameter2Name,
    _In_ ULONGLONG Parameter2Value);
STORPORT_API ULONG StorPortEtwChannelEvent4(
    _In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
    _In_ STORPORT_ETW_EVENT_CHANNEL EventChannel, _In_ ULONG EventId,
    _In_ PWSTR EventDescription, _In_ ULONGLONG EventKeywords,
    _In_ STORPORT_ETW_LEVEL EventLevel,
    _In_ STORPORT_ETW_EVENT_OPCODE EventOpcode,
    _In_opt_ PSCSI_REQUEST_BLOCK Srb, _In_opt_ PWSTR Parameter1Name,
    _In_ ULONGLONG Parameter1Value, _In_opt_ PWSTR Parameter2Name,
    _In_ ULONGLONG Parameter2Value, _In_opt_ PWSTR Parameter3Name,
    _In_ ULONGLONG Parameter3Value, _In_opt_ PWSTR Parameter4Name,
    _In_ ULONGLONG Parameter4Value);
STORPORT_API ULONG StorPortEtwChannelEvent8(
    _In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
    _In_ STORPORT_ETW_EVENT_CHANNEL EventChannel, _In_ ULONG EventId,
    _In_ PWSTR EventDescription, _In_ ULONGLONG EventKeywords,
    _In_ STORPORT_ETW_LEVEL EventLevel,
    _In_ STORPORT_ETW_EVENT_OPCODE EventOpcode,
    _In_opt_ PSCSI_REQUEST_BLOCK Srb, _In_opt_ PWSTR Parameter1Name,
    _In_ ULONGLONG Parameter1Value, _In_opt_ PWSTR Parameter2Name,
    _In_ ULONGLONG Parameter2Value, _In_opt_ PWSTR Parameter3Name,
    _In_ ULONGLONG Parameter3Value, _In_opt_ PWSTR Parameter4Name,
    _In_ ULONGLONG Parameter4Value, _In_opt_ PWSTR Parameter5Name,
    _In_ ULONGLONG Parameter5Value, _In_opt_ PWSTR Parameter6Name,
    _In_ ULONGLONG Parameter6Value, _In_opt_ PWSTR Parameter7Name,
    _In_ ULONGLONG Parameter7Value, _In_opt_ PWSTR Parameter8Name,
    _In_ ULONGLONG Parameter8Value);

/* ---- Telemetry ---- */
#define STORPORT_TELEMETRY_EVENT_VERSION_1 0x1
#define STORPORT_TELEMETRY_MAX_PARAM_NAME_LENGTH 32
#define STORPORT_TELEMETRY_MAX_EVENT_NAME_LENGTH 32

typedef struct _STORPORT_TELEMETRY_EVENT {
  ULONG DriverVersion;
  ULONG EventId;
  UCHAR EventName[STORPORT_TELEMETRY_MAX_EVENT_NAME_LENGTH];
  ULONG EventVersion;
  ULONG Flags;
  ULONG EventBufferLength;
  PUCHAR EventBuffer;
  UCHAR ParameterName0[STORPORT_TELEMETRY_MAX_PARAM_NAME_LENGTH];
  ULONGLONG ParameterValue0;
  UCHAR ParameterName1[STORPORT_TELEMETRY_MAX_PARAM_NAME_LENGTH];
  ULONGLONG ParameterValue1;
  UCHAR ParameterName2[STORPORT_TELEMETRY_MAX_PARAM_NAME_LENGTH];
  ULONGLONG ParameterValue2;
  UCHAR ParameterName3[STORPORT_TELEMETRY_MAX_PARAM_NAME_LENGTH];
  ULONGLONG ParameterValue3;
  UCHAR ParameterName4[STORPORT_TELEMETRY_MAX_PARAM_NAME_LENGTH];
  ULONGLONG ParameterValue4;
  UCHAR ParameterName5[STORPORT_TELEMETRY_MAX_PARAM_NAME_LENGTH];
  ULONGLONG ParameterValue5;
  UCHAR ParameterName6[STORPORT_TELEMETRY_MAX_PARAM_NAME_LENGTH];
  ULONGLONG ParameterValue6;
  UCHAR ParameterName7[STORPORT_TELEMETRY_MAX_PARAM_NAME_LENGTH];
  ULONGLONG ParameterValue7;
} STORPORT_TELEMETRY_EVENT, *PSTORPORT_TELEMETRY_EVENT;

_IRQL_requires_max_(HIGH_LEVEL) STORPORT_API ULONG
    StorPortLogTelemetry(_In_ PVOID HwDeviceExtension,
                         _In_opt_ PSTOR_ADDRESS StorAddress,
                         _In_ PSTORPORT_TELEMETRY_EVENT Event);

/* ---- Dump pointers (SRB_FUNCTION_DUMP_POINTERS) ---- */
#define DUMP_MINIPORT_VERSION_1 0x0100
#define DUMP_MINIPORT_VERSION 0x0200
#define DUMP_MINIPORT_VERSION_EX 0x0300
#define DUMP_MINIPORT_FLAG_IGNORE_FUA 0x1

typedef struct _MINIPORT_DUMP_POINTERS {
  USHORT Version;
  USHORT Size;
  WCHAR DriverName[15];
  struct _ADAPTER_OBJECT *AdapterObject;
  PVOID MappedRegisterBase;
  ULONG CommonBufferSize;
  PVOID MiniportPrivateDumpData;
  ULONG SystemIoBusNumber;
  INTERFACE_TYPE AdapterInterfaceType;
  ULONG MaximumTransferLength;
  ULONG NumberOfPhysicalBreaks;
  ULONG AlignmentMask;
  ULONG NumberOfAccessRanges;
  ACCESS_RANGE (*AccessRanges)[];
  UCHAR NumberOfBuses;
  BOOLEAN Master;
  BOOLEAN MapBuffers;
  UCHAR MaximumNumberOfTargets;
} MINIPORT_DUMP_POINTERS, *PMINIPORT_DUMP_POINTERS;

/* ---- added for storage miniports (hstor) ---- */
/* PORT_CONFIGURATION_INFORMATION.DumpMode: why a dump-stack instance of
 * the miniport was loaded. */
#define DUMP_MODE_CRASH 0x01
#define DUMP_MODE_HIBER 0x02
#define DUMP_MODE_MARK_MEMORY 0x03
#define DUMP_MODE_RESUME 0x04

/* The limits STORPORT_TELEMETRY_EVENT's page names (a 4 KB event buffer). */
#define EVENT_NAME_MAX_LENGTH STORPORT_TELEMETRY_MAX_EVENT_NAME_LENGTH
#define EVENT_MAX_PARAM_NAME_LEN STORPORT_TELEMETRY_MAX_PARAM_NAME_LENGTH
#define EVENT_BUFFER_MAX_LENGTH 4096

/* StorPortAsyncNotificationDetected's Flags. */
#define RAID_ASYNC_NOTIFY_FLAG_MEDIA_STATUS 0x1
#define RAID_ASYNC_NOTIFY_FLAG_DEVICE_STATUS 0x2
#define RAID_ASYNC_NOTIFY_FLAG_DEVICE_OPERATION 0x4
#define RAID_ASYNC_NOTIFY_SUPPORTED_FLAGS                                      \
  (RAID_ASYNC_NOTIFY_FLAG_MEDIA_STATUS |                                       \
   RAID_ASYNC_NOTIFY_FLAG_DEVICE_STATUS |                                      \
   RAID_ASYNC_NOTIFY_FLAG_DEVICE_OPERATION)

/* StorPortLogError's ErrorCode values. */
#define SP_BUS_PARITY_ERROR 0x0001
#define SP_UNEXPECTED_DISCONNECT 0x0002
#define SP_INVALID_RESELECTION 0x0003
#define SP_BUS_TIME_OUT 0x0004
#define SP_PROTOCOL_ERROR 0x0005
#define SP_INTERNAL_ADAPTER_ERROR 0x0006
#define SP_REQUEST_TIMEOUT 0x0007
#define SP_IRQ_NOT_RESPONDING 0x0008
#define SP_BAD_FW_WARNING 0x0009
#define SP_BAD_FW_ERROR 0x000a
#define SP_LOST_WMI_MINIPORT_REQUEST 0x000b

/* What StorPortNotification(GetExtendedFunctionTable) hands back: an
 * obsolete table whose layout no page gives, so it stays opaque. */
typedef struct _STORPORT_EXTENDED_FUNCTIONS STORPORT_EXTENDED_FUNCTIONS,
    *PSTORPORT_EXTENDED_FUNCTIONS;

/* The mask of the active processors of a group. */
_IRQL_requires_max_(DISPATCH_LEVEL) STORPORT_API ULONG
    StorPortGetGroupAffinity(_In_ PVOID HwDeviceExtension,
                             _In_ USHORT GroupNumber,
                             _Out_ PKAFFINITY GroupAffinityMask);

/* Reads or writes Count 64-bit values at a memory-mapped register. */
STORPORT_API VOID StorPortReadRegisterBufferUlong64(
    _In_ PVOID HwDeviceExtension, _In_ PULONG64 Register,
    _Out_writes_(Count) PULONG64 Buffer, _In_ ULONG Count);
STORPORT_API VOID StorPortWriteRegisterBufferUlong64(
    _In_ PVOID HwDeviceExtension, _In_ PULONG64 Register,
    _In_reads_(Count) PULONG64 Buffer, _In_ ULONG Count);
/* ---- end: added for storage miniports (hstor) ---- */

#endif /* IRQLINT_WDK_STORPORT_H */
