// Locks reached through CONTAINING_RECORD (a cancel-safe queue's lock
// callbacks get the IO_CSQ and find their device extension from it): the
// lock is the container's field, followed through the callee's summary or
// its _Acquires_lock_ annotation to the caller's object, where
// CONTAINING_RECORD(&d->Csq, …, Csq) is d again.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %irqlint --dump-summary %s -- %wdk_amd64 | FileCheck %s --check-prefix=SUMMARY
// RUN: %irqlint --dump-cfg %s -- %wdk_amd64 | FileCheck %s --check-prefix=CFG

#include <ntddk.h>

typedef struct _DEVICE_EXTENSION {
  KSPIN_LOCK QueueLock;
  IO_CSQ CancelSafeQueue;
  KSPIN_LOCK StatsLock;
  LIST_ENTRY Pending;
} DEVICE_EXTENSION, *PDEVICE_EXTENSION;

// Inferred from the bodies: a helper's local set from CONTAINING_RECORD.
static VOID QueueAcquire(PIO_CSQ Csq, PKIRQL Irql) {
  PDEVICE_EXTENSION ext =
      CONTAINING_RECORD(Csq, DEVICE_EXTENSION, CancelSafeQueue);
  KeAcquireSpinLock(&ext->QueueLock, Irql);
}
// SUMMARY-LABEL: summary QueueAcquire
// SUMMARY-NEXT: acquires CONTAINING_RECORD(Csq, DEVICE_EXTENSION, CancelSafeQueue)->QueueLock (argument 1) ke saving in *Irql (argument 2) by KeAcquireSpinLock @[[@LINE-3]]:3
// CFG-LABEL: function QueueAcquire
// CFG: assign ext = CONTAINING_RECORD(Csq, DEVICE_EXTENSION, CancelSafeQueue) @[[@LINE-7]]:21

static VOID QueueRelease(PIO_CSQ Csq, KIRQL Irql) {
  KeReleaseSpinLock(
      &CONTAINING_RECORD(Csq, DEVICE_EXTENSION, CancelSafeQueue)->QueueLock,
      Irql);
}
// SUMMARY-LABEL: summary QueueRelease
// SUMMARY-NEXT: releases CONTAINING_RECORD(Csq, DEVICE_EXTENSION, CancelSafeQueue)->QueueLock (argument 1) ke by KeReleaseSpinLock @[[@LINE-5]]:3

// Declared with the role types: the system releases what CsqAcquireLock
// returns holding, so these are wrappers too, not callbacks that leak.
IO_CSQ_ACQUIRE_LOCK RoleAcquire;
IO_CSQ_RELEASE_LOCK RoleRelease;
VOID RoleAcquire(PIO_CSQ Csq, PKIRQL Irql) {
  PDEVICE_EXTENSION ext =
      CONTAINING_RECORD(Csq, DEVICE_EXTENSION, CancelSafeQueue);
  KeAcquireSpinLock(&ext->QueueLock, Irql);
}
VOID RoleRelease(PIO_CSQ Csq, KIRQL Irql) {
  PDEVICE_EXTENSION ext =
      CONTAINING_RECORD(Csq, DEVICE_EXTENSION, CancelSafeQueue);
  KeReleaseSpinLock(&ext->QueueLock, Irql);
}

// Known only from annotations, as the WDK's general/cancel sample writes
// them (the prototype has no body in this file).
_Acquires_lock_(CONTAINING_RECORD(Csq, DEVICE_EXTENSION, CancelSafeQueue)->QueueLock)
VOID AnnotatedAcquire(PIO_CSQ Csq, PKIRQL Irql);
_Releases_lock_(CONTAINING_RECORD(Csq, DEVICE_EXTENSION, CancelSafeQueue)->QueueLock)
VOID AnnotatedRelease(PIO_CSQ Csq, KIRQL Irql);

