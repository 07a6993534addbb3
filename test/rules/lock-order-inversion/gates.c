// lock-order-inversion and gate locks: two orders of a pair that both run
// under a common outer lock, held exclusively on at least one side, cannot
// interleave, so they are no deadlock -- whether the function holds the
// gate itself or every caller of it does ("held on entry by every
// caller"). A callee that takes a resource every caller already holds
// exclusively takes it again, and waits for nothing. Still reported: a
// gate held shared on both sides (two shared holders run at once), a
// gate on one side only, and a gate that only some callers hold.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <ntifs.h>

typedef struct _VOLUME {
  ERESOURCE Tree;   // the gate: held around both orders below
  ERESOURCE Dirty;  // the list of dirty files
  ERESOURCE Dir;    // the directory
  ERESOURCE Shared; // a gate both sides hold shared
  ERESOURCE Names;
  ERESOURCE Quota;
  ERESOURCE Stats;
  ERESOURCE Log;
  ERESOURCE Journal;
  ULONG DirtyCount;
} VOLUME, *PVOLUME;

typedef struct _FILE_NODE {
  ERESOURCE Main;
  ERESOURCE Paging;
  ERESOURCE Ea;
  PVOLUME Volume;
  ULONG Flags;
} FILE_NODE, *PFILE_NODE;

// ---- the gate held by the function itself on both sides ----

void MarkDirty(PVOLUME Vol, PFILE_NODE File) {
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&Vol->Tree, TRUE);
  ExAcquireResourceExclusiveLite(&File->Main, TRUE);
  ExAcquireResourceExclusiveLite(&Vol->Dirty, TRUE);
  Vol->DirtyCount++;
  ExReleaseResourceLite(&Vol->Dirty);
  ExReleaseResourceLite(&File->Main);
  ExReleaseResourceLite(&Vol->Tree);
  KeLeaveCriticalRegion();
}

void FlushDirty(PVOLUME Vol, PFILE_NODE File) {
  KeEnterCriticalRegion();
  ExAcquireResourceSharedLite(&Vol->Tree, TRUE);
  ExAcquireResourceExclusiveLite(&Vol->Dirty, TRUE);
  ExAcquireResourceExclusiveLite(&File->Main, TRUE);
  File->Flags = 0;
  ExReleaseResourceLite(&File->Main);
  ExReleaseResourceLite(&Vol->Dirty);
  ExReleaseResourceLite(&Vol->Tree);
  KeLeaveCriticalRegion();
}

// ---- the gate held by every caller ----

// Called only with Vol->Tree held (shared): Paging -> Journal under it.
static void DeleteFile(PVOLUME Vol, PFILE_NODE File) {
  ExAcquireResourceExclusiveLite(&File->Paging, TRUE);
  ExAcquireResourceExclusiveLite(&Vol->Journal, TRUE);
  Vol->DirtyCount--;
  ExReleaseResourceLite(&Vol->Journal);
  ExReleaseResourceLite(&File->Paging);
}

// Two levels down: DeleteFile's callers' callers hold the gate.
static void DeleteChild(PVOLUME Vol, PFILE_NODE File) {
  File->Flags |= 1;
  DeleteFile(Vol, File);
}

void Rename(PVOLUME Vol, PFILE_NODE File) {
  KeEnterCriticalRegion();
  ExAcquireResourceSharedLite(&Vol->Tree, TRUE);
  DeleteChild(Vol, File);
  ExReleaseResourceLite(&Vol->Tree);
  KeLeaveCriticalRegion();
}

void Unlink(PVOLUME Vol, PFILE_NODE File) {
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&Vol->Tree, TRUE);
  DeleteFile(Vol, File);
  ExReleaseResourceLite(&Vol->Tree);
  KeLeaveCriticalRegion();
}

// Journal -> Paging, only ever called with Vol->Tree held exclusively.
static void WriteDirty(PVOLUME Vol, PFILE_NODE File) {
  ExAcquireResourceExclusiveLite(&Vol->Journal, TRUE);
  ExAcquireResourceExclusiveLite(&File->Paging, TRUE);
  File->Flags = 0;
  ExReleaseResourceLite(&File->Paging);
  ExReleaseResourceLite(&Vol->Journal);
}

void Flush(PVOLUME Vol, PFILE_NODE File) {
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&Vol->Tree, TRUE);
  WriteDirty(Vol, File);
  ExReleaseResourceLite(&Vol->Tree);
  KeLeaveCriticalRegion();
}

// ---- a resource every caller already holds exclusively ----

// Takes the directory unless its caller holds it: the analysis cannot tell,
// so its summary takes it.
static void UpdateEntry(PVOLUME Vol) {
  BOOLEAN Acquired = FALSE;
  if (!ExIsResourceAcquiredExclusiveLite(&Vol->Dir)) {
    ExAcquireResourceExclusiveLite(&Vol->Dir, TRUE);
    Acquired = TRUE;
  }
  Vol->DirtyCount++;
  if (Acquired)
    ExReleaseResourceLite(&Vol->Dir);
}

