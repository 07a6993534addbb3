// Lock wrappers that reach their lock through a local loaded from a
// parameter's field (`DevExt = DeviceObject->DeviceExtension`): the lock is
// the parameter's `DeviceObject->DeviceExtension->Lock` (the local is a name
// for that path), so the summary says so in the callers' terms, and the
// callers' balance rules see it: a dispatch routine that returns holding
// it, takes it twice, or releases it through its own copy of the extension
// pointer. The OldIrql kept in the extension is one slot through both
// names.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %irqlint --dump-summary %s -- %wdk_amd64 | FileCheck %s --check-prefix=SUMMARY

#include <ntddk.h>

typedef struct _DEVICE_EXTENSION {
  KSPIN_LOCK Lock;
  KIRQL OldIrql;
  ULONG Pending;
} DEVICE_EXTENSION, *PDEVICE_EXTENSION;

VOID LockExtension(PDEVICE_OBJECT DeviceObject) {
  PDEVICE_EXTENSION DevExt = DeviceObject->DeviceExtension;
  KeAcquireSpinLock(&DevExt->Lock, &DevExt->OldIrql);
}
// SUMMARY: summary LockExtension
// SUMMARY-NEXT: acquires DeviceObject->DeviceExtension->Lock (argument 1) ke saving in DeviceObject->DeviceExtension->OldIrql (argument 1) by KeAcquireSpinLock @[[@LINE-3]]:3

VOID UnlockExtension(PDEVICE_OBJECT DeviceObject) {
  PDEVICE_EXTENSION DevExt = DeviceObject->DeviceExtension;
  KeReleaseSpinLock(&DevExt->Lock, DevExt->OldIrql);
}
// SUMMARY: summary UnlockExtension
// SUMMARY-NEXT: releases DeviceObject->DeviceExtension->Lock (argument 1) ke by KeReleaseSpinLock @[[@LINE-3]]:3

DRIVER_DISPATCH DispatchBalanced;
NTSTATUS DispatchBalanced(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PDEVICE_EXTENSION DevExt = DeviceObject->DeviceExtension;
  LockExtension(DeviceObject);
  DevExt->Pending++;
  UnlockExtension(DeviceObject);
  Irp->IoStatus.Status = STATUS_SUCCESS;
  return STATUS_SUCCESS;
}

// Released through the caller's own copy of the extension pointer.
DRIVER_DISPATCH DispatchOwnCopy;
NTSTATUS DispatchOwnCopy(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PDEVICE_EXTENSION Extension = DeviceObject->DeviceExtension;
  LockExtension(DeviceObject);
  Extension->Pending++;
  KeReleaseSpinLock(&Extension->Lock, Extension->OldIrql);
  Irp->IoStatus.Status = STATUS_SUCCESS;
  return STATUS_SUCCESS;
}

DRIVER_DISPATCH DispatchEarlyReturn;
NTSTATUS DispatchEarlyReturn(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PDEVICE_EXTENSION DevExt = DeviceObject->DeviceExtension;
  LockExtension(DeviceObject);
  // CHECK: :[[@LINE-1]]:3: warning: 'DeviceObject->DeviceExtension->Lock' is acquired by LockExtension but not released on every path out of 'DispatchEarlyReturn' [lock-not-released]
  // CHECK-NEXT: :[[@LINE+3]]:5: note: returns here with 'DeviceObject->DeviceExtension->Lock' held
  // CHECK-NEXT: :[[@LINE-39]]:3: note: 'LockExtension' acquires it here by KeAcquireSpinLock
  if (DevExt->Pending == 0)
    return STATUS_DEVICE_NOT_READY;
  DevExt->Pending--;
  UnlockExtension(DeviceObject);
  Irp->IoStatus.Status = STATUS_SUCCESS;
  return STATUS_SUCCESS;
}

DRIVER_DISPATCH DispatchTwice;
NTSTATUS DispatchTwice(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PDEVICE_EXTENSION DevExt = DeviceObject->DeviceExtension;
  KIRQL Old;
  KeAcquireSpinLock(&DevExt->Lock, &Old);
  LockExtension(DeviceObject);
  // CHECK: :[[@LINE-1]]:3: warning: 'DeviceObject->DeviceExtension->Lock' is acquired by LockExtension while already held (self-deadlock) [lock-double-acquire]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'DevExt->Lock' acquired here
  // CHECK-NEXT: :[[@LINE-56]]:3: note: 'LockExtension' acquires it here by KeAcquireSpinLock
  UnlockExtension(DeviceObject);
  KeReleaseSpinLock(&DevExt->Lock, Old);
  Irp->IoStatus.Status = STATUS_SUCCESS;
  return STATUS_SUCCESS;
}
