// One object reached through a local and through the expression it was
// loaded from: `NonPaged = Ccb->NonPagedCcb` (the local's only write) makes
// `NonPaged->Lock` and `Ccb->NonPagedCcb->Lock` one lock from the load on,
// while nothing on the path `Ccb->NonPagedCcb` is written. Acquiring
// through one name and releasing through the other is balanced (a file
// system's exit code releases through the expression), and taking the lock
// twice through the two names is a double acquire. Findings name the lock
// as the call spells it. A write to the path (`Ccb->NonPagedCcb = Other`,
// `Ccb = Next`) ends the alias: the held lock is then the local's
// (`NonPaged->Lock`), and the expression names another object. A local
// written twice is no alias at all, and a local reloaded in a loop from a
// path the loop moves along is another element's lock each time.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %irqlint --dump-cfg %s -- %wdk_amd64 | FileCheck %s --check-prefix=CFG

#include <ntifs.h>

typedef struct _NONPAGED_CCB {
  ERESOURCE Lock;
  KSPIN_LOCK SpinLock;
  KIRQL OldIrql;
} NONPAGED_CCB, *PNONPAGED_CCB;

typedef struct _CCB {
  PNONPAGED_CCB NonPagedCcb;
  struct _CCB *Partner;
  ULONG State;
  LIST_ENTRY Links;
} CCB, *PCCB;

NTSTATUS DoTransfer(PCCB Ccb);
BOOLEAN DecodeFileObject(PFILE_OBJECT FileObject, PCCB *Ccb);

// Acquired through the local, released through the expression on the exit
// shared by every path.
BOOLEAN CommonRead(PFILE_OBJECT FileObject) {
  PCCB Ccb;
  PNONPAGED_CCB NonPagedCcb;
  BOOLEAN Done = FALSE;
  if (!DecodeFileObject(FileObject, &Ccb))
    return FALSE;
  NonPagedCcb = Ccb->NonPagedCcb;
  // CFG: assign NonPagedCcb = Ccb->NonPagedCcb (only write) @[[@LINE-1]]:3
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&NonPagedCcb->Lock, TRUE);
  if (Ccb->State == 0)
    goto Quickie;
  if (!NT_SUCCESS(DoTransfer(Ccb)))
    goto Quickie;
  Done = TRUE;
Quickie:
  ExReleaseResourceLite(&Ccb->NonPagedCcb->Lock);
  KeLeaveCriticalRegion();
  return Done;
}

// Acquired through the expression, released through the local, with the
// IRQL saved in the object through one name and restored through the other.
VOID CommonWrite(PFILE_OBJECT FileObject) {
  PCCB Ccb;
  if (!DecodeFileObject(FileObject, &Ccb))
    return;
  PNONPAGED_CCB NonPaged = Ccb->NonPagedCcb;
  KeAcquireSpinLock(&Ccb->NonPagedCcb->SpinLock, &Ccb->NonPagedCcb->OldIrql);
  Ccb->State = 1;
  KeReleaseSpinLock(&NonPaged->SpinLock, NonPaged->OldIrql);
}

// A chain of locals: each stands for its path.
VOID ThroughPartner(PFILE_OBJECT FileObject) {
  PCCB Ccb;
  KIRQL Old;
  if (!DecodeFileObject(FileObject, &Ccb))
    return;
  PCCB Partner = Ccb->Partner;
  PNONPAGED_CCB PartnerNonPaged = Partner->NonPagedCcb;
  KeAcquireSpinLock(&PartnerNonPaged->SpinLock, &Old);
  KeReleaseSpinLock(&Ccb->Partner->NonPagedCcb->SpinLock, Old);
}

// The same lock taken through its two names.
VOID DoubleThroughTwoNames(PCCB Ccb) {
  KIRQL Old;
  PNONPAGED_CCB NonPaged = Ccb->NonPagedCcb;
  KeAcquireSpinLock(&NonPaged->SpinLock, &Old);
  KeAcquireSpinLockAtDpcLevel(&Ccb->NonPagedCcb->SpinLock);
  // CHECK: :[[@LINE-1]]:3: warning: 'Ccb->NonPagedCcb->SpinLock' is acquired by KeAcquireSpinLockAtDpcLevel while already held (self-deadlock) [lock-double-acquire]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'NonPaged->SpinLock' acquired here
  KeReleaseSpinLockFromDpcLevel(&Ccb->NonPagedCcb->SpinLock);
  KeReleaseSpinLock(&NonPaged->SpinLock, Old);
}

// The local written twice: no alias, and the expression names the first
// object, which is not held.
DRIVER_DISPATCH DispatchReassigned;
NTSTATUS DispatchReassigned(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PCCB Ccb = IoGetCurrentIrpStackLocation(Irp)->FileObject->FsContext2;
  KIRQL Old;
  PNONPAGED_CCB NonPaged = Ccb->Partner->NonPagedCcb;
  KeAcquireSpinLock(&NonPaged->SpinLock, &Old);
  NonPaged = Ccb->NonPagedCcb;
  KeReleaseSpinLock(&Ccb->Partner->NonPagedCcb->SpinLock, Old);
  // CHECK: :[[@LINE-1]]:3: warning: 'Ccb->Partner->NonPagedCcb->SpinLock' is released by KeReleaseSpinLock but is not held on this path [lock-release-unheld]
  UNREFERENCED_PARAMETER(DeviceObject);
  UNREFERENCED_PARAMETER(NonPaged);
  return STATUS_SUCCESS;
}

