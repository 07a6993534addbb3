/* irqlint's model of KMDF I/O targets (wdfiotarget.h): the device's default
 * target and remote targets a driver opens, their states, sending requests
 * synchronously and formatting them to be sent. Written from the
 * documentation -- not Microsoft's header. Opening, closing, starting and
 * the synchronous sends run at PASSIVE_LEVEL; stopping and purging only when
 * they wait for the sent I/O. */
#ifndef IRQLINT_WDK_WDFIOTARGET_H
#define IRQLINT_WDK_WDFIOTARGET_H

typedef enum _WDF_IO_TARGET_STATE {
  WdfIoTargetStateUndefined = 0,
  WdfIoTargetStarted,
  WdfIoTargetStopped,
  WdfIoTargetClosedForQueryRemove,
  WdfIoTargetClosed,
  WdfIoTargetDeleted
} WDF_IO_TARGET_STATE,
    *PWDF_IO_TARGET_STATE;

typedef enum _WDF_IO_TARGET_OPEN_TYPE {
  WdfIoTargetOpenUndefined = 0,
  WdfIoTargetOpenUseExistingDevice = 1,
  WdfIoTargetOpenByName = 2,
  WdfIoTargetOpenReopen = 3,
  WdfIoTargetOpenLocalTargetByFile = 4
} WDF_IO_TARGET_OPEN_TYPE;

/* what WdfIoTargetStop does with the requests already sent */
typedef enum _WDF_IO_TARGET_SENT_IO_ACTION {
  WdfIoTargetSentIoUndefined = 0,
  WdfIoTargetCancelSentIo,
  WdfIoTargetWaitForSentIoToComplete,
  WdfIoTargetLeaveSentIoPending
} WDF_IO_TARGET_SENT_IO_ACTION;

/* what WdfIoTargetPurge does (KMDF 1.11) */
typedef enum _WDF_IO_TARGET_PURGE_IO_ACTION {
  WdfIoTargetPurgeIoUndefined = 0,
  WdfIoTargetPurgeIoAndWait,
  WdfIoTargetPurgeIo
} WDF_IO_TARGET_PURGE_IO_ACTION;

/* The remote target's removal notifications, at PASSIVE_LEVEL. */
typedef _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_WDF_IO_TARGET_QUERY_REMOVE(WDFIOTARGET IoTarget);
typedef EVT_WDF_IO_TARGET_QUERY_REMOVE *PFN_WDF_IO_TARGET_QUERY_REMOVE;
typedef _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_WDF_IO_TARGET_REMOVE_CANCELED(WDFIOTARGET IoTarget);
typedef EVT_WDF_IO_TARGET_REMOVE_CANCELED *PFN_WDF_IO_TARGET_REMOVE_CANCELED;
typedef _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_WDF_IO_TARGET_REMOVE_COMPLETE(WDFIOTARGET IoTarget);
typedef EVT_WDF_IO_TARGET_REMOVE_COMPLETE *PFN_WDF_IO_TARGET_REMOVE_COMPLETE;

typedef struct _WDF_IO_TARGET_OPEN_PARAMS {
  ULONG Size;
  WDF_IO_TARGET_OPEN_TYPE Type;
  PFN_WDF_IO_TARGET_QUERY_REMOVE EvtIoTargetQueryRemove;
  PFN_WDF_IO_TARGET_REMOVE_CANCELED EvtIoTargetRemoveCanceled;
  PFN_WDF_IO_TARGET_REMOVE_COMPLETE EvtIoTargetRemoveComplete;
  /* WdfIoTargetOpenUseExistingDevice */
  PDEVICE_OBJECT TargetDeviceObject;
  PFILE_OBJECT TargetFileObject;
  /* WdfIoTargetOpenByName: the arguments of ZwCreateFile */
  UNICODE_STRING TargetDeviceName;
  ACCESS_MASK DesiredAccess;
  ULONG ShareAccess;
  ULONG FileAttributes;
  ULONG CreateDisposition;
  ULONG CreateOptions;
  PVOID EaBuffer;
  ULONG EaBufferLength;
  PLONGLONG AllocationSize;
  ULONG FileInformation;
  /* WdfIoTargetOpenLocalTargetByFile (UMDF) */
  UNICODE_STRING FileName;
} WDF_IO_TARGET_OPEN_PARAMS, *PWDF_IO_TARGET_OPEN_PARAMS;

