/* irqlint's model of the public NDIS API (ndis.h), written from the
 * documentation -- not Microsoft's header. The spin-lock routines are macros
 * over the Ke routines on &(l)->SpinLock, as in the real header. */
#ifndef IRQLINT_WDK_NDIS_H
#define IRQLINT_WDK_NDIS_H

#include "wdm.h"

typedef int NDIS_STATUS, *PNDIS_STATUS;
typedef PVOID NDIS_HANDLE, *PNDIS_HANDLE;
#define NDIS_STATUS_SUCCESS ((NDIS_STATUS)STATUS_SUCCESS)
#define NDIS_STATUS_PENDING ((NDIS_STATUS)STATUS_PENDING)
#define NDIS_STATUS_FAILURE ((NDIS_STATUS)0xC0000001L)
#define NDIS_STATUS_RESOURCES ((NDIS_STATUS)STATUS_INSUFFICIENT_RESOURCES)

typedef struct _NDIS_SPIN_LOCK {
  KSPIN_LOCK SpinLock;
  KIRQL OldIrql;
} NDIS_SPIN_LOCK, *PNDIS_SPIN_LOCK;

typedef struct _NET_BUFFER_LIST {
  struct _NET_BUFFER_LIST *Next;
} NET_BUFFER_LIST, *PNET_BUFFER_LIST;

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
VOID NdisStallExecution(ULONG MicrosecondsToStall);

/* ---- NDIS 6 miniport shapes used by drivers and their role types ---- */
typedef struct _NDIS_MINIPORT_INIT_PARAMETERS *PNDIS_MINIPORT_INIT_PARAMETERS;
typedef enum _NDIS_HALT_ACTION { NdisHaltDeviceDisabled } NDIS_HALT_ACTION;
typedef NDIS_HANDLE NDIS_SPIN_LOCK_HANDLE;

typedef _IRQL_requires_(PASSIVE_LEVEL) NDIS_STATUS
    MINIPORT_INITIALIZE(NDIS_HANDLE MiniportAdapterHandle,
                        NDIS_HANDLE MiniportDriverContext,
                        PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters);
typedef _IRQL_requires_(PASSIVE_LEVEL) VOID
    MINIPORT_HALT(NDIS_HANDLE MiniportAdapterContext,
                  NDIS_HALT_ACTION HaltAction);
typedef _IRQL_requires_max_(DISPATCH_LEVEL) VOID
    MINIPORT_SEND_NET_BUFFER_LISTS(NDIS_HANDLE MiniportAdapterContext,
                                   PNET_BUFFER_LIST NetBufferList,
                                   ULONG PortNumber, ULONG SendFlags);
typedef _IRQL_requires_max_(DISPATCH_LEVEL) VOID
    MINIPORT_RETURN_NET_BUFFER_LISTS(NDIS_HANDLE MiniportAdapterContext,
                                     PNET_BUFFER_LIST NetBufferLists,
                                     ULONG ReturnFlags);
typedef BOOLEAN MINIPORT_ISR(NDIS_HANDLE MiniportInterruptContext,
                             PBOOLEAN QueueDefaultInterruptDpc,
                             PULONG TargetProcessors);
typedef _IRQL_requires_(DISPATCH_LEVEL) VOID
    MINIPORT_INTERRUPT_DPC(NDIS_HANDLE MiniportInterruptContext,
                           PVOID MiniportDpcContext,
                           PVOID ReceiveThrottleParameters,
                           PVOID NdisReserved2);
typedef VOID MINIPORT_DISABLE_INTERRUPT(NDIS_HANDLE MiniportInterruptContext);
typedef VOID MINIPORT_ENABLE_INTERRUPT(NDIS_HANDLE MiniportInterruptContext);
typedef BOOLEAN MINIPORT_SYNCHRONIZE_INTERRUPT(PVOID SynchronizeContext);

#define NDIS_SEND_FLAGS_DISPATCH_LEVEL 0x00000001
#define NDIS_TEST_SEND_AT_DISPATCH_LEVEL(_Flags)                               \
  (((_Flags) & NDIS_SEND_FLAGS_DISPATCH_LEVEL) ? TRUE : FALSE)
