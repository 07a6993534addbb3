// What locks other than spin locks do not do, reduced from false findings
// on real file systems: an acquire that waits returns TRUE (its failure
// branch is not a path), a critical region is no lock another thread
// waits for (no lock order through it), and releasing a fast mutex while
// a resource taken after it is held lowers the IRQL under no spin lock.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <ntifs.h>

typedef struct _VCB {
  ERESOURCE Resource;
  FAST_MUTEX Mutex;
  KSPIN_LOCK SpinLock;
  ULONG State;
} VCB, *PVCB;

// Wait == TRUE: ExAcquireResourceExclusiveLite returns TRUE.
NTSTATUS WaitingAcquire(PVCB Vcb) {
  KeEnterCriticalRegion();
  if (!ExAcquireResourceExclusiveLite(&Vcb->Resource, TRUE))
    return STATUS_UNSUCCESSFUL; /* never taken */
  Vcb->State++;
  ExReleaseResourceLite(&Vcb->Resource);
  KeLeaveCriticalRegion();
  return STATUS_SUCCESS;
}

// The region on either side of the resource: no order between them.
VOID RegionThenResource(PVCB Vcb) {
  KeEnterCriticalRegion();
  ExAcquireResourceSharedLite(&Vcb->Resource, TRUE);
  ExReleaseResourceLite(&Vcb->Resource);
  KeLeaveCriticalRegion();
}

// (its caller has disabled APCs)
VOID ResourceThenRegion(PVCB Vcb) {
  ExAcquireResourceSharedLite(&Vcb->Resource, TRUE);
  KeEnterCriticalRegion();
  Vcb->State = 0;
  KeLeaveCriticalRegion();
  ExReleaseResourceLite(&Vcb->Resource);
}

// The fast mutex's release restores PASSIVE_LEVEL while the resource is
// held: fine; while a spin lock taken after it is held: not.
VOID MutexThenResource(PVCB Vcb) {
  ExAcquireFastMutex(&Vcb->Mutex);
  ExAcquireResourceExclusiveLite(&Vcb->Resource, TRUE);
  ExReleaseFastMutex(&Vcb->Mutex);
  ExReleaseResourceLite(&Vcb->Resource);
}

VOID MutexThenSpinLock(PVCB Vcb) {
  ExAcquireFastMutex(&Vcb->Mutex);
  KeAcquireSpinLockAtDpcLevel(&Vcb->SpinLock);
  // CHECK: :[[@LINE-1]]:3: warning: KeAcquireSpinLockAtDpcLevel requires IRQL >= DISPATCH_LEVEL, but here the IRQL is APC_LEVEL [irql-too-low]
  ExReleaseFastMutex(&Vcb->Mutex);
  // CHECK: :[[@LINE-1]]:3: warning: 'Vcb->Mutex' is released by ExReleaseFastMutex while 'Vcb->SpinLock', acquired after it, is still held: the release restores the IRQL saved before 'Vcb->Mutex' was acquired [lock-release-order]
  KeReleaseSpinLockFromDpcLevel(&Vcb->SpinLock);
}
