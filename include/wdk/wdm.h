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
/* the WDK defines these where the compiler supports the section pragmas,
 * and drivers wrap their `#pragma alloc_text` in `#ifdef ALLOC_PRAGMA` */
#define ALLOC_PRAGMA 1
#define ALLOC_DATA_PRAGMA 1

typedef void VOID, *PVOID;
typedef char CHAR, *PCHAR;
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
#define STATUS_INVALID_PARAMETER ((NTSTATUS)0xC000000DL)
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
typedef unsigned short WCHAR, *PWCHAR, *PWSTR;
typedef const char *PCSTR;
typedef const WCHAR *PCWSTR;
typedef struct _UNICODE_STRING {
  USHORT Length;
  USHORT MaximumLength;
  PWSTR Buffer;
} UNICODE_STRING, *PUNICODE_STRING;
typedef const UNICODE_STRING *PCUNICODE_STRING;

typedef struct _IO_STATUS_BLOCK {
  NTSTATUS Status;
  ULONG_PTR Information;
} IO_STATUS_BLOCK, *PIO_STATUS_BLOCK;

struct _IRP;
struct _DEVICE_OBJECT;
struct _DRIVER_OBJECT;
typedef NTSTATUS DRIVER_DISPATCH(struct _DEVICE_OBJECT *DeviceObject,
                                 struct _IRP *Irp);
typedef DRIVER_DISPATCH *PDRIVER_DISPATCH;
typedef VOID DRIVER_CANCEL(struct _DEVICE_OBJECT *DeviceObject,
                           struct _IRP *Irp);
typedef DRIVER_CANCEL *PDRIVER_CANCEL;
typedef VOID DRIVER_UNLOAD(struct _DRIVER_OBJECT *DriverObject);
typedef DRIVER_UNLOAD *PDRIVER_UNLOAD;
typedef NTSTATUS DRIVER_INITIALIZE(struct _DRIVER_OBJECT *DriverObject,
                                   PUNICODE_STRING RegistryPath);
typedef NTSTATUS DRIVER_ADD_DEVICE(struct _DRIVER_OBJECT *DriverObject,
                                   struct _DEVICE_OBJECT *PhysicalDeviceObject);
typedef NTSTATUS IO_COMPLETION_ROUTINE(struct _DEVICE_OBJECT *DeviceObject,
                                       struct _IRP *Irp, PVOID Context);
typedef IO_COMPLETION_ROUTINE *PIO_COMPLETION_ROUTINE;

#define IRP_MJ_CREATE 0x00
#define IRP_MJ_CLOSE 0x02
#define IRP_MJ_READ 0x03
#define IRP_MJ_WRITE 0x04
#define IRP_MJ_DEVICE_CONTROL 0x0e
#define IRP_MJ_INTERNAL_DEVICE_CONTROL 0x0f
#define IRP_MJ_CLEANUP 0x12
#define IRP_MJ_POWER 0x16
#define IRP_MJ_SYSTEM_CONTROL 0x17
#define IRP_MJ_PNP 0x1b
#define IRP_MJ_MAXIMUM_FUNCTION 0x1b
#define IO_NO_INCREMENT 0

typedef struct _DRIVER_OBJECT {
  struct _DEVICE_OBJECT *DeviceObject;
  PDRIVER_UNLOAD DriverUnload;
  PDRIVER_DISPATCH MajorFunction[IRP_MJ_MAXIMUM_FUNCTION + 1];
} DRIVER_OBJECT, *PDRIVER_OBJECT;

typedef struct _DEVICE_OBJECT {
  PDRIVER_OBJECT DriverObject;
  struct _DEVICE_OBJECT *NextDevice;
  PVOID DeviceExtension;
  ULONG Flags;
} DEVICE_OBJECT, *PDEVICE_OBJECT;

typedef struct _IO_STACK_LOCATION {
  UCHAR MajorFunction;
  UCHAR MinorFunction;
  union {
    struct {
      ULONG OutputBufferLength;
      ULONG InputBufferLength;
      ULONG IoControlCode;
      PVOID Type3InputBuffer;
    } DeviceIoControl;
    struct {
      ULONG Length;
      ULONG Key;
      LARGE_INTEGER ByteOffset;
    } Read, Write;
  } Parameters;
  PDEVICE_OBJECT DeviceObject;
} IO_STACK_LOCATION, *PIO_STACK_LOCATION;

typedef struct _IRP {
  IO_STATUS_BLOCK IoStatus;
  PVOID SystemBuffer;
  LIST_ENTRY ListEntry;
  BOOLEAN Cancel;
  KIRQL CancelIrql;
  PDRIVER_CANCEL CancelRoutine;
  PIO_STACK_LOCATION CurrentStackLocation;
} IRP, *PIRP;

