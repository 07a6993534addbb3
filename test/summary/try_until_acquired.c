// A routine that retries a try-acquire until it succeeds holds the lock on
// every way out: its summary says "acquires", not "try-acquires", whatever
// its callers test (it returns nothing to test). A caller that then forgets
// the release leaks the lock.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %irqlint --dump-summary %s -- %wdk_amd64 | FileCheck %s --check-prefix=SUMMARY

#include <ntddk.h>

typedef struct _QUEUE {
  KSPIN_LOCK Lock;
  ULONG Count;
} QUEUE, *PQUEUE;

VOID SpinUntilLocked(PQUEUE Queue) {
  while (!KeTryToAcquireSpinLockAtDpcLevel(&Queue->Lock))
    KeStallExecutionProcessor(1);
}
// SUMMARY-LABEL: summary SpinUntilLocked
// SUMMARY-NEXT: acquires Queue->Lock (argument 1) ke-dpc by KeTryToAcquireSpinLockAtDpcLevel

VOID CountBalanced(PQUEUE Queue) {
  SpinUntilLocked(Queue);
  Queue->Count++;
  KeReleaseSpinLockFromDpcLevel(&Queue->Lock);
}

KDEFERRED_ROUTINE CountDpc;
VOID CountDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2) {
  PQUEUE queue = (PQUEUE)Context;
  UNREFERENCED_PARAMETER(Dpc);
  UNREFERENCED_PARAMETER(Arg1);
  UNREFERENCED_PARAMETER(Arg2);
  SpinUntilLocked(queue);
  // CHECK: :[[@LINE-1]]:3: warning: 'queue->Lock' is acquired by SpinUntilLocked but not released on every path out of 'CountDpc' [lock-not-released]
  queue->Count++;
  // CHECK-NEXT: :[[@LINE+1]]:1: note: returns here with 'queue->Lock' held
}
