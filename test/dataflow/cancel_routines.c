// The I/O cancel spin lock protocol. A cancel routine (declared
// DRIVER_CANCEL, or registered with IoSetCancelRoutine or IoStartPacket) is
// entered at DISPATCH_LEVEL holding the cancel spin lock, whose saved IRQL
// is its IRP's CancelIrql: every path must release it, with exactly
// Irp->CancelIrql, once, and not while a spin lock taken after it is held.
// A call of a cancel routine through a pointer (Irp->CancelRoutine, a
// PDRIVER_CANCEL local) with the cancel spin lock held releases it.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %expect_exit 1 %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <wdm.h>

typedef struct _EXT {
  KSPIN_LOCK QueueLock;
  LIST_ENTRY Queue;
  HANDLE Key;
} EXT, *PEXT;

// Correct: release with the IRP's CancelIrql, then complete.
DRIVER_CANCEL CancelGood;
VOID CancelGood(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PEXT ext = (PEXT)DeviceObject->DeviceExtension;
  KIRQL irql;
  RemoveEntryList(&Irp->Tail.Overlay.ListEntry);
  IoReleaseCancelSpinLock(Irp->CancelIrql);
  KeAcquireSpinLock(&ext->QueueLock, &irql);
  KeReleaseSpinLock(&ext->QueueLock, irql);
  Irp->IoStatus.Status = STATUS_CANCELLED;
  IoCompleteRequest(Irp, IO_NO_INCREMENT);
}

// An early return keeps the cancel spin lock.
DRIVER_CANCEL CancelLeaks;
VOID CancelLeaks(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  if (Irp->Cancel == FALSE)
    return;
  // CHECK: :[[@LINE-1]]:5: warning: 'IoCancelSpinLock', held when 'CancelLeaks' is called, is not released on every path out of it [lock-not-released]
  // CHECK-NEXT: :[[@LINE-4]]:6: note: 'CancelLeaks' is a DRIVER_CANCEL routine (its role DRIVER_CANCEL): the system calls it holding 'IoCancelSpinLock', which it must release
  IoReleaseCancelSpinLock(Irp->CancelIrql);
  UNREFERENCED_PARAMETER(DeviceObject);
  IoCompleteRequest(Irp, IO_NO_INCREMENT);
}

// Registered, not declared: the same contract.
VOID CancelRegistered(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  Irp->IoStatus.Status = STATUS_CANCELLED;
  UNREFERENCED_PARAMETER(DeviceObject);
}
// CHECK: :[[@LINE-1]]:1: warning: 'IoCancelSpinLock', held when 'CancelRegistered' is called, is not released on every path out of it [lock-not-released]
// CHECK-NEXT: :[[@LINE-5]]:6: note: 'CancelRegistered' is a DRIVER_CANCEL routine (registered as a cancel routine by IoSetCancelRoutine in 'Queue'): the system calls it holding 'IoCancelSpinLock', which it must release

// A constant is not the IRQL the system saved.
VOID CancelConstant(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  IoReleaseCancelSpinLock(DISPATCH_LEVEL);
  // CHECK: :[[@LINE-1]]:3: warning: IoReleaseCancelSpinLock restores the constant 2, but the IRQL saved when 'IoCancelSpinLock' was acquired for 'CancelConstant' is in 'Irp->CancelIrql' [oldirql-mismatch]
  UNREFERENCED_PARAMETER(DeviceObject);
}

// Released twice.
VOID CancelTwice(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  IoReleaseCancelSpinLock(Irp->CancelIrql);
  IoReleaseCancelSpinLock(Irp->CancelIrql);
  // CHECK: :[[@LINE-1]]:3: warning: 'IoCancelSpinLock' is released by IoReleaseCancelSpinLock but is not held on this path [lock-release-unheld]
  UNREFERENCED_PARAMETER(DeviceObject);
}

// Released (lowering the IRQL) while the queue lock, taken after it, is
// still held; and PASSIVE-only work before the release.
VOID CancelOrder(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PEXT ext = (PEXT)DeviceObject->DeviceExtension;
  ZwClose(ext->Key);
  // CHECK: :[[@LINE-1]]:3: warning: ZwClose requires IRQL <= PASSIVE_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  KeAcquireSpinLockAtDpcLevel(&ext->QueueLock);
  RemoveEntryList(&Irp->Tail.Overlay.ListEntry);
  IoReleaseCancelSpinLock(Irp->CancelIrql);
  // CHECK: :[[@LINE-1]]:3: warning: 'IoCancelSpinLock' is released by IoReleaseCancelSpinLock while 'ext->QueueLock', acquired after it, is still held: the release restores the IRQL saved before 'IoCancelSpinLock' was acquired [lock-release-order]
  KeReleaseSpinLockFromDpcLevel(&ext->QueueLock);
}

