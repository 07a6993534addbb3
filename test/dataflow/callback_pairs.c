// Acquire/release callback pairs the system calls: a routine registered as
// CACHE_MANAGER_CALLBACKS.AcquireForLazyWrite (or FAST_IO_DISPATCH's
// AcquireFileForNtCreateSection, declared with its role typedef, or
// FS_FILTER_CALLBACKS.PreAcquireForSectionSynchronization, registered with
// FsRtlRegisterFileSystemFilterCallbacks) takes the
// locks for the cache manager, which later calls its partner to drop
// them. Neither half is a leak or a release of an unheld lock; a routine
// the system calls for other purposes still is.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <ntifs.h>

typedef struct _VCB {
  ERESOURCE TreeLock;
} VCB, *PVCB;
typedef struct _FCB {
  PVCB Vcb;
  ERESOURCE Resource;
} FCB, *PFCB;

CACHE_MANAGER_CALLBACKS CacheCallbacks;

static BOOLEAN AcquireForLazyWrite(PVOID Context, BOOLEAN Wait) {
  PFILE_OBJECT fileObject = (PFILE_OBJECT)Context;
  PFCB fcb = (PFCB)fileObject->FsContext;
  if (!ExAcquireResourceSharedLite(&fcb->Vcb->TreeLock, Wait))
    return FALSE;
  if (!ExAcquireResourceExclusiveLite(&fcb->Resource, Wait)) {
    ExReleaseResourceLite(&fcb->Vcb->TreeLock);
    return FALSE;
  }
  return TRUE;
}

static VOID ReleaseFromLazyWrite(PVOID Context) {
  PFILE_OBJECT fileObject = (PFILE_OBJECT)Context;
  PFCB fcb = (PFCB)fileObject->FsContext;
  ExReleaseResourceLite(&fcb->Resource);
  ExReleaseResourceLite(&fcb->Vcb->TreeLock);
}

FAST_IO_ACQUIRE_FILE AcquireFileForNtCreateSection;
VOID AcquireFileForNtCreateSection(PFILE_OBJECT FileObject) {
  PFCB fcb = (PFCB)FileObject->FsContext;
  ExAcquireResourceExclusiveLite(&fcb->Resource, TRUE);
}

FAST_IO_RELEASE_FILE ReleaseFileForNtCreateSection;
VOID ReleaseFileForNtCreateSection(PFILE_OBJECT FileObject) {
  PFCB fcb = (PFCB)FileObject->FsContext;
  ExReleaseResourceLite(&fcb->Resource);
}

static NTSTATUS PreAcquireForSection(PFS_FILTER_CALLBACK_DATA Data,
                                     PVOID *CompletionContext) {
  PFCB fcb = (PFCB)Data->FileObject->FsContext;
  ExAcquireResourceExclusiveLite(&fcb->Resource, TRUE);
  UNREFERENCED_PARAMETER(CompletionContext);
  return STATUS_SUCCESS;
}

// The same body, not registered: the lock is its parameter's
// (Data->FileObject->FsContext->Resource, through the local fcb), so it is
// a lock wrapper, and the dispatch routine that calls it and returns
// holding the lock leaks it.
static NTSTATUS NotRegistered(PFS_FILTER_CALLBACK_DATA Data,
                              PVOID *CompletionContext) {
  PFCB fcb = (PFCB)Data->FileObject->FsContext;
  ExAcquireResourceExclusiveLite(&fcb->Resource, TRUE);
  UNREFERENCED_PARAMETER(CompletionContext);
  return STATUS_SUCCESS;
}

DRIVER_DISPATCH DispatchAcquire;
NTSTATUS DispatchAcquire(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  FS_FILTER_CALLBACK_DATA data;
  data.FileObject = IoGetCurrentIrpStackLocation(Irp)->FileObject;
  KeEnterCriticalRegion();
  NotRegistered(&data, NULL);
  // CHECK: :[[@LINE-1]]:3: warning: executive resource '{{.*}}Resource' is acquired by NotRegistered but not released on every path out of 'DispatchAcquire' [lock-not-released]
  // CHECK-NEXT: note: returns here
  KeLeaveCriticalRegion();
  UNREFERENCED_PARAMETER(DeviceObject);
  return STATUS_SUCCESS;
}

VOID InitCallbacks(PDRIVER_OBJECT Driver) {
  FS_FILTER_CALLBACKS FilterCallbacks;
  CacheCallbacks.AcquireForLazyWrite = AcquireForLazyWrite;
  CacheCallbacks.ReleaseFromLazyWrite = ReleaseFromLazyWrite;
  RtlZeroMemory(&FilterCallbacks, sizeof FilterCallbacks);
  FilterCallbacks.SizeOfFsFilterCallbacks = sizeof FilterCallbacks;
  FilterCallbacks.PreAcquireForSectionSynchronization = PreAcquireForSection;
  FsRtlRegisterFileSystemFilterCallbacks(Driver, &FilterCallbacks);
}

// A dispatch routine is no such partner.
DRIVER_DISPATCH DispatchCleanup;
NTSTATUS DispatchCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PFCB fcb = (PFCB)IoGetCurrentIrpStackLocation(Irp)->FileObject->FsContext;
  KeEnterCriticalRegion();
  ExReleaseResourceLite(&fcb->Resource);
  // CHECK: :[[@LINE-1]]:3: warning: executive resource 'fcb->Resource' is released by ExReleaseResourceLite but is not held on this path [lock-release-unheld]
  KeLeaveCriticalRegion();
  UNREFERENCED_PARAMETER(DeviceObject);
  return STATUS_SUCCESS;
}
