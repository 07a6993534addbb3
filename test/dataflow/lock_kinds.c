// Locks other than spin locks: fast and guarded mutexes, executive
// resources, KMDF wait locks. Each follows its kind: a fast mutex raises to
// APC_LEVEL and its release restores the IRQL its acquire saved; a guarded
// mutex, a resource and a wait lock leave the IRQL alone; a resource may be
// taken again by its holder; Wait == FALSE or a Timeout makes an acquire
// one that may fail. Messages name the kind.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %expect_exit 1 %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ntddk.h>
#include <wdf.h>

typedef struct _EXT {
  FAST_MUTEX Mutex;
  KGUARDED_MUTEX Guarded;
  ERESOURCE Resource;
  KSPIN_LOCK SpinLock;
  HANDLE Key;
  ULONG State;
  WDFWAITLOCK WaitLock;
  KMUTEX KernelMutex;
} EXT, *PEXT;

ULONG LookupPaged(PEXT Ext);
#pragma alloc_text(PAGE, LookupPaged)
ULONG LookupPaged(PEXT Ext) {
  PAGED_CODE();
  return Ext->State;
}

// A kernel mutex is acquired by waiting on it (KeWaitForSingleObject on a
// KMUTEX, or KeWaitForMutexObject), may be taken again by its holder, and
// leaves the IRQL alone; a wait with a timeout may not acquire it.
NTSTATUS KernelMutexes(PEXT Ext, PLARGE_INTEGER Timeout) {
  KeWaitForSingleObject(&Ext->KernelMutex, Executive, KernelMode, FALSE, NULL);
  // CHECK: :[[@LINE-1]]:3: warning: mutex 'Ext->KernelMutex' is acquired by KeWaitForSingleObject but not released on every path out of 'KernelMutexes' [lock-not-released]
  KeWaitForMutexObject(&Ext->KernelMutex, Executive, KernelMode, FALSE, NULL);
  ZwClose(Ext->Key);
  KeReleaseMutex(&Ext->KernelMutex, FALSE);
  if (Ext->State)
    return STATUS_UNSUCCESSFUL;
  KeReleaseMutex(&Ext->KernelMutex, FALSE);
  if (KeWaitForSingleObject(&Ext->KernelMutex, Executive, KernelMode, FALSE,
                            Timeout) == STATUS_SUCCESS)
    KeReleaseMutex(&Ext->KernelMutex, FALSE);
  return STATUS_SUCCESS;
}

// The release restores the PASSIVE_LEVEL the acquire saved.
DRIVER_DISPATCH DispatchClose;
NTSTATUS DispatchClose(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PEXT Ext = (PEXT)DeviceObject->DeviceExtension;
  ExAcquireFastMutex(&Ext->Mutex);
  Ext->State = 0;
  ExReleaseFastMutex(&Ext->Mutex);
  ZwClose(Ext->Key);
  UNREFERENCED_PARAMETER(Irp);
  return STATUS_SUCCESS;
}

// Under the fast mutex the code runs at APC_LEVEL.
DRIVER_DISPATCH DispatchCleanup;
NTSTATUS DispatchCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PEXT Ext = (PEXT)DeviceObject->DeviceExtension;
  ExAcquireFastMutex(&Ext->Mutex);
  ZwClose(Ext->Key);
  // CHECK: :[[@LINE-1]]:3: warning: ZwClose requires IRQL <= PASSIVE_LEVEL, but here the IRQL is APC_LEVEL [irql-too-high]
  ExReleaseFastMutex(&Ext->Mutex);
  UNREFERENCED_PARAMETER(Irp);
  return STATUS_SUCCESS;
}

// An error path that keeps the mutex.
NTSTATUS Update(PEXT Ext, ULONG State) {
  ExAcquireFastMutex(&Ext->Mutex);
  // CHECK: :[[@LINE-1]]:3: warning: fast mutex 'Ext->Mutex' is acquired by ExAcquireFastMutex but not released on every path out of 'Update' [lock-not-released]
  if (State == 0)
    return STATUS_INVALID_PARAMETER;
  Ext->State = State;
  ExReleaseFastMutex(&Ext->Mutex);
  return STATUS_SUCCESS;
}

