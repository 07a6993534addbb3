/* irqlint's model of KMDF I/O (wdfio.h, wdfrequest.h, wdfmemory.h): queues,
 * requests and memory objects. Written from the documentation -- not
 * Microsoft's header. */
#ifndef IRQLINT_WDK_WDFIO_H
#define IRQLINT_WDK_WDFIO_H

/* ---- memory objects ---- */
typedef struct _WDFMEMORY_OFFSET {
  size_t BufferOffset;
  size_t BufferLength;
} WDFMEMORY_OFFSET, *PWDFMEMORY_OFFSET;
typedef enum _WDF_MEMORY_DESCRIPTOR_TYPE {
  WdfMemoryDescriptorTypeInvalid = 0,
  WdfMemoryDescriptorTypeBuffer,
  WdfMemoryDescriptorTypeMdl,
  WdfMemoryDescriptorTypeHandle
} WDF_MEMORY_DESCRIPTOR_TYPE;
typedef struct _WDF_MEMORY_DESCRIPTOR {
  WDF_MEMORY_DESCRIPTOR_TYPE Type;
  union {
    struct {
      PVOID Buffer;
      ULONG Length;
    } BufferType;
    struct {
      PMDL Mdl;
      ULONG BufferLength;
    } MdlType;
    struct {
      WDFMEMORY Memory;
      PWDFMEMORY_OFFSET Offsets;
    } HandleType;
  } u;
} WDF_MEMORY_DESCRIPTOR, *PWDF_MEMORY_DESCRIPTOR;
FORCEINLINE VOID WDF_MEMORY_DESCRIPTOR_INIT_BUFFER(
    PWDF_MEMORY_DESCRIPTOR Descriptor, PVOID Buffer, ULONG BufferLength) {
  RtlZeroMemory(Descriptor, sizeof(WDF_MEMORY_DESCRIPTOR));
  Descriptor->Type = WdfMemoryDescriptorTypeBuffer;
  Descriptor->u.BufferType.Buffer = Buffer;
  Descriptor->u.BufferType.Length = BufferLength;
}
FORCEINLINE VOID WDF_MEMORY_DESCRIPTOR_INIT_MDL(
    PWDF_MEMORY_DESCRIPTOR Descriptor, PMDL Mdl, ULONG BufferLength) {
  RtlZeroMemory(Descriptor, sizeof(WDF_MEMORY_DESCRIPTOR));
  Descriptor->Type = WdfMemoryDescriptorTypeMdl;
  Descriptor->u.MdlType.Mdl = Mdl;
  Descriptor->u.MdlType.BufferLength = BufferLength;
}
FORCEINLINE VOID
WDF_MEMORY_DESCRIPTOR_INIT_HANDLE(PWDF_MEMORY_DESCRIPTOR Descriptor,
                                  WDFMEMORY Memory, PWDFMEMORY_OFFSET Offsets) {
  RtlZeroMemory(Descriptor, sizeof(WDF_MEMORY_DESCRIPTOR));
  Descriptor->Type = WdfMemoryDescriptorTypeHandle;
  Descriptor->u.HandleType.Memory = Memory;
  Descriptor->u.HandleType.Offsets = Offsets;
}
_Must_inspect_result_ _When_(PoolType == 1 || PoolType == 257,
                             _IRQL_requires_max_(APC_LEVEL))
    _When_(PoolType == 0 || PoolType == 256,
           _IRQL_requires_max_(DISPATCH_LEVEL)) NTSTATUS
    WdfMemoryCreate(PWDF_OBJECT_ATTRIBUTES Attributes, POOL_TYPE PoolType,
                    ULONG PoolTag, size_t BufferSize, WDFMEMORY *Memory,
                    PVOID *Buffer);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfMemoryCreatePreallocated(PWDF_OBJECT_ATTRIBUTES Attributes,
                                     PVOID Buffer, size_t BufferSize,
                                     WDFMEMORY *Memory);
_IRQL_requires_max_(HIGH_LEVEL) PVOID
    WdfMemoryGetBuffer(WDFMEMORY Memory, size_t *BufferSize);
_Must_inspect_result_ _IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS WdfMemoryAssignBuffer(WDFMEMORY Memory, PVOID Buffer,
                               size_t BufferSize);
_Must_inspect_result_ _IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS WdfMemoryCopyToBuffer(WDFMEMORY SourceMemory, size_t SourceOffset,
                               PVOID Buffer, size_t NumBytesToCopyTo);
