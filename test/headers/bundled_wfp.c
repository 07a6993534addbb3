// A WFP callout driver against the bundled fwpsk.h / fwpmk.h (and the
// socket address headers it uses: ws2ipdef.h, in6addr.h, ip2string.h): a
// stream callout that pends connections, clones and re-injects stream data,
// and a management session that adds a sublayer, a callout and a filter in
// one transaction. A missing or misdeclared name is a clang error, which
// fails the test; the IRQL bounds of the WFP routines are read from the
// declarations (registration and management at PASSIVE_LEVEL).
// RUN: not %irqlint %s -- %wdk_amd64 -DNDIS630 -DUNICODE | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 -DNDIS630 -DUNICODE | FileCheck %s %check_not

#include <ntddk.h>
#include <fwpsk.h>
#include <fwpmk.h>
#include <ws2ipdef.h>
#include <in6addr.h>
#include <ip2string.h>

DEFINE_GUID(SAMPLE_CALLOUT_V4, 0x11111111, 0x2222, 0x3333, 0x44, 0x44, 0x55,
            0x55, 0x55, 0x55, 0x55, 0x55);
DEFINE_GUID(SAMPLE_SUBLAYER, 0x66666666, 0x7777, 0x8888, 0x99, 0x99, 0xaa,
            0xaa, 0xaa, 0xaa, 0xaa, 0xaa);

typedef struct _FLOW_STATE {
  LIST_ENTRY Link;
  UINT64 FlowId;
  UINT16 LayerId;
  UINT32 CalloutId;
  HANDLE Completion;
  PNET_BUFFER_LIST Held;
  SIZE_T HeldBytes;
  SOCKADDR_INET Remote;
} FLOW_STATE, *PFLOW_STATE;

KSPIN_LOCK FlowLock;
LIST_ENTRY FlowList;
HANDLE InjectHandle;
HANDLE EngineHandle;
NDIS_HANDLE NblPool;
UINT32 StreamCalloutId;

static void NTAPI InjectDone(void *Context, PNET_BUFFER_LIST Nbl,
                             BOOLEAN DispatchLevel) {
  UNREFERENCED_PARAMETER(Context);
  FwpsDiscardClonedStreamData(Nbl, 0, DispatchLevel);
}

// The classifyFn of the stream callout: hold the data of inbound segments
// and let the rest through.
static void NTAPI StreamClassify(const FWPS_INCOMING_VALUES *Values,
                                 const FWPS_INCOMING_METADATA_VALUES *Meta,
                                 void *LayerData, const void *ClassifyContext,
                                 const FWPS_FILTER *Filter, UINT64 FlowContext,
                                 FWPS_CLASSIFY_OUT *Out) {
  FWPS_STREAM_CALLOUT_IO_PACKET *io = (FWPS_STREAM_CALLOUT_IO_PACKET *)LayerData;
  PFLOW_STATE flow = (PFLOW_STATE)(ULONG_PTR)FlowContext;
  KLOCK_QUEUE_HANDLE lockHandle;
  UINT32 remote = Values->incomingValue[FWPS_FIELD_STREAM_V4_IP_REMOTE_ADDRESS]
                      .value.uint32;
  UNREFERENCED_PARAMETER(ClassifyContext);
  if ((Out->rights & FWPS_RIGHT_ACTION_WRITE) == 0)
    return;
  if (!FWPS_IS_METADATA_FIELD_PRESENT(Meta, FWPS_METADATA_FIELD_FLOW_HANDLE) ||
      io == NULL || flow == NULL) {
    Out->actionType = FWP_ACTION_CONTINUE;
    return;
  }
  flow->Remote.Ipv4.sin_family = AF_INET;
  flow->Remote.Ipv4.sin_addr.s_addr = remote;
  if ((io->streamData->flags & FWPS_STREAM_FLAG_RECEIVE) == 0 ||
      io->streamData->dataLength == 0) {
    io->streamAction = FWPS_STREAM_ACTION_NONE;
    Out->actionType = FWP_ACTION_PERMIT;
    return;
  }
  KeAcquireInStackQueuedSpinLock(&FlowLock, &lockHandle);
  if (NT_SUCCESS(FwpsCloneStreamData(io->streamData, NblPool, NULL, 0,
                                     &flow->Held))) {
    flow->HeldBytes = io->streamData->dataLength;
    io->countBytesEnforced = 0;
    io->streamAction = FWPS_STREAM_ACTION_NONE;
    Out->actionType = FWP_ACTION_BLOCK;
    Out->flags |= FWPS_CLASSIFY_OUT_FLAG_ABSORB;
  } else {
    Out->actionType = FWP_ACTION_CONTINUE;
  }
  if (Filter->flags & FWPS_FILTER_FLAG_CLEAR_ACTION_RIGHT)
    Out->rights &= ~FWPS_RIGHT_ACTION_WRITE;
  KeReleaseInStackQueuedSpinLock(&lockHandle);
}

