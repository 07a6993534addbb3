/* irqlint's model of the public WDK kernel API (wdm.h), written from the
 * documentation -- not Microsoft's header. irqlint adds this directory after
 * the user's include paths (-idirafter), so driver code parses on a machine
 * without the WDK; a real WDK on the include path wins. Like the real amd64
 * and x86 headers, routines the WDK implements as macros are macros here
 * (KeAcquireSpinLock expands to KeAcquireSpinLockRaiseToDpc on amd64, to
 * KfAcquireSpinLock on x86). It covers what WDM and KMDF drivers include
 * wdm.h or ntddk.h for: the basic types, status values, dispatcher objects,
 * driver/device/file objects, IRPs and stack locations, PnP, power, DMA and
 * resources, the Ke/Ex/Io/Mm/Ob/Ps/Po/Rtl/Zw routines and the HAL port and
 * register accessors. Struct layouts carry the documented members; they are
 * not guaranteed to be binary exact. IRQL annotations appear only where the
 * routine's reference page states the IRQL. */
#ifndef IRQLINT_WDK_WDM_H
#define IRQLINT_WDK_WDM_H

#ifndef IRQLINT_WDK_FUNCTION_SHAPES
#define IRQLINT_WDK_MACRO_SHAPES 1
#endif
#include "excpt.h"
#include "sal.h"

#define IN
#define OUT
#define OPTIONAL
#define CONST const
#define NTAPI __stdcall
#define FASTCALL __fastcall
#define DECLSPEC_NORETURN __declspec(noreturn)
#define DECLSPEC_ALIGN(x) __declspec(align(x))
#define DECLSPEC_NOINLINE __declspec(noinline)
#define DECLSPEC_SELECTANY __declspec(selectany)
#define DECLSPEC_IMPORT __declspec(dllimport)
#define DECLSPEC_CACHEALIGN DECLSPEC_ALIGN(64)
/* __forceinline (a keyword under -fms-extensions) as in the WDK, so that
 * `extern FORCEINLINE` definitions in drivers are accepted */
#ifdef _MSC_VER
#define FORCEINLINE __forceinline
#else
#define FORCEINLINE static inline __attribute__((always_inline))
#endif
#define NTKERNELAPI
#define NTHALAPI
#define NTSYSAPI
#define NTSYSCALLAPI
#define NTAPI_INLINE NTAPI
#define EXTERN_C extern
#define UNALIGNED __unaligned
#define RESTRICTED_POINTER
#define TRUE 1
#define FALSE 0
#ifndef NULL
#define NULL ((void *)0)
#endif
#define ANYSIZE_ARRAY 1
#define UNREFERENCED_PARAMETER(P) ((void)(P))
#define DBG_UNREFERENCED_PARAMETER(P) ((void)(P))
#define DBG_UNREFERENCED_LOCAL_VARIABLE(V) ((void)(V))
/* With their own semicolon, as the WDK's free build: drivers write
 * `PAGED_CODE()` with none. */
#define PAGED_CODE() ((void)0);
#define PAGED_CODE_LOCKED() ((void)0);
/* the WDK defines these where the compiler supports the section pragmas,
 * and drivers wrap their `#pragma alloc_text` in `#ifdef ALLOC_PRAGMA` */
#define ALLOC_PRAGMA 1
#define ALLOC_DATA_PRAGMA 1
#define FIELD_OFFSET(type, field) ((LONG) __builtin_offsetof(type, field))
#define RTL_FIELD_SIZE(type, field) (sizeof(((type *)0)->field))
#define RTL_SIZEOF_THROUGH_FIELD(type, field)                                  \
  (FIELD_OFFSET(type, field) + RTL_FIELD_SIZE(type, field))
#define RTL_NUMBER_OF(A) (sizeof(A) / sizeof((A)[0]))
#define ARRAYSIZE(A) RTL_NUMBER_OF(A)
#define CONTAINING_RECORD(address, type, field)                                \
  ((type *)((PCHAR)(address) - (ULONG_PTR)(&((type *)0)->field)))
#define ARGUMENT_PRESENT(ArgumentPointer)                                      \
  ((CHAR *)((ULONG_PTR)(ArgumentPointer)) != (CHAR *)NULL)
#define C_ASSERT(e) typedef char __C_ASSERT__[(e) ? 1 : -1]
#ifndef NOMINMAX
#ifndef min
#define min(a, b) (((a) < (b)) ? (a) : (b))
#endif
#ifndef max
#define max(a, b) (((a) > (b)) ? (a) : (b))
#endif
#endif
#define FlagOn(_F, _SF) ((_F) & (_SF))
#define BooleanFlagOn(F, SF) ((BOOLEAN)(((F) & (SF)) != 0))
#define SetFlag(_F, _SF) ((_F) |= (_SF))
#define ClearFlag(_F, _SF) ((_F) &= ~(_SF))
#define ALIGN_DOWN_BY(length, alignment)                                       \
  ((ULONG_PTR)(length) & ~((ULONG_PTR)(alignment) - 1))
#define ALIGN_UP_BY(length, alignment)                                         \
  (ALIGN_DOWN_BY(((ULONG_PTR)(length) + (alignment) - 1), alignment))

typedef void VOID, *PVOID, **PPVOID;
typedef char CHAR, *PCHAR, CCHAR, *PCCHAR, *PSZ, *LPSTR, *PSTR;
typedef const char *PCCH, *LPCCH;
typedef unsigned char UCHAR, *PUCHAR, BOOLEAN, *PBOOLEAN, BYTE, *PBYTE;
typedef short SHORT, *PSHORT, CSHORT;
typedef unsigned short USHORT, *PUSHORT, WORD;
typedef long LONG, *PLONG;
typedef unsigned long ULONG, *PULONG, DWORD, *PDWORD;
typedef int INT, *PINT, BOOL;
typedef unsigned int UINT, *PUINT;
typedef long long LONGLONG, *PLONGLONG, LONG64, *PLONG64, INT64, *PINT64;
typedef unsigned long long ULONGLONG, *PULONGLONG, ULONG64, *PULONG64, UINT64,
    *PUINT64, DWORD64, *PDWORD64;
typedef signed char INT8, *PINT8;
typedef unsigned char UINT8, *PUINT8;
typedef short INT16, *PINT16;
typedef unsigned short UINT16, *PUINT16;
typedef int INT32, *PINT32, LONG32, *PLONG32;
typedef unsigned int UINT32, *PUINT32, ULONG32, *PULONG32, DWORD32, *PDWORD32;
#ifdef _WIN64
typedef unsigned long long ULONG_PTR, *PULONG_PTR, UINT_PTR, *PUINT_PTR;
typedef long long LONG_PTR, *PLONG_PTR, INT_PTR, *PINT_PTR;
#else
typedef unsigned long ULONG_PTR, *PULONG_PTR;
typedef unsigned int UINT_PTR, *PUINT_PTR;
typedef long LONG_PTR, *PLONG_PTR;
typedef int INT_PTR, *PINT_PTR;
#endif
typedef ULONG_PTR SIZE_T, *PSIZE_T, DWORD_PTR;
typedef LONG_PTR SSIZE_T, *PSSIZE_T;
typedef ULONG_PTR KAFFINITY, *PKAFFINITY;
typedef ULONG LOGICAL, *PLOGICAL;
typedef ULONG ACCESS_MASK, *PACCESS_MASK;
typedef ULONG DEVICE_TYPE;
typedef LONG NTSTATUS, *PNTSTATUS;
#define NT_SUCCESS(Status) (((NTSTATUS)(Status)) >= 0)
#define NT_INFORMATION(Status) ((((ULONG)(Status)) >> 30) == 1)
#define NT_WARNING(Status) ((((ULONG)(Status)) >> 30) == 2)
#define NT_ERROR(Status) ((((ULONG)(Status)) >> 30) == 3)
#define MINCHAR 0x80
#define MAXCHAR 0x7f
#define MINSHORT 0x8000
#define MAXSHORT 0x7fff
#define MINLONG 0x80000000
#define MAXLONG 0x7fffffff
#define MAXUCHAR 0xff
#define MAXUSHORT 0xffff
#define MAXULONG 0xffffffff
#define MAXLONGLONG (0x7fffffffffffffffLL)
#define MAXULONGLONG (0xffffffffffffffffULL)
#define MAXULONG_PTR (~((ULONG_PTR)0))
#define MAXLONG_PTR ((LONG_PTR)(MAXULONG_PTR >> 1))
#define MAXSIZE_T ((SIZE_T) ~((SIZE_T)0))
/* pointer and handle conversions (basetsd.h) */
#define PtrToUlong(p) ((ULONG)(ULONG_PTR)(p))
#define PtrToLong(p) ((LONG)(LONG_PTR)(p))
#define PtrToUint(p) ((UINT)(UINT_PTR)(p))
#define PtrToInt(p) ((INT)(INT_PTR)(p))
#define PtrToUshort(p) ((unsigned short)(ULONG_PTR)(p))
#define PtrToShort(p) ((short)(LONG_PTR)(p))
#define UlongToPtr(ul) ((PVOID)(ULONG_PTR)(ul))
#define LongToPtr(l) ((PVOID)(LONG_PTR)(l))
#define UintToPtr(ui) ((PVOID)(UINT_PTR)(ui))
#define IntToPtr(i) ((PVOID)(INT_PTR)(i))
#define ULongToPtr(ul) UlongToPtr(ul)
#define HandleToUlong(h) ((ULONG)(ULONG_PTR)(h))
#define HandleToULong(h) HandleToUlong(h)
#define HandleToLong(h) ((LONG)(LONG_PTR)(h))
#define UlongToHandle(ul) ((HANDLE)(ULONG_PTR)(ul))
#define LongToHandle(h) ((HANDLE)(LONG_PTR)(h))
#define PtrToPtr64(p) ((void *)(p))
#define Ptr64ToPtr(p) ((void *)(p))
#ifdef _WIN64
#define MEMORY_ALLOCATION_ALIGNMENT 16
#else
#define MEMORY_ALLOCATION_ALIGNMENT 8
#endif

/* processor groups */
typedef struct _GROUP_AFFINITY {
  KAFFINITY Mask;
  USHORT Group;
  USHORT Reserved[3];
} GROUP_AFFINITY, *PGROUP_AFFINITY;
typedef struct _PROCESSOR_NUMBER {
  USHORT Group;
  UCHAR Number;
  UCHAR Reserved;
} PROCESSOR_NUMBER, *PPROCESSOR_NUMBER;

typedef union _LARGE_INTEGER {
  struct {
    ULONG LowPart;
    LONG HighPart;
  };
  struct {
    ULONG LowPart;
    LONG HighPart;
  } u;
  LONG64 QuadPart;
} LARGE_INTEGER, *PLARGE_INTEGER;
typedef union _ULARGE_INTEGER {
  struct {
    ULONG LowPart;
    ULONG HighPart;
  };
  struct {
    ULONG LowPart;
    ULONG HighPart;
  } u;
  ULONG64 QuadPart;
} ULARGE_INTEGER, *PULARGE_INTEGER;
typedef LARGE_INTEGER PHYSICAL_ADDRESS, *PPHYSICAL_ADDRESS;

#include "guiddef.h"
typedef GUID *PGUID;
typedef const GUID *PCGUID;
typedef GUID UUID;
#define Int32x32To64(a, b) ((LONGLONG)((LONG)(a)) * (LONGLONG)((LONG)(b)))
#define UInt32x32To64(a, b) ((ULONGLONG)((ULONG)(a)) * (ULONGLONG)((ULONG)(b)))

typedef struct _LIST_ENTRY {
  struct _LIST_ENTRY *Flink, *Blink;
} LIST_ENTRY, *PLIST_ENTRY, *PRLIST_ENTRY;
/* The doubly linked list helpers are inline functions in the real header
 * too; they take no lock. */
_IRQL_requires_max_(HIGH_LEVEL) static __inline VOID
    InitializeListHead(PLIST_ENTRY ListHead) {
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
_IRQL_requires_max_(HIGH_LEVEL) static __inline PLIST_ENTRY
    RemoveHeadList(PLIST_ENTRY ListHead) {
  PLIST_ENTRY entry = ListHead->Flink;
  ListHead->Flink = entry->Flink;
  entry->Flink->Blink = ListHead;
  return entry;
}
_IRQL_requires_max_(HIGH_LEVEL) static __inline PLIST_ENTRY
    RemoveTailList(PLIST_ENTRY ListHead) {
  PLIST_ENTRY entry = ListHead->Blink;
  ListHead->Blink = entry->Blink;
  entry->Blink->Flink = ListHead;
  return entry;
}
_IRQL_requires_max_(HIGH_LEVEL) static __inline BOOLEAN
    RemoveEntryList(PLIST_ENTRY Entry) {
  PLIST_ENTRY next = Entry->Flink, prev = Entry->Blink;
  prev->Flink = next;
  next->Blink = prev;
  return (BOOLEAN)(next == prev);
}
static __inline VOID InsertHeadList(PLIST_ENTRY ListHead, PLIST_ENTRY Entry) {
  PLIST_ENTRY first = ListHead->Flink;
  Entry->Flink = first;
  Entry->Blink = ListHead;
  first->Blink = Entry;
  ListHead->Flink = Entry;
}
_IRQL_requires_max_(HIGH_LEVEL) static __inline VOID
    AppendTailList(PLIST_ENTRY ListHead, PLIST_ENTRY ListToAppend) {
  PLIST_ENTRY end = ListHead->Blink;
  ListHead->Blink->Flink = ListToAppend;
  ListHead->Blink = ListToAppend->Blink;
  ListToAppend->Blink->Flink = ListHead;
  ListToAppend->Blink = end;
}

typedef struct _SINGLE_LIST_ENTRY {
  struct _SINGLE_LIST_ENTRY *Next;
} SINGLE_LIST_ENTRY, *PSINGLE_LIST_ENTRY;
_IRQL_requires_max_(HIGH_LEVEL) static __inline PSINGLE_LIST_ENTRY
    PopEntryList(PSINGLE_LIST_ENTRY ListHead) {
  PSINGLE_LIST_ENTRY first = ListHead->Next;
  if (first != NULL)
    ListHead->Next = first->Next;
  return first;
}
_IRQL_requires_max_(HIGH_LEVEL) static __inline VOID
    PushEntryList(PSINGLE_LIST_ENTRY ListHead, PSINGLE_LIST_ENTRY Entry) {
  Entry->Next = ListHead->Next;
  ListHead->Next = Entry;
}
typedef struct DECLSPEC_ALIGN(16) _SLIST_ENTRY {
  struct _SLIST_ENTRY *Next;
} SLIST_ENTRY, *PSLIST_ENTRY;
typedef union DECLSPEC_ALIGN(16) _SLIST_HEADER {
  struct {
    ULONGLONG Alignment;
    ULONGLONG Region;
  };
} SLIST_HEADER, *PSLIST_HEADER;

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
typedef volatile LONG EX_SPIN_LOCK, *PEX_SPIN_LOCK;
typedef struct _KINTERRUPT *PKINTERRUPT;
typedef struct _KDPC {
  UCHAR Type;
  UCHAR Importance;
  USHORT Number;
  LIST_ENTRY DpcListEntry;
  PVOID DeferredRoutine;
  PVOID DeferredContext;
  PVOID SystemArgument1;
  PVOID SystemArgument2;
  PVOID DpcData;
} KDPC, *PKDPC, *PRKDPC;
typedef unsigned short WCHAR, *PWCHAR, *PWSTR, *LPWSTR, *PWCH;
typedef const char *PCSTR, *LPCSTR, *PCSZ;
typedef const WCHAR *PCWSTR, *LPCWSTR, *PCWCH;
typedef struct _UNICODE_STRING {
  USHORT Length;
  USHORT MaximumLength;
  PWSTR Buffer;
} UNICODE_STRING, *PUNICODE_STRING;
typedef const UNICODE_STRING *PCUNICODE_STRING;
typedef struct _STRING {
  USHORT Length;
  USHORT MaximumLength;
  PCHAR Buffer;
} STRING, *PSTRING, ANSI_STRING, *PANSI_STRING, OEM_STRING, *POEM_STRING;
typedef const STRING *PCANSI_STRING, *PCOEM_STRING;
#define UNICODE_NULL ((WCHAR)0)
#define ANSI_NULL ((CHAR)0)
#define UNICODE_STRING_MAX_BYTES ((USHORT)65534)
#define RTL_CONSTANT_STRING(s)                                                 \
  {sizeof(s) - sizeof((s)[0]), sizeof(s), (void *)(s)}
#define DECLARE_CONST_UNICODE_STRING(_var, _string)                            \
  const WCHAR _var##_buffer[] = _string;                                       \
  const UNICODE_STRING _var = {sizeof(_string) - sizeof(WCHAR),                \
                               sizeof(_string), (PWCH)_var##_buffer}
#define DECLARE_UNICODE_STRING_SIZE(_var, _size)                               \
  WCHAR _var##_buffer[_size];                                                  \
  UNICODE_STRING _var = {0, (_size) * sizeof(WCHAR), _var##_buffer}
#define DECLARE_GLOBAL_CONST_UNICODE_STRING(_var, _str)                        \
  extern const DECLSPEC_SELECTANY UNICODE_STRING _var =                        \
      RTL_CONSTANT_STRING(_str)

typedef struct _IO_STATUS_BLOCK {
  union {
    NTSTATUS Status;
    PVOID Pointer;
  };
  ULONG_PTR Information;
} IO_STATUS_BLOCK, *PIO_STATUS_BLOCK;

typedef PVOID HANDLE, *PHANDLE;
typedef CHAR KPROCESSOR_MODE;
typedef enum _MODE { KernelMode, UserMode, MaximumMode } MODE;
typedef LONG KPRIORITY;
typedef struct _KTHREAD *PKTHREAD, *PRKTHREAD;
typedef struct _ETHREAD *PETHREAD;
typedef struct _KPROCESS *PKPROCESS, *PRKPROCESS;
typedef struct _EPROCESS *PEPROCESS;
typedef struct _OBJECT_TYPE *POBJECT_TYPE;
typedef struct _SECURITY_DESCRIPTOR *PSECURITY_DESCRIPTOR;
typedef PVOID PSID;
typedef struct _IO_TIMER *PIO_TIMER;
typedef struct _IO_WORKITEM *PIO_WORKITEM;
typedef struct _KAPC *PKAPC;
typedef struct _VPB *PVPB;
typedef struct _ACCESS_STATE *PACCESS_STATE;
typedef struct _IO_SECURITY_CONTEXT *PIO_SECURITY_CONTEXT;
typedef struct _SECTION_OBJECT_POINTERS *PSECTION_OBJECT_POINTERS;
typedef struct _IO_COMPLETION_CONTEXT *PIO_COMPLETION_CONTEXT;
typedef struct _DEVICE_RELATIONS *PDEVICE_RELATIONS;

/* Memory descriptor lists: drivers read them through the Mm macros. */
typedef struct _MDL {
  struct _MDL *Next;
  CSHORT Size;
  CSHORT MdlFlags;
  struct _EPROCESS *Process;
  PVOID MappedSystemVa;
  PVOID StartVa;
  ULONG ByteCount;
  ULONG ByteOffset;
} MDL, *PMDL, *PMDLX;
#define MDL_MAPPED_TO_SYSTEM_VA 0x0001
#define MDL_PAGES_LOCKED 0x0002
#define MDL_SOURCE_IS_NONPAGED_POOL 0x0004
#define MDL_PARTIAL 0x0010
#define MDL_IO_SPACE 0x0800
#define MmGetMdlVirtualAddress(Mdl)                                            \
  ((PVOID)((PCHAR)((Mdl)->StartVa) + (Mdl)->ByteOffset))
#define MmGetMdlByteCount(Mdl) ((Mdl)->ByteCount)
#define MmGetMdlByteOffset(Mdl) ((Mdl)->ByteOffset)
#define MmGetMdlPfnArray(Mdl) ((PPFN_NUMBER)((Mdl) + 1))
#define MmGetSystemAddressForMdlSafe(MDL, PRIORITY)                            \
  (((MDL)->MdlFlags & (MDL_MAPPED_TO_SYSTEM_VA | MDL_SOURCE_IS_NONPAGED_POOL)) \
       ? ((MDL)->MappedSystemVa)                                               \
       : (MmMapLockedPagesSpecifyCache((MDL), KernelMode, MmCached, NULL,      \
                                       FALSE, (PRIORITY))))
typedef ULONG_PTR PFN_NUMBER, *PPFN_NUMBER;

typedef struct _KDEVICE_QUEUE_ENTRY {
  LIST_ENTRY DeviceListEntry;
  ULONG SortKey;
  BOOLEAN Inserted;
} KDEVICE_QUEUE_ENTRY, *PKDEVICE_QUEUE_ENTRY;
typedef struct _KDEVICE_QUEUE {
  CSHORT Type;
  CSHORT Size;
  LIST_ENTRY DeviceListHead;
  KSPIN_LOCK Lock;
  BOOLEAN Busy;
} KDEVICE_QUEUE, *PKDEVICE_QUEUE;
typedef struct _WAIT_CONTEXT_BLOCK {
  KDEVICE_QUEUE_ENTRY WaitQueueEntry;
  PVOID DeviceRoutine;
  PVOID DeviceContext;
  ULONG NumberOfMapRegisters;
  PVOID DeviceObject;
  PVOID CurrentIrp;
  PVOID BufferChainingDpc;
} WAIT_CONTEXT_BLOCK, *PWAIT_CONTEXT_BLOCK;

struct _IRP;
struct _DEVICE_OBJECT;
struct _DRIVER_OBJECT;
struct _FILE_OBJECT;
/* ---- dispatcher objects ---- */
typedef struct _DISPATCHER_HEADER {
  UCHAR Type;
  UCHAR Signalling;
  UCHAR Size;
  UCHAR Reserved1;
  LONG SignalState;
  LIST_ENTRY WaitListHead;
} DISPATCHER_HEADER, *PDISPATCHER_HEADER;
typedef struct _KEVENT {
  DISPATCHER_HEADER Header;
} KEVENT, *PKEVENT, *PRKEVENT;
typedef struct _KSEMAPHORE {
  DISPATCHER_HEADER Header;
  LONG Limit;
} KSEMAPHORE, *PKSEMAPHORE, *PRKSEMAPHORE;
typedef struct _KMUTANT {
  DISPATCHER_HEADER Header;
  LIST_ENTRY MutantListEntry;
  PKTHREAD OwnerThread;
  BOOLEAN Abandoned;
  UCHAR ApcDisable;
} KMUTANT, *PKMUTANT, *PRKMUTANT, KMUTEX, *PKMUTEX, *PRKMUTEX;
typedef struct _KTIMER {
  DISPATCHER_HEADER Header;
  ULARGE_INTEGER DueTime;
  LIST_ENTRY TimerListEntry;
  PKDPC Dpc;
  ULONG Period;
} KTIMER, *PKTIMER, *PRKTIMER;
typedef struct _FAST_MUTEX {
  LONG Count;
  PVOID Owner;
  ULONG Contention;
  KEVENT Event;
  ULONG OldIrql;
} FAST_MUTEX, *PFAST_MUTEX;
/* The WDK 10 headers typedef KGUARDED_MUTEX from struct _FAST_MUTEX; it has
 * its own struct (the layout earlier WDKs gave it) here, so that a guarded
 * mutex and a fast mutex are distinct types. */
typedef struct _KGATE {
  DISPATCHER_HEADER Header;
} KGATE, *PKGATE, *PRKGATE;
typedef struct _KGUARDED_MUTEX {
  volatile LONG Count;
  PKTHREAD Owner;
  ULONG Contention;
  KGATE Gate;
  union {
    struct {
      SHORT KernelApcDisable;
      SHORT SpecialApcDisable;
    };
    ULONG CombinedApcDisable;
  };
} KGUARDED_MUTEX, *PKGUARDED_MUTEX;
typedef struct _ERESOURCE {
  LIST_ENTRY SystemResourcesList;
  PVOID OwnerTable;
  SHORT ActiveCount;
  USHORT Flag;
  PVOID SharedWaiters;
  PVOID ExclusiveWaiters;
  ULONG ActiveEntries;
  ULONG ContentionCount;
  ULONG NumberOfSharedWaiters;
  ULONG NumberOfExclusiveWaiters;
  KSPIN_LOCK SpinLock;
} ERESOURCE, *PERESOURCE;
typedef ULONG_PTR ERESOURCE_THREAD;
typedef ERESOURCE_THREAD *PERESOURCE_THREAD;
/* push locks are pointer-sized words; the WDK spells the types as macros */
#define EX_PUSH_LOCK ULONG_PTR
#define PEX_PUSH_LOCK PULONG_PTR
typedef enum _EVENT_TYPE { NotificationEvent, SynchronizationEvent } EVENT_TYPE;
typedef enum _TIMER_TYPE { NotificationTimer, SynchronizationTimer } TIMER_TYPE;
typedef enum _KWAIT_REASON {
  Executive,
  FreePage,
  PageIn,
  PoolAllocation,
  DelayExecution,
  Suspended,
  UserRequest,
  WrExecutive,
  WrFreePage,
  WrPageIn,
  WrPoolAllocation,
  WrDelayExecution,
  WrSuspended,
  WrUserRequest,
  MaximumWaitReason = 40
} KWAIT_REASON;
typedef enum _WAIT_TYPE { WaitAll, WaitAny } WAIT_TYPE;
typedef struct _KWAIT_BLOCK {
  LIST_ENTRY WaitListEntry;
  PVOID Thread;
  PVOID Object;
  struct _KWAIT_BLOCK *NextWaitBlock;
  USHORT WaitKey;
  UCHAR WaitType;
} KWAIT_BLOCK, *PKWAIT_BLOCK;
#define THREAD_WAIT_OBJECTS 3
#define MAXIMUM_WAIT_OBJECTS 64

/* ---- power and plug and play ---- */
typedef enum _SYSTEM_POWER_STATE {
  PowerSystemUnspecified = 0,
  PowerSystemWorking,
  PowerSystemSleeping1,
  PowerSystemSleeping2,
  PowerSystemSleeping3,
  PowerSystemHibernate,
  PowerSystemShutdown,
  PowerSystemMaximum
} SYSTEM_POWER_STATE,
    *PSYSTEM_POWER_STATE;
#define POWER_SYSTEM_MAXIMUM 7
typedef enum _DEVICE_POWER_STATE {
  PowerDeviceUnspecified = 0,
  PowerDeviceD0,
  PowerDeviceD1,
  PowerDeviceD2,
  PowerDeviceD3,
  PowerDeviceMaximum
} DEVICE_POWER_STATE,
    *PDEVICE_POWER_STATE;
typedef union _POWER_STATE {
  SYSTEM_POWER_STATE SystemState;
  DEVICE_POWER_STATE DeviceState;
} POWER_STATE, *PPOWER_STATE;
typedef enum _POWER_STATE_TYPE {
  SystemPowerState = 0,
  DevicePowerState
} POWER_STATE_TYPE,
    *PPOWER_STATE_TYPE;
typedef enum _POWER_ACTION {
  PowerActionNone = 0,
  PowerActionReserved,
  PowerActionSleep,
  PowerActionHibernate,
  PowerActionShutdown,
  PowerActionShutdownReset,
  PowerActionShutdownOff,
  PowerActionWarmEject,
  PowerActionDisplayOff
} POWER_ACTION,
    *PPOWER_ACTION;
typedef struct _SYSTEM_POWER_STATE_CONTEXT {
  union {
    struct {
      ULONG Reserved1 : 8;
      ULONG TargetSystemState : 4;
      ULONG EffectiveSystemState : 4;
      ULONG CurrentSystemState : 4;
      ULONG IgnoreHibernationPath : 1;
      ULONG PseudoTransition : 1;
      ULONG KernelSoftReboot : 1;
      ULONG DirectedDripsTransition : 1;
      ULONG Reserved2 : 8;
    };
    ULONG ContextAsUlong;
  };
} SYSTEM_POWER_STATE_CONTEXT, *PSYSTEM_POWER_STATE_CONTEXT;

typedef struct _DEVICE_CAPABILITIES {
  USHORT Size;
  USHORT Version;
  ULONG DeviceD1 : 1;
  ULONG DeviceD2 : 1;
  ULONG LockSupported : 1;
  ULONG EjectSupported : 1;
  ULONG Removable : 1;
  ULONG DockDevice : 1;
  ULONG UniqueID : 1;
  ULONG SilentInstall : 1;
  ULONG RawDeviceOK : 1;
  ULONG SurpriseRemovalOK : 1;
  ULONG WakeFromD0 : 1;
  ULONG WakeFromD1 : 1;
  ULONG WakeFromD2 : 1;
  ULONG WakeFromD3 : 1;
  ULONG HardwareDisabled : 1;
  ULONG NonDynamic : 1;
  ULONG WarmEjectSupported : 1;
  ULONG NoDisplayInUI : 1;
  ULONG Reserved1 : 1;
  ULONG WakeFromInterrupt : 1;
  ULONG SecureDevice : 1;
  ULONG ChildOfVgaEnabledBridge : 1;
  ULONG DecodeIoOnBoot : 1;
  ULONG Reserved : 9;
  ULONG Address;
  ULONG UINumber;
  DEVICE_POWER_STATE DeviceState[POWER_SYSTEM_MAXIMUM];
  SYSTEM_POWER_STATE SystemWake;
  DEVICE_POWER_STATE DeviceWake;
  ULONG D1Latency;
  ULONG D2Latency;
  ULONG D3Latency;
} DEVICE_CAPABILITIES, *PDEVICE_CAPABILITIES;

typedef VOID (*PINTERFACE_REFERENCE)(PVOID Context);
typedef VOID (*PINTERFACE_DEREFERENCE)(PVOID Context);
typedef struct _INTERFACE {
  USHORT Size;
  USHORT Version;
  PVOID Context;
  PINTERFACE_REFERENCE InterfaceReference;
  PINTERFACE_DEREFERENCE InterfaceDereference;
} INTERFACE, *PINTERFACE;

typedef enum _INTERFACE_TYPE {
  InterfaceTypeUndefined = -1,
  Internal = 0,
  Isa,
  Eisa,
  MicroChannel,
  TurboChannel,
  PCIBus,
  VMEBus,
  NuBus,
  PCMCIABus,
  CBus,
  MPIBus,
  MPSABus,
  ProcessorInternal,
  InternalPowerBus,
  PNPISABus,
  PNPBus,
  Vmcs,
  ACPIBus,
  MaximumInterfaceType
} INTERFACE_TYPE,
    *PINTERFACE_TYPE;
typedef enum _BUS_DATA_TYPE {
  ConfigurationSpaceUndefined = -1,
  Cmos,
  EisaConfiguration,
  Pos,
  CbusConfiguration,
  PCIConfiguration,
  VMEConfiguration,
  NuBusConfiguration,
  PCMCIAConfiguration,
  MPIConfiguration,
  MPSAConfiguration,
  PNPISAConfiguration,
  SgiInternalConfiguration,
  MaximumBusDataType
} BUS_DATA_TYPE,
    *PBUS_DATA_TYPE;

/* Hardware resources handed to a driver at start (CM_RESOURCE_LIST). */
#include "pshpack4.h"
typedef struct _CM_PARTIAL_RESOURCE_DESCRIPTOR {
  UCHAR Type;
  UCHAR ShareDisposition;
  USHORT Flags;
  union {
    struct {
      PHYSICAL_ADDRESS Start;
      ULONG Length;
    } Generic;
    struct {
      PHYSICAL_ADDRESS Start;
      ULONG Length;
    } Port;
    struct {
      USHORT Level;
      USHORT Group;
      ULONG Vector;
      KAFFINITY Affinity;
    } Interrupt;
    struct {
      union {
        struct {
          USHORT Group;
          USHORT MessageCount;
          ULONG Vector;
          KAFFINITY Affinity;
        } Raw;
        struct {
          USHORT Level;
          USHORT Group;
          ULONG Vector;
          KAFFINITY Affinity;
        } Translated;
      };
    } MessageInterrupt;
    struct {
      PHYSICAL_ADDRESS Start;
      ULONG Length;
    } Memory;
    struct {
      ULONG Channel;
      ULONG Port;
      ULONG Reserved1;
    } Dma;
    struct {
      ULONG Channel;
      ULONG RequestLine;
      UCHAR TransferWidth;
      UCHAR Reserved1;
      UCHAR Reserved2;
      UCHAR Reserved3;
    } DmaV3;
    struct {
      ULONG Data[3];
    } DevicePrivate;
    struct {
      ULONG Start;
      ULONG Length;
      ULONG Reserved;
    } BusNumber;
    struct {
      ULONG DataSize;
      ULONG Reserved1;
      ULONG Reserved2;
    } DeviceSpecificData;
    struct {
      PHYSICAL_ADDRESS Start;
      ULONG Length40;
    } Memory40;
    struct {
      PHYSICAL_ADDRESS Start;
      ULONG Length48;
    } Memory48;
    struct {
      PHYSICAL_ADDRESS Start;
      ULONG Length64;
    } Memory64;
    struct {
      UCHAR Class;
      UCHAR Type;
      UCHAR Reserved1;
      UCHAR Reserved2;
      ULONG IdLowPart;
      ULONG IdHighPart;
    } Connection;
  } u;
} CM_PARTIAL_RESOURCE_DESCRIPTOR, *PCM_PARTIAL_RESOURCE_DESCRIPTOR;
typedef struct _CM_PARTIAL_RESOURCE_LIST {
  USHORT Version;
  USHORT Revision;
  ULONG Count;
  CM_PARTIAL_RESOURCE_DESCRIPTOR PartialDescriptors[1];
} CM_PARTIAL_RESOURCE_LIST, *PCM_PARTIAL_RESOURCE_LIST;
typedef struct _CM_FULL_RESOURCE_DESCRIPTOR {
  INTERFACE_TYPE InterfaceType;
  ULONG BusNumber;
  CM_PARTIAL_RESOURCE_LIST PartialResourceList;
} CM_FULL_RESOURCE_DESCRIPTOR, *PCM_FULL_RESOURCE_DESCRIPTOR;
typedef struct _CM_RESOURCE_LIST {
  ULONG Count;
  CM_FULL_RESOURCE_DESCRIPTOR List[1];
} CM_RESOURCE_LIST, *PCM_RESOURCE_LIST;
#include "poppack.h"
#define CmResourceTypeNull 0
#define CmResourceTypePort 1
#define CmResourceTypeInterrupt 2
#define CmResourceTypeMemory 3
#define CmResourceTypeDma 4
#define CmResourceTypeDeviceSpecific 5
#define CmResourceTypeBusNumber 6
#define CmResourceTypeMemoryLarge 7
#define CmResourceTypeNonArbitrated 128
#define CmResourceTypeConfigData 128
#define CmResourceTypeDevicePrivate 129
#define CmResourceTypePcCardConfig 130
#define CmResourceTypeMfCardConfig 131
#define CmResourceTypeConnection 132
typedef enum _CM_SHARE_DISPOSITION {
  CmResourceShareUndetermined = 0,
  CmResourceShareDeviceExclusive,
  CmResourceShareDriverExclusive,
  CmResourceShareShared
} CM_SHARE_DISPOSITION;
#define CM_RESOURCE_INTERRUPT_LEVEL_SENSITIVE 0
#define CM_RESOURCE_INTERRUPT_LATCHED 1
#define CM_RESOURCE_INTERRUPT_MESSAGE 2
#define CM_RESOURCE_INTERRUPT_POLICY_INCLUDED 4
#define CM_RESOURCE_MEMORY_READ_WRITE 0x0000
#define CM_RESOURCE_MEMORY_READ_ONLY 0x0001
#define CM_RESOURCE_MEMORY_WRITE_ONLY 0x0002
#define CM_RESOURCE_MEMORY_PREFETCHABLE 0x0004
#define CM_RESOURCE_MEMORY_LARGE 0x0E00
#define CM_RESOURCE_PORT_MEMORY 0x0000
#define CM_RESOURCE_PORT_IO 0x0001
#define CM_RESOURCE_PORT_10_BIT_DECODE 0x0004
#define CM_RESOURCE_PORT_12_BIT_DECODE 0x0008
#define CM_RESOURCE_PORT_16_BIT_DECODE 0x0010
#define CM_RESOURCE_PORT_POSITIVE_DECODE 0x0020

typedef struct _IO_RESOURCE_DESCRIPTOR {
  UCHAR Option;
  UCHAR Type;
  UCHAR ShareDisposition;
  UCHAR Spare1;
  USHORT Flags;
  USHORT Spare2;
  union {
    struct {
      ULONG Length;
      ULONG Alignment;
      PHYSICAL_ADDRESS MinimumAddress;
      PHYSICAL_ADDRESS MaximumAddress;
    } Generic;
    struct {
      ULONG MinimumVector;
      ULONG MaximumVector;
    } Interrupt;
  } u;
} IO_RESOURCE_DESCRIPTOR, *PIO_RESOURCE_DESCRIPTOR;
typedef struct _IO_RESOURCE_LIST {
  USHORT Version;
  USHORT Revision;
  ULONG Count;
  IO_RESOURCE_DESCRIPTOR Descriptors[1];
} IO_RESOURCE_LIST, *PIO_RESOURCE_LIST;
typedef struct _IO_RESOURCE_REQUIREMENTS_LIST {
  ULONG ListSize;
  INTERFACE_TYPE InterfaceType;
  ULONG BusNumber;
  ULONG SlotNumber;
  ULONG Reserved[3];
  ULONG AlternativeLists;
  IO_RESOURCE_LIST List[1];
} IO_RESOURCE_REQUIREMENTS_LIST, *PIO_RESOURCE_REQUIREMENTS_LIST;

typedef enum _DEVICE_RELATION_TYPE {
  BusRelations,
  EjectionRelations,
  PowerRelations,
  RemovalRelations,
  TargetDeviceRelation,
  SingleBusRelations,
  TransportRelations
} DEVICE_RELATION_TYPE,
    *PDEVICE_RELATION_TYPE;
typedef enum _BUS_QUERY_ID_TYPE {
  BusQueryDeviceID = 0,
  BusQueryHardwareIDs,
  BusQueryCompatibleIDs,
  BusQueryInstanceID,
  BusQueryDeviceSerialNumber,
  BusQueryContainerID
} BUS_QUERY_ID_TYPE,
    *PBUS_QUERY_ID_TYPE;
typedef enum _DEVICE_TEXT_TYPE {
  DeviceTextDescription = 0,
  DeviceTextLocationInformation
} DEVICE_TEXT_TYPE,
    *PDEVICE_TEXT_TYPE;
typedef enum _DEVICE_USAGE_NOTIFICATION_TYPE {
  DeviceUsageTypeUndefined,
  DeviceUsageTypePaging,
  DeviceUsageTypeHibernation,
  DeviceUsageTypeDumpFile,
  DeviceUsageTypeBoot,
  DeviceUsageTypePostDisplay,
  DeviceUsageTypeGuestAssigned
} DEVICE_USAGE_NOTIFICATION_TYPE;
typedef ULONG PNP_DEVICE_STATE, *PPNP_DEVICE_STATE;
#define PNP_DEVICE_DISABLED 0x00000001
#define PNP_DEVICE_DONT_DISPLAY_IN_UI 0x00000002
#define PNP_DEVICE_FAILED 0x00000004
#define PNP_DEVICE_REMOVED 0x00000008
#define PNP_DEVICE_RESOURCE_REQUIREMENTS_CHANGED 0x00000010
#define PNP_DEVICE_NOT_DISABLEABLE 0x00000020

/* ---- the driver's routines (role types) ---- */
typedef NTSTATUS DRIVER_DISPATCH(struct _DEVICE_OBJECT *DeviceObject,
                                 struct _IRP *Irp);
typedef DRIVER_DISPATCH *PDRIVER_DISPATCH;
typedef DRIVER_DISPATCH DRIVER_DISPATCH_RAISED, DRIVER_DISPATCH_PAGED;
/* entered holding the cancel spin lock, which it must release */
_Function_class_(DRIVER_CANCEL) _Requires_lock_held_(_Global_cancel_spin_lock_)
    _Releases_lock_(_Global_cancel_spin_lock_)
        _IRQL_requires_min_(DISPATCH_LEVEL)
            _IRQL_requires_(DISPATCH_LEVEL) typedef VOID
    DRIVER_CANCEL(_Inout_ struct _DEVICE_OBJECT *DeviceObject,
                  _Inout_ _IRQL_uses_cancel_ struct _IRP *Irp);
typedef DRIVER_CANCEL *PDRIVER_CANCEL;
typedef VOID DRIVER_UNLOAD(struct _DRIVER_OBJECT *DriverObject);
typedef DRIVER_UNLOAD *PDRIVER_UNLOAD;
typedef NTSTATUS DRIVER_INITIALIZE(struct _DRIVER_OBJECT *DriverObject,
                                   PUNICODE_STRING RegistryPath);
typedef DRIVER_INITIALIZE *PDRIVER_INITIALIZE;
typedef NTSTATUS DRIVER_ADD_DEVICE(struct _DRIVER_OBJECT *DriverObject,
                                   struct _DEVICE_OBJECT *PhysicalDeviceObject);
typedef DRIVER_ADD_DEVICE *PDRIVER_ADD_DEVICE;
typedef VOID DRIVER_STARTIO(struct _DEVICE_OBJECT *DeviceObject,
                            struct _IRP *Irp);
typedef DRIVER_STARTIO *PDRIVER_STARTIO;
typedef VOID DRIVER_REINITIALIZE(struct _DRIVER_OBJECT *DriverObject,
                                 PVOID Context, ULONG Count);
typedef DRIVER_REINITIALIZE *PDRIVER_REINITIALIZE;
typedef NTSTATUS IO_COMPLETION_ROUTINE(struct _DEVICE_OBJECT *DeviceObject,
                                       struct _IRP *Irp, PVOID Context);
typedef IO_COMPLETION_ROUTINE *PIO_COMPLETION_ROUTINE;
typedef VOID IO_DPC_ROUTINE(struct _KDPC *Dpc,
                            struct _DEVICE_OBJECT *DeviceObject,
                            struct _IRP *Irp, PVOID Context);
typedef IO_DPC_ROUTINE *PIO_DPC_ROUTINE;
typedef VOID IO_TIMER_ROUTINE(struct _DEVICE_OBJECT *DeviceObject,
                              PVOID Context);
typedef IO_TIMER_ROUTINE *PIO_TIMER_ROUTINE;
typedef VOID IO_WORKITEM_ROUTINE(struct _DEVICE_OBJECT *DeviceObject,
                                 PVOID Context);
typedef IO_WORKITEM_ROUTINE *PIO_WORKITEM_ROUTINE;
typedef VOID IO_WORKITEM_ROUTINE_EX(PVOID IoObject, PVOID Context,
                                    PIO_WORKITEM IoWorkItem);
typedef IO_WORKITEM_ROUTINE_EX *PIO_WORKITEM_ROUTINE_EX;
typedef VOID KDEFERRED_ROUTINE(struct _KDPC *Dpc, PVOID DeferredContext,
                               PVOID SystemArgument1, PVOID SystemArgument2);
typedef KDEFERRED_ROUTINE *PKDEFERRED_ROUTINE;
typedef BOOLEAN KSERVICE_ROUTINE(struct _KINTERRUPT *Interrupt,
                                 PVOID ServiceContext);
typedef BOOLEAN KSYNCHRONIZE_ROUTINE(PVOID SynchronizeContext);
typedef KSYNCHRONIZE_ROUTINE *PKSYNCHRONIZE_ROUTINE;
typedef VOID KSTART_ROUTINE(PVOID StartContext);
typedef KSTART_ROUTINE *PKSTART_ROUTINE;
typedef VOID WORKER_THREAD_ROUTINE(PVOID Parameter);
typedef WORKER_THREAD_ROUTINE *PWORKER_THREAD_ROUTINE;
typedef enum _IO_ALLOCATION_ACTION {
  KeepObject = 1,
  DeallocateObject,
  DeallocateObjectKeepRegisters
} IO_ALLOCATION_ACTION,
    *PIO_ALLOCATION_ACTION;
typedef IO_ALLOCATION_ACTION DRIVER_CONTROL(struct _DEVICE_OBJECT *DeviceObject,
                                            struct _IRP *Irp,
                                            PVOID MapRegisterBase,
                                            PVOID Context);
typedef DRIVER_CONTROL *PDRIVER_CONTROL;
typedef VOID REQUEST_POWER_COMPLETE(struct _DEVICE_OBJECT *DeviceObject,
                                    UCHAR MinorFunction, POWER_STATE PowerState,
                                    PVOID Context, PIO_STATUS_BLOCK IoStatus);
typedef REQUEST_POWER_COMPLETE *PREQUEST_POWER_COMPLETE;

/* ---- major and minor function codes ---- */
#define IRP_MJ_CREATE 0x00
#define IRP_MJ_CREATE_NAMED_PIPE 0x01
#define IRP_MJ_CLOSE 0x02
#define IRP_MJ_READ 0x03
#define IRP_MJ_WRITE 0x04
#define IRP_MJ_QUERY_INFORMATION 0x05
#define IRP_MJ_SET_INFORMATION 0x06
#define IRP_MJ_QUERY_EA 0x07
#define IRP_MJ_SET_EA 0x08
#define IRP_MJ_FLUSH_BUFFERS 0x09
#define IRP_MJ_QUERY_VOLUME_INFORMATION 0x0a
#define IRP_MJ_SET_VOLUME_INFORMATION 0x0b
#define IRP_MJ_DIRECTORY_CONTROL 0x0c
#define IRP_MJ_FILE_SYSTEM_CONTROL 0x0d
#define IRP_MJ_DEVICE_CONTROL 0x0e
#define IRP_MJ_INTERNAL_DEVICE_CONTROL 0x0f
#define IRP_MJ_SCSI IRP_MJ_INTERNAL_DEVICE_CONTROL
#define IRP_MJ_SHUTDOWN 0x10
#define IRP_MJ_LOCK_CONTROL 0x11
#define IRP_MJ_CLEANUP 0x12
#define IRP_MJ_CREATE_MAILSLOT 0x13
#define IRP_MJ_QUERY_SECURITY 0x14
#define IRP_MJ_SET_SECURITY 0x15
#define IRP_MJ_POWER 0x16
#define IRP_MJ_SYSTEM_CONTROL 0x17
#define IRP_MJ_DEVICE_CHANGE 0x18
#define IRP_MJ_QUERY_QUOTA 0x19
#define IRP_MJ_SET_QUOTA 0x1a
#define IRP_MJ_PNP 0x1b
#define IRP_MJ_PNP_POWER IRP_MJ_PNP
#define IRP_MJ_MAXIMUM_FUNCTION 0x1b

#define IRP_MN_START_DEVICE 0x00
#define IRP_MN_QUERY_REMOVE_DEVICE 0x01
#define IRP_MN_REMOVE_DEVICE 0x02
#define IRP_MN_CANCEL_REMOVE_DEVICE 0x03
#define IRP_MN_STOP_DEVICE 0x04
#define IRP_MN_QUERY_STOP_DEVICE 0x05
#define IRP_MN_CANCEL_STOP_DEVICE 0x06
#define IRP_MN_QUERY_DEVICE_RELATIONS 0x07
#define IRP_MN_QUERY_INTERFACE 0x08
#define IRP_MN_QUERY_CAPABILITIES 0x09
#define IRP_MN_QUERY_RESOURCES 0x0A
#define IRP_MN_QUERY_RESOURCE_REQUIREMENTS 0x0B
#define IRP_MN_QUERY_DEVICE_TEXT 0x0C
#define IRP_MN_FILTER_RESOURCE_REQUIREMENTS 0x0D
#define IRP_MN_READ_CONFIG 0x0F
#define IRP_MN_WRITE_CONFIG 0x10
#define IRP_MN_EJECT 0x11
#define IRP_MN_SET_LOCK 0x12
#define IRP_MN_QUERY_ID 0x13
#define IRP_MN_QUERY_PNP_DEVICE_STATE 0x14
#define IRP_MN_QUERY_BUS_INFORMATION 0x15
#define IRP_MN_DEVICE_USAGE_NOTIFICATION 0x16
#define IRP_MN_SURPRISE_REMOVAL 0x17
#define IRP_MN_QUERY_LEGACY_BUS_INFORMATION 0x18
#define IRP_MN_DEVICE_ENUMERATED 0x19
#define IRP_MN_WAIT_WAKE 0x00
#define IRP_MN_POWER_SEQUENCE 0x01
#define IRP_MN_SET_POWER 0x02
#define IRP_MN_QUERY_POWER 0x03
#define IRP_MN_QUERY_ALL_DATA 0x00
#define IRP_MN_QUERY_SINGLE_INSTANCE 0x01
#define IRP_MN_CHANGE_SINGLE_INSTANCE 0x02
#define IRP_MN_CHANGE_SINGLE_ITEM 0x03
#define IRP_MN_ENABLE_EVENTS 0x04
#define IRP_MN_DISABLE_EVENTS 0x05
#define IRP_MN_ENABLE_COLLECTION 0x06
#define IRP_MN_DISABLE_COLLECTION 0x07
#define IRP_MN_REGINFO 0x08
#define IRP_MN_EXECUTE_METHOD 0x09
#define IRP_MN_REGINFO_EX 0x0b
#define IRP_MN_SCSI_CLASS 0x01

/* priority boosts for IoCompleteRequest and KeSetEvent */
#define IO_NO_INCREMENT 0
#define IO_CD_ROM_INCREMENT 1
#define IO_DISK_INCREMENT 1
#define IO_KEYBOARD_INCREMENT 6
#define IO_MAILSLOT_INCREMENT 2
#define IO_MOUSE_INCREMENT 6
#define IO_NAMED_PIPE_INCREMENT 2
#define IO_NETWORK_INCREMENT 2
#define IO_PARALLEL_INCREMENT 1
#define IO_SERIAL_INCREMENT 2
#define IO_SOUND_INCREMENT 8
#define IO_VIDEO_INCREMENT 1
#define EVENT_INCREMENT 1
#define SEMAPHORE_INCREMENT 1

/* ---- driver, device and file objects ---- */
typedef struct _DRIVER_EXTENSION {
  struct _DRIVER_OBJECT *DriverObject;
  PDRIVER_ADD_DEVICE AddDevice;
  ULONG Count;
  UNICODE_STRING ServiceKeyName;
} DRIVER_EXTENSION, *PDRIVER_EXTENSION;

typedef struct _DRIVER_OBJECT {
  CSHORT Type;
  CSHORT Size;
  struct _DEVICE_OBJECT *DeviceObject;
  ULONG Flags;
  PVOID DriverStart;
  ULONG DriverSize;
  PVOID DriverSection;
  PDRIVER_EXTENSION DriverExtension;
  UNICODE_STRING DriverName;
  PUNICODE_STRING HardwareDatabase;
  PVOID FastIoDispatch;
  PDRIVER_INITIALIZE DriverInit;
  PDRIVER_STARTIO DriverStartIo;
  PDRIVER_UNLOAD DriverUnload;
  PDRIVER_DISPATCH MajorFunction[IRP_MJ_MAXIMUM_FUNCTION + 1];
} DRIVER_OBJECT, *PDRIVER_OBJECT;

typedef struct DECLSPEC_ALIGN(16) _DEVICE_OBJECT {
  CSHORT Type;
  USHORT Size;
  LONG ReferenceCount;
  PDRIVER_OBJECT DriverObject;
  struct _DEVICE_OBJECT *NextDevice;
  struct _DEVICE_OBJECT *AttachedDevice;
  struct _IRP *CurrentIrp;
  PIO_TIMER Timer;
  ULONG Flags;
  ULONG Characteristics;
  PVPB Vpb;
  PVOID DeviceExtension;
  DEVICE_TYPE DeviceType;
  CCHAR StackSize;
  union {
    LIST_ENTRY ListEntry;
    WAIT_CONTEXT_BLOCK Wcb;
  } Queue;
  ULONG AlignmentRequirement;
  KDEVICE_QUEUE DeviceQueue;
  KDPC Dpc;
  ULONG ActiveThreadCount;
  PSECURITY_DESCRIPTOR SecurityDescriptor;
  KEVENT DeviceLock;
  USHORT SectorSize;
  USHORT Spare1;
  struct _DEVOBJ_EXTENSION *DeviceObjectExtension;
  PVOID Reserved;
} DEVICE_OBJECT, *PDEVICE_OBJECT;

/* DEVICE_OBJECT Flags */
#define DO_VERIFY_VOLUME 0x00000002
#define DO_BUFFERED_IO 0x00000004
#define DO_EXCLUSIVE 0x00000008
#define DO_DIRECT_IO 0x00000010
#define DO_MAP_IO_BUFFER 0x00000020
#define DO_DEVICE_HAS_NAME 0x00000040
#define DO_DEVICE_INITIALIZING 0x00000080
#define DO_SYSTEM_BOOT_PARTITION 0x00000100
#define DO_LONG_TERM_REQUESTS 0x00000200
#define DO_NEVER_LAST_DEVICE 0x00000400
#define DO_SHUTDOWN_REGISTERED 0x00000800
#define DO_BUS_ENUMERATED_DEVICE 0x00001000
#define DO_POWER_PAGABLE 0x00002000
#define DO_POWER_INRUSH 0x00004000
#define DO_LOW_PRIORITY_FILESYSTEM 0x00010000
/* DEVICE_OBJECT Characteristics */
#define FILE_REMOVABLE_MEDIA 0x00000001
#define FILE_READ_ONLY_DEVICE 0x00000002
#define FILE_FLOPPY_DISKETTE 0x00000004
#define FILE_WRITE_ONCE_MEDIA 0x00000008
#define FILE_REMOTE_DEVICE 0x00000010
#define FILE_DEVICE_IS_MOUNTED 0x00000020
#define FILE_VIRTUAL_VOLUME 0x00000040
#define FILE_AUTOGENERATED_DEVICE_NAME 0x00000080
#define FILE_DEVICE_SECURE_OPEN 0x00000100
#define FILE_CHARACTERISTIC_PNP_DEVICE 0x00000800
#define FILE_DEVICE_ALLOW_APPCONTAINER_TRAVERSAL 0x00020000
/* alignment requirements */
#define FILE_BYTE_ALIGNMENT 0x00000000
#define FILE_WORD_ALIGNMENT 0x00000001
#define FILE_LONG_ALIGNMENT 0x00000003
#define FILE_QUAD_ALIGNMENT 0x00000007
#define FILE_OCTA_ALIGNMENT 0x0000000f
#define FILE_32_BYTE_ALIGNMENT 0x0000001f
#define FILE_64_BYTE_ALIGNMENT 0x0000003f
#define FILE_128_BYTE_ALIGNMENT 0x0000007f
#define FILE_256_BYTE_ALIGNMENT 0x000000ff
#define FILE_512_BYTE_ALIGNMENT 0x000001ff

typedef struct _FILE_OBJECT {
  CSHORT Type;
  CSHORT Size;
  PDEVICE_OBJECT DeviceObject;
  PVPB Vpb;
  PVOID FsContext;
  PVOID FsContext2;
  PSECTION_OBJECT_POINTERS SectionObjectPointer;
  PVOID PrivateCacheMap;
  NTSTATUS FinalStatus;
  struct _FILE_OBJECT *RelatedFileObject;
  BOOLEAN LockOperation;
  BOOLEAN DeletePending;
  BOOLEAN ReadAccess;
  BOOLEAN WriteAccess;
  BOOLEAN DeleteAccess;
  BOOLEAN SharedRead;
  BOOLEAN SharedWrite;
  BOOLEAN SharedDelete;
  ULONG Flags;
  UNICODE_STRING FileName;
  LARGE_INTEGER CurrentByteOffset;
  ULONG Waiters;
  ULONG Busy;
  PVOID LastLock;
  KEVENT Lock;
  KEVENT Event;
  PIO_COMPLETION_CONTEXT CompletionContext;
  KSPIN_LOCK IrpListLock;
  LIST_ENTRY IrpList;
  PVOID FileObjectExtension;
} FILE_OBJECT, *PFILE_OBJECT;

/* ---- I/O request packets ---- */
typedef VOID (*PIO_APC_ROUTINE)(PVOID ApcContext,
                                PIO_STATUS_BLOCK IoStatusBlock, ULONG Reserved);

typedef struct DECLSPEC_ALIGN(16) _IRP {
  CSHORT Type;
  USHORT Size;
  PMDL MdlAddress;
  ULONG Flags;
  union {
    struct _IRP *MasterIrp;
    LONG IrpCount;
    PVOID SystemBuffer;
  } AssociatedIrp;
  LIST_ENTRY ThreadListEntry;
  IO_STATUS_BLOCK IoStatus;
  KPROCESSOR_MODE RequestorMode;
  BOOLEAN PendingReturned;
  CHAR StackCount;
  CHAR CurrentLocation;
  BOOLEAN Cancel;
  KIRQL CancelIrql;
  CCHAR ApcEnvironment;
  UCHAR AllocationFlags;
  PIO_STATUS_BLOCK UserIosb;
  PKEVENT UserEvent;
  union {
    struct {
      union {
        PIO_APC_ROUTINE UserApcRoutine;
        PVOID IssuingProcess;
      };
      PVOID UserApcContext;
    } AsynchronousParameters;
    LARGE_INTEGER AllocationSize;
  } Overlay;
  PDRIVER_CANCEL CancelRoutine;
  PVOID UserBuffer;
  union {
    struct {
      union {
        KDEVICE_QUEUE_ENTRY DeviceQueueEntry;
        struct {
          PVOID DriverContext[4];
        };
      };
      PETHREAD Thread;
      PCHAR AuxiliaryBuffer;
      struct {
        LIST_ENTRY ListEntry;
        union {
          struct _IO_STACK_LOCATION *CurrentStackLocation;
          ULONG PacketType;
        };
      };
      struct _FILE_OBJECT *OriginalFileObject;
    } Overlay;
    struct {
      PVOID Reserved[12];
    } Apc;
    PVOID CompletionKey;
  } Tail;
} IRP, *PIRP;
#define IRP_NOCACHE 0x00000001
#define IRP_PAGING_IO 0x00000002
#define IRP_MOUNT_COMPLETION 0x00000002
#define IRP_SYNCHRONOUS_API 0x00000004
#define IRP_ASSOCIATED_IRP 0x00000008
#define IRP_BUFFERED_IO 0x00000010
#define IRP_DEALLOCATE_BUFFER 0x00000020
#define IRP_INPUT_OPERATION 0x00000040
#define IRP_SYNCHRONOUS_PAGING_IO 0x00000040
#define IRP_CREATE_OPERATION 0x00000080
#define IRP_READ_OPERATION 0x00000100
#define IRP_WRITE_OPERATION 0x00000200
#define IRP_CLOSE_OPERATION 0x00000400
#define IRP_DEFER_IO_COMPLETION 0x00000800

typedef struct _IO_STACK_LOCATION {
  UCHAR MajorFunction;
  UCHAR MinorFunction;
  UCHAR Flags;
  UCHAR Control;
  union {
    struct {
      PIO_SECURITY_CONTEXT SecurityContext;
      ULONG Options;
      USHORT FileAttributes;
      USHORT ShareAccess;
      ULONG EaLength;
    } Create;
    struct {
      ULONG Length;
      ULONG Key;
      ULONG Flags;
      LARGE_INTEGER ByteOffset;
    } Read;
    struct {
      ULONG Length;
      ULONG Key;
      ULONG Flags;
      LARGE_INTEGER ByteOffset;
    } Write;
    struct {
      ULONG Length;
      ULONG FileInformationClass;
    } QueryFile;
    struct {
      ULONG Length;
      ULONG FileInformationClass;
      PFILE_OBJECT FileObject;
      union {
        struct {
          BOOLEAN ReplaceIfExists;
          BOOLEAN AdvanceOnly;
        };
        ULONG ClusterCount;
        HANDLE DeleteHandle;
      };
    } SetFile;
    struct {
      ULONG Length;
      ULONG FsInformationClass;
    } QueryVolume;
    struct {
      ULONG OutputBufferLength;
      ULONG InputBufferLength;
      ULONG FsControlCode;
      PVOID Type3InputBuffer;
    } FileSystemControl;
    struct {
      ULONG OutputBufferLength;
      ULONG InputBufferLength;
      ULONG IoControlCode;
      PVOID Type3InputBuffer;
    } DeviceIoControl;
    struct {
      ULONG SecurityInformation;
      ULONG Length;
    } QuerySecurity;
    struct {
      ULONG SecurityInformation;
      PSECURITY_DESCRIPTOR SecurityDescriptor;
    } SetSecurity;
    struct {
      DEVICE_RELATION_TYPE Type;
    } QueryDeviceRelations;
    struct {
      const GUID *InterfaceType;
      USHORT Size;
      USHORT Version;
      PINTERFACE Interface;
      PVOID InterfaceSpecificData;
    } QueryInterface;
    struct {
      PDEVICE_CAPABILITIES Capabilities;
    } DeviceCapabilities;
    struct {
      PIO_RESOURCE_REQUIREMENTS_LIST IoResourceRequirementList;
    } FilterResourceRequirements;
    struct {
      ULONG WhichSpace;
      PVOID Buffer;
      ULONG Offset;
      ULONG Length;
    } ReadWriteConfig;
    struct {
      BOOLEAN Lock;
    } SetLock;
    struct {
      BUS_QUERY_ID_TYPE IdType;
    } QueryId;
    struct {
      DEVICE_TEXT_TYPE DeviceTextType;
      ULONG LocaleId;
    } QueryDeviceText;
    struct {
      BOOLEAN InPath;
      BOOLEAN Reserved[3];
      DEVICE_USAGE_NOTIFICATION_TYPE Type;
    } UsageNotification;
    struct {
      SYSTEM_POWER_STATE PowerState;
    } WaitWake;
    struct {
      PVOID PowerSequence;
    } PowerSequence;
    struct {
      union {
        ULONG SystemContext;
        SYSTEM_POWER_STATE_CONTEXT SystemPowerStateContext;
      };
      POWER_STATE_TYPE Type;
      POWER_STATE State;
      POWER_ACTION ShutdownType;
    } Power;
    struct {
      PCM_RESOURCE_LIST AllocatedResources;
      PCM_RESOURCE_LIST AllocatedResourcesTranslated;
    } StartDevice;
    struct {
      ULONG_PTR ProviderId;
      PVOID DataPath;
      ULONG BufferSize;
      PVOID Buffer;
    } WMI;
    /* the file-system requests; the information classes are held as ULONG
     * (their enums live in ntifs.h) */
    struct {
      PIO_SECURITY_CONTEXT SecurityContext;
      ULONG Options;
      USHORT Reserved;
      USHORT ShareAccess;
      PVOID Parameters; /* PNAMED_PIPE_CREATE_PARAMETERS */
    } CreatePipe;
    struct {
      PIO_SECURITY_CONTEXT SecurityContext;
      ULONG Options;
      USHORT Reserved;
      USHORT ShareAccess;
      PVOID Parameters; /* PMAILSLOT_CREATE_PARAMETERS */
    } CreateMailslot;
    struct {
      ULONG Length;
      PUNICODE_STRING FileName;
      ULONG FileInformationClass;
      ULONG FileIndex;
    } QueryDirectory;
    struct {
      ULONG Length;
      ULONG CompletionFilter;
    } NotifyDirectory;
    struct {
      ULONG Length;
      ULONG CompletionFilter;
      ULONG DirectoryNotifyInformationClass;
    } NotifyDirectoryEx;
    struct {
      ULONG Length;
      PVOID EaList;
      ULONG EaListLength;
      ULONG EaIndex;
    } QueryEa;
    struct {
      ULONG Length;
    } SetEa;
    struct {
      ULONG Length;
      ULONG FsInformationClass;
    } SetVolume;
    struct {
      PLARGE_INTEGER Length;
      ULONG Key;
      LARGE_INTEGER ByteOffset;
    } LockControl;
    struct {
      PVPB Vpb;
      PDEVICE_OBJECT DeviceObject;
    } MountVolume;
    struct {
      PVPB Vpb;
      PDEVICE_OBJECT DeviceObject;
    } VerifyVolume;
    struct {
      struct _SCSI_REQUEST_BLOCK *Srb;
    } Scsi;
    struct {
      ULONG Length;
      PSID StartSid;
      PVOID SidList; /* PFILE_GET_QUOTA_INFORMATION */
      ULONG SidListLength;
    } QueryQuota;
    struct {
      ULONG Length;
    } SetQuota;
    struct {
      PVOID Argument1;
      PVOID Argument2;
      PVOID Argument3;
      PVOID Argument4;
    } Others;
  } Parameters;
  PDEVICE_OBJECT DeviceObject;
  PFILE_OBJECT FileObject;
  PIO_COMPLETION_ROUTINE CompletionRoutine;
  PVOID Context;
} IO_STACK_LOCATION, *PIO_STACK_LOCATION;
#define SL_PENDING_RETURNED 0x01
#define SL_ERROR_RETURNED 0x02
#define SL_INVOKE_ON_CANCEL 0x20
#define SL_INVOKE_ON_SUCCESS 0x40
#define SL_INVOKE_ON_ERROR 0x80
#define SL_FORCE_ACCESS_CHECK 0x01
#define SL_OPEN_PAGING_FILE 0x02
#define SL_OPEN_TARGET_DIRECTORY 0x04
#define SL_CASE_SENSITIVE 0x80

/* The stack-location accessors are inline functions in the real header too;
 * they take no lock. */
void *memcpy(void *Destination, const void *Source, __SIZE_TYPE__ Length);
_IRQL_requires_max_(HIGH_LEVEL) FORCEINLINE PIO_STACK_LOCATION
    IoGetCurrentIrpStackLocation(PIRP Irp) {
  return Irp->Tail.Overlay.CurrentStackLocation;
}
_IRQL_requires_max_(HIGH_LEVEL) FORCEINLINE PIO_STACK_LOCATION
    IoGetNextIrpStackLocation(PIRP Irp) {
  return Irp->Tail.Overlay.CurrentStackLocation - 1;
}
_IRQL_requires_max_(HIGH_LEVEL) FORCEINLINE VOID
    IoSkipCurrentIrpStackLocation(PIRP Irp) {
  Irp->CurrentLocation++;
  Irp->Tail.Overlay.CurrentStackLocation++;
}
_IRQL_requires_max_(HIGH_LEVEL) FORCEINLINE VOID
    IoSetNextIrpStackLocation(PIRP Irp) {
  Irp->CurrentLocation--;
  Irp->Tail.Overlay.CurrentStackLocation--;
}
_IRQL_requires_max_(DISPATCH_LEVEL) FORCEINLINE VOID
    IoCopyCurrentIrpStackLocationToNext(PIRP Irp) {
  PIO_STACK_LOCATION irpSp = IoGetCurrentIrpStackLocation(Irp);
  PIO_STACK_LOCATION nextIrpSp = IoGetNextIrpStackLocation(Irp);
  memcpy(nextIrpSp, irpSp, FIELD_OFFSET(IO_STACK_LOCATION, CompletionRoutine));
  nextIrpSp->Control = 0;
}
/* Like IoSetCompletionRoutine, but keeps the driver loaded until the
 * routine has run (it allocates, so it can fail) */
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    IoSetCompletionRoutineEx(PDEVICE_OBJECT DeviceObject, PIRP Irp,
                             PIO_COMPLETION_ROUTINE CompletionRoutine,
                             PVOID Context, BOOLEAN InvokeOnSuccess,
                             BOOLEAN InvokeOnError, BOOLEAN InvokeOnCancel);
_IRQL_requires_max_(HIGH_LEVEL) FORCEINLINE VOID IoMarkIrpPending(PIRP Irp) {
  IoGetCurrentIrpStackLocation(Irp)->Control |= SL_PENDING_RETURNED;
}
_IRQL_requires_max_(DISPATCH_LEVEL) FORCEINLINE VOID
    IoSetCompletionRoutine(PIRP Irp, PIO_COMPLETION_ROUTINE CompletionRoutine,
                           PVOID Context, BOOLEAN InvokeOnSuccess,
                           BOOLEAN InvokeOnError, BOOLEAN InvokeOnCancel) {
  PIO_STACK_LOCATION irpSp = IoGetNextIrpStackLocation(Irp);
  irpSp->CompletionRoutine = CompletionRoutine;
  irpSp->Context = Context;
  irpSp->Control = 0;
  if (InvokeOnSuccess)
    irpSp->Control = SL_INVOKE_ON_SUCCESS;
  if (InvokeOnError)
    irpSp->Control |= SL_INVOKE_ON_ERROR;
  if (InvokeOnCancel)
    irpSp->Control |= SL_INVOKE_ON_CANCEL;
}
#define IoSizeOfIrp(StackSize)                                                 \
  ((USHORT)(sizeof(IRP) + ((StackSize) * (sizeof(IO_STACK_LOCATION)))))
#define IoGetFunctionCodeFromCtlCode(ControlCode)                              \
  (((ULONG)((ControlCode) & 0x3ffc)) >> 2)
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    IoCompleteRequest(PIRP Irp, CCHAR PriorityBoost);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    IoCallDriver(PDEVICE_OBJECT DeviceObject, PIRP Irp);
#define IofCompleteRequest IoCompleteRequest
#define IofCallDriver IoCallDriver
NTSTATUS IoCreateDevice(PDRIVER_OBJECT DriverObject, ULONG DeviceExtensionSize,
                        PUNICODE_STRING DeviceName, DEVICE_TYPE DeviceType,
                        ULONG DeviceCharacteristics, BOOLEAN Exclusive,
                        PDEVICE_OBJECT *DeviceObject);
VOID IoDeleteDevice(PDEVICE_OBJECT DeviceObject);

_IRQL_requires_max_(HIGH_LEVEL) VOID
    KeInitializeEvent(PKEVENT Event, EVENT_TYPE Type, BOOLEAN State);
_IRQL_requires_max_(DISPATCH_LEVEL) LONG
    KeSetEvent(PKEVENT Event, KPRIORITY Increment, BOOLEAN Wait);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID KeClearEvent(PKEVENT Event);
_IRQL_requires_max_(DISPATCH_LEVEL) LONG KeResetEvent(PKEVENT Event);
_IRQL_requires_max_(DIRQL) LONG KeReadStateEvent(PKEVENT Event);
/* a zero timeout is a poll, allowed at DISPATCH_LEVEL; any other wait
 * needs APC_LEVEL or below */
_IRQL_requires_min_(PASSIVE_LEVEL)
    _When_((Timeout == NULL || Timeout->QuadPart != 0),
           _IRQL_requires_max_(APC_LEVEL))
        _When_((Timeout != NULL && Timeout->QuadPart == 0),
               _IRQL_requires_max_(DISPATCH_LEVEL)) NTKERNELAPI NTSTATUS
    KeWaitForSingleObject(_In_ _Points_to_data_ PVOID Object,
                          _In_ _Strict_type_match_ KWAIT_REASON WaitReason,
                          _In_ __drv_strictType(KPROCESSOR_MODE / enum _MODE,
                                                __drv_typeConst)
                              KPROCESSOR_MODE WaitMode,
                          _In_ BOOLEAN Alertable,
                          _In_opt_ PLARGE_INTEGER Timeout);
_IRQL_requires_min_(PASSIVE_LEVEL)
    _When_((Timeout == NULL || Timeout->QuadPart != 0),
           _IRQL_requires_max_(APC_LEVEL))
        _When_((Timeout != NULL && Timeout->QuadPart == 0),
               _IRQL_requires_max_(DISPATCH_LEVEL)) NTKERNELAPI NTSTATUS
    KeWaitForMultipleObjects(_In_ ULONG Count, _In_reads_(Count) PVOID Object[],
                             _In_ _Strict_type_match_ WAIT_TYPE WaitType,
                             _In_ _Strict_type_match_ KWAIT_REASON WaitReason,
                             _In_ __drv_strictType(KPROCESSOR_MODE / enum _MODE,
                                                   __drv_typeConst)
                                 KPROCESSOR_MODE WaitMode,
                             _In_ BOOLEAN Alertable,
                             _In_opt_ PLARGE_INTEGER Timeout,
                             _Out_opt_ PKWAIT_BLOCK WaitBlockArray);
/* a kernel mutex is acquired by waiting on it */
#define KeWaitForMutexObject KeWaitForSingleObject
_IRQL_requires_max_(DIRQL) BOOLEAN
    KeSynchronizeExecution(struct _KINTERRUPT *Interrupt,
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
/* The C library's wide-string routines that drivers call on UNICODE_STRING
 * buffers; wchar_t is WCHAR on Windows targets. */
#ifndef _WCHAR_T_DEFINED
#define _WCHAR_T_DEFINED
typedef __WCHAR_TYPE__ wchar_t;
#endif
size_t wcslen(const wchar_t *String);
int wcscmp(const wchar_t *String1, const wchar_t *String2);
int wcsncmp(const wchar_t *String1, const wchar_t *String2, size_t Count);
wchar_t *wcschr(const wchar_t *String, wchar_t Character);
wchar_t *wcsstr(const wchar_t *String, const wchar_t *SubString);
_IRQL_requires_max_(DIRQL) ULONG DbgPrint(PCSTR Format, ...);
_IRQL_requires_max_(DIRQL) ULONG
    DbgPrintEx(ULONG ComponentId, ULONG Level, PCSTR Format, ...);
/* the va_list of <stdarg.h>, named through its builtin type so that wdm.h
 * does not need that header */
ULONG vDbgPrintEx(ULONG ComponentId, ULONG Level, PCCH Format,
                  __builtin_va_list arglist);
ULONG vDbgPrintExWithPrefix(PCCH Prefix, ULONG ComponentId, ULONG Level,
                            PCCH Format, __builtin_va_list arglist);
VOID DbgBreakPoint(void);
/* a macro for an interrupt intrinsic (int 2c) in the WDK; the documented
 * syntax as a prototype is what a call needs */
VOID DbgRaiseAssertionFailure(void);
VOID RtlAssert(PVOID VoidFailedAssertion, PVOID VoidFileName, ULONG LineNumber,
               PSTR MutableMessage);
/* a checked (DBG) build prints through DbgPrint/DbgPrintEx, the
 * parenthesized argument list being the call's; a free build drops them */
#if DBG
#define KdPrint(args) DbgPrint args
#define KdPrintEx(args) DbgPrintEx args
#else
#define KdPrint(args) ((void)0)
#define KdPrintEx(args) ((void)0)
#endif
#define KdBreakPoint() ((void)0)
#define ASSERT(exp) ((void)0)
#define ASSERTMSG(msg, exp) ((void)0)
#define NT_ASSERT(exp) ((void)0)
#define NT_ASSERTMSG(msg, exp) ((void)0)
#define NT_VERIFY(exp) (exp)
#define DPFLTR_ERROR_LEVEL 0
#define DPFLTR_WARNING_LEVEL 1
#define DPFLTR_TRACE_LEVEL 2
#define DPFLTR_INFO_LEVEL 3
#define DPFLTR_MASK 0x80000000
#define DPFLTR_SYSTEM_ID 0
#define DPFLTR_ACPI_ID 24
#define DPFLTR_PNPMGR_ID 35
#define DPFLTR_PCI_ID 66
#define DPFLTR_IHVDRIVER_ID 77
#define DPFLTR_IHVVIDEO_ID 78
#define DPFLTR_IHVAUDIO_ID 79
#define DPFLTR_IHVNETWORK_ID 80
#define DPFLTR_IHVSTREAMING_ID 81
#define DPFLTR_IHVBUS_ID 82
#define DPFLTR_POWER_ID 146
#define DPFLTR_DEFAULT_ID 101
typedef enum _POOL_TYPE {
  NonPagedPool,
  NonPagedPoolExecute = NonPagedPool,
  PagedPool,
  NonPagedPoolMustSucceed = NonPagedPool + 2,
  DontUseThisType,
  NonPagedPoolCacheAligned = NonPagedPool + 4,
  PagedPoolCacheAligned,
  NonPagedPoolCacheAlignedMustS = NonPagedPool + 6,
  MaxPoolType,
  NonPagedPoolBase = 0,
  NonPagedPoolSession = 32,
  PagedPoolSession = NonPagedPoolSession + 1,
  NonPagedPoolNx = 512,
  NonPagedPoolNxCacheAligned = NonPagedPoolNx + 4,
  NonPagedPoolSessionNx = NonPagedPoolNx + 32
} POOL_TYPE;
#define POOL_QUOTA_FAIL_INSTEAD_OF_RAISE 8
#define POOL_RAISE_IF_ALLOCATION_FAILURE 16
#define POOL_COLD_ALLOCATION 256
#define POOL_NX_ALLOCATION 512
#define POOL_ZERO_ALLOCATION 1024

VOID KeInitializeSpinLock(PKSPIN_LOCK SpinLock);
_Requires_lock_not_held_(*SpinLock) _Acquires_lock_(*SpinLock)
    _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_saves_
    _IRQL_raises_(DISPATCH_LEVEL)
NTKERNELAPI KIRQL KeAcquireSpinLockRaiseToDpc(_Inout_ PKSPIN_LOCK SpinLock);
_Requires_lock_not_held_(*SpinLock) _Acquires_lock_(*SpinLock)
    _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_saves_
    _IRQL_raises_(DISPATCH_LEVEL)
NTKERNELAPI KIRQL FASTCALL KfAcquireSpinLock(_Inout_ PKSPIN_LOCK SpinLock);
_Requires_lock_held_(*SpinLock) _Releases_lock_(*SpinLock)
    _IRQL_requires_(DISPATCH_LEVEL) NTKERNELAPI VOID FASTCALL
    KfReleaseSpinLock(_Inout_ PKSPIN_LOCK SpinLock,
                      _In_ _IRQL_restores_ KIRQL NewIrql);
_Requires_lock_not_held_(*SpinLock) _Acquires_lock_(*SpinLock)
    _IRQL_requires_min_(DISPATCH_LEVEL) NTKERNELAPI VOID FASTCALL
    KefAcquireSpinLockAtDpcLevel(_Inout_ PKSPIN_LOCK SpinLock);
_Requires_lock_held_(*SpinLock) _Releases_lock_(*SpinLock)
    _IRQL_requires_min_(DISPATCH_LEVEL) NTKERNELAPI VOID FASTCALL
    KefReleaseSpinLockFromDpcLevel(_Inout_ PKSPIN_LOCK SpinLock);
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
_Requires_lock_held_(*SpinLock) _Releases_lock_(*SpinLock)
    _IRQL_requires_(DISPATCH_LEVEL) NTKERNELAPI VOID
    KeReleaseSpinLock(_Inout_ PKSPIN_LOCK SpinLock,
                      _In_ _IRQL_restores_ KIRQL NewIrql);
_Requires_lock_not_held_(*SpinLock) _Acquires_lock_(*SpinLock)
    _IRQL_requires_min_(DISPATCH_LEVEL) NTKERNELAPI VOID
    KeAcquireSpinLockAtDpcLevel(_Inout_ PKSPIN_LOCK SpinLock);
_Requires_lock_held_(*SpinLock) _Releases_lock_(*SpinLock)
    _IRQL_requires_min_(DISPATCH_LEVEL) NTKERNELAPI VOID
    KeReleaseSpinLockFromDpcLevel(_Inout_ PKSPIN_LOCK SpinLock);
#else
VOID KeAcquireSpinLock(PKSPIN_LOCK SpinLock, PKIRQL OldIrql);
_Requires_lock_held_(*SpinLock) _Releases_lock_(*SpinLock)
    _IRQL_requires_(DISPATCH_LEVEL) NTKERNELAPI VOID
    KeReleaseSpinLock(_Inout_ PKSPIN_LOCK SpinLock,
                      _In_ _IRQL_restores_ KIRQL NewIrql);
_Requires_lock_not_held_(*SpinLock) _Acquires_lock_(*SpinLock)
    _IRQL_requires_min_(DISPATCH_LEVEL) NTKERNELAPI VOID
    KeAcquireSpinLockAtDpcLevel(_Inout_ PKSPIN_LOCK SpinLock);
_Requires_lock_held_(*SpinLock) _Releases_lock_(*SpinLock)
    _IRQL_requires_min_(DISPATCH_LEVEL) NTKERNELAPI VOID
    KeReleaseSpinLockFromDpcLevel(_Inout_ PKSPIN_LOCK SpinLock);
VOID KeRaiseIrql(KIRQL NewIrql, PKIRQL OldIrql);
VOID KeLowerIrql(KIRQL NewIrql);
#endif

_Must_inspect_result_ _IRQL_requires_min_(DISPATCH_LEVEL)
    _Post_satisfies_(return == 1 || return == 0) NTKERNELAPI BOOLEAN FASTCALL
    KeTryToAcquireSpinLockAtDpcLevel(_Inout_ _Requires_lock_not_held_(*_Curr_)
                                         _When_(return != 0,
                                                       _Acquires_lock_(*_Curr_))
                                             PKSPIN_LOCK SpinLock);
_Requires_lock_not_held_(*SpinLock) _Acquires_lock_(*SpinLock)
    _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_saves_ NTKERNELAPI KIRQL FASTCALL
    KeAcquireSpinLockForDpc(_Inout_ PKSPIN_LOCK SpinLock);
_Requires_lock_held_(*SpinLock) _Releases_lock_(*SpinLock)
    _IRQL_requires_(DISPATCH_LEVEL) NTKERNELAPI VOID FASTCALL
    KeReleaseSpinLockForDpc(_Inout_ PKSPIN_LOCK SpinLock,
                            _In_ _IRQL_restores_ KIRQL OldIrql);

/* in-stack queued spin locks: the lock held is the handle, tied to the
 * spin lock; the raising pair saves the IRQL in the handle */
_Requires_lock_not_held_(*LockHandle) _Acquires_lock_(*LockHandle)
    _Post_same_lock_(*SpinLock, *LockHandle) _IRQL_requires_max_(DISPATCH_LEVEL)
        _IRQL_saves_global_(QueuedSpinLock, LockHandle)
            _IRQL_raises_(DISPATCH_LEVEL) NTKERNELAPI VOID FASTCALL
    KeAcquireInStackQueuedSpinLock(_Inout_ PKSPIN_LOCK SpinLock,
                                   _Out_ PKLOCK_QUEUE_HANDLE LockHandle);
_Requires_lock_held_(*LockHandle) _Releases_lock_(*LockHandle)
    _IRQL_requires_(DISPATCH_LEVEL)
        _IRQL_restores_global_(QueuedSpinLock,
                               LockHandle) NTKERNELAPI VOID FASTCALL
    KeReleaseInStackQueuedSpinLock(_In_ PKLOCK_QUEUE_HANDLE LockHandle);
_Requires_lock_not_held_(*LockHandle) _Acquires_lock_(*LockHandle)
    _Post_same_lock_(*SpinLock, *LockHandle)
        _IRQL_requires_min_(DISPATCH_LEVEL) NTKERNELAPI VOID FASTCALL
    KeAcquireInStackQueuedSpinLockAtDpcLevel(
        _Inout_ PKSPIN_LOCK SpinLock, _Out_ PKLOCK_QUEUE_HANDLE LockHandle);
_Requires_lock_held_(*LockHandle) _Releases_lock_(*LockHandle)
    _IRQL_requires_(DISPATCH_LEVEL) NTKERNELAPI VOID FASTCALL
    KeReleaseInStackQueuedSpinLockFromDpcLevel(
        _In_ PKLOCK_QUEUE_HANDLE LockHandle);
_Requires_lock_not_held_(*LockHandle) _Acquires_lock_(*LockHandle)
    _Post_same_lock_(*SpinLock, *LockHandle) _IRQL_requires_max_(DISPATCH_LEVEL)
        _IRQL_saves_global_(QueuedSpinLock,
                            LockHandle) NTKERNELAPI VOID FASTCALL
    KeAcquireInStackQueuedSpinLockForDpc(_Inout_ PKSPIN_LOCK SpinLock,
                                         _Out_ PKLOCK_QUEUE_HANDLE LockHandle);
_Requires_lock_held_(*LockHandle) _Releases_lock_(*LockHandle)
    _IRQL_requires_(DISPATCH_LEVEL)
        _IRQL_restores_global_(QueuedSpinLock,
                               LockHandle) NTKERNELAPI VOID FASTCALL
    KeReleaseInStackQueuedSpinLockForDpc(_In_ PKLOCK_QUEUE_HANDLE LockHandle);
KIRQL KeAcquireInterruptSpinLock(PKINTERRUPT Interrupt);
VOID KeReleaseInterruptSpinLock(PKINTERRUPT Interrupt, KIRQL OldIrql);
/* executive (reader/writer) spin locks; the shared forms are annotated
 * with plain _Acquires_lock_ in the WDK */
_IRQL_requires_min_(DISPATCH_LEVEL) NTKERNELAPI VOID
    ExAcquireSpinLockSharedAtDpcLevel(_Inout_ _Requires_lock_not_held_(*_Curr_)
                                          _Acquires_lock_(*_Curr_)
                                              PEX_SPIN_LOCK SpinLock);
_IRQL_saves_ _IRQL_raises_(DISPATCH_LEVEL)
NTKERNELAPI KIRQL ExAcquireSpinLockShared(_Inout_ _Requires_lock_not_held_(
    *_Curr_) _Acquires_lock_(*_Curr_) PEX_SPIN_LOCK SpinLock);
_IRQL_requires_min_(DISPATCH_LEVEL) NTKERNELAPI VOID
    ExReleaseSpinLockSharedFromDpcLevel(_Inout_ _Requires_lock_held_(*_Curr_)
                                            _Releases_lock_(*_Curr_)
                                                PEX_SPIN_LOCK SpinLock);
_IRQL_requires_(DISPATCH_LEVEL) NTKERNELAPI VOID
    ExReleaseSpinLockShared(_Inout_ _Requires_lock_held_(*_Curr_)
                                _Releases_lock_(*_Curr_) PEX_SPIN_LOCK SpinLock,
                            _In_ _IRQL_restores_ KIRQL OldIrql);
/* no lock annotation in the WDK */
_Must_inspect_result_ _IRQL_requires_(DISPATCH_LEVEL)
    _Post_satisfies_(return == 0 || return == 1) NTKERNELAPI LOGICAL
    ExTryConvertSharedSpinLockExclusive(_Inout_ PEX_SPIN_LOCK SpinLock);
_IRQL_requires_min_(DISPATCH_LEVEL) NTKERNELAPI VOID
    ExAcquireSpinLockExclusiveAtDpcLevel(_Inout_ _Requires_lock_not_held_(
        *_Curr_) _Acquires_lock_(*_Curr_) PEX_SPIN_LOCK SpinLock);
_IRQL_saves_ _IRQL_raises_(DISPATCH_LEVEL)
NTKERNELAPI KIRQL ExAcquireSpinLockExclusive(_Inout_ _Requires_lock_not_held_(
    *_Curr_) _Acquires_lock_(*_Curr_) PEX_SPIN_LOCK SpinLock);
_IRQL_requires_min_(DISPATCH_LEVEL) NTKERNELAPI VOID
    ExReleaseSpinLockExclusiveFromDpcLevel(_Inout_ _Requires_lock_held_(*_Curr_)
                                               _Releases_lock_(*_Curr_)
                                                   PEX_SPIN_LOCK SpinLock);
_IRQL_requires_(DISPATCH_LEVEL) NTKERNELAPI VOID
    ExReleaseSpinLockExclusive(_Inout_ _Requires_lock_held_(*_Curr_)
                                   _Releases_lock_(*_Curr_)
                                       PEX_SPIN_LOCK SpinLock,
                               _In_ _IRQL_restores_ KIRQL OldIrql);
/* no IRQL annotation in the WDK */
_Must_inspect_result_ LOGICAL ExTryAcquireSpinLockSharedAtDpcLevel(
    _When_(return != FALSE,
                  _Requires_lock_not_held_(*_Curr_) _Acquires_lock_(*_Curr_))
        _Inout_ PEX_SPIN_LOCK SpinLock);
_Must_inspect_result_ LOGICAL ExTryAcquireSpinLockExclusiveAtDpcLevel(
    _When_(return != FALSE,
                  _Requires_lock_not_held_(*_Curr_) _Acquires_lock_(*_Curr_))
        _Inout_ PEX_SPIN_LOCK SpinLock);
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
_Acquires_lock_(_Global_cancel_spin_lock_)
    _Requires_lock_not_held_(_Global_cancel_spin_lock_)
        _IRQL_requires_max_(DISPATCH_LEVEL)
            _IRQL_raises_(DISPATCH_LEVEL) NTKERNELAPI VOID
    IoAcquireCancelSpinLock(_Out_ _At_(*Irql, _IRQL_saves_) PKIRQL Irql);
_Requires_lock_held_(_Global_cancel_spin_lock_)
    _Releases_lock_(_Global_cancel_spin_lock_)
        _IRQL_requires_max_(DISPATCH_LEVEL)
            _IRQL_requires_min_(DISPATCH_LEVEL) NTKERNELAPI VOID
    IoReleaseCancelSpinLock(_In_ _IRQL_restores_ _IRQL_uses_cancel_ KIRQL Irql);
KIRQL KeRaiseIrqlToDpcLevel(void);
KIRQL KeGetCurrentIrql(void);
DECLSPEC_NORETURN VOID KeBugCheckEx(ULONG BugCheckCode, ULONG_PTR P1,
                                    ULONG_PTR P2, ULONG_PTR P3, ULONG_PTR P4);
VOID KeStallExecutionProcessor(ULONG MicroSeconds);
PVOID ExAllocatePoolWithTag(POOL_TYPE PoolType, SIZE_T NumberOfBytes,
                            ULONG Tag);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID ExFreePoolWithTag(PVOID P, ULONG Tag);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    KeDelayExecutionThread(CHAR WaitMode, BOOLEAN Alertable,
                           PLARGE_INTEGER Interval);
_IRQL_requires_max_(HIGH_LEVEL) BOOLEAN
    KeInsertQueueDpc(PKDPC Dpc, PVOID SystemArgument1, PVOID SystemArgument2);

/* the IRQL limits are in irqlint's API model too; the annotations are
 * here as the real headers carry them */
typedef ULONG64 POOL_FLAGS;
#define POOL_FLAG_NON_PAGED 0x0000000000000040ULL
#define POOL_FLAG_PAGED 0x0000000000000100ULL
_IRQL_requires_max_(DISPATCH_LEVEL) PVOID
    ExAllocatePool2(POOL_FLAGS Flags, SIZE_T NumberOfBytes, ULONG Tag);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS ZwClose(HANDLE Handle);

/* Interrupt connection (IoConnectInterrupt, and IoConnectInterruptEx with
 * its line-based and message-based parameter blocks). irqlint reads the
 * service routines handed to them as DIRQL routines. */
typedef struct _IO_INTERRUPT_MESSAGE_INFO *PIO_INTERRUPT_MESSAGE_INFO;
typedef BOOLEAN KMESSAGE_SERVICE_ROUTINE(struct _KINTERRUPT *Interrupt,
                                         PVOID ServiceContext, ULONG MessageId);
typedef KMESSAGE_SERVICE_ROUTINE *PKMESSAGE_SERVICE_ROUTINE;
typedef KSERVICE_ROUTINE *PKSERVICE_ROUTINE;
typedef enum _KINTERRUPT_MODE { LevelSensitive, Latched } KINTERRUPT_MODE;
typedef enum _KINTERRUPT_POLARITY {
  InterruptPolarityUnknown,
  InterruptActiveHigh,
  InterruptRisingEdge = InterruptActiveHigh,
  InterruptActiveLow,
  InterruptFallingEdge = InterruptActiveLow,
  InterruptActiveBoth,
  InterruptActiveBothTriggerLow = InterruptActiveBoth,
  InterruptActiveBothTriggerHigh
} KINTERRUPT_POLARITY,
    *PKINTERRUPT_POLARITY;
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    IoConnectInterrupt(PKINTERRUPT *InterruptObject,
                       PKSERVICE_ROUTINE ServiceRoutine, PVOID ServiceContext,
                       PKSPIN_LOCK SpinLock, ULONG Vector, KIRQL Irql,
                       KIRQL SynchronizeIrql, KINTERRUPT_MODE InterruptMode,
                       BOOLEAN ShareVector, ULONG_PTR ProcessorEnableMask,
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
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    IoConnectInterruptEx(PIO_CONNECT_INTERRUPT_PARAMETERS Parameters);

_IRQL_requires_max_(HIGH_LEVEL) LONG
    InterlockedIncrement(LONG volatile *Addend);
_IRQL_requires_max_(HIGH_LEVEL) LONG
    InterlockedDecrement(LONG volatile *Addend);

/* ---- interlocked operations and barriers (compiler intrinsics in the
 * real header) ---- */
_IRQL_requires_max_(HIGH_LEVEL) LONG
    InterlockedExchange(LONG volatile *Target, LONG Value);
_IRQL_requires_max_(HIGH_LEVEL) LONG
    InterlockedExchangeAdd(LONG volatile *Addend, LONG Value);
_IRQL_requires_max_(HIGH_LEVEL) LONG
    InterlockedCompareExchange(LONG volatile *Destination, LONG ExChange,
                               LONG Comperand);
_IRQL_requires_max_(HIGH_LEVEL) LONG
    InterlockedOr(LONG volatile *Destination, LONG Value);
_IRQL_requires_max_(HIGH_LEVEL) LONG
    InterlockedAnd(LONG volatile *Destination, LONG Value);
_IRQL_requires_max_(HIGH_LEVEL) LONG
    InterlockedXor(LONG volatile *Destination, LONG Value);
LONG64 InterlockedIncrement64(LONG64 volatile *Addend);
LONG64 InterlockedDecrement64(LONG64 volatile *Addend);
LONG64 InterlockedExchange64(LONG64 volatile *Target, LONG64 Value);
LONG64 InterlockedExchangeAdd64(LONG64 volatile *Addend, LONG64 Value);
LONG64 InterlockedCompareExchange64(LONG64 volatile *Destination,
                                    LONG64 ExChange, LONG64 Comperand);
_IRQL_requires_max_(HIGH_LEVEL) PVOID
    InterlockedExchangePointer(PVOID volatile *Target, PVOID Value);
_IRQL_requires_max_(HIGH_LEVEL) PVOID
    InterlockedCompareExchangePointer(PVOID volatile *Destination,
                                      PVOID ExChange, PVOID Comperand);
#define InterlockedAdd(Addend, Value)                                          \
  (InterlockedExchangeAdd((Addend), (Value)) + (Value))
#define InterlockedIncrementAcquire InterlockedIncrement
#define InterlockedIncrementRelease InterlockedIncrement
#define InterlockedDecrementAcquire InterlockedDecrement
#define InterlockedDecrementRelease InterlockedDecrement
#define InterlockedExchangeAcquire InterlockedExchange
#define InterlockedCompareExchangeAcquire InterlockedCompareExchange
#define InterlockedCompareExchangeRelease InterlockedCompareExchange
#define InterlockedIncrementNoFence InterlockedIncrement
#define InterlockedDecrementNoFence InterlockedDecrement
#define KeMemoryBarrier() ((void)0)
#define KeMemoryBarrierWithoutFence() ((void)0)
#define MemoryBarrier() ((void)0)
#define YieldProcessor() ((void)0)
/* a compiler intrinsic declared as a routine (intrin.h), not a macro: code
 * that declares it itself, `void _ReadWriteBarrier(void);`, must still parse */
void _ReadWriteBarrier(void);
#define ReadAcquire(Source) (*(Source))
#define ReadNoFence(Source) (*(Source))
#define WriteRelease(Destination, Value) ((void)(*(Destination) = (Value)))
#define WriteNoFence(Destination, Value) ((void)(*(Destination) = (Value)))
_IRQL_requires_max_(HIGH_LEVEL) PSLIST_ENTRY
    ExInterlockedPushEntrySList(PSLIST_HEADER ListHead, PSLIST_ENTRY ListEntry,
                                PKSPIN_LOCK Lock);
_IRQL_requires_max_(HIGH_LEVEL) PSLIST_ENTRY
    ExInterlockedPopEntrySList(PSLIST_HEADER ListHead, PKSPIN_LOCK Lock);
PSLIST_ENTRY InterlockedPushEntrySList(PSLIST_HEADER ListHead,
                                       PSLIST_ENTRY ListEntry);
PSLIST_ENTRY InterlockedPopEntrySList(PSLIST_HEADER ListHead);
_IRQL_requires_max_(HIGH_LEVEL) PSLIST_ENTRY
    ExInterlockedFlushSList(PSLIST_HEADER ListHead);
_IRQL_requires_max_(HIGH_LEVEL) VOID
    InitializeSListHead(PSLIST_HEADER SListHead);
_IRQL_requires_max_(DISPATCH_LEVEL) USHORT
    ExQueryDepthSList(PSLIST_HEADER SListHead);

/* IoSetCancelRoutine is an inline function in the WDK too (it needs
 * InterlockedExchangePointer): it returns the previous routine, NULL when
 * none was set or the IRP is being canceled. */
_IRQL_requires_max_(DISPATCH_LEVEL) _Ret_maybenull_ FORCEINLINE PDRIVER_CANCEL
    IoSetCancelRoutine(_Inout_ PIRP Irp,
                       _In_opt_ PDRIVER_CANCEL CancelRoutine) {
  return (PDRIVER_CANCEL)(ULONG_PTR)InterlockedExchangePointer(
      (PVOID *)&Irp->CancelRoutine, (PVOID)(ULONG_PTR)CancelRoutine);
}

/* ---- status values ---- */
#define STATUS_SUCCESS ((NTSTATUS)0x00000000L)
#define STATUS_WAIT_0 ((NTSTATUS)0x00000000L)
#define STATUS_WAIT_1 ((NTSTATUS)0x00000001L)
#define STATUS_WAIT_2 ((NTSTATUS)0x00000002L)
#define STATUS_WAIT_3 ((NTSTATUS)0x00000003L)
#define STATUS_WAIT_63 ((NTSTATUS)0x0000003FL)
#define STATUS_ABANDONED ((NTSTATUS)0x00000080L)
#define STATUS_ABANDONED_WAIT_0 ((NTSTATUS)0x00000080L)
#define STATUS_USER_APC ((NTSTATUS)0x000000C0L)
#define STATUS_KERNEL_APC ((NTSTATUS)0x00000100L)
#define STATUS_ALERTED ((NTSTATUS)0x00000101L)
#define STATUS_TIMEOUT ((NTSTATUS)0x00000102L)
#define STATUS_PENDING ((NTSTATUS)0x00000103L)
#define STATUS_REPARSE ((NTSTATUS)0x00000104L)
#define STATUS_MORE_ENTRIES ((NTSTATUS)0x00000105L)
#define STATUS_NOT_ALL_ASSIGNED ((NTSTATUS)0x00000106L)
#define STATUS_OBJECT_NAME_EXISTS ((NTSTATUS)0x40000000L)
#define STATUS_GUARD_PAGE_VIOLATION ((NTSTATUS)0x80000001L)
#define STATUS_DATATYPE_MISALIGNMENT ((NTSTATUS)0x80000002L)
#define STATUS_BREAKPOINT ((NTSTATUS)0x80000003L)
#define STATUS_SINGLE_STEP ((NTSTATUS)0x80000004L)
#define STATUS_BUFFER_OVERFLOW ((NTSTATUS)0x80000005L)
#define STATUS_NO_MORE_FILES ((NTSTATUS)0x80000006L)
#define STATUS_DEVICE_PAPER_EMPTY ((NTSTATUS)0x8000000EL)
#define STATUS_DEVICE_POWERED_OFF ((NTSTATUS)0x8000000FL)
#define STATUS_DEVICE_OFF_LINE ((NTSTATUS)0x80000010L)
#define STATUS_DEVICE_BUSY ((NTSTATUS)0x80000011L)
#define STATUS_NO_MORE_EAS ((NTSTATUS)0x80000012L)
#define STATUS_NO_MORE_ENTRIES ((NTSTATUS)0x8000001AL)
#define STATUS_NO_DATA_DETECTED ((NTSTATUS)0x80000022L)
#define STATUS_UNSUCCESSFUL ((NTSTATUS)0xC0000001L)
#define STATUS_NOT_IMPLEMENTED ((NTSTATUS)0xC0000002L)
#define STATUS_INVALID_INFO_CLASS ((NTSTATUS)0xC0000003L)
#define STATUS_INFO_LENGTH_MISMATCH ((NTSTATUS)0xC0000004L)
#define STATUS_ACCESS_VIOLATION ((NTSTATUS)0xC0000005L)
#define STATUS_IN_PAGE_ERROR ((NTSTATUS)0xC0000006L)
#define STATUS_INVALID_HANDLE ((NTSTATUS)0xC0000008L)
#define STATUS_INVALID_PARAMETER ((NTSTATUS)0xC000000DL)
#define STATUS_NO_SUCH_DEVICE ((NTSTATUS)0xC000000EL)
#define STATUS_NO_SUCH_FILE ((NTSTATUS)0xC000000FL)
#define STATUS_INVALID_DEVICE_REQUEST ((NTSTATUS)0xC0000010L)
#define STATUS_END_OF_FILE ((NTSTATUS)0xC0000011L)
#define STATUS_NO_MEDIA_IN_DEVICE ((NTSTATUS)0xC0000013L)
#define STATUS_UNRECOGNIZED_MEDIA ((NTSTATUS)0xC0000014L)
#define STATUS_NONEXISTENT_SECTOR ((NTSTATUS)0xC0000015L)
#define STATUS_MORE_PROCESSING_REQUIRED ((NTSTATUS)0xC0000016L)
#define STATUS_NO_MEMORY ((NTSTATUS)0xC0000017L)
#define STATUS_ILLEGAL_INSTRUCTION ((NTSTATUS)0xC000001DL)
#define STATUS_ACCESS_DENIED ((NTSTATUS)0xC0000022L)
#define STATUS_BUFFER_TOO_SMALL ((NTSTATUS)0xC0000023L)
#define STATUS_OBJECT_TYPE_MISMATCH ((NTSTATUS)0xC0000024L)
#define STATUS_INVALID_PARAMETER_MIX ((NTSTATUS)0xC0000030L)
#define STATUS_OBJECT_NAME_INVALID ((NTSTATUS)0xC0000033L)
#define STATUS_OBJECT_NAME_NOT_FOUND ((NTSTATUS)0xC0000034L)
#define STATUS_OBJECT_NAME_COLLISION ((NTSTATUS)0xC0000035L)
#define STATUS_PORT_DISCONNECTED ((NTSTATUS)0xC0000037L)
#define STATUS_DEVICE_ALREADY_ATTACHED ((NTSTATUS)0xC0000038L)
#define STATUS_OBJECT_PATH_NOT_FOUND ((NTSTATUS)0xC000003AL)
#define STATUS_DATA_OVERRUN ((NTSTATUS)0xC000003CL)
#define STATUS_DATA_ERROR ((NTSTATUS)0xC000003EL)
#define STATUS_CRC_ERROR ((NTSTATUS)0xC000003FL)
#define STATUS_SHARING_VIOLATION ((NTSTATUS)0xC0000043L)
#define STATUS_DELETE_PENDING ((NTSTATUS)0xC0000056L)
#define STATUS_PRIVILEGE_NOT_HELD ((NTSTATUS)0xC0000061L)
#define STATUS_INTEGER_OVERFLOW ((NTSTATUS)0xC0000095L)
#define STATUS_INSUFFICIENT_RESOURCES ((NTSTATUS)0xC000009AL)
#define STATUS_DEVICE_DATA_ERROR ((NTSTATUS)0xC000009CL)
#define STATUS_DEVICE_NOT_CONNECTED ((NTSTATUS)0xC000009DL)
#define STATUS_DEVICE_POWER_FAILURE ((NTSTATUS)0xC000009EL)
#define STATUS_MEDIA_WRITE_PROTECTED ((NTSTATUS)0xC00000A2L)
#define STATUS_DEVICE_NOT_READY ((NTSTATUS)0xC00000A3L)
#define STATUS_IO_TIMEOUT ((NTSTATUS)0xC00000B5L)
#define STATUS_FILE_IS_A_DIRECTORY ((NTSTATUS)0xC00000BAL)
#define STATUS_NOT_SUPPORTED ((NTSTATUS)0xC00000BBL)
#define STATUS_DEVICE_DOES_NOT_EXIST ((NTSTATUS)0xC00000C0L)
#define STATUS_TOO_MANY_COMMANDS ((NTSTATUS)0xC00000C1L)
#define STATUS_ADAPTER_HARDWARE_ERROR ((NTSTATUS)0xC00000C2L)
#define STATUS_BAD_DEVICE_TYPE ((NTSTATUS)0xC00000CBL)
#define STATUS_NOT_SAME_DEVICE ((NTSTATUS)0xC00000D4L)
#define STATUS_INTERNAL_ERROR ((NTSTATUS)0xC00000E5L)
#define STATUS_INVALID_USER_BUFFER ((NTSTATUS)0xC00000E8L)
#define STATUS_UNEXPECTED_IO_ERROR ((NTSTATUS)0xC00000E9L)
#define STATUS_INVALID_PARAMETER_1 ((NTSTATUS)0xC00000EFL)
#define STATUS_INVALID_PARAMETER_2 ((NTSTATUS)0xC00000F0L)
#define STATUS_INVALID_PARAMETER_3 ((NTSTATUS)0xC00000F1L)
#define STATUS_INVALID_PARAMETER_4 ((NTSTATUS)0xC00000F2L)
#define STATUS_NOT_A_DIRECTORY ((NTSTATUS)0xC0000103L)
#define STATUS_CANCELLED ((NTSTATUS)0xC0000120L)
#define STATUS_INVALID_ADDRESS ((NTSTATUS)0xC0000141L)
#define STATUS_INVALID_LEVEL ((NTSTATUS)0xC0000148L)
#define STATUS_INVALID_BLOCK_LENGTH ((NTSTATUS)0xC0000173L)
#define STATUS_DEVICE_CONFIGURATION_ERROR ((NTSTATUS)0xC0000182L)
#define STATUS_DRIVER_INTERNAL_ERROR ((NTSTATUS)0xC0000183L)
#define STATUS_INVALID_DEVICE_STATE ((NTSTATUS)0xC0000184L)
#define STATUS_IO_DEVICE_ERROR ((NTSTATUS)0xC0000185L)
#define STATUS_DEVICE_PROTOCOL_ERROR ((NTSTATUS)0xC0000186L)
#define STATUS_WMI_NOT_SUPPORTED ((NTSTATUS)0xC00001BDL)
#define STATUS_INVALID_BUFFER_SIZE ((NTSTATUS)0xC0000206L)
#define STATUS_NOT_FOUND ((NTSTATUS)0xC0000225L)
#define STATUS_RETRY ((NTSTATUS)0xC000022DL)
#define STATUS_CONNECTION_REFUSED ((NTSTATUS)0xC0000236L)
#define STATUS_NETWORK_UNREACHABLE ((NTSTATUS)0xC000023CL)
#define STATUS_HOST_UNREACHABLE ((NTSTATUS)0xC000023DL)
#define STATUS_REQUEST_ABORTED ((NTSTATUS)0xC0000240L)
#define STATUS_WMI_GUID_NOT_FOUND ((NTSTATUS)0xC0000295L)
#define STATUS_WMI_INSTANCE_NOT_FOUND ((NTSTATUS)0xC0000296L)
#define STATUS_WMI_ITEMID_NOT_FOUND ((NTSTATUS)0xC0000297L)
#define STATUS_WMI_TRY_AGAIN ((NTSTATUS)0xC0000298L)
#define STATUS_DEVICE_REMOVED ((NTSTATUS)0xC00002B6L)
#define STATUS_WMI_READ_ONLY ((NTSTATUS)0xC00002C6L)
#define STATUS_WMI_SET_FAILURE ((NTSTATUS)0xC00002C7L)
#define STATUS_POWER_STATE_INVALID ((NTSTATUS)0xC00002D3L)
#define STATUS_INVALID_DEVICE_OBJECT_PARAMETER ((NTSTATUS)0xC0000369L)
/* file-system, media and serial status values drivers return */
#define STATUS_OPLOCK_BREAK_IN_PROGRESS ((NTSTATUS)0x00000108L)
#define STATUS_NOTIFY_CLEANUP ((NTSTATUS)0x0000010BL)
#define STATUS_NOTIFY_ENUM_DIR ((NTSTATUS)0x0000010CL)
#define STATUS_FILE_LOCKED_WITH_ONLY_READERS ((NTSTATUS)0x0000012AL)
#define STATUS_FILE_LOCKED_WITH_WRITERS ((NTSTATUS)0x0000012BL)
#define STATUS_SERIAL_MORE_WRITES ((NTSTATUS)0x40000008L)
#define STATUS_SERIAL_COUNTER_TIMEOUT ((NTSTATUS)0x4000000CL)
#define STATUS_INVALID_EA_NAME ((NTSTATUS)0x80000013L)
#define STATUS_EA_LIST_INCONSISTENT ((NTSTATUS)0x80000014L)
#define STATUS_MEDIA_CHANGED ((NTSTATUS)0x8000001CL)
#define STATUS_CLEANER_CARTRIDGE_INSTALLED ((NTSTATUS)0x80000027L)
#define STATUS_UNABLE_TO_DELETE_SECTION ((NTSTATUS)0xC000001BL)
#define STATUS_NOT_LOCKED ((NTSTATUS)0xC000002AL)
#define STATUS_DISK_CORRUPT_ERROR ((NTSTATUS)0xC0000032L)
#define STATUS_OBJECT_PATH_INVALID ((NTSTATUS)0xC0000039L)
#define STATUS_EAS_NOT_SUPPORTED ((NTSTATUS)0xC000004FL)
#define STATUS_EA_TOO_LARGE ((NTSTATUS)0xC0000050L)
#define STATUS_NONEXISTENT_EA_ENTRY ((NTSTATUS)0xC0000051L)
#define STATUS_NO_EAS_ON_FILE ((NTSTATUS)0xC0000052L)
#define STATUS_EA_CORRUPT_ERROR ((NTSTATUS)0xC0000053L)
#define STATUS_FILE_LOCK_CONFLICT ((NTSTATUS)0xC0000054L)
#define STATUS_LOCK_NOT_GRANTED ((NTSTATUS)0xC0000055L)
#define STATUS_NONE_MAPPED ((NTSTATUS)0xC0000073L)
#define STATUS_RANGE_NOT_LOCKED ((NTSTATUS)0xC000007EL)
#define STATUS_DISK_FULL ((NTSTATUS)0xC000007FL)
#define STATUS_INVALID_VOLUME_LABEL ((NTSTATUS)0xC0000086L)
#define STATUS_FILE_INVALID ((NTSTATUS)0xC0000098L)
#define STATUS_REQUEST_NOT_ACCEPTED ((NTSTATUS)0xC00000D0L)
#define STATUS_CANT_WAIT ((NTSTATUS)0xC00000D8L)
#define STATUS_DIRECTORY_NOT_EMPTY ((NTSTATUS)0xC0000101L)
#define STATUS_FILE_CORRUPT_ERROR ((NTSTATUS)0xC0000102L)
#define STATUS_FILES_OPEN ((NTSTATUS)0xC0000107L)
#define STATUS_CANNOT_DELETE ((NTSTATUS)0xC0000121L)
#define STATUS_FILE_DELETED ((NTSTATUS)0xC0000123L)
#define STATUS_FILE_CLOSED ((NTSTATUS)0xC0000128L)
#define STATUS_UNRECOGNIZED_VOLUME ((NTSTATUS)0xC000014FL)
#define STATUS_SERIAL_NO_DEVICE_INITED ((NTSTATUS)0xC0000150L)
#define STATUS_UNMAPPABLE_CHARACTER ((NTSTATUS)0xC0000162L)
#define STATUS_NO_MEDIA ((NTSTATUS)0xC0000178L)
#define STATUS_TOO_LATE ((NTSTATUS)0xC0000189L)
#define STATUS_NO_MATCH ((NTSTATUS)0xC0000272L)
#define STATUS_CANNOT_MAKE ((NTSTATUS)0xC00002EAL)
#define STATUS_SYSTEM_SHUTDOWN ((NTSTATUS)0xC00002EBL)
#define STATUS_OBJECTID_NOT_FOUND ((NTSTATUS)0xC00002F0L)
#define STATUS_SHUTDOWN_IN_PROGRESS ((NTSTATUS)0xC00002FEL)
#define STATUS_COPY_PROTECTION_FAILURE ((NTSTATUS)0xC0000305L)
#define STATUS_CSS_AUTHENTICATION_FAILURE ((NTSTATUS)0xC0000306L)
#define STATUS_CSS_KEY_NOT_PRESENT ((NTSTATUS)0xC0000307L)
#define STATUS_CSS_KEY_NOT_ESTABLISHED ((NTSTATUS)0xC0000308L)
#define STATUS_CSS_SCRAMBLED_SECTOR ((NTSTATUS)0xC0000309L)
#define STATUS_CSS_REGION_MISMATCH ((NTSTATUS)0xC000030AL)
#define STATUS_CSS_RESETS_EXHAUSTED ((NTSTATUS)0xC000030BL)
#define STATUS_PURGE_FAILED ((NTSTATUS)0xC0000435L)

/* ---- access rights ---- */
#define DELETE (0x00010000L)
#define READ_CONTROL (0x00020000L)
#define WRITE_DAC (0x00040000L)
#define WRITE_OWNER (0x00080000L)
#define SYNCHRONIZE (0x00100000L)
#define STANDARD_RIGHTS_REQUIRED (0x000F0000L)
#define STANDARD_RIGHTS_READ (READ_CONTROL)
#define STANDARD_RIGHTS_WRITE (READ_CONTROL)
#define STANDARD_RIGHTS_EXECUTE (READ_CONTROL)
#define STANDARD_RIGHTS_ALL (0x001F0000L)
#define SPECIFIC_RIGHTS_ALL (0x0000FFFFL)
#define ACCESS_SYSTEM_SECURITY (0x01000000L)
#define MAXIMUM_ALLOWED (0x02000000L)
#define GENERIC_READ (0x80000000L)
#define GENERIC_WRITE (0x40000000L)
#define GENERIC_EXECUTE (0x20000000L)
#define GENERIC_ALL (0x10000000L)
#define EVENT_QUERY_STATE 0x0001
#define EVENT_MODIFY_STATE 0x0002
#define EVENT_ALL_ACCESS (STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0x3)
#define SEMAPHORE_QUERY_STATE 0x0001
#define SEMAPHORE_MODIFY_STATE 0x0002
#define THREAD_ALL_ACCESS (STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0xFFFF)
#define PROCESS_ALL_ACCESS (STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0xFFFF)
#define KEY_QUERY_VALUE (0x0001)
#define KEY_SET_VALUE (0x0002)
#define KEY_CREATE_SUB_KEY (0x0004)
#define KEY_ENUMERATE_SUB_KEYS (0x0008)
#define KEY_NOTIFY (0x0010)
#define KEY_CREATE_LINK (0x0020)
#define KEY_READ                                                               \
  ((STANDARD_RIGHTS_READ | KEY_QUERY_VALUE | KEY_ENUMERATE_SUB_KEYS |          \
    KEY_NOTIFY) &                                                              \
   (~SYNCHRONIZE))
#define KEY_WRITE                                                              \
  ((STANDARD_RIGHTS_WRITE | KEY_SET_VALUE | KEY_CREATE_SUB_KEY) &              \
   (~SYNCHRONIZE))
#define KEY_EXECUTE ((KEY_READ) & (~SYNCHRONIZE))
#define KEY_ALL_ACCESS                                                         \
  ((STANDARD_RIGHTS_ALL | KEY_QUERY_VALUE | KEY_SET_VALUE |                    \
    KEY_CREATE_SUB_KEY | KEY_ENUMERATE_SUB_KEYS | KEY_NOTIFY |                 \
    KEY_CREATE_LINK) &                                                         \
   (~SYNCHRONIZE))
#define FILE_READ_DATA (0x0001)
#define FILE_LIST_DIRECTORY (0x0001)
#define FILE_WRITE_DATA (0x0002)
#define FILE_ADD_FILE (0x0002)
#define FILE_APPEND_DATA (0x0004)
#define FILE_READ_EA (0x0008)
#define FILE_WRITE_EA (0x0010)
#define FILE_EXECUTE (0x0020)
#define FILE_TRAVERSE (0x0020)
#define FILE_READ_ATTRIBUTES (0x0080)
#define FILE_WRITE_ATTRIBUTES (0x0100)
#define FILE_ALL_ACCESS (STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0x1FF)
#define FILE_GENERIC_READ                                                      \
  (STANDARD_RIGHTS_READ | FILE_READ_DATA | FILE_READ_ATTRIBUTES |              \
   FILE_READ_EA | SYNCHRONIZE)
#define FILE_GENERIC_WRITE                                                     \
  (STANDARD_RIGHTS_WRITE | FILE_WRITE_DATA | FILE_WRITE_ATTRIBUTES |           \
   FILE_WRITE_EA | FILE_APPEND_DATA | SYNCHRONIZE)
#define FILE_GENERIC_EXECUTE                                                   \
  (STANDARD_RIGHTS_EXECUTE | FILE_READ_ATTRIBUTES | FILE_EXECUTE | SYNCHRONIZE)
#define FILE_SHARE_READ 0x00000001
#define FILE_SHARE_WRITE 0x00000002
#define FILE_SHARE_DELETE 0x00000004
#define FILE_SHARE_VALID_FLAGS 0x00000007
#define FILE_ATTRIBUTE_READONLY 0x00000001
#define FILE_ATTRIBUTE_HIDDEN 0x00000002
#define FILE_ATTRIBUTE_SYSTEM 0x00000004
#define FILE_ATTRIBUTE_DIRECTORY 0x00000010
#define FILE_ATTRIBUTE_ARCHIVE 0x00000020
#define FILE_ATTRIBUTE_NORMAL 0x00000080
#define FILE_ATTRIBUTE_TEMPORARY 0x00000100
#define FILE_SUPERSEDE 0x00000000
#define FILE_OPEN 0x00000001
#define FILE_CREATE 0x00000002
#define FILE_OPEN_IF 0x00000003
#define FILE_OVERWRITE 0x00000004
#define FILE_OVERWRITE_IF 0x00000005
#define FILE_DIRECTORY_FILE 0x00000001
#define FILE_WRITE_THROUGH 0x00000002
#define FILE_SEQUENTIAL_ONLY 0x00000004
#define FILE_NO_INTERMEDIATE_BUFFERING 0x00000008
#define FILE_SYNCHRONOUS_IO_ALERT 0x00000010
#define FILE_SYNCHRONOUS_IO_NONALERT 0x00000020
#define FILE_NON_DIRECTORY_FILE 0x00000040
#define FILE_OPENED 0x00000001
#define FILE_CREATED 0x00000002

/* ---- objects, handles and threads ---- */
typedef struct _OBJECT_ATTRIBUTES {
  ULONG Length;
  HANDLE RootDirectory;
  PUNICODE_STRING ObjectName;
  ULONG Attributes;
  PVOID SecurityDescriptor;
  PVOID SecurityQualityOfService;
} OBJECT_ATTRIBUTES, *POBJECT_ATTRIBUTES;
typedef const OBJECT_ATTRIBUTES *PCOBJECT_ATTRIBUTES;
#define OBJ_INHERIT 0x00000002L
#define OBJ_PERMANENT 0x00000010L
#define OBJ_EXCLUSIVE 0x00000020L
#define OBJ_CASE_INSENSITIVE 0x00000040L
#define OBJ_OPENIF 0x00000080L
#define OBJ_OPENLINK 0x00000100L
#define OBJ_KERNEL_HANDLE 0x00000200L
#define OBJ_FORCE_ACCESS_CHECK 0x00000400L
#define InitializeObjectAttributes(p, n, a, r, s)                              \
  {                                                                            \
    (p)->Length = sizeof(OBJECT_ATTRIBUTES);                                   \
    (p)->RootDirectory = r;                                                    \
    (p)->Attributes = a;                                                       \
    (p)->ObjectName = n;                                                       \
    (p)->SecurityDescriptor = s;                                               \
    (p)->SecurityQualityOfService = NULL;                                      \
  }
typedef struct _OBJECT_HANDLE_INFORMATION {
  ULONG HandleAttributes;
  ACCESS_MASK GrantedAccess;
} OBJECT_HANDLE_INFORMATION, *POBJECT_HANDLE_INFORMATION;
typedef struct _CLIENT_ID {
  HANDLE UniqueProcess;
  HANDLE UniqueThread;
} CLIENT_ID, *PCLIENT_ID;
extern POBJECT_TYPE *ExEventObjectType;
extern POBJECT_TYPE *ExSemaphoreObjectType;
extern POBJECT_TYPE *IoFileObjectType;
extern POBJECT_TYPE *PsThreadType;
extern POBJECT_TYPE *PsProcessType;
extern POBJECT_TYPE *SeTokenObjectType;
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    ObReferenceObjectByHandle(HANDLE Handle, ACCESS_MASK DesiredAccess,
                              POBJECT_TYPE ObjectType,
                              KPROCESSOR_MODE AccessMode, PVOID *Object,
                              POBJECT_HANDLE_INFORMATION HandleInformation);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    ObReferenceObjectByPointer(PVOID Object, ACCESS_MASK DesiredAccess,
                               POBJECT_TYPE ObjectType,
                               KPROCESSOR_MODE AccessMode);
_IRQL_requires_max_(DISPATCH_LEVEL) LONG_PTR FASTCALL
    ObfReferenceObject(PVOID Object);
LONG_PTR FASTCALL ObfDereferenceObject(PVOID Object);
LONG_PTR FASTCALL ObfReferenceObjectWithTag(PVOID Object, ULONG Tag);
LONG_PTR FASTCALL ObfDereferenceObjectWithTag(PVOID Object, ULONG Tag);
#define ObReferenceObject(Object) ObfReferenceObject(Object)
#define ObDereferenceObject(Object) ObfDereferenceObject(Object)
#define ObReferenceObjectWithTag(Object, Tag)                                  \
  ObfReferenceObjectWithTag(Object, Tag)
#define ObDereferenceObjectWithTag(Object, Tag)                                \
  ObfDereferenceObjectWithTag(Object, Tag)
VOID ObDereferenceObjectDeferDelete(PVOID Object);

/* ---- object manager callbacks (ObRegisterCallbacks): a driver sees, and
 * may narrow, the access of each process or thread handle being opened or
 * duplicated ---- */
typedef ULONG OB_OPERATION;
#define OB_OPERATION_HANDLE_CREATE 0x00000001
#define OB_OPERATION_HANDLE_DUPLICATE 0x00000002
#define OB_FLT_REGISTRATION_VERSION_0100 0x0100
#define OB_FLT_REGISTRATION_VERSION OB_FLT_REGISTRATION_VERSION_0100
typedef enum _OB_PREOP_CALLBACK_STATUS {
  OB_PREOP_SUCCESS
} OB_PREOP_CALLBACK_STATUS,
    *POB_PREOP_CALLBACK_STATUS;
typedef struct _OB_PRE_CREATE_HANDLE_INFORMATION {
  ACCESS_MASK DesiredAccess;
  ACCESS_MASK OriginalDesiredAccess;
} OB_PRE_CREATE_HANDLE_INFORMATION, *POB_PRE_CREATE_HANDLE_INFORMATION;
typedef struct _OB_PRE_DUPLICATE_HANDLE_INFORMATION {
  ACCESS_MASK DesiredAccess;
  ACCESS_MASK OriginalDesiredAccess;
  PVOID SourceProcess;
  PVOID TargetProcess;
} OB_PRE_DUPLICATE_HANDLE_INFORMATION, *POB_PRE_DUPLICATE_HANDLE_INFORMATION;
/* which member is valid follows the information's Operation */
typedef union _OB_PRE_OPERATION_PARAMETERS {
  OB_PRE_CREATE_HANDLE_INFORMATION CreateHandleInformation;
  OB_PRE_DUPLICATE_HANDLE_INFORMATION DuplicateHandleInformation;
} OB_PRE_OPERATION_PARAMETERS, *POB_PRE_OPERATION_PARAMETERS;
typedef struct _OB_PRE_OPERATION_INFORMATION {
  OB_OPERATION Operation;
  union {
    ULONG Flags;
    struct {
      ULONG KernelHandle : 1;
      ULONG Reserved : 31;
    };
  };
  PVOID Object;
  POBJECT_TYPE ObjectType;
  PVOID CallContext;
  POB_PRE_OPERATION_PARAMETERS Parameters;
} OB_PRE_OPERATION_INFORMATION, *POB_PRE_OPERATION_INFORMATION;
typedef struct _OB_POST_CREATE_HANDLE_INFORMATION {
  ACCESS_MASK GrantedAccess;
} OB_POST_CREATE_HANDLE_INFORMATION, *POB_POST_CREATE_HANDLE_INFORMATION;
typedef struct _OB_POST_DUPLICATE_HANDLE_INFORMATION {
  ACCESS_MASK GrantedAccess;
} OB_POST_DUPLICATE_HANDLE_INFORMATION, *POB_POST_DUPLICATE_HANDLE_INFORMATION;
typedef union _OB_POST_OPERATION_PARAMETERS {
  OB_POST_CREATE_HANDLE_INFORMATION CreateHandleInformation;
  OB_POST_DUPLICATE_HANDLE_INFORMATION DuplicateHandleInformation;
} OB_POST_OPERATION_PARAMETERS, *POB_POST_OPERATION_PARAMETERS;
typedef struct _OB_POST_OPERATION_INFORMATION {
  OB_OPERATION Operation;
  union {
    ULONG Flags;
    struct {
      ULONG KernelHandle : 1;
      ULONG Reserved : 31;
    };
  };
  PVOID Object;
  POBJECT_TYPE ObjectType;
  PVOID CallContext;
  NTSTATUS ReturnStatus;
  POB_POST_OPERATION_PARAMETERS Parameters;
} OB_POST_OPERATION_INFORMATION, *POB_POST_OPERATION_INFORMATION;
/* both run at PASSIVE_LEVEL with normal kernel APCs disabled */
typedef _IRQL_requires_(PASSIVE_LEVEL)
    OB_PREOP_CALLBACK_STATUS (*POB_PRE_OPERATION_CALLBACK)(
        PVOID RegistrationContext,
        POB_PRE_OPERATION_INFORMATION OperationInformation);
typedef _IRQL_requires_(PASSIVE_LEVEL) VOID (*POB_POST_OPERATION_CALLBACK)(
    PVOID RegistrationContext,
    POB_POST_OPERATION_INFORMATION OperationInformation);
typedef struct _OB_OPERATION_REGISTRATION {
  POBJECT_TYPE *ObjectType; /* PsProcessType, PsThreadType ... */
  OB_OPERATION Operations;
  POB_PRE_OPERATION_CALLBACK PreOperation;
  POB_POST_OPERATION_CALLBACK PostOperation;
} OB_OPERATION_REGISTRATION, *POB_OPERATION_REGISTRATION;
typedef struct _OB_CALLBACK_REGISTRATION {
  USHORT Version; /* OB_FLT_REGISTRATION_VERSION */
  USHORT OperationRegistrationCount;
  UNICODE_STRING Altitude;
  PVOID RegistrationContext;
  OB_OPERATION_REGISTRATION *OperationRegistration;
} OB_CALLBACK_REGISTRATION, *POB_CALLBACK_REGISTRATION;
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    ObRegisterCallbacks(POB_CALLBACK_REGISTRATION CallbackRegistration,
                        PVOID *RegistrationHandle);
_IRQL_requires_max_(APC_LEVEL) VOID
    ObUnRegisterCallbacks(PVOID RegistrationHandle);
/* not on the reference pages; the signature is the one Microsoft's API
 * metadata (the windows crate's Wdk bindings) gives. Drivers compare it with
 * OB_FLT_REGISTRATION_VERSION before registering. */
USHORT ObGetFilterVersion(void);

#define LOW_PRIORITY 0
#define LOW_REALTIME_PRIORITY 16
#define HIGH_PRIORITY 31
#define MAXIMUM_PRIORITY 32
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    PsCreateSystemThread(PHANDLE ThreadHandle, ULONG DesiredAccess,
                         POBJECT_ATTRIBUTES ObjectAttributes,
                         HANDLE ProcessHandle, PCLIENT_ID ClientId,
                         PKSTART_ROUTINE StartRoutine, PVOID StartContext);
/* Windows 8: the thread holds a reference on IoObject while it runs */
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    IoCreateSystemThread(PVOID IoObject, PHANDLE ThreadHandle,
                         ULONG DesiredAccess,
                         POBJECT_ATTRIBUTES ObjectAttributes,
                         HANDLE ProcessHandle, PCLIENT_ID ClientId,
                         PKSTART_ROUTINE StartRoutine, PVOID StartContext);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    PsTerminateSystemThread(NTSTATUS ExitStatus);
PETHREAD PsGetCurrentThread(void);
_IRQL_requires_max_(HIGH_LEVEL) PEPROCESS PsGetCurrentProcess(void);
_IRQL_requires_max_(HIGH_LEVEL) HANDLE PsGetCurrentThreadId(void);
_IRQL_requires_max_(HIGH_LEVEL) HANDLE PsGetCurrentProcessId(void);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN PsIsSystemThread(PETHREAD Thread);
/* ntddk.h: process creation and exit notification */
_IRQL_requires_max_(HIGH_LEVEL) HANDLE PsGetThreadProcessId(PETHREAD Thread);
typedef struct _PS_CREATE_NOTIFY_INFO {
  SIZE_T Size;
  union {
    ULONG Flags;
    struct {
      ULONG FileOpenNameAvailable : 1;
      ULONG IsSubsystemProcess : 1;
      ULONG Reserved : 30;
    };
  };
  HANDLE ParentProcessId;
  CLIENT_ID CreatingThreadId;
  struct _FILE_OBJECT *FileObject;
  PCUNICODE_STRING ImageFileName;
  PCUNICODE_STRING CommandLine;
  NTSTATUS CreationStatus; /* the routine may set a failure to deny it */
} PS_CREATE_NOTIFY_INFO, *PPS_CREATE_NOTIFY_INFO;
/* CreateInfo is NULL when the process exits */
typedef _IRQL_requires_(PASSIVE_LEVEL)
    VOID (*PCREATE_PROCESS_NOTIFY_ROUTINE_EX)(
        PEPROCESS Process, HANDLE ProcessId, PPS_CREATE_NOTIFY_INFO CreateInfo);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS PsSetCreateProcessNotifyRoutineEx(
    PCREATE_PROCESS_NOTIFY_ROUTINE_EX NotifyRoutine, BOOLEAN Remove);
PKTHREAD KeGetCurrentThread(void);
_IRQL_requires_max_(PASSIVE_LEVEL) KPRIORITY
    KeSetPriorityThread(PKTHREAD Thread, KPRIORITY Priority);
_IRQL_requires_max_(PASSIVE_LEVEL) KPRIORITY
    KeQueryPriorityThread(PKTHREAD Thread);
/* Critical and guarded regions: SAL names both with the one global lock
 * _Global_critical_region_. They nest. */
_Acquires_lock_(_Global_critical_region_)
    _IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID KeEnterCriticalRegion(VOID);
_Releases_lock_(_Global_critical_region_)
    _IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID KeLeaveCriticalRegion(VOID);
_Acquires_lock_(_Global_critical_region_)
    _IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID KeEnterGuardedRegion(VOID);
_Releases_lock_(_Global_critical_region_)
    _IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID KeLeaveGuardedRegion(VOID);
_IRQL_requires_min_(PASSIVE_LEVEL)
    _IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI BOOLEAN
    KeAreApcsDisabled(VOID);
_IRQL_requires_min_(PASSIVE_LEVEL)
    _IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI BOOLEAN
    KeAreAllApcsDisabled(VOID);
_IRQL_requires_max_(HIGH_LEVEL) PEPROCESS IoGetCurrentProcess(void);
#define ZwCurrentProcess() ((HANDLE)(LONG_PTR) - 1)
#define NtCurrentProcess() ((HANDLE)(LONG_PTR) - 1)
#define ZwCurrentThread() ((HANDLE)(LONG_PTR) - 2)
#define NtCurrentThread() ((HANDLE)(LONG_PTR) - 2)

/* ---- dispatcher objects, DPCs and timers ---- */
typedef enum _KDPC_IMPORTANCE {
  LowImportance,
  MediumImportance,
  HighImportance,
  MediumHighImportance
} KDPC_IMPORTANCE;
_IRQL_requires_max_(HIGH_LEVEL) VOID
    KeInitializeDpc(PRKDPC Dpc, PKDEFERRED_ROUTINE DeferredRoutine,
                    PVOID DeferredContext);
_IRQL_requires_max_(HIGH_LEVEL) VOID
    KeInitializeThreadedDpc(PRKDPC Dpc, PKDEFERRED_ROUTINE DeferredRoutine,
                            PVOID DeferredContext);
_IRQL_requires_max_(HIGH_LEVEL) BOOLEAN KeRemoveQueueDpc(PRKDPC Dpc);
_IRQL_requires_max_(HIGH_LEVEL) VOID
    KeSetImportanceDpc(PRKDPC Dpc, KDPC_IMPORTANCE Importance);
_IRQL_requires_max_(HIGH_LEVEL) VOID
    KeSetTargetProcessorDpc(PRKDPC Dpc, CCHAR Number);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID KeFlushQueuedDpcs(void);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID KeInitializeTimer(PKTIMER Timer);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    KeInitializeTimerEx(PKTIMER Timer, TIMER_TYPE Type);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    KeSetTimer(PKTIMER Timer, LARGE_INTEGER DueTime, PKDPC Dpc);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    KeSetTimerEx(PKTIMER Timer, LARGE_INTEGER DueTime, LONG Period, PKDPC Dpc);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN KeCancelTimer(PKTIMER Timer);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN KeReadStateTimer(PKTIMER Timer);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    KeInitializeSemaphore(PRKSEMAPHORE Semaphore, LONG Count, LONG Limit);
_IRQL_requires_max_(DISPATCH_LEVEL) LONG
    KeReleaseSemaphore(PRKSEMAPHORE Semaphore, KPRIORITY Increment,
                       LONG Adjustment, BOOLEAN Wait);
_IRQL_requires_max_(HIGH_LEVEL) LONG
    KeReadStateSemaphore(PRKSEMAPHORE Semaphore);
_IRQL_requires_max_(HIGH_LEVEL) NTKERNELAPI VOID
    KeInitializeMutex(_Out_ PRKMUTEX Mutex, _In_ ULONG Level);
/* no lock annotation in the WDK: the acquire is a KeWaitForSingleObject */
_When_(Wait == 0, _IRQL_requires_max_(DISPATCH_LEVEL))
    _When_(Wait == 1, _IRQL_requires_max_(APC_LEVEL))
        _When_(Wait == 1,
               __drv_reportError("Caution: 'Wait' argument does not provide"
                                 " any synchronization guarantees, only a hint"
                                 " to the system that the thread will"
                                 " immediately issue a wait operation"))
            NTKERNELAPI LONG
    KeReleaseMutex(_Inout_ PRKMUTEX Mutex, _In_ BOOLEAN Wait);
_IRQL_requires_max_(DISPATCH_LEVEL) LONG KeReadStateMutex(PRKMUTEX Mutex);
_IRQL_requires_max_(HIGH_LEVEL) VOID
    KeQuerySystemTime(PLARGE_INTEGER CurrentTime);
_IRQL_requires_max_(HIGH_LEVEL) VOID
    KeQuerySystemTimePrecise(PLARGE_INTEGER CurrentTime);
_IRQL_requires_max_(HIGH_LEVEL) ULONG KeQueryTimeIncrement(void);
_IRQL_requires_max_(HIGH_LEVEL) ULONGLONG KeQueryInterruptTime(void);
/* a macro (the real one reads the shared tick count); any IRQL */
#define KeQueryTickCount(CurrentCount)                                         \
  ((void)((CurrentCount)->QuadPart =                                           \
              (LONG64)(KeQueryInterruptTime() / KeQueryTimeIncrement())))
_IRQL_requires_max_(HIGH_LEVEL) ULONGLONG
    KeQueryInterruptTimePrecise(PULONG64 QpcTimeStamp);
_IRQL_requires_max_(HIGH_LEVEL) LARGE_INTEGER
    KeQueryPerformanceCounter(PLARGE_INTEGER PerformanceFrequency);
_IRQL_requires_max_(HIGH_LEVEL) ULONG KeGetCurrentProcessorNumber(void);
_IRQL_requires_max_(HIGH_LEVEL) ULONG
    KeQueryActiveProcessorCount(PKAFFINITY ActiveProcessors);
_IRQL_requires_max_(HIGH_LEVEL) KAFFINITY KeQueryActiveProcessors(void);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    KeFlushIoBuffers(PMDL Mdl, BOOLEAN ReadOperation, BOOLEAN DmaOperation);
DECLSPEC_NORETURN VOID KeBugCheck(ULONG BugCheckCode);
typedef struct _KFLOATING_SAVE {
  ULONG Dummy;
} KFLOATING_SAVE, *PKFLOATING_SAVE;
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    KeSaveFloatingPointState(PKFLOATING_SAVE FloatSave);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    KeRestoreFloatingPointState(PKFLOATING_SAVE FloatSave);
typedef struct _TIME_FIELDS {
  CSHORT Year;
  CSHORT Month;
  CSHORT Day;
  CSHORT Hour;
  CSHORT Minute;
  CSHORT Second;
  CSHORT Milliseconds;
  CSHORT Weekday;
} TIME_FIELDS, *PTIME_FIELDS;
_IRQL_requires_max_(HIGH_LEVEL) VOID
    RtlTimeToTimeFields(PLARGE_INTEGER Time, PTIME_FIELDS TimeFields);
_IRQL_requires_max_(HIGH_LEVEL) BOOLEAN
    RtlTimeFieldsToTime(PTIME_FIELDS TimeFields, PLARGE_INTEGER Time);
_IRQL_requires_max_(HIGH_LEVEL) VOID
    ExSystemTimeToLocalTime(PLARGE_INTEGER SystemTime,
                            PLARGE_INTEGER LocalTime);

/* ---- executive: pool, mutexes, resources, lookaside lists, work items ---- */
VOID ExInitializeDriverRuntime(ULONG RuntimeFlags);
#define DrvRtPoolNxOptIn 0x00000001
typedef enum _EX_POOL_PRIORITY {
  LowPoolPriority,
  LowPoolPrioritySpecialPoolOverrun = 8,
  LowPoolPrioritySpecialPoolUnderrun = 9,
  NormalPoolPriority = 16,
  NormalPoolPrioritySpecialPoolOverrun = 24,
  NormalPoolPrioritySpecialPoolUnderrun = 25,
  HighPoolPriority = 32,
  HighPoolPrioritySpecialPoolOverrun = 40,
  HighPoolPrioritySpecialPoolUnderrun = 41
} EX_POOL_PRIORITY;
#define POOL_FLAG_REQUIRED_START 0x0000000000000001ULL
#define POOL_FLAG_USE_QUOTA 0x0000000000000001ULL
#define POOL_FLAG_UNINITIALIZED 0x0000000000000002ULL
#define POOL_FLAG_SESSION 0x0000000000000004ULL
#define POOL_FLAG_CACHE_ALIGNED 0x0000000000000008ULL
#define POOL_FLAG_RAISE_ON_FAILURE 0x0000000000000020ULL
#define POOL_FLAG_NON_PAGED_EXECUTE 0x0000000000000080ULL
_IRQL_requires_max_(DISPATCH_LEVEL) PVOID
    ExAllocatePool(POOL_TYPE PoolType, SIZE_T NumberOfBytes);
_IRQL_requires_max_(DISPATCH_LEVEL) PVOID
    ExAllocatePoolWithQuotaTag(POOL_TYPE PoolType, SIZE_T NumberOfBytes,
                               ULONG Tag);
_IRQL_requires_max_(DISPATCH_LEVEL) PVOID
    ExAllocatePoolWithTagPriority(POOL_TYPE PoolType, SIZE_T NumberOfBytes,
                                  ULONG Tag, EX_POOL_PRIORITY Priority);
_IRQL_requires_max_(DISPATCH_LEVEL) PVOID
    ExAllocatePoolZero(POOL_TYPE PoolType, SIZE_T NumberOfBytes, ULONG Tag);
_IRQL_requires_max_(DISPATCH_LEVEL) PVOID
    ExAllocatePoolUninitialized(POOL_TYPE PoolType, SIZE_T NumberOfBytes,
                                ULONG Tag);
_IRQL_requires_max_(DISPATCH_LEVEL) PVOID
    ExAllocatePoolQuotaZero(POOL_TYPE PoolType, SIZE_T NumberOfBytes,
                            ULONG Tag);
_IRQL_requires_max_(DISPATCH_LEVEL) PVOID
    ExAllocatePoolQuotaUninitialized(POOL_TYPE PoolType, SIZE_T NumberOfBytes,
                                     ULONG Tag);
_IRQL_requires_max_(DISPATCH_LEVEL) PVOID
    ExAllocatePoolPriorityZero(POOL_TYPE PoolType, SIZE_T NumberOfBytes,
                               ULONG Tag, EX_POOL_PRIORITY Priority);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID ExFreePool(PVOID P);
VOID ExFreePool2(PVOID P, ULONG Tag, PVOID ExtendedParameters,
                 ULONG ExtendedParametersCount);
DECLSPEC_NORETURN VOID ExRaiseStatus(NTSTATUS Status);
_IRQL_requires_max_(DISPATCH_LEVEL) KPROCESSOR_MODE ExGetPreviousMode(void);

/* ---- fast mutexes ---- */
/* an inline function in the WDK too: Count 1 is unlocked */
_IRQL_requires_max_(DISPATCH_LEVEL) FORCEINLINE VOID
    ExInitializeFastMutex(_Out_ PFAST_MUTEX FastMutex) {
  FastMutex->Count = 1;
  FastMutex->Owner = NULL;
  FastMutex->Contention = 0;
  KeInitializeEvent(&FastMutex->Event, SynchronizationEvent, FALSE);
}
/* The Unsafe pair does not change the IRQL: the caller is at APC_LEVEL or
 * in a critical region. */
_IRQL_requires_max_(APC_LEVEL)
    _Requires_lock_held_(_Global_critical_region_) NTKERNELAPI VOID FASTCALL
    ExAcquireFastMutexUnsafe(_Inout_ _Requires_lock_not_held_(*_Curr_)
                                 _Acquires_lock_(*_Curr_)
                                     PFAST_MUTEX FastMutex);
_IRQL_requires_max_(APC_LEVEL)
    _Requires_lock_held_(_Global_critical_region_) NTKERNELAPI VOID FASTCALL
    ExReleaseFastMutexUnsafe(_Inout_ _Requires_lock_held_(*_Curr_)
                                 _Releases_lock_(*_Curr_)
                                     PFAST_MUTEX FastMutex);
/* The acquire raises to APC_LEVEL and saves the caller's IRQL in the mutex;
 * the release restores it. */
_IRQL_raises_(APC_LEVEL)
    _IRQL_saves_global_(OldIrql, FastMutex) NTKERNELAPI VOID FASTCALL
    ExAcquireFastMutex(_Inout_ _Requires_lock_not_held_(*_Curr_)
                           _Acquires_lock_(*_Curr_) PFAST_MUTEX FastMutex);
_IRQL_requires_(APC_LEVEL)
    _IRQL_restores_global_(OldIrql, FastMutex) NTKERNELAPI VOID FASTCALL
    ExReleaseFastMutex(_Inout_ _Requires_lock_held_(*_Curr_)
                           _Releases_lock_(*_Curr_) PFAST_MUTEX FastMutex);
/* _Success_ makes the acquire and the raise hold only when it returns TRUE */
_Must_inspect_result_ _Success_(return != FALSE) _IRQL_raises_(APC_LEVEL)
    _IRQL_saves_global_(OldIrql, FastMutex) NTKERNELAPI BOOLEAN FASTCALL
    ExTryToAcquireFastMutex(_Inout_ _Requires_lock_not_held_(*_Curr_)
                                _Acquires_lock_(*_Curr_) PFAST_MUTEX FastMutex);

/* ---- guarded mutexes: the acquire enters a guarded region, which SAL
 * names _Global_critical_region_ like a critical region ---- */
_IRQL_requires_max_(APC_LEVEL)
    _IRQL_requires_min_(PASSIVE_LEVEL) NTKERNELAPI VOID FASTCALL
    KeInitializeGuardedMutex(_Out_ PKGUARDED_MUTEX Mutex);
_Acquires_lock_(_Global_critical_region_) _Requires_lock_not_held_(*Mutex)
    _Acquires_lock_(*Mutex) _IRQL_requires_max_(APC_LEVEL)
        _IRQL_requires_min_(PASSIVE_LEVEL) NTKERNELAPI VOID FASTCALL
    KeAcquireGuardedMutex(_Inout_ PKGUARDED_MUTEX Mutex);
_Releases_lock_(_Global_critical_region_) _Requires_lock_held_(*Mutex)
    _Releases_lock_(*Mutex)
        _IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID FASTCALL
    KeReleaseGuardedMutex(_Inout_ PKGUARDED_MUTEX Mutex);
_Must_inspect_result_ _Success_(return != FALSE) _IRQL_requires_max_(APC_LEVEL)
    _Post_satisfies_(return == 1 || return == 0) NTKERNELAPI BOOLEAN FASTCALL
    KeTryToAcquireGuardedMutex(_When_(return,
                                            _Acquires_exclusive_lock_(*_Curr_))
                                   _Acquires_lock_(_Global_critical_region_)
                                       _Inout_ PKGUARDED_MUTEX Mutex);
/* The Unsafe pair enters no guarded region: the caller is at APC_LEVEL or
 * in one (the WDK does not annotate that). */
_Requires_lock_not_held_(*FastMutex) _Acquires_lock_(*FastMutex)
    _IRQL_requires_max_(APC_LEVEL)
        _IRQL_requires_min_(PASSIVE_LEVEL) NTKERNELAPI VOID FASTCALL
    KeAcquireGuardedMutexUnsafe(_Inout_ PKGUARDED_MUTEX FastMutex);
_Requires_lock_held_(*FastMutex) _Releases_lock_(*FastMutex)
    _IRQL_requires_max_(APC_LEVEL) NTKERNELAPI VOID FASTCALL
    KeReleaseGuardedMutexUnsafe(_Inout_ PKGUARDED_MUTEX FastMutex);

/* ---- executive resources (ERESOURCE) ---- */
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI NTSTATUS
    ExInitializeResourceLite(_Out_ PERESOURCE Resource);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI NTSTATUS
    ExDeleteResourceLite(_Inout_ PERESOURCE Resource);
/* The acquires need normal kernel APCs disabled (a critical region) and
 * wait when Wait is TRUE; with Wait FALSE they may return FALSE without the
 * resource. */
_IRQL_requires_max_(APC_LEVEL) _Requires_lock_held_(_Global_critical_region_)
    _When_(Wait != 0, _Post_satisfies_(return == 1))
        _When_(Wait == 0, _Post_satisfies_(return == 0 || return == 1)
                              _Must_inspect_result_) NTKERNELAPI BOOLEAN
    ExAcquireResourceSharedLite(
        _Inout_ _Requires_lock_not_held_(*_Curr_)
            _When_(return != 0, _Acquires_shared_lock_(*_Curr_))
                PERESOURCE Resource,
        _In_ BOOLEAN Wait);
/* enters the critical region itself; the result is to be ignored */
_IRQL_requires_max_(APC_LEVEL)
    _Acquires_lock_(_Global_critical_region_) NTKERNELAPI PVOID
    ExEnterCriticalRegionAndAcquireResourceShared(
        _Inout_ _Requires_lock_not_held_(*_Curr_)
            _Acquires_shared_lock_(*_Curr_) PERESOURCE Resource);
_IRQL_requires_max_(APC_LEVEL) _Requires_lock_held_(_Global_critical_region_)
    _When_(Wait != 0, _Post_satisfies_(return == 1))
        _When_(Wait == 0, _Post_satisfies_(return == 0 || return == 1)
                              _Must_inspect_result_) NTKERNELAPI BOOLEAN
    ExAcquireResourceExclusiveLite(
        _Inout_ _Requires_lock_not_held_(*_Curr_)
            _When_(return != 0, _Acquires_exclusive_lock_(*_Curr_))
                PERESOURCE Resource,
        _In_ _Literal_ BOOLEAN Wait);
_IRQL_requires_max_(APC_LEVEL)
    _Acquires_lock_(_Global_critical_region_) NTKERNELAPI PVOID
    ExEnterCriticalRegionAndAcquireResourceExclusive(
        _Inout_ _Requires_lock_not_held_(*_Curr_)
            _Acquires_exclusive_lock_(*_Curr_) PERESOURCE Resource);
_IRQL_requires_max_(APC_LEVEL) _Requires_lock_held_(_Global_critical_region_)
    _When_(Wait != 0, _Post_satisfies_(return == 1))
        _When_(Wait == 0, _Post_satisfies_(return == 0 || return == 1)
                              _Must_inspect_result_) NTKERNELAPI BOOLEAN
    ExAcquireSharedStarveExclusive(
        _Inout_ _Requires_lock_not_held_(*_Curr_)
            _When_(return != 0, _Acquires_shared_lock_(*_Curr_))
                PERESOURCE Resource,
        _In_ BOOLEAN Wait);
/* the WDK annotates this shared acquire with plain _Acquires_lock_ */
_IRQL_requires_max_(APC_LEVEL) _Requires_lock_held_(_Global_critical_region_)
    _When_(Wait != 0, _Post_satisfies_(return == 1))
        _When_(Wait == 0, _Post_satisfies_(return == 0 || return == 1)
                              _Must_inspect_result_) NTKERNELAPI BOOLEAN
    ExAcquireSharedWaitForExclusive(_Inout_ _Requires_lock_not_held_(*_Curr_)
                                        _When_(return != 0,
                                                      _Acquires_lock_(*_Curr_))
                                            PERESOURCE Resource,
                                    _In_ BOOLEAN Wait);
_IRQL_requires_max_(APC_LEVEL)
    _Acquires_lock_(_Global_critical_region_) NTKERNELAPI PVOID
    ExEnterCriticalRegionAndAcquireSharedWaitForExclusive(
        _Inout_ _Requires_lock_not_held_(*_Curr_) _Acquires_lock_(*_Curr_)
            PERESOURCE Resource);
#define ExReleaseResource(R) (ExReleaseResourceLite(R))
_Requires_lock_held_(_Global_critical_region_) _Requires_lock_held_(*Resource)
    _Releases_lock_(*Resource)
        _IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID FASTCALL
    ExReleaseResourceLite(_Inout_ PERESOURCE Resource);
/* leaves the critical region the ExEnterCriticalRegionAndAcquire… routines
 * entered */
_IRQL_requires_max_(DISPATCH_LEVEL)
    _Releases_lock_(_Global_critical_region_) NTKERNELAPI VOID FASTCALL
    ExReleaseResourceAndLeaveCriticalRegion(_Inout_ _Requires_lock_held_(
        *_Curr_) _Releases_lock_(*_Curr_) PERESOURCE Resource);
/* the documentation exempts system threads from the critical region; SAL
 * cannot say so */
_IRQL_requires_max_(DISPATCH_LEVEL)
    _Requires_lock_held_(_Global_critical_region_) NTKERNELAPI VOID
    ExReleaseResourceForThreadLite(_Inout_ _Requires_lock_held_(*_Curr_)
                                       _Releases_lock_(*_Curr_)
                                           PERESOURCE Resource,
                                   _In_ ERESOURCE_THREAD ResourceThreadId);
/* the caller holds it exclusively; SAL states only that it is held */
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID
    ExConvertExclusiveToSharedLite(_Inout_ _Requires_lock_held_(*_Curr_)
                                       PERESOURCE Resource);
#define ExGetCurrentResourceThread() ((ULONG_PTR)PsGetCurrentThread())
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI BOOLEAN
    ExIsResourceAcquiredExclusiveLite(_In_ PERESOURCE Resource);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI ULONG
    ExIsResourceAcquiredSharedLite(_In_ PERESOURCE Resource);
#define ExIsResourceAcquiredLite ExIsResourceAcquiredSharedLite

/* ---- push locks: not recursive; the acquires need a critical region.
 * EX_NO_PUSH_LOCKS removes them and EX_LEGACY_PUSH_LOCKS (the WDK's
 * default before Windows 8.1) the …Ex routines and the macros over them. */
#ifndef EX_NO_PUSH_LOCKS
VOID ExInitializePushLock(_Out_ PEX_PUSH_LOCK PushLock);
#if !defined(EX_LEGACY_PUSH_LOCKS)
_IRQL_requires_max_(APC_LEVEL)
    _Requires_lock_held_(_Global_critical_region_) NTKERNELAPI VOID FASTCALL
    ExAcquirePushLockExclusiveEx(_Inout_ _Requires_lock_not_held_(*_Curr_)
                                     _Acquires_lock_(*_Curr_)
                                         PEX_PUSH_LOCK PushLock,
                                 _In_ ULONG Flags);
/* the WDK annotates the shared acquire with plain _Acquires_lock_ */
_IRQL_requires_max_(APC_LEVEL)
    _Requires_lock_held_(_Global_critical_region_) NTKERNELAPI VOID FASTCALL
    ExAcquirePushLockSharedEx(_Inout_ _Requires_lock_not_held_(*_Curr_)
                                  _Acquires_lock_(*_Curr_)
                                      PEX_PUSH_LOCK PushLock,
                              _In_ ULONG Flags);
_IRQL_requires_max_(DISPATCH_LEVEL)
    _Requires_lock_held_(_Global_critical_region_) NTKERNELAPI VOID FASTCALL
    ExReleasePushLockExclusiveEx(_Inout_ _Requires_lock_held_(*_Curr_)
                                     _Releases_lock_(*_Curr_)
                                         PEX_PUSH_LOCK PushLock,
                                 _In_ ULONG Flags);
_IRQL_requires_max_(DISPATCH_LEVEL)
    _Requires_lock_held_(_Global_critical_region_) NTKERNELAPI VOID FASTCALL
    ExReleasePushLockSharedEx(_Inout_ _Requires_lock_held_(*_Curr_)
                                  _Releases_lock_(*_Curr_)
                                      PEX_PUSH_LOCK PushLock,
                              _In_ ULONG Flags);
#define EX_DEFAULT_PUSH_LOCK_FLAGS 0
#ifdef IRQLINT_WDK_MACRO_SHAPES
#define ExAcquirePushLockExclusive(Lock)                                       \
  ExAcquirePushLockExclusiveEx(Lock, EX_DEFAULT_PUSH_LOCK_FLAGS)
#define ExAcquirePushLockShared(Lock)                                          \
  ExAcquirePushLockSharedEx(Lock, EX_DEFAULT_PUSH_LOCK_FLAGS)
#define ExReleasePushLockExclusive(Lock)                                       \
  ExReleasePushLockExclusiveEx(Lock, EX_DEFAULT_PUSH_LOCK_FLAGS)
#define ExReleasePushLockShared(Lock)                                          \
  ExReleasePushLockSharedEx(Lock, EX_DEFAULT_PUSH_LOCK_FLAGS)
#else
/* the documented syntax, with the annotations of the routine each macro
 * expands to */
_IRQL_requires_max_(APC_LEVEL)
    _Requires_lock_held_(_Global_critical_region_) VOID
    ExAcquirePushLockExclusive(_Inout_ _Requires_lock_not_held_(*_Curr_)
                                   _Acquires_lock_(*_Curr_) PEX_PUSH_LOCK Lock);
_IRQL_requires_max_(APC_LEVEL)
    _Requires_lock_held_(_Global_critical_region_) VOID
    ExAcquirePushLockShared(_Inout_ _Requires_lock_not_held_(*_Curr_)
                                _Acquires_lock_(*_Curr_) PEX_PUSH_LOCK Lock);
_IRQL_requires_max_(DISPATCH_LEVEL)
    _Requires_lock_held_(_Global_critical_region_) VOID
    ExReleasePushLockExclusive(_Inout_ _Requires_lock_held_(*_Curr_)
                                   _Releases_lock_(*_Curr_) PEX_PUSH_LOCK Lock);
_IRQL_requires_max_(DISPATCH_LEVEL)
    _Requires_lock_held_(_Global_critical_region_) VOID
    ExReleasePushLockShared(_Inout_ _Requires_lock_held_(*_Curr_)
                                _Releases_lock_(*_Curr_) PEX_PUSH_LOCK Lock);
#endif
#endif
#endif

typedef PVOID (*PALLOCATE_FUNCTION)(POOL_TYPE PoolType, SIZE_T NumberOfBytes,
                                    ULONG Tag);
typedef VOID (*PFREE_FUNCTION)(PVOID Buffer);
typedef struct _GENERAL_LOOKASIDE {
  SLIST_HEADER ListHead;
  USHORT Depth;
  USHORT MaximumDepth;
  ULONG TotalAllocates;
  ULONG AllocateMisses;
  ULONG TotalFrees;
  ULONG FreeMisses;
  POOL_TYPE Type;
  ULONG Tag;
  ULONG Size;
  PALLOCATE_FUNCTION Allocate;
  PFREE_FUNCTION Free;
  LIST_ENTRY ListEntry;
  ULONG LastTotalAllocates;
  ULONG LastAllocateMisses;
  ULONG Future[2];
} GENERAL_LOOKASIDE, *PGENERAL_LOOKASIDE;
typedef struct _NPAGED_LOOKASIDE_LIST {
  GENERAL_LOOKASIDE L;
  KSPIN_LOCK Lock__ObsoleteButDoNotDelete;
} NPAGED_LOOKASIDE_LIST, *PNPAGED_LOOKASIDE_LIST;
typedef struct _PAGED_LOOKASIDE_LIST {
  GENERAL_LOOKASIDE L;
  FAST_MUTEX Lock__ObsoleteButDoNotDelete;
} PAGED_LOOKASIDE_LIST, *PPAGED_LOOKASIDE_LIST;
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    ExInitializeNPagedLookasideList(PNPAGED_LOOKASIDE_LIST Lookaside,
                                    PALLOCATE_FUNCTION Allocate,
                                    PFREE_FUNCTION Free, ULONG Flags,
                                    SIZE_T Size, ULONG Tag, USHORT Depth);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    ExDeleteNPagedLookasideList(PNPAGED_LOOKASIDE_LIST Lookaside);
_IRQL_requires_max_(DISPATCH_LEVEL) PVOID
    ExAllocateFromNPagedLookasideList(PNPAGED_LOOKASIDE_LIST Lookaside);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    ExFreeToNPagedLookasideList(PNPAGED_LOOKASIDE_LIST Lookaside, PVOID Entry);
_IRQL_requires_max_(APC_LEVEL) VOID
    ExInitializePagedLookasideList(PPAGED_LOOKASIDE_LIST Lookaside,
                                   PALLOCATE_FUNCTION Allocate,
                                   PFREE_FUNCTION Free, ULONG Flags,
                                   SIZE_T Size, ULONG Tag, USHORT Depth);
_IRQL_requires_max_(APC_LEVEL) VOID
    ExDeletePagedLookasideList(PPAGED_LOOKASIDE_LIST Lookaside);
_IRQL_requires_max_(APC_LEVEL) PVOID
    ExAllocateFromPagedLookasideList(PPAGED_LOOKASIDE_LIST Lookaside);
_IRQL_requires_max_(APC_LEVEL) VOID
    ExFreeToPagedLookasideList(PPAGED_LOOKASIDE_LIST Lookaside, PVOID Entry);

typedef enum _WORK_QUEUE_TYPE {
  CriticalWorkQueue,
  DelayedWorkQueue,
  HyperCriticalWorkQueue,
  NormalWorkQueue,
  BackgroundWorkQueue,
  RealTimeWorkQueue,
  SuperCriticalWorkQueue,
  MaximumWorkQueue,
  CustomPriorityWorkQueue = 32
} WORK_QUEUE_TYPE;
typedef struct _WORK_QUEUE_ITEM {
  LIST_ENTRY List;
  PWORKER_THREAD_ROUTINE WorkerRoutine;
  PVOID Parameter;
} WORK_QUEUE_ITEM, *PWORK_QUEUE_ITEM;
#define ExInitializeWorkItem(Item, Routine, Context)                           \
  {                                                                            \
    (Item)->WorkerRoutine = (Routine);                                         \
    (Item)->Parameter = (Context);                                             \
    (Item)->List.Flink = NULL;                                                 \
  }
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    ExQueueWorkItem(PWORK_QUEUE_ITEM WorkItem, WORK_QUEUE_TYPE QueueType);

/* ---- memory manager ---- */
#define PAGE_SIZE 0x1000
#define PAGE_SHIFT 12L
#define BYTE_OFFSET(Va) ((ULONG)((LONG_PTR)(Va) & (PAGE_SIZE - 1)))
#define PAGE_ALIGN(Va) ((PVOID)((ULONG_PTR)(Va) & ~(PAGE_SIZE - 1)))
#define ROUND_TO_PAGES(Size)                                                   \
  (((ULONG_PTR)(Size) + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1))
#define BYTES_TO_PAGES(Size)                                                   \
  (((Size) >> PAGE_SHIFT) + (((Size) & (PAGE_SIZE - 1)) != 0))
#define ADDRESS_AND_SIZE_TO_SPAN_PAGES(Va, Size)                               \
  ((BYTE_OFFSET(Va) + ((SIZE_T)(Size)) + (PAGE_SIZE - 1)) >> PAGE_SHIFT)
#define PAGE_NOACCESS 0x01
#define PAGE_READONLY 0x02
#define PAGE_READWRITE 0x04
#define PAGE_WRITECOPY 0x08
#define PAGE_EXECUTE 0x10
#define PAGE_EXECUTE_READ 0x20
#define PAGE_EXECUTE_READWRITE 0x40
#define PAGE_GUARD 0x100
#define PAGE_NOCACHE 0x200
#define PAGE_WRITECOMBINE 0x400
typedef enum _MEMORY_CACHING_TYPE {
  MmNonCached = 0,
  MmCached = 1,
  MmWriteCombined = 2,
  MmHardwareCoherentCached,
  MmNonCachedUnordered,
  MmUSWCCached,
  MmMaximumCacheType,
  MmNotMapped = -1
} MEMORY_CACHING_TYPE;
typedef enum _MM_PAGE_PRIORITY {
  LowPagePriority,
  NormalPagePriority = 16,
  HighPagePriority = 32
} MM_PAGE_PRIORITY;
#define MdlMappingNoWrite 0x80000000
#define MdlMappingNoExecute 0x40000000
typedef enum _LOCK_OPERATION {
  IoReadAccess,
  IoWriteAccess,
  IoModifyAccess
} LOCK_OPERATION;
typedef enum _MM_SYSTEM_SIZE {
  MmSmallSystem,
  MmMediumSystem,
  MmLargeSystem
} MM_SYSTEMSIZE;
_IRQL_requires_max_(DISPATCH_LEVEL) PVOID
    MmMapIoSpace(PHYSICAL_ADDRESS PhysicalAddress, SIZE_T NumberOfBytes,
                 MEMORY_CACHING_TYPE CacheType);
_IRQL_requires_max_(DISPATCH_LEVEL) PVOID
    MmMapIoSpaceEx(PHYSICAL_ADDRESS PhysicalAddress, SIZE_T NumberOfBytes,
                   ULONG Protect);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    MmUnmapIoSpace(PVOID BaseAddress, SIZE_T NumberOfBytes);
_IRQL_requires_max_(PASSIVE_LEVEL) PVOID
    MmGetSystemRoutineAddress(PUNICODE_STRING SystemRoutineName);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    MmIsAddressValid(PVOID VirtualAddress);
_IRQL_requires_max_(HIGH_LEVEL) PHYSICAL_ADDRESS
    MmGetPhysicalAddress(PVOID BaseAddress);
_IRQL_requires_max_(DISPATCH_LEVEL) PVOID
    MmAllocateContiguousMemory(SIZE_T NumberOfBytes,
                               PHYSICAL_ADDRESS HighestAcceptableAddress);
_IRQL_requires_max_(DISPATCH_LEVEL) PVOID
    MmAllocateContiguousMemorySpecifyCache(
        SIZE_T NumberOfBytes, PHYSICAL_ADDRESS LowestAcceptableAddress,
        PHYSICAL_ADDRESS HighestAcceptableAddress,
        PHYSICAL_ADDRESS BoundaryAddressMultiple,
        MEMORY_CACHING_TYPE CacheType);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    MmFreeContiguousMemory(PVOID BaseAddress);
_IRQL_requires_max_(APC_LEVEL) PVOID
    MmAllocateNonCachedMemory(SIZE_T NumberOfBytes);
_IRQL_requires_max_(APC_LEVEL) VOID
    MmFreeNonCachedMemory(PVOID BaseAddress, SIZE_T NumberOfBytes);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    MmProbeAndLockPages(PMDL MemoryDescriptorList, KPROCESSOR_MODE AccessMode,
                        LOCK_OPERATION Operation);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    MmUnlockPages(PMDL MemoryDescriptorList);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    MmBuildMdlForNonPagedPool(PMDL MemoryDescriptorList);
_IRQL_requires_max_(DISPATCH_LEVEL) PVOID
    MmMapLockedPagesSpecifyCache(PMDL MemoryDescriptorList,
                                 KPROCESSOR_MODE AccessMode,
                                 MEMORY_CACHING_TYPE CacheType,
                                 PVOID RequestedAddress,
                                 ULONG BugCheckOnFailure, ULONG Priority);
_IRQL_requires_max_(DISPATCH_LEVEL) PVOID
    MmMapLockedPages(PMDL MemoryDescriptorList, KPROCESSOR_MODE AccessMode);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    MmUnmapLockedPages(PVOID BaseAddress, PMDL MemoryDescriptorList);
_IRQL_requires_max_(DISPATCH_LEVEL) PMDL
    MmAllocatePagesForMdl(PHYSICAL_ADDRESS LowAddress,
                          PHYSICAL_ADDRESS HighAddress,
                          PHYSICAL_ADDRESS SkipBytes, SIZE_T TotalBytes);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    MmFreePagesFromMdl(PMDL MemoryDescriptorList);
#define MM_DONT_ZERO_ALLOCATION 0x00000001
#define MM_ALLOCATE_FROM_LOCAL_NODE_ONLY 0x00000002
#define MM_ALLOCATE_FULLY_REQUIRED 0x00000004
#define MM_ALLOCATE_NO_WAIT 0x00000008
#define MM_ALLOCATE_PREFER_CONTIGUOUS 0x00000010
#define MM_ALLOCATE_REQUIRE_CONTIGUOUS_CHUNKS 0x00000020
#define MM_ALLOCATE_FAST_LARGE_PAGES 0x00000040
#define MM_ALLOCATE_TRIM_IF_NECESSARY 0x00000080
#define MM_ALLOCATE_AND_HOT_REMOVE 0x00000100
#define MM_FREE_MDL_PAGES_ZERO 0x00000001
/* APC_LEVEL at most, DISPATCH_LEVEL with MM_ALLOCATE_NO_WAIT: the header's
 * _When_ pair; the model keeps the bound that holds for both */
_IRQL_requires_max_(DISPATCH_LEVEL) PMDL MmAllocatePagesForMdlEx(
    _In_ PHYSICAL_ADDRESS LowAddress, _In_ PHYSICAL_ADDRESS HighAddress,
    _In_ PHYSICAL_ADDRESS SkipBytes, _In_ SIZE_T TotalBytes,
    _In_ MEMORY_CACHING_TYPE CacheType, _In_ ULONG Flags);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    MmFreePagesFromMdlEx(_Inout_ PMDL MemoryDescriptorList, _In_ ULONG Flags);
_IRQL_requires_max_(HIGH_LEVEL) SIZE_T MmSizeOfMdl(PVOID Base, SIZE_T Length);
PMDL MmCreateMdl(PMDL MemoryDescriptorList, PVOID Base, SIZE_T Length);
_IRQL_requires_max_(APC_LEVEL) PVOID
    MmPageEntireDriver(PVOID AddressWithinSection);
_IRQL_requires_max_(APC_LEVEL) VOID
    MmResetDriverPaging(PVOID AddressWithinSection);
_IRQL_requires_max_(APC_LEVEL) PVOID
    MmLockPagableDataSection(PVOID AddressWithinSection);
_IRQL_requires_max_(APC_LEVEL) VOID
    MmUnlockPagableImageSection(PVOID ImageSectionHandle);
#define MmLockPagableCodeSection(Address) MmLockPagableDataSection(Address)
_IRQL_requires_max_(HIGH_LEVEL) MM_SYSTEMSIZE MmQuerySystemSize(void);
#define MmInitializeMdl(MemoryDescriptorList, BaseVa, Length)                  \
  {                                                                            \
    (MemoryDescriptorList)->Next = (PMDL)NULL;                                 \
    (MemoryDescriptorList)->Size =                                             \
        (CSHORT)(sizeof(MDL) +                                                 \
                 (sizeof(PFN_NUMBER) *                                         \
                  ADDRESS_AND_SIZE_TO_SPAN_PAGES((BaseVa), (Length))));        \
    (MemoryDescriptorList)->MdlFlags = 0;                                      \
    (MemoryDescriptorList)->StartVa = (PVOID)PAGE_ALIGN((BaseVa));             \
    (MemoryDescriptorList)->ByteOffset = BYTE_OFFSET((BaseVa));                \
    (MemoryDescriptorList)->ByteCount = (ULONG)(Length);                       \
  }
#define MmPrepareMdlForReuse(MDL) ((void)0)
#define MmGetSystemAddressForMdl(MDL)                                          \
  MmGetSystemAddressForMdlSafe(MDL, NormalPagePriority)

/* ---- I/O manager ---- */
#include "devioctl.h"
_IRQL_requires_max_(APC_LEVEL) PVOID IoGetInitialStack(void);
ULONG_PTR IoGetRemainingStackSize(void);
_IRQL_requires_max_(HIGH_LEVEL) VOID
    IoGetStackLimits(PULONG_PTR LowLimit, PULONG_PTR HighLimit);
_IRQL_requires_max_(DISPATCH_LEVEL) PDEVICE_OBJECT
    IoAttachDeviceToDeviceStack(PDEVICE_OBJECT SourceDevice,
                                PDEVICE_OBJECT TargetDevice);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    IoAttachDeviceToDeviceStackSafe(PDEVICE_OBJECT SourceDevice,
                                    PDEVICE_OBJECT TargetDevice,
                                    PDEVICE_OBJECT *AttachedToDeviceObject);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    IoDetachDevice(PDEVICE_OBJECT TargetDevice);
_IRQL_requires_max_(DISPATCH_LEVEL) PDEVICE_OBJECT
    IoGetAttachedDeviceReference(PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(DISPATCH_LEVEL) PDEVICE_OBJECT
    IoGetRelatedDeviceObject(PFILE_OBJECT FileObject);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    IoGetDeviceObjectPointer(PUNICODE_STRING ObjectName,
                             ACCESS_MASK DesiredAccess,
                             PFILE_OBJECT *FileObject,
                             PDEVICE_OBJECT *DeviceObject);
NTSTATUS IoCreateSymbolicLink(PUNICODE_STRING SymbolicLinkName,
                              PUNICODE_STRING DeviceName);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    IoCreateUnprotectedSymbolicLink(PUNICODE_STRING SymbolicLinkName,
                                    PUNICODE_STRING DeviceName);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    IoDeleteSymbolicLink(PUNICODE_STRING SymbolicLinkName);
NTSTATUS IoRegisterDeviceInterface(PDEVICE_OBJECT PhysicalDeviceObject,
                                   const GUID *InterfaceClassGuid,
                                   PUNICODE_STRING ReferenceString,
                                   PUNICODE_STRING SymbolicLinkName);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    IoSetDeviceInterfaceState(PUNICODE_STRING SymbolicLinkName, BOOLEAN Enable);
_IRQL_requires_max_(HIGH_LEVEL) VOID
    IoInitializeDpcRequest(PDEVICE_OBJECT DeviceObject,
                           PIO_DPC_ROUTINE DpcRoutine);
_IRQL_requires_(DIRQL) VOID
    IoRequestDpc(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context);
_IRQL_requires_max_(DISPATCH_LEVEL) PIRP
    IoAllocateIrp(CCHAR StackSize, BOOLEAN ChargeQuota);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID IoFreeIrp(PIRP Irp);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    IoReuseIrp(PIRP Irp, NTSTATUS Iostatus);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    IoInitializeIrp(PIRP Irp, USHORT PacketSize, CCHAR StackSize);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN IoCancelIrp(PIRP Irp);
_IRQL_requires_max_(APC_LEVEL) PIRP IoBuildDeviceIoControlRequest(
    ULONG IoControlCode, PDEVICE_OBJECT DeviceObject, PVOID InputBuffer,
    ULONG InputBufferLength, PVOID OutputBuffer, ULONG OutputBufferLength,
    BOOLEAN InternalDeviceIoControl, PKEVENT Event,
    PIO_STATUS_BLOCK IoStatusBlock);
_IRQL_requires_max_(APC_LEVEL) PIRP
    IoBuildSynchronousFsdRequest(ULONG MajorFunction,
                                 PDEVICE_OBJECT DeviceObject, PVOID Buffer,
                                 ULONG Length, PLARGE_INTEGER StartingOffset,
                                 PKEVENT Event, PIO_STATUS_BLOCK IoStatusBlock);
_IRQL_requires_max_(APC_LEVEL) PIRP
    IoBuildAsynchronousFsdRequest(ULONG MajorFunction,
                                  PDEVICE_OBJECT DeviceObject, PVOID Buffer,
                                  ULONG Length, PLARGE_INTEGER StartingOffset,
                                  PIO_STATUS_BLOCK IoStatusBlock);
_IRQL_requires_max_(DISPATCH_LEVEL) PMDL
    IoAllocateMdl(PVOID VirtualAddress, ULONG Length, BOOLEAN SecondaryBuffer,
                  BOOLEAN ChargeQuota, PIRP Irp);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID IoFreeMdl(PMDL Mdl);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    IoBuildPartialMdl(PMDL SourceMdl, PMDL TargetMdl, PVOID VirtualAddress,
                      ULONG Length);
_IRQL_requires_max_(DISPATCH_LEVEL) PIO_WORKITEM
    IoAllocateWorkItem(PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    IoFreeWorkItem(PIO_WORKITEM IoWorkItem);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    IoQueueWorkItem(PIO_WORKITEM IoWorkItem, PIO_WORKITEM_ROUTINE WorkerRoutine,
                    WORK_QUEUE_TYPE QueueType, PVOID Context);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    IoQueueWorkItemEx(PIO_WORKITEM IoWorkItem,
                      PIO_WORKITEM_ROUTINE_EX WorkerRoutine,
                      WORK_QUEUE_TYPE QueueType, PVOID Context);
_IRQL_requires_max_(HIGH_LEVEL) ULONG IoSizeofWorkItem(void);
_IRQL_requires_max_(HIGH_LEVEL) VOID
    IoInitializeWorkItem(PVOID IoObject, PIO_WORKITEM IoWorkItem);
_IRQL_requires_max_(HIGH_LEVEL) VOID
    IoUninitializeWorkItem(PIO_WORKITEM IoWorkItem);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    IoInitializeTimer(PDEVICE_OBJECT DeviceObject,
                      PIO_TIMER_ROUTINE TimerRoutine, PVOID Context);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    IoStartTimer(PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    IoStopTimer(PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    IoStartPacket(PDEVICE_OBJECT DeviceObject, PIRP Irp, PULONG Key,
                  PDRIVER_CANCEL CancelFunction);
_IRQL_requires_(DISPATCH_LEVEL) VOID
    IoStartNextPacket(PDEVICE_OBJECT DeviceObject, BOOLEAN Cancelable);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    IoStartNextPacketByKey(PDEVICE_OBJECT DeviceObject, BOOLEAN Cancelable,
                           ULONG Key);
_IRQL_requires_max_(HIGH_LEVEL) VOID
    IoSetStartIoAttributes(PDEVICE_OBJECT DeviceObject, BOOLEAN DeferredStartIo,
                           BOOLEAN NonCancelable);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    IoDisconnectInterrupt(PKINTERRUPT InterruptObject);
_IRQL_requires_max_(PASSIVE_LEVEL) BOOLEAN
    IoIsWdmVersionAvailable(UCHAR MajorVersion, UCHAR MinorVersion);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    IoInvalidateDeviceRelations(PDEVICE_OBJECT DeviceObject,
                                DEVICE_RELATION_TYPE Type);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    IoInvalidateDeviceState(PDEVICE_OBJECT PhysicalDeviceObject);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    IoWMIRegistrationControl(PDEVICE_OBJECT DeviceObject, ULONG Action);
_IRQL_requires_max_(HIGH_LEVEL) NTSTATUS IoWMIWriteEvent(PVOID WnodeEventItem);
#define WMIREG_ACTION_REGISTER 1
#define WMIREG_ACTION_DEREGISTER 2
#define WMIREG_ACTION_REREGISTER 3
#define WMIREG_ACTION_UPDATE_GUIDS 4
#define WMIREG_ACTION_BLOCK_IRPS 5
/* WMI data blocks a driver consumes (IoWMIOpenBlock) */
#define WMIGUID_QUERY 0x0001
#define WMIGUID_SET 0x0002
#define WMIGUID_NOTIFICATION 0x0004
#define WMIGUID_READ_DESCRIPTION 0x0008
#define WMIGUID_EXECUTE 0x0010
#define TRACELOG_CREATE_REALTIME 0x0020
#define TRACELOG_CREATE_ONDISK 0x0040
#define TRACELOG_GUID_ENABLE 0x0080
#define WMIGUID_ALL_ACCESS                                                     \
  (STANDARD_RIGHTS_READ | SYNCHRONIZE | WMIGUID_QUERY | WMIGUID_SET |          \
   WMIGUID_NOTIFICATION | WMIGUID_READ_DESCRIPTION | WMIGUID_EXECUTE |         \
   TRACELOG_CREATE_REALTIME | TRACELOG_CREATE_ONDISK | TRACELOG_GUID_ENABLE)
typedef _Function_class_(WMI_NOTIFICATION_CALLBACK)
    _IRQL_requires_max_(PASSIVE_LEVEL) _IRQL_requires_same_ VOID
    FWMI_NOTIFICATION_CALLBACK(PVOID Wnode, PVOID Context);
typedef FWMI_NOTIFICATION_CALLBACK *WMI_NOTIFICATION_CALLBACK;
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    IoWMIOpenBlock(_In_ LPCGUID Guid, _In_ ULONG DesiredAccess,
                   _Out_ PVOID *DataBlockObject);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    IoWMISetNotificationCallback(_Inout_ PVOID Object,
                                 _In_ WMI_NOTIFICATION_CALLBACK Callback,
                                 _In_opt_ PVOID Context);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    IoWMIQueryAllData(_In_ PVOID DataBlockObject,
                      _Inout_ ULONG *InOutBufferSize,
                      _Out_writes_bytes_opt_(*InOutBufferSize) PVOID OutBuffer);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    IoWMIQuerySingleInstance(_In_ PVOID DataBlockObject,
                             _In_ PUNICODE_STRING InstanceName,
                             _Inout_ ULONG *InOutBufferSize,
                             _Out_writes_bytes_opt_(*InOutBufferSize)
                                 PVOID OutBuffer);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    IoWMIExecuteMethod(_In_ PVOID DataBlockObject,
                       _In_ PUNICODE_STRING InstanceName, _In_ ULONG MethodId,
                       _In_ ULONG InBufferSize, _Inout_ PULONG OutBufferSize,
                       _Inout_updates_bytes_to_opt_(*OutBufferSize,
                                                    InBufferSize)
                           PUCHAR InOutBuffer);
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG
    IoWMIDeviceObjectToProviderId(_In_ PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    IoWMIDeviceObjectToInstanceName(_In_ PVOID DataBlockObject,
                                    _In_ PDEVICE_OBJECT DeviceObject,
                                    _Out_ PUNICODE_STRING InstanceName);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    IoWMISuggestInstanceName(_In_opt_ PDEVICE_OBJECT PhysicalDeviceObject,
                             _In_opt_ PUNICODE_STRING SymbolicLinkName,
                             _In_ BOOLEAN CombineNames,
                             _Out_ PUNICODE_STRING SuggestedInstanceName);

/* the system event log: a driver allocates an entry, fills it, writes it */
typedef struct _IO_ERROR_LOG_PACKET {
  UCHAR MajorFunctionCode;
  UCHAR RetryCount;
  USHORT DumpDataSize;
  USHORT NumberOfStrings;
  USHORT StringOffset;
  USHORT EventCategory;
  NTSTATUS ErrorCode;
  ULONG UniqueErrorValue;
  NTSTATUS FinalStatus;
  ULONG SequenceNumber;
  ULONG IoControlCode;
  LARGE_INTEGER DeviceOffset;
  ULONG DumpData[1];
} IO_ERROR_LOG_PACKET, *PIO_ERROR_LOG_PACKET;
typedef struct _IO_ERROR_LOG_MESSAGE {
  USHORT Type;
  USHORT Size;
  USHORT DriverNameLength;
  LARGE_INTEGER TimeStamp;
  ULONG DriverNameOffset;
  IO_ERROR_LOG_PACKET EntryData;
} IO_ERROR_LOG_MESSAGE, *PIO_ERROR_LOG_MESSAGE;
#define ERROR_LOG_LIMIT_SIZE 240
#define IO_ERROR_LOG_MESSAGE_HEADER_LENGTH                                     \
  (sizeof(IO_ERROR_LOG_MESSAGE) - sizeof(IO_ERROR_LOG_PACKET) +                \
   (sizeof(WCHAR) * 40))
#define ERROR_LOG_MESSAGE_LIMIT_SIZE                                           \
  (ERROR_LOG_LIMIT_SIZE + IO_ERROR_LOG_MESSAGE_HEADER_LENGTH)
#define IO_ERROR_LOG_MESSAGE_LENGTH                                            \
  ((sizeof(IO_ERROR_LOG_MESSAGE) > ERROR_LOG_MESSAGE_LIMIT_SIZE)               \
       ? ERROR_LOG_MESSAGE_LIMIT_SIZE                                          \
       : sizeof(IO_ERROR_LOG_MESSAGE))
#define ERROR_LOG_MAXIMUM_SIZE                                                 \
  (IO_ERROR_LOG_MESSAGE_LENGTH - sizeof(IO_ERROR_LOG_MESSAGE) +                \
   sizeof(IO_ERROR_LOG_PACKET) + (sizeof(WCHAR) * 40))
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    IoWriteErrorLogEntry(_In_ PVOID ElEntry);
_IRQL_requires_max_(DISPATCH_LEVEL) PVOID
    IoAllocateErrorLogEntry(_In_ PVOID IoObject, _In_ UCHAR EntrySize);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    IoFreeErrorLogEntry(_In_ PVOID ElEntry);

/* PnP: what a bus driver reports for IRP_MN_QUERY_DEVICE_RELATIONS,
 * IRP_MN_QUERY_BUS_INFORMATION and IRP_MN_QUERY_LEGACY_BUS_INFORMATION */
typedef struct _DEVICE_RELATIONS {
  ULONG Count;
  PDEVICE_OBJECT Objects[1];
} DEVICE_RELATIONS;
typedef struct _PNP_BUS_INFORMATION {
  GUID BusTypeGuid;
  INTERFACE_TYPE LegacyBusType;
  ULONG BusNumber;
} PNP_BUS_INFORMATION, *PPNP_BUS_INFORMATION;
typedef struct _LEGACY_BUS_INFORMATION {
  GUID BusTypeGuid;
  INTERFACE_TYPE LegacyBusType;
  ULONG BusNumber;
} LEGACY_BUS_INFORMATION, *PLEGACY_BUS_INFORMATION;
/* The status, and the extension through *DriverObjectExtension. */
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    IoAllocateDriverObjectExtension(_In_ PDRIVER_OBJECT DriverObject,
                                    _In_ PVOID ClientIdentificationAddress,
                                    _In_ ULONG DriverObjectExtensionSize,
                                    _Out_ PVOID *DriverObjectExtension);
_IRQL_requires_max_(DISPATCH_LEVEL) PVOID
    IoGetDriverObjectExtension(PDRIVER_OBJECT DriverObject,
                               PVOID ClientIdentificationAddress);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID IoRegisterDriverReinitialization(
    PDRIVER_OBJECT DriverObject,
    PDRIVER_REINITIALIZE DriverReinitializationRoutine, PVOID Context);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    IoRegisterShutdownNotification(PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    IoUnregisterShutdownNotification(PDEVICE_OBJECT DeviceObject);

typedef enum _DEVICE_REGISTRY_PROPERTY {
  DevicePropertyDeviceDescription = 0x0,
  DevicePropertyHardwareID = 0x1,
  DevicePropertyCompatibleIDs = 0x2,
  DevicePropertyBootConfiguration = 0x3,
  DevicePropertyBootConfigurationTranslated = 0x4,
  DevicePropertyClassName = 0x5,
  DevicePropertyClassGuid = 0x6,
  DevicePropertyDriverKeyName = 0x7,
  DevicePropertyManufacturer = 0x8,
  DevicePropertyFriendlyName = 0x9,
  DevicePropertyLocationInformation = 0xa,
  DevicePropertyPhysicalDeviceObjectName = 0xb,
  DevicePropertyBusTypeGuid = 0xc,
  DevicePropertyLegacyBusType = 0xd,
  DevicePropertyBusNumber = 0xe,
  DevicePropertyEnumeratorName = 0xf,
  DevicePropertyAddress = 0x10,
  DevicePropertyUINumber = 0x11,
  DevicePropertyInstallState = 0x12,
  DevicePropertyRemovalPolicy = 0x13,
  DevicePropertyResourceRequirements = 0x14,
  DevicePropertyAllocatedResources = 0x15,
  DevicePropertyContainerID = 0x16
} DEVICE_REGISTRY_PROPERTY;
/* the unified device property model: the keys and types are devpropdef.h's,
 * which wdm.h brings in (its property routines take a DEVPROPKEY and give a
 * DEVPROPTYPE, and drivers name both with wdm.h alone) */
#include "devpropdef.h"
typedef ULONG LCID, *PLCID;
#define LOCALE_NEUTRAL 0x0000
#define PLUGPLAY_PROPERTY_PERSISTENT 0x00000001
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS IoGetDevicePropertyData(
    _In_ PDEVICE_OBJECT Pdo, _In_ const struct _DEVPROPKEY *PropertyKey,
    _In_ LCID Lcid, _Reserved_ ULONG Flags, _In_ ULONG Size,
    _Out_writes_bytes_to_(Size, *RequiredSize) PVOID Data,
    _Out_ PULONG RequiredSize, _Out_ PULONG Type);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    IoSetDevicePropertyData(_In_ PDEVICE_OBJECT Pdo,
                            _In_ const struct _DEVPROPKEY *PropertyKey,
                            _In_ LCID Lcid, _In_ ULONG Flags, _In_ ULONG Type,
                            _In_ ULONG Size,
                            _In_reads_bytes_opt_(Size) PVOID Data);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS IoGetDeviceInterfacePropertyData(
    _In_ PUNICODE_STRING SymbolicLinkName,
    _In_ const struct _DEVPROPKEY *PropertyKey, _In_ LCID Lcid,
    _Reserved_ ULONG Flags, _In_ ULONG Size,
    _Out_writes_bytes_to_(Size, *RequiredSize) PVOID Data,
    _Out_ PULONG RequiredSize, _Out_ PULONG Type);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    IoSetDeviceInterfacePropertyData(_In_ PUNICODE_STRING SymbolicLinkName,
                                     _In_ const struct _DEVPROPKEY *PropertyKey,
                                     _In_ LCID Lcid, _In_ ULONG Flags,
                                     _In_ ULONG Type, _In_ ULONG Size,
                                     _In_reads_bytes_opt_(Size) PVOID Data);
NTSTATUS IoGetDeviceProperty(PDEVICE_OBJECT DeviceObject,
                             DEVICE_REGISTRY_PROPERTY DeviceProperty,
                             ULONG BufferLength, PVOID PropertyBuffer,
                             PULONG ResultLength);
NTSTATUS IoOpenDeviceRegistryKey(PDEVICE_OBJECT DeviceObject,
                                 ULONG DevInstKeyType,
                                 ACCESS_MASK DesiredAccess,
                                 PHANDLE DeviceRegKey);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    IoOpenDeviceInterfaceRegistryKey(PUNICODE_STRING SymbolicLinkName,
                                     ACCESS_MASK DesiredAccess,
                                     PHANDLE DeviceInterfaceKey);
#define PLUGPLAY_REGKEY_DEVICE 1
#define PLUGPLAY_REGKEY_DRIVER 2
#define PLUGPLAY_REGKEY_CURRENT_HWPROFILE 4

/* remove locks: the documented routines are macros over the Ex forms */
typedef struct _IO_REMOVE_LOCK_COMMON_BLOCK {
  BOOLEAN Removed;
  BOOLEAN Reserved[3];
  LONG IoCount;
  KEVENT RemoveEvent;
} IO_REMOVE_LOCK_COMMON_BLOCK;
typedef struct _IO_REMOVE_LOCK {
  IO_REMOVE_LOCK_COMMON_BLOCK Common;
} IO_REMOVE_LOCK, *PIO_REMOVE_LOCK;
VOID IoInitializeRemoveLockEx(PIO_REMOVE_LOCK Lock, ULONG AllocateTag,
                              ULONG MaxLockedMinutes, ULONG HighWatermark,
                              ULONG RemlockSize);
NTSTATUS IoAcquireRemoveLockEx(PIO_REMOVE_LOCK RemoveLock, PVOID Tag,
                               PCSTR File, ULONG Line, ULONG RemlockSize);
VOID IoReleaseRemoveLockEx(PIO_REMOVE_LOCK RemoveLock, PVOID Tag,
                           ULONG RemlockSize);
VOID IoReleaseRemoveLockAndWaitEx(PIO_REMOVE_LOCK RemoveLock, PVOID Tag,
                                  ULONG RemlockSize);
#define IoInitializeRemoveLock(Lock, Tag, Maxmin, HighWater)                   \
  IoInitializeRemoveLockEx(Lock, Tag, Maxmin, HighWater, sizeof(IO_REMOVE_LOCK))
#define IoAcquireRemoveLock(RemoveLock, Tag)                                   \
  IoAcquireRemoveLockEx(RemoveLock, Tag, __FILE__, __LINE__,                   \
                        sizeof(IO_REMOVE_LOCK))
#define IoReleaseRemoveLock(RemoveLock, Tag)                                   \
  IoReleaseRemoveLockEx(RemoveLock, Tag, sizeof(IO_REMOVE_LOCK))
#define IoReleaseRemoveLockAndWait(RemoveLock, Tag)                            \
  IoReleaseRemoveLockAndWaitEx(RemoveLock, Tag, sizeof(IO_REMOVE_LOCK))

/* cancel-safe IRP queues */
typedef struct _IO_CSQ IO_CSQ, *PIO_CSQ;
typedef VOID IO_CSQ_INSERT_IRP(struct _IO_CSQ *Csq, PIRP Irp);
typedef IO_CSQ_INSERT_IRP *PIO_CSQ_INSERT_IRP;
typedef NTSTATUS IO_CSQ_INSERT_IRP_EX(struct _IO_CSQ *Csq, PIRP Irp,
                                      PVOID InsertContext);
typedef IO_CSQ_INSERT_IRP_EX *PIO_CSQ_INSERT_IRP_EX;
typedef VOID IO_CSQ_REMOVE_IRP(PIO_CSQ Csq, PIRP Irp);
typedef IO_CSQ_REMOVE_IRP *PIO_CSQ_REMOVE_IRP;
typedef PIRP IO_CSQ_PEEK_NEXT_IRP(PIO_CSQ Csq, PIRP Irp, PVOID PeekContext);
typedef IO_CSQ_PEEK_NEXT_IRP *PIO_CSQ_PEEK_NEXT_IRP;
typedef VOID IO_CSQ_ACQUIRE_LOCK(PIO_CSQ Csq, PKIRQL Irql);
typedef IO_CSQ_ACQUIRE_LOCK *PIO_CSQ_ACQUIRE_LOCK;
typedef VOID IO_CSQ_RELEASE_LOCK(PIO_CSQ Csq, KIRQL Irql);
typedef IO_CSQ_RELEASE_LOCK *PIO_CSQ_RELEASE_LOCK;
typedef VOID IO_CSQ_COMPLETE_CANCELED_IRP(PIO_CSQ Csq, PIRP Irp);
typedef IO_CSQ_COMPLETE_CANCELED_IRP *PIO_CSQ_COMPLETE_CANCELED_IRP;
struct _IO_CSQ {
  ULONG Type;
  PIO_CSQ_INSERT_IRP CsqInsertIrp;
  PIO_CSQ_REMOVE_IRP CsqRemoveIrp;
  PIO_CSQ_PEEK_NEXT_IRP CsqPeekNextIrp;
  PIO_CSQ_ACQUIRE_LOCK CsqAcquireLock;
  PIO_CSQ_RELEASE_LOCK CsqReleaseLock;
  PIO_CSQ_COMPLETE_CANCELED_IRP CsqCompleteCanceledIrp;
  PVOID ReservePointer;
};
typedef struct _IO_CSQ_IRP_CONTEXT {
  ULONG Type;
  PIRP Irp;
  PIO_CSQ Csq;
} IO_CSQ_IRP_CONTEXT, *PIO_CSQ_IRP_CONTEXT;
_IRQL_requires_max_(HIGH_LEVEL) NTSTATUS
    IoCsqInitialize(PIO_CSQ Csq, PIO_CSQ_INSERT_IRP CsqInsertIrp,
                    PIO_CSQ_REMOVE_IRP CsqRemoveIrp,
                    PIO_CSQ_PEEK_NEXT_IRP CsqPeekNextIrp,
                    PIO_CSQ_ACQUIRE_LOCK CsqAcquireLock,
                    PIO_CSQ_RELEASE_LOCK CsqReleaseLock,
                    PIO_CSQ_COMPLETE_CANCELED_IRP CsqCompleteCanceledIrp);
_IRQL_requires_max_(HIGH_LEVEL) NTSTATUS
    IoCsqInitializeEx(PIO_CSQ Csq, PIO_CSQ_INSERT_IRP_EX CsqInsertIrp,
                      PIO_CSQ_REMOVE_IRP CsqRemoveIrp,
                      PIO_CSQ_PEEK_NEXT_IRP CsqPeekNextIrp,
                      PIO_CSQ_ACQUIRE_LOCK CsqAcquireLock,
                      PIO_CSQ_RELEASE_LOCK CsqReleaseLock,
                      PIO_CSQ_COMPLETE_CANCELED_IRP CsqCompleteCanceledIrp);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    IoCsqInsertIrp(PIO_CSQ Csq, PIRP Irp, PIO_CSQ_IRP_CONTEXT Context);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    IoCsqInsertIrpEx(PIO_CSQ Csq, PIRP Irp, PIO_CSQ_IRP_CONTEXT Context,
                     PVOID InsertContext);
_IRQL_requires_max_(DISPATCH_LEVEL) PIRP
    IoCsqRemoveNextIrp(PIO_CSQ Csq, PVOID PeekContext);
_IRQL_requires_max_(DISPATCH_LEVEL) PIRP
    IoCsqRemoveIrp(PIO_CSQ Csq, PIO_CSQ_IRP_CONTEXT Context);

/* power management */
_IRQL_requires_max_(DISPATCH_LEVEL) VOID PoStartNextPowerIrp(PIRP Irp);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    PoCallDriver(PDEVICE_OBJECT DeviceObject, PIRP Irp);
_IRQL_requires_max_(DISPATCH_LEVEL) POWER_STATE
    PoSetPowerState(PDEVICE_OBJECT DeviceObject, POWER_STATE_TYPE Type,
                    POWER_STATE State);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    PoRequestPowerIrp(PDEVICE_OBJECT DeviceObject, UCHAR MinorFunction,
                      POWER_STATE PowerState,
                      PREQUEST_POWER_COMPLETE CompletionFunction, PVOID Context,
                      PIRP *Irp);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID PoSetSystemState(ULONG Flags);
_IRQL_requires_max_(APC_LEVEL) PULONG
    PoRegisterDeviceForIdleDetection(PDEVICE_OBJECT DeviceObject,
                                     ULONG ConservationIdleTime,
                                     ULONG PerformanceIdleTime,
                                     DEVICE_POWER_STATE State);
#define PoSetDeviceBusy(IdlePointer) ((void)(*(IdlePointer) = 0))

/* ---- the power management framework (PoFx): a driver registers its
 * device's components and their idle states (F-states), and PoFx calls it
 * back to move them; the callbacks run at up to DISPATCH_LEVEL ---- */
typedef struct POHANDLE__ *POHANDLE;
#define PO_FX_VERSION_V1 0x00000001
#define PO_FX_VERSION_V2 0x00000002
#define PO_FX_VERSION_V3 0x00000003
#ifndef PO_FX_VERSION
#define PO_FX_VERSION PO_FX_VERSION_V1
#endif
#define PO_FX_UNKNOWN_POWER (0xffffffff)
#define PO_FX_UNKNOWN_TIME ((ULONGLONG) - 1)
#define PO_FX_FLAG_BLOCKING 0x1
#define PO_FX_FLAG_ASYNC_ONLY 0x2
#define PO_FX_COMPONENT_FLAG_F0_ON_DX 0x0000000000000001ULL
#define PO_FX_COMPONENT_FLAG_NO_DEBOUNCE 0x0000000000000002ULL
#define PO_FX_DEVICE_FLAG_RESERVED_1 0x0000000000000001ULL
#define PO_FX_DEVICE_FLAG_DFX_CHILDREN_OPTIONAL 0x0000000000000002ULL
#define PO_FX_DEVICE_FLAG_DISABLE_FAST_RESUME 0x0000000000000004ULL
#define PO_FX_DIRECTED_FX_DEFAULT_IDLE_TIMEOUT (0UL)
typedef _Function_class_(PO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK)
    _IRQL_requires_max_(DISPATCH_LEVEL) VOID
    PO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK(_In_ PVOID Context,
                                              _In_ ULONG Component);
typedef PO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK
    *PPO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK;
typedef _Function_class_(PO_FX_COMPONENT_IDLE_CONDITION_CALLBACK)
    _IRQL_requires_max_(DISPATCH_LEVEL) VOID
    PO_FX_COMPONENT_IDLE_CONDITION_CALLBACK(_In_ PVOID Context,
                                            _In_ ULONG Component);
typedef PO_FX_COMPONENT_IDLE_CONDITION_CALLBACK
    *PPO_FX_COMPONENT_IDLE_CONDITION_CALLBACK;
typedef _Function_class_(PO_FX_COMPONENT_IDLE_STATE_CALLBACK)
    _IRQL_requires_max_(DISPATCH_LEVEL) VOID
    PO_FX_COMPONENT_IDLE_STATE_CALLBACK(_In_ PVOID Context,
                                        _In_ ULONG Component, _In_ ULONG State);
typedef PO_FX_COMPONENT_IDLE_STATE_CALLBACK
    *PPO_FX_COMPONENT_IDLE_STATE_CALLBACK;
typedef _Function_class_(PO_FX_DEVICE_POWER_REQUIRED_CALLBACK)
    _IRQL_requires_max_(DISPATCH_LEVEL) VOID
    PO_FX_DEVICE_POWER_REQUIRED_CALLBACK(_In_ PVOID Context);
typedef PO_FX_DEVICE_POWER_REQUIRED_CALLBACK
    *PPO_FX_DEVICE_POWER_REQUIRED_CALLBACK;
typedef _Function_class_(PO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK)
    _IRQL_requires_max_(DISPATCH_LEVEL) VOID
    PO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK(_In_ PVOID Context);
typedef PO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK
    *PPO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK;
typedef _Function_class_(PO_FX_POWER_CONTROL_CALLBACK)
    _IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    PO_FX_POWER_CONTROL_CALLBACK(_In_ PVOID DeviceContext,
                                 _In_ LPCGUID PowerControlCode,
                                 _In_opt_ PVOID InBuffer,
                                 _In_ SIZE_T InBufferSize,
                                 _Out_opt_ PVOID OutBuffer,
                                 _In_ SIZE_T OutBufferSize,
                                 _Out_opt_ PSIZE_T BytesReturned);
typedef PO_FX_POWER_CONTROL_CALLBACK *PPO_FX_POWER_CONTROL_CALLBACK;
typedef _Function_class_(PO_FX_COMPONENT_CRITICAL_TRANSITION_CALLBACK)
    _IRQL_requires_max_(DISPATCH_LEVEL) VOID
    PO_FX_COMPONENT_CRITICAL_TRANSITION_CALLBACK(_In_ PVOID Context,
                                                 _In_ ULONG Component,
                                                 _In_ BOOLEAN Active);
typedef PO_FX_COMPONENT_CRITICAL_TRANSITION_CALLBACK
    *PPO_FX_COMPONENT_CRITICAL_TRANSITION_CALLBACK;
typedef _Function_class_(PO_FX_DIRECTED_POWER_DOWN_CALLBACK)
    _IRQL_requires_max_(PASSIVE_LEVEL) VOID
    PO_FX_DIRECTED_POWER_DOWN_CALLBACK(_In_ PVOID Context, _In_ ULONG Flags);
typedef PO_FX_DIRECTED_POWER_DOWN_CALLBACK *PPO_FX_DIRECTED_POWER_DOWN_CALLBACK;
typedef _Function_class_(PO_FX_DIRECTED_POWER_UP_CALLBACK)
    _IRQL_requires_max_(PASSIVE_LEVEL) VOID
    PO_FX_DIRECTED_POWER_UP_CALLBACK(_In_ PVOID Context, _In_ ULONG Flags);
typedef PO_FX_DIRECTED_POWER_UP_CALLBACK *PPO_FX_DIRECTED_POWER_UP_CALLBACK;

typedef struct _PO_FX_COMPONENT_IDLE_STATE {
  ULONGLONG TransitionLatency;
  ULONGLONG ResidencyRequirement;
  ULONG NominalPower;
} PO_FX_COMPONENT_IDLE_STATE, *PPO_FX_COMPONENT_IDLE_STATE;
typedef struct _PO_FX_COMPONENT_V1 {
  GUID Id;
  ULONG IdleStateCount;
  ULONG DeepestWakeableIdleState;
  PPO_FX_COMPONENT_IDLE_STATE IdleStates;
} PO_FX_COMPONENT_V1, *PPO_FX_COMPONENT_V1;
typedef struct _PO_FX_COMPONENT_V2 {
  GUID Id;
  ULONGLONG Flags;
  ULONG DeepestWakeableIdleState;
  ULONG IdleStateCount;
  PPO_FX_COMPONENT_IDLE_STATE IdleStates;
  ULONG ProviderCount;
  PULONG Providers;
} PO_FX_COMPONENT_V2, *PPO_FX_COMPONENT_V2;
typedef struct _PO_FX_DEVICE_V1 {
  ULONG Version;
  ULONG ComponentCount;
  PPO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK ComponentActiveConditionCallback;
  PPO_FX_COMPONENT_IDLE_CONDITION_CALLBACK ComponentIdleConditionCallback;
  PPO_FX_COMPONENT_IDLE_STATE_CALLBACK ComponentIdleStateCallback;
  PPO_FX_DEVICE_POWER_REQUIRED_CALLBACK DevicePowerRequiredCallback;
  PPO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK DevicePowerNotRequiredCallback;
  PPO_FX_POWER_CONTROL_CALLBACK PowerControlCallback;
  PVOID DeviceContext;
  PO_FX_COMPONENT_V1 Components[ANYSIZE_ARRAY];
} PO_FX_DEVICE_V1, *PPO_FX_DEVICE_V1;
typedef struct _PO_FX_DEVICE_V2 {
  ULONG Version;
  ULONGLONG Flags;
  PPO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK ComponentActiveConditionCallback;
  PPO_FX_COMPONENT_IDLE_CONDITION_CALLBACK ComponentIdleConditionCallback;
  PPO_FX_COMPONENT_IDLE_STATE_CALLBACK ComponentIdleStateCallback;
  PPO_FX_DEVICE_POWER_REQUIRED_CALLBACK DevicePowerRequiredCallback;
  PPO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK DevicePowerNotRequiredCallback;
  PPO_FX_POWER_CONTROL_CALLBACK PowerControlCallback;
  PVOID DeviceContext;
  ULONG ComponentCount;
  PO_FX_COMPONENT_V2 Components[ANYSIZE_ARRAY];
} PO_FX_DEVICE_V2, *PPO_FX_DEVICE_V2;
typedef struct _PO_FX_DEVICE_V3 {
  ULONG Version;
  ULONGLONG Flags;
  PPO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK ComponentActiveConditionCallback;
  PPO_FX_COMPONENT_IDLE_CONDITION_CALLBACK ComponentIdleConditionCallback;
  PPO_FX_COMPONENT_IDLE_STATE_CALLBACK ComponentIdleStateCallback;
  PPO_FX_DEVICE_POWER_REQUIRED_CALLBACK DevicePowerRequiredCallback;
  PPO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK DevicePowerNotRequiredCallback;
  PPO_FX_POWER_CONTROL_CALLBACK PowerControlCallback;
  PPO_FX_DIRECTED_POWER_UP_CALLBACK DirectedPowerUpCallback;
  PPO_FX_DIRECTED_POWER_DOWN_CALLBACK DirectedPowerDownCallback;
  ULONG DirectedFxTimeoutInSeconds;
  PVOID DeviceContext;
  ULONG ComponentCount;
  PO_FX_COMPONENT_V2 Components[ANYSIZE_ARRAY];
} PO_FX_DEVICE_V3, *PPO_FX_DEVICE_V3;
#if PO_FX_VERSION == PO_FX_VERSION_V1
typedef PO_FX_COMPONENT_V1 PO_FX_COMPONENT, *PPO_FX_COMPONENT;
typedef PO_FX_DEVICE_V1 PO_FX_DEVICE, *PPO_FX_DEVICE;
#elif PO_FX_VERSION == PO_FX_VERSION_V2
typedef PO_FX_COMPONENT_V2 PO_FX_COMPONENT, *PPO_FX_COMPONENT;
typedef PO_FX_DEVICE_V2 PO_FX_DEVICE, *PPO_FX_DEVICE;
#else
typedef PO_FX_COMPONENT_V2 PO_FX_COMPONENT, *PPO_FX_COMPONENT;
typedef PO_FX_DEVICE_V3 PO_FX_DEVICE, *PPO_FX_DEVICE;
#endif
typedef enum _PO_FX_PERF_STATE_UNIT {
  PoFxPerfStateUnitOther,
  PoFxPerfStateUnitFrequency,
  PoFxPerfStateUnitBandwidth,
  PoFxPerfStateUnitMaximum
} PO_FX_PERF_STATE_UNIT,
    *PPO_FX_PERF_STATE_UNIT;

_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    PoFxRegisterDevice(_In_ PDEVICE_OBJECT Pdo, _In_ PPO_FX_DEVICE Device,
                       _Out_ POHANDLE *Handle);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    PoFxStartDevicePowerManagement(_In_ POHANDLE Handle);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    PoFxUnregisterDevice(_In_ POHANDLE Handle);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    PoFxActivateComponent(_In_ POHANDLE Handle, _In_ ULONG Component,
                          _In_ ULONG Flags);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    PoFxIdleComponent(_In_ POHANDLE Handle, _In_ ULONG Component,
                      _In_ ULONG Flags);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    PoFxCompleteIdleState(_In_ POHANDLE Handle, _In_ ULONG Component);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    PoFxCompleteIdleCondition(_In_ POHANDLE Handle, _In_ ULONG Component);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    PoFxCompleteDevicePowerNotRequired(_In_ POHANDLE Handle);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    PoFxReportDevicePoweredOn(_In_ POHANDLE Handle);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    PoFxSetComponentLatency(_In_ POHANDLE Handle, _In_ ULONG Component,
                            _In_ ULONGLONG Latency);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    PoFxSetComponentResidency(_In_ POHANDLE Handle, _In_ ULONG Component,
                              _In_ ULONGLONG Residency);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    PoFxSetComponentWake(_In_ POHANDLE Handle, _In_ ULONG Component,
                         _In_ BOOLEAN WakeHint);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    PoFxSetDeviceIdleTimeout(_In_ POHANDLE Handle, _In_ ULONGLONG IdleTimeout);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    PoFxPowerControl(_In_ POHANDLE Handle, _In_ LPCGUID PowerControlCode,
                     _In_opt_ PVOID InBuffer, _In_ SIZE_T InBufferSize,
                     _Out_opt_ PVOID OutBuffer, _In_ SIZE_T OutBufferSize,
                     _Out_opt_ PSIZE_T BytesReturned);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    PoFxNotifySurprisePowerOn(_In_ PDEVICE_OBJECT Pdo);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    PoFxCompleteDirectedPowerDown(_In_ POHANDLE Handle);

/* ---- power requests, power setting callbacks and power limits ---- */
#define DIAGNOSTIC_REASON_VERSION 0
#define DIAGNOSTIC_REASON_SIMPLE_STRING 0x00000001
#define DIAGNOSTIC_REASON_DETAILED_STRING 0x00000002
#define DIAGNOSTIC_REASON_NOT_SPECIFIED 0x80000000
typedef struct _COUNTED_REASON_CONTEXT {
  ULONG Version;
  ULONG Flags;
  union {
    struct {
      UNICODE_STRING ResourceFileName;
      USHORT ResourceReasonId;
      ULONG StringCount;
      PUNICODE_STRING ReasonStrings;
    };
    UNICODE_STRING SimpleString;
  };
} COUNTED_REASON_CONTEXT, *PCOUNTED_REASON_CONTEXT;
typedef enum _POWER_REQUEST_TYPE {
  PowerRequestDisplayRequired,
  PowerRequestSystemRequired,
  PowerRequestAwayModeRequired,
  PowerRequestExecutionRequired
} POWER_REQUEST_TYPE,
    *PPOWER_REQUEST_TYPE;
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    PoCreatePowerRequest(_Outptr_ PVOID *PowerRequest,
                         _In_ PDEVICE_OBJECT DeviceObject,
                         _In_opt_ PCOUNTED_REASON_CONTEXT Context);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    PoSetPowerRequest(_Inout_ PVOID PowerRequest, _In_ POWER_REQUEST_TYPE Type);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    PoClearPowerRequest(_Inout_ PVOID PowerRequest,
                        _In_ POWER_REQUEST_TYPE Type);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    PoDeletePowerRequest(_Inout_ PVOID PowerRequest);
typedef _Function_class_(POWER_SETTING_CALLBACK) _IRQL_requires_same_ NTSTATUS
    POWER_SETTING_CALLBACK(_In_ LPCGUID SettingGuid,
                           _In_reads_bytes_(ValueLength) PVOID Value,
                           _In_ ULONG ValueLength, _Inout_opt_ PVOID Context);
typedef POWER_SETTING_CALLBACK *PPOWER_SETTING_CALLBACK;
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    PoRegisterPowerSettingCallback(_In_opt_ PDEVICE_OBJECT DeviceObject,
                                   _In_ LPCGUID SettingGuid,
                                   _In_ PPOWER_SETTING_CALLBACK Callback,
                                   _In_opt_ PVOID Context,
                                   _Outptr_opt_ PVOID *Handle);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    PoUnregisterPowerSettingCallback(_Inout_ PVOID Handle);
#include "ntpoapi.h"
NTSTATUS PoCreatePowerLimitRequest(_Outptr_ PVOID *PowerLimitRequest,
                                   _In_ PDEVICE_OBJECT TargetDeviceObject,
                                   _In_opt_ PDEVICE_OBJECT PolicyDeviceObject,
                                   _In_ PCOUNTED_REASON_CONTEXT Context);
VOID PoDeletePowerLimitRequest(_Inout_ PVOID PowerLimitRequest);
NTSTATUS PoQueryPowerLimitAttributes(_In_ PVOID PowerLimitRequest,
                                     _In_ ULONG BufferCount,
                                     _Out_writes_opt_(BufferCount)
                                         PPOWER_LIMIT_ATTRIBUTES Buffer,
                                     _Out_ PULONG AttributeCount);
NTSTATUS PoQueryPowerLimitValue(_In_ PVOID PowerLimitRequest,
                                _In_ ULONG ValueCount,
                                _Inout_updates_(ValueCount)
                                    PPOWER_LIMIT_VALUE Values);
NTSTATUS PoSetPowerLimitValue(_In_ PVOID PowerLimitRequest,
                              _In_ PCOUNTED_REASON_CONTEXT Reason,
                              _In_ ULONG ValueCount,
                              _In_reads_(ValueCount) PPOWER_LIMIT_VALUE Values);

/* ---- PnP notifications ---- */
typedef enum _IO_NOTIFICATION_EVENT_CATEGORY {
  EventCategoryReserved,
  EventCategoryHardwareProfileChange,
  EventCategoryDeviceInterfaceChange,
  EventCategoryTargetDeviceChange,
  EventCategoryKernelSoftRestart
} IO_NOTIFICATION_EVENT_CATEGORY;
#define PNPNOTIFY_DEVICE_INTERFACE_INCLUDE_EXISTING_INTERFACES 0x00000001
typedef _Function_class_(DRIVER_NOTIFICATION_CALLBACK_ROUTINE)
    _IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    DRIVER_NOTIFICATION_CALLBACK_ROUTINE(_In_ PVOID NotificationStructure,
                                         _Inout_opt_ PVOID Context);
typedef DRIVER_NOTIFICATION_CALLBACK_ROUTINE
    *PDRIVER_NOTIFICATION_CALLBACK_ROUTINE;
typedef struct _PLUGPLAY_NOTIFICATION_HEADER {
  USHORT Version;
  USHORT Size;
  GUID Event;
} PLUGPLAY_NOTIFICATION_HEADER, *PPLUGPLAY_NOTIFICATION_HEADER;
typedef struct _DEVICE_INTERFACE_CHANGE_NOTIFICATION {
  USHORT Version;
  USHORT Size;
  GUID Event;
  GUID InterfaceClassGuid;
  PUNICODE_STRING SymbolicLinkName;
} DEVICE_INTERFACE_CHANGE_NOTIFICATION, *PDEVICE_INTERFACE_CHANGE_NOTIFICATION;
typedef struct _HWPROFILE_CHANGE_NOTIFICATION {
  USHORT Version;
  USHORT Size;
  GUID Event;
} HWPROFILE_CHANGE_NOTIFICATION, *PHWPROFILE_CHANGE_NOTIFICATION;
typedef struct _TARGET_DEVICE_REMOVAL_NOTIFICATION {
  USHORT Version;
  USHORT Size;
  GUID Event;
  PFILE_OBJECT FileObject;
} TARGET_DEVICE_REMOVAL_NOTIFICATION, *PTARGET_DEVICE_REMOVAL_NOTIFICATION;
typedef struct _TARGET_DEVICE_CUSTOM_NOTIFICATION {
  USHORT Version;
  USHORT Size;
  GUID Event;
  PFILE_OBJECT FileObject;
  LONG NameBufferOffset;
  UCHAR CustomDataBuffer[1];
} TARGET_DEVICE_CUSTOM_NOTIFICATION, *PTARGET_DEVICE_CUSTOM_NOTIFICATION;
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS IoRegisterPlugPlayNotification(
    _In_ IO_NOTIFICATION_EVENT_CATEGORY EventCategory,
    _In_ ULONG EventCategoryFlags, _In_opt_ PVOID EventCategoryData,
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ PDRIVER_NOTIFICATION_CALLBACK_ROUTINE CallbackRoutine,
    _Inout_opt_ PVOID Context,
    _Outptr_result_nullonfailure_ PVOID *NotificationEntry);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    IoUnregisterPlugPlayNotification(_In_ PVOID NotificationEntry);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    IoUnregisterPlugPlayNotificationEx(_In_ PVOID NotificationEntry);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    IoReportTargetDeviceChange(_In_ PDEVICE_OBJECT PhysicalDeviceObject,
                               _In_ PVOID NotificationStructure);
typedef _Function_class_(DEVICE_CHANGE_COMPLETE_CALLBACK)
    _IRQL_requires_max_(PASSIVE_LEVEL) VOID
    DEVICE_CHANGE_COMPLETE_CALLBACK(_Inout_opt_ PVOID Context);
typedef DEVICE_CHANGE_COMPLETE_CALLBACK *PDEVICE_CHANGE_COMPLETE_CALLBACK;
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    IoReportTargetDeviceChangeAsynchronous(
        _In_ PDEVICE_OBJECT PhysicalDeviceObject,
        _In_ PVOID NotificationStructure,
        _In_opt_ PDEVICE_CHANGE_COMPLETE_CALLBACK Callback,
        _In_opt_ PVOID Context);

/* ---- DMA ---- */
typedef struct _SCATTER_GATHER_ELEMENT {
  PHYSICAL_ADDRESS Address;
  ULONG Length;
  ULONG_PTR Reserved;
} SCATTER_GATHER_ELEMENT, *PSCATTER_GATHER_ELEMENT;
typedef struct _SCATTER_GATHER_LIST {
  ULONG NumberOfElements;
  ULONG_PTR Reserved;
  SCATTER_GATHER_ELEMENT Elements[];
} SCATTER_GATHER_LIST, *PSCATTER_GATHER_LIST;
typedef enum _DMA_WIDTH {
  Width8Bits,
  Width16Bits,
  Width32Bits,
  Width64Bits,
  WidthNoWrap,
  MaximumDmaWidth
} DMA_WIDTH;
typedef enum _DMA_SPEED {
  Compatible,
  TypeA,
  TypeB,
  TypeC,
  TypeF,
  MaximumDmaSpeed
} DMA_SPEED;
typedef struct _DEVICE_DESCRIPTION {
  ULONG Version;
  BOOLEAN Master;
  BOOLEAN ScatterGather;
  BOOLEAN DemandMode;
  BOOLEAN AutoInitialize;
  BOOLEAN Dma32BitAddresses;
  BOOLEAN IgnoreCount;
  BOOLEAN Reserved1;
  BOOLEAN Dma64BitAddresses;
  ULONG BusNumber;
  ULONG DmaChannel;
  INTERFACE_TYPE InterfaceType;
  DMA_WIDTH DmaWidth;
  DMA_SPEED DmaSpeed;
  ULONG MaximumLength;
  ULONG DmaPort;
  ULONG DmaAddressWidth;
  ULONG DmaControllerInstance;
  ULONG DmaRequestLine;
  PHYSICAL_ADDRESS DeviceAddress;
} DEVICE_DESCRIPTION, *PDEVICE_DESCRIPTION;
#define DEVICE_DESCRIPTION_VERSION 0
#define DEVICE_DESCRIPTION_VERSION1 1
#define DEVICE_DESCRIPTION_VERSION2 2
#define DEVICE_DESCRIPTION_VERSION3 3
struct _DMA_ADAPTER;
/* the processor node a common buffer should come from */
typedef ULONG NODE_REQUIREMENT;
#define MM_ANY_NODE_OK 0x80000000
typedef enum _DMA_COMPLETION_STATUS {
  DmaComplete,
  DmaAborted,
  DmaError,
  DmaCancelled
} DMA_COMPLETION_STATUS;
typedef VOID DMA_COMPLETION_ROUTINE(struct _DMA_ADAPTER *DmaAdapter,
                                    struct _DEVICE_OBJECT *DeviceObject,
                                    PVOID CompletionContext,
                                    DMA_COMPLETION_STATUS Status);
typedef DMA_COMPLETION_ROUTINE *PDMA_COMPLETION_ROUTINE;
#define DMA_TRANSFER_CONTEXT_VERSION1 1
#define DMA_TRANSFER_CONTEXT_SIZE_V1 128
#define DMA_SYNCHRONOUS_CALLBACK 0x01
typedef struct _DMA_ADAPTER_INFO_V1 {
  ULONG ReadDmaCounterAvailable;
  ULONG ScatterGatherLimit;
  ULONG DmaAddressWidth;
  ULONG Flags;
  ULONG MinimumTransferUnit;
} DMA_ADAPTER_INFO_V1, *PDMA_ADAPTER_INFO_V1;
typedef struct _DMA_ADAPTER_INFO {
  ULONG Version;
  union {
    DMA_ADAPTER_INFO_V1 V1;
  };
} DMA_ADAPTER_INFO, *PDMA_ADAPTER_INFO;
#define DMA_ADAPTER_INFO_VERSION1 1
typedef struct _DMA_TRANSFER_INFO_V1 {
  ULONG MapRegisterCount;
  ULONG ScatterGatherElementCount;
  ULONG ScatterGatherListSize;
} DMA_TRANSFER_INFO_V1, *PDMA_TRANSFER_INFO_V1;
typedef struct _DMA_TRANSFER_INFO_V2 {
  ULONG MapRegisterCount;
  ULONG ScatterGatherElementCount;
  ULONG ScatterGatherListSize;
  ULONG LogicalPageCount;
} DMA_TRANSFER_INFO_V2, *PDMA_TRANSFER_INFO_V2;
typedef struct _DMA_TRANSFER_INFO {
  ULONG Version;
  union {
    DMA_TRANSFER_INFO_V1 V1;
    DMA_TRANSFER_INFO_V2 V2;
  };
} DMA_TRANSFER_INFO, *PDMA_TRANSFER_INFO;
#define DMA_TRANSFER_INFO_VERSION1 1
#define DMA_TRANSFER_INFO_VERSION2 2
typedef VOID DRIVER_LIST_CONTROL(struct _DEVICE_OBJECT *DeviceObject,
                                 struct _IRP *Irp,
                                 struct _SCATTER_GATHER_LIST *ScatterGather,
                                 PVOID Context);
typedef DRIVER_LIST_CONTROL *PDRIVER_LIST_CONTROL;
typedef struct _DMA_OPERATIONS {
  ULONG Size;
  VOID (*PutDmaAdapter)(struct _DMA_ADAPTER *DmaAdapter);
  PVOID (*AllocateCommonBuffer)(struct _DMA_ADAPTER *DmaAdapter, ULONG Length,
                                PPHYSICAL_ADDRESS LogicalAddress,
                                BOOLEAN CacheEnabled);
  VOID (*FreeCommonBuffer)(struct _DMA_ADAPTER *DmaAdapter, ULONG Length,
                           PHYSICAL_ADDRESS LogicalAddress,
                           PVOID VirtualAddress, BOOLEAN CacheEnabled);
  NTSTATUS (*AllocateAdapterChannel)(struct _DMA_ADAPTER *DmaAdapter,
                                     PDEVICE_OBJECT DeviceObject,
                                     ULONG NumberOfMapRegisters,
                                     PDRIVER_CONTROL ExecutionRoutine,
                                     PVOID Context);
  BOOLEAN (*FlushAdapterBuffers)(struct _DMA_ADAPTER *DmaAdapter, PMDL Mdl,
                                 PVOID MapRegisterBase, PVOID CurrentVa,
                                 ULONG Length, BOOLEAN WriteToDevice);
  VOID (*FreeAdapterChannel)(struct _DMA_ADAPTER *DmaAdapter);
  VOID (*FreeMapRegisters)(struct _DMA_ADAPTER *DmaAdapter,
                           PVOID MapRegisterBase, ULONG NumberOfMapRegisters);
  PHYSICAL_ADDRESS (*MapTransfer)(struct _DMA_ADAPTER *DmaAdapter, PMDL Mdl,
                                  PVOID MapRegisterBase, PVOID CurrentVa,
                                  PULONG Length, BOOLEAN WriteToDevice);
  ULONG (*GetDmaAlignment)(struct _DMA_ADAPTER *DmaAdapter);
  ULONG (*ReadDmaCounter)(struct _DMA_ADAPTER *DmaAdapter);
  NTSTATUS (*GetScatterGatherList)(struct _DMA_ADAPTER *DmaAdapter,
                                   PDEVICE_OBJECT DeviceObject, PMDL Mdl,
                                   PVOID CurrentVa, ULONG Length,
                                   PDRIVER_LIST_CONTROL ExecutionRoutine,
                                   PVOID Context, BOOLEAN WriteToDevice);
  VOID (*PutScatterGatherList)(struct _DMA_ADAPTER *DmaAdapter,
                               PSCATTER_GATHER_LIST ScatterGather,
                               BOOLEAN WriteToDevice);
  NTSTATUS (*CalculateScatterGatherList)(struct _DMA_ADAPTER *DmaAdapter,
                                         PMDL Mdl, PVOID CurrentVa,
                                         ULONG Length,
                                         PULONG ScatterGatherListSize,
                                         PULONG NumberOfMapRegisters);
  NTSTATUS (*BuildScatterGatherList)(struct _DMA_ADAPTER *DmaAdapter,
                                     PDEVICE_OBJECT DeviceObject, PMDL Mdl,
                                     PVOID CurrentVa, ULONG Length,
                                     PDRIVER_LIST_CONTROL ExecutionRoutine,
                                     PVOID Context, BOOLEAN WriteToDevice,
                                     PVOID ScatterGatherBuffer,
                                     ULONG ScatterGatherLength);
  NTSTATUS (*BuildMdlFromScatterGatherList)(struct _DMA_ADAPTER *DmaAdapter,
                                            PSCATTER_GATHER_LIST ScatterGather,
                                            PMDL OriginalMdl, PMDL *TargetMdl);
  /* DMA version 3 (the *Ex operations) */
  NTSTATUS (*GetDmaAdapterInfo)(struct _DMA_ADAPTER *DmaAdapter,
                                struct _DMA_ADAPTER_INFO *AdapterInfo);
  NTSTATUS (*GetDmaTransferInfo)(struct _DMA_ADAPTER *DmaAdapter, PMDL Mdl,
                                 ULONGLONG Offset, ULONG Length,
                                 BOOLEAN WriteOnly,
                                 struct _DMA_TRANSFER_INFO *TransferInfo);
  NTSTATUS (*InitializeDmaTransferContext)(struct _DMA_ADAPTER *DmaAdapter,
                                           PVOID DmaTransferContext);
  PVOID (*AllocateCommonBufferEx)(struct _DMA_ADAPTER *DmaAdapter,
                                  PPHYSICAL_ADDRESS MaximumAddress,
                                  ULONG Length,
                                  PPHYSICAL_ADDRESS LogicalAddress,
                                  BOOLEAN CacheEnabled,
                                  NODE_REQUIREMENT PreferredNode);
  NTSTATUS (*AllocateAdapterChannelEx)(struct _DMA_ADAPTER *DmaAdapter,
                                       PDEVICE_OBJECT DeviceObject,
                                       PVOID DmaTransferContext,
                                       ULONG NumberOfMapRegisters, ULONG Flags,
                                       PDRIVER_CONTROL ExecutionRoutine,
                                       PVOID ExecutionContext,
                                       PVOID *MapRegisterBase);
  NTSTATUS (*ConfigureAdapterChannel)(struct _DMA_ADAPTER *DmaAdapter,
                                      ULONG FunctionNumber, PVOID Context);
  BOOLEAN (*CancelAdapterChannel)(struct _DMA_ADAPTER *DmaAdapter,
                                  PDEVICE_OBJECT DeviceObject,
                                  PVOID DmaTransferContext);
  NTSTATUS (*MapTransferEx)(struct _DMA_ADAPTER *DmaAdapter, PMDL Mdl,
                            PVOID MapRegisterBase, ULONGLONG Offset,
                            ULONG DeviceOffset, PULONG Length,
                            BOOLEAN WriteToDevice,
                            PSCATTER_GATHER_LIST ScatterGatherBuffer,
                            ULONG ScatterGatherBufferLength,
                            PDMA_COMPLETION_ROUTINE DmaCompletionRoutine,
                            PVOID CompletionContext);
  NTSTATUS (*GetScatterGatherListEx)(
      struct _DMA_ADAPTER *DmaAdapter, PDEVICE_OBJECT DeviceObject,
      PVOID DmaTransferContext, PMDL Mdl, ULONGLONG Offset, ULONG Length,
      ULONG Flags, PDRIVER_LIST_CONTROL ExecutionRoutine, PVOID Context,
      BOOLEAN WriteToDevice, PDMA_COMPLETION_ROUTINE DmaCompletionRoutine,
      PVOID CompletionContext, PSCATTER_GATHER_LIST *ScatterGatherList);
  NTSTATUS (*BuildScatterGatherListEx)(
      struct _DMA_ADAPTER *DmaAdapter, PDEVICE_OBJECT DeviceObject,
      PVOID DmaTransferContext, PMDL Mdl, ULONGLONG Offset, ULONG Length,
      ULONG Flags, PDRIVER_LIST_CONTROL ExecutionRoutine, PVOID Context,
      BOOLEAN WriteToDevice, PVOID ScatterGatherBuffer,
      ULONG ScatterGatherLength, PDMA_COMPLETION_ROUTINE DmaCompletionRoutine,
      PVOID CompletionContext, PVOID ScatterGatherList);
  NTSTATUS (*FlushAdapterBuffersEx)(struct _DMA_ADAPTER *DmaAdapter, PMDL Mdl,
                                    PVOID MapRegisterBase, ULONGLONG Offset,
                                    ULONG Length, BOOLEAN WriteToDevice);
  VOID (*FreeAdapterObject)(struct _DMA_ADAPTER *DmaAdapter,
                            IO_ALLOCATION_ACTION AllocationAction);
  NTSTATUS (*CancelMappedTransfer)(struct _DMA_ADAPTER *DmaAdapter,
                                   PVOID DmaTransferContext);
  NTSTATUS (*AllocateDomainCommonBuffer)(
      struct _DMA_ADAPTER *DmaAdapter, HANDLE DomainCommonBufferHandle,
      PPHYSICAL_ADDRESS MaximumAddress, ULONG Length, ULONG Flags,
      MEMORY_CACHING_TYPE *CacheType, NODE_REQUIREMENT PreferredNode,
      PPHYSICAL_ADDRESS LogicalAddress, PVOID *VirtualAddress);
  NTSTATUS (*FlushDmaBuffer)(struct _DMA_ADAPTER *DmaAdapter, PMDL Mdl,
                             BOOLEAN ReadOperation);
  NTSTATUS (*JoinDmaDomain)(struct _DMA_ADAPTER *DmaAdapter,
                            HANDLE DomainHandle);
  NTSTATUS (*LeaveDmaDomain)(struct _DMA_ADAPTER *DmaAdapter);
  HANDLE (*GetDmaDomain)(struct _DMA_ADAPTER *DmaAdapter);
  PVOID (*AllocateCommonBufferWithBounds)(struct _DMA_ADAPTER *DmaAdapter,
                                          PPHYSICAL_ADDRESS MinimumAddress,
                                          PPHYSICAL_ADDRESS MaximumAddress,
                                          ULONG Length, ULONG Flags,
                                          MEMORY_CACHING_TYPE *CacheType,
                                          NODE_REQUIREMENT PreferredNode,
                                          PPHYSICAL_ADDRESS LogicalAddress);
} DMA_OPERATIONS, *PDMA_OPERATIONS;
typedef struct _DMA_ADAPTER {
  USHORT Version;
  USHORT Size;
  PDMA_OPERATIONS DmaOperations;
} DMA_ADAPTER, *PDMA_ADAPTER;
_IRQL_requires_max_(PASSIVE_LEVEL) PDMA_ADAPTER
    IoGetDmaAdapter(PDEVICE_OBJECT PhysicalDeviceObject,
                    PDEVICE_DESCRIPTION DeviceDescription,
                    PULONG NumberOfMapRegisters);

/* ---- bus interfaces and PCI configuration space ---- */
typedef BOOLEAN (*PTRANSLATE_BUS_ADDRESS)(PVOID Context,
                                          PHYSICAL_ADDRESS BusAddress,
                                          ULONG Length, PULONG AddressSpace,
                                          PPHYSICAL_ADDRESS TranslatedAddress);
typedef struct _DMA_ADAPTER *(*PGET_DMA_ADAPTER)(
    PVOID Context, struct _DEVICE_DESCRIPTION *DeviceDescriptor,
    PULONG NumberOfMapRegisters);
typedef ULONG (*PGET_SET_DEVICE_DATA)(PVOID Context, ULONG DataType,
                                      PVOID Buffer, ULONG Offset, ULONG Length);
typedef struct _BUS_INTERFACE_STANDARD {
  USHORT Size;
  USHORT Version;
  PVOID Context;
  PINTERFACE_REFERENCE InterfaceReference;
  PINTERFACE_DEREFERENCE InterfaceDereference;
  PTRANSLATE_BUS_ADDRESS TranslateBusAddress;
  PGET_DMA_ADAPTER GetDmaAdapter;
  PGET_SET_DEVICE_DATA SetBusData;
  PGET_SET_DEVICE_DATA GetBusData;
} BUS_INTERFACE_STANDARD, *PBUS_INTERFACE_STANDARD;
#define PCI_WHICHSPACE_CONFIG 0x0
#define PCI_WHICHSPACE_ROM 0x52696350
#define PCI_TYPE0_ADDRESSES 6
#define PCI_TYPE1_ADDRESSES 2
#define PCI_TYPE2_ADDRESSES 5
typedef struct _PCI_COMMON_HEADER {
  USHORT VendorID;
  USHORT DeviceID;
  USHORT Command;
  USHORT Status;
  UCHAR RevisionID;
  UCHAR ProgIf;
  UCHAR SubClass;
  UCHAR BaseClass;
  UCHAR CacheLineSize;
  UCHAR LatencyTimer;
  UCHAR HeaderType;
  UCHAR BIST;
  union {
    struct {
      ULONG BaseAddresses[PCI_TYPE0_ADDRESSES];
      ULONG CIS;
      USHORT SubVendorID;
      USHORT SubSystemID;
      ULONG ROMBaseAddress;
      UCHAR CapabilitiesPtr;
      UCHAR Reserved1[3];
      ULONG Reserved2;
      UCHAR InterruptLine;
      UCHAR InterruptPin;
      UCHAR MinimumGrant;
      UCHAR MaximumLatency;
    } type0;
    struct {
      ULONG BaseAddresses[PCI_TYPE1_ADDRESSES];
      UCHAR PrimaryBus;
      UCHAR SecondaryBus;
      UCHAR SubordinateBus;
      UCHAR SecondaryLatency;
      UCHAR IOBase;
      UCHAR IOLimit;
      USHORT SecondaryStatus;
      USHORT MemoryBase;
      USHORT MemoryLimit;
      USHORT PrefetchBase;
      USHORT PrefetchLimit;
      ULONG PrefetchBaseUpper32;
      ULONG PrefetchLimitUpper32;
      USHORT IOBaseUpper16;
      USHORT IOLimitUpper16;
      UCHAR CapabilitiesPtr;
      UCHAR Reserved1[3];
      ULONG ROMBaseAddress;
      UCHAR InterruptLine;
      UCHAR InterruptPin;
      USHORT BridgeControl;
    } type1;
  } u;
} PCI_COMMON_HEADER, *PPCI_COMMON_HEADER;
/* the header's fields, then the device-specific bytes (the real header
 * embeds PCI_COMMON_HEADER anonymously) */
typedef struct _PCI_COMMON_CONFIG {
  USHORT VendorID;
  USHORT DeviceID;
  USHORT Command;
  USHORT Status;
  UCHAR RevisionID;
  UCHAR ProgIf;
  UCHAR SubClass;
  UCHAR BaseClass;
  UCHAR CacheLineSize;
  UCHAR LatencyTimer;
  UCHAR HeaderType;
  UCHAR BIST;
  union {
    struct {
      ULONG BaseAddresses[PCI_TYPE0_ADDRESSES];
      ULONG CIS;
      USHORT SubVendorID;
      USHORT SubSystemID;
      ULONG ROMBaseAddress;
      UCHAR CapabilitiesPtr;
      UCHAR Reserved1[3];
      ULONG Reserved2;
      UCHAR InterruptLine;
      UCHAR InterruptPin;
      UCHAR MinimumGrant;
      UCHAR MaximumLatency;
    } type0;
  } u;
  UCHAR DeviceSpecific[192];
} PCI_COMMON_CONFIG, *PPCI_COMMON_CONFIG;
#define PCI_COMMON_HDR_LENGTH (FIELD_OFFSET(PCI_COMMON_CONFIG, DeviceSpecific))
#define PCI_MAX_DEVICES 32
#define PCI_MAX_FUNCTION 8
#define PCI_MAX_BRIDGE_NUMBER 0xFF
#define PCI_INVALID_VENDORID 0xFFFF
#define PCI_ENABLE_IO_SPACE 0x0001
#define PCI_ENABLE_MEMORY_SPACE 0x0002
#define PCI_ENABLE_BUS_MASTER 0x0004
#define PCI_ENABLE_SPECIAL_CYCLES 0x0008
#define PCI_ENABLE_WRITE_AND_INVALIDATE 0x0010
#define PCI_ENABLE_VGA_COMPATIBLE_PALETTE 0x0020
#define PCI_ENABLE_PARITY 0x0040
#define PCI_ENABLE_WAIT_CYCLE 0x0080
#define PCI_ENABLE_SERR 0x0100
#define PCI_ENABLE_FAST_BACK_TO_BACK 0x0200
#define PCI_DISABLE_LEVEL_INTERRUPT 0x0400
#define PCI_STATUS_CAPABILITIES_LIST 0x0010
#define PCI_CAPABILITY_ID_POWER_MANAGEMENT 0x01
#define PCI_CAPABILITY_ID_MSI 0x05
#define PCI_CAPABILITY_ID_PCI_EXPRESS 0x10
#define PCI_CAPABILITY_ID_MSIX 0x11

/* ---- port and register access (HAL) ---- */
UCHAR READ_PORT_UCHAR(PUCHAR Port);
USHORT READ_PORT_USHORT(PUSHORT Port);
ULONG READ_PORT_ULONG(PULONG Port);
VOID READ_PORT_BUFFER_UCHAR(PUCHAR Port, PUCHAR Buffer, ULONG Count);
VOID READ_PORT_BUFFER_USHORT(PUSHORT Port, PUSHORT Buffer, ULONG Count);
VOID READ_PORT_BUFFER_ULONG(PULONG Port, PULONG Buffer, ULONG Count);
VOID WRITE_PORT_UCHAR(PUCHAR Port, UCHAR Value);
VOID WRITE_PORT_USHORT(PUSHORT Port, USHORT Value);
VOID WRITE_PORT_ULONG(PULONG Port, ULONG Value);
VOID WRITE_PORT_BUFFER_UCHAR(PUCHAR Port, PUCHAR Buffer, ULONG Count);
VOID WRITE_PORT_BUFFER_USHORT(PUSHORT Port, PUSHORT Buffer, ULONG Count);
VOID WRITE_PORT_BUFFER_ULONG(PULONG Port, PULONG Buffer, ULONG Count);
UCHAR READ_REGISTER_UCHAR(volatile UCHAR *Register);
USHORT READ_REGISTER_USHORT(volatile USHORT *Register);
ULONG READ_REGISTER_ULONG(volatile ULONG *Register);
ULONG64 READ_REGISTER_ULONG64(volatile ULONG64 *Register);
VOID READ_REGISTER_BUFFER_UCHAR(volatile UCHAR *Register, PUCHAR Buffer,
                                ULONG Count);
VOID READ_REGISTER_BUFFER_USHORT(volatile USHORT *Register, PUSHORT Buffer,
                                 ULONG Count);
VOID READ_REGISTER_BUFFER_ULONG(volatile ULONG *Register, PULONG Buffer,
                                ULONG Count);
VOID WRITE_REGISTER_UCHAR(volatile UCHAR *Register, UCHAR Value);
VOID WRITE_REGISTER_USHORT(volatile USHORT *Register, USHORT Value);
VOID WRITE_REGISTER_ULONG(volatile ULONG *Register, ULONG Value);
VOID WRITE_REGISTER_ULONG64(volatile ULONG64 *Register, ULONG64 Value);
VOID WRITE_REGISTER_BUFFER_UCHAR(volatile UCHAR *Register, PUCHAR Buffer,
                                 ULONG Count);
VOID WRITE_REGISTER_BUFFER_USHORT(volatile USHORT *Register, PUSHORT Buffer,
                                  ULONG Count);
VOID WRITE_REGISTER_BUFFER_ULONG(volatile ULONG *Register, PULONG Buffer,
                                 ULONG Count);

/* ---- registry and files (Zw) ---- */
#define REG_NONE 0
#define REG_SZ 1
#define REG_EXPAND_SZ 2
#define REG_BINARY 3
#define REG_DWORD 4
#define REG_DWORD_LITTLE_ENDIAN 4
#define REG_DWORD_BIG_ENDIAN 5
#define REG_LINK 6
#define REG_MULTI_SZ 7
#define REG_RESOURCE_LIST 8
#define REG_FULL_RESOURCE_DESCRIPTOR 9
#define REG_RESOURCE_REQUIREMENTS_LIST 10
#define REG_QWORD 11
#define REG_QWORD_LITTLE_ENDIAN 11
#define REG_OPTION_NON_VOLATILE 0x00000000L
#define REG_OPTION_VOLATILE 0x00000001L
#define REG_CREATED_NEW_KEY 0x00000001L
#define REG_OPENED_EXISTING_KEY 0x00000002L
typedef enum _KEY_VALUE_INFORMATION_CLASS {
  KeyValueBasicInformation,
  KeyValueFullInformation,
  KeyValuePartialInformation,
  KeyValueFullInformationAlign64,
  KeyValuePartialInformationAlign64,
  KeyValueLayerInformation,
  MaxKeyValueInfoClass
} KEY_VALUE_INFORMATION_CLASS;
typedef struct _KEY_VALUE_PARTIAL_INFORMATION {
  ULONG TitleIndex;
  ULONG Type;
  ULONG DataLength;
  UCHAR Data[1];
} KEY_VALUE_PARTIAL_INFORMATION, *PKEY_VALUE_PARTIAL_INFORMATION;
typedef struct _KEY_VALUE_FULL_INFORMATION {
  ULONG TitleIndex;
  ULONG Type;
  ULONG DataOffset;
  ULONG DataLength;
  ULONG NameLength;
  WCHAR Name[1];
} KEY_VALUE_FULL_INFORMATION, *PKEY_VALUE_FULL_INFORMATION;
typedef struct _KEY_VALUE_BASIC_INFORMATION {
  ULONG TitleIndex;
  ULONG Type;
  ULONG NameLength;
  WCHAR Name[1];
} KEY_VALUE_BASIC_INFORMATION, *PKEY_VALUE_BASIC_INFORMATION;
typedef enum _KEY_INFORMATION_CLASS {
  KeyBasicInformation,
  KeyNodeInformation,
  KeyFullInformation,
  KeyNameInformation,
  KeyCachedInformation,
  KeyFlagsInformation,
  KeyVirtualizationInformation,
  KeyHandleTagsInformation,
  KeyTrustInformation,
  KeyLayerInformation,
  MaxKeyInfoClass
} KEY_INFORMATION_CLASS;
NTSTATUS ZwCreateKey(PHANDLE KeyHandle, ACCESS_MASK DesiredAccess,
                     POBJECT_ATTRIBUTES ObjectAttributes, ULONG TitleIndex,
                     PUNICODE_STRING Class, ULONG CreateOptions,
                     PULONG Disposition);
NTSTATUS ZwOpenKey(PHANDLE KeyHandle, ACCESS_MASK DesiredAccess,
                   POBJECT_ATTRIBUTES ObjectAttributes);
NTSTATUS ZwDeleteKey(HANDLE KeyHandle);
NTSTATUS ZwFlushKey(HANDLE KeyHandle);
NTSTATUS ZwQueryValueKey(HANDLE KeyHandle, PUNICODE_STRING ValueName,
                         KEY_VALUE_INFORMATION_CLASS KeyValueInformationClass,
                         PVOID KeyValueInformation, ULONG Length,
                         PULONG ResultLength);
NTSTATUS ZwSetValueKey(HANDLE KeyHandle, PUNICODE_STRING ValueName,
                       ULONG TitleIndex, ULONG Type, PVOID Data,
                       ULONG DataSize);
NTSTATUS ZwEnumerateKey(HANDLE KeyHandle, ULONG Index,
                        KEY_INFORMATION_CLASS KeyInformationClass,
                        PVOID KeyInformation, ULONG Length,
                        PULONG ResultLength);
NTSTATUS
ZwEnumerateValueKey(HANDLE KeyHandle, ULONG Index,
                    KEY_VALUE_INFORMATION_CLASS KeyValueInformationClass,
                    PVOID KeyValueInformation, ULONG Length,
                    PULONG ResultLength);
NTSTATUS ZwCreateFile(PHANDLE FileHandle, ACCESS_MASK DesiredAccess,
                      POBJECT_ATTRIBUTES ObjectAttributes,
                      PIO_STATUS_BLOCK IoStatusBlock,
                      PLARGE_INTEGER AllocationSize, ULONG FileAttributes,
                      ULONG ShareAccess, ULONG CreateDisposition,
                      ULONG CreateOptions, PVOID EaBuffer, ULONG EaLength);
NTSTATUS ZwOpenFile(PHANDLE FileHandle, ACCESS_MASK DesiredAccess,
                    POBJECT_ATTRIBUTES ObjectAttributes,
                    PIO_STATUS_BLOCK IoStatusBlock, ULONG ShareAccess,
                    ULONG OpenOptions);
NTSTATUS ZwReadFile(HANDLE FileHandle, HANDLE Event, PIO_APC_ROUTINE ApcRoutine,
                    PVOID ApcContext, PIO_STATUS_BLOCK IoStatusBlock,
                    PVOID Buffer, ULONG Length, PLARGE_INTEGER ByteOffset,
                    PULONG Key);
NTSTATUS ZwWriteFile(HANDLE FileHandle, HANDLE Event,
                     PIO_APC_ROUTINE ApcRoutine, PVOID ApcContext,
                     PIO_STATUS_BLOCK IoStatusBlock, PVOID Buffer, ULONG Length,
                     PLARGE_INTEGER ByteOffset, PULONG Key);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    ZwWaitForSingleObject(HANDLE Handle, BOOLEAN Alertable,
                          PLARGE_INTEGER Timeout);

/* ---- run-time library ---- */
#define RTL_REGISTRY_ABSOLUTE 0
#define RTL_REGISTRY_SERVICES 1
#define RTL_REGISTRY_CONTROL 2
#define RTL_REGISTRY_WINDOWS_NT 3
#define RTL_REGISTRY_DEVICEMAP 4
#define RTL_REGISTRY_USER 5
#define RTL_REGISTRY_MAXIMUM 6
#define RTL_REGISTRY_HANDLE 0x40000000
#define RTL_REGISTRY_OPTIONAL 0x80000000
#define RTL_QUERY_REGISTRY_SUBKEY 0x00000001
#define RTL_QUERY_REGISTRY_TOPKEY 0x00000002
#define RTL_QUERY_REGISTRY_REQUIRED 0x00000004
#define RTL_QUERY_REGISTRY_NOVALUE 0x00000008
#define RTL_QUERY_REGISTRY_NOEXPAND 0x00000010
#define RTL_QUERY_REGISTRY_DIRECT 0x00000020
#define RTL_QUERY_REGISTRY_DELETE 0x00000040
#define RTL_QUERY_REGISTRY_TYPECHECK 0x00000100
#define RTL_QUERY_REGISTRY_TYPECHECK_SHIFT 24
typedef NTSTATUS RTL_QUERY_REGISTRY_ROUTINE(PWSTR ValueName, ULONG ValueType,
                                            PVOID ValueData, ULONG ValueLength,
                                            PVOID Context, PVOID EntryContext);
typedef RTL_QUERY_REGISTRY_ROUTINE *PRTL_QUERY_REGISTRY_ROUTINE;
typedef struct _RTL_QUERY_REGISTRY_TABLE {
  PRTL_QUERY_REGISTRY_ROUTINE QueryRoutine;
  ULONG Flags;
  PWSTR Name;
  PVOID EntryContext;
  ULONG DefaultType;
  PVOID DefaultData;
  ULONG DefaultLength;
} RTL_QUERY_REGISTRY_TABLE, *PRTL_QUERY_REGISTRY_TABLE;
NTSTATUS RtlQueryRegistryValues(ULONG RelativeTo, PCWSTR Path,
                                PRTL_QUERY_REGISTRY_TABLE QueryTable,
                                PVOID Context, PVOID Environment);
NTSTATUS RtlWriteRegistryValue(ULONG RelativeTo, PCWSTR Path, PCWSTR ValueName,
                               ULONG ValueType, PVOID ValueData,
                               ULONG ValueLength);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlDeleteRegistryValue(ULONG RelativeTo, PCWSTR Path, PCWSTR ValueName);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlCheckRegistryKey(ULONG RelativeTo, PWSTR Path);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlCreateRegistryKey(ULONG RelativeTo, PWSTR Path);

_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    RtlInitUnicodeString(PUNICODE_STRING DestinationString,
                         PCWSTR SourceString);
NTSTATUS RtlInitUnicodeStringEx(PUNICODE_STRING DestinationString,
                                PCWSTR SourceString);
_IRQL_requires_max_(HIGH_LEVEL) VOID
    RtlInitAnsiString(PANSI_STRING DestinationString, PCSZ SourceString);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    RtlInitString(PSTRING DestinationString, PCSZ SourceString);
_IRQL_requires_max_(HIGH_LEVEL) VOID
    RtlCopyUnicodeString(PUNICODE_STRING DestinationString,
                         PCUNICODE_STRING SourceString);
_IRQL_requires_max_(HIGH_LEVEL) NTSTATUS
    RtlAppendUnicodeToString(PUNICODE_STRING Destination, PCWSTR Source);
_IRQL_requires_max_(HIGH_LEVEL) NTSTATUS
    RtlAppendUnicodeStringToString(PUNICODE_STRING Destination,
                                   PCUNICODE_STRING Source);
_IRQL_requires_max_(PASSIVE_LEVEL) LONG
    RtlCompareUnicodeString(PCUNICODE_STRING String1, PCUNICODE_STRING String2,
                            BOOLEAN CaseInSensitive);
_IRQL_requires_max_(PASSIVE_LEVEL) BOOLEAN
    RtlEqualUnicodeString(PCUNICODE_STRING String1, PCUNICODE_STRING String2,
                          BOOLEAN CaseInSensitive);
_IRQL_requires_max_(PASSIVE_LEVEL) BOOLEAN
    RtlPrefixUnicodeString(PCUNICODE_STRING String1, PCUNICODE_STRING String2,
                           BOOLEAN CaseInSensitive);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    RtlUpcaseUnicodeString(PUNICODE_STRING DestinationString,
                           PCUNICODE_STRING SourceString,
                           BOOLEAN AllocateDestinationString);
_IRQL_requires_max_(APC_LEVEL) VOID
    RtlFreeUnicodeString(PUNICODE_STRING UnicodeString);
_IRQL_requires_max_(APC_LEVEL) VOID RtlFreeAnsiString(PANSI_STRING AnsiString);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlUnicodeStringToAnsiString(PANSI_STRING DestinationString,
                                 PCUNICODE_STRING SourceString,
                                 BOOLEAN AllocateDestinationString);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlAnsiStringToUnicodeString(PUNICODE_STRING DestinationString,
                                 PCANSI_STRING SourceString,
                                 BOOLEAN AllocateDestinationString);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlIntegerToUnicodeString(ULONG Value, ULONG Base, PUNICODE_STRING String);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlInt64ToUnicodeString(ULONGLONG Value, ULONG Base,
                            PUNICODE_STRING String);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlUnicodeStringToInteger(PCUNICODE_STRING String, ULONG Base,
                              PULONG Value);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlStringFromGUID(REFGUID Guid, PUNICODE_STRING GuidString);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlGUIDFromString(PCUNICODE_STRING GuidString, GUID *Guid);
_IRQL_requires_max_(HIGH_LEVEL) SIZE_T
    RtlCompareMemory(const VOID *Source1, const VOID *Source2, SIZE_T Length);
#define RtlSecureZeroMemory(Destination, Length)                               \
  memset((Destination), 0, (Length))
#define RtlCopyBytes RtlCopyMemory
#define RtlZeroBytes RtlZeroMemory
#define RtlFillBytes RtlFillMemory
_IRQL_requires_max_(HIGH_LEVEL) ULONG FASTCALL RtlUlongByteSwap(ULONG Source);
_IRQL_requires_max_(HIGH_LEVEL) USHORT FASTCALL
    RtlUshortByteSwap(USHORT Source);
_IRQL_requires_max_(HIGH_LEVEL) ULONGLONG FASTCALL
    RtlUlonglongByteSwap(ULONGLONG Source);
_IRQL_requires_max_(APC_LEVEL) ULONG RtlRandomEx(PULONG Seed);
_IRQL_requires_max_(HIGH_LEVEL) LARGE_INTEGER
    RtlConvertLongToLargeInteger(LONG SignedInteger);
_IRQL_requires_max_(HIGH_LEVEL) LARGE_INTEGER
    RtlConvertUlongToLargeInteger(ULONG UnsignedInteger);
typedef struct _OSVERSIONINFOW {
  ULONG dwOSVersionInfoSize;
  ULONG dwMajorVersion;
  ULONG dwMinorVersion;
  ULONG dwBuildNumber;
  ULONG dwPlatformId;
  WCHAR szCSDVersion[128];
} OSVERSIONINFOW, *POSVERSIONINFOW, RTL_OSVERSIONINFOW, *PRTL_OSVERSIONINFOW;
typedef struct _OSVERSIONINFOEXW {
  ULONG dwOSVersionInfoSize;
  ULONG dwMajorVersion;
  ULONG dwMinorVersion;
  ULONG dwBuildNumber;
  ULONG dwPlatformId;
  WCHAR szCSDVersion[128];
  USHORT wServicePackMajor;
  USHORT wServicePackMinor;
  USHORT wSuiteMask;
  UCHAR wProductType;
  UCHAR wReserved;
} OSVERSIONINFOEXW, *POSVERSIONINFOEXW, RTL_OSVERSIONINFOEXW,
    *PRTL_OSVERSIONINFOEXW;
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlGetVersion(PRTL_OSVERSIONINFOW lpVersionInformation);
_IRQL_requires_max_(PASSIVE_LEVEL) BOOLEAN
    PsGetVersion(_Out_opt_ PULONG MajorVersion, _Out_opt_ PULONG MinorVersion,
                 _Out_opt_ PULONG BuildNumber,
                 _Out_opt_ PUNICODE_STRING CSDVersion);

/* ---- bitmaps (RTL_BITMAP): a driver owns the buffer and the lock that
 * guards it; the routines do not synchronize ---- */
typedef struct _RTL_BITMAP {
  ULONG SizeOfBitMap;
  PULONG Buffer;
} RTL_BITMAP, *PRTL_BITMAP;
typedef struct _RTL_BITMAP_RUN {
  ULONG StartingIndex;
  ULONG NumberOfBits;
} RTL_BITMAP_RUN, *PRTL_BITMAP_RUN;
_IRQL_requires_max_(HIGH_LEVEL) VOID
    RtlInitializeBitMap(_Out_ PRTL_BITMAP BitMapHeader,
                        _In_opt_ PULONG BitMapBuffer, _In_ ULONG SizeOfBitMap);
_IRQL_requires_max_(HIGH_LEVEL) VOID
    RtlClearBit(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG BitNumber);
_IRQL_requires_max_(HIGH_LEVEL) VOID
    RtlSetBit(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG BitNumber);
_IRQL_requires_max_(HIGH_LEVEL) BOOLEAN
    RtlTestBit(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG BitNumber);
_IRQL_requires_max_(HIGH_LEVEL) VOID
    RtlClearAllBits(_In_ PRTL_BITMAP BitMapHeader);
_IRQL_requires_max_(HIGH_LEVEL) VOID
    RtlSetAllBits(_In_ PRTL_BITMAP BitMapHeader);
_IRQL_requires_max_(HIGH_LEVEL) ULONG
    RtlFindClearBits(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG NumberToFind,
                     _In_ ULONG HintIndex);
_IRQL_requires_max_(HIGH_LEVEL) ULONG
    RtlFindSetBits(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG NumberToFind,
                   _In_ ULONG HintIndex);
_IRQL_requires_max_(HIGH_LEVEL) ULONG
    RtlFindClearBitsAndSet(_In_ PRTL_BITMAP BitMapHeader,
                           _In_ ULONG NumberToFind, _In_ ULONG HintIndex);
_IRQL_requires_max_(HIGH_LEVEL) ULONG
    RtlFindSetBitsAndClear(_In_ PRTL_BITMAP BitMapHeader,
                           _In_ ULONG NumberToFind, _In_ ULONG HintIndex);
_IRQL_requires_max_(HIGH_LEVEL) VOID
    RtlClearBits(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG StartingIndex,
                 _In_ ULONG NumberToClear);
_IRQL_requires_max_(HIGH_LEVEL) VOID
    RtlSetBits(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG StartingIndex,
               _In_ ULONG NumberToSet);
_IRQL_requires_max_(HIGH_LEVEL) BOOLEAN
    RtlAreBitsClear(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG StartingIndex,
                    _In_ ULONG Length);
_IRQL_requires_max_(HIGH_LEVEL) BOOLEAN
    RtlAreBitsSet(_In_ PRTL_BITMAP BitMapHeader, _In_ ULONG StartingIndex,
                  _In_ ULONG Length);
_IRQL_requires_max_(HIGH_LEVEL) ULONG
    RtlNumberOfClearBits(_In_ PRTL_BITMAP BitMapHeader);
_IRQL_requires_max_(HIGH_LEVEL) ULONG
    RtlNumberOfSetBits(_In_ PRTL_BITMAP BitMapHeader);
_IRQL_requires_max_(HIGH_LEVEL) ULONG
    RtlFindFirstRunClear(_In_ PRTL_BITMAP BitMapHeader,
                         _Out_ PULONG StartingIndex);
_IRQL_requires_max_(HIGH_LEVEL) ULONG
    RtlFindLongestRunClear(_In_ PRTL_BITMAP BitMapHeader,
                           _Out_ PULONG StartingIndex);
_IRQL_requires_max_(HIGH_LEVEL) ULONG
    RtlFindNextForwardRunClear(_In_ PRTL_BITMAP BitMapHeader,
                               _In_ ULONG FromIndex,
                               _Out_ PULONG StartingRunIndex);
_IRQL_requires_max_(HIGH_LEVEL) ULONG
    RtlFindClearRuns(_In_ PRTL_BITMAP BitMapHeader,
                     _Out_writes_to_(SizeOfRunArray, return)
                         PRTL_BITMAP_RUN RunArray,
                     _In_ ULONG SizeOfRunArray, _In_ BOOLEAN LocateLongestRuns);
#define RtlCheckBit(BMH, BP) ((((BMH)->Buffer[(BP) / 32]) >> ((BP) % 32)) & 0x1)
_IRQL_requires_max_(PASSIVE_LEVEL) BOOLEAN
    RtlIsNtDdiVersionAvailable(ULONG Version);
_IRQL_requires_max_(PASSIVE_LEVEL) BOOLEAN
    RtlIsServicePackVersionInstalled(ULONG Version);

/* ---- exceptions: what an exception filter receives ---- */
#define EXCEPTION_MAXIMUM_PARAMETERS 15
typedef struct _EXCEPTION_RECORD {
  NTSTATUS ExceptionCode;
  ULONG ExceptionFlags;
  struct _EXCEPTION_RECORD *ExceptionRecord;
  PVOID ExceptionAddress;
  ULONG NumberParameters;
  ULONG_PTR ExceptionInformation[EXCEPTION_MAXIMUM_PARAMETERS];
} EXCEPTION_RECORD, *PEXCEPTION_RECORD;
/* the processor context is opaque here: drivers pass it on, they do not
 * read its registers */
typedef struct _CONTEXT CONTEXT, *PCONTEXT;
typedef struct _EXCEPTION_POINTERS {
  PEXCEPTION_RECORD ExceptionRecord;
  PCONTEXT ContextRecord;
} EXCEPTION_POINTERS, *PEXCEPTION_POINTERS;
#define STATUS_STACK_OVERFLOW ((NTSTATUS)0xC00000FDL)
#define STATUS_INTEGER_DIVIDE_BY_ZERO ((NTSTATUS)0xC0000094L)
#define STATUS_NONCONTINUABLE_EXCEPTION ((NTSTATUS)0xC0000025L)
_IRQL_requires_max_(PASSIVE_LEVEL) DECLSPEC_NORETURN VOID
    ExRaiseAccessViolation(VOID);
_IRQL_requires_max_(PASSIVE_LEVEL) DECLSPEC_NORETURN VOID
    ExRaiseDatatypeMisalignment(VOID);
_IRQL_requires_max_(APC_LEVEL) VOID
    ProbeForRead(_In_reads_bytes_(Length) const volatile VOID *Address,
                 _In_ SIZE_T Length, _In_ ULONG Alignment);
_IRQL_requires_max_(APC_LEVEL) VOID
    ProbeForWrite(_Inout_updates_bytes_(Length) volatile VOID *Address,
                  _In_ SIZE_T Length, _In_ ULONG Alignment);

/* ---- registry filtering (configuration manager callbacks) ---- */
#define STATUS_CALLBACK_BYPASS ((NTSTATUS)0xC0000503L)
#define STATUS_REVISION_MISMATCH ((NTSTATUS)0xC0000059L)
typedef enum _REG_NOTIFY_CLASS {
  RegNtDeleteKey,
  RegNtPreDeleteKey = RegNtDeleteKey,
  RegNtSetValueKey,
  RegNtPreSetValueKey = RegNtSetValueKey,
  RegNtDeleteValueKey,
  RegNtPreDeleteValueKey = RegNtDeleteValueKey,
  RegNtSetInformationKey,
  RegNtPreSetInformationKey = RegNtSetInformationKey,
  RegNtRenameKey,
  RegNtPreRenameKey = RegNtRenameKey,
  RegNtEnumerateKey,
  RegNtPreEnumerateKey = RegNtEnumerateKey,
  RegNtEnumerateValueKey,
  RegNtPreEnumerateValueKey = RegNtEnumerateValueKey,
  RegNtQueryKey,
  RegNtPreQueryKey = RegNtQueryKey,
  RegNtQueryValueKey,
  RegNtPreQueryValueKey = RegNtQueryValueKey,
  RegNtQueryMultipleValueKey,
  RegNtPreQueryMultipleValueKey = RegNtQueryMultipleValueKey,
  RegNtPreCreateKey,
  RegNtPostCreateKey,
  RegNtPreOpenKey,
  RegNtPostOpenKey,
  RegNtKeyHandleClose,
  RegNtPreKeyHandleClose = RegNtKeyHandleClose,
  RegNtPostDeleteKey,
  RegNtPostSetValueKey,
  RegNtPostDeleteValueKey,
  RegNtPostSetInformationKey,
  RegNtPostRenameKey,
  RegNtPostEnumerateKey,
  RegNtPostEnumerateValueKey,
  RegNtPostQueryKey,
  RegNtPostQueryValueKey,
  RegNtPostQueryMultipleValueKey,
  RegNtPostKeyHandleClose,
  RegNtPreCreateKeyEx,
  RegNtPostCreateKeyEx,
  RegNtPreOpenKeyEx,
  RegNtPostOpenKeyEx,
  RegNtPreFlushKey,
  RegNtPostFlushKey,
  RegNtPreLoadKey,
  RegNtPostLoadKey,
  RegNtPreUnLoadKey,
  RegNtPostUnLoadKey,
  RegNtPreQueryKeySecurity,
  RegNtPostQueryKeySecurity,
  RegNtPreSetKeySecurity,
  RegNtPostSetKeySecurity,
  RegNtCallbackObjectContextCleanup,
  RegNtPreRestoreKey,
  RegNtPostRestoreKey,
  RegNtPreSaveKey,
  RegNtPostSaveKey,
  RegNtPreReplaceKey,
  RegNtPostReplaceKey,
  RegNtPreQueryKeyName,
  RegNtPostQueryKeyName,
  RegNtPreSaveMergedKey,
  RegNtPostSaveMergedKey,
  MaxRegNtNotifyClass
} REG_NOTIFY_CLASS;
/* the callback: Argument1 is the REG_NOTIFY_CLASS, Argument2 the
 * operation's REG_*_INFORMATION */
typedef NTSTATUS EX_CALLBACK_FUNCTION(_In_ PVOID CallbackContext,
                                      _In_opt_ PVOID Argument1,
                                      _In_opt_ PVOID Argument2);
typedef EX_CALLBACK_FUNCTION *PEX_CALLBACK_FUNCTION;

typedef struct _REG_DELETE_KEY_INFORMATION {
  PVOID Object;
  PVOID CallContext;
  PVOID ObjectContext;
  PVOID Reserved;
} REG_DELETE_KEY_INFORMATION, *PREG_DELETE_KEY_INFORMATION,
    REG_FLUSH_KEY_INFORMATION, *PREG_FLUSH_KEY_INFORMATION;
typedef struct _REG_SET_VALUE_KEY_INFORMATION {
  PVOID Object;
  PUNICODE_STRING ValueName;
  ULONG TitleIndex;
  ULONG Type;
  PVOID Data;
  ULONG DataSize;
  PVOID CallContext;
  PVOID ObjectContext;
  PVOID Reserved;
} REG_SET_VALUE_KEY_INFORMATION, *PREG_SET_VALUE_KEY_INFORMATION;
typedef struct _REG_DELETE_VALUE_KEY_INFORMATION {
  PVOID Object;
  PUNICODE_STRING ValueName;
  PVOID CallContext;
  PVOID ObjectContext;
  PVOID Reserved;
} REG_DELETE_VALUE_KEY_INFORMATION, *PREG_DELETE_VALUE_KEY_INFORMATION;
typedef struct _REG_SET_INFORMATION_KEY_INFORMATION {
  PVOID Object;
  ULONG KeySetInformationClass;
  PVOID KeySetInformation;
  ULONG KeySetInformationLength;
  PVOID CallContext;
  PVOID ObjectContext;
  PVOID Reserved;
} REG_SET_INFORMATION_KEY_INFORMATION, *PREG_SET_INFORMATION_KEY_INFORMATION;
typedef struct _REG_RENAME_KEY_INFORMATION {
  PVOID Object;
  PUNICODE_STRING NewName;
  PVOID CallContext;
  PVOID ObjectContext;
  PVOID Reserved;
} REG_RENAME_KEY_INFORMATION, *PREG_RENAME_KEY_INFORMATION;
typedef struct _REG_ENUMERATE_KEY_INFORMATION {
  PVOID Object;
  ULONG Index;
  KEY_INFORMATION_CLASS KeyInformationClass;
  PVOID KeyInformation;
  ULONG Length;
  PULONG ResultLength;
  PVOID CallContext;
  PVOID ObjectContext;
  PVOID Reserved;
} REG_ENUMERATE_KEY_INFORMATION, *PREG_ENUMERATE_KEY_INFORMATION;
typedef struct _REG_ENUMERATE_VALUE_KEY_INFORMATION {
  PVOID Object;
  ULONG Index;
  KEY_VALUE_INFORMATION_CLASS KeyValueInformationClass;
  PVOID KeyValueInformation;
  ULONG Length;
  PULONG ResultLength;
  PVOID CallContext;
  PVOID ObjectContext;
  PVOID Reserved;
} REG_ENUMERATE_VALUE_KEY_INFORMATION, *PREG_ENUMERATE_VALUE_KEY_INFORMATION;
typedef struct _REG_QUERY_KEY_INFORMATION {
  PVOID Object;
  KEY_INFORMATION_CLASS KeyInformationClass;
  PVOID KeyInformation;
  ULONG Length;
  PULONG ResultLength;
  PVOID CallContext;
  PVOID ObjectContext;
  PVOID Reserved;
} REG_QUERY_KEY_INFORMATION, *PREG_QUERY_KEY_INFORMATION;
typedef struct _REG_QUERY_VALUE_KEY_INFORMATION {
  PVOID Object;
  PUNICODE_STRING ValueName;
  KEY_VALUE_INFORMATION_CLASS KeyValueInformationClass;
  PVOID KeyValueInformation;
  ULONG Length;
  PULONG ResultLength;
  PVOID CallContext;
  PVOID ObjectContext;
  PVOID Reserved;
} REG_QUERY_VALUE_KEY_INFORMATION, *PREG_QUERY_VALUE_KEY_INFORMATION;
typedef struct _KEY_VALUE_ENTRY {
  PUNICODE_STRING ValueName;
  ULONG DataLength;
  ULONG DataOffset;
  ULONG Type;
} KEY_VALUE_ENTRY, *PKEY_VALUE_ENTRY;
typedef struct _REG_QUERY_MULTIPLE_VALUE_KEY_INFORMATION {
  PVOID Object;
  PKEY_VALUE_ENTRY ValueEntries;
  ULONG EntryCount;
  PVOID ValueBuffer;
  PULONG BufferLength;
  PULONG RequiredBufferLength;
  PVOID CallContext;
  PVOID ObjectContext;
  PVOID Reserved;
} REG_QUERY_MULTIPLE_VALUE_KEY_INFORMATION,
    *PREG_QUERY_MULTIPLE_VALUE_KEY_INFORMATION;
typedef struct _REG_CREATE_KEY_INFORMATION {
  PUNICODE_STRING CompleteName;
  PVOID RootObject;
  PVOID ObjectType;
  ULONG CreateOptions;
  PUNICODE_STRING Class;
  PVOID SecurityDescriptor;
  PVOID SecurityQualityOfService;
  ACCESS_MASK DesiredAccess;
  ACCESS_MASK GrantedAccess;
  PULONG Disposition;
  PVOID *ResultObject;
  PVOID CallContext;
  PVOID RootObjectContext;
  PVOID Transaction;
  PVOID Reserved;
} REG_CREATE_KEY_INFORMATION, REG_OPEN_KEY_INFORMATION,
    *PREG_CREATE_KEY_INFORMATION, *PREG_OPEN_KEY_INFORMATION;
typedef struct _REG_CREATE_KEY_INFORMATION_V1 {
  PUNICODE_STRING CompleteName;
  PVOID RootObject;
  PVOID ObjectType;
  ULONG Options;
  PUNICODE_STRING Class;
  PVOID SecurityDescriptor;
  PVOID SecurityQualityOfService;
  ACCESS_MASK DesiredAccess;
  ACCESS_MASK GrantedAccess;
  PULONG Disposition;
  PVOID *ResultObject;
  PVOID CallContext;
  PVOID RootObjectContext;
  PVOID Transaction;
  ULONG_PTR Version;
  PUNICODE_STRING RemainingName;
  ULONG Wow64Flags;
  ULONG Attributes;
  KPROCESSOR_MODE CheckAccessMode;
} REG_CREATE_KEY_INFORMATION_V1, REG_OPEN_KEY_INFORMATION_V1,
    *PREG_CREATE_KEY_INFORMATION_V1, *PREG_OPEN_KEY_INFORMATION_V1;
typedef struct _REG_POST_OPERATION_INFORMATION {
  PVOID Object;
  NTSTATUS Status;
  PVOID PreInformation;
  NTSTATUS ReturnStatus;
  PVOID CallContext;
  PVOID ObjectContext;
  PVOID Reserved;
} REG_POST_OPERATION_INFORMATION, *PREG_POST_OPERATION_INFORMATION;
typedef struct _REG_KEY_HANDLE_CLOSE_INFORMATION {
  PVOID Object;
  PVOID CallContext;
  PVOID ObjectContext;
  PVOID Reserved;
} REG_KEY_HANDLE_CLOSE_INFORMATION, *PREG_KEY_HANDLE_CLOSE_INFORMATION;
typedef struct _REG_LOAD_KEY_INFORMATION {
  PVOID Object;
  PUNICODE_STRING KeyName;
  PUNICODE_STRING SourceFile;
  ULONG Flags;
  PVOID TrustClassObject;
  PVOID UserEvent;
  ACCESS_MASK DesiredAccess;
  PHANDLE RootHandle;
  PVOID CallContext;
  PVOID ObjectContext;
  PVOID Reserved;
} REG_LOAD_KEY_INFORMATION, *PREG_LOAD_KEY_INFORMATION;
typedef struct _REG_UNLOAD_KEY_INFORMATION {
  PVOID Object;
  PVOID UserEvent;
  PVOID CallContext;
  PVOID ObjectContext;
  PVOID Reserved;
} REG_UNLOAD_KEY_INFORMATION, *PREG_UNLOAD_KEY_INFORMATION;
typedef struct _REG_CALLBACK_CONTEXT_CLEANUP_INFORMATION {
  PVOID Object;
  PVOID ObjectContext;
  PVOID Reserved;
} REG_CALLBACK_CONTEXT_CLEANUP_INFORMATION,
    *PREG_CALLBACK_CONTEXT_CLEANUP_INFORMATION;
typedef struct _REG_QUERY_KEY_SECURITY_INFORMATION {
  PVOID Object;
  PULONG SecurityInformation;
  PSECURITY_DESCRIPTOR SecurityDescriptor;
  PULONG Length;
  PVOID CallContext;
  PVOID ObjectContext;
  PVOID Reserved;
} REG_QUERY_KEY_SECURITY_INFORMATION, *PREG_QUERY_KEY_SECURITY_INFORMATION;
typedef struct _REG_SET_KEY_SECURITY_INFORMATION {
  PVOID Object;
  PULONG SecurityInformation;
  PSECURITY_DESCRIPTOR SecurityDescriptor;
  PVOID CallContext;
  PVOID ObjectContext;
  PVOID Reserved;
} REG_SET_KEY_SECURITY_INFORMATION, *PREG_SET_KEY_SECURITY_INFORMATION;
typedef struct _REG_RESTORE_KEY_INFORMATION {
  PVOID Object;
  HANDLE FileHandle;
  ULONG Flags;
  PVOID CallContext;
  PVOID ObjectContext;
  PVOID Reserved;
} REG_RESTORE_KEY_INFORMATION, *PREG_RESTORE_KEY_INFORMATION;
typedef struct _REG_SAVE_KEY_INFORMATION {
  PVOID Object;
  HANDLE FileHandle;
  ULONG Format;
  PVOID CallContext;
  PVOID ObjectContext;
  PVOID Reserved;
} REG_SAVE_KEY_INFORMATION, *PREG_SAVE_KEY_INFORMATION;
typedef struct _REG_REPLACE_KEY_INFORMATION {
  PVOID Object;
  PUNICODE_STRING OldFileName;
  PUNICODE_STRING NewFileName;
  PVOID CallContext;
  PVOID ObjectContext;
  PVOID Reserved;
} REG_REPLACE_KEY_INFORMATION, *PREG_REPLACE_KEY_INFORMATION;

_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    CmRegisterCallback(_In_ PEX_CALLBACK_FUNCTION Function,
                       _In_opt_ PVOID Context, _Out_ PLARGE_INTEGER Cookie);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    CmRegisterCallbackEx(_In_ PEX_CALLBACK_FUNCTION Function,
                         _In_ PCUNICODE_STRING Altitude, _In_ PVOID Driver,
                         _In_opt_ PVOID Context, _Out_ PLARGE_INTEGER Cookie,
                         _Reserved_ PVOID Reserved);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    CmUnRegisterCallback(_In_ LARGE_INTEGER Cookie);
_IRQL_requires_max_(APC_LEVEL) VOID
    CmGetCallbackVersion(_Out_opt_ PULONG Major, _Out_opt_ PULONG Minor);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    CmSetCallbackObjectContext(_Inout_ PVOID Object, _In_ PLARGE_INTEGER Cookie,
                               _In_ PVOID NewContext,
                               _Out_opt_ PVOID *OldContext);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    CmCallbackGetKeyObjectID(_In_ PLARGE_INTEGER Cookie, _In_ PVOID Object,
                             _Out_opt_ PULONG_PTR ObjectID,
                             _Outptr_opt_ PCUNICODE_STRING *ObjectName);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    CmCallbackGetKeyObjectIDEx(_In_ PLARGE_INTEGER Cookie, _In_ PVOID Object,
                               _Out_opt_ PULONG_PTR ObjectID,
                               _Outptr_opt_ PCUNICODE_STRING *ObjectName,
                               _In_ ULONG Flags);
_IRQL_requires_max_(APC_LEVEL) VOID
    CmCallbackReleaseKeyObjectIDEx(_In_ PCUNICODE_STRING ObjectName);
_IRQL_requires_max_(APC_LEVEL) PVOID
    CmGetBoundTransaction(_In_ PLARGE_INTEGER Cookie, _In_ PVOID Object);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    ZwDeleteValueKey(_In_ HANDLE KeyHandle, _In_ PUNICODE_STRING ValueName);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    ZwQueryKey(_In_ HANDLE KeyHandle,
               _In_ KEY_INFORMATION_CLASS KeyInformationClass,
               _Out_writes_bytes_opt_(Length) PVOID KeyInformation,
               _In_ ULONG Length, _Out_ PULONG ResultLength);

/* ---- the kernel transaction manager (KTM) ---- */
typedef struct _KTRANSACTION *PKTRANSACTION;
typedef struct _KENLISTMENT *PKENLISTMENT;
typedef struct _KRESOURCEMANAGER *PKRESOURCEMANAGER;
typedef struct _KTM *PKTM;
typedef ULONG NOTIFICATION_MASK;
extern POBJECT_TYPE *TmTransactionManagerObjectType;
extern POBJECT_TYPE *TmResourceManagerObjectType;
extern POBJECT_TYPE *TmTransactionObjectType;
extern POBJECT_TYPE *TmEnlistmentObjectType;
#define TRANSACTION_QUERY_INFORMATION 0x0001
#define TRANSACTION_SET_INFORMATION 0x0002
#define TRANSACTION_ENLIST 0x0004
#define TRANSACTION_COMMIT 0x0008
#define TRANSACTION_ROLLBACK 0x0010
#define TRANSACTION_PROPAGATE 0x0020
#define TRANSACTION_RIGHT_RESERVED1 0x0040
#define TRANSACTION_ALL_ACCESS                                                 \
  (STANDARD_RIGHTS_REQUIRED | TRANSACTION_QUERY_INFORMATION |                  \
   TRANSACTION_SET_INFORMATION | TRANSACTION_ENLIST | TRANSACTION_COMMIT |     \
   TRANSACTION_ROLLBACK | TRANSACTION_PROPAGATE)
#define TRANSACTIONMANAGER_QUERY_INFORMATION 0x0001
#define TRANSACTIONMANAGER_SET_INFORMATION 0x0002
#define TRANSACTIONMANAGER_RECOVER 0x0004
#define TRANSACTIONMANAGER_RENAME 0x0008
#define TRANSACTIONMANAGER_CREATE_RM 0x0010
#define TRANSACTIONMANAGER_BIND_TRANSACTION 0x0020
#define TRANSACTIONMANAGER_ALL_ACCESS                                          \
  (STANDARD_RIGHTS_REQUIRED | TRANSACTIONMANAGER_QUERY_INFORMATION |           \
   TRANSACTIONMANAGER_SET_INFORMATION | TRANSACTIONMANAGER_RECOVER |           \
   TRANSACTIONMANAGER_RENAME | TRANSACTIONMANAGER_CREATE_RM |                  \
   TRANSACTIONMANAGER_BIND_TRANSACTION)
#define RESOURCEMANAGER_QUERY_INFORMATION 0x0001
#define RESOURCEMANAGER_SET_INFORMATION 0x0002
#define RESOURCEMANAGER_RECOVER 0x0004
#define RESOURCEMANAGER_ENLIST 0x0008
#define RESOURCEMANAGER_GET_NOTIFICATION 0x0010
#define RESOURCEMANAGER_REGISTER_PROTOCOL 0x0020
#define RESOURCEMANAGER_COMPLETE_PROPAGATION 0x0040
#define RESOURCEMANAGER_ALL_ACCESS                                             \
  (STANDARD_RIGHTS_REQUIRED | RESOURCEMANAGER_QUERY_INFORMATION |              \
   RESOURCEMANAGER_SET_INFORMATION | RESOURCEMANAGER_RECOVER |                 \
   RESOURCEMANAGER_ENLIST | RESOURCEMANAGER_GET_NOTIFICATION |                 \
   RESOURCEMANAGER_REGISTER_PROTOCOL | RESOURCEMANAGER_COMPLETE_PROPAGATION)
#define ENLISTMENT_QUERY_INFORMATION 0x0001
#define ENLISTMENT_SET_INFORMATION 0x0002
#define ENLISTMENT_RECOVER 0x0004
#define ENLISTMENT_SUBORDINATE_RIGHTS 0x0008
#define ENLISTMENT_SUPERIOR_RIGHTS 0x0010
#define ENLISTMENT_ALL_ACCESS                                                  \
  (STANDARD_RIGHTS_REQUIRED | ENLISTMENT_QUERY_INFORMATION |                   \
   ENLISTMENT_SET_INFORMATION | ENLISTMENT_RECOVER |                           \
   ENLISTMENT_SUBORDINATE_RIGHTS | ENLISTMENT_SUPERIOR_RIGHTS)
#define TRANSACTION_MANAGER_VOLATILE 0x00000001
#define TRANSACTION_MANAGER_COMMIT_DEFAULT 0x00000000
#define RESOURCE_MANAGER_VOLATILE 0x00000001
#define RESOURCE_MANAGER_COMMUNICATION 0x00000002
#define ENLISTMENT_SUPERIOR 0x00000001
#define TRANSACTION_NOTIFY_MASK 0x3FFFFFFF
#define TRANSACTION_NOTIFY_PREPREPARE 0x00000001
#define TRANSACTION_NOTIFY_PREPARE 0x00000002
#define TRANSACTION_NOTIFY_COMMIT 0x00000004
#define TRANSACTION_NOTIFY_ROLLBACK 0x00000008
#define TRANSACTION_NOTIFY_PREPREPARE_COMPLETE 0x00000010
#define TRANSACTION_NOTIFY_PREPARE_COMPLETE 0x00000020
#define TRANSACTION_NOTIFY_COMMIT_COMPLETE 0x00000040
#define TRANSACTION_NOTIFY_ROLLBACK_COMPLETE 0x00000080
#define TRANSACTION_NOTIFY_RECOVER 0x00000100
#define TRANSACTION_NOTIFY_SINGLE_PHASE_COMMIT 0x00000200
#define TRANSACTION_NOTIFY_DELEGATE_COMMIT 0x00000400
#define TRANSACTION_NOTIFY_RECOVER_QUERY 0x00000800
#define TRANSACTION_NOTIFY_ENLIST_PREPREPARE 0x00001000
#define TRANSACTION_NOTIFY_LAST_RECOVER 0x00002000
#define TRANSACTION_NOTIFY_INDOUBT 0x00004000
typedef NTSTATUS TM_RM_NOTIFICATION(_In_ PKENLISTMENT EnlistmentObject,
                                    _In_ PVOID RMContext,
                                    _In_ PVOID TransactionContext,
                                    _In_ ULONG TransactionNotification,
                                    _Inout_ PLARGE_INTEGER TmVirtualClock,
                                    _In_ ULONG ArgumentLength,
                                    _In_ PVOID Argument);
typedef TM_RM_NOTIFICATION *PTM_RM_NOTIFICATION;
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    ZwCreateTransactionManager(_Out_ PHANDLE TmHandle,
                               _In_ ACCESS_MASK DesiredAccess,
                               _In_opt_ POBJECT_ATTRIBUTES ObjectAttributes,
                               _In_opt_ PUNICODE_STRING LogFileName,
                               _In_opt_ ULONG CreateOptions,
                               _In_opt_ ULONG CommitStrength);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS ZwCreateResourceManager(
    _Out_ PHANDLE ResourceManagerHandle, _In_ ACCESS_MASK DesiredAccess,
    _In_ HANDLE TmHandle, _In_opt_ LPGUID ResourceManagerGuid,
    _In_opt_ POBJECT_ATTRIBUTES ObjectAttributes, _In_opt_ ULONG CreateOptions,
    _In_opt_ PUNICODE_STRING Description);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS ZwCreateTransaction(
    _Out_ PHANDLE TransactionHandle, _In_ ACCESS_MASK DesiredAccess,
    _In_opt_ POBJECT_ATTRIBUTES ObjectAttributes, _In_opt_ LPGUID Uow,
    _In_opt_ HANDLE TmHandle, _In_opt_ ULONG CreateOptions,
    _In_opt_ ULONG IsolationLevel, _In_opt_ ULONG IsolationFlags,
    _In_opt_ PLARGE_INTEGER Timeout, _In_opt_ PUNICODE_STRING Description);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS ZwCreateEnlistment(
    _Out_ PHANDLE EnlistmentHandle, _In_ ACCESS_MASK DesiredAccess,
    _In_ HANDLE ResourceManagerHandle, _In_ HANDLE TransactionHandle,
    _In_opt_ POBJECT_ATTRIBUTES ObjectAttributes, _In_opt_ ULONG CreateOptions,
    _In_ NOTIFICATION_MASK NotificationMask, _In_opt_ PVOID EnlistmentKey);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    ZwCommitTransaction(_In_ HANDLE TransactionHandle, _In_ BOOLEAN Wait);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    ZwRollbackTransaction(_In_ HANDLE TransactionHandle, _In_ BOOLEAN Wait);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS ZwCreateKeyTransacted(
    _Out_ PHANDLE KeyHandle, _In_ ACCESS_MASK DesiredAccess,
    _In_ POBJECT_ATTRIBUTES ObjectAttributes, _Reserved_ ULONG TitleIndex,
    _In_opt_ PUNICODE_STRING Class, _In_ ULONG CreateOptions,
    _In_ HANDLE TransactionHandle, _Out_opt_ PULONG Disposition);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    ZwOpenKeyTransacted(_Out_ PHANDLE KeyHandle, _In_ ACCESS_MASK DesiredAccess,
                        _In_ POBJECT_ATTRIBUTES ObjectAttributes,
                        _In_ HANDLE TransactionHandle);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    TmEnableCallbacks(_In_ PKRESOURCEMANAGER ResourceManager,
                      _In_ PTM_RM_NOTIFICATION CallbackRoutine,
                      _In_opt_ PVOID RMKey);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    TmCommitComplete(_In_ PKENLISTMENT Enlistment,
                     _In_opt_ PLARGE_INTEGER TmVirtualClock);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    TmRollbackComplete(_In_ PKENLISTMENT Enlistment,
                       _In_opt_ PLARGE_INTEGER TmVirtualClock);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    TmPrepareComplete(_In_ PKENLISTMENT Enlistment,
                      _In_opt_ PLARGE_INTEGER TmVirtualClock);

/* ---- version checks (RtlVerifyVersionInfo and its condition masks) ---- */
#define VER_EQUAL 1
#define VER_GREATER 2
#define VER_GREATER_EQUAL 3
#define VER_LESS 4
#define VER_LESS_EQUAL 5
#define VER_AND 6
#define VER_OR 7
#define VER_MINORVERSION 0x0000001
#define VER_MAJORVERSION 0x0000002
#define VER_BUILDNUMBER 0x0000004
#define VER_PLATFORMID 0x0000008
#define VER_SERVICEPACKMINOR 0x0000010
#define VER_SERVICEPACKMAJOR 0x0000020
#define VER_SUITENAME 0x0000040
#define VER_PRODUCT_TYPE 0x0000080
#define VER_NT_WORKSTATION 0x0000001
#define VER_NT_DOMAIN_CONTROLLER 0x0000002
#define VER_NT_SERVER 0x0000003
ULONGLONG VerSetConditionMask(_In_ ULONGLONG ConditionMask, _In_ ULONG TypeMask,
                              _In_ UCHAR Condition);
#define VER_SET_CONDITION(_m_, _t_, _c_)                                       \
  ((_m_) = VerSetConditionMask((_m_), (_t_), (_c_)))
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlVerifyVersionInfo(_In_ PRTL_OSVERSIONINFOEXW VersionInfo,
                         _In_ ULONG TypeMask, _In_ ULONGLONG ConditionMask);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS ExUuidCreate(_Out_ UUID *Uuid);

/* ---- begin: kernel declarations the NDIS samples need ---- */
/* Processor groups: the KeXxx processor routines the NDIS processor
 * macros expand to. */
#define ALL_PROCESSOR_GROUPS 0xffff
_IRQL_requires_max_(HIGH_LEVEL) ULONG
    KeGetCurrentProcessorNumberEx(PPROCESSOR_NUMBER ProcNumber);
_IRQL_requires_max_(HIGH_LEVEL) ULONG
    KeQueryActiveProcessorCountEx(USHORT GroupNumber);
_IRQL_requires_max_(HIGH_LEVEL) ULONG
    KeQueryMaximumProcessorCountEx(USHORT GroupNumber);
_IRQL_requires_max_(HIGH_LEVEL) USHORT KeQueryActiveGroupCount(VOID);
_IRQL_requires_max_(HIGH_LEVEL) USHORT KeQueryMaximumGroupCount(VOID);
_IRQL_requires_max_(HIGH_LEVEL) KAFFINITY
    KeQueryGroupAffinity(USHORT GroupNumber);
ULONG KeGetCurrentProcessorIndex(VOID);
_IRQL_requires_max_(HIGH_LEVEL) ULONG
    KeGetProcessorIndexFromNumber(PPROCESSOR_NUMBER ProcNumber);
_IRQL_requires_max_(HIGH_LEVEL) NTSTATUS
    KeGetProcessorNumberFromIndex(ULONG ProcIndex,
                                  PPROCESSOR_NUMBER ProcNumber);
/* The lookaside allocate/free callback types drivers declare their
 * routines with (PALLOCATE_FUNCTION / PFREE_FUNCTION point to them). */
typedef PVOID ALLOCATE_FUNCTION(POOL_TYPE PoolType, SIZE_T NumberOfBytes,
                                ULONG Tag);
typedef VOID FREE_FUNCTION(PVOID Buffer);
/* Alignment helpers (ALIGN_UP takes a type, the _POINTER_ forms a
 * pointer) and the bit-scan routines netvmini uses. */
#define ALIGN_DOWN(length, type) ALIGN_DOWN_BY(length, sizeof(type))
#define ALIGN_UP(length, type) ALIGN_UP_BY(length, sizeof(type))
#define ALIGN_DOWN_POINTER_BY(address, alignment)                              \
  ((PVOID)((ULONG_PTR)(address) & ~((ULONG_PTR)(alignment) - 1)))
#define ALIGN_UP_POINTER_BY(address, alignment)                                \
  (ALIGN_DOWN_POINTER_BY(((ULONG_PTR)(address) + (alignment) - 1), alignment))
#define ALIGN_DOWN_POINTER(address, type)                                      \
  ALIGN_DOWN_POINTER_BY(address, sizeof(type))
#define ALIGN_UP_POINTER(address, type)                                        \
  ALIGN_UP_POINTER_BY(address, sizeof(type))
_IRQL_requires_max_(HIGH_LEVEL) CCHAR RtlFindLeastSignificantBit(ULONGLONG Set);
_IRQL_requires_max_(HIGH_LEVEL) CCHAR RtlFindMostSignificantBit(ULONGLONG Set);
_IRQL_requires_max_(HIGH_LEVEL) CCHAR
    RtlNumberOfSetBitsUlongPtr(ULONG_PTR Target);
/* DPC watchdog and DPC targeting */
typedef struct _KDPC_WATCHDOG_INFORMATION {
  ULONG DpcTimeLimit;
  ULONG DpcTimeCount;
  ULONG DpcWatchdogLimit;
  ULONG DpcWatchdogCount;
  ULONG Reserved;
} KDPC_WATCHDOG_INFORMATION, *PKDPC_WATCHDOG_INFORMATION;
_IRQL_requires_min_(DISPATCH_LEVEL) _IRQL_requires_max_(HIGH_LEVEL) NTSTATUS
    KeQueryDpcWatchdogInformation(
        PKDPC_WATCHDOG_INFORMATION WatchdogInformation);
_IRQL_requires_max_(HIGH_LEVEL) NTSTATUS
    KeSetTargetProcessorDpcEx(PKDPC Dpc, PPROCESSOR_NUMBER ProcNumber);
/* SAL: a deliberate fall-through between switch cases */
#ifndef __fallthrough
#define __fallthrough
#endif
/* ---- end: kernel declarations the NDIS samples need ---- */

/* ---- added for filesys ---- */
/* The parts of wdm.h (and ntdef.h, which it includes) that file systems and
 * minifilters use: object and file-object layouts, create options and
 * results, security contexts, transactions and extra create parameters. */
#ifndef NOTHING
#define NOTHING
#endif
typedef ULONG CLONG;
typedef struct _LUID {
  ULONG LowPart;
  LONG HighPart;
} LUID, *PLUID;
#define OBJ_NAME_PATH_SEPARATOR ((WCHAR)L'\\')
#define MAXIMUM_VOLUME_LABEL_LENGTH (32 * sizeof(WCHAR))

/* the volume parameter block that ties a mounted volume to its device */
#define VPB_MOUNTED 0x00000001
#define VPB_LOCKED 0x00000002
#define VPB_PERSISTENT 0x00000004
#define VPB_REMOVE_PENDING 0x00000008
#define VPB_RAW_MOUNT 0x00000010
#define VPB_DIRECT_WRITES_ALLOWED 0x00000020
typedef struct _VPB {
  CSHORT Type;
  CSHORT Size;
  USHORT Flags;
  USHORT VolumeLabelLength;
  struct _DEVICE_OBJECT *DeviceObject;
  struct _DEVICE_OBJECT *RealDevice;
  ULONG SerialNumber;
  ULONG ReferenceCount;
  WCHAR VolumeLabel[MAXIMUM_VOLUME_LABEL_LENGTH / sizeof(WCHAR)];
} VPB;

typedef struct _SECTION_OBJECT_POINTERS {
  PVOID DataSectionObject;
  PVOID SharedCacheMap;
  PVOID ImageSectionObject;
} SECTION_OBJECT_POINTERS;

/* security: what a create request carries */
typedef ULONG SECURITY_INFORMATION, *PSECURITY_INFORMATION;
#define OWNER_SECURITY_INFORMATION 0x00000001L
#define GROUP_SECURITY_INFORMATION 0x00000002L
#define DACL_SECURITY_INFORMATION 0x00000004L
#define SACL_SECURITY_INFORMATION 0x00000008L
#define LABEL_SECURITY_INFORMATION 0x00000010L
typedef PVOID PACCESS_TOKEN;
typedef enum _SECURITY_IMPERSONATION_LEVEL {
  SecurityAnonymous,
  SecurityIdentification,
  SecurityImpersonation,
  SecurityDelegation
} SECURITY_IMPERSONATION_LEVEL,
    *PSECURITY_IMPERSONATION_LEVEL;
typedef BOOLEAN SECURITY_CONTEXT_TRACKING_MODE;
typedef struct _SECURITY_QUALITY_OF_SERVICE {
  ULONG Length;
  SECURITY_IMPERSONATION_LEVEL ImpersonationLevel;
  SECURITY_CONTEXT_TRACKING_MODE ContextTrackingMode;
  BOOLEAN EffectiveOnly;
} SECURITY_QUALITY_OF_SERVICE, *PSECURITY_QUALITY_OF_SERVICE;
typedef struct _SECURITY_SUBJECT_CONTEXT {
  PACCESS_TOKEN ClientToken;
  SECURITY_IMPERSONATION_LEVEL ImpersonationLevel;
  PACCESS_TOKEN PrimaryToken;
  PVOID ProcessAuditId;
} SECURITY_SUBJECT_CONTEXT, *PSECURITY_SUBJECT_CONTEXT;
typedef struct _GENERIC_MAPPING {
  ACCESS_MASK GenericRead;
  ACCESS_MASK GenericWrite;
  ACCESS_MASK GenericExecute;
  ACCESS_MASK GenericAll;
} GENERIC_MAPPING, *PGENERIC_MAPPING;
typedef struct _LUID_AND_ATTRIBUTES {
  LUID Luid;
  ULONG Attributes;
} LUID_AND_ATTRIBUTES, *PLUID_AND_ATTRIBUTES;
#define SE_PRIVILEGE_ENABLED_BY_DEFAULT (0x00000001L)
#define SE_PRIVILEGE_ENABLED (0x00000002L)
#define SE_PRIVILEGE_USED_FOR_ACCESS (0x80000000L)
#define PRIVILEGE_SET_ALL_NECESSARY (1)
typedef struct _PRIVILEGE_SET {
  ULONG PrivilegeCount;
  ULONG Control;
  LUID_AND_ATTRIBUTES Privilege[ANYSIZE_ARRAY];
} PRIVILEGE_SET, *PPRIVILEGE_SET;
#define INITIAL_PRIVILEGE_COUNT 3
typedef struct _INITIAL_PRIVILEGE_SET {
  ULONG PrivilegeCount;
  ULONG Control;
  LUID_AND_ATTRIBUTES Privilege[INITIAL_PRIVILEGE_COUNT];
} INITIAL_PRIVILEGE_SET, *PINITIAL_PRIVILEGE_SET;
typedef struct _ACCESS_STATE {
  LUID OperationID;
  BOOLEAN SecurityEvaluated;
  BOOLEAN GenerateAudit;
  BOOLEAN GenerateOnClose;
  BOOLEAN PrivilegesAllocated;
  ULONG Flags;
  ACCESS_MASK RemainingDesiredAccess;
  ACCESS_MASK PreviouslyGrantedAccess;
  ACCESS_MASK OriginalDesiredAccess;
  SECURITY_SUBJECT_CONTEXT SubjectSecurityContext;
  PSECURITY_DESCRIPTOR SecurityDescriptor;
  PVOID AuxData;
  union {
    INITIAL_PRIVILEGE_SET InitialPrivilegeSet;
    PRIVILEGE_SET PrivilegeSet;
  } Privileges;
  BOOLEAN AuditPrivileges;
  UNICODE_STRING ObjectName;
  UNICODE_STRING ObjectTypeName;
} ACCESS_STATE;
typedef struct _IO_SECURITY_CONTEXT {
  PSECURITY_QUALITY_OF_SERVICE SecurityQos;
  PACCESS_STATE AccessState;
  ACCESS_MASK DesiredAccess;
  ULONG FullCreateOptions;
} IO_SECURITY_CONTEXT;

/* file object flags */
#define FO_FILE_OPEN 0x00000001
#define FO_SYNCHRONOUS_IO 0x00000002
#define FO_ALERTABLE_IO 0x00000004
#define FO_NO_INTERMEDIATE_BUFFERING 0x00000008
#define FO_WRITE_THROUGH 0x00000010
#define FO_SEQUENTIAL_ONLY 0x00000020
#define FO_CACHE_SUPPORTED 0x00000040
#define FO_NAMED_PIPE 0x00000080
#define FO_STREAM_FILE 0x00000100
#define FO_MAILSLOT 0x00000200
#define FO_GENERATE_AUDIT_ON_CLOSE 0x00000400
#define FO_QUEUE_IRP_TO_THREAD FO_GENERATE_AUDIT_ON_CLOSE
#define FO_DIRECT_DEVICE_OPEN 0x00000800
#define FO_FILE_MODIFIED 0x00001000
#define FO_FILE_SIZE_CHANGED 0x00002000
#define FO_CLEANUP_COMPLETE 0x00004000
#define FO_TEMPORARY_FILE 0x00008000
#define FO_DELETE_ON_CLOSE 0x00010000
#define FO_OPENED_CASE_SENSITIVE 0x00020000
#define FO_HANDLE_CREATED 0x00040000
#define FO_FILE_FAST_IO_READ 0x00080000
#define FO_RANDOM_ACCESS 0x00100000
#define FO_FILE_OPEN_CANCELLED 0x00200000
#define FO_VOLUME_OPEN 0x00400000
#define FO_REMOTE_ORIGIN 0x01000000
#define FO_SKIP_COMPLETION_PORT 0x02000000
#define FO_SKIP_SET_EVENT 0x04000000
#define FO_SKIP_SET_FAST_IO 0x08000000

/* create options and results beyond those above */
#define FILE_CREATE_TREE_CONNECTION 0x00000080
#define FILE_COMPLETE_IF_OPLOCKED 0x00000100
#define FILE_NO_EA_KNOWLEDGE 0x00000200
#define FILE_OPEN_REMOTE_INSTANCE 0x00000400
#define FILE_RANDOM_ACCESS 0x00000800
#define FILE_DELETE_ON_CLOSE 0x00001000
#define FILE_OPEN_BY_FILE_ID 0x00002000
#define FILE_OPEN_FOR_BACKUP_INTENT 0x00004000
#define FILE_NO_COMPRESSION 0x00008000
#define FILE_OPEN_REQUIRING_OPLOCK 0x00010000
#define FILE_DISALLOW_EXCLUSIVE 0x00020000
#define FILE_SESSION_AWARE 0x00040000
#define FILE_RESERVE_OPFILTER 0x00100000
#define FILE_OPEN_REPARSE_POINT 0x00200000
#define FILE_OPEN_NO_RECALL 0x00400000
#define FILE_OPEN_FOR_FREE_SPACE_QUERY 0x00800000
#define FILE_VALID_OPTION_FLAGS 0x00ffffff
#define FILE_VALID_PIPE_OPTION_FLAGS 0x00000032
#define FILE_VALID_MAILSLOT_OPTION_FLAGS 0x00000032
#define FILE_VALID_SET_FLAGS 0x00000036
#define FILE_MAXIMUM_DISPOSITION 0x00000005
#define FILE_SUPERSEDED 0x00000000
#define FILE_OVERWRITTEN 0x00000003
#define FILE_EXISTS 0x00000004
#define FILE_DOES_NOT_EXIST 0x00000005
#define FILE_WRITE_TO_END_OF_FILE 0xffffffff
#define FILE_USE_FILE_POINTER_POSITION 0xfffffffe
#define FILE_ATTRIBUTE_DEVICE 0x00000040
#define FILE_ATTRIBUTE_SPARSE_FILE 0x00000200
#define FILE_ATTRIBUTE_REPARSE_POINT 0x00000400
#define FILE_ATTRIBUTE_COMPRESSED 0x00000800
#define FILE_ATTRIBUTE_OFFLINE 0x00001000
#define FILE_ATTRIBUTE_NOT_CONTENT_INDEXED 0x00002000
#define FILE_ATTRIBUTE_ENCRYPTED 0x00004000
#define FILE_ATTRIBUTE_INTEGRITY_STREAM 0x00008000
#define FILE_ATTRIBUTE_VIRTUAL 0x00010000
#define FILE_ATTRIBUTE_NO_SCRUB_DATA 0x00020000
#define FILE_ATTRIBUTE_VALID_FLAGS 0x00007fb7
#define FILE_ATTRIBUTE_VALID_SET_FLAGS 0x000031a7
#define FILE_DELETE_CHILD (0x0040)
#define FILE_READ_ONLY_VOLUME 0x00080000

/* the two information classes wdm.h itself defines */
typedef struct _FILE_BASIC_INFORMATION {
  LARGE_INTEGER CreationTime;
  LARGE_INTEGER LastAccessTime;
  LARGE_INTEGER LastWriteTime;
  LARGE_INTEGER ChangeTime;
  ULONG FileAttributes;
} FILE_BASIC_INFORMATION, *PFILE_BASIC_INFORMATION;
typedef struct _FILE_NETWORK_OPEN_INFORMATION {
  LARGE_INTEGER CreationTime;
  LARGE_INTEGER LastAccessTime;
  LARGE_INTEGER LastWriteTime;
  LARGE_INTEGER ChangeTime;
  LARGE_INTEGER AllocationSize;
  LARGE_INTEGER EndOfFile;
  ULONG FileAttributes;
} FILE_NETWORK_OPEN_INFORMATION, *PFILE_NETWORK_OPEN_INFORMATION;
typedef PVOID PVOID64;
typedef union _FILE_SEGMENT_ELEMENT {
  PVOID64 Buffer;
  ULONGLONG Alignment;
} FILE_SEGMENT_ELEMENT, *PFILE_SEGMENT_ELEMENT;

/* minor functions and stack-location flags of the file system requests */
#define IRP_MN_QUERY_DIRECTORY 0x01
#define IRP_MN_NOTIFY_CHANGE_DIRECTORY 0x02
#define IRP_MN_NOTIFY_CHANGE_DIRECTORY_EX 0x03
#define IRP_MN_USER_FS_REQUEST 0x00
#define IRP_MN_MOUNT_VOLUME 0x01
#define IRP_MN_VERIFY_VOLUME 0x02
#define IRP_MN_LOAD_FILE_SYSTEM 0x03
#define IRP_MN_TRACK_LINK 0x04
#define IRP_MN_KERNEL_CALL 0x04
#define IRP_MN_LOCK 0x01
#define IRP_MN_UNLOCK_SINGLE 0x02
#define IRP_MN_UNLOCK_ALL 0x03
#define IRP_MN_UNLOCK_ALL_BY_KEY 0x04
#define IRP_MN_FLUSH_AND_PURGE 0x01
#define IRP_MN_FLUSH_DATA_ONLY 0x02
#define IRP_MN_FLUSH_NO_SYNC 0x03
#define IRP_MN_FLUSH_DATA_SYNC_ONLY 0x04
#define IRP_MN_NORMAL 0x00
#define IRP_MN_DPC 0x01
#define IRP_MN_MDL 0x02
#define IRP_MN_COMPLETE 0x04
#define IRP_MN_COMPRESSED 0x08
#define IRP_MN_MDL_DPC (IRP_MN_MDL | IRP_MN_DPC)
#define IRP_MN_COMPLETE_MDL (IRP_MN_COMPLETE | IRP_MN_MDL)
#define IRP_MN_COMPLETE_MDL_DPC (IRP_MN_COMPLETE_MDL | IRP_MN_DPC)
#define SL_STOP_ON_SYMLINK 0x08
#define SL_IGNORE_READONLY_ATTRIBUTE 0x40
#define SL_KEY_SPECIFIED 0x01
#define SL_OVERRIDE_VERIFY_VOLUME 0x02
#define SL_WRITE_THROUGH 0x04
#define SL_FT_SEQUENTIAL_WRITE 0x08
#define SL_FORCE_DIRECT_WRITE 0x10
#define SL_REALTIME_STREAM 0x20
#define SL_PERSISTENT_MEMORY_FIXED_MAPPING 0x20
#define SL_READ_ACCESS_GRANTED 0x01
#define SL_WRITE_ACCESS_GRANTED 0x04
#define SL_FAIL_IMMEDIATELY 0x01
#define SL_EXCLUSIVE_LOCK 0x02
#define SL_RESTART_SCAN 0x01
#define SL_RETURN_SINGLE_ENTRY 0x02
#define SL_INDEX_SPECIFIED 0x04
#define SL_RETURN_ON_DISK_ENTRIES_ONLY 0x08
#define SL_NO_CURSOR_UPDATE 0x10
#define SL_WATCH_TREE 0x01
#define SL_ALLOW_RAW_MOUNT 0x01
#define SL_BYPASS_ACCESS_CHECK 0x01

/* status values of the file systems and the filter manager */
#define STATUS_OPLOCK_BREAK_IN_PROGRESS ((NTSTATUS)0x00000108L)
#define STATUS_NOTIFY_CLEANUP ((NTSTATUS)0x0000010BL)
#define STATUS_NOTIFY_ENUM_DIR ((NTSTATUS)0x0000010CL)
#define STATUS_FILE_LOCKED_WITH_ONLY_READERS ((NTSTATUS)0x0000012AL)
#define STATUS_FILE_LOCKED_WITH_WRITERS ((NTSTATUS)0x0000012BL)
#define STATUS_FSFILTER_OP_COMPLETED_SUCCESSFULLY ((NTSTATUS)0x00000126L)
#define STATUS_VERIFY_REQUIRED ((NTSTATUS)0x80000016L)
#define STATUS_NO_EAS_ON_FILE ((NTSTATUS)0xC0000052L)
#define STATUS_EA_TOO_LARGE ((NTSTATUS)0xC0000050L)
#define STATUS_NONEXISTENT_EA_ENTRY ((NTSTATUS)0xC0000051L)
#define STATUS_INVALID_EA_FLAG ((NTSTATUS)0x80000015L)
#define STATUS_EA_LIST_INCONSISTENT ((NTSTATUS)0x80000014L)
#define STATUS_INVALID_EA_NAME ((NTSTATUS)0x80000013L)
#define STATUS_EA_CORRUPT_ERROR ((NTSTATUS)0xC0000053L)
#define STATUS_EAS_NOT_SUPPORTED ((NTSTATUS)0xC000004FL)
#define STATUS_FILE_LOCK_CONFLICT ((NTSTATUS)0xC0000054L)
#define STATUS_LOCK_NOT_GRANTED ((NTSTATUS)0xC0000055L)
#define STATUS_RANGE_NOT_LOCKED ((NTSTATUS)0xC000007EL)
#define STATUS_NOT_LOCKED ((NTSTATUS)0xC000002AL)
#define STATUS_OBJECT_PATH_INVALID ((NTSTATUS)0xC0000039L)
#define STATUS_OBJECT_PATH_SYNTAX_BAD ((NTSTATUS)0xC000003BL)
#define STATUS_DISK_FULL ((NTSTATUS)0xC000007FL)
#define STATUS_WRONG_VOLUME ((NTSTATUS)0xC0000012L)
#define STATUS_UNRECOGNIZED_VOLUME ((NTSTATUS)0xC000014FL)
#define STATUS_FILE_INVALID ((NTSTATUS)0xC0000098L)
#define STATUS_FILE_CORRUPT_ERROR ((NTSTATUS)0xC0000102L)
#define STATUS_DISK_CORRUPT_ERROR ((NTSTATUS)0xC0000032L)
#define STATUS_FILE_DELETED ((NTSTATUS)0xC0000123L)
#define STATUS_FILE_CLOSED ((NTSTATUS)0xC0000128L)
#define STATUS_CANNOT_DELETE ((NTSTATUS)0xC0000121L)
#define STATUS_DIRECTORY_NOT_EMPTY ((NTSTATUS)0xC0000101L)
#define STATUS_CANT_WAIT ((NTSTATUS)0xC00000D8L)
#define STATUS_TOO_LATE ((NTSTATUS)0xC0000189L)
#define STATUS_USER_MAPPED_FILE ((NTSTATUS)0xC0000243L)
#define STATUS_PURGE_FAILED ((NTSTATUS)0xC0000435L)
#define STATUS_UNABLE_TO_DELETE_SECTION ((NTSTATUS)0xC000001BL)
#define STATUS_VOLUME_DISMOUNTED ((NTSTATUS)0xC000026EL)
#define STATUS_SYSTEM_SHUTDOWN ((NTSTATUS)0xC00002EBL)
#define STATUS_UNMAPPABLE_CHARACTER ((NTSTATUS)0xC0000162L)
#define STATUS_INVALID_VOLUME_LABEL ((NTSTATUS)0xC0000086L)
#define STATUS_OBJECTID_NOT_FOUND ((NTSTATUS)0xC00002F0L)
#define STATUS_VIRUS_INFECTED ((NTSTATUS)0xC0000906L)
#define STATUS_NOT_A_REPARSE_POINT ((NTSTATUS)0xC0000275L)
#define STATUS_REPARSE_POINT_NOT_RESOLVED ((NTSTATUS)0xC0000280L)
#define STATUS_MEDIA_CHANGED ((NTSTATUS)0x8000001CL)
#define STATUS_NO_MEDIA ((NTSTATUS)0xC0000178L)
#define STATUS_FILE_SYSTEM_LIMITATION ((NTSTATUS)0xC0000427L)
#define STATUS_FILE_TOO_LARGE ((NTSTATUS)0xC0000904L)
#define STATUS_OPLOCK_NOT_GRANTED ((NTSTATUS)0xC00000E2L)
#define STATUS_INVALID_OPLOCK_PROTOCOL ((NTSTATUS)0xC00000E3L)
#define STATUS_CANNOT_BREAK_OPLOCK ((NTSTATUS)0xC0000909L)
#define STATUS_FLT_NO_HANDLER_DEFINED ((NTSTATUS)0xC01C0001L)
#define STATUS_FLT_CONTEXT_ALREADY_DEFINED ((NTSTATUS)0xC01C0002L)
#define STATUS_FLT_INVALID_ASYNCHRONOUS_REQUEST ((NTSTATUS)0xC01C0003L)
#define STATUS_FLT_DISALLOW_FAST_IO ((NTSTATUS)0xC01C0004L)
#define STATUS_FLT_INVALID_NAME_REQUEST ((NTSTATUS)0xC01C0005L)
#define STATUS_FLT_NOT_SAFE_TO_POST_OPERATION ((NTSTATUS)0xC01C0006L)
#define STATUS_FLT_NOT_INITIALIZED ((NTSTATUS)0xC01C0007L)
#define STATUS_FLT_FILTER_NOT_READY ((NTSTATUS)0xC01C0008L)
#define STATUS_FLT_POST_OPERATION_CLEANUP ((NTSTATUS)0xC01C0009L)
#define STATUS_FLT_INTERNAL_ERROR ((NTSTATUS)0xC01C000AL)
#define STATUS_FLT_DELETING_OBJECT ((NTSTATUS)0xC01C000BL)
#define STATUS_FLT_MUST_BE_NONPAGED_POOL ((NTSTATUS)0xC01C000CL)
#define STATUS_FLT_DUPLICATE_ENTRY ((NTSTATUS)0xC01C000DL)
#define STATUS_FLT_CBDQ_DISABLED ((NTSTATUS)0xC01C000EL)
#define STATUS_FLT_DO_NOT_ATTACH ((NTSTATUS)0xC01C000FL)
#define STATUS_FLT_DO_NOT_DETACH ((NTSTATUS)0xC01C0010L)
#define STATUS_FLT_INSTANCE_ALTITUDE_COLLISION ((NTSTATUS)0xC01C0011L)
#define STATUS_FLT_INSTANCE_NAME_COLLISION ((NTSTATUS)0xC01C0012L)
#define STATUS_FLT_FILTER_NOT_FOUND ((NTSTATUS)0xC01C0013L)
#define STATUS_FLT_VOLUME_NOT_FOUND ((NTSTATUS)0xC01C0014L)
#define STATUS_FLT_INSTANCE_NOT_FOUND ((NTSTATUS)0xC01C0015L)
#define STATUS_FLT_CONTEXT_ALLOCATION_NOT_FOUND ((NTSTATUS)0xC01C0016L)
#define STATUS_FLT_INVALID_CONTEXT_REGISTRATION ((NTSTATUS)0xC01C0017L)
#define STATUS_FLT_NAME_CACHE_MISS ((NTSTATUS)0xC01C0018L)
#define STATUS_FLT_NO_DEVICE_OBJECT ((NTSTATUS)0xC01C0019L)
#define STATUS_FLT_VOLUME_ALREADY_MOUNTED ((NTSTATUS)0xC01C001AL)
#define STATUS_FLT_ALREADY_ENLISTED ((NTSTATUS)0xC01C001BL)
#define STATUS_FLT_CONTEXT_ALREADY_LINKED ((NTSTATUS)0xC01C001CL)
#define STATUS_FLT_NO_WAITER_FOR_REPLY ((NTSTATUS)0xC01C0020L)
#define STATUS_FLT_REGISTRATION_BUSY ((NTSTATUS)0xC01C0023L)

/* transactions (KTM) and extra create parameters, opaque to drivers */
typedef struct _KTRANSACTION KTRANSACTION, *PKTRANSACTION, *PRKTRANSACTION;
typedef struct _KENLISTMENT KENLISTMENT, *PKENLISTMENT, *PRKENLISTMENT;
typedef struct _KRESOURCEMANAGER KRESOURCEMANAGER, *PKRESOURCEMANAGER;
typedef ULONG NOTIFICATION_MASK;
#define TRANSACTION_NOTIFY_PREPREPARE 0x00000001
#define TRANSACTION_NOTIFY_PREPARE 0x00000002
#define TRANSACTION_NOTIFY_COMMIT 0x00000004
#define TRANSACTION_NOTIFY_ROLLBACK 0x00000008
#define TRANSACTION_NOTIFY_PREPREPARE_COMPLETE 0x00000010
#define TRANSACTION_NOTIFY_PREPARE_COMPLETE 0x00000020
#define TRANSACTION_NOTIFY_COMMIT_COMPLETE 0x00000040
#define TRANSACTION_NOTIFY_ROLLBACK_COMPLETE 0x00000080
#define TRANSACTION_NOTIFY_COMMIT_FINALIZE 0x40000000
typedef struct _ECP_LIST ECP_LIST, *PECP_LIST;
typedef struct _ECP_HEADER ECP_HEADER, *PECP_HEADER;
typedef struct _TXN_PARAMETER_BLOCK {
  USHORT Length;
  USHORT TxFsContext;
  PVOID TransactionObject;
} TXN_PARAMETER_BLOCK, *PTXN_PARAMETER_BLOCK;
typedef struct _IO_DRIVER_CREATE_CONTEXT {
  CSHORT Size;
  struct _ECP_LIST *ExtraCreateParameter;
  PVOID DeviceObjectHint;
  PTXN_PARAMETER_BLOCK TxnParameters;
  PVOID SiloContext;
} IO_DRIVER_CREATE_CONTEXT, *PIO_DRIVER_CREATE_CONTEXT;
_IRQL_requires_max_(HIGH_LEVEL) FORCEINLINE VOID
    IoInitializeDriverCreateContext(PIO_DRIVER_CREATE_CONTEXT DriverContext) {
  RtlZeroMemory(DriverContext, sizeof(IO_DRIVER_CREATE_CONTEXT));
  DriverContext->Size = sizeof(IO_DRIVER_CREATE_CONTEXT);
}
_IRQL_requires_max_(APC_LEVEL) PTXN_PARAMETER_BLOCK
    IoGetTransactionParameterBlock(_In_ PFILE_OBJECT FileObject);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    ZwQueryInformationTransaction(_In_ HANDLE TransactionHandle,
                                  _In_ ULONG TransactionInformationClass,
                                  _Out_ PVOID TransactionInformation,
                                  _In_ ULONG TransactionInformationLength,
                                  _Out_opt_ PULONG ReturnLength);
typedef enum _TRANSACTION_INFORMATION_CLASS {
  TransactionBasicInformation,
  TransactionPropertiesInformation,
  TransactionEnlistmentInformation,
  TransactionSuperiorEnlistmentInformation
} TRANSACTION_INFORMATION_CLASS;
typedef struct _TRANSACTION_BASIC_INFORMATION {
  GUID TransactionId;
  ULONG State;
  ULONG Outcome;
} TRANSACTION_BASIC_INFORMATION, *PTRANSACTION_BASIC_INFORMATION;

/* the driver's registry keys (Windows 10 version 2004 and later) */
typedef enum _DRIVER_REGKEY_TYPE {
  DriverRegKeyParameters,
  DriverRegKeyPersistentState,
  DriverRegKeySharedPersistentState
} DRIVER_REGKEY_TYPE,
    *PDRIVER_REGKEY_TYPE;
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    IoOpenDriverRegistryKey(_In_ PDRIVER_OBJECT DriverObject,
                            _In_ DRIVER_REGKEY_TYPE RegKeyType,
                            _In_ ACCESS_MASK DesiredAccess, _In_ ULONG Flags,
                            _Out_ PHANDLE DriverRegKey);
_IRQL_requires_max_(APC_LEVEL) BOOLEAN IoIs32bitProcess(_In_opt_ PIRP Irp);
/* the stack limits of the current thread */
_IRQL_requires_max_(APC_LEVEL) ULONG_PTR IoGetRemainingStackSize(VOID);
_IRQL_requires_max_(APC_LEVEL) LOGICAL
    IoWithinStackLimits(_In_ ULONG_PTR RegionStart, _In_ SIZE_T RegionSize);
#define KERNEL_STACK_SIZE 0x6000
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    ZwOpenProcess(_Out_ PHANDLE ProcessHandle, _In_ ACCESS_MASK DesiredAccess,
                  _In_ POBJECT_ATTRIBUTES ObjectAttributes,
                  _In_opt_ PCLIENT_ID ClientId);
typedef enum _SECTION_INHERIT { ViewShare = 1, ViewUnmap = 2 } SECTION_INHERIT;
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    ZwMapViewOfSection(_In_ HANDLE SectionHandle, _In_ HANDLE ProcessHandle,
                       _Inout_ PVOID *BaseAddress, _In_ ULONG_PTR ZeroBits,
                       _In_ SIZE_T CommitSize,
                       _Inout_opt_ PLARGE_INTEGER SectionOffset,
                       _Inout_ PSIZE_T ViewSize,
                       _In_ SECTION_INHERIT InheritDisposition,
                       _In_ ULONG AllocationType, _In_ ULONG Win32Protect);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    ZwUnmapViewOfSection(_In_ HANDLE ProcessHandle, _In_opt_ PVOID BaseAddress);
typedef signed char SCHAR, *PSCHAR;
typedef ULONG LCID, *PLCID;
typedef struct _OBJECT_NAME_INFORMATION {
  UNICODE_STRING Name;
} OBJECT_NAME_INFORMATION, *POBJECT_NAME_INFORMATION;
typedef enum _IO_PRIORITY_HINT {
  IoPriorityVeryLow = 0,
  IoPriorityLow,
  IoPriorityNormal,
  IoPriorityHigh,
  IoPriorityCritical,
  MaxIoPriorityTypes
} IO_PRIORITY_HINT;
/* resources: waiter counts and owner hand-off */
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG
    ExGetExclusiveWaiterCount(_In_ PERESOURCE Resource);
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG
    ExGetSharedWaiterCount(_In_ PERESOURCE Resource);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    ExSetResourceOwnerPointer(_Inout_ PERESOURCE Resource,
                              _In_ PVOID OwnerPointer);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    ExSetResourceOwnerPointerEx(_Inout_ PERESOURCE Resource,
                                _In_ PVOID OwnerPointer, _In_ ULONG Flags);
#define FLAG_OWNER_POINTER_IS_THREAD 0x1
#define ExInitializeSListHead InitializeSListHead
_IRQL_requires_max_(HIGH_LEVEL) VOID
    ExLocalTimeToSystemTime(_In_ PLARGE_INTEGER LocalTime,
                            _Out_ PLARGE_INTEGER SystemTime);
/* running a routine on a larger stack */
typedef VOID EXPAND_STACK_CALLOUT(_In_opt_ PVOID Parameter);
typedef EXPAND_STACK_CALLOUT *PEXPAND_STACK_CALLOUT;
#define KERNEL_STACK_SIZE_MAXIMUM_SIZE (0x10000)
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    KeExpandKernelStackAndCallout(_In_ PEXPAND_STACK_CALLOUT Callout,
                                  _In_opt_ PVOID Parameter, _In_ SIZE_T Size);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    KeExpandKernelStackAndCalloutEx(_In_ PEXPAND_STACK_CALLOUT Callout,
                                    _In_opt_ PVOID Parameter, _In_ SIZE_T Size,
                                    _In_ BOOLEAN Wait, _In_opt_ PVOID Context);
/* 64-bit shifts (plain shifts on 64-bit targets) */
#define Int64ShllMod32(a, b) ((ULONGLONG)(a) << (b))
#define Int64ShraMod32(a, b) ((LONGLONG)(a) >> (b))
#define Int64ShrlMod32(a, b) ((ULONGLONG)(a) >> (b))
/* counted strings */
_IRQL_requires_max_(HIGH_LEVEL) FORCEINLINE VOID
    RtlInitEmptyUnicodeString(_Out_ PUNICODE_STRING UnicodeString,
                              _When_(BufferSize != 0, _Notnull_)
                                  _Writable_bytes_(BufferSize)
                                      __drv_aliasesMem PWCHAR Buffer,
                              _In_ USHORT BufferSize) {
  UnicodeString->Length = 0;
  UnicodeString->MaximumLength = BufferSize;
  UnicodeString->Buffer = Buffer;
}
_IRQL_requires_max_(HIGH_LEVEL) FORCEINLINE VOID
    RtlInitEmptyAnsiString(_Out_ PANSI_STRING AnsiString,
                           __drv_aliasesMem PCHAR Buffer,
                           _In_ USHORT BufferSize) {
  AnsiString->Length = 0;
  AnsiString->MaximumLength = BufferSize;
  AnsiString->Buffer = Buffer;
}
_IRQL_requires_max_(PASSIVE_LEVEL) WCHAR
    RtlUpcaseUnicodeChar(_In_ WCHAR SourceCharacter);
_IRQL_requires_max_(PASSIVE_LEVEL) LONG
    RtlCompareString(_In_ const STRING *String1, _In_ const STRING *String2,
                     _In_ BOOLEAN CaseInSensitive);
_IRQL_requires_max_(PASSIVE_LEVEL) BOOLEAN
    RtlEqualString(_In_ const STRING *String1, _In_ const STRING *String2,
                   _In_ BOOLEAN CaseInSensitive);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    RtlUpperString(_Inout_ PSTRING DestinationString,
                   _In_ const STRING *SourceString);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    RtlCopyString(_Out_ PSTRING DestinationString,
                  _In_opt_ const STRING *SourceString);
_IRQL_requires_max_(HIGH_LEVEL) VOID
    RtlFillMemoryUlong(_Out_writes_bytes_all_(Length) PVOID Destination,
                       _In_ SIZE_T Length, _In_ ULONG Pattern);
LARGE_INTEGER RtlExtendedMagicDivide(_In_ LARGE_INTEGER Dividend,
                                     _In_ LARGE_INTEGER MagicDivisor,
                                     _In_ CCHAR ShiftCount);
/* object types the I/O manager stamps into Type fields */
#define IO_TYPE_ADAPTER 0x00000001
#define IO_TYPE_CONTROLLER 0x00000002
#define IO_TYPE_DEVICE 0x00000003
#define IO_TYPE_DRIVER 0x00000004
#define IO_TYPE_FILE 0x00000005
#define IO_TYPE_IRP 0x00000006
#define IO_TYPE_MASTER_ADAPTER 0x00000007
#define IO_TYPE_OPEN_PACKET 0x00000008
#define IO_TYPE_TIMER 0x00000009
#define IO_TYPE_VPB 0x0000000a
#define IO_TYPE_ERROR_LOG 0x0000000b
#define IO_TYPE_ERROR_MESSAGE 0x0000000c
#define IO_TYPE_DEVICE_OBJECT_EXTENSION 0x0000000d
/* directory access rights (the same bits as the file ones) */
#define FILE_ADD_SUBDIRECTORY (0x0004)
#define FILE_CREATE_PIPE_INSTANCE (0x0004)
/* the file systems' bug check codes (bugcodes.h) */
#define FAT_FILE_SYSTEM ((ULONG)0x00000023L)
#define NTFS_FILE_SYSTEM ((ULONG)0x00000024L)
#define CDFS_FILE_SYSTEM ((ULONG)0x00000026L)
#define UDFS_FILE_SYSTEM ((ULONG)0x0000009BL)
#define STATUS_CANNOT_MAKE ((NTSTATUS)0xC00002EAL)
typedef CHAR *PCH, *LPCH;
/* interlocked operations on a flags word */
#define RtlInterlockedSetBits(Flags, Flag)                                     \
  InterlockedOr((PLONG)(Flags), (LONG)(Flag))
#define RtlInterlockedAndBits(Flags, Flag)                                     \
  InterlockedAnd((PLONG)(Flags), (LONG)(Flag))
#define RtlInterlockedClearBits(Flags, Flag)                                   \
  RtlInterlockedAndBits(Flags, ~(Flag))
#define RtlInterlockedSetBitsDiscardReturn(Flags, Flag)                        \
  (VOID) RtlInterlockedSetBits(Flags, Flag)
#define RtlInterlockedClearBitsDiscardReturn(Flags, Flag)                      \
  (VOID) RtlInterlockedClearBits(Flags, Flag)
/* a transaction's outcome (TransactionBasicInformation) */
typedef enum _TRANSACTION_OUTCOME {
  TransactionOutcomeUndetermined = 1,
  TransactionOutcomeCommitted,
  TransactionOutcomeAborted
} TRANSACTION_OUTCOME;
typedef enum _TRANSACTION_STATE {
  TransactionStateNormal = 1,
  TransactionStateIndoubt,
  TransactionStateCommittedNotify
} TRANSACTION_STATE;
extern POBJECT_TYPE *TmTransactionObjectType;
/* section access rights and attributes */
#define SECTION_QUERY 0x0001
#define SECTION_MAP_WRITE 0x0002
#define SECTION_MAP_READ 0x0004
#define SECTION_MAP_EXECUTE 0x0008
#define SECTION_EXTEND_SIZE 0x0010
#define SECTION_MAP_EXECUTE_EXPLICIT 0x0020
#define SECTION_ALL_ACCESS                                                     \
  (STANDARD_RIGHTS_REQUIRED | SECTION_QUERY | SECTION_MAP_WRITE |              \
   SECTION_MAP_READ | SECTION_MAP_EXECUTE | SECTION_EXTEND_SIZE)
#define SEC_FILE 0x00800000
#define SEC_IMAGE 0x01000000
#define SEC_RESERVE 0x04000000
#define SEC_COMMIT 0x08000000
#define SEC_NOCACHE 0x10000000
/* the filter manager's debug print component */
#define DPFLTR_FLTMGR_ID 47
/* ---- end: added for filesys ---- */

/* ---- added for USB/HID/Bluetooth/serial/GPIO/SPB/input ---- */
/* ntdef.h (which wdm.h includes) declares HRESULT for kernel code too */
#ifndef _HRESULT_DEFINED
#define _HRESULT_DEFINED
typedef LONG HRESULT;
#endif
/* the class and type of a CmResourceTypeConnection resource (GPIO pins,
 * SPB and UART connections of a device) */
#define CM_RESOURCE_CONNECTION_CLASS_GPIO 0x01
#define CM_RESOURCE_CONNECTION_CLASS_SERIAL 0x02
#define CM_RESOURCE_CONNECTION_CLASS_FUNCTION_CONFIG 0x03
#define CM_RESOURCE_CONNECTION_TYPE_GPIO_IO 0x02
#define CM_RESOURCE_CONNECTION_TYPE_SERIAL_I2C 0x01
#define CM_RESOURCE_CONNECTION_TYPE_SERIAL_SPI 0x02
#define CM_RESOURCE_CONNECTION_TYPE_SERIAL_UART 0x03
#define CM_RESOURCE_CONNECTION_TYPE_FUNCTION_CONFIG 0x01
/* the kinds of reset of GUID_DEVICE_RESET_INTERFACE_STANDARD */
typedef enum _DEVICE_RESET_TYPE {
  FunctionLevelDeviceReset,
  PlatformLevelDeviceReset
} DEVICE_RESET_TYPE;
/* ---- end: added for USB/HID/Bluetooth/serial/GPIO/SPB/input ---- */

/* ---- added for network ---- */
/* Extended lookaside lists (a WFP callout's pended-packet pool). */
typedef struct _LOOKASIDE_LIST_EX *PLOOKASIDE_LIST_EX;
typedef PVOID (*PALLOCATE_FUNCTION_EX)(POOL_TYPE PoolType, SIZE_T NumberOfBytes,
                                       ULONG Tag, PLOOKASIDE_LIST_EX Lookaside);
typedef VOID (*PFREE_FUNCTION_EX)(PVOID Buffer, PLOOKASIDE_LIST_EX Lookaside);
typedef struct _LOOKASIDE_LIST_EX {
  GENERAL_LOOKASIDE L;
} LOOKASIDE_LIST_EX;
#define EX_LOOKASIDE_LIST_EX_FLAGS_RAISE_ON_FAIL 0x00000001UL
#define EX_LOOKASIDE_LIST_EX_FLAGS_FAIL_NO_RAISE 0x00000002UL
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS ExInitializeLookasideListEx(
    _Out_ PLOOKASIDE_LIST_EX Lookaside, _In_opt_ PALLOCATE_FUNCTION_EX Allocate,
    _In_opt_ PFREE_FUNCTION_EX Free, _In_ POOL_TYPE PoolType, _In_ ULONG Flags,
    _In_ SIZE_T Size, _In_ ULONG Tag, _In_ USHORT Depth);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    ExDeleteLookasideListEx(_Inout_ PLOOKASIDE_LIST_EX Lookaside);
_IRQL_requires_max_(DISPATCH_LEVEL) PVOID
    ExAllocateFromLookasideListEx(_Inout_ PLOOKASIDE_LIST_EX Lookaside);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    ExFreeToLookasideListEx(_Inout_ PLOOKASIDE_LIST_EX Lookaside,
                            _In_ PVOID Entry);
PSLIST_ENTRY InterlockedFlushSList(PSLIST_HEADER ListHead);
CHAR InterlockedExchange8(CHAR volatile *Target, CHAR Value);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS RtlUnicodeToMultiByteN(
    _Out_writes_bytes_to_(MaxBytesInMultiByteString, *BytesInMultiByteString)
        PCHAR MultiByteString,
    _In_ ULONG MaxBytesInMultiByteString,
    _Out_opt_ PULONG BytesInMultiByteString,
    _In_reads_bytes_(BytesInUnicodeString) PCWCH UnicodeString,
    _In_ ULONG BytesInUnicodeString);
/* ---- end: added for network ---- */

/* ---- added for storage ---- */
typedef const UCHAR *PCUCHAR;
typedef const USHORT *PCUSHORT;
typedef const ULONG *PCULONG;
typedef ULONGLONG REGHANDLE, *PREGHANDLE;
#ifndef FIELD_SIZE
#define FIELD_SIZE(type, field) (sizeof(((type *)0)->field))
#endif
#define STATUS_VERIFY_REQUIRED ((NTSTATUS)0x80000016L)
#define STATUS_NO_MEDIA ((NTSTATUS)0xC0000178L)
/* Atomically sets or clears bit Offset of *Base and returns its old value
 * (the _interlockedbittestand... intrinsics). */
BOOLEAN InterlockedBitTestAndSet(_Inout_ LONG volatile *Base, _In_ LONG Offset);
BOOLEAN InterlockedBitTestAndReset(_Inout_ LONG volatile *Base,
                                   _In_ LONG Offset);

/* ---- added for other projects ---- */
/* kernel queue objects (the routines are ntifs.h's); the layout is the
 * dispatcher header and the lists the queue keeps, not binary exact */
typedef struct _KQUEUE {
  DISPATCHER_HEADER Header;
  LIST_ENTRY EntryListHead;
  volatile ULONG CurrentCount;
  ULONG MaximumCount;
  LIST_ENTRY ThreadListHead;
} KQUEUE, *PKQUEUE, *PRKQUEUE;

/* status values of ntstatus.h the other driver projects return */
#define STATUS_ALREADY_COMPLETE ((NTSTATUS)0x000000FFL)
#define STATUS_SOME_NOT_MAPPED ((NTSTATUS)0x00000107L)
#define STATUS_THREAD_IS_TERMINATING ((NTSTATUS)0xC000004BL)
#define STATUS_INVALID_SECURITY_DESCR ((NTSTATUS)0xC0000079L)
#define STATUS_BAD_NETWORK_PATH ((NTSTATUS)0xC00000BEL)
#define STATUS_BAD_NETWORK_NAME ((NTSTATUS)0xC00000CCL)
#define STATUS_LOCAL_DISCONNECT ((NTSTATUS)0xC000013BL)
#define STATUS_REMOTE_DISCONNECT ((NTSTATUS)0xC000013CL)
#define STATUS_PIPE_BROKEN ((NTSTATUS)0xC000014BL)
#define STATUS_TOO_MANY_NODES ((NTSTATUS)0xC000020EL)
#define STATUS_RESOURCE_IN_USE ((NTSTATUS)0xC0000708L)
#define STATUS_BAD_DATA ((NTSTATUS)0xC000090BL)

/* more interlocked operations and bit scans (intrinsics in the real
 * header) */
LONG64 InterlockedAnd64(LONG64 volatile *Destination, LONG64 Value);
LONG64 InterlockedOr64(LONG64 volatile *Destination, LONG64 Value);
LONG64 InterlockedXor64(LONG64 volatile *Destination, LONG64 Value);
SHORT InterlockedCompareExchange16(SHORT volatile *Destination, SHORT ExChange,
                                   SHORT Comperand);
SHORT InterlockedIncrement16(SHORT volatile *Addend);
SHORT InterlockedDecrement16(SHORT volatile *Addend);
BOOLEAN BitScanForward(_Out_ ULONG *Index, _In_ ULONG Mask);
BOOLEAN BitScanReverse(_Out_ ULONG *Index, _In_ ULONG Mask);
BOOLEAN BitScanForward64(_Out_ ULONG *Index, _In_ ULONG64 Mask);
BOOLEAN BitScanReverse64(_Out_ ULONG *Index, _In_ ULONG64 Mask);

/* The typed accesses with and without ordering of the WDK's barrier
 * section: inline routines there too. Ordering is irrelevant to the
 * analysis, so each is a plain read or write of its type. */
#define IRQLINT_WDK_READ_WRITE(Name, Type)                                     \
  FORCEINLINE Type Read##Name##NoFence(                                        \
      _In_ _Interlocked_operand_ Type const volatile *Source) {                \
    return *Source;                                                            \
  }                                                                            \
  FORCEINLINE Type Read##Name##Acquire(Type const volatile *Source) {          \
    return *Source;                                                            \
  }                                                                            \
  FORCEINLINE Type Read##Name##Raw(Type const volatile *Source) {              \
    return *Source;                                                            \
  }                                                                            \
  FORCEINLINE VOID Write##Name##NoFence(Type volatile *Destination,            \
                                        Type Value) {                          \
    *Destination = Value;                                                      \
  }                                                                            \
  FORCEINLINE VOID Write##Name##Release(Type volatile *Destination,            \
                                        Type Value) {                          \
    *Destination = Value;                                                      \
  }                                                                            \
  FORCEINLINE VOID Write##Name##Raw(Type volatile *Destination, Type Value) {  \
    *Destination = Value;                                                      \
  }
IRQLINT_WDK_READ_WRITE(Boolean, BOOLEAN)
IRQLINT_WDK_READ_WRITE(UChar, UCHAR)
IRQLINT_WDK_READ_WRITE(UShort, USHORT)
IRQLINT_WDK_READ_WRITE(ULong, ULONG)
IRQLINT_WDK_READ_WRITE(ULong64, ULONG64)
IRQLINT_WDK_READ_WRITE(Pointer, PVOID)
IRQLINT_WDK_READ_WRITE(ULongPtr, ULONG_PTR)
IRQLINT_WDK_READ_WRITE(LongPtr, LONG_PTR)
#undef IRQLINT_WDK_READ_WRITE
/* the sized forms put the width last: ReadNoFence64, WriteRelease16 ... */
#define IRQLINT_WDK_READ_WRITE_SIZED(Bits, Type)                               \
  FORCEINLINE Type ReadNoFence##Bits(Type const volatile *Source) {            \
    return *Source;                                                            \
  }                                                                            \
  FORCEINLINE Type ReadAcquire##Bits(Type const volatile *Source) {            \
    return *Source;                                                            \
  }                                                                            \
  FORCEINLINE Type ReadRaw##Bits(Type const volatile *Source) {                \
    return *Source;                                                            \
  }                                                                            \
  FORCEINLINE VOID WriteNoFence##Bits(Type volatile *Destination,              \
                                      Type Value) {                            \
    *Destination = Value;                                                      \
  }                                                                            \
  FORCEINLINE VOID WriteRelease##Bits(Type volatile *Destination,              \
                                      Type Value) {                            \
    *Destination = Value;                                                      \
  }                                                                            \
  FORCEINLINE VOID WriteRaw##Bits(Type volatile *Destination, Type Value) {    \
    *Destination = Value;                                                      \
  }
IRQLINT_WDK_READ_WRITE_SIZED(8, CHAR)
IRQLINT_WDK_READ_WRITE_SIZED(16, SHORT)
IRQLINT_WDK_READ_WRITE_SIZED(64, LONG64)
#undef IRQLINT_WDK_READ_WRITE_SIZED
#define ReadRaw(Source) (*(Source))
#define WriteRaw(Destination, Value) ((void)(*(Destination) = (Value)))

/* the allocation granularity lookaside lists and per-processor data are
 * aligned to */
#define SYSTEM_CACHE_ALIGNMENT_SIZE 64
#ifndef DECLSPEC_CACHEALIGN
#define DECLSPEC_CACHEALIGN __declspec(align(SYSTEM_CACHE_ALIGNMENT_SIZE))
#endif
#define LOOKASIDE_ALIGN DECLSPEC_CACHEALIGN

/* a PCI capability list entry and the address bits of a base address
 * register */
typedef struct _PCI_CAPABILITIES_HEADER {
  UCHAR CapabilityID;
  UCHAR Next;
} PCI_CAPABILITIES_HEADER, *PPCI_CAPABILITIES_HEADER;
#define PCI_ADDRESS_IO_SPACE 0x00000001
#define PCI_ADDRESS_MEMORY_TYPE_MASK 0x00000006
#define PCI_ADDRESS_MEMORY_PREFETCHABLE 0x00000008
#define PCI_ADDRESS_IO_ADDRESS_MASK 0xfffffffc
#define PCI_ADDRESS_MEMORY_ADDRESS_MASK 0xfffffff0
#define PCI_TYPE_32BIT 0
#define PCI_TYPE_20BIT 2
#define PCI_TYPE_64BIT 4
/* ntdef.h's neutral character types: the ANSI ones unless UNICODE is
 * defined */
typedef const WCHAR *LPCWCH;
#ifdef UNICODE
typedef WCHAR TCHAR, *PTCHAR;
typedef PWSTR PTSTR, LPTSTR;
typedef PCWSTR PCTSTR, LPCTSTR;
#define __TEXT(quote) L##quote
#else
typedef char TCHAR, *PTCHAR;
typedef PSTR PTSTR, LPTSTR;
typedef PCSTR PCTSTR, LPCTSTR;
#define __TEXT(quote) quote
#endif
#ifndef TEXT
#define TEXT(quote) __TEXT(quote)
#endif
/* extended processor state (AVX and later) a driver saves before using
 * it; the save area is opaque to drivers, so its size here is only room */
typedef struct _XSTATE_SAVE {
  ULONG64 Opaque[8];
} XSTATE_SAVE, *PXSTATE_SAVE;
#define XSTATE_MASK_LEGACY_FLOATING_POINT (1ULL << 0)
#define XSTATE_MASK_LEGACY_SSE (1ULL << 1)
#define XSTATE_MASK_LEGACY                                                     \
  (XSTATE_MASK_LEGACY_FLOATING_POINT | XSTATE_MASK_LEGACY_SSE)
#define XSTATE_MASK_GSSE (1ULL << 2)
#define XSTATE_MASK_AVX XSTATE_MASK_GSSE
#define XSTATE_MASK_MPX ((1ULL << 3) | (1ULL << 4))
#define XSTATE_MASK_AVX512 ((1ULL << 5) | (1ULL << 6) | (1ULL << 7))
/* (the float-state resource annotations the real header adds are left
 * out, as for KeSaveFloatingPointState here) */
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI NTSTATUS
KeSaveExtendedProcessorState(_In_ ULONG64 Mask, _Out_ PXSTATE_SAVE XStateSave);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID
    KeRestoreExtendedProcessorState(_In_ PXSTATE_SAVE XStateSave);

/* a bug check code of bugcodes.h the projects raise themselves */
#define CRYPTO_LIBRARY_INTERNAL_ERROR ((ULONG)0x0000016CL)
SHORT InterlockedExchange16(SHORT volatile *Target, SHORT Value);
BOOLEAN InterlockedBitTestAndSet64(_Inout_ LONG64 volatile *Base,
                                   _In_ LONG64 Offset);
BOOLEAN InterlockedBitTestAndReset64(_Inout_ LONG64 volatile *Base,
                                     _In_ LONG64 Offset);
#define STATUS_SECTION_TOO_BIG ((NTSTATUS)0xC0000040L)
/* a timer whose expiry the system may delay by up to TolerableDelay
 * milliseconds to coalesce it with others */
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI BOOLEAN
    KeSetCoalescableTimer(_Inout_ PKTIMER Timer, _In_ LARGE_INTEGER DueTime,
                          _In_ ULONG Period, _In_ ULONG TolerableDelay,
                          _In_opt_ PKDPC Dpc);
/* the extended processor features (XSTATE_MASK_...) the system enabled */
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI ULONG64
    RtlGetEnabledExtendedFeatures(_In_ ULONG64 FeatureMask);
#define STATUS_CACHE_PAGE_LOCKED ((NTSTATUS)0x00000115L)
#define STATUS_CONNECTION_RESET ((NTSTATUS)0xC000020DL)
#define STATUS_CONNECTION_INVALID ((NTSTATUS)0xC000023AL)
#define STATUS_IO_REPARSE_DATA_INVALID ((NTSTATUS)0xC0000278L)
#define STATUS_ADDRESS_ALREADY_ASSOCIATED ((NTSTATUS)0xC0000328L)
#define STATUS_OBJECT_NO_LONGER_EXISTS ((NTSTATUS)0xC0000670L)

/* ntdef.h's brackets for declarations C++ must see as extern "C" */
#ifndef EXTERN_C_START
#ifdef __cplusplus
#define EXTERN_C_START extern "C" {
#define EXTERN_C_END }
#else
#define EXTERN_C_START
#define EXTERN_C_END
#endif
#endif

/* basetsd.h's limits of the sized types */
#define MAXUINT8 ((UINT8) ~((UINT8)0))
#define MAXUINT16 ((UINT16) ~((UINT16)0))
#define MAXUINT32 ((UINT32) ~((UINT32)0))
#define MAXUINT64 ((UINT64) ~((UINT64)0))
#define MAXINT32 ((INT32)(MAXUINT32 >> 1))
#define MAXINT64 ((INT64)(MAXUINT64 >> 1))

/* PCI capability IDs and the multifunction bit of the header type */
#define PCI_MULTIFUNCTION 0x80
#define PCI_CAPABILITY_ID_POWER_MANAGEMENT 0x01
#define PCI_CAPABILITY_ID_MSI 0x05
#define PCI_CAPABILITY_ID_VENDOR_SPECIFIC 0x09
#define PCI_CAPABILITY_ID_PCI_EXPRESS 0x10
#define PCI_CAPABILITY_ID_MSIX 0x11

/* Bug check callbacks: the records are opaque to drivers, which only
 * initialize them with KeInitializeCallbackRecord and pass them to the
 * routines; the callbacks run at HIGH_LEVEL during the bug check. */
typedef enum _KBUGCHECK_CALLBACK_REASON {
  KbCallbackInvalid,
  KbCallbackReserved1,
  KbCallbackSecondaryDumpData,
  KbCallbackDumpIo,
  KbCallbackAddPages,
  KbCallbackSecondaryMultiPartDumpData,
  KbCallbackRemovePages,
  KbCallbackTriageDumpData
} KBUGCHECK_CALLBACK_REASON;
typedef enum _KBUGCHECK_BUFFER_DUMP_STATE {
  BufferEmpty,
  BufferInserted,
  BufferStarted,
  BufferFinished,
  BufferIncomplete
} KBUGCHECK_BUFFER_DUMP_STATE;
typedef VOID KBUGCHECK_CALLBACK_ROUTINE(_In_ PVOID Buffer, _In_ ULONG Length);
typedef KBUGCHECK_CALLBACK_ROUTINE *PKBUGCHECK_CALLBACK_ROUTINE;
typedef struct _KBUGCHECK_CALLBACK_RECORD {
  LIST_ENTRY Entry;
  PKBUGCHECK_CALLBACK_ROUTINE CallbackRoutine;
  PVOID Buffer;
  ULONG Length;
  PUCHAR Component;
  ULONG_PTR Checksum;
  UCHAR State;
} KBUGCHECK_CALLBACK_RECORD, *PKBUGCHECK_CALLBACK_RECORD;
struct _KBUGCHECK_REASON_CALLBACK_RECORD;
typedef VOID KBUGCHECK_REASON_CALLBACK_ROUTINE(
    _In_ KBUGCHECK_CALLBACK_REASON Reason,
    _In_ struct _KBUGCHECK_REASON_CALLBACK_RECORD *Record,
    _Inout_ PVOID ReasonSpecificData, _In_ ULONG ReasonSpecificDataLength);
typedef KBUGCHECK_REASON_CALLBACK_ROUTINE *PKBUGCHECK_REASON_CALLBACK_ROUTINE;
typedef struct _KBUGCHECK_REASON_CALLBACK_RECORD {
  LIST_ENTRY Entry;
  PKBUGCHECK_REASON_CALLBACK_ROUTINE CallbackRoutine;
  PUCHAR Component;
  ULONG_PTR Checksum;
  KBUGCHECK_CALLBACK_REASON Reason;
  UCHAR State;
} KBUGCHECK_REASON_CALLBACK_RECORD, *PKBUGCHECK_REASON_CALLBACK_RECORD;
#define KeInitializeCallbackRecord(CallbackRecord)                             \
  ((CallbackRecord)->State = BufferEmpty)
_IRQL_requires_max_(HIGH_LEVEL) _Must_inspect_result_ NTKERNELAPI BOOLEAN
    KeRegisterBugCheckCallback(_Out_ PKBUGCHECK_CALLBACK_RECORD CallbackRecord,
                               _In_ PKBUGCHECK_CALLBACK_ROUTINE CallbackRoutine,
                               _In_reads_bytes_opt_(Length) PVOID Buffer,
                               _In_ ULONG Length, _In_ PUCHAR Component);
_IRQL_requires_max_(HIGH_LEVEL) _Must_inspect_result_ NTKERNELAPI BOOLEAN
    KeDeregisterBugCheckCallback(
        _Inout_ PKBUGCHECK_CALLBACK_RECORD CallbackRecord);
_IRQL_requires_max_(HIGH_LEVEL) _Must_inspect_result_ NTKERNELAPI BOOLEAN
    KeRegisterBugCheckReasonCallback(
        _Out_ PKBUGCHECK_REASON_CALLBACK_RECORD CallbackRecord,
        _In_ PKBUGCHECK_REASON_CALLBACK_ROUTINE CallbackRoutine,
        _In_ KBUGCHECK_CALLBACK_REASON Reason, _In_ PUCHAR Component);
_IRQL_requires_max_(HIGH_LEVEL) _Must_inspect_result_ NTKERNELAPI BOOLEAN
    KeDeregisterBugCheckReasonCallback(
        _Inout_ PKBUGCHECK_REASON_CALLBACK_RECORD CallbackRecord);
#define STATUS_DEVICE_HARDWARE_ERROR ((NTSTATUS)0xC0000483L)
/* the header types of PCI configuration space */
#define PCI_DEVICE_TYPE 0x00
#define PCI_BRIDGE_TYPE 0x01
#define PCI_CARDBUS_BRIDGE_TYPE 0x02
/* an MDL describing device memory (I/O space) given as physical ranges */
typedef struct _MM_PHYSICAL_ADDRESS_LIST {
  PHYSICAL_ADDRESS PhysicalAddress;
  SIZE_T NumberOfBytes;
} MM_PHYSICAL_ADDRESS_LIST, *PMM_PHYSICAL_ADDRESS_LIST;
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI NTSTATUS MmAllocateMdlForIoSpace(
    _In_reads_(NumberOfEntries) PMM_PHYSICAL_ADDRESS_LIST PhysicalAddressList,
    _In_ SIZE_T NumberOfEntries, _Out_ PMDL *NewMdl);
/* MmAllocatePagesForMdlEx with the pages taken from one NUMA node */
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI PMDL
    MmAllocateNodePagesForMdlEx(_In_ PHYSICAL_ADDRESS LowAddress,
                                _In_ PHYSICAL_ADDRESS HighAddress,
                                _In_ PHYSICAL_ADDRESS SkipBytes,
                                _In_ SIZE_T TotalBytes,
                                _In_ MEMORY_CACHING_TYPE CacheType,
                                _In_ ULONG IdealNode, _In_ ULONG Flags);
/* named kernel events user mode can open too */
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI PKEVENT
    IoCreateNotificationEvent(_In_ PUNICODE_STRING EventName,
                              _Out_ PHANDLE EventHandle);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI PKEVENT
    IoCreateSynchronizationEvent(_In_ PUNICODE_STRING EventName,
                                 _Out_ PHANDLE EventHandle);
/* UTF-8 to and from UTF-16 */
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS
    RtlUTF8ToUnicodeN(_Out_writes_bytes_to_(UnicodeStringMaxByteCount,
                                            *UnicodeStringActualByteCount)
                          PWSTR UnicodeStringDestination,
                      _In_ ULONG UnicodeStringMaxByteCount,
                      _Out_ PULONG UnicodeStringActualByteCount,
                      _In_reads_bytes_(UTF8StringByteCount)
                          PCCH UTF8StringSource,
                      _In_ ULONG UTF8StringByteCount);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSYSAPI NTSTATUS RtlUnicodeToUTF8N(
    _Out_writes_bytes_to_(UTF8StringMaxByteCount, *UTF8StringActualByteCount)
        PCHAR UTF8StringDestination,
    _In_ ULONG UTF8StringMaxByteCount, _Out_ PULONG UTF8StringActualByteCount,
    _In_reads_bytes_(UnicodeStringByteCount) PCWCH UnicodeStringSource,
    _In_ ULONG UnicodeStringByteCount);
/* ntdef.h's unsigned FIELD_OFFSET */
#define UFIELD_OFFSET(type, field) ((ULONG) __builtin_offsetof(type, field))
#define CRITICAL_STRUCTURE_CORRUPTION ((ULONG)0x00000109L)
/* ---- end: added for other projects ---- */
/* ---- added for genmof ---- */
/* FIELD_OFFSET's unsigned twin (ntdef.h): drivers size the fixed part of
 * a WMI data block that ends in variable data with it */
#define UFIELD_OFFSET(type, field) ((ULONG) __builtin_offsetof(type, field))
/* ---- added for hwdi ---- */
/* A callback object (ExCreateCallback, ExRegisterCallback): drivers keep
 * the pointer; its layout is the kernel's. */
typedef struct _CALLBACK_OBJECT *PCALLBACK_OBJECT;
typedef VOID CALLBACK_FUNCTION(_In_opt_ PVOID CallbackContext,
                               _In_opt_ PVOID Argument1,
                               _In_opt_ PVOID Argument2);
typedef CALLBACK_FUNCTION *PCALLBACK_FUNCTION;
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    ExCreateCallback(_Outptr_ PCALLBACK_OBJECT *CallbackObject,
                     _In_ POBJECT_ATTRIBUTES ObjectAttributes,
                     _In_ BOOLEAN Create, _In_ BOOLEAN AllowMultipleCallbacks);
_IRQL_requires_max_(APC_LEVEL) PVOID
    ExRegisterCallback(_Inout_ PCALLBACK_OBJECT CallbackObject,
                       _In_ PCALLBACK_FUNCTION CallbackFunction,
                       _In_opt_ PVOID CallbackContext);
_IRQL_requires_max_(APC_LEVEL) VOID
    ExUnregisterCallback(_Inout_ PVOID CallbackRegistration);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    ExNotifyCallback(_In_ PVOID CallbackObject, _In_opt_ PVOID Argument1,
                     _In_opt_ PVOID Argument2);
/* ---- added for storage miniports (hstor) ---- */
/* A run of NUL-terminated strings ended by an empty one (REG_MULTI_SZ). */
typedef CHAR *PZZSTR;
typedef const CHAR *PCZZSTR;
#define MAXULONG64 ((ULONG64) ~((ULONG64)0))
#define MAXLONG64 ((LONG64)(MAXULONG64 >> 1))
/* What ZwEnumerateKey / ZwQueryKey return for KeyBasicInformation and
 * KeyFullInformation. */
typedef struct _KEY_BASIC_INFORMATION {
  LARGE_INTEGER LastWriteTime;
  ULONG TitleIndex;
  ULONG NameLength;
  WCHAR Name[1];
} KEY_BASIC_INFORMATION, *PKEY_BASIC_INFORMATION;
typedef struct _KEY_FULL_INFORMATION {
  LARGE_INTEGER LastWriteTime;
  ULONG TitleIndex;
  ULONG ClassOffset;
  ULONG ClassLength;
  ULONG SubKeys;
  ULONG MaxNameLen;
  ULONG MaxClassLen;
  ULONG Values;
  ULONG MaxValueNameLen;
  ULONG MaxValueDataLen;
  WCHAR Class[1];
} KEY_FULL_INFORMATION, *PKEY_FULL_INFORMATION;
/* Like the WDK's, the kernel headers bring the NTDDI_* version values
 * (RtlIsNtDdiVersionAvailable(NTDDI_VISTA) needs them). */
#include "sdkddkver.h"
/* ---- end: added for storage miniports (hstor) ---- */
/* ---- added for hmisc (programs outside the other areas) ---- */
/* The real wdm.h reaches the version macros (through ntdef.h) and the C
 * runtime's string and character routines (string.h, ctype.h): drivers
 * compare NTDDI_VERSION with NTDDI_WINXP or call strlen with wdm.h alone. */
#include "ctype.h"
#include "sdkddkver.h"
#include "string.h"

/* ntdef.h's generic text character: WCHAR when the build defines UNICODE,
 * char otherwise (the unsuffixed Rtl...AddressToString routines follow the
 * same switch) */
#ifndef _TCHAR_DEFINED
#define _TCHAR_DEFINED
#ifdef UNICODE
typedef WCHAR TCHAR, *PTCHAR;
#else
typedef char TCHAR, *PTCHAR;
#endif
#endif

/* a pointer that is 64 bits wide whatever the target (structures shared
 * between 32- and 64-bit callers); modeled as a plain pointer, so only the
 * 64-bit layout is exact */
typedef void *PVOID64;

/* NTSTATUS severities (the top two bits of a status value) */
#define STATUS_SEVERITY_SUCCESS 0x0
#define STATUS_SEVERITY_INFORMATIONAL 0x1
#define STATUS_SEVERITY_WARNING 0x2
#define STATUS_SEVERITY_ERROR 0x3
#define STATUS_CONNECTION_DISCONNECTED ((NTSTATUS)0xC000020CL)
/* what a completion routine returns to let the IRP go on completing upwards
 * (anything but STATUS_MORE_PROCESSING_REQUIRED) */
#define STATUS_CONTINUE_COMPLETION STATUS_SUCCESS

/* bug check 0x121: a driver called a routine at an IRQL it may not */
#define DRIVER_VIOLATION 0x00000121

/* ---- file information: the classes ZwQueryInformationFile and
 * ZwSetInformationFile take, and the buffers of the common ones ---- */
typedef enum _FILE_INFORMATION_CLASS {
  FileDirectoryInformation = 1,
  FileFullDirectoryInformation,
  FileBothDirectoryInformation,
  FileBasicInformation,
  FileStandardInformation,
  FileInternalInformation,
  FileEaInformation,
  FileAccessInformation,
  FileNameInformation,
  FileRenameInformation,
  FileLinkInformation,
  FileNamesInformation,
  FileDispositionInformation,
  FilePositionInformation,
  FileFullEaInformation,
  FileModeInformation,
  FileAlignmentInformation,
  FileAllInformation,
  FileAllocationInformation,
  FileEndOfFileInformation,
  FileAlternateNameInformation,
  FileStreamInformation,
  FilePipeInformation,
  FilePipeLocalInformation,
  FilePipeRemoteInformation,
  FileMailslotQueryInformation,
  FileMailslotSetInformation,
  FileCompressionInformation,
  FileObjectIdInformation,
  FileCompletionInformation,
  FileMoveClusterInformation,
  FileQuotaInformation,
  FileReparsePointInformation,
  FileNetworkOpenInformation,
  FileAttributeTagInformation,
  FileTrackingInformation,
  FileIdBothDirectoryInformation,
  FileIdFullDirectoryInformation,
  FileValidDataLengthInformation,
  FileShortNameInformation,
  FileIoCompletionNotificationInformation,
  FileIoStatusBlockRangeInformation,
  FileIoPriorityHintInformation,
  FileSfioReserveInformation,
  FileSfioVolumeInformation,
  FileHardLinkInformation,
  FileProcessIdsUsingFileInformation,
  FileNormalizedNameInformation,
  FileNetworkPhysicalNameInformation,
  FileIdGlobalTxDirectoryInformation,
  FileIsRemoteDeviceInformation,
  FileUnusedInformation,
  FileNumaNodeInformation,
  FileStandardLinkInformation,
  FileRemoteProtocolInformation,
  FileRenameInformationBypassAccessCheck,
  FileLinkInformationBypassAccessCheck,
  FileVolumeNameInformation,
  FileIdInformation,
  FileIdExtdDirectoryInformation,
  FileReplaceCompletionInformation,
  FileHardLinkFullIdInformation,
  FileIdExtdBothDirectoryInformation,
  FileDispositionInformationEx,
  FileRenameInformationEx,
  FileRenameInformationExBypassAccessCheck,
  FileDesiredStorageClassInformation,
  FileStatInformation,
  FileMemoryPartitionInformation,
  FileStatLxInformation,
  FileCaseSensitiveInformation,
  FileLinkInformationEx,
  FileLinkInformationExBypassAccessCheck,
  FileStorageReserveIdInformation,
  FileCaseSensitiveInformationForceAccessCheck,
  FileKnownFolderInformation,
  FileMaximumInformation
} FILE_INFORMATION_CLASS,
    *PFILE_INFORMATION_CLASS;

typedef struct _FILE_STANDARD_INFORMATION {
  LARGE_INTEGER AllocationSize;
  LARGE_INTEGER EndOfFile;
  ULONG NumberOfLinks;
  BOOLEAN DeletePending;
  BOOLEAN Directory;
} FILE_STANDARD_INFORMATION, *PFILE_STANDARD_INFORMATION;
typedef struct _FILE_POSITION_INFORMATION {
  LARGE_INTEGER CurrentByteOffset;
} FILE_POSITION_INFORMATION, *PFILE_POSITION_INFORMATION;
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    ZwQueryInformationFile(_In_ HANDLE FileHandle,
                           _Out_ PIO_STATUS_BLOCK IoStatusBlock,
                           _Out_writes_bytes_(Length) PVOID FileInformation,
                           _In_ ULONG Length,
                           _In_ FILE_INFORMATION_CLASS FileInformationClass);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    ZwSetInformationFile(_In_ HANDLE FileHandle,
                         _Out_ PIO_STATUS_BLOCK IoStatusBlock,
                         _In_reads_bytes_(Length) PVOID FileInformation,
                         _In_ ULONG Length,
                         _In_ FILE_INFORMATION_CLASS FileInformationClass);

/* Returns the size in bytes of the UNICODE_STRING buffer (with its NUL)
 * that RtlAnsiStringToUnicodeString needs for AnsiString. */
_IRQL_requires_max_(PASSIVE_LEVEL) ULONG
    RtlAnsiStringToUnicodeSize(_In_ PCANSI_STRING AnsiString);

/* ---- device interfaces: the symbolic links of an interface class ---- */
#ifndef DEVICE_INTERFACE_INCLUDE_NONACTIVE
#define DEVICE_INTERFACE_INCLUDE_NONACTIVE 0x00000001
#endif
/* *SymbolicLinkList receives a paged-pool MULTI_SZ the caller frees with
 * ExFreePool */
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    IoGetDeviceInterfaces(_In_ const GUID *InterfaceClassGuid,
                          _In_opt_ PDEVICE_OBJECT PhysicalDeviceObject,
                          _In_ ULONG Flags, _Outptr_ PWSTR *SymbolicLinkList);

/* ---- GUID_DEVICE_RESET_INTERFACE_STANDARD: the interface a bus (or ACPI)
 * driver offers to reset a malfunctioning device ---- */
/* (DEVICE_RESET_TYPE is declared above, with the USB/HID/... additions) */
typedef VOID DEVICE_RESET_COMPLETION(_In_ NTSTATUS Status,
                                     _Inout_opt_ PVOID Context);
typedef DEVICE_RESET_COMPLETION *PDEVICE_RESET_COMPLETION;
/* DeviceReset's optional ResetParameters for a function-level reset */
typedef struct _FUNCTION_LEVEL_DEVICE_RESET_PARAMETERS {
  ULONG Size;
  PDEVICE_RESET_COMPLETION DeviceResetCompletion;
  PVOID CompletionContext;
} FUNCTION_LEVEL_DEVICE_RESET_PARAMETERS,
    *PFUNCTION_LEVEL_DEVICE_RESET_PARAMETERS;
/* A reset runs at PASSIVE_LEVEL, the reference page says; the header puts
 * no IRQL annotation on the routine type, and neither does this model. */
typedef NTSTATUS DEVICE_RESET_HANDLER(_In_ PVOID InterfaceContext,
                                      _In_ DEVICE_RESET_TYPE ResetType,
                                      _In_ ULONG Flags,
                                      _In_opt_ PVOID ResetParameters);
typedef DEVICE_RESET_HANDLER *PDEVICE_RESET_HANDLER;
/* The members of the interface's first version; the bus-specific reset
 * routines later versions append are not modeled. */
#define DEVICE_RESET_INTERFACE_VERSION_1 1
#define DEVICE_RESET_INTERFACE_VERSION DEVICE_RESET_INTERFACE_VERSION_1
typedef struct _DEVICE_RESET_INTERFACE_STANDARD {
  USHORT Size;
  USHORT Version;
  PVOID Context;
  PINTERFACE_REFERENCE InterfaceReference;
  PINTERFACE_DEREFERENCE InterfaceDereference;
  PDEVICE_RESET_HANDLER DeviceReset;
  ULONG SupportedResetTypes;
  PVOID Reserved;
} DEVICE_RESET_INTERFACE_STANDARD, *PDEVICE_RESET_INTERFACE_STANDARD;
/* ntdef.h's unsigned FIELD_OFFSET (a constant expression, as FIELD_OFFSET
 * above) */
#ifndef UFIELD_OFFSET
#define UFIELD_OFFSET(type, field) ((ULONG) __builtin_offsetof(type, field))
#endif

/* ---- kernel-mode performance counters (PCW): the routines a CTRPP-generated
 * header calls to register a counter set, publish instances and answer
 * the consumer's callbacks ---- */
typedef struct _PCW_INSTANCE *PPCW_INSTANCE;
typedef struct _PCW_REGISTRATION *PPCW_REGISTRATION;
typedef struct _PCW_BUFFER *PPCW_BUFFER;
#define PCW_VERSION_1 0x0100
#define PCW_VERSION_2 0x0200
#define PCW_CURRENT_VERSION PCW_VERSION_2
/* where one counter lives in the data blocks of an instance */
typedef struct _PCW_COUNTER_DESCRIPTOR {
  USHORT Id;
  USHORT StructIndex;
  USHORT Offset;
  USHORT Size;
} PCW_COUNTER_DESCRIPTOR, *PPCW_COUNTER_DESCRIPTOR;
typedef struct _PCW_DATA {
  _In_reads_bytes_(Size) const VOID *Data;
  ULONG Size;
} PCW_DATA, *PPCW_DATA;
typedef struct _PCW_COUNTER_INFORMATION {
  ULONG64 CounterMask;
  PCUNICODE_STRING InstanceMask;
} PCW_COUNTER_INFORMATION, *PPCW_COUNTER_INFORMATION;
typedef struct _PCW_MASK_INFORMATION {
  ULONG64 CounterMask;
  PCUNICODE_STRING InstanceMask;
  ULONG InstanceId;
  BOOLEAN CollectMultiple;
  PPCW_BUFFER Buffer; /* for PcwAddInstance */
  PKEVENT CancelEvent;
} PCW_MASK_INFORMATION, *PPCW_MASK_INFORMATION;
typedef union _PCW_CALLBACK_INFORMATION {
  PCW_COUNTER_INFORMATION AddCounter;
  PCW_COUNTER_INFORMATION RemoveCounter;
  PCW_MASK_INFORMATION EnumerateInstances;
  PCW_MASK_INFORMATION CollectData;
} PCW_CALLBACK_INFORMATION, *PPCW_CALLBACK_INFORMATION;
typedef enum _PCW_CALLBACK_TYPE {
  PcwCallbackAddCounter = 0,
  PcwCallbackRemoveCounter,
  PcwCallbackEnumerateInstances,
  PcwCallbackCollectData
} PCW_CALLBACK_TYPE,
    *PPCW_CALLBACK_TYPE;
typedef NTSTATUS NTAPI PCW_CALLBACK(_In_ PCW_CALLBACK_TYPE Type,
                                    _In_ PPCW_CALLBACK_INFORMATION Info,
                                    _In_opt_ PVOID Context);
typedef PCW_CALLBACK *PPCW_CALLBACK;
/* PCW_VERSION_2 registrations may ask to be seen from every server silo */
typedef enum _PCW_REGISTRATION_FLAGS {
  PcwRegistrationNone = 0x0,
  PcwRegistrationSiloNeutral = 0x1
} PCW_REGISTRATION_FLAGS;
typedef struct _PCW_REGISTRATION_INFORMATION {
  ULONG Version;
  PCUNICODE_STRING Name;
  ULONG CounterCount;
  _In_reads_(CounterCount) PPCW_COUNTER_DESCRIPTOR Counters;
  PPCW_CALLBACK Callback;
  PVOID CallbackContext;
  PCW_REGISTRATION_FLAGS Flags;
} PCW_REGISTRATION_INFORMATION, *PPCW_REGISTRATION_INFORMATION;
_IRQL_requires_max_(APC_LEVEL) NTSTATUS NTAPI
    PcwRegister(_Outptr_ PPCW_REGISTRATION *Registration,
                _In_ PPCW_REGISTRATION_INFORMATION Info);
_IRQL_requires_max_(APC_LEVEL) VOID NTAPI
    PcwUnregister(_In_ PPCW_REGISTRATION Registration);
_IRQL_requires_max_(APC_LEVEL) NTSTATUS NTAPI
    PcwCreateInstance(_Outptr_ PPCW_INSTANCE *Instance,
                      _In_ PPCW_REGISTRATION Registration,
                      _In_ PCUNICODE_STRING Name, _In_ ULONG Count,
                      _In_reads_(Count) PPCW_DATA Data);
_IRQL_requires_max_(APC_LEVEL) VOID NTAPI
    PcwCloseInstance(_In_ PPCW_INSTANCE Instance);
/* from a PcwCallbackEnumerateInstances/CollectData callback */
_IRQL_requires_max_(APC_LEVEL) NTSTATUS NTAPI
    PcwAddInstance(_In_ PPCW_BUFFER Buffer, _In_ PCUNICODE_STRING Name,
                   _In_ ULONG Id, _In_ ULONG Count,
                   _In_reads_(Count) PPCW_DATA Data);
/* ---- end: added for hmisc ---- */
/* ---- added for hwmi (serial, storage class drivers) ---- */
/* wdm.h compares NTDDI_VERSION with the NTDDI_ values: they are
 * sdkddkver.h's. */
#include "sdkddkver.h"
/* The WDK's kernel headers bring the C run-time's string routines with them
 * (RtlCopyMemory and its siblings are memcpy and the others): drivers call
 * strlen and strncmp with no include of their own. */
#include "string.h"
/* ...and the error-log message codes. */
#include "ntiologc.h"

/* The IRQLs above DISPATCH_LEVEL that drivers name (x64 values). */
#ifndef PROFILE_LEVEL
#define PROFILE_LEVEL 15
#define CLOCK_LEVEL 13
#define IPI_LEVEL 14
#define DRS_LEVEL 14
#define POWER_LEVEL 14
#endif

/* IRP priority hints */
_IRQL_requires_max_(HIGH_LEVEL) IO_PRIORITY_HINT
    IoGetIoPriorityHint(_In_ PIRP Irp);
_IRQL_requires_max_(HIGH_LEVEL) NTSTATUS
    IoSetIoPriorityHint(_In_ PIRP Irp, _In_ IO_PRIORITY_HINT PriorityHint);

/* The status a master IRP completes with: the first failure of its
 * associated IRPs wins over success. */
_IRQL_requires_max_(DISPATCH_LEVEL) FORCEINLINE VOID
    IoSetMasterIrpStatus(_Inout_ PIRP MasterIrp, _In_ NTSTATUS Status) {
  NTSTATUS MasterStatus = MasterIrp->IoStatus.Status;
  if (Status == STATUS_SUCCESS || MasterStatus == Status) {
    return;
  }
  if (MasterStatus == STATUS_SUCCESS || Status < MasterStatus) {
    MasterIrp->IoStatus.Status = Status;
  }
}

/* ---- system-allocated timer objects (ExAllocateTimer) ---- */
typedef struct _EX_TIMER *PEX_TIMER;
typedef VOID EXT_CALLBACK(_In_ PEX_TIMER Timer, _In_opt_ PVOID Context);
typedef EXT_CALLBACK *PEXT_CALLBACK;
typedef VOID EXT_DELETE_CALLBACK(_In_opt_ PVOID Context);
typedef EXT_DELETE_CALLBACK *PEXT_DELETE_CALLBACK;
typedef PVOID PEXT_CANCEL_PARAMETERS;

typedef struct _EXT_SET_PARAMETERS_V0 {
  ULONG Version;
  ULONG Reserved;
  LONGLONG NoWakeTolerance;
} EXT_SET_PARAMETERS, *PEXT_SET_PARAMETERS;

typedef struct _EXT_DELETE_PARAMETERS {
  ULONG Version;
  ULONG Reserved;
  PEXT_DELETE_CALLBACK DeleteCallback;
  PVOID DeleteContext;
} EXT_DELETE_PARAMETERS, *PEXT_DELETE_PARAMETERS;

/* Attributes of ExAllocateTimer */
#define EX_TIMER_HIGH_RESOLUTION 0x4
#define EX_TIMER_NO_WAKE 0x8
/* NoWakeTolerance: the timer may wait as long as the system sleeps */
#define EX_TIMER_UNLIMITED_TOLERANCE (-(LONGLONG)1)

_IRQL_requires_max_(DISPATCH_LEVEL) PEX_TIMER
    ExAllocateTimer(_In_opt_ PEXT_CALLBACK Callback,
                    _In_opt_ PVOID CallbackContext, _In_ ULONG Attributes);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    ExSetTimer(_In_ PEX_TIMER Timer, _In_ LONGLONG DueTime,
               _In_ LONGLONG Period, _In_opt_ PEXT_SET_PARAMETERS Parameters);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    ExCancelTimer(_Inout_ PEX_TIMER Timer,
                  _In_opt_ PEXT_CANCEL_PARAMETERS Parameters);
/* Waiting (Wait TRUE) needs APC_LEVEL or below. */
_When_(Wait, _IRQL_requires_max_(APC_LEVEL))
    _When_(!Wait, _IRQL_requires_max_(DISPATCH_LEVEL)) BOOLEAN
    ExDeleteTimer(_In_ PEX_TIMER Timer, _In_ BOOLEAN Cancel, _In_ BOOLEAN Wait,
                  _In_opt_ PEXT_DELETE_PARAMETERS Parameters);
_IRQL_requires_max_(HIGH_LEVEL) FORCEINLINE VOID
    ExInitializeSetTimerParameters(_Out_ PEXT_SET_PARAMETERS Parameters) {
  Parameters->Version = 0;
  Parameters->Reserved = 0;
  Parameters->NoWakeTolerance = 0;
}
_IRQL_requires_max_(HIGH_LEVEL) FORCEINLINE VOID
    ExInitializeDeleteTimerParameters(_Out_ PEXT_DELETE_PARAMETERS Parameters) {
  Parameters->Version = 0;
  Parameters->Reserved = 0;
  Parameters->DeleteCallback = NULL;
  Parameters->DeleteContext = NULL;
}

/* ---- time and NUMA nodes ---- */
_IRQL_requires_max_(HIGH_LEVEL) ULONGLONG KeQueryUnbiasedInterruptTime(void);
_IRQL_requires_max_(HIGH_LEVEL) ULONG64
    KeQueryUnbiasedInterruptTimePrecise(_Out_ PULONG64 QpcTimeStamp);
_IRQL_requires_max_(HIGH_LEVEL) USHORT KeGetCurrentNodeNumber(void);
_IRQL_requires_max_(HIGH_LEVEL) USHORT KeQueryHighestNodeNumber(void);

/* ---- run-down protection ---- */
typedef struct _EX_RUNDOWN_REF {
  union {
    ULONG_PTR Count;
    PVOID Ptr;
  };
} EX_RUNDOWN_REF, *PEX_RUNDOWN_REF;
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    ExInitializeRundownProtection(_Out_ PEX_RUNDOWN_REF RunRef);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    ExReInitializeRundownProtection(_Inout_ PEX_RUNDOWN_REF RunRef);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    ExAcquireRundownProtection(_Inout_ PEX_RUNDOWN_REF RunRef);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    ExReleaseRundownProtection(_Inout_ PEX_RUNDOWN_REF RunRef);
_IRQL_requires_max_(APC_LEVEL) VOID
    ExWaitForRundownProtectionRelease(_Inout_ PEX_RUNDOWN_REF RunRef);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    ExRundownCompleted(_Out_ PEX_RUNDOWN_REF RunRef);

/* The cache-aware form: one counter per processor, opaque to the caller. */
typedef struct _EX_RUNDOWN_REF_CACHE_AWARE *PEX_RUNDOWN_REF_CACHE_AWARE;
_IRQL_requires_max_(DISPATCH_LEVEL) PEX_RUNDOWN_REF_CACHE_AWARE
    ExAllocateCacheAwareRundownProtection(_In_ POOL_TYPE PoolType,
                                          _In_ ULONG PoolTag);
_IRQL_requires_max_(DISPATCH_LEVEL) SIZE_T
    ExSizeOfRundownProtectionCacheAware(void);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    ExInitializeRundownProtectionCacheAware(_Out_ PEX_RUNDOWN_REF_CACHE_AWARE
                                                RunRefCacheAware,
                                            _In_ SIZE_T RunRefSize);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID ExFreeCacheAwareRundownProtection(
    _Inout_ PEX_RUNDOWN_REF_CACHE_AWARE RunRefCacheAware);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    ExAcquireRundownProtectionCacheAware(
        _Inout_ PEX_RUNDOWN_REF_CACHE_AWARE RunRefCacheAware);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID ExReleaseRundownProtectionCacheAware(
    _Inout_ PEX_RUNDOWN_REF_CACHE_AWARE RunRefCacheAware);
_IRQL_requires_max_(APC_LEVEL) VOID ExWaitForRundownProtectionReleaseCacheAware(
    _Inout_ PEX_RUNDOWN_REF_CACHE_AWARE RunRef);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    ExReInitializeRundownProtectionCacheAware(
        _Inout_ PEX_RUNDOWN_REF_CACHE_AWARE RunRefCacheAware);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID ExRundownCompletedCacheAware(
    _Inout_ PEX_RUNDOWN_REF_CACHE_AWARE RunRefCacheAware);

/* ---- object directories and temporary objects ---- */
#define DIRECTORY_QUERY 0x0001
#define DIRECTORY_TRAVERSE 0x0002
#define DIRECTORY_CREATE_OBJECT 0x0004
#define DIRECTORY_CREATE_SUBDIRECTORY 0x0008
#define DIRECTORY_ALL_ACCESS (STANDARD_RIGHTS_REQUIRED | 0xF)
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    ZwCreateDirectoryObject(_Out_ PHANDLE DirectoryHandle,
                            _In_ ACCESS_MASK DesiredAccess,
                            _In_ POBJECT_ATTRIBUTES ObjectAttributes);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    ZwMakeTemporaryObject(_In_ HANDLE Handle);

/* ---- 64-bit reads and writes without a fence ---- */
#define ReadULong64NoFence(Source) (*(volatile const ULONG64 *)(Source))
#define WriteULong64NoFence(Destination, Value)                                \
  ((void)(*(volatile ULONG64 *)(Destination) = (ULONG64)(Value)))

/* ---- the BIOS's INT 13 drive parameters (a configuration-data entry) ---- */
typedef struct _CM_INT13_DRIVE_PARAMETER {
  USHORT DriveSelect;
  ULONG MaxCylinders;
  USHORT SectorsPerTrack;
  USHORT MaxHeads;
  USHORT NumberDrives;
} CM_INT13_DRIVE_PARAMETER, *PCM_INT13_DRIVE_PARAMETER;

/* ---- ETW providers in kernel mode (wdm.h brings evntprov.h) ---- */
#include "evntprov.h"
typedef VOID ETWENABLECALLBACK(_In_ LPCGUID SourceId, _In_ ULONG ControlCode,
                               _In_ UCHAR Level, _In_ ULONGLONG MatchAnyKeyword,
                               _In_ ULONGLONG MatchAllKeyword,
                               _In_opt_ PEVENT_FILTER_DESCRIPTOR FilterData,
                               _Inout_opt_ PVOID CallbackContext);
typedef ETWENABLECALLBACK *PETWENABLECALLBACK;
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    EtwRegister(_In_ LPCGUID ProviderId,
                _In_opt_ PETWENABLECALLBACK EnableCallback,
                _In_opt_ PVOID CallbackContext, _Out_ PREGHANDLE RegHandle);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    EtwUnregister(_In_ REGHANDLE RegHandle);
_IRQL_requires_max_(HIGH_LEVEL) BOOLEAN
    EtwEventEnabled(_In_ REGHANDLE RegHandle,
                    _In_ PCEVENT_DESCRIPTOR EventDescriptor);
_IRQL_requires_max_(HIGH_LEVEL) BOOLEAN
    EtwProviderEnabled(_In_ REGHANDLE RegHandle, _In_ UCHAR Level,
                       _In_ ULONGLONG Keyword);
_IRQL_requires_max_(HIGH_LEVEL) NTSTATUS
    EtwWrite(_In_ REGHANDLE RegHandle, _In_ PCEVENT_DESCRIPTOR EventDescriptor,
             _In_opt_ LPCGUID ActivityId, _In_ ULONG UserDataCount,
             _In_reads_opt_(UserDataCount) PEVENT_DATA_DESCRIPTOR UserData);
_IRQL_requires_max_(HIGH_LEVEL) NTSTATUS EtwWriteTransfer(
    _In_ REGHANDLE RegHandle, _In_ PCEVENT_DESCRIPTOR EventDescriptor,
    _In_opt_ LPCGUID ActivityId, _In_opt_ LPCGUID RelatedActivityId,
    _In_ ULONG UserDataCount,
    _In_reads_opt_(UserDataCount) PEVENT_DATA_DESCRIPTOR UserData);

/* ---- power settings a storage class driver watches ---- */
/* The console display's state ("Power Setting GUIDs"): its data is a
 * MONITOR_DISPLAY_STATE. */
DEFINE_GUID(GUID_CONSOLE_DISPLAY_STATE, 0x6fe69556, 0x704a, 0x47a0, 0x8f, 0x24,
            0xc2, 0x8d, 0x93, 0x6f, 0xda, 0x47);
/* The disk idle time-out; no page pairs this name with a value. */
extern const GUID GUID_DISK_IDLE_TIMEOUT;
typedef enum _MONITOR_DISPLAY_STATE {
  PowerMonitorOff,
  PowerMonitorOn,
  PowerMonitorDim
} MONITOR_DISPLAY_STATE,
    *PMONITOR_DISPLAY_STATE;

/* ---- status codes of the storage stack ([MS-ERREF] NTSTATUS values) ---- */
#define STATUS_DEVICE_FEATURE_NOT_SUPPORTED ((NTSTATUS)0xC0000463L)
#define STATUS_DEVICE_UNREACHABLE ((NTSTATUS)0xC0000464L)
#define STATUS_INVALID_OFFSET_ALIGNMENT ((NTSTATUS)0xC0000474L)
#define STATUS_INVALID_FIELD_IN_PARAMETER_LIST ((NTSTATUS)0xC0000475L)
#define STATUS_OPERATION_IN_PROGRESS ((NTSTATUS)0xC0000476L)

#endif
