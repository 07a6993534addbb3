/* irqlint's model of usb200.h: the USB 2.0 additions to usb100.h, which the
 * WDK now keeps in usbspec.h. Written from the documentation -- not
 * Microsoft's header. */
#ifndef IRQLINT_WDK_USB200_H
#define IRQLINT_WDK_USB200_H

#include "usb100.h"

#endif
