// _Acquires_nonreentrant_lock_ / _Releases_nonreentrant_lock_ are the
// acquire and release annotations of a lock that must not be taken twice
// (a file system's PnP handlers each release the global data resource their
// dispatch routine took): the same effects as _Acquires_lock_ /
// _Releases_lock_ at the call and in the body.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <ntifs.h>

typedef struct _GLOBAL_DATA {
  ERESOURCE DataResource;
  ULONG Mounts;
} GLOBAL_DATA;

GLOBAL_DATA FsData;

_Releases_nonreentrant_lock_(FsData.DataResource)
NTSTATUS PnpQueryRemove(PIRP Irp);

_Releases_nonreentrant_lock_(FsData.DataResource)
NTSTATUS PnpRemove(PIRP Irp) {
  FsData.Mounts--;
  ExReleaseResourceLite(&FsData.DataResource);
  return STATUS_SUCCESS;
}

_Acquires_nonreentrant_lock_(FsData.DataResource)
VOID AcquireData(VOID);

NTSTATUS CommonPnp(PIRP Irp, UCHAR Minor) {
  NTSTATUS Status;
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&FsData.DataResource, TRUE);
  switch (Minor) {
  case IRP_MN_QUERY_REMOVE_DEVICE:
    Status = PnpQueryRemove(Irp);
    break;
  case IRP_MN_REMOVE_DEVICE:
    Status = PnpRemove(Irp);
    break;
  default:
    ExReleaseResourceLite(&FsData.DataResource);
    Status = STATUS_SUCCESS;
    break;
  }
  KeLeaveCriticalRegion();
  return Status;
}

// The handler that forgets: it released nothing on the default path.
NTSTATUS LeakyPnp(PIRP Irp, UCHAR Minor) {
  NTSTATUS Status = STATUS_SUCCESS;
  KeEnterCriticalRegion();
  AcquireData();
  // CHECK: :[[@LINE-1]]:3: warning: 'FsData.DataResource' is acquired by AcquireData but not released on every path out of 'LeakyPnp' [lock-not-released]
  if (Minor == IRP_MN_REMOVE_DEVICE)
    Status = PnpRemove(Irp);
  KeLeaveCriticalRegion();
  return Status;
}
