/* irqlint's model of the remaining KMDF objects the drivers use: DPCs,
 * timers, work items (wdfdpc.h, wdftimer.h, wdfworkitem.h), DMA and common
 * buffers (wdfdmaenabler.h, wdfdmatransaction.h, wdfcommonbuffer.h), resource
 * lists (wdfresource.h), registry keys (wdfregistry.h), WMI (wdfwmi.h),
 * strings and collections, and the verifier's break-in (wdfverifier.h).
 * Written from the documentation -- not Microsoft's header. */
#ifndef IRQLINT_WDK_WDFMISC_H
#define IRQLINT_WDK_WDFMISC_H

/* ---- DPCs ---- */
typedef VOID EVT_WDF_DPC(WDFDPC Dpc);
typedef EVT_WDF_DPC *PFN_WDF_DPC;
typedef struct _WDF_DPC_CONFIG {
  ULONG Size;
  PFN_WDF_DPC EvtDpcFunc;
  PKDEFERRED_ROUTINE DriverWdmDpc;
  BOOLEAN AutomaticSerialization;
} WDF_DPC_CONFIG, *PWDF_DPC_CONFIG;
FORCEINLINE VOID WDF_DPC_CONFIG_INIT(PWDF_DPC_CONFIG Config,
                                     PFN_WDF_DPC EvtDpcFunc) {
  RtlZeroMemory(Config, sizeof(WDF_DPC_CONFIG));
  Config->Size = sizeof(WDF_DPC_CONFIG);
  Config->EvtDpcFunc = EvtDpcFunc;
  Config->AutomaticSerialization = TRUE;
}
NTSTATUS WdfDpcCreate(PWDF_DPC_CONFIG Config, PWDF_OBJECT_ATTRIBUTES Attributes,
                      WDFDPC *Dpc);
BOOLEAN WdfDpcEnqueue(WDFDPC Dpc);
BOOLEAN WdfDpcCancel(WDFDPC Dpc, BOOLEAN Wait);
WDFOBJECT WdfDpcGetParentObject(WDFDPC Dpc);
PKDPC WdfDpcWdmGetDpc(WDFDPC Dpc);

/* ---- timers and time-outs ---- */
typedef VOID EVT_WDF_TIMER(WDFTIMER Timer);
typedef EVT_WDF_TIMER *PFN_WDF_TIMER;
typedef struct _WDF_TIMER_CONFIG {
  ULONG Size;
  PFN_WDF_TIMER EvtTimerFunc;
  ULONG Period;
  BOOLEAN AutomaticSerialization;
  ULONG TolerableDelay;
  BOOLEAN UseHighResolutionTimer;
} WDF_TIMER_CONFIG, *PWDF_TIMER_CONFIG;
FORCEINLINE VOID WDF_TIMER_CONFIG_INIT(PWDF_TIMER_CONFIG Config,
                                       PFN_WDF_TIMER EvtTimerFunc) {
  RtlZeroMemory(Config, sizeof(WDF_TIMER_CONFIG));
  Config->Size = sizeof(WDF_TIMER_CONFIG);
  Config->EvtTimerFunc = EvtTimerFunc;
  Config->Period = 0;
  Config->AutomaticSerialization = TRUE;
  Config->TolerableDelay = 0;
}
FORCEINLINE VOID WDF_TIMER_CONFIG_INIT_PERIODIC(PWDF_TIMER_CONFIG Config,
                                                PFN_WDF_TIMER EvtTimerFunc,
                                                LONG Period) {
  RtlZeroMemory(Config, sizeof(WDF_TIMER_CONFIG));
  Config->Size = sizeof(WDF_TIMER_CONFIG);
  Config->EvtTimerFunc = EvtTimerFunc;
  Config->Period = (ULONG)Period;
  Config->AutomaticSerialization = TRUE;
  Config->TolerableDelay = 0;
}
#define TolerableDelayUnlimited ((ULONG) - 1)
NTSTATUS WdfTimerCreate(PWDF_TIMER_CONFIG Config,
                        PWDF_OBJECT_ATTRIBUTES Attributes, WDFTIMER *Timer);
