/* irqlint's model of dsm.h, the interface between the Microsoft Multipath
 * I/O driver (MPIO) and a device-specific module (DSM): the entry points a
 * DSM hands MPIO in DSM_INIT_DATA when it registers (IOCTL_MPDSM_REGISTER),
 * the WMI dispatch table it adds (DSM_WMILIB_CONTEXT), and the Dsm... support
 * routines MPIO exports to it (sending requests down a path, notifications,
 * synchronous IOCTLs).
 *
 * Written from the documentation of the dsm.h reference pages (the DSM_*
 * callback prototypes, the structures' members and the DsmNotification /
 * DSM_TYPE enumerations), not Microsoft's header. The pages give the routines'
 * parameter names; their types here are the ones those names take elsewhere
 * in the interface. The pages give no IRQL, so no routine carries one. The
 * values of the DSM_* return codes, flags, controller states, the two
 * registration IOCTLs and the pass-through buffer sizes are this model's
 * own: distinct, so a switch over them compiles, but not the WDK's numbers.
 *
 * Like the WDK's header it brings the kernel, SRB, SCSI pass-through,
 * storage-property and WMI definitions a DSM is written against. */
#ifndef IRQLINT_WDK_DSM_H
#define IRQLINT_WDK_DSM_H

#include "ntddk.h"
#include "ntddscsi.h"
#include "ntddstor.h"
#include "scsi.h"
#include "wmilib.h"
#include "wmistr.h"

/* ---- Identifiers MPIO passes: the DSM ids of one device's paths ---- */
typedef struct _DSM_IDS {
  ULONG Count;
  PVOID IdList[1];
} DSM_IDS, *PDSM_IDS;

/* MPIO's own context, handed back in the Dsm... routines. */
typedef struct _DSM_MPIO_CONTEXT {
  PVOID MPIOContext;
} DSM_MPIO_CONTEXT, *PDSM_MPIO_CONTEXT;

/* ---- Controllers (DsmGetControllerInfo) ---- */
typedef struct _CONTROLLER_IDS {
  STORAGE_IDENTIFIER_CODE_SET Type;
  ULONG Length;
  UCHAR SerialNumber[32];
} CONTROLLER_IDS, *PCONTROLLER_IDS;

typedef struct _CONTROLLER_INFO {
  PDEVICE_OBJECT DeviceObject;
  CONTROLLER_IDS Identifier;
  ULONG State;
} CONTROLLER_INFO, *PCONTROLLER_INFO;

/* CONTROLLER_INFO.State, and DsmGetControllerInfo's Flags. */
#define DSM_CONTROLLER_ACTIVE 0x00000001
#define DSM_CONTROLLER_STANDBY 0x00000002
#define DSM_CONTROLLER_FAILED 0x00000003
#define DSM_CONTROLLER_NO_CNTRL 0x00000004
#define DSM_CNTRL_FLAGS_ALLOCATE 0x00000001
#define DSM_CNTRL_FLAGS_CHECK_STATE 0x00000002

/* ---- Versions ---- */
typedef struct _DSM_VERSION_INFO {
  ULONG MajorVersion;
  ULONG MinorVersion;
  ULONG ProductBuild;
  ULONG QfeNumber;
} DSM_VERSION_INFO, *PDSM_VERSION_INFO;

typedef struct _MPIO_VERSION_INFO {
  ULONG MajorVersion;
  ULONG MinorVersion;
  ULONG ProductBuild;
  ULONG QfeNumber;
} MPIO_VERSION_INFO, *PMPIO_VERSION_INFO;

/* The kind of DSM (DSM_INIT_DATA.DsmType). */
typedef enum _DSM_TYPE {
  DsmTypeUnknown = 0,
  DsmType1,
  DsmType2,
  DsmType3,
  DsmType4,
  DsmType5,
  DsmType6,
  DsmType7
} DSM_TYPE,
    *PDSM_TYPE;

/* What a DSM tells MPIO through DsmNotification. */
typedef enum _DSM_NOTIFICATION_TYPE {
  DeviceFailure,
  PathFailure,
  PathOnLine,
  ThrottleIO,
  ResumeIO,
  SetCurrentPath,
  ThrottleIO_V2,
  ResumeIO_V2,
  SetCurrentPath_V2,
  MaxDsmNotificationType
} DSM_NOTIFICATION_TYPE,
    *PDSM_NOTIFICATION_TYPE;

