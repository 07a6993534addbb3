// lock-not-released: a function that returns holding a lock is an acquire
// routine only if some caller lets the lock go. When no caller in the
// program ever releases it -- nor hands it on to callers that do --, or it
// has no caller at all, the leak is the function's own: reported inside it
// (at the acquire, with a note at the exit), once, and not at its callers.
// When some callers release it, the others keep their findings.
// RUN: not %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ntddk.h>

typedef struct _QUEUE {
  KSPIN_LOCK Lock;
  ULONG Depth;
} QUEUE, *PQUEUE;

typedef struct _CACHE {
  FAST_MUTEX Mutex;
  ULONG Hits;
} CACHE, *PCACHE;

typedef struct _STATS {
  KSPIN_LOCK Lock;
  ULONG Count;
} STATS, *PSTATS;

// Forgot the release; its callers think it is balanced.
VOID QueueBump(PQUEUE Queue, PKIRQL OldIrql) {
  KeAcquireSpinLock(&Queue->Lock, OldIrql);
  // CHECK: :[[@LINE-1]]:3: warning: 'Queue->Lock' is acquired by KeAcquireSpinLock but not released on every path out of 'QueueBump' [lock-not-released]
  // CHECK-NEXT: :[[@LINE+2]]:1: note: returns here with 'Queue->Lock' held
  Queue->Depth++;
}

// Neither caller releases: no finding here (nor in the caller that hands
// the lock on to its own caller, which does not release it either).
VOID QueueAdd(PQUEUE Queue) {
  KIRQL old;
  QueueBump(Queue, &old);
  Queue->Depth++;
}
VOID QueueAddOne(PQUEUE Queue, PKIRQL OldIrql) { QueueBump(Queue, OldIrql); }
VOID QueueAddOuter(PQUEUE Queue) {
  KIRQL old;
  QueueAddOne(Queue, &old);
}

// No caller at all (an exported routine): its own leak.
NTSTATUS CacheLookup(PCACHE Cache) {
  ExAcquireFastMutex(&Cache->Mutex);
  // CHECK: :[[@LINE-1]]:3: warning: fast mutex 'Cache->Mutex' is acquired by ExAcquireFastMutex but not released on every path out of 'CacheLookup' [lock-not-released]
  // CHECK-NEXT: :[[@LINE+2]]:3: note: returns here with 'Cache->Mutex' held
  Cache->Hits++;
  return STATUS_SUCCESS;
}

// An acquire routine some callers use as designed: the caller that does
// not release keeps its finding, the routine has none.
KIRQL StatsLock(PSTATS Stats) {
  KIRQL old;
  KeAcquireSpinLock(&Stats->Lock, &old);
  return old;
}
VOID StatsAdd(PSTATS Stats) {
  KIRQL old = StatsLock(Stats);
  Stats->Count++;
  KeReleaseSpinLock(&Stats->Lock, old);
}
VOID StatsForget(PSTATS Stats) {
  KIRQL old = StatsLock(Stats);
  // CHECK: :[[@LINE-1]]:15: warning: 'Stats->Lock' is acquired by StatsLock but not released on every path out of 'StatsForget' [lock-not-released]
  // CHECK-NEXT: :[[@LINE+3]]:1: note: returns here with 'Stats->Lock' held
  // CHECK-NEXT: :[[@LINE-12]]:3: note: 'StatsLock' acquires it here by KeAcquireSpinLock
  Stats->Count = old;
}
