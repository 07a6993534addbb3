// dpr-mismatch: the release does not match how the lock was acquired.
// RUN: not %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  KSPIN_LOCK StatsLock;
  EX_SPIN_LOCK TableLock;
  ULONG Count;
} ADAPTER, *PADAPTER;

void DprThenPlain(PADAPTER a) {
  NdisDprAcquireSpinLock(&a->Lock);
  a->Count++;
  NdisReleaseSpinLock(&a->Lock);
  // CHECK: :[[@LINE-1]]:3: warning: 'a->Lock' is released by NdisReleaseSpinLock (ndis) but was acquired by NdisDprAcquireSpinLock (ndis-dpr) [dpr-mismatch]
  // CHECK-NEXT: :[[@LINE-4]]:3: note: 'a->Lock' acquired here
}

void PlainThenDpr(PADAPTER a) {
  NdisAcquireSpinLock(&a->Lock);
  NdisDprReleaseSpinLock(&a->Lock);
  // CHECK: :[[@LINE-1]]:3: warning: 'a->Lock' is released by NdisDprReleaseSpinLock (ndis-dpr) but was acquired by NdisAcquireSpinLock (ndis) [dpr-mismatch]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'a->Lock' acquired here
}

void KeAtDpcThenRaising(PADAPTER a, KIRQL old) {
  KeAcquireSpinLockAtDpcLevel(&a->StatsLock);
  KeReleaseSpinLock(&a->StatsLock, old);
  // CHECK: :[[@LINE-1]]:3: warning: 'a->StatsLock' is released by KeReleaseSpinLock (ke) but was acquired by KeAcquireSpinLockAtDpcLevel (ke-dpc) [dpr-mismatch]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'a->StatsLock' acquired here
}

void QueuedMismatch(PADAPTER a) {
  KLOCK_QUEUE_HANDLE h;
  KeAcquireInStackQueuedSpinLock(&a->StatsLock, &h);
  KeReleaseInStackQueuedSpinLockFromDpcLevel(&h);
  // CHECK: :[[@LINE-1]]:3: warning: 'a->StatsLock' is released by KeReleaseInStackQueuedSpinLockFromDpcLevel (queued-dpc) but was acquired by KeAcquireInStackQueuedSpinLock (queued) [dpr-mismatch]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'a->StatsLock' acquired here
}

void SharedThenExclusive(PADAPTER a) {
  KIRQL old = ExAcquireSpinLockShared(&a->TableLock);
  ExReleaseSpinLockExclusive(&a->TableLock, old);
  // CHECK: :[[@LINE-1]]:3: warning: 'a->TableLock' is released by ExReleaseSpinLockExclusive (ex-exclusive) but was acquired by ExAcquireSpinLockShared (ex-shared) [dpr-mismatch]
  // CHECK-NEXT: :[[@LINE-3]]:15: note: 'a->TableLock' acquired here
}
