// interlocked-lock-mixed: a spin lock given to the ExInterlocked…List
// routines in one place and acquired with KeAcquireSpinLock, the
// …AtDpcLevel form or a queued spin lock routine in another (here or in
// another function of the program), reported at each explicit acquire
// with a note at the interlocked use.
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <wdm.h>

typedef struct _DEV_EXT {
  LIST_ENTRY Completed;
  KSPIN_LOCK CompletedLock;
  SINGLE_LIST_ENTRY FreeBlocks;
  KSPIN_LOCK FreeLock;
  ULONG Count;
} DEV_EXT, *PDEV_EXT;

KSPIN_LOCK g_EventLock;
LIST_ENTRY g_Events;

// the ISR side queues through the interlocked routine
VOID QueueCompleted(PDEV_EXT Ext, PLIST_ENTRY Entry) {
  ExInterlockedInsertTailList(&Ext->Completed, Entry, &Ext->CompletedLock);
}

// the DPC side walks the same list under an explicit acquire
VOID CountCompleted(PDEV_EXT Ext) {
  KIRQL irql;
  PLIST_ENTRY e;
  KeAcquireSpinLock(&Ext->CompletedLock, &irql);
  // CHECK: :[[@LINE-1]]:3: warning: 'Ext->CompletedLock' is acquired with KeAcquireSpinLock, but it is also the spin lock of ExInterlockedInsertTailList in 'QueueCompleted', which must be used only with the ExInterlockedXxxList routines [interlocked-lock-mixed]
  // CHECK: :[[@LINE-9]]:3: note: 'Ext->CompletedLock' passed to ExInterlockedInsertTailList here
  Ext->Count = 0;
  for (e = Ext->Completed.Flink; e != &Ext->Completed; e = e->Flink)
    Ext->Count++;
  KeReleaseSpinLock(&Ext->CompletedLock, irql);
}

// a singly linked free list: pushed with the interlocked routine, popped
// under a queued spin lock at DISPATCH_LEVEL
VOID FreeBlock(PDEV_EXT Ext, PSINGLE_LIST_ENTRY Block) {
  ExInterlockedPushEntryList(&Ext->FreeBlocks, Block, &Ext->FreeLock);
}

PSINGLE_LIST_ENTRY TakeBlockAtDpc(PDEV_EXT Ext) {
  KLOCK_QUEUE_HANDLE h;
  PSINGLE_LIST_ENTRY b;
  KeAcquireInStackQueuedSpinLockAtDpcLevel(&Ext->FreeLock, &h);
  // CHECK: :[[@LINE-1]]:3: warning: 'Ext->FreeLock' is acquired with KeAcquireInStackQueuedSpinLockAtDpcLevel, but it is also the spin lock of ExInterlockedPushEntryList in 'FreeBlock', which must be used only with the ExInterlockedXxxList routines [interlocked-lock-mixed]
  // CHECK: :[[@LINE-8]]:3: note: 'Ext->FreeLock' passed to ExInterlockedPushEntryList here
  b = PopEntryList(&Ext->FreeBlocks);
  KeReleaseInStackQueuedSpinLockFromDpcLevel(&h);
  return b;
}

// a global lock, both ways in one function
VOID PostEvent(PLIST_ENTRY Entry) {
  ExInterlockedInsertHeadList(&g_Events, Entry, &g_EventLock);
}

PLIST_ENTRY PeekEvent(VOID) {
  PLIST_ENTRY e = NULL;
  KeAcquireSpinLockAtDpcLevel(&g_EventLock);
  // CHECK: :[[@LINE-1]]:3: warning: 'g_EventLock' is acquired with KeAcquireSpinLockAtDpcLevel, but it is also the spin lock of ExInterlockedInsertHeadList in 'PostEvent', which must be used only with the ExInterlockedXxxList routines [interlocked-lock-mixed]
  // CHECK: :[[@LINE-7]]:3: note: 'g_EventLock' passed to ExInterlockedInsertHeadList here
  if (!IsListEmpty(&g_Events))
    e = g_Events.Flink;
  KeReleaseSpinLockFromDpcLevel(&g_EventLock);
  return e;
}

// The x86 headers make the documented names object-like macros for the
// fastcall Exf forms: the same routine.
typedef struct _PORT_EXT {
  LIST_ENTRY Pending;
  KSPIN_LOCK PendingLock;
} PORT_EXT, *PPORT_EXT;
PLIST_ENTRY FASTCALL ExfInterlockedRemoveHeadList(PLIST_ENTRY ListHead,
                                                  PKSPIN_LOCK Lock);
#define NextPending ExfInterlockedRemoveHeadList

PLIST_ENTRY TakePending(PPORT_EXT P) {
  return NextPending(&P->Pending, &P->PendingLock);
}

VOID FlushPending(PPORT_EXT P) {
  KIRQL irql;
  KeAcquireSpinLock(&P->PendingLock, &irql);
  // CHECK: :[[@LINE-1]]:3: warning: 'P->PendingLock' is acquired with KeAcquireSpinLock, but it is also the spin lock of ExfInterlockedRemoveHeadList in 'TakePending', which must be used only with the ExInterlockedXxxList routines [interlocked-lock-mixed]
  // CHECK: :[[@LINE-7]]:10: note: 'P->PendingLock' passed to ExfInterlockedRemoveHeadList here
  InitializeListHead(&P->Pending);
  KeReleaseSpinLock(&P->PendingLock, irql);
}
