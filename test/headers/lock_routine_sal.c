// The lock routines of the bundled headers, declared with the SAL the WDK's
// own headers give them (wdm.h, ntifs.h, fltKernel.h, wdfsync.h), called
// by correct driver code: every acquire has its release, at the IRQL the
// documentation allows, in a critical region where one is needed. None of
// it is a finding, whether the annotations expand to nothing (sal.h) or to
// attributes, in the macro shapes of the routines (amd64 and x86) and in
// the function shapes.
// RUN: %irqlint %s -- %wdk_amd64 | count 0
// RUN: %irqlint %s -- %wdk_x86 | count 0
// RUN: %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | count 0
// RUN: %irqlint %s -- %wdk_amd64 -DSAL_AS_ATTRIBUTES | count 0

#ifdef SAL_AS_ATTRIBUTES
#define _IRQL_requires_(irql) __attribute__((annotate("irql=" #irql)))
#define _IRQL_requires_max_(irql) __attribute__((annotate("irql<=" #irql)))
#define _IRQL_requires_min_(irql) __attribute__((annotate("irql>=" #irql)))
#define _IRQL_raises_(irql) __attribute__((annotate("raises " #irql)))
#define _IRQL_saves_ __attribute__((annotate("saves")))
#define _IRQL_restores_ __attribute__((annotate("restores")))
#define _IRQL_saves_global_(kind, param) __attribute__((annotate("saves " #kind)))
#define _IRQL_restores_global_(kind, param)                                    \
  __attribute__((annotate("restores " #kind)))
#define _IRQL_uses_cancel_ __attribute__((annotate("uses cancel")))
#define _Function_class_(name) __attribute__((annotate("class " #name)))
#define _Acquires_lock_(l) __attribute__((annotate("acquires " #l)))
#define _Acquires_exclusive_lock_(l) __attribute__((annotate("excl " #l)))
#define _Acquires_shared_lock_(l) __attribute__((annotate("shared " #l)))
#define _Releases_lock_(l) __attribute__((annotate("releases " #l)))
#define _Requires_lock_held_(l) __attribute__((annotate("held " #l)))
#define _Requires_lock_not_held_(l) __attribute__((annotate("not held " #l)))
#define _Post_same_lock_(a, b) __attribute__((annotate("same " #a " " #b)))
#define _When_(cond, annos) __attribute__((annotate("when " #cond)))
#define _Always_(annos) annos
#define _At_(target, annos) annos
#define _Success_(expr) __attribute__((annotate("success " #expr)))
#define _Post_satisfies_(expr) __attribute__((annotate("post " #expr)))
#define _Must_inspect_result_ __attribute__((warn_unused_result))
#endif

#include <fltKernel.h>
#include <wdf.h>

typedef struct _LOCKS {
  FAST_MUTEX FastMutex;
  KGUARDED_MUTEX GuardedMutex;
  ERESOURCE Resource;
  EX_PUSH_LOCK PushLock;
  KMUTEX Mutex;
  KEVENT Event;
  KSPIN_LOCK SpinLock;
  EX_SPIN_LOCK ExLock;
  ULONG Count;
} LOCKS, *PLOCKS;

// ---- PASSIVE_LEVEL: a work item ----

IO_WORKITEM_ROUTINE InitLocks;
VOID InitLocks(PDEVICE_OBJECT DeviceObject, PVOID Context) {
  PLOCKS l = (PLOCKS)Context;
  UNREFERENCED_PARAMETER(DeviceObject);
  ExInitializeFastMutex(&l->FastMutex);
  KeInitializeGuardedMutex(&l->GuardedMutex);
  ExInitializeResourceLite(&l->Resource);
  ExInitializePushLock(&l->PushLock);
  KeInitializeMutex(&l->Mutex, 0);
  KeInitializeEvent(&l->Event, NotificationEvent, FALSE);
  KeInitializeSpinLock(&l->SpinLock);
  l->ExLock = 0;
}

IO_WORKITEM_ROUTINE UseFastMutex;
VOID UseFastMutex(PDEVICE_OBJECT DeviceObject, PVOID Context) {
  PLOCKS l = (PLOCKS)Context;
  UNREFERENCED_PARAMETER(DeviceObject);
  ExAcquireFastMutex(&l->FastMutex);
  l->Count++;
  ExReleaseFastMutex(&l->FastMutex);
  if (ExTryToAcquireFastMutex(&l->FastMutex)) {
    l->Count++;
    ExReleaseFastMutex(&l->FastMutex);
  }
  KeEnterCriticalRegion();
  ExAcquireFastMutexUnsafe(&l->FastMutex);
  l->Count++;
  ExReleaseFastMutexUnsafe(&l->FastMutex);
  KeLeaveCriticalRegion();
}

IO_WORKITEM_ROUTINE UseGuardedMutex;
VOID UseGuardedMutex(PDEVICE_OBJECT DeviceObject, PVOID Context) {
  PLOCKS l = (PLOCKS)Context;
  UNREFERENCED_PARAMETER(DeviceObject);
  KeAcquireGuardedMutex(&l->GuardedMutex);
  l->Count++;
  KeReleaseGuardedMutex(&l->GuardedMutex);
  if (KeTryToAcquireGuardedMutex(&l->GuardedMutex)) {
    l->Count++;
    KeReleaseGuardedMutex(&l->GuardedMutex);
  }
  KeEnterGuardedRegion();
  KeAcquireGuardedMutexUnsafe(&l->GuardedMutex);
  l->Count++;
  KeReleaseGuardedMutexUnsafe(&l->GuardedMutex);
  KeLeaveGuardedRegion();
}

IO_WORKITEM_ROUTINE UseResource;
VOID UseResource(PDEVICE_OBJECT DeviceObject, PVOID Context) {
  PLOCKS l = (PLOCKS)Context;
  UNREFERENCED_PARAMETER(DeviceObject);
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&l->Resource, TRUE);
  if (ExIsResourceAcquiredExclusiveLite(&l->Resource))
    l->Count++;
  ExConvertExclusiveToSharedLite(&l->Resource);
  ExReleaseResourceLite(&l->Resource);
  ExAcquireResourceSharedLite(&l->Resource, TRUE);
  l->Count += ExIsResourceAcquiredSharedLite(&l->Resource);
  ExReleaseResourceLite(&l->Resource);
  ExAcquireSharedStarveExclusive(&l->Resource, TRUE);
  l->Count++;
  ExReleaseResourceLite(&l->Resource);
  ExAcquireSharedWaitForExclusive(&l->Resource, TRUE);
  l->Count += ExIsResourceAcquiredLite(&l->Resource);
  ExReleaseResourceForThreadLite(&l->Resource, ExGetCurrentResourceThread());
  if (ExAcquireResourceExclusiveLite(&l->Resource, FALSE)) {
    l->Count++;
    ExReleaseResource(&l->Resource);
  }
  KeLeaveCriticalRegion();
}

IO_WORKITEM_ROUTINE UseResourceRegion;
VOID UseResourceRegion(PDEVICE_OBJECT DeviceObject, PVOID Context) {
  PLOCKS l = (PLOCKS)Context;
  UNREFERENCED_PARAMETER(DeviceObject);
  ExEnterCriticalRegionAndAcquireResourceExclusive(&l->Resource);
  l->Count++;
  ExReleaseResourceAndLeaveCriticalRegion(&l->Resource);
  ExEnterCriticalRegionAndAcquireResourceShared(&l->Resource);
  l->Count++;
  ExReleaseResourceAndLeaveCriticalRegion(&l->Resource);
  ExEnterCriticalRegionAndAcquireSharedWaitForExclusive(&l->Resource);
  l->Count++;
  ExReleaseResourceAndLeaveCriticalRegion(&l->Resource);
}

IO_WORKITEM_ROUTINE UsePushLock;
VOID UsePushLock(PDEVICE_OBJECT DeviceObject, PVOID Context) {
  PLOCKS l = (PLOCKS)Context;
  UNREFERENCED_PARAMETER(DeviceObject);
  KeEnterCriticalRegion();
  ExAcquirePushLockExclusive(&l->PushLock);
  l->Count++;
  ExReleasePushLockExclusive(&l->PushLock);
  ExAcquirePushLockShared(&l->PushLock);
  l->Count++;
  ExReleasePushLockShared(&l->PushLock);
  ExAcquirePushLockExclusiveEx(&l->PushLock, EX_DEFAULT_PUSH_LOCK_FLAGS);
  l->Count++;
  ExReleasePushLockExclusiveEx(&l->PushLock, EX_DEFAULT_PUSH_LOCK_FLAGS);
  ExAcquirePushLockSharedEx(&l->PushLock, 0);
  l->Count++;
  ExReleasePushLockSharedEx(&l->PushLock, 0);
  KeLeaveCriticalRegion();
}

IO_WORKITEM_ROUTINE UseFilterLocks;
VOID UseFilterLocks(PDEVICE_OBJECT DeviceObject, PVOID Context) {
  PLOCKS l = (PLOCKS)Context;
  UNREFERENCED_PARAMETER(DeviceObject);
  FltInitializePushLock(&l->PushLock);
  FltAcquirePushLockExclusive(&l->PushLock);
  l->Count++;
  FltReleasePushLock(&l->PushLock);
  FltAcquirePushLockShared(&l->PushLock);
  l->Count++;
  FltReleasePushLock(&l->PushLock);
  FltAcquirePushLockExclusiveEx(&l->PushLock, FLT_PUSH_LOCK_DISABLE_AUTO_BOOST);
  l->Count++;
  FltReleasePushLockEx(&l->PushLock, FLT_PUSH_LOCK_DISABLE_AUTO_BOOST);
  FltAcquirePushLockSharedEx(&l->PushLock, 0);
  l->Count++;
  FltReleasePushLockEx(&l->PushLock, 0);
  FltDeletePushLock(&l->PushLock);
  FltAcquireResourceExclusive(&l->Resource);
  l->Count++;
  FltReleaseResource(&l->Resource);
  FltAcquireResourceShared(&l->Resource);
  l->Count++;
  FltReleaseResource(&l->Resource);
}

IO_WORKITEM_ROUTINE UseRegions;
VOID UseRegions(PDEVICE_OBJECT DeviceObject, PVOID Context) {
  PLOCKS l = (PLOCKS)Context;
  UNREFERENCED_PARAMETER(DeviceObject);
  FsRtlEnterFileSystem();
  if (KeAreApcsDisabled())
    l->Count++;
  FsRtlExitFileSystem();
  KeEnterGuardedRegion();
  if (KeAreAllApcsDisabled())
    l->Count++;
  KeLeaveGuardedRegion();
}

IO_WORKITEM_ROUTINE UseKernelMutex;
VOID UseKernelMutex(PDEVICE_OBJECT DeviceObject, PVOID Context) {
  PLOCKS l = (PLOCKS)Context;
  PVOID objects[2];
  UNREFERENCED_PARAMETER(DeviceObject);
  KeWaitForSingleObject(&l->Mutex, Executive, KernelMode, FALSE, NULL);
  l->Count++;
  KeReleaseMutex(&l->Mutex, FALSE);
  KeWaitForMutexObject(&l->Mutex, Executive, KernelMode, FALSE, NULL);
  l->Count++;
  KeReleaseMutex(&l->Mutex, FALSE);
  objects[0] = &l->Mutex;
  objects[1] = &l->Event;
  if (KeWaitForMultipleObjects(2, objects, WaitAll, Executive, KernelMode,
                               FALSE, NULL, NULL) == STATUS_SUCCESS) {
    l->Count++;
    KeReleaseMutex(&l->Mutex, FALSE);
  }
}

IO_WORKITEM_ROUTINE FreeLocks;
VOID FreeLocks(PDEVICE_OBJECT DeviceObject, PVOID Context) {
  PLOCKS l = (PLOCKS)Context;
  UNREFERENCED_PARAMETER(DeviceObject);
  ExDeleteResourceLite(&l->Resource);
}

// ---- spin locks: raising to DISPATCH_LEVEL ----

IO_WORKITEM_ROUTINE UseSpinLocks;
VOID UseSpinLocks(PDEVICE_OBJECT DeviceObject, PVOID Context) {
  PLOCKS l = (PLOCKS)Context;
  KIRQL irql;
  KLOCK_QUEUE_HANDLE handle;
  UNREFERENCED_PARAMETER(DeviceObject);
  KeAcquireSpinLock(&l->SpinLock, &irql);
  l->Count++;
  KeReleaseSpinLock(&l->SpinLock, irql);
#ifndef _X86_
  irql = KeAcquireSpinLockRaiseToDpc(&l->SpinLock);
  l->Count++;
  KeReleaseSpinLock(&l->SpinLock, irql);
#endif
  KeAcquireInStackQueuedSpinLock(&l->SpinLock, &handle);
  l->Count++;
  KeReleaseInStackQueuedSpinLock(&handle);
  irql = ExAcquireSpinLockExclusive(&l->ExLock);
  l->Count++;
  ExReleaseSpinLockExclusive(&l->ExLock, irql);
  irql = ExAcquireSpinLockShared(&l->ExLock);
  l->Count++;
  ExReleaseSpinLockShared(&l->ExLock, irql);
}

// ---- the ForDpc routines, in the threaded DPC they are documented for ----

KDEFERRED_ROUTINE ThreadedDpcSpinLocks;
VOID ThreadedDpcSpinLocks(PKDPC Dpc, PVOID DeferredContext,
                          PVOID SystemArgument1, PVOID SystemArgument2) {
  PLOCKS l = (PLOCKS)DeferredContext;
  KIRQL irql;
  KLOCK_QUEUE_HANDLE handle;
  UNREFERENCED_PARAMETER(Dpc);
  UNREFERENCED_PARAMETER(SystemArgument1);
  UNREFERENCED_PARAMETER(SystemArgument2);
  irql = KeAcquireSpinLockForDpc(&l->SpinLock);
  l->Count++;
  KeReleaseSpinLockForDpc(&l->SpinLock, irql);
  KeAcquireInStackQueuedSpinLockForDpc(&l->SpinLock, &handle);
  l->Count++;
  KeReleaseInStackQueuedSpinLockForDpc(&handle);
}

// ---- DISPATCH_LEVEL: a DPC ----

KDEFERRED_ROUTINE DpcSpinLocks;
VOID DpcSpinLocks(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1,
                  PVOID SystemArgument2) {
  PLOCKS l = (PLOCKS)DeferredContext;
  KLOCK_QUEUE_HANDLE handle;
  UNREFERENCED_PARAMETER(Dpc);
  UNREFERENCED_PARAMETER(SystemArgument1);
  UNREFERENCED_PARAMETER(SystemArgument2);
  KeAcquireSpinLockAtDpcLevel(&l->SpinLock);
  l->Count++;
  KeReleaseSpinLockFromDpcLevel(&l->SpinLock);
  if (KeTryToAcquireSpinLockAtDpcLevel(&l->SpinLock)) {
    l->Count++;
    KeReleaseSpinLockFromDpcLevel(&l->SpinLock);
  }
  KeAcquireInStackQueuedSpinLockAtDpcLevel(&l->SpinLock, &handle);
  l->Count++;
  KeReleaseInStackQueuedSpinLockFromDpcLevel(&handle);
  ExAcquireSpinLockExclusiveAtDpcLevel(&l->ExLock);
  l->Count++;
  ExReleaseSpinLockExclusiveFromDpcLevel(&l->ExLock);
  ExAcquireSpinLockSharedAtDpcLevel(&l->ExLock);
  l->Count++;
  ExReleaseSpinLockSharedFromDpcLevel(&l->ExLock);
  ExAcquireSpinLockSharedAtDpcLevel(&l->ExLock);
  if (ExTryConvertSharedSpinLockExclusive(&l->ExLock)) {
    l->Count = 0;
    ExReleaseSpinLockExclusiveFromDpcLevel(&l->ExLock);
  } else {
    ExReleaseSpinLockSharedFromDpcLevel(&l->ExLock);
  }
  if (ExTryAcquireSpinLockExclusiveAtDpcLevel(&l->ExLock)) {
    l->Count++;
    ExReleaseSpinLockExclusiveFromDpcLevel(&l->ExLock);
  }
  if (ExTryAcquireSpinLockSharedAtDpcLevel(&l->ExLock)) {
    l->Count++;
    ExReleaseSpinLockSharedFromDpcLevel(&l->ExLock);
  }
}

// ---- the cancel spin lock ----

DRIVER_CANCEL CancelIrp;
VOID CancelIrp(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  UNREFERENCED_PARAMETER(DeviceObject);
  IoReleaseCancelSpinLock(Irp->CancelIrql);
  Irp->IoStatus.Status = STATUS_CANCELLED;
  Irp->IoStatus.Information = 0;
  IoCompleteRequest(Irp, IO_NO_INCREMENT);
}

DRIVER_DISPATCH DispatchQueue;
NTSTATUS DispatchQueue(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  KIRQL irql;
  UNREFERENCED_PARAMETER(DeviceObject);
  IoAcquireCancelSpinLock(&irql);
  IoMarkIrpPending(Irp);
  IoSetCancelRoutine(Irp, CancelIrp);
  IoReleaseCancelSpinLock(irql);
  return STATUS_PENDING;
}

// ---- KMDF ----

typedef struct _DEVICE_LOCKS {
  WDFWAITLOCK WaitLock;
  WDFSPINLOCK SpinLock;
  ULONG Count;
} DEVICE_LOCKS, *PDEVICE_LOCKS;

PDEVICE_LOCKS GetDeviceLocks(WDFOBJECT Object);

EVT_WDF_DEVICE_CONTEXT_CLEANUP DeviceCleanup;
VOID DeviceCleanup(WDFOBJECT Object) {
  PDEVICE_LOCKS d = GetDeviceLocks(Object);
  WdfWaitLockAcquire(d->WaitLock, NULL);
  d->Count++;
  WdfWaitLockRelease(d->WaitLock);
  WdfObjectAcquireLock(Object);
  d->Count++;
  WdfObjectReleaseLock(Object);
}

EVT_WDF_DPC DeviceDpc;
VOID DeviceDpc(WDFDPC Dpc) {
  PDEVICE_LOCKS d = GetDeviceLocks(WdfDpcGetParentObject(Dpc));
  WdfSpinLockAcquire(d->SpinLock);
  d->Count++;
  WdfSpinLockRelease(d->SpinLock);
}
