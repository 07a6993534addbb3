/* irqlint's model of netioapi.h (the IP Helper definitions shared by user
 * and kernel mode), written from the documentation -- not Microsoft's
 * header. Only IP_ADDRESS_PREFIX, which the WFP metadata carries, is
 * modeled; the interface, address and route table routines are not. */
#ifndef IRQLINT_WDK_NETIOAPI_H
#define IRQLINT_WDK_NETIOAPI_H

#include "ntddndis.h"
#include "ws2ipdef.h"

typedef struct _IP_ADDRESS_PREFIX {
  SOCKADDR_INET Prefix;
  UINT8 PrefixLength;
} IP_ADDRESS_PREFIX, *PIP_ADDRESS_PREFIX;

#endif
