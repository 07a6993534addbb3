// _IRQL_saves_ / _IRQL_restores_ and _IRQL_saves_global_ /
// _IRQL_restores_global_ on routines the API model does not know (a
// driver's own, or one a real header declares): a save raises and keeps
// the previous IRQL where the annotation says (the returned value, a
// parameter's pointee, the object's field named by the kind), a restore
// lowers back to it. After a balanced pair the IRQL is the caller's again.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %expect_exit 1 %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ntddk.h>

_IRQL_saves_ _IRQL_raises_(DISPATCH_LEVEL) KIRQL RcuReadLock(void);
VOID RcuReadUnlock(_In_ _IRQL_restores_ KIRQL Irql);
VOID RaiseInto(_Out_ _IRQL_saves_ PKIRQL Irql);

typedef struct _EXT {
  FAST_MUTEX Mutex;
  HANDLE Key;
  ULONG Count;
} EXT, *PEXT;

// Wrappers around a fast mutex, annotated as the WDK annotates its own.
_IRQL_raises_(APC_LEVEL) _IRQL_saves_global_(OldIrql, Ext->Mutex)
_Acquires_lock_(Ext->Mutex) VOID LockExt(PEXT Ext);
_IRQL_requires_(APC_LEVEL) _IRQL_restores_global_(OldIrql, Ext->Mutex)
_Releases_lock_(Ext->Mutex) VOID UnlockExt(PEXT Ext);

// Balanced pairs: PASSIVE_LEVEL again after each.
DRIVER_DISPATCH DispatchBalanced;
NTSTATUS DispatchBalanced(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PEXT ext = (PEXT)DeviceObject->DeviceExtension;
  KIRQL irql = RcuReadLock();
  ext->Count++;
  RcuReadUnlock(irql);
  ZwClose(ext->Key);
  RaiseInto(&irql);
  ext->Count++;
  RcuReadUnlock(irql);
  ZwClose(ext->Key);
  LockExt(ext);
  ext->Count++;
  UnlockExt(ext);
  ZwClose(ext->Key);
  UNREFERENCED_PARAMETER(Irp);
  return STATUS_SUCCESS;
}

// Between the pair the raised level applies; a path that does not undo
// the save returns raised.
DRIVER_DISPATCH DispatchRaised;
NTSTATUS DispatchRaised(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PEXT ext = (PEXT)DeviceObject->DeviceExtension;
  KIRQL irql = RcuReadLock();
  ZwClose(ext->Key);
  // CHECK: :[[@LINE-1]]:3: warning: ZwClose requires IRQL <= PASSIVE_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  RcuReadUnlock(irql);
  LockExt(ext);
  ZwClose(ext->Key);
  // CHECK: :[[@LINE-1]]:3: warning: ZwClose requires IRQL <= PASSIVE_LEVEL, but here the IRQL is APC_LEVEL [irql-too-high]
  UnlockExt(ext);
  if (ext->Count) {
    irql = RcuReadLock();
    // CHECK: :[[@LINE-1]]:12: warning: the IRQL raised by RcuReadLock is not restored before 'DispatchRaised' returns [irql-not-restored]
    return STATUS_UNSUCCESSFUL;
  }
  UNREFERENCED_PARAMETER(Irp);
  return STATUS_SUCCESS;
}

// A wrapper that saves for its caller while taking a lock: leaving the
// lock held is lock-not-released's finding alone.
NTSTATUS KeepsMutex(PEXT ext) {
  LockExt(ext);
  // CHECK: :[[@LINE-1]]:3: warning: fast mutex 'ext->Mutex' is acquired by LockExt but not released on every path out of 'KeepsMutex' [lock-not-released]
  if (ext->Count)
    return STATUS_UNSUCCESSFUL;
  UnlockExt(ext);
  return STATUS_SUCCESS;
}
