/* irqlint's model of the public WDK kernel API (wdm.h), written from the
 * documentation -- not Microsoft's header. irqlint adds this directory after
 * the user's include paths (-idirafter), so driver code parses on a machine
 * without the WDK; a real WDK on the include path wins. Like the real amd64
 * and x86 headers, routines the WDK implements as macros are macros here
 * (KeAcquireSpinLock expands to KeAcquireSpinLockRaiseToDpc on amd64, to
 * KfAcquireSpinLock on x86). This is a first cut: the NDIS 6 / WDM / KMDF
 * coverage grows with the real-driver work. */
#ifndef IRQLINT_WDK_WDM_H
#define IRQLINT_WDK_WDM_H

#ifndef IRQLINT_WDK_FUNCTION_SHAPES
#define IRQLINT_WDK_MACRO_SHAPES 1
#endif
#include "sal.h"

#define IN
#define OUT
#define OPTIONAL
#define NTAPI __stdcall
#define FASTCALL __fastcall
#define DECLSPEC_NORETURN __declspec(noreturn)
#define TRUE 1
#define FALSE 0
#define NULL ((void *)0)
#define UNREFERENCED_PARAMETER(P) ((void)(P))
#define PAGED_CODE() ((void)0)

typedef void VOID, *PVOID;
typedef char CHAR;
typedef unsigned char UCHAR, BOOLEAN, *PBOOLEAN;
typedef short SHORT;
typedef unsigned short USHORT;
typedef long LONG, *PLONG;
typedef unsigned long ULONG, *PULONG;
typedef long long LONG64;
typedef unsigned long long ULONG64;
#ifdef _WIN64
typedef unsigned long long ULONG_PTR;
typedef long long LONG_PTR;
#else
typedef unsigned long ULONG_PTR;
typedef long LONG_PTR;
#endif
typedef ULONG_PTR SIZE_T;
typedef LONG NTSTATUS;
#define STATUS_SUCCESS ((NTSTATUS)0x00000000L)
#define STATUS_PENDING ((NTSTATUS)0x00000103L)
#define STATUS_UNSUCCESSFUL ((NTSTATUS)0xC0000001L)
#define STATUS_INSUFFICIENT_RESOURCES ((NTSTATUS)0xC000009AL)
#define NT_SUCCESS(Status) (((NTSTATUS)(Status)) >= 0)

typedef union _LARGE_INTEGER {
  struct {
    ULONG LowPart;
    LONG HighPart;
  } u;
  LONG64 QuadPart;
} LARGE_INTEGER, *PLARGE_INTEGER;

typedef struct _LIST_ENTRY {
  struct _LIST_ENTRY *Flink, *Blink;
} LIST_ENTRY, *PLIST_ENTRY;
/* The doubly linked list helpers are inline functions in the real header
 * too; they take no lock. */
static __inline VOID InitializeListHead(PLIST_ENTRY ListHead) {
  ListHead->Flink = ListHead->Blink = ListHead;
}
static __inline BOOLEAN IsListEmpty(const LIST_ENTRY *ListHead) {
  return (BOOLEAN)(ListHead->Flink == ListHead);
}
static __inline VOID InsertTailList(PLIST_ENTRY ListHead, PLIST_ENTRY Entry) {
  PLIST_ENTRY last = ListHead->Blink;
  Entry->Flink = ListHead;
  Entry->Blink = last;
  last->Flink = Entry;
  ListHead->Blink = Entry;
}
static __inline PLIST_ENTRY RemoveHeadList(PLIST_ENTRY ListHead) {
  PLIST_ENTRY entry = ListHead->Flink;
  ListHead->Flink = entry->Flink;
  entry->Flink->Blink = ListHead;
  return entry;
}

typedef struct _SINGLE_LIST_ENTRY {
  struct _SINGLE_LIST_ENTRY *Next;
} SINGLE_LIST_ENTRY, *PSINGLE_LIST_ENTRY;

typedef UCHAR KIRQL, *PKIRQL;
#define PASSIVE_LEVEL 0
#define APC_LEVEL 1
#define DISPATCH_LEVEL 2
#define HIGH_LEVEL 15

