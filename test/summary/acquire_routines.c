// Acquire routines: a function that returns holding a lock on the paths
// where it takes it, and without it only on paths that never took it (a
// try that failed, a wait that may time out, a check that said no, the
// thread owning the lock already), is the acquire half of a lock API, not
// a leak; its callers see what it does ("maybe acquires" where some paths
// do not take it). A lock routine that took the lock and let it go again
// on some path meant to release it: what it keeps elsewhere is reported.
// Locks reached from a parameter through CONTAINING_RECORD with a nested
// field, or through the header in front of the object, are the callers'.
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %irqlint --dump-summary %s -- %wdk_amd64 | FileCheck %s --check-prefix=SUMMARY

#include <ntddk.h>

typedef struct _TABLE {
  FAST_MUTEX Mutex;
  BOOLEAN Deleted;
  ULONG Entries;
} TABLE, *PTABLE;

// Waits, or only tries when the caller may not wait; FALSE when the try
// failed or there is no table. It returns TRUE exactly where it holds the
// mutex: a try-acquire for its callers.
BOOLEAN TableLock(PTABLE Table, BOOLEAN CanWait) {
  if (Table == NULL)
    return FALSE;
  if (!CanWait) {
    if (!ExTryToAcquireFastMutex(&Table->Mutex))
      return FALSE;
  } else {
    ExAcquireFastMutex(&Table->Mutex);
  }
  return TRUE;
}
// SUMMARY-LABEL: summary TableLock
// SUMMARY-NEXT: try-acquires Table->Mutex (argument 1) fast-mutex

VOID TableUnlock(PTABLE Table) { ExReleaseFastMutex(&Table->Mutex); }

// A callee's lock routine used as designed: no finding.
VOID TableAdd(PTABLE Table) {
  if (!TableLock(Table, TRUE))
    return;
  Table->Entries++;
  TableUnlock(Table);
}

// A kernel mutex taken without blocking where the caller cannot wait: the
// wait with a zero timeout may return without it.
VOID QueueMutexAcquire(PKMUTEX Mutex) {
  LARGE_INTEGER now;
  if (KeGetCurrentIrql() == DISPATCH_LEVEL) {
    now.QuadPart = 0;
    KeWaitForMutexObject(Mutex, Executive, KernelMode, FALSE, &now);
  } else {
    KeWaitForMutexObject(Mutex, Executive, KernelMode, FALSE, NULL);
  }
}

// A reader/writer lock: a writer keeps the writer spin lock (unless it
// owns the lock already), a reader (at DISPATCH_LEVEL) takes it only to
// wait for a writer to leave.
typedef struct _RW_LOCK {
  KSPIN_LOCK WriterLock;
  volatile LONG Readers;
  PKTHREAD Owner;
} RW_LOCK, *PRW_LOCK;

VOID RwLockAcquire(PRW_LOCK Rw, BOOLEAN Write, PKIRQL OldIrql) {
  if (Write) {
    if (Rw->Owner == KeGetCurrentThread())
      return;
    KeAcquireSpinLock(&Rw->WriterLock, OldIrql);
    while (Rw->Readers != 0)
      YieldProcessor();
    Rw->Owner = KeGetCurrentThread();
  } else {
    InterlockedIncrement(&Rw->Readers);
    KeAcquireSpinLockAtDpcLevel(&Rw->WriterLock);
    KeReleaseSpinLockFromDpcLevel(&Rw->WriterLock);
  }
}

// An object whose interface pointer is a field of a field of its header.
typedef struct _OBJECT_HEADER {
  ULONG Type;
  struct {
    PVOID Interface;
    ULONG References;
  } Outer;
} OBJECT_HEADER;

typedef struct _DEVICE_OBJECT_EX {
  OBJECT_HEADER Header;
  KMUTEX DeviceMutex;
} DEVICE_OBJECT_EX, *PDEVICE_OBJECT_EX;

NTSTATUS DeviceAcquire(PVOID *Interface) {
  PDEVICE_OBJECT_EX Device =
      CONTAINING_RECORD(Interface, DEVICE_OBJECT_EX, Header.Outer.Interface);
  return KeWaitForSingleObject(&Device->DeviceMutex, Executive, KernelMode,
                               FALSE, NULL);
}
// SUMMARY-LABEL: summary DeviceAcquire
// SUMMARY-NEXT: acquires CONTAINING_RECORD(Interface, DEVICE_OBJECT_EX, Header.Outer.Interface)->DeviceMutex (argument 1) kmutex