_Must_inspect_result_ _IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS WdfMemoryCopyFromBuffer(WDFMEMORY DestinationMemory,
                                 size_t DestinationOffset, PVOID Buffer,
                                 size_t NumBytesToCopyFrom);
_Must_inspect_result_ _When_(PoolType == 1 || PoolType == 257,
                             _IRQL_requires_max_(APC_LEVEL))
    _When_(PoolType == 0 || PoolType == 256,
           _IRQL_requires_max_(DISPATCH_LEVEL)) NTSTATUS
    WdfLookasideListCreate(PWDF_OBJECT_ATTRIBUTES LookasideAttributes,
                           size_t BufferSize, POOL_TYPE PoolType,
                           PWDF_OBJECT_ATTRIBUTES MemoryAttributes,
                           ULONG PoolTag, WDFLOOKASIDE *Lookaside);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfMemoryCreateFromLookaside(WDFLOOKASIDE Lookaside,
                                      WDFMEMORY *Memory);

/* ---- requests ---- */
typedef enum _WDF_REQUEST_TYPE {
  WdfRequestTypeCreate = IRP_MJ_CREATE,
  WdfRequestTypeCreateNamedPipe = IRP_MJ_CREATE_NAMED_PIPE,
  WdfRequestTypeClose = IRP_MJ_CLOSE,
  WdfRequestTypeRead = IRP_MJ_READ,
  WdfRequestTypeWrite = IRP_MJ_WRITE,
  WdfRequestTypeQueryInformation = IRP_MJ_QUERY_INFORMATION,
  WdfRequestTypeSetInformation = IRP_MJ_SET_INFORMATION,
  WdfRequestTypeQueryEA = IRP_MJ_QUERY_EA,
  WdfRequestTypeSetEA = IRP_MJ_SET_EA,
  WdfRequestTypeFlushBuffers = IRP_MJ_FLUSH_BUFFERS,
  WdfRequestTypeQueryVolumeInformation = IRP_MJ_QUERY_VOLUME_INFORMATION,
  WdfRequestTypeSetVolumeInformation = IRP_MJ_SET_VOLUME_INFORMATION,
  WdfRequestTypeDirectoryControl = IRP_MJ_DIRECTORY_CONTROL,
  WdfRequestTypeFileSystemControl = IRP_MJ_FILE_SYSTEM_CONTROL,
  WdfRequestTypeDeviceControl = IRP_MJ_DEVICE_CONTROL,
  WdfRequestTypeDeviceControlInternal = IRP_MJ_INTERNAL_DEVICE_CONTROL,
  WdfRequestTypeShutdown = IRP_MJ_SHUTDOWN,
  WdfRequestTypeLockControl = IRP_MJ_LOCK_CONTROL,
  WdfRequestTypeCleanup = IRP_MJ_CLEANUP,
  WdfRequestTypeCreateMailSlot = IRP_MJ_CREATE_MAILSLOT,
  WdfRequestTypeQuerySecurity = IRP_MJ_QUERY_SECURITY,
  WdfRequestTypeSetSecurity = IRP_MJ_SET_SECURITY,
  WdfRequestTypePower = IRP_MJ_POWER,
  WdfRequestTypeSystemControl = IRP_MJ_SYSTEM_CONTROL,
  WdfRequestTypeDeviceChange = IRP_MJ_DEVICE_CHANGE,
  WdfRequestTypeQueryQuota = IRP_MJ_QUERY_QUOTA,
  WdfRequestTypeSetQuota = IRP_MJ_SET_QUOTA,
  WdfRequestTypePnp = IRP_MJ_PNP,
  WdfRequestTypeOther,
  WdfRequestTypeUsb,
  WdfRequestTypeNoFormat = 0xFF,
  WdfRequestTypeMax
} WDF_REQUEST_TYPE;
typedef struct _WDF_REQUEST_PARAMETERS {
  USHORT Size;
  UCHAR MinorFunction;
  WDF_REQUEST_TYPE Type;
  union {
    struct {
      PIO_SECURITY_CONTEXT SecurityContext;
      ULONG Options;
      USHORT FileAttributes;
      USHORT ShareAccess;
      ULONG EaLength;
    } Create;
    struct {
      size_t Length;
      ULONG Key;
      LONGLONG DeviceOffset;
    } Read;
    struct {
      size_t Length;
      ULONG Key;
      LONGLONG DeviceOffset;
    } Write;
    struct {
      size_t OutputBufferLength;
      size_t InputBufferLength;
      ULONG IoControlCode;
      PVOID Type3InputBuffer;
    } DeviceIoControl;
    struct {
      PVOID Arg1;
      PVOID Arg2;
      ULONG IoControlCode;
      PVOID Arg4;
    } Others;
  } Parameters;
} WDF_REQUEST_PARAMETERS, *PWDF_REQUEST_PARAMETERS;
FORCEINLINE VOID
WDF_REQUEST_PARAMETERS_INIT(PWDF_REQUEST_PARAMETERS Parameters) {
  RtlZeroMemory(Parameters, sizeof(WDF_REQUEST_PARAMETERS));
  Parameters->Size = sizeof(WDF_REQUEST_PARAMETERS);
}
/* the completion parameters of a USB request (wdfusb.h defines it) */
typedef struct _WDF_USB_REQUEST_COMPLETION_PARAMS
    *PWDF_USB_REQUEST_COMPLETION_PARAMS;
