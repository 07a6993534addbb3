// The system never passes a cancel routine a NULL device object or IRP
// (driver_cancel: "the device object for the target device, previously
// created by the driver's AddDevice routine"). A routine that is also
// called directly, with NULL for "not called as a cancel routine" (a pipe
// file system completing its queue), tests that parameter before it
// releases the cancel spin lock: analyzed in its role, the test goes the
// system's way, and the lock the system holds is released.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <ntddk.h>

typedef struct _QUEUE {
  LIST_ENTRY Entries;
  KSPIN_LOCK Lock;
} QUEUE, *PQUEUE;

DRIVER_CANCEL CancelQueuedIrp;
VOID CancelQueuedIrp(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  if (DeviceObject)
    IoReleaseCancelSpinLock(Irp->CancelIrql);
  RemoveEntryList(&Irp->Tail.Overlay.ListEntry);
  Irp->IoStatus.Status = STATUS_CANCELLED;
  IoCompleteRequest(Irp, IO_NO_INCREMENT);
}

VOID CompleteQueue(PQUEUE Queue) {
  while (!IsListEmpty(&Queue->Entries)) {
    PIRP Irp = CONTAINING_RECORD(Queue->Entries.Flink, IRP,
                                 Tail.Overlay.ListEntry);
    if (IoSetCancelRoutine(Irp, NULL))
      CancelQueuedIrp(NULL, Irp);
  }
}

// The test the other way round: in its role the release never runs.
DRIVER_CANCEL CancelKeepsLock;
VOID CancelKeepsLock(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  if (!DeviceObject)
    IoReleaseCancelSpinLock(Irp->CancelIrql);
  Irp->IoStatus.Status = STATUS_CANCELLED;
  IoCompleteRequest(Irp, IO_NO_INCREMENT);
  // CHECK: :[[@LINE-1]]:3: warning: IoCompleteRequest called while 'IoCancelSpinLock' is held: {{.*}} [irp-completed-under-lock]
}
// CHECK: :[[@LINE-1]]:1: warning: 'IoCancelSpinLock', held when 'CancelKeepsLock' is called, is not released on every path out of it [lock-not-released]
