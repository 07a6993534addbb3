/* irqlint's model of sdport.h, the interface between the SD bus port
 * driver (sdport.sys) and an SD host controller miniport: the callbacks a
 * miniport registers in SDPORT_INITIALIZATION_DATA, the slot capabilities,
 * bus operations and requests sdport hands them, and the SdPort... support
 * routines. Written from the documentation (learn.microsoft.com "sdport.h",
 * "SD host controller miniports") -- not Microsoft's header; structures
 * carry the members miniports use and are not binary exact. */
#ifndef IRQLINT_WDK_SDPORT_H
#define IRQLINT_WDK_SDPORT_H

#include "ntddk.h"

typedef enum _SDPORT_BUS_TYPE {
  SdBusTypeUnknown = 0,
  SdBusTypeAcpi,
  SdBusTypePci
} SDPORT_BUS_TYPE;

typedef enum _SDPORT_BUS_OPERATION_TYPE {
  SdResetHost,
  SdSetClock,
  SdSetVoltage,
  SdSetBusWidth,
  SdSetBusSpeed,
  SdSetSignalingVoltage,
  SdSetDriveStrength,
  SdSetDriverType,
  SdSetPresetValue,
  SdSetBlockGapInterrupt,
  SdExecuteTuning
} SDPORT_BUS_OPERATION_TYPE;

typedef enum _SDPORT_RESET_TYPE {
  SdResetTypeUndefined = 0,
  SdResetTypeAll,
  SdResetTypeCmd,
  SdResetTypeDat
} SDPORT_RESET_TYPE;

typedef enum _SDPORT_BUS_VOLTAGE {
  SdBusVoltageUndefined = 0,
  SdBusVoltageOff,
  SdBusVoltage33,
  SdBusVoltage30,
  SdBusVoltage18
} SDPORT_BUS_VOLTAGE;

typedef enum _SDPORT_SIGNALING_VOLTAGE {
  SdSignalingVoltage33 = 0,
  SdSignalingVoltage18
} SDPORT_SIGNALING_VOLTAGE;

typedef enum _SDPORT_BUS_SPEED {
  SdBusSpeedUndefined = 0,
  SdBusSpeedNormal,
  SdBusSpeedHigh,
  SdBusSpeedSDR12,
  SdBusSpeedSDR25,
  SdBusSpeedSDR50,
  SdBusSpeedDDR50,
  SdBusSpeedSDR104,
  SdBusSpeedHS200,
  SdBusSpeedHS400
} SDPORT_BUS_SPEED;

typedef enum _SDPORT_DRIVE_STRENGTH {
  SdDriveStrengthUndefined = 0,
  SdDriveStrength200mA,
  SdDriveStrength400mA,
  SdDriveStrength600mA,
  SdDriveStrength800mA
} SDPORT_DRIVE_STRENGTH;

typedef enum _SDPORT_DRIVER_TYPE {
  SdDriverTypeUndefined = 0,
  SdDriverTypeA,
  SdDriverTypeB,
  SdDriverTypeC,
  SdDriverTypeD
} SDPORT_DRIVER_TYPE;

typedef struct _SDPORT_BUS_OPERATION {
  SDPORT_BUS_OPERATION_TYPE Type;
  union {
    SDPORT_RESET_TYPE ResetType;
    ULONG FrequencyKhz;
    SDPORT_BUS_VOLTAGE Voltage;
    SDPORT_SIGNALING_VOLTAGE SignalingVoltage;
    UCHAR BusWidth;
    SDPORT_BUS_SPEED BusSpeed;
    SDPORT_DRIVE_STRENGTH DriveStrength;
    SDPORT_DRIVER_TYPE DriverType;
    BOOLEAN PresetValueEnabled;
    BOOLEAN BlockGapIntEnabled;
  } Parameters;
} SDPORT_BUS_OPERATION, *PSDPORT_BUS_OPERATION;

