/* irqlint's model of fwpsk.h (the Windows Filtering Platform callout API:
 * run-time layer and data field identifiers, the metadata of a
 * classification, callout registration, flow contexts, pended operations
 * and classifications, packet and stream injection, and the net buffer
 * list helpers), written from the documentation -- not Microsoft's header.
 * Like the real header it includes ndis.h (NET_BUFFER_LIST), so a callout
 * driver defines an NDIS version before including it. The routines carry
 * the IRQL bounds of their reference pages: registration and injection
 * handles at PASSIVE_LEVEL, everything a classifyFn calls at
 * <= DISPATCH_LEVEL. Unversioned names (FWPS_CALLOUT, FwpsCalloutRegister,
 * ...) map to the newest version NTDDI_VERSION allows, as the WDK's
 * version-independent names do. Only the data field enumerations of the
 * layers drivers commonly filter at are modeled. */
#ifndef IRQLINT_WDK_FWPSK_H
#define IRQLINT_WDK_FWPSK_H

#include "fwpstypes.h"
#include "fwptypes.h"
#include "ndis.h"
#include "netioapi.h"
#include "ws2def.h"

/* ---- run-time filtering layer identifiers ---- */
typedef enum FWPS_BUILTIN_LAYERS_ {
  FWPS_LAYER_INBOUND_IPPACKET_V4,
  FWPS_LAYER_INBOUND_IPPACKET_V4_DISCARD,
  FWPS_LAYER_INBOUND_IPPACKET_V6,
  FWPS_LAYER_INBOUND_IPPACKET_V6_DISCARD,
  FWPS_LAYER_OUTBOUND_IPPACKET_V4,
  FWPS_LAYER_OUTBOUND_IPPACKET_V4_DISCARD,
  FWPS_LAYER_OUTBOUND_IPPACKET_V6,
  FWPS_LAYER_OUTBOUND_IPPACKET_V6_DISCARD,
  FWPS_LAYER_IPFORWARD_V4,
  FWPS_LAYER_IPFORWARD_V4_DISCARD,
  FWPS_LAYER_IPFORWARD_V6,
  FWPS_LAYER_IPFORWARD_V6_DISCARD,
  FWPS_LAYER_INBOUND_TRANSPORT_V4,
  FWPS_LAYER_INBOUND_TRANSPORT_V4_DISCARD,
  FWPS_LAYER_INBOUND_TRANSPORT_V6,
  FWPS_LAYER_INBOUND_TRANSPORT_V6_DISCARD,
  FWPS_LAYER_OUTBOUND_TRANSPORT_V4,
  FWPS_LAYER_OUTBOUND_TRANSPORT_V4_DISCARD,
  FWPS_LAYER_OUTBOUND_TRANSPORT_V6,
  FWPS_LAYER_OUTBOUND_TRANSPORT_V6_DISCARD,
  FWPS_LAYER_STREAM_V4,
  FWPS_LAYER_STREAM_V4_DISCARD,
  FWPS_LAYER_STREAM_V6,
  FWPS_LAYER_STREAM_V6_DISCARD,
  FWPS_LAYER_DATAGRAM_DATA_V4,
  FWPS_LAYER_DATAGRAM_DATA_V4_DISCARD,
  FWPS_LAYER_DATAGRAM_DATA_V6,
  FWPS_LAYER_DATAGRAM_DATA_V6_DISCARD,
  FWPS_LAYER_INBOUND_ICMP_ERROR_V4,
  FWPS_LAYER_INBOUND_ICMP_ERROR_V4_DISCARD,
  FWPS_LAYER_INBOUND_ICMP_ERROR_V6,
  FWPS_LAYER_INBOUND_ICMP_ERROR_V6_DISCARD,
  FWPS_LAYER_OUTBOUND_ICMP_ERROR_V4,
  FWPS_LAYER_OUTBOUND_ICMP_ERROR_V4_DISCARD,
  FWPS_LAYER_OUTBOUND_ICMP_ERROR_V6,
  FWPS_LAYER_OUTBOUND_ICMP_ERROR_V6_DISCARD,
  FWPS_LAYER_ALE_RESOURCE_ASSIGNMENT_V4,
  FWPS_LAYER_ALE_RESOURCE_ASSIGNMENT_V4_DISCARD,
  FWPS_LAYER_ALE_RESOURCE_ASSIGNMENT_V6,
  FWPS_LAYER_ALE_RESOURCE_ASSIGNMENT_V6_DISCARD,
  FWPS_LAYER_ALE_AUTH_LISTEN_V4,
  FWPS_LAYER_ALE_AUTH_LISTEN_V4_DISCARD,
  FWPS_LAYER_ALE_AUTH_LISTEN_V6,
  FWPS_LAYER_ALE_AUTH_LISTEN_V6_DISCARD,
  FWPS_LAYER_ALE_AUTH_RECV_ACCEPT_V4,
  FWPS_LAYER_ALE_AUTH_RECV_ACCEPT_V4_DISCARD,
  FWPS_LAYER_ALE_AUTH_RECV_ACCEPT_V6,
  FWPS_LAYER_ALE_AUTH_RECV_ACCEPT_V6_DISCARD,
  FWPS_LAYER_ALE_AUTH_CONNECT_V4,
  FWPS_LAYER_ALE_AUTH_CONNECT_V4_DISCARD,
  FWPS_LAYER_ALE_AUTH_CONNECT_V6,
  FWPS_LAYER_ALE_AUTH_CONNECT_V6_DISCARD,
  FWPS_LAYER_ALE_FLOW_ESTABLISHED_V4,
  FWPS_LAYER_ALE_FLOW_ESTABLISHED_V4_DISCARD,
  FWPS_LAYER_ALE_FLOW_ESTABLISHED_V6,
  FWPS_LAYER_ALE_FLOW_ESTABLISHED_V6_DISCARD,
  FWPS_LAYER_INBOUND_MAC_FRAME_ETHERNET,
  FWPS_LAYER_OUTBOUND_MAC_FRAME_ETHERNET,
  FWPS_LAYER_INBOUND_MAC_FRAME_NATIVE,
  FWPS_LAYER_OUTBOUND_MAC_FRAME_NATIVE,
  FWPS_LAYER_INGRESS_VSWITCH_ETHERNET,
  FWPS_LAYER_EGRESS_VSWITCH_ETHERNET,
  FWPS_LAYER_INGRESS_VSWITCH_TRANSPORT_V4,
  FWPS_LAYER_INGRESS_VSWITCH_TRANSPORT_V6,
  FWPS_LAYER_EGRESS_VSWITCH_TRANSPORT_V4,
  FWPS_LAYER_EGRESS_VSWITCH_TRANSPORT_V6,
  FWPS_LAYER_INBOUND_TRANSPORT_FAST,
  FWPS_LAYER_OUTBOUND_TRANSPORT_FAST,
  FWPS_LAYER_INBOUND_MAC_FRAME_NATIVE_FAST,
  FWPS_LAYER_OUTBOUND_MAC_FRAME_NATIVE_FAST,
  FWPS_LAYER_IPSEC_KM_DEMUX_V4,
  FWPS_LAYER_IPSEC_KM_DEMUX_V6,
  FWPS_LAYER_IPSEC_V4,
  FWPS_LAYER_IPSEC_V6,
  FWPS_LAYER_IKEEXT_V4,
  FWPS_LAYER_IKEEXT_V6,
  FWPS_LAYER_RPC_UM,
  FWPS_LAYER_RPC_EPMAP,
  FWPS_LAYER_RPC_EP_ADD,
  FWPS_LAYER_RPC_PROXY_CONN,
  FWPS_LAYER_RPC_PROXY_IF,
  FWPS_LAYER_KM_AUTHORIZATION,
  FWPS_LAYER_NAME_RESOLUTION_CACHE_V4,
  FWPS_LAYER_NAME_RESOLUTION_CACHE_V6,
  FWPS_LAYER_ALE_RESOURCE_RELEASE_V4,
  FWPS_LAYER_ALE_RESOURCE_RELEASE_V6,
  FWPS_LAYER_ALE_ENDPOINT_CLOSURE_V4,
  FWPS_LAYER_ALE_ENDPOINT_CLOSURE_V6,
  FWPS_LAYER_ALE_CONNECT_REDIRECT_V4,
  FWPS_LAYER_ALE_CONNECT_REDIRECT_V6,
  FWPS_LAYER_ALE_BIND_REDIRECT_V4,
  FWPS_LAYER_ALE_BIND_REDIRECT_V6,
  FWPS_LAYER_STREAM_PACKET_V4,
  FWPS_LAYER_STREAM_PACKET_V6,
  FWPS_BUILTIN_LAYER_MAX
} FWPS_BUILTIN_LAYERS;

/* ---- data field identifiers (indexes into incomingValue[]) ----
 * Each layer's enumeration is FWPS_FIELDS_<layer> with members
 * FWPS_FIELD_<layer>_<field> ... FWPS_FIELD_<layer>_MAX; the V4 and V6
 * layers of a family list the same fields. */
#define IRQLINT_FWPS_FIELDS_IPPACKET_IN(L)                                     \
  typedef enum FWPS_FIELDS_##L##_{FWPS_FIELD_##L##_IP_LOCAL_ADDRESS,           \
                                  FWPS_FIELD_##L##_IP_REMOTE_ADDRESS,          \
                                  FWPS_FIELD_##L##_IP_LOCAL_ADDRESS_TYPE,      \
                                  FWPS_FIELD_##L##_IP_LOCAL_INTERFACE,         \
                                  FWPS_FIELD_##L##_INTERFACE_INDEX,            \
                                  FWPS_FIELD_##L##_SUB_INTERFACE_INDEX,        \
                                  FWPS_FIELD_##L##_FLAGS,                      \
                                  FWPS_FIELD_##L##_INTERFACE_TYPE,             \
                                  FWPS_FIELD_##L##_TUNNEL_TYPE,                \
                                  FWPS_FIELD_##L##_COMPARTMENT_ID,             \
                                  FWPS_FIELD_##L##_MAX} FWPS_FIELDS_##L
