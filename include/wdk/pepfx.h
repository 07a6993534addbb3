/* pepfx.h: the interface between the Windows power management framework
 * (PoFx) and a power engine plug-in (PEP) (irqlint's model, written from
 * the documentation): the plug-in's registration (PoFxRegisterPlugin), the
 * ACPI notifications it accepts and their buffers, the work it hands back,
 * processor idle states, and the ACPI resource descriptions it builds. The
 * kernel callbacks the plug-in does not call in the samples are kept as
 * opaque pointers. */
#ifndef IRQLINT_WDK_PEPFX_H
#define IRQLINT_WDK_PEPFX_H

#include "acpiioct.h"
#include "wdm.h"

typedef struct PEPHANDLE__ *PEPHANDLE;

/* the notification callbacks of PEP_INFORMATION */
typedef BOOLEAN (*PPEPCALLBACKNOTIFYDPM)(_In_ ULONG Notification,
                                         _In_opt_ PVOID Data);
typedef BOOLEAN (*PPEPCALLBACKNOTIFYPPM)(_In_ PEPHANDLE Handle,
                                         _In_ ULONG Notification,
                                         _Inout_opt_ PVOID Data);
typedef BOOLEAN (*PPEPCALLBACKNOTIFYACPI)(_In_ ULONG Notification,
                                          _In_opt_ PVOID Data);
#define PEP_INFORMATION_VERSION 3
typedef struct _PEP_INFORMATION {
  USHORT Version;
  USHORT Size;
  PPEPCALLBACKNOTIFYDPM AcceptDeviceNotification;
  PPEPCALLBACKNOTIFYPPM AcceptProcessorNotification;
  PPEPCALLBACKNOTIFYACPI AcceptAcpiNotification;
} PEP_INFORMATION, *PPEP_INFORMATION;

/* what PoFx gives the plug-in back */
#define PEP_KERNEL_INFORMATION_V1 1
#define PEP_KERNEL_INFORMATION_V2 2
#define PEP_KERNEL_INFORMATION_V3 3
typedef NTSTATUS (*PPEPCALLBACKREQUESTWORKER)(_In_ POHANDLE PluginHandle);
typedef VOID (*PPEPCALLBACKREQUESTCOMMON)(_In_ ULONG RequestType,
                                          _Inout_opt_ PVOID Data);
typedef struct _PEP_KERNEL_INFORMATION_STRUCT_V3 {
  USHORT Version;
  USHORT Size;
  POHANDLE Plugin;
  PPEPCALLBACKREQUESTWORKER RequestWorker;
  PVOID EnumerateUnmaskedInterrupts;
  PVOID ProcessorHalt;
  PVOID TransitionCriticalResource;
  PVOID ProcessorIdleVeto;
  PVOID PlatformIdleVeto;
  PVOID UpdateProcessorIdleState;
  PVOID UpdatePlatformIdleState;
  PPEPCALLBACKREQUESTCOMMON RequestCommon;
} PEP_KERNEL_INFORMATION_STRUCT_V3, *PPEP_KERNEL_INFORMATION_STRUCT_V3;
typedef PEP_KERNEL_INFORMATION_STRUCT_V3 PEP_KERNEL_INFORMATION,
    *PPEP_KERNEL_INFORMATION;
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    PoFxRegisterPlugin(_In_ PPEP_INFORMATION PepInformation,
                       _Inout_opt_ PPEP_KERNEL_INFORMATION KernelInformation);

/* processor idle states (PEP_NOTIFY_PPM_QUERY_IDLE_STATES_V2) */
typedef struct _PEP_PROCESSOR_IDLE_STATE_V2 {
  union {
    ULONG Ulong;
    struct {
      ULONG Interruptible : 1;
      ULONG CacheCoherent : 1;
      ULONG ThreadContextRetained : 1;
      ULONG CStateType : 4;
      ULONG WakesSpuriously : 1;
      ULONG PlatformOnly : 1;
      ULONG NoCState : 1;
      ULONG Reserved : 22;
    };
  };
  ULONG Latency;
  ULONG BreakEvenDuration;
} PEP_PROCESSOR_IDLE_STATE_V2, *PPEP_PROCESSOR_IDLE_STATE_V2;

