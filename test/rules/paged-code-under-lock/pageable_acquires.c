// paged-code-under-lock: a pageable function that takes its own code to
// DISPATCH_LEVEL -- it acquires a spin lock, raises the IRQL, calls a
// helper that returns holding a spin lock, or calls an NdisInterlocked…List
// routine (whose pages say its callers cannot be pageable). Reported at
// that call, once per critical section, with a note at what makes the
// function pageable.
// RUN: not %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ndis.h>

typedef struct _PORT {
  NDIS_SPIN_LOCK QueueLock;
  KSPIN_LOCK StateLock;
  LIST_ENTRY Pending;
  ULONG State;
  ULONG Resets;
} PORT, *PPORT;

VOID PortReset(PPORT Port);
VOID PortStop(PPORT Port);
VOID PortQueue(PPORT Port, PLIST_ENTRY Entry);

#ifdef ALLOC_PRAGMA
#pragma alloc_text(PAGE, PortReset)
#pragma alloc_text(PAGE, PortStop)
#pragma alloc_text(PAGE, PortQueue)
#endif

// A resident helper that returns holding the port's state lock; its
// caller releases it.
KIRQL PortLockState(PPORT Port) {
  KIRQL old;
  KeAcquireSpinLock(&Port->StateLock, &old);
  return old;
}

// Takes the queue lock itself: what follows runs at DISPATCH_LEVEL from a
// page that may be out. The nested acquire is in the same critical
// section: not reported again.
VOID PortReset(PPORT Port) {
  PAGED_CODE();
  KLOCK_QUEUE_HANDLE handle;
  NdisAcquireSpinLock(&Port->QueueLock);
  // CHECK: :[[@LINE-1]]:3: warning: 'PortReset' is pageable but acquires spin lock 'Port->QueueLock' here [paged-code-under-lock]
  // CHECK-NEXT: note: 'PortReset' is pageable: #pragma alloc_text places it in a PAGE section
  KeAcquireInStackQueuedSpinLockAtDpcLevel(&Port->StateLock, &handle);
  Port->Resets++;
  KeReleaseInStackQueuedSpinLockFromDpcLevel(&handle);
  NdisReleaseSpinLock(&Port->QueueLock);
}

// Raises the IRQL by hand.
VOID PortStop(PPORT Port) {
  KIRQL old;
  KeRaiseIrql(DISPATCH_LEVEL, &old);
  // CHECK: :[[@LINE-1]]:3: warning: 'PortStop' is pageable but raises the IRQL to DISPATCH_LEVEL or above here by KeRaiseIrql [paged-code-under-lock]
  // CHECK-NEXT: :[[@LINE-32]]:1: note: 'PortStop' is pageable: #pragma alloc_text places it in a PAGE section
  Port->State = 0;
  KeLowerIrql(old);
}

// A helper hands back its spin lock: the rest runs at DISPATCH_LEVEL.
#pragma code_seg("PAGE")
VOID PortSetState(PPORT Port, ULONG State) {
  KIRQL old = PortLockState(Port);
  // CHECK: :[[@LINE-1]]:15: warning: 'PortSetState' is pageable but calls 'PortLockState', which returns holding spin lock 'Port->StateLock' [paged-code-under-lock]
  // CHECK-NEXT: :[[@LINE-34]]:3: note: 'PortLockState' acquires it here by KeAcquireSpinLock
  // CHECK-NEXT: :[[@LINE-5]]:1: note: 'PortSetState' is pageable: it is defined in a PAGE code segment
  Port->State = State;
  KeReleaseSpinLock(&Port->StateLock, old);
}
#pragma code_seg()

// The NDIS interlocked list routines raise to DISPATCH_LEVEL while they
// hold the lock; their pages rule out a pageable caller.
VOID PortQueue(PPORT Port, PLIST_ENTRY Entry) {
  NdisInterlockedInsertTailList(&Port->Pending, Entry, &Port->QueueLock);
  // CHECK: :[[@LINE-1]]:3: warning: 'PortQueue' is pageable but calls NdisInterlockedInsertTailList, which runs at DISPATCH_LEVEL under its spin lock and may not be called from pageable code [paged-code-under-lock]
  // CHECK-NEXT: :[[@LINE-53]]:1: note: 'PortQueue' is pageable: #pragma alloc_text places it in a PAGE section
}

// KeRaiseIrqlToDpcLevel, in a function placed in PAGE by __declspec.
__declspec(code_seg("PAGE")) VOID PortFlush(PPORT Port) {
  KIRQL old = KeRaiseIrqlToDpcLevel();
  // CHECK: :[[@LINE-1]]:15: warning: 'PortFlush' is pageable but raises the IRQL to DISPATCH_LEVEL or above here by KeRaiseIrqlToDpcLevel [paged-code-under-lock]
  // CHECK-NEXT: :[[@LINE-3]]:1: note: 'PortFlush' is pageable: __declspec(code_seg) places it in a PAGE section
  Port->State = 1;
  KeLowerIrql(old);
}