// Ea -> Dir through UpdateEntry, but its only caller holds Dir: no wait.
static void CleanupFile(PVOLUME Vol, PFILE_NODE File) {
  ExAcquireResourceExclusiveLite(&File->Ea, TRUE);
  UpdateEntry(Vol);
  ExReleaseResourceLite(&File->Ea);
}

void Cleanup(PVOLUME Vol, PFILE_NODE File) {
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&Vol->Dir, TRUE);
  CleanupFile(Vol, File); // Dir -> Ea
  ExReleaseResourceLite(&Vol->Dir);
  KeLeaveCriticalRegion();
}

// ---- still reported: a gate both sides hold shared ----

void NamesThenQuota(PVOLUME Vol) {
  KeEnterCriticalRegion();
  ExAcquireResourceSharedLite(&Vol->Shared, TRUE);
  ExAcquireResourceExclusiveLite(&Vol->Names, TRUE);
  ExAcquireResourceExclusiveLite(&Vol->Quota, TRUE);
  // CHECK: :[[@LINE-1]]:3: warning: 'VOLUME.Quota' is acquired while 'VOLUME.Names' is held, but the program also takes these locks in the opposite order (VOLUME.Names -> VOLUME.Quota -> VOLUME.Names): {{.*}} [lock-order-inversion]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'VOLUME.Names' acquired here in 'NamesThenQuota'
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'VOLUME.Quota' acquired here by ExAcquireResourceExclusiveLite while 'VOLUME.Names' is held
  // CHECK-NEXT: :[[@LINE+11]]:3: note: 'VOLUME.Quota' acquired here in 'QuotaThenNames'
  // CHECK-NEXT: :[[@LINE+11]]:3: note: 'VOLUME.Names' acquired here by ExAcquireResourceExclusiveLite while 'VOLUME.Quota' is held
  ExReleaseResourceLite(&Vol->Quota);
  ExReleaseResourceLite(&Vol->Names);
  ExReleaseResourceLite(&Vol->Shared);
  KeLeaveCriticalRegion();
}

void QuotaThenNames(PVOLUME Vol) {
  KeEnterCriticalRegion();
  ExAcquireResourceSharedLite(&Vol->Shared, TRUE);
  ExAcquireResourceExclusiveLite(&Vol->Quota, TRUE);
  ExAcquireResourceExclusiveLite(&Vol->Names, TRUE);
  ExReleaseResourceLite(&Vol->Names);
  ExReleaseResourceLite(&Vol->Quota);
  ExReleaseResourceLite(&Vol->Shared);
  KeLeaveCriticalRegion();
}

// ---- still reported: a gate only some callers hold ----

// Stats -> Log; one of its callers holds the gate, the other does not.
static void Account(PVOLUME Vol) {
  ExAcquireResourceExclusiveLite(&Vol->Stats, TRUE);
  ExAcquireResourceExclusiveLite(&Vol->Log, TRUE);
  ExReleaseResourceLite(&Vol->Log);
  ExReleaseResourceLite(&Vol->Stats);
}

void AccountUnderGate(PVOLUME Vol) {
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&Vol->Tree, TRUE);
  Account(Vol);
  ExReleaseResourceLite(&Vol->Tree);
  KeLeaveCriticalRegion();
}

void AccountAlone(PVOLUME Vol) {
  KeEnterCriticalRegion();
  Account(Vol);
  KeLeaveCriticalRegion();
}

void LogThenStats(PVOLUME Vol) {
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&Vol->Tree, TRUE);
  ExAcquireResourceExclusiveLite(&Vol->Log, TRUE);
  ExAcquireResourceExclusiveLite(&Vol->Stats, TRUE);
  // CHECK: :[[@LINE-1]]:3: warning: 'VOLUME.Stats' is acquired while 'VOLUME.Log' is held, but the program also takes these locks in the opposite order (VOLUME.Log -> VOLUME.Stats -> VOLUME.Log): {{.*}} [lock-order-inversion]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'VOLUME.Log' acquired here in 'LogThenStats'
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'VOLUME.Stats' acquired here by ExAcquireResourceExclusiveLite while 'VOLUME.Log' is held
  // CHECK-NEXT: :[[@LINE-28]]:3: note: 'VOLUME.Stats' acquired here in 'Account'
  // CHECK-NEXT: :[[@LINE-28]]:3: note: 'VOLUME.Log' acquired here by ExAcquireResourceExclusiveLite while 'VOLUME.Stats' is held
  ExReleaseResourceLite(&Vol->Stats);
  ExReleaseResourceLite(&Vol->Log);
  ExReleaseResourceLite(&Vol->Tree);
  KeLeaveCriticalRegion();
}