/* ---- The DSM entry points ---- */
typedef NTSTATUS
DSM_INQUIRE_DRIVER(_In_ PVOID DsmContext, _In_ PDEVICE_OBJECT TargetDevice,
                   _In_ PDEVICE_OBJECT PortFdo,
                   _In_ PSTORAGE_DEVICE_DESCRIPTOR Descriptor,
                   _In_ PSTORAGE_DEVICE_ID_DESCRIPTOR DeviceIdList,
                   _Out_ PVOID *DsmIdentifier);
typedef DSM_INQUIRE_DRIVER *PDSM_INQUIRE_DRIVER;

typedef BOOLEAN DSM_COMPARE_DEVICES(_In_ PVOID DsmContext, _In_ PVOID DsmId1,
                                    _In_ PVOID DsmId2);
typedef DSM_COMPARE_DEVICES *PDSM_COMPARE_DEVICES;

typedef PUCHAR DSM_DEVICE_SERIAL_NUMBER(_In_ PVOID DsmContext,
                                        _In_ PVOID DsmId);
typedef DSM_DEVICE_SERIAL_NUMBER *PDSM_DEVICE_SERIAL_NUMBER;

typedef NTSTATUS
DSM_GET_CONTROLLER_INFO(_In_ PVOID DsmContext, _In_ PVOID DsmId,
                        _In_ ULONG Flags,
                        _Inout_ PCONTROLLER_INFO *ControllerInfo);
typedef DSM_GET_CONTROLLER_INFO *PDSM_GET_CONTROLLER_INFO;

typedef NTSTATUS DSM_SET_DEVICE_INFO(_In_ PVOID DsmContext,
                                     _In_ PDEVICE_OBJECT TargetObject,
                                     _In_ PVOID DsmId, _Inout_ PVOID *PathId);
typedef DSM_SET_DEVICE_INFO *PDSM_SET_DEVICE_INFO;

typedef BOOLEAN DSM_IS_PATH_ACTIVE(_In_ PVOID DsmContext, _In_ PVOID PathId,
                                   _In_ PVOID DsmId);
typedef DSM_IS_PATH_ACTIVE *PDSM_IS_PATH_ACTIVE;

typedef NTSTATUS DSM_PATH_VERIFY(_In_ PVOID DsmContext, _In_ PVOID DsmId,
                                 _In_ PVOID PathId);
typedef DSM_PATH_VERIFY *PDSM_PATH_VERIFY;

typedef NTSTATUS DSM_INVALIDATE_PATH(_In_ PVOID DsmContext,
                                     _In_ ULONG ErrorMask, _In_ PVOID PathId,
                                     _Inout_ PVOID *NewPathId);
typedef DSM_INVALIDATE_PATH *PDSM_INVALIDATE_PATH;

typedef NTSTATUS DSM_MOVE_DEVICE(_In_ PVOID DsmContext, _In_ PDSM_IDS DsmIds,
                                 _In_ PVOID MPIOPath, _In_ PVOID SuggestedPath,
                                 _In_ ULONG Flags);
typedef DSM_MOVE_DEVICE *PDSM_MOVE_DEVICE;

typedef NTSTATUS DSM_REMOVE_PENDING(_In_ PVOID DsmContext, _In_ PVOID DsmId);
typedef DSM_REMOVE_PENDING *PDSM_REMOVE_PENDING;

typedef NTSTATUS DSM_REMOVE_DEVICE(_In_ PVOID DsmContext, _In_ PVOID DsmId,
                                   _In_ PVOID PathId);
typedef DSM_REMOVE_DEVICE *PDSM_REMOVE_DEVICE;

typedef NTSTATUS DSM_REMOVE_PATH(_In_ PVOID DsmContext, _In_ PVOID PathId);
typedef DSM_REMOVE_PATH *PDSM_REMOVE_PATH;

typedef NTSTATUS DSM_SRB_DEVICE_CONTROL(_In_ PVOID DsmContext,
                                        _In_ PDSM_IDS DsmIds, _In_ PIRP Irp,
                                        _In_ PSCSI_REQUEST_BLOCK Srb,
                                        _In_ PKEVENT Event);
typedef DSM_SRB_DEVICE_CONTROL *PDSM_SRB_DEVICE_CONTROL;

