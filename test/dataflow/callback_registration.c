// Callbacks get their IRQL from the call that registers them (issue 19,
// item 1): work items, system threads, DPCs, timers (NDIS, framework and
// ExAllocateTimer's, with its delete callback) and completion routines
// run where their registering routine's page says, whatever the function is
// declared with. --dump-state and the notes name the registration. A work
// item that calls a helper using the ...AtDpcLevel lock routines is too low;
// a DPC or timer callback that closes a handle is too high; a threaded DPC
// and a completion routine may run at PASSIVE_LEVEL or DISPATCH_LEVEL, where
// neither is provable.
// RUN: %expect_exit 1 %irqlint %s | FileCheck %s %check_not
// RUN: %irqlint --dump-state %s | FileCheck %s --check-prefix=STATE

#include <ntddk.h>
#include <ndis.h>
#include <wdf.h>

typedef struct _ADAPTER {
  KSPIN_LOCK StatsLock;
  ULONG Resets;
  HANDLE Log;
  WORK_QUEUE_ITEM ResetItem;
  PEX_TIMER Tick;
  PIO_WORKITEM IoItem;
  NDIS_HANDLE NdisItem;
  KDPC PollDpc;
  KDPC ThreadedDpc;
  NDIS_MINIPORT_TIMER Watchdog;
} ADAPTER, *PADAPTER;

// needs DISPATCH_LEVEL: it uses the AtDpcLevel lock routines
static VOID CountReset(PADAPTER a) {
  KeAcquireSpinLockAtDpcLevel(&a->StatsLock);
  a->Resets++;
  KeReleaseSpinLockFromDpcLevel(&a->StatsLock);
}

// ---- PASSIVE_LEVEL: work items and system threads ----
static VOID ResetWorker(PVOID Context) {
  CountReset((PADAPTER)Context);
  // CHECK: callback_registration.c:[[@LINE-1]]:3: warning: CountReset requires IRQL >= DISPATCH_LEVEL (by what it calls), but here the IRQL is PASSIVE_LEVEL [irql-too-low]
  // CHECK-NEXT: :[[@LINE-3]]:13: note: 'ResetWorker' runs at IRQL PASSIVE_LEVEL: registered as a work item through WORK_QUEUE_ITEM.WorkerRoutine in 'StartReset'
  // CHECK-NEXT: note: 'CountReset' calls KeAcquireSpinLockAtDpcLevel here
}
// STATE-LABEL: function ResetWorker
// STATE-NEXT: entry irql PASSIVE (registered as a work item through WORK_QUEUE_ITEM.WorkerRoutine in 'StartReset')

static VOID IoResetWorker(PDEVICE_OBJECT Device, PVOID Context) {
  UNREFERENCED_PARAMETER(Device);
  CountReset((PADAPTER)Context);
  // CHECK: callback_registration.c:[[@LINE-1]]:3: warning: CountReset requires IRQL >= DISPATCH_LEVEL {{.*}} [irql-too-low]
  // CHECK-NEXT: note: 'IoResetWorker' runs at IRQL PASSIVE_LEVEL: registered as a work item by IoQueueWorkItem in 'StartReset'
  // CHECK-NEXT: note: 'CountReset' calls KeAcquireSpinLockAtDpcLevel here
}
// STATE-LABEL: function IoResetWorker
// STATE-NEXT: entry irql PASSIVE (registered as a work item by IoQueueWorkItem in 'StartReset')

static VOID IoResetWorkerEx(PVOID IoObject, PVOID Context, PIO_WORKITEM Item) {
  UNREFERENCED_PARAMETER(IoObject);
  UNREFERENCED_PARAMETER(Item);
  CountReset((PADAPTER)Context);
  // CHECK: callback_registration.c:[[@LINE-1]]:3: warning: CountReset requires IRQL >= DISPATCH_LEVEL {{.*}} [irql-too-low]
  // CHECK-NEXT: note: 'IoResetWorkerEx' runs at IRQL PASSIVE_LEVEL: registered as a work item by IoQueueWorkItemEx in 'StartReset'
  // CHECK-NEXT: note: 'CountReset' calls KeAcquireSpinLockAtDpcLevel here
}

static VOID NdisResetWorker(PVOID Context, NDIS_HANDLE Item) {
  UNREFERENCED_PARAMETER(Item);
  CountReset((PADAPTER)Context);
  // CHECK: callback_registration.c:[[@LINE-1]]:3: warning: CountReset requires IRQL >= DISPATCH_LEVEL {{.*}} [irql-too-low]
  // CHECK-NEXT: note: 'NdisResetWorker' runs at IRQL PASSIVE_LEVEL: registered as a work item by NdisQueueIoWorkItem in 'StartReset'
  // CHECK-NEXT: note: 'CountReset' calls KeAcquireSpinLockAtDpcLevel here
}

