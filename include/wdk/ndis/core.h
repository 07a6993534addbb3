/* irqlint's model of the NDIS support routines in ndis.h (status codes,
 * handles, strings, memory, spin and reader/writer locks, events, timers,
 * work items, configuration, MDL helpers), written from the documentation
 * -- not Microsoft's header. Routines documented as macros are macros. The
 * spin-lock routines are macros over the Ke routines on &(l)->SpinLock, as
 * in the real header, unless IRQLINT_WDK_FUNCTION_SHAPES is defined. */
#ifndef IRQLINT_WDK_NDIS_CORE_H
#define IRQLINT_WDK_NDIS_CORE_H

#include "../ntddndis.h"

typedef PVOID NDIS_HANDLE, *PNDIS_HANDLE;
typedef UNICODE_STRING NDIS_STRING, *PNDIS_STRING;
typedef PHYSICAL_ADDRESS NDIS_PHYSICAL_ADDRESS, *PNDIS_PHYSICAL_ADDRESS;
typedef ULONG NDIS_ERROR_CODE, *PNDIS_ERROR_CODE;
typedef MDL NDIS_BUFFER, *PNDIS_BUFFER;
typedef CM_PARTIAL_RESOURCE_LIST NDIS_RESOURCE_LIST, *PNDIS_RESOURCE_LIST;
typedef KMUTEX NDIS_MUTEX, *PNDIS_MUTEX;
typedef PVOID NDIS_CALL_MANAGER_HANDLE;

#define NDIS_STRING_CONST(x) {sizeof(L##x) - 2, sizeof(L##x), L##x}
#define NdisInitUnicodeString(Destination, Source)                             \
  RtlInitUnicodeString((Destination), (Source))
#define NdisInitializeString(Destination, Source)                              \
  RtlInitUnicodeString((Destination), (Source))
#define NdisEqualString(String1, String2, CaseInsensitive)                     \
  RtlEqualUnicodeString((String1), (String2), (CaseInsensitive))
#define NdisUpcaseUnicodeString(Destination, Source)                           \
  RtlUpcaseUnicodeString((Destination), (Source), FALSE)
#define NdisEqualUnicodeString NdisEqualString
/* Frees a string NDIS allocated (NdisMQueryAdapterResources, the
 * configuration routines): a macro over NdisFreeMemory. */
#define NdisFreeString(String)                                                 \
  NdisFreeMemory((String).Buffer, (String).MaximumLength, 0)

