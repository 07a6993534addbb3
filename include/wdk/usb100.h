/* irqlint's model of usb100.h: the USB 1.0 descriptor definitions, which
 * the WDK now keeps in usbspec.h. Written from the documentation -- not
 * Microsoft's header. */
#ifndef IRQLINT_WDK_USB100_H
#define IRQLINT_WDK_USB100_H

#include "usbspec.h"

#endif
