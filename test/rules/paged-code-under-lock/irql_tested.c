// A pageable logger called only where the current IRQL was tested low
// enough: a helper that logs through `if (KeGetCurrentIrql() <
// DISPATCH_LEVEL) WriteLog(…)` reaches pageable code only when called
// below DISPATCH_LEVEL (its summary says so), so calling it under a spin
// lock is fine; a helper that logs without the test is reported. After
// such a defensive test, the way at DISPATCH_LEVEL is only assumed (the
// routine's IRQL was never known): as for irql-too-high, no finding rests
// on it. A test that finds the code above DISPATCH_LEVEL still counts.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %irqlint --dump-summary %s -- %wdk_amd64 | FileCheck %s --check-prefix=SUMMARY

#include <ntddk.h>

typedef struct _QUEUE {
  KSPIN_LOCK Lock;
  ULONG Pending;
  PDEVICE_OBJECT Device;
} QUEUE, *PQUEUE;

VOID WriteLog(PCSTR Message);
#pragma alloc_text(PAGE, WriteLog)
VOID WriteLog(PCSTR Message) {
  PAGED_CODE();
  UNREFERENCED_PARAMETER(Message);
}

#define LOG(m)                                                                 \
  {                                                                            \
    if (KeGetCurrentIrql() < DISPATCH_LEVEL)                                    \
      WriteLog(m);                                                             \
  }

BOOLEAN IsStopping(PQUEUE Queue) {
  if (Queue->Device == NULL) {
    LOG("no device");
    return TRUE;
  }
  return FALSE;
}
// SUMMARY-LABEL: summary IsStopping
// SUMMARY: touches pageable code when called at <= APC_LEVEL by WriteLog

BOOLEAN IsStoppingLoud(PQUEUE Queue) {
  if (Queue->Device == NULL) {
    WriteLog("no device");
    return TRUE;
  }
  return FALSE;
}

VOID Drain(PQUEUE Queue) {
  KIRQL irql;
  KeAcquireSpinLock(&Queue->Lock, &irql);
  if (!IsStopping(Queue))
    Queue->Pending = 0;
  if (!IsStoppingLoud(Queue))
    // CHECK: :[[@LINE-1]]:8: warning: 'IsStoppingLoud' reaches pageable code and is called while 'Queue->Lock' is held [paged-code-under-lock]
    Queue->Pending = 0;
  KeReleaseSpinLock(&Queue->Lock, irql);
}

// A routine whose IRQL is not known logs, then calls the pageable logger
// directly: the way the test sent to DISPATCH_LEVEL is only assumed.
VOID Cleanup(PQUEUE Queue) {
  LOG("cleanup");
  WriteLog("cleaning");
  Queue->Pending = 0;
}

// A shutdown handler that tests for a level above DISPATCH_LEVEL states
// that it runs there: the pageable call after the test is reported on
// that way.
VOID Shutdown(PQUEUE Queue) {
  if (KeGetCurrentIrql() <= DISPATCH_LEVEL)
    Queue->Pending = 0;
  WriteLog("shutdown");
  // CHECK: :[[@LINE-1]]:3: warning: 'WriteLog' is pageable and is called at {{.*}} [paged-code-under-lock]
}
