// The IRQL model in --dump-state: the entry IRQL from annotations (on a
// prototype or the definition, new and legacy spellings), from role types
// (a role declaration or _Function_class_), or unknown ("?": assumed up to
// DISPATCH_LEVEL); raises and lowers; nested locks saving and restoring
// levels; KeGetCurrentIrql() tests narrowing the level on each edge.
// The same in the macro shapes of the routines (amd64 and x86), and with the
// annotation macros expanding to attributes instead of nothing.
// RUN: %irqlint --dump-state %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s
// RUN: %irqlint --dump-state %s -- %wdk_amd64 | FileCheck %s
// RUN: %irqlint --dump-state %s -- %wdk_x86 | FileCheck %s
// RUN: %irqlint --dump-state %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES -DSAL_AS_ATTRIBUTES | FileCheck %s

#ifdef SAL_AS_ATTRIBUTES
#define _IRQL_requires_(irql) __attribute__((annotate("irql=" #irql)))
#define _IRQL_requires_max_(irql) __attribute__((annotate("irql<=" #irql)))
#define _IRQL_requires_min_(irql) __attribute__((annotate("irql>=" #irql)))
#define _IRQL_raises_(irql) __attribute__((annotate("raises " #irql)))
#define _IRQL_saves_global_(kind, param) __attribute__((annotate("saves")))
#define _IRQL_restores_global_(kind, param) __attribute__((annotate("rest")))
#define _IRQL_requires_same_
#define _Function_class_(name) __attribute__((annotate("class " #name)))
#define _Use_decl_annotations_
#define _When_(cond, anno)
#define __drv_requiresIRQL(irql) __attribute__((annotate("irql=" #irql)))
#define __drv_maxIRQL(irql) __attribute__((annotate("irql<=" #irql)))
#define __drv_minIRQL(irql) __attribute__((annotate("irql>=" #irql)))
#define __drv_raisesIRQL(irql)
#define __drv_setsIRQL(irql)
#define __drv_savesIRQLGlobal(kind, param)
#endif

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  NDIS_SPIN_LOCK Other;
  KSPIN_LOCK StatsLock;
  int Busy;
} ADAPTER, *PADAPTER;

void Work(PADAPTER Adapter);

// An annotation on the prototype applies to the definition.
_IRQL_requires_(PASSIVE_LEVEL)
void OnPrototype(PADAPTER Adapter);

_Use_decl_annotations_
void OnPrototype(PADAPTER Adapter) { Work(Adapter); }
// CHECK-LABEL: function OnPrototype
// CHECK-NEXT: entry irql PASSIVE (its annotation _IRQL_requires_(PASSIVE_LEVEL))

_IRQL_requires_max_(APC_LEVEL)
void AtMostApc(PADAPTER Adapter) { Work(Adapter); }
// CHECK-LABEL: function AtMostApc
// CHECK-NEXT: entry irql PASSIVE..APC (its annotation _IRQL_requires_max_(APC_LEVEL))

__drv_minIRQL(DISPATCH_LEVEL)
void LegacyMin(PADAPTER Adapter) { Work(Adapter); }
// CHECK-LABEL: function LegacyMin
// CHECK-NEXT: entry irql DISPATCH..HIGH (its annotation __drv_minIRQL(DISPATCH_LEVEL))

// Annotations combine: at least APC, at most DISPATCH.
_IRQL_requires_min_(APC_LEVEL)
_IRQL_requires_max_(DISPATCH_LEVEL)
void Between(PADAPTER Adapter) { Work(Adapter); }
// CHECK-LABEL: function Between
// CHECK-NEXT: entry irql APC..DISPATCH (its annotation _IRQL_requires_min_(APC_LEVEL))

// Role types: a role declaration, or _Function_class_ on the definition.
MINIPORT_HALT MpHalt;
void MpHalt(NDIS_HANDLE Context, NDIS_HALT_ACTION Action) { Work(Context); }
// CHECK-LABEL: function MpHalt
// CHECK-NEXT: entry irql PASSIVE (its role MINIPORT_HALT)

_Function_class_(KDEFERRED_ROUTINE)
void MyDpc(PKDPC Dpc, PVOID Context, PVOID A1, PVOID A2) { Work(Context); }
// CHECK-LABEL: function MyDpc
// CHECK-NEXT: entry irql DISPATCH (its role KDEFERRED_ROUTINE)

MINIPORT_ISR MpIsr;
BOOLEAN MpIsr(NDIS_HANDLE Context, PBOOLEAN QueueDpc, PULONG Targets) {
  return 0;
}
// CHECK-LABEL: function MpIsr
// CHECK-NEXT: entry irql DIRQL (its role MINIPORT_ISR) interrupt context

