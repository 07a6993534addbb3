// irql-too-high, negative cases: PASSIVE and APC routines called outside
// locked regions, argument values the documentation allows at
// DISPATCH_LEVEL (a non-NULL timeout, non-paged pool, KeSetEvent without a
// wait), unknown levels, and spin locks in an ISR (lock-in-isr's business:
// the only findings here are its).
// RUN: not %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  KSPIN_LOCK StatsLock;
  HANDLE File;
  KEVENT Event;
  PVOID Buffer;
} ADAPTER, *PADAPTER;

_IRQL_requires_max_(PASSIVE_LEVEL)
void WriteLogAtPassive(PADAPTER Adapter);

// Released before the PASSIVE_LEVEL calls.
_IRQL_requires_(PASSIVE_LEVEL)
void ReleasedFirst(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  NdisReleaseSpinLock(&Adapter->Lock);
  ZwClose(Adapter->File);
  WriteLogAtPassive(Adapter);
}

// Nothing known about the caller's level, and no lock held.
void Unknown(PADAPTER Adapter) {
  ZwClose(Adapter->File);
  KeWaitForSingleObject(&Adapter->Event, 0, KernelMode, FALSE, NULL);
}

// Allowed at DISPATCH_LEVEL with these arguments.
void AllowedArguments(PADAPTER Adapter, PLARGE_INTEGER Timeout) {
  KIRQL old;
  KeAcquireSpinLock(&Adapter->StatsLock, &old);
  KeWaitForSingleObject(&Adapter->Event, 0, KernelMode, FALSE, Timeout);
  Adapter->Buffer = ExAllocatePoolWithTag(NonPagedPoolNx, 64, 'xtcA');
  Adapter->Buffer = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, 'xtcA');
  KeSetEvent(&Adapter->Event, 0, FALSE);
  KeReleaseSpinLock(&Adapter->StatsLock, old);
}

// Lowered again before the wait.
void RaiseThenLower(PADAPTER Adapter) {
  KIRQL old;
  KeRaiseIrql(DISPATCH_LEVEL, &old);
  KeLowerIrql(old);
  KeWaitForSingleObject(&Adapter->Event, 0, KernelMode, FALSE, NULL);
}

// Spin locks in interrupt context are lock-in-isr's to report.
MINIPORT_ISR MpIsr;
BOOLEAN MpIsr(NDIS_HANDLE Context, PBOOLEAN QueueDpc, PULONG Targets) {
  PADAPTER Adapter = (PADAPTER)Context;
  NdisDprAcquireSpinLock(&Adapter->Lock);
  // CHECK: :[[@LINE-1]]:3: warning: NdisDprAcquireSpinLock called at DIRQL in 'MpIsr' {{.*}} [lock-in-isr]
  NdisDprReleaseSpinLock(&Adapter->Lock);
  // CHECK: :[[@LINE-1]]:3: warning: NdisDprReleaseSpinLock called at DIRQL in 'MpIsr' {{.*}} [lock-in-isr]
  return TRUE;
}