BOOLEAN WdfTimerStart(WDFTIMER Timer, LONGLONG DueTime);
BOOLEAN WdfTimerStop(WDFTIMER Timer, BOOLEAN Wait);
WDFOBJECT WdfTimerGetParentObject(WDFTIMER Timer);
/* relative times are negative, in 100-nanosecond units */
#define WDF_TIMEOUT_TO_SEC ((LONGLONG)1 * 10 * 1000 * 1000)
#define WDF_TIMEOUT_TO_MS ((LONGLONG)1 * 10 * 1000)
#define WDF_TIMEOUT_TO_US ((LONGLONG)1 * 10)
FORCEINLINE LONGLONG WDF_REL_TIMEOUT_IN_SEC(ULONGLONG Time) {
  return (LONGLONG)Time * -1 * WDF_TIMEOUT_TO_SEC;
}
FORCEINLINE LONGLONG WDF_ABS_TIMEOUT_IN_SEC(ULONGLONG Time) {
  return (LONGLONG)Time * WDF_TIMEOUT_TO_SEC;
}
FORCEINLINE LONGLONG WDF_REL_TIMEOUT_IN_MS(ULONGLONG Time) {
  return (LONGLONG)Time * -1 * WDF_TIMEOUT_TO_MS;
}
FORCEINLINE LONGLONG WDF_ABS_TIMEOUT_IN_MS(ULONGLONG Time) {
  return (LONGLONG)Time * WDF_TIMEOUT_TO_MS;
}
FORCEINLINE LONGLONG WDF_REL_TIMEOUT_IN_US(ULONGLONG Time) {
  return (LONGLONG)Time * -1 * WDF_TIMEOUT_TO_US;
}
FORCEINLINE LONGLONG WDF_ABS_TIMEOUT_IN_US(ULONGLONG Time) {
  return (LONGLONG)Time * WDF_TIMEOUT_TO_US;
}

/* ---- work items ---- */
typedef VOID EVT_WDF_WORKITEM(WDFWORKITEM WorkItem);
typedef EVT_WDF_WORKITEM *PFN_WDF_WORKITEM;
typedef struct _WDF_WORKITEM_CONFIG {
  ULONG Size;
  PFN_WDF_WORKITEM EvtWorkItemFunc;
  BOOLEAN AutomaticSerialization;
} WDF_WORKITEM_CONFIG, *PWDF_WORKITEM_CONFIG;
FORCEINLINE VOID WDF_WORKITEM_CONFIG_INIT(PWDF_WORKITEM_CONFIG Config,
                                          PFN_WDF_WORKITEM EvtWorkItemFunc) {
  RtlZeroMemory(Config, sizeof(WDF_WORKITEM_CONFIG));
  Config->Size = sizeof(WDF_WORKITEM_CONFIG);
  Config->EvtWorkItemFunc = EvtWorkItemFunc;
  Config->AutomaticSerialization = TRUE;
}
NTSTATUS WdfWorkItemCreate(PWDF_WORKITEM_CONFIG Config,
                           PWDF_OBJECT_ATTRIBUTES Attributes,
                           WDFWORKITEM *WorkItem);
VOID WdfWorkItemEnqueue(WDFWORKITEM WorkItem);
WDFOBJECT WdfWorkItemGetParentObject(WDFWORKITEM WorkItem);
VOID WdfWorkItemFlush(WDFWORKITEM WorkItem);

