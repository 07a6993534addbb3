/* irqlint's model of usbdi.h: the USB driver interface for client drivers,
 * the URBs (usb.h) and the internal I/O controls that carry them
 * (usbioctl.h). Written from the documentation -- not Microsoft's header. */
#ifndef IRQLINT_WDK_USBDI_H
#define IRQLINT_WDK_USBDI_H

#include "usb.h"
#include "usbioctl.h"

#endif