VOID IoCompleteRequest(PIRP Irp, CHAR PriorityBoost);
NTSTATUS IoCallDriver(PDEVICE_OBJECT DeviceObject, PIRP Irp);
PIO_STACK_LOCATION IoGetCurrentIrpStackLocation(PIRP Irp);
VOID IoSkipCurrentIrpStackLocation(PIRP Irp);
VOID IoCopyCurrentIrpStackLocationToNext(PIRP Irp);
VOID IoMarkIrpPending(PIRP Irp);
PDRIVER_CANCEL IoSetCancelRoutine(PIRP Irp, PDRIVER_CANCEL CancelRoutine);
VOID IoSetCompletionRoutine(PIRP Irp, PIO_COMPLETION_ROUTINE CompletionRoutine,
                            PVOID Context, BOOLEAN InvokeOnSuccess,
                            BOOLEAN InvokeOnError, BOOLEAN InvokeOnCancel);
NTSTATUS IoCreateDevice(PDRIVER_OBJECT DriverObject, ULONG DeviceExtensionSize,
                        PUNICODE_STRING DeviceName, ULONG DeviceType,
                        ULONG DeviceCharacteristics, BOOLEAN Exclusive,
                        PDEVICE_OBJECT *DeviceObject);
VOID IoDeleteDevice(PDEVICE_OBJECT DeviceObject);

typedef struct _KEVENT {
  LONG State;
} KEVENT, *PKEVENT;
typedef enum _EVENT_TYPE { NotificationEvent, SynchronizationEvent } EVENT_TYPE;
typedef enum _KWAIT_REASON { Executive } KWAIT_REASON;
typedef CHAR KPROCESSOR_MODE;
#define KernelMode 0
#define UserMode 1
VOID KeInitializeEvent(PKEVENT Event, EVENT_TYPE Type, BOOLEAN State);
_IRQL_requires_max_(DISPATCH_LEVEL) LONG
    KeSetEvent(PKEVENT Event, LONG Increment, BOOLEAN Wait);
VOID KeClearEvent(PKEVENT Event);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    KeWaitForSingleObject(PVOID Object, KWAIT_REASON WaitReason,
                          KPROCESSOR_MODE WaitMode, BOOLEAN Alertable,
                          PLARGE_INTEGER Timeout);
typedef VOID KDEFERRED_ROUTINE(struct _KDPC *Dpc, PVOID DeferredContext,
                               PVOID SystemArgument1, PVOID SystemArgument2);
typedef KDEFERRED_ROUTINE *PKDEFERRED_ROUTINE;
typedef BOOLEAN KSERVICE_ROUTINE(struct _KINTERRUPT *Interrupt,
                                 PVOID ServiceContext);
typedef BOOLEAN KSYNCHRONIZE_ROUTINE(PVOID SynchronizeContext);
BOOLEAN KeSynchronizeExecution(struct _KINTERRUPT *Interrupt,
                               KSYNCHRONIZE_ROUTINE *SynchronizeRoutine,
                               PVOID SynchronizeContext);

/* The memory routines are the C library's, as in the real header. */
#ifndef _SIZE_T_DEFINED
#define _SIZE_T_DEFINED
typedef __SIZE_TYPE__ size_t;
#endif
void *memset(void *Destination, int Value, size_t Length);
void *memcpy(void *Destination, const void *Source, size_t Length);
void *memmove(void *Destination, const void *Source, size_t Length);
int memcmp(const void *Left, const void *Right, size_t Length);
#define RtlZeroMemory(Destination, Length) memset((Destination), 0, (Length))
#define RtlFillMemory(Destination, Length, Fill)                               \
  memset((Destination), (Fill), (Length))
#define RtlCopyMemory(Destination, Source, Length)                             \
  memcpy((Destination), (Source), (Length))
#define RtlMoveMemory(Destination, Source, Length)                             \
  memmove((Destination), (Source), (Length))
