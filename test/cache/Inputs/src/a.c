#include "shared.h"

void SendPackets(PADAPTER Adapter, int error) {
  NdisAcquireSpinLock(&Adapter->Lock);
  if (error)
    return;
  NdisReleaseSpinLock(&Adapter->Lock);
  DrainQueue(Adapter);
}
