/* irqlint's model of xfilter.h, the NDIS Ethernet address helpers (802.3
 * addresses are six bytes; the low bit of the first byte marks a group
 * address), written from their documented meaning -- not Microsoft's
 * header. Each macro defers to an earlier definition. */
#ifndef IRQLINT_WDK_XFILTER_H
#define IRQLINT_WDK_XFILTER_H

#ifndef ETH_LENGTH_OF_ADDRESS
#define ETH_LENGTH_OF_ADDRESS 6
#endif
#ifndef ETH_IS_MULTICAST
#define ETH_IS_MULTICAST(Address)                                              \
  (BOOLEAN)(((PUCHAR)(Address))[0] & ((UCHAR)0x01))
#endif
#ifndef ETH_IS_BROADCAST
#define ETH_IS_BROADCAST(Address)                                              \
  ((((PUCHAR)(Address))[0] == ((UCHAR)0xff)) &&                                \
   (((PUCHAR)(Address))[1] == ((UCHAR)0xff)) &&                                \
   (((PUCHAR)(Address))[2] == ((UCHAR)0xff)) &&                                \
   (((PUCHAR)(Address))[3] == ((UCHAR)0xff)) &&                                \
   (((PUCHAR)(Address))[4] == ((UCHAR)0xff)) &&                                \
   (((PUCHAR)(Address))[5] == ((UCHAR)0xff)))
#endif
#ifndef ETH_COPY_NETWORK_ADDRESS
#define ETH_COPY_NETWORK_ADDRESS(_D, _S)                                       \
  RtlCopyMemory((_D), (_S), ETH_LENGTH_OF_ADDRESS)
#endif
#ifndef ETH_COMPARE_NETWORK_ADDRESSES_EQ
#define ETH_COMPARE_NETWORK_ADDRESSES_EQ(_A, _B, _Result)                      \
  (*(_Result) = !RtlEqualMemory((_A), (_B), ETH_LENGTH_OF_ADDRESS))
#endif

#endif
