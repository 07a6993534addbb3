/* irqlint's model of usbiodef.h: the USB device type, the function numbers
 * of the USB I/O controls and the USB device interface classes. Written from
 * the documentation -- not Microsoft's header. */
#ifndef IRQLINT_WDK_USBIODEF_H
#define IRQLINT_WDK_USBIODEF_H

#include "guiddef.h"

#define FILE_DEVICE_USB FILE_DEVICE_UNKNOWN

/* function numbers of the internal (kernel-mode) controls */
#define USB_SUBMIT_URB 0
#define USB_RESET_PORT 1
#define USB_GET_ROOTHUB_PDO 3
#define USB_GET_PORT_STATUS 4
#define USB_ENABLE_PORT 5
#define USB_GET_HUB_COUNT 6
#define USB_CYCLE_PORT 7
#define USB_GET_HUB_NAME 8
#define USB_IDLE_NOTIFICATION 9
#define USB_RECORD_FAILURE 10
#define USB_GET_BUS_INFO 264
#define USB_GET_CONTROLLER_NAME 265
#define USB_GET_BUSGUID_INFO 266
#define USB_GET_PARENT_HUB_INFO 267
#define USB_GET_DEVICE_HANDLE 268
#define USB_GET_DEVICE_HANDLE_EX 269
#define USB_GET_TT_DEVICE_HANDLE 270
#define USB_GET_TOPOLOGY_ADDRESS 271
#define USB_IDLE_NOTIFICATION_EX 272
#define USB_REQ_GLOBAL_SUSPEND 273
#define USB_REQ_GLOBAL_RESUME 274
#define USB_GET_HUB_CONFIG_INFO 275
#define USB_REGISTER_COMPOSITE_DEVICE 0
#define USB_UNREGISTER_COMPOSITE_DEVICE 1
#define USB_REQUEST_REMOTE_WAKE_NOTIFICATION 2

DEFINE_GUID(GUID_DEVINTERFACE_USB_HUB, 0xf18a0e88, 0xc30c, 0x11d0, 0x88, 0x15,
            0x00, 0xa0, 0xc9, 0x06, 0xbe, 0xd8);
DEFINE_GUID(GUID_DEVINTERFACE_USB_DEVICE, 0xA5DCBF10L, 0x6530, 0x11D2, 0x90,
            0x1F, 0x00, 0xC0, 0x4F, 0xB9, 0x51, 0xED);
DEFINE_GUID(GUID_DEVINTERFACE_USB_HOST_CONTROLLER, 0x3abf6f2d, 0x71c4, 0x462a,
            0x8a, 0x92, 0x1e, 0x68, 0x61, 0xe6, 0xaf, 0x27);

#endif
