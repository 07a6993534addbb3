// Balanced; its compile command names no target, so irqlint adds the
// driver defaults (MS extensions are needed for __try).
#include <ndis.h>

void Balanced(PNDIS_SPIN_LOCK Lock) {
  NdisAcquireSpinLock(Lock);
  __try {
  } __finally {
    NdisReleaseSpinLock(Lock);
  }
}
