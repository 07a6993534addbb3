// The Inflight Trace Recorder interface of the bundled WppRecorder.h, as a
// WPP-tracing driver uses it next to its own WPP setup: a log of its own
// created with documented create parameters, the default log, the
// configuration call. A missing or misdeclared name is a clang error,
// which fails the test; WppRecorderConfigure's documented PASSIVE_LEVEL
// maximum is read from its declaration.
// RUN: %expect_exit 1 %irqlint --no-cache %s | FileCheck %s %check_not

#include <ntddk.h>
#include <wpprecorder.h>

typedef struct _PUMP {
  KSPIN_LOCK Lock;
  RECORDER_LOG Log;
} PUMP, *PPUMP;

NTSTATUS PumpLogStart(PPUMP Pump) {
  RECORDER_LOG_CREATE_PARAMS create;
  RECORDER_CONFIGURE_PARAMS configure;
  RECORDER_CONFIGURE_PARAMS_INIT(&configure);
  configure.UseTimeStamp = WppRecorderTrue;
  WppRecorderConfigure(&configure);
  RECORDER_LOG_CREATE_PARAMS_INIT(&create, "pump");
  create.TotalBufferSize = 4096;
  create.ErrorPartitionSize = 512;
  if (!NT_SUCCESS(WppRecorderLogCreate(&create, &Pump->Log))) {
    if (!WppRecorderIsDefaultLogAvailable())
      return STATUS_UNSUCCESSFUL;
    Pump->Log = WppRecorderLogGetDefault();
  } else {
    WppRecorderLogSetIdentifier(Pump->Log, "pump0");
  }
  return STATUS_SUCCESS;
}

VOID PumpLogReconfigure(PPUMP Pump) {
  KIRQL old;
  RECORDER_CONFIGURE_PARAMS configure;
  RECORDER_CONFIGURE_PARAMS_INIT(&configure);
  KeAcquireSpinLock(&Pump->Lock, &old);
  WppRecorderConfigure(&configure);
  // CHECK: :[[@LINE-1]]:3: warning: WppRecorderConfigure requires IRQL <= PASSIVE_LEVEL (by its annotations), but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  KeReleaseSpinLock(&Pump->Lock, old);
  WppRecorderLogDelete(Pump->Log);
}
