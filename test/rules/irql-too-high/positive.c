// irql-too-high: routines with a maximum IRQL called above it: while a spin
// lock is held, after a raise, in a DPC or an ISR, and spin-lock routines
// above DISPATCH_LEVEL outside interrupt context. Maxima come from the API
// model (with its documented argument conditions) and from annotations.
// RUN: not %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  KSPIN_LOCK StatsLock;
  PKINTERRUPT Interrupt;
  HANDLE File;
  KEVENT Event;
  PVOID Buffer;
} ADAPTER, *PADAPTER;

_IRQL_requires_max_(PASSIVE_LEVEL)
void WriteLogAtPassive(PADAPTER Adapter);

void UnderNdisLock(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  ZwClose(Adapter->File);
  // CHECK: :[[@LINE-1]]:3: warning: ZwClose requires IRQL <= PASSIVE_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'Adapter->Lock' acquired here by NdisAcquireSpinLock, raising the IRQL to DISPATCH_LEVEL
  WriteLogAtPassive(Adapter);
  // CHECK: :[[@LINE-1]]:3: warning: WriteLogAtPassive requires IRQL <= PASSIVE_LEVEL (by its annotations), but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-6]]:3: note: 'Adapter->Lock' acquired here by NdisAcquireSpinLock, raising the IRQL to DISPATCH_LEVEL
  NdisReleaseSpinLock(&Adapter->Lock);
}

// Argument conditions: an unbounded wait, paged pool, KeSetEvent(Wait=TRUE).
void ConditionsUnderKeLock(PADAPTER Adapter) {
  KIRQL old;
  KeAcquireSpinLock(&Adapter->StatsLock, &old);
  KeWaitForSingleObject(&Adapter->Event, 0, KernelMode, FALSE, NULL);
  // CHECK: :[[@LINE-1]]:3: warning: KeWaitForSingleObject requires IRQL <= APC_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'Adapter->StatsLock' acquired here by KeAcquireSpinLock, raising the IRQL to DISPATCH_LEVEL
  Adapter->Buffer = ExAllocatePoolWithTag(PagedPool, 64, 'xtcA');
  // CHECK: :[[@LINE-1]]:21: warning: ExAllocatePoolWithTag requires IRQL <= APC_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-6]]:3: note: 'Adapter->StatsLock' acquired here
  Adapter->Buffer = ExAllocatePool2(POOL_FLAG_PAGED, 64, 'xtcA');
  // CHECK: :[[@LINE-1]]:21: warning: ExAllocatePool2 requires IRQL <= APC_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-9]]:3: note: 'Adapter->StatsLock' acquired here
  KeSetEvent(&Adapter->Event, 0, TRUE);
  // CHECK: :[[@LINE-1]]:3: warning: KeSetEvent requires IRQL <= APC_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-12]]:3: note: 'Adapter->StatsLock' acquired here
  KeReleaseSpinLock(&Adapter->StatsLock, old);
}

// After an explicit raise.
void AfterRaise(PADAPTER Adapter) {
  KIRQL old;
  LARGE_INTEGER interval;
  interval.QuadPart = -10000;
  KeRaiseIrql(DISPATCH_LEVEL, &old);
  KeDelayExecutionThread(KernelMode, FALSE, &interval);
  // CHECK: :[[@LINE-1]]:3: warning: KeDelayExecutionThread requires IRQL <= APC_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: KeRaiseIrql raises the IRQL to DISPATCH_LEVEL here
  KeLowerIrql(old);
}

// A DPC runs at DISPATCH_LEVEL.
KDEFERRED_ROUTINE SleepyDpc;
void SleepyDpc(PKDPC Dpc, PVOID Context, PVOID A1, PVOID A2) {
  NdisMSleep(100);
  // CHECK: :[[@LINE-1]]:3: warning: NdisMSleep requires IRQL <= APC_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-3]]:6: note: 'SleepyDpc' runs at IRQL DISPATCH_LEVEL: its role KDEFERRED_ROUTINE
}

// An ISR runs at DIRQL: no waiting, no files.
MINIPORT_ISR MpIsr;
BOOLEAN MpIsr(NDIS_HANDLE Context, PBOOLEAN QueueDpc, PULONG Targets) {
  PADAPTER Adapter = (PADAPTER)Context;
  ZwClose(Adapter->File);
  // CHECK: :[[@LINE-1]]:3: warning: ZwClose requires IRQL <= PASSIVE_LEVEL, but here the IRQL is DIRQL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-4]]:9: note: 'MpIsr' runs at IRQL DIRQL: its role MINIPORT_ISR
  return TRUE;
}

// A spin-lock routine above DISPATCH_LEVEL, outside interrupt context.
void UnderInterruptLock(PADAPTER Adapter) {
  KIRQL old = KeAcquireInterruptSpinLock(Adapter->Interrupt);
  NdisAcquireSpinLock(&Adapter->Lock);
  // CHECK: :[[@LINE-1]]:3: warning: NdisAcquireSpinLock requires IRQL <= DISPATCH_LEVEL, but here the IRQL is DIRQL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-3]]:15: note: 'Adapter->Interrupt' acquired here by KeAcquireInterruptSpinLock, raising the IRQL to DIRQL
  NdisReleaseSpinLock(&Adapter->Lock);
  KeReleaseInterruptSpinLock(Adapter->Interrupt, old);
}
