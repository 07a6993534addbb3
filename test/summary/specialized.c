// Summaries for constant arguments. A lock routine that picks its lock, or
// how it takes or releases it, by a parameter has a general summary that
// can only say "maybe"; a call passing a constant there gets the callee
// analyzed again with that value known (program.c), so the call does
// exactly what that value makes the callee do. A routine that acquires
// exactly as its parameters say and never releases is a lock routine
// acquiring on request, not a leak; one that releases on some paths and
// keeps the lock where a parameter says still leaks.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %irqlint --dump-summary %s -- %wdk_amd64 | FileCheck %s --check-prefix=SUMMARY

#include <ndis.h>

typedef enum _LOCK_TYPE { RX_LOCK, TX_LOCK, MGNT_LOCK } LOCK_TYPE;
typedef struct _DEVICE {
  NDIS_SPIN_LOCK RxLock;
  NDIS_SPIN_LOCK TxLock;
  NDIS_SPIN_LOCK MgntLock;
  KSPIN_LOCK QueueLock;
  PKINTERRUPT Interrupt;
  ULONG Count;
} DEVICE, *PDEVICE;

// The device is found through a call: the callers cannot name the lock,
// only see what it does to the IRQL (raised and saved by the acquire,
// given back by the release).
PDEVICE DeviceOf(PVOID Adapter);

// As a WLAN driver declares its lock layer (the body does not change the
// IRQL as annotated: the release restores what the acquire saved).
_IRQL_raises_(DISPATCH_LEVEL) VOID PlatformAcquireSpinLock(PVOID Adapter,
                                                           LOCK_TYPE Type);
_IRQL_requires_(DISPATCH_LEVEL) VOID PlatformReleaseSpinLock(PVOID Adapter,
                                                             LOCK_TYPE Type);

_IRQL_raises_(DISPATCH_LEVEL)
VOID PlatformAcquireSpinLock(PVOID Adapter, LOCK_TYPE Type) {
  PDEVICE Device = DeviceOf(Adapter);
  switch (Type) {
  case RX_LOCK:
    NdisAcquireSpinLock(&Device->RxLock);
    break;
  case TX_LOCK:
    NdisAcquireSpinLock(&Device->TxLock);
    break;
  case MGNT_LOCK:
    NdisAcquireSpinLock(&Device->MgntLock);
    break;
  default:
    break;
  }
}
// SUMMARY-LABEL: summary PlatformAcquireSpinLock
// SUMMARY-NEXT: maybe acquires a lock its callers cannot name ndis by NdisAcquireSpinLock
// SUMMARY: depends on argument 2

_IRQL_requires_(DISPATCH_LEVEL)
VOID PlatformReleaseSpinLock(PVOID Adapter, LOCK_TYPE Type) {
  PDEVICE Device = DeviceOf(Adapter);
  switch (Type) {
  case RX_LOCK:
    NdisReleaseSpinLock(&Device->RxLock);
    break;
  case TX_LOCK:
    NdisReleaseSpinLock(&Device->TxLock);
    break;
  case MGNT_LOCK:
    NdisReleaseSpinLock(&Device->MgntLock);
    break;
  default:
    break;
  }
}
// SUMMARY-LABEL: summary PlatformReleaseSpinLock
// SUMMARY-NEXT: maybe releases a lock its callers cannot name ndis by NdisReleaseSpinLock
// SUMMARY: depends on argument 2

// Wrappers that pass a constant: definite. One that passes its own
// parameter on depends on it in turn.
static VOID RxLock(PVOID Adapter) { PlatformAcquireSpinLock(Adapter, RX_LOCK); }
static VOID RxUnlock(PVOID Adapter) {
  PlatformReleaseSpinLock(Adapter, RX_LOCK);
}
static VOID UnlockOf(PVOID Adapter, LOCK_TYPE Type) {
  PlatformReleaseSpinLock(Adapter, Type);
}
// SUMMARY-LABEL: summary RxLock
// SUMMARY-NEXT: acquires a lock its callers cannot name ndis by PlatformAcquireSpinLock
// SUMMARY-LABEL: summary RxUnlock
// SUMMARY-NEXT: releases a lock its callers cannot name ndis by PlatformReleaseSpinLock
// SUMMARY-LABEL: summary UnlockOf
// SUMMARY-NEXT: maybe releases a lock its callers cannot name ndis by PlatformReleaseSpinLock
// SUMMARY: depends on argument 2

VOID WaitAfterUnlock(PVOID Adapter) {
  RxLock(Adapter);
  RxUnlock(Adapter);
  NdisMSleep(10); // the IRQL is back where it was
  PlatformAcquireSpinLock(Adapter, TX_LOCK);
  UnlockOf(Adapter, TX_LOCK);
  NdisMSleep(10);
}

VOID WaitUnderLock(PVOID Adapter) {
  RxLock(Adapter);
  NdisMSleep(10);
  // CHECK: :[[@LINE-1]]:3: warning: NdisMSleep requires IRQL <= APC_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: RxLock returns at DISPATCH_LEVEL
  RxUnlock(Adapter);
}

