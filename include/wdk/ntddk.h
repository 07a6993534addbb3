/* irqlint's model of ntddk.h, written from the documentation. The routines
 * the reference pages list under ntddk.h that drivers here use are declared
 * with the rest of the kernel API in wdm.h. */
#include "wdm.h"

/* the resource routines' names before the …Lite ones; the WDK's ntddk.h
 * keeps them as aliases */
#define ExInitializeResource ExInitializeResourceLite
#define ExAcquireResourceShared ExAcquireResourceSharedLite
#define ExAcquireResourceExclusive ExAcquireResourceExclusiveLite
#define ExReleaseResourceForThread ExReleaseResourceForThreadLite
#define ExConvertExclusiveToShared ExConvertExclusiveToSharedLite
#define ExDeleteResource ExDeleteResourceLite
#define ExIsResourceAcquiredExclusive ExIsResourceAcquiredExclusiveLite
#define ExIsResourceAcquiredShared ExIsResourceAcquiredSharedLite
#define ExIsResourceAcquired ExIsResourceAcquiredSharedLite

/* ---- added for filesys ---- */
/* (guarded: this header has no include guard of its own) */
#ifndef IRQLINT_WDK_NTDDK_FILESYS
#define IRQLINT_WDK_NTDDK_FILESYS
/* splay trees and the generic tables built on them (ntddk.h) */
typedef struct _RTL_SPLAY_LINKS {
  struct _RTL_SPLAY_LINKS *Parent;
  struct _RTL_SPLAY_LINKS *LeftChild;
  struct _RTL_SPLAY_LINKS *RightChild;
} RTL_SPLAY_LINKS, *PRTL_SPLAY_LINKS;
#define RtlInitializeSplayLinks(Links)                                         \
  {                                                                            \
    PRTL_SPLAY_LINKS _SplayLinks;                                              \
    _SplayLinks = (PRTL_SPLAY_LINKS)(Links);                                   \
    _SplayLinks->Parent = _SplayLinks;                                         \
    _SplayLinks->LeftChild = NULL;                                             \
    _SplayLinks->RightChild = NULL;                                            \
  }
#define RtlParent(Links) ((PRTL_SPLAY_LINKS)(Links)->Parent)
#define RtlLeftChild(Links) ((PRTL_SPLAY_LINKS)(Links)->LeftChild)
#define RtlRightChild(Links) ((PRTL_SPLAY_LINKS)(Links)->RightChild)
#define RtlIsRoot(Links) ((RtlParent(Links) == (PRTL_SPLAY_LINKS)(Links)))
#define RtlIsLeftChild(Links)                                                  \
  ((RtlLeftChild(RtlParent(Links)) == (PRTL_SPLAY_LINKS)(Links)))
#define RtlIsRightChild(Links)                                                 \
  ((RtlRightChild(RtlParent(Links)) == (PRTL_SPLAY_LINKS)(Links)))
#define RtlInsertAsLeftChild(ParentLinks, ChildLinks)                          \
  {                                                                            \
    PRTL_SPLAY_LINKS _SplayParent;                                             \
    PRTL_SPLAY_LINKS _SplayChild;                                              \
    _SplayParent = (PRTL_SPLAY_LINKS)(ParentLinks);                            \
    _SplayChild = (PRTL_SPLAY_LINKS)(ChildLinks);                              \
    _SplayParent->LeftChild = _SplayChild;                                     \
    _SplayChild->Parent = _SplayParent;                                        \
  }
#define RtlInsertAsRightChild(ParentLinks, ChildLinks)                         \
  {                                                                            \
    PRTL_SPLAY_LINKS _SplayParent;                                             \
    PRTL_SPLAY_LINKS _SplayChild;                                              \
    _SplayParent = (PRTL_SPLAY_LINKS)(ParentLinks);                            \
    _SplayChild = (PRTL_SPLAY_LINKS)(ChildLinks);                              \
    _SplayParent->RightChild = _SplayChild;                                    \
    _SplayChild->Parent = _SplayParent;                                        \
  }
_IRQL_requires_max_(DISPATCH_LEVEL) PRTL_SPLAY_LINKS
    RtlSplay(_Inout_ PRTL_SPLAY_LINKS Links);
