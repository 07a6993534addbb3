// Recursion and call cycles: summaries of a recursive component are
// computed to a fixpoint, so a lock effect or a spin lock reached through
// the cycle is still seen at the call sites outside it.
// RUN: not %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s %check_not
// RUN: %irqlint --dump-summary %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s --check-prefix=SUMMARY

#include <ndis.h>

typedef struct _NODE {
  NDIS_SPIN_LOCK Lock;
  struct _NODE *Next;
  ULONG Count;
} NODE, *PNODE;

// Self-recursive, balanced: takes and drops each node's lock.
void CountAll(PNODE n) {
  if (!n)
    return;
  NdisDprAcquireSpinLock(&n->Lock);
  n->Count++;
  NdisDprReleaseSpinLock(&n->Lock);
  CountAll(n->Next);
}
// SUMMARY-LABEL: summary CountAll
// SUMMARY-NEXT: requires irql >= DISPATCH when argument 1 != 0 by NdisDprAcquireSpinLock @[[@LINE-6]]:3
// SUMMARY-NEXT: requires irql <= DISPATCH when argument 1 != 0 by NdisDprAcquireSpinLock @[[@LINE-7]]:3 (spin lock)
// SUMMARY-NEXT: touches a spin lock when argument 1 != 0 by NdisDprAcquireSpinLock @[[@LINE-8]]:3
// SUMMARY-NEXT: depends on argument 1
// SUMMARY-NEXT: takes NODE.Lock by NdisDprAcquireSpinLock @[[@LINE-10]]:3

// Mutual recursion; Even acquires its argument's lock on every path out.
void Odd(PNODE n, int depth);
void Even(PNODE n, int depth) {
  if (depth == 0) {
    NdisAcquireSpinLock(&n->Lock);
    return;
  }
  Odd(n, depth - 1);
}
void Odd(PNODE n, int depth) { Even(n, depth - 1); }
// SUMMARY-LABEL: summary Even
// SUMMARY-NEXT: acquires n->Lock (argument 1) ndis saving in n->Lock.OldIrql (argument 1) by NdisAcquireSpinLock @[[@LINE-7]]:5
// SUMMARY-LABEL: summary Odd
// SUMMARY-NEXT: acquires n->Lock (argument 1) ndis {{.*}} by Even @[[@LINE-4]]:32

void UsesOdd(PNODE n) {
  Odd(n, 3);
  // CHECK: :[[@LINE-1]]:3: warning: 'n->Lock' is acquired by Odd but not released on every path out of 'UsesOdd' [lock-not-released]
  // CHECK-NEXT: :[[@LINE+6]]:1: note: returns here with 'n->Lock' held
  if (n->Count == 0) {
    NdisReleaseSpinLock(&n->Lock);
    return;
  }
  n->Count++;
}

MINIPORT_ISR MpIsr;
BOOLEAN MpIsr(NDIS_HANDLE Context, PBOOLEAN QueueDpc, PULONG Targets) {
  CountAll((PNODE)Context);
  // CHECK: :[[@LINE-1]]:3: warning: 'CountAll' uses a spin lock and is called at DIRQL in 'MpIsr' {{.*}} [lock-in-isr]
  // CHECK-NEXT: :[[@LINE-42]]:3: note: 'CountAll' calls NdisDprAcquireSpinLock here
  return TRUE;
}
