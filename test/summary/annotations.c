// SAL lock annotations override inference: a prototype's _Acquires_lock_ /
// _Releases_lock_ is the effect at call sites (even with no body here), a
// function annotated _Requires_lock_held_ / _Releases_lock_ starts with
// the lock held, one annotated _Acquires_lock_ may return holding it, and a
// call of a _Requires_lock_not_held_ function with the lock held is a
// self-deadlock. Works whether the macros expand to nothing or to
// attributes.
// RUN: not %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES -DSAL_AS_ATTRIBUTES | FileCheck %s %check_not

#ifdef SAL_AS_ATTRIBUTES
#define _Acquires_lock_(l) __attribute__((annotate("acquires")))
#define _Releases_lock_(l) __attribute__((annotate("releases")))
#define _Requires_lock_held_(l) __attribute__((annotate("held")))
#define _Requires_lock_not_held_(l) __attribute__((annotate("not_held")))
#else
#define _Acquires_lock_(l)
#define _Releases_lock_(l)
#define _Requires_lock_held_(l)
#define _Requires_lock_not_held_(l)
#endif

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  ULONG Count;
} ADAPTER, *PADAPTER;

// Defined in another file, annotated here.
_Acquires_lock_(Adapter->Lock) void LockIt(PADAPTER Adapter);
_Releases_lock_(Adapter->Lock) void UnlockIt(PADAPTER Adapter);
_Requires_lock_not_held_(Adapter->Lock) void Reset(PADAPTER Adapter);

void Balanced(PADAPTER a) {
  LockIt(a);
  a->Count++;
  UnlockIt(a);
  Reset(a);
}

void Leaks(PADAPTER a) {
  LockIt(a);
  // CHECK: :[[@LINE-1]]:3: warning: 'a->Lock' is acquired by LockIt but not released on every path out of 'Leaks' [lock-not-released]
  // CHECK-NEXT: :[[@LINE+6]]:1: note: returns here with 'a->Lock' held
  if (a->Count == 0) {
    UnlockIt(a);
    return;
  }
  a->Count++;
}

void ResetWhileHeld(PADAPTER a) {
  LockIt(a);
  Reset(a);
  // CHECK: :[[@LINE-1]]:3: warning: 'a->Lock' is held, but Reset requires it not held (_Requires_lock_not_held_) [lock-double-acquire]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'a->Lock' acquired here
  UnlockIt(a);
}

// The annotations' own definitions: each keeps its promise, no findings.
_Requires_lock_held_(a->Lock) void BumpLocked(PADAPTER a) {
  a->Count++;
}
_Releases_lock_(a->Lock) void FinishLocked(PADAPTER a) {
  a->Count--;
  NdisReleaseSpinLock(&a->Lock);
}
_Acquires_lock_(*Lock) void TakeRaw(PNDIS_SPIN_LOCK Lock, BOOLEAN log) {
  if (log)
    NdisAcquireSpinLock(Lock);
  else
    NdisAcquireSpinLock(Lock);
}

// An annotation wins over what the body does: Sneaky's body releases, its
// annotation says it acquires, and its callers take it at its word.
_Acquires_lock_(a->Lock) void Sneaky(PADAPTER a) {
  NdisAcquireSpinLock(&a->Lock);
}
void TrustsTheAnnotation(PADAPTER a) {
  Sneaky(a);
  NdisReleaseSpinLock(&a->Lock);
}
