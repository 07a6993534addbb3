// lock-order-inversion through a helper that lets go of its caller's lock
// before it takes another (the pcidrv sample's receive path: the caller
// holds RcvLock, the helper releases it, takes Lock, and takes RcvLock
// back): no RcvLock -> Lock edge, so no cycle with a routine that takes
// Lock, then RcvLock. A helper that keeps the caller's lock while it takes
// the other still makes the edge.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %irqlint --dump-summary %s -- %wdk_amd64 | FileCheck %s --check-prefix=SUMMARY

#include <ntddk.h>

typedef struct _FDO_DATA {
  KSPIN_LOCK Lock;
  KSPIN_LOCK RcvLock;
  KSPIN_LOCK SendLock;
  KSPIN_LOCK StatsLock;
  ULONG MediaState;
} FDO_DATA, *PFDO_DATA;

_Requires_lock_held_(FdoData->RcvLock)
VOID HandleReceive(PFDO_DATA FdoData) {
  KeReleaseSpinLockFromDpcLevel(&FdoData->RcvLock);
  KeAcquireSpinLockAtDpcLevel(&FdoData->Lock);
  FdoData->MediaState = 1;
  KeReleaseSpinLockFromDpcLevel(&FdoData->Lock);
  KeAcquireSpinLockAtDpcLevel(&FdoData->RcvLock);
}
// SUMMARY-LABEL: summary HandleReceive
// SUMMARY: takes FDO_DATA.Lock after releasing FDO_DATA.RcvLock by KeAcquireSpinLockAtDpcLevel @[[@LINE-6]]:3

// Through one more call: still released first.
VOID StartReceive(PFDO_DATA FdoData) { HandleReceive(FdoData); }
// SUMMARY-LABEL: summary StartReceive
// SUMMARY: takes FDO_DATA.Lock after releasing FDO_DATA.RcvLock by HandleReceive
// The DPC took RcvLock itself: for its own callers nothing was released.
// SUMMARY-LABEL: summary ReceiveDpc
// SUMMARY: takes FDO_DATA.Lock by StartReceive

KDEFERRED_ROUTINE ReceiveDpc;
VOID ReceiveDpc(PKDPC Dpc, PVOID Context, PVOID A1, PVOID A2) {
  PFDO_DATA FdoData = Context;
  KeAcquireSpinLockAtDpcLevel(&FdoData->RcvLock);
  StartReceive(FdoData);
  KeReleaseSpinLockFromDpcLevel(&FdoData->RcvLock);
}

// Lock, then RcvLock: the only order with the helper above.
KDEFERRED_ROUTINE FilterDpc;
VOID FilterDpc(PKDPC Dpc, PVOID Context, PVOID A1, PVOID A2) {
  PFDO_DATA FdoData = Context;
  KeAcquireSpinLockAtDpcLevel(&FdoData->Lock);
  KeAcquireSpinLockAtDpcLevel(&FdoData->RcvLock);
  KeReleaseSpinLockFromDpcLevel(&FdoData->RcvLock);
  KeReleaseSpinLockFromDpcLevel(&FdoData->Lock);
}

// A helper that takes StatsLock while its caller's SendLock stays held.
VOID CountSend(PFDO_DATA FdoData) {
  KeAcquireSpinLockAtDpcLevel(&FdoData->StatsLock);
  FdoData->MediaState++;
  KeReleaseSpinLockFromDpcLevel(&FdoData->StatsLock);
}

KDEFERRED_ROUTINE SendDpc;
VOID SendDpc(PKDPC Dpc, PVOID Context, PVOID A1, PVOID A2) {
  PFDO_DATA FdoData = Context;
  KeAcquireSpinLockAtDpcLevel(&FdoData->SendLock);
  CountSend(FdoData);
  // CHECK: :[[@LINE-1]]:3: warning: 'FDO_DATA.StatsLock' is acquired while 'FDO_DATA.SendLock' is held, but the program also takes these locks in the opposite order (FDO_DATA.SendLock -> FDO_DATA.StatsLock -> FDO_DATA.SendLock): threads taking them concurrently can deadlock [lock-order-inversion]
  KeReleaseSpinLockFromDpcLevel(&FdoData->SendLock);
}

KDEFERRED_ROUTINE StatsDpc;
VOID StatsDpc(PKDPC Dpc, PVOID Context, PVOID A1, PVOID A2) {
  PFDO_DATA FdoData = Context;
  KeAcquireSpinLockAtDpcLevel(&FdoData->StatsLock);
  KeAcquireSpinLockAtDpcLevel(&FdoData->SendLock);
  KeReleaseSpinLockFromDpcLevel(&FdoData->SendLock);
  KeReleaseSpinLockFromDpcLevel(&FdoData->StatsLock);
}
