// A local that holds an IRQL which is no longer the current one: the result
// of KeGetCurrentIrql() once the code raised, or the previous IRQL an
// acquire hands back into the same variable (a serial driver's logger:
// `irql = KeGetCurrentIrql(); if (irql < DISPATCH_LEVEL)
// KeAcquireSpinLock(&L, &irql); else KeAcquireSpinLockAtDpcLevel(&L); …`
// and the same test again to pick the release). A later test of it is
// decided by the level it holds, not by the current IRQL.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %irqlint --dump-state %s -- %wdk_amd64 | FileCheck %s --check-prefix=STATE

#include <ntddk.h>

KSPIN_LOCK LogLock;
ULONG LogEntries[64];
ULONG LogNext;

VOID LogEntry(ULONG Signature) {
  KIRQL irql;
  irql = KeGetCurrentIrql();
  if (irql < DISPATCH_LEVEL) {
    KeAcquireSpinLock(&LogLock, &irql);
  } else {
    KeAcquireSpinLockAtDpcLevel(&LogLock);
  }
  LogEntries[LogNext++ % 64] = Signature;
  if (irql < DISPATCH_LEVEL) {
    KeReleaseSpinLock(&LogLock, irql);
  } else {
    KeReleaseSpinLockFromDpcLevel(&LogLock);
  }
}
// STATE-LABEL: function LogEntry
// STATE: {LogLock ke @21:5 saved PASSIVE..APC? in irql} irql DISPATCH from @21:5 [irql holds irql PASSIVE..APC?]

// The level read before the acquire, the previous IRQL in another variable.
VOID LogEntryTwoVariables(ULONG Signature) {
  KIRQL Current = KeGetCurrentIrql();
  KIRQL OldIrql;
  if (Current < DISPATCH_LEVEL)
    KeAcquireSpinLock(&LogLock, &OldIrql);
  else
    KeAcquireSpinLockAtDpcLevel(&LogLock);
  LogEntries[LogNext++ % 64] = Signature;
  if (Current < DISPATCH_LEVEL)
    KeReleaseSpinLock(&LogLock, OldIrql);
  else
    KeReleaseSpinLockFromDpcLevel(&LogLock);
}

// The releases swapped: each path releases with the other variant.
VOID LogEntrySwapped(ULONG Signature) {
  KIRQL Current = KeGetCurrentIrql();
  KIRQL OldIrql;
  if (Current < DISPATCH_LEVEL)
    KeAcquireSpinLock(&LogLock, &OldIrql);
  else
    KeAcquireSpinLockAtDpcLevel(&LogLock);
  LogEntries[LogNext++ % 64] = Signature;
  if (Current >= DISPATCH_LEVEL)
    KeReleaseSpinLock(&LogLock, OldIrql);
  // CHECK: :[[@LINE-1]]:5: warning: 'LogLock' is released by KeReleaseSpinLock (ke) but was acquired by KeAcquireSpinLockAtDpcLevel (ke-dpc) [dpr-mismatch]
  else
    KeReleaseSpinLockFromDpcLevel(&LogLock);
  // CHECK: :[[@LINE-1]]:5: warning: 'LogLock' is released by KeReleaseSpinLockFromDpcLevel (ke-dpc) but was acquired by KeAcquireSpinLock (ke) [dpr-mismatch]
}

// The local again the current level: a release gives back what the
// acquire saved while the local held the level (a wireless driver deleting
// a port: it polls under its port lock, then raises under the local's test
// and lowers under the same test). The path that did not raise does not
// reach the lower, and the one that raised does: nothing is left raised.
VOID Work(VOID);
VOID DeletePort(PLONG Busy) {
  KIRQL irql = KeGetCurrentIrql();
  KIRQL lockIrql;
  KeAcquireSpinLock(&LogLock, &lockIrql);
  *Busy = 0;
  KeReleaseSpinLock(&LogLock, lockIrql);
  if (irql < DISPATCH_LEVEL)
    KeRaiseIrql(DISPATCH_LEVEL, &irql);
  Work();
  if (irql < DISPATCH_LEVEL)
    KeLowerIrql(irql);
}
// STATE-LABEL: function DeletePort
// STATE: B1:
// STATE-NEXT: {} irql DISPATCH? [irql>=2 != 0]
// STATE-NEXT: {} irql PASSIVE..APC? from @{{[0-9]+}}:5 [irql holds irql PASSIVE..APC?] [irql>=2 == 0]
// STATE-NEXT: B2:

// Another variable's release does not bring the local back: `lockIrql`
// was saved by the acquire, `irql` is the level before a later raise.
VOID DeletePortOtherLevel(PLONG Busy) {
  KIRQL irql = KeGetCurrentIrql();
  KIRQL lockIrql;
  KeRaiseIrql(DISPATCH_LEVEL, &lockIrql);
  KeAcquireSpinLockAtDpcLevel(&LogLock);
  *Busy = 0;
  KeReleaseSpinLockFromDpcLevel(&LogLock);
  if (irql < DISPATCH_LEVEL)
    *Busy = 1;
  KeLowerIrql(lockIrql);
}
// STATE-LABEL: function DeletePortOtherLevel
// STATE: {} irql DISPATCH from @{{[0-9]+}}:3 [raised @{{[0-9]+}}:3 saved PASSIVE..DISPATCH? in lockIrql] [irql holds irql PASSIVE..APC?]
