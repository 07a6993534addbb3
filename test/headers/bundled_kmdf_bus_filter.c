// The KMDF surface of bus and filter drivers in the bundled wdf.h: I/O
// targets (the local one, a remote one opened by name, synchronous sends,
// time-outs, reused requests), child lists and PDOs, static children, query
// interfaces, power capabilities, WDM IRP preprocessing, the power framework
// settings, WDFVERIFY and wdfminiport.h. A missing or misdeclared name is a
// clang error, which fails the test; the IRQL maxima the documentation gives
// these methods are read from their declarations.
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <ntddk.h>
#include <wdf.h>
#include <wdfminiport.h>

typedef struct _BUS_CONTEXT {
  WDFSPINLOCK Lock;
  WDFIOTARGET Sensor;
  WDFREQUEST Poll;
  ULONG Children;
} BUS_CONTEXT, *PBUS_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(BUS_CONTEXT, BusGetContext)

// A child is identified by its slot number.
typedef struct _SLOT_ID {
  WDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER Header;
  ULONG Slot;
} SLOT_ID, *PSLOT_ID;

typedef struct _BUS_INTERFACE {
  INTERFACE Header;
  ULONG Revision;
} BUS_INTERFACE;

static const GUID BusInterfaceGuid = {
    0x1d2c7a40, 0x5b6e, 0x4f11, {0x9a, 0x3c, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66}};

EVT_WDF_CHILD_LIST_CREATE_DEVICE BusCreateChild;
EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COMPARE BusCompareSlots;
EVT_WDF_DEVICE_ENABLE_WAKE_AT_BUS BusEnableWake;
EVT_WDF_DEVICE_DISABLE_WAKE_AT_BUS BusDisableWake;
EVT_WDF_IO_TARGET_QUERY_REMOVE SensorQueryRemove;
EVT_WDFDEVICE_WDM_IRP_PREPROCESS BusPreprocessPower;
EVT_WDF_REQUEST_COMPLETION_ROUTINE PollDone;

BOOLEAN BusCompareSlots(WDFCHILDLIST List,
                        PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER First,
                        PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER Second) {
  UNREFERENCED_PARAMETER(List);
  return CONTAINING_RECORD(First, SLOT_ID, Header)->Slot ==
         CONTAINING_RECORD(Second, SLOT_ID, Header)->Slot;
}

NTSTATUS BusEnableWake(WDFDEVICE Child, SYSTEM_POWER_STATE State) {
  UNREFERENCED_PARAMETER(Child);
  UNREFERENCED_PARAMETER(State);
  return STATUS_SUCCESS;
}
VOID BusDisableWake(WDFDEVICE Child) { UNREFERENCED_PARAMETER(Child); }

// The child list builds each PDO from its slot number.
NTSTATUS BusCreateChild(WDFCHILDLIST List,
                        PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER Id,
                        PWDFDEVICE_INIT ChildInit) {
  DECLARE_CONST_UNICODE_STRING(deviceId, L"SlotBus\\Slot");
  DECLARE_CONST_UNICODE_STRING(text, L"Slot device");
  WDF_PDO_EVENT_CALLBACKS pdoCallbacks;
  WDF_DEVICE_POWER_CAPABILITIES power;
  WDF_QUERY_INTERFACE_CONFIG qi;
  static BUS_INTERFACE busInterface;
  WDFDEVICE child;
  NTSTATUS status;
  UNREFERENCED_PARAMETER(List);
  UNREFERENCED_PARAMETER(Id);

  status = WdfPdoInitAssignDeviceID(ChildInit, &deviceId);
  if (NT_SUCCESS(status))
    status = WdfPdoInitAddHardwareID(ChildInit, &deviceId);
  if (NT_SUCCESS(status))
    status = WdfPdoInitAddDeviceText(ChildInit, &text, &text, 0x409);
  if (!NT_SUCCESS(status))
    return status;
  WdfPdoInitSetDefaultLocale(ChildInit, 0x409);
  WdfPdoInitAllowForwardingRequestToParent(ChildInit);
  WDF_PDO_EVENT_CALLBACKS_INIT(&pdoCallbacks);
  pdoCallbacks.EvtDeviceEnableWakeAtBus = BusEnableWake;
  pdoCallbacks.EvtDeviceDisableWakeAtBus = BusDisableWake;
  WdfPdoInitSetEventCallbacks(ChildInit, &pdoCallbacks);

  status = WdfDeviceCreate(&ChildInit, WDF_NO_OBJECT_ATTRIBUTES, &child);
  if (!NT_SUCCESS(status))
    return status;

  WDF_DEVICE_POWER_CAPABILITIES_INIT(&power);
  power.DeviceD1 = WdfTrue;
  power.DeviceState[PowerSystemWorking] = PowerDeviceD0;
  WdfDeviceSetPowerCapabilities(child, &power);

  busInterface.Header.Size = sizeof(busInterface);
  busInterface.Header.Version = 1;
  busInterface.Header.InterfaceReference = WdfDeviceInterfaceReferenceNoOp;
  busInterface.Header.InterfaceDereference = WdfDeviceInterfaceDereferenceNoOp;
  WDF_QUERY_INTERFACE_CONFIG_INIT(&qi, &busInterface.Header, &BusInterfaceGuid,
                                  NULL);
  return WdfDeviceAddQueryInterface(child, &qi);
}

