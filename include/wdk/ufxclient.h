/* irqlint's model of ufxclient.h: the USB function class extension's (UFX)
 * client interface -- UFXDEVICE and UFXENDPOINT objects, the EVT_UFX_DEVICE_*
 * callbacks a controller driver implements (with the IRQL the reference
 * pages give them) and the Ufx* methods it calls (UfxDeviceEventComplete and
 * the Notify methods at DISPATCH_LEVEL or below, object creation at
 * PASSIVE_LEVEL). Written from the documentation -- not Microsoft's header.
 * Like wdf.h's methods, the Ufx* methods are plain prototypes here. */
#ifndef IRQLINT_WDK_UFXCLIENT_H
#define IRQLINT_WDK_UFXCLIENT_H

#include "wdf.h"

#include "ufxbase.h"

WDF_DECLARE_HANDLE(UFXDEVICE);
WDF_DECLARE_HANDLE(UFXENDPOINT);
typedef struct UFXENDPOINT_INIT UFXENDPOINT_INIT, *PUFXENDPOINT_INIT;

/* ---- device callbacks ---- */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) VOID
    EVT_UFX_DEVICE_HOST_CONNECT(_In_ UFXDEVICE UfxDevice);
typedef EVT_UFX_DEVICE_HOST_CONNECT *PFN_UFX_DEVICE_HOST_CONNECT;
typedef _IRQL_requires_max_(DISPATCH_LEVEL) VOID
    EVT_UFX_DEVICE_HOST_DISCONNECT(_In_ UFXDEVICE UfxDevice);
typedef EVT_UFX_DEVICE_HOST_DISCONNECT *PFN_UFX_DEVICE_HOST_DISCONNECT;
typedef _IRQL_requires_max_(DISPATCH_LEVEL) VOID
    EVT_UFX_DEVICE_ADDRESSED(_In_ UFXDEVICE UfxDevice,
                             _In_ USHORT DeviceAddress);
typedef EVT_UFX_DEVICE_ADDRESSED *PFN_UFX_DEVICE_ADDRESSED;
typedef _IRQL_requires_(PASSIVE_LEVEL) NTSTATUS
    EVT_UFX_DEVICE_ENDPOINT_ADD(_In_ UFXDEVICE UfxDevice,
                                _In_ const PUSB_ENDPOINT_DESCRIPTOR Descriptor,
                                _Inout_ PUFXENDPOINT_INIT EndpointInit);
typedef EVT_UFX_DEVICE_ENDPOINT_ADD *PFN_UFX_DEVICE_ENDPOINT_ADD;
typedef _IRQL_requires_(PASSIVE_LEVEL) VOID
    EVT_UFX_DEVICE_DEFAULT_ENDPOINT_ADD(_In_ UFXDEVICE UfxDevice,
                                        _In_ USHORT MaxPacketSize,
                                        _Inout_ PUFXENDPOINT_INIT EndpointInit);
typedef EVT_UFX_DEVICE_DEFAULT_ENDPOINT_ADD
    *PFN_UFX_DEVICE_DEFAULT_ENDPOINT_ADD;
typedef _IRQL_requires_(PASSIVE_LEVEL) VOID
    EVT_UFX_DEVICE_USB_STATE_CHANGE(_In_ UFXDEVICE UfxDevice,
                                    _In_ USBFN_DEVICE_STATE NewState);
typedef EVT_UFX_DEVICE_USB_STATE_CHANGE *PFN_UFX_DEVICE_USB_STATE_CHANGE;
typedef _IRQL_requires_(PASSIVE_LEVEL) VOID
    EVT_UFX_DEVICE_PORT_CHANGE(_In_ UFXDEVICE UfxDevice,
                               _In_ USBFN_PORT_TYPE NewPort);
typedef EVT_UFX_DEVICE_PORT_CHANGE *PFN_UFX_DEVICE_PORT_CHANGE;
typedef _IRQL_requires_(PASSIVE_LEVEL) VOID
    EVT_UFX_DEVICE_PORT_DETECT(_In_ UFXDEVICE UfxDevice);
typedef EVT_UFX_DEVICE_PORT_DETECT *PFN_UFX_DEVICE_PORT_DETECT;
typedef _IRQL_requires_(PASSIVE_LEVEL) VOID
    EVT_UFX_DEVICE_REMOTE_WAKEUP_SIGNAL(_In_ UFXDEVICE UfxDevice);
