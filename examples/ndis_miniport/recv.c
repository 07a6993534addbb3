/* Receive path, DPC and ISR of the example miniport. */
#include "miniport.h"

/* Called at DISPATCH_LEVEL from the DPC. */
static VOID DrainRing(PADAPTER Adapter, ULONG Budget) {
  KLOCK_QUEUE_HANDLE ring;
  KeAcquireInStackQueuedSpinLockAtDpcLevel(&Adapter->RingLock, &ring);
  while (Budget-- > 0) {
    if (IsListEmpty(&Adapter->RecvQueue))
      break;
    RemoveHeadList(&Adapter->RecvQueue);
  }
  KeReleaseInStackQueuedSpinLockFromDpcLevel(&ring);
}

/* Returns the NBLs NDIS is done with; picks its locking from ReturnFlags. */
VOID MpReturnNetBufferLists(NDIS_HANDLE MiniportAdapterContext,
                            PNET_BUFFER_LIST NetBufferLists,
                            ULONG ReturnFlags) {
  PADAPTER adapter = (PADAPTER)MiniportAdapterContext;
  UNREFERENCED_PARAMETER(NetBufferLists);
  if (NDIS_TEST_RETURN_AT_DISPATCH_LEVEL(ReturnFlags)) {
    NdisDprAcquireSpinLock(&adapter->RecvLock);
    adapter->RxPackets--;
    /* BUG(dpr-mismatch): taken with the Dpr variant, released with the
     * plain one (which restores an IRQL the Dpr acquire never saved) */
    NdisReleaseSpinLock(&adapter->RecvLock);
  } else {
    NdisAcquireSpinLock(&adapter->RecvLock);
    adapter->RxPackets--;
    NdisReleaseSpinLock(&adapter->RecvLock);
  }
}

/* The DPC runs at DISPATCH_LEVEL: the Dpr variants are right here. */
VOID MpInterruptDpc(NDIS_HANDLE MiniportInterruptContext,
                    PVOID MiniportDpcContext, PVOID ReceiveThrottleParameters,
                    PVOID NdisReserved2) {
  PADAPTER adapter = (PADAPTER)MiniportInterruptContext;
  ULONG budget = 16;
  UNREFERENCED_PARAMETER(MiniportDpcContext);
  UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
  UNREFERENCED_PARAMETER(NdisReserved2);

  DrainRing(adapter, budget);
  while (budget-- > 0) {
    NdisDprAcquireSpinLock(&adapter->RecvLock);
    if (IsListEmpty(&adapter->RecvQueue)) {
      NdisDprReleaseSpinLock(&adapter->RecvLock);
      break;
    }
    adapter->RxPackets++;
    NdisDprReleaseSpinLock(&adapter->RecvLock);
  }
  for (ULONG i = 0; i < 4; i++) {
    /* BUG(lock-not-released): the break below leaves the loop, and the
     * DPC, holding RecvLock */
    NdisDprAcquireSpinLock(&adapter->RecvLock);
    if (adapter->RxPackets > 1000)
      break;
    adapter->RxPackets++;
    NdisDprReleaseSpinLock(&adapter->RecvLock);
  }
  RecvIndicate(adapter);
}

static VOID CountInterrupt(PADAPTER Adapter) {
  KIRQL oldIrql;
  KeAcquireSpinLock(&Adapter->StatsLock, &oldIrql);
  Adapter->RxPackets++;
  KeReleaseSpinLock(&Adapter->StatsLock, oldIrql);
}

/* The ISR runs at DIRQL: it may only read the device and queue the DPC. */
BOOLEAN MpInterrupt(NDIS_HANDLE MiniportInterruptContext,
                    PBOOLEAN QueueDefaultInterruptDpc,
                    PULONG TargetProcessors) {
  PADAPTER adapter = (PADAPTER)MiniportInterruptContext;
  UNREFERENCED_PARAMETER(TargetProcessors);
  adapter->InterruptStatus = HwReadInterruptStatus(adapter);
  if (adapter->InterruptStatus == 0)
    return FALSE;
  /* BUG(lock-in-isr): a spin lock taken at DIRQL, through a helper */
  CountInterrupt(adapter);
  *QueueDefaultInterruptDpc = TRUE;
  return TRUE;
}