/* ---- Slot capabilities ---- */
typedef struct _SDPORT_CAPABILITIES {
  USHORT SpecVersion;
  USHORT MaximumOutstandingRequests;
  ULONG MaximumBlockSize;
  ULONG MaximumBlockCount;
  ULONG BaseClockFrequencyKhz;
  ULONG DmaDescriptorSize;
  ULONG AlignmentRequirement;
  ULONG TuningTimerCountInSeconds;
  ULONG PioTransferMaxThreshold;
  struct {
    ULONG Address64Bit : 1;
    ULONG BusWidth8Bit : 1;
    ULONG HighSpeed : 1;
    ULONG SDR50 : 1;
    ULONG DDR50 : 1;
    ULONG SDR104 : 1;
    ULONG HS200 : 1;
    ULONG HS400 : 1;
    ULONG DriverTypeA : 1;
    ULONG DriverTypeB : 1;
    ULONG DriverTypeC : 1;
    ULONG DriverTypeD : 1;
    ULONG TuningForSDR50 : 1;
    ULONG SoftwareTuning : 1;
    ULONG AutoCmd12 : 1;
    ULONG AutoCmd23 : 1;
    ULONG Voltage18V : 1;
    ULONG Voltage30V : 1;
    ULONG Voltage33V : 1;
    ULONG SignalingVoltage18V : 1;
    ULONG ScatterGatherDma : 1;
    ULONG Limit200mA : 1;
    ULONG Limit400mA : 1;
    ULONG Limit600mA : 1;
    ULONG Limit800mA : 1;
    ULONG Reserved : 7;
  } Supported;
  struct {
    ULONG UsePioForRead : 1;
    ULONG UsePioForWrite : 1;
    ULONG Reserved : 30;
  } Flags;
} SDPORT_CAPABILITIES, *PSDPORT_CAPABILITIES;

/* ---- Commands and requests ---- */
typedef enum _SDPORT_REQUEST_TYPE {
  SdRequestTypeUndefined = 0,
  SdRequestTypeCommandNoTransfer,
  SdRequestTypeCommandWithTransfer,
  SdRequestTypeStartTransfer
} SDPORT_REQUEST_TYPE;

typedef enum _SDPORT_COMMAND_TYPE {
  SdCommandTypeUndefined = 0,
  SdCommandTypeSuspend,
  SdCommandTypeResume,
  SdCommandTypeAbort
} SDPORT_COMMAND_TYPE;

typedef enum _SDPORT_COMMAND_CLASS {
  SdCommandClassStandard,
  SdCommandClassApp
} SDPORT_COMMAND_CLASS;

typedef enum _SDPORT_TRANSFER_TYPE {
  SdTransferTypeUndefined = 0,
  SdTransferTypeNone,
  SdTransferTypeSingleBlock,
  SdTransferTypeMultiBlock,
  SdTransferTypeMultiBlockNoStop
} SDPORT_TRANSFER_TYPE;

typedef enum _SDPORT_TRANSFER_DIRECTION {
  SdTransferDirectionUndefined = 0,
  SdTransferDirectionRead,
  SdTransferDirectionWrite
} SDPORT_TRANSFER_DIRECTION;

typedef enum _SDPORT_TRANSFER_METHOD {
  SdTransferMethodUndefined = 0,
  SdTransferMethodPio,
  SdTransferMethodSgDma
} SDPORT_TRANSFER_METHOD;

typedef enum _SDPORT_RESPONSE_TYPE {
  SdResponseTypeUndefined = 0,
  SdResponseTypeNone,
  SdResponseTypeR1,
  SdResponseTypeR1B,
  SdResponseTypeR2,
  SdResponseTypeR3,
  SdResponseTypeR4,
  SdResponseTypeR5,
  SdResponseTypeR5B,
  SdResponseTypeR6
} SDPORT_RESPONSE_TYPE;

