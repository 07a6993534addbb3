/* irqlint's model of the NDIS 6 protocol driver interface in ndis.h (driver
 * characteristics, bind and open parameters, the PROTOCOL_* callback types
 * and the routines a protocol or intermediate driver calls), written from
 * the documentation -- not Microsoft's header. */
#ifndef IRQLINT_WDK_NDIS_PROTOCOL_H
#define IRQLINT_WDK_NDIS_PROTOCOL_H

#include "miniport.h"

typedef USHORT NET_FRAME_TYPE, *PNET_FRAME_TYPE;

typedef struct _NDIS_BIND_PARAMETERS {
  NDIS_OBJECT_HEADER Header;
  PNDIS_STRING ProtocolSection;
  PNDIS_STRING AdapterName;
  PDEVICE_OBJECT PhysicalDeviceObject;
  NDIS_MEDIUM MediaType;
  ULONG MtuSize;
  ULONG64 MaxXmitLinkSpeed;
  ULONG64 XmitLinkSpeed;
  ULONG64 MaxRcvLinkSpeed;
  ULONG64 RcvLinkSpeed;
  NDIS_MEDIA_CONNECT_STATE MediaConnectState;
  NDIS_MEDIA_DUPLEX_STATE MediaDuplexState;
  ULONG LookaheadSize;
  PNDIS_PNP_CAPABILITIES PowerManagementCapabilities;
  ULONG SupportedPacketFilters;
  ULONG MaxMulticastListSize;
  USHORT MacAddressLength;
  UCHAR CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
  NDIS_PHYSICAL_MEDIUM PhysicalMediumType;
  PNDIS_RECEIVE_SCALE_CAPABILITIES RcvScaleCapabilities;
  NET_LUID BoundIfNetluid;
  NET_IFINDEX BoundIfIndex;
  NET_LUID LowestIfNetluid;
  NET_IFINDEX LowestIfIndex;
  NET_IF_ACCESS_TYPE AccessType;
  NET_IF_DIRECTION_TYPE DirectionType;
  NET_IF_CONNECTION_TYPE ConnectionType;
  NET_IFTYPE IfType;
  BOOLEAN IfConnectorPresent;
  PNDIS_PORT_AUTHENTICATION_PARAMETERS DefaultPortAuthStates;
  ULONG SupportedStatistics;
  ULONG DataBackFillSize;
  ULONG ContextBackFillSize;
  ULONG MacOptions;
  PNDIS_OFFLOAD DefaultOffloadConfiguration;
  PVOID TcpConnectionOffloadCapabilities;
  PNDIS_STRING BoundAdapterName;
  PVOID HDSplitCurrentConfig;
  PNDIS_RECEIVE_FILTER_CAPABILITIES ReceiveFilterCapabilities;
  PNDIS_PM_CAPABILITIES PowerManagementCapabilitiesEx;
  PNDIS_NIC_SWITCH_CAPABILITIES NicSwitchCapabilities;
  BOOLEAN NDKEnabled;
  PVOID NDKCapabilities;
  PVOID HardwareSriovCapabilities;
  PVOID CurrentSriovCapabilities;
  PNDIS_QOS_CAPABILITIES HardwareQosCapabilities;
  PNDIS_QOS_CAPABILITIES CurrentQosCapabilities;
} NDIS_BIND_PARAMETERS, *PNDIS_BIND_PARAMETERS;
#define NDIS_BIND_PARAMETERS_REVISION_1 1
#define NDIS_BIND_PARAMETERS_REVISION_2 2
#define NDIS_BIND_PARAMETERS_REVISION_3 3
#define NDIS_BIND_PARAMETERS_REVISION_4 4

typedef struct _NDIS_OPEN_PARAMETERS {
  NDIS_OBJECT_HEADER Header;
  PNDIS_STRING AdapterName;
  PNDIS_MEDIUM MediumArray;
  UINT MediumArraySize;
  PUINT SelectedMediumIndex;
  PNET_FRAME_TYPE FrameTypeArray;
  UINT FrameTypeArraySize;
} NDIS_OPEN_PARAMETERS, *PNDIS_OPEN_PARAMETERS;
#define NDIS_OPEN_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_OPEN_PARAMETERS_REVISION_1                                 \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_OPEN_PARAMETERS, FrameTypeArraySize)

