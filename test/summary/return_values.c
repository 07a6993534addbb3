// What a callee returns. A callee that returns one constant on every path
// (STATUS_PENDING, or TRUE because the wait it returns the test of cannot
// fail) decides its caller's branches on the result; a callee that lets go
// of its caller's lock (releases or deletes it) only on the paths that
// return one value splits its caller's state by the value, so a caller
// that releases only on the other way is right, and one that releases on
// both ways is still reported.
// RUN: not %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s %check_not
// RUN: %irqlint --dump-summary %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s --check-prefix=SUMMARY
// RUN: %irqlint --dump-cfg %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s --check-prefix=CFG

#include <ntddk.h>

typedef struct _OBJ {
  KMUTEX Mutex;
  ERESOURCE Resource;
  ULONG Used, Size;
  LONG Users;
} OBJ, *POBJ;

// TRUE on every path: the wait has no timeout and is not alertable.
BOOLEAN LockObj(POBJ o) {
  return !KeWaitForSingleObject(&o->Mutex, Executive, KernelMode, FALSE, NULL);
}
// SUMMARY-LABEL: summary LockObj
// SUMMARY-NEXT: acquires o->Mutex (argument 1) kmutex by KeWaitForSingleObject @[[@LINE-3]]:11
// SUMMARY: returns 1
// CFG-LABEL: function LockObj
// CFG: branch (<result of e0>) -> B4 B3
// CFG: return 1 @
// CFG: return 0 @

void UseObj(POBJ o) {
  if (!LockObj(o))
    return; // never taken: no path leaves with the mutex held
  o->Used++;
  KeReleaseMutex(&o->Mutex, FALSE);
}

NTSTATUS Defer(PIRP Irp) {
  IoMarkIrpPending(Irp);
  return STATUS_PENDING;
}
// SUMMARY-LABEL: summary Defer
// SUMMARY: returns 0x103

NTSTATUS Dispatch(POBJ o, PIRP Irp) {
  NTSTATUS Status = Defer(Irp);
  if (Status == STATUS_PENDING)
    return Status;
  // never reached: Defer returned STATUS_PENDING
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&o->Resource, TRUE);
  return Status;
}

// Releases its caller's resource on the paths that return TRUE only.
BOOLEAN Reserve(POBJ o, ULONG Length) {
  if (o->Size - o->Used < Length)
    return FALSE;
  o->Used += Length;
  ExReleaseResourceLite(&o->Resource);
  return TRUE;
}
// SUMMARY-LABEL: summary Reserve
// SUMMARY-NEXT: when it returns 1: releases o->Resource (argument 1) resource by ExReleaseResourceLite @[[@LINE-4]]:3
// SUMMARY: returns one of 0, 1

NTSTATUS ReserveOrFail(POBJ o, ULONG Length) {
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&o->Resource, TRUE);
  if (Reserve(o, Length)) {
    KeLeaveCriticalRegion();
    return STATUS_SUCCESS;
  }
  ExReleaseResourceLite(&o->Resource);
  KeLeaveCriticalRegion();
  return STATUS_INSUFFICIENT_RESOURCES;
}

// The same through a local holding the result.
NTSTATUS ReserveStored(POBJ o, ULONG Length) {
  BOOLEAN Done;
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&o->Resource, TRUE);
  Done = Reserve(o, Length);
  if (!Done)
    ExReleaseResourceLite(&o->Resource);
  KeLeaveCriticalRegion();
  return Done ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}

// The bug: released again after a successful Reserve.
NTSTATUS ReserveTwice(POBJ o, ULONG Length) {
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&o->Resource, TRUE);
  (void)Reserve(o, Length);
  ExReleaseResourceLite(&o->Resource);
  // CHECK: :[[@LINE-1]]:3: warning: executive resource 'o->Resource' is released by ExReleaseResourceLite but is not held on this path [lock-release-unheld]
  KeLeaveCriticalRegion();
  return STATUS_SUCCESS;
}

// Deletes the resource, and frees the object, when the last user goes:
// TRUE then.
void FreeObj(POBJ o) {
  ExDeleteResourceLite(&o->Resource);
  ExFreePool(o);
}
// SUMMARY-LABEL: summary FreeObj
// SUMMARY-NEXT: deletes o->Resource (argument 1) resource by ExDeleteResourceLite @[[@LINE-4]]:3

// (a precondition only: its body still says what it does to locks)
_Requires_lock_held_(_Global_critical_region_)
BOOLEAN Dereference(POBJ o) {
  BOOLEAN Deleted = FALSE;
  if (InterlockedDecrement(&o->Users) == 0) {
    FreeObj(o);
    Deleted = TRUE;
  }
  return Deleted;
}
// SUMMARY-LABEL: summary Dereference
// SUMMARY-NEXT: when it returns 1: deletes o->Resource (argument 1) resource by FreeObj @[[@LINE-6]]:5
// SUMMARY: returns one of 0, 1

void Release(POBJ o) {
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&o->Resource, TRUE);
  if (!Dereference(o))
    ExReleaseResourceLite(&o->Resource);
  KeLeaveCriticalRegion();
}

// Deleting a held resource ends the hold: no leak.
void Teardown(POBJ o) {
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&o->Resource, TRUE);
  FreeObj(o);
  KeLeaveCriticalRegion();
}

// The bug: the object is kept, and so is the resource.
void ReleaseForgotten(POBJ o) {
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&o->Resource, TRUE);
  // CHECK: :[[@LINE-1]]:3: warning: executive resource 'o->Resource' is acquired by ExAcquireResourceExclusiveLite but not released on every path out of 'ReleaseForgotten' [lock-not-released]
  // CHECK-NEXT: :[[@LINE+3]]:1: note: returns here with 'o->Resource' held
  (void)Dereference(o);
  KeLeaveCriticalRegion();
}

// Declared only, as a header states it: releases the lock when it
// returns non-zero.
_Requires_lock_held_(o->Resource)
_When_(return != 0, _Releases_lock_(o->Resource))
BOOLEAN Commit(POBJ o);

NTSTATUS CommitOrUndo(POBJ o) {
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&o->Resource, TRUE);
  if (Commit(o)) {
    KeLeaveCriticalRegion();
    return STATUS_SUCCESS;
  }
  ExReleaseResourceLite(&o->Resource);
  KeLeaveCriticalRegion();
  return STATUS_UNSUCCESSFUL;
}

NTSTATUS CommitTwice(POBJ o) {
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&o->Resource, TRUE);
  (void)Commit(o);
  ExReleaseResourceLite(&o->Resource);
  // CHECK: :[[@LINE-1]]:3: warning: executive resource 'o->Resource' is released by ExReleaseResourceLite but is not held on this path [lock-release-unheld]
  KeLeaveCriticalRegion();
  return STATUS_SUCCESS;
}
