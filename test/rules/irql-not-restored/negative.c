// irql-not-restored, negative cases: every path lowers (through the saved
// variable or to a constant), and functions whose annotations say they
// return raised.
// RUN: %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | count 0
// RUN: %irqlint %s -- %wdk_amd64 | count 0
// RUN: %irqlint %s -- %wdk_x86 | count 0

#include <ndis.h>

typedef struct _ADAPTER {
  ULONG Pending;
  ULONG Count;
  KIRQL SavedIrql;
} ADAPTER, *PADAPTER;

NTSTATUS EveryPath(PADAPTER Adapter) {
  KIRQL old;
  KeRaiseIrql(DISPATCH_LEVEL, &old);
  if (Adapter->Pending) {
    KeLowerIrql(old);
    return STATUS_PENDING;
  }
  Adapter->Count++;
  KeLowerIrql(old);
  return STATUS_SUCCESS;
}

_IRQL_requires_(PASSIVE_LEVEL)
void LowerToConstant(PADAPTER Adapter) {
  KIRQL old;
  KeRaiseIrql(DISPATCH_LEVEL, &old);
  Adapter->Count++;
  KeLowerIrql(PASSIVE_LEVEL);
}

// Returning raised is this function's purpose, and it says so.
_IRQL_raises_(DISPATCH_LEVEL)
_IRQL_saves_global_(OldIrql, Adapter)
void EnterDispatch(PADAPTER Adapter) {
  KeRaiseIrql(DISPATCH_LEVEL, &Adapter->SavedIrql);
}

__drv_raisesIRQL(DISPATCH_LEVEL)
void EnterDispatchLegacy(PADAPTER Adapter) {
  Adapter->SavedIrql = KeRaiseIrqlToDpcLevel();
}