#define RtlEqualMemory(Left, Right, Length) (!memcmp((Left), (Right), (Length)))
ULONG DbgPrint(PCSTR Format, ...);
#define KdPrint(args) ((void)0)
#define ASSERT(exp) ((void)0)
#define NT_ASSERT(exp) ((void)0)
typedef enum _POOL_TYPE {
  NonPagedPool,
  PagedPool,
  NonPagedPoolMustSucceed,
  DontUseThisType,
  NonPagedPoolCacheAligned,
  PagedPoolCacheAligned,
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
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    KeDelayExecutionThread(CHAR WaitMode, BOOLEAN Alertable,
                           PLARGE_INTEGER Interval);
BOOLEAN KeInsertQueueDpc(PKDPC Dpc, PVOID SystemArgument1,
                         PVOID SystemArgument2);

/* the IRQL limits are in irqlint's API model too; the annotations are
 * here as the real headers carry them */
typedef PVOID HANDLE, *PHANDLE;
typedef ULONG64 POOL_FLAGS;
#define POOL_FLAG_NON_PAGED 0x0000000000000040ULL
#define POOL_FLAG_PAGED 0x0000000000000100ULL
_IRQL_requires_max_(DISPATCH_LEVEL) PVOID
    ExAllocatePool2(POOL_FLAGS Flags, SIZE_T NumberOfBytes, ULONG Tag);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS ZwClose(HANDLE Handle);

typedef LONG KPRIORITY;
typedef VOID IO_WORKITEM_ROUTINE(PDEVICE_OBJECT DeviceObject, PVOID Context);
typedef IO_WORKITEM_ROUTINE *PIO_WORKITEM_ROUTINE;

/* Interrupt connection (IoConnectInterrupt, and IoConnectInterruptEx with
 * its line-based and message-based parameter blocks). irqlint reads the
 * service routines handed to them as DIRQL routines. */
typedef struct _IO_INTERRUPT_MESSAGE_INFO *PIO_INTERRUPT_MESSAGE_INFO;
typedef BOOLEAN KMESSAGE_SERVICE_ROUTINE(struct _KINTERRUPT *Interrupt,
                                         PVOID ServiceContext, ULONG MessageId);
typedef KMESSAGE_SERVICE_ROUTINE *PKMESSAGE_SERVICE_ROUTINE;
typedef KSERVICE_ROUTINE *PKSERVICE_ROUTINE;
typedef enum _KINTERRUPT_MODE { LevelSensitive, Latched } KINTERRUPT_MODE;
NTSTATUS IoConnectInterrupt(PKINTERRUPT *InterruptObject,
                            PKSERVICE_ROUTINE ServiceRoutine,
                            PVOID ServiceContext, PKSPIN_LOCK SpinLock,
                            ULONG Vector, KIRQL Irql, KIRQL SynchronizeIrql,
                            KINTERRUPT_MODE InterruptMode, BOOLEAN ShareVector,
                            ULONG_PTR ProcessorEnableMask,
                            BOOLEAN FloatingSave);
typedef struct _IO_CONNECT_INTERRUPT_LINE_BASED_PARAMETERS {
  PDEVICE_OBJECT PhysicalDeviceObject;
  PKINTERRUPT *InterruptObject;
  PKSERVICE_ROUTINE ServiceRoutine;
  PVOID ServiceContext;
  PKSPIN_LOCK SpinLock;
  KIRQL SynchronizeIrql;
  BOOLEAN FloatingSave;
} IO_CONNECT_INTERRUPT_LINE_BASED_PARAMETERS;
typedef struct _IO_CONNECT_INTERRUPT_MESSAGE_BASED_PARAMETERS {
  PDEVICE_OBJECT PhysicalDeviceObject;
  union {
    PVOID *Generic;
    PIO_INTERRUPT_MESSAGE_INFO *InterruptMessageTable;
    PKINTERRUPT *InterruptObject;
  } ConnectionContext;
  PKMESSAGE_SERVICE_ROUTINE MessageServiceRoutine;
  PVOID ServiceContext;
  PKSPIN_LOCK SpinLock;
  KIRQL SynchronizeIrql;
  BOOLEAN FloatingSave;
  PKSERVICE_ROUTINE FallBackServiceRoutine;
} IO_CONNECT_INTERRUPT_MESSAGE_BASED_PARAMETERS;
typedef struct _IO_CONNECT_INTERRUPT_PARAMETERS {
  ULONG Version;
  union {
    IO_CONNECT_INTERRUPT_LINE_BASED_PARAMETERS LineBased;
    IO_CONNECT_INTERRUPT_MESSAGE_BASED_PARAMETERS MessageBased;
  };
} IO_CONNECT_INTERRUPT_PARAMETERS, *PIO_CONNECT_INTERRUPT_PARAMETERS;
#define CONNECT_LINE_BASED 0x1
#define CONNECT_MESSAGE_BASED 0x2
NTSTATUS IoConnectInterruptEx(PIO_CONNECT_INTERRUPT_PARAMETERS Parameters);

LONG InterlockedIncrement(LONG volatile *Addend);
LONG InterlockedDecrement(LONG volatile *Addend);

#endif
