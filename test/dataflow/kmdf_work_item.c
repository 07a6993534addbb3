// A KMDF work item's EvtWorkItem "runs at IRQL = PASSIVE_LEVEL in the
// context of a system worker thread", whatever the parent object's
// execution level: declared with the EVT_WDF_WORKITEM role, or registered
// through WDF_WORKITEM_CONFIG_INIT (its PFN_WDF_WORKITEM parameter), it is
// analyzed at PASSIVE_LEVEL, where the ...AtDpcLevel lock routines are too
// low and waiting is allowed.
// RUN: %expect_exit 1 %irqlint %s | FileCheck %s %check_not

#include <ntddk.h>
#include <wdf.h>

typedef struct _QUEUE_CTX {
  KSPIN_LOCK Lock;
  KEVENT Idle;
  ULONG Pending;
} QUEUE_CTX, *PQUEUE_CTX;

QUEUE_CTX Shared;

EVT_WDF_WORKITEM DrainByRole;
VOID DrainByRole(WDFWORKITEM WorkItem) {
  UNREFERENCED_PARAMETER(WorkItem);
  KeWaitForSingleObject(&Shared.Idle, Executive, KernelMode, FALSE, NULL);
  KeAcquireSpinLockAtDpcLevel(&Shared.Lock);
  // CHECK: kmdf_work_item.c:[[@LINE-1]]:3: warning: KeAcquireSpinLockAtDpcLevel requires IRQL >= DISPATCH_LEVEL, but here the IRQL is PASSIVE_LEVEL [irql-too-low]
  // CHECK-NEXT: note: 'DrainByRole' runs at IRQL PASSIVE_LEVEL: its role EVT_WDF_WORKITEM
  Shared.Pending = 0;
  KeReleaseSpinLockFromDpcLevel(&Shared.Lock);
}

static VOID DrainByConfig(WDFWORKITEM WorkItem) {
  UNREFERENCED_PARAMETER(WorkItem);
  KeAcquireSpinLockAtDpcLevel(&Shared.Lock);
  // CHECK: kmdf_work_item.c:[[@LINE-1]]:3: warning: KeAcquireSpinLockAtDpcLevel requires IRQL >= DISPATCH_LEVEL, but here the IRQL is PASSIVE_LEVEL [irql-too-low]
  // CHECK-NEXT: note: 'DrainByConfig' runs at IRQL PASSIVE_LEVEL: registered as a work item by WDF_WORKITEM_CONFIG_INIT in 'CreateDrainItem'
  Shared.Pending = 0;
  KeReleaseSpinLockFromDpcLevel(&Shared.Lock);
}

NTSTATUS CreateDrainItem(WDFDEVICE Device, WDFWORKITEM *Item) {
  WDF_WORKITEM_CONFIG config;
  WDF_OBJECT_ATTRIBUTES attributes;
  WDF_WORKITEM_CONFIG_INIT(&config, DrainByConfig);
  WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
  attributes.ParentObject = Device;
  return WdfWorkItemCreate(&config, &attributes, Item);
}
