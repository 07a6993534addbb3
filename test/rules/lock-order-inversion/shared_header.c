// Two owners that embed one header without a member name (MS `COMMON;`, as
// a file system's FCB and VCB share their common header): the lock the
// header holds is a different class in each, as the code writes it
// (`Fcb->PagingIoResource` is an FCB's, `Vcb->PagingIoResource` the
// volume's). Taking the superblock lock under a file's paging resource,
// and the volume's paging resource under the superblock lock, is no cycle;
// a file's main resource and the tree lock taken both ways are.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <ntifs.h>

typedef struct _COMMON {
  ERESOURCE MainResource;
  ERESOURCE PagingIoResource;
} COMMON;
typedef struct _VCB {
  COMMON;
  ERESOURCE SuperLock;
  ERESOURCE TreeLock;
  struct _FCB *RootFcb;
} VCB, *PVCB;
typedef struct _FCB {
  COMMON;
  PVCB Vcb;
} FCB, *PFCB;

VOID CleanupFile(PFCB Fcb) {
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&Fcb->PagingIoResource, TRUE);
  ExAcquireResourceExclusiveLite(&Fcb->Vcb->SuperLock, TRUE);
  ExReleaseResourceLite(&Fcb->Vcb->SuperLock);
  ExReleaseResourceLite(&Fcb->PagingIoResource);
  KeLeaveCriticalRegion();
}

VOID PurgeVolume(PVCB Vcb) {
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&Vcb->SuperLock, TRUE);
  ExAcquireResourceExclusiveLite(&Vcb->PagingIoResource, TRUE);
  ExReleaseResourceLite(&Vcb->PagingIoResource);
  ExReleaseResourceLite(&Vcb->SuperLock);
  KeLeaveCriticalRegion();
}

VOID FlushRoot(PVCB Vcb) {
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&Vcb->TreeLock, TRUE);
  ExAcquireResourceExclusiveLite(&Vcb->RootFcb->MainResource, TRUE);
  ExReleaseResourceLite(&Vcb->RootFcb->MainResource);
  ExReleaseResourceLite(&Vcb->TreeLock);
  KeLeaveCriticalRegion();
}

VOID RenameFile(PFCB Fcb) {
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&Fcb->MainResource, TRUE);
  ExAcquireResourceExclusiveLite(&Fcb->Vcb->TreeLock, TRUE);
  // CHECK: :[[@LINE-1]]:3: warning: 'VCB.TreeLock' is acquired while 'FCB.MainResource' is held, but the program also takes these locks in the opposite order (FCB.MainResource -> VCB.TreeLock -> FCB.MainResource): threads taking them concurrently can deadlock [lock-order-inversion]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'FCB.MainResource' acquired here in 'RenameFile'
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'VCB.TreeLock' acquired here by ExAcquireResourceExclusiveLite while 'FCB.MainResource' is held
  // CHECK-NEXT: note: 'VCB.TreeLock' acquired here in 'FlushRoot'
  // CHECK-NEXT: note: 'FCB.MainResource' acquired here by ExAcquireResourceExclusiveLite while 'VCB.TreeLock' is held
  ExReleaseResourceLite(&Fcb->Vcb->TreeLock);
  ExReleaseResourceLite(&Fcb->MainResource);
  KeLeaveCriticalRegion();
}