// The function's own annotation wins over its role.
NDIS_IO_WORKITEM_FUNCTION AnnotatedWorkItem;
_IRQL_requires_max_(DISPATCH_LEVEL)
void AnnotatedWorkItem(PVOID Context, NDIS_HANDLE Handle) { Work(Context); }
// CHECK-LABEL: function AnnotatedWorkItem
// CHECK-NEXT: entry irql PASSIVE..DISPATCH (its annotation _IRQL_requires_max_(DISPATCH_LEVEL))

// A role typedef the role table does not know: its own annotations.
typedef _IRQL_requires_(APC_LEVEL) void MY_APC_CALLBACK(PVOID Context);
MY_APC_CALLBACK MyApcCallback;
void MyApcCallback(PVOID Context) { Work(Context); }
// CHECK-LABEL: function MyApcCallback
// CHECK-NEXT: entry irql APC (its role MY_APC_CALLBACK, annotated _IRQL_requires_(APC_LEVEL))

// Not annotations: code the preprocessor skipped, directive lines, and
// annotations nested in _When_ (conditional on values we do not track).
#if 0
_IRQL_requires_(HIGH_LEVEL)
#endif
#define NOT_AN_ANNOTATION(x) _IRQL_requires_(x)
_When_(Adapter != 0, _IRQL_requires_(DISPATCH_LEVEL))
void Unknown(PADAPTER Adapter) { Work(Adapter); }
// CHECK-LABEL: function Unknown
// CHECK-NEXT: entry irql PASSIVE..DISPATCH? (nothing known about it)

// Nested locks: each acquire saves the level it found; each release goes
// back to it.
_IRQL_requires_(PASSIVE_LEVEL)
void Nested(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  if (Adapter->Busy)
    Work(Adapter);
  NdisAcquireSpinLock(&Adapter->Other);
  if (Adapter->Busy)
    Work(Adapter);
  NdisReleaseSpinLock(&Adapter->Other);
  if (Adapter->Busy)
    Work(Adapter);
  NdisReleaseSpinLock(&Adapter->Lock);
  if (Adapter->Busy)
    Work(Adapter);
}
// CHECK-LABEL: function Nested
// CHECK: B3:
// CHECK-NEXT: {Adapter->Lock ndis @[[#@LINE-15]]:3 saved PASSIVE in Adapter->Lock.OldIrql} irql DISPATCH from @[[#@LINE-15]]:3 [Adapter->Busy != 0]
// CHECK: B5:
// CHECK-NEXT: {Adapter->Lock ndis {{.*}} saved PASSIVE {{.*}}, Adapter->Other ndis @[[#@LINE-14]]:3 saved DISPATCH in Adapter->Other.OldIrql} irql DISPATCH from @[[#@LINE-17]]:3 [Adapter->Busy != 0]
// CHECK: B7:
// CHECK-NEXT: {Adapter->Lock ndis {{.*}} saved PASSIVE {{.*}}} irql DISPATCH from @[[#@LINE-13]]:3 [Adapter->Busy != 0]
// CHECK: B9:
// CHECK-NEXT: {} irql PASSIVE from @[[#@LINE-12]]:3 [Adapter->Busy != 0]

// An explicit raise is remembered with the level it saved until the lower
// that passes the saved level back.
_IRQL_requires_(PASSIVE_LEVEL)
void RaiseLower(PADAPTER Adapter) {
  KIRQL old;
  KeRaiseIrql(DISPATCH_LEVEL, &old);
  if (Adapter->Busy)
    Work(Adapter);
  KeLowerIrql(old);
  if (Adapter->Busy)
    Work(Adapter);
}
// CHECK-LABEL: function RaiseLower
// CHECK: B3:
// CHECK-NEXT: {} irql DISPATCH from @[[#@LINE-9]]:3 [raised @[[#@LINE-9]]:3 saved PASSIVE in old] [Adapter->Busy != 0]
// CHECK: B5:
// CHECK-NEXT: {} irql PASSIVE from @[[#@LINE-8]]:3 [Adapter->Busy != 0]

// Ke locks: the release restores the level the acquire stored in `old`.
_IRQL_requires_max_(APC_LEVEL)
void KeLocks(PADAPTER Adapter) {
  KIRQL old;
  KeAcquireSpinLock(&Adapter->StatsLock, &old);
  if (Adapter->Busy)
    Work(Adapter);
  KeReleaseSpinLock(&Adapter->StatsLock, old);
  if (Adapter->Busy)
    Work(Adapter);
}
// CHECK-LABEL: function KeLocks
// CHECK: B3:
// CHECK-NEXT: {Adapter->StatsLock ke @[[#@LINE-9]]:3 saved PASSIVE..APC in old} irql DISPATCH from @[[#@LINE-9]]:3 [Adapter->Busy != 0]
// CHECK: B5:
// CHECK-NEXT: {} irql PASSIVE..APC from @[[#@LINE-8]]:3 [Adapter->Busy != 0]

