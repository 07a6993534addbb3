/* Initialize and halt of the example miniport. */
#include "miniport.h"

/* Clears the counters; pageable, like most of a miniport's setup code.
 * Callers that race with the DPC hold StatsLock. */
VOID MpResetStatistics(PADAPTER adapter);
#ifdef ALLOC_PRAGMA
#pragma alloc_text(PAGE, MpResetStatistics)
#endif

VOID MpResetStatistics(PADAPTER adapter) {
  PAGED_CODE();
  adapter->RxPackets = 0;
  adapter->TxErrors = 0;
}

NDIS_STATUS MpInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  PADAPTER adapter;
  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);

  adapter = (PADAPTER)NdisAllocateMemoryWithTagPriority(
      MiniportAdapterHandle, sizeof(ADAPTER), EXAMPLE_TAG, 0);
  if (adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  adapter->Handle = MiniportAdapterHandle;
  NdisAllocateSpinLock(&adapter->SendLock);
  NdisAllocateSpinLock(&adapter->RecvLock);
  KeInitializeSpinLock(&adapter->StatsLock);
  KeInitializeSpinLock(&adapter->RingLock);
  InitializeListHead(&adapter->SendQueue);
  InitializeListHead(&adapter->RecvQueue);
  MpResetStatistics(adapter); /* at PASSIVE_LEVEL, no lock held: fine */

  /* BUG(irql-too-low): MiniportInitializeEx runs at PASSIVE_LEVEL, and the
   * Dpr variant may only be called at DISPATCH_LEVEL */
  NdisDprAcquireSpinLock(&adapter->SendLock);
  adapter->SendsPending = 0;
  NdisDprReleaseSpinLock(&adapter->SendLock);
  return NDIS_STATUS_SUCCESS;
}

VOID MpHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION Action) {
  PADAPTER adapter = (PADAPTER)MiniportAdapterContext;
  KIRQL irql;
  UNREFERENCED_PARAMETER(Action);
  KeAcquireSpinLock(&adapter->StatsLock, &irql);
  /* BUG(paged-code-under-lock): MpResetStatistics is pageable, and this
   * path holds StatsLock at DISPATCH_LEVEL */
  MpResetStatistics(adapter);
  KeReleaseSpinLock(&adapter->StatsLock, irql);
  NdisFreeSpinLock(&adapter->RecvLock);
  NdisFreeSpinLock(&adapter->SendLock);
  NdisFreeMemory(adapter, sizeof(ADAPTER), 0);
}
