// A source that traces with WPP, analyzed without the WPP preprocessor:
// its "missing_tmh.tmh" does not exist, so irqlint supplies a stand-in.
// The trace function of the header's begin_wpp block (CounterLog), WPP's
// default DoTraceMessage, the WPP_DEFINE_BIT flags, the TRACE_LEVEL_*
// levels and the control macros all compile; trace calls inside lock code
// do not hide the lock finding next to them, and a trace call whose
// arguments name the lock does not change the lock analysis.
// RUN: %expect_exit 1 %irqlint --no-cache %s | FileCheck %s %check_not
// RUN: %irqlint --dump-config %s | FileCheck %s --check-prefix=DUMP
// DUMP:      wpp:
// DUMP-NEXT:   - file: "{{.*}}missing_tmh.c"
// DUMP-NEXT:     wpp-enabled: unknown (not a project)
// DUMP-NEXT:     tmh:
// DUMP-NEXT:       - { include: "missing_tmh.tmh", in: "{{.*}}missing_tmh.c:31", stand-in: "{{.*}}wpp/missing_tmh.tmh" }
// DUMP-NEXT:     functions:
// DUMP-NEXT:       - { function: "CounterLog(LEVEL, FLAGS, MSG, ...)", from: "{{.*}}counter_trace.h:19" }
// DUMP-NEXT:       - { function: "DoTraceMessage(FLAG,MSG,...)", from: "WPP's default configuration" }
// DUMP-NEXT:     flags:
// DUMP-NEXT:       - { flag: "CNT_INIT", from: "{{.*}}counter_trace.h:9" }
// DUMP-NEXT:       - { flag: "CNT_IO", from: "{{.*}}counter_trace.h:10" }
// DUMP-NEXT:       - { flag: "CNT_POWER", from: "{{.*}}counter_trace.h:11" }
// DUMP-NEXT:     other-configuration:
// DUMP-NEXT:       - { line: "USEPREFIX(CounterLog, \"%!STDPREFIX! %!FUNC!: \")", from: "{{.*}}counter_trace.h:20" }

#include <ntddk.h>

#include "Inputs/plain/counter_trace.h"

#define EVENT_TRACING 1
#if defined(EVENT_TRACING)
#include "missing_tmh.tmh"
#endif

typedef struct _COUNTER {
  KSPIN_LOCK Lock;
  LONG Value;
} COUNTER, *PCOUNTER;

NTSTATUS CounterStart(PDRIVER_OBJECT Driver, PUNICODE_STRING Path) {
  WPP_INIT_TRACING(Driver, Path);
  DoTraceMessage(CNT_INIT, "started %wZ", Path);
  return STATUS_SUCCESS;
}

VOID CounterStop(PDRIVER_OBJECT Driver) {
  CounterLog(TRACE_LEVEL_INFORMATION, CNT_INIT, "stopping");
  WPP_CLEANUP(Driver);
}

// A trace call between the acquire and the early return: still reported.
LONG CounterBump(PCOUNTER Counter, LONG Limit) {
  KIRQL old;
  KeAcquireSpinLock(&Counter->Lock, &old);
  // CHECK: missing_tmh.c:[[@LINE-1]]:3: warning: '{{.*}}Lock' is acquired by KeAcquireSpinLock but not released on every path out of 'CounterBump' [lock-not-released]
  CounterLog(TRACE_LEVEL_VERBOSE, CNT_IO, "value %d", Counter->Value);
  if (Counter->Value >= Limit) {
    DoTraceMessage(CNT_IO, "limit %d reached", Limit);
    return Counter->Value;
    // CHECK: missing_tmh.c:[[@LINE-1]]:5: note: returns here
  }
  Counter->Value++;
  KeReleaseSpinLock(&Counter->Lock, old);
  return Counter->Value;
}

// The lock's address and the IRQL as trace arguments: nothing to report.
LONG CounterRead(PCOUNTER Counter) {
  KIRQL old;
  LONG value;
  KeAcquireSpinLock(&Counter->Lock, &old);
  CounterLog(TRACE_LEVEL_VERBOSE, CNT_IO, "lock %p at %d", &Counter->Lock,
             KeGetCurrentIrql());
  value = Counter->Value;
  if (WPP_LEVEL_ENABLED(CNT_POWER))
    DoTraceMessage(CNT_POWER, "read %d", value);
  KeReleaseSpinLock(&Counter->Lock, old);
  return value;
}
