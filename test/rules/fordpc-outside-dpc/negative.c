// fordpc-outside-dpc, negative cases: the routines in DPC roles (a
// KDEFERRED_ROUTINE, threaded or not, a framework's DPC), in a function
// nothing is known about, and in a work item that already holds another
// spin lock (at DISPATCH_LEVEL they acquire as the AtDpcLevel forms do).
// RUN: %irqlint %s -- %wdk_amd64 | count 0
// RUN: %irqlint %s -- %wdk_x86 | count 0

#include <ntddk.h>

typedef struct _QUEUE {
  KSPIN_LOCK Lock;
  KSPIN_LOCK Outer;
  ULONG Count;
} QUEUE, *PQUEUE;

KDEFERRED_ROUTINE CompleteDpc;
VOID CompleteDpc(PKDPC Dpc, PVOID Context, PVOID A1, PVOID A2) {
  PQUEUE q = (PQUEUE)Context;
  KLOCK_QUEUE_HANDLE h;
  UNREFERENCED_PARAMETER(Dpc);
  UNREFERENCED_PARAMETER(A1);
  UNREFERENCED_PARAMETER(A2);
  KeAcquireInStackQueuedSpinLockForDpc(&q->Lock, &h);
  q->Count--;
  KeReleaseInStackQueuedSpinLockForDpc(&h);
}

IO_DPC_ROUTINE IsrDpc;
VOID IsrDpc(PKDPC Dpc, PDEVICE_OBJECT Device, PIRP Irp, PVOID Context) {
  PQUEUE q = (PQUEUE)Context;
  UNREFERENCED_PARAMETER(Dpc);
  UNREFERENCED_PARAMETER(Device);
  UNREFERENCED_PARAMETER(Irp);
  KIRQL old = KeAcquireSpinLockForDpc(&q->Lock);
  q->Count++;
  KeReleaseSpinLockForDpc(&q->Lock, old);
}

VOID CountHelper(PQUEUE q) {
  KIRQL old = KeAcquireSpinLockForDpc(&q->Lock);
  q->Count++;
  KeReleaseSpinLockForDpc(&q->Lock, old);
}

IO_WORKITEM_ROUTINE NestedWorker;
VOID NestedWorker(PDEVICE_OBJECT Device, PVOID Context) {
  PQUEUE q = (PQUEUE)Context;
  KIRQL outer;
  UNREFERENCED_PARAMETER(Device);
  KeAcquireSpinLock(&q->Outer, &outer);
  KIRQL old = KeAcquireSpinLockForDpc(&q->Lock);
  q->Count++;
  KeReleaseSpinLockForDpc(&q->Lock, old);
  KeReleaseSpinLock(&q->Outer, outer);
}
