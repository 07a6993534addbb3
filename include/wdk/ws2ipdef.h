/* irqlint's model of ws2ipdef.h (the IPv4/IPv6 socket definitions: the
 * IPv6 socket address, SOCKADDR_INET, the IN6ADDR_* initializers and the
 * IPPROTO_IP / IPPROTO_IPV6 level socket options), written from the
 * documentation -- not Microsoft's header. Like the real header it pulls in
 * ws2def.h, in6addr.h and inaddr.h. */
#ifndef IRQLINT_WDK_WS2IPDEF_H
#define IRQLINT_WDK_WS2IPDEF_H

#include "in6addr.h"
#include "inaddr.h"
#include "ws2def.h"

typedef struct sockaddr_in6 {
  ADDRESS_FAMILY sin6_family;
  USHORT sin6_port; /* network byte order */
  ULONG sin6_flowinfo;
  IN6_ADDR sin6_addr;
  union {
    ULONG sin6_scope_id;
    SCOPE_ID sin6_scope_struct;
  };
} SOCKADDR_IN6_LH, *PSOCKADDR_IN6_LH, SOCKADDR_IN6, *PSOCKADDR_IN6,
    *LPSOCKADDR_IN6;

typedef union _SOCKADDR_INET {
  SOCKADDR_IN Ipv4;
  SOCKADDR_IN6 Ipv6;
  ADDRESS_FAMILY si_family;
} SOCKADDR_INET, *PSOCKADDR_INET;

#define IN6ADDR_ANY_INIT {0}
#define IN6ADDR_LOOPBACK_INIT {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}
#define IN6ADDR_LINKLOCALPREFIX_INIT {0xfe, 0x80}
#define IN6ADDR_MULTICASTPREFIX_INIT {0xff}
#define INET_ADDRSTRLEN 22
#define INET6_ADDRSTRLEN 65

/* IPPROTO_IP level options */
#define IP_OPTIONS 1
#define IP_HDRINCL 2
#define IP_TOS 3
#define IP_TTL 4
#define IP_MULTICAST_IF 9
#define IP_MULTICAST_TTL 10
#define IP_MULTICAST_LOOP 11
#define IP_ADD_MEMBERSHIP 12
#define IP_DROP_MEMBERSHIP 13
#define IP_DONTFRAGMENT 14
#define IP_PKTINFO 19
#define IP_RECVIF 20
#define IP_UNICAST_IF 31

/* IPPROTO_IPV6 level options */
#define IPV6_HOPOPTS 1
#define IPV6_HDRINCL 2
#define IPV6_UNICAST_HOPS 4
#define IPV6_MULTICAST_IF 9
#define IPV6_MULTICAST_HOPS 10
#define IPV6_MULTICAST_LOOP 11
#define IPV6_ADD_MEMBERSHIP 12
#define IPV6_DROP_MEMBERSHIP 13
#define IPV6_DONTFRAG 14
#define IPV6_PKTINFO 19
#define IPV6_HOPLIMIT 21
#define IPV6_PROTECTION_LEVEL 23
#define IPV6_RECVIF 24
#define IPV6_V6ONLY 27
#define IPV6_UNICAST_IF 31

/* The packet information control messages (IP_PKTINFO / IPV6_PKTINFO). */
typedef struct in_pktinfo {
  IN_ADDR ipi_addr;
  ULONG ipi_ifindex;
} IN_PKTINFO, *PIN_PKTINFO;
typedef struct in6_pktinfo {
  IN6_ADDR ipi6_addr;
  ULONG ipi6_ifindex;
} IN6_PKTINFO, *PIN6_PKTINFO;

#endif
