// A USB function controller driver written against the bundled UFX headers
// (ufxclient.h, ufxbase.h, usbfnbase.h, usbfnioctl.h) and devpkey.h: it
// creates its UFXDEVICE with callbacks and capabilities, adds endpoints,
// reports events and handles an endpoint's command queue. A missing or
// misdeclared name is a clang error, which fails the test. The IRQL the
// reference pages give the EVT_UFX_DEVICE_* callbacks and the Ufx* methods
// is read from the declarations.
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ntddk.h>
#include <wdf.h>
#include <devpkey.h>
#include <ufxclient.h>
#include <usbfnioctl.h>

typedef struct _CONTROLLER {
  UFXDEVICE Ufx;
  KSPIN_LOCK Lock;
  USBFN_DEVICE_STATE State;
  USBFN_PORT_TYPE Port;
} CONTROLLER, *PCONTROLLER;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(CONTROLLER, ControllerGetContext)

EVT_UFX_DEVICE_HOST_CONNECT PadHostConnect;
EVT_UFX_DEVICE_PORT_CHANGE PadPortChange;
EVT_UFX_DEVICE_ENDPOINT_ADD PadEndpointAdd;
EVT_UFX_DEVICE_DEFAULT_ENDPOINT_ADD PadDefaultEndpointAdd;

VOID PadHostConnect(UFXDEVICE Device) {
  UfxDeviceEventComplete(Device, STATUS_SUCCESS);
}

// Port changes come at PASSIVE_LEVEL: the "DPC-level" acquire is wrong.
VOID PadPortChange(UFXDEVICE Device, USBFN_PORT_TYPE NewPort) {
  PCONTROLLER controller = ControllerGetContext(Device);
  KeAcquireSpinLockAtDpcLevel(&controller->Lock);
  // CHECK: :[[@LINE-1]]:3: warning: KeAcquireSpinLockAtDpcLevel requires IRQL >= DISPATCH_LEVEL, but here the IRQL is PASSIVE_LEVEL [irql-too-low]
  // CHECK-NEXT: note: 'PadPortChange' runs at IRQL PASSIVE_LEVEL: its role EVT_UFX_DEVICE_PORT_CHANGE, annotated _IRQL_requires_(PASSIVE_LEVEL)
  controller->Port = NewPort;
  KeReleaseSpinLockFromDpcLevel(&controller->Lock);
  UfxDeviceEventComplete(Device, STATUS_SUCCESS);
}

NTSTATUS PadEndpointAdd(UFXDEVICE Device,
                        const PUSB_ENDPOINT_DESCRIPTOR Descriptor,
                        PUFXENDPOINT_INIT EndpointInit) {
  UFX_ENDPOINT_CALLBACKS callbacks;
  WDF_IO_QUEUE_CONFIG transfers;
  WDF_IO_QUEUE_CONFIG commands;
  UFXENDPOINT endpoint;
  UNREFERENCED_PARAMETER(Descriptor);
  UFX_ENDPOINT_CALLBACKS_INIT(&callbacks);
  UfxEndpointInitSetEventCallbacks(EndpointInit, &callbacks);
  WDF_IO_QUEUE_CONFIG_INIT(&transfers, WdfIoQueueDispatchManual);
  WDF_IO_QUEUE_CONFIG_INIT(&commands, WdfIoQueueDispatchSequential);
  return UfxEndpointCreate(Device, EndpointInit, WDF_NO_OBJECT_ATTRIBUTES,
                           &transfers, WDF_NO_OBJECT_ATTRIBUTES, &commands,
                           WDF_NO_OBJECT_ATTRIBUTES, &endpoint);
}

VOID PadDefaultEndpointAdd(UFXDEVICE Device, USHORT MaxPacketSize,
                           PUFXENDPOINT_INIT EndpointInit) {
  UNREFERENCED_PARAMETER(Device);
  UNREFERENCED_PARAMETER(MaxPacketSize);
  UNREFERENCED_PARAMETER(EndpointInit);
}

NTSTATUS PadCreate(WDFDEVICE Device, PCONTROLLER controller) {
  UFX_DEVICE_CALLBACKS callbacks;
  UFX_DEVICE_CAPABILITIES caps;
  UFX_DEVICE_CAPABILITIES_INIT(&caps);
  caps.MaxSpeed = UsbHighSpeed;
  caps.InEndpointBitmap = 0x000F;
  caps.OutEndpointBitmap = 0x000F;
  UFX_DEVICE_CALLBACKS_INIT(&callbacks);
  callbacks.EvtDeviceHostConnect = PadHostConnect;
  callbacks.EvtDevicePortChange = PadPortChange;
  callbacks.EvtDeviceEndpointAdd = PadEndpointAdd;
  callbacks.EvtDeviceDefaultEndpointAdd = PadDefaultEndpointAdd;
  return UfxDeviceCreate(Device, &callbacks, &caps, WDF_NO_OBJECT_ATTRIBUTES,
                         &controller->Ufx);
}

// Called from the controller's DPC.
VOID PadEvents(PCONTROLLER controller, BOOLEAN Attached,
               PUSB_DEFAULT_PIPE_SETUP_PACKET Setup, UFXENDPOINT Ep0) {
  if (Attached)
    UfxDeviceNotifyAttach(controller->Ufx);
  else
    UfxDeviceNotifyDetach(controller->Ufx);
  UfxDeviceNotifyReset(controller->Ufx, UsbHighSpeed);
  if (Setup != NULL)
    UfxEndpointNotifySetup(Ep0, Setup);
}

BOOLEAN PadIsPipeControl(ULONG IoControlCode) {
  return IoControlCode == IOCTL_INTERNAL_USBFN_GET_PIPE_STATE ||
         IoControlCode == IOCTL_INTERNAL_USBFN_SET_PIPE_STATE ||
         IoControlCode == IOCTL_INTERNAL_USBFN_DESCRIPTOR_UPDATE;
}

const DEVPROPKEY *PadRestrictedKey(DEVPROPTYPE *Type, DEVPROP_BOOLEAN *Value) {
  *Type = DEVPROP_TYPE_BOOLEAN;
  *Value = DEVPROP_TRUE;
  return &DEVPKEY_DeviceInterface_Restricted;
}
