/* Initialize and halt of the example miniport. */
#include "miniport.h"

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

  /* BUG(irql-too-low): MiniportInitializeEx runs at PASSIVE_LEVEL, and the
   * Dpr variant may only be called at DISPATCH_LEVEL */
  NdisDprAcquireSpinLock(&adapter->SendLock);
  adapter->SendsPending = 0;
  NdisDprReleaseSpinLock(&adapter->SendLock);
  return NDIS_STATUS_SUCCESS;
}

VOID MpHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION Action) {
  PADAPTER adapter = (PADAPTER)MiniportAdapterContext;
  UNREFERENCED_PARAMETER(Action);
  NdisFreeSpinLock(&adapter->RecvLock);
  NdisFreeSpinLock(&adapter->SendLock);
  NdisFreeMemory(adapter, sizeof(ADAPTER), 0);
}
