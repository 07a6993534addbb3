// Headers that give the role typedef a calling convention (ReactOS's
// `typedef VOID (NTAPI DRIVER_CANCEL)(…)`, with NTAPI __stdcall on x86) and
// make the IRP's field volatile: clang hands back the pointee of a
// PDRIVER_CANCEL as the bare function type, so the typedef is read from
// the type's spelling. Both the call through Irp->CancelRoutine (which
// releases the cancel spin lock) and the conversion of a routine to
// PDRIVER_CANCEL (which makes it a cancel routine) must still be seen.
// RUN: %expect_exit 1 %irqlint --no-bundled-headers %s -- %wdk_x86 | FileCheck %s %check_not
// RUN: %expect_exit 1 %irqlint --no-bundled-headers %s -- %wdk_amd64 | FileCheck %s %check_not

#define NTAPI __stdcall
typedef void VOID;
typedef unsigned char KIRQL, BOOLEAN;
typedef struct _DEVICE_OBJECT *PDEVICE_OBJECT;
typedef struct _IRP *PIRP;
typedef VOID(NTAPI DRIVER_CANCEL)(PDEVICE_OBJECT DeviceObject, PIRP Irp);
typedef DRIVER_CANCEL *PDRIVER_CANCEL;
struct _IRP {
  volatile PDRIVER_CANCEL CancelRoutine;
  KIRQL CancelIrql;
  BOOLEAN Cancel;
};
VOID NTAPI IoAcquireCancelSpinLock(KIRQL *Irql);
VOID NTAPI IoReleaseCancelSpinLock(KIRQL Irql);

// Stored in the volatile field: a cancel routine, entered holding the lock.
VOID NTAPI CancelLeaks(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  (void)DeviceObject;
  (void)Irp;
}
// CHECK: :[[@LINE-1]]:1: warning: 'IoCancelSpinLock', held when 'CancelLeaks' is called, is not released on every path out of it [lock-not-released]
// CHECK-NEXT: :[[@LINE-5]]:12: note: 'CancelLeaks' is a DRIVER_CANCEL routine (registered as a cancel routine through IRP.CancelRoutine in 'QueueOrCancel'): the system calls it holding 'IoCancelSpinLock', which it must release

// The cancelled-IRP path calls the routine, which releases the lock.
BOOLEAN QueueOrCancel(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  IoAcquireCancelSpinLock(&Irp->CancelIrql);
  Irp->CancelRoutine = CancelLeaks;
  if (Irp->Cancel) {
    Irp->CancelRoutine(DeviceObject, Irp);
    return 0;
  }
  IoReleaseCancelSpinLock(Irp->CancelIrql);
  return 1;
}