typedef PVOID DSM_LB_GET_PATH(_In_ PVOID DsmContext,
                              _In_ PSCSI_REQUEST_BLOCK Srb,
                              _In_ PDSM_IDS DsmList, _In_ PVOID CurrentPath,
                              _Out_ NTSTATUS *Status);
typedef DSM_LB_GET_PATH *PDSM_LB_GET_PATH;

typedef ULONG DSM_INTERPRET_ERROR(_In_ PVOID DsmContext, _In_ PVOID DsmId,
                                  _In_ PSCSI_REQUEST_BLOCK Srb,
                                  _Inout_ NTSTATUS *Status,
                                  _Out_ PBOOLEAN Retry);
typedef DSM_INTERPRET_ERROR *PDSM_INTERPRET_ERROR;

/* The extended form also returns a retry interval; variadic, as the page
 * gives it. */
typedef ULONG DSM_INTERPRET_ERROR_EX(_In_ PVOID DsmContext, _In_ PVOID DsmId,
                                     _In_ PSCSI_REQUEST_BLOCK Srb,
                                     _Inout_ NTSTATUS *Status,
                                     _Out_ PBOOLEAN Retry,
                                     _Out_ PLONG RetryInterval, ...);
typedef DSM_INTERPRET_ERROR_EX *PDSM_INTERPRET_ERROR_EX;

typedef NTSTATUS DSM_UNLOAD(_In_ PVOID DsmContext);
typedef DSM_UNLOAD *PDSM_UNLOAD;

/* The completion routine a DSM asks MPIO to call for a request. */
typedef VOID DSM_COMPLETION_ROUTINE(_In_ PVOID DsmId, _In_ PIRP Irp,
                                    _In_ PSCSI_REQUEST_BLOCK Srb,
                                    _In_ PVOID DsmContext);
typedef DSM_COMPLETION_ROUTINE *PDSM_COMPLETION_ROUTINE;

typedef struct _DSM_COMPLETION_INFO {
  PDSM_COMPLETION_ROUTINE DsmCompletionRoutine;
  PVOID DsmContext;
} DSM_COMPLETION_INFO, *PDSM_COMPLETION_INFO;

typedef VOID DSM_SET_COMPLETION(_In_ PVOID DsmContext, _In_ PVOID DsmId,
                                _In_ PIRP Irp, _In_ PSCSI_REQUEST_BLOCK Srb,
                                _Inout_ PDSM_COMPLETION_INFO DsmCompletion);
typedef DSM_SET_COMPLETION *PDSM_SET_COMPLETION;

typedef ULONG DSM_CATEGORIZE_REQUEST(_In_ PVOID DsmContext,
                                     _In_ PDSM_IDS DsmIds, _In_ PIRP Irp,
                                     _In_ PSCSI_REQUEST_BLOCK Srb,
                                     _In_ PVOID CurrentPath,
                                     _Out_ PVOID *PathId,
                                     _Out_ NTSTATUS *Status);
typedef DSM_CATEGORIZE_REQUEST *PDSM_CATEGORIZE_REQUEST;

typedef NTSTATUS DSM_BROADCAST_SRB(_In_ PVOID DsmContext, _In_ PDSM_IDS DsmIds,
                                   _In_ PIRP Irp, _In_ PSCSI_REQUEST_BLOCK Srb,
                                   _In_ PKEVENT Event);
typedef DSM_BROADCAST_SRB *PDSM_BROADCAST_SRB;

typedef BOOLEAN DSM_ADDRESS_TYPE_SUPPORTED(_In_ PVOID DsmContext,
                                           _In_ ULONG AddressType);
typedef DSM_ADDRESS_TYPE_SUPPORTED *PDSM_ADDRESS_TYPE_SUPPORTED;

typedef NTSTATUS DSM_DEVICE_NOT_USED(_In_ PVOID DsmContext, _In_ PVOID DsmId);
typedef DSM_DEVICE_NOT_USED *PDSM_DEVICE_NOT_USED;

/* ---- The WMI entry points (the _EX forms also get the DSM ids) ---- */
typedef NTSTATUS
DSM_QUERY_DATABLOCK(_In_ PVOID DsmContext, _In_ PIRP Irp, _In_ ULONG GuidIndex,
                    _In_ ULONG InstanceIndex, _In_ ULONG InstanceCount,
                    _Inout_ PULONG InstanceLengthArray, _In_ ULONG BufferAvail,
                    _Out_ PUCHAR Buffer, _Out_ PULONG DsmDataLength);