typedef struct _NDIS_PROTOCOL_PAUSE_PARAMETERS {
  NDIS_OBJECT_HEADER Header;
  ULONG Flags;
  ULONG PauseReason;
} NDIS_PROTOCOL_PAUSE_PARAMETERS, *PNDIS_PROTOCOL_PAUSE_PARAMETERS;
typedef struct _NDIS_PROTOCOL_RESTART_PARAMETERS {
  NDIS_OBJECT_HEADER Header;
  PUCHAR FilterModuleNameBuffer;
  ULONG FilterModuleNameBufferLength;
  PNDIS_RESTART_ATTRIBUTES RestartAttributes;
  NET_IFINDEX BoundIfIndex;
  NET_LUID BoundIfNetluid;
  ULONG Flags;
} NDIS_PROTOCOL_RESTART_PARAMETERS, *PNDIS_PROTOCOL_RESTART_PARAMETERS;
#define NDIS_PROTOCOL_RESTART_PARAMETERS_REVISION_1 1

/* ---- the protocol callbacks (roles) ---- */
typedef SET_OPTIONS PROTOCOL_SET_OPTIONS;
typedef PROTOCOL_SET_OPTIONS(*PROTOCOL_SET_OPTIONS_HANDLER);
typedef NDIS_STATUS
PROTOCOL_BIND_ADAPTER_EX(NDIS_HANDLE ProtocolDriverContext,
                         NDIS_HANDLE BindContext,
                         PNDIS_BIND_PARAMETERS BindParameters);
typedef PROTOCOL_BIND_ADAPTER_EX(*BIND_HANDLER_EX);
typedef NDIS_STATUS
PROTOCOL_UNBIND_ADAPTER_EX(NDIS_HANDLE UnbindContext,
                           NDIS_HANDLE ProtocolBindingContext);
typedef PROTOCOL_UNBIND_ADAPTER_EX(*UNBIND_HANDLER_EX);
typedef VOID
PROTOCOL_OPEN_ADAPTER_COMPLETE_EX(NDIS_HANDLE ProtocolBindingContext,
                                  NDIS_STATUS Status);
typedef PROTOCOL_OPEN_ADAPTER_COMPLETE_EX(*OPEN_ADAPTER_COMPLETE_HANDLER_EX);
typedef VOID
PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX(NDIS_HANDLE ProtocolBindingContext);
typedef PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX(*CLOSE_ADAPTER_COMPLETE_HANDLER_EX);
typedef NDIS_STATUS
PROTOCOL_NET_PNP_EVENT(NDIS_HANDLE ProtocolBindingContext,
                       PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification);
typedef PROTOCOL_NET_PNP_EVENT(*NET_PNP_EVENT_HANDLER);
typedef VOID PROTOCOL_UNINSTALL(VOID);
typedef PROTOCOL_UNINSTALL(*UNINSTALL_PROTOCOL_HANDLER);
typedef VOID PROTOCOL_OID_REQUEST_COMPLETE(NDIS_HANDLE ProtocolBindingContext,
                                           PNDIS_OID_REQUEST OidRequest,
                                           NDIS_STATUS Status);
typedef PROTOCOL_OID_REQUEST_COMPLETE(*OID_REQUEST_COMPLETE_HANDLER);
typedef PROTOCOL_OID_REQUEST_COMPLETE PROTOCOL_DIRECT_OID_REQUEST_COMPLETE;
typedef PROTOCOL_DIRECT_OID_REQUEST_COMPLETE(
    *DIRECT_OID_REQUEST_COMPLETE_HANDLER);
typedef VOID PROTOCOL_STATUS_EX(NDIS_HANDLE ProtocolBindingContext,
                                PNDIS_STATUS_INDICATION StatusIndication);
typedef PROTOCOL_STATUS_EX(*STATUS_HANDLER_EX);
typedef VOID PROTOCOL_RECEIVE_NET_BUFFER_LISTS(
    NDIS_HANDLE ProtocolBindingContext, PNET_BUFFER_LIST NetBufferLists,
    NDIS_PORT_NUMBER PortNumber, ULONG NumberOfNetBufferLists,
    ULONG ReceiveFlags);
typedef PROTOCOL_RECEIVE_NET_BUFFER_LISTS(*RECEIVE_NET_BUFFER_LISTS_HANDLER);
typedef VOID
PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE(NDIS_HANDLE ProtocolBindingContext,
                                        PNET_BUFFER_LIST NetBufferList,
                                        ULONG SendCompleteFlags);
typedef PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE(
    *SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER);

