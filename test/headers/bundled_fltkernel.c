// A minifilter written against the bundled fltKernel.h as the filter
// manager's reference pages describe it: registration with context and
// operation tables, pre- and post-create callbacks, file name information,
// stream contexts, a communication port, a cancel-safe callback-data queue
// and a generic work item. A missing or misdeclared name is a clang error,
// which fails the test; the documented IRQL maxima are read from the
// declarations.
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <fltKernel.h>

#define TAG_SEEN 'nSeS'

typedef struct _SEEN_STREAM {
  ULONG Opens;
  BOOLEAN IsDirectory;
} SEEN_STREAM, *PSEEN_STREAM;

typedef struct _MONITOR {
  PFLT_FILTER Filter;
  PFLT_PORT ServerPort;
  PFLT_PORT ClientPort;
  KSPIN_LOCK StatsLock;
  ULONG Creates;
  EX_PUSH_LOCK PortLock;
  FLT_CALLBACK_DATA_QUEUE Pending;
  LIST_ENTRY PendingList;
  KSPIN_LOCK PendingLock;
} MONITOR;

static MONITOR Monitor;

static VOID FLTAPI SeenCleanup(PFLT_CONTEXT Context,
                               FLT_CONTEXT_TYPE ContextType) {
  UNREFERENCED_PARAMETER(Context);
  UNREFERENCED_PARAMETER(ContextType);
}

static FLT_PREOP_CALLBACK_STATUS FLTAPI PreCreate(
    PFLT_CALLBACK_DATA Data, PCFLT_RELATED_OBJECTS FltObjects,
    PVOID *CompletionContext) {
  PFLT_FILE_NAME_INFORMATION name = NULL;
  UNREFERENCED_PARAMETER(FltObjects);
  *CompletionContext = NULL;
  if (FlagOn(Data->Iopb->Parameters.Create.Options, FILE_OPEN_BY_FILE_ID) ||
      FLT_IS_FASTIO_OPERATION(Data))
    return FLT_PREOP_SUCCESS_NO_CALLBACK;
  if (NT_SUCCESS(FltGetFileNameInformation(
          Data, FLT_FILE_NAME_OPENED | FLT_FILE_NAME_QUERY_DEFAULT, &name))) {
    if (NT_SUCCESS(FltParseFileNameInformation(name)) &&
        name->Extension.Length == 0)
      *CompletionContext = (PVOID)1;
    FltReleaseFileNameInformation(name);
  }
  return FLT_PREOP_SUCCESS_WITH_CALLBACK;
}

static FLT_POSTOP_CALLBACK_STATUS FLTAPI
PostCreate(PFLT_CALLBACK_DATA Data, PCFLT_RELATED_OBJECTS FltObjects,
           PVOID CompletionContext, FLT_POST_OPERATION_FLAGS Flags) {
  PSEEN_STREAM seen = NULL;
  KIRQL irql;
  UNREFERENCED_PARAMETER(CompletionContext);
  if (FlagOn(Flags, FLTFL_POST_OPERATION_DRAINING) ||
      !NT_SUCCESS(Data->IoStatus.Status))
    return FLT_POSTOP_FINISHED_PROCESSING;
  if (!NT_SUCCESS(FltAllocateContext(FltObjects->Filter,
                                     FLT_STREAM_CONTEXT, sizeof(SEEN_STREAM),
                                     NonPagedPoolNx, (PFLT_CONTEXT *)&seen)))
    return FLT_POSTOP_FINISHED_PROCESSING;
  seen->Opens = 1;
  (VOID) FltIsDirectory(FltObjects->FileObject, FltObjects->Instance,
                        &seen->IsDirectory);
  (VOID) FltSetStreamContext(FltObjects->Instance, FltObjects->FileObject,
                             FLT_SET_CONTEXT_KEEP_IF_EXISTS, seen, NULL);
  KeAcquireSpinLock(&Monitor.StatsLock, &irql);
  Monitor.Creates++;
  FltReleaseContext(seen);
  KeReleaseSpinLock(&Monitor.StatsLock, irql);
  return FLT_POSTOP_FINISHED_PROCESSING;
}

static const FLT_CONTEXT_REGISTRATION Contexts[] = {
    {FLT_STREAM_CONTEXT, 0, SeenCleanup, sizeof(SEEN_STREAM), TAG_SEEN},
    {FLT_CONTEXT_END}};

static const FLT_OPERATION_REGISTRATION Operations[] = {
    {IRP_MJ_CREATE, 0, PreCreate, PostCreate},
    {IRP_MJ_ACQUIRE_FOR_SECTION_SYNCHRONIZATION,
     FLTFL_OPERATION_REGISTRATION_SKIP_PAGING_IO, NULL, NULL},
    {IRP_MJ_OPERATION_END}};

