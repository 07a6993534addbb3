// --dump-state prints the lock states at the entry of every block: held
// locks with kind, acquire site, the IRQL saved by the acquire and where,
// "maybe" for locks held on only some merged paths, the IRQL and what set
// it, and the branch facts a path carries. (The IRQL model itself is tested
// in irql.c.)
// RUN: %irqlint --dump-state %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s
// --stats counts how often the state bound forced a merge (ManyLockSets
// below, once) and the cheaper joins of states holding the same locks.
// RUN: %expect_exit 0 %irqlint --stats %s -- %wdk_amd64 2>&1 >/dev/null | FileCheck %s --check-prefix=STATS
// STATS: irqlint: stats: 4 analyses, {{[0-9]+}} block visits, 1 state-bound merges in 1 analyses, {{[1-9][0-9]*}} same-lockset joins

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  KSPIN_LOCK StatsLock;
  ULONG Count;
} ADAPTER, *PADAPTER;

void Work(PADAPTER Adapter);

// The flag splits the paths; the second test follows the first.
void Correlated(PADAPTER Adapter, BOOLEAN dpr) {
  if (dpr)
    NdisDprAcquireSpinLock(&Adapter->Lock);
  else
    NdisAcquireSpinLock(&Adapter->Lock);
  Work(Adapter);
  if (dpr)
    NdisDprReleaseSpinLock(&Adapter->Lock);
  else
    NdisReleaseSpinLock(&Adapter->Lock);
}
// CHECK-LABEL: function Correlated
// CHECK: B5:
// CHECK-NEXT: {Adapter->Lock ndis @27:5 saved PASSIVE..DISPATCH? in Adapter->Lock.OldIrql} irql DISPATCH from @27:5 [dpr == 0]
// CHECK-NEXT: {Adapter->Lock ndis-dpr @25:5 saved PASSIVE..DISPATCH?} irql DISPATCH from @25:5 [dpr != 0]
// CHECK-NEXT: B6:
// CHECK-NEXT: {Adapter->Lock ndis-dpr @25:5 saved PASSIVE..DISPATCH?} irql DISPATCH from @25:5 [dpr != 0]
// CHECK-NEXT: B7:
// CHECK-NEXT: {Adapter->Lock ndis @27:5 saved PASSIVE..DISPATCH? in Adapter->Lock.OldIrql} irql DISPATCH from @27:5 [dpr == 0]
// CHECK-NEXT: B8:
// CHECK-NEXT: {} irql PASSIVE..DISPATCH? from @32:5 [dpr == 0]
// CHECK-NEXT: {} irql DISPATCH from @25:5 [dpr != 0]

// A write to the flag forgets what the first test established.
void FlagWritten(PADAPTER Adapter, BOOLEAN take) {
  KIRQL old;
  if (take)
    KeAcquireSpinLock(&Adapter->StatsLock, &old);
  take = Adapter->Count > 2;
  if (take)
    Adapter->Count = 0;
}
// CHECK-LABEL: function FlagWritten
// CHECK: B4:
// CHECK-NEXT: {} irql PASSIVE..DISPATCH? from entry [take == 0]
// CHECK-NEXT: {Adapter->StatsLock ke @50:5 saved PASSIVE..DISPATCH? in old} irql DISPATCH from @50:5 [take != 0]
// CHECK-NEXT: B5:
// CHECK-NEXT: {} irql PASSIVE..DISPATCH? from entry [take != 0]
// CHECK-NEXT: {Adapter->StatsLock ke @50:5 saved PASSIVE..DISPATCH? in old} irql DISPATCH from @50:5 [take != 0]

// Independent branches that do not change the lock state are merged away
// (states holding the same locks are joined first), so the leak stays
// certain on the path that takes the lock. `Adapter->Count = 0` leaves no
// fact: no branch tests it.
void Independent(PADAPTER Adapter, ULONG a, ULONG b, ULONG c, ULONG d) {
  if (a == 1)
    NdisAcquireSpinLock(&Adapter->Lock);
  if (b == 1)
    Work(Adapter);
  if (c == 1)
    Work(Adapter);
  if (d == 1)
    Work(Adapter);
  Adapter->Count = 0;
}
// CHECK-LABEL: function Independent
// CHECK: B1:
// CHECK-NEXT: {} irql PASSIVE..DISPATCH? from entry [a != 1]{{$}}
// CHECK-NEXT: {Adapter->Lock ndis @{{[0-9]+}}:5 saved PASSIVE..DISPATCH? in Adapter->Lock.OldIrql} irql DISPATCH from @{{[0-9]+}}:5 [a == 1]{{$}}

// More distinct lock sets than a block keeps: merged into one state, where
// locks held on only some paths are "maybe".
void ManyLockSets(PNDIS_SPIN_LOCK L, ULONG a, ULONG b, ULONG c, ULONG d) {
  if (a)
    NdisAcquireSpinLock(&L[0]);
  if (b)
    NdisAcquireSpinLock(&L[1]);
  if (c)
    NdisAcquireSpinLock(&L[2]);
  if (d)
    NdisAcquireSpinLock(&L[3]);
  Work(0);
}
// CHECK-LABEL: function ManyLockSets
// CHECK: B{{[0-9]+}}: (merged)
// CHECK-NEXT: {L[3] ndis {{.*}} maybe, *L ndis {{.*}} maybe, L[1] ndis {{.*}} maybe, L[2] ndis {{.*}} maybe}