static NTSTATUS NTAPI StreamNotify(FWPS_CALLOUT_NOTIFY_TYPE Type,
                                   const GUID *FilterKey,
                                   const FWPS_FILTER *Filter) {
  UNREFERENCED_PARAMETER(FilterKey);
  UNREFERENCED_PARAMETER(Filter);
  return Type == FWPS_CALLOUT_NOTIFY_TYPE_MAX ? STATUS_INVALID_PARAMETER
                                              : STATUS_SUCCESS;
}

static void NTAPI StreamFlowDelete(UINT16 LayerId, UINT32 CalloutId,
                                   UINT64 FlowContext) {
  PFLOW_STATE flow = (PFLOW_STATE)(ULONG_PTR)FlowContext;
  KIRQL irql;
  UNREFERENCED_PARAMETER(LayerId);
  UNREFERENCED_PARAMETER(CalloutId);
  KeAcquireSpinLock(&FlowLock, &irql);
  RemoveEntryList(&flow->Link);
  KeReleaseSpinLock(&FlowLock, irql);
  ExFreePoolWithTag(flow, 'wolF');
}

// Give held stream data back to the stack, then let the stream go on.
NTSTATUS ReleaseFlow(PFLOW_STATE Flow) {
  NTSTATUS status = FwpsStreamInjectAsync(
      InjectHandle, NULL, 0, Flow->FlowId, Flow->CalloutId, Flow->LayerId,
      FWPS_STREAM_FLAG_RECEIVE, Flow->Held, Flow->HeldBytes, InjectDone, Flow);
  if (NT_SUCCESS(status))
    status = FwpsStreamContinue(Flow->FlowId, Flow->CalloutId, Flow->LayerId,
                                FWPS_STREAM_FLAG_RECEIVE);
  return status;
}

// An ALE connect classification pended until a worker decides.
void PendConnect(PFLOW_STATE Flow, const FWPS_INCOMING_METADATA_VALUES0 *Meta,
                 FWPS_CLASSIFY_OUT *Out) {
  if (NT_SUCCESS(FwpsPendOperation(Meta->completionHandle, &Flow->Completion)))
    Out->actionType = FWP_ACTION_BLOCK;
  else
    Out->actionType = FWP_ACTION_PERMIT;
}
void CompleteConnect(PFLOW_STATE Flow) {
  FwpsCompleteOperation(Flow->Completion, NULL);
}

NTSTATUS RegisterCallout(PDEVICE_OBJECT Device) {
  FWPS_CALLOUT callout = {0};
  callout.calloutKey = SAMPLE_CALLOUT_V4;
  callout.flags = FWP_CALLOUT_FLAG_CONDITIONAL_ON_FLOW;
  callout.classifyFn = StreamClassify;
  callout.notifyFn = StreamNotify;
  callout.flowDeleteFn = StreamFlowDelete;
  return FwpsCalloutRegister(Device, &callout, &StreamCalloutId);
}

// The management side: one transaction adds the sublayer, the callout and
// a filter on TCP port 80 of the stream layer.
NTSTATUS AddFilters(void) {
  FWPM_SESSION session = {0};
  FWPM_SUBLAYER subLayer = {0};
  FWPM_CALLOUT mCallout = {0};
  FWPM_FILTER filter = {0};
  FWPM_FILTER_CONDITION conditions[2];
  NTSTATUS status;

  session.flags = FWPM_SESSION_FLAG_DYNAMIC;
  status = FwpmEngineOpen(NULL, RPC_C_AUTHN_WINNT, NULL, &session,
                          &EngineHandle);
  if (!NT_SUCCESS(status))
    return status;
  status = FwpmTransactionBegin(EngineHandle, 0);
  if (!NT_SUCCESS(status))
    goto close;
  subLayer.subLayerKey = SAMPLE_SUBLAYER;
  subLayer.displayData.name = L"Sample sublayer";
  subLayer.weight = 0x100;
  status = FwpmSubLayerAdd(EngineHandle, &subLayer, NULL);
  if (!NT_SUCCESS(status))
    goto abort;
  mCallout.calloutKey = SAMPLE_CALLOUT_V4;
  mCallout.applicableLayer = FWPM_LAYER_STREAM_V4;
  status = FwpmCalloutAdd(EngineHandle, &mCallout, NULL, NULL);
  if (!NT_SUCCESS(status))
    goto abort;
  conditions[0].fieldKey = FWPM_CONDITION_IP_REMOTE_PORT;
  conditions[0].matchType = FWP_MATCH_EQUAL;
  conditions[0].conditionValue.type = FWP_UINT16;
  conditions[0].conditionValue.uint16 = 80;
  conditions[1].fieldKey = FWPM_CONDITION_DIRECTION;
  conditions[1].matchType = FWP_MATCH_EQUAL;
  conditions[1].conditionValue.type = FWP_UINT32;
  conditions[1].conditionValue.uint32 = FWP_DIRECTION_INBOUND;
  filter.layerKey = FWPM_LAYER_STREAM_V4;
  filter.subLayerKey = SAMPLE_SUBLAYER;
  filter.weight.type = FWP_EMPTY;
  filter.action.type = FWP_ACTION_CALLOUT_TERMINATING;
  filter.action.calloutKey = SAMPLE_CALLOUT_V4;
  filter.filterCondition = conditions;
  filter.numFilterConditions = 2;
  status = FwpmFilterAdd(EngineHandle, &filter, NULL, NULL);
  if (!NT_SUCCESS(status))
    goto abort;
  return FwpmTransactionCommit(EngineHandle);
abort:
  FwpmTransactionAbort(EngineHandle);
close:
  FwpmEngineClose(EngineHandle);
  return status;
}

