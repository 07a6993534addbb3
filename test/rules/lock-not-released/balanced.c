// lock-not-released, negative cases: every path releases what it takes.
// RUN: %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | count 0
// RUN: %irqlint %s -- %wdk_amd64 | count 0
// RUN: %irqlint %s -- %wdk_x86 | count 0

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK SendLock;
  NDIS_SPIN_LOCK RecvLock;
  KSPIN_LOCK StatsLock;
  EX_SPIN_LOCK TableLock;
  LIST_ENTRY Queue;
  ULONG Count;
  BOOLEAN Busy;
} ADAPTER, *PADAPTER;

NDIS_STATUS Validate(PADAPTER Adapter);
void Work(PADAPTER Adapter);

NDIS_STATUS GotoCleanupReleases(PADAPTER Adapter) {
  NDIS_STATUS status = NDIS_STATUS_SUCCESS;
  NdisAcquireSpinLock(&Adapter->SendLock);
  if (Validate(Adapter) != NDIS_STATUS_SUCCESS) {
    status = NDIS_STATUS_FAILURE;
    goto cleanup;
  }
  Work(Adapter);
cleanup:
  NdisReleaseSpinLock(&Adapter->SendLock);
  return status;
}

void LoopPerIteration(PADAPTER Adapter, ULONG n) {
  for (ULONG i = 0; i < n; i++) {
    NdisDprAcquireSpinLock(&Adapter->RecvLock);
    if (Adapter->Count > 10) {
      NdisDprReleaseSpinLock(&Adapter->RecvLock);
      break;
    }
    Adapter->Count++;
    NdisDprReleaseSpinLock(&Adapter->RecvLock);
  }
}

void ContinueAfterRelease(PADAPTER Adapter, ULONG n) {
  while (n--) {
    NdisAcquireSpinLock(&Adapter->SendLock);
    if (Adapter->Busy) {
      NdisReleaseSpinLock(&Adapter->SendLock);
      continue;
    }
    Adapter->Count++;
    NdisReleaseSpinLock(&Adapter->SendLock);
  }
}

// The __finally runs on every way out of the __try, __leave included.
void FinallyReleases(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->SendLock);
  __try {
    if (Adapter->Count == 0)
      __leave;
    Work(Adapter);
  } __finally {
    NdisReleaseSpinLock(&Adapter->SendLock);
  }
}

int ReturnInsideTryFinally(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->SendLock);
  __try {
    if (Adapter->Count == 0)
      return 1;
    Work(Adapter);
  } __finally {
    NdisReleaseSpinLock(&Adapter->SendLock);
  }
  return 0;
}

// Every case releases, including the one that falls through.
void SwitchBalanced(PADAPTER Adapter, int what) {
  NdisAcquireSpinLock(&Adapter->SendLock);
  switch (what) {
  case 1:
    Work(Adapter);
  case 2:
    NdisReleaseSpinLock(&Adapter->SendLock);
    return;
  default:
    break;
  }
  NdisReleaseSpinLock(&Adapter->SendLock);
}

// The same flag decides acquire and release (the NDIS sample idiom).
void CorrelatedFlag(PADAPTER Adapter, BOOLEAN DispatchLevel) {
  if (DispatchLevel)
    NdisDprAcquireSpinLock(&Adapter->SendLock);
  else
    NdisAcquireSpinLock(&Adapter->SendLock);
  Work(Adapter);
  if (DispatchLevel)
    NdisDprReleaseSpinLock(&Adapter->SendLock);
  else
    NdisReleaseSpinLock(&Adapter->SendLock);
}

// A local remembers whether the lock was taken.
void LockedLocal(PADAPTER Adapter) {
  BOOLEAN locked = FALSE;
  if (Adapter->Busy) {
    NdisAcquireSpinLock(&Adapter->SendLock);
    locked = TRUE;
  }
  Work(Adapter);
  if (locked)
    NdisReleaseSpinLock(&Adapter->SendLock);
}

// Locks reached through equivalent spellings and a local pointer.
void Spellings(PADAPTER Adapter) {
  PNDIS_SPIN_LOCK lock = &Adapter->SendLock;
  NdisAcquireSpinLock(&(Adapter)->SendLock);
  NdisReleaseSpinLock(&(*Adapter).SendLock);
  NdisAcquireSpinLock(lock);
  NdisReleaseSpinLock(&Adapter->SendLock);
}

void QueuedBalanced(PADAPTER Adapter) {
  KLOCK_QUEUE_HANDLE handle;
  KeAcquireInStackQueuedSpinLock(&Adapter->StatsLock, &handle);
  Adapter->Count++;
  KeReleaseInStackQueuedSpinLock(&handle);
}

void ReaderWriter(PADAPTER Adapter) {
  KIRQL old = ExAcquireSpinLockShared(&Adapter->TableLock);
  Work(Adapter);
  ExReleaseSpinLockShared(&Adapter->TableLock, old);
  old = ExAcquireSpinLockExclusive(&Adapter->TableLock);
  Adapter->Count = 0;
  ExReleaseSpinLockExclusive(&Adapter->TableLock, old);
}

void TryAcquire(PADAPTER Adapter) {
  if (KeTryToAcquireSpinLockAtDpcLevel(&Adapter->StatsLock)) {
    Adapter->Count++;
    KeReleaseSpinLockFromDpcLevel(&Adapter->StatsLock);
  }
}

// A no-return call ends the path: nothing leaks through it.
void BugCheckWhileHeld(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->SendLock);
  if (Adapter->Count == 0)
    KeBugCheckEx(0x1, 0, 0, 0, 0);
  NdisReleaseSpinLock(&Adapter->SendLock);
}

// A wrapper that only acquires is someone else's balance to keep
// (interprocedural summaries decide); taking it in a macro pair is fine.
#define LOCK_SEND(a) NdisAcquireSpinLock(&(a)->SendLock)
#define UNLOCK_SEND(a)                                                         \
  do {                                                                         \
    NdisReleaseSpinLock(&(a)->SendLock);                                       \
  } while (0)
void MacroPair(PADAPTER Adapter) {
  LOCK_SEND(Adapter);
  Work(Adapter);
  UNLOCK_SEND(Adapter);
}

// Releasing a lock this function never acquires: the caller holds it.
void ReleasesCallersLock(PADAPTER Adapter) {
  Work(Adapter);
  NdisReleaseSpinLock(&Adapter->RecvLock);
}
