// A framework timer's EvtTimerFunc is a DPC by default, but runs at
// PASSIVE_LEVEL from a work item when its object's execution level is
// WdfExecutionLevelPassive. The analysis does not follow which object the
// execution level was set on: a program that sets one anywhere has its
// timer callbacks analyzed at PASSIVE_LEVEL or DISPATCH_LEVEL, where a
// PASSIVE_LEVEL-only call is not provably too high.
// RUN: %irqlint %s | FileCheck %s --allow-empty %check_not
// RUN: %irqlint --dump-state %s | FileCheck %s --check-prefix=STATE

#include <ntddk.h>
#include <wdf.h>

static VOID FlushTimer(WDFTIMER Timer) {
  UNREFERENCED_PARAMETER(Timer);
  ZwClose(NULL);
}
// STATE-LABEL: function FlushTimer
// STATE-NEXT: entry irql PASSIVE..DISPATCH (registered as a timer callback by WDF_TIMER_CONFIG_INIT in 'CreateFlushTimer', or at PASSIVE_LEVEL (an object's execution level set in 'CreateFlushTimer'))

NTSTATUS CreateFlushTimer(WDFDEVICE Device, WDFTIMER *Timer) {
  WDF_TIMER_CONFIG config;
  WDF_OBJECT_ATTRIBUTES attributes;
  WDF_TIMER_CONFIG_INIT(&config, FlushTimer);
  WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
  attributes.ParentObject = Device;
  attributes.ExecutionLevel = WdfExecutionLevelPassive;
  return WdfTimerCreate(&config, &attributes, Timer);
}