typedef struct _SDPORT_COMMAND {
  SDPORT_COMMAND_TYPE Type;
  SDPORT_COMMAND_CLASS Class;
  UCHAR Index;
  SDPORT_TRANSFER_TYPE TransferType;
  SDPORT_TRANSFER_DIRECTION TransferDirection;
  SDPORT_RESPONSE_TYPE ResponseType;
  SDPORT_TRANSFER_METHOD TransferMethod;
  ULONG Argument;
  USHORT BlockSize;
  ULONG BlockCount;
  ULONG Length;
  PUCHAR DataBuffer;
  PSCATTER_GATHER_LIST ScatterGatherList;
  PHYSICAL_ADDRESS DmaPhysicalAddress;
  PVOID DmaVirtualAddress;
} SDPORT_COMMAND, *PSDPORT_COMMAND;

typedef struct _SDPORT_REQUEST {
  SDPORT_REQUEST_TYPE Type;
  ULONG RequiredEvents;
  NTSTATUS Status;
  SDPORT_COMMAND Command;
} SDPORT_REQUEST, *PSDPORT_REQUEST;

/* ---- The miniport object sdport keeps ---- */
typedef struct _SD_MINIPORT {
  struct {
    SDPORT_BUS_TYPE BusType;
  } ConfigurationInfo;
} SD_MINIPORT, *PSD_MINIPORT;

/* ---- Callbacks ---- */
typedef NTSTATUS SDPORT_GET_SLOT_COUNT(_In_ PSD_MINIPORT Miniport,
                                       _Out_ PUCHAR SlotCount);
typedef SDPORT_GET_SLOT_COUNT *PSDPORT_GET_SLOT_COUNT;
typedef VOID
SDPORT_GET_SLOT_CAPABILITIES(_In_ PVOID PrivateExtension,
                             _Out_ PSDPORT_CAPABILITIES Capabilities);
typedef SDPORT_GET_SLOT_CAPABILITIES *PSDPORT_GET_SLOT_CAPABILITIES;
typedef NTSTATUS SDPORT_INITIALIZE(_In_ PVOID PrivateExtension,
                                   _In_ PHYSICAL_ADDRESS PhysicalBase,
                                   _In_ PVOID VirtualBase, _In_ ULONG Length,
                                   _In_ BOOLEAN CrashdumpMode);
typedef SDPORT_INITIALIZE *PSDPORT_INITIALIZE;
typedef NTSTATUS
SDPORT_ISSUE_BUS_OPERATION(_In_ PVOID PrivateExtension,
                           _In_ PSDPORT_BUS_OPERATION BusOperation);
typedef SDPORT_ISSUE_BUS_OPERATION *PSDPORT_ISSUE_BUS_OPERATION;
typedef BOOLEAN SDPORT_GET_CARD_DETECT_STATE(_In_ PVOID PrivateExtension);
typedef SDPORT_GET_CARD_DETECT_STATE *PSDPORT_GET_CARD_DETECT_STATE;
typedef BOOLEAN SDPORT_GET_WRITE_PROTECT_STATE(_In_ PVOID PrivateExtension);
typedef SDPORT_GET_WRITE_PROTECT_STATE *PSDPORT_GET_WRITE_PROTECT_STATE;
/* the interrupt service routine, at DIRQL */
typedef BOOLEAN SDPORT_INTERRUPT(_In_ PVOID PrivateExtension,
                                 _Out_ PULONG Events, _Out_ PULONG Errors,
                                 _Out_ PBOOLEAN CardChange,
                                 _Out_ PBOOLEAN SdioInterrupt,
                                 _Out_ PBOOLEAN Tuning);
typedef SDPORT_INTERRUPT *PSDPORT_INTERRUPT;
typedef NTSTATUS SDPORT_ISSUE_REQUEST(_In_ PVOID PrivateExtension,
                                      _In_ PSDPORT_REQUEST Request);