/* ---- status codes ---- */
#define NDIS_STATUS_SUCCESS ((NDIS_STATUS)STATUS_SUCCESS)
#define NDIS_STATUS_PENDING ((NDIS_STATUS)STATUS_PENDING)
#define NDIS_STATUS_NOT_RECOGNIZED ((NDIS_STATUS)0x00010001L)
#define NDIS_STATUS_NOT_COPIED ((NDIS_STATUS)0x00010002L)
#define NDIS_STATUS_NOT_ACCEPTED ((NDIS_STATUS)0x00010003L)
#define NDIS_STATUS_CALL_ACTIVE ((NDIS_STATUS)0x00010007L)
#define NDIS_STATUS_INDICATION_REQUIRED ((NDIS_STATUS)0x40230001L)
#define NDIS_STATUS_ONLINE ((NDIS_STATUS)0x40010003L)
#define NDIS_STATUS_RESET_START ((NDIS_STATUS)0x40010004L)
#define NDIS_STATUS_RESET_END ((NDIS_STATUS)0x40010005L)
#define NDIS_STATUS_RING_STATUS ((NDIS_STATUS)0x40010006L)
#define NDIS_STATUS_CLOSED ((NDIS_STATUS)0x40010007L)
#define NDIS_STATUS_WAN_LINE_UP ((NDIS_STATUS)0x40010008L)
#define NDIS_STATUS_WAN_LINE_DOWN ((NDIS_STATUS)0x40010009L)
#define NDIS_STATUS_WAN_FRAGMENT ((NDIS_STATUS)0x4001000AL)
#define NDIS_STATUS_HARDWARE_LINE_UP ((NDIS_STATUS)0x4001000DL)
#define NDIS_STATUS_HARDWARE_LINE_DOWN ((NDIS_STATUS)0x4001000EL)
#define NDIS_STATUS_INTERFACE_UP ((NDIS_STATUS)0x4001000FL)
#define NDIS_STATUS_INTERFACE_DOWN ((NDIS_STATUS)0x40010010L)
#define NDIS_STATUS_MEDIA_BUSY ((NDIS_STATUS)0x40010011L)
#define NDIS_STATUS_MEDIA_SPECIFIC_INDICATION ((NDIS_STATUS)0x40010012L)
#define NDIS_STATUS_WW_INDICATION NDIS_STATUS_MEDIA_SPECIFIC_INDICATION
#define NDIS_STATUS_WAN_GET_STATS ((NDIS_STATUS)0x40010014L)
#define NDIS_STATUS_WAN_CO_FRAGMENT ((NDIS_STATUS)0x40010015L)
#define NDIS_STATUS_WAN_CO_LINKPARAMS ((NDIS_STATUS)0x40010016L)
#define NDIS_STATUS_NOT_RESETTABLE ((NDIS_STATUS)0x80010001L)
#define NDIS_STATUS_SOFT_ERRORS ((NDIS_STATUS)0x80010003L)
#define NDIS_STATUS_HARD_ERRORS ((NDIS_STATUS)0x80010004L)
#define NDIS_STATUS_BUFFER_OVERFLOW ((NDIS_STATUS)STATUS_BUFFER_OVERFLOW)
#define NDIS_STATUS_FAILURE ((NDIS_STATUS)STATUS_UNSUCCESSFUL)
#define NDIS_STATUS_RESOURCES ((NDIS_STATUS)STATUS_INSUFFICIENT_RESOURCES)
#define NDIS_STATUS_CLOSING ((NDIS_STATUS)0xC0010002L)
#define NDIS_STATUS_BAD_VERSION ((NDIS_STATUS)0xC0010004L)
#define NDIS_STATUS_BAD_CHARACTERISTICS ((NDIS_STATUS)0xC0010005L)
#define NDIS_STATUS_ADAPTER_NOT_FOUND ((NDIS_STATUS)0xC0010006L)
#define NDIS_STATUS_OPEN_FAILED ((NDIS_STATUS)0xC0010007L)
#define NDIS_STATUS_DEVICE_FAILED ((NDIS_STATUS)0xC0010008L)
#define NDIS_STATUS_MULTICAST_FULL ((NDIS_STATUS)0xC0010009L)
#define NDIS_STATUS_MULTICAST_EXISTS ((NDIS_STATUS)0xC001000AL)
#define NDIS_STATUS_MULTICAST_NOT_FOUND ((NDIS_STATUS)0xC001000BL)
#define NDIS_STATUS_REQUEST_ABORTED ((NDIS_STATUS)0xC001000CL)
#define NDIS_STATUS_RESET_IN_PROGRESS ((NDIS_STATUS)0xC001000DL)
#define NDIS_STATUS_CLOSING_INDICATING ((NDIS_STATUS)0xC001000EL)
#define NDIS_STATUS_NOT_SUPPORTED ((NDIS_STATUS)STATUS_NOT_SUPPORTED)
#define NDIS_STATUS_INVALID_PACKET ((NDIS_STATUS)0xC001000FL)
#define NDIS_STATUS_OPEN_LIST_FULL ((NDIS_STATUS)0xC0010010L)
#define NDIS_STATUS_ADAPTER_NOT_READY ((NDIS_STATUS)0xC0010011L)
#define NDIS_STATUS_ADAPTER_NOT_OPEN ((NDIS_STATUS)0xC0010012L)
#define NDIS_STATUS_NOT_INDICATING ((NDIS_STATUS)0xC0010013L)
#define NDIS_STATUS_INVALID_LENGTH ((NDIS_STATUS)0xC0010014L)
#define NDIS_STATUS_INVALID_DATA ((NDIS_STATUS)0xC0010015L)
#define NDIS_STATUS_BUFFER_TOO_SHORT ((NDIS_STATUS)0xC0010016L)
#define NDIS_STATUS_INVALID_OID ((NDIS_STATUS)0xC0010017L)
#define NDIS_STATUS_ADAPTER_REMOVED ((NDIS_STATUS)0xC0010018L)
#define NDIS_STATUS_UNSUPPORTED_MEDIA ((NDIS_STATUS)0xC0010019L)
#define NDIS_STATUS_GROUP_ADDRESS_IN_USE ((NDIS_STATUS)0xC001001AL)
#define NDIS_STATUS_FILE_NOT_FOUND ((NDIS_STATUS)0xC001001BL)
#define NDIS_STATUS_ERROR_READING_FILE ((NDIS_STATUS)0xC001001CL)
#define NDIS_STATUS_ALREADY_MAPPED ((NDIS_STATUS)0xC001001DL)
#define NDIS_STATUS_RESOURCE_CONFLICT ((NDIS_STATUS)0xC001001EL)
#define NDIS_STATUS_NO_CABLE ((NDIS_STATUS)0xC001001FL)
#define NDIS_STATUS_INVALID_DEVICE_REQUEST                                     \
  ((NDIS_STATUS)STATUS_INVALID_DEVICE_REQUEST)
#define NDIS_STATUS_NETWORK_UNREACHABLE                                        \
  ((NDIS_STATUS)STATUS_NETWORK_UNREACHABLE)
