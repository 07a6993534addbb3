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
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDpcCreate(PWDF_DPC_CONFIG Config, PWDF_OBJECT_ATTRIBUTES Attributes,
                      WDFDPC *Dpc);
_IRQL_requires_max_(HIGH_LEVEL) BOOLEAN WdfDpcEnqueue(WDFDPC Dpc);
_When_(Wait == __true, _IRQL_requires_max_(PASSIVE_LEVEL))
    _When_(Wait == __false, _IRQL_requires_max_(HIGH_LEVEL)) BOOLEAN
    WdfDpcCancel(WDFDPC Dpc, BOOLEAN Wait);
_IRQL_requires_max_(HIGH_LEVEL) WDFOBJECT WdfDpcGetParentObject(WDFDPC Dpc);
_IRQL_requires_max_(HIGH_LEVEL) PKDPC WdfDpcWdmGetDpc(WDFDPC Dpc);

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
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfTimerCreate(PWDF_TIMER_CONFIG Config,
                        PWDF_OBJECT_ATTRIBUTES Attributes, WDFTIMER *Timer);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    WdfTimerStart(WDFTIMER Timer, LONGLONG DueTime);
_When_(Wait == __true, _IRQL_requires_max_(PASSIVE_LEVEL))
    _When_(Wait == __false, _IRQL_requires_max_(DISPATCH_LEVEL)) BOOLEAN
    WdfTimerStop(WDFTIMER Timer, BOOLEAN Wait);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFOBJECT
    WdfTimerGetParentObject(WDFTIMER Timer);
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
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfWorkItemCreate(PWDF_WORKITEM_CONFIG Config,
                           PWDF_OBJECT_ATTRIBUTES Attributes,
                           WDFWORKITEM *WorkItem);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfWorkItemEnqueue(WDFWORKITEM WorkItem);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFOBJECT
    WdfWorkItemGetParentObject(WDFWORKITEM WorkItem);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID WdfWorkItemFlush(WDFWORKITEM WorkItem);

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
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDmaEnablerCreate(WDFDEVICE Device, PWDF_DMA_ENABLER_CONFIG Config,
                             PWDF_OBJECT_ATTRIBUTES Attributes,
                             WDFDMAENABLER *DmaEnablerHandle);
_IRQL_requires_max_(DISPATCH_LEVEL) size_t
    WdfDmaEnablerGetMaximumLength(WDFDMAENABLER DmaEnabler);
_IRQL_requires_max_(DISPATCH_LEVEL) size_t
    WdfDmaEnablerGetMaximumScatterGatherElements(WDFDMAENABLER DmaEnabler);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    WdfDmaEnablerSetMaximumScatterGatherElements(WDFDMAENABLER DmaEnabler,
                                                 size_t MaximumFragments);
_IRQL_requires_max_(DISPATCH_LEVEL) size_t
    WdfDmaEnablerGetFragmentLength(WDFDMAENABLER DmaEnabler,
                                   WDF_DMA_DIRECTION DmaDirection);
_IRQL_requires_max_(DISPATCH_LEVEL) PDMA_ADAPTER
    WdfDmaEnablerWdmGetDmaAdapter(WDFDMAENABLER DmaEnabler,
                                  WDF_DMA_DIRECTION DmaDirection);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDmaTransactionCreate(WDFDMAENABLER DmaEnabler,
                                 PWDF_OBJECT_ATTRIBUTES Attributes,
                                 WDFDMATRANSACTION *DmaTransaction);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDmaTransactionInitializeUsingRequest(
    WDFDMATRANSACTION DmaTransaction, WDFREQUEST Request,
    PFN_WDF_PROGRAM_DMA EvtProgramDmaFunction, WDF_DMA_DIRECTION DmaDirection);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDmaTransactionInitialize(WDFDMATRANSACTION DmaTransaction,
                                     PFN_WDF_PROGRAM_DMA EvtProgramDmaFunction,
                                     WDF_DMA_DIRECTION DmaDirection, PMDL Mdl,
                                     PVOID VirtualAddress, size_t Length);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDmaTransactionExecute(WDFDMATRANSACTION DmaTransaction,
                                  WDFCONTEXT Context);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    WdfDmaTransactionDmaCompleted(WDFDMATRANSACTION DmaTransaction,
                                  NTSTATUS *Status);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    WdfDmaTransactionDmaCompletedWithLength(WDFDMATRANSACTION DmaTransaction,
                                            size_t TransferredLength,
                                            NTSTATUS *Status);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    WdfDmaTransactionDmaCompletedFinal(WDFDMATRANSACTION DmaTransaction,
                                       size_t FinalTransferredLength,
                                       NTSTATUS *Status);
