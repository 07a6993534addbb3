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
