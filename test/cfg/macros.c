// Statements from macro expansions are analyzed as expanded, and events
// carry the location of the macro invocation and the macro chain.
// RUN: %irqlint --dump-cfg %s -- %wdk_amd64 | FileCheck %s

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  KSPIN_LOCK StatsLock;
} ADAPTER, *PADAPTER;

#define ADAPTER_LOCK(a) NdisAcquireSpinLock(&(a)->Lock)
#define ADAPTER_UNLOCK(a)                                                      \
  do {                                                                         \
    NdisReleaseSpinLock(&(a)->Lock);                                           \
  } while (0)

void Wrapped(PADAPTER a) {
  ADAPTER_LOCK(a);
  ADAPTER_UNLOCK(a);
}

void KeMacro(PADAPTER a) {
  KIRQL old;
  KeAcquireSpinLock(&a->StatsLock, &old);
  KeReleaseSpinLock(&a->StatsLock, old);
}

// CHECK-LABEL: function Wrapped @18:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B5
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     e0: a->Lock.OldIrql = call KeAcquireSpinLockRaiseToDpc(&a->Lock) via ADAPTER_LOCK NdisAcquireSpinLock KeAcquireSpinLock @19:3
// CHECK-NEXT:     e1: assign a->Lock.OldIrql = <result of e0> @19:3
// CHECK-NEXT:     goto -> B3
// CHECK-NEXT:   B3 (do.body) preds: B2
// CHECK-NEXT:     e2: call KeReleaseSpinLock(&a->Lock, a->Lock.OldIrql) via ADAPTER_UNLOCK NdisReleaseSpinLock @20:3
// CHECK-NEXT:     goto -> B4
// CHECK-NEXT:   B4 (do.cond) preds: B3
// CHECK-NEXT:     goto -> B5
// CHECK-NEXT:   B5 (do.end) preds: B4
// CHECK-NEXT:     return (end of body) @21:1 -> B1
// CHECK-LABEL: function KeMacro @23:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B2
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     e0: old = call KeAcquireSpinLockRaiseToDpc(&a->StatsLock) via KeAcquireSpinLock @25:3
// CHECK-NEXT:     e1: assign old = <result of e0> @25:3
// CHECK-NEXT:     e2: call KeReleaseSpinLock(&a->StatsLock, old) @26:3
// CHECK-NEXT:     return (end of body) @27:1 -> B1

// A definition whose name (or whole body) comes from a macro written in the
// main file is the main file's code: it is analyzed, at the invocation.
#define DEFINE_RESET(name)                                                     \
  void Reset##name(PADAPTER a) { NdisAcquireSpinLock(&a->Lock); }
DEFINE_RESET(Stats)
// CHECK: function ResetStats @[[@LINE-1]]:1
// CHECK: call KeAcquireSpinLockRaiseToDpc(&a->Lock) via DEFINE_RESET NdisAcquireSpinLock KeAcquireSpinLock @[[@LINE-2]]:1