VOID WaitUnderPassedOnLock(PVOID Adapter) {
  PlatformAcquireSpinLock(Adapter, MGNT_LOCK);
  NdisMSleep(10);
  // CHECK: :[[@LINE-1]]:3: warning: NdisMSleep requires IRQL <= APC_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: PlatformAcquireSpinLock returns at DISPATCH_LEVEL
  UnlockOf(Adapter, MGNT_LOCK);
}

// The release picked by a parameter (scsiport's GetNextRequest): given an
// OldIrql the raising release, else the DPC-level one.
VOID ReleaseQueue(PDEVICE Device, PKIRQL OldIrql) {
  if (OldIrql != NULL)
    KeReleaseSpinLock(&Device->QueueLock, *OldIrql);
  else
    KeReleaseSpinLockFromDpcLevel(&Device->QueueLock);
}
// SUMMARY-LABEL: summary ReleaseQueue
// SUMMARY: depends on argument 2

KDEFERRED_ROUTINE QueueDpc;
VOID QueueDpc(PKDPC Dpc, PVOID Context, PVOID A1, PVOID A2) {
  PDEVICE Device = (PDEVICE)Context;
  KeAcquireSpinLockAtDpcLevel(&Device->QueueLock);
  ReleaseQueue(Device, NULL);
  UNREFERENCED_PARAMETER(Dpc);
  UNREFERENCED_PARAMETER(A1);
  UNREFERENCED_PARAMETER(A2);
}

VOID QueueFromPassive(PDEVICE Device) {
  KIRQL OldIrql;
  KeAcquireSpinLock(&Device->QueueLock, &OldIrql);
  ReleaseQueue(Device, &OldIrql);
  NdisMSleep(10);
}

VOID QueueWrongRelease(PDEVICE Device) {
  KIRQL OldIrql;
  KeAcquireSpinLock(&Device->QueueLock, &OldIrql);
  ReleaseQueue(Device, NULL);
  // CHECK: :[[@LINE-1]]:3: warning: 'Device->QueueLock' is released by ReleaseQueue (ke-dpc) but was acquired by KeAcquireSpinLock (ke) [dpr-mismatch]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'Device->QueueLock' acquired here
}

// A lock routine of the driver's own: acquires only when asked for the
// interrupt lock and the device has an interrupt, and never releases.
typedef struct _LOCK_HANDLE {
  ULONG Kind;
  KIRQL OldIrql;
} LOCK_HANDLE, *PLOCK_HANDLE;
VOID DeviceAcquireLock(PDEVICE Device, ULONG Kind, PLOCK_HANDLE Handle) {
  Handle->Kind = Kind;
  if (Kind == 3 && Device->Interrupt != NULL)
    Handle->OldIrql = KeAcquireInterruptSpinLock(Device->Interrupt);
}
VOID DeviceReleaseLock(PDEVICE Device, PLOCK_HANDLE Handle) {
  if (Handle->Kind == 3 && Device->Interrupt != NULL)
    KeReleaseInterruptSpinLock(Device->Interrupt, Handle->OldIrql);
}

// Releases on the normal path and keeps the lock where a parameter says:
// a leak, reported.
VOID CountUnlessFailed(PDEVICE Device, NTSTATUS Status) {
  NdisAcquireSpinLock(&Device->RxLock);
  // CHECK: :[[@LINE-1]]:3: warning: 'Device->RxLock' is acquired by NdisAcquireSpinLock but not released on every path out of 'CountUnlessFailed' [lock-not-released]
  if (Status != STATUS_SUCCESS)
    return;
  // CHECK-NEXT: :[[@LINE-1]]:5: note: returns here with 'Device->RxLock' held
  Device->Count++;
  NdisReleaseSpinLock(&Device->RxLock);
}

// Mutual recursion through the lock layer settles.
VOID Drain(PVOID Adapter, ULONG Depth);
VOID Refill(PVOID Adapter, ULONG Depth) {
  PlatformAcquireSpinLock(Adapter, TX_LOCK);
  PlatformReleaseSpinLock(Adapter, TX_LOCK);
  if (Depth)
    Drain(Adapter, Depth - 1);
}
VOID Drain(PVOID Adapter, ULONG Depth) {
  Refill(Adapter, Depth);
  NdisMSleep(1);
}

// The summaries for constant arguments come last, in the order calls
// asked for them.
// SUMMARY-LABEL: for argument 2 == 0 summary PlatformAcquireSpinLock
// SUMMARY-NEXT: acquires a lock its callers cannot name ndis by NdisAcquireSpinLock @41:5
// SUMMARY-LABEL: for argument 2 == 0 summary PlatformReleaseSpinLock
// SUMMARY-NEXT: releases a lock its callers cannot name ndis by NdisReleaseSpinLock @62:5
// SUMMARY-LABEL: for argument 2 == 2 summary UnlockOf
// SUMMARY-NEXT: releases a lock its callers cannot name ndis by PlatformReleaseSpinLock
// SUMMARY-LABEL: for argument 2 == 0 summary ReleaseQueue
// SUMMARY-NEXT: releases Device->QueueLock (argument 1) ke-dpc by KeReleaseSpinLockFromDpcLevel
// SUMMARY-LABEL: for argument 2 != 0 summary ReleaseQueue
// SUMMARY-NEXT: releases Device->QueueLock (argument 1) ke by KeReleaseSpinLock