_IRQL_requires_max_(DISPATCH_LEVEL) size_t
    WdfDmaTransactionGetBytesTransferred(WDFDMATRANSACTION DmaTransaction);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFREQUEST
    WdfDmaTransactionGetRequest(WDFDMATRANSACTION DmaTransaction);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFDEVICE
    WdfDmaTransactionGetDevice(WDFDMATRANSACTION DmaTransaction);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDmaTransactionRelease(WDFDMATRANSACTION DmaTransaction);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDmaTransactionSetMaximumLength(WDFDMATRANSACTION DmaTransaction,
                                      size_t MaximumLength);
_IRQL_requires_max_(DISPATCH_LEVEL) size_t
    WdfDmaTransactionGetCurrentDmaTransferLength(
        WDFDMATRANSACTION DmaTransaction);
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
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfCommonBufferCreate(WDFDMAENABLER DmaEnabler, size_t Length,
                               PWDF_OBJECT_ATTRIBUTES Attributes,
                               WDFCOMMONBUFFER *CommonBuffer);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfCommonBufferCreateWithConfig(WDFDMAENABLER DmaEnabler,
                                         size_t Length,
                                         PWDF_COMMON_BUFFER_CONFIG Config,
                                         PWDF_OBJECT_ATTRIBUTES Attributes,
                                         WDFCOMMONBUFFER *CommonBuffer);
_IRQL_requires_max_(DISPATCH_LEVEL) PVOID
    WdfCommonBufferGetAlignedVirtualAddress(WDFCOMMONBUFFER CommonBuffer);
_IRQL_requires_max_(DISPATCH_LEVEL) PHYSICAL_ADDRESS
    WdfCommonBufferGetAlignedLogicalAddress(WDFCOMMONBUFFER CommonBuffer);
_IRQL_requires_max_(DISPATCH_LEVEL) size_t
    WdfCommonBufferGetLength(WDFCOMMONBUFFER CommonBuffer);

/* stops the transaction's DMA before it completes (a DMA version 3
 * adapter, KMDF 1.11): TRUE when the framework canceled it */
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    WdfDmaTransactionCancel(WDFDMATRANSACTION DmaTransaction);

/* ---- hardware resource lists (wdfresource.h) ---- */
/* The resources assigned to the device (raw and translated), and the
 * resource requirements list a driver filters: logical configurations
 * (WDFIORESLIST) of I/O resource descriptors. All at <= DISPATCH_LEVEL. */
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG
    WdfCmResourceListGetCount(WDFCMRESLIST List);
_IRQL_requires_max_(DISPATCH_LEVEL) PCM_PARTIAL_RESOURCE_DESCRIPTOR
    WdfCmResourceListGetDescriptor(WDFCMRESLIST List, ULONG Index);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfCmResourceListAppendDescriptor(WDFCMRESLIST List,
                                  PCM_PARTIAL_RESOURCE_DESCRIPTOR Descriptor);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfCmResourceListInsertDescriptor(WDFCMRESLIST List,
                                  PCM_PARTIAL_RESOURCE_DESCRIPTOR Descriptor,
                                  ULONG Index);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfCmResourceListRemove(WDFCMRESLIST List, ULONG Index);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfCmResourceListRemoveByDescriptor(
    WDFCMRESLIST List, PCM_PARTIAL_RESOURCE_DESCRIPTOR Descriptor);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfIoResourceListCreate(WDFIORESREQLIST RequirementsList,
                        PWDF_OBJECT_ATTRIBUTES Attributes,
                        WDFIORESLIST *ResourceList);
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG
    WdfIoResourceListGetCount(WDFIORESLIST ResourceList);
