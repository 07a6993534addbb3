// lock-double-acquire: a path acquires a lock it already holds, directly,
// through a driver macro, in a loop, or by handing it to an
// NdisInterlockedXxx/ExInterlockedXxx routine that takes it internally.
// RUN: not %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK SendLock;
  KSPIN_LOCK StatsLock;
  LIST_ENTRY Queue;
  ULONG Count;
} ADAPTER, *PADAPTER;

void Work(PADAPTER Adapter);

// (Returning with the lock held on every path makes Twice an acquire
// wrapper, which lock-not-released leaves to its callers.)
void Twice(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->SendLock);
  NdisAcquireSpinLock(&(Adapter)->SendLock);
  // CHECK: :[[@LINE-1]]:3: warning: 'Adapter->SendLock' is acquired by NdisAcquireSpinLock while already held (self-deadlock) [lock-double-acquire]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'Adapter->SendLock' acquired here
}

#define LOCK_SEND(a) NdisAcquireSpinLock(&(a)->SendLock)
void ThroughMacro(PADAPTER Adapter) {
  LOCK_SEND(Adapter);
  Work(Adapter);
  LOCK_SEND(Adapter);
  // CHECK: :[[@LINE-1]]:3: warning: 'Adapter->SendLock' is acquired by NdisAcquireSpinLock while already held (self-deadlock) [lock-double-acquire]
  // CHECK-NEXT: :[[@LINE-4]]:3: note: 'Adapter->SendLock' acquired here
  NdisReleaseSpinLock(&Adapter->SendLock);
  NdisReleaseSpinLock(&Adapter->SendLock);
}

// The second iteration finds the lock still held.
void LoopWithoutRelease(PADAPTER Adapter, ULONG n) {
  KIRQL old;
  while (n--) {
    KeAcquireSpinLock(&Adapter->StatsLock, &old);
    // CHECK: :[[@LINE-1]]:5: warning: 'Adapter->StatsLock' is acquired by KeAcquireSpinLock while already held (self-deadlock) [lock-double-acquire]
    // CHECK-NEXT: :[[@LINE-2]]:5: note: 'Adapter->StatsLock' acquired here
    // CHECK: :[[@LINE-3]]:5: warning: 'Adapter->StatsLock' is acquired by KeAcquireSpinLock but not released on every path out of 'LoopWithoutRelease' [lock-not-released]
    // CHECK-NEXT: :[[@LINE+3]]:1: note: returns here with 'Adapter->StatsLock' held
    Adapter->Count++;
  }
}

void InterlockedWhileHeld(PADAPTER Adapter, PLIST_ENTRY Entry) {
  NdisAcquireSpinLock(&Adapter->SendLock);
  NdisInterlockedInsertTailList(&Adapter->Queue, Entry, &Adapter->SendLock);
  // CHECK: :[[@LINE-1]]:3: warning: NdisInterlockedInsertTailList acquires 'Adapter->SendLock' internally, but it is already held (self-deadlock) [lock-double-acquire]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'Adapter->SendLock' acquired here
  NdisReleaseSpinLock(&Adapter->SendLock);
}

void ExInterlockedWhileHeld(PADAPTER Adapter) {
  KLOCK_QUEUE_HANDLE handle;
  KeAcquireInStackQueuedSpinLock(&Adapter->StatsLock, &handle);
  ExInterlockedAddUlong(&Adapter->Count, 1, &Adapter->StatsLock);
  // CHECK: :[[@LINE-1]]:3: warning: ExInterlockedAddUlong acquires 'Adapter->StatsLock' internally, but it is already held (self-deadlock) [lock-double-acquire]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'Adapter->StatsLock' acquired here
  KeReleaseInStackQueuedSpinLock(&handle);
}

// Held on one path only: still a deadlock on that path.
void OnePath(PADAPTER Adapter, BOOLEAN first, BOOLEAN second) {
  if (first)
    NdisAcquireSpinLock(&Adapter->SendLock);
  if (second) {
    NdisAcquireSpinLock(&Adapter->SendLock);
    // CHECK: :[[@LINE-1]]:5: warning: 'Adapter->SendLock' is acquired by NdisAcquireSpinLock while already held (self-deadlock) [lock-double-acquire]
    // CHECK-NEXT: :[[@LINE-4]]:5: note: 'Adapter->SendLock' acquired here
    NdisReleaseSpinLock(&Adapter->SendLock);
  }
  if (first)
    NdisReleaseSpinLock(&Adapter->SendLock);
}
