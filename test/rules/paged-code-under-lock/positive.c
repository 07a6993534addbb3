// paged-code-under-lock: pageable functions (PAGED_CODE() at the start of
// the body, #pragma alloc_text(PAGE…), a PAGE code_seg region,
// __declspec(code_seg("PAGE…"))) called while a spin lock is held or at
// DISPATCH_LEVEL.
// RUN: not %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  KSPIN_LOCK StatsLock;
  ULONG Count;
} ADAPTER, *PADAPTER;

void ReadRegistry(PADAPTER Adapter);
void FreeTables(PADAPTER Adapter);
__declspec(code_seg("PAGE")) void ResetStatistics(PADAPTER Adapter);

#ifdef ALLOC_PRAGMA
#pragma alloc_text(PAGE, ReadRegistry)
#endif

void ReadRegistry(PADAPTER Adapter) { Adapter->Count = 0; }

void UpdateConfig(PADAPTER Adapter) {
  ULONG old = Adapter->Count;
  PAGED_CODE();
  Adapter->Count = old + 1;
}

#pragma code_seg("PAGE")
void FreeTables(PADAPTER Adapter) { Adapter->Count = 0; }
#pragma code_seg()

void UnderNdisLock(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  UpdateConfig(Adapter);
  // CHECK: :[[@LINE-1]]:3: warning: 'UpdateConfig' is pageable and is called while 'Adapter->Lock' is held [paged-code-under-lock]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'Adapter->Lock' acquired here
  // CHECK-NEXT: :[[@LINE-13]]:3: note: 'UpdateConfig' is pageable: its body starts with PAGED_CODE()
  ReadRegistry(Adapter);
  // CHECK: :[[@LINE-1]]:3: warning: 'ReadRegistry' is pageable and is called while 'Adapter->Lock' is held [paged-code-under-lock]
  // CHECK-NEXT: :[[@LINE-7]]:3: note: 'Adapter->Lock' acquired here
  // CHECK-NEXT: :[[@LINE-24]]:1: note: 'ReadRegistry' is pageable: #pragma alloc_text places it in a PAGE section
  ResetStatistics(Adapter);
  // CHECK: :[[@LINE-1]]:3: warning: 'ResetStatistics' is pageable and is called while 'Adapter->Lock' is held [paged-code-under-lock]
  // CHECK-NEXT: :[[@LINE-11]]:3: note: 'Adapter->Lock' acquired here
  // CHECK-NEXT: :[[@LINE-31]]:1: note: 'ResetStatistics' is pageable: __declspec(code_seg) places it in a PAGE section
  NdisReleaseSpinLock(&Adapter->Lock);
}

// No lock, but a DPC runs at DISPATCH_LEVEL.
KDEFERRED_ROUTINE CleanupDpc;
void CleanupDpc(PKDPC Dpc, PVOID Context, PVOID A1, PVOID A2) {
  FreeTables((PADAPTER)Context);
  // CHECK: :[[@LINE-1]]:3: warning: 'FreeTables' is pageable and is called at DISPATCH_LEVEL [paged-code-under-lock]
  // CHECK-NEXT: :[[@LINE-3]]:6: note: 'CleanupDpc' runs at IRQL DISPATCH_LEVEL: its role KDEFERRED_ROUTINE
  // CHECK-NEXT: :[[@LINE-27]]:1: note: 'FreeTables' is pageable: it is defined in a PAGE code segment
}