static VOID LogThread(PVOID Context) {
  CountReset((PADAPTER)Context);
  // CHECK: callback_registration.c:[[@LINE-1]]:3: warning: CountReset requires IRQL >= DISPATCH_LEVEL {{.*}} [irql-too-low]
  // CHECK-NEXT: note: 'LogThread' runs at IRQL PASSIVE_LEVEL: registered as a system thread by PsCreateSystemThread in 'StartReset'
  // CHECK-NEXT: note: 'CountReset' calls KeAcquireSpinLockAtDpcLevel here
}

static VOID IoLogThread(PVOID Context) {
  CountReset((PADAPTER)Context);
  // CHECK: callback_registration.c:[[@LINE-1]]:3: warning: CountReset requires IRQL >= DISPATCH_LEVEL {{.*}} [irql-too-low]
  // CHECK-NEXT: note: 'IoLogThread' runs at IRQL PASSIVE_LEVEL: registered as a system thread by IoCreateSystemThread in 'StartReset'
  // CHECK-NEXT: note: 'CountReset' calls KeAcquireSpinLockAtDpcLevel here
}

// ---- DISPATCH_LEVEL: DPCs and timers ----
static VOID PollDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2) {
  UNREFERENCED_PARAMETER(Dpc);
  UNREFERENCED_PARAMETER(Arg1);
  UNREFERENCED_PARAMETER(Arg2);
  ZwClose(((PADAPTER)Context)->Log);
  // CHECK: callback_registration.c:[[@LINE-1]]:3: warning: ZwClose requires IRQL <= PASSIVE_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: note: 'PollDpc' runs at IRQL DISPATCH_LEVEL: registered as a DPC by KeInitializeDpc in 'StartReset'
}
// STATE-LABEL: function PollDpc
// STATE-NEXT: entry irql DISPATCH (registered as a DPC by KeInitializeDpc in 'StartReset')

static VOID DeviceDpc(PKDPC Dpc, PDEVICE_OBJECT Device, PIRP Irp, PVOID Context) {
  UNREFERENCED_PARAMETER(Dpc);
  UNREFERENCED_PARAMETER(Irp);
  UNREFERENCED_PARAMETER(Context);
  ZwClose(((PADAPTER)Device->DeviceExtension)->Log);
  // CHECK: callback_registration.c:[[@LINE-1]]:3: warning: ZwClose requires IRQL <= PASSIVE_LEVEL{{.*}} [irql-too-high]
  // CHECK-NEXT: note: 'DeviceDpc' runs at IRQL DISPATCH_LEVEL: registered as a DPC by IoInitializeDpcRequest in 'StartReset'
}

static VOID WatchdogTimer(PVOID S1, PVOID Context, PVOID S2, PVOID S3) {
  UNREFERENCED_PARAMETER(S1);
  UNREFERENCED_PARAMETER(S2);
  UNREFERENCED_PARAMETER(S3);
  ZwClose(((PADAPTER)Context)->Log);
  // CHECK: callback_registration.c:[[@LINE-1]]:3: warning: ZwClose requires IRQL <= PASSIVE_LEVEL{{.*}} [irql-too-high]
  // CHECK-NEXT: note: 'WatchdogTimer' runs at IRQL DISPATCH_LEVEL: registered as a timer callback by NdisMInitializeTimer in 'StartReset'
}

static VOID TimerObjectCallback(PVOID S1, PVOID Context, PVOID S2, PVOID S3) {
  UNREFERENCED_PARAMETER(S1);
  UNREFERENCED_PARAMETER(S2);
  UNREFERENCED_PARAMETER(S3);
  ZwClose(((PADAPTER)Context)->Log);
  // CHECK: callback_registration.c:[[@LINE-1]]:3: warning: ZwClose requires IRQL <= PASSIVE_LEVEL{{.*}} [irql-too-high]
  // CHECK-NEXT: note: 'TimerObjectCallback' runs at IRQL DISPATCH_LEVEL: registered as a timer callback through NDIS_TIMER_CHARACTERISTICS.TimerFunction in 'StartReset'
}

static VOID HighResolutionTick(PEX_TIMER Timer, PVOID Context) {
  UNREFERENCED_PARAMETER(Timer);
  ZwClose(((PADAPTER)Context)->Log);
  // CHECK: callback_registration.c:[[@LINE-1]]:3: warning: ZwClose requires IRQL <= PASSIVE_LEVEL{{.*}} [irql-too-high]
  // CHECK-NEXT: note: 'HighResolutionTick' runs at IRQL DISPATCH_LEVEL: registered as a timer callback by ExAllocateTimer in 'StartReset'
}

static VOID TickTimerDeleted(PVOID Context) {
  ZwClose(((PADAPTER)Context)->Log);
  // CHECK: callback_registration.c:[[@LINE-1]]:3: warning: ZwClose requires IRQL <= PASSIVE_LEVEL{{.*}} [irql-too-high]
}
// STATE-LABEL: function TickTimerDeleted
// STATE-NEXT: entry irql DISPATCH (its registration as DeleteCallback in 'StartReset')