#define NDIS_STATUS_INVALID_SAP ((NDIS_STATUS)0xC0010020L)
#define NDIS_STATUS_SAP_IN_USE ((NDIS_STATUS)0xC0010021L)
#define NDIS_STATUS_INVALID_ADDRESS ((NDIS_STATUS)0xC0010022L)
#define NDIS_STATUS_VC_NOT_ACTIVATED ((NDIS_STATUS)0xC0010023L)
#define NDIS_STATUS_DEST_OUT_OF_ORDER ((NDIS_STATUS)0xC0010024L)
#define NDIS_STATUS_VC_NOT_AVAILABLE ((NDIS_STATUS)0xC0010025L)
#define NDIS_STATUS_CELLRATE_NOT_AVAILABLE ((NDIS_STATUS)0xC0010026L)
#define NDIS_STATUS_INCOMPATABLE_QOS ((NDIS_STATUS)0xC0010027L)
#define NDIS_STATUS_AAL_PARAMS_UNSUPPORTED ((NDIS_STATUS)0xC0010028L)
#define NDIS_STATUS_NO_ROUTE_TO_DESTINATION ((NDIS_STATUS)0xC0010029L)
#define NDIS_STATUS_TOKEN_RING_OPEN_ERROR ((NDIS_STATUS)0xC0011000L)
#define NDIS_STATUS_INVALID_PARAMETER ((NDIS_STATUS)STATUS_INVALID_PARAMETER)
#define NDIS_STATUS_INVALID_PORT ((NDIS_STATUS)0xC001002DL)
#define NDIS_STATUS_INVALID_PORT_STATE ((NDIS_STATUS)0xC001002EL)
#define NDIS_STATUS_LOW_POWER_STATE ((NDIS_STATUS)0xC001002FL)
#define NDIS_STATUS_REINIT_REQUIRED ((NDIS_STATUS)0xC0010030L)
#define NDIS_STATUS_NO_QUEUES ((NDIS_STATUS)0xC0010031L)
#define NDIS_STATUS_PAUSED ((NDIS_STATUS)0xC023002AL)
#define NDIS_STATUS_DATA_NOT_ACCEPTED ((NDIS_STATUS)0xC001003CL)
#define NDIS_STATUS_INTERFACE_NOT_FOUND ((NDIS_STATUS)0xC001002BL)
#define NDIS_STATUS_UNSUPPORTED_REVISION ((NDIS_STATUS)0xC0010033L)
#define NDIS_STATUS_INVALID_STATE ((NDIS_STATUS)0xC0010034L)
#define NDIS_STATUS_OFFLOAD_POLICY ((NDIS_STATUS)0xC001100FL)
#define NDIS_STATUS_TO_NT_STATUS(_s) ((NTSTATUS)(_s))

/* ---- memory ---- */
#define NdisZeroMemory(Destination, Length) RtlZeroMemory(Destination, Length)
#define NdisFillMemory(Destination, Length, Fill)                              \
  RtlFillMemory(Destination, Length, Fill)
#define NdisMoveMemory(Destination, Source, Length)                            \
  RtlCopyMemory(Destination, Source, Length)
#define NdisEqualMemory(Source1, Source2, Length)                              \
  RtlEqualMemory(Source1, Source2, Length)
#define NdisRetrieveUlong(DestinationAddress, SourceAddress)                   \
  RtlRetrieveUlong(DestinationAddress, SourceAddress)
#define NdisStoreUlong(DestinationAddress, Value)                              \
  RtlStoreUlong(DestinationAddress, Value)
#define NdisGetPhysicalAddressHigh(PhysicalAddress) ((PhysicalAddress).HighPart)
#define NdisGetPhysicalAddressLow(PhysicalAddress) ((PhysicalAddress).LowPart)
#define NdisSetPhysicalAddressHigh(PhysicalAddress, Value)                     \
  ((PhysicalAddress).HighPart) = (Value)
#define NdisSetPhysicalAddressLow(PhysicalAddress, Value)                      \
  ((PhysicalAddress).LowPart) = (Value)
#define NDIS_PHYSICAL_ADDRESS_CONST(_Low, _High) {(ULONG)(_Low), (LONG)(_High)}
#define NdisGetCurrentSystemTime(pSystemTime) KeQuerySystemTime(pSystemTime)
#define NdisGetSystemUpTimeEx(pSystemUpTime) KeQueryTickCount(pSystemUpTime)

_IRQL_requires_max_(DISPATCH_LEVEL) PVOID
    NdisAllocateMemoryWithTagPriority(NDIS_HANDLE NdisHandle, UINT Length,
                                      ULONG Tag, EX_POOL_PRIORITY Priority);
NDIS_STATUS NdisAllocateMemoryWithTag(PVOID *VirtualAddress, UINT Length,
                                      ULONG Tag);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    NdisFreeMemory(PVOID VirtualAddress, UINT Length, UINT MemoryFlags);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    NdisFreeMemoryWithTag(PVOID VirtualAddress, ULONG Tag);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    NdisFreeMemoryWithTagPriority(NDIS_HANDLE NdisHandle, PVOID VirtualAddress,
                                  ULONG Tag);
/* A generic NDIS handle for a component that is not a miniport, filter
 * or protocol (a WFP callout allocating NBL pools, for one). */
typedef struct _NDIS_GENERIC_OBJECT {
  NDIS_OBJECT_HEADER Header;
  PVOID Caller;
  PVOID CallersCaller;
  PDRIVER_OBJECT DriverObject;
} NDIS_GENERIC_OBJECT, *PNDIS_GENERIC_OBJECT;
_IRQL_requires_max_(DISPATCH_LEVEL) PNDIS_GENERIC_OBJECT
    NdisAllocateGenericObject(_In_opt_ PDRIVER_OBJECT DriverObject,
                              _In_ ULONG Tag, _In_ USHORT Size);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    NdisFreeGenericObject(_In_ PNDIS_GENERIC_OBJECT NdisObject);
#define NDIS_MEMORY_CONTIGUOUS 0x00000001
#define NDIS_MEMORY_NONCACHED 0x00000002

/* non-paged lookaside lists */
#define NdisInitializeNPagedLookasideList(_L, _AR, _FR, _Fl, _S, _T, _D)       \
  ExInitializeNPagedLookasideList((_L), (_AR), (_FR), (_Fl), (_S), (_T), (_D))
#define NdisDeleteNPagedLookasideList(_L) ExDeleteNPagedLookasideList(_L)
#define NdisAllocateFromNPagedLookasideList(_L)                                \
  ExAllocateFromNPagedLookasideList(_L)