/* ---- ACPI notifications (AcceptAcpiNotification) ---- */
#define PEP_NOTIFY_ACPI_PREPARE_DEVICE 0x01
#define PEP_NOTIFY_ACPI_ABANDON_DEVICE 0x02
#define PEP_NOTIFY_ACPI_REGISTER_DEVICE 0x03
#define PEP_NOTIFY_ACPI_UNREGISTER_DEVICE 0x04
#define PEP_NOTIFY_ACPI_ENUMERATE_DEVICE_NAMESPACE 0x05
#define PEP_NOTIFY_ACPI_QUERY_OBJECT_INFORMATION 0x06
#define PEP_NOTIFY_ACPI_EVALUATE_CONTROL_METHOD 0x07
#define PEP_NOTIFY_ACPI_QUERY_DEVICE_CONTROL_RESOURCES 0x08
#define PEP_NOTIFY_ACPI_TRANSLATED_DEVICE_CONTROL_RESOURCES 0x09
#define PEP_NOTIFY_ACPI_WORK 0x0A
#define PEP_ACPI_PREPARE_DEVICE_OUTPUT_FLAG_NONE 0x0
#define PEP_ACPI_REGISTER_DEVICE_OUTPUT_FLAG_NONE 0x0
#define PEP_ACPI_ECM_FLAG_NONE 0x0
#define PEP_ACPI_ECM_FLAG_RELATIVE_NAME 0x1
#define PEP_ACPI_ECM_FLAG_FULLY_QUALIFIED_NAME 0x2

typedef enum _PEP_ACPI_OBJECT_TYPE {
  PepAcpiObjectTypeMethod,
  PepAcpiObjectTypeDevice,
  PepAcpiObjectTypeMaximum
} PEP_ACPI_OBJECT_TYPE,
    *PPEP_ACPI_OBJECT_TYPE;
typedef union _PEP_ACPI_OBJECT_NAME {
  UCHAR Name[4];
  ULONG NameAsUlong;
} PEP_ACPI_OBJECT_NAME, *PPEP_ACPI_OBJECT_NAME;
typedef struct _PEP_ACPI_OBJECT_NAME_WITH_TYPE {
  PEP_ACPI_OBJECT_NAME Name;
  PEP_ACPI_OBJECT_TYPE Type;
} PEP_ACPI_OBJECT_NAME_WITH_TYPE, *PPEP_ACPI_OBJECT_NAME_WITH_TYPE;

