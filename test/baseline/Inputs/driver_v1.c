#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  NDIS_SPIN_LOCK StatsLock;
  ULONG Count;
} ADAPTER, *PADAPTER;

VOID Send(PADAPTER a, BOOLEAN full) {
  NdisAcquireSpinLock(&a->Lock);
  if (full)
    return;
  NdisReleaseSpinLock(&a->Lock);
}

VOID Count(PADAPTER a, BOOLEAN skip) {
  NdisAcquireSpinLock(&a->StatsLock);
  if (skip)
    return;
  a->Count++;
  NdisReleaseSpinLock(&a->StatsLock);
}