typedef SDPORT_ISSUE_REQUEST *PSDPORT_ISSUE_REQUEST;
typedef VOID SDPORT_GET_RESPONSE(_In_ PVOID PrivateExtension,
                                 _In_ PSDPORT_COMMAND Command,
                                 _Out_ PVOID ResponseBuffer);
typedef SDPORT_GET_RESPONSE *PSDPORT_GET_RESPONSE;
typedef VOID SDPORT_TOGGLE_EVENTS(_In_ PVOID PrivateExtension,
                                  _In_ ULONG EventMask, _In_ BOOLEAN Enable);
typedef SDPORT_TOGGLE_EVENTS *PSDPORT_TOGGLE_EVENTS;
typedef VOID SDPORT_CLEAR_EVENTS(_In_ PVOID PrivateExtension,
                                 _In_ ULONG EventMask);
typedef SDPORT_CLEAR_EVENTS *PSDPORT_CLEAR_EVENTS;
typedef VOID SDPORT_REQUEST_DPC(_In_ PVOID PrivateExtension,
                                _Inout_ PSDPORT_REQUEST Request,
                                _In_ ULONG Events, _In_ ULONG Errors);
typedef SDPORT_REQUEST_DPC *PSDPORT_REQUEST_DPC;
typedef VOID SDPORT_SAVE_CONTEXT(_In_ PVOID PrivateExtension);
typedef SDPORT_SAVE_CONTEXT *PSDPORT_SAVE_CONTEXT;
typedef VOID SDPORT_RESTORE_CONTEXT(_In_ PVOID PrivateExtension);
typedef SDPORT_RESTORE_CONTEXT *PSDPORT_RESTORE_CONTEXT;
typedef NTSTATUS SDPORT_PO_FX_POWER_CONTROL_CALLBACK(
    _In_ PSD_MINIPORT Miniport, _In_ LPCGUID PowerControlCode,
    _In_reads_bytes_opt_(InputBufferSize) PVOID InputBuffer,
    _In_ SIZE_T InputBufferSize,
    _Out_writes_bytes_opt_(OutputBufferSize) PVOID OutputBuffer,
    _In_ SIZE_T OutputBufferSize, _Out_opt_ PSIZE_T BytesReturned);
typedef SDPORT_PO_FX_POWER_CONTROL_CALLBACK
    *PSDPORT_PO_FX_POWER_CONTROL_CALLBACK;
typedef VOID SDPORT_CLEANUP(_In_ PSD_MINIPORT Miniport);
typedef SDPORT_CLEANUP *PSDPORT_CLEANUP;

typedef struct _SDPORT_INITIALIZATION_DATA {
  ULONG StructureSize;
  PSDPORT_GET_SLOT_COUNT GetSlotCount;
  PSDPORT_GET_SLOT_CAPABILITIES GetSlotCapabilities;
  PSDPORT_INITIALIZE Initialize;
  PSDPORT_ISSUE_BUS_OPERATION IssueBusOperation;
  PSDPORT_GET_CARD_DETECT_STATE GetCardDetectState;
  PSDPORT_GET_WRITE_PROTECT_STATE GetWriteProtectState;
  PSDPORT_INTERRUPT Interrupt;
  PSDPORT_ISSUE_REQUEST IssueRequest;
  PSDPORT_GET_RESPONSE GetResponse;
  PSDPORT_TOGGLE_EVENTS ToggleEvents;
  PSDPORT_CLEAR_EVENTS ClearEvents;
  PSDPORT_REQUEST_DPC RequestDpc;
  PSDPORT_SAVE_CONTEXT SaveContext;
  PSDPORT_RESTORE_CONTEXT RestoreContext;
  PSDPORT_PO_FX_POWER_CONTROL_CALLBACK PowerControlCallback;
  PSDPORT_CLEANUP Cleanup;
  ULONG PrivateExtensionSize;
  BOOLEAN CrashdumpSupported;
} SDPORT_INITIALIZATION_DATA, *PSDPORT_INITIALIZATION_DATA;