_IRQL_requires_max_(DISPATCH_LEVEL) PRTL_SPLAY_LINKS
    RtlDelete(_In_ PRTL_SPLAY_LINKS Links);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    RtlDeleteNoSplay(_In_ PRTL_SPLAY_LINKS Links,
                     _Inout_ PRTL_SPLAY_LINKS *Root);
_IRQL_requires_max_(DISPATCH_LEVEL) PRTL_SPLAY_LINKS
    RtlSubtreeSuccessor(_In_ PRTL_SPLAY_LINKS Links);
_IRQL_requires_max_(DISPATCH_LEVEL) PRTL_SPLAY_LINKS
    RtlSubtreePredecessor(_In_ PRTL_SPLAY_LINKS Links);
_IRQL_requires_max_(DISPATCH_LEVEL) PRTL_SPLAY_LINKS
    RtlRealSuccessor(_In_ PRTL_SPLAY_LINKS Links);
_IRQL_requires_max_(DISPATCH_LEVEL) PRTL_SPLAY_LINKS
    RtlRealPredecessor(_In_ PRTL_SPLAY_LINKS Links);

typedef enum _RTL_GENERIC_COMPARE_RESULTS {
  GenericLessThan,
  GenericGreaterThan,
  GenericEqual
} RTL_GENERIC_COMPARE_RESULTS;
struct _RTL_GENERIC_TABLE;
typedef RTL_GENERIC_COMPARE_RESULTS
RTL_GENERIC_COMPARE_ROUTINE(_In_ struct _RTL_GENERIC_TABLE *Table,
                            _In_ PVOID FirstStruct, _In_ PVOID SecondStruct);
typedef RTL_GENERIC_COMPARE_ROUTINE *PRTL_GENERIC_COMPARE_ROUTINE;
typedef PVOID
RTL_GENERIC_ALLOCATE_ROUTINE(_In_ struct _RTL_GENERIC_TABLE *Table,
                             _In_ CLONG ByteSize);
typedef RTL_GENERIC_ALLOCATE_ROUTINE *PRTL_GENERIC_ALLOCATE_ROUTINE;
typedef VOID RTL_GENERIC_FREE_ROUTINE(_In_ struct _RTL_GENERIC_TABLE *Table,
                                      _In_ __drv_freesMem(Mem)
                                          _Post_invalid_ PVOID Buffer);
typedef RTL_GENERIC_FREE_ROUTINE *PRTL_GENERIC_FREE_ROUTINE;
typedef struct _RTL_GENERIC_TABLE {
  PRTL_SPLAY_LINKS TableRoot;
  LIST_ENTRY InsertOrderList;
  PLIST_ENTRY OrderedPointer;
  ULONG WhichOrderedElement;
  ULONG NumberGenericTableElements;
  PRTL_GENERIC_COMPARE_ROUTINE CompareRoutine;
  PRTL_GENERIC_ALLOCATE_ROUTINE AllocateRoutine;
  PRTL_GENERIC_FREE_ROUTINE FreeRoutine;
  PVOID TableContext;
} RTL_GENERIC_TABLE, *PRTL_GENERIC_TABLE;
_IRQL_requires_max_(DISPATCH_LEVEL) VOID RtlInitializeGenericTable(
    _Out_ PRTL_GENERIC_TABLE Table,
    _In_ PRTL_GENERIC_COMPARE_ROUTINE CompareRoutine,
    _In_ PRTL_GENERIC_ALLOCATE_ROUTINE AllocateRoutine,
    _In_ PRTL_GENERIC_FREE_ROUTINE FreeRoutine, _In_opt_ PVOID TableContext);
_IRQL_requires_max_(DISPATCH_LEVEL) PVOID
    RtlInsertElementGenericTable(_In_ PRTL_GENERIC_TABLE Table,
                                 _In_reads_bytes_(BufferSize) PVOID Buffer,
                                 _In_ CLONG BufferSize,
                                 _Out_opt_ PBOOLEAN NewElement);
PVOID RtlInsertElementGenericTableFull(
    _In_ PRTL_GENERIC_TABLE Table, _In_reads_bytes_(BufferSize) PVOID Buffer,
    _In_ CLONG BufferSize, _Out_opt_ PBOOLEAN NewElement,
    _In_ PVOID NodeOrParent, _In_ ULONG SearchResult);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    RtlDeleteElementGenericTable(_In_ PRTL_GENERIC_TABLE Table,
                                 _In_ PVOID Buffer);