IRQLINT_FWPS_FIELDS_IPPACKET_IN(INBOUND_IPPACKET_V4);
IRQLINT_FWPS_FIELDS_IPPACKET_IN(INBOUND_IPPACKET_V6);

#define IRQLINT_FWPS_FIELDS_IPPACKET_OUT(L)                                    \
  typedef enum FWPS_FIELDS_##L##_{                                             \
      FWPS_FIELD_##L##_IP_LOCAL_ADDRESS,                                       \
      FWPS_FIELD_##L##_IP_LOCAL_ADDRESS_TYPE,                                  \
      FWPS_FIELD_##L##_IP_REMOTE_ADDRESS,                                      \
      FWPS_FIELD_##L##_IP_LOCAL_INTERFACE,                                     \
      FWPS_FIELD_##L##_INTERFACE_INDEX,                                        \
      FWPS_FIELD_##L##_SUB_INTERFACE_INDEX,                                    \
      FWPS_FIELD_##L##_IP_DESTINATION_ADDRESS_TYPE,                            \
      FWPS_FIELD_##L##_FLAGS,                                                  \
      FWPS_FIELD_##L##_INTERFACE_TYPE,                                         \
      FWPS_FIELD_##L##_TUNNEL_TYPE,                                            \
      FWPS_FIELD_##L##_COMPARTMENT_ID,                                         \
      FWPS_FIELD_##L##_MAX} FWPS_FIELDS_##L
IRQLINT_FWPS_FIELDS_IPPACKET_OUT(OUTBOUND_IPPACKET_V4);
IRQLINT_FWPS_FIELDS_IPPACKET_OUT(OUTBOUND_IPPACKET_V6);

#define IRQLINT_FWPS_FIELDS_IPFORWARD(L)                                       \
  typedef enum FWPS_FIELDS_##L##_{                                             \
      FWPS_FIELD_##L##_IP_SOURCE_ADDRESS,                                      \
      FWPS_FIELD_##L##_IP_DESTINATION_ADDRESS,                                 \
      FWPS_FIELD_##L##_IP_DESTINATION_ADDRESS_TYPE,                            \
      FWPS_FIELD_##L##_IP_LOCAL_INTERFACE,                                     \
      FWPS_FIELD_##L##_IP_FORWARD_INTERFACE,                                   \
      FWPS_FIELD_##L##_SOURCE_INTERFACE_INDEX,                                 \
      FWPS_FIELD_##L##_SOURCE_SUB_INTERFACE_INDEX,                             \
      FWPS_FIELD_##L##_DESTINATION_INTERFACE_INDEX,                            \
      FWPS_FIELD_##L##_DESTINATION_SUB_INTERFACE_INDEX,                        \
      FWPS_FIELD_##L##_FLAGS,                                                  \
      FWPS_FIELD_##L##_IP_PHYSICAL_ARRIVAL_INTERFACE,                          \
      FWPS_FIELD_##L##_ARRIVAL_INTERFACE_PROFILE_ID,                           \
      FWPS_FIELD_##L##_IP_PHYSICAL_NEXTHOP_INTERFACE,                          \
      FWPS_FIELD_##L##_NEXTHOP_INTERFACE_PROFILE_ID,                           \
      FWPS_FIELD_##L##_COMPARTMENT_ID,                                         \
      FWPS_FIELD_##L##_MAX} FWPS_FIELDS_##L
IRQLINT_FWPS_FIELDS_IPFORWARD(IPFORWARD_V4);
IRQLINT_FWPS_FIELDS_IPFORWARD(IPFORWARD_V6);

#define IRQLINT_FWPS_FIELDS_TRANSPORT_IN(L)                                    \
  typedef enum FWPS_FIELDS_##L##_{FWPS_FIELD_##L##_IP_PROTOCOL,                \
                                  FWPS_FIELD_##L##_IP_LOCAL_ADDRESS,           \
                                  FWPS_FIELD_##L##_IP_REMOTE_ADDRESS,          \
                                  FWPS_FIELD_##L##_IP_LOCAL_ADDRESS_TYPE,      \
                                  FWPS_FIELD_##L##_IP_LOCAL_PORT,              \
                                  FWPS_FIELD_##L##_IP_REMOTE_PORT,             \
                                  FWPS_FIELD_##L##_IP_LOCAL_INTERFACE,         \
                                  FWPS_FIELD_##L##_INTERFACE_INDEX,            \
                                  FWPS_FIELD_##L##_SUB_INTERFACE_INDEX,        \
                                  FWPS_FIELD_##L##_FLAGS,                      \
                                  FWPS_FIELD_##L##_INTERFACE_TYPE,             \
                                  FWPS_FIELD_##L##_TUNNEL_TYPE,                \
                                  FWPS_FIELD_##L##_PROFILE_ID,                 \
                                  FWPS_FIELD_##L##_IPSEC_SECURITY_REALM_ID,    \
                                  FWPS_FIELD_##L##_COMPARTMENT_ID,             \
                                  FWPS_FIELD_##L##_MAX} FWPS_FIELDS_##L
IRQLINT_FWPS_FIELDS_TRANSPORT_IN(INBOUND_TRANSPORT_V4);
IRQLINT_FWPS_FIELDS_TRANSPORT_IN(INBOUND_TRANSPORT_V6);
#define FWPS_FIELD_INBOUND_TRANSPORT_V4_ICMP_TYPE                              \
  FWPS_FIELD_INBOUND_TRANSPORT_V4_IP_LOCAL_PORT
#define FWPS_FIELD_INBOUND_TRANSPORT_V4_ICMP_CODE                              \
  FWPS_FIELD_INBOUND_TRANSPORT_V4_IP_REMOTE_PORT
#define FWPS_FIELD_INBOUND_TRANSPORT_V6_ICMP_TYPE                              \
  FWPS_FIELD_INBOUND_TRANSPORT_V6_IP_LOCAL_PORT
#define FWPS_FIELD_INBOUND_TRANSPORT_V6_ICMP_CODE                              \
  FWPS_FIELD_INBOUND_TRANSPORT_V6_IP_REMOTE_PORT

#define IRQLINT_FWPS_FIELDS_TRANSPORT_OUT(L)                                   \
  typedef enum FWPS_FIELDS_##L##_{                                             \
      FWPS_FIELD_##L##_IP_PROTOCOL,                                            \
      FWPS_FIELD_##L##_IP_LOCAL_ADDRESS,                                       \
      FWPS_FIELD_##L##_IP_LOCAL_ADDRESS_TYPE,                                  \
      FWPS_FIELD_##L##_IP_REMOTE_ADDRESS,                                      \
      FWPS_FIELD_##L##_IP_LOCAL_PORT,                                          \
      FWPS_FIELD_##L##_IP_REMOTE_PORT,                                         \
      FWPS_FIELD_##L##_IP_LOCAL_INTERFACE,                                     \
      FWPS_FIELD_##L##_INTERFACE_INDEX,                                        \
      FWPS_FIELD_##L##_SUB_INTERFACE_INDEX,                                    \
      FWPS_FIELD_##L##_IP_DESTINATION_ADDRESS_TYPE,                            \
      FWPS_FIELD_##L##_FLAGS,                                                  \
      FWPS_FIELD_##L##_INTERFACE_TYPE,                                         \
      FWPS_FIELD_##L##_TUNNEL_TYPE,                                            \
      FWPS_FIELD_##L##_PROFILE_ID,                                             \
      FWPS_FIELD_##L##_IPSEC_SECURITY_REALM_ID,                                \
      FWPS_FIELD_##L##_COMPARTMENT_ID,                                         \
      FWPS_FIELD_##L##_MAX} FWPS_FIELDS_##L
IRQLINT_FWPS_FIELDS_TRANSPORT_OUT(OUTBOUND_TRANSPORT_V4);
IRQLINT_FWPS_FIELDS_TRANSPORT_OUT(OUTBOUND_TRANSPORT_V6);
#define FWPS_FIELD_OUTBOUND_TRANSPORT_V4_ICMP_TYPE                             \
  FWPS_FIELD_OUTBOUND_TRANSPORT_V4_IP_LOCAL_PORT
#define FWPS_FIELD_OUTBOUND_TRANSPORT_V4_ICMP_CODE                             \
  FWPS_FIELD_OUTBOUND_TRANSPORT_V4_IP_REMOTE_PORT
#define FWPS_FIELD_OUTBOUND_TRANSPORT_V6_ICMP_TYPE                             \
  FWPS_FIELD_OUTBOUND_TRANSPORT_V6_IP_LOCAL_PORT
#define FWPS_FIELD_OUTBOUND_TRANSPORT_V6_ICMP_CODE                             \
  FWPS_FIELD_OUTBOUND_TRANSPORT_V6_IP_REMOTE_PORT

#define IRQLINT_FWPS_FIELDS_STREAM(L)                                          \
  typedef enum FWPS_FIELDS_##L##_{FWPS_FIELD_##L##_IP_LOCAL_ADDRESS,           \
                                  FWPS_FIELD_##L##_IP_LOCAL_ADDRESS_TYPE,      \
                                  FWPS_FIELD_##L##_IP_REMOTE_ADDRESS,          \
                                  FWPS_FIELD_##L##_IP_LOCAL_PORT,              \
                                  FWPS_FIELD_##L##_IP_REMOTE_PORT,             \
                                  FWPS_FIELD_##L##_DIRECTION,                  \
                                  FWPS_FIELD_##L##_FLAGS,                      \
                                  FWPS_FIELD_##L##_COMPARTMENT_ID,             \
                                  FWPS_FIELD_##L##_MAX} FWPS_FIELDS_##L
IRQLINT_FWPS_FIELDS_STREAM(STREAM_V4);
IRQLINT_FWPS_FIELDS_STREAM(STREAM_V6);