#define NDIS_RETURN_FLAGS_DISPATCH_LEVEL 0x00000001
#define NDIS_TEST_RETURN_AT_DISPATCH_LEVEL(_Flags)                             \
  (((_Flags) & NDIS_RETURN_FLAGS_DISPATCH_LEVEL) ? TRUE : FALSE)

BOOLEAN NdisMSynchronizeWithInterruptEx(NDIS_HANDLE NdisInterruptHandle,
                                        ULONG MessageId,
                                        MINIPORT_SYNCHRONIZE_INTERRUPT *Routine,
                                        PVOID SynchronizeContext);
VOID NdisMSendNetBufferListsComplete(NDIS_HANDLE MiniportAdapterHandle,
                                     PNET_BUFFER_LIST NetBufferLists,
                                     ULONG SendCompleteFlags);
_IRQL_requires_max_(APC_LEVEL) VOID NdisMSleep(ULONG MicrosecondsToSleep);
PVOID NdisAllocateMemoryWithTagPriority(NDIS_HANDLE NdisHandle, ULONG Length,
                                        ULONG Tag, ULONG Priority);
VOID NdisFreeMemory(PVOID VirtualAddress, ULONG Length, ULONG MemoryFlags);

typedef VOID NDIS_TIMER_FUNCTION(PVOID SystemSpecific1, PVOID FunctionContext,
                                 PVOID SystemSpecific2, PVOID SystemSpecific3);
typedef NDIS_TIMER_FUNCTION *PNDIS_TIMER_FUNCTION;
typedef VOID NDIS_IO_WORKITEM_FUNCTION(PVOID WorkItemContext,
                                       NDIS_HANDLE NdisIoWorkItemHandle);
typedef NDIS_IO_WORKITEM_FUNCTION *NDIS_IO_WORKITEM_ROUTINE;

/* Interrupt registration (NDIS 6). irqlint reads the handlers stored in the
 * characteristics as DIRQL routines (ISR, disable, enable). */
typedef struct _NDIS_OBJECT_HEADER {
  UCHAR Type;
  UCHAR Revision;
  USHORT Size;
} NDIS_OBJECT_HEADER, *PNDIS_OBJECT_HEADER;
typedef struct _NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS {
  NDIS_OBJECT_HEADER Header;
  MINIPORT_ISR *InterruptHandler;
  MINIPORT_INTERRUPT_DPC *InterruptDpcHandler;
  MINIPORT_DISABLE_INTERRUPT *DisableInterruptHandler;
  MINIPORT_ENABLE_INTERRUPT *EnableInterruptHandler;
} NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS,
    *PNDIS_MINIPORT_INTERRUPT_CHARACTERISTICS;
NDIS_STATUS NdisMRegisterInterruptEx(
    NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportInterruptContext,
    PNDIS_MINIPORT_INTERRUPT_CHARACTERISTICS MiniportInterruptCharacteristics,
    PNDIS_HANDLE NdisInterruptHandle);
VOID NdisMDeregisterInterruptEx(NDIS_HANDLE NdisInterruptHandle);

/* NDIS 5.1 miniports: the handlers live in the driver characteristics. */
typedef VOID W_ISR_HANDLER(PBOOLEAN InterruptRecognized,
                           PBOOLEAN QueueMiniportHandleInterrupt,
                           NDIS_HANDLE MiniportAdapterContext);
typedef VOID W_DISABLE_INTERRUPT_HANDLER(NDIS_HANDLE MiniportAdapterContext);
typedef VOID W_ENABLE_INTERRUPT_HANDLER(NDIS_HANDLE MiniportAdapterContext);
typedef struct _NDIS51_MINIPORT_CHARACTERISTICS {
  UCHAR MajorNdisVersion;
  UCHAR MinorNdisVersion;
  W_DISABLE_INTERRUPT_HANDLER *DisableInterruptHandler;
  W_ENABLE_INTERRUPT_HANDLER *EnableInterruptHandler;
  W_ISR_HANDLER *ISRHandler;
} NDIS51_MINIPORT_CHARACTERISTICS, NDIS_MINIPORT_CHARACTERISTICS;
typedef struct _NDIS_MINIPORT_INTERRUPT *PNDIS_MINIPORT_INTERRUPT;
BOOLEAN NdisMSynchronizeWithInterrupt(PNDIS_MINIPORT_INTERRUPT Interrupt,
                                      PVOID SynchronizeFunction,
                                      PVOID SynchronizeContext);

#endif