#define NdisFreeToNPagedLookasideList(_L, _E)                                  \
  ExFreeToNPagedLookasideList((_L), (_E))

/* ---- interlocked operations ---- */
#define NdisInterlockedIncrement(Addend) InterlockedIncrement(Addend)
#define NdisInterlockedDecrement(Addend) InterlockedDecrement(Addend)
#define NdisInterlockedAddLargeStatistic(_Addend, _Increment)                  \
  InterlockedExchangeAdd64((LONGLONG volatile *)(_Addend), (_Increment))
#define NdisInterlockedExchange(Target, Value)                                 \
  InterlockedExchange((Target), (Value))
#define NdisInterlockedCompareExchange(Destination, Exchange, Comparand)       \
  InterlockedCompareExchange((Destination), (Exchange), (Comparand))
#define NdisInitializeListHead(_ListHead) InitializeListHead(_ListHead)
#define NdisInitializeSListHead(SListHead) InitializeSListHead(SListHead)
#define NdisInterlockedPushEntrySList(SListHead, SListEntry, Lock)             \
  InterlockedPushEntrySList((SListHead), (SListEntry))
#define NdisInterlockedPopEntrySList(SListHead, Lock)                          \
  InterlockedPopEntrySList(SListHead)
#define NdisQueryDepthSList(SListHead) QueryDepthSList(SListHead)

/* ---- IRQL ---- */
#define NDIS_CURRENT_IRQL() KeGetCurrentIrql()
#define NDIS_RAISE_IRQL_TO_DISPATCH(_pIrql_)                                   \
  KeRaiseIrql(DISPATCH_LEVEL, _pIrql_)
/* NDIS_LOWER_IRQL lowers only when _OldIrql_ differs from _CurIrql_; when
 * they are equal KeLowerIrql to the current level changes nothing, so the
 * model lowers unconditionally: a value-blind analysis then sees the raise
 * of NDIS_RAISE_IRQL_TO_DISPATCH restored on every path. */
#define NDIS_LOWER_IRQL(_OldIrql_, _CurIrql_)                                  \
  ((void)(_CurIrql_), KeLowerIrql(_OldIrql_))
#define NDIS_IRQL KIRQL

/* ---- spin locks ---- */
typedef struct _NDIS_SPIN_LOCK {
  KSPIN_LOCK SpinLock;
  KIRQL OldIrql;
} NDIS_SPIN_LOCK, *PNDIS_SPIN_LOCK;

VOID NdisAllocateSpinLock(PNDIS_SPIN_LOCK SpinLock);
VOID NdisFreeSpinLock(PNDIS_SPIN_LOCK SpinLock);

#ifdef IRQLINT_WDK_MACRO_SHAPES
#define NdisAcquireSpinLock(_SpinLock)                                         \
  KeAcquireSpinLock(&(_SpinLock)->SpinLock, &(_SpinLock)->OldIrql)
#define NdisReleaseSpinLock(_SpinLock)                                         \
  KeReleaseSpinLock(&(_SpinLock)->SpinLock, (_SpinLock)->OldIrql)
#define NdisDprAcquireSpinLock(_SpinLock)                                      \
  KeAcquireSpinLockAtDpcLevel(&(_SpinLock)->SpinLock)
#define NdisDprReleaseSpinLock(_SpinLock)                                      \
  KeReleaseSpinLockFromDpcLevel(&(_SpinLock)->SpinLock)
#define NdisInterlockedInsertHeadList(_ListHead, _ListEntry, _SpinLock)        \
  ExInterlockedInsertHeadList(_ListHead, _ListEntry, &(_SpinLock)->SpinLock)
#define NdisInterlockedInsertTailList(_ListHead, _ListEntry, _SpinLock)        \
  ExInterlockedInsertTailList(_ListHead, _ListEntry, &(_SpinLock)->SpinLock)
#define NdisInterlockedRemoveHeadList(_ListHead, _SpinLock)                    \
  ExInterlockedRemoveHeadList(_ListHead, &(_SpinLock)->SpinLock)
#define NdisInterlockedPushEntryList(_ListHead, _ListEntry, _Lock)             \
  ExInterlockedPushEntryList(_ListHead, _ListEntry, &(_Lock)->SpinLock)
#define NdisInterlockedPopEntryList(_ListHead, _Lock)                          \
  ExInterlockedPopEntryList(_ListHead, &(_Lock)->SpinLock)
#else
VOID NdisAcquireSpinLock(PNDIS_SPIN_LOCK SpinLock);
VOID NdisReleaseSpinLock(PNDIS_SPIN_LOCK SpinLock);
VOID NdisDprAcquireSpinLock(PNDIS_SPIN_LOCK SpinLock);
VOID NdisDprReleaseSpinLock(PNDIS_SPIN_LOCK SpinLock);
PLIST_ENTRY NdisInterlockedInsertHeadList(PLIST_ENTRY ListHead,
                                          PLIST_ENTRY ListEntry,
                                          PNDIS_SPIN_LOCK SpinLock);
PLIST_ENTRY NdisInterlockedInsertTailList(PLIST_ENTRY ListHead,
                                          PLIST_ENTRY ListEntry,
                                          PNDIS_SPIN_LOCK SpinLock);
PLIST_ENTRY NdisInterlockedRemoveHeadList(PLIST_ENTRY ListHead,
                                          PNDIS_SPIN_LOCK SpinLock);
