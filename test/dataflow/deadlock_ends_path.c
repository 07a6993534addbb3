// An acquire of a lock the path certainly holds, of a kind its holder
// cannot take again (a spin lock, a fast mutex), waits forever: the path
// does not go on past it. lock-double-acquire reports it; nothing after it
// on that path is reported (a bus driver's removal loop whose helper, a
// stub, never drops the list lock it is meant to drop: the second turn of
// the loop deadlocks, so no return leaves with the lock held or the region
// entered).
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <ntddk.h>

typedef struct _BUS_EXTENSION {
  FAST_MUTEX DiskListLock;
  LIST_ENTRY DiskList;
} BUS_EXTENSION, *PBUS_EXTENSION;

// Meant to release the list lock; this one does not.
VOID DeleteDiskDevice(PLIST_ENTRY Entry) { RemoveEntryList(Entry); }

VOID RemoveBusDevice(PBUS_EXTENSION Bus) {
  KeEnterCriticalRegion();
  ExAcquireFastMutex(&Bus->DiskListLock);
  while (!IsListEmpty(&Bus->DiskList)) {
    DeleteDiskDevice(Bus->DiskList.Flink);
    KeEnterCriticalRegion();
    ExAcquireFastMutex(&Bus->DiskListLock);
    // CHECK: :[[@LINE-1]]:5: warning: fast mutex 'Bus->DiskListLock' is acquired by ExAcquireFastMutex while already held (self-deadlock) [lock-double-acquire]
  }
  ExReleaseFastMutex(&Bus->DiskListLock);
  KeLeaveCriticalRegion();
}

// After a self-deadlock nothing runs: no second finding for the release
// of a lock the deadlocked path would have held twice.
VOID TakeTwice(PKSPIN_LOCK Lock) {
  KIRQL Old, Again;
  KeAcquireSpinLock(Lock, &Old);
  KeAcquireSpinLock(Lock, &Again);
  // CHECK: :[[@LINE-1]]:3: warning: '*Lock' is acquired by KeAcquireSpinLock while already held (self-deadlock) [lock-double-acquire]
  KeReleaseSpinLock(Lock, Again);
  KeReleaseSpinLock(Lock, Old);
}
