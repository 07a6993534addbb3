/* irqlint's model of mstcpip.h (TCP/IP definitions shared by user and
 * kernel mode), written from the documentation -- not Microsoft's header.
 * Kernel code reaches it through netiodef.h (wsk.h, the WFP headers) and
 * uses it for the Rtl routines that turn IPv4/IPv6 addresses into text and
 * back; the real header declares the same routines as ip2string.h, so this
 * model takes them from there. The socket-option structures of the header
 * are not modeled. */
#ifndef IRQLINT_WDK_MSTCPIP_H
#define IRQLINT_WDK_MSTCPIP_H

#include "ip2string.h"

#endif
