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
NTSTATUS WdfMemoryCreate(PWDF_OBJECT_ATTRIBUTES Attributes, POOL_TYPE PoolType,
                         ULONG PoolTag, size_t BufferSize, WDFMEMORY *Memory,
                         PVOID *Buffer);
NTSTATUS WdfMemoryCreatePreallocated(PWDF_OBJECT_ATTRIBUTES Attributes,
                                     PVOID Buffer, size_t BufferSize,
                                     WDFMEMORY *Memory);
PVOID WdfMemoryGetBuffer(WDFMEMORY Memory, size_t *BufferSize);
NTSTATUS WdfMemoryAssignBuffer(WDFMEMORY Memory, PVOID Buffer,
                               size_t BufferSize);
NTSTATUS WdfMemoryCopyToBuffer(WDFMEMORY SourceMemory, size_t SourceOffset,
                               PVOID Buffer, size_t NumBytesToCopyTo);
NTSTATUS WdfMemoryCopyFromBuffer(WDFMEMORY DestinationMemory,
                                 size_t DestinationOffset, PVOID Buffer,
                                 size_t NumBytesToCopyFrom);
NTSTATUS WdfLookasideListCreate(PWDF_OBJECT_ATTRIBUTES LookasideAttributes,
                                size_t BufferSize, POOL_TYPE PoolType,
                                PWDF_OBJECT_ATTRIBUTES MemoryAttributes,
                                ULONG PoolTag, WDFLOOKASIDE *Lookaside);
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

VOID WdfRequestComplete(WDFREQUEST Request, NTSTATUS Status);
VOID WdfRequestCompleteWithInformation(WDFREQUEST Request, NTSTATUS Status,
                                       ULONG_PTR Information);
VOID WdfRequestCompleteWithPriorityBoost(WDFREQUEST Request, NTSTATUS Status,
                                         CCHAR PriorityBoost);
VOID WdfRequestSetInformation(WDFREQUEST Request, ULONG_PTR Information);
ULONG_PTR WdfRequestGetInformation(WDFREQUEST Request);
NTSTATUS WdfRequestGetStatus(WDFREQUEST Request);
NTSTATUS WdfRequestRetrieveInputBuffer(WDFREQUEST Request,
                                       size_t MinimumRequiredLength,
                                       PVOID *Buffer, size_t *Length);
NTSTATUS WdfRequestRetrieveOutputBuffer(WDFREQUEST Request,
                                        size_t MinimumRequiredSize,
                                        PVOID *Buffer, size_t *Length);
NTSTATUS WdfRequestRetrieveInputMemory(WDFREQUEST Request, WDFMEMORY *Memory);
NTSTATUS WdfRequestRetrieveOutputMemory(WDFREQUEST Request, WDFMEMORY *Memory);
NTSTATUS WdfRequestRetrieveInputWdmMdl(WDFREQUEST Request, PMDL *Mdl);
NTSTATUS WdfRequestRetrieveOutputWdmMdl(WDFREQUEST Request, PMDL *Mdl);
NTSTATUS WdfRequestRetrieveUnsafeUserInputBuffer(WDFREQUEST Request,
                                                 size_t MinimumRequiredLength,
                                                 PVOID *InputBuffer,
                                                 size_t *Length);
NTSTATUS WdfRequestRetrieveUnsafeUserOutputBuffer(WDFREQUEST Request,
                                                  size_t MinimumRequiredLength,
                                                  PVOID *OutputBuffer,
                                                  size_t *Length);
NTSTATUS WdfRequestProbeAndLockUserBufferForRead(WDFREQUEST Request,
                                                 PVOID Buffer, size_t Length,
                                                 WDFMEMORY *MemoryObject);
NTSTATUS WdfRequestProbeAndLockUserBufferForWrite(WDFREQUEST Request,
                                                  PVOID Buffer, size_t Length,
                                                  WDFMEMORY *MemoryObject);
VOID WdfRequestMarkCancelable(WDFREQUEST Request,
                              PFN_WDF_REQUEST_CANCEL EvtRequestCancel);
NTSTATUS WdfRequestMarkCancelableEx(WDFREQUEST Request,
                                    PFN_WDF_REQUEST_CANCEL EvtRequestCancel);
NTSTATUS WdfRequestUnmarkCancelable(WDFREQUEST Request);
BOOLEAN WdfRequestIsCanceled(WDFREQUEST Request);
BOOLEAN WdfRequestCancelSentRequest(WDFREQUEST Request);
VOID WdfRequestStopAcknowledge(WDFREQUEST Request, BOOLEAN Requeue);
NTSTATUS WdfRequestForwardToIoQueue(WDFREQUEST Request,
                                    WDFQUEUE DestinationQueue);
