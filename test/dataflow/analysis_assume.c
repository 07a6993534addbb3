// _Analysis_assume_lock_held_ / _acquired_ / _not_held_ / _released_ as
// statements in a body (they expand to nothing without the analysis
// tools): facts at that point. A lock assumed held may be released
// without a finding; one assumed released is no longer held, so no leak
// is reported for it; the assumptions themselves are never findings.
// The bundled sal.h makes them calls the API model knows; with headers
// that define them to nothing, irqlint finds their expansions between the
// statements (inside a driver's own macro: owner_lock_assumptions.c).
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %irqlint --dump-cfg %s -- %wdk_amd64 | FileCheck %s --check-prefix=CFG
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 %empty_assumptions | FileCheck %s %check_not
// RUN: %irqlint --dump-cfg %s -- %wdk_amd64 %empty_assumptions | FileCheck %s --check-prefix=EMPTY

#include <ntddk.h>

typedef struct _FCB {
  ERESOURCE Resource;
  KSPIN_LOCK Lock;
  ULONG State;
} FCB, *PFCB;

NTSTATUS Lookup(PFCB Fcb, PFCB *Found);

DRIVER_DISPATCH DispatchRead;
NTSTATUS DispatchRead(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PFCB fcb = (PFCB)DeviceObject->DeviceExtension;
  PFCB found = NULL;
  NTSTATUS status;
  KeEnterCriticalRegion();
  status = Lookup(fcb, &found);
  if (NT_SUCCESS(status) && found != NULL) {
    _Analysis_assume_lock_held_(found->Resource);
    ExReleaseResourceLite(&found->Resource);
  }
  KeLeaveCriticalRegion();
  UNREFERENCED_PARAMETER(Irp);
  return status;
}
// CFG-LABEL: function DispatchRead
// CFG: call __irqlint_assume_lock_held(&found->Resource) via _Analysis_assume_lock_held_
// CFG-NOT: call _Analysis_assume_lock_held_
// EMPTY-LABEL: function DispatchRead
// EMPTY: call _Analysis_assume_lock_held_(&found->Resource)

VOID HandsOff(PFCB Fcb) {
  KIRQL irql;
  KeAcquireSpinLock(&Fcb->Lock, &irql);
  if (Fcb->State) {
    _Analysis_assume_lock_released_(Fcb->Lock);
    return;
  }
  KeReleaseSpinLock(&Fcb->Lock, irql);
}

// Without the assumption the same release is of a lock not held.
DRIVER_DISPATCH DispatchWrite;
NTSTATUS DispatchWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PFCB fcb = (PFCB)DeviceObject->DeviceExtension;
  KeEnterCriticalRegion();
  ExReleaseResourceLite(&fcb->Resource);
  // CHECK: :[[@LINE-1]]:3: warning: executive resource 'fcb->Resource' is released by ExReleaseResourceLite but is not held on this path [lock-release-unheld]
  KeLeaveCriticalRegion();
  UNREFERENCED_PARAMETER(Irp);
  return STATUS_SUCCESS;
}

