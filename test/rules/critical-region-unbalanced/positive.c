// critical-region-unbalanced: a critical or guarded region entered and not
// left on a path that returns (reported at the enter, with a note at the
// exit), or left on a path where this function did not enter it.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %expect_exit 1 %irqlint %s -- %wdk_x86 | FileCheck %s %check_not
// RUN: %expect_exit 1 %irqlint --format=json %s -- %wdk_amd64 | FileCheck %s --check-prefix=JSON

#include <ntifs.h>

typedef struct _VCB {
  ERESOURCE Resource;
  ULONG State;
} VCB, *PVCB;

NTSTATUS Lookup(PVCB Vcb);

// The error path returns inside the region: normal kernel APCs stay
// disabled for the thread.
DRIVER_DISPATCH DispatchCreate;
NTSTATUS DispatchCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PVCB Vcb = (PVCB)DeviceObject->DeviceExtension;
  KeEnterCriticalRegion();
  // CHECK: :[[@LINE-1]]:3: warning: the critical region entered by KeEnterCriticalRegion is not left on every path out of 'DispatchCreate' [critical-region-unbalanced]
  ExAcquireResourceExclusiveLite(&Vcb->Resource, TRUE);
  if (Vcb->State == 0) {
    ExReleaseResourceLite(&Vcb->Resource);
    return STATUS_INVALID_DEVICE_STATE;
    // CHECK: :[[@LINE-1]]:5: note: returns here inside the critical region
  }
  ExReleaseResourceLite(&Vcb->Resource);
  KeLeaveCriticalRegion();
  Irp->IoStatus.Status = STATUS_SUCCESS;
  return STATUS_SUCCESS;
}

// Nested regions: the inner enter has no leave on the path that returns.
DRIVER_DISPATCH DispatchRead;
NTSTATUS DispatchRead(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PVCB Vcb = (PVCB)DeviceObject->DeviceExtension;
  KeEnterGuardedRegion();
  // CHECK: :[[@LINE-1]]:3: warning: the guarded region entered by KeEnterGuardedRegion is not left on every path out of 'DispatchRead' [critical-region-unbalanced]
  KeEnterGuardedRegion();
  Vcb->State++;
  KeLeaveGuardedRegion();
  UNREFERENCED_PARAMETER(Irp);
  return STATUS_SUCCESS;
  // CHECK: :[[@LINE-1]]:3: note: returns here inside the guarded region
}

// A dispatch routine is called outside any region: leaving one it did not
// enter re-enables APCs under the I/O manager.
DRIVER_DISPATCH DispatchClose;
NTSTATUS DispatchClose(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  FsRtlExitFileSystem();
  // CHECK: :[[@LINE-1]]:3: warning: FsRtlExitFileSystem leaves the critical region that this path has not entered [critical-region-unbalanced]
  UNREFERENCED_PARAMETER(DeviceObject);
  UNREFERENCED_PARAMETER(Irp);
  return STATUS_SUCCESS;
}

// Left twice after one enter.
NTSTATUS Flush(PVCB Vcb) {
  NTSTATUS status;
  FsRtlEnterFileSystem();
  status = Lookup(Vcb);
  FsRtlExitFileSystem();
  if (!NT_SUCCESS(status))
    FsRtlExitFileSystem();
  // CHECK: :[[@LINE-1]]:5: warning: FsRtlExitFileSystem leaves the critical region that this path has not entered [critical-region-unbalanced]
  return status;
}

// The flag is set before a read through a pointer that may fault, and the
// region is entered only after it: when it faults, the __finally leaves a
// region this path has not entered.
NTSTATUS DispatchFlagTooEarly(PVCB Vcb) {
  BOOLEAN Entered = FALSE;
  NTSTATUS Status = STATUS_SUCCESS;
  __try {
    __try {
      Entered = TRUE;
      if (Vcb->State == 0)
        Status = STATUS_DEVICE_NOT_READY;
      FsRtlEnterFileSystem();
      Vcb->State = 1;
    } __except (EXCEPTION_EXECUTE_HANDLER) {
      Status = STATUS_UNSUCCESSFUL;
    }
  } __finally {
    if (Entered)
      FsRtlExitFileSystem();
    // CHECK: :[[@LINE-1]]:7: warning: FsRtlExitFileSystem leaves the critical region that this path has not entered [critical-region-unbalanced]
  }
  return Status;
}

// JSON: "rule": "critical-region-unbalanced",
