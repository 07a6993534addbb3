// A routine that takes a lock and returns TRUE exactly where it keeps it,
// FALSE where it let it go again (`Acquire(L); if (req != Current) {
// Release(L); return FALSE; } return TRUE;`, a wireless driver's "acquire
// the current scan context"): its result tells its callers that they hold
// the lock, as `_When_(return != 0, _Acquires_lock_(L))` would say. Its
// summary is a try-acquire and its held exit is no leak. Callers holding
// the lock where the result says so are checked as for any try: a leak
// after a TRUE result is theirs (reported where nobody can release it: a
// system callback; a void helper keeping it is read as an acquire routine
// whose acquire may be skipped, as for any try). With no caller that releases the lock and
// no release half in the program, the routine's TRUE path is a leak
// inside it, as for any acquire routine. A status routine keeping the
// lock where it returns a failure code stays a leak (the returned values
// must be TRUE and FALSE).
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %irqlint --dump-summary %s -- %wdk_amd64 | FileCheck %s --check-prefix=SUMMARY

#include <ntddk.h>

typedef struct _SCAN_INFO {
  KSPIN_LOCK Lock;
  KIRQL OldIrql;
  PVOID CurrentRequest;
  PVOID CurrentContext;
} SCAN_INFO, *PSCAN_INFO;

BOOLEAN ScanAcquireCurrentContext(PSCAN_INFO Info, PVOID Request,
                                  PVOID *Context) {
  BOOLEAN current = FALSE;
  KeAcquireSpinLock(&Info->Lock, &Info->OldIrql);
  do {
    if (Request != Info->CurrentRequest)
      break;
    current = TRUE;
    *Context = Info->CurrentContext;
  } while (FALSE);
  if (!current)
    KeReleaseSpinLock(&Info->Lock, Info->OldIrql);
  return current;
}
// SUMMARY-LABEL: summary ScanAcquireCurrentContext
// SUMMARY-NEXT: try-acquires Info->Lock (argument 1) ke saving in Info->OldIrql (argument 1) by KeAcquireSpinLock

VOID ScanReleaseCurrentContext(PSCAN_INFO Info) {
  KeReleaseSpinLock(&Info->Lock, Info->OldIrql);
}

VOID ScanCallback(PSCAN_INFO Info, PVOID Request) {
  PVOID context;
  if (!ScanAcquireCurrentContext(Info, Request, &context))
    return;
  Info->CurrentContext = NULL;
  ScanReleaseCurrentContext(Info);
}

// A DPC that keeps the lock after a TRUE result: its own leak (nobody
// releases what a system callback leaves held).
KDEFERRED_ROUTINE ScanPeekDpc;
VOID ScanPeekDpc(PKDPC Dpc, PVOID Context, PVOID Request, PVOID Unused) {
  PSCAN_INFO Info = (PSCAN_INFO)Context;
  PVOID context;
  UNREFERENCED_PARAMETER(Dpc);
  UNREFERENCED_PARAMETER(Unused);
  if (ScanAcquireCurrentContext(Info, Request, &context))
    // CHECK: :[[@LINE-1]]:7: warning: 'Info->Lock' is acquired by ScanAcquireCurrentContext but not released on every path out of 'ScanPeekDpc' [lock-not-released]
    Info->CurrentContext = context;
  // CHECK-NEXT: :[[@LINE+1]]:1: note: returns here with 'Info->Lock' held
}

// The same shape for a lock no function of the program ever releases for
// a caller, and no caller lets go of: the TRUE path is a leak.
typedef struct _PORT {
  FAST_MUTEX Mutex;
  BOOLEAN Open;
} PORT, *PPORT;

BOOLEAN PortLockIfOpen(PPORT Port) {
  ExAcquireFastMutex(&Port->Mutex);
  // CHECK: :[[@LINE-1]]:3: warning: fast mutex 'Port->Mutex' is acquired by ExAcquireFastMutex but not released on every path out of 'PortLockIfOpen' [lock-not-released]
  if (!Port->Open) {
    ExReleaseFastMutex(&Port->Mutex);
    return FALSE;
  }
  return TRUE;
  // CHECK-NEXT: :[[@LINE-1]]:3: note: returns here with 'Port->Mutex' held
}

// A status routine that keeps the lock where it returns a failure code
// and releases it on success: a forgotten release, not a try.
typedef struct _QUEUE {
  KSPIN_LOCK Lock;
  ULONG Depth;
} QUEUE, *PQUEUE;

NTSTATUS QueueCheck(PQUEUE Queue, PKIRQL OldIrql) {
  KeAcquireSpinLock(&Queue->Lock, OldIrql);
  // CHECK: :[[@LINE-1]]:3: warning: 'Queue->Lock' is acquired by KeAcquireSpinLock but not released on every path out of 'QueueCheck' [lock-not-released]
  if (Queue->Depth == 0)
    return STATUS_UNSUCCESSFUL;
  // CHECK-NEXT: :[[@LINE-1]]:5: note: returns here with 'Queue->Lock' held
  KeReleaseSpinLock(&Queue->Lock, *OldIrql);
  return STATUS_SUCCESS;
}
// SUMMARY-LABEL: summary QueueCheck
// SUMMARY-NEXT: maybe acquires Queue->Lock (argument 1)