#define IRQLINT_FWPS_FIELDS_DATAGRAM_DATA(L)                                   \
  typedef enum FWPS_FIELDS_##L##_{FWPS_FIELD_##L##_IP_PROTOCOL,                \
                                  FWPS_FIELD_##L##_IP_LOCAL_ADDRESS,           \
                                  FWPS_FIELD_##L##_IP_REMOTE_ADDRESS,          \
                                  FWPS_FIELD_##L##_IP_LOCAL_ADDRESS_TYPE,      \
                                  FWPS_FIELD_##L##_IP_LOCAL_PORT,              \
                                  FWPS_FIELD_##L##_IP_REMOTE_PORT,             \
                                  FWPS_FIELD_##L##_IP_LOCAL_INTERFACE,         \
                                  FWPS_FIELD_##L##_INTERFACE_INDEX,            \
                                  FWPS_FIELD_##L##_SUB_INTERFACE_INDEX,        \
                                  FWPS_FIELD_##L##_DIRECTION,                  \
                                  FWPS_FIELD_##L##_FLAGS,                      \
                                  FWPS_FIELD_##L##_INTERFACE_TYPE,             \
                                  FWPS_FIELD_##L##_TUNNEL_TYPE,                \
                                  FWPS_FIELD_##L##_COMPARTMENT_ID,             \
                                  FWPS_FIELD_##L##_MAX} FWPS_FIELDS_##L
IRQLINT_FWPS_FIELDS_DATAGRAM_DATA(DATAGRAM_DATA_V4);
IRQLINT_FWPS_FIELDS_DATAGRAM_DATA(DATAGRAM_DATA_V6);

#define IRQLINT_FWPS_FIELDS_RESOURCE_ASSIGNMENT(L)                             \
  typedef enum FWPS_FIELDS_##L##_{                                             \
      FWPS_FIELD_##L##_ALE_APP_ID,                                             \
      FWPS_FIELD_##L##_ALE_USER_ID,                                            \
      FWPS_FIELD_##L##_IP_LOCAL_ADDRESS,                                       \
      FWPS_FIELD_##L##_IP_LOCAL_ADDRESS_TYPE,                                  \
      FWPS_FIELD_##L##_IP_LOCAL_PORT,                                          \
      FWPS_FIELD_##L##_IP_PROTOCOL,                                            \
      FWPS_FIELD_##L##_ALE_PROMISCUOUS_MODE,                                   \
      FWPS_FIELD_##L##_IP_LOCAL_INTERFACE,                                     \
      FWPS_FIELD_##L##_FLAGS,                                                  \
      FWPS_FIELD_##L##_INTERFACE_TYPE,                                         \
      FWPS_FIELD_##L##_TUNNEL_TYPE,                                            \
      FWPS_FIELD_##L##_LOCAL_INTERFACE_PROFILE_ID,                             \
      FWPS_FIELD_##L##_SIO_FIREWALL_SOCKET_PROPERTY,                           \
      FWPS_FIELD_##L##_ALE_PACKAGE_ID,                                         \
      FWPS_FIELD_##L##_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE,                      \
      FWPS_FIELD_##L##_COMPARTMENT_ID,                                         \
      FWPS_FIELD_##L##_MAX} FWPS_FIELDS_##L
IRQLINT_FWPS_FIELDS_RESOURCE_ASSIGNMENT(ALE_RESOURCE_ASSIGNMENT_V4);
IRQLINT_FWPS_FIELDS_RESOURCE_ASSIGNMENT(ALE_RESOURCE_ASSIGNMENT_V6);

#define IRQLINT_FWPS_FIELDS_AUTH_LISTEN(L)                                     \
  typedef enum FWPS_FIELDS_##L##_{                                             \
      FWPS_FIELD_##L##_ALE_APP_ID,                                             \
      FWPS_FIELD_##L##_ALE_USER_ID,                                            \
      FWPS_FIELD_##L##_IP_LOCAL_ADDRESS,                                       \
      FWPS_FIELD_##L##_IP_LOCAL_ADDRESS_TYPE,                                  \
      FWPS_FIELD_##L##_IP_LOCAL_PORT,                                          \
      FWPS_FIELD_##L##_IP_LOCAL_INTERFACE,                                     \
      FWPS_FIELD_##L##_FLAGS,                                                  \
      FWPS_FIELD_##L##_INTERFACE_TYPE,                                         \
      FWPS_FIELD_##L##_TUNNEL_TYPE,                                            \
      FWPS_FIELD_##L##_LOCAL_INTERFACE_PROFILE_ID,                             \
      FWPS_FIELD_##L##_ALE_PACKAGE_ID,                                         \
      FWPS_FIELD_##L##_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE,                      \
      FWPS_FIELD_##L##_COMPARTMENT_ID,                                         \
      FWPS_FIELD_##L##_MAX} FWPS_FIELDS_##L
IRQLINT_FWPS_FIELDS_AUTH_LISTEN(ALE_AUTH_LISTEN_V4);
IRQLINT_FWPS_FIELDS_AUTH_LISTEN(ALE_AUTH_LISTEN_V6);

#define IRQLINT_FWPS_FIELDS_AUTH_RECV_ACCEPT(L)                                \
  typedef enum FWPS_FIELDS_##L##_{                                             \
      FWPS_FIELD_##L##_ALE_APP_ID,                                             \
      FWPS_FIELD_##L##_ALE_USER_ID,                                            \
      FWPS_FIELD_##L##_IP_LOCAL_ADDRESS,                                       \
      FWPS_FIELD_##L##_IP_LOCAL_ADDRESS_TYPE,                                  \
      FWPS_FIELD_##L##_IP_LOCAL_PORT,                                          \
      FWPS_FIELD_##L##_IP_PROTOCOL,                                            \
      FWPS_FIELD_##L##_IP_REMOTE_ADDRESS,                                      \
      FWPS_FIELD_##L##_IP_REMOTE_PORT,                                         \
      FWPS_FIELD_##L##_ALE_REMOTE_USER_ID,                                     \
      FWPS_FIELD_##L##_ALE_REMOTE_MACHINE_ID,                                  \
      FWPS_FIELD_##L##_IP_LOCAL_INTERFACE,                                     \
      FWPS_FIELD_##L##_FLAGS,                                                  \
      FWPS_FIELD_##L##_SIO_FIREWALL_SYSTEM_PORT,                               \
      FWPS_FIELD_##L##_NAP_CONTEXT,                                            \
      FWPS_FIELD_##L##_INTERFACE_TYPE,                                         \
      FWPS_FIELD_##L##_TUNNEL_TYPE,                                            \
      FWPS_FIELD_##L##_INTERFACE_INDEX,                                        \
      FWPS_FIELD_##L##_SUB_INTERFACE_INDEX,                                    \
      FWPS_FIELD_##L##_IP_ARRIVAL_INTERFACE,                                   \
      FWPS_FIELD_##L##_ARRIVAL_INTERFACE_TYPE,                                 \
      FWPS_FIELD_##L##_ARRIVAL_TUNNEL_TYPE,                                    \
      FWPS_FIELD_##L##_ARRIVAL_INTERFACE_INDEX,                                \
      FWPS_FIELD_##L##_NEXTHOP_SUB_INTERFACE_INDEX,                            \
      FWPS_FIELD_##L##_IP_NEXTHOP_INTERFACE,                                   \
      FWPS_FIELD_##L##_NEXTHOP_INTERFACE_TYPE,                                 \
      FWPS_FIELD_##L##_NEXTHOP_TUNNEL_TYPE,                                    \
      FWPS_FIELD_##L##_NEXTHOP_INTERFACE_INDEX,                                \
      FWPS_FIELD_##L##_ORIGINAL_PROFILE_ID,                                    \
      FWPS_FIELD_##L##_CURRENT_PROFILE_ID,                                     \
      FWPS_FIELD_##L##_REAUTHORIZE_REASON,                                     \
      FWPS_FIELD_##L##_ORIGINAL_ICMP_TYPE,                                     \
      FWPS_FIELD_##L##_INTERFACE_QUARANTINE_EPOCH,                             \
      FWPS_FIELD_##L##_ALE_PACKAGE_ID,                                         \
      FWPS_FIELD_##L##_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE,                      \
      FWPS_FIELD_##L##_COMPARTMENT_ID,                                         \
      FWPS_FIELD_##L##_MAX} FWPS_FIELDS_##L
IRQLINT_FWPS_FIELDS_AUTH_RECV_ACCEPT(ALE_AUTH_RECV_ACCEPT_V4);
IRQLINT_FWPS_FIELDS_AUTH_RECV_ACCEPT(ALE_AUTH_RECV_ACCEPT_V6);

#define IRQLINT_FWPS_FIELDS_AUTH_CONNECT(L)                                    \
  typedef enum FWPS_FIELDS_##L##_{                                             \
      FWPS_FIELD_##L##_ALE_APP_ID,                                             \
      FWPS_FIELD_##L##_ALE_USER_ID,                                            \
      FWPS_FIELD_##L##_IP_LOCAL_ADDRESS,                                       \
      FWPS_FIELD_##L##_IP_LOCAL_ADDRESS_TYPE,                                  \
      FWPS_FIELD_##L##_IP_LOCAL_PORT,                                          \
      FWPS_FIELD_##L##_IP_PROTOCOL,                                            \
      FWPS_FIELD_##L##_IP_REMOTE_ADDRESS,                                      \
      FWPS_FIELD_##L##_IP_REMOTE_PORT,                                         \
      FWPS_FIELD_##L##_ALE_REMOTE_USER_ID,                                     \
      FWPS_FIELD_##L##_ALE_REMOTE_MACHINE_ID,                                  \
      FWPS_FIELD_##L##_IP_DESTINATION_ADDRESS_TYPE,                            \
      FWPS_FIELD_##L##_IP_LOCAL_INTERFACE,                                     \
      FWPS_FIELD_##L##_FLAGS,                                                  \
      FWPS_FIELD_##L##_INTERFACE_TYPE,                                         \
      FWPS_FIELD_##L##_TUNNEL_TYPE,                                            \
      FWPS_FIELD_##L##_INTERFACE_INDEX,                                        \
      FWPS_FIELD_##L##_SUB_INTERFACE_INDEX,                                    \
      FWPS_FIELD_##L##_IP_ARRIVAL_INTERFACE,                                   \
      FWPS_FIELD_##L##_ARRIVAL_INTERFACE_TYPE,                                 \
      FWPS_FIELD_##L##_ARRIVAL_TUNNEL_TYPE,                                    \
      FWPS_FIELD_##L##_ARRIVAL_INTERFACE_INDEX,                                \
      FWPS_FIELD_##L##_NEXTHOP_SUB_INTERFACE_INDEX,                            \
      FWPS_FIELD_##L##_IP_NEXTHOP_INTERFACE,                                   \
      FWPS_FIELD_##L##_NEXTHOP_INTERFACE_TYPE,                                 \
      FWPS_FIELD_##L##_NEXTHOP_TUNNEL_TYPE,                                    \
      FWPS_FIELD_##L##_NEXTHOP_INTERFACE_INDEX,                                \
      FWPS_FIELD_##L##_ORIGINAL_PROFILE_ID,                                    \
      FWPS_FIELD_##L##_CURRENT_PROFILE_ID,                                     \
      FWPS_FIELD_##L##_REAUTHORIZE_REASON,                                     \
      FWPS_FIELD_##L##_PEER_NAME,                                              \
      FWPS_FIELD_##L##_ORIGINAL_ICMP_TYPE,                                     \
      FWPS_FIELD_##L##_INTERFACE_QUARANTINE_EPOCH,                             \
      FWPS_FIELD_##L##_ALE_ORIGINAL_APP_ID,                                    \
      FWPS_FIELD_##L##_ALE_PACKAGE_ID,                                         \
      FWPS_FIELD_##L##_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE,                      \
      FWPS_FIELD_##L##_ALE_EFFECTIVE_NAME,                                     \
      FWPS_FIELD_##L##_COMPARTMENT_ID,                                         \
      FWPS_FIELD_##L##_MAX} FWPS_FIELDS_##L