// Balanced through each pair: no finding.
VOID Balanced(PDEVICE_EXTENSION d) {
  KIRQL irql;
  QueueAcquire(&d->CancelSafeQueue, &irql);
  QueueRelease(&d->CancelSafeQueue, irql);
  RoleAcquire(&d->CancelSafeQueue, &irql);
  RoleRelease(&d->CancelSafeQueue, irql);
  AnnotatedAcquire(&d->CancelSafeQueue, &irql);
  AnnotatedRelease(&d->CancelSafeQueue, irql);
  // the wrapper's lock is d->QueueLock itself
  QueueAcquire(&d->CancelSafeQueue, &irql);
  KeReleaseSpinLock(&d->QueueLock, irql);
}

// The container's lock is the caller's d->QueueLock: taken twice.
VOID TakenTwice(PDEVICE_EXTENSION d) {
  KIRQL irql, irql2;
  KeAcquireSpinLock(&d->QueueLock, &irql);
  AnnotatedAcquire(&d->CancelSafeQueue, &irql2);
  // CHECK: :[[@LINE-1]]:3: warning: 'd->QueueLock' is acquired by AnnotatedAcquire while already held (self-deadlock) [lock-double-acquire]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'd->QueueLock' acquired here
  KeReleaseSpinLock(&d->QueueLock, irql);
}

// Another field of the same container is another lock (a DPC holds no lock
// of its caller's).
KDEFERRED_ROUTINE OtherField;
VOID OtherField(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2) {
  PDEVICE_EXTENSION d = Context;
  KIRQL irql;
  QueueAcquire(&d->CancelSafeQueue, &irql);
  // CHECK: :[[@LINE-1]]:3: warning: 'd->QueueLock' is acquired by QueueAcquire but not released on every path out of 'OtherField' [lock-not-released]
  // CHECK-NEXT: :[[@LINE+4]]:1: note: returns here with 'd->QueueLock' held
  // CHECK-NEXT: :23:3: note: 'QueueAcquire' acquires it here by KeAcquireSpinLock
  KeReleaseSpinLock(&d->StatsLock, irql);
  // CHECK-NEXT: :[[@LINE-1]]:3: warning: 'd->StatsLock' is released by KeReleaseSpinLock but is not held on this path [lock-release-unheld]
}

// A callback that is not a lock callback still must release what it takes
// through CONTAINING_RECORD.
IO_CSQ_INSERT_IRP InsertIrp;
VOID InsertIrp(PIO_CSQ Csq, PIRP Irp) {
  PDEVICE_EXTENSION ext =
      CONTAINING_RECORD(Csq, DEVICE_EXTENSION, CancelSafeQueue);
  KIRQL irql;
  KeAcquireSpinLock(&ext->StatsLock, &irql);
  // CHECK: :[[@LINE-1]]:3: warning: 'CONTAINING_RECORD(Csq, DEVICE_EXTENSION, CancelSafeQueue)->StatsLock' is acquired by KeAcquireSpinLock but not released on every path out of 'InsertIrp' [lock-not-released]
  InsertTailList(&ext->Pending, &Irp->Tail.Overlay.ListEntry);
}
// CHECK-NEXT: :[[@LINE-1]]:1: note: returns here with 'CONTAINING_RECORD(Csq, DEVICE_EXTENSION, CancelSafeQueue)->StatsLock' held

// FIELD_OFFSET (__builtin_offsetof) spelled by hand is the same container.
#define EXT_FROM_CSQ(c)                                                        \
  ((PDEVICE_EXTENSION)((PUCHAR)(c)-FIELD_OFFSET(DEVICE_EXTENSION,              \
                                                CancelSafeQueue)))
IO_CSQ_REMOVE_IRP ByFieldOffset;
VOID ByFieldOffset(PIO_CSQ Csq, PIRP Irp) {
  KIRQL irql;
  KeAcquireSpinLock(&EXT_FROM_CSQ(Csq)->QueueLock, &irql);
  // CFG-LABEL: function ByFieldOffset
  // CFG: call KeAcquireSpinLockRaiseToDpc(&CONTAINING_RECORD(Csq, DEVICE_EXTENSION, CancelSafeQueue)->QueueLock) via KeAcquireSpinLock @[[@LINE-2]]:3
  RemoveEntryList(&Irp->Tail.Overlay.ListEntry);
  QueueRelease(Csq, irql);
}
