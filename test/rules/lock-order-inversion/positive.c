// lock-order-inversion within one file: a two-lock inversion between two
// functions, a three-lock cycle, and globals as lock classes.
// RUN: not %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s %check_not

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK ListLock;
  NDIS_SPIN_LOCK StatsLock;
  KSPIN_LOCK A, B, C;
  ULONG Count;
} ADAPTER, *PADAPTER;

void ListThenStats(PADAPTER a) {
  NdisAcquireSpinLock(&a->ListLock);
  NdisDprAcquireSpinLock(&a->StatsLock);
  // CHECK: :[[@LINE-1]]:3: warning: 'ADAPTER.StatsLock' is acquired while 'ADAPTER.ListLock' is held, but the program also takes these locks in the opposite order (ADAPTER.ListLock -> ADAPTER.StatsLock -> ADAPTER.ListLock): {{.*}} [lock-order-inversion]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'ADAPTER.ListLock' acquired here in 'ListThenStats'
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'ADAPTER.StatsLock' acquired here by NdisDprAcquireSpinLock while 'ADAPTER.ListLock' is held
  // CHECK-NEXT: :[[@LINE+8]]:3: note: 'ADAPTER.StatsLock' acquired here in 'StatsThenList'
  // CHECK-NEXT: :[[@LINE+8]]:3: note: 'ADAPTER.ListLock' acquired here by NdisDprAcquireSpinLock while 'ADAPTER.StatsLock' is held
  a->Count++;
  NdisDprReleaseSpinLock(&a->StatsLock);
  NdisReleaseSpinLock(&a->ListLock);
}

void StatsThenList(PADAPTER a) {
  NdisAcquireSpinLock(&a->StatsLock);
  NdisDprAcquireSpinLock(&a->ListLock);
  a->Count--;
  NdisDprReleaseSpinLock(&a->ListLock);
  NdisReleaseSpinLock(&a->StatsLock);
}

// A -> B, B -> C, C -> A: one finding for the cycle.
void AB(PADAPTER a) {
  KIRQL old;
  KeAcquireSpinLock(&a->A, &old);
  KeAcquireSpinLockAtDpcLevel(&a->B);
  // CHECK: :[[@LINE-1]]:3: warning: 'ADAPTER.B' is acquired while 'ADAPTER.A' is held, but the program also takes these locks in the opposite order (ADAPTER.A -> ADAPTER.B -> ADAPTER.C -> ADAPTER.A): {{.*}} [lock-order-inversion]
  // CHECK-COUNT-6: note:
  KeReleaseSpinLockFromDpcLevel(&a->B);
  KeReleaseSpinLock(&a->A, old);
}
void BC(PADAPTER a) {
  KIRQL old;
  KeAcquireSpinLock(&a->B, &old);
  KeAcquireSpinLockAtDpcLevel(&a->C);
  KeReleaseSpinLockFromDpcLevel(&a->C);
  KeReleaseSpinLock(&a->B, old);
}
void CA(PADAPTER a) {
  KIRQL old;
  KeAcquireSpinLock(&a->C, &old);
  KeAcquireSpinLockAtDpcLevel(&a->A);
  KeReleaseSpinLockFromDpcLevel(&a->A);
  KeReleaseSpinLock(&a->C, old);
}

// Globals are classes by name.
KSPIN_LOCK g_ConfigLock;
NDIS_SPIN_LOCK g_ListLock;
void ConfigThenList(void) {
  KIRQL old;
  KeAcquireSpinLock(&g_ConfigLock, &old);
  NdisDprAcquireSpinLock(&g_ListLock);
  // CHECK: :[[@LINE-1]]:3: warning: 'g_ListLock' is acquired while 'g_ConfigLock' is held, but the program also takes these locks in the opposite order (g_ConfigLock -> g_ListLock -> g_ConfigLock): {{.*}} [lock-order-inversion]
  // CHECK-COUNT-4: note:
  NdisDprReleaseSpinLock(&g_ListLock);
  KeReleaseSpinLock(&g_ConfigLock, old);
}
void ListThenConfig(void) {
  NdisAcquireSpinLock(&g_ListLock);
  KeAcquireSpinLockAtDpcLevel(&g_ConfigLock);
  KeReleaseSpinLockFromDpcLevel(&g_ConfigLock);
  NdisReleaseSpinLock(&g_ListLock);
}