IRQLINT_FWPS_FIELDS_AUTH_CONNECT(ALE_AUTH_CONNECT_V4);
IRQLINT_FWPS_FIELDS_AUTH_CONNECT(ALE_AUTH_CONNECT_V6);

#define IRQLINT_FWPS_FIELDS_FLOW_ESTABLISHED(L)                                \
  typedef enum FWPS_FIELDS_##L##_{                                             \
      FWPS_FIELD_##L##_ALE_APP_ID,                                             \
      FWPS_FIELD_##L##_ALE_USER_ID,                                            \
      FWPS_FIELD_##L##_IP_LOCAL_ADDRESS,                                       \
      FWPS_FIELD_##L##_IP_LOCAL_ADDRESS_TYPE,                                  \
      FWPS_FIELD_##L##_IP_LOCAL_PORT,                                          \
      FWPS_FIELD_##L##_IP_PROTOCOL,                                            \
      FWPS_FIELD_##L##_IP_REMOTE_ADDRESS,                                      \
      FWPS_FIELD_##L##_IP_REMOTE_PORT,                                         \
      FWPS_FIELD_##L##_ALE_REMOTE_USER_ID,                                     \
      FWPS_FIELD_##L##_ALE_REMOTE_MACHINE_ID,                                  \
      FWPS_FIELD_##L##_IP_DESTINATION_ADDRESS_TYPE,                            \
      FWPS_FIELD_##L##_IP_LOCAL_INTERFACE,                                     \
      FWPS_FIELD_##L##_DIRECTION,                                              \
      FWPS_FIELD_##L##_INTERFACE_TYPE,                                         \
      FWPS_FIELD_##L##_TUNNEL_TYPE,                                            \
      FWPS_FIELD_##L##_FLAGS,                                                  \
      FWPS_FIELD_##L##_ALE_ORIGINAL_APP_ID,                                    \
      FWPS_FIELD_##L##_ALE_PACKAGE_ID,                                         \
      FWPS_FIELD_##L##_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE,                      \
      FWPS_FIELD_##L##_COMPARTMENT_ID,                                         \
      FWPS_FIELD_##L##_MAX} FWPS_FIELDS_##L
IRQLINT_FWPS_FIELDS_FLOW_ESTABLISHED(ALE_FLOW_ESTABLISHED_V4);
IRQLINT_FWPS_FIELDS_FLOW_ESTABLISHED(ALE_FLOW_ESTABLISHED_V6);

#define IRQLINT_FWPS_FIELDS_RESOURCE_RELEASE(L)                                \
  typedef enum FWPS_FIELDS_##L##_{                                             \
      FWPS_FIELD_##L##_ALE_APP_ID,                                             \
      FWPS_FIELD_##L##_ALE_USER_ID,                                            \
      FWPS_FIELD_##L##_IP_LOCAL_ADDRESS,                                       \
      FWPS_FIELD_##L##_IP_LOCAL_ADDRESS_TYPE,                                  \
      FWPS_FIELD_##L##_IP_LOCAL_PORT,                                          \
      FWPS_FIELD_##L##_IP_PROTOCOL,                                            \
      FWPS_FIELD_##L##_IP_LOCAL_INTERFACE,                                     \
      FWPS_FIELD_##L##_FLAGS,                                                  \
      FWPS_FIELD_##L##_ALE_PACKAGE_ID,                                         \
      FWPS_FIELD_##L##_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE,                      \
      FWPS_FIELD_##L##_COMPARTMENT_ID,                                         \
      FWPS_FIELD_##L##_MAX} FWPS_FIELDS_##L
IRQLINT_FWPS_FIELDS_RESOURCE_RELEASE(ALE_RESOURCE_RELEASE_V4);
IRQLINT_FWPS_FIELDS_RESOURCE_RELEASE(ALE_RESOURCE_RELEASE_V6);

#define IRQLINT_FWPS_FIELDS_ENDPOINT_CLOSURE(L)                                \
  typedef enum FWPS_FIELDS_##L##_{                                             \
      FWPS_FIELD_##L##_ALE_APP_ID,                                             \
      FWPS_FIELD_##L##_ALE_USER_ID,                                            \
      FWPS_FIELD_##L##_IP_LOCAL_ADDRESS,                                       \
      FWPS_FIELD_##L##_IP_LOCAL_ADDRESS_TYPE,                                  \
      FWPS_FIELD_##L##_IP_LOCAL_PORT,                                          \
      FWPS_FIELD_##L##_IP_PROTOCOL,                                            \
      FWPS_FIELD_##L##_IP_REMOTE_ADDRESS,                                      \
      FWPS_FIELD_##L##_IP_REMOTE_PORT,                                         \
      FWPS_FIELD_##L##_IP_LOCAL_INTERFACE,                                     \
      FWPS_FIELD_##L##_FLAGS,                                                  \
      FWPS_FIELD_##L##_ALE_PACKAGE_ID,                                         \
      FWPS_FIELD_##L##_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE,                      \
      FWPS_FIELD_##L##_COMPARTMENT_ID,                                         \
      FWPS_FIELD_##L##_MAX} FWPS_FIELDS_##L
IRQLINT_FWPS_FIELDS_ENDPOINT_CLOSURE(ALE_ENDPOINT_CLOSURE_V4);
IRQLINT_FWPS_FIELDS_ENDPOINT_CLOSURE(ALE_ENDPOINT_CLOSURE_V6);

#define IRQLINT_FWPS_FIELDS_CONNECT_REDIRECT(L)                                \
  typedef enum FWPS_FIELDS_##L##_{                                             \
      FWPS_FIELD_##L##_ALE_APP_ID,                                             \
      FWPS_FIELD_##L##_ALE_USER_ID,                                            \
      FWPS_FIELD_##L##_IP_LOCAL_ADDRESS,                                       \
      FWPS_FIELD_##L##_IP_LOCAL_ADDRESS_TYPE,                                  \
      FWPS_FIELD_##L##_IP_LOCAL_PORT,                                          \
      FWPS_FIELD_##L##_IP_PROTOCOL,                                            \
      FWPS_FIELD_##L##_IP_REMOTE_ADDRESS,                                      \
      FWPS_FIELD_##L##_IP_DESTINATION_ADDRESS_TYPE,                            \
      FWPS_FIELD_##L##_IP_REMOTE_PORT,                                         \
      FWPS_FIELD_##L##_FLAGS,                                                  \
      FWPS_FIELD_##L##_ALE_ORIGINAL_APP_ID,                                    \
      FWPS_FIELD_##L##_ALE_PACKAGE_ID,                                         \
      FWPS_FIELD_##L##_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE,                      \
      FWPS_FIELD_##L##_COMPARTMENT_ID,                                         \
      FWPS_FIELD_##L##_MAX} FWPS_FIELDS_##L
IRQLINT_FWPS_FIELDS_CONNECT_REDIRECT(ALE_CONNECT_REDIRECT_V4);
IRQLINT_FWPS_FIELDS_CONNECT_REDIRECT(ALE_CONNECT_REDIRECT_V6);

#define IRQLINT_FWPS_FIELDS_BIND_REDIRECT(L)                                   \
  typedef enum FWPS_FIELDS_##L##_{                                             \
      FWPS_FIELD_##L##_ALE_APP_ID,                                             \
      FWPS_FIELD_##L##_ALE_USER_ID,                                            \
      FWPS_FIELD_##L##_IP_LOCAL_ADDRESS,                                       \
      FWPS_FIELD_##L##_IP_LOCAL_ADDRESS_TYPE,                                  \
      FWPS_FIELD_##L##_IP_LOCAL_PORT,                                          \
      FWPS_FIELD_##L##_IP_PROTOCOL,                                            \
      FWPS_FIELD_##L##_FLAGS,                                                  \
      FWPS_FIELD_##L##_ALE_PACKAGE_ID,                                         \
      FWPS_FIELD_##L##_ALE_SECURITY_ATTRIBUTE_FQBN_VALUE,                      \
      FWPS_FIELD_##L##_COMPARTMENT_ID,                                         \
      FWPS_FIELD_##L##_MAX} FWPS_FIELDS_##L
IRQLINT_FWPS_FIELDS_BIND_REDIRECT(ALE_BIND_REDIRECT_V4);
IRQLINT_FWPS_FIELDS_BIND_REDIRECT(ALE_BIND_REDIRECT_V6);

