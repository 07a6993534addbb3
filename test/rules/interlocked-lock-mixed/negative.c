// interlocked-lock-mixed, negative cases: a lock used only through the
// ExInterlocked…List routines; a lock the program takes explicitly and
// never gives them; ExInterlockedAddUlong, whose page does not reserve
// its lock for the interlocked routines; the NDIS interlocked list
// routines, whose lock NdisAcquireSpinLock may also take; and two locks of
// different classes.
// RUN: %irqlint %s -- %wdk_amd64 | count 0
// RUN: %irqlint %s -- %wdk_x86 | count 0

#include <ndis.h>

typedef struct _ADAPTER {
  LIST_ENTRY SendQueue;
  KSPIN_LOCK SendQueueLock;
  LIST_ENTRY RecvQueue;
  KSPIN_LOCK RecvLock;
  KSPIN_LOCK StatsLock;
  ULONG Bytes;
  LIST_ENTRY Requests;
  NDIS_SPIN_LOCK RequestLock;
} ADAPTER, *PADAPTER;

VOID QueueSend(PADAPTER A, PLIST_ENTRY e) {
  ExInterlockedInsertTailList(&A->SendQueue, e, &A->SendQueueLock);
}

PLIST_ENTRY NextSend(PADAPTER A) {
  return ExInterlockedRemoveHeadList(&A->SendQueue, &A->SendQueueLock);
}

VOID QueueRecv(PADAPTER A, PLIST_ENTRY e) {
  KIRQL irql;
  KeAcquireSpinLock(&A->RecvLock, &irql);
  InsertTailList(&A->RecvQueue, e);
  KeReleaseSpinLock(&A->RecvLock, irql);
}

VOID AddBytes(PADAPTER A, ULONG n) {
  ExInterlockedAddUlong(&A->Bytes, n, &A->StatsLock);
}

ULONG ReadBytes(PADAPTER A) {
  KIRQL irql;
  ULONG n;
  KeAcquireSpinLock(&A->StatsLock, &irql);
  n = A->Bytes;
  KeReleaseSpinLock(&A->StatsLock, irql);
  return n;
}

VOID QueueRequest(PADAPTER A, PLIST_ENTRY e) {
  NdisInterlockedInsertTailList(&A->Requests, e, &A->RequestLock);
}

VOID FlushRequests(PADAPTER A) {
  NdisAcquireSpinLock(&A->RequestLock);
  InitializeListHead(&A->Requests);
  NdisReleaseSpinLock(&A->RequestLock);
}