NTSTATUS WdfRequestRequeue(WDFREQUEST Request);
VOID WdfRequestGetParameters(WDFREQUEST Request,
                             PWDF_REQUEST_PARAMETERS Parameters);
VOID WdfRequestGetCompletionParams(WDFREQUEST Request,
                                   PWDF_REQUEST_COMPLETION_PARAMS Params);
WDFFILEOBJECT WdfRequestGetFileObject(WDFREQUEST Request);
KPROCESSOR_MODE WdfRequestGetRequestorMode(WDFREQUEST Request);
PIRP WdfRequestWdmGetIrp(WDFREQUEST Request);
WDFQUEUE WdfRequestGetIoQueue(WDFREQUEST Request);
NTSTATUS WdfRequestCreate(PWDF_OBJECT_ATTRIBUTES RequestAttributes,
                          WDFIOTARGET IoTarget, WDFREQUEST *Request);
NTSTATUS WdfRequestReuse(WDFREQUEST Request, PVOID ReuseParams);
BOOLEAN WdfRequestSend(WDFREQUEST Request, WDFIOTARGET Target,
                       PWDF_REQUEST_SEND_OPTIONS Options);
VOID WdfRequestSetCompletionRoutine(
    WDFREQUEST Request, PFN_WDF_REQUEST_COMPLETION_ROUTINE CompletionRoutine,
    WDFCONTEXT CompletionContext);
VOID WdfRequestFormatRequestUsingCurrentType(WDFREQUEST Request);
BOOLEAN WdfRequestIsFrom32BitProcess(WDFREQUEST Request);

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
#define WdfRequestStopActionSuspend 0x01
#define WdfRequestStopActionPurge 0x2
#define WdfRequestStopRequestCancelable 0x10000000

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

NTSTATUS WdfIoQueueCreate(WDFDEVICE Device, PWDF_IO_QUEUE_CONFIG Config,
                          PWDF_OBJECT_ATTRIBUTES QueueAttributes,
                          WDFQUEUE *Queue);
WDFDEVICE WdfIoQueueGetDevice(WDFQUEUE Queue);
WDF_IO_QUEUE_STATE WdfIoQueueGetState(WDFQUEUE Queue, PULONG QueueRequests,
                                      PULONG DriverRequests);
NTSTATUS WdfIoQueueRetrieveNextRequest(WDFQUEUE Queue, WDFREQUEST *OutRequest);
NTSTATUS WdfIoQueueRetrieveRequestByFileObject(WDFQUEUE Queue,
                                               WDFFILEOBJECT FileObject,
                                               WDFREQUEST *OutRequest);
NTSTATUS WdfIoQueueFindRequest(WDFQUEUE Queue, WDFREQUEST FoundRequest,
                               WDFFILEOBJECT FileObject,
                               PWDF_REQUEST_PARAMETERS Parameters,
                               WDFREQUEST *OutRequest);
NTSTATUS WdfIoQueueRetrieveFoundRequest(WDFQUEUE Queue, WDFREQUEST FoundRequest,
                                        WDFREQUEST *OutRequest);
VOID WdfIoQueueStart(WDFQUEUE Queue);
VOID WdfIoQueueStop(WDFQUEUE Queue, PFN_WDF_IO_QUEUE_STATE StopComplete,
                    WDFCONTEXT Context);
VOID WdfIoQueueStopSynchronously(WDFQUEUE Queue);
VOID WdfIoQueueStopAndPurge(WDFQUEUE Queue,
                            PFN_WDF_IO_QUEUE_STATE StopAndPurgeComplete,
                            WDFCONTEXT Context);
VOID WdfIoQueueStopAndPurgeSynchronously(WDFQUEUE Queue);
VOID WdfIoQueuePurge(WDFQUEUE Queue, PFN_WDF_IO_QUEUE_STATE PurgeComplete,
                     WDFCONTEXT Context);
VOID WdfIoQueuePurgeSynchronously(WDFQUEUE Queue);
VOID WdfIoQueueDrain(WDFQUEUE Queue, PFN_WDF_IO_QUEUE_STATE DrainComplete,
                     WDFCONTEXT Context);
VOID WdfIoQueueDrainSynchronously(WDFQUEUE Queue);
NTSTATUS WdfIoQueueReadyNotify(WDFQUEUE Queue,
                               PFN_WDF_IO_QUEUE_STATE QueueReady,
                               WDFCONTEXT Context);
NTSTATUS WdfDeviceConfigureRequestDispatching(WDFDEVICE Device, WDFQUEUE Queue,
                                              WDF_REQUEST_TYPE RequestType);

#endif