typedef ULONG_PTR KSPIN_LOCK, *PKSPIN_LOCK;
typedef struct _KLOCK_QUEUE_HANDLE {
  struct {
    PVOID Next, Lock;
  } LockQueue;
  KIRQL OldIrql;
} KLOCK_QUEUE_HANDLE, *PKLOCK_QUEUE_HANDLE;
typedef LONG EX_SPIN_LOCK, *PEX_SPIN_LOCK;
typedef struct _KINTERRUPT *PKINTERRUPT;
typedef struct _KDPC {
  PVOID DeferredContext;
} KDPC, *PKDPC;
typedef struct _DEVICE_OBJECT *PDEVICE_OBJECT;
typedef struct _DRIVER_OBJECT *PDRIVER_OBJECT;
typedef struct _IRP *PIRP;
typedef enum _POOL_TYPE {
  NonPagedPool,
  PagedPool,
  NonPagedPoolNx = 512
} POOL_TYPE;

VOID KeInitializeSpinLock(PKSPIN_LOCK SpinLock);
KIRQL KeAcquireSpinLockRaiseToDpc(PKSPIN_LOCK SpinLock);
KIRQL FASTCALL KfAcquireSpinLock(PKSPIN_LOCK SpinLock);
VOID FASTCALL KfReleaseSpinLock(PKSPIN_LOCK SpinLock, KIRQL NewIrql);
VOID FASTCALL KefAcquireSpinLockAtDpcLevel(PKSPIN_LOCK SpinLock);
VOID FASTCALL KefReleaseSpinLockFromDpcLevel(PKSPIN_LOCK SpinLock);
KIRQL FASTCALL KfRaiseIrql(KIRQL NewIrql);
VOID FASTCALL KfLowerIrql(KIRQL NewIrql);

#if defined(IRQLINT_WDK_MACRO_SHAPES) && defined(_X86_)
#define KeAcquireSpinLock(a, b) *(b) = KfAcquireSpinLock(a)
#define KeReleaseSpinLock(a, b) KfReleaseSpinLock(a, b)
#define KeAcquireSpinLockAtDpcLevel(a) KefAcquireSpinLockAtDpcLevel(a)
#define KeReleaseSpinLockFromDpcLevel(a) KefReleaseSpinLockFromDpcLevel(a)
#define KeRaiseIrql(a, b) *(b) = KfRaiseIrql(a)
#define KeLowerIrql(a) KfLowerIrql(a)
#elif defined(IRQLINT_WDK_MACRO_SHAPES)
#define KeAcquireSpinLock(SpinLock, OldIrql)                                   \
  *(OldIrql) = KeAcquireSpinLockRaiseToDpc(SpinLock)
#define KeRaiseIrql(a, b) *(b) = KfRaiseIrql(a)
#define KeLowerIrql(a) KfLowerIrql(a)
VOID KeReleaseSpinLock(PKSPIN_LOCK SpinLock, KIRQL NewIrql);
VOID KeAcquireSpinLockAtDpcLevel(PKSPIN_LOCK SpinLock);
VOID KeReleaseSpinLockFromDpcLevel(PKSPIN_LOCK SpinLock);
#else
VOID KeAcquireSpinLock(PKSPIN_LOCK SpinLock, PKIRQL OldIrql);
VOID KeReleaseSpinLock(PKSPIN_LOCK SpinLock, KIRQL NewIrql);
VOID KeAcquireSpinLockAtDpcLevel(PKSPIN_LOCK SpinLock);
VOID KeReleaseSpinLockFromDpcLevel(PKSPIN_LOCK SpinLock);
VOID KeRaiseIrql(KIRQL NewIrql, PKIRQL OldIrql);
VOID KeLowerIrql(KIRQL NewIrql);
#endif

BOOLEAN KeTryToAcquireSpinLockAtDpcLevel(PKSPIN_LOCK SpinLock);
KIRQL KeAcquireSpinLockForDpc(PKSPIN_LOCK SpinLock);
VOID KeReleaseSpinLockForDpc(PKSPIN_LOCK SpinLock, KIRQL OldIrql);
VOID KeAcquireInStackQueuedSpinLock(PKSPIN_LOCK SpinLock,
                                    PKLOCK_QUEUE_HANDLE LockHandle);
VOID KeAcquireInStackQueuedSpinLockAtDpcLevel(PKSPIN_LOCK SpinLock,
                                              PKLOCK_QUEUE_HANDLE LockHandle);
