// irql-too-high: a debug print whose format literal uses a Unicode code
// (%C, %S, %lc, %ls, %wc, %ws, %wZ), which the DbgPrint pages allow only at
// PASSIVE_LEVEL, where the IRQL is provably higher: under a spin lock, in a
// DPC, after a raise, under a fast mutex. KdPrint is DbgPrint in a DBG
// build; a format pasted together from a macro and a literal is one string.
// RUN: not %irqlint %s -- %wdk_amd64 -DDBG=1 | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 -DDBG=1 | FileCheck %s %check_not

#include <ntddk.h>

#define TRACE_TAG "serial: "

typedef struct _UNIT {
  KSPIN_LOCK StateLock;
  FAST_MUTEX ConfigMutex;
  UNICODE_STRING DeviceName;
  PWSTR Label;
  WCHAR Letter;
  ULONG State;
} UNIT, *PUNIT;

void ReportUnderLock(PUNIT u) {
  KIRQL old;
  KeAcquireSpinLock(&u->StateLock, &old);
  if (u->State == 3)
    DbgPrint(TRACE_TAG "bad state for %wZ\n", &u->DeviceName);
  // CHECK: :[[@LINE-1]]:5: warning: DbgPrint with the Unicode format code '%wZ' requires IRQL == PASSIVE_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-4]]:3: note: 'u->StateLock' acquired here by KeAcquireSpinLock, raising the IRQL to DISPATCH_LEVEL
  KdPrint(("label %-12.4ws\n", u->Label));
  // CHECK: :[[@LINE-1]]:3: warning: DbgPrint with the Unicode format code '%ws' requires IRQL == PASSIVE_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-7]]:3: note: 'u->StateLock'
  DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_ERROR_LEVEL, "100%% done, drive %C\n",
             u->Letter);
  // CHECK: :[[@LINE-2]]:3: warning: DbgPrintEx with the Unicode format code '%C' requires IRQL == PASSIVE_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-11]]:3: note: 'u->StateLock'
  KeReleaseSpinLock(&u->StateLock, old);
}

KDEFERRED_ROUTINE UnitDpc;
void UnitDpc(PKDPC Dpc, PVOID Context, PVOID A1, PVOID A2) {
  PUNIT u = (PUNIT)Context;
  UNREFERENCED_PARAMETER(Dpc);
  UNREFERENCED_PARAMETER(A1);
  UNREFERENCED_PARAMETER(A2);
  KdPrintEx((DPFLTR_IHVDRIVER_ID, DPFLTR_INFO_LEVEL, "dpc %ls\n", u->Label));
  // CHECK: :[[@LINE-1]]:3: warning: DbgPrintEx with the Unicode format code '%ls' requires IRQL == PASSIVE_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-7]]:6: note: 'UnitDpc' runs at IRQL DISPATCH_LEVEL: its role KDEFERRED_ROUTINE
}

void AfterRaise(PUNIT u) {
  KIRQL old;
  KeRaiseIrql(DISPATCH_LEVEL, &old);
  DbgPrint("char %wc\n", u->Letter);
  // CHECK: :[[@LINE-1]]:3: warning: DbgPrint with the Unicode format code '%wc' requires IRQL == PASSIVE_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-3]]:3: note:
  KeLowerIrql(old);
}

void UnderFastMutex(PUNIT u) {
  ExAcquireFastMutex(&u->ConfigMutex);
  DbgPrint("config %S\n", u->Label);
  // CHECK: :[[@LINE-1]]:3: warning: DbgPrint with the Unicode format code '%S' requires IRQL == PASSIVE_LEVEL, but here the IRQL is APC_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-3]]:3: note:
  ExReleaseFastMutex(&u->ConfigMutex);
}