VOID DeviceRelease(PVOID *Interface) {
  PDEVICE_OBJECT_EX Device =
      CONTAINING_RECORD(Interface, DEVICE_OBJECT_EX, Header.Outer.Interface);
  KeReleaseMutex(&Device->DeviceMutex, FALSE);
}

// At the call, the container of the field is the caller's object again.
VOID DeviceBalanced(PDEVICE_OBJECT_EX Device) {
  DeviceAcquire(&Device->Header.Outer.Interface);
  DeviceRelease(&Device->Header.Outer.Interface);
}
VOID DeviceLeak(PDEVICE_OBJECT_EX Device) {
  DeviceAcquire(&Device->Header.Outer.Interface);
  // CHECK: :[[@LINE-1]]:3: warning: mutex 'Device->DeviceMutex' is acquired by DeviceAcquire but not released on every path out of 'DeviceLeak' [lock-not-released]
  // CHECK-NEXT: :[[@LINE+3]]:5: note: returns here with 'Device->DeviceMutex' held
  // CHECK-NEXT: :[[@LINE-21]]:10: note: 'DeviceAcquire' acquires it here by KeWaitForSingleObject
  if (Device->Header.Type == 0)
    return;
  DeviceRelease(&Device->Header.Outer.Interface);
}

// A header in front of the object the callers pass.
typedef struct _CONTROL_HEADER {
  PKMUTEX ControlMutex;
  ULONG Type;
} CONTROL_HEADER, *PCONTROL_HEADER;

VOID ControlAcquire(PVOID Object) {
  PCONTROL_HEADER Header =
      (PCONTROL_HEADER)((ULONG_PTR)Object - sizeof(CONTROL_HEADER));
  KeWaitForSingleObject(Header->ControlMutex, Executive, KernelMode, FALSE,
                        NULL);
}
// SUMMARY-LABEL: summary ControlAcquire
// SUMMARY-NEXT: acquires *(Object[-1].ControlMutex) (argument 1) kmutex

VOID ControlRelease(PVOID Object) {
  PCONTROL_HEADER Header = (PCONTROL_HEADER)Object - 1;
  KeReleaseMutex(Header->ControlMutex, FALSE);
}
// SUMMARY-LABEL: summary ControlRelease
// SUMMARY-NEXT: releases *(Object[-1].ControlMutex) (argument 1) kmutex

VOID ControlBalanced(PVOID Filter) {
  ControlAcquire(Filter);
  ControlRelease(Filter);
}

// Took the lock and let it go again when the table was deleted, and
// returns TRUE exactly where it keeps it: the result tells its callers
// that they hold it (summary/conditional_lock_wrapper.c), and TableUnlock
// is its release half.
BOOLEAN TableLockLive(PTABLE Table) {
  ExAcquireFastMutex(&Table->Mutex);
  if (Table->Deleted) {
    ExReleaseFastMutex(&Table->Mutex);
    return FALSE;
  }
  return TRUE;
}

// Forgot the release on an error path after taking the lock.
NTSTATUS TableLockChecked(PTABLE Table) {
  ExAcquireFastMutex(&Table->Mutex);
  // CHECK: :[[@LINE-1]]:3: warning: fast mutex 'Table->Mutex' is acquired by ExAcquireFastMutex but not released on every path out of 'TableLockChecked'
  // CHECK-NEXT: :[[@LINE+6]]:5: note: returns here with 'Table->Mutex' held
  if (Table->Deleted) {
    ExReleaseFastMutex(&Table->Mutex);
    return STATUS_DELETE_PENDING;
  }
  if (Table->Entries == 0)
    return STATUS_UNSUCCESSFUL;
  Table->Entries--;
  ExReleaseFastMutex(&Table->Mutex);
  return STATUS_SUCCESS;
}

// What this costs: a function that takes a lock only after a check and
// never releases it anywhere is taken for an acquire routine, whether or
// not its callers know to release it.
BOOLEAN TableIdle(PTABLE Table);
VOID TableLockIfIdle(PTABLE Table) {
  if (!TableIdle(Table))
    return;
  ExAcquireFastMutex(&Table->Mutex);
}
