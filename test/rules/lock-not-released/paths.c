// lock-not-released: paths that leave a function holding a lock, in the
// function shape and both macro shapes of the WDK routines.
// RUN: not %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK SendLock;
  KSPIN_LOCK StatsLock;
  LIST_ENTRY Queue;
  ULONG Count;
} ADAPTER, *PADAPTER;

NDIS_STATUS Validate(PADAPTER Adapter);
void Work(PADAPTER Adapter);

// An early return on an error path.
NDIS_STATUS EarlyReturn(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->SendLock);
  // CHECK: :[[@LINE-1]]:3: warning: 'Adapter->SendLock' is acquired by NdisAcquireSpinLock but not released on every path out of 'EarlyReturn' [lock-not-released]
  if (Validate(Adapter) != NDIS_STATUS_SUCCESS)
    return NDIS_STATUS_FAILURE;
  // CHECK-NEXT: :[[@LINE-1]]:5: note: returns here with 'Adapter->SendLock' held
  NdisReleaseSpinLock(&Adapter->SendLock);
  return NDIS_STATUS_SUCCESS;
}

// A goto-cleanup whose label is reached by a path that skipped the release.
NDIS_STATUS GotoCleanup(PADAPTER Adapter) {
  NDIS_STATUS status = NDIS_STATUS_SUCCESS;
  KIRQL oldIrql;
  KeAcquireSpinLock(&Adapter->StatsLock, &oldIrql);
  // CHECK: :[[@LINE-1]]:3: warning: 'Adapter->StatsLock' is acquired by KeAcquireSpinLock but not released on every path out of 'GotoCleanup' [lock-not-released]
  if (Adapter->Count == 0) {
    status = NDIS_STATUS_FAILURE;
    goto cleanup;
  }
  Adapter->Count--;
  KeReleaseSpinLock(&Adapter->StatsLock, oldIrql);
cleanup:
  return status;
  // CHECK-NEXT: :[[@LINE-1]]:3: note: returns here with 'Adapter->StatsLock' held
}

// break out of a loop while the lock of this iteration is held.
void BreakOutOfLoop(PADAPTER Adapter, ULONG n) {
  for (ULONG i = 0; i < n; i++) {
    NdisDprAcquireSpinLock(&Adapter->SendLock);
    // CHECK: :[[@LINE-1]]:5: warning: 'Adapter->SendLock' is acquired by NdisDprAcquireSpinLock but not released on every path out of 'BreakOutOfLoop' [lock-not-released]
    if (Adapter->Count > 10)
      break;
    Adapter->Count++;
    NdisDprReleaseSpinLock(&Adapter->SendLock);
  }
}
// CHECK-NEXT: :[[@LINE-1]]:1: note: returns here with 'Adapter->SendLock' held

// switch fall-through: case 1 acquires and falls into case 2, which
// returns without releasing (the function releases the lock elsewhere, so
// it is not a lock routine that acquires on request: see
// summary/specialized.c).
void SwitchFallThrough(PADAPTER Adapter, int what) {
  switch (what) {
  case 1:
    NdisAcquireSpinLock(&Adapter->SendLock);
    // CHECK: :[[@LINE-1]]:5: warning: 'Adapter->SendLock' is acquired by NdisAcquireSpinLock but not released on every path out of 'SwitchFallThrough' [lock-not-released]
  case 2:
    Work(Adapter);
    return;
    // CHECK-NEXT: :[[@LINE-1]]:5: note: returns here with 'Adapter->SendLock' held
  default:
    break;
  }
  NdisReleaseSpinLock(&Adapter->SendLock);
}

// __leave jumps past the release inside the __try; the __finally does not
// release either.
void LeaveSkipsRelease(PADAPTER Adapter) {
  __try {
    NdisAcquireSpinLock(&Adapter->SendLock);
    // CHECK: :[[@LINE-1]]:5: warning: 'Adapter->SendLock' is acquired by NdisAcquireSpinLock but not released on every path out of 'LeaveSkipsRelease' [lock-not-released]
    if (Adapter->Count == 0)
      __leave;
    NdisReleaseSpinLock(&Adapter->SendLock);
  } __finally {
    Adapter->Count = 1;
  }
}
// CHECK-NEXT: :[[@LINE-1]]:1: note: returns here with 'Adapter->SendLock' held

// A driver macro that wraps the acquire: reported at the macro use.
#define LOCK_SEND(a) NdisAcquireSpinLock(&(a)->SendLock)
void WrapperMacro(PADAPTER Adapter) {
  LOCK_SEND(Adapter);
  // CHECK: :[[@LINE-1]]:3: warning: 'Adapter->SendLock' is acquired by NdisAcquireSpinLock but not released on every path out of 'WrapperMacro' [lock-not-released]
  if (Adapter->Count == 0) {
    NdisReleaseSpinLock(&Adapter->SendLock);
    return;
  }
  Work(Adapter);
}
// CHECK-NEXT: :[[@LINE-1]]:1: note: returns here with 'Adapter->SendLock' held

// In-stack queued lock never released on the error path.
NTSTATUS QueuedLeak(PADAPTER Adapter) {
  KLOCK_QUEUE_HANDLE handle;
  KeAcquireInStackQueuedSpinLock(&Adapter->StatsLock, &handle);
  // CHECK: :[[@LINE-1]]:3: warning: 'Adapter->StatsLock' is acquired by KeAcquireInStackQueuedSpinLock but not released on every path out of 'QueuedLeak' [lock-not-released]
  if (Adapter->Count == 0)
    return STATUS_UNSUCCESSFUL;
  // CHECK-NEXT: :[[@LINE-1]]:5: note: returns here with 'Adapter->StatsLock' held
  KeReleaseInStackQueuedSpinLock(&handle);
  return STATUS_SUCCESS;
}

// Many independent branches after the acquire: paths that hold the same
// locks are joined, so the leak is still certain on the path that takes it
// (and does not release it at the end: the release shows the function is
// not an acquire routine, summary/acquire_routines.c).
ULONG Probe(PADAPTER Adapter);
void ManyBranches(PADAPTER Adapter, ULONG a, ULONG b, ULONG c, ULONG d,
                  ULONG e) {
  BOOLEAN held = FALSE;
  if (a == Probe(Adapter)) {
    NdisAcquireSpinLock(&Adapter->SendLock);
    // CHECK: :[[@LINE-1]]:5: warning: 'Adapter->SendLock' is acquired by NdisAcquireSpinLock but not released on every path out of 'ManyBranches' [lock-not-released]
    held = TRUE;
  }
  if (b == 1)
    Work(Adapter);
  if (c == 1)
    Work(Adapter);
  if (d == 1)
    Work(Adapter);
  if (e == 1)
    Work(Adapter);
  if (held && Adapter->Count == 0)
    NdisReleaseSpinLock(&Adapter->SendLock);
}
// CHECK-NEXT: :[[@LINE-1]]:1: note: returns here with 'Adapter->SendLock' held
