// Kernel queue objects, AVL generic tables, Unicode prefix tables, reparse
// buffers, run-down protection, the typed no-fence accesses, mountmgr.h and
// minwindef.h, as the file systems and virtual drivers outside the samples
// (issue 18's other projects) use them. A missing or misdeclared name is a
// clang error, which fails the test. _ReadWriteBarrier is a routine, so a
// driver may declare it itself. The IRQL rules of the queue and table
// routines are read from their declarations.
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <ntifs.h>
#include <minwindef.h>
#include <mountmgr.h>
#include <ntintsafe.h>

typedef struct _WORK_ITEM {
  LIST_ENTRY Link;
  ULONG Id;
} WORK_ITEM, *PWORK_ITEM;

typedef struct _NAME_NODE {
  UNICODE_PREFIX_TABLE_ENTRY PrefixEntry;
  UNICODE_STRING Name;
} NAME_NODE;

typedef struct _VOLUME {
  KQUEUE WorkQueue;
  KSPIN_LOCK Lock;
  RTL_AVL_TABLE Ids;
  UNICODE_PREFIX_TABLE Names;
  EX_RUNDOWN_REF Rundown;
  BOOLEAN Stopping;
  PVOID Current;
  LONG64 Generation;
  WCHAR Root[MAX_PATH];
  LPCTSTR Tag;
} VOLUME, *PVOLUME;

RTL_AVL_COMPARE_ROUTINE CompareIds;
RTL_AVL_ALLOCATE_ROUTINE AllocateId;
RTL_AVL_FREE_ROUTINE FreeId;

RTL_GENERIC_COMPARE_RESULTS CompareIds(PRTL_AVL_TABLE Table, PVOID First,
                                       PVOID Second) {
  ULONG a = *(PULONG)First, b = *(PULONG)Second;
  UNREFERENCED_PARAMETER(Table);
  return a < b ? GenericLessThan : a > b ? GenericGreaterThan : GenericEqual;
}
PVOID AllocateId(PRTL_AVL_TABLE Table, CLONG Size) {
  UNREFERENCED_PARAMETER(Table);
  return ExAllocatePool2(POOL_FLAG_PAGED, Size, 'dIvV');
}
VOID FreeId(PRTL_AVL_TABLE Table, PVOID Buffer) {
  UNREFERENCED_PARAMETER(Table);
  ExFreePool(Buffer);
}

void _ReadWriteBarrier(void);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS VolumeSetup(PVOLUME Volume, NAME_NODE *Node) {
  ULONG id = 7;
  BOOLEAN added;
  KeInitializeQueue(&Volume->WorkQueue, 0);
  KeInitializeSpinLock(&Volume->Lock);
  RtlInitializeGenericTableAvl(&Volume->Ids, CompareIds, AllocateId, FreeId,
                               NULL);
  if (!RtlInsertElementGenericTableAvl(&Volume->Ids, &id, sizeof(id), &added))
    return STATUS_INSUFFICIENT_RESOURCES;
  RtlInitializeUnicodePrefix(&Volume->Names);
  if (!RtlInsertUnicodePrefix(&Volume->Names, &Node->Name, &Node->PrefixEntry))
    return STATUS_OBJECT_NAME_COLLISION;
  ExInitializeRundownProtection(&Volume->Rundown);
  WriteBooleanNoFence(&Volume->Stopping, FALSE);
  WritePointerRelease(&Volume->Current, NULL);
  WriteNoFence64(&Volume->Generation, 1);
  _ReadWriteBarrier();
  return RtlNumberGenericTableElementsAvl(&Volume->Ids) == 1
             ? STATUS_SUCCESS
             : STATUS_THREAD_IS_TERMINATING;
}

