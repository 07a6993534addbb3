// Constants the analysis follows: a local written once, by its initializer
// with a constant (`BOOLEAN bFalse = FALSE;`, the NDIS filter sample's
// do … while (bFalse) variable, also passed as a DispatchLevel flag), and a
// constant argument against a callee's requirement that holds only under a
// test of that parameter (`if (AtDpc && …)`, netvmini's receive path).
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %irqlint --dump-summary %s -- %wdk_amd64 | FileCheck %s --check-prefix=SUMMARY

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  LIST_ENTRY List;
  ULONG Pending;
} ADAPTER, *PADAPTER;

NDIS_SPIN_LOCK GlobalLock;
LIST_ENTRY GlobalList;

#define LIST_LOCK(l, AtDispatch)                                               \
  {                                                                            \
    if (AtDispatch)                                                            \
      NdisDprAcquireSpinLock(l);                                               \
    else                                                                       \
      NdisAcquireSpinLock(l);                                                  \
  }
#define LIST_UNLOCK(l, AtDispatch)                                             \
  {                                                                            \
    if (AtDispatch)                                                            \
      NdisDprReleaseSpinLock(l);                                               \
    else                                                                       \
      NdisReleaseSpinLock(l);                                                  \
  }

void QueryFlag(BOOLEAN *flag);

// The constant local: only the plain acquire runs, at PASSIVE_LEVEL.
NDIS_IO_WORKITEM_FUNCTION AddToList;
VOID AddToList(PVOID Context, NDIS_HANDLE WorkItem) {
  BOOLEAN bFalse = FALSE;
  do {
    LIST_LOCK(&GlobalLock, bFalse);
    InsertHeadList(&GlobalList, (PLIST_ENTRY)Context);
    LIST_UNLOCK(&GlobalLock, bFalse);
  } while (bFalse);
}

// TRUE at PASSIVE_LEVEL is the Dpr variant where it must not be.
NDIS_IO_WORKITEM_FUNCTION AddToListWrongly;
VOID AddToListWrongly(PVOID Context, NDIS_HANDLE WorkItem) {
  BOOLEAN atDispatch = TRUE;
  LIST_LOCK(&GlobalLock, atDispatch);
  // CHECK: :[[@LINE-1]]:3: warning: NdisDprAcquireSpinLock requires IRQL >= DISPATCH_LEVEL, but here the IRQL is PASSIVE_LEVEL [irql-too-low]
  InsertHeadList(&GlobalList, (PLIST_ENTRY)Context);
  LIST_UNLOCK(&GlobalLock, atDispatch);
}

// A local whose address is taken may change behind the analysis' back:
// not a constant, so the Dpr branch is a possible path.
NDIS_IO_WORKITEM_FUNCTION AddToListAsTold;
VOID AddToListAsTold(PVOID Context, NDIS_HANDLE WorkItem) {
  BOOLEAN atDispatch = FALSE;
  QueryFlag(&atDispatch);
  LIST_LOCK(&GlobalLock, atDispatch);
  // CHECK: :[[@LINE-1]]:3: warning: NdisDprAcquireSpinLock requires IRQL >= DISPATCH_LEVEL, but here the IRQL is PASSIVE_LEVEL [irql-too-low]
  InsertHeadList(&GlobalList, (PLIST_ENTRY)Context);
  LIST_UNLOCK(&GlobalLock, atDispatch);
}

// A callee whose DISPATCH_LEVEL requirement holds only when AtDpc is set.
VOID DrainList(PADAPTER a, BOOLEAN AtDpc) {
  if (AtDpc && a->Pending) {
    NdisDprAcquireSpinLock(&a->Lock);
    a->Pending = 0;
    NdisDprReleaseSpinLock(&a->Lock);
  }
}
// SUMMARY-LABEL: summary DrainList
// SUMMARY-NEXT: requires irql >= DISPATCH when argument 2 != 0 by NdisDprAcquireSpinLock @[[@LINE-6]]:5
// SUMMARY-NEXT: touches a spin lock when argument 2 != 0 by NdisDprAcquireSpinLock @[[@LINE-7]]:5

NDIS_IO_WORKITEM_FUNCTION DrainFromWorkItem;
VOID DrainFromWorkItem(PVOID Context, NDIS_HANDLE WorkItem) {
  DrainList((PADAPTER)Context, FALSE);
  DrainList((PADAPTER)Context, TRUE);
  // CHECK: :[[@LINE-1]]:3: warning: DrainList requires IRQL >= DISPATCH_LEVEL (by what it calls), but here the IRQL is PASSIVE_LEVEL [irql-too-low]
  // CHECK: :73:5: note: 'DrainList' calls NdisDprAcquireSpinLock here
}

// An argument the analysis cannot evaluate keeps the requirement.
NDIS_IO_WORKITEM_FUNCTION DrainAsTold;
VOID DrainAsTold(PVOID Context, NDIS_HANDLE WorkItem) {
  BOOLEAN atDpc;
  QueryFlag(&atDpc);
  DrainList((PADAPTER)Context, atDpc);
  // CHECK: :[[@LINE-1]]:3: warning: DrainList requires IRQL >= DISPATCH_LEVEL (by what it calls), but here the IRQL is PASSIVE_LEVEL [irql-too-low]
  // CHECK: :73:5: note: 'DrainList' calls NdisDprAcquireSpinLock here
}
