/* irqlint's model of netiodef.h (network I/O definitions shared by NDIS and
 * WFP drivers). The header itself is barely documented; this model carries
 * only the Ethernet framing basics (generic IEEE 802.3 facts) and pulls in
 * the interface types of ntddndis.h and, as the real header does,
 * mstcpip.h. The Hyper-V switch extension samples
 * include it without using its contents. */
#ifndef IRQLINT_WDK_NETIODEF_H
#define IRQLINT_WDK_NETIODEF_H

#include "mstcpip.h"
#include "ntddndis.h"

#define ETHERNET_TYPE_MINIMUM 0x0600
#define ETHERNET_TYPE_IPV4 0x0800
#define ETHERNET_TYPE_ARP 0x0806
#define ETHERNET_TYPE_802_1Q 0x8100
#define ETHERNET_TYPE_IPV6 0x86dd
#define ETHERNET_TYPE_802_1X 0x888e

#include "pshpack1.h"
typedef struct _DL_EUI48 {
  UCHAR Byte[6];
} DL_EUI48, *PDL_EUI48;
typedef struct _ETHERNET_HEADER {
  DL_EUI48 Destination;
  DL_EUI48 Source;
  union {
    USHORT Type;   /* ETHERNET_TYPE_*, big-endian on the wire */
    USHORT Length; /* 802.3 length when below ETHERNET_TYPE_MINIMUM */
  };
} ETHERNET_HEADER, *PETHERNET_HEADER;
#include "poppack.h"

#endif
