// The combined routines enter or leave the critical region as
// KeEnterCriticalRegion / KeLeaveCriticalRegion do, and count with them: a
// file system's lock macro that enters with one form and leaves with the
// other is balanced, on every pairing (its debug build takes the explicit
// form, its release build the combined one). A resource taken with
// ExEnterCriticalRegionAndAcquireResourceExclusive and released with
// ExReleaseResourceLite alone leaves the region entered. A combined
// acquire whose lock leaks reports the lock, not the region too.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <ntifs.h>

typedef struct _FCB {
  ERESOURCE Resource;
  ULONG Size;
} FCB, *PFCB;

extern ULONG DebugFlags;

VOID LockFcb(PFCB Fcb) {
  if (DebugFlags & 4) {
    KeEnterCriticalRegion();
    ExAcquireResourceExclusiveLite(&Fcb->Resource, TRUE);
  } else {
    ExEnterCriticalRegionAndAcquireResourceExclusive(&Fcb->Resource);
  }
}

VOID UnlockFcb(PFCB Fcb) {
  if (DebugFlags & 8) {
    ExReleaseResourceLite(&Fcb->Resource);
    KeLeaveCriticalRegion();
  } else {
    ExReleaseResourceAndLeaveCriticalRegion(&Fcb->Resource);
  }
}

VOID GrowFcb(PFCB Fcb) {
  LockFcb(Fcb);
  Fcb->Size++;
  UnlockFcb(Fcb);
}

// A dispatch routine: nobody releases what the system's callback leaves.
DRIVER_DISPATCH ShrinkDispatch;
NTSTATUS ShrinkDispatch(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PFCB Fcb = (PFCB)DeviceObject->DeviceExtension;
  UNREFERENCED_PARAMETER(Irp);
  ExEnterCriticalRegionAndAcquireResourceExclusive(&Fcb->Resource);
  // CHECK: :[[@LINE-1]]:3: warning: the critical region entered by ExEnterCriticalRegionAndAcquireResourceExclusive is not left on every path out of 'ShrinkDispatch' [critical-region-unbalanced]
  Fcb->Size--;
  ExReleaseResourceLite(&Fcb->Resource);
  return STATUS_SUCCESS;
  // CHECK-NEXT: :[[@LINE-1]]:3: note: returns here inside the critical region
}

DRIVER_DISPATCH TruncateDispatch;
NTSTATUS TruncateDispatch(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PFCB Fcb = (PFCB)DeviceObject->DeviceExtension;
  UNREFERENCED_PARAMETER(Irp);
  ExEnterCriticalRegionAndAcquireResourceExclusive(&Fcb->Resource);
  // CHECK: :[[@LINE-1]]:3: warning: executive resource 'Fcb->Resource' is acquired by ExEnterCriticalRegionAndAcquireResourceExclusive but not released on every path out of 'TruncateDispatch' [lock-not-released]
  if (Fcb->Size == 0)
    return STATUS_END_OF_FILE;
  // CHECK-NEXT: :[[@LINE-1]]:5: note: returns here with 'Fcb->Resource' held
  Fcb->Size = 0;
  ExReleaseResourceAndLeaveCriticalRegion(&Fcb->Resource);
  return STATUS_SUCCESS;
}
