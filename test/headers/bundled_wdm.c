// With no compiler flags and no WDK, driver code that includes <ntddk.h>
// parses through irqlint's bundled WDK model headers (added with
// -idirafter): no clang errors, and the lock bug is found.
// RUN: %expect_exit 1 %irqlint %s | FileCheck %s %check_not

#include <ntddk.h>

typedef struct _DEVICE_EXTENSION {
  KSPIN_LOCK QueueLock;
  LIST_ENTRY Queue;
} DEVICE_EXTENSION, *PDEVICE_EXTENSION;

DRIVER_DISPATCH DispatchRead;

NTSTATUS DispatchRead(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PDEVICE_EXTENSION ext = (PDEVICE_EXTENSION)DeviceObject->DeviceExtension;
  PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
  KIRQL oldIrql;
  KeAcquireSpinLock(&ext->QueueLock, &oldIrql);
  // CHECK: :[[@LINE-1]]:3: warning: 'ext->QueueLock' is acquired by KeAcquireSpinLock but not released on every path out of 'DispatchRead' [lock-not-released]
  if (stack->Parameters.Read.Length == 0) {
    Irp->IoStatus.Status = STATUS_INVALID_PARAMETER;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_INVALID_PARAMETER;
    // CHECK-NEXT: :[[@LINE-1]]:5: note: returns here with 'ext->QueueLock' held
    // CHECK: :[[@LINE-3]]:5: warning: IoCompleteRequest called while 'ext->QueueLock' is held: {{.*}} [irp-completed-under-lock]
  }
  InsertTailList(&ext->Queue, &Irp->Tail.Overlay.ListEntry);
  KeReleaseSpinLock(&ext->QueueLock, oldIrql);
  IoMarkIrpPending(Irp);
  return STATUS_PENDING;
}

// The NDIS routines come as the real header's macros: still one lock.
#include <ndis.h>
void NdisShapes(PNDIS_SPIN_LOCK Lock) {
  NdisAcquireSpinLock(Lock);
  NdisReleaseSpinLock(Lock);
  NdisDprAcquireSpinLock(Lock);
  NdisDprReleaseSpinLock(Lock);
}