typedef struct _PEP_ACPI_PREPARE_DEVICE {
  PCUNICODE_STRING AcpiDeviceName;
  ULONG InputFlags;
  BOOLEAN DeviceAccepted;
  ULONG OutputFlags;
} PEP_ACPI_PREPARE_DEVICE, *PPEP_ACPI_PREPARE_DEVICE;
typedef struct _PEP_ACPI_ABANDON_DEVICE {
  PCUNICODE_STRING AcpiDeviceName;
  BOOLEAN DeviceAccepted;
} PEP_ACPI_ABANDON_DEVICE, *PPEP_ACPI_ABANDON_DEVICE;
typedef struct _PEP_ACPI_REGISTER_DEVICE {
  PEPHANDLE DeviceHandle;
  PCUNICODE_STRING AcpiDeviceName;
  ULONG InputFlags;
  POHANDLE KernelHandle;
  ULONG OutputFlags;
} PEP_ACPI_REGISTER_DEVICE, *PPEP_ACPI_REGISTER_DEVICE;
typedef struct _PEP_ACPI_UNREGISTER_DEVICE {
  PEPHANDLE DeviceHandle;
  ULONG InputFlags;
} PEP_ACPI_UNREGISTER_DEVICE, *PPEP_ACPI_UNREGISTER_DEVICE;
typedef struct _PEP_ACPI_ENUMERATE_DEVICE_NAMESPACE {
  PEPHANDLE DeviceHandle;
  ULONG RequestFlags;
  NTSTATUS Status;
  ULONG ObjectCount;
  SIZE_T ObjectBufferSize;
  PEP_ACPI_OBJECT_NAME_WITH_TYPE Objects[ANYSIZE_ARRAY];
} PEP_ACPI_ENUMERATE_DEVICE_NAMESPACE, *PPEP_ACPI_ENUMERATE_DEVICE_NAMESPACE;
typedef struct _PEP_ACPI_QUERY_OBJECT_INFORMATION {
  PEPHANDLE DeviceHandle;
  PEP_ACPI_OBJECT_NAME Name;
  PEP_ACPI_OBJECT_TYPE Type;
  union {
    struct {
      ULONG InputArgumentCount;
      ULONG OutputArgumentCount;
    } MethodObject;
  };
} PEP_ACPI_QUERY_OBJECT_INFORMATION, *PPEP_ACPI_QUERY_OBJECT_INFORMATION;
typedef struct _PEP_ACPI_EVALUATE_CONTROL_METHOD {
  PEPHANDLE DeviceHandle;
  ULONG RequestFlags;
  union {
    ULONG MethodName;
    ANSI_STRING MethodNameString;
  };
  NTSTATUS MethodStatus;
  PVOID CompletionContext;
  ULONG InputArgumentCount;
  SIZE_T InputArgumentSize;
  PACPI_METHOD_ARGUMENT InputArguments;
  ULONG OutputArgumentCount;
  SIZE_T OutputArgumentSize;
  PACPI_METHOD_ARGUMENT OutputArguments;
} PEP_ACPI_EVALUATE_CONTROL_METHOD, *PPEP_ACPI_EVALUATE_CONTROL_METHOD;
typedef struct _PEP_ACPI_QUERY_DEVICE_CONTROL_RESOURCES {
  PEPHANDLE DeviceHandle;
  NTSTATUS Status;
  SIZE_T BiosResourcesSize;
  PACPI_METHOD_ARGUMENT BiosResources;
} PEP_ACPI_QUERY_DEVICE_CONTROL_RESOURCES,
    *PPEP_ACPI_QUERY_DEVICE_CONTROL_RESOURCES;
typedef struct _PEP_ACPI_TRANSLATED_DEVICE_CONTROL_RESOURCES {
  PEPHANDLE DeviceHandle;
  ULONG Flags;
  PCM_RESOURCE_LIST TranslatedResources;
} PEP_ACPI_TRANSLATED_DEVICE_CONTROL_RESOURCES,
    *PPEP_ACPI_TRANSLATED_DEVICE_CONTROL_RESOURCES;

/* ---- work handed back to PoFx (PEP_NOTIFY_ACPI_WORK / _DPM_WORK) ---- */
typedef enum _PEP_WORK_TYPE {
  PepWorkRequestPowerControl,
  PepWorkCompleteIdleState,
  PepWorkCompletePerfState,
  PepWorkAcpiNotify,
  PepWorkAcpiEvaluateControlMethodComplete,
  PepWorkMax
} PEP_WORK_TYPE,
    *PPEP_WORK_TYPE;