PSINGLE_LIST_ENTRY NdisInterlockedPushEntryList(PSINGLE_LIST_ENTRY ListHead,
                                                PSINGLE_LIST_ENTRY ListEntry,
                                                PNDIS_SPIN_LOCK Lock);
PSINGLE_LIST_ENTRY NdisInterlockedPopEntryList(PSINGLE_LIST_ENTRY ListHead,
                                               PNDIS_SPIN_LOCK Lock);
#endif
ULONG NdisInterlockedAddUlong(PULONG Addend, ULONG Increment,
                              PNDIS_SPIN_LOCK SpinLock);
LARGE_INTEGER NdisInterlockedAddLargeInteger(PLARGE_INTEGER Addend,
                                             ULONG Increment,
                                             PNDIS_SPIN_LOCK SpinLock);

/* ---- reader/writer locks ---- */
/* NDIS 5 style NDIS_RW_LOCK with a per-acquire LOCK_STATE */
typedef union _NDIS_RW_LOCK_REFCOUNT {
  ULONG RefCount;
  UCHAR cacheLine[16];
} NDIS_RW_LOCK_REFCOUNT;
typedef struct _NDIS_RW_LOCK {
  union {
    struct {
      KSPIN_LOCK SpinLock;
      PVOID Context;
    };
    UCHAR Reserved[16];
  };
  union {
    NDIS_RW_LOCK_REFCOUNT RefCount[32];
    ULONG RefCountEx[32 * sizeof(NDIS_RW_LOCK_REFCOUNT) / sizeof(ULONG)];
  };
} NDIS_RW_LOCK, *PNDIS_RW_LOCK;
typedef struct _LOCK_STATE {
  USHORT LockState;
  KIRQL OldIrql;
} LOCK_STATE, *PLOCK_STATE;
VOID NdisInitializeReadWriteLock(PNDIS_RW_LOCK Lock);
VOID NdisAcquireReadWriteLock(PNDIS_RW_LOCK Lock, BOOLEAN fWrite,
                              PLOCK_STATE LockState);
VOID NdisReleaseReadWriteLock(PNDIS_RW_LOCK Lock, PLOCK_STATE LockState);
VOID NdisDprAcquireReadWriteLock(PNDIS_RW_LOCK Lock, BOOLEAN fWrite,
                                 PLOCK_STATE LockState);
VOID NdisDprReleaseReadWriteLock(PNDIS_RW_LOCK Lock, PLOCK_STATE LockState);

/* NDIS 6.20 NDIS_RW_LOCK_EX */
typedef struct _NDIS_RW_LOCK_EX NDIS_RW_LOCK_EX, *PNDIS_RW_LOCK_EX;
typedef struct _LOCK_STATE_EX {
  KIRQL OldIrql;
  UCHAR LockState;
  UCHAR Flags;
} LOCK_STATE_EX, *PLOCK_STATE_EX;
#define NDIS_RWL_AT_DISPATCH_LEVEL 1
_IRQL_requires_max_(DISPATCH_LEVEL) PNDIS_RW_LOCK_EX
    NdisAllocateRWLock(NDIS_HANDLE NdisHandle);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID NdisFreeRWLock(PNDIS_RW_LOCK_EX Lock);
VOID NdisAcquireRWLockRead(PNDIS_RW_LOCK_EX Lock, PLOCK_STATE_EX LockState,
                           UCHAR Flags);
VOID NdisAcquireRWLockWrite(PNDIS_RW_LOCK_EX Lock, PLOCK_STATE_EX LockState,
                            UCHAR Flags);
VOID NdisReleaseRWLock(PNDIS_RW_LOCK_EX Lock, PLOCK_STATE_EX LockState);

/* ---- events and mutexes ---- */
typedef struct _NDIS_EVENT {
  KEVENT Event;
} NDIS_EVENT, *PNDIS_EVENT;
_IRQL_requires_max_(HIGH_LEVEL) VOID NdisInitializeEvent(PNDIS_EVENT Event);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID NdisSetEvent(PNDIS_EVENT Event);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID NdisResetEvent(PNDIS_EVENT Event);
BOOLEAN NdisWaitEvent(PNDIS_EVENT Event, UINT MsToWait);
#define NDIS_INIT_MUTEX(_M_) KeInitializeMutex(_M_, 0xFFFF)
#define NDIS_RELEASE_MUTEX(_M_) KeReleaseMutex(_M_, FALSE)
#define NDIS_WAIT_FOR_MUTEX(_M_)                                               \
  KeWaitForSingleObject((PVOID)(_M_), Executive, KernelMode, FALSE, NULL)

/* ---- timing ---- */
VOID NdisStallExecution(UINT MicrosecondsToStall);
_IRQL_requires_max_(APC_LEVEL) VOID NdisMSleep(ULONG MicrosecondsToSleep);

typedef VOID NDIS_TIMER_FUNCTION(PVOID SystemSpecific1, PVOID FunctionContext,
                                 PVOID SystemSpecific2, PVOID SystemSpecific3);
