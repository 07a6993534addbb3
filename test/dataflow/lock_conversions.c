// Correct code that moves a lock between forms while holding it: one
// KLOCK_QUEUE_HANDLE reused for two locks one after the other (each
// release goes with the acquire that stored into the handle before it),
// and an executive spin lock converted from exclusive to shared at
// DISPATCH_LEVEL, its final raising release restoring the IRQL the first
// acquire saved. Leaks and real mismatches are still reported.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %expect_exit 1 %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <wdm.h>

typedef struct _NODE {
  KSPIN_LOCK Lock;
  EX_SPIN_LOCK TableLock;
  ULONG Count;
} NODE, *PNODE;

VOID MoveEntry(PNODE From, PNODE To) {
  KLOCK_QUEUE_HANDLE handle;
  KeAcquireInStackQueuedSpinLock(&From->Lock, &handle);
  From->Count--;
  KeReleaseInStackQueuedSpinLock(&handle);
  KeAcquireInStackQueuedSpinLock(&To->Lock, &handle);
  To->Count++;
  KeReleaseInStackQueuedSpinLock(&handle);
}

VOID MoveEntryLeaks(PNODE From, PNODE To) {
  KLOCK_QUEUE_HANDLE handle;
  KeAcquireInStackQueuedSpinLock(&From->Lock, &handle);
  From->Count--;
  KeReleaseInStackQueuedSpinLock(&handle);
  KeAcquireInStackQueuedSpinLock(&To->Lock, &handle);
  // CHECK: :[[@LINE-1]]:3: warning: 'To->Lock' is acquired by KeAcquireInStackQueuedSpinLock but not released on every path out of 'MoveEntryLeaks' [lock-not-released]
  if (To->Count == 0)
    return;
  To->Count++;
  KeReleaseInStackQueuedSpinLock(&handle);
}

VOID ResetThenRead(PNODE Node) {
  KIRQL irql = ExAcquireSpinLockExclusive(&Node->TableLock);
  Node->Count = 0;
  ExReleaseSpinLockExclusiveFromDpcLevel(&Node->TableLock);
  ExAcquireSpinLockSharedAtDpcLevel(&Node->TableLock);
  Node->Count++;
  ExReleaseSpinLockShared(&Node->TableLock, irql);
}

// Released at DPC level with nothing restoring the IRQL afterwards.
VOID DropsToDpcOnly(PNODE Node) {
  KIRQL irql = ExAcquireSpinLockExclusive(&Node->TableLock);
  Node->Count = 0;
  ExReleaseSpinLockExclusiveFromDpcLevel(&Node->TableLock);
  // CHECK: :[[@LINE-1]]:3: warning: 'Node->TableLock' is released by ExReleaseSpinLockExclusiveFromDpcLevel (ex-exclusive-dpc) but was acquired by ExAcquireSpinLockExclusive (ex-exclusive) [dpr-mismatch]
  UNREFERENCED_PARAMETER(irql);
}

// A shared hold made exclusive by a successful conversion is released as
// exclusive; where the conversion failed it is still shared.
VOID UpgradeThenWrite(PNODE Node) {
  ExAcquireSpinLockSharedAtDpcLevel(&Node->TableLock);
  if (ExTryConvertSharedSpinLockExclusive(&Node->TableLock)) {
    Node->Count = 0;
    ExReleaseSpinLockExclusiveFromDpcLevel(&Node->TableLock);
  } else {
    ExReleaseSpinLockExclusiveFromDpcLevel(&Node->TableLock);
    // CHECK: :[[@LINE-1]]:5: warning: 'Node->TableLock' is released by ExReleaseSpinLockExclusiveFromDpcLevel (ex-exclusive-dpc) but was acquired by ExAcquireSpinLockSharedAtDpcLevel (ex-shared-dpc) [dpr-mismatch]
  }
}

// A helper that guarantees the exclusive mode to its caller (converting,
// or dropping and retaking the lock), and a conversion whose result is not
// tested: the mode is not known afterwards, so neither is a mismatch.
BOOLEAN ToExclusive(_Inout_ _Requires_lock_held_(*_Curr_) PEX_SPIN_LOCK Lock) {
  BOOLEAN converted = (BOOLEAN)ExTryConvertSharedSpinLockExclusive(Lock);
  if (converted == FALSE) {
    ExReleaseSpinLockSharedFromDpcLevel(Lock);
    ExAcquireSpinLockExclusiveAtDpcLevel(Lock);
  }
  return converted;
}

VOID UpgradeUntested(PNODE Node) {
  ExAcquireSpinLockSharedAtDpcLevel(&Node->TableLock);
  (void)ExTryConvertSharedSpinLockExclusive(&Node->TableLock);
  ExReleaseSpinLockExclusiveFromDpcLevel(&Node->TableLock);
}