// The pointer field written between: the expression now names the other
// object, and the one locked is reached through the local only.
DRIVER_DISPATCH DispatchFieldWritten;
NTSTATUS DispatchFieldWritten(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PCCB Ccb = IoGetCurrentIrpStackLocation(Irp)->FileObject->FsContext2;
  KIRQL Old;
  PNONPAGED_CCB NonPaged = Ccb->NonPagedCcb;
  KeAcquireSpinLock(&NonPaged->SpinLock, &Old);
  // CHECK: :[[@LINE-1]]:3: warning: 'NonPaged->SpinLock' is acquired by KeAcquireSpinLock but not released on every path out of 'DispatchFieldWritten' [lock-not-released]
  // CHECK-NEXT: :[[@LINE+5]]:3: note: returns here with 'NonPaged->SpinLock' held
  Ccb->NonPagedCcb = Ccb->Partner->NonPagedCcb;
  KeReleaseSpinLock(&Ccb->NonPagedCcb->SpinLock, Old);
  // CHECK: :[[@LINE-1]]:3: warning: 'Ccb->NonPagedCcb->SpinLock' is released by KeReleaseSpinLock but is not held on this path [lock-release-unheld]
  UNREFERENCED_PARAMETER(DeviceObject);
  return STATUS_SUCCESS;
}

// The same write, and the release through the local: still the object
// that was locked.
DRIVER_DISPATCH DispatchFieldWrittenLocal;
NTSTATUS DispatchFieldWrittenLocal(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PCCB Ccb = IoGetCurrentIrpStackLocation(Irp)->FileObject->FsContext2;
  KIRQL Old;
  PNONPAGED_CCB NonPaged = Ccb->NonPagedCcb;
  KeAcquireSpinLock(&Ccb->NonPagedCcb->SpinLock, &Old);
  Ccb->NonPagedCcb = Ccb->Partner->NonPagedCcb;
  KeReleaseSpinLock(&NonPaged->SpinLock, Old);
  UNREFERENCED_PARAMETER(DeviceObject);
  return STATUS_SUCCESS;
}

// The pointer the path starts from moves on: the local still reaches the
// object that was locked.
DRIVER_DISPATCH DispatchNextCcb;
NTSTATUS DispatchNextCcb(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PCCB Ccb = IoGetCurrentIrpStackLocation(Irp)->FileObject->FsContext2;
  KIRQL Old;
  PNONPAGED_CCB NonPaged = Ccb->NonPagedCcb;
  KeAcquireSpinLock(&NonPaged->SpinLock, &Old);
  Ccb = Ccb->Partner;
  Ccb->State = 0;
  KeReleaseSpinLock(&NonPaged->SpinLock, Old);
  UNREFERENCED_PARAMETER(DeviceObject);
  return STATUS_SUCCESS;
}

// The same on one branch only: past the join the lock is the local's on
// every path (the local still holds the object on both).
DRIVER_DISPATCH DispatchMovedOnOneBranch;
NTSTATUS DispatchMovedOnOneBranch(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PCCB Ccb = IoGetCurrentIrpStackLocation(Irp)->FileObject->FsContext2;
  KIRQL Old;
  PNONPAGED_CCB NonPaged = Ccb->NonPagedCcb;
  KeAcquireSpinLock(&NonPaged->SpinLock, &Old);
  if (Ccb->State != 0)
    Ccb = NULL;
  KeReleaseSpinLock(&NonPaged->SpinLock, Old);
  UNREFERENCED_PARAMETER(DeviceObject);
  return STATUS_SUCCESS;
}

// Each element's lock, through a local loaded from the element the loop
// is at: another lock each iteration (no double acquire). Once `l` moves
// on, the lock is the local's; the last element's, still named by the
// local when the loop ends, is reported as it always was.
VOID LockEveryNonPaged(PLIST_ENTRY Head, PKLOCK_QUEUE_HANDLE Handles) {
  PLIST_ENTRY l;
  ULONG i = 0;
  for (l = Head->Flink; l != Head; l = l->Flink) {
    PNONPAGED_CCB NonPaged = CONTAINING_RECORD(l, CCB, Links)->NonPagedCcb;
    KeAcquireInStackQueuedSpinLock(&NonPaged->SpinLock, &Handles[i++]);
    // CHECK: :[[@LINE-1]]:5: warning: 'NonPaged->SpinLock' is acquired by KeAcquireInStackQueuedSpinLock but not released on every path out of 'LockEveryNonPaged' [lock-not-released]
    // CHECK-NEXT: :[[@LINE+2]]:1: note: returns here with 'NonPaged->SpinLock' held
  }
}

// Reloaded in a loop from a path nothing in the loop writes: one object.
VOID LockTwiceInLoop(PCCB Ccb, ULONG Count) {
  KIRQL Old;
  KeRaiseIrql(DISPATCH_LEVEL, &Old);
  for (ULONG i = 0; i < Count; i++) {
    PNONPAGED_CCB NonPaged = Ccb->NonPagedCcb;
    KeAcquireSpinLockAtDpcLevel(&NonPaged->SpinLock);
    // CHECK: :[[@LINE-1]]:5: warning: 'NonPaged->SpinLock' is acquired by KeAcquireSpinLockAtDpcLevel while already held (self-deadlock) [lock-double-acquire]
    // CHECK-NEXT: :[[@LINE-2]]:5: note: 'NonPaged->SpinLock' acquired here
    // CHECK: :[[@LINE-3]]:5: warning: 'NonPaged->SpinLock' is acquired by KeAcquireSpinLockAtDpcLevel but not released on every path out of 'LockTwiceInLoop' [lock-not-released]
    // CHECK-NEXT: :[[@LINE+3]]:1: note: returns here with 'NonPaged->SpinLock' held
  }
  KeLowerIrql(Old);
}
