// lock-not-released, negative cases for acquire routines: one whose lock a
// caller's caller releases (the caller hands it on), and an exported pair
// with no caller in the program (the release half is defined: callers
// outside the program use both), for a lock with a class and for one
// reached through a bare parameter.
// RUN: %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | count 0
// RUN: %irqlint %s -- %wdk_amd64 | count 0
// RUN: %irqlint %s -- %wdk_x86 | count 0

#include <ntddk.h>

typedef struct _RING {
  KSPIN_LOCK Lock;
  ULONG Head;
} RING, *PRING;

typedef struct _TABLE {
  FAST_MUTEX Mutex;
  ULONG Rows;
} TABLE, *PTABLE;

VOID RingEnter(PRING Ring, PKIRQL OldIrql) {
  KeAcquireSpinLock(&Ring->Lock, OldIrql);
}
VOID RingEnterCounted(PRING Ring, PKIRQL OldIrql) {
  RingEnter(Ring, OldIrql);
  Ring->Head++;
}
VOID RingPush(PRING Ring) {
  KIRQL old;
  RingEnterCounted(Ring, &old);
  Ring->Head++;
  KeReleaseSpinLock(&Ring->Lock, old);
}

// Exported, no caller here.
VOID TableLock(PTABLE Table) { ExAcquireFastMutex(&Table->Mutex); }
VOID TableUnlock(PTABLE Table) { ExReleaseFastMutex(&Table->Mutex); }

KIRQL LockRaw(PKSPIN_LOCK Lock) {
  KIRQL old;
  KeAcquireSpinLock(Lock, &old);
  return old;
}
VOID UnlockRaw(PKSPIN_LOCK Lock, KIRQL Old) { KeReleaseSpinLock(Lock, Old); }
