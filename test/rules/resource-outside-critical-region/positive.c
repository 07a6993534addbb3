// resource-outside-critical-region: an executive resource, a push lock or
// an Unsafe mutex acquired where normal kernel APCs are provably enabled:
// in a routine the system calls with them enabled, before any critical or
// guarded region on the path, or through a helper that acquires one with
// APCs as its caller leaves them.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s %check_not
// RUN: %expect_exit 1 %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ntifs.h>

typedef struct _VCB {
  ERESOURCE Resource;
  EX_PUSH_LOCK PushLock;
  FAST_MUTEX Mutex;
  ULONG State;
} VCB, *PVCB;

DRIVER_DISPATCH DispatchQueryInformation;
NTSTATUS DispatchQueryInformation(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PVCB Vcb = (PVCB)DeviceObject->DeviceExtension;
  ExAcquireResourceSharedLite(&Vcb->Resource, TRUE);
  // CHECK: :[[@LINE-1]]:3: warning: ExAcquireResourceSharedLite acquires executive resource 'Vcb->Resource' with normal kernel APCs enabled: 'DispatchQueryInformation' is called with them enabled (its role DRIVER_DISPATCH) and has not entered a critical region [resource-outside-critical-region]
  Irp->IoStatus.Information = Vcb->State;
  ExReleaseResourceLite(&Vcb->Resource);
  return STATUS_SUCCESS;
}

// A work item runs at PASSIVE_LEVEL in a system thread, APCs enabled.
IO_WORKITEM_ROUTINE FlushWorker;
VOID FlushWorker(PDEVICE_OBJECT DeviceObject, PVOID Context) {
  PVCB Vcb = (PVCB)Context;
  ExAcquirePushLockExclusive(&Vcb->PushLock);
  // CHECK: :[[@LINE-1]]:3: warning: ExAcquirePushLockExclusive acquires push lock 'Vcb->PushLock' with normal kernel APCs enabled: 'FlushWorker' is called with them enabled (its role IO_WORKITEM_ROUTINE) and has not entered a critical region [resource-outside-critical-region]
  Vcb->State = 0;
  ExReleasePushLockExclusive(&Vcb->PushLock);
  ExAcquireFastMutexUnsafe(&Vcb->Mutex);
  // CHECK: :[[@LINE-1]]:3: warning: ExAcquireFastMutexUnsafe acquires fast mutex 'Vcb->Mutex' with normal kernel APCs enabled: 'FlushWorker' is called with them enabled (its role IO_WORKITEM_ROUTINE) and has not entered a critical region [resource-outside-critical-region]
  Vcb->State = 1;
  ExReleaseFastMutexUnsafe(&Vcb->Mutex);
  UNREFERENCED_PARAMETER(DeviceObject);
}

// A helper that expects its caller to have entered the region, called
// where it has not: reported at the call, once.
VOID LockVcbShared(PVCB Vcb) { ExAcquireResourceSharedLite(&Vcb->Resource, TRUE); }
VOID UnlockVcb(PVCB Vcb) { ExReleaseResourceLite(&Vcb->Resource); }

DRIVER_DISPATCH DispatchRead;
NTSTATUS DispatchRead(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PVCB Vcb = (PVCB)DeviceObject->DeviceExtension;
  LockVcbShared(Vcb);
  // CHECK: :[[@LINE-1]]:3: warning: 'LockVcbShared' acquires a lock that needs normal kernel APCs disabled, but here they are enabled: 'DispatchRead' is called with them enabled (its role DRIVER_DISPATCH) and has not entered a critical region [resource-outside-critical-region]
  // CHECK-NEXT: note: 'LockVcbShared' calls ExAcquireResourceSharedLite here
  Irp->IoStatus.Information = Vcb->State;
  UnlockVcb(Vcb);
  return STATUS_SUCCESS;
}

// Left the region before the acquire on one path.
DRIVER_DISPATCH DispatchWrite;
NTSTATUS DispatchWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PVCB Vcb = (PVCB)DeviceObject->DeviceExtension;
  KeEnterCriticalRegion();
  Vcb->State++;
  KeLeaveCriticalRegion();
  ExAcquireResourceExclusiveLite(&Vcb->Resource, TRUE);
  // CHECK: :[[@LINE-1]]:3: warning: ExAcquireResourceExclusiveLite acquires executive resource 'Vcb->Resource' with normal kernel APCs enabled: 'DispatchWrite' is called with them enabled (its role DRIVER_DISPATCH) and has not entered a critical region [resource-outside-critical-region]
  ExReleaseResourceLite(&Vcb->Resource);
  UNREFERENCED_PARAMETER(Irp);
  return STATUS_SUCCESS;
}