_IRQL_requires_max_(DISPATCH_LEVEL) PIO_RESOURCE_DESCRIPTOR
    WdfIoResourceListGetDescriptor(WDFIORESLIST ResourceList, ULONG Index);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfIoResourceListAppendDescriptor(WDFIORESLIST ResourceList,
                                  PIO_RESOURCE_DESCRIPTOR Descriptor);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfIoResourceListInsertDescriptor(WDFIORESLIST ResourceList,
                                  PIO_RESOURCE_DESCRIPTOR Descriptor,
                                  ULONG Index);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfIoResourceListUpdateDescriptor(WDFIORESLIST ResourceList,
                                      PIO_RESOURCE_DESCRIPTOR Descriptor,
                                      ULONG Index);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfIoResourceListRemove(WDFIORESLIST ResourceList, ULONG Index);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfIoResourceListRemoveByDescriptor(WDFIORESLIST ResourceList,
                                        PIO_RESOURCE_DESCRIPTOR Descriptor);
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG
    WdfIoResourceRequirementsListGetCount(WDFIORESREQLIST RequirementsList);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFIORESLIST
    WdfIoResourceRequirementsListGetIoResList(WDFIORESREQLIST RequirementsList,
                                              ULONG Index);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfIoResourceRequirementsListAppendIoResList(WDFIORESREQLIST RequirementsList,
                                             WDFIORESLIST IoResList);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfIoResourceRequirementsListInsertIoResList(WDFIORESREQLIST RequirementsList,
                                             WDFIORESLIST IoResList,
                                             ULONG Index);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfIoResourceRequirementsListRemove(WDFIORESREQLIST RequirementsList,
                                        ULONG Index);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfIoResourceRequirementsListRemoveByIoResList(
        WDFIORESREQLIST RequirementsList, WDFIORESLIST IoResList);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfIoResourceRequirementsListSetInterfaceType(
        WDFIORESREQLIST RequirementsList, INTERFACE_TYPE InterfaceType);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfIoResourceRequirementsListSetSlotNumber(WDFIORESREQLIST RequirementsList,
                                               ULONG SlotNumber);

/* ---- registry ---- */
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryOpenKey(WDFKEY ParentKey, PCUNICODE_STRING KeyName,
                            ACCESS_MASK DesiredAccess,
                            PWDF_OBJECT_ATTRIBUTES KeyAttributes, WDFKEY *Key);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryCreateKey(WDFKEY ParentKey, PCUNICODE_STRING KeyName,
                              ACCESS_MASK DesiredAccess, ULONG CreateOptions,
                              PULONG CreateDisposition,
                              PWDF_OBJECT_ATTRIBUTES KeyAttributes,
                              WDFKEY *Key);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID WdfRegistryClose(WDFKEY Key);
_IRQL_requires_max_(PASSIVE_LEVEL) HANDLE WdfRegistryWdmGetHandle(WDFKEY Key);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryQueryULong(WDFKEY Key, PCUNICODE_STRING ValueName,
                               PULONG Value);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryAssignULong(WDFKEY Key, PCUNICODE_STRING ValueName,
                                ULONG Value);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryQueryValue(WDFKEY Key, PCUNICODE_STRING ValueName,
                               ULONG ValueLength, PVOID Value,
                               PULONG ValueLengthQueried, PULONG ValueType);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryAssignValue(WDFKEY Key, PCUNICODE_STRING ValueName,
                                ULONG ValueType, ULONG ValueLength,
                                PVOID Value);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryQueryUnicodeString(WDFKEY Key, PCUNICODE_STRING ValueName,
                                       PUSHORT ValueByteLength,
                                       PUNICODE_STRING Value);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryAssignUnicodeString(WDFKEY Key, PCUNICODE_STRING ValueName,
                                        PCUNICODE_STRING Value);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryRemoveValue(WDFKEY Key, PCUNICODE_STRING ValueName);

_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfRegistryQueryString(WDFKEY Key, PCUNICODE_STRING ValueName,
                       WDFSTRING String);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfRegistryAssignString(WDFKEY Key, PCUNICODE_STRING ValueName,
                        WDFSTRING String);
/* a REG_MULTI_SZ value as a collection of string objects */
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfRegistryQueryMultiString(WDFKEY Key, PCUNICODE_STRING ValueName,
                            PWDF_OBJECT_ATTRIBUTES StringsAttributes,
                            WDFCOLLECTION Collection);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfRegistryAssignMultiString(WDFKEY Key, PCUNICODE_STRING ValueName,
                             WDFCOLLECTION StringsCollection);
/* the value in a new memory object of PoolType */
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfRegistryQueryMemory(WDFKEY Key, PCUNICODE_STRING ValueName,
                       POOL_TYPE PoolType,
                       PWDF_OBJECT_ATTRIBUTES MemoryAttributes,
                       WDFMEMORY *Memory, PULONG ValueType);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfRegistryAssignMemory(WDFKEY Key, PCUNICODE_STRING ValueName, ULONG ValueType,
                        WDFMEMORY Memory, PWDFMEMORY_OFFSET MemoryOffsets);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfRegistryRemoveKey(WDFKEY Key);

