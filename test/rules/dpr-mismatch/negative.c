// dpr-mismatch, negative cases: matching pairs, and a flag that selects
// the variant for both the acquire and the release (the NDIS filter,
// ndisprot and mux idiom).
// RUN: %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | count 0
// RUN: %irqlint %s -- %wdk_amd64 | count 0
// RUN: %irqlint %s -- %wdk_x86 | count 0

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  KSPIN_LOCK StatsLock;
  EX_SPIN_LOCK TableLock;
  ULONG Count;
} ADAPTER, *PADAPTER;

#define FILTER_ACQUIRE_LOCK(_pLock, DispatchLevel)                             \
  do {                                                                         \
    if (DispatchLevel)                                                         \
      NdisDprAcquireSpinLock(_pLock);                                          \
    else                                                                       \
      NdisAcquireSpinLock(_pLock);                                             \
  } while (0)
#define FILTER_RELEASE_LOCK(_pLock, DispatchLevel)                             \
  do {                                                                         \
    if (DispatchLevel)                                                         \
      NdisDprReleaseSpinLock(_pLock);                                          \
    else                                                                       \
      NdisReleaseSpinLock(_pLock);                                             \
  } while (0)

void FlagSelectsBoth(PADAPTER a, BOOLEAN DispatchLevel) {
  FILTER_ACQUIRE_LOCK(&a->Lock, DispatchLevel);
  a->Count++;
  FILTER_RELEASE_LOCK(&a->Lock, DispatchLevel);
}

void Pairs(PADAPTER a) {
  KIRQL old;
  KLOCK_QUEUE_HANDLE h;
  NdisDprAcquireSpinLock(&a->Lock);
  NdisDprReleaseSpinLock(&a->Lock);
  KeAcquireSpinLock(&a->StatsLock, &old);
  KeReleaseSpinLock(&a->StatsLock, old);
  KeAcquireInStackQueuedSpinLockAtDpcLevel(&a->StatsLock, &h);
  KeReleaseInStackQueuedSpinLockFromDpcLevel(&h);
  ExAcquireSpinLockExclusiveAtDpcLevel(&a->TableLock);
  ExReleaseSpinLockExclusiveFromDpcLevel(&a->TableLock);
  old = ExAcquireSpinLockShared(&a->TableLock);
  ExReleaseSpinLockShared(&a->TableLock, old);
}

// netvmini: a try-acquire at DPC level released by KeReleaseSpinLock with
// DISPATCH_LEVEL, which changes no IRQL.
void TryReleasedAtDispatch(PADAPTER a) {
  if (KeTryToAcquireSpinLockAtDpcLevel(&a->StatsLock)) {
    a->Count++;
    KeReleaseSpinLock(&a->StatsLock, DISPATCH_LEVEL);
  }
}
