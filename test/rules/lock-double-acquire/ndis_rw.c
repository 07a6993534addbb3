// NDIS reader/writer locks (NDIS_RW_LOCK and NDIS 6.20's NDIS_RW_LOCK_EX):
// a read acquire may nest in another read acquire of the same lock; a write
// acquire with the lock held in either mode deadlocks. They are spin locks
// like the others for the rest: leaks, Dpr pairing, IRQL.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 -DNDIS630_MINIPORT=1 | FileCheck %s %check_not

#include <ndis.h>

typedef struct _ADAPTER {
  PNDIS_RW_LOCK_EX RwLock;
  NDIS_RW_LOCK OldRwLock;
  ULONG Count;
} ADAPTER, *PADAPTER;

void ReadInsideRead(PADAPTER a) {
  LOCK_STATE_EX outer, inner;
  NdisAcquireRWLockRead(a->RwLock, &outer, 0);
  NdisAcquireRWLockRead(a->RwLock, &inner, 0);
  a->Count++;
  NdisReleaseRWLock(a->RwLock, &inner);
  NdisReleaseRWLock(a->RwLock, &outer);
}

void ReadInsideReadOld(PADAPTER a) {
  LOCK_STATE outer, inner;
  NdisAcquireReadWriteLock(&a->OldRwLock, FALSE, &outer);
  NdisAcquireReadWriteLock(&a->OldRwLock, FALSE, &inner);
  a->Count++;
  NdisReleaseReadWriteLock(&a->OldRwLock, &inner);
  NdisReleaseReadWriteLock(&a->OldRwLock, &outer);
}

void WriteInsideRead(PADAPTER a) {
  LOCK_STATE_EX outer, inner;
  NdisAcquireRWLockRead(a->RwLock, &outer, 0);
  NdisAcquireRWLockWrite(a->RwLock, &inner, 0);
  // CHECK: :[[@LINE-1]]:3: warning: '*(a->RwLock)' is acquired by NdisAcquireRWLockWrite while already held (self-deadlock) [lock-double-acquire]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: '*(a->RwLock)' acquired here
  a->Count++;
  NdisReleaseRWLock(a->RwLock, &inner);
  NdisReleaseRWLock(a->RwLock, &outer);
}

void WriteLeak(PADAPTER a, BOOLEAN fail) {
  LOCK_STATE_EX state;
  NdisAcquireRWLockWrite(a->RwLock, &state, 0);
  // CHECK: :[[@LINE-1]]:3: warning: '*(a->RwLock)' is acquired by NdisAcquireRWLockWrite but not released on every path out of 'WriteLeak' [lock-not-released]
  if (fail)
    return;
  // CHECK-NEXT: :[[@LINE-1]]:5: note: returns here with '*(a->RwLock)' held
  a->Count++;
  NdisReleaseRWLock(a->RwLock, &state);
}

MINIPORT_HALT Halt;
void Halt(NDIS_HANDLE h, NDIS_HALT_ACTION action) {
  PADAPTER a = (PADAPTER)h;
  LOCK_STATE state;
  NdisAcquireReadWriteLock(&a->OldRwLock, TRUE, &state);
  NdisDprReleaseReadWriteLock(&a->OldRwLock, &state);
  // CHECK: :[[@LINE-1]]:3: warning: 'a->OldRwLock' is released by NdisDprReleaseReadWriteLock (ndis-rw-dpr) but was acquired by NdisAcquireReadWriteLock (ndis-rw) [dpr-mismatch]
}