typedef DSM_QUERY_DATABLOCK *PDSM_QUERY_DATABLOCK;

typedef NTSTATUS DSM_QUERY_DATABLOCK_EX(
    _In_ PVOID DsmContext, _In_ PDSM_IDS DsmIds, _In_ PIRP Irp,
    _In_ ULONG GuidIndex, _In_ ULONG InstanceIndex, _In_ ULONG InstanceCount,
    _Inout_ PULONG InstanceLengthArray, _In_ ULONG BufferAvail,
    _Out_ PUCHAR Buffer, _Out_ PULONG DsmDataLength, ...);
typedef DSM_QUERY_DATABLOCK_EX *PDSM_QUERY_DATABLOCK_EX;

typedef NTSTATUS DSM_SET_DATABLOCK(_In_ PVOID DsmContext, _In_ PIRP Irp,
                                   _In_ ULONG GuidIndex,
                                   _In_ ULONG InstanceIndex,
                                   _In_ ULONG BufferSize, _In_ PUCHAR Buffer);
typedef DSM_SET_DATABLOCK *PDSM_SET_DATABLOCK;

typedef NTSTATUS
DSM_SET_DATABLOCK_EX(_In_ PVOID DsmContext, _In_ PDSM_IDS DsmIds, _In_ PIRP Irp,
                     _In_ ULONG GuidIndex, _In_ ULONG InstanceIndex,
                     _In_ ULONG BufferSize, _In_ PUCHAR Buffer, ...);
typedef DSM_SET_DATABLOCK_EX *PDSM_SET_DATABLOCK_EX;

typedef NTSTATUS
DSM_EXECUTE_METHOD(_In_ PVOID DsmContext, _In_ PIRP Irp, _In_ ULONG GuidIndex,
                   _In_ ULONG InstanceIndex, _In_ ULONG MethodId,
                   _In_ ULONG InBufferSize, _In_ PULONG OutBufferSize,
                   _Inout_ PUCHAR Buffer);
typedef DSM_EXECUTE_METHOD *PDSM_EXECUTE_METHOD;

typedef NTSTATUS
DSM_EXECUTE_METHOD_EX(_In_ PVOID DsmContext, _In_ PDSM_IDS DsmIds,
                      _In_ PIRP Irp, _In_ ULONG GuidIndex,
                      _In_ ULONG InstanceIndex, _In_ ULONG MethodId,
                      _In_ ULONG InBufferSize, _In_ PULONG OutBufferSize,
                      _Inout_ PUCHAR Buffer, ...);
typedef DSM_EXECUTE_METHOD_EX *PDSM_EXECUTE_METHOD_EX;

typedef NTSTATUS DSM_FUNCTION_CONTROL(_In_ PVOID DsmContext, _In_ PIRP Irp,
                                      _In_ ULONG GuidIndex,
                                      _In_ WMIENABLEDISABLECONTROL Function,
                                      _In_ BOOLEAN Enable);
typedef DSM_FUNCTION_CONTROL *PDSM_FUNCTION_CONTROL;

typedef NTSTATUS DSM_FUNCTION_CONTROL_EX(_In_ PVOID DsmContext,
                                         _In_ PDSM_IDS DsmIds, _In_ PIRP Irp,
                                         _In_ ULONG GuidIndex,
                                         _In_ WMIENABLEDISABLECONTROL Function,
                                         _In_ BOOLEAN Enable, ...);
typedef DSM_FUNCTION_CONTROL_EX *PDSM_FUNCTION_CONTROL_EX;

/* A DSM's WMI registration: the GUIDs it serves and a handler for each
 * kind of request, in the plain or the _EX form. */