_IRQL_requires_max_(DISPATCH_LEVEL) PVOID
    RtlLookupElementGenericTable(_In_ PRTL_GENERIC_TABLE Table,
                                 _In_ PVOID Buffer);
_IRQL_requires_max_(APC_LEVEL) PVOID
    RtlEnumerateGenericTable(_In_ PRTL_GENERIC_TABLE Table,
                             _In_ BOOLEAN Restart);
_IRQL_requires_max_(DISPATCH_LEVEL) PVOID
    RtlEnumerateGenericTableWithoutSplaying(_In_ PRTL_GENERIC_TABLE Table,
                                            _Inout_ PVOID *RestartKey);
_IRQL_requires_max_(HIGH_LEVEL) PVOID
    RtlGetElementGenericTable(_In_ PRTL_GENERIC_TABLE Table, _In_ ULONG I);
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG
    RtlNumberGenericTableElements(_In_ PRTL_GENERIC_TABLE Table);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    RtlIsGenericTableEmpty(_In_ PRTL_GENERIC_TABLE Table);
#endif
/* ---- end: added for filesys ---- */

/* ---- added for security (ELAM boot-driver callbacks) ---- */
#ifndef IRQLINT_WDK_NTDDK_BDCB
#define IRQLINT_WDK_NTDDK_BDCB
typedef enum _BDCB_CALLBACK_TYPE {
  BdCbStatusUpdate,
  BdCbInitializeImage
} BDCB_CALLBACK_TYPE,
    *PBDCB_CALLBACK_TYPE;

typedef enum _BDCB_CLASSIFICATION {
  BdCbClassificationUnknownImage,
  BdCbClassificationKnownGoodImage,
  BdCbClassificationKnownBadImage,
  BdCbClassificationKnownBadImageBootCritical,
  BdCbClassificationEnd
} BDCB_CLASSIFICATION,
    *PBDCB_CLASSIFICATION;

typedef enum _BDCB_STATUS_UPDATE_TYPE {
  BdCbStatusPrepareForDependencyLoad,
  BdCbStatusPrepareForDriverLoad,
  BdCbStatusPrepareForUnload
} BDCB_STATUS_UPDATE_TYPE,
    *PBDCB_STATUS_UPDATE_TYPE;

typedef struct _BDCB_STATUS_UPDATE_CONTEXT {
  BDCB_STATUS_UPDATE_TYPE StatusType;
} BDCB_STATUS_UPDATE_CONTEXT, *PBDCB_STATUS_UPDATE_CONTEXT;

#define BDCB_IMAGEFLAGS_FAILED_CODE_INTEGRITY (1UL << 0)

typedef struct _BDCB_IMAGE_INFORMATION {
  BDCB_CLASSIFICATION Classification;
  ULONG ImageFlags;
  UNICODE_STRING ImageName;
  UNICODE_STRING RegistryPath;
  UNICODE_STRING CertificatePublisher;
  UNICODE_STRING CertificateIssuer;
  PVOID ImageHash;
  PVOID CertificateThumbprint;
  ULONG ImageHashAlgorithm;
  ULONG ThumbprintHashAlgorithm;
  ULONG ImageHashLength;
  ULONG CertificateThumbprintLength;
} BDCB_IMAGE_INFORMATION, *PBDCB_IMAGE_INFORMATION;

typedef VOID
BOOT_DRIVER_CALLBACK_FUNCTION(_In_opt_ PVOID CallbackContext,
                              _In_ BDCB_CALLBACK_TYPE Classification,
                              _Inout_ PBDCB_IMAGE_INFORMATION ImageInformation);
typedef BOOT_DRIVER_CALLBACK_FUNCTION *PBOOT_DRIVER_CALLBACK_FUNCTION;

_IRQL_requires_max_(PASSIVE_LEVEL) PVOID IoRegisterBootDriverCallback(
    _In_ PBOOT_DRIVER_CALLBACK_FUNCTION CallbackFunction,
    _In_opt_ PVOID CallbackContext);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    IoUnregisterBootDriverCallback(_In_ PVOID CallbackHandle);
/* ---- added for hwmi (serial, storage class drivers) ---- */
/* NEC PC-98 tests of old x86 drivers: never a PC-98 on x64. */
#define IsNEC_98 (FALSE)
#define IsNotNEC_98 (TRUE)

