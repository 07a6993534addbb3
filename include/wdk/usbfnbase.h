/* irqlint's model of usbfnbase.h: the USB function stack's basic types --
 * bus speeds, device states, port (charger) types, events and the pipe and
 * interface information of a function driver. Written from the
 * documentation -- not Microsoft's header. */
#ifndef IRQLINT_WDK_USBFNBASE_H
#define IRQLINT_WDK_USBFNBASE_H

#include "usbspec.h"

typedef enum _USBFN_BUS_SPEED {
  UsbfnBusSpeedLow = 0,
  UsbfnBusSpeedFull,
  UsbfnBusSpeedHigh,
  UsbfnBusSpeedSuper,
  UsbfnBusSpeedMaximum
} USBFN_BUS_SPEED,
    *PUSBFN_BUS_SPEED;

typedef enum _USBFN_DEVICE_STATE {
  UsbfnDeviceStateMinimum = 0,
  UsbfnDeviceStateAttached,
  UsbfnDeviceStateDefault,
  UsbfnDeviceStateDetached,
  UsbfnDeviceStateAddressed,
  UsbfnDeviceStateConfigured,
  UsbfnDeviceStateSuspended,
  UsbfnDeviceStateStateMaximum
} USBFN_DEVICE_STATE,
    *PUSBFN_DEVICE_STATE;

typedef enum _USBFN_PORT_TYPE {
  UsbfnUnknownPort = 0,
  UsbfnStandardDownstreamPort,
  UsbfnChargingDownstreamPort,
  UsbfnDedicatedChargingPort,
  UsbfnInvalidDedicatedChargingPort,
  UsbfnProprietaryDedicatedChargingPort,
  UsbfnPortTypeMaximum
} USBFN_PORT_TYPE,
    *PUSBFN_PORT_TYPE;

typedef enum _USBFN_DIRECTION {
  UsbfnDirectionMinimum = 0,
  UsbfnDirectionIn,
  UsbfnDirectionOut,
  UsbfnDirectionTx = UsbfnDirectionIn,
  UsbfnDirectionRx = UsbfnDirectionOut,
  UsbfnDirectionMaximum
} USBFN_DIRECTION,
    *PUSBFN_DIRECTION;

typedef enum _USBFN_EVENT {
  UsbfnEventMinimum = 0,
  UsbfnEventAttach,
  UsbfnEventReset,
  UsbfnEventDetach,
  UsbfnEventSuspend,
  UsbfnEventResume,
  UsbfnEventSetupPacket,
  UsbfnEventConfigured,
  UsbfnEventUnConfigured,
  UsbfnEventPortType,
  UsbfnEventBusTearDown,
  UsbfnEventSetInterface,
  UsbfnEventMaximum
} USBFN_EVENT,
    *PUSBFN_EVENT;

typedef ULONG USBFNPIPEID, *PUSBFNPIPEID;

typedef struct _USBFN_PIPE_INFORMATION {
  USB_ENDPOINT_DESCRIPTOR EpDesc;
  USBFNPIPEID PipeId;
} USBFN_PIPE_INFORMATION, *PUSBFN_PIPE_INFORMATION;

typedef struct _ALTERNATE_INTERFACE {
  USHORT InterfaceNumber;
  USHORT AlternateInterfaceNumber;
} ALTERNATE_INTERFACE, *PALTERNATE_INTERFACE;

typedef struct _USBFN_NOTIFICATION {
  USBFN_EVENT Event;
  union {
    USBFN_BUS_SPEED BusSpeed;
    USB_DEFAULT_PIPE_SETUP_PACKET SetupPacket;
    USHORT ConfigurationValue;
    USBFN_PORT_TYPE PortType;
    ALTERNATE_INTERFACE AlternateInterface;
  } u;
} USBFN_NOTIFICATION, *PUSBFN_NOTIFICATION;

#endif