typedef struct _PEP_WORK_POWER_CONTROL {
  POHANDLE DeviceHandle;
  LPCGUID PowerControlCode;
  PVOID RequestContext;
  PVOID InBuffer;
  SIZE_T InBufferSize;
  PVOID OutBuffer;
  SIZE_T OutBufferSize;
} PEP_WORK_POWER_CONTROL, *PPEP_WORK_POWER_CONTROL;
typedef struct _PEP_WORK_COMPLETE_IDLE_STATE {
  POHANDLE DeviceHandle;
  ULONG Component;
} PEP_WORK_COMPLETE_IDLE_STATE, *PPEP_WORK_COMPLETE_IDLE_STATE;
typedef struct _PEP_WORK_COMPLETE_PERF_STATE {
  POHANDLE DeviceHandle;
  ULONG Component;
  BOOLEAN Succeeded;
} PEP_WORK_COMPLETE_PERF_STATE, *PPEP_WORK_COMPLETE_PERF_STATE;
typedef struct _PEP_WORK_ACPI_NOTIFY {
  POHANDLE DeviceHandle;
  ULONG NotifyCode;
} PEP_WORK_ACPI_NOTIFY, *PPEP_WORK_ACPI_NOTIFY;
typedef struct _PEP_WORK_ACPI_EVALUATE_CONTROL_METHOD_COMPLETE {
  POHANDLE DeviceHandle;
  ULONG CompletionFlags;
  NTSTATUS MethodStatus;
  PVOID CompletionContext;
  SIZE_T OutputArgumentSize;
  PACPI_METHOD_ARGUMENT OutputArguments;
} PEP_WORK_ACPI_EVALUATE_CONTROL_METHOD_COMPLETE,
    *PPEP_WORK_ACPI_EVALUATE_CONTROL_METHOD_COMPLETE;
typedef struct _PEP_WORK_INFORMATION {
  PEP_WORK_TYPE WorkType;
  union {
    PEP_WORK_POWER_CONTROL PowerControl;
    PEP_WORK_COMPLETE_IDLE_STATE CompleteIdleState;
    PEP_WORK_COMPLETE_PERF_STATE CompletePerfState;
    PEP_WORK_ACPI_NOTIFY AcpiNotify;
    PEP_WORK_ACPI_EVALUATE_CONTROL_METHOD_COMPLETE ControlMethodComplete;
  };
} PEP_WORK_INFORMATION, *PPEP_WORK_INFORMATION;
/* PEP_DPM_WORK's buffer: WorkInformation points at the plug-in's own
 * PEP_WORK_INFORMATION when NeedWork is TRUE, and is NULL otherwise */
typedef struct _PEP_WORK {
  PPEP_WORK_INFORMATION WorkInformation;
  BOOLEAN NeedWork;
} PEP_WORK, *PPEP_WORK;
typedef struct _PEP_ACPI_WORK {
  PPEP_WORK_INFORMATION WorkInformation;
} PEP_ACPI_WORK, *PPEP_ACPI_WORK;