typedef struct _DSM_WMILIB_CONTEXT {
  ULONG GuidCount;
  PWMIGUIDREGINFO GuidList;
  UNICODE_STRING RegistryPath;
  UNICODE_STRING MofResourceName;
  union {
    PDSM_QUERY_DATABLOCK QueryWmiDataBlock;
    PDSM_QUERY_DATABLOCK_EX QueryWmiDataBlockEx;
  };
  union {
    PDSM_SET_DATABLOCK SetWmiDataBlock;
    PDSM_SET_DATABLOCK_EX SetWmiDataBlockEx;
  };
  union {
    PDSM_EXECUTE_METHOD ExecuteWmiMethod;
    PDSM_EXECUTE_METHOD_EX ExecuteWmiMethodEx;
  };
  union {
    PDSM_FUNCTION_CONTROL WmiFunctionControl;
    PDSM_FUNCTION_CONTROL_EX WmiFunctionControlEx;
  };
} DSM_WMILIB_CONTEXT, *PDSM_WMILIB_CONTEXT;

/* What a DSM registers with MPIO (the input of IOCTL_MPDSM_REGISTER). */
typedef struct _DSM_INIT_DATA {
  ULONG InitDataSize;
  PDSM_INQUIRE_DRIVER DsmInquireDriver;
  PDSM_COMPARE_DEVICES DsmCompareDevices;
  PDSM_DEVICE_SERIAL_NUMBER DsmDeviceSerialNumber;
  PDSM_GET_CONTROLLER_INFO DsmGetControllerInfo;
  PDSM_SET_DEVICE_INFO DsmSetDeviceInfo;
  PDSM_IS_PATH_ACTIVE DsmIsPathActive;
  PDSM_PATH_VERIFY DsmPathVerify;
  PDSM_INVALIDATE_PATH DsmInvalidatePath;
  PDSM_MOVE_DEVICE DsmMoveDevice;
  PDSM_REMOVE_PENDING DsmRemovePending;
  PDSM_REMOVE_DEVICE DsmRemoveDevice;
  PDSM_REMOVE_PATH DsmRemovePath;
  PDSM_SRB_DEVICE_CONTROL DsmSrbDeviceControl;
  PDSM_LB_GET_PATH DsmLBGetPath;
  union {
    PDSM_INTERPRET_ERROR DsmInterpretError;
    PDSM_INTERPRET_ERROR_EX DsmInterpretErrorEx;
  };
  PDSM_UNLOAD DsmUnload;
  PDSM_SET_COMPLETION DsmSetCompletion;
  PDSM_CATEGORIZE_REQUEST DsmCategorizeRequest;
  PDSM_BROADCAST_SRB DsmBroadcastSrb;
  DSM_WMILIB_CONTEXT DsmWmiInfo;
  PVOID DsmContext;
  PDRIVER_OBJECT DriverObject;
  UNICODE_STRING DisplayName;
  ULONG Reserved;
  DSM_TYPE DsmType;
  DSM_VERSION_INFO DsmVersion;
  DSM_WMILIB_CONTEXT DsmWmiGlobalInfo;
  PDSM_ADDRESS_TYPE_SUPPORTED DsmIsAddressTypeSupported;
  PDSM_DEVICE_NOT_USED DsmDeviceNotUsed;
} DSM_INIT_DATA, *PDSM_INIT_DATA;

/* The input of IOCTL_MPDSM_DEREGISTER. */
typedef struct _DSM_DEREGISTER_DATA {
  ULONG DeregisterDataSize;
  PVOID DsmContext;
  PDRIVER_OBJECT DriverObject;
  PDSM_MPIO_CONTEXT MpioContext;
} DSM_DEREGISTER_DATA, *PDSM_DEREGISTER_DATA;