/* Opens the named device or file, creating a file when none exists. */
FORCEINLINE VOID WDF_IO_TARGET_OPEN_PARAMS_INIT_CREATE_BY_NAME(
    PWDF_IO_TARGET_OPEN_PARAMS Params, PCUNICODE_STRING TargetDeviceName,
    ACCESS_MASK DesiredAccess) {
  RtlZeroMemory(Params, sizeof(WDF_IO_TARGET_OPEN_PARAMS));
  Params->Size = sizeof(WDF_IO_TARGET_OPEN_PARAMS);
  Params->Type = WdfIoTargetOpenByName;
  RtlCopyMemory(&Params->TargetDeviceName, TargetDeviceName,
                sizeof(UNICODE_STRING));
  Params->DesiredAccess = DesiredAccess;
  Params->CreateOptions = FILE_NON_DIRECTORY_FILE;
  Params->FileAttributes = FILE_ATTRIBUTE_NORMAL;
  Params->CreateDisposition = FILE_CREATE;
}
/* Opens the named device or file, which must exist. */
FORCEINLINE VOID WDF_IO_TARGET_OPEN_PARAMS_INIT_OPEN_BY_NAME(
    PWDF_IO_TARGET_OPEN_PARAMS Params, PCUNICODE_STRING TargetDeviceName,
    ACCESS_MASK DesiredAccess) {
  WDF_IO_TARGET_OPEN_PARAMS_INIT_CREATE_BY_NAME(Params, TargetDeviceName,
                                                DesiredAccess);
  Params->CreateDisposition = FILE_OPEN;
}
/* Uses a device object the driver already has (and its stack). */
FORCEINLINE VOID WDF_IO_TARGET_OPEN_PARAMS_INIT_EXISTING_DEVICE(
    PWDF_IO_TARGET_OPEN_PARAMS Params, PDEVICE_OBJECT DeviceObject) {
  RtlZeroMemory(Params, sizeof(WDF_IO_TARGET_OPEN_PARAMS));
  Params->Size = sizeof(WDF_IO_TARGET_OPEN_PARAMS);
  Params->Type = WdfIoTargetOpenUseExistingDevice;
  Params->TargetDeviceObject = DeviceObject;
}
/* Opens again, with the parameters of the first open, a target the driver
 * closed for a query-remove that was then canceled. */
FORCEINLINE VOID
WDF_IO_TARGET_OPEN_PARAMS_INIT_REOPEN(PWDF_IO_TARGET_OPEN_PARAMS Params) {
  RtlZeroMemory(Params, sizeof(WDF_IO_TARGET_OPEN_PARAMS));
  Params->Size = sizeof(WDF_IO_TARGET_OPEN_PARAMS);
  Params->Type = WdfIoTargetOpenReopen;
}

/* ---- creating, opening, closing ---- */
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfIoTargetCreate(WDFDEVICE Device, PWDF_OBJECT_ATTRIBUTES IoTargetAttributes,
                  WDFIOTARGET *IoTarget);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfIoTargetOpen(WDFIOTARGET IoTarget, PWDF_IO_TARGET_OPEN_PARAMS OpenParams);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    WdfIoTargetCloseForQueryRemove(WDFIOTARGET IoTarget);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID WdfIoTargetClose(WDFIOTARGET IoTarget);

/* ---- state ---- */
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfIoTargetStart(WDFIOTARGET IoTarget);
/* waits for the sent I/O (PASSIVE_LEVEL) unless it is left pending */
_When_(Action == 3, _IRQL_requires_max_(DISPATCH_LEVEL))
    _When_(Action == 0 || Action == 1 || Action == 2,
           _IRQL_requires_max_(PASSIVE_LEVEL)) VOID
    WdfIoTargetStop(WDFIOTARGET IoTarget, WDF_IO_TARGET_SENT_IO_ACTION Action);
_When_(Action == 2, _IRQL_requires_max_(DISPATCH_LEVEL))
    _When_(Action == 0 || Action == 1, _IRQL_requires_max_(PASSIVE_LEVEL)) VOID
    WdfIoTargetPurge(WDFIOTARGET IoTarget,
                     WDF_IO_TARGET_PURGE_IO_ACTION Action);
_IRQL_requires_max_(DISPATCH_LEVEL) WDF_IO_TARGET_STATE
    WdfIoTargetGetState(WDFIOTARGET IoTarget);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFDEVICE
    WdfIoTargetGetDevice(WDFIOTARGET IoTarget);

/* ---- the target's device ---- */
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfIoTargetQueryTargetProperty(WDFIOTARGET IoTarget,
                               DEVICE_REGISTRY_PROPERTY DeviceProperty,
                               ULONG BufferLength, PVOID PropertyBuffer,
                               PULONG ResultLength);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfIoTargetAllocAndQueryTargetProperty(
    WDFIOTARGET IoTarget, DEVICE_REGISTRY_PROPERTY DeviceProperty,
    POOL_TYPE PoolType, PWDF_OBJECT_ATTRIBUTES PropertyMemoryAttributes,
    WDFMEMORY *PropertyMemory);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfIoTargetQueryForInterface(WDFIOTARGET IoTarget, LPCGUID InterfaceType,
                             PINTERFACE Interface, USHORT Size, USHORT Version,
                             PVOID InterfaceSpecificData);
