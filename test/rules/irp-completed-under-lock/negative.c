// irp-completed-under-lock, negative cases: the IRPs are completed once the
// spin lock is let go (the usual drain: move them to a local list under
// the lock, complete them after), by a helper that drops its caller's lock
// around the completion, under a fast mutex or a resource (the page speaks
// of spin locks), and KMDF requests completed under a framework spin lock
// (WdfRequestComplete's page says nothing of it).
// RUN: %irqlint %s -- %wdk_amd64 | count 0
// RUN: %irqlint %s -- %wdk_x86 | count 0

#include <wdf.h>

typedef struct _PORT {
  KSPIN_LOCK Lock;
  LIST_ENTRY Waiting;
  FAST_MUTEX ConfigMutex;
  ERESOURCE TableResource;
  WDFSPINLOCK RequestLock;
  PIRP Active;
} PORT, *PPORT;

VOID CancelWaiting(PPORT Port) {
  LIST_ENTRY done;
  KIRQL irql;
  InitializeListHead(&done);
  KeAcquireSpinLock(&Port->Lock, &irql);
  while (!IsListEmpty(&Port->Waiting))
    InsertTailList(&done, RemoveHeadList(&Port->Waiting));
  KeReleaseSpinLock(&Port->Lock, irql);
  while (!IsListEmpty(&done)) {
    PIRP irp =
        CONTAINING_RECORD(RemoveHeadList(&done), IRP, Tail.Overlay.ListEntry);
    irp->IoStatus.Status = STATUS_CANCELLED;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
  }
}

// Called with Port->Lock held at DISPATCH_LEVEL: lets it go for the
// completion and takes it back.
static VOID CompleteActiveUnlocked(PPORT Port, NTSTATUS Status) {
  PIRP irp = Port->Active;
  Port->Active = NULL;
  KeReleaseSpinLockFromDpcLevel(&Port->Lock);
  irp->IoStatus.Status = Status;
  IoCompleteRequest(irp, IO_NO_INCREMENT);
  KeAcquireSpinLockAtDpcLevel(&Port->Lock);
}

VOID PortDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2) {
  PPORT Port = (PPORT)Context;
  UNREFERENCED_PARAMETER(Dpc);
  UNREFERENCED_PARAMETER(Arg1);
  UNREFERENCED_PARAMETER(Arg2);
  KeAcquireSpinLockAtDpcLevel(&Port->Lock);
  if (Port->Active)
    CompleteActiveUnlocked(Port, STATUS_SUCCESS);
  KeReleaseSpinLockFromDpcLevel(&Port->Lock);
}

static VOID Finish(PIRP Irp, NTSTATUS Status) {
  Irp->IoStatus.Status = Status;
  IoCompleteRequest(Irp, IO_NO_INCREMENT);
}

VOID ConfigDone(PPORT Port, PIRP Irp) {
  ExAcquireFastMutex(&Port->ConfigMutex);
  Finish(Irp, STATUS_SUCCESS);
  ExReleaseFastMutex(&Port->ConfigMutex);
}

VOID TableDone(PPORT Port, PIRP Irp) {
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&Port->TableResource, TRUE);
  IoCompleteRequest(Irp, IO_NO_INCREMENT);
  ExReleaseResourceLite(&Port->TableResource);
  KeLeaveCriticalRegion();
}

VOID NoLock(PIRP Irp) { Finish(Irp, STATUS_INVALID_DEVICE_REQUEST); }

VOID KmdfDone(PPORT Port, WDFREQUEST Request) {
  WdfSpinLockAcquire(Port->RequestLock);
  WdfRequestComplete(Request, STATUS_SUCCESS);
  WdfSpinLockRelease(Port->RequestLock);
}