/* ---- strings and collections ---- */
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfStringCreate(PCUNICODE_STRING UnicodeString,
                         PWDF_OBJECT_ATTRIBUTES StringAttributes,
                         WDFSTRING *String);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    WdfStringGetUnicodeString(WDFSTRING String, PUNICODE_STRING UnicodeString);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfCollectionCreate(PWDF_OBJECT_ATTRIBUTES CollectionAttributes,
                             WDFCOLLECTION *Collection);
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG
    WdfCollectionGetCount(WDFCOLLECTION Collection);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfCollectionAdd(WDFCOLLECTION Collection, WDFOBJECT Object);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfCollectionRemove(WDFCOLLECTION Collection, WDFOBJECT Item);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFOBJECT
    WdfCollectionGetItem(WDFCOLLECTION Collection, ULONG Index);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFOBJECT
    WdfCollectionGetFirstItem(WDFCOLLECTION Collection);

_IRQL_requires_max_(DISPATCH_LEVEL) WDFOBJECT
    WdfCollectionGetLastItem(WDFCOLLECTION Collection);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfCollectionRemoveItem(WDFCOLLECTION Collection, ULONG Index);

/* ---- general objects (wdfobject.h): an object with no type of its own,
 * to carry a context or be a parent ---- */
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfObjectCreate(PWDF_OBJECT_ATTRIBUTES Attributes, WDFOBJECT *Object);

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
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfWmiProviderCreate(WDFDEVICE Device,
                              PWDF_WMI_PROVIDER_CONFIG WmiProviderConfig,
                              PWDF_OBJECT_ATTRIBUTES ProviderAttributes,
                              WDFWMIPROVIDER *WmiProvider);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFDEVICE
    WdfWmiProviderGetDevice(WDFWMIPROVIDER WmiProvider);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    WdfWmiProviderIsEnabled(WDFWMIPROVIDER WmiProvider,
                            WDF_WMI_PROVIDER_CONTROL ProviderControl);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfWmiInstanceCreate(WDFDEVICE Device,
                              PWDF_WMI_INSTANCE_CONFIG InstanceConfig,
                              PWDF_OBJECT_ATTRIBUTES InstanceAttributes,
                              WDFWMIINSTANCE *Instance);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfWmiInstanceRegister(WDFWMIINSTANCE WmiInstance);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfWmiInstanceDeregister(WDFWMIINSTANCE WmiInstance);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFDEVICE
    WdfWmiInstanceGetDevice(WDFWMIINSTANCE WmiInstance);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFWMIPROVIDER
    WdfWmiInstanceGetProvider(WDFWMIINSTANCE WmiInstance);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    WdfWmiInstanceFireEvent(WDFWMIINSTANCE WmiInstance, ULONG EventDataSize,
                            PVOID EventData);

/* Appends String to a WMI data block as WMI counts strings: a USHORT byte
 * length, then the characters. RequiredSize gets the bytes it takes; when
 * they do not fit in BufferLength nothing is written and the status is
 * STATUS_BUFFER_TOO_SMALL. */
FORCEINLINE NTSTATUS WDF_WMI_BUFFER_APPEND_STRING(PVOID Buffer,
                                                  ULONG BufferLength,
                                                  PCUNICODE_STRING String,
                                                  PULONG RequiredSize) {
  *RequiredSize = String->Length + sizeof(USHORT);
  if (BufferLength < *RequiredSize)
    return STATUS_BUFFER_TOO_SMALL;
  *(USHORT *)Buffer = String->Length;
  RtlCopyMemory((PUCHAR)Buffer + sizeof(USHORT), String->Buffer,
                String->Length);
  return STATUS_SUCCESS;
}

/* the WMI tracing handle (a TRACEHANDLE) of a provider created with
 * WdfWmiProviderTracing */
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG64
    WdfWmiProviderGetTracingHandle(WDFWMIPROVIDER WmiProvider);

/* ---- verifier ---- */
/* breaks into the kernel debugger when the framework's verifier settings
 * (DbgBreakOnError, VerifierOn) or Driver Verifier ask for it; any IRQL */
_IRQL_requires_max_(HIGH_LEVEL) VOID WdfVerifierDbgBreakPoint(void);
/* a bug check (WDF_VIOLATION's caller-chosen code) when the verifier is on */
_IRQL_requires_max_(HIGH_LEVEL) VOID
    WdfVerifierKeBugCheck(ULONG BugCheckCode, ULONG_PTR BugCheckParameter1,
                          ULONG_PTR BugCheckParameter2,
                          ULONG_PTR BugCheckParameter3,
                          ULONG_PTR BugCheckParameter4);

#endif