_IRQL_requires_max_(DISPATCH_LEVEL) PDEVICE_OBJECT
    WdfIoTargetWdmGetTargetDeviceObject(WDFIOTARGET IoTarget);
_IRQL_requires_max_(DISPATCH_LEVEL) PDEVICE_OBJECT
    WdfIoTargetWdmGetTargetPhysicalDevice(WDFIOTARGET IoTarget);
_IRQL_requires_max_(DISPATCH_LEVEL) PFILE_OBJECT
    WdfIoTargetWdmGetTargetFileObject(WDFIOTARGET IoTarget);
_IRQL_requires_max_(DISPATCH_LEVEL) HANDLE
    WdfIoTargetWdmGetTargetFileHandle(WDFIOTARGET IoTarget);

/* ---- sending synchronously (PASSIVE_LEVEL) and formatting (a request
 * sent later with WdfRequestSend) ---- */
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfIoTargetSendReadSynchronously(WDFIOTARGET IoTarget, WDFREQUEST Request,
                                 PWDF_MEMORY_DESCRIPTOR OutputBuffer,
                                 PLONGLONG DeviceOffset,
                                 PWDF_REQUEST_SEND_OPTIONS RequestOptions,
                                 PULONG_PTR BytesRead);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfIoTargetFormatRequestForRead(WDFIOTARGET IoTarget, WDFREQUEST Request,
                                WDFMEMORY OutputBuffer,
                                PWDFMEMORY_OFFSET OutputBufferOffset,
                                PLONGLONG DeviceOffset);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfIoTargetSendWriteSynchronously(WDFIOTARGET IoTarget, WDFREQUEST Request,
                                  PWDF_MEMORY_DESCRIPTOR InputBuffer,
                                  PLONGLONG DeviceOffset,
                                  PWDF_REQUEST_SEND_OPTIONS RequestOptions,
                                  PULONG_PTR BytesWritten);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfIoTargetFormatRequestForWrite(WDFIOTARGET IoTarget, WDFREQUEST Request,
                                 WDFMEMORY InputBuffer,
                                 PWDFMEMORY_OFFSET InputBufferOffset,
                                 PLONGLONG DeviceOffset);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfIoTargetSendIoctlSynchronously(WDFIOTARGET IoTarget, WDFREQUEST Request,
                                  ULONG IoctlCode,
                                  PWDF_MEMORY_DESCRIPTOR InputBuffer,
                                  PWDF_MEMORY_DESCRIPTOR OutputBuffer,
                                  PWDF_REQUEST_SEND_OPTIONS RequestOptions,
                                  PULONG_PTR BytesReturned);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfIoTargetFormatRequestForIoctl(WDFIOTARGET IoTarget, WDFREQUEST Request,
                                 ULONG IoctlCode, WDFMEMORY InputBuffer,
                                 PWDFMEMORY_OFFSET InputBufferOffset,
                                 WDFMEMORY OutputBuffer,
                                 PWDFMEMORY_OFFSET OutputBufferOffset);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfIoTargetSendInternalIoctlSynchronously(
    WDFIOTARGET IoTarget, WDFREQUEST Request, ULONG IoctlCode,
    PWDF_MEMORY_DESCRIPTOR InputBuffer, PWDF_MEMORY_DESCRIPTOR OutputBuffer,
    PWDF_REQUEST_SEND_OPTIONS RequestOptions, PULONG_PTR BytesReturned);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfIoTargetFormatRequestForInternalIoctl(WDFIOTARGET IoTarget,
                                         WDFREQUEST Request, ULONG IoctlCode,
                                         WDFMEMORY InputBuffer,
                                         PWDFMEMORY_OFFSET InputBufferOffset,
                                         WDFMEMORY OutputBuffer,
                                         PWDFMEMORY_OFFSET OutputBufferOffset);
/* internal device control with the stack location's Argument1, 2 and 4 */
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfIoTargetSendInternalIoctlOthersSynchronously(
    WDFIOTARGET IoTarget, WDFREQUEST Request, ULONG IoctlCode,
    PWDF_MEMORY_DESCRIPTOR OtherArg1, PWDF_MEMORY_DESCRIPTOR OtherArg2,
    PWDF_MEMORY_DESCRIPTOR OtherArg4, PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    PULONG_PTR BytesReturned);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfIoTargetFormatRequestForInternalIoctlOthers(
    WDFIOTARGET IoTarget, WDFREQUEST Request, ULONG IoctlCode,
    WDFMEMORY OtherArg1, PWDFMEMORY_OFFSET OtherArg1Offset, WDFMEMORY OtherArg2,
    PWDFMEMORY_OFFSET OtherArg2Offset, WDFMEMORY OtherArg4,
    PWDFMEMORY_OFFSET OtherArg4Offset);

#endif
