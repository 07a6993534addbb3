#include "mp.h"

VOID Send(PADAPTER a, BOOLEAN full) {
  MpAcquireAdapterLock(&a->Lock);
  if (full)
    return;
  MpReleaseAdapterLock(&a->Lock);
}

VOID Balanced(PADAPTER a) {
  MpAcquireAdapterLock(&a->Lock);
  a->Count++;
  MpReleaseAdapterLock(&a->Lock);
}

VOID QueueOne(PADAPTER a, BOOLEAN full) {
  MpLockQueue(a, &a->QueueLock);
  if (full)
    return;
  NdisReleaseSpinLock(&a->QueueLock);
}

BOOLEAN MpHwInterrupt(PADAPTER a) {
  MpAcquireAdapterLock(&a->Lock);
  a->Count++;
  MpReleaseAdapterLock(&a->Lock);
  return TRUE;
}

VOID MpPassiveWorker(PADAPTER a) {
  NdisDprAcquireSpinLock(&a->Lock);
  a->Count = 0;
  NdisDprReleaseSpinLock(&a->Lock);
}

VOID Stall(PADAPTER a) {
  MpAcquireAdapterLock(&a->Lock);
  NdisStallExecution(100);
  MpReleaseAdapterLock(&a->Lock);
}
