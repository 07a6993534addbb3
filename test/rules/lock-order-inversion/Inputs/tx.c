#include "adapter.h"

void LockTx(PADAPTER Adapter) { NdisAcquireSpinLock(&Adapter->TxLock); }
void UnlockTx(PADAPTER Adapter) { NdisReleaseSpinLock(&Adapter->TxLock); }

/* Send completion: TxLock, then RxLock inside ReturnPackets (rx.c). */
void CompleteSends(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->TxLock);
  ReturnPackets(Adapter);
  NdisReleaseSpinLock(&Adapter->TxLock);
}
