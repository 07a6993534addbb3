// `_When_(cond, _IRQL_raises_(X))` on a routine the API model does not
// know: a condition over its parameters is decided by the call's constant
// arguments; one over its result (`NT_SUCCESS(return)`, `return != 0`)
// raises on the branch where the caller sees success, and where the
// result is not tested the IRQL may be either (nothing to report).
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <ntddk.h>

_When_(NT_SUCCESS(return), _IRQL_raises_(HIGH_LEVEL))
NTSTATUS EnterHighLevel(PVOID Context);
_When_(return != 0, _IRQL_raises_(DISPATCH_LEVEL))
BOOLEAN TryRaise(PVOID Context);
_When_(Raise != 0, _IRQL_raises_(DISPATCH_LEVEL))
VOID MaybeRaise(PVOID Context, BOOLEAN Raise);
VOID LeaveHighLevel(PVOID Context);

DRIVER_DISPATCH DispatchOne;
NTSTATUS DispatchOne(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  HANDLE key = NULL;
  if (NT_SUCCESS(EnterHighLevel(DeviceObject))) {
    ZwClose(key);
    // CHECK: :[[@LINE-1]]:5: warning: ZwClose requires IRQL <= PASSIVE_LEVEL, but here the IRQL is HIGH_LEVEL [irql-too-high]
    LeaveHighLevel(DeviceObject);
    return STATUS_SUCCESS;
  }
  ZwClose(key); /* failed: still PASSIVE_LEVEL */
  UNREFERENCED_PARAMETER(Irp);
  return STATUS_UNSUCCESSFUL;
}

DRIVER_DISPATCH DispatchTwo;
NTSTATUS DispatchTwo(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  HANDLE key = NULL;
  if (!TryRaise(DeviceObject)) {
    ZwClose(key); /* not raised */
    return STATUS_UNSUCCESSFUL;
  }
  ZwClose(key);
  // CHECK: :[[@LINE-1]]:3: warning: ZwClose requires IRQL <= PASSIVE_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  MaybeRaise(DeviceObject, FALSE); /* decided: no raise */
  UNREFERENCED_PARAMETER(Irp);
  return STATUS_SUCCESS;
}

DRIVER_DISPATCH DispatchThree;
NTSTATUS DispatchThree(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  HANDLE key = NULL;
  MaybeRaise(DeviceObject, FALSE);
  ZwClose(key);
  (void)EnterHighLevel(DeviceObject); /* untested: either */
  ZwClose(key);
  MaybeRaise(DeviceObject, TRUE);
  ZwClose(key);
  // CHECK: :[[@LINE-1]]:3: warning: ZwClose requires IRQL <= PASSIVE_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  UNREFERENCED_PARAMETER(Irp);
  return STATUS_SUCCESS;
}