/* ---- DMA ---- */
typedef enum _WDF_DMA_PROFILE {
  WdfDmaProfileInvalid = 0,
  WdfDmaProfilePacket,
  WdfDmaProfileScatterGather,
  WdfDmaProfilePacket64,
  WdfDmaProfileScatterGather64,
  WdfDmaProfileScatterGatherDuplex,
  WdfDmaProfileScatterGather64Duplex,
  WdfDmaProfileSystem,
  WdfDmaProfileSystemDuplex
} WDF_DMA_PROFILE;
typedef enum _WDF_DMA_DIRECTION {
  WdfDmaDirectionReadFromDevice = FALSE,
  WdfDmaDirectionWriteToDevice = TRUE
} WDF_DMA_DIRECTION;
typedef BOOLEAN EVT_WDF_DMA_ENABLER_FILL(WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_FILL *PFN_WDF_DMA_ENABLER_FILL;
typedef BOOLEAN EVT_WDF_DMA_ENABLER_FLUSH(WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_FLUSH *PFN_WDF_DMA_ENABLER_FLUSH;
typedef BOOLEAN EVT_WDF_DMA_ENABLER_ENABLE(WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_ENABLE *PFN_WDF_DMA_ENABLER_ENABLE;
typedef BOOLEAN EVT_WDF_DMA_ENABLER_DISABLE(WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_DISABLE *PFN_WDF_DMA_ENABLER_DISABLE;
typedef VOID EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_START(WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_START
    *PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_START;
typedef VOID EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP(WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP
    *PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP;
typedef struct _WDF_DMA_ENABLER_CONFIG {
  ULONG Size;
  WDF_DMA_PROFILE Profile;
  size_t MaximumLength;
  PFN_WDF_DMA_ENABLER_FILL EvtDmaEnablerFill;
  PFN_WDF_DMA_ENABLER_FLUSH EvtDmaEnablerFlush;
  PFN_WDF_DMA_ENABLER_DISABLE EvtDmaEnablerDisable;
  PFN_WDF_DMA_ENABLER_ENABLE EvtDmaEnablerEnable;
  PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_START EvtDmaEnablerSelfManagedIoStart;
  PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP EvtDmaEnablerSelfManagedIoStop;
  ULONG AddressWidthOverride;
  ULONG WdmDmaVersionOverride;
  ULONG Flags;
} WDF_DMA_ENABLER_CONFIG, *PWDF_DMA_ENABLER_CONFIG;
/* WDF_DMA_ENABLER_CONFIG.Flags */
typedef enum _WDF_DMA_ENABLER_CONFIG_FLAGS {
  WDF_DMA_ENABLER_CONFIG_NO_SGLIST_PREALLOCATION = 0x00000001,
  /* KMDF 1.19, DMA version 3 (WdmDmaVersionOverride) */
  WDF_DMA_ENABLER_CONFIG_REQUIRE_SINGLE_TRANSFER = 0x00000002
} WDF_DMA_ENABLER_CONFIG_FLAGS;
FORCEINLINE VOID WDF_DMA_ENABLER_CONFIG_INIT(PWDF_DMA_ENABLER_CONFIG Config,
                                             WDF_DMA_PROFILE Profile,
                                             size_t MaximumLength) {
  RtlZeroMemory(Config, sizeof(WDF_DMA_ENABLER_CONFIG));
  Config->Size = sizeof(WDF_DMA_ENABLER_CONFIG);
  Config->Profile = Profile;
  Config->MaximumLength = MaximumLength;
}
typedef BOOLEAN EVT_WDF_PROGRAM_DMA(WDFDMATRANSACTION Transaction,
                                    WDFDEVICE Device, WDFCONTEXT Context,
                                    WDF_DMA_DIRECTION Direction,
                                    PSCATTER_GATHER_LIST SgList);
typedef EVT_WDF_PROGRAM_DMA *PFN_WDF_PROGRAM_DMA;
NTSTATUS WdfDmaEnablerCreate(WDFDEVICE Device, PWDF_DMA_ENABLER_CONFIG Config,
                             PWDF_OBJECT_ATTRIBUTES Attributes,
                             WDFDMAENABLER *DmaEnablerHandle);
size_t WdfDmaEnablerGetMaximumLength(WDFDMAENABLER DmaEnabler);
size_t WdfDmaEnablerGetMaximumScatterGatherElements(WDFDMAENABLER DmaEnabler);
VOID WdfDmaEnablerSetMaximumScatterGatherElements(WDFDMAENABLER DmaEnabler,
                                                  size_t MaximumFragments);
size_t WdfDmaEnablerGetFragmentLength(WDFDMAENABLER DmaEnabler,
                                      WDF_DMA_DIRECTION DmaDirection);
PDMA_ADAPTER WdfDmaEnablerWdmGetDmaAdapter(WDFDMAENABLER DmaEnabler,
                                           WDF_DMA_DIRECTION DmaDirection);
NTSTATUS WdfDmaTransactionCreate(WDFDMAENABLER DmaEnabler,
                                 PWDF_OBJECT_ATTRIBUTES Attributes,
                                 WDFDMATRANSACTION *DmaTransaction);
NTSTATUS WdfDmaTransactionInitializeUsingRequest(
    WDFDMATRANSACTION DmaTransaction, WDFREQUEST Request,
    PFN_WDF_PROGRAM_DMA EvtProgramDmaFunction, WDF_DMA_DIRECTION DmaDirection);
NTSTATUS WdfDmaTransactionInitialize(WDFDMATRANSACTION DmaTransaction,
                                     PFN_WDF_PROGRAM_DMA EvtProgramDmaFunction,
                                     WDF_DMA_DIRECTION DmaDirection, PMDL Mdl,
                                     PVOID VirtualAddress, size_t Length);
NTSTATUS WdfDmaTransactionExecute(WDFDMATRANSACTION DmaTransaction,
                                  WDFCONTEXT Context);
BOOLEAN WdfDmaTransactionDmaCompleted(WDFDMATRANSACTION DmaTransaction,
                                      NTSTATUS *Status);
BOOLEAN
WdfDmaTransactionDmaCompletedWithLength(WDFDMATRANSACTION DmaTransaction,
                                        size_t TransferredLength,
                                        NTSTATUS *Status);
BOOLEAN WdfDmaTransactionDmaCompletedFinal(WDFDMATRANSACTION DmaTransaction,
                                           size_t FinalTransferredLength,
                                           NTSTATUS *Status);
size_t WdfDmaTransactionGetBytesTransferred(WDFDMATRANSACTION DmaTransaction);
WDFREQUEST WdfDmaTransactionGetRequest(WDFDMATRANSACTION DmaTransaction);
WDFDEVICE WdfDmaTransactionGetDevice(WDFDMATRANSACTION DmaTransaction);
NTSTATUS WdfDmaTransactionRelease(WDFDMATRANSACTION DmaTransaction);
VOID WdfDmaTransactionSetMaximumLength(WDFDMATRANSACTION DmaTransaction,
                                       size_t MaximumLength);
size_t
WdfDmaTransactionGetCurrentDmaTransferLength(WDFDMATRANSACTION DmaTransaction);
/* KMDF 1.19: called after the transaction is created or released and before
 * it is initialized */
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDmaTransactionSetSingleTransferRequirement(
        WDFDMATRANSACTION DmaTransaction, BOOLEAN RequireSingleTransfer);

typedef struct _WDF_COMMON_BUFFER_CONFIG {
  ULONG Size;
  ULONG AlignmentRequirement;
} WDF_COMMON_BUFFER_CONFIG, *PWDF_COMMON_BUFFER_CONFIG;
FORCEINLINE VOID WDF_COMMON_BUFFER_CONFIG_INIT(PWDF_COMMON_BUFFER_CONFIG Config,
                                               ULONG AlignmentRequirement) {
  RtlZeroMemory(Config, sizeof(WDF_COMMON_BUFFER_CONFIG));
  Config->Size = sizeof(WDF_COMMON_BUFFER_CONFIG);
  Config->AlignmentRequirement = AlignmentRequirement;
}
NTSTATUS WdfCommonBufferCreate(WDFDMAENABLER DmaEnabler, size_t Length,
                               PWDF_OBJECT_ATTRIBUTES Attributes,
                               WDFCOMMONBUFFER *CommonBuffer);
NTSTATUS WdfCommonBufferCreateWithConfig(WDFDMAENABLER DmaEnabler,
                                         size_t Length,
                                         PWDF_COMMON_BUFFER_CONFIG Config,
                                         PWDF_OBJECT_ATTRIBUTES Attributes,
                                         WDFCOMMONBUFFER *CommonBuffer);
PVOID WdfCommonBufferGetAlignedVirtualAddress(WDFCOMMONBUFFER CommonBuffer);
PHYSICAL_ADDRESS
WdfCommonBufferGetAlignedLogicalAddress(WDFCOMMONBUFFER CommonBuffer);
size_t WdfCommonBufferGetLength(WDFCOMMONBUFFER CommonBuffer);

/* ---- hardware resource lists ---- */
ULONG WdfCmResourceListGetCount(WDFCMRESLIST List);
PCM_PARTIAL_RESOURCE_DESCRIPTOR
WdfCmResourceListGetDescriptor(WDFCMRESLIST List, ULONG Index);

/* ---- registry ---- */
NTSTATUS WdfRegistryOpenKey(WDFKEY ParentKey, PCUNICODE_STRING KeyName,
                            ACCESS_MASK DesiredAccess,
                            PWDF_OBJECT_ATTRIBUTES KeyAttributes, WDFKEY *Key);
NTSTATUS WdfRegistryCreateKey(WDFKEY ParentKey, PCUNICODE_STRING KeyName,
                              ACCESS_MASK DesiredAccess, ULONG CreateOptions,
                              PULONG CreateDisposition,
                              PWDF_OBJECT_ATTRIBUTES KeyAttributes,
                              WDFKEY *Key);
VOID WdfRegistryClose(WDFKEY Key);
HANDLE WdfRegistryWdmGetHandle(WDFKEY Key);
NTSTATUS WdfRegistryQueryULong(WDFKEY Key, PCUNICODE_STRING ValueName,
                               PULONG Value);
NTSTATUS WdfRegistryAssignULong(WDFKEY Key, PCUNICODE_STRING ValueName,
                                ULONG Value);
NTSTATUS WdfRegistryQueryValue(WDFKEY Key, PCUNICODE_STRING ValueName,
                               ULONG ValueLength, PVOID Value,
                               PULONG ValueLengthQueried, PULONG ValueType);
NTSTATUS WdfRegistryAssignValue(WDFKEY Key, PCUNICODE_STRING ValueName,
                                ULONG ValueType, ULONG ValueLength,
                                PVOID Value);
NTSTATUS WdfRegistryQueryUnicodeString(WDFKEY Key, PCUNICODE_STRING ValueName,
                                       PUSHORT ValueByteLength,
                                       PUNICODE_STRING Value);
NTSTATUS WdfRegistryAssignUnicodeString(WDFKEY Key, PCUNICODE_STRING ValueName,
                                        PCUNICODE_STRING Value);
NTSTATUS WdfRegistryRemoveValue(WDFKEY Key, PCUNICODE_STRING ValueName);

/* ---- strings and collections ---- */
NTSTATUS WdfStringCreate(PCUNICODE_STRING UnicodeString,
                         PWDF_OBJECT_ATTRIBUTES StringAttributes,
                         WDFSTRING *String);
VOID WdfStringGetUnicodeString(WDFSTRING String, PUNICODE_STRING UnicodeString);
NTSTATUS WdfCollectionCreate(PWDF_OBJECT_ATTRIBUTES CollectionAttributes,
                             WDFCOLLECTION *Collection);
ULONG WdfCollectionGetCount(WDFCOLLECTION Collection);
NTSTATUS WdfCollectionAdd(WDFCOLLECTION Collection, WDFOBJECT Object);
VOID WdfCollectionRemove(WDFCOLLECTION Collection, WDFOBJECT Item);
WDFOBJECT WdfCollectionGetItem(WDFCOLLECTION Collection, ULONG Index);
WDFOBJECT WdfCollectionGetFirstItem(WDFCOLLECTION Collection);

/* ---- WMI ---- */
typedef enum _WDF_WMI_PROVIDER_CONTROL {
  WdfWmiControlInvalid = 0,
  WdfWmiEventControl,
  WdfWmiInstanceControl
} WDF_WMI_PROVIDER_CONTROL;
typedef enum _WDF_WMI_PROVIDER_FLAGS {
  WdfWmiProviderEventOnly = 0x0001,
  WdfWmiProviderExpensive = 0x0002,
  WdfWmiProviderTracing = 0x0004,
  WdfWmiProviderValidFlags = 0x0007
} WDF_WMI_PROVIDER_FLAGS;
typedef NTSTATUS
EVT_WDF_WMI_PROVIDER_FUNCTION_CONTROL(WDFWMIPROVIDER WmiProvider,
                                      WDF_WMI_PROVIDER_CONTROL Control,
                                      BOOLEAN Enable);
typedef EVT_WDF_WMI_PROVIDER_FUNCTION_CONTROL
    *PFN_WDF_WMI_PROVIDER_FUNCTION_CONTROL;
typedef NTSTATUS EVT_WDF_WMI_INSTANCE_QUERY_INSTANCE(WDFWMIINSTANCE WmiInstance,
                                                     ULONG OutBufferSize,
                                                     PVOID OutBuffer,
                                                     PULONG BufferUsed);
typedef EVT_WDF_WMI_INSTANCE_QUERY_INSTANCE
    *PFN_WDF_WMI_INSTANCE_QUERY_INSTANCE;
typedef NTSTATUS EVT_WDF_WMI_INSTANCE_SET_INSTANCE(WDFWMIINSTANCE WmiInstance,
                                                   ULONG InBufferSize,
                                                   PVOID InBuffer);
typedef EVT_WDF_WMI_INSTANCE_SET_INSTANCE *PFN_WDF_WMI_INSTANCE_SET_INSTANCE;
typedef NTSTATUS EVT_WDF_WMI_INSTANCE_SET_ITEM(WDFWMIINSTANCE WmiInstance,
                                               ULONG DataItemId,
                                               ULONG InBufferSize,
                                               PVOID InBuffer);
typedef EVT_WDF_WMI_INSTANCE_SET_ITEM *PFN_WDF_WMI_INSTANCE_SET_ITEM;
typedef NTSTATUS
EVT_WDF_WMI_INSTANCE_EXECUTE_METHOD(WDFWMIINSTANCE WmiInstance, ULONG MethodId,
                                    ULONG InBufferSize, ULONG OutBufferSize,
                                    PVOID Buffer, PULONG BufferUsed);
typedef EVT_WDF_WMI_INSTANCE_EXECUTE_METHOD
    *PFN_WDF_WMI_INSTANCE_EXECUTE_METHOD;
typedef struct _WDF_WMI_PROVIDER_CONFIG {
  ULONG Size;
  GUID Guid;
  ULONG Flags;
  ULONG MinInstanceBufferSize;
  PFN_WDF_WMI_PROVIDER_FUNCTION_CONTROL EvtWmiProviderFunctionControl;
} WDF_WMI_PROVIDER_CONFIG, *PWDF_WMI_PROVIDER_CONFIG;
FORCEINLINE VOID WDF_WMI_PROVIDER_CONFIG_INIT(PWDF_WMI_PROVIDER_CONFIG Config,
                                              const GUID *Guid) {
  RtlZeroMemory(Config, sizeof(WDF_WMI_PROVIDER_CONFIG));
  Config->Size = sizeof(WDF_WMI_PROVIDER_CONFIG);
  RtlCopyMemory(&Config->Guid, Guid, sizeof(GUID));
}
typedef struct _WDF_WMI_INSTANCE_CONFIG {
  ULONG Size;
  WDFWMIPROVIDER Provider;
  PWDF_WMI_PROVIDER_CONFIG ProviderConfig;
  BOOLEAN UseContextForQuery;
  BOOLEAN Register;
  PFN_WDF_WMI_INSTANCE_QUERY_INSTANCE EvtWmiInstanceQueryInstance;
  PFN_WDF_WMI_INSTANCE_SET_INSTANCE EvtWmiInstanceSetInstance;
  PFN_WDF_WMI_INSTANCE_SET_ITEM EvtWmiInstanceSetItem;
  PFN_WDF_WMI_INSTANCE_EXECUTE_METHOD EvtWmiInstanceExecuteMethod;
} WDF_WMI_INSTANCE_CONFIG, *PWDF_WMI_INSTANCE_CONFIG;
FORCEINLINE VOID WDF_WMI_INSTANCE_CONFIG_INIT_PROVIDER(
    PWDF_WMI_INSTANCE_CONFIG Config, WDFWMIPROVIDER Provider) {
  RtlZeroMemory(Config, sizeof(WDF_WMI_INSTANCE_CONFIG));
  Config->Size = sizeof(WDF_WMI_INSTANCE_CONFIG);
  Config->Provider = Provider;
}
FORCEINLINE VOID WDF_WMI_INSTANCE_CONFIG_INIT_PROVIDER_CONFIG(
    PWDF_WMI_INSTANCE_CONFIG Config, PWDF_WMI_PROVIDER_CONFIG ProviderConfig) {
  RtlZeroMemory(Config, sizeof(WDF_WMI_INSTANCE_CONFIG));
  Config->Size = sizeof(WDF_WMI_INSTANCE_CONFIG);
  Config->ProviderConfig = ProviderConfig;
}
NTSTATUS WdfWmiProviderCreate(WDFDEVICE Device,
                              PWDF_WMI_PROVIDER_CONFIG WmiProviderConfig,
                              PWDF_OBJECT_ATTRIBUTES ProviderAttributes,
                              WDFWMIPROVIDER *WmiProvider);
WDFDEVICE WdfWmiProviderGetDevice(WDFWMIPROVIDER WmiProvider);
BOOLEAN WdfWmiProviderIsEnabled(WDFWMIPROVIDER WmiProvider,
                                WDF_WMI_PROVIDER_CONTROL ProviderControl);
NTSTATUS WdfWmiInstanceCreate(WDFDEVICE Device,
                              PWDF_WMI_INSTANCE_CONFIG InstanceConfig,
                              PWDF_OBJECT_ATTRIBUTES InstanceAttributes,
                              WDFWMIINSTANCE *Instance);
NTSTATUS WdfWmiInstanceRegister(WDFWMIINSTANCE WmiInstance);
VOID WdfWmiInstanceDeregister(WDFWMIINSTANCE WmiInstance);
WDFDEVICE WdfWmiInstanceGetDevice(WDFWMIINSTANCE WmiInstance);
WDFWMIPROVIDER WdfWmiInstanceGetProvider(WDFWMIINSTANCE WmiInstance);
NTSTATUS WdfWmiInstanceFireEvent(WDFWMIINSTANCE WmiInstance,
                                 ULONG EventDataSize, PVOID EventData);

/* ---- verifier ---- */
/* breaks into the kernel debugger when the framework's verifier settings
 * (DbgBreakOnError, VerifierOn) or Driver Verifier ask for it; any IRQL */
VOID WdfVerifierDbgBreakPoint(void);

#endif