VOID StartCancel(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  IoReleaseCancelSpinLock(Irp->CancelIrql);
  UNREFERENCED_PARAMETER(DeviceObject);
  IoCompleteRequest(Irp, IO_NO_INCREMENT);
}

BOOLEAN Queue(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  KIRQL irql;
  IoAcquireCancelSpinLock(&irql);
  IoSetCancelRoutine(Irp, CancelRegistered);
  IoSetCancelRoutine(Irp, CancelConstant);
  IoSetCancelRoutine(Irp, CancelTwice);
  IoSetCancelRoutine(Irp, CancelOrder);
  IoReleaseCancelSpinLock(irql);
  IoStartPacket(DeviceObject, Irp, NULL, StartCancel);
  return TRUE;
}

// Neither declared nor registered by a listed call: the pointer type the
// driver converts the routine to (a PDRIVER_CANCEL field, local or helper
// parameter) makes it a cancel routine. A PVOID says nothing.
VOID CancelByField(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  UNREFERENCED_PARAMETER(DeviceObject);
  UNREFERENCED_PARAMETER(Irp);
}
// CHECK: :[[@LINE-1]]:1: warning: 'IoCancelSpinLock', held when 'CancelByField' is called, is not released on every path out of it [lock-not-released]
// CHECK-NEXT: :[[@LINE-5]]:6: note: 'CancelByField' is a DRIVER_CANCEL routine (registered as a cancel routine through IRP.CancelRoutine in 'QueueByConversion'): the system calls it holding 'IoCancelSpinLock', which it must release

VOID CancelByLocal(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  UNREFERENCED_PARAMETER(DeviceObject);
  UNREFERENCED_PARAMETER(Irp);
}
// CHECK: :[[@LINE-1]]:1: warning: 'IoCancelSpinLock', held when 'CancelByLocal' is called, is not released on every path out of it [lock-not-released]
// CHECK-NEXT: :[[@LINE-5]]:6: note: 'CancelByLocal' is a DRIVER_CANCEL routine (its conversion to DRIVER_CANCEL in 'QueueByConversion'): the system calls it holding 'IoCancelSpinLock', which it must release

VOID CancelByParameter(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  UNREFERENCED_PARAMETER(DeviceObject);
  UNREFERENCED_PARAMETER(Irp);
}
// CHECK: :[[@LINE-1]]:1: warning: 'IoCancelSpinLock', held when 'CancelByParameter' is called, is not released on every path out of it [lock-not-released]
// CHECK-NEXT: :[[@LINE-5]]:6: note: 'CancelByParameter' is a DRIVER_CANCEL routine (its conversion to DRIVER_CANCEL in 'QueueByConversion' (an argument of QueueWithCancel)): the system calls it holding 'IoCancelSpinLock', which it must release

// Converted only to PVOID: no role, no finding.
VOID NotACancelRoutine(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  UNREFERENCED_PARAMETER(DeviceObject);
  UNREFERENCED_PARAMETER(Irp);
}

VOID QueueWithCancel(PIRP Irp, PDRIVER_CANCEL Cancel) {
  KIRQL irql;
  IoAcquireCancelSpinLock(&irql);
  IoSetCancelRoutine(Irp, Cancel);
  IoReleaseCancelSpinLock(irql);
}

VOID QueueByConversion(PIRP Irp, PVOID *Context) {
  PDRIVER_CANCEL local = CancelByLocal;
  Irp->CancelRoutine = CancelByField;
  IoSetCancelRoutine(Irp, local);
  QueueWithCancel(Irp, CancelByParameter);
  *Context = (PVOID)NotACancelRoutine;
}

// Calling the cancel routine (as the system would) releases the lock.
BOOLEAN QueueOrCancel(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PDRIVER_CANCEL old;
  IoAcquireCancelSpinLock(&Irp->CancelIrql);
  old = IoSetCancelRoutine(Irp, CancelGood);
  if (Irp->Cancel && old == NULL) {
    Irp->CancelRoutine(DeviceObject, Irp);
    return FALSE;
  }
  IoReleaseCancelSpinLock(Irp->CancelIrql);
  return TRUE;
}

BOOLEAN CancelThroughLocal(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PDRIVER_CANCEL routine = CancelGood;
  IoAcquireCancelSpinLock(&Irp->CancelIrql);
  if (Irp->Cancel) {
    routine(DeviceObject, Irp);
    return FALSE;
  }
  IoReleaseCancelSpinLock(Irp->CancelIrql);
  return TRUE;
}
