// lock-release-unheld, negative cases: releases of locks the caller holds,
// releases guarded by the same condition as the acquire, try-acquire
// success edges, and release in a __finally.
// RUN: %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | count 0
// RUN: %irqlint %s -- %wdk_amd64 | count 0
// RUN: %irqlint %s -- %wdk_x86 | count 0

#include <ndis.h>
#include <wdf.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK SendLock;
  KSPIN_LOCK StatsLock;
  WDFSPINLOCK WdfLock;
  ULONG Count;
  ULONG Flags;
} ADAPTER, *PADAPTER;

#define FLAG_LOCKED 0x4

void Work(PADAPTER Adapter);

// The caller acquired it; this function only drops it.
void DropCallersLock(PADAPTER Adapter) {
  Adapter->Count = 0;
  NdisReleaseSpinLock(&Adapter->SendLock);
}

void SameCondition(PADAPTER Adapter, ULONG mode) {
  KIRQL old = PASSIVE_LEVEL;
  if (mode == 3)
    KeAcquireSpinLock(&Adapter->StatsLock, &old);
  Work(Adapter);
  if (mode == 3)
    KeReleaseSpinLock(&Adapter->StatsLock, old);
}

void BitTest(PADAPTER Adapter) {
  if (Adapter->Flags & FLAG_LOCKED)
    NdisAcquireSpinLock(&Adapter->SendLock);
  Work(Adapter);
  if (Adapter->Flags & FLAG_LOCKED)
    NdisReleaseSpinLock(&Adapter->SendLock);
}

void TryAcquireNegated(PADAPTER Adapter) {
  if (!KeTryToAcquireSpinLockAtDpcLevel(&Adapter->StatsLock))
    return;
  Adapter->Count++;
  KeReleaseSpinLockFromDpcLevel(&Adapter->StatsLock);
}

void WdfLock(PADAPTER Adapter) {
  WdfSpinLockAcquire(Adapter->WdfLock);
  Adapter->Count++;
  WdfSpinLockRelease(Adapter->WdfLock);
}

void CancelLock(PADAPTER Adapter) {
  KIRQL old;
  IoAcquireCancelSpinLock(&old);
  Adapter->Count++;
  IoReleaseCancelSpinLock(old);
}

void ReleaseInFinally(PADAPTER Adapter) {
  __try {
    NdisAcquireSpinLock(&Adapter->SendLock);
    Work(Adapter);
  } __finally {
    NdisReleaseSpinLock(&Adapter->SendLock);
  }
}

NTSTATUS Prepare(PADAPTER Adapter);

// NT_SUCCESS(status) is status >= 0; testing it twice correlates too.
void StatusCorrelated(PADAPTER Adapter) {
  NTSTATUS status = Prepare(Adapter);
  if (NT_SUCCESS(status))
    NdisAcquireSpinLock(&Adapter->SendLock);
  Work(Adapter);
  if (NT_SUCCESS(status))
    NdisReleaseSpinLock(&Adapter->SendLock);
}

void CountCorrelated(PADAPTER Adapter, ULONG n) {
  KIRQL old = PASSIVE_LEVEL;
  if (n > 4)
    KeAcquireSpinLock(&Adapter->StatsLock, &old);
  Work(Adapter);
  if (4 < n)
    KeReleaseSpinLock(&Adapter->StatsLock, old);
}

// A completion routine (the role its conversion to PIO_COMPLETION_ROUTINE
// gives it) releases the resource its issuing thread acquired, for that
// thread: ExReleaseResourceForThreadLite names the owner, so the release
// need not follow an acquire here.
typedef struct _IO_CONTEXT {
  PERESOURCE Resource;
  ERESOURCE_THREAD Owner;
} IO_CONTEXT, *PIO_CONTEXT;

NTSTATUS AsyncDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context) {
  PIO_CONTEXT io = (PIO_CONTEXT)Context;
  UNREFERENCED_PARAMETER(DeviceObject);
  UNREFERENCED_PARAMETER(Irp);
  ExReleaseResourceForThreadLite(io->Resource, io->Owner);
  return STATUS_SUCCESS;
}

VOID IssueAsync(PIRP Irp, PIO_CONTEXT Io) {
  KeEnterCriticalRegion();
  ExAcquireResourceSharedLite(Io->Resource, TRUE);
  Io->Owner = ExGetCurrentResourceThread();
  KeLeaveCriticalRegion();
  IoSetCompletionRoutine(Irp, AsyncDone, Io, TRUE, TRUE, TRUE);
}