/* ---- Support routines ---- */
NTSTATUS SdPortInitialize(_In_ PVOID DriverObject, _In_ PVOID RegistryPath,
                          _In_ PSDPORT_INITIALIZATION_DATA InitializationData);
VOID SdPortCompleteRequest(_In_ PSDPORT_REQUEST Request, _In_ NTSTATUS Status);
/* stalls the processor for the given number of microseconds */
VOID SdPortWait(_In_ ULONG TimeInUs);
NTSTATUS SdPortGetPciConfigSpace(_In_ PSD_MINIPORT Miniport, _In_ ULONG Offset,
                                 _Out_writes_bytes_(Length) PUCHAR Buffer,
                                 _In_ ULONG Length);
NTSTATUS SdPortSetPciConfigSpace(_In_ PSD_MINIPORT Miniport, _In_ ULONG Offset,
                                 _In_reads_bytes_(Length) PUCHAR Buffer,
                                 _In_ ULONG Length);

/* Register access at a byte offset from the slot's mapped base. */
#define SdPortReadRegisterUlong(Base, Offset)                                  \
  READ_REGISTER_ULONG((PULONG)((PUCHAR)(Base) + (Offset)))
#define SdPortReadRegisterUshort(Base, Offset)                                 \
  READ_REGISTER_USHORT((PUSHORT)((PUCHAR)(Base) + (Offset)))
#define SdPortReadRegisterUchar(Base, Offset)                                  \
  READ_REGISTER_UCHAR((PUCHAR)((PUCHAR)(Base) + (Offset)))
#define SdPortWriteRegisterUlong(Base, Offset, Value)                          \
  WRITE_REGISTER_ULONG((PULONG)((PUCHAR)(Base) + (Offset)), (Value))
#define SdPortWriteRegisterUshort(Base, Offset, Value)                         \
  WRITE_REGISTER_USHORT((PUSHORT)((PUCHAR)(Base) + (Offset)), (Value))
#define SdPortWriteRegisterUchar(Base, Offset, Value)                          \
  WRITE_REGISTER_UCHAR((PUCHAR)((PUCHAR)(Base) + (Offset)), (Value))
#define SdPortReadRegisterBufferUlong(Base, Offset, Buffer, Count)             \
  READ_REGISTER_BUFFER_ULONG((PULONG)((PUCHAR)(Base) + (Offset)), (Buffer),    \
                             (Count))
#define SdPortReadRegisterBufferUshort(Base, Offset, Buffer, Count)            \
  READ_REGISTER_BUFFER_USHORT((PUSHORT)((PUCHAR)(Base) + (Offset)), (Buffer),  \
                              (Count))
#define SdPortReadRegisterBufferUchar(Base, Offset, Buffer, Count)             \
  READ_REGISTER_BUFFER_UCHAR((PUCHAR)((PUCHAR)(Base) + (Offset)), (Buffer),    \
                             (Count))
#define SdPortWriteRegisterBufferUlong(Base, Offset, Buffer, Count)            \
  WRITE_REGISTER_BUFFER_ULONG((PULONG)((PUCHAR)(Base) + (Offset)), (Buffer),   \
                              (Count))
#define SdPortWriteRegisterBufferUshort(Base, Offset, Buffer, Count)           \
  WRITE_REGISTER_BUFFER_USHORT((PUSHORT)((PUCHAR)(Base) + (Offset)), (Buffer), \
                               (Count))
#define SdPortWriteRegisterBufferUchar(Base, Offset, Buffer, Count)            \
  WRITE_REGISTER_BUFFER_UCHAR((PUCHAR)((PUCHAR)(Base) + (Offset)), (Buffer),   \
                              (Count))

#endif /* IRQLINT_WDK_SDPORT_H */
