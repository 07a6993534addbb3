// fordpc-outside-dpc: the …ForDpc spin-lock routines, documented for
// (threaded) DPC routines, called in routines whose role says they are not
// DPCs (a work item, a system thread, a dispatch routine, a completion
// routine), each at an IRQL that may be below DISPATCH_LEVEL.
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ntddk.h>

typedef struct _QUEUE {
  KSPIN_LOCK Lock;
  LIST_ENTRY Pending;
  ULONG Count;
} QUEUE, *PQUEUE;

IO_WORKITEM_ROUTINE DrainWorker;
VOID DrainWorker(PDEVICE_OBJECT Device, PVOID Context) {
  PQUEUE q = (PQUEUE)Context;
  KLOCK_QUEUE_HANDLE h;
  UNREFERENCED_PARAMETER(Device);
  KeAcquireInStackQueuedSpinLockForDpc(&q->Lock, &h);
  // CHECK: :[[@LINE-1]]:3: warning: KeAcquireInStackQueuedSpinLockForDpc is documented for DPC routines, but 'DrainWorker' is not one; here the IRQL is PASSIVE_LEVEL [fordpc-outside-dpc]
  // CHECK-NEXT: :[[@LINE-6]]:6: note: 'DrainWorker' is not a DPC routine: its role IO_WORKITEM_ROUTINE
  q->Count = 0;
  KeReleaseInStackQueuedSpinLockForDpc(&h);
}

KSTART_ROUTINE PollThread;
VOID PollThread(PVOID Context) {
  PQUEUE q = (PQUEUE)Context;
  KIRQL old = KeAcquireSpinLockForDpc(&q->Lock);
  // CHECK: :[[@LINE-1]]:15: warning: KeAcquireSpinLockForDpc is documented for DPC routines, but 'PollThread' is not one; here the IRQL is PASSIVE_LEVEL [fordpc-outside-dpc]
  // CHECK-NEXT: :[[@LINE-4]]:6: note: 'PollThread' is not a DPC routine: its role KSTART_ROUTINE
  q->Count++;
  KeReleaseSpinLockForDpc(&q->Lock, old);
}

DRIVER_DISPATCH QueueIoctl;
NTSTATUS QueueIoctl(PDEVICE_OBJECT Device, PIRP Irp) {
  PQUEUE q = (PQUEUE)Device->DeviceExtension;
  KIRQL old = KeAcquireSpinLockForDpc(&q->Lock);
  // CHECK: :[[@LINE-1]]:15: warning: KeAcquireSpinLockForDpc is documented for DPC routines, but 'QueueIoctl' is not one; here the IRQL is <= DISPATCH_LEVEL [fordpc-outside-dpc]
  // CHECK-NEXT: :[[@LINE-4]]:10: note: 'QueueIoctl' is not a DPC routine: its role DRIVER_DISPATCH
  q->Count++;
  KeReleaseSpinLockForDpc(&q->Lock, old);
  Irp->IoStatus.Status = STATUS_SUCCESS;
  IoCompleteRequest(Irp, IO_NO_INCREMENT);
  return STATUS_SUCCESS;
}

IO_COMPLETION_ROUTINE ReadDone;
NTSTATUS ReadDone(PDEVICE_OBJECT Device, PIRP Irp, PVOID Context) {
  PQUEUE q = (PQUEUE)Context;
  KLOCK_QUEUE_HANDLE h;
  UNREFERENCED_PARAMETER(Device);
  UNREFERENCED_PARAMETER(Irp);
  KeAcquireInStackQueuedSpinLockForDpc(&q->Lock, &h);
  // CHECK: :[[@LINE-1]]:3: warning: KeAcquireInStackQueuedSpinLockForDpc is documented for DPC routines, but 'ReadDone' is not one; here the IRQL is <= DISPATCH_LEVEL [fordpc-outside-dpc]
  // CHECK-NEXT: :[[@LINE-7]]:10: note: 'ReadDone' is not a DPC routine: its role IO_COMPLETION_ROUTINE
  q->Count--;
  KeReleaseInStackQueuedSpinLockForDpc(&h);
  return STATUS_CONTINUE_COMPLETION;
}