static NTSTATUS FLTAPI Unload(FLT_FILTER_UNLOAD_FLAGS Flags) {
  UNREFERENCED_PARAMETER(Flags);
  FltCloseCommunicationPort(Monitor.ServerPort);
  FltUnregisterFilter(Monitor.Filter);
  return STATUS_SUCCESS;
}

static NTSTATUS FLTAPI Setup(PCFLT_RELATED_OBJECTS FltObjects,
                             FLT_INSTANCE_SETUP_FLAGS Flags,
                             DEVICE_TYPE VolumeDeviceType,
                             FLT_FILESYSTEM_TYPE VolumeFilesystemType) {
  UNREFERENCED_PARAMETER(FltObjects);
  UNREFERENCED_PARAMETER(Flags);
  if (VolumeDeviceType == FILE_DEVICE_NETWORK_FILE_SYSTEM ||
      VolumeFilesystemType == FLT_FSTYPE_RAW)
    return STATUS_FLT_DO_NOT_ATTACH;
  return STATUS_SUCCESS;
}

static const FLT_REGISTRATION Registration = {
    sizeof(FLT_REGISTRATION), FLT_REGISTRATION_VERSION, 0, Contexts,
    Operations, Unload, Setup};

static NTSTATUS FLTAPI Connect(PFLT_PORT ClientPort, PVOID ServerPortCookie,
                               PVOID ConnectionContext, ULONG SizeOfContext,
                               PVOID *ConnectionCookie) {
  UNREFERENCED_PARAMETER(ServerPortCookie);
  UNREFERENCED_PARAMETER(ConnectionContext);
  UNREFERENCED_PARAMETER(SizeOfContext);
  Monitor.ClientPort = ClientPort;
  *ConnectionCookie = NULL;
  return STATUS_SUCCESS;
}

static VOID FLTAPI Disconnect(PVOID ConnectionCookie) {
  UNREFERENCED_PARAMETER(ConnectionCookie);
  FltCloseClientPort(Monitor.Filter, &Monitor.ClientPort);
}

// The queue's own lock is a spin lock: the filter manager calls Acquire and
// Release around its list operations.
static VOID FLTAPI QueueAcquire(PFLT_CALLBACK_DATA_QUEUE Cbdq, PKIRQL Irql) {
  UNREFERENCED_PARAMETER(Cbdq);
  KeAcquireSpinLock(&Monitor.PendingLock, Irql);
}
static VOID FLTAPI QueueRelease(PFLT_CALLBACK_DATA_QUEUE Cbdq, KIRQL Irql) {
  UNREFERENCED_PARAMETER(Cbdq);
  KeReleaseSpinLock(&Monitor.PendingLock, Irql);
}
static NTSTATUS FLTAPI QueueInsert(PFLT_CALLBACK_DATA_QUEUE Cbdq,
                                   PFLT_CALLBACK_DATA Cbd, PVOID Context) {
  UNREFERENCED_PARAMETER(Cbdq);
  UNREFERENCED_PARAMETER(Context);
  InsertTailList(&Monitor.PendingList, &Cbd->QueueLinks);
  return STATUS_SUCCESS;
}
static VOID FLTAPI QueueRemove(PFLT_CALLBACK_DATA_QUEUE Cbdq,
                               PFLT_CALLBACK_DATA Cbd) {
  UNREFERENCED_PARAMETER(Cbdq);
  RemoveEntryList(&Cbd->QueueLinks);
}
static PFLT_CALLBACK_DATA FLTAPI QueuePeek(PFLT_CALLBACK_DATA_QUEUE Cbdq,
                                           PFLT_CALLBACK_DATA Cbd,
                                           PVOID PeekContext) {
  PLIST_ENTRY next;
  UNREFERENCED_PARAMETER(Cbdq);
  UNREFERENCED_PARAMETER(PeekContext);
  next = Cbd ? Cbd->QueueLinks.Flink : Monitor.PendingList.Flink;
  if (next == &Monitor.PendingList)
    return NULL;
  return CONTAINING_RECORD(next, FLT_CALLBACK_DATA, QueueLinks);
}
static VOID FLTAPI QueueCanceled(PFLT_CALLBACK_DATA_QUEUE Cbdq,
                                 PFLT_CALLBACK_DATA Cbd) {
  UNREFERENCED_PARAMETER(Cbdq);
  Cbd->IoStatus.Status = STATUS_CANCELLED;
  FltCompletePendedPreOperation(Cbd, FLT_PREOP_COMPLETE, NULL);
}

