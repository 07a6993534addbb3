/* The miniport's control device: a WDM device object NDIS creates for the
 * driver (NdisRegisterDeviceEx) with its own dispatch routines. Its state
 * is guarded by a fast mutex and an executive resource, and a pending
 * "wait for link change" IRP is cancellable through the I/O cancel spin
 * lock: the locks other than spin locks and the cancel protocol. */
#include "miniport.h"

typedef struct _CONTROL_EXTENSION {
  FAST_MUTEX ConfigMutex;  /* serializes configuration changes */
  ERESOURCE StatsResource; /* readers share, resets are exclusive */
  HANDLE ParametersKey;    /* the device's registry key */
  PIRP PendingWait;        /* the one "wait for link change" IRP */
  ULONG Generation;
  ULONG OpenCount;
} CONTROL_EXTENSION, *PCONTROL_EXTENSION;

NTSTATUS ReadParameters(PCONTROL_EXTENSION Control);

DRIVER_DISPATCH CtlDispatchCreate;
DRIVER_DISPATCH CtlDispatchClose;
DRIVER_DISPATCH CtlDispatchDeviceControl;
DRIVER_CANCEL CtlCancelWait;

/* Correct: the fast mutex raises to APC_LEVEL and its release restores
 * PASSIVE_LEVEL, so the registry work after it is fine. */
NTSTATUS CtlDispatchCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PCONTROL_EXTENSION control =
      (PCONTROL_EXTENSION)DeviceObject->DeviceExtension;
  ExAcquireFastMutex(&control->ConfigMutex);
  control->OpenCount++;
  ExReleaseFastMutex(&control->ConfigMutex);
  Irp->IoStatus.Status = ReadParameters(control);
  IoCompleteRequest(Irp, IO_NO_INCREMENT);
  return STATUS_SUCCESS;
}

NTSTATUS CtlDispatchClose(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PCONTROL_EXTENSION control =
      (PCONTROL_EXTENSION)DeviceObject->DeviceExtension;
  ExAcquireFastMutex(&control->ConfigMutex);
  if (--control->OpenCount == 0) {
    /* BUG(irql-too-high): the fast mutex keeps the thread at APC_LEVEL,
     * and ZwClose may only be called at PASSIVE_LEVEL */
    ZwClose(control->ParametersKey);
  }
  ExReleaseFastMutex(&control->ConfigMutex);
  Irp->IoStatus.Status = STATUS_SUCCESS;
  IoCompleteRequest(Irp, IO_NO_INCREMENT);
  return STATUS_SUCCESS;
}

/* The cancel routine: called holding the cancel spin lock. */
VOID CtlCancelWait(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PCONTROL_EXTENSION control =
      (PCONTROL_EXTENSION)DeviceObject->DeviceExtension;
  if (control->PendingWait != Irp) {
    /* BUG(lock-not-released): this early return keeps the cancel spin
     * lock the system called the routine with */
    return;
  }
  control->PendingWait = NULL;
  IoReleaseCancelSpinLock(Irp->CancelIrql);
  Irp->IoStatus.Status = STATUS_CANCELLED;
  IoCompleteRequest(Irp, IO_NO_INCREMENT);
}

static NTSTATUS QueueWait(PCONTROL_EXTENSION control, PIRP Irp) {
  KIRQL irql;
  IoAcquireCancelSpinLock(&irql);
  if (Irp->Cancel) {
    IoReleaseCancelSpinLock(irql);
    return STATUS_CANCELLED;
  }
  IoMarkIrpPending(Irp);
  IoSetCancelRoutine(Irp, CtlCancelWait);
  control->PendingWait = Irp;
  IoReleaseCancelSpinLock(irql);
  return STATUS_PENDING;
}

NTSTATUS CtlDispatchDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PCONTROL_EXTENSION control =
      (PCONTROL_EXTENSION)DeviceObject->DeviceExtension;
  PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
  NTSTATUS status = STATUS_SUCCESS;
  switch (stack->Parameters.DeviceIoControl.IoControlCode) {
  case 1: /* read the statistics: shared, inside a critical region */
    KeEnterCriticalRegion();
    ExAcquireResourceSharedLite(&control->StatsResource, TRUE);
    Irp->IoStatus.Information = control->Generation;
    ExReleaseResourceLite(&control->StatsResource);
    KeLeaveCriticalRegion();
    break;
  case 2: /* reset the statistics: exclusive */
    /* BUG(critical-region-unbalanced): the busy path returns inside the
     * critical region, with normal kernel APCs still disabled */
    KeEnterCriticalRegion();
    if (!ExAcquireResourceExclusiveLite(&control->StatsResource, FALSE)) {
      Irp->IoStatus.Status = STATUS_DEVICE_BUSY;
      IoCompleteRequest(Irp, IO_NO_INCREMENT);
      return STATUS_DEVICE_BUSY;
    }
    control->Generation++;
    ExReleaseResourceLite(&control->StatsResource);
    KeLeaveCriticalRegion();
    break;
  case 3: /* wait for a link change */
    return QueueWait(control, Irp);
  default:
    status = STATUS_INVALID_DEVICE_REQUEST;
    break;
  }
  Irp->IoStatus.Status = status;
  IoCompleteRequest(Irp, IO_NO_INCREMENT);
  return status;
}
