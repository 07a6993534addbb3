// A comparison of two paths (`To->Mutex != From->Mutex`, or a path and an
// address) is a test of its own: a second test of the same two paths, in
// either order and either sense, goes the way the first went as long as
// nothing writes either of them in between. So a merge of two bags that
// takes the destination's mutex only when the two bags do not share one,
// and releases it under the same test, is read as written.
// Still reported: either path written between the two tests, or the
// pointer it goes through given another value.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %irqlint --dump-state %s -- %wdk_amd64 | FileCheck %s --check-prefix=STATE
// RUN: %irqlint --dump-cfg %s -- %wdk_amd64 | FileCheck %s --check-prefix=CFG

#include <ntddk.h>

typedef struct _BAG {
  PKMUTEX Mutex;
  LIST_ENTRY Items;
  ULONG Count;
} BAG, *PBAG;

NTSTATUS AddToBag(PBAG Bag, PLIST_ENTRY Item);

NTSTATUS MergeBags(PBAG To, PBAG From) {
  NTSTATUS Status = STATUS_SUCCESS;
  PLIST_ENTRY Link;
  KeWaitForSingleObject(From->Mutex, Executive, KernelMode, FALSE, NULL);
  if (To->Mutex != From->Mutex)
    KeWaitForSingleObject(To->Mutex, Executive, KernelMode, FALSE, NULL);
  for (Link = From->Items.Flink; Link != &From->Items; Link = Link->Flink) {
    Status = AddToBag(To, Link);
    if (!NT_SUCCESS(Status))
      break;
  }
  if (From->Mutex != To->Mutex)
    KeReleaseMutex(To->Mutex, FALSE);
  KeReleaseMutex(From->Mutex, FALSE);
  return Status;
}

// CFG-LABEL: function MergeBags
// CFG: branch (To->Mutex == From->Mutex) -> B{{[0-9]+}} B{{[0-9]+}}
// CFG: branch (Link == &From->Items) -> B{{[0-9]+}} B{{[0-9]+}}
// STATE-LABEL: function MergeBags
// STATE: {*(From->Mutex) kmutex {{.*}}, *(To->Mutex) kmutex {{.*}}} {{.*}}[To->Mutex != From->Mutex]
// STATE: {*(From->Mutex) kmutex {{[^,]*}}} {{.*}}[To->Mutex == From->Mutex]

// The same with `==`, and a path compared with an address: the first item
// is locked only when the list is not empty.
typedef struct _QUEUE {
  LIST_ENTRY Head;
  KSPIN_LOCK ItemLock;
  ULONG Polls;
} QUEUE, *PQUEUE;

VOID PollQueue(PQUEUE Queue) {
  KIRQL Irql;
  PLIST_ENTRY First = Queue->Head.Flink;
  if (First == &Queue->Head) {
    Queue->Polls++;
  } else {
    KeAcquireSpinLock(&Queue->ItemLock, &Irql);
  }
  Queue->Polls++;
  if (First != &Queue->Head)
    KeReleaseSpinLock(&Queue->ItemLock, Irql);
}

// Bug: the destination is given the source's mutex between the tests.
NTSTATUS ShareAfterLock(PBAG To, PBAG From) {
  KeWaitForSingleObject(From->Mutex, Executive, KernelMode, FALSE, NULL);
  if (To->Mutex != From->Mutex)
    KeWaitForSingleObject(To->Mutex, Executive, KernelMode, FALSE, NULL);
  // CHECK: :[[@LINE-1]]:5: warning: mutex '*(To->Mutex)' is acquired by KeWaitForSingleObject but not released on every path out of 'ShareAfterLock' [lock-not-released]
  From->Count++;
  To->Mutex = From->Mutex;
  if (From->Mutex != To->Mutex)
    KeReleaseMutex(To->Mutex, FALSE);
  // CHECK: :[[@LINE-1]]:5: warning: mutex '*(To->Mutex)' is released by KeReleaseMutex but is not held on this path [lock-release-unheld]
  KeReleaseMutex(From->Mutex, FALSE);
  return STATUS_SUCCESS;
}

// Bug: the pointer the second test goes through is another bag's.
NTSTATUS TestAnotherBag(PBAG To, PBAG From, PBAG Next) {
  PBAG Dest = To;
  KeWaitForSingleObject(From->Mutex, Executive, KernelMode, FALSE, NULL);
  if (Dest->Mutex != From->Mutex)
    KeWaitForSingleObject(To->Mutex, Executive, KernelMode, FALSE, NULL);
  // CHECK: :[[@LINE-1]]:5: warning: mutex '*(To->Mutex)' is acquired by KeWaitForSingleObject but not released on every path out of 'TestAnotherBag' [lock-not-released]
  Dest = Next;
  if (Dest->Mutex != From->Mutex)
    KeReleaseMutex(To->Mutex, FALSE);
  // CHECK: :[[@LINE-1]]:5: warning: mutex '*(To->Mutex)' is released by KeReleaseMutex but is not held on this path [lock-release-unheld]
  KeReleaseMutex(From->Mutex, FALSE);
  return STATUS_SUCCESS;
}