typedef struct _WDF_REQUEST_COMPLETION_PARAMS {
  ULONG Size;
  WDF_REQUEST_TYPE Type;
  IO_STATUS_BLOCK IoStatus;
  union {
    struct {
      WDFMEMORY Buffer;
      size_t Length;
      size_t Offset;
    } Write;
    struct {
      WDFMEMORY Buffer;
      size_t Length;
      size_t Offset;
    } Read;
    struct {
      ULONG IoControlCode;
      struct {
        WDFMEMORY Buffer;
        size_t Offset;
      } Input;
      struct {
        WDFMEMORY Buffer;
        size_t Offset;
        size_t Length;
      } Output;
    } Ioctl;
    struct {
      union {
        PVOID Ptr;
        ULONG_PTR Value;
      } Argument1, Argument2, Argument3, Argument4;
    } Others;
    struct {
      PWDF_USB_REQUEST_COMPLETION_PARAMS Completion;
    } Usb;
  } Parameters;
} WDF_REQUEST_COMPLETION_PARAMS, *PWDF_REQUEST_COMPLETION_PARAMS;
typedef struct _WDF_REQUEST_SEND_OPTIONS {
  ULONG Size;
  ULONG Flags;
  LONGLONG Timeout;
} WDF_REQUEST_SEND_OPTIONS, *PWDF_REQUEST_SEND_OPTIONS;
#define WDF_REQUEST_SEND_OPTION_TIMEOUT 0x00000001
#define WDF_REQUEST_SEND_OPTION_SYNCHRONOUS 0x00000002
#define WDF_REQUEST_SEND_OPTION_IGNORE_TARGET_STATE 0x00000004
#define WDF_REQUEST_SEND_OPTION_SEND_AND_FORGET 0x00000008
FORCEINLINE VOID
WDF_REQUEST_SEND_OPTIONS_INIT(PWDF_REQUEST_SEND_OPTIONS Options, ULONG Flags) {
  RtlZeroMemory(Options, sizeof(WDF_REQUEST_SEND_OPTIONS));
  Options->Size = sizeof(WDF_REQUEST_SEND_OPTIONS);
  Options->Flags = Flags;
}

typedef VOID EVT_WDF_REQUEST_CANCEL(WDFREQUEST Request);
typedef EVT_WDF_REQUEST_CANCEL *PFN_WDF_REQUEST_CANCEL;
typedef VOID
EVT_WDF_REQUEST_COMPLETION_ROUTINE(WDFREQUEST Request, WDFIOTARGET Target,
                                   PWDF_REQUEST_COMPLETION_PARAMS Params,
                                   WDFCONTEXT Context);
typedef EVT_WDF_REQUEST_COMPLETION_ROUTINE *PFN_WDF_REQUEST_COMPLETION_ROUTINE;