/* The system's count of devices of each class found so far. */
typedef struct _CONFIGURATION_INFORMATION {
  ULONG DiskCount;
  ULONG FloppyCount;
  ULONG CdRomCount;
  ULONG TapeCount;
  ULONG ScsiPortCount;
  ULONG SerialCount;
  ULONG ParallelCount;
  BOOLEAN AtDiskPrimaryAddressClaimed;
  BOOLEAN AtDiskSecondaryAddressClaimed;
  ULONG Version;
  ULONG MediumChangerCount;
} CONFIGURATION_INFORMATION, *PCONFIGURATION_INFORMATION;
_IRQL_requires_max_(PASSIVE_LEVEL) PCONFIGURATION_INFORMATION
    IoGetConfigurationInformation(void);

/* A boot driver's second chance once every boot driver has loaded. */
_IRQL_requires_max_(PASSIVE_LEVEL) VOID IoRegisterBootDriverReinitialization(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ PDRIVER_REINITIALIZE DriverReinitializationRoutine,
    _In_opt_ PVOID Context);

/* Removable-media errors the user caused, and the device to verify. */
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    IoSetHardErrorOrVerifyDevice(_In_ PIRP Irp,
                                 _In_ PDEVICE_OBJECT DeviceObject);
#define IoIsErrorUserInduced(Status)                                           \
  ((BOOLEAN)(((Status) == STATUS_DEVICE_NOT_READY) ||                          \
             ((Status) == STATUS_IO_TIMEOUT) ||                                \
             ((Status) == STATUS_MEDIA_WRITE_PROTECTED) ||                     \
             ((Status) == STATUS_NO_MEDIA_IN_DEVICE) ||                        \
             ((Status) == STATUS_UNRECOGNIZED_MEDIA) ||                        \
             ((Status) == STATUS_VERIFY_REQUIRED) ||                           \
             ((Status) == STATUS_WRONG_VOLUME)))

/* Paging I/O priority of an IRP */
typedef enum _IO_PAGING_PRIORITY {
  IoPagingPriorityInvalid,
  IoPagingPriorityNormal,
  IoPagingPriorityHigh,
  IoPagingPriorityReserved1,
  IoPagingPriorityReserved2
} IO_PAGING_PRIORITY;
_IRQL_requires_max_(DISPATCH_LEVEL) IO_PAGING_PRIORITY
    IoGetPagingIoPriority(_In_ PIRP Irp);

/* Counts of paging, hibernation and crash-dump files on a device. */
#define IoAdjustPagingPathCount(_Count_, _Increment_)                          \
  do {                                                                         \
    if (_Increment_) {                                                         \
      InterlockedIncrement(_Count_);                                           \
    } else {                                                                   \
      InterlockedDecrement(_Count_);                                           \
    }                                                                          \
  } while (0)

/* Time left on a device's power-transition watchdog. */
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    PoQueryWatchdogTime(_In_ PDEVICE_OBJECT Pdo, _Out_ PULONG SecondsRemaining);

/* ---- disks: signatures, the master boot record, partition tables ---- */
typedef struct _DISK_SIGNATURE {
  ULONG PartitionStyle;
  union {
    struct {
      ULONG Signature;
      ULONG CheckSum;
    } Mbr;
    struct {
      GUID DiskId;
    } Gpt;
  };
} DISK_SIGNATURE, *PDISK_SIGNATURE;
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    IoReadDiskSignature(_In_ PDEVICE_OBJECT DeviceObject,
                        _In_ ULONG BytesPerSector,
                        _Out_ PDISK_SIGNATURE Signature);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    HalExamineMBR(_In_ PDEVICE_OBJECT DeviceObject, _In_ ULONG SectorSize,
                  _In_ ULONG MBRTypeIdentifier, _Out_ PVOID *Buffer);
struct _DRIVE_LAYOUT_INFORMATION_EX;
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS IoReadPartitionTableEx(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Out_ struct _DRIVE_LAYOUT_INFORMATION_EX **DriveLayout);

#endif

/* ---- added for other projects ---- */
#ifndef IRQLINT_WDK_NTDDK_OTHER
#define IRQLINT_WDK_NTDDK_OTHER
/* Generic tables kept in Adelson-Velsky/Landis trees (the ...Avl
 * routines). The caller serializes access (the reference pages suggest a
 * fast mutex) and calls them below DISPATCH_LEVEL: the table's memory and
 * the callbacks may be pageable. */