typedef NDIS_TIMER_FUNCTION *PNDIS_TIMER_FUNCTION;
typedef struct _NDIS_TIMER_CHARACTERISTICS {
  NDIS_OBJECT_HEADER Header;
  ULONG AllocationTag;
  PNDIS_TIMER_FUNCTION TimerFunction;
  PVOID FunctionContext;
} NDIS_TIMER_CHARACTERISTICS, *PNDIS_TIMER_CHARACTERISTICS;
#define NDIS_TIMER_CHARACTERISTICS_REVISION_1 1
#define NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1                           \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_TIMER_CHARACTERISTICS, FunctionContext)
_IRQL_requires_max_(DISPATCH_LEVEL) NDIS_STATUS
    NdisAllocateTimerObject(NDIS_HANDLE NdisHandle,
                            PNDIS_TIMER_CHARACTERISTICS TimerCharacteristics,
                            PNDIS_HANDLE pTimerObject);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    NdisSetTimerObject(NDIS_HANDLE TimerObject, LARGE_INTEGER DueTime,
                       LONG MillisecondsPeriod, PVOID FunctionContext);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    NdisCancelTimerObject(NDIS_HANDLE TimerObject);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    NdisFreeTimerObject(NDIS_HANDLE TimerObject);

/* the SetOptions callback shared by miniport, protocol and filter drivers */
typedef NDIS_STATUS SET_OPTIONS(NDIS_HANDLE NdisDriverHandle,
                                NDIS_HANDLE DriverContext);
typedef SET_OPTIONS(*SET_OPTIONS_HANDLER);

/* ---- work items ---- */
typedef VOID NDIS_IO_WORKITEM_FUNCTION(PVOID WorkItemContext,
                                       NDIS_HANDLE NdisIoWorkItemHandle);
typedef NDIS_IO_WORKITEM_FUNCTION *NDIS_IO_WORKITEM_ROUTINE;
_IRQL_requires_max_(DISPATCH_LEVEL) NDIS_HANDLE
    NdisAllocateIoWorkItem(NDIS_HANDLE NdisObjectHandle);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    NdisQueueIoWorkItem(NDIS_HANDLE NdisIoWorkItemHandle,
                        NDIS_IO_WORKITEM_ROUTINE Routine,
                        PVOID WorkItemContext);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    NdisFreeIoWorkItem(NDIS_HANDLE NdisIoWorkItemHandle);

/* ---- configuration (registry) ---- */
typedef enum _NDIS_PARAMETER_TYPE {
  NdisParameterInteger,
  NdisParameterHexInteger,
  NdisParameterString,
  NdisParameterMultiString,
  NdisParameterBinary
} NDIS_PARAMETER_TYPE,
    *PNDIS_PARAMETER_TYPE;
typedef struct _BINARY_DATA {
  USHORT Length;
  PVOID Buffer;
} BINARY_DATA;
typedef struct _NDIS_CONFIGURATION_PARAMETER {
  NDIS_PARAMETER_TYPE ParameterType;
  union {
    ULONG IntegerData;
    NDIS_STRING StringData;
    BINARY_DATA BinaryData;
  } ParameterData;
} NDIS_CONFIGURATION_PARAMETER, *PNDIS_CONFIGURATION_PARAMETER;
typedef struct _NDIS_CONFIGURATION_OBJECT {
  NDIS_OBJECT_HEADER Header;
  NDIS_HANDLE NdisHandle;
  ULONG Flags;
} NDIS_CONFIGURATION_OBJECT, *PNDIS_CONFIGURATION_OBJECT;
#define NDIS_CONFIGURATION_OBJECT_REVISION_1 1
#define NDIS_SIZEOF_CONFIGURATION_OBJECT_REVISION_1                            \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_CONFIGURATION_OBJECT, Flags)
#define NDIS_CONFIG_FLAG_FILTER_INSTANCE_CONFIGURATION 0x00000001
NDIS_STATUS
NdisOpenConfigurationEx(PNDIS_CONFIGURATION_OBJECT ConfigObject,
                        PNDIS_HANDLE ConfigurationHandle);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    NdisCloseConfiguration(NDIS_HANDLE ConfigurationHandle);
VOID NdisReadConfiguration(PNDIS_STATUS Status,
                           PNDIS_CONFIGURATION_PARAMETER *ParameterValue,
                           NDIS_HANDLE ConfigurationHandle,
                           PNDIS_STRING Keyword,
                           NDIS_PARAMETER_TYPE ParameterType);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    NdisWriteConfiguration(PNDIS_STATUS Status, NDIS_HANDLE ConfigurationHandle,
                           PNDIS_STRING Keyword,
                           PNDIS_CONFIGURATION_PARAMETER ParameterValue);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    NdisReadNetworkAddress(PNDIS_STATUS Status, PVOID *NetworkAddress,
                           PUINT NetworkAddressLength,
                           NDIS_HANDLE ConfigurationHandle);
_IRQL_requires_max_(APC_LEVEL) VOID
    NdisOpenConfigurationKeyByName(PNDIS_STATUS Status,
                                   NDIS_HANDLE ConfigurationHandle,
                                   PNDIS_STRING SubKeyName,
                                   PNDIS_HANDLE SubKeyHandle);
_IRQL_requires_max_(APC_LEVEL) VOID
    NdisOpenConfigurationKeyByIndex(PNDIS_STATUS Status,
                                    NDIS_HANDLE ConfigurationHandle,
                                    ULONG Index, PNDIS_STRING KeyName,
                                    PNDIS_HANDLE KeyHandle);

/* ---- MDLs ---- */
_IRQL_requires_max_(DISPATCH_LEVEL) PMDL
    NdisAllocateMdl(NDIS_HANDLE NdisHandle, PVOID VirtualAddress, UINT Length);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID NdisFreeMdl(PMDL Mdl);
