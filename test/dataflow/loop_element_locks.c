// One lock per element of a list, taken in a loop: once the pointer that
// named a held lock is given the next element, the held lock is the
// previous element's (its "stale twin", a lock nothing names), so the
// next iteration's acquire is no second acquire of it, and the function
// returning with earlier elements' locks held is no leak it can be told.
// A release loop over the same elements releases them. A handle picked by
// an index we do not know (`&Handles[i++]`) is not
// shown to be shared. A lock still named when the path leaves is reported
// as before.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <ntddk.h>

typedef struct _NODE {
  KSPIN_LOCK Lock;
  LIST_ENTRY Links;
  ULONG Busy;
} NODE, *PNODE;

VOID LockAllChildren(PLIST_ENTRY Children, PKLOCK_QUEUE_HANDLE Handles) {
  PLIST_ENTRY l;
  ULONG i = 0;
  for (l = Children->Flink; l != Children; l = l->Flink) {
    PNODE Child = CONTAINING_RECORD(l, NODE, Links);
    KeAcquireInStackQueuedSpinLock(&Child->Lock, &Handles[i++]);
  }
}

// The release loop that pairs with the acquire loop (a file system's
// finally releasing every child FCB it took) releases those locks (do-while
// loops: both run at least once, which the analysis cannot tell of two
// loops over one list).
VOID DefragChildren(PLIST_ENTRY Children) {
  PLIST_ENTRY l;
  KeEnterCriticalRegion();
  l = Children->Flink;
  do {
    PNODE Child = CONTAINING_RECORD(l, NODE, Links);
    ExAcquireResourceExclusiveLite((PERESOURCE)&Child->Lock, TRUE);
    l = l->Flink;
  } while (l != Children);
  l = Children->Flink;
  do {
    PNODE Child = CONTAINING_RECORD(l, NODE, Links);
    ExReleaseResourceLite((PERESOURCE)&Child->Lock);
    l = l->Flink;
  } while (l != Children);
  KeLeaveCriticalRegion();
}

VOID CountBusy(PLIST_ENTRY Children, PULONG Count) {
  PLIST_ENTRY l;
  for (l = Children->Flink; l != Children; l = l->Flink) {
    KIRQL Old;
    PNODE Child = CONTAINING_RECORD(l, NODE, Links);
    KeAcquireSpinLock(&Child->Lock, &Old);
    if (Child->Busy)
      (*Count)++;
    KeReleaseSpinLock(&Child->Lock, Old);
  }
}

PNODE FirstBusy(PLIST_ENTRY Children) {
  PLIST_ENTRY l;
  for (l = Children->Flink; l != Children; l = l->Flink) {
    KIRQL Old;
    PNODE Child = CONTAINING_RECORD(l, NODE, Links);
    KeAcquireSpinLock(&Child->Lock, &Old);
    // CHECK: :[[@LINE-1]]:5: warning: 'CONTAINING_RECORD(l, NODE, Links)->Lock' is acquired by KeAcquireSpinLock but not released on every path out of 'FirstBusy' [lock-not-released]
    if (Child->Busy)
      return Child;
    // CHECK-NEXT: :[[@LINE-1]]:7: note: returns here with 'CONTAINING_RECORD(l, NODE, Links)->Lock' held
    KeReleaseSpinLock(&Child->Lock, Old);
  }
  return NULL;
}

VOID SameElementTwice(PNODE Node) {
  KIRQL Old;
  KeAcquireSpinLock(&Node->Lock, &Old);
  KeAcquireSpinLockAtDpcLevel(&Node->Lock);
  // CHECK: :[[@LINE-1]]:3: warning: 'Node->Lock' is acquired by KeAcquireSpinLockAtDpcLevel while already held (self-deadlock) [lock-double-acquire]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'Node->Lock' acquired here
  KeReleaseSpinLockFromDpcLevel(&Node->Lock);
  KeReleaseSpinLock(&Node->Lock, Old);
}