/* ---- ACPI resources a plug-in describes for its devices ---- */
typedef enum _PEP_ACPI_RESOURCE_TYPE {
  PepAcpiMemory,
  PepAcpiIoPort,
  PepAcpiInterrupt,
  PepAcpiGpioIo,
  PepAcpiGpioInt,
  PepAcpiSpbI2c,
  PepAcpiSpbSpi,
  PepAcpiSpbUart,
  PepAcpiExtendedMemory,
  PepAcpiExtendedIo
} PEP_ACPI_RESOURCE_TYPE;
typedef union _PEP_ACPI_RESOURCE_FLAGS {
  ULONG AsULong;
  struct {
    ULONG Shared : 1;
    ULONG Wake : 1;
    ULONG ResourceUsage : 1;
    ULONG SlaveMode : 1;
    ULONG AddressingMode : 1;
    ULONG SharedMode : 1;
    ULONG Reserved : 26;
  } Fields;
} PEP_ACPI_RESOURCE_FLAGS, *PPEP_ACPI_RESOURCE_FLAGS;
#ifndef IRQLINT_WDK_GPIO_PIN_TYPES
#define IRQLINT_WDK_GPIO_PIN_TYPES
typedef enum _GPIO_PIN_CONFIG_TYPE {
  PullDefault,
  PullUp,
  PullDown,
  PullNone
} GPIO_PIN_CONFIG_TYPE;
typedef enum _GPIO_PIN_IORESTRICTION_TYPE {
  IoRestrictionNone,
  IoRestrictionInputOnly,
  IoRestrictionOutputOnly,
  IoRestrictionNoneAndPreserve
} GPIO_PIN_IORESTRICTION_TYPE;
#endif
typedef struct _PEP_ACPI_IO_MEMORY_RESOURCE {
  PEP_ACPI_RESOURCE_TYPE Type;
  UCHAR Information;
  PHYSICAL_ADDRESS MinimumAddress;
  PHYSICAL_ADDRESS MaximumAddress;
  ULONG Alignment;
  ULONG Length;
} PEP_ACPI_IO_MEMORY_RESOURCE, *PPEP_ACPI_IO_MEMORY_RESOURCE;
typedef struct _PEP_ACPI_INTERRUPT_RESOURCE {
  PEP_ACPI_RESOURCE_TYPE Type;
  KINTERRUPT_MODE InterruptType;
  KINTERRUPT_POLARITY InterruptPolarity;
  PEP_ACPI_RESOURCE_FLAGS Flags;
  UCHAR Count;
  PULONG Pins;
} PEP_ACPI_INTERRUPT_RESOURCE, *PPEP_ACPI_INTERRUPT_RESOURCE;
typedef struct _PEP_ACPI_GPIO_RESOURCE {
  PEP_ACPI_RESOURCE_TYPE Type;
  PEP_ACPI_RESOURCE_FLAGS Flags;
  KINTERRUPT_MODE InterruptType;
  KINTERRUPT_POLARITY InterruptPolarity;
  GPIO_PIN_CONFIG_TYPE PinConfig;
  GPIO_PIN_IORESTRICTION_TYPE IoRestrictionType;
  USHORT DriveStrength;
  USHORT DebounceTimeout;
  PUSHORT PinTable;
  USHORT PinCount;
  UCHAR ResourceSourceIndex;
  PUNICODE_STRING ResourceSourceName;
  PUCHAR VendorData;
  USHORT VendorDataLength;
} PEP_ACPI_GPIO_RESOURCE, *PPEP_ACPI_GPIO_RESOURCE;
typedef struct _PEP_ACPI_SPB_RESOURCE {
  PEP_ACPI_RESOURCE_TYPE Type;
  PEP_ACPI_RESOURCE_FLAGS Flags;
  USHORT TypeSpecificFlags;
  UCHAR ResourceSourceIndex;
  PUNICODE_STRING ResourceSourceName;
  PUCHAR VendorData;
  USHORT VendorDataLength;
} PEP_ACPI_SPB_RESOURCE, *PPEP_ACPI_SPB_RESOURCE;
typedef struct _PEP_ACPI_SPB_I2C_RESOURCE {
  PEP_ACPI_SPB_RESOURCE SpbCommon;
  ULONG ConnectionSpeed;
  USHORT SlaveAddress;
} PEP_ACPI_SPB_I2C_RESOURCE, *PPEP_ACPI_SPB_I2C_RESOURCE;
typedef union _PEP_ACPI_RESOURCE {
  PEP_ACPI_RESOURCE_TYPE Type;
  PEP_ACPI_IO_MEMORY_RESOURCE IoMemory;
  PEP_ACPI_INTERRUPT_RESOURCE Interrupt;
  PEP_ACPI_GPIO_RESOURCE Gpio;
  PEP_ACPI_SPB_I2C_RESOURCE SpbI2c;
} PEP_ACPI_RESOURCE, *PPEP_ACPI_RESOURCE;

/* PEP_ACPI_REQUEST_CONVERT_TO_BIOS_RESOURCES (RequestCommon) */
#define PEP_ACPI_REQUEST_COMMON_CONVERT_TO_BIOS_RESOURCES 0x1
typedef struct _PEP_ACPI_REQUEST_CONVERT_TO_BIOS_RESOURCES {
  PPEP_ACPI_RESOURCE InputBuffer;
  PACPI_METHOD_ARGUMENT OutputBuffer;
  SIZE_T InputBufferSize;
  SIZE_T OutputBufferSize;
  ULONG Flags;
  NTSTATUS TranslationStatus;
} PEP_ACPI_REQUEST_CONVERT_TO_BIOS_RESOURCES,
    *PPEP_ACPI_REQUEST_CONVERT_TO_BIOS_RESOURCES;