VOID KeAcquireInStackQueuedSpinLockForDpc(PKSPIN_LOCK SpinLock,
                                          PKLOCK_QUEUE_HANDLE LockHandle);
VOID KeReleaseInStackQueuedSpinLock(PKLOCK_QUEUE_HANDLE LockHandle);
VOID KeReleaseInStackQueuedSpinLockFromDpcLevel(PKLOCK_QUEUE_HANDLE LockHandle);
VOID KeReleaseInStackQueuedSpinLockForDpc(PKLOCK_QUEUE_HANDLE LockHandle);
KIRQL KeAcquireInterruptSpinLock(PKINTERRUPT Interrupt);
VOID KeReleaseInterruptSpinLock(PKINTERRUPT Interrupt, KIRQL OldIrql);
KIRQL ExAcquireSpinLockExclusive(PEX_SPIN_LOCK SpinLock);
KIRQL ExAcquireSpinLockShared(PEX_SPIN_LOCK SpinLock);
VOID ExAcquireSpinLockExclusiveAtDpcLevel(PEX_SPIN_LOCK SpinLock);
VOID ExAcquireSpinLockSharedAtDpcLevel(PEX_SPIN_LOCK SpinLock);
VOID ExReleaseSpinLockExclusive(PEX_SPIN_LOCK SpinLock, KIRQL OldIrql);
VOID ExReleaseSpinLockShared(PEX_SPIN_LOCK SpinLock, KIRQL OldIrql);
VOID ExReleaseSpinLockExclusiveFromDpcLevel(PEX_SPIN_LOCK SpinLock);
VOID ExReleaseSpinLockSharedFromDpcLevel(PEX_SPIN_LOCK SpinLock);
ULONG ExTryAcquireSpinLockExclusiveAtDpcLevel(PEX_SPIN_LOCK SpinLock);
ULONG ExTryAcquireSpinLockSharedAtDpcLevel(PEX_SPIN_LOCK SpinLock);
PLIST_ENTRY ExInterlockedInsertHeadList(PLIST_ENTRY ListHead,
                                        PLIST_ENTRY ListEntry,
                                        PKSPIN_LOCK Lock);
PLIST_ENTRY ExInterlockedInsertTailList(PLIST_ENTRY ListHead,
                                        PLIST_ENTRY ListEntry,
                                        PKSPIN_LOCK Lock);
PLIST_ENTRY ExInterlockedRemoveHeadList(PLIST_ENTRY ListHead, PKSPIN_LOCK Lock);
PSINGLE_LIST_ENTRY ExInterlockedPushEntryList(PSINGLE_LIST_ENTRY ListHead,
                                              PSINGLE_LIST_ENTRY ListEntry,
                                              PKSPIN_LOCK Lock);
PSINGLE_LIST_ENTRY ExInterlockedPopEntryList(PSINGLE_LIST_ENTRY ListHead,
                                             PKSPIN_LOCK Lock);
ULONG ExInterlockedAddUlong(PULONG Addend, ULONG Increment, PKSPIN_LOCK Lock);
LARGE_INTEGER ExInterlockedAddLargeInteger(PLARGE_INTEGER Addend,
                                           LARGE_INTEGER Increment,
                                           PKSPIN_LOCK Lock);
VOID IoAcquireCancelSpinLock(PKIRQL Irql);
VOID IoReleaseCancelSpinLock(KIRQL Irql);
KIRQL KeRaiseIrqlToDpcLevel(void);
KIRQL KeGetCurrentIrql(void);
DECLSPEC_NORETURN VOID KeBugCheckEx(ULONG BugCheckCode, ULONG_PTR P1,
                                    ULONG_PTR P2, ULONG_PTR P3, ULONG_PTR P4);
VOID KeStallExecutionProcessor(ULONG MicroSeconds);
PVOID ExAllocatePoolWithTag(POOL_TYPE PoolType, SIZE_T NumberOfBytes,
                            ULONG Tag);
VOID ExFreePoolWithTag(PVOID P, ULONG Tag);
NTSTATUS KeDelayExecutionThread(CHAR WaitMode, BOOLEAN Alertable,
                                PLARGE_INTEGER Interval);
BOOLEAN KeInsertQueueDpc(PKDPC Dpc, PVOID SystemArgument1,
                         PVOID SystemArgument2);

#endif