#define IRQLINT_FWPS_FIELDS_STREAM_PACKET(L)                                   \
  typedef enum FWPS_FIELDS_##L##_{FWPS_FIELD_##L##_IP_LOCAL_ADDRESS,           \
                                  FWPS_FIELD_##L##_IP_REMOTE_ADDRESS,          \
                                  FWPS_FIELD_##L##_IP_LOCAL_PORT,              \
                                  FWPS_FIELD_##L##_IP_REMOTE_PORT,             \
                                  FWPS_FIELD_##L##_IP_LOCAL_INTERFACE,         \
                                  FWPS_FIELD_##L##_INTERFACE_INDEX,            \
                                  FWPS_FIELD_##L##_SUB_INTERFACE_INDEX,        \
                                  FWPS_FIELD_##L##_DIRECTION,                  \
                                  FWPS_FIELD_##L##_FLAGS,                      \
                                  FWPS_FIELD_##L##_INTERFACE_TYPE,             \
                                  FWPS_FIELD_##L##_TUNNEL_TYPE,                \
                                  FWPS_FIELD_##L##_COMPARTMENT_ID,             \
                                  FWPS_FIELD_##L##_MAX} FWPS_FIELDS_##L
IRQLINT_FWPS_FIELDS_STREAM_PACKET(STREAM_PACKET_V4);
IRQLINT_FWPS_FIELDS_STREAM_PACKET(STREAM_PACKET_V6);

/* ---- metadata of a classification ---- */
#define FWPS_METADATA_FIELD_DISCARD_REASON 0x00000001
#define FWPS_METADATA_FIELD_FLOW_HANDLE 0x00000002
#define FWPS_METADATA_FIELD_IP_HEADER_SIZE 0x00000004
#define FWPS_METADATA_FIELD_PROCESS_PATH 0x00000008
#define FWPS_METADATA_FIELD_TOKEN 0x00000010
#define FWPS_METADATA_FIELD_PROCESS_ID 0x00000020
#define FWPS_METADATA_FIELD_SYSTEM_FLAGS 0x00000040
#define FWPS_METADATA_FIELD_RESERVED 0x00000080
#define FWPS_METADATA_FIELD_SOURCE_INTERFACE_INDEX 0x00000100
#define FWPS_METADATA_FIELD_DESTINATION_INTERFACE_INDEX 0x00000200
#define FWPS_METADATA_FIELD_TRANSPORT_HEADER_SIZE 0x00000400
#define FWPS_METADATA_FIELD_COMPARTMENT_ID 0x00000800
#define FWPS_METADATA_FIELD_FRAGMENT_DATA 0x00001000
#define FWPS_METADATA_FIELD_PATH_MTU 0x00002000
#define FWPS_METADATA_FIELD_COMPLETION_HANDLE 0x00004000
#define FWPS_METADATA_FIELD_TRANSPORT_ENDPOINT_HANDLE 0x00008000
#define FWPS_METADATA_FIELD_TRANSPORT_CONTROL_DATA 0x00010000
#define FWPS_METADATA_FIELD_REMOTE_SCOPE_ID 0x00020000
#define FWPS_METADATA_FIELD_PACKET_DIRECTION 0x00040000
#define FWPS_METADATA_FIELD_PACKET_SYSTEM_CRITICAL 0x00080000
#define FWPS_METADATA_FIELD_FORWARD_LAYER_OUTBOUND_PASS_THRU 0x00100000
#define FWPS_METADATA_FIELD_FORWARD_LAYER_INBOUND_PASS_THRU 0x00200000
#define FWPS_METADATA_FIELD_ALE_CLASSIFY_REQUIRED 0x00400000
#define FWPS_METADATA_FIELD_TRANSPORT_HEADER_INCLUDE_HEADER 0x00800000
#define FWPS_METADATA_FIELD_DESTINATION_PREFIX 0x01000000
#define FWPS_METADATA_FIELD_ETHER_FRAME_LENGTH 0x02000000
#define FWPS_METADATA_FIELD_PARENT_ENDPOINT_HANDLE 0x04000000
#define FWPS_METADATA_FIELD_ICMP_ID_AND_SEQUENCE 0x08000000
#define FWPS_METADATA_FIELD_LOCAL_REDIRECT_TARGET_PID 0x10000000
#define FWPS_METADATA_FIELD_ORIGINAL_DESTINATION 0x20000000
#define FWPS_METADATA_FIELD_REDIRECT_RECORD_HANDLE 0x40000000
#define FWPS_METADATA_FIELD_SUB_PROCESS_TAG 0x80000000

#define FWPS_IS_METADATA_FIELD_PRESENT(metadataValues, metadataField)          \
  (((metadataValues)->currentMetadataValues & (metadataField)) ==              \
   (metadataField))

typedef enum FWPS_DISCARD_MODULE0_ {
  FWPS_DISCARD_MODULE_NETWORK,
  FWPS_DISCARD_MODULE_TRANSPORT,
  FWPS_DISCARD_MODULE_GENERAL,
  FWPS_DISCARD_MODULE_MAX
} FWPS_DISCARD_MODULE0;

typedef struct FWPS_DISCARD_METADATA0_ {
  FWPS_DISCARD_MODULE0 discardModule;
  UINT32 discardReason;
  UINT64 filterId;
} FWPS_DISCARD_METADATA0;

typedef struct FWPS_INBOUND_FRAGMENT_METADATA0_ {
  UINT32 fragmentIdentification;
  UINT16 fragmentOffset;
  ULONG fragmentLength;
} FWPS_INBOUND_FRAGMENT_METADATA0;

typedef struct FWPS_INCOMING_METADATA_VALUES0_ {
  UINT32 currentMetadataValues; /* FWPS_METADATA_FIELD_* that are set */
  UINT32 flags;
  UINT64 reserved;
  FWPS_DISCARD_METADATA0 discardMetadata;
  UINT64 flowHandle;
  UINT32 ipHeaderSize;
  UINT32 transportHeaderSize;
  FWP_BYTE_BLOB *processPath;
  UINT64 token;
  UINT64 processId;
  UINT32 sourceInterfaceIndex;
  UINT32 destinationInterfaceIndex;
  ULONG compartmentId;
  FWPS_INBOUND_FRAGMENT_METADATA0 fragmentMetadata;
  ULONG pathMtu;
  HANDLE completionHandle;
  UINT64 transportEndpointHandle;
  SCOPE_ID remoteScopeId;
  WSACMSGHDR *controlData;
  ULONG controlDataLength;
  FWP_DIRECTION packetDirection;
  PVOID headerIncludeHeader;
  ULONG headerIncludeHeaderLength;
  IP_ADDRESS_PREFIX destinationPrefix;
  UINT16 frameLength;
  UINT64 parentEndpointHandle;
  UINT32 icmpIdAndSequence;
  DWORD localRedirectTargetPID;
  SOCKADDR *originalDestination;
  HANDLE redirectRecords;
  UINT32 currentL2MetadataValues;
  UINT32 l2Flags;
  UINT32 ethernetMacHeaderSize;
  UINT32 wiFiOperationMode;
  NDIS_SWITCH_PORT_ID vSwitchSourcePortId;
  NDIS_SWITCH_NIC_INDEX vSwitchSourceNicIndex;
  NDIS_SWITCH_PORT_ID vSwitchDestinationPortId;
  UINT32 padding0;
  USHORT padding1;
  UINT32 padding2;
  HANDLE vSwitchPacketContext;
  PVOID subProcessTag;
  UINT64 reserved1;
} FWPS_INCOMING_METADATA_VALUES0;

/* ---- callouts ---- */
typedef enum FWPS_CALLOUT_NOTIFY_TYPE_ {
  FWPS_CALLOUT_NOTIFY_ADD_FILTER,
  FWPS_CALLOUT_NOTIFY_DELETE_FILTER,
  FWPS_CALLOUT_NOTIFY_ADD_FILTER_POST_COMMIT,
  FWPS_CALLOUT_NOTIFY_TYPE_MAX
} FWPS_CALLOUT_NOTIFY_TYPE;

/* The filter engine calls classifyFn, notifyFn and flowDeleteFn at
 * IRQL <= DISPATCH_LEVEL. */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) void(
    NTAPI *FWPS_CALLOUT_CLASSIFY_FN0)(
    _In_ const FWPS_INCOMING_VALUES0 *inFixedValues,
    _In_ const FWPS_INCOMING_METADATA_VALUES0 *inMetaValues,
    _Inout_opt_ void *layerData, _In_ const FWPS_FILTER0 *filter,
    _In_ UINT64 flowContext, _Inout_ FWPS_CLASSIFY_OUT0 *classifyOut);
#define IRQLINT_FWPS_CLASSIFY_FN(n)                                            \
  typedef _IRQL_requires_max_(DISPATCH_LEVEL) void(                            \
      NTAPI * FWPS_CALLOUT_CLASSIFY_FN##n)(                                    \
      _In_ const FWPS_INCOMING_VALUES0 *inFixedValues,                         \
      _In_ const FWPS_INCOMING_METADATA_VALUES0 *inMetaValues,                 \
      _Inout_opt_ void *layerData, _In_opt_ const void *classifyContext,       \
      _In_ const FWPS_FILTER##n *filter, _In_ UINT64 flowContext,              \
      _Inout_ FWPS_CLASSIFY_OUT0 *classifyOut)
IRQLINT_FWPS_CLASSIFY_FN(1);
IRQLINT_FWPS_CLASSIFY_FN(2);
IRQLINT_FWPS_CLASSIFY_FN(3);

#define IRQLINT_FWPS_NOTIFY_FN(n)                                              \
  typedef _IRQL_requires_max_(DISPATCH_LEVEL)                                  \
      NTSTATUS(NTAPI *FWPS_CALLOUT_NOTIFY_FN##n)(                              \
          _In_ FWPS_CALLOUT_NOTIFY_TYPE notifyType,                            \
          _In_ const GUID *filterKey, _In_ const FWPS_FILTER##n *filter)
IRQLINT_FWPS_NOTIFY_FN(0);
IRQLINT_FWPS_NOTIFY_FN(1);
IRQLINT_FWPS_NOTIFY_FN(2);
IRQLINT_FWPS_NOTIFY_FN(3);

typedef _IRQL_requires_max_(DISPATCH_LEVEL) void(
    NTAPI *FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0)(_In_ UINT16 layerId,
                                                _In_ UINT32 calloutId,
                                                _In_ UINT64 flowContext);

#define IRQLINT_FWPS_CALLOUT(n)                                                \
  typedef struct FWPS_CALLOUT##n##_ {                                          \
    GUID calloutKey;                                                           \
    UINT32 flags; /* FWP_CALLOUT_FLAG_* */                                     \
    FWPS_CALLOUT_CLASSIFY_FN##n classifyFn;                                    \
    FWPS_CALLOUT_NOTIFY_FN##n notifyFn;                                        \
    FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0 flowDeleteFn;                          \
  } FWPS_CALLOUT##n
