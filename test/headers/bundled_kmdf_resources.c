// More of the KMDF surface in the bundled wdf.h: filtering the resource
// requirements list (wdfresource.h methods, WDF_FDO_EVENT_CALLBACKS), queue
// forward-progress policies, WDF_IO_TYPE_CONFIG, remove-lock options, WDM
// IRP dispatch callbacks, general objects, collections and the
// documented IRQL of these methods: most are <= DISPATCH_LEVEL,
// WdfIoQueueAssignForwardProgressPolicy is PASSIVE_LEVEL only.
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <ntddk.h>
#include <wdf.h>

EVT_WDF_DEVICE_FILTER_RESOURCE_REQUIREMENTS DropSecondInterrupt;
EVT_WDF_IO_WDM_IRP_FOR_FORWARD_PROGRESS ExamineIrp;
EVT_WDFDEVICE_WDM_IRP_DISPATCH SeeIoctl;

// Keeps one interrupt descriptor in each logical configuration.
NTSTATUS DropSecondInterrupt(WDFDEVICE Device, WDFIORESREQLIST Requirements) {
  ULONG lists = WdfIoResourceRequirementsListGetCount(Requirements);
  ULONG i, j;
  UNREFERENCED_PARAMETER(Device);
  for (i = 0; i < lists; i++) {
    WDFIORESLIST list =
        WdfIoResourceRequirementsListGetIoResList(Requirements, i);
    BOOLEAN seen = FALSE;
    for (j = 0; j < WdfIoResourceListGetCount(list);) {
      PIO_RESOURCE_DESCRIPTOR d = WdfIoResourceListGetDescriptor(list, j);
      if (d->Type == CmResourceTypeInterrupt && seen) {
        WdfIoResourceListRemove(list, j);
        continue;
      }
      seen = seen || d->Type == CmResourceTypeInterrupt;
      j++;
    }
  }
  return STATUS_SUCCESS;
}

WDF_IO_FORWARD_PROGRESS_ACTION ExamineIrp(WDFQUEUE Queue, PIRP Irp) {
  UNREFERENCED_PARAMETER(Queue);
  return (Irp->Flags & IRP_PAGING_IO) ? WdfIoForwardProgressActionUseReservedRequest
                                      : WdfIoForwardProgressActionFailRequest;
}

NTSTATUS SeeIoctl(WDFDEVICE Device, UCHAR Major, UCHAR Minor, ULONG Code,
                  WDFCONTEXT DriverContext, PIRP Irp, WDFCONTEXT Dispatch) {
  UNREFERENCED_PARAMETER(Major);
  UNREFERENCED_PARAMETER(Minor);
  UNREFERENCED_PARAMETER(Code);
  UNREFERENCED_PARAMETER(DriverContext);
  return WdfDeviceWdmDispatchIrp(Device, Irp, Dispatch);
}

VOID ConfigureInit(PWDFDEVICE_INIT DeviceInit) {
  WDF_FDO_EVENT_CALLBACKS fdo;
  WDF_IO_TYPE_CONFIG io;
  WDF_REMOVE_LOCK_OPTIONS removeLock;
  WDF_FDO_EVENT_CALLBACKS_INIT(&fdo);
  fdo.EvtDeviceFilterRemoveResourceRequirements = DropSecondInterrupt;
  WdfFdoInitSetEventCallbacks(DeviceInit, &fdo);
  WDF_IO_TYPE_CONFIG_INIT(&io);
  io.DeviceControlIoType = WdfDeviceIoDirect;
  WdfDeviceInitSetIoTypeEx(DeviceInit, &io);
  WDF_REMOVE_LOCK_OPTIONS_INIT(&removeLock,
                               WDF_REMOVE_LOCK_OPTION_ACQUIRE_FOR_IO);
  WdfDeviceInitSetRemoveLockOptions(DeviceInit, &removeLock);
  WdfDeviceInitSetReleaseHardwareOrderOnFailure(
      DeviceInit, WdfReleaseHardwareOrderOnFailureEarly);
}

// Under a spin lock: the collection and the object are fine, the
// forward-progress policy is not.
NTSTATUS ConfigureQueue(WDFDEVICE Device, WDFQUEUE Queue, WDFSPINLOCK Lock,
                        WDFCOLLECTION Pending) {
  WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY policy;
  WDFOBJECT marker;
  NTSTATUS status;
  status = WdfDeviceConfigureWdmIrpDispatchCallback(
      Device, WdfGetDriver(), IRP_MJ_DEVICE_CONTROL, SeeIoctl, NULL);
  if (!NT_SUCCESS(status))
    return status;
  WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY_EXAMINE_INIT(&policy, 4, ExamineIrp);
  WdfSpinLockAcquire(Lock);
  status = WdfObjectCreate(WDF_NO_OBJECT_ATTRIBUTES, &marker);
  if (NT_SUCCESS(status) && !NT_SUCCESS(WdfCollectionAdd(Pending, marker)))
    WdfObjectDelete(marker);
  if (WdfCollectionGetCount(Pending) > 8)
    WdfCollectionRemoveItem(Pending, 0);
  status = WdfIoQueueAssignForwardProgressPolicy(Queue, &policy);
  // CHECK: :[[@LINE-1]]:12: warning: WdfIoQueueAssignForwardProgressPolicy requires IRQL <= PASSIVE_LEVEL (by its annotations), but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-8]]:3: note: 'Lock' acquired here by WdfSpinLockAcquire, raising the IRQL to DISPATCH_LEVEL
  WdfSpinLockRelease(Lock);
  return status;
}
