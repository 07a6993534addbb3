#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK RxLock;
  NDIS_SPIN_LOCK TxLock;
  ULONG Count;
} ADAPTER, *PADAPTER;

void LockTx(PADAPTER Adapter);
void UnlockTx(PADAPTER Adapter);
void ReturnPackets(PADAPTER Adapter);