static VOID FLTAPI Drain(PFLT_GENERIC_WORKITEM Item, PVOID FltObject,
                         PVOID Context) {
  PFLT_CALLBACK_DATA data;
  UNREFERENCED_PARAMETER(FltObject);
  UNREFERENCED_PARAMETER(Context);
  while ((data = FltCbdqRemoveNextIo(&Monitor.Pending, NULL)) != NULL)
    FltCompletePendedPreOperation(data, FLT_PREOP_SUCCESS_NO_CALLBACK, NULL);
  FltFreeGenericWorkItem(Item);
}

NTSTATUS StartQueue(PFLT_INSTANCE Instance) {
  PFLT_GENERIC_WORKITEM item;
  InitializeListHead(&Monitor.PendingList);
  KeInitializeSpinLock(&Monitor.PendingLock);
  NTSTATUS status =
      FltCbdqInitialize(Instance, &Monitor.Pending, QueueInsert, QueueRemove,
                        QueuePeek, QueueAcquire, QueueRelease, QueueCanceled);
  if (!NT_SUCCESS(status))
    return status;
  item = FltAllocateGenericWorkItem();
  if (item == NULL)
    return STATUS_INSUFFICIENT_RESOURCES;
  return FltQueueGenericWorkItem(item, Monitor.Filter, Drain,
                                 DelayedWorkQueue, NULL);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject,
                     PUNICODE_STRING RegistryPath) {
  PSECURITY_DESCRIPTOR sd;
  OBJECT_ATTRIBUTES oa;
  UNICODE_STRING portName = RTL_CONSTANT_STRING(L"\\MonitorPort");
  NTSTATUS status;
  UNREFERENCED_PARAMETER(RegistryPath);
  KeInitializeSpinLock(&Monitor.StatsLock);
  FltInitializePushLock(&Monitor.PortLock);
  status = FltRegisterFilter(DriverObject, &Registration, &Monitor.Filter);
  if (!NT_SUCCESS(status))
    return status;
  status = FltBuildDefaultSecurityDescriptor(&sd, FLT_PORT_ALL_ACCESS);
  if (NT_SUCCESS(status)) {
    InitializeObjectAttributes(&oa, &portName,
                               OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL,
                               sd);
    status = FltCreateCommunicationPort(Monitor.Filter, &Monitor.ServerPort,
                                        &oa, NULL, Connect, Disconnect, NULL, 1);
    FltFreeSecurityDescriptor(sd);
  }
  if (NT_SUCCESS(status))
    status = FltStartFiltering(Monitor.Filter);
  if (!NT_SUCCESS(status))
    FltUnregisterFilter(Monitor.Filter);
  return status;
}

// Reporting the count to user mode while the statistics lock is held:
// FltSendMessage waits for the reply, at APC_LEVEL at most.
VOID ReportCreates(VOID) {
  KIRQL irql;
  ULONG count;
  ULONG replyLength = 0;
  LARGE_INTEGER timeout;
  timeout.QuadPart = -10 * 1000 * 1000;
  KeAcquireSpinLock(&Monitor.StatsLock, &irql);
  count = Monitor.Creates;
  (VOID) FltSendMessage(Monitor.Filter, &Monitor.ClientPort, &count,
                        sizeof(count), NULL, &replyLength, &timeout);
  // CHECK: :[[@LINE-2]]:10: warning: FltSendMessage requires IRQL <= APC_LEVEL (by its annotations), but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-5]]:3: note: 'Monitor.StatsLock' acquired here by KeAcquireSpinLock, raising the IRQL to DISPATCH_LEVEL
  KeReleaseSpinLock(&Monitor.StatsLock, irql);
}

// A context looked up under the push lock, which one path forgets to
// release.
NTSTATUS CountOpen(PCFLT_RELATED_OBJECTS FltObjects) {
  PSEEN_STREAM seen;
  FltAcquirePushLockExclusive(&Monitor.PortLock);
  // CHECK: :[[@LINE-1]]:3: warning: push lock 'Monitor.PortLock' is acquired by FltAcquirePushLockExclusive{{(Ex)?}} but not released on every path out of 'CountOpen' [lock-not-released]
  if (!NT_SUCCESS(FltGetStreamContext(FltObjects->Instance,
                                      FltObjects->FileObject,
                                      (PFLT_CONTEXT *)&seen)))
    return STATUS_NOT_FOUND;
  // CHECK-NEXT: :[[@LINE-1]]:5: note: returns here with 'Monitor.PortLock' held
  seen->Opens++;
  FltReleaseContext(seen);
  FltReleasePushLock(&Monitor.PortLock);
  return STATUS_SUCCESS;
}
