// irp-completed-under-lock: IoCompleteRequest (IofCompleteRequest) called
// while a spin lock is held, directly or through a function that completes
// the IRP, with any kind of spin lock: executive, queued, NDIS, the cancel
// spin lock a cancel routine is given.
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 | FileCheck %s %check_not
// RUN: %irqlint --dump-summary %s -- %wdk_amd64 | FileCheck %s --check-prefix=SUMMARY
// SUMMARY-LABEL: summary FinishIrp
// SUMMARY: completes a request by IoCompleteRequest @43:3
// SUMMARY-LABEL: summary FailActive
// SUMMARY: completes a request by FinishIrp @48:5

#include <ndis.h>

typedef struct _QUEUE_EXT {
  KSPIN_LOCK QueueLock;
  NDIS_SPIN_LOCK RequestLock;
  LIST_ENTRY Waiting;
  PIRP Active;
} QUEUE_EXT, *PQUEUE_EXT;

// The drain loop takes each IRP off the queue and completes it before it
// lets the queue lock go.
VOID DrainQueue(PQUEUE_EXT Q) {
  KIRQL irql;
  KeAcquireSpinLock(&Q->QueueLock, &irql);
  while (!IsListEmpty(&Q->Waiting)) {
    PLIST_ENTRY link = RemoveHeadList(&Q->Waiting);
    PIRP irp = CONTAINING_RECORD(link, IRP, Tail.Overlay.ListEntry);
    irp->IoStatus.Status = STATUS_CANCELLED;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    // CHECK: :[[@LINE-1]]:5: warning: IoCompleteRequest called while 'Q->QueueLock' is held: completion routines run inside the call, under the lock [irp-completed-under-lock]
    // CHECK: :[[@LINE-7]]:3: note: 'Q->QueueLock' acquired here
  }
  KeReleaseSpinLock(&Q->QueueLock, irql);
}

// A helper that finishes an IRP, and one that fails the active one
// through it: each call under a lock is reported, the chain in notes.
static VOID FinishIrp(PIRP Irp, NTSTATUS Status) {
  Irp->IoStatus.Status = Status;
  Irp->IoStatus.Information = 0;
  IofCompleteRequest(Irp, IO_NO_INCREMENT);
}

static VOID FailActive(PQUEUE_EXT Q, NTSTATUS Status) {
  if (Q->Active) {
    FinishIrp(Q->Active, Status);
    Q->Active = NULL;
  }
}

KDEFERRED_ROUTINE TimeoutDpc;
VOID TimeoutDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2) {
  PQUEUE_EXT Q = (PQUEUE_EXT)Context;
  KLOCK_QUEUE_HANDLE handle;
  UNREFERENCED_PARAMETER(Dpc);
  UNREFERENCED_PARAMETER(Arg1);
  UNREFERENCED_PARAMETER(Arg2);
  KeAcquireInStackQueuedSpinLockAtDpcLevel(&Q->QueueLock, &handle);
  FailActive(Q, STATUS_IO_TIMEOUT);
  // CHECK: :[[@LINE-1]]:3: warning: 'FailActive' completes a request and is called while 'Q->QueueLock' is held: completion routines run inside the call, under the lock [irp-completed-under-lock]
  // CHECK: :[[@LINE-3]]:3: note: 'Q->QueueLock' acquired here
  // CHECK: :[[@LINE-16]]:5: note: 'FailActive' calls 'FinishIrp' here
  // CHECK: :[[@LINE-22]]:3: note: 'FinishIrp' calls {{Iof?CompleteRequest}} here
  KeReleaseInStackQueuedSpinLockFromDpcLevel(&handle);
}

// An NDIS spin lock counts as well.
VOID AbortRequest(PQUEUE_EXT Q) {
  NdisAcquireSpinLock(&Q->RequestLock);
  FinishIrp(Q->Active, STATUS_CANCELLED);
  // CHECK: :[[@LINE-1]]:3: warning: 'FinishIrp' completes a request and is called while 'Q->RequestLock' is held: completion routines run inside the call, under the lock [irp-completed-under-lock]
  // CHECK: :[[@LINE-3]]:3: note: 'Q->RequestLock' acquired here
  // CHECK: :[[@LINE-32]]:3: note: 'FinishIrp' calls {{Iof?CompleteRequest}} here
  Q->Active = NULL;
  NdisReleaseSpinLock(&Q->RequestLock);
}

// A cancel routine is called holding the cancel spin lock: it must let it
// go before it completes the IRP.
DRIVER_CANCEL CancelWaiting;
VOID CancelWaiting(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  UNREFERENCED_PARAMETER(DeviceObject);
  RemoveEntryList(&Irp->Tail.Overlay.ListEntry);
  Irp->IoStatus.Status = STATUS_CANCELLED;
  IoCompleteRequest(Irp, IO_NO_INCREMENT);
  // CHECK: :[[@LINE-1]]:3: warning: IoCompleteRequest called while 'IoCancelSpinLock' is held: completion routines run inside the call, under the lock [irp-completed-under-lock]
  // CHECK-NEXT: :[[@LINE-6]]:6: note: 'IoCancelSpinLock' is held when 'CancelWaiting' is called
  IoReleaseCancelSpinLock(Irp->CancelIrql);
}
