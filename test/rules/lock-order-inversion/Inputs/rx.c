#include "adapter.h"

/* Receive path: RxLock, then TxLock through a helper in tx.c. */
void IndicateReceive(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->RxLock);
  LockTx(Adapter);
  Adapter->Count++;
  UnlockTx(Adapter);
  NdisReleaseSpinLock(&Adapter->RxLock);
}

void ReturnPackets(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->RxLock);
  Adapter->Count--;
  NdisReleaseSpinLock(&Adapter->RxLock);
}
