// Real-driver idioms the path-aware state must get right (each written
// here in our own words after the patterns in NDIS and WDM samples): a
// condition tested twice with nothing in between writing it, try-acquires
// held on the success edge only, and wrappers through summaries. Nothing
// here is a bug except where a CHECK line says so.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %expect_exit 1 %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ndis.h>

typedef struct _CTX {
  NDIS_SPIN_LOCK Lock;
  KSPIN_LOCK SendLock;
  EX_SPIN_LOCK RwLock;
  ULONG Pending;
  LIST_ENTRY Queue;
} CTX, *PCTX;

// A `DispatchLevel` flag choosing the Dpr or the raising variant, in macros
// (the filter / ndisprot / mux samples' *_ACQUIRE_LOCK(lock, DispatchLevel)).
#define CTX_ACQUIRE(_l, _dispatch)                                             \
  {                                                                            \
    if (_dispatch) {                                                           \
      NdisDprAcquireSpinLock(_l);                                              \
    } else {                                                                   \
      NdisAcquireSpinLock(_l);                                                 \
    }                                                                          \
  }
#define CTX_RELEASE(_l, _dispatch)                                             \
  {                                                                            \
    if (_dispatch) {                                                           \
      NdisDprReleaseSpinLock(_l);                                              \
    } else {                                                                   \
      NdisReleaseSpinLock(_l);                                                 \
    }                                                                          \
  }

// The flag computed from SendFlags with the NDIS test macro.
MINIPORT_SEND_NET_BUFFER_LISTS SendFlagsMacro;
VOID SendFlagsMacro(NDIS_HANDLE h, PNET_BUFFER_LIST nbl, ULONG port,
                    ULONG SendFlags) {
  PCTX c = (PCTX)h;
  BOOLEAN atDispatch = NDIS_TEST_SEND_AT_DISPATCH_LEVEL(SendFlags);
  CTX_ACQUIRE(&c->Lock, atDispatch);
  c->Pending++;
  CTX_RELEASE(&c->Lock, atDispatch);
}

// The test macro written at both places.
MINIPORT_SEND_NET_BUFFER_LISTS SendFlagsDirect;
VOID SendFlagsDirect(NDIS_HANDLE h, PNET_BUFFER_LIST nbl, ULONG port,
                     ULONG SendFlags) {
  PCTX c = (PCTX)h;
  if (NDIS_TEST_SEND_AT_DISPATCH_LEVEL(SendFlags))
    NdisDprAcquireSpinLock(&c->Lock);
  else
    NdisAcquireSpinLock(&c->Lock);
  c->Pending++;
  if (NDIS_TEST_SEND_AT_DISPATCH_LEVEL(SendFlags))
    NdisDprReleaseSpinLock(&c->Lock);
  else
    NdisReleaseSpinLock(&c->Lock);
}

// A bare mask test and the same test compared with zero are one condition.
MINIPORT_SEND_NET_BUFFER_LISTS SendFlagsBits;
VOID SendFlagsBits(NDIS_HANDLE h, PNET_BUFFER_LIST nbl, ULONG port,
                   ULONG SendFlags) {
  PCTX c = (PCTX)h;
  if (SendFlags & NDIS_SEND_FLAGS_DISPATCH_LEVEL)
    NdisDprAcquireSpinLock(&c->Lock);
  else
    NdisAcquireSpinLock(&c->Lock);
  c->Pending++;
  if ((SendFlags & NDIS_SEND_FLAGS_DISPATCH_LEVEL) != 0)
    NdisDprReleaseSpinLock(&c->Lock);
  else
    NdisReleaseSpinLock(&c->Lock);
}

// `if (p) lock … if (p) unlock`: the acquire writes through c (its OldIrql
// goes into c->Lock), which does not change c itself. The sleep in between
// is a real bug on the path that holds the lock.
MINIPORT_HALT PointerGuard;
VOID PointerGuard(NDIS_HANDLE h, NDIS_HALT_ACTION a) {
  PCTX c = (PCTX)h;
  if (c)
    NdisAcquireSpinLock(&c->Lock);
  NdisMSleep(1);
  // CHECK: :[[@LINE-1]]:3: warning: NdisMSleep requires IRQL <= APC_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-3]]:5: note: 'c->Lock' acquired here by NdisAcquireSpinLock, raising the IRQL to DISPATCH_LEVEL
  if (c)
    NdisReleaseSpinLock(&c->Lock);
}

// A local remembering that the acquire happened.
MINIPORT_HALT LockedLocal;
VOID LockedLocal(NDIS_HANDLE h, NDIS_HALT_ACTION a) {
  PCTX c = (PCTX)h;
  BOOLEAN locked = FALSE;
  if (c->Pending) {
    NdisAcquireSpinLock(&c->Lock);
    locked = TRUE;
  }
  c->Pending = 0;
  if (locked)
    NdisReleaseSpinLock(&c->Lock);
}

// The same with a status local.
MINIPORT_HALT StatusLocal;
VOID StatusLocal(NDIS_HANDLE h, NDIS_HALT_ACTION a) {
  PCTX c = (PCTX)h;
  NDIS_STATUS status = NDIS_STATUS_FAILURE;
  if (c->Pending) {
    NdisAcquireSpinLock(&c->Lock);
    status = NDIS_STATUS_SUCCESS;
  }
  c->Pending = 0;
  if (status == NDIS_STATUS_SUCCESS)
    NdisReleaseSpinLock(&c->Lock);
}

