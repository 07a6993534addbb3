// critical-region-unbalanced, negative cases: balanced and nested regions,
// the file-system macros, a wrapper that enters for its caller (its caller
// leaves), and a helper that leaves the region its caller entered.
// RUN: %irqlint %s -- %wdk_amd64 | count 0
// RUN: %irqlint %s -- %wdk_x86 | count 0

#include <ntifs.h>

typedef struct _VCB {
  ERESOURCE Resource;
  ULONG State;
} VCB, *PVCB;

NTSTATUS Lookup(PVCB Vcb);

DRIVER_DISPATCH DispatchCreate;
NTSTATUS DispatchCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PVCB Vcb = (PVCB)DeviceObject->DeviceExtension;
  NTSTATUS status;
  KeEnterCriticalRegion();
  ExAcquireResourceSharedLite(&Vcb->Resource, TRUE);
  status = Lookup(Vcb);
  ExReleaseResourceLite(&Vcb->Resource);
  KeLeaveCriticalRegion();
  Irp->IoStatus.Status = status;
  return status;
}

// Nesting: each enter has its leave.
NTSTATUS Nested(PVCB Vcb) {
  FsRtlEnterFileSystem();
  KeEnterCriticalRegion();
  Vcb->State = 1;
  KeLeaveCriticalRegion();
  FsRtlExitFileSystem();
  KeEnterGuardedRegion();
  Vcb->State = 2;
  KeLeaveGuardedRegion();
  return STATUS_SUCCESS;
}

// Early returns leave first.
NTSTATUS EarlyReturn(PVCB Vcb) {
  FsRtlEnterFileSystem();
  if (Vcb->State == 0) {
    FsRtlExitFileSystem();
    return STATUS_INVALID_PARAMETER;
  }
  Vcb->State--;
  FsRtlExitFileSystem();
  return STATUS_SUCCESS;
}

// A wrapper that enters for its caller, and the caller that leaves.
VOID AcquireVcb(PVCB Vcb) {
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&Vcb->Resource, TRUE);
}

VOID ReleaseVcb(PVCB Vcb) {
  ExReleaseResourceLite(&Vcb->Resource);
  KeLeaveCriticalRegion();
}

NTSTATUS UsesWrappers(PVCB Vcb) {
  AcquireVcb(Vcb);
  Vcb->State = 3;
  ReleaseVcb(Vcb);
  return STATUS_SUCCESS;
}

// The region entered only at PASSIVE_LEVEL, as a flag records, and left
// in the __finally by the same flag. An exception comes from a call or a
// memory access: the __except handler never sees the flag set before the
// region is entered (the blocks that store and test it cannot raise).
NTSTATUS ProcessRequest(PVCB Vcb);
NTSTATUS DispatchAtAnyLevel(PVCB Vcb) {
  BOOLEAN Entered = FALSE;
  NTSTATUS Status = STATUS_SUCCESS;
  __try {
    __try {
      Entered = (KeGetCurrentIrql() == PASSIVE_LEVEL);
      if (Entered)
        FsRtlEnterFileSystem();
      Status = ProcessRequest(Vcb);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
      Status = STATUS_UNSUCCESSFUL;
    }
  } __finally {
    if (Entered)
      FsRtlExitFileSystem();
  }
  return Status;
}