/* Sent to MPIO's control device to register or deregister a DSM. */
#define IOCTL_MPDSM_REGISTER                                                   \
  CTL_CODE(FILE_DEVICE_MASS_STORAGE, 0x0E01, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_MPDSM_DEREGISTER                                                 \
  CTL_CODE(FILE_DEVICE_MASS_STORAGE, 0x0E02, METHOD_BUFFERED, FILE_ANY_ACCESS)

/* ---- Return values and flags (this model's values) ---- */
/* DsmCategorizeRequest: what MPIO does with the request. */
#define DSM_PATH_SET 0x00000001
#define DSM_ERROR 0x00000002
#define DSM_BROADCAST 0x00000003
#define DSM_WILL_HANDLE 0x00000004
/* DsmInterpretError: the error's severity and what to do. */
#define DSM_FATAL_ERROR 0x80000000
#define DSM_ADMIN_FO 0x40000000
#define DSM_FATAL_ERROR_OEM_MASK 0x0000FFFF
#define DSM_RETRY_DONT_DECREMENT 0x00010000
/* DsmMoveDevice's Flags. */
#define DSM_MOVE_PRACTIVE 0x00000001
#define DSM_MOVE_ADMIN_REQUEST 0x00000002
/* DsmSendRequestEx's Flags. */
#define DSM_CALL_COMPLETION_ON_MPIO_ERROR 0x00000001

/* ---- SCSI pass-through with its buffers ---- */
#define SPTWB_SENSE_LENGTH 32
#define SPTWB_DATA_LENGTH 512

typedef struct _SCSI_PASS_THROUGH_WITH_BUFFERS {
  SCSI_PASS_THROUGH ScsiPassThrough;
  UCHAR SenseInfoBuffer[SPTWB_SENSE_LENGTH];
  UCHAR DataBuffer[SPTWB_DATA_LENGTH];
} SCSI_PASS_THROUGH_WITH_BUFFERS, *PSCSI_PASS_THROUGH_WITH_BUFFERS;

typedef struct _SCSI_PASS_THROUGH_DIRECT_WITH_BUFFER {
  SCSI_PASS_THROUGH_DIRECT ScsiPassThroughDirect;
  UCHAR SenseInfoBuffer[SPTWB_SENSE_LENGTH];
} SCSI_PASS_THROUGH_DIRECT_WITH_BUFFER, *PSCSI_PASS_THROUGH_DIRECT_WITH_BUFFER;

/* ---- The routines MPIO exports to a DSM ---- */
NTSTATUS DsmSendRequest(_In_ PVOID MPIOContext,
                        _In_ PDEVICE_OBJECT TargetDevice, _In_ PIRP Irp,
                        _In_ PVOID DsmId);
NTSTATUS DsmSendRequestEx(_In_ PVOID MPIOContext,
                          _In_ PDEVICE_OBJECT TargetDevice, _In_ PIRP Irp,
                          _In_ PVOID DsmId, _In_ ULONG Flags);
/* The arguments after NotificationType depend on it. */
VOID DsmNotification(_In_ PVOID MPIOContext,
                     _In_ DSM_NOTIFICATION_TYPE NotificationType, ...);
VOID DsmSendDeviceIoControlSynchronous(
    _In_ ULONG IoControlCode, _In_ PDEVICE_OBJECT TargetDeviceObject,
    _Inout_opt_ PVOID InputBuffer, _Inout_opt_ PVOID OutputBuffer,
    _In_ ULONG InputBufferLength, _In_ ULONG OutputBufferLength,
    _In_ BOOLEAN InternalDeviceIoControl, _Out_ PIO_STATUS_BLOCK IoStatus);
NTSTATUS
DsmSendPassThroughDirect(_In_ PDEVICE_OBJECT DeviceObject,
                         _In_ PSCSI_PASS_THROUGH_DIRECT ScsiPassThrough,
                         _In_ ULONG InputBufferLength,
                         _In_ ULONG OutputBufferLength);
NTSTATUS DsmSendTUR(_In_ PDEVICE_OBJECT TargetDevice);
NTSTATUS DsmReleaseQueue(_In_ PDEVICE_OBJECT TargetDevice);
NTSTATUS DsmGetScsiAddress(_In_ PDEVICE_OBJECT DeviceObject,
                           _Out_ PSCSI_ADDRESS *ScsiAddress);
/* The devices of the given type under PortFdo, as DSM ids. */
PDSM_IDS DsmGetAssociatedDevice(_In_ PVOID MPIOContext,
                                _In_ PDEVICE_OBJECT PortFdo,
                                _In_ UCHAR DeviceType);
PDEVICE_OBJECT DsmGetPDO(_In_ PVOID MPIOContext,
                         _In_ PDEVICE_OBJECT DeviceObject);
PVOID DsmGetContextFromSrb(_In_ PSCSI_REQUEST_BLOCK Srb);
VOID DsmCompleteRequest(_In_ PVOID MPIOContext, _In_ PVOID DsmId);
NTSTATUS DsmGetVersion(_Out_ PMPIO_VERSION_INFO MpioVersion,
                       _In_ ULONG MpioVersionSize);
NTSTATUS DsmWriteEvent(_In_ PVOID MPIOContext, _In_ PWCHAR ComponentName,
                       _In_ PWCHAR EventDescription, _In_ ULONG Severity);

#endif /* IRQLINT_WDK_DSM_H */