typedef EVT_UFX_DEVICE_REMOTE_WAKEUP_SIGNAL
    *PFN_UFX_DEVICE_REMOTE_WAKEUP_SIGNAL;
typedef _IRQL_requires_(PASSIVE_LEVEL) VOID
    EVT_UFX_DEVICE_CONTROLLER_RESET(_In_ UFXDEVICE UfxDevice,
                                    _In_opt_ PVOID Reserved);
typedef EVT_UFX_DEVICE_CONTROLLER_RESET *PFN_UFX_DEVICE_CONTROLLER_RESET;
typedef _IRQL_requires_max_(DISPATCH_LEVEL) VOID
    EVT_UFX_DEVICE_TEST_MODE_SET(_In_ UFXDEVICE UfxDevice, _In_ ULONG TestMode);
typedef EVT_UFX_DEVICE_TEST_MODE_SET *PFN_UFX_DEVICE_TEST_MODE_SET;
typedef _IRQL_requires_max_(DISPATCH_LEVEL) VOID
    EVT_UFX_DEVICE_SUPER_SPEED_POWER_FEATURE(_In_ UFXDEVICE UfxDevice,
                                             _In_ USHORT Feature,
                                             _In_ BOOLEAN Set);
typedef EVT_UFX_DEVICE_SUPER_SPEED_POWER_FEATURE
    *PFN_UFX_DEVICE_SUPER_SPEED_POWER_FEATURE;

/* the test hook and the proprietary charger callbacks take structures this
 * model does not declare; they are plain pointers here */
typedef struct _UFX_DEVICE_CALLBACKS {
  ULONG Size;
  PFN_UFX_DEVICE_HOST_CONNECT EvtDeviceHostConnect;
  PFN_UFX_DEVICE_HOST_DISCONNECT EvtDeviceHostDisconnect;
  PFN_UFX_DEVICE_ADDRESSED EvtDeviceAddressed;
  PFN_UFX_DEVICE_ENDPOINT_ADD EvtDeviceEndpointAdd;
  PFN_UFX_DEVICE_DEFAULT_ENDPOINT_ADD EvtDeviceDefaultEndpointAdd;
  PFN_UFX_DEVICE_USB_STATE_CHANGE EvtDeviceUsbStateChange;
  PFN_UFX_DEVICE_PORT_CHANGE EvtDevicePortChange;
  PFN_UFX_DEVICE_PORT_DETECT EvtDevicePortDetect;
  PFN_UFX_DEVICE_REMOTE_WAKEUP_SIGNAL EvtDeviceRemoteWakeupSignal;
  PFN_UFX_DEVICE_CONTROLLER_RESET EvtDeviceControllerReset;
  PFN_UFX_DEVICE_TEST_MODE_SET EvtDeviceTestModeSet;
  PVOID EvtDeviceTestHook;
  PFN_UFX_DEVICE_SUPER_SPEED_POWER_FEATURE EvtDeviceSuperSpeedPowerFeature;
  PVOID EvtDeviceProprietaryChargerDetect;
  PVOID EvtDeviceProprietaryChargerSetProperty;
  PVOID EvtDeviceProprietaryChargerReset;
} UFX_DEVICE_CALLBACKS, *PUFX_DEVICE_CALLBACKS;

FORCEINLINE VOID
UFX_DEVICE_CALLBACKS_INIT(_Out_ PUFX_DEVICE_CALLBACKS Callbacks) {
  RtlZeroMemory(Callbacks, sizeof(UFX_DEVICE_CALLBACKS));
  Callbacks->Size = sizeof(UFX_DEVICE_CALLBACKS);
}

FORCEINLINE VOID
UFX_DEVICE_CAPABILITIES_INIT(_Out_ PUFX_DEVICE_CAPABILITIES Capabilities) {
  RtlZeroMemory(Capabilities, sizeof(UFX_DEVICE_CAPABILITIES));
  Capabilities->Size = sizeof(UFX_DEVICE_CAPABILITIES);
}

/* endpoint callbacks: the documentation lists none but the size */
typedef struct _UFX_ENDPOINT_CALLBACKS {
  ULONG Size;
} UFX_ENDPOINT_CALLBACKS, *PUFX_ENDPOINT_CALLBACKS;

