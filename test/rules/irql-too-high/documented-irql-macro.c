// irql-too-high from the documented IRQL of a macro: the WDK writes
// `ObDereferenceObject(x)` as a macro for `ObfDereferenceObject(x)`, and
// `IoReleaseRemoveLock(l, t)` for `IoReleaseRemoveLockEx(l, t, size)`; only
// the macros have reference pages (<= DISPATCH_LEVEL). A call written
// through the macro is checked against the macro's page, here from an ISR
// (DIRQL). The same calls from a DPC are fine, and a driver's own routine
// written through a macro with no page reports nothing.
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %irqlint --dump-calls %s -- %wdk_amd64 | FileCheck %s --check-prefix=CALLS

#include <wdm.h>

typedef struct _DEVICE_EXTENSION {
  IO_REMOVE_LOCK RemoveLock;
  PVOID PendingObject;
} DEVICE_EXTENSION, *PDEVICE_EXTENSION;

VOID TraceImpl(PVOID Object);
#define TRACE_OBJECT(o) TraceImpl(o)

KSERVICE_ROUTINE DeviceIsr;
BOOLEAN DeviceIsr(PKINTERRUPT Interrupt, PVOID Context) {
  PDEVICE_EXTENSION ext = (PDEVICE_EXTENSION)Context;
  UNREFERENCED_PARAMETER(Interrupt);
  ObDereferenceObject(ext->PendingObject);
  // CHECK: :[[@LINE-1]]:3: warning: ObfDereferenceObject requires IRQL <= DISPATCH_LEVEL (by its documentation), but here the IRQL is DIRQL [irql-too-high]
  // CHECK-NEXT: note: 'ObfDereferenceObject' may be called only at IRQL <= DISPATCH_LEVEL (its documentation: https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/wdm/nf-wdm-obdereferenceobject)
  IoReleaseRemoveLock(&ext->RemoveLock, Interrupt);
  // CHECK: :[[@LINE-1]]:3: warning: IoReleaseRemoveLockEx requires IRQL <= DISPATCH_LEVEL (by its documentation), but here the IRQL is DIRQL [irql-too-high]
  TRACE_OBJECT(ext);
  return TRUE;
}
// CALLS: :{{[0-9]+}}:3: ObfDereferenceObject documentation
// CALLS: :{{[0-9]+}}:3: IoReleaseRemoveLockEx documentation
// CALLS: :{{[0-9]+}}:3: TraceImpl none

KDEFERRED_ROUTINE DeviceDpc;
VOID DeviceDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2) {
  PDEVICE_EXTENSION ext = (PDEVICE_EXTENSION)Context;
  UNREFERENCED_PARAMETER(Dpc);
  UNREFERENCED_PARAMETER(Arg1);
  UNREFERENCED_PARAMETER(Arg2);
  ObDereferenceObject(ext->PendingObject);
  IoReleaseRemoveLock(&ext->RemoveLock, Dpc);
}
