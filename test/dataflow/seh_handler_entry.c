// Where an __except handler is entered from: before a call that may raise,
// or at the end of a block of the __try body -- not from before the __try.
// Lock, region and IRQL routines raise nothing, so a body that starts by
// entering the file system's critical region enters the handler inside it
// (a file system's worker: the region left in an outer __finally), and a
// flag set right after an acquire is set wherever the handler can be
// entered with the lock held.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <ntifs.h>

typedef struct _IRP_CONTEXT {
  ERESOURCE *Resource;
  LIST_ENTRY List;
} IRP_CONTEXT, *PIRP_CONTEXT;

ERESOURCE ListLock;
ERESOURCE GlobalLock;

VOID DispatchRequest(PIRP_CONTEXT IrpContext);
VOID Forward(PLIST_ENTRY Entry);
LONG Filter(PIRP_CONTEXT IrpContext);

VOID ExceptionHandler(PIRP_CONTEXT IrpContext) {
  ExAcquireResourceExclusiveLite(IrpContext->Resource, TRUE);
  ExReleaseResourceLite(IrpContext->Resource);
}

WORKER_THREAD_ROUTINE DeQueueRequest;
VOID DeQueueRequest(PVOID Context) {
  PIRP_CONTEXT IrpContext = (PIRP_CONTEXT)Context;
  __try {
    __try {
      FsRtlEnterFileSystem();
      DispatchRequest(IrpContext);
    } __except (Filter(IrpContext)) {
      ExceptionHandler(IrpContext);
    }
  } __finally {
    FsRtlExitFileSystem();
  }
}

VOID ForwardAll(PIRP_CONTEXT IrpContext) {
  BOOLEAN ListLockAcquired;
  PLIST_ENTRY Entry;
  KeEnterCriticalRegion();
  __try {
    ExAcquireResourceExclusiveLite(&ListLock, TRUE);
    ListLockAcquired = TRUE;
    for (Entry = IrpContext->List.Flink; Entry != &IrpContext->List;
         Entry = Entry->Flink) {
      ExReleaseResourceLite(&ListLock);
      ListLockAcquired = FALSE;
      ExAcquireResourceExclusiveLite(&GlobalLock, TRUE);
      ExReleaseResourceLite(&GlobalLock);
      Forward(Entry);
      ExAcquireResourceExclusiveLite(&ListLock, TRUE);
      ListLockAcquired = TRUE;
    }
    ExReleaseResourceLite(&ListLock);
    ListLockAcquired = FALSE;
  } __except (EXCEPTION_EXECUTE_HANDLER) {
    if (ListLockAcquired)
      ExReleaseResourceLite(&ListLock);
  }
  KeLeaveCriticalRegion();
}

// A call that raises while the lock is held, and a handler that does not
// release it: the lock leaks on that path (found because the handler is
// entered from the state before the call, not only at the blocks' ends).
VOID LeaksOnException(PIRP_CONTEXT IrpContext) {
  KeEnterCriticalRegion();
  __try {
    ExAcquireResourceExclusiveLite(&ListLock, TRUE);
    // CHECK: :[[@LINE-1]]:5: warning: executive resource 'ListLock' is acquired by ExAcquireResourceExclusiveLite but not released on every path out of 'LeaksOnException' [lock-not-released]
    Forward(&IrpContext->List);
    ExReleaseResourceLite(&ListLock);
  } __except (EXCEPTION_EXECUTE_HANDLER) {
    IrpContext->Resource = NULL;
  }
  KeLeaveCriticalRegion();
}
