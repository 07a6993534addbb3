// _Analysis_assume_(e) as a statement is a fact from there on (the bundled
// sal.h makes the branch where e is false end): an IRQL the code asserts,
// a status it knows to be a success.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <ntddk.h>

typedef struct _EXT {
  KSPIN_LOCK Lock;
  HANDLE Key;
  ULONG Count;
} EXT, *PEXT;

NTSTATUS Prepare(PEXT Ext);

// Nothing is known about the caller's IRQL, but the author states it.
VOID AtDispatch(PEXT Ext) {
  _Analysis_assume_(KeGetCurrentIrql() == DISPATCH_LEVEL);
  KeAcquireSpinLockAtDpcLevel(&Ext->Lock);
  Ext->Count++;
  KeReleaseSpinLockFromDpcLevel(&Ext->Lock);
  ZwClose(Ext->Key);
  // CHECK: :[[@LINE-1]]:3: warning: ZwClose requires IRQL <= PASSIVE_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
}

// A status known to be a success decides a later test of it.
NTSTATUS Locked(PEXT Ext) {
  KIRQL irql;
  NTSTATUS status = Prepare(Ext);
  _Analysis_assume_(NT_SUCCESS(status));
  KeAcquireSpinLock(&Ext->Lock, &irql);
  if (!NT_SUCCESS(status))
    return status; /* not a path */
  Ext->Count++;
  KeReleaseSpinLock(&Ext->Lock, irql);
  return status;
}

// The WDK's macro is empty outside the code analyzer, so drivers name in it
// routines they declare only for the analyzer: the assumption compiles, and
// the code around it is analyzed from whole statements.
#if defined(_PREFAST_)
BOOLEAN AnalyzerOnlyNote(PEXT Ext);
#endif

VOID NotesForTheAnalyzer(PEXT Ext) {
  KIRQL irql;
  KeAcquireSpinLock(&Ext->Lock, &irql);
  _Analysis_assume_(FALSE != AnalyzerOnlyNote(Ext));
  Ext->Count++;
  ZwClose(Ext->Key);
  // CHECK: :[[@LINE-1]]:3: warning: ZwClose requires IRQL <= PASSIVE_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  KeReleaseSpinLock(&Ext->Lock, irql);
}