_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfRequestComplete(WDFREQUEST Request, NTSTATUS Status);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfRequestCompleteWithInformation(WDFREQUEST Request, NTSTATUS Status,
                                      ULONG_PTR Information);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfRequestCompleteWithPriorityBoost(WDFREQUEST Request, NTSTATUS Status,
                                        CCHAR PriorityBoost);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfRequestSetInformation(WDFREQUEST Request, ULONG_PTR Information);
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG_PTR
    WdfRequestGetInformation(WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    WdfRequestGetStatus(WDFREQUEST Request);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestRetrieveInputBuffer(WDFREQUEST Request,
                                       size_t MinimumRequiredLength,
                                       PVOID *Buffer, size_t *Length);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestRetrieveOutputBuffer(WDFREQUEST Request,
                                        size_t MinimumRequiredSize,
                                        PVOID *Buffer, size_t *Length);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestRetrieveInputMemory(WDFREQUEST Request, WDFMEMORY *Memory);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestRetrieveOutputMemory(WDFREQUEST Request, WDFMEMORY *Memory);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestRetrieveInputWdmMdl(WDFREQUEST Request, PMDL *Mdl);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestRetrieveOutputWdmMdl(WDFREQUEST Request, PMDL *Mdl);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRequestRetrieveUnsafeUserInputBuffer(WDFREQUEST Request,
                                                 size_t MinimumRequiredLength,
                                                 PVOID *InputBuffer,
                                                 size_t *Length);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRequestRetrieveUnsafeUserOutputBuffer(WDFREQUEST Request,
                                                  size_t MinimumRequiredLength,
                                                  PVOID *OutputBuffer,
                                                  size_t *Length);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRequestProbeAndLockUserBufferForRead(WDFREQUEST Request,
                                                 PVOID Buffer, size_t Length,
                                                 WDFMEMORY *MemoryObject);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRequestProbeAndLockUserBufferForWrite(WDFREQUEST Request,
                                                  PVOID Buffer, size_t Length,
                                                  WDFMEMORY *MemoryObject);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfRequestMarkCancelable(WDFREQUEST Request,
                             PFN_WDF_REQUEST_CANCEL EvtRequestCancel);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestMarkCancelableEx(WDFREQUEST Request,
                                    PFN_WDF_REQUEST_CANCEL EvtRequestCancel);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestUnmarkCancelable(WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    WdfRequestIsCanceled(WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    WdfRequestCancelSentRequest(WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfRequestStopAcknowledge(WDFREQUEST Request, BOOLEAN Requeue);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestForwardToIoQueue(WDFREQUEST Request,
                                    WDFQUEUE DestinationQueue);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestRequeue(WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfRequestGetParameters(WDFREQUEST Request,
                            PWDF_REQUEST_PARAMETERS Parameters);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfRequestGetCompletionParams(WDFREQUEST Request,
                                  PWDF_REQUEST_COMPLETION_PARAMS Params);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFFILEOBJECT
    WdfRequestGetFileObject(WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL) KPROCESSOR_MODE
    WdfRequestGetRequestorMode(WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL) PIRP
    WdfRequestWdmGetIrp(WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFQUEUE
    WdfRequestGetIoQueue(WDFREQUEST Request);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestCreate(PWDF_OBJECT_ATTRIBUTES RequestAttributes,
                          WDFIOTARGET IoTarget, WDFREQUEST *Request);
/* Reusing a request the driver created (WdfRequestCreate): it returns to
 * the state it had then, with Status as its completion status. */
typedef enum _WDF_REQUEST_REUSE_FLAGS {
  WDF_REQUEST_REUSE_NO_FLAGS = 0x00000000,
  WDF_REQUEST_REUSE_SET_NEW_IRP = 0x00000001
} WDF_REQUEST_REUSE_FLAGS;
typedef struct _WDF_REQUEST_REUSE_PARAMS {
  ULONG Size;
  ULONG Flags;
  NTSTATUS Status;
  PIRP NewIrp;
} WDF_REQUEST_REUSE_PARAMS, *PWDF_REQUEST_REUSE_PARAMS;
FORCEINLINE VOID WDF_REQUEST_REUSE_PARAMS_INIT(PWDF_REQUEST_REUSE_PARAMS Params,
                                               ULONG Flags, NTSTATUS Status) {
  RtlZeroMemory(Params, sizeof(WDF_REQUEST_REUSE_PARAMS));
  Params->Size = sizeof(WDF_REQUEST_REUSE_PARAMS);
  Params->Flags = Flags;
  Params->Status = Status;
}
FORCEINLINE VOID WDF_REQUEST_REUSE_PARAMS_SET_NEW_IRP(
    PWDF_REQUEST_REUSE_PARAMS Params, PIRP NewIrp) {
  Params->Flags |= WDF_REQUEST_REUSE_SET_NEW_IRP;
  Params->NewIrp = NewIrp;
}
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfRequestReuse(WDFREQUEST Request, PWDF_REQUEST_REUSE_PARAMS ReuseParams);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    WdfRequestSend(WDFREQUEST Request, WDFIOTARGET Target,
                   PWDF_REQUEST_SEND_OPTIONS Options);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfRequestSetCompletionRoutine(
    WDFREQUEST Request, PFN_WDF_REQUEST_COMPLETION_ROUTINE CompletionRoutine,
    WDFCONTEXT CompletionContext);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfRequestFormatRequestUsingCurrentType(WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    WdfRequestIsFrom32BitProcess(WDFREQUEST Request);

/* Sending a request with a time-out: the flag, and the time (negative:
 * relative, in 100-nanosecond units; see WDF_REL_TIMEOUT_IN_MS). */
FORCEINLINE VOID WDF_REQUEST_SEND_OPTIONS_SET_TIMEOUT(
    PWDF_REQUEST_SEND_OPTIONS Options, LONGLONG Timeout) {
  Options->Flags |= WDF_REQUEST_SEND_OPTION_TIMEOUT;
  Options->Timeout = Timeout;
}

/* Forwarding a request to the parent device's queue (a PDO of a bus
 * driver); the default is send-and-forget. */
typedef enum _WDF_REQUEST_FORWARD_OPTIONS_FLAGS {
  WDF_REQUEST_FORWARD_OPTION_SEND_AND_FORGET = 0x00000001
} WDF_REQUEST_FORWARD_OPTIONS_FLAGS;
typedef struct _WDF_REQUEST_FORWARD_OPTIONS {
  ULONG Size;
  ULONG Flags;
} WDF_REQUEST_FORWARD_OPTIONS, *PWDF_REQUEST_FORWARD_OPTIONS;
FORCEINLINE VOID
WDF_REQUEST_FORWARD_OPTIONS_INIT(PWDF_REQUEST_FORWARD_OPTIONS ForwardOptions) {
  RtlZeroMemory(ForwardOptions, sizeof(WDF_REQUEST_FORWARD_OPTIONS));
  ForwardOptions->Size = sizeof(WDF_REQUEST_FORWARD_OPTIONS);
  ForwardOptions->Flags = WDF_REQUEST_FORWARD_OPTION_SEND_AND_FORGET;
}
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfRequestForwardToParentDeviceIoQueue(
    WDFREQUEST Request, WDFQUEUE ParentDeviceQueue,
    PWDF_REQUEST_FORWARD_OPTIONS ForwardOptions);

/* a timer the framework keeps for the request's send time-out */
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfRequestAllocateTimer(WDFREQUEST Request);
/* the next stack location of the request's IRP, copied from the caller's */
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfRequestWdmFormatUsingStackLocation(WDFREQUEST Request,
                                          PIO_STACK_LOCATION Stack);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfRequestCreateFromIrp(PWDF_OBJECT_ATTRIBUTES RequestAttributes, PIRP Irp,
                        BOOLEAN RequestFreesIrp, WDFREQUEST *Request);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfRequestChangeTarget(WDFREQUEST Request, WDFIOTARGET IoTarget);
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG
    WdfRequestGetRequestorProcessId(WDFREQUEST Request);

/* ---- queues ---- */
typedef enum _WDF_IO_QUEUE_DISPATCH_TYPE {
  WdfIoQueueDispatchInvalid = 0,
  WdfIoQueueDispatchSequential,
  WdfIoQueueDispatchParallel,
  WdfIoQueueDispatchManual,
  WdfIoQueueDispatchMax
} WDF_IO_QUEUE_DISPATCH_TYPE;
typedef enum _WDF_IO_QUEUE_STATE {
  WdfIoQueueAcceptRequests = 0x01,
  WdfIoQueueDispatchRequests = 0x02,
  WdfIoQueueNoRequests = 0x04,
  WdfIoQueueDriverNoRequests = 0x08,
  WdfIoQueuePnpHeld = 0x10
} WDF_IO_QUEUE_STATE;
#define WDF_IO_QUEUE_IDLE(_state)                                              \
  ((((_state) & WdfIoQueueNoRequests) != 0) &&                                 \
   (((_state) & WdfIoQueueDriverNoRequests) != 0))
#define WDF_IO_QUEUE_READY(_state)                                             \
  ((((_state) & WdfIoQueueDispatchRequests) != 0) &&                           \
   (((_state) & WdfIoQueueAcceptRequests) != 0))
#define WDF_IO_QUEUE_STOPPED(_state)                                           \
  ((((_state) & WdfIoQueueDispatchRequests) == 0) &&                           \
   (((_state) & WdfIoQueueAcceptRequests) != 0) &&                             \
   (((_state) & WdfIoQueueDriverNoRequests) != 0))
#define WDF_IO_QUEUE_PURGED(_state)                                            \
  ((((_state) & WdfIoQueueAcceptRequests) == 0) &&                             \
   (((_state) & WdfIoQueueNoRequests) != 0) &&                                 \
   (((_state) & WdfIoQueueDriverNoRequests) != 0))
/* EvtIoStop's ActionFlags */
typedef enum _WDF_REQUEST_STOP_ACTION_FLAGS {
  WdfRequestStopActionInvalid = 0,
  WdfRequestStopActionSuspend = 0x01,
  WdfRequestStopActionPurge = 0x2,
  WdfRequestStopRequestCancelable = 0x10000000
} WDF_REQUEST_STOP_ACTION_FLAGS;

typedef VOID EVT_WDF_IO_QUEUE_IO_DEFAULT(WDFQUEUE Queue, WDFREQUEST Request);
typedef EVT_WDF_IO_QUEUE_IO_DEFAULT *PFN_WDF_IO_QUEUE_IO_DEFAULT;
typedef VOID EVT_WDF_IO_QUEUE_IO_READ(WDFQUEUE Queue, WDFREQUEST Request,
                                      size_t Length);
typedef EVT_WDF_IO_QUEUE_IO_READ *PFN_WDF_IO_QUEUE_IO_READ;
typedef VOID EVT_WDF_IO_QUEUE_IO_WRITE(WDFQUEUE Queue, WDFREQUEST Request,
                                       size_t Length);
typedef EVT_WDF_IO_QUEUE_IO_WRITE *PFN_WDF_IO_QUEUE_IO_WRITE;
typedef VOID EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL(WDFQUEUE Queue,
                                                WDFREQUEST Request,
                                                size_t OutputBufferLength,
                                                size_t InputBufferLength,
                                                ULONG IoControlCode);
typedef EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL *PFN_WDF_IO_QUEUE_IO_DEVICE_CONTROL;
typedef VOID EVT_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL(
    WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
    size_t InputBufferLength, ULONG IoControlCode);
typedef EVT_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL
    *PFN_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL;
typedef VOID EVT_WDF_IO_QUEUE_IO_STOP(WDFQUEUE Queue, WDFREQUEST Request,
                                      ULONG ActionFlags);
typedef EVT_WDF_IO_QUEUE_IO_STOP *PFN_WDF_IO_QUEUE_IO_STOP;
typedef VOID EVT_WDF_IO_QUEUE_IO_RESUME(WDFQUEUE Queue, WDFREQUEST Request);
typedef EVT_WDF_IO_QUEUE_IO_RESUME *PFN_WDF_IO_QUEUE_IO_RESUME;
typedef VOID EVT_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE(WDFQUEUE Queue,
                                                   WDFREQUEST Request);
typedef EVT_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE
    *PFN_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE;
typedef VOID EVT_WDF_IO_QUEUE_STATE(WDFQUEUE Queue, WDFCONTEXT Context);
typedef EVT_WDF_IO_QUEUE_STATE *PFN_WDF_IO_QUEUE_STATE;

typedef struct _WDF_IO_QUEUE_CONFIG {
  ULONG Size;
  WDF_IO_QUEUE_DISPATCH_TYPE DispatchType;
  WDF_TRI_STATE PowerManaged;
  BOOLEAN AllowZeroLengthRequests;
  BOOLEAN DefaultQueue;
  PFN_WDF_IO_QUEUE_IO_DEFAULT EvtIoDefault;
  PFN_WDF_IO_QUEUE_IO_READ EvtIoRead;
  PFN_WDF_IO_QUEUE_IO_WRITE EvtIoWrite;
  PFN_WDF_IO_QUEUE_IO_DEVICE_CONTROL EvtIoDeviceControl;
  PFN_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL EvtIoInternalDeviceControl;
  PFN_WDF_IO_QUEUE_IO_STOP EvtIoStop;
  PFN_WDF_IO_QUEUE_IO_RESUME EvtIoResume;
  PFN_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE EvtIoCanceledOnQueue;
  union {
    struct {
      ULONG NumberOfPresentedRequests;
    } Parallel;
  } Settings;
  WDFDRIVER Driver;
} WDF_IO_QUEUE_CONFIG, *PWDF_IO_QUEUE_CONFIG;
FORCEINLINE VOID WDF_IO_QUEUE_CONFIG_INIT(
    PWDF_IO_QUEUE_CONFIG Config, WDF_IO_QUEUE_DISPATCH_TYPE DispatchType) {
  RtlZeroMemory(Config, sizeof(WDF_IO_QUEUE_CONFIG));
  Config->Size = sizeof(WDF_IO_QUEUE_CONFIG);
  Config->PowerManaged = WdfUseDefault;
  Config->DispatchType = DispatchType;
  if (Config->DispatchType == WdfIoQueueDispatchParallel)
    Config->Settings.Parallel.NumberOfPresentedRequests = (ULONG)-1;
}
FORCEINLINE VOID WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(
    PWDF_IO_QUEUE_CONFIG Config, WDF_IO_QUEUE_DISPATCH_TYPE DispatchType) {
  WDF_IO_QUEUE_CONFIG_INIT(Config, DispatchType);
  Config->DefaultQueue = TRUE;
}

_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoQueueCreate(WDFDEVICE Device, PWDF_IO_QUEUE_CONFIG Config,
                          PWDF_OBJECT_ATTRIBUTES QueueAttributes,
                          WDFQUEUE *Queue);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFDEVICE
    WdfIoQueueGetDevice(WDFQUEUE Queue);
_IRQL_requires_max_(DISPATCH_LEVEL) WDF_IO_QUEUE_STATE
    WdfIoQueueGetState(WDFQUEUE Queue, PULONG QueueRequests,
                       PULONG DriverRequests);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoQueueRetrieveNextRequest(WDFQUEUE Queue, WDFREQUEST *OutRequest);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoQueueRetrieveRequestByFileObject(WDFQUEUE Queue,
                                               WDFFILEOBJECT FileObject,
                                               WDFREQUEST *OutRequest);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoQueueFindRequest(WDFQUEUE Queue, WDFREQUEST FoundRequest,
                               WDFFILEOBJECT FileObject,
                               PWDF_REQUEST_PARAMETERS Parameters,
                               WDFREQUEST *OutRequest);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoQueueRetrieveFoundRequest(WDFQUEUE Queue, WDFREQUEST FoundRequest,
                                        WDFREQUEST *OutRequest);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfIoQueueStart(WDFQUEUE Queue);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfIoQueueStop(WDFQUEUE Queue, PFN_WDF_IO_QUEUE_STATE StopComplete,
                   WDFCONTEXT Context);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    WdfIoQueueStopSynchronously(WDFQUEUE Queue);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfIoQueueStopAndPurge(WDFQUEUE Queue,
                           PFN_WDF_IO_QUEUE_STATE StopAndPurgeComplete,
                           WDFCONTEXT Context);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    WdfIoQueueStopAndPurgeSynchronously(WDFQUEUE Queue);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfIoQueuePurge(WDFQUEUE Queue, PFN_WDF_IO_QUEUE_STATE PurgeComplete,
                    WDFCONTEXT Context);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    WdfIoQueuePurgeSynchronously(WDFQUEUE Queue);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfIoQueueDrain(WDFQUEUE Queue, PFN_WDF_IO_QUEUE_STATE DrainComplete,
                    WDFCONTEXT Context);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    WdfIoQueueDrainSynchronously(WDFQUEUE Queue);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoQueueReadyNotify(WDFQUEUE Queue,
                               PFN_WDF_IO_QUEUE_STATE QueueReady,
                               WDFCONTEXT Context);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDeviceConfigureRequestDispatching(WDFDEVICE Device, WDFQUEUE Queue,
                                              WDF_REQUEST_TYPE RequestType);

/* a queue that accepts no requests and has none left (purged or drained) */
#define WDF_IO_QUEUE_DRAINED(_state)                                           \
  ((((_state) & WdfIoQueueAcceptRequests) == 0) &&                             \
   (((_state) & WdfIoQueueNoRequests) != 0) &&                                 \
   (((_state) & WdfIoQueueDriverNoRequests) != 0))

/* ---- guaranteed forward progress (KMDF 1.9): requests the framework
 * reserves for low-memory situations ---- */
typedef enum _WDF_IO_FORWARD_PROGRESS_ACTION {
  WdfIoForwardProgressActionInvalid = 0x0,
  WdfIoForwardProgressActionFailRequest,
  WdfIoForwardProgressActionUseReservedRequest
} WDF_IO_FORWARD_PROGRESS_ACTION;
typedef enum _WDF_IO_FORWARD_PROGRESS_RESERVED_POLICY {
  WdfIoForwardProgressInvalidPolicy = 0x0,
  WdfIoForwardProgressReservedPolicyAlwaysUseReservedRequest,
  WdfIoForwardProgressReservedPolicyUseExamine,
  WdfIoForwardProgressReservedPolicyPagingIO
} WDF_IO_FORWARD_PROGRESS_RESERVED_POLICY;
typedef _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
WDF_IO_FORWARD_PROGRESS_ACTION
EVT_WDF_IO_WDM_IRP_FOR_FORWARD_PROGRESS(WDFQUEUE Queue, PIRP Irp);
typedef EVT_WDF_IO_WDM_IRP_FOR_FORWARD_PROGRESS
    *PFN_WDF_IO_WDM_IRP_FOR_FORWARD_PROGRESS;
typedef _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
EVT_WDF_IO_ALLOCATE_RESOURCES_FOR_RESERVED_REQUEST(WDFQUEUE Queue,
                                                   WDFREQUEST Request);
typedef EVT_WDF_IO_ALLOCATE_RESOURCES_FOR_RESERVED_REQUEST
    *PFN_WDF_IO_ALLOCATE_RESOURCES_FOR_RESERVED_REQUEST;
typedef _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
EVT_WDF_IO_ALLOCATE_REQUEST_RESOURCES(WDFQUEUE Queue, WDFREQUEST Request);
typedef EVT_WDF_IO_ALLOCATE_REQUEST_RESOURCES
    *PFN_WDF_IO_ALLOCATE_REQUEST_RESOURCES;
typedef struct _WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY {
  ULONG Size;
  ULONG TotalForwardProgressRequests;
  WDF_IO_FORWARD_PROGRESS_RESERVED_POLICY ForwardProgressReservedPolicy;
  union {
    struct {
      PFN_WDF_IO_WDM_IRP_FOR_FORWARD_PROGRESS EvtIoWdmIrpForForwardProgress;
    } ExaminePolicy;
  } ForwardProgressReservePolicySettings;
  PFN_WDF_IO_ALLOCATE_RESOURCES_FOR_RESERVED_REQUEST
  EvtIoAllocateResourcesForReservedRequest;
  PFN_WDF_IO_ALLOCATE_REQUEST_RESOURCES EvtIoAllocateRequestResources;
} WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY, *PWDF_IO_QUEUE_FORWARD_PROGRESS_POLICY;
/* the reserved requests serve every request */
FORCEINLINE VOID WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY_DEFAULT_INIT(
    PWDF_IO_QUEUE_FORWARD_PROGRESS_POLICY Policy,
    ULONG TotalForwardProgressRequests) {
  RtlZeroMemory(Policy, sizeof(WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY));
  Policy->Size = sizeof(WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY);
  Policy->TotalForwardProgressRequests = TotalForwardProgressRequests;
  Policy->ForwardProgressReservedPolicy =
      WdfIoForwardProgressReservedPolicyAlwaysUseReservedRequest;
}
/* the driver's callback decides, IRP by IRP */
FORCEINLINE VOID WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY_EXAMINE_INIT(
    PWDF_IO_QUEUE_FORWARD_PROGRESS_POLICY Policy,
    ULONG TotalForwardProgressRequests,
    PFN_WDF_IO_WDM_IRP_FOR_FORWARD_PROGRESS EvtIoWdmIrpForForwardProgress) {
  RtlZeroMemory(Policy, sizeof(WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY));
  Policy->Size = sizeof(WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY);
  Policy->TotalForwardProgressRequests = TotalForwardProgressRequests;
  Policy->ForwardProgressReservedPolicy =
      WdfIoForwardProgressReservedPolicyUseExamine;
  Policy->ForwardProgressReservePolicySettings.ExaminePolicy
      .EvtIoWdmIrpForForwardProgress = EvtIoWdmIrpForForwardProgress;
}
/* only paging I/O gets the reserved requests */
FORCEINLINE VOID WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY_PAGINGIO_INIT(
    PWDF_IO_QUEUE_FORWARD_PROGRESS_POLICY Policy,
    ULONG TotalForwardProgressRequests) {
  RtlZeroMemory(Policy, sizeof(WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY));
  Policy->Size = sizeof(WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY);
  Policy->TotalForwardProgressRequests = TotalForwardProgressRequests;
  Policy->ForwardProgressReservedPolicy =
      WdfIoForwardProgressReservedPolicyPagingIO;
}
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfIoQueueAssignForwardProgressPolicy(
    WDFQUEUE Queue,
    PWDF_IO_QUEUE_FORWARD_PROGRESS_POLICY ForwardProgressPolicy);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    WdfRequestIsReserved(WDFREQUEST Request);

FORCEINLINE VOID
WDF_REQUEST_COMPLETION_PARAMS_INIT(PWDF_REQUEST_COMPLETION_PARAMS Params) {
  RtlZeroMemory(Params, sizeof(WDF_REQUEST_COMPLETION_PARAMS));
  Params->Size = sizeof(WDF_REQUEST_COMPLETION_PARAMS);
  Params->Type = WdfRequestTypeNoFormat;
}

#endif
