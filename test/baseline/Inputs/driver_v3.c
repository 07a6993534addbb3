#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  NDIS_SPIN_LOCK StatsLock;
  ULONG Count;
} ADAPTER, *PADAPTER;

// Send is fixed; Count still leaks; Receive is new.
VOID Send(PADAPTER a, BOOLEAN full) {
  NdisAcquireSpinLock(&a->Lock);
  if (full) {
    NdisReleaseSpinLock(&a->Lock);
    return;
  }
  NdisReleaseSpinLock(&a->Lock);
}

VOID Count(PADAPTER a, BOOLEAN skip) {
  NdisAcquireSpinLock(&a->StatsLock);
  if (skip)
    return;
  a->Count++;
  NdisReleaseSpinLock(&a->StatsLock);
}

VOID Receive(PADAPTER a, BOOLEAN drop) {
  NdisAcquireSpinLock(&a->Lock);
  if (drop)
    return;
  NdisReleaseSpinLock(&a->Lock);
}