typedef struct _RTL_BALANCED_LINKS {
  struct _RTL_BALANCED_LINKS *Parent;
  struct _RTL_BALANCED_LINKS *LeftChild;
  struct _RTL_BALANCED_LINKS *RightChild;
  CHAR Balance;
  UCHAR Reserved[3];
} RTL_BALANCED_LINKS, *PRTL_BALANCED_LINKS;
typedef enum _TABLE_SEARCH_RESULT {
  TableEmptyTree,
  TableFoundNode,
  TableInsertAsLeft,
  TableInsertAsRight
} TABLE_SEARCH_RESULT;
struct _RTL_AVL_TABLE;
typedef RTL_GENERIC_COMPARE_RESULTS
RTL_AVL_COMPARE_ROUTINE(_In_ struct _RTL_AVL_TABLE *Table,
                        _In_ PVOID FirstStruct, _In_ PVOID SecondStruct);
typedef RTL_AVL_COMPARE_ROUTINE *PRTL_AVL_COMPARE_ROUTINE;
typedef PVOID RTL_AVL_ALLOCATE_ROUTINE(_In_ struct _RTL_AVL_TABLE *Table,
                                       _In_ CLONG ByteSize);
typedef RTL_AVL_ALLOCATE_ROUTINE *PRTL_AVL_ALLOCATE_ROUTINE;
typedef VOID RTL_AVL_FREE_ROUTINE(_In_ struct _RTL_AVL_TABLE *Table,
                                  _In_ __drv_freesMem(Mem)
                                      _Post_invalid_ PVOID Buffer);
typedef RTL_AVL_FREE_ROUTINE *PRTL_AVL_FREE_ROUTINE;
typedef NTSTATUS RTL_AVL_MATCH_FUNCTION(_In_ struct _RTL_AVL_TABLE *Table,
                                        _In_ PVOID UserData,
                                        _In_ PVOID MatchData);
typedef RTL_AVL_MATCH_FUNCTION *PRTL_AVL_MATCH_FUNCTION;
typedef struct _RTL_AVL_TABLE {
  RTL_BALANCED_LINKS BalancedRoot;
  PVOID OrderedPointer;
  ULONG WhichOrderedElement;
  ULONG NumberGenericTableElements;
  ULONG DepthOfTree;
  PRTL_BALANCED_LINKS RestartKey;
  ULONG DeleteCount;
  PRTL_AVL_COMPARE_ROUTINE CompareRoutine;
  PRTL_AVL_ALLOCATE_ROUTINE AllocateRoutine;
  PRTL_AVL_FREE_ROUTINE FreeRoutine;
  PVOID TableContext;
} RTL_AVL_TABLE, *PRTL_AVL_TABLE;
_IRQL_requires_max_(APC_LEVEL) NTSYSAPI VOID
    RtlInitializeGenericTableAvl(_Out_ PRTL_AVL_TABLE Table,
                                 _In_ PRTL_AVL_COMPARE_ROUTINE CompareRoutine,
                                 _In_ PRTL_AVL_ALLOCATE_ROUTINE AllocateRoutine,
                                 _In_ PRTL_AVL_FREE_ROUTINE FreeRoutine,
                                 _In_opt_ PVOID TableContext);
_IRQL_requires_max_(APC_LEVEL) NTSYSAPI PVOID
    RtlInsertElementGenericTableAvl(_In_ PRTL_AVL_TABLE Table,
                                    _In_reads_bytes_(BufferSize) PVOID Buffer,
                                    _In_ CLONG BufferSize,
                                    _Out_opt_ PBOOLEAN NewElement);
_IRQL_requires_max_(APC_LEVEL) NTSYSAPI PVOID
    RtlInsertElementGenericTableFullAvl(
        _In_ PRTL_AVL_TABLE Table, _In_reads_bytes_(BufferSize) PVOID Buffer,
        _In_ CLONG BufferSize, _Out_opt_ PBOOLEAN NewElement,
        _In_ PVOID NodeOrParent, _In_ TABLE_SEARCH_RESULT SearchResult);
_IRQL_requires_max_(APC_LEVEL) NTSYSAPI BOOLEAN
    RtlDeleteElementGenericTableAvl(_In_ PRTL_AVL_TABLE Table,
                                    _In_ PVOID Buffer);
