// A routine that only ever takes its caller's lock back: it releases the
// lock, and every acquire of it follows a release since the last acquire,
// on every path (a file system's send loop waits for the reader with the
// tree lock dropped, through a helper, inside loops, on some iterations
// only). Whatever path it takes, its first use of the lock lets it go: its
// caller holds it. The analysis starts such a routine with the lock held,
// so the paths that never let it go and those that take it back agree, and
// its summary says "maybe releases, acquires" to its own callers.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %irqlint --dump-summary %s -- %wdk_amd64 | FileCheck %s --check-prefix=SUMMARY

#include <ntddk.h>

typedef struct _VOLUME {
  ERESOURCE TreeLock;
  KEVENT Drained;
} VOLUME, *PVOLUME;

typedef struct _SEND_CONTEXT {
  PVOLUME Vcb;
  ULONG Length;
  ULONG Items;
} SEND_CONTEXT, *PSEND_CONTEXT;

#define SEND_BUFFER_LENGTH 0x1000

NTSTATUS WaitForFlush(PSEND_CONTEXT Context) {
  ExReleaseResourceLite(&Context->Vcb->TreeLock);
  KeWaitForSingleObject(&Context->Vcb->Drained, Executive, KernelMode, FALSE,
                        NULL);
  ExAcquireResourceSharedLite(&Context->Vcb->TreeLock, TRUE);
  return STATUS_SUCCESS;
}
// SUMMARY-LABEL: summary WaitForFlush
// SUMMARY-NEXT: releases Context->Vcb->TreeLock (argument 1) resource by ExReleaseResourceLite
// SUMMARY-NEXT: acquires Context->Vcb->TreeLock (argument 1) resource-shared by ExAcquireResourceSharedLite

// The helper in two loops, on some iterations: no path of FlushItems
// starts with an acquire of the tree lock.
NTSTATUS FlushItems(PSEND_CONTEXT Context) {
  NTSTATUS Status;
  while (Context->Items > 0) {
    if (Context->Length > SEND_BUFFER_LENGTH) {
      Status = WaitForFlush(Context);
      if (!NT_SUCCESS(Status))
        return Status;
    }
    Context->Items--;
  }
  for (ULONG i = 0; i < 4; i++)
    if (Context->Length > SEND_BUFFER_LENGTH) {
      Status = WaitForFlush(Context);
      if (!NT_SUCCESS(Status))
        return Status;
    }
  return STATUS_SUCCESS;
}
// SUMMARY-LABEL: summary FlushItems
// SUMMARY-NEXT: maybe releases Context->Vcb->TreeLock (argument 1) resource by WaitForFlush
// SUMMARY-NEXT: acquires Context->Vcb->TreeLock (argument 1) resource-shared by WaitForFlush

// One level up, still the caller's lock.
NTSTATUS FinishInode(PSEND_CONTEXT Context) {
  if (Context->Items)
    return FlushItems(Context);
  return STATUS_SUCCESS;
}
// SUMMARY-LABEL: summary FinishInode
// SUMMARY-NEXT: maybe releases Context->Vcb->TreeLock (argument 1) resource by FlushItems
// SUMMARY-NEXT: acquires Context->Vcb->TreeLock (argument 1) resource-shared by FlushItems

// The thread holds the lock around the whole walk: no finding.
KSTART_ROUTINE SendThread;
VOID SendThread(PVOID StartContext) {
  PSEND_CONTEXT Context = (PSEND_CONTEXT)StartContext;
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&Context->Vcb->TreeLock, TRUE);
  FinishInode(Context);
  FlushItems(Context);
  ExReleaseResourceLite(&Context->Vcb->TreeLock);
  KeLeaveCriticalRegion();
}

// A thread that forgets the release: reported at its own acquire, not at
// the helper that took the lock back.
KSTART_ROUTINE LeakyThread;
VOID LeakyThread(PVOID StartContext) {
  PSEND_CONTEXT Context = (PSEND_CONTEXT)StartContext;
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&Context->Vcb->TreeLock, TRUE);
  // CHECK: :[[@LINE-1]]:3: warning: executive resource 'Context->Vcb->TreeLock' is acquired by ExAcquireResourceExclusiveLite but not released on every path out of 'LeakyThread' [lock-not-released]
  FinishInode(Context);
  KeLeaveCriticalRegion();
}

// The system calls a thread holding nothing: the helper's retake is a lock
// it never gives back.
KSTART_ROUTINE UnlockedThread;
VOID UnlockedThread(PVOID StartContext) {
  PSEND_CONTEXT Context = (PSEND_CONTEXT)StartContext;
  KeEnterCriticalRegion();
  FlushItems(Context);
  // CHECK: :[[@LINE-1]]:3: warning: executive resource 'Context->Vcb->TreeLock' is acquired by FlushItems but not released on every path out of 'UnlockedThread' [lock-not-released]
  KeLeaveCriticalRegion();
}

// An acquire before the first release on some path: the routine's own
// lock, and its release on the other path is of a lock it does not hold.
VOID TakesOnSomePaths(PSEND_CONTEXT Context, BOOLEAN Take) {
  if (Take)
    ExAcquireResourceSharedLite(&Context->Vcb->TreeLock, TRUE);
  Context->Items++;
  ExReleaseResourceLite(&Context->Vcb->TreeLock);
  // CHECK: :[[@LINE-1]]:3: warning: executive resource 'Context->Vcb->TreeLock' is released by ExReleaseResourceLite but is not held on this path [lock-release-unheld]
}
