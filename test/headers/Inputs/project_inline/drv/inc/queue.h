// The driver's request queue, shared by queue.c and timer.c: its lock
// helpers are inline functions of this header, as drivers often write them.
#pragma once
#include <ntddk.h>

#define QUEUE_LIMIT 64

typedef struct _REQUEST_QUEUE {
  KSPIN_LOCK Lock;
  KIRQL SavedIrql;
  LIST_ENTRY Pending;
  ULONG Count;
} REQUEST_QUEUE, *PREQUEST_QUEUE;

// An acquire wrapper: returns holding Queue->Lock, QueueUnlock drops it.
FORCEINLINE VOID QueueLock(PREQUEST_QUEUE Queue) {
  KeAcquireSpinLock(&Queue->Lock, &Queue->SavedIrql);
}

FORCEINLINE VOID QueueUnlock(PREQUEST_QUEUE Queue) {
  KeReleaseSpinLock(&Queue->Lock, Queue->SavedIrql);
}

// Forgets the lock when the queue is full.
static __inline BOOLEAN QueuePush(PREQUEST_QUEUE Queue, PLIST_ENTRY Entry) {
  KIRQL irql;
  KeAcquireSpinLock(&Queue->Lock, &irql);
  if (Queue->Count >= QUEUE_LIMIT)
    return FALSE;
  InsertTailList(&Queue->Pending, Entry);
  Queue->Count++;
  KeReleaseSpinLock(&Queue->Lock, irql);
  return TRUE;
}

// Right: every path releases.
static __inline PLIST_ENTRY QueuePop(PREQUEST_QUEUE Queue) {
  PLIST_ENTRY entry = NULL;
  KIRQL irql;
  KeAcquireSpinLock(&Queue->Lock, &irql);
  if (!IsListEmpty(&Queue->Pending)) {
    entry = RemoveHeadList(&Queue->Pending);
    Queue->Count--;
  }
  KeReleaseSpinLock(&Queue->Lock, irql);
  return entry;
}

// A suppression comment in the header applies to the header's finding.
static __inline VOID QueueMark(PREQUEST_QUEUE Queue, BOOLEAN Keep) {
  KIRQL irql;
  // irqlint: ignore[lock-not-released] the test's reviewed exception
  KeAcquireSpinLock(&Queue->Lock, &irql);
  if (Keep)
    return;
  KeReleaseSpinLock(&Queue->Lock, irql);
}