_IRQL_requires_max_(APC_LEVEL) NTSYSAPI VOID
    RtlDeleteElementGenericTableAvlEx(_In_ PRTL_AVL_TABLE Table,
                                      _In_ PVOID NodeOrParent);
_Must_inspect_result_ _IRQL_requires_max_(APC_LEVEL)
NTSYSAPI PVOID RtlLookupElementGenericTableAvl(_In_ PRTL_AVL_TABLE Table,
                                               _In_ PVOID Buffer);
_IRQL_requires_max_(APC_LEVEL) NTSYSAPI PVOID
    RtlLookupElementGenericTableFullAvl(
        _In_ PRTL_AVL_TABLE Table, _In_ PVOID Buffer, _Out_ PVOID *NodeOrParent,
        _Out_ TABLE_SEARCH_RESULT *SearchResult);
_IRQL_requires_max_(APC_LEVEL) NTSYSAPI PVOID
    RtlLookupFirstMatchingElementGenericTableAvl(_In_ PRTL_AVL_TABLE Table,
                                                 _In_ PVOID Buffer,
                                                 _Out_ PVOID *RestartKey);
_Must_inspect_result_ _IRQL_requires_max_(APC_LEVEL)
NTSYSAPI PVOID RtlEnumerateGenericTableAvl(_In_ PRTL_AVL_TABLE Table,
                                           _In_ BOOLEAN Restart);
_Must_inspect_result_ _IRQL_requires_max_(APC_LEVEL)
NTSYSAPI PVOID RtlEnumerateGenericTableWithoutSplayingAvl(
    _In_ PRTL_AVL_TABLE Table, _Inout_ PVOID *RestartKey);
_IRQL_requires_max_(APC_LEVEL) NTSYSAPI PVOID
    RtlEnumerateGenericTableLikeADirectory(
        _In_ PRTL_AVL_TABLE Table,
        _In_opt_ PRTL_AVL_MATCH_FUNCTION MatchFunction,
        _In_opt_ PVOID MatchData, _In_ ULONG NextFlag,
        _Inout_ PVOID *RestartKey, _Inout_ PULONG DeleteCount,
        _In_ PVOID Buffer);
_Must_inspect_result_ _IRQL_requires_max_(APC_LEVEL)
NTSYSAPI PVOID RtlGetElementGenericTableAvl(_In_ PRTL_AVL_TABLE Table,
                                            _In_ ULONG I);
_IRQL_requires_max_(APC_LEVEL) NTSYSAPI ULONG
    RtlNumberGenericTableElementsAvl(_In_ PRTL_AVL_TABLE Table);
_Must_inspect_result_ _IRQL_requires_max_(APC_LEVEL)
NTSYSAPI BOOLEAN RtlIsGenericTableEmptyAvl(_In_ PRTL_AVL_TABLE Table);
/* the physical memory ranges of the system (a zero-length entry ends the
 * array, which the caller frees with ExFreePool) */
typedef struct _PHYSICAL_MEMORY_RANGE {
  PHYSICAL_ADDRESS BaseAddress;
  LARGE_INTEGER NumberOfBytes;
} PHYSICAL_MEMORY_RANGE, *PPHYSICAL_MEMORY_RANGE;
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI PPHYSICAL_MEMORY_RANGE
    MmGetPhysicalMemoryRanges(VOID);
/* hot-adding and removing physical memory */
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI NTSTATUS
    MmAddPhysicalMemory(_In_ PPHYSICAL_ADDRESS StartAddress,
                        _Inout_ PLARGE_INTEGER NumberOfBytes);
_IRQL_requires_max_(PASSIVE_LEVEL) NTKERNELAPI NTSTATUS
    MmRemovePhysicalMemory(_In_ PPHYSICAL_ADDRESS StartAddress,
                           _Inout_ PLARGE_INTEGER NumberOfBytes);
/* the header of a crash dump file, for a driver that writes its own */
#define DUMP_TYPE_FULL 1
_IRQL_requires_max_(HIGH_LEVEL) NTKERNELAPI NTSTATUS
    KeInitializeCrashDumpHeader(_In_ ULONG DumpType, _In_ ULONG Flags,
                                _Out_writes_bytes_(BufferSize) PVOID Buffer,
                                _In_ ULONG BufferSize,
                                _Out_opt_ PULONG BufferNeeded);
#endif
/* ---- end: added for other projects ---- */
