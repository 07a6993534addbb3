#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  NDIS_SPIN_LOCK QueueLock;
  ULONG Count;
} ADAPTER, *PADAPTER;

VOID MpAcquireAdapterLock(PNDIS_SPIN_LOCK Lock);
VOID MpReleaseAdapterLock(PNDIS_SPIN_LOCK Lock);
#if MP_HAS_QUEUES
VOID MpLockQueue(PADAPTER Adapter, PNDIS_SPIN_LOCK Lock);
#endif
