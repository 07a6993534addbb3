// A local given an accessor's result (`Ext = VolumeExtension(DeviceObject)`,
// an inline function returning `DeviceObject->DeviceExtension`) is an alias
// of the path the accessor returns: a file system's lock and unlock
// wrappers, each reaching the volume's mutex through the accessor, name
// the lock as their callers can (`DeviceObject->DeviceExtension->Mutex`),
// so they are a wrapper pair, not a leak, and their callers are checked
// with them. An accessor that writes what it returns, or returns different
// paths, is not one. A release that lets go of the lock on behalf of the
// thread that took it (ExReleaseResourceForThreadLite, here on one path of
// a wrapper) need not follow an acquire in its caller.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %irqlint --dump-summary %s -- %wdk_amd64 | FileCheck %s --check-prefix=SUMMARY

#include <ntifs.h>

typedef struct _VOLUME_EXTENSION {
  FAST_MUTEX ContextMutex;
  ERESOURCE RenameResource;
  ULONG Contexts;
} VOLUME_EXTENSION, *PVOLUME_EXTENSION;

static __inline PVOLUME_EXTENSION VolumeExtension(PDEVICE_OBJECT DeviceObject) {
  ASSERT(DeviceObject->DeviceExtension);
  return DeviceObject->DeviceExtension;
}
// SUMMARY-LABEL: summary VolumeExtension
// SUMMARY-NEXT: returns the value of DeviceObject->DeviceExtension (argument 1)

static __inline VOID LockContexts(PDEVICE_OBJECT DeviceObject) {
  PVOLUME_EXTENSION Ext = VolumeExtension(DeviceObject);
  ExAcquireFastMutex(&Ext->ContextMutex);
}
// SUMMARY-LABEL: summary LockContexts
// SUMMARY-NEXT: acquires DeviceObject->DeviceExtension->ContextMutex (argument 1) fast-mutex

static __inline VOID UnlockContexts(PDEVICE_OBJECT DeviceObject) {
  PVOLUME_EXTENSION Ext = VolumeExtension(DeviceObject);
  ExReleaseFastMutex(&Ext->ContextMutex);
}

VOID CountContext(PDEVICE_OBJECT DeviceObject) {
  LockContexts(DeviceObject);
  VolumeExtension(DeviceObject)->Contexts++;
  UnlockContexts(DeviceObject);
}

NTSTATUS AddContext(PDEVICE_OBJECT DeviceObject, ULONG Limit) {
  LockContexts(DeviceObject);
  // CHECK: :[[@LINE-1]]:3: warning: fast mutex 'DeviceObject->DeviceExtension->ContextMutex' is acquired by LockContexts but not released on every path out of 'AddContext' [lock-not-released]
  if (VolumeExtension(DeviceObject)->Contexts >= Limit)
    return STATUS_INSUFFICIENT_RESOURCES;
  // CHECK-NEXT: :[[@LINE-1]]:5: note: returns here with 'DeviceObject->DeviceExtension->ContextMutex' held
  VolumeExtension(DeviceObject)->Contexts++;
  UnlockContexts(DeviceObject);
  return STATUS_SUCCESS;
}

// Not an accessor: it writes what it returns.
static __inline PVOLUME_EXTENSION SwapExtension(PDEVICE_OBJECT DeviceObject,
                                                PVOID Other) {
  DeviceObject->DeviceExtension = Other;
  return DeviceObject->DeviceExtension;
}
// SUMMARY-LABEL: summary SwapExtension
// SUMMARY-NEXT: summary ReleaseRenameOwner

// Released by the thread that holds it, or on behalf of the one that took
// it (the owner a work item was handed).
VOID ReleaseRenameOwner(PDEVICE_OBJECT DeviceObject, PVOID Owner) {
  PVOLUME_EXTENSION Ext = VolumeExtension(DeviceObject);
  if (ExIsResourceAcquiredLite(&Ext->RenameResource))
    ExReleaseResourceLite(&Ext->RenameResource);
  else
    ExReleaseResourceForThreadLite(&Ext->RenameResource,
                                   (ERESOURCE_THREAD)Owner | 3);
}
// SUMMARY-NEXT: releases DeviceObject->DeviceExtension->RenameResource (argument 1) resource for its owner thread by ExReleaseResourceForThreadLite

VOID NotifyDone(PDEVICE_OBJECT DeviceObject, PVOID Owner) {
  KeEnterCriticalRegion();
  ReleaseRenameOwner(DeviceObject, Owner);
  KeLeaveCriticalRegion();
}
