// lock-release-unheld: a path releases a lock this function acquires
// elsewhere but does not hold there.
// RUN: not %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK SendLock;
  KSPIN_LOCK StatsLock;
  ULONG Count;
} ADAPTER, *PADAPTER;

NDIS_STATUS Validate(PADAPTER Adapter);

void ReleasedTwice(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->SendLock);
  Adapter->Count++;
  NdisReleaseSpinLock(&Adapter->SendLock);
  NdisReleaseSpinLock(&Adapter->SendLock);
  // CHECK: :[[@LINE-1]]:3: warning: 'Adapter->SendLock' is released by NdisReleaseSpinLock but is not held on this path [lock-release-unheld]
}

// The cleanup label is reached before the acquire on the error path.
NDIS_STATUS CleanupBeforeAcquire(PADAPTER Adapter) {
  NDIS_STATUS status = Validate(Adapter);
  if (status != NDIS_STATUS_SUCCESS)
    goto cleanup;
  NdisAcquireSpinLock(&Adapter->SendLock);
  Adapter->Count++;
cleanup:
  NdisReleaseSpinLock(&Adapter->SendLock);
  // CHECK: :[[@LINE-1]]:3: warning: 'Adapter->SendLock' is released by NdisReleaseSpinLock but is not held on this path [lock-release-unheld]
  return status;
}

void ConditionalAcquire(PADAPTER Adapter, BOOLEAN take) {
  KIRQL old = PASSIVE_LEVEL;
  if (take)
    KeAcquireSpinLock(&Adapter->StatsLock, &old);
  Adapter->Count++;
  KeReleaseSpinLock(&Adapter->StatsLock, old);
  // CHECK: :[[@LINE-1]]:3: warning: 'Adapter->StatsLock' is released by KeReleaseSpinLock but is not held on this path [lock-release-unheld]
}

// The queued-lock release names only the handle: it is matched to the lock
// the acquire stored in that handle.
void QueuedReleasedTwice(PADAPTER Adapter) {
  KLOCK_QUEUE_HANDLE handle;
  KeAcquireInStackQueuedSpinLock(&Adapter->StatsLock, &handle);
  KeReleaseInStackQueuedSpinLock(&handle);
  KeReleaseInStackQueuedSpinLock(&handle);
  // CHECK: :[[@LINE-1]]:3: warning: 'Adapter->StatsLock' is released by KeReleaseInStackQueuedSpinLock but is not held on this path [lock-release-unheld]
}

#define UNLOCK_SEND(a) NdisReleaseSpinLock(&(a)->SendLock)
void ThroughMacro(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->SendLock);
  UNLOCK_SEND(Adapter);
  UNLOCK_SEND(Adapter);
  // CHECK: :[[@LINE-1]]:3: warning: 'Adapter->SendLock' is released by NdisReleaseSpinLock but is not held on this path [lock-release-unheld]
}

// A write between the two tests breaks the correlation.
void StatusRewritten(PADAPTER Adapter, NTSTATUS status) {
  if (NT_SUCCESS(status))
    NdisAcquireSpinLock(&Adapter->SendLock);
  // CHECK: :[[@LINE-1]]:5: warning: 'Adapter->SendLock' is acquired by NdisAcquireSpinLock but not released on every path out of 'StatusRewritten' [lock-not-released]
  // CHECK-NEXT: :[[@LINE+5]]:1: note: returns here with 'Adapter->SendLock' held
  status = Validate(Adapter);
  if (NT_SUCCESS(status))
    NdisReleaseSpinLock(&Adapter->SendLock);
  // CHECK-NEXT: :[[@LINE-1]]:5: warning: 'Adapter->SendLock' is released by NdisReleaseSpinLock but is not held on this path [lock-release-unheld]
}

// A completion routine runs in an arbitrary thread: ExReleaseResourceLite
// there releases for that thread, which holds nothing (the issuer's
// resource is released with ExReleaseResourceForThreadLite, see
// negative.c).
NTSTATUS AsyncDoneWrongThread(PDEVICE_OBJECT DeviceObject, PIRP Irp,
                              PVOID Context) {
  UNREFERENCED_PARAMETER(DeviceObject);
  UNREFERENCED_PARAMETER(Irp);
  ExReleaseResourceLite((PERESOURCE)Context);
  // CHECK: :[[@LINE-1]]:3: warning: executive resource '*Context' is released by ExReleaseResourceLite but is not held on this path [lock-release-unheld]
  return STATUS_SUCCESS;
}

VOID IssueAsyncWrongThread(PIRP Irp, PERESOURCE Resource) {
  IoSetCompletionRoutine(Irp, AsyncDoneWrongThread, Resource, TRUE, TRUE,
                         TRUE);
}
