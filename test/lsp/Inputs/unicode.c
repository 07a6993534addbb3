#include <ndis.h>

VOID Send(PNDIS_SPIN_LOCK Lock, BOOLEAN full) {
  /* é */ NdisAcquireSpinLock(Lock);
  if (full)
    return;
  NdisReleaseSpinLock(Lock);
}