typedef struct _NDIS_PROTOCOL_DRIVER_CHARACTERISTICS {
  NDIS_OBJECT_HEADER Header;
  UCHAR MajorNdisVersion;
  UCHAR MinorNdisVersion;
  UCHAR MajorDriverVersion;
  UCHAR MinorDriverVersion;
  ULONG Flags;
  NDIS_STRING Name;
  SET_OPTIONS_HANDLER SetOptionsHandler;
  BIND_HANDLER_EX BindAdapterHandlerEx;
  UNBIND_HANDLER_EX UnbindAdapterHandlerEx;
  OPEN_ADAPTER_COMPLETE_HANDLER_EX OpenAdapterCompleteHandlerEx;
  CLOSE_ADAPTER_COMPLETE_HANDLER_EX CloseAdapterCompleteHandlerEx;
  NET_PNP_EVENT_HANDLER NetPnPEventHandler;
  UNINSTALL_PROTOCOL_HANDLER UninstallHandler;
  OID_REQUEST_COMPLETE_HANDLER OidRequestCompleteHandler;
  STATUS_HANDLER_EX StatusHandlerEx;
  RECEIVE_NET_BUFFER_LISTS_HANDLER ReceiveNetBufferListsHandler;
  SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER SendNetBufferListsCompleteHandler;
  DIRECT_OID_REQUEST_COMPLETE_HANDLER DirectOidRequestCompleteHandler;
} NDIS_PROTOCOL_DRIVER_CHARACTERISTICS, *PNDIS_PROTOCOL_DRIVER_CHARACTERISTICS;
#define NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_1 1
#define NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2 2
#define NDIS_PROTOCOL_CHARACTERISTICS_REVISION_2                               \
  NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2
#define NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_1                 \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_PROTOCOL_DRIVER_CHARACTERISTICS,               \
                           SendNetBufferListsCompleteHandler)
#define NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2                 \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_PROTOCOL_DRIVER_CHARACTERISTICS,               \
                           DirectOidRequestCompleteHandler)

/* ---- protocol routines ---- */
_IRQL_requires_max_(PASSIVE_LEVEL) NDIS_STATUS NdisRegisterProtocolDriver(
    NDIS_HANDLE ProtocolDriverContext,
    PNDIS_PROTOCOL_DRIVER_CHARACTERISTICS ProtocolCharacteristics,
    PNDIS_HANDLE NdisProtocolHandle);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    NdisDeregisterProtocolDriver(NDIS_HANDLE NdisProtocolHandle);
_IRQL_requires_max_(PASSIVE_LEVEL) NDIS_STATUS
    NdisOpenAdapterEx(NDIS_HANDLE NdisProtocolHandle,
                      NDIS_HANDLE ProtocolBindingContext,
                      PNDIS_OPEN_PARAMETERS OpenParameters,
                      NDIS_HANDLE BindContext, PNDIS_HANDLE NdisBindingHandle);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    NdisCompleteBindAdapterEx(NDIS_HANDLE BindAdapterContext,
                              NDIS_STATUS Status);
_IRQL_requires_max_(PASSIVE_LEVEL) NDIS_STATUS
    NdisCloseAdapterEx(NDIS_HANDLE NdisBindingHandle);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    NdisCompleteUnbindAdapterEx(NDIS_HANDLE UnbindContext);
_IRQL_requires_max_(DISPATCH_LEVEL) NDIS_STATUS
    NdisUnbindAdapter(NDIS_HANDLE NdisBindingHandle);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    NdisReEnumerateProtocolBindings(NDIS_HANDLE NdisProtocolHandle);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    NdisSendNetBufferLists(NDIS_HANDLE NdisBindingHandle,
                           PNET_BUFFER_LIST NetBufferLists,
                           NDIS_PORT_NUMBER PortNumber, ULONG SendFlags);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    NdisReturnNetBufferLists(NDIS_HANDLE NdisBindingHandle,
                             PNET_BUFFER_LIST NetBufferLists,
                             ULONG ReturnFlags);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    NdisCancelSendNetBufferLists(NDIS_HANDLE NdisBindingHandle, PVOID CancelId);
_IRQL_requires_max_(DISPATCH_LEVEL) NDIS_STATUS
    NdisOidRequest(NDIS_HANDLE NdisBindingHandle, PNDIS_OID_REQUEST OidRequest);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    NdisCancelOidRequest(NDIS_HANDLE NdisBindingHandle, PVOID RequestId);
_IRQL_requires_max_(DISPATCH_LEVEL) NDIS_STATUS
    NdisDirectOidRequest(NDIS_HANDLE NdisBindingHandle,
                         PNDIS_OID_REQUEST OidRequest);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    NdisCancelDirectOidRequest(NDIS_HANDLE NdisBindingHandle, PVOID RequestId);

#endif