// A Dpr acquire requires DISPATCH_LEVEL: while the lock is held the code is
// there, and the Dpr release does not lower it.
void DprLocks(PADAPTER Adapter) {
  NdisDprAcquireSpinLock(&Adapter->Lock);
  if (Adapter->Busy)
    Work(Adapter);
  NdisDprReleaseSpinLock(&Adapter->Lock);
  if (Adapter->Busy)
    Work(Adapter);
}
// CHECK-LABEL: function DprLocks
// CHECK: B3:
// CHECK-NEXT: {Adapter->Lock ndis-dpr @[[#@LINE-9]]:3 saved PASSIVE..DISPATCH?} irql DISPATCH from @[[#@LINE-9]]:3 [Adapter->Busy != 0]
// CHECK: B5:
// CHECK-NEXT: {} irql DISPATCH from @[[#@LINE-11]]:3 [Adapter->Busy != 0]

// KeGetCurrentIrql() tests narrow the level on each edge. A test of an
// IRQL that was only assumed keeps it assumed (`?`): it proves nothing
// about the code after it, and no finding rests on it.
void Query(PADAPTER Adapter) {
  if (KeGetCurrentIrql() == DISPATCH_LEVEL)
    Work(Adapter);
  else
    Work(Adapter);
  if (KeGetCurrentIrql() < DISPATCH_LEVEL)
    Work(Adapter);
}
// CHECK-LABEL: function Query
// CHECK: B3:
// CHECK-NEXT: {} irql DISPATCH?{{$}}
// CHECK-NEXT: B4:
// CHECK-NEXT: {} irql PASSIVE..APC?{{$}}
// CHECK: B6:
// CHECK-NEXT: {} irql PASSIVE..APC?{{$}}
// CHECK: B7:
// CHECK-NEXT: {} irql DISPATCH?{{$}}
// CHECK-NEXT: {} irql PASSIVE..APC?{{$}}

// A test above the assumed range corrects the assumption instead of
// dropping the path.
void AboveAssumption(PADAPTER Adapter) {
  if (KeGetCurrentIrql() > DISPATCH_LEVEL)
    Work(Adapter);
}
// CHECK-LABEL: function AboveAssumption
// CHECK: B3:
// CHECK-NEXT: {} irql DIRQL..HIGH?{{$}}

// The result of KeGetCurrentIrql() kept in a local narrows the level too,
// until the IRQL or the local changes; once the IRQL changed, the local
// holds the level it read (dataflow/irql_value_local.c), and once the
// release gives back what the acquire saved, it is the current level
// again: the second test narrows the IRQL. The DISPATCH_LEVEL path cannot
// reach the second test's true edge.
void QueryThroughLocal(PADAPTER Adapter) {
  KIRQL irql = KeGetCurrentIrql();
  if (irql == DISPATCH_LEVEL)
    Work(Adapter);
  NdisAcquireSpinLock(&Adapter->Lock);
  NdisReleaseSpinLock(&Adapter->Lock);
  if (irql == PASSIVE_LEVEL)
    Work(Adapter);
}
// CHECK-LABEL: function QueryThroughLocal
// CHECK: B3:
// CHECK-NEXT: {} irql DISPATCH? [irql == 2]
// CHECK: B5:
// CHECK-NEXT: {} irql PASSIVE? [irql == 0]{{$}}
// CHECK-NEXT: B6:

// A raise to a level we cannot name still saves the level it found.
_IRQL_requires_(PASSIVE_LEVEL)
void RaiseToUnknown(PADAPTER Adapter, KIRQL Level) {
  KIRQL old;
  KeRaiseIrql(Level, &old);
  if (Adapter->Busy)
    Work(Adapter);
  KeLowerIrql(old);
  if (Adapter->Busy)
    Work(Adapter);
}
// CHECK-LABEL: function RaiseToUnknown
// CHECK: B3:
// CHECK-NEXT: {} irql PASSIVE..HIGH from @{{[0-9]+}}:3 [raised @{{[0-9]+}}:3 saved PASSIVE in old] [Adapter->Busy != 0]
// CHECK: B5:
// CHECK-NEXT: {} irql PASSIVE from @{{[0-9]+}}:3 [Adapter->Busy != 0]
