// The second file that includes the queue header.
#include "inc/queue.h"

PLIST_ENTRY Dequeue(PREQUEST_QUEUE Queue) { return QueuePop(Queue); }

BOOLEAN Requeue(PREQUEST_QUEUE Queue, PLIST_ENTRY Entry) {
  return QueuePush(Queue, Entry);
}

// Through the wrapper, an early return keeps the lock.
VOID DropIfBusy(PREQUEST_QUEUE Queue, BOOLEAN Busy) {
  QueueLock(Queue);
  if (Busy)
    return;
  Queue->Count++;
  QueueUnlock(Queue);
}