// Fast and guarded mutexes are not recursive.
VOID Twice(PEXT Ext) {
  ExAcquireFastMutex(&Ext->Mutex);
  ExAcquireFastMutex(&Ext->Mutex);
  // CHECK: :[[@LINE-1]]:3: warning: fast mutex 'Ext->Mutex' is acquired by ExAcquireFastMutex while already held (self-deadlock) [lock-double-acquire]
  ExReleaseFastMutex(&Ext->Mutex);
  ExReleaseFastMutex(&Ext->Mutex);
}

VOID GuardedTwice(PEXT Ext) {
  KeAcquireGuardedMutex(&Ext->Guarded);
  KeAcquireGuardedMutex(&Ext->Guarded);
  // CHECK: :[[@LINE-1]]:3: warning: guarded mutex 'Ext->Guarded' is acquired by KeAcquireGuardedMutex while already held (self-deadlock) [lock-double-acquire]
  KeReleaseGuardedMutex(&Ext->Guarded);
  KeReleaseGuardedMutex(&Ext->Guarded);
}

// A guarded mutex leaves the IRQL where it was: PASSIVE_LEVEL work is fine.
DRIVER_DISPATCH DispatchFlush;
NTSTATUS DispatchFlush(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PEXT Ext = (PEXT)DeviceObject->DeviceExtension;
  KeAcquireGuardedMutex(&Ext->Guarded);
  ZwClose(Ext->Key);
  KeReleaseGuardedMutex(&Ext->Guarded);
  UNREFERENCED_PARAMETER(Irp);
  return STATUS_SUCCESS;
}

// A resource is recursive, keeps the IRQL, and pageable code may run under
// it.
DRIVER_DISPATCH DispatchQuery;
NTSTATUS DispatchQuery(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PEXT Ext = (PEXT)DeviceObject->DeviceExtension;
  ULONG state;
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&Ext->Resource, TRUE);
  ExAcquireResourceSharedLite(&Ext->Resource, TRUE);
  state = LookupPaged(Ext);
  ZwClose(Ext->Key);
  ExReleaseResourceLite(&Ext->Resource);
  ExReleaseResourceLite(&Ext->Resource);
  KeLeaveCriticalRegion();
  Irp->IoStatus.Information = state;
  return STATUS_SUCCESS;
}

// Wait == FALSE: held only where the acquire returned TRUE.
NTSTATUS TryQuery(PEXT Ext) {
  KeEnterCriticalRegion();
  if (!ExAcquireResourceSharedLite(&Ext->Resource, FALSE)) {
    KeLeaveCriticalRegion();
    return STATUS_UNSUCCESSFUL;
  }
  Ext->State++;
  ExReleaseResourceLite(&Ext->Resource);
  KeLeaveCriticalRegion();
  return STATUS_SUCCESS;
}

// Wait unknown: the acquire may have failed; its result decides.
NTSTATUS MaybeWait(PEXT Ext, BOOLEAN Wait) {
  NTSTATUS status = STATUS_UNSUCCESSFUL;
  KeEnterCriticalRegion();
  if (ExAcquireResourceExclusiveLite(&Ext->Resource, Wait)) {
    Ext->State = 0;
    ExReleaseResourceLite(&Ext->Resource);
    status = STATUS_SUCCESS;
  }
  KeLeaveCriticalRegion();
  return status;
}

// Wait == TRUE: always acquired, so an early return leaks it.
NTSTATUS Leak(PEXT Ext) {
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&Ext->Resource, TRUE);
  // CHECK: :[[@LINE-1]]:3: warning: executive resource 'Ext->Resource' is acquired by ExAcquireResourceExclusiveLite but not released on every path out of 'Leak' [lock-not-released]
  if (Ext->State == 0) {
    KeLeaveCriticalRegion();
    return STATUS_UNSUCCESSFUL;
  }
  ExReleaseResourceLite(&Ext->Resource);
  KeLeaveCriticalRegion();
  return STATUS_SUCCESS;
}