#define NdisQueryMdl(_Mdl, _VirtualAddress, _Length, _Priority)                \
  {                                                                            \
    if (ARGUMENT_PRESENT(_VirtualAddress)) {                                   \
      *(PVOID *)(_VirtualAddress) =                                            \
          MmGetSystemAddressForMdlSafe(_Mdl, _Priority);                       \
    }                                                                          \
    *(_Length) = MmGetMdlByteCount(_Mdl);                                      \
  }
#define NdisQueryMdlOffset(_Mdl, _Offset, _Length)                             \
  {                                                                            \
    *(_Offset) = MmGetMdlByteOffset(_Mdl);                                     \
    *(_Length) = MmGetMdlByteCount(_Mdl);                                      \
  }
#define NdisGetNextMdl(_CurrentMdl, _NextMdl)                                  \
  {                                                                            \
    *(_NextMdl) = (_CurrentMdl)->Next;                                         \
  }
#define NdisAdjustMdlLength(_Mdl, _Length) ((_Mdl)->ByteCount = (_Length))
#define NDIS_MDL_TO_PHYSICAL_ADDRESS_PAGE(_Mdl, _Index)                        \
  (MmGetMdlPfnArray(_Mdl)[(_Index)])
#define NDIS_MDL_LINKAGE(_Mdl) ((_Mdl)->Next)
#define NdisBufferLength MmGetMdlByteCount
#define NdisBufferVirtualAddress(_Buffer) MmGetSystemAddressForMdl(_Buffer)
#define NdisBufferVirtualAddressSafe(_Buffer, _Priority)                       \
  MmGetSystemAddressForMdlSafe(_Buffer, _Priority)
#define NdisQueryBufferSafe(_Buffer, _VirtualAddress, _Length, _Priority)      \
  NdisQueryMdl(_Buffer, _VirtualAddress, _Length, _Priority)
#define NdisGetNextBuffer(CurrentBuffer, NextBuffer)                           \
  NdisGetNextMdl(CurrentBuffer, NextBuffer)

/* ---- error and event logging ---- */
#define NDIS_ERROR_CODE_RESOURCE_CONFLICT 0xC0001388L
#define NDIS_ERROR_CODE_OUT_OF_RESOURCES 0xC0001389L
#define NDIS_ERROR_CODE_HARDWARE_FAILURE 0xC000138AL
#define NDIS_ERROR_CODE_ADAPTER_NOT_FOUND 0xC000138BL
#define NDIS_ERROR_CODE_INTERRUPT_CONNECT 0xC000138CL
#define NDIS_ERROR_CODE_DRIVER_FAILURE 0xC000138DL
#define NDIS_ERROR_CODE_BAD_VERSION 0xC000138EL
#define NDIS_ERROR_CODE_TIMEOUT 0xC000138FL
#define NDIS_ERROR_CODE_NETWORK_ADDRESS 0xC0001390L
#define NDIS_ERROR_CODE_UNSUPPORTED_CONFIGURATION 0xC0001391L
#define NDIS_ERROR_CODE_INVALID_VALUE_FROM_ADAPTER 0xC0001392L
#define NDIS_ERROR_CODE_MISSING_CONFIGURATION_PARAMETER 0xC0001393L
#define NDIS_ERROR_CODE_BAD_IO_BASE_ADDRESS 0xC0001394L
#define NDIS_ERROR_CODE_RECEIVE_SPACE_SMALL 0xC0001395L
#define NDIS_ERROR_CODE_ADAPTER_DISABLED 0xC0001396L
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    NdisWriteErrorLogEntry(NDIS_HANDLE NdisAdapterHandle,
                           NDIS_ERROR_CODE ErrorCode, ULONG NumberOfErrorValues,
                           ...);
_IRQL_requires_max_(DISPATCH_LEVEL) NDIS_STATUS
    NdisWriteEventLogEntry(PVOID LogHandle, NDIS_STATUS EventCode,
                           ULONG UniqueEventValue, USHORT NumStrings,
                           PVOID StringsList, ULONG DataSize, PVOID Data);

/* ---- miscellaneous ---- */
_IRQL_requires_max_(PASSIVE_LEVEL) ULONG NdisSystemProcessorCount(VOID);
#define NdisSystemActiveProcessorCount()                                       \
  KeQueryActiveProcessorCountEx(ALL_PROCESSOR_GROUPS)
#define NdisGroupMaxProcessorCount(Group) KeQueryMaximumProcessorCountEx(Group)
#define NdisGroupActiveProcessorCount(Group)                                   \
  KeQueryActiveProcessorCountEx(Group)
#define NdisGroupActiveProcessorMask(Group) KeQueryGroupAffinity(Group)
#define NdisCurrentGroupAndProcessor(_P) KeGetCurrentProcessorNumberEx(_P)
#define NdisCurrentProcessorIndex() KeGetCurrentProcessorIndex()
#define NdisProcessorNumberToIndex(ProcNum)                                    \
  KeGetProcessorIndexFromNumber(&(ProcNum))
#define NdisProcessorIndexToNumber(ProcIndex, ProcNum)                         \
  KeGetProcessorNumberFromIndex((ProcIndex), (ProcNum))
