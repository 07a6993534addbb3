// Calls through struct fields the program fills only with known functions:
// a queue's operations table (a designated initializer) whose Lock
// operation returns holding the queue's spin lock, and a command table (a
// positional initializer of a struct array) whose handlers all wait. One
// target: its summary applies as for a direct call. Several: what they all
// do applies (both handlers wait, so a call under a spin lock is too
// high); where they differ nothing does (one waits, one does not).
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %irqlint --dump-summary %s -- %wdk_amd64 | FileCheck %s --check-prefix=DUMP

#include <wdm.h>

typedef struct _QUEUE QUEUE, *PQUEUE;

typedef VOID QUEUE_OPERATION(PQUEUE Queue);

typedef struct _QUEUE_OPS {
  QUEUE_OPERATION *Lock;
  QUEUE_OPERATION *Unlock;
} QUEUE_OPS;

struct _QUEUE {
  KSPIN_LOCK Lock;
  KIRQL OldIrql;
  const QUEUE_OPS *Ops;
  LIST_ENTRY Items;
  KEVENT Idle;
};

static VOID SpinLockQueue(PQUEUE Queue) {
  KeAcquireSpinLock(&Queue->Lock, &Queue->OldIrql);
}

static VOID SpinUnlockQueue(PQUEUE Queue) {
  KeReleaseSpinLock(&Queue->Lock, Queue->OldIrql);
}

static const QUEUE_OPS SpinQueueOps = {
    .Lock = SpinLockQueue,
    .Unlock = SpinUnlockQueue,
};

VOID QueueInitialize(PQUEUE Queue) {
  KeInitializeSpinLock(&Queue->Lock);
  InitializeListHead(&Queue->Items);
  Queue->Ops = &SpinQueueOps;
}

VOID QueueInsert(PQUEUE Queue, PLIST_ENTRY Item) {
  Queue->Ops->Lock(Queue);
  InsertTailList(&Queue->Items, Item);
  Queue->Ops->Unlock(Queue);
}

BOOLEAN QueueTryInsert(PQUEUE Queue, PLIST_ENTRY Item, BOOLEAN Full) {
  Queue->Ops->Lock(Queue);
  // CHECK: :[[@LINE-1]]:3: warning: 'Queue->Lock' is acquired by SpinLockQueue but not released on every path out of 'QueueTryInsert' [lock-not-released]
  // CHECK-NEXT: :[[@LINE+3]]:5: note: returns here with 'Queue->Lock' held
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'QueueTryInsert' calls 'SpinLockQueue' through '_QUEUE_OPS.Lock' (its only target, assigned by an initializer)
  if (Full)
    return FALSE;
  InsertTailList(&Queue->Items, Item);
  Queue->Ops->Unlock(Queue);
  return TRUE;
}

// A command table: both handlers wait on the queue's event.
typedef NTSTATUS COMMAND_HANDLER(PQUEUE Queue);

typedef struct _COMMAND_ENTRY {
  ULONG Code;
  COMMAND_HANDLER *Handler;
} COMMAND_ENTRY;

static NTSTATUS WaitIdle(PQUEUE Queue) {
  return KeWaitForSingleObject(&Queue->Idle, Executive, KernelMode, FALSE,
                               NULL);
}

static NTSTATUS WaitIdleThenReset(PQUEUE Queue) {
  NTSTATUS status = KeWaitForSingleObject(&Queue->Idle, Executive, KernelMode,
                                          FALSE, NULL);
  KeClearEvent(&Queue->Idle);
  return status;
}

static const COMMAND_ENTRY Commands[] = {
    {1, WaitIdle},
    {2, WaitIdleThenReset},
};

NTSTATUS RunCommandLocked(PQUEUE Queue, ULONG Index) {
  KIRQL old;
  NTSTATUS status;
  KeAcquireSpinLock(&Queue->Lock, &old);
  status = Commands[Index].Handler(Queue);
  // CHECK: :[[@LINE-1]]:12: warning: _COMMAND_ENTRY.Handler requires IRQL <= APC_LEVEL (by what it calls), but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'Queue->Lock' acquired here by KeAcquireSpinLock, raising the IRQL to DISPATCH_LEVEL
  // CHECK-NEXT: :[[@LINE-3]]:12: note: 'RunCommandLocked' calls through '_COMMAND_ENTRY.Handler', whose targets are 'WaitIdle', 'WaitIdleThenReset': what they all do applies
  // CHECK-NEXT: :75:17: note: '_COMMAND_ENTRY.Handler' calls 'WaitIdle' here
  // CHECK-NEXT: :76:10: note: 'WaitIdle' calls KeWaitForSingleObject here
  KeReleaseSpinLock(&Queue->Lock, old);
  return status;
}

// A second table: one handler waits, the other does not.
typedef struct _NOTIFY_ENTRY {
  ULONG Code;
  COMMAND_HANDLER *Handler;
} NOTIFY_ENTRY;

static NTSTATUS SignalIdle(PQUEUE Queue) {
  KeSetEvent(&Queue->Idle, IO_NO_INCREMENT, FALSE);
  return STATUS_SUCCESS;
}

static const NOTIFY_ENTRY Notifications[] = {
    {1, SignalIdle},
    {2, WaitIdle},
};

NTSTATUS NotifyLocked(PQUEUE Queue, ULONG Index) {
  KIRQL old;
  NTSTATUS status;
  KeAcquireSpinLock(&Queue->Lock, &old);
  status = Notifications[Index].Handler(Queue);
  KeReleaseSpinLock(&Queue->Lock, old);
  return status;
}

// DUMP-LABEL: summary QueueInsert
// DUMP: call through '_QUEUE_OPS.Lock' @50:3: 'SpinLockQueue' (assigned by an initializer)
// DUMP: call through '_QUEUE_OPS.Unlock' @52:3: 'SpinUnlockQueue' (assigned by an initializer)
// DUMP-LABEL: summary RunCommandLocked
// DUMP: call through '_COMMAND_ENTRY.Handler' @96:12: 'WaitIdle' (assigned by an initializer), 'WaitIdleThenReset' (assigned by an initializer)
// DUMP-LABEL: summary NotifyLocked
// DUMP: call through '_NOTIFY_ENTRY.Handler' @126:12: 'SignalIdle' (assigned by an initializer), 'WaitIdle' (assigned by an initializer)