// Try-acquires: held on the success edge only, also when the result goes
// through a local first, and with the executive try routine compared to 0.
MINIPORT_INTERRUPT_DPC TryDirect;
VOID TryDirect(NDIS_HANDLE h, PVOID d, PVOID r, PVOID n) {
  PCTX c = (PCTX)h;
  if (KeTryToAcquireSpinLockAtDpcLevel(&c->SendLock)) {
    c->Pending = 0;
    KeReleaseSpinLockFromDpcLevel(&c->SendLock);
  }
}

MINIPORT_INTERRUPT_DPC TryLocal;
VOID TryLocal(NDIS_HANDLE h, PVOID d, PVOID r, PVOID n) {
  PCTX c = (PCTX)h;
  BOOLEAN got = KeTryToAcquireSpinLockAtDpcLevel(&c->SendLock);
  if (!got)
    return;
  c->Pending = 0;
  KeReleaseSpinLockFromDpcLevel(&c->SendLock);
}

MINIPORT_INTERRUPT_DPC TryEx;
VOID TryEx(NDIS_HANDLE h, PVOID d, PVOID r, PVOID n) {
  PCTX c = (PCTX)h;
  if (ExTryAcquireSpinLockExclusiveAtDpcLevel(&c->RwLock) == 0)
    return;
  c->Pending = 0;
  ExReleaseSpinLockExclusiveFromDpcLevel(&c->RwLock);
}

// A try at DISPATCH_LEVEL released by KeReleaseSpinLock(l, DISPATCH_LEVEL):
// the release restores DISPATCH_LEVEL, which changes nothing (legal; a
// miniport sample does this), after a raise undone by the same flag.
VOID TryThenPlainRelease(PCTX c, BOOLEAN atDispatch) {
  KIRQL old = PASSIVE_LEVEL;
  if (!atDispatch)
    KeRaiseIrql(DISPATCH_LEVEL, &old);
  if (KeTryToAcquireSpinLockAtDpcLevel(&c->SendLock)) {
    c->Pending = 0;
    KeReleaseSpinLock(&c->SendLock, DISPATCH_LEVEL);
  }
  if (!atDispatch)
    KeLowerIrql(old);
}

// A routine annotated as a conditional acquire is a try-acquire for its
// callers: the lock is held when it returns non-zero.
_When_(return != 0, _Acquires_lock_(c->SendLock))
BOOLEAN TryTake(PCTX c);

MINIPORT_INTERRUPT_DPC TryAnnotated;
VOID TryAnnotated(NDIS_HANDLE h, PVOID d, PVOID r, PVOID n) {
  PCTX c = (PCTX)h;
  if (!TryTake(c))
    return;
  c->Pending = 0;
  KeReleaseSpinLockFromDpcLevel(&c->SendLock);
}

MINIPORT_INTERRUPT_DPC TryAnnotatedLeak;
VOID TryAnnotatedLeak(NDIS_HANDLE h, PVOID d, PVOID r, PVOID n) {
  PCTX c = (PCTX)h;
  if (!TryTake(c))
    // CHECK: :[[@LINE-1]]:8: warning: 'c->SendLock' is acquired by TryTake but not released on every path out of 'TryAnnotatedLeak' [lock-not-released]
    return;
  c->Pending = 0;
}
// CHECK-NEXT: :[[@LINE-1]]:1: note: returns here with 'c->SendLock' held

// Platform wrappers around the NDIS routines, through their summaries.
VOID PlatformAcquire(PNDIS_SPIN_LOCK l) { NdisAcquireSpinLock(l); }
VOID PlatformRelease(PNDIS_SPIN_LOCK l) { NdisReleaseSpinLock(l); }
MINIPORT_HALT Wrapped;
VOID Wrapped(NDIS_HANDLE h, NDIS_HALT_ACTION a) {
  PCTX c = (PCTX)h;
  PlatformAcquire(&c->Lock);
  c->Pending = 0;
  PlatformRelease(&c->Lock);
}

// A `lockHeld` flag read at a cleanup label after many other branches (the
// Hyper-V switch extension sample): facts no branch reads (the counters
// set to 0, the fields tested once) do not push the flag's fact out of the
// state, so the cleanup's `if (lockHeld)` still follows the acquire.
typedef struct _STATUS_QUERY {
  ULONG Type, Version, Count, Kind, Mode, Size, Port, Index, Extra;
} STATUS_QUERY, *PSTATUS_QUERY;
PNDIS_RW_LOCK_EX DispatchLock;
NDIS_IO_WORKITEM_FUNCTION QueryStatus;
VOID QueryStatus(PVOID Context, NDIS_HANDLE WorkItem) {
  PSTATUS_QUERY q = Context;
  LOCK_STATE_EX lockState;
  BOOLEAN lockHeld = FALSE;
  ULONG found = 0, index = 0, length = 0, ports = 0, sizeNeeded = 0;
  if (q->Type != 1)
    goto Cleanup;
  if (q->Version != 2)
    goto Cleanup;
  NdisAcquireRWLockRead(DispatchLock, &lockState, 0);
  lockHeld = TRUE;
  if (q->Count)
    ports++;
  if (q->Kind == 3)
    found = 1;
  if (q->Mode == 4)
    index = 2;
  if (q->Size > 64)
    length = q->Size;
  if (q->Port == 5)
    sizeNeeded = 8;
  if (q->Index == 6)
    ports += 2;
  if (q->Extra & 8)
    found = 2;
  if (q->Count > 9)
    goto Cleanup;
  q->Version = found + index + length + ports + sizeNeeded;
Cleanup:
  if (lockHeld)
    NdisReleaseRWLock(DispatchLock, &lockState);
}