#define NdisMaxGroupCount() KeQueryMaximumGroupCount()
#define NdisActiveGroupCount() KeQueryActiveGroupCount()
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG NdisGetSharedDataAlignment(VOID);
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG NdisGetVersion(VOID);
_IRQL_requires_max_(HIGH_LEVEL) VOID NdisGetSystemUpTime(PULONG pSystemUpTime);
_IRQL_requires_max_(PASSIVE_LEVEL) PVOID
    NdisGetRoutineAddress(PNDIS_STRING NdisRoutineName);
_IRQL_requires_max_(DISPATCH_LEVEL) NDIS_STATUS
    NdisQueryAdapterInstanceName(PNDIS_STRING pAdapterInstanceName,
                                 NDIS_HANDLE NdisBindingHandle);
_IRQL_requires_max_(DISPATCH_LEVEL) NDIS_STATUS
    NdisQueryBindInstanceName(PNDIS_STRING pAdapterInstanceName,
                              NDIS_HANDLE BindingContext);
_IRQL_requires_max_(PASSIVE_LEVEL) NDIS_STATUS
    NdisAnsiStringToUnicodeString(PNDIS_STRING DestinationString,
                                  PANSI_STRING SourceString);
_IRQL_requires_max_(PASSIVE_LEVEL) NDIS_STATUS
    NdisUnicodeStringToAnsiString(PANSI_STRING DestinationString,
                                  PNDIS_STRING SourceString);

/* Ethernet address helpers */
#define ETH_LENGTH_OF_ADDRESS 6
#define ETH_IS_BROADCAST(Address)                                              \
  ((((PUCHAR)(Address))[0] == ((UCHAR)0xff)) &&                                \
   (((PUCHAR)(Address))[1] == ((UCHAR)0xff)) &&                                \
   (((PUCHAR)(Address))[2] == ((UCHAR)0xff)) &&                                \
   (((PUCHAR)(Address))[3] == ((UCHAR)0xff)) &&                                \
   (((PUCHAR)(Address))[4] == ((UCHAR)0xff)) &&                                \
   (((PUCHAR)(Address))[5] == ((UCHAR)0xff)))
#define ETH_IS_MULTICAST(Address)                                              \
  (BOOLEAN)(((PUCHAR)(Address))[0] & ((UCHAR)0x01))
#define ETH_IS_UNICAST(Address)                                                \
  (BOOLEAN)(!ETH_IS_MULTICAST(Address) && !ETH_IS_BROADCAST(Address))
#define ETH_COMPARE_NETWORK_ADDRESSES(_A, _B, _Result)                         \
  {                                                                            \
    *(_Result) = memcmp((_A), (_B), ETH_LENGTH_OF_ADDRESS);                    \
  }
#define ETH_COMPARE_NETWORK_ADDRESSES_EQ(_A, _B, _Result)                      \
  {                                                                            \
    *(_Result) = (memcmp((_A), (_B), ETH_LENGTH_OF_ADDRESS) != 0);             \
  }
#define ETH_COPY_NETWORK_ADDRESS(_D, _S)                                       \
  memcpy((_D), (_S), ETH_LENGTH_OF_ADDRESS)

/* protocol ids (NET_BUFFER_LIST NetBufferListFrameType / protocol id) */
#define NDIS_PROTOCOL_ID_DEFAULT 0x00
#define NDIS_PROTOCOL_ID_TCP_IP 0x02
#define NDIS_PROTOCOL_ID_IP6 0x03
#define NDIS_PROTOCOL_ID_IPX 0x06
#define NDIS_PROTOCOL_ID_NBF 0x07
#define NDIS_PROTOCOL_ID_MAX 0x0F
#define NDIS_PROTOCOL_ID_MASK 0x0F
#define NDIS_ETH_TYPE_IPV4 0x0800
#define NDIS_ETH_TYPE_ARP 0x0806
#define NDIS_ETH_TYPE_IPV6 0x86DD
#define NDIS_ETH_TYPE_802_1X 0x888E
#define NDIS_ETH_TYPE_802_1Q 0x8100
#define NDIS_ETH_TYPE_SLOW_PROTOCOL 0x8809

/* Static Driver Verifier hooks: "ignored by the compiler" */
#define __sdv_save_adapter_context(_Context) ((void)0)

/* driver-context declaration helpers (SAL type tags in the real header) */
#define NDIS_DECLARE_MINIPORT_DRIVER_CONTEXT(_T)
#define NDIS_DECLARE_MINIPORT_ADAPTER_CONTEXT(_T)
#define NDIS_DECLARE_MINIPORT_INTERRUPT_CONTEXT(_T)
#define NDIS_DECLARE_PROTOCOL_DRIVER_CONTEXT(_T)
#define NDIS_DECLARE_PROTOCOL_OPEN_CONTEXT(_T)
#define NDIS_DECLARE_PROTOCOL_BIND_CONTEXT(_T)
#define NDIS_DECLARE_FILTER_DRIVER_CONTEXT(_T)
#define NDIS_DECLARE_FILTER_MODULE_CONTEXT(_T)
#define NDIS_DECLARE_TIMER_CONTEXT(_T)
#define NDIS_DECLARE_IO_WORKITEM_CONTEXT(_T)

/* code placement, used as `#pragma NDIS_PAGEABLE_FUNCTION(f)`: the
 * alloc_text pragma arguments */
#define NDIS_INIT_FUNCTION(_F) alloc_text(INIT, _F)
#define NDIS_PAGEABLE_FUNCTION(_F) alloc_text(PAGE, _F)
#define NDIS_PAGABLE_FUNCTION(_F) alloc_text(PAGE, _F)

#endif
