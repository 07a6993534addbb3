// A local pointer a branch tests has a fact of its value, as a flag does:
// NULL after `p = NULL` or on the false edge of `if (p)`, not NULL after
// `p = &x`, after a copy of a pointer known not NULL (`p = q`), and once
// the path reads or writes through it (`p->Count`, `&p->Resource` given to
// a call). A path that dereferences a pointer known to be NULL goes no
// further. So a worker that keeps a volume's resource while the pointer to
// that volume is not NULL is read the way it is written: the pointer says
// whether the resource is held.
// Still reported: the pointer given another value between the acquire and
// its test; and a local whose address the function hands out is not
// followed (a callee may fill it in).
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %irqlint --dump-state %s -- %wdk_amd64 | FileCheck %s --check-prefix=STATE

#include <ntifs.h>

typedef struct _VOLUME {
  ERESOURCE Resource;
  ULONG OpenCount;
  ULONG Hits;
} VOLUME, *PVOLUME;

typedef struct _REQUEST {
  LIST_ENTRY Links;
  PVOLUME Volume;
} REQUEST, *PREQUEST;

PREQUEST DequeueRequest(VOID);
VOID CompleteRequest(PREQUEST Request);
PVOLUME FindVolume(ULONG Id);
VOID CountRequest(VOID);

FAST_MUTEX TableMutex;
KSPIN_LOCK StatsLock;
KSPIN_LOCK SharedStatsLock;

// Consecutive requests for one volume share one acquisition of its
// resource; `Held` is NULL exactly when no resource is held. On the way
// where the request's volume is `Held` and `Held` is NULL, `Held->OpenCount`
// dereferences NULL: that path does not exist.
VOID DrainRequests(VOID) {
  PREQUEST Request;
  PVOLUME Held = NULL;
  KeEnterCriticalRegion();
  while ((Request = DequeueRequest()) != NULL) {
    if (Request->Volume != Held) {
      if (Held != NULL)
        ExReleaseResourceLite(&Held->Resource);
      Held = Request->Volume;
      ExAcquireResourceExclusiveLite(&Held->Resource, TRUE);
    }
    if (Held->OpenCount <= 1) {
      ExReleaseResourceLite(&Held->Resource);
      Held = NULL;
    }
    CompleteRequest(Request);
  }
  if (Held != NULL)
    ExReleaseResourceLite(&Held->Resource);
  KeLeaveCriticalRegion();
}

// `Locked = &SharedStatsLock`: an address is not NULL.
VOID UpdateStats(BOOLEAN Shared) {
  KIRQL Irql;
  PKSPIN_LOCK Locked = NULL;
  if (Shared) {
    KeAcquireSpinLock(&SharedStatsLock, &Irql);
    Locked = &SharedStatsLock;
  }
  CountRequest();
  if (Locked != NULL)
    KeReleaseSpinLock(&SharedStatsLock, Irql);
}

// A copy of a pointer known not NULL (dereferenced just before) is not
// NULL; a copy of NULL is NULL.
VOID CacheVolume(ULONG Id, BOOLEAN Lookup) {
  PVOLUME Found = NULL;
  PVOLUME Cached;
  if (Lookup) {
    Found = FindVolume(Id);
    ExAcquireFastMutex(&TableMutex);
    Found->Hits++;
  }
  Cached = Found;
  CountRequest();
  if (!Cached)
    return;
  ExReleaseFastMutex(&TableMutex);
}

// STATE-LABEL: function CacheVolume
// STATE: {TableMutex fast-mutex @[[@LINE-11]]:5 {{.*}}} irql APC {{.*}}[Cached != 0] [Found != 0]

// Bug: the pointer is given another value before its test, which then no
// longer tells whether the resource is held.
VOID ReleaseAfterReassign(PVOLUME Volume, PVOLUME Other) {
  PVOLUME Held = NULL;
  KeEnterCriticalRegion();
  if (Volume->OpenCount > 1) {
    ExAcquireResourceExclusiveLite(&Volume->Resource, TRUE);
    // CHECK: :[[@LINE-1]]:5: warning: executive resource 'Volume->Resource' is acquired by ExAcquireResourceExclusiveLite but not released on every path out of 'ReleaseAfterReassign' [lock-not-released]
    Held = Volume;
  }
  Held = Other;
  if (Held != NULL)
    ExReleaseResourceLite(&Volume->Resource);
  // CHECK: :[[@LINE-1]]:5: warning: executive resource 'Volume->Resource' is released by ExReleaseResourceLite but is not held on this path [lock-release-unheld]
  KeLeaveCriticalRegion();
}

typedef struct _QUERY {
  ULONG Id;
  PVOLUME *Result;
} QUERY, *PQUERY;

VOID RunQuery(PQUERY Query);

// `Volume`'s address is handed out (RunQuery fills it in through
// Query.Result): its NULL initializer says nothing about the dereference
// below, and the path that returns with the resource held goes on to be
// reported.
VOID LockQueried(ULONG Id) {
  PVOLUME Volume = NULL;
  QUERY Query;
  Query.Id = Id;
  Query.Result = &Volume;
  KeEnterCriticalRegion();
  RunQuery(&Query);
  ExAcquireResourceExclusiveLite(&Volume->Resource, TRUE);
  // CHECK: :[[@LINE-1]]:3: warning: executive resource 'Volume->Resource' is acquired by ExAcquireResourceExclusiveLite but not released on every path out of 'LockQueried' [lock-not-released]
  if (Volume->OpenCount == 0) {
    KeLeaveCriticalRegion();
    return;
  }
  ExReleaseResourceLite(&Volume->Resource);
  KeLeaveCriticalRegion();
  if (Volume != NULL)
    CountRequest();
}
