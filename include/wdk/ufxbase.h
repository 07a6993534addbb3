/* irqlint's model of ufxbase.h: what the USB function class extension
 * (UFX) and its client share -- the device capabilities, the hardware
 * failure context, the port detection actions and the descriptor update
 * control. Written from the documentation -- not Microsoft's header. */
#ifndef IRQLINT_WDK_UFXBASE_H
#define IRQLINT_WDK_UFXBASE_H

#include "usbfnbase.h"
#include "usbfnioctl.h"

#define IOCTL_INTERNAL_USBFN_DESCRIPTOR_UPDATE USBFN_CTL_(0x211, METHOD_NEITHER)

typedef enum _USBFN_ACTION {
  UsbfnActionNone = 0,
  UsbfnActionNoCad,
  UsbfnActionDetectProprietaryCharger
} USBFN_ACTION;

typedef struct _UFX_DEVICE_CAPABILITIES {
  ULONG Size;
  USB_DEVICE_SPEED MaxSpeed;
  ULONG RemoteWakeSignalDelay;
  BOOLEAN PdcpSupported;
  USHORT InEndpointBitmap;
  USHORT OutEndpointBitmap;
  BOOLEAN SharesConnectors;
  ULONG GroupId;
} UFX_DEVICE_CAPABILITIES, *PUFX_DEVICE_CAPABILITIES;

/* what UfxDeviceNotifyHardwareFailure passes on; Data is variable-length */
typedef struct _UFX_HARDWARE_FAILURE_CONTEXT {
  ULONG Size;
  ULONG ExceptionCode;
  UCHAR Data[ANYSIZE_ARRAY];
} UFX_HARDWARE_FAILURE_CONTEXT, *PUFX_HARDWARE_FAILURE_CONTEXT;

#endif