/* the resource initializers (inline functions in the WDK) */
VOID PEP_ACPI_INITIALIZE_MEMORY_RESOURCE(_In_ UCHAR Information,
                                         _In_ ULONG MinimumAddress,
                                         _In_ ULONG MaximumAddress,
                                         _In_ ULONG Alignment,
                                         _In_ ULONG MemorySize,
                                         _Out_ PPEP_ACPI_RESOURCE Resource);
VOID PEP_ACPI_INITIALIZE_IOPORT_RESOURCE(_In_ UCHAR Decode,
                                         _In_ USHORT MinimumAddress,
                                         _In_ USHORT MaximumAddress,
                                         _In_ UCHAR Alignment,
                                         _In_ UCHAR PortLength,
                                         _Out_ PPEP_ACPI_RESOURCE Resource);
VOID PEP_ACPI_INITIALIZE_INTERRUPT_RESOURCE(
    _In_ BOOLEAN ResourceUsage, _In_ KINTERRUPT_MODE EdgeLevel,
    _In_ KINTERRUPT_POLARITY InterruptLevel, _In_ BOOLEAN ShareType,
    _In_ BOOLEAN Wake, _In_reads_(PinCount) PULONG PinTable,
    _In_ UCHAR PinCount, _Out_ PPEP_ACPI_RESOURCE Resource);
VOID PEP_ACPI_INITIALIZE_GPIO_IO_RESOURCE(
    _In_ BOOLEAN Shareable, _In_ BOOLEAN CanWake,
    _In_ GPIO_PIN_CONFIG_TYPE PinConfig, _In_ USHORT DebounceTimeout,
    _In_ USHORT DriveStrength, _In_ GPIO_PIN_IORESTRICTION_TYPE IoRestriction,
    _In_ UCHAR ResourceSourceIndex, _In_ PUNICODE_STRING ResourceSourceName,
    _In_ BOOLEAN ResourceUsage,
    _In_reads_bytes_(VendorDataLength) PUCHAR VendorData,
    _In_ USHORT VendorDataLength, _In_reads_(PinCount) PUSHORT PinTable,
    _In_ USHORT PinCount, _Out_ PPEP_ACPI_RESOURCE Resource);
VOID PEP_ACPI_INITIALIZE_GPIO_INT_RESOURCE(
    _In_ KINTERRUPT_MODE InterruptType, _In_ KINTERRUPT_POLARITY LevelType,
    _In_ BOOLEAN Shareable, _In_ BOOLEAN CanWake,
    _In_ GPIO_PIN_CONFIG_TYPE PinConfig, _In_ USHORT DebounceTimeout,
    _In_ UCHAR ResourceSourceIndex, _In_ PUNICODE_STRING ResourceSourceName,
    _In_ BOOLEAN ResourceUsage,
    _In_reads_bytes_(VendorDataLength) PUCHAR VendorData,
    _In_ USHORT VendorDataLength, _In_reads_(PinCount) PUSHORT PinTable,
    _In_ UCHAR PinCount, _Out_ PPEP_ACPI_RESOURCE Resource);
VOID PEP_ACPI_INITIALIZE_SPB_I2C_RESOURCE(
    _In_ USHORT SlaveAddress, _In_ BOOLEAN DeviceInitiated,
    _In_ ULONG ConnectionSpeed, _In_ BOOLEAN TenBitAddressing,
    _In_ PUNICODE_STRING ResourceSource, _In_ UCHAR ResourceSourceIndex,
    _In_ BOOLEAN ResourceUsage, _In_ BOOLEAN SharedMode,
    _In_reads_bytes_(VendorDataLength) PCHAR VendorData,
    _In_ USHORT VendorDataLength, _Out_ PPEP_ACPI_RESOURCE Resource);

#endif