_IRQL_requires_(PASSIVE_LEVEL)
ULONG VolumeWorker(PVOLUME Volume, PUNICODE_STRING Path) {
  PLIST_ENTRY entries[4];
  ULONG n = 0;
  PUNICODE_PREFIX_TABLE_ENTRY match;
  if (ReadBooleanNoFence(&Volume->Stopping) ||
      !ExAcquireRundownProtection(&Volume->Rundown))
    return 0;
  match = RtlFindUnicodePrefix(&Volume->Names, Path, 0);
  if (match != NULL && KeReadStateQueue(&Volume->WorkQueue) >= 0)
    n = KeRemoveQueueEx(&Volume->WorkQueue, KernelMode, FALSE, NULL, entries,
                        4);
  ExReleaseRundownProtection(&Volume->Rundown);
  return n;
}

// Waiting on the queue holding a spin lock: the wait routine's rule (APC
// level at most without a zero timeout) is read from KeRemoveQueueEx.
VOID VolumeDrainLocked(PVOLUME Volume) {
  KIRQL irql;
  PLIST_ENTRY one[1];
  KeAcquireSpinLock(&Volume->Lock, &irql);
  (void)KeRemoveQueueEx(&Volume->WorkQueue, KernelMode, FALSE, NULL, one, 1);
  // CHECK: :[[@LINE-1]]:9: warning: KeRemoveQueueEx requires IRQL <= APC_LEVEL{{.*}} [irql-too-high]
  // CHECK-NEXT: note: {{.*}}KeAcquireSpinLock
  KeReleaseSpinLock(&Volume->Lock, irql);
}

// A lookup in the AVL table under the spin lock: the table routines run
// below DISPATCH_LEVEL.
BOOLEAN VolumeHasIdLocked(PVOLUME Volume, ULONG Id) {
  KIRQL irql;
  BOOLEAN found;
  KeAcquireSpinLock(&Volume->Lock, &irql);
  found = RtlLookupElementGenericTableAvl(&Volume->Ids, &Id) != NULL;
  // CHECK: :[[@LINE-1]]:11: warning: RtlLookupElementGenericTableAvl requires IRQL <= APC_LEVEL{{.*}} [irql-too-high]
  // CHECK-NEXT: note: {{.*}}KeAcquireSpinLock
  KeReleaseSpinLock(&Volume->Lock, irql);
  return found;
}

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID VolumeQueueWork(PVOLUME Volume, PWORK_ITEM Item) {
  (void)KeInsertQueue(&Volume->WorkQueue, &Item->Link);
}

ULONG ReparseHeaderAndMountInput(PREPARSE_DATA_BUFFER Reparse) {
  MOUNTMGR_CREATE_POINT_INPUT input = {0};
  ULONG code = IOCTL_MOUNTMGR_CREATE_POINT;
  input.DeviceNameOffset = sizeof(input);
  if (Reparse->ReparseTag != IO_REPARSE_TAG_MOUNT_POINT)
    return 0;
  return code + input.DeviceNameOffset + REPARSE_DATA_BUFFER_HEADER_SIZE +
         Reparse->MountPointReparseBuffer.SubstituteNameLength;
}

// Older SAL with a constant size, the SIZE_T spelling of the safe-integer
// routines, and saving the extended processor state around vector code.
VOID FormatKey(_Out_z_cap_c_(16) PSTR Out) { Out[0] = '\0'; }

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS ScaledSize(SIZE_T Count, SIZE_T *Bytes) {
  XSTATE_SAVE save;
  NTSTATUS status = RtlSIZETMult(Count, 32, Bytes);
  if (!NT_SUCCESS(status) || *Bytes > (SIZE_T)LONGLONG_MAX)
    return STATUS_INTEGER_OVERFLOW;
  if ((RtlGetEnabledExtendedFeatures(XSTATE_MASK_AVX) & XSTATE_MASK_AVX) &&
      NT_SUCCESS(KeSaveExtendedProcessorState(XSTATE_MASK_AVX, &save)))
    KeRestoreExtendedProcessorState(&save);
  return status;
}
