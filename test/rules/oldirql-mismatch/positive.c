// oldirql-mismatch: the release is given an IRQL its acquire did not save.
// RUN: not %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ndis.h>

typedef struct _ADAPTER {
  KSPIN_LOCK A;
  KSPIN_LOCK B;
  EX_SPIN_LOCK Table;
} ADAPTER, *PADAPTER;

void Swapped(PADAPTER a) {
  KIRQL oa, ob;
  KeAcquireSpinLock(&a->A, &oa);
  KeAcquireSpinLock(&a->B, &ob);
  KeReleaseSpinLock(&a->B, oa);
  // CHECK: :[[@LINE-1]]:3: warning: KeReleaseSpinLock restores 'oa', but the IRQL saved when 'a->B' was acquired is in 'ob' [oldirql-mismatch]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'a->B' acquired here, its IRQL saved in 'ob'
  KeReleaseSpinLock(&a->A, ob);
  // CHECK: :[[@LINE-1]]:3: warning: KeReleaseSpinLock restores 'ob', but the IRQL saved when 'a->A' was acquired is in 'oa' [oldirql-mismatch]
  // CHECK-NEXT: :[[@LINE-7]]:3: note: 'a->A' acquired here, its IRQL saved in 'oa'
}

void ExWrongVariable(PADAPTER a, KIRQL caller) {
  KIRQL old = ExAcquireSpinLockExclusive(&a->Table);
  ExReleaseSpinLockExclusive(&a->Table, caller);
  // CHECK: :[[@LINE-1]]:3: warning: ExReleaseSpinLockExclusive restores 'caller', but the IRQL saved when 'a->Table' was acquired is in 'old' [oldirql-mismatch]
  // CHECK-NEXT: :[[@LINE-3]]:15: note: 'a->Table' acquired here, its IRQL saved in 'old'
  (void)old;
}

// The acquire returns the old IRQL and the statement throws it away: no
// variable the release can be given holds it.
typedef struct _PORT {
  KSPIN_LOCK TxLock;
  KSPIN_LOCK RxLock;
  PKINTERRUPT Interrupt;
} PORT, *PPORT;

void DiscardedReuse(PPORT p) {
  KIRQL saved;
  KeAcquireSpinLock(&p->TxLock, &saved);
  KeAcquireSpinLockRaiseToDpc(&p->RxLock);
  KeReleaseSpinLock(&p->RxLock, saved);
  // CHECK: :[[@LINE-1]]:3: warning: KeReleaseSpinLock restores 'saved', but the IRQL saved when 'p->RxLock' was acquired was discarded [oldirql-mismatch]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'p->RxLock' acquired here by KeAcquireSpinLockRaiseToDpc, which returns the IRQL to restore; the result is discarded
  KeReleaseSpinLock(&p->TxLock, saved);
}

void DiscardedInterrupt(PPORT p) {
  KIRQL level;
  (void)KeAcquireInterruptSpinLock(p->Interrupt);
  KeReleaseInterruptSpinLock(p->Interrupt, level);
  // CHECK: :[[@LINE-1]]:3: warning: KeReleaseInterruptSpinLock restores 'level', but the IRQL saved when 'p->Interrupt' was acquired was discarded [oldirql-mismatch]
  // CHECK-NEXT: :[[@LINE-3]]:9: note: 'p->Interrupt' acquired here by KeAcquireInterruptSpinLock, which returns the IRQL to restore; the result is discarded
}