NTSTATUS SensorQueryRemove(WDFIOTARGET Target) {
  WdfIoTargetCloseForQueryRemove(Target);
  return STATUS_SUCCESS;
}

NTSTATUS BusPreprocessPower(WDFDEVICE Device, PIRP Irp) {
  IoSkipCurrentIrpStackLocation(Irp);
  return WdfDeviceWdmDispatchPreprocessedIrp(Device, Irp);
}

VOID PollDone(WDFREQUEST Request, WDFIOTARGET Target,
              PWDF_REQUEST_COMPLETION_PARAMS Params, WDFCONTEXT Context) {
  WDF_REQUEST_REUSE_PARAMS reuse;
  UNREFERENCED_PARAMETER(Target);
  UNREFERENCED_PARAMETER(Context);
  WDF_REQUEST_REUSE_PARAMS_INIT(&reuse, WDF_REQUEST_REUSE_NO_FLAGS,
                                Params->IoStatus.Status);
  WDFVERIFY(NT_SUCCESS(WdfRequestReuse(Request, &reuse)));
}

// The FDO's initialization: a default child list, a preprocessed power IRP,
// and the power framework's settings.
NTSTATUS BusInitialize(PWDFDEVICE_INIT DeviceInit) {
  WDF_CHILD_LIST_CONFIG config;
  UCHAR minors[] = {IRP_MN_SET_POWER};
  NTSTATUS status;
  WDF_CHILD_LIST_CONFIG_INIT(&config, sizeof(SLOT_ID), BusCreateChild);
  config.EvtChildListIdentificationDescriptionCompare = BusCompareSlots;
  WdfFdoInitSetDefaultChildListConfig(DeviceInit, &config,
                                      WDF_NO_OBJECT_ATTRIBUTES);
  status = WdfDeviceInitAssignWdmIrpPreprocessCallback(
      DeviceInit, BusPreprocessPower, IRP_MJ_POWER, minors, 1);
  return status;
}

NTSTATUS BusAssignPowerFramework(WDFDEVICE Device, PPO_FX_COMPONENT Component) {
  WDF_POWER_FRAMEWORK_SETTINGS settings;
  WDF_POWER_FRAMEWORK_SETTINGS_INIT(&settings);
  settings.Component = Component;
  return WdfDeviceWdmAssignPowerFrameworkSettings(Device, &settings);
}

// Reports the children present now: a scan of the dynamic list, then a walk
// of the static one.
VOID BusRescan(WDFDEVICE Fdo, ULONG Count) {
  WDFCHILDLIST list = WdfFdoGetDefaultChildList(Fdo);
  SLOT_ID id;
  WDFDEVICE child = NULL;
  ULONG slot;
  WdfChildListBeginScan(list);
  for (slot = 0; slot < Count; slot++) {
    WDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER_INIT(&id.Header, sizeof(id));
    id.Slot = slot;
    if (!NT_SUCCESS(WdfChildListAddOrUpdateChildDescriptionAsPresent(
            list, &id.Header, NULL)))
      break;
  }
  WdfChildListEndScan(list);

  WdfFdoLockStaticChildListForIteration(Fdo);
  while ((child = WdfFdoRetrieveNextStaticChild(
              Fdo, child, WdfRetrieveAddedChildren)) != NULL) {
    if (WdfPdoGetParent(child) == Fdo && Count == 0)
      (VOID) WdfPdoMarkMissing(child);
  }
  WdfFdoUnlockStaticChildListFromIteration(Fdo);
}

