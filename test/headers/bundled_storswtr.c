// The storage drivers' tracing header of the bundled storswtr.h: with WPP
// (the default: DEBUG_USE_WPP, the generated .tmh gets irqlint's stand-in
// and TracePrint comes from the configuration block below, as a project's
// -func: would give it) and with debugger prints (DEBUG_USE_KDPRINT: the
// header's TracePrint). The storage trace flags and the levels compile in
// both, and the lock finding next to the trace calls is the code's.
// RUN: %expect_exit 1 %irqlint --no-cache %s | FileCheck %s %check_not
// RUN: %expect_exit 1 %irqlint --no-cache %s -- -DDEBUG_USE_KDPRINT | FileCheck %s %check_not

#include <ntddk.h>

#include <storswtr.h>
#define WPP_CONTROL_GUIDS                                                      \
  WPP_CONTROL_GUIDS_NORMAL_FLAGS((5a1e0001, 0002, 0003, 0004, 000000000005))
#ifdef DEBUG_USE_WPP
#include "bundled_storswtr.tmh"
#endif

/*
begin_wpp config
FUNC TracePrint((LEVEL, FLAGS, MSG, ...));
end_wpp
*/

KSPIN_LOCK QueueLock;
ULONG QueueDepth;

VOID QueueStart(ULONG Depth) {
  KIRQL old;
  KeAcquireSpinLock(&QueueLock, &old);
  // CHECK: :[[@LINE-1]]:3: warning: 'QueueLock' is acquired by KeAcquireSpinLock but not released on every path out of 'QueueStart' [lock-not-released]
  TracePrint((TRACE_LEVEL_INFORMATION, TRACE_FLAG_QUEUE, "depth %u", Depth));
  if (Depth == 0) {
    TracePrint((TRACE_LEVEL_ERROR, TRACE_FLAG_PNP | TRACE_FLAG_SCSI, "none"));
    return;
    // CHECK: :[[@LINE-1]]:5: note: returns here
  }
  QueueDepth = Depth;
  KeReleaseSpinLock(&QueueLock, old);
}