IRQLINT_FWPS_CALLOUT(0);
IRQLINT_FWPS_CALLOUT(1);
IRQLINT_FWPS_CALLOUT(2);
IRQLINT_FWPS_CALLOUT(3);

_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS NTAPI
    FwpsCalloutRegister0(_Inout_ void *deviceObject,
                         _In_ const FWPS_CALLOUT0 *callout,
                         _Out_opt_ UINT32 *calloutId);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS NTAPI
    FwpsCalloutRegister1(_Inout_ void *deviceObject,
                         _In_ const FWPS_CALLOUT1 *callout,
                         _Out_opt_ UINT32 *calloutId);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS NTAPI
    FwpsCalloutRegister2(_Inout_ void *deviceObject,
                         _In_ const FWPS_CALLOUT2 *callout,
                         _Out_opt_ UINT32 *calloutId);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS NTAPI
    FwpsCalloutRegister3(_Inout_ void *deviceObject,
                         _In_ const FWPS_CALLOUT3 *callout,
                         _Out_opt_ UINT32 *calloutId);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS NTAPI
    FwpsCalloutUnregisterById0(_In_ const UINT32 calloutId);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS NTAPI
    FwpsCalloutUnregisterByKey0(_In_ const GUID *calloutKey);

/* ---- flows ---- */
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS NTAPI
    FwpsFlowAssociateContext0(_In_ UINT64 flowId, _In_ UINT16 layerId,
                              _In_ UINT32 calloutId, _In_ UINT64 flowContext);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS NTAPI
    FwpsFlowRemoveContext0(_In_ UINT64 flowId, _In_ UINT16 layerId,
                           _In_ UINT32 calloutId);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS NTAPI
    FwpsFlowAbort0(_In_ UINT64 flowId);

/* ---- pended operations and classifications ---- */
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS NTAPI
    FwpsPendOperation0(_In_ HANDLE completionHandle,
                       _Out_ HANDLE *completionContext);
_IRQL_requires_max_(DISPATCH_LEVEL) void NTAPI
    FwpsCompleteOperation0(_In_ HANDLE completionContext,
                           _In_opt_ PNET_BUFFER_LIST netBufferList);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS NTAPI
    FwpsAcquireClassifyHandle0(_In_ void *classifyContext,
                               _Reserved_ UINT32 reserved,
                               _Out_ UINT64 *classifyHandle);
_IRQL_requires_max_(DISPATCH_LEVEL) void NTAPI
    FwpsReleaseClassifyHandle0(_In_ UINT64 classifyHandle);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS NTAPI
    FwpsPendClassify0(_In_ UINT64 classifyHandle, _In_ UINT64 filterId,
                      _Reserved_ UINT32 flags,
                      _Inout_ FWPS_CLASSIFY_OUT0 *classifyOut);
_IRQL_requires_max_(DISPATCH_LEVEL) void NTAPI
    FwpsCompleteClassify0(_In_ UINT64 classifyHandle, _Reserved_ UINT32 flags,
                          _In_opt_ const FWPS_CLASSIFY_OUT0 *classifyOut);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS NTAPI
    FwpsAcquireWritableLayerDataPointer0(
        _In_ UINT64 classifyHandle, _In_ UINT64 filterId,
        _Reserved_ UINT32 flags, _Out_ PVOID *writableLayerData,
        _Inout_opt_ FWPS_CLASSIFY_OUT0 *classifyOut);
_IRQL_requires_max_(DISPATCH_LEVEL) void NTAPI
    FwpsApplyModifiedLayerData0(_In_ UINT64 classifyHandle,
                                _In_opt_ PVOID modifiedLayerData,
                                _In_ UINT32 flags);
#define FWPS_CLASSIFY_FLAG_REAUTHORIZE_IF_MODIFIED_BY_OTHERS 0x00000001

/* ---- net buffer lists ---- */
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS NTAPI
    FwpsAllocateNetBufferAndNetBufferList0(
        _In_ NDIS_HANDLE poolHandle, _In_ USHORT contextSize,
        _In_ USHORT contextBackFill, _In_opt_ PMDL mdlChain,
        _In_ ULONG dataOffset, _In_ SIZE_T dataLength,
        _Outptr_ PNET_BUFFER_LIST *netBufferList);
_IRQL_requires_max_(DISPATCH_LEVEL) void NTAPI
    FwpsFreeNetBufferList0(_In_ PNET_BUFFER_LIST netBufferList);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS NTAPI
    FwpsAllocateCloneNetBufferList0(
        _Inout_ PNET_BUFFER_LIST originalNetBufferList,
        _In_opt_ NDIS_HANDLE netBufferListPoolHandle,
        _In_opt_ NDIS_HANDLE netBufferPoolHandle, _In_ ULONG allocateCloneFlags,
        _Outptr_ PNET_BUFFER_LIST *netBufferList);
_IRQL_requires_max_(DISPATCH_LEVEL) void NTAPI
    FwpsFreeCloneNetBufferList0(_In_ PNET_BUFFER_LIST netBufferList,
                                _In_ ULONG freeCloneFlags);
_IRQL_requires_max_(DISPATCH_LEVEL) void NTAPI
    FwpsReferenceNetBufferList0(_Inout_ PNET_BUFFER_LIST netBufferList,
                                _In_ BOOLEAN intendToModify);
_IRQL_requires_max_(DISPATCH_LEVEL) void NTAPI
    FwpsDereferenceNetBufferList0(_Inout_ PNET_BUFFER_LIST netBufferList,
                                  _In_ BOOLEAN dispatchLevel);

#define FWPS_PACKET_LIST_INFORMATION_QUERY_IPSEC 0x00000001
#define FWPS_PACKET_LIST_INFORMATION_QUERY_FWP 0x00000002
#define FWPS_PACKET_LIST_INFORMATION_QUERY_INBOUND 0x00000004
#define FWPS_PACKET_LIST_INFORMATION_QUERY_OUTBOUND 0x00000008
#define FWPS_PACKET_LIST_INFORMATION_QUERY_ALL_INBOUND                         \
  (FWPS_PACKET_LIST_INFORMATION_QUERY_IPSEC |                                  \
   FWPS_PACKET_LIST_INFORMATION_QUERY_FWP |                                    \
   FWPS_PACKET_LIST_INFORMATION_QUERY_INBOUND)
#define FWPS_PACKET_LIST_INFORMATION_QUERY_ALL_OUTBOUND                        \
  (FWPS_PACKET_LIST_INFORMATION_QUERY_IPSEC |                                  \
   FWPS_PACKET_LIST_INFORMATION_QUERY_FWP |                                    \
   FWPS_PACKET_LIST_INFORMATION_QUERY_OUTBOUND)

/* The IPsec status of a packet list (the FWP part of the information is
 * not modeled). */
typedef struct FWPS_PACKET_LIST_INBOUND_IPSEC_INFORMATION0_ {
  UINT32 isSecure : 1;
  UINT32 isTunnelMode : 1;
  UINT32 verifiedConfidentiality : 1;
  UINT32 isDeTunneled : 1;
  UINT32 reserved : 28;
} FWPS_PACKET_LIST_INBOUND_IPSEC_INFORMATION0;
typedef struct FWPS_PACKET_LIST_OUTBOUND_IPSEC_INFORMATION0_ {
  UINT32 isSecure : 1;
  UINT32 isTunnelMode : 1;
  UINT32 reserved : 30;
} FWPS_PACKET_LIST_OUTBOUND_IPSEC_INFORMATION0;
typedef struct FWPS_PACKET_LIST_IPSEC_INFORMATION0_ {
  FWPS_PACKET_LIST_INBOUND_IPSEC_INFORMATION0 inbound;
  FWPS_PACKET_LIST_OUTBOUND_IPSEC_INFORMATION0 outbound;
} FWPS_PACKET_LIST_IPSEC_INFORMATION0;
typedef struct FWPS_PACKET_LIST_INFORMATION0_ {
  FWPS_PACKET_LIST_IPSEC_INFORMATION0 ipsecInformation;
} FWPS_PACKET_LIST_INFORMATION0;

_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS NTAPI
    FwpsGetPacketListSecurityInformation0(
        _In_ PNET_BUFFER_LIST packetList, _In_ UINT32 queryFlags,
        _Inout_ FWPS_PACKET_LIST_INFORMATION0 *packetInformation);

/* ---- injection ---- */
#define FWPS_INJECTION_TYPE_STREAM 0x00000001
#define FWPS_INJECTION_TYPE_TRANSPORT 0x00000002
#define FWPS_INJECTION_TYPE_NETWORK 0x00000004
#define FWPS_INJECTION_TYPE_FORWARD 0x00000008
#define FWPS_INJECTION_TYPE_L2 0x00000010
#define FWPS_INJECTION_TYPE_VSWITCH 0x00000020

typedef enum FWPS_PACKET_INJECTION_STATE_ {
  FWPS_PACKET_NOT_INJECTED,
  FWPS_PACKET_INJECTED_BY_SELF,
  FWPS_PACKET_INJECTED_BY_OTHER,
  FWPS_PACKET_PREVIOUSLY_INJECTED_BY_SELF,
  FWPS_PACKET_INJECTION_STATE_MAX
} FWPS_PACKET_INJECTION_STATE;

