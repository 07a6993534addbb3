// lock-freed-while-held: NdisFreeSpinLock on a lock this path holds.
// RUN: not %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  BOOLEAN Halting;
} ADAPTER, *PADAPTER;

// A MiniportHaltEx: the system calls it, so it must release what it takes.
MINIPORT_HALT Halt;
void Halt(NDIS_HANDLE Context, NDIS_HALT_ACTION Action) {
  PADAPTER a = (PADAPTER)Context;
  NdisAcquireSpinLock(&a->Lock);
  // CHECK: :[[@LINE-1]]:3: warning: 'a->Lock' is acquired by NdisAcquireSpinLock but not released on every path out of 'Halt' [lock-not-released]
  // CHECK-NEXT: :[[@LINE+5]]:1: note: returns here with 'a->Lock' held
  a->Halting = TRUE;
  NdisFreeSpinLock(&a->Lock);
  // CHECK-NEXT: :[[@LINE-1]]:3: warning: 'a->Lock' is freed by NdisFreeSpinLock while it is held [lock-freed-while-held]
  // CHECK-NEXT: :[[@LINE-6]]:3: note: 'a->Lock' acquired here
}
