// resource-outside-critical-region, negative cases: inside a critical or
// guarded region (also entered through FsRtlEnterFileSystem or a guarded
// mutex), at APC_LEVEL under a fast mutex, the routines that enter the
// region themselves, helpers whose callers enter it, and routines whose
// caller's APC state is not known (a helper nobody calls from a dispatch
// routine): nothing provably enabled, nothing reported.
// RUN: %irqlint %s -- %wdk_amd64 | count 0
// RUN: %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | count 0
// RUN: %irqlint %s -- %wdk_x86 | count 0

#include <fltKernel.h>

typedef struct _VCB {
  ERESOURCE Resource;
  EX_PUSH_LOCK PushLock;
  FAST_MUTEX Mutex;
  KGUARDED_MUTEX Guarded;
  ULONG State;
} VCB, *PVCB;

DRIVER_DISPATCH DispatchCreate;
NTSTATUS DispatchCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PVCB Vcb = (PVCB)DeviceObject->DeviceExtension;
  FsRtlEnterFileSystem();
  ExAcquireResourceExclusiveLite(&Vcb->Resource, TRUE);
  Vcb->State = 1;
  ExReleaseResourceLite(&Vcb->Resource);
  FsRtlExitFileSystem();
  KeEnterGuardedRegion();
  ExAcquirePushLockShared(&Vcb->PushLock);
  Vcb->State = 2;
  ExReleasePushLockShared(&Vcb->PushLock);
  KeLeaveGuardedRegion();
  KeAcquireGuardedMutex(&Vcb->Guarded);
  ExAcquireResourceSharedLite(&Vcb->Resource, TRUE);
  ExReleaseResourceLite(&Vcb->Resource);
  KeReleaseGuardedMutex(&Vcb->Guarded);
  UNREFERENCED_PARAMETER(Irp);
  return STATUS_SUCCESS;
}

// At APC_LEVEL under a fast mutex normal kernel APCs are disabled.
DRIVER_DISPATCH DispatchClose;
NTSTATUS DispatchClose(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PVCB Vcb = (PVCB)DeviceObject->DeviceExtension;
  ExAcquireFastMutex(&Vcb->Mutex);
  ExAcquireResourceExclusiveLite(&Vcb->Resource, TRUE);
  ExReleaseResourceLite(&Vcb->Resource);
  ExReleaseFastMutex(&Vcb->Mutex);
  UNREFERENCED_PARAMETER(Irp);
  return STATUS_SUCCESS;
}

// Routines that enter the region themselves.
DRIVER_DISPATCH DispatchCleanup;
NTSTATUS DispatchCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PVCB Vcb = (PVCB)DeviceObject->DeviceExtension;
  ExEnterCriticalRegionAndAcquireResourceExclusive(&Vcb->Resource);
  Vcb->State = 0;
  ExReleaseResourceAndLeaveCriticalRegion(&Vcb->Resource);
  FltAcquireResourceShared(&Vcb->Resource);
  Vcb->State = 3;
  FltReleaseResource(&Vcb->Resource);
  UNREFERENCED_PARAMETER(Irp);
  return STATUS_SUCCESS;
}

// A helper whose callers enter the region.
VOID LockVcb(PVCB Vcb) { ExAcquireResourceExclusiveLite(&Vcb->Resource, TRUE); }
VOID UnlockVcb(PVCB Vcb) { ExReleaseResourceLite(&Vcb->Resource); }

DRIVER_DISPATCH DispatchWrite;
NTSTATUS DispatchWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PVCB Vcb = (PVCB)DeviceObject->DeviceExtension;
  KeEnterCriticalRegion();
  LockVcb(Vcb);
  Vcb->State++;
  UnlockVcb(Vcb);
  KeLeaveCriticalRegion();
  UNREFERENCED_PARAMETER(Irp);
  return STATUS_SUCCESS;
}

// Nothing known about the caller: not provable.
NTSTATUS Helper(PVCB Vcb) {
  ExAcquireResourceSharedLite(&Vcb->Resource, TRUE);
  Vcb->State++;
  ExReleaseResourceLite(&Vcb->Resource);
  return STATUS_SUCCESS;
}