typedef struct FWPS_TRANSPORT_SEND_PARAMS0_ {
  UCHAR *remoteAddress;
  SCOPE_ID remoteScopeId;
  WSACMSGHDR *controlData;
  ULONG controlDataLength;
} FWPS_TRANSPORT_SEND_PARAMS0;
typedef struct FWPS_TRANSPORT_SEND_PARAMS1_ {
  UCHAR *remoteAddress;
  SCOPE_ID remoteScopeId;
  WSACMSGHDR *controlData;
  ULONG controlDataLength;
  UCHAR *headerIncludeHeader;
  ULONG headerIncludeHeaderLength;
} FWPS_TRANSPORT_SEND_PARAMS1;

/* Called when the stack is done with an injected net buffer list. */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) void(NTAPI *FWPS_INJECT_COMPLETE0)(
    _In_ void *context, _Inout_ PNET_BUFFER_LIST netBufferList,
    _In_ BOOLEAN dispatchLevel);

_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS NTAPI
    FwpsInjectionHandleCreate0(_In_opt_ ADDRESS_FAMILY addressFamily,
                               _In_ UINT32 flags,
                               _Out_ HANDLE *injectionHandle);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS NTAPI
    FwpsInjectionHandleDestroy0(_In_ HANDLE injectionHandle);
_IRQL_requires_max_(DISPATCH_LEVEL) FWPS_PACKET_INJECTION_STATE NTAPI
    FwpsQueryPacketInjectionState0(_In_ HANDLE injectionHandle,
                                   _In_ const NET_BUFFER_LIST *netBufferList,
                                   _Out_opt_ HANDLE *injectionContext);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS NTAPI
    FwpsInjectTransportSendAsync0(
        _In_ HANDLE injectionHandle, _In_opt_ HANDLE injectionContext,
        _In_ UINT64 endpointHandle, _In_ UINT32 flags,
        _In_opt_ FWPS_TRANSPORT_SEND_PARAMS0 *sendArgs,
        _In_ ADDRESS_FAMILY addressFamily, _In_ COMPARTMENT_ID compartmentId,
        _Inout_ PNET_BUFFER_LIST netBufferList,
        _In_ FWPS_INJECT_COMPLETE0 completionFn,
        _In_opt_ HANDLE completionContext);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS NTAPI
    FwpsInjectTransportSendAsync1(
        _In_ HANDLE injectionHandle, _In_opt_ HANDLE injectionContext,
        _In_ UINT64 endpointHandle, _In_ UINT32 flags,
        _In_opt_ FWPS_TRANSPORT_SEND_PARAMS1 *sendArgs,
        _In_ ADDRESS_FAMILY addressFamily, _In_ COMPARTMENT_ID compartmentId,
        _Inout_ PNET_BUFFER_LIST netBufferList,
        _In_ FWPS_INJECT_COMPLETE0 completionFn,
        _In_opt_ HANDLE completionContext);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS NTAPI
    FwpsInjectTransportReceiveAsync0(
        _In_ HANDLE injectionHandle, _In_opt_ HANDLE injectionContext,
        _Reserved_ PVOID reserved, _In_ UINT32 flags,
        _In_ ADDRESS_FAMILY addressFamily, _In_ COMPARTMENT_ID compartmentId,
        _In_ IF_INDEX interfaceIndex, _In_ IF_INDEX subInterfaceIndex,
        _Inout_ PNET_BUFFER_LIST netBufferList,
        _In_ FWPS_INJECT_COMPLETE0 completionFn,
        _In_opt_ HANDLE completionContext);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS NTAPI FwpsInjectNetworkSendAsync0(
    _In_ HANDLE injectionHandle, _In_opt_ HANDLE injectionContext,
    _In_ UINT32 flags, _In_ COMPARTMENT_ID compartmentId,
    _Inout_ PNET_BUFFER_LIST netBufferList,
    _In_ FWPS_INJECT_COMPLETE0 completionFn, _In_opt_ HANDLE completionContext);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS NTAPI
    FwpsInjectNetworkReceiveAsync0(_In_ HANDLE injectionHandle,
                                   _In_opt_ HANDLE injectionContext,
                                   _In_ UINT32 flags,
                                   _In_ COMPARTMENT_ID compartmentId,
                                   _In_ IF_INDEX interfaceIndex,
                                   _In_ IF_INDEX subInterfaceIndex,
                                   _Inout_ PNET_BUFFER_LIST netBufferList,
                                   _In_ FWPS_INJECT_COMPLETE0 completionFn,
                                   _In_opt_ HANDLE completionContext);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS NTAPI FwpsInjectForwardAsync0(
    _In_ HANDLE injectionHandle, _In_opt_ HANDLE injectionContext,
    _In_ UINT32 flags, _In_ ADDRESS_FAMILY addressFamily,
    _In_ COMPARTMENT_ID compartmentId, _In_ IF_INDEX interfaceIndex,
    _Inout_ PNET_BUFFER_LIST netBufferList,
    _In_ FWPS_INJECT_COMPLETE0 completionFn, _In_opt_ HANDLE completionContext);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS NTAPI
    FwpsConstructIpHeaderForTransportPacket0(
        _Inout_ PNET_BUFFER_LIST netBufferList,
        _In_ ULONG headerIncludeHeaderLength, _In_ ADDRESS_FAMILY addressFamily,
        _In_ const UCHAR *sourceAddress, _In_ const UCHAR *remoteAddress,
        _In_ IPPROTO nextProtocol, _In_opt_ UINT64 endpointHandle,
        _In_opt_ const WSACMSGHDR *controlData, _In_ ULONG controlDataLength,
        _In_ UINT32 flags, _Reserved_ PVOID reserved,
        _In_opt_ IF_INDEX interfaceIndex, _In_opt_ IF_INDEX subInterfaceIndex);

/* ---- stream data ---- */
#define FWPS_STREAM_FLAG_RECEIVE 0x00000001
#define FWPS_STREAM_FLAG_SEND 0x00000002
#define FWPS_STREAM_FLAG_RECEIVE_EXPEDITED 0x00000004
#define FWPS_STREAM_FLAG_SEND_EXPEDITED 0x00000008
#define FWPS_STREAM_FLAG_RECEIVE_DISCONNECT 0x00000010
#define FWPS_STREAM_FLAG_SEND_DISCONNECT 0x00000020
#define FWPS_STREAM_FLAG_RECEIVE_ABORT 0x00000040
#define FWPS_STREAM_FLAG_SEND_ABORT 0x00000080
#define FWPS_STREAM_FLAG_RECEIVE_PUSH 0x00000100
#define FWPS_STREAM_FLAG_SEND_NODELAY 0x00000200

typedef enum FWPS_STREAM_ACTION_TYPE_ {
  FWPS_STREAM_ACTION_NONE,
  FWPS_STREAM_ACTION_ALLOW_CONNECTION,
  FWPS_STREAM_ACTION_REQUEST_OOB,
  FWPS_STREAM_ACTION_DEFER,
  FWPS_STREAM_ACTION_DROP_CONNECTION,
  FWPS_STREAM_ACTION_NEED_MORE_DATA,
  FWPS_STREAM_ACTION_TYPE_MAX
} FWPS_STREAM_ACTION_TYPE;

typedef struct FWPS_STREAM_DATA_OFFSET0_ {
  PNET_BUFFER_LIST netBufferList;
  PNET_BUFFER netBuffer;
  PMDL mdl;
  SIZE_T mdlOffset;
  SIZE_T netBufferOffset;
  SIZE_T streamDataOffset;
} FWPS_STREAM_DATA_OFFSET0;

typedef struct FWPS_STREAM_DATA0_ {
  UINT32 flags; /* FWPS_STREAM_FLAG_* */
  FWPS_STREAM_DATA_OFFSET0 dataOffset;
  SIZE_T dataLength;
  PNET_BUFFER_LIST netBufferListChain;
} FWPS_STREAM_DATA0;

/* The layerData of a classification at a stream layer. */
typedef struct FWPS_STREAM_CALLOUT_IO_PACKET0_ {
  FWPS_STREAM_DATA0 *streamData;
  SIZE_T missedBytes;
  UINT32 countBytesRequired;
  SIZE_T countBytesEnforced;
  FWPS_STREAM_ACTION_TYPE streamAction;
} FWPS_STREAM_CALLOUT_IO_PACKET0;

_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS NTAPI FwpsStreamInjectAsync0(
    _In_ HANDLE injectionHandle, _In_opt_ HANDLE injectionContext,
    _In_ UINT32 flags, _In_ UINT64 flowId, _In_ UINT32 calloutId,
    _In_ UINT16 layerId, _In_ UINT32 streamFlags,
    _In_ PNET_BUFFER_LIST netBufferList, _In_ SIZE_T dataLength,
    _In_ FWPS_INJECT_COMPLETE0 completionFn, _In_opt_ HANDLE completionContext);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS NTAPI
    FwpsStreamContinue0(_In_ UINT64 flowId, _In_ UINT32 calloutId,
                        _In_ UINT16 layerId, _In_ UINT32 streamFlags);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS NTAPI
    FwpsCloneStreamData0(_Inout_ FWPS_STREAM_DATA0 *calloutStreamData,
                         _In_opt_ NDIS_HANDLE netBufferListPoolHandle,
                         _In_opt_ NDIS_HANDLE netBufferPoolHandle,
                         _In_ ULONG allocateCloneFlags,
                         _Outptr_ PNET_BUFFER_LIST *netBufferListChain);
_IRQL_requires_max_(DISPATCH_LEVEL) void NTAPI
    FwpsDiscardClonedStreamData0(_Inout_ PNET_BUFFER_LIST netBufferListChain,
                                 _In_ UINT32 allocateCloneFlags,
                                 _In_ BOOLEAN dispatchLevel);
_IRQL_requires_max_(DISPATCH_LEVEL) void NTAPI
    FwpsCopyStreamDataToBuffer0(_In_ const FWPS_STREAM_DATA0 *calloutStreamData,
                                _Out_writes_bytes_to_(bytesToCopy, *bytesCopied)
                                    PVOID buffer,
                                _In_ SIZE_T bytesToCopy,
                                _Out_ SIZE_T *bytesCopied);

/* ---- connect and bind redirection (ALE_CONNECT_REDIRECT /
 * ALE_BIND_REDIRECT layers): the writable layer data of a classification,
 * reached through FwpsAcquireWritableLayerDataPointer0 ---- */
