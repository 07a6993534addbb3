/* Analyzed next to a file that crashes or hangs the parser: its finding
 * must still be reported. */
#include <ndis.h>

void Send(PNDIS_SPIN_LOCK Lock, int error) {
  NdisAcquireSpinLock(Lock);
  if (error)
    return;
  NdisReleaseSpinLock(Lock);
}
