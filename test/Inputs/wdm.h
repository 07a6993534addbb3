/* Mock wdm.h for irqlint's lit tests: a small subset of the WDK kernel API
 * written from the public documentation, not Microsoft's header. By default
 * every routine is a plain prototype (the "function shape"); with
 * MOCK_MACRO_SHAPES the routines that real headers implement as macros
 * become those macros: amd64 KeAcquireSpinLock -> KeAcquireSpinLockRaiseToDpc,
 * x86 (_X86_) KeAcquireSpinLock -> KfAcquireSpinLock and friends. */
#ifndef MOCK_WDM_H
#define MOCK_WDM_H

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

/* SAL IRQL annotations, defined to nothing as the real headers do without
 * _PREFAST_ (irqlint reads them from the tokens). A test may define them
 * first, e.g. as attributes. */
#ifndef _IRQL_requires_
#define _IRQL_requires_(irql)
#define _IRQL_requires_max_(irql)
#define _IRQL_requires_min_(irql)
#define _IRQL_raises_(irql)
#define _IRQL_saves_global_(kind, param)
#define _IRQL_restores_global_(kind, param)
#define _IRQL_requires_same_
#define _Function_class_(name)
#define _Use_decl_annotations_
#define _When_(cond, anno)
#define __drv_requiresIRQL(irql)
#define __drv_maxIRQL(irql)
#define __drv_minIRQL(irql)
#define __drv_raisesIRQL(irql)
#define __drv_setsIRQL(irql)
#define __drv_savesIRQLGlobal(kind, param)
#endif
#define ALLOC_PRAGMA 1

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
  PagedPoolCacheAligned = 5,
  NonPagedPoolNx = 512
} POOL_TYPE;
typedef ULONG64 POOL_FLAGS;
#define POOL_FLAG_NON_PAGED 0x0000000000000040ULL
#define POOL_FLAG_PAGED 0x0000000000000100ULL
typedef PVOID HANDLE, *PHANDLE;
typedef struct _KEVENT {
  LONG Header;
} KEVENT, *PKEVENT;
typedef LONG KPRIORITY;
typedef CHAR KPROCESSOR_MODE;
#define KernelMode 0

/* role types (function typedefs the WDK declares callbacks with) */
typedef NTSTATUS DRIVER_INITIALIZE(PDRIVER_OBJECT DriverObject,
                                   PVOID RegistryPath);
typedef VOID DRIVER_UNLOAD(PDRIVER_OBJECT DriverObject);
typedef VOID KDEFERRED_ROUTINE(PKDPC Dpc, PVOID DeferredContext,
                               PVOID SystemArgument1, PVOID SystemArgument2);
typedef BOOLEAN KSERVICE_ROUTINE(PKINTERRUPT Interrupt, PVOID ServiceContext);
typedef BOOLEAN KSYNCHRONIZE_ROUTINE(PVOID SynchronizeContext);
typedef VOID IO_WORKITEM_ROUTINE(PDEVICE_OBJECT DeviceObject, PVOID Context);

VOID KeInitializeSpinLock(PKSPIN_LOCK SpinLock);
KIRQL KeAcquireSpinLockRaiseToDpc(PKSPIN_LOCK SpinLock);
KIRQL FASTCALL KfAcquireSpinLock(PKSPIN_LOCK SpinLock);
VOID FASTCALL KfReleaseSpinLock(PKSPIN_LOCK SpinLock, KIRQL NewIrql);
VOID FASTCALL KefAcquireSpinLockAtDpcLevel(PKSPIN_LOCK SpinLock);
VOID FASTCALL KefReleaseSpinLockFromDpcLevel(PKSPIN_LOCK SpinLock);
KIRQL FASTCALL KfRaiseIrql(KIRQL NewIrql);
VOID FASTCALL KfLowerIrql(KIRQL NewIrql);

#if defined(MOCK_MACRO_SHAPES) && defined(_X86_)
#define KeAcquireSpinLock(a, b) *(b) = KfAcquireSpinLock(a)
#define KeReleaseSpinLock(a, b) KfReleaseSpinLock(a, b)
#define KeAcquireSpinLockAtDpcLevel(a) KefAcquireSpinLockAtDpcLevel(a)
#define KeReleaseSpinLockFromDpcLevel(a) KefReleaseSpinLockFromDpcLevel(a)
#define KeRaiseIrql(a, b) *(b) = KfRaiseIrql(a)
#define KeLowerIrql(a) KfLowerIrql(a)
#elif defined(MOCK_MACRO_SHAPES)
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
PLIST_ENTRY ExInterlockedRemoveHeadList(PLIST_ENTRY ListHead,
                                        PKSPIN_LOCK Lock);
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
PVOID ExAllocatePool2(POOL_FLAGS Flags, SIZE_T NumberOfBytes, ULONG Tag);
NTSTATUS KeWaitForSingleObject(PVOID Object, LONG WaitReason,
                               KPROCESSOR_MODE WaitMode, BOOLEAN Alertable,
                               PLARGE_INTEGER Timeout);
LONG KeSetEvent(PKEVENT Event, KPRIORITY Increment, BOOLEAN Wait);
NTSTATUS ZwClose(HANDLE Handle);

/* Interrupt connection and synchronization (WDM). */
typedef struct _KINTERRUPT_MESSAGE_INFO *PIO_INTERRUPT_MESSAGE_INFO;
typedef BOOLEAN KMESSAGE_SERVICE_ROUTINE(PKINTERRUPT Interrupt,
                                         PVOID ServiceContext, ULONG MessageId);
NTSTATUS IoConnectInterrupt(PKINTERRUPT *InterruptObject,
                            KSERVICE_ROUTINE *ServiceRoutine,
                            PVOID ServiceContext, PKSPIN_LOCK SpinLock,
                            ULONG Vector, KIRQL Irql, KIRQL SynchronizeIrql,
                            int InterruptMode, BOOLEAN ShareVector,
                            ULONG ProcessorEnableMask, BOOLEAN FloatingSave);
typedef struct _IO_CONNECT_INTERRUPT_LINE_BASED_PARAMETERS {
  PVOID PhysicalDeviceObject;
  PKINTERRUPT *InterruptObject;
  KSERVICE_ROUTINE *ServiceRoutine;
  PVOID ServiceContext;
} IO_CONNECT_INTERRUPT_LINE_BASED_PARAMETERS;
typedef struct _IO_CONNECT_INTERRUPT_MESSAGE_BASED_PARAMETERS {
  PVOID PhysicalDeviceObject;
  PVOID ConnectionContext;
  KMESSAGE_SERVICE_ROUTINE *MessageServiceRoutine;
  PVOID ServiceContext;
} IO_CONNECT_INTERRUPT_MESSAGE_BASED_PARAMETERS;
typedef struct _IO_CONNECT_INTERRUPT_PARAMETERS {
  ULONG Version;
  union {
    IO_CONNECT_INTERRUPT_LINE_BASED_PARAMETERS LineBased;
    IO_CONNECT_INTERRUPT_MESSAGE_BASED_PARAMETERS MessageBased;
  };
} IO_CONNECT_INTERRUPT_PARAMETERS, *PIO_CONNECT_INTERRUPT_PARAMETERS;
NTSTATUS IoConnectInterruptEx(PIO_CONNECT_INTERRUPT_PARAMETERS Parameters);
BOOLEAN KeSynchronizeExecution(PKINTERRUPT Interrupt,
                               KSYNCHRONIZE_ROUTINE *SynchronizeRoutine,
                               PVOID SynchronizeContext);

LONG InterlockedIncrement(LONG volatile *Addend);

#endif
