// lock-order-inversion, negative cases: one order everywhere (directly and
// through a helper), two instances of one class (ordered by the data, not
// by the code), and a try-acquire in the other order (it does not wait).
// RUN: %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | count 0

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK ListLock;
  NDIS_SPIN_LOCK StatsLock;
  ULONG Count;
} ADAPTER, *PADAPTER;

static void BumpStats(PADAPTER a) {
  NdisDprAcquireSpinLock(&a->StatsLock);
  a->Count++;
  NdisDprReleaseSpinLock(&a->StatsLock);
}

void ListThenStats(PADAPTER a) {
  NdisAcquireSpinLock(&a->ListLock);
  NdisDprAcquireSpinLock(&a->StatsLock);
  NdisDprReleaseSpinLock(&a->StatsLock);
  NdisReleaseSpinLock(&a->ListLock);
}

void ListThenStatsThroughHelper(PADAPTER a) {
  NdisAcquireSpinLock(&a->ListLock);
  BumpStats(a);
  NdisReleaseSpinLock(&a->ListLock);
}

void TwoAdapters(PADAPTER first, PADAPTER second) {
  NdisAcquireSpinLock(&first->ListLock);
  NdisDprAcquireSpinLock(&second->ListLock);
  NdisDprReleaseSpinLock(&second->ListLock);
  NdisReleaseSpinLock(&first->ListLock);
}

void StatsThenTryList(PADAPTER a) {
  KIRQL old;
  KeAcquireSpinLock(&a->StatsLock.SpinLock, &old);
  if (KeTryToAcquireSpinLockAtDpcLevel(&a->ListLock.SpinLock)) {
    a->Count++;
    KeReleaseSpinLockFromDpcLevel(&a->ListLock.SpinLock);
  }
  KeReleaseSpinLock(&a->StatsLock.SpinLock, old);
}