// A filter sends the request down with a time-out.
VOID FilterForward(WDFDEVICE Device, WDFREQUEST Request) {
  WDF_REQUEST_SEND_OPTIONS options;
  WDF_REQUEST_SEND_OPTIONS_INIT(&options, 0);
  WDF_REQUEST_SEND_OPTIONS_SET_TIMEOUT(&options, WDF_REL_TIMEOUT_IN_SEC(2));
  WdfRequestFormatRequestUsingCurrentType(Request);
  if (!WdfRequestSend(Request, WdfDeviceGetIoTarget(Device), &options))
    WdfRequestComplete(Request, WdfRequestGetStatus(Request));
}

// Opens the sensor the bus reads its slots from.
NTSTATUS BusOpenSensor(WDFDEVICE Device) {
  PBUS_CONTEXT context = BusGetContext(Device);
  DECLARE_CONST_UNICODE_STRING(name, L"\\Device\\SlotSensor");
  WDF_IO_TARGET_OPEN_PARAMS open;
  NTSTATUS status;
  status = WdfIoTargetCreate(Device, WDF_NO_OBJECT_ATTRIBUTES, &context->Sensor);
  if (!NT_SUCCESS(status))
    return status;
  WDF_IO_TARGET_OPEN_PARAMS_INIT_OPEN_BY_NAME(&open, &name, GENERIC_READ);
  open.EvtIoTargetQueryRemove = SensorQueryRemove;
  status = WdfIoTargetOpen(context->Sensor, &open);
  if (NT_SUCCESS(status) && WdfIoTargetGetState(context->Sensor) !=
                                WdfIoTargetStarted)
    status = WdfIoTargetStart(context->Sensor);
  return status;
}

// The poll request goes out asynchronously under the lock (fine: the
// formatting and the send are <= DISPATCH_LEVEL); the synchronous read of
// the slot count is PASSIVE_LEVEL only.
VOID BusPoll(WDFDEVICE Device, WDFMEMORY Buffer) {
  PBUS_CONTEXT context = BusGetContext(Device);
  WDF_MEMORY_DESCRIPTOR output;
  ULONG_PTR bytes = 0;
  WdfSpinLockAcquire(context->Lock);
  if (NT_SUCCESS(WdfIoTargetFormatRequestForIoctl(context->Sensor, context->Poll,
                                                  0x22200c, NULL, NULL, Buffer,
                                                  NULL))) {
    WdfRequestSetCompletionRoutine(context->Poll, PollDone, context);
    (VOID) WdfRequestSend(context->Poll, context->Sensor, WDF_NO_SEND_OPTIONS);
  }
  WDF_MEMORY_DESCRIPTOR_INIT_BUFFER(&output, &context->Children,
                                    sizeof(context->Children));
  (VOID) WdfIoTargetSendIoctlSynchronously(context->Sensor, NULL, 0x222010,
                                           NULL, &output, NULL, &bytes);
  // CHECK: :[[@LINE-2]]:10: warning: WdfIoTargetSendIoctlSynchronously requires IRQL <= PASSIVE_LEVEL (by its annotations), but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-12]]:3: note: 'context->Lock' acquired here by WdfSpinLockAcquire, raising the IRQL to DISPATCH_LEVEL
  WdfSpinLockRelease(context->Lock);
}

// A child created under the lock: WdfPdoInitAllocate is PASSIVE_LEVEL only.
VOID BusAddStatic(WDFDEVICE Fdo) {
  PBUS_CONTEXT context = BusGetContext(Fdo);
  PWDFDEVICE_INIT init;
  WdfSpinLockAcquire(context->Lock);
  init = WdfPdoInitAllocate(Fdo);
  // CHECK: :[[@LINE-1]]:10: warning: WdfPdoInitAllocate requires IRQL <= PASSIVE_LEVEL (by its annotations), but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'context->Lock' acquired here by WdfSpinLockAcquire, raising the IRQL to DISPATCH_LEVEL
  WdfSpinLockRelease(context->Lock);
  if (init != NULL)
    WdfDeviceInitFree(init);
}

VOID MiniportUnload(WDFDRIVER Driver) { WdfDriverMiniportUnload(Driver); }
