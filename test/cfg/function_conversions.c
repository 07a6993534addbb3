// A function designator keeps the function typedef of the pointer type it
// is stored in, passed as or cast to: the role a conversion gives it
// (docs/design.md, "Finds ISR registrations"). A pointer typedef over a
// plain function type records the pointer's own name; a PVOID records
// nothing.
// RUN: %irqlint --dump-cfg %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s

#include <wdm.h>

typedef VOID (*PLAIN_CALLBACK)(PVOID);

VOID Cancel(PDEVICE_OBJECT DeviceObject, PIRP Irp);
VOID Deferred(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2);
VOID Plain(PVOID Context);
VOID Helper(PDRIVER_CANCEL Routine, PLAIN_CALLBACK Callback);

VOID Conversions(PIRP Irp, PVOID *Slot, PKDPC Dpc) {
  PDRIVER_CANCEL local = Cancel;
  Irp->CancelRoutine = &Cancel;
  Helper(Cancel, Plain);
  KeInitializeDpc(Dpc, (PKDEFERRED_ROUTINE)Deferred, NULL);
  *Slot = (PVOID)Cancel;
  UNREFERENCED_PARAMETER(local);
}

// CHECK-LABEL: function Conversions
// CHECK:      e0: assign local = Cancel as DRIVER_CANCEL @[[@LINE-9]]:18
// CHECK-NEXT: e1: assign Irp->CancelRoutine = Cancel as DRIVER_CANCEL @[[@LINE-9]]:3
// CHECK-NEXT: e2: call Helper(Cancel as DRIVER_CANCEL, Plain as PLAIN_CALLBACK) @[[@LINE-9]]:3
// CHECK-NEXT: e3: call KeInitializeDpc(Dpc, Deferred as KDEFERRED_ROUTINE, 0) @[[@LINE-9]]:3
// CHECK-NEXT: e4: assign *Slot = Cancel @[[@LINE-9]]:3