FORCEINLINE VOID
UFX_ENDPOINT_CALLBACKS_INIT(_Out_ PUFX_ENDPOINT_CALLBACKS Callbacks) {
  RtlZeroMemory(Callbacks, sizeof(UFX_ENDPOINT_CALLBACKS));
  Callbacks->Size = sizeof(UFX_ENDPOINT_CALLBACKS);
}

/* ---- methods ---- */
_Must_inspect_result_ _IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS
UfxFdoInit(_In_ WDFDRIVER WdfDriver, _Inout_ PWDFDEVICE_INIT DeviceInit,
           _Inout_ PWDF_OBJECT_ATTRIBUTES FdoAttributes);
_Must_inspect_result_ _IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS UfxDeviceCreate(_In_ WDFDEVICE WdfDevice,
                         _In_ PUFX_DEVICE_CALLBACKS Callbacks,
                         _In_ PUFX_DEVICE_CAPABILITIES Capabilities,
                         _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                         _Out_ UFXDEVICE *UfxDevice);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    UfxDeviceEventComplete(_In_ UFXDEVICE UfxDevice, _In_ NTSTATUS Status);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    UfxDeviceNotifyHardwareReady(_In_ UFXDEVICE UfxDevice);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    UfxDeviceNotifyAttach(_In_ UFXDEVICE UfxDevice);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    UfxDeviceNotifyDetach(_In_ UFXDEVICE UfxDevice);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    UfxDeviceNotifySuspend(_In_ UFXDEVICE UfxDevice);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    UfxDeviceNotifyResume(_In_ UFXDEVICE UfxDevice);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    UfxDeviceNotifyReset(_In_ UFXDEVICE UfxDevice,
                         _In_ USB_DEVICE_SPEED DeviceSpeed);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    UfxDeviceNotifyFinalExit(_In_ UFXDEVICE UfxDevice);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID UfxDeviceNotifyHardwareFailure(
    _In_ UFXDEVICE UfxDevice,
    _In_opt_ PUFX_HARDWARE_FAILURE_CONTEXT HardwareFailureContext);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    UfxDevicePortDetectComplete(_In_ UFXDEVICE UfxDevice,
                                _In_ USBFN_PORT_TYPE PortType);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    UfxDevicePortDetectCompleteEx(_In_ UFXDEVICE UfxDevice,
                                  _In_ USBFN_PORT_TYPE PortType,
                                  _In_ USBFN_ACTION Action);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    UfxDeviceIoControl(_In_ UFXDEVICE UfxDevice, _In_ WDFREQUEST Request,
                       _In_ size_t OutputBufferLength,
                       _In_ size_t InputBufferLength, _In_ ULONG IoControlCode);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    UfxDeviceIoInternalControl(_In_ UFXDEVICE UfxDevice,
                               _In_ WDFREQUEST Request,
                               _In_ size_t OutputBufferLength,
                               _In_ size_t InputBufferLength,
                               _In_ ULONG IoControlCode);
_IRQL_requires_(PASSIVE_LEVEL) VOID
    UfxEndpointInitSetEventCallbacks(_Inout_ PUFXENDPOINT_INIT EndpointInit,
                                     _In_ PUFX_ENDPOINT_CALLBACKS Callbacks);
_Must_inspect_result_ _IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS
UfxEndpointCreate(_In_ UFXDEVICE UfxDevice,
                  _Inout_ PUFXENDPOINT_INIT EndpointInit,
                  _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                  _In_ PWDF_IO_QUEUE_CONFIG TransferQueueConfig,
                  _In_opt_ PWDF_OBJECT_ATTRIBUTES TransferQueueAttributes,
                  _In_ PWDF_IO_QUEUE_CONFIG CommandQueueConfig,
                  _In_opt_ PWDF_OBJECT_ATTRIBUTES CommandQueueAttributes,
                  _Out_ UFXENDPOINT *UfxEndpoint);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFQUEUE
    UfxEndpointGetTransferQueue(_In_ UFXENDPOINT UfxEndpoint);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFQUEUE
    UfxEndpointGetCommandQueue(_In_ UFXENDPOINT UfxEndpoint);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    UfxEndpointNotifySetup(_In_ UFXENDPOINT UfxEndpoint,
                           _In_ PUSB_DEFAULT_PIPE_SETUP_PACKET SetupPacket);

#endif