static VOID FrameworkTimer(WDFTIMER Timer) {
  UNREFERENCED_PARAMETER(Timer);
  ZwClose(NULL);
  // CHECK: callback_registration.c:[[@LINE-1]]:3: warning: ZwClose requires IRQL <= PASSIVE_LEVEL{{.*}} [irql-too-high]
  // CHECK-NEXT: note: 'FrameworkTimer' runs at IRQL DISPATCH_LEVEL: registered as a timer callback by WDF_TIMER_CONFIG_INIT_PERIODIC in 'StartReset'
}

// ---- PASSIVE_LEVEL or DISPATCH_LEVEL: nothing is provable ----
static VOID ThreadedPoll(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2) {
  UNREFERENCED_PARAMETER(Dpc);
  UNREFERENCED_PARAMETER(Arg1);
  UNREFERENCED_PARAMETER(Arg2);
  ZwClose(((PADAPTER)Context)->Log);
}
// STATE-LABEL: function ThreadedPoll
// STATE-NEXT: entry irql PASSIVE..DISPATCH (registered as a DPC by KeInitializeThreadedDpc in 'StartReset')

static VOID ThreadedCount(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2) {
  UNREFERENCED_PARAMETER(Dpc);
  UNREFERENCED_PARAMETER(Arg1);
  UNREFERENCED_PARAMETER(Arg2);
  CountReset((PADAPTER)Context);
}

static NTSTATUS ResetDone(PDEVICE_OBJECT Device, PIRP Irp, PVOID Context) {
  UNREFERENCED_PARAMETER(Device);
  UNREFERENCED_PARAMETER(Irp);
  CountReset((PADAPTER)Context);
  return STATUS_CONTINUE_COMPLETION;
}
// STATE-LABEL: function ResetDone
// STATE-NEXT: entry irql PASSIVE..DISPATCH (registered as a completion routine by IoSetCompletionRoutine in 'StartReset')

static NTSTATUS ResetDoneEx(PDEVICE_OBJECT Device, PIRP Irp, PVOID Context) {
  UNREFERENCED_PARAMETER(Device);
  UNREFERENCED_PARAMETER(Irp);
  CountReset((PADAPTER)Context);
  return STATUS_CONTINUE_COMPLETION;
}
// STATE-LABEL: function ResetDoneEx
// STATE-NEXT: entry irql PASSIVE..DISPATCH (registered as a completion routine by IoSetCompletionRoutineEx in 'StartReset')

VOID StartReset(PADAPTER a, PDEVICE_OBJECT Device, PIRP Irp, NDIS_HANDLE Miniport) {
  HANDLE thread;
  NDIS_TIMER_CHARACTERISTICS timer;
  NDIS_HANDLE timerObject;
  WDF_TIMER_CONFIG timerConfig;
  EXT_DELETE_PARAMETERS tickDelete;
  ExInitializeWorkItem(&a->ResetItem, ResetWorker, a);
  ExQueueWorkItem(&a->ResetItem, DelayedWorkQueue);
  IoQueueWorkItem(a->IoItem, IoResetWorker, DelayedWorkQueue, a);
  IoQueueWorkItemEx(a->IoItem, IoResetWorkerEx, DelayedWorkQueue, a);
  NdisQueueIoWorkItem(a->NdisItem, NdisResetWorker, a);
  PsCreateSystemThread(&thread, 0, NULL, NULL, NULL, LogThread, a);
  IoCreateSystemThread(Device, &thread, 0, NULL, NULL, NULL, IoLogThread, a);
  KeInitializeDpc(&a->PollDpc, PollDpc, a);
  KeInitializeThreadedDpc(&a->ThreadedDpc, ThreadedPoll, a);
  KeInitializeThreadedDpc(&a->ThreadedDpc, ThreadedCount, a);
  IoInitializeDpcRequest(Device, DeviceDpc);
  NdisMInitializeTimer(&a->Watchdog, Miniport, WatchdogTimer, a);
  timer.TimerFunction = TimerObjectCallback;
  NdisAllocateTimerObject(Miniport, &timer, &timerObject);
  WDF_TIMER_CONFIG_INIT_PERIODIC(&timerConfig, FrameworkTimer, 100);
  a->Tick = ExAllocateTimer(HighResolutionTick, a, EX_TIMER_HIGH_RESOLUTION);
  tickDelete.DeleteCallback = TickTimerDeleted;
  tickDelete.DeleteContext = a;
  ExDeleteTimer(a->Tick, TRUE, FALSE, &tickDelete);
  IoSetCompletionRoutine(Irp, ResetDone, a, TRUE, TRUE, TRUE);
  IoSetCompletionRoutineEx(Device, Irp, ResetDoneEx, a, TRUE, TRUE, TRUE);
}
