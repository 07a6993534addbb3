// irql-not-restored: an explicit raise that some path returns without
// undoing.
// RUN: not %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ndis.h>

typedef struct _ADAPTER {
  ULONG Pending;
  ULONG Count;
} ADAPTER, *PADAPTER;

NTSTATUS EarlyReturn(PADAPTER Adapter) {
  KIRQL old;
  KeRaiseIrql(DISPATCH_LEVEL, &old);
  // CHECK: :[[@LINE-1]]:3: warning: the IRQL raised by KeRaiseIrql is not restored before 'EarlyReturn' returns [irql-not-restored]
  // CHECK-NEXT: :[[@LINE+2]]:5: note: returns here at DISPATCH_LEVEL
  if (Adapter->Pending)
    return STATUS_PENDING;
  Adapter->Count++;
  KeLowerIrql(old);
  return STATUS_SUCCESS;
}

void NeverLowered(PADAPTER Adapter) {
  KIRQL old = KeRaiseIrqlToDpcLevel();
  // CHECK: :[[@LINE-1]]:15: warning: the IRQL raised by KeRaiseIrqlToDpcLevel is not restored before 'NeverLowered' returns [irql-not-restored]
  // CHECK-NEXT: :[[@LINE+3]]:1: note: returns here at DISPATCH_LEVEL
  Adapter->Count++;
  (void)old;
}
