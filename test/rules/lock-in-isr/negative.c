// lock-in-isr, negative cases: spin locks below DIRQL (a DPC, a helper
// only a DPC calls), ISRs that reach no spin lock (interlocked arithmetic,
// a helper that takes none, a callee without a body), and a WDF interrupt
// with PassiveHandling (see registration.c).
// RUN: %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | count 0
// RUN: %irqlint %s -- %wdk_amd64 | count 0

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  LONG Pending;
  ULONG Count;
} ADAPTER, *PADAPTER;

void External(PADAPTER a); /* no body here: no effect assumed */

static void CountOnly(PADAPTER a) { a->Count++; }

static void DrainQueue(PADAPTER a) {
  NdisDprAcquireSpinLock(&a->Lock);
  a->Count = 0;
  NdisDprReleaseSpinLock(&a->Lock);
}

MINIPORT_INTERRUPT_DPC MpDpc;
VOID MpDpc(NDIS_HANDLE Context, PVOID Dpc, PVOID Throttle, PVOID Reserved) {
  DrainQueue((PADAPTER)Context);
  NdisDprAcquireSpinLock(&((PADAPTER)Context)->Lock);
  NdisDprReleaseSpinLock(&((PADAPTER)Context)->Lock);
}

MINIPORT_ISR MpIsr;
BOOLEAN MpIsr(NDIS_HANDLE Context, PBOOLEAN QueueDpc, PULONG Targets) {
  PADAPTER a = (PADAPTER)Context;
  InterlockedIncrement(&a->Pending);
  CountOnly(a);
  External(a);
  *QueueDpc = TRUE;
  return TRUE;
}
