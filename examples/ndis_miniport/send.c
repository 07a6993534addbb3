/* Send path of the example miniport. */
#include "miniport.h"

#define ADAPTER_LOCK_SEND(a) NdisAcquireSpinLock(&(a)->SendLock)
#define ADAPTER_UNLOCK_SEND(a) NdisReleaseSpinLock(&(a)->SendLock)

static VOID CountTxError(PADAPTER Adapter) {
  KIRQL oldIrql;
  KeAcquireSpinLock(&Adapter->StatsLock, &oldIrql);
  Adapter->TxErrors++;
  KeReleaseSpinLock(&Adapter->StatsLock, oldIrql);
}

/* The NDIS sample idiom: SendFlags says whether NDIS called at
 * DISPATCH_LEVEL, and the same flag picks the Dpr or the plain variant for
 * both the acquire and the release. */
VOID MpSendNetBufferLists(NDIS_HANDLE MiniportAdapterContext,
                          PNET_BUFFER_LIST NetBufferLists, ULONG PortNumber,
                          ULONG SendFlags) {
  PADAPTER adapter = (PADAPTER)MiniportAdapterContext;
  BOOLEAN dispatchLevel = NDIS_TEST_SEND_AT_DISPATCH_LEVEL(SendFlags);
  PNET_BUFFER_LIST nbl = NetBufferLists;
  UNREFERENCED_PARAMETER(PortNumber);

  if (dispatchLevel)
    NdisDprAcquireSpinLock(&adapter->SendLock);
  else
    NdisAcquireSpinLock(&adapter->SendLock);
  while (nbl != NULL) {
    adapter->SendsPending++;
    HwTransmit(adapter, nbl);
    nbl = nbl->Next;
  }
  if (dispatchLevel)
    NdisDprReleaseSpinLock(&adapter->SendLock);
  else
    NdisReleaseSpinLock(&adapter->SendLock);
}

/* Queues one entry; returns an error when the queue is full. */
NDIS_STATUS QueueSend(PADAPTER Adapter, PSEND_ENTRY Entry) {
  /* BUG(lock-not-released): the queue-full path returns holding SendLock */
  NdisAcquireSpinLock(&Adapter->SendLock);
  if (Adapter->SendsPending >= MAX_SENDS)
    return NDIS_STATUS_RESOURCES;
  InsertTailList(&Adapter->SendQueue, &Entry->Link);
  Adapter->SendsPending++;
  NdisReleaseSpinLock(&Adapter->SendLock);
  return NDIS_STATUS_SUCCESS;
}

/* goto-cleanup done right: every path reaches the release once. */
NDIS_STATUS FlushSends(PADAPTER Adapter) {
  NDIS_STATUS status = NDIS_STATUS_SUCCESS;
  ADAPTER_LOCK_SEND(Adapter);
  if (Adapter->Resetting) {
    status = NDIS_STATUS_FAILURE;
    goto out;
  }
  while (Adapter->SendsPending > 0) {
    Adapter->SendsPending--;
    if (Adapter->TxErrors > 100)
      break;
  }
out:
  ADAPTER_UNLOCK_SEND(Adapter);
  return status;
}

/* Completes sends; the statistics helper is called with no lock held. */
VOID CompleteSends(PADAPTER Adapter, ULONG Count) {
  for (ULONG i = 0; i < Count; i++) {
    ADAPTER_LOCK_SEND(Adapter);
    if (Adapter->SendsPending == 0) {
      ADAPTER_UNLOCK_SEND(Adapter);
      CountTxError(Adapter);
      continue;
    }
    Adapter->SendsPending--;
    /* BUG(lock-double-acquire): the driver macro takes SendLock again */
    ADAPTER_LOCK_SEND(Adapter);
    ADAPTER_UNLOCK_SEND(Adapter);
    ADAPTER_UNLOCK_SEND(Adapter);
  }
}

/* A reset: the cleanup label is reached before the lock is taken when the
 * hardware reset fails. */
NDIS_STATUS ResetSends(PADAPTER Adapter) {
  NDIS_STATUS status = HwReset(Adapter);
  if (status != NDIS_STATUS_SUCCESS)
    goto cleanup;
  NdisAcquireSpinLock(&Adapter->SendLock);
  Adapter->SendsPending = 0;
cleanup:
  /* BUG(lock-release-unheld): on the failure path SendLock is not held */
  NdisReleaseSpinLock(&Adapter->SendLock);
  return status;
}

/* Lock order: SendLock, then RecvLock, released in reverse. */
VOID MoveToRecv(PADAPTER Adapter, PLIST_ENTRY Entry) {
  NdisAcquireSpinLock(&Adapter->SendLock);
  NdisAcquireSpinLock(&Adapter->RecvLock);
  InsertTailList(&Adapter->RecvQueue, Entry);
  /* BUG(lock-release-order): SendLock is released first; its saved IRQL
   * (maybe PASSIVE_LEVEL) is restored while RecvLock is still held */
  NdisReleaseSpinLock(&Adapter->SendLock);
  NdisReleaseSpinLock(&Adapter->RecvLock);
}
