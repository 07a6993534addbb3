// Uses the header's helpers from pageable and resident code.
#include "inc/queue.h"
#include <vendor_lock.h>
#include "../shared/outside.h"

VOID TrimQueue(PREQUEST_QUEUE Queue);
#ifdef ALLOC_PRAGMA
#pragma alloc_text(PAGE, TrimQueue)
#endif

VOID TrimQueue(PREQUEST_QUEUE Queue) {
  PAGED_CODE();
  Queue->Count = 0;
}

// The wrapper holds the lock while a pageable routine runs.
VOID ResetQueue(PREQUEST_QUEUE Queue) {
  QueueLock(Queue);
  TrimQueue(Queue);
  QueueUnlock(Queue);
}

// The wrapper pair balances: no finding.
VOID CountQueue(PREQUEST_QUEUE Queue, PULONG Count) {
  QueueLock(Queue);
  *Count = Queue->Count;
  QueueUnlock(Queue);
}

BOOLEAN Enqueue(PREQUEST_QUEUE Queue, PLIST_ENTRY Entry) {
  return QueuePush(Queue, Entry);
}

// A system header's and an outside header's helpers are not analyzed.
VOID HoldVendor(PKSPIN_LOCK Lock) {
  VendorHold(Lock);
  OutsideHold(Lock);
}