typedef struct FWPS_CONNECT_REQUEST0_ {
  SOCKADDR_STORAGE localAddressAndPort;
  SOCKADDR_STORAGE remoteAddressAndPort;
  UINT64 portReservationToken;
  DWORD localRedirectTargetPID;
  struct FWPS_CONNECT_REQUEST0_ *previousVersion;
  UINT64 modifierFilterId;
  HANDLE localRedirectHandle;
  void *localRedirectContext;
  SIZE_T localRedirectContextSize;
} FWPS_CONNECT_REQUEST0;

typedef struct FWPS_BIND_REQUEST0_ {
  SOCKADDR_STORAGE localAddressAndPort;
  UINT64 portReservationToken;
  struct FWPS_BIND_REQUEST0_ *previousVersion;
  UINT64 modifierFilterId;
} FWPS_BIND_REQUEST0;

typedef enum FWPS_CONNECTION_REDIRECT_STATE_ {
  FWPS_CONNECTION_NOT_REDIRECTED,
  FWPS_CONNECTION_REDIRECTED_BY_SELF,
  FWPS_CONNECTION_REDIRECTED_BY_OTHER,
  FWPS_CONNECTION_PREVIOUSLY_REDIRECTED_BY_SELF,
  FWPS_CONNECTION_REDIRECT_STATE_MAX
} FWPS_CONNECTION_REDIRECT_STATE;

_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS NTAPI
    FwpsRedirectHandleCreate0(_In_ const GUID *providerGuid,
                              _Reserved_ UINT32 flags,
                              _Out_ HANDLE *redirectHandle);
_IRQL_requires_max_(PASSIVE_LEVEL) void NTAPI
    FwpsRedirectHandleDestroy0(_In_ HANDLE redirectHandle);
_IRQL_requires_max_(DISPATCH_LEVEL) FWPS_CONNECTION_REDIRECT_STATE NTAPI
    FwpsQueryConnectionRedirectState0(_In_ HANDLE redirectRecords,
                                      _In_ HANDLE redirectHandle,
                                      _Outptr_opt_ void **redirectContext);

/* ---- layer 2 (MAC frame) injection ---- */
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS NTAPI FwpsInjectMacReceiveAsync0(
    _In_ HANDLE injectionHandle, _In_opt_ HANDLE injectionContext,
    _In_ UINT32 flags, _In_ UINT16 layerId, _In_ IF_INDEX interfaceIndex,
    _In_ NDIS_PORT_NUMBER NdisPortNumber,
    _Inout_ PNET_BUFFER_LIST netBufferLists,
    _In_ FWPS_INJECT_COMPLETE0 completionFn, _In_opt_ HANDLE completionContext);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS NTAPI
    FwpsInjectMacSendAsync0(_In_ HANDLE injectionHandle,
                            _In_opt_ HANDLE injectionContext, _In_ UINT32 flags,
                            _In_ UINT16 layerId, _In_ IF_INDEX interfaceIndex,
                            _In_ NDIS_PORT_NUMBER NdisPortNumber,
                            _Inout_ PNET_BUFFER_LIST netBufferLists,
                            _In_ FWPS_INJECT_COMPLETE0 completionFn,
                            _In_opt_ HANDLE completionContext);

/* ---- version-independent names ---- */
#define FWPS_INCOMING_VALUE FWPS_INCOMING_VALUE0
#define FWPS_INCOMING_VALUES FWPS_INCOMING_VALUES0
#define FWPS_INCOMING_METADATA_VALUES FWPS_INCOMING_METADATA_VALUES0
#define FWPS_CLASSIFY_OUT FWPS_CLASSIFY_OUT0
#define FWPS_ACTION FWPS_ACTION0
#define FWPS_FILTER_CONDITION FWPS_FILTER_CONDITION0
#define FWPS_DISCARD_METADATA FWPS_DISCARD_METADATA0
#define FWPS_INBOUND_FRAGMENT_METADATA FWPS_INBOUND_FRAGMENT_METADATA0
#define FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0
#define FWPS_INJECT_COMPLETE FWPS_INJECT_COMPLETE0
#define FWPS_PACKET_LIST_INFORMATION FWPS_PACKET_LIST_INFORMATION0
#define FWPS_PACKET_LIST_IPSEC_INFORMATION FWPS_PACKET_LIST_IPSEC_INFORMATION0
#define FWPS_STREAM_DATA FWPS_STREAM_DATA0
#define FWPS_STREAM_DATA_OFFSET FWPS_STREAM_DATA_OFFSET0
#define FWPS_STREAM_CALLOUT_IO_PACKET FWPS_STREAM_CALLOUT_IO_PACKET0
#define FWPS_TRANSPORT_SEND_PARAMS FWPS_TRANSPORT_SEND_PARAMS1
#define FwpsCalloutUnregisterById FwpsCalloutUnregisterById0
#define FwpsCalloutUnregisterByKey FwpsCalloutUnregisterByKey0
#define FwpsFlowAssociateContext FwpsFlowAssociateContext0
#define FwpsFlowRemoveContext FwpsFlowRemoveContext0
#define FwpsFlowAbort FwpsFlowAbort0
#define FwpsPendOperation FwpsPendOperation0
#define FwpsCompleteOperation FwpsCompleteOperation0
#define FwpsAcquireClassifyHandle FwpsAcquireClassifyHandle0
#define FwpsReleaseClassifyHandle FwpsReleaseClassifyHandle0
#define FwpsPendClassify FwpsPendClassify0
#define FwpsCompleteClassify FwpsCompleteClassify0
#define FwpsAcquireWritableLayerDataPointer FwpsAcquireWritableLayerDataPointer0
#define FwpsApplyModifiedLayerData FwpsApplyModifiedLayerData0
#define FwpsAllocateNetBufferAndNetBufferList                                  \
  FwpsAllocateNetBufferAndNetBufferList0
#define FwpsFreeNetBufferList FwpsFreeNetBufferList0
#define FwpsAllocateCloneNetBufferList FwpsAllocateCloneNetBufferList0
#define FwpsFreeCloneNetBufferList FwpsFreeCloneNetBufferList0
#define FwpsReferenceNetBufferList FwpsReferenceNetBufferList0
#define FwpsDereferenceNetBufferList FwpsDereferenceNetBufferList0
#define FwpsGetPacketListSecurityInformation                                   \
  FwpsGetPacketListSecurityInformation0
#define FwpsInjectionHandleCreate FwpsInjectionHandleCreate0
#define FwpsInjectionHandleDestroy FwpsInjectionHandleDestroy0
#define FwpsQueryPacketInjectionState FwpsQueryPacketInjectionState0
#define FwpsInjectTransportSendAsync FwpsInjectTransportSendAsync1
#define FwpsInjectTransportReceiveAsync FwpsInjectTransportReceiveAsync0
#define FwpsInjectNetworkSendAsync FwpsInjectNetworkSendAsync0
#define FwpsInjectNetworkReceiveAsync FwpsInjectNetworkReceiveAsync0
#define FwpsInjectForwardAsync FwpsInjectForwardAsync0
#define FwpsConstructIpHeaderForTransportPacket                                \
  FwpsConstructIpHeaderForTransportPacket0
#define FwpsStreamInjectAsync FwpsStreamInjectAsync0
#define FwpsStreamContinue FwpsStreamContinue0
#define FwpsCloneStreamData FwpsCloneStreamData0
#define FwpsDiscardClonedStreamData FwpsDiscardClonedStreamData0
#define FwpsCopyStreamDataToBuffer FwpsCopyStreamDataToBuffer0
#define FWPS_CONNECT_REQUEST FWPS_CONNECT_REQUEST0
#define FWPS_BIND_REQUEST FWPS_BIND_REQUEST0
#define FwpsRedirectHandleCreate FwpsRedirectHandleCreate0
#define FwpsRedirectHandleDestroy FwpsRedirectHandleDestroy0
#define FwpsQueryConnectionRedirectState FwpsQueryConnectionRedirectState0
#define FwpsInjectMacReceiveAsync FwpsInjectMacReceiveAsync0
#define FwpsInjectMacSendAsync FwpsInjectMacSendAsync0

/* The callout structure, its callbacks and the filter follow the newest
 * version of the target (NTDDI_VERSION; Windows 10 when it is not set). */
#if !defined(NTDDI_VERSION) || NTDDI_VERSION >= 0x0A000000
#define FWPS_CALLOUT FWPS_CALLOUT3
#define FWPS_FILTER FWPS_FILTER3
#define FWPS_CALLOUT_CLASSIFY_FN FWPS_CALLOUT_CLASSIFY_FN3
#define FWPS_CALLOUT_NOTIFY_FN FWPS_CALLOUT_NOTIFY_FN3
#define FwpsCalloutRegister FwpsCalloutRegister3
#elif NTDDI_VERSION >= 0x06020000
#define FWPS_CALLOUT FWPS_CALLOUT2
#define FWPS_FILTER FWPS_FILTER2
#define FWPS_CALLOUT_CLASSIFY_FN FWPS_CALLOUT_CLASSIFY_FN2
#define FWPS_CALLOUT_NOTIFY_FN FWPS_CALLOUT_NOTIFY_FN2
#define FwpsCalloutRegister FwpsCalloutRegister2
#elif NTDDI_VERSION >= 0x06010000
#define FWPS_CALLOUT FWPS_CALLOUT1
#define FWPS_FILTER FWPS_FILTER1
#define FWPS_CALLOUT_CLASSIFY_FN FWPS_CALLOUT_CLASSIFY_FN1
#define FWPS_CALLOUT_NOTIFY_FN FWPS_CALLOUT_NOTIFY_FN1
#define FwpsCalloutRegister FwpsCalloutRegister1
#else
#define FWPS_CALLOUT FWPS_CALLOUT0
#define FWPS_FILTER FWPS_FILTER0
#define FWPS_CALLOUT_CLASSIFY_FN FWPS_CALLOUT_CLASSIFY_FN0
#define FWPS_CALLOUT_NOTIFY_FN FWPS_CALLOUT_NOTIFY_FN0
#define FwpsCalloutRegister FwpsCalloutRegister0
#endif

#endif
