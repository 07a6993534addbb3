#include <ndis.h>
void A(PNDIS_SPIN_LOCK Lock) {
  NdisAcquireSpinLock(Lock);
  NdisReleaseSpinLock(Lock);
  NdisReleaseSpinLock(Lock);
  NdisAcquireSpinLock(Lock);
  NdisReleaseSpinLock(Lock);
  NdisReleaseSpinLock(Lock);
}