// A dispatch routine holds no resource of its caller's.
DRIVER_DISPATCH DispatchShutdown;
NTSTATUS DispatchShutdown(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PEXT Ext = (PEXT)DeviceObject->DeviceExtension;
  KeEnterCriticalRegion();
  ExReleaseResourceLite(&Ext->Resource);
  // CHECK: :[[@LINE-1]]:3: warning: executive resource 'Ext->Resource' is released by ExReleaseResourceLite but is not held on this path [lock-release-unheld]
  KeLeaveCriticalRegion();
  UNREFERENCED_PARAMETER(Irp);
  return STATUS_SUCCESS;
}

// A mutex waits: not under a spin lock.
VOID MutexUnderSpinLock(PEXT Ext) {
  KIRQL irql;
  KeAcquireSpinLock(&Ext->SpinLock, &irql);
  ExAcquireFastMutex(&Ext->Mutex);
  // CHECK: :[[@LINE-1]]:3: warning: ExAcquireFastMutex requires IRQL <= APC_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  ExReleaseFastMutex(&Ext->Mutex);
  KeReleaseSpinLock(&Ext->SpinLock, irql);
}

// The Unsafe forms change no IRQL, and pair only with each other.
VOID Unsafe(PEXT Ext) {
  KeEnterGuardedRegion();
  ExAcquireFastMutexUnsafe(&Ext->Mutex);
  Ext->State = 1;
  ExReleaseFastMutexUnsafe(&Ext->Mutex);
  ExAcquireFastMutex(&Ext->Mutex);
  ExReleaseFastMutexUnsafe(&Ext->Mutex);
  // CHECK: :[[@LINE-1]]:3: warning: 'Ext->Mutex' is released by ExReleaseFastMutexUnsafe (fast-mutex-unsafe) but was acquired by ExAcquireFastMutex (fast-mutex) [dpr-mismatch]
  KeLeaveGuardedRegion();
}

// A wait lock with a timeout may not be acquired; with none it is.
VOID WaitLocks(PEXT Ext) {
  LONGLONG timeout = -10000;
  if (NT_SUCCESS(WdfWaitLockAcquire(Ext->WaitLock, &timeout)))
    WdfWaitLockRelease(Ext->WaitLock);
  WdfWaitLockAcquire(Ext->WaitLock, NULL);
  // CHECK: :[[@LINE-1]]:3: warning: wait lock 'Ext->WaitLock' is acquired by WdfWaitLockAcquire but not released on every path out of 'WaitLocks' [lock-not-released]
  if (Ext->State)
    return;
  WdfWaitLockRelease(Ext->WaitLock);
}

// A framework object's lock (WdfObjectAcquireLock) pairs like any other:
// not recursive, released on every path, not released when not held.
VOID ObjectLockLeaks(WDFQUEUE Queue, ULONG State) {
  WdfObjectAcquireLock(Queue);
  // CHECK: :[[@LINE-1]]:3: warning: object lock 'Queue' is acquired by WdfObjectAcquireLock but not released on every path out of 'ObjectLockLeaks' [lock-not-released]
  if (State)
    return;
  WdfObjectReleaseLock(Queue);
}

VOID ObjectLockTwice(WDFQUEUE Queue) {
  WdfObjectAcquireLock(Queue);
  WdfObjectAcquireLock(Queue);
  // CHECK: :[[@LINE-1]]:3: warning: object lock 'Queue' is acquired by WdfObjectAcquireLock while already held (self-deadlock) [lock-double-acquire]
  WdfObjectReleaseLock(Queue);
  WdfObjectReleaseLock(Queue);
}

VOID ObjectLockGood(WDFQUEUE Queue, ULONG State) {
  WdfObjectAcquireLock(Queue);
  if (State) {
    WdfObjectReleaseLock(Queue);
    return;
  }
  WdfObjectReleaseLock(Queue);
}
