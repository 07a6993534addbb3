/* irqlint's model of KMDF control devices (wdfcontrol.h): legacy,
 * non-PnP device objects a driver creates itself, and the shutdown
 * notifications they can ask for. Written from the documentation -- not
 * Microsoft's header. */
#ifndef IRQLINT_WDK_WDFCONTROL_H
#define IRQLINT_WDK_WDFCONTROL_H

typedef enum _WDF_DEVICE_SHUTDOWN_FLAGS {
  WdfDeviceShutdown = 0x01,
  WdfDeviceLastChanceShutdown = 0x02
} WDF_DEVICE_SHUTDOWN_FLAGS;

typedef _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_WDF_DEVICE_SHUTDOWN_NOTIFICATION(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SHUTDOWN_NOTIFICATION
    *PFN_WDF_DEVICE_SHUTDOWN_NOTIFICATION;

_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
PWDFDEVICE_INIT
WdfControlDeviceInitAllocate(WDFDRIVER Driver,
                             const UNICODE_STRING *SDDLString);
/* Flags: WDF_DEVICE_SHUTDOWN_FLAGS */
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfControlDeviceInitSetShutdownNotification(
        PWDFDEVICE_INIT DeviceInit,
        PFN_WDF_DEVICE_SHUTDOWN_NOTIFICATION Notification, UCHAR Flags);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfControlFinishInitializing(WDFDEVICE Device);

#endif
