// A child object that points back at its owner (`Pdo->Vde->Pdo`): a lock
// reached out through one pointer and back through the other is the
// owner's own lock. A helper given the child that releases the owner's
// lock through its back pointer releases the lock its caller took as
// `Pdo->ChildLock`. And a release annotation naming a lock the body never
// releases, while the body releases another lock of the same parameter,
// is not what its callers see (the body's release is). A trip that does
// not come back to the owner's type is still another lock. (The cost: a
// second pointer of the child to another object of the owner's type,
// `Vde->Sibling`, is read as the back pointer too -- see design.md.)
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <ntifs.h>

typedef struct _VOLUME_EXT VOLUME_EXT, *PVOLUME_EXT;
typedef struct _DISK_EXT {
  ERESOURCE ChildLock;
} DISK_EXT, *PDISK_EXT;
typedef struct _PDO_EXT {
  ERESOURCE ChildLock;
  PVOLUME_EXT Vde;
  LIST_ENTRY Links;
  ULONG Children;
} PDO_EXT, *PPDO_EXT;
struct _VOLUME_EXT {
  PPDO_EXT Pdode;
  struct _DISK_EXT *Disk;
  ULONG Removing;
};

LIST_ENTRY PdoList;
ERESOURCE PdoListLock;

// Releases the owner's lock on both paths, through the back pointer.
VOID RemoveChild(PVOLUME_EXT Vde) {
  PPDO_EXT Pdode = Vde->Pdode;
  Pdode->Children--;
  if (Pdode->Children == 0) {
    Vde->Removing = 1;
    ExReleaseResourceLite(&Pdode->ChildLock);
  } else {
    ExReleaseResourceLite(&Pdode->ChildLock);
  }
}

// The same, annotated with a lock its parameter's type does not have.
VOID RemoveChildAnnotated(
    _Requires_exclusive_lock_held_(_Curr_->ChildLock)
        _Releases_exclusive_lock_(_Curr_->ChildLock) PVOLUME_EXT Vde) {
  ExReleaseResourceLite(&Vde->Pdode->ChildLock);
}

VOID VolumeRemoval(ULONG Which, BOOLEAN Annotated) {
  PLIST_ENTRY le;
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&PdoListLock, TRUE);
  for (le = PdoList.Flink; le != &PdoList; le = le->Flink) {
    PPDO_EXT Pdode = CONTAINING_RECORD(le, PDO_EXT, Links);
    BOOLEAN Changed = FALSE;
    ExAcquireResourceExclusiveLite(&Pdode->ChildLock, TRUE);
    if (Pdode->Children == Which) {
      if (Annotated)
        RemoveChildAnnotated(Pdode->Vde);
      else
        RemoveChild(Pdode->Vde);
      Changed = TRUE;
    }
    if (!Changed)
      ExReleaseResourceLite(&Pdode->ChildLock);
    else
      break;
  }
  ExReleaseResourceLite(&PdoListLock);
  KeLeaveCriticalRegion();
}

// `Vde->Disk` is no PDO_EXT: the trip out and on is no round trip, and
// the owner's lock stays held until its own release.
VOID ReleaseDisk(PVOLUME_EXT Vde) {
  ExReleaseResourceLite(&Vde->Disk->ChildLock);
}

VOID ResetDisk(PPDO_EXT Pdode) {
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&Pdode->ChildLock, TRUE);
  ReleaseDisk(Pdode->Vde);
  ExReleaseResourceLite(&Pdode->ChildLock);
  KeLeaveCriticalRegion();
}

// A helper that releases nothing leaves the owner's lock held.
VOID CountChild(PVOLUME_EXT Vde) { Vde->Removing = 0; }

VOID VolumeCount(VOID) {
  PLIST_ENTRY le;
  KeEnterCriticalRegion();
  for (le = PdoList.Flink; le != &PdoList; le = le->Flink) {
    PPDO_EXT Pdode = CONTAINING_RECORD(le, PDO_EXT, Links);
    ExAcquireResourceExclusiveLite(&Pdode->ChildLock, TRUE);
    // CHECK: :[[@LINE-1]]:5: warning: executive resource 'CONTAINING_RECORD(le, PDO_EXT, Links)->ChildLock' is acquired by ExAcquireResourceExclusiveLite but not released on every path out of 'VolumeCount' [lock-not-released]
    if (Pdode->Children == 0) {
      CountChild(Pdode->Vde);
      break;
    }
    ExReleaseResourceLite(&Pdode->ChildLock);
  }
  KeLeaveCriticalRegion();
}
// CHECK-NEXT: :[[@LINE-1]]:1: note: returns here with 'CONTAINING_RECORD(le, PDO_EXT, Links)->ChildLock' held