// A connect-redirect classification: the writable connect request gets a
// new remote address unless this driver redirected the connection already.
HANDLE RedirectHandle;
void RedirectConnect(const FWPS_INCOMING_METADATA_VALUES *Meta,
                     UINT64 ClassifyHandle, UINT64 FilterId,
                     FWPS_CLASSIFY_OUT *Out) {
  FWPS_CONNECT_REQUEST *request;
  if (FwpsQueryConnectionRedirectState(Meta->redirectRecords, RedirectHandle,
                                       NULL) ==
      FWPS_CONNECTION_REDIRECTED_BY_SELF)
    return;
  if (!NT_SUCCESS(FwpsAcquireWritableLayerDataPointer(
          ClassifyHandle, FilterId, 0, (PVOID *)&request, Out)))
    return;
  ((SOCKADDR_IN *)&request->remoteAddressAndPort)->sin_port = 0x5000;
  request->localRedirectHandle = RedirectHandle;
  FwpsApplyModifiedLayerData(ClassifyHandle, request, 0);
}

// The port a released endpoint held, at the resource-release layers.
UINT16 ReleasedPort(const FWPS_INCOMING_VALUES *Values, BOOLEAN V6) {
  return Values
      ->incomingValue[V6 ? FWPS_FIELD_ALE_RESOURCE_RELEASE_V6_IP_LOCAL_PORT
                         : FWPS_FIELD_ALE_RESOURCE_RELEASE_V4_IP_LOCAL_PORT]
      .value.uint16;
}

// Mark a cloned net buffer list before it is injected, when the running
// NDIS is new enough.
void MarkClone(PNET_BUFFER_LIST Nbl, ULONG Flag) {
  if (NdisGetVersion() >= NDIS_RUNTIME_VERSION_630 &&
      !NdisTestNblFlag(Nbl, Flag))
    NdisSetNblFlag(Nbl, Flag);
}

// Text forms of the flow's addresses for a debug print.
void PrintRemote(const IN6_ADDR *Address6, const IN_ADDR *Address4) {
  WCHAR text[INET6_ADDRSTRLEN];
  RtlIpv6AddressToString(Address6, text);
  RtlIpv4AddressToString(Address4, text);
}

// Misuse: the flow list's spin lock is still held when the driver unloads
// its callout and closes its injection handle -- both PASSIVE_LEVEL only.
void Unload(void) {
  KIRQL irql;
  KeAcquireSpinLock(&FlowLock, &irql);
  FwpsCalloutUnregisterById(StreamCalloutId);
  // CHECK: :[[@LINE-1]]:3: warning: FwpsCalloutUnregisterById0 requires IRQL <= PASSIVE_LEVEL (by its annotations), but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'FlowLock' acquired here by KeAcquireSpinLock, raising the IRQL to DISPATCH_LEVEL
  FwpsInjectionHandleDestroy(InjectHandle);
  // CHECK: :[[@LINE-1]]:3: warning: FwpsInjectionHandleDestroy0 requires IRQL <= PASSIVE_LEVEL (by its annotations), but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-6]]:3: note: 'FlowLock' acquired here by KeAcquireSpinLock, raising the IRQL to DISPATCH_LEVEL
  KeReleaseSpinLock(&FlowLock, irql);
}
