// A list a routine has just inserted into is not empty: a loop that drains
// a queue, drops its lock around the work, and on a short copy puts the
// request back at the head (lock taken and dropped again) and `continue`s,
// runs its body again -- the loop test `!IsListEmpty(&Pin->Done)` cannot
// fail there, so the code after the loop is not reached with the lock
// released. IsListEmpty(Head) is kept as the comparison it is documented
// as (`Head->Flink == Head`); InsertHeadList and InsertTailList make it
// false. The release at the top of the body after such a `continue` is
// still the bug it is (the lock was dropped before the `continue`), and a
// loop whose `continue` follows a removal, not an insert, still reaches
// the code after it unlocked.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %irqlint --dump-cfg %s -- %wdk_amd64 | FileCheck %s --check-prefix=CFG

#include <ntddk.h>

typedef struct _PIN {
  KSPIN_LOCK Lock;
  LIST_ENTRY Done;
  LIST_ENTRY Free;
} PIN, *PPIN;

BOOLEAN CopyOut(PIRP Irp);
BOOLEAN MoreRoom(PPIN Pin);
VOID Resubmit(PIRP Irp);

NTSTATUS DrainDone(PPIN Pin) {
  KIRQL Old;
  KeAcquireSpinLock(&Pin->Lock, &Old);
  while (!IsListEmpty(&Pin->Done)) {
    PLIST_ENTRY Entry = RemoveHeadList(&Pin->Done);
    KeReleaseSpinLock(&Pin->Lock, Old);
    // CHECK: :[[@LINE-1]]:5: warning: 'Pin->Lock' is released by KeReleaseSpinLock but is not held on this path [lock-release-unheld]
    PIRP Irp = CONTAINING_RECORD(Entry, IRP, Tail.Overlay.ListEntry);
    if (!CopyOut(Irp)) {
      KeAcquireSpinLock(&Pin->Lock, &Old);
      InsertHeadList(&Pin->Done, &Irp->Tail.Overlay.ListEntry);
      KeReleaseSpinLock(&Pin->Lock, Old);
      if (!MoreRoom(Pin))
        return STATUS_PENDING;
      continue;
    }
    KeAcquireSpinLock(&Pin->Lock, &Old);
    InsertTailList(&Pin->Free, &Irp->Tail.Overlay.ListEntry);
  }
  KeReleaseSpinLock(&Pin->Lock, Old);
  return STATUS_SUCCESS;
}
// CFG-LABEL: function DrainDone
// CFG: branch (Pin->Done.Flink == &Pin->Done)

// The same test through a pointer to the head.
VOID ResubmitAll(PPIN Pin) {
  KIRQL Old;
  PLIST_ENTRY Head = &Pin->Free;
  KeAcquireSpinLock(&Pin->Lock, &Old);
  while (!IsListEmpty(Head)) {
    PIRP Irp = CONTAINING_RECORD(RemoveHeadList(Head), IRP,
                                 Tail.Overlay.ListEntry);
    KeReleaseSpinLock(&Pin->Lock, Old);
    if (!CopyOut(Irp)) {
      KeAcquireSpinLock(&Pin->Lock, &Old);
      InsertTailList(Head, &Irp->Tail.Overlay.ListEntry);
      continue;
    }
    Resubmit(Irp);
    KeAcquireSpinLock(&Pin->Lock, &Old);
  }
  KeReleaseSpinLock(&Pin->Lock, Old);
}

// A `continue` after a removal alone: the list may be empty now, and the
// release after the loop runs unlocked (as does the next iteration's).
VOID DrainUnlocked(PPIN Pin) {
  KIRQL Old;
  KeAcquireSpinLock(&Pin->Lock, &Old);
  while (!IsListEmpty(&Pin->Done)) {
    PLIST_ENTRY Entry = RemoveHeadList(&Pin->Done);
    PIRP Irp = CONTAINING_RECORD(Entry, IRP, Tail.Overlay.ListEntry);
    if (!CopyOut(Irp)) {
      KeReleaseSpinLock(&Pin->Lock, Old);
      // CHECK: :[[@LINE-1]]:7: warning: 'Pin->Lock' is released by KeReleaseSpinLock but is not held on this path [lock-release-unheld]
      Resubmit(Irp);
      continue;
    }
    InsertTailList(&Pin->Free, &Irp->Tail.Overlay.ListEntry);
  }
  KeReleaseSpinLock(&Pin->Lock, Old);
  // CHECK: :[[@LINE-1]]:3: warning: 'Pin->Lock' is released by KeReleaseSpinLock but is not held on this path [lock-release-unheld]
}
