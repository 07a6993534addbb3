/* irqlint's model of bthddi.h: the Bluetooth profile driver interface --
 * Bluetooth request blocks (BRBs) a profile driver submits with
 * IOCTL_INTERNAL_BTH_SUBMIT_BRB (L2CAP servers, channels and transfers, PSM
 * registration, SCO, ACL mode), the L2CAP configuration structures, the
 * indication callbacks the stack calls at DISPATCH_LEVEL or below, and the
 * BTH_PROFILE_DRIVER_INTERFACE whose routines allocate, initialize, reuse
 * and free BRBs. Written from the documentation -- not Microsoft's header.
 * The numeric values of flags and enumerators are this model's own where
 * the reference pages give none; the analysis never reads them. */
#ifndef IRQLINT_WDK_BTHDDI_H
#define IRQLINT_WDK_BTHDDI_H

#include "bthdef.h"
#include "bthioctl.h"

#define BTHDDI_PROFILE_DRIVER_INTERFACE_VERSION_FOR_QI (0x0100)
#define BTHPORT_CONTEXT_SIZE (4)
#define BTHPORT_RESERVED_FIELD_SIZE (2)

typedef PVOID L2CAP_CHANNEL_HANDLE, *PL2CAP_CHANNEL_HANDLE;
typedef PVOID L2CAP_SERVER_HANDLE, *PL2CAP_SERVER_HANDLE;
typedef PVOID SCO_CHANNEL_HANDLE, *PSCO_CHANNEL_HANDLE;
typedef PVOID SCO_SERVER_HANDLE, *PSCO_SERVER_HANDLE;

/* ---- BRB types ---- */
typedef enum _BRB_TYPE {
  BRB_HCI_GET_LOCAL_BD_ADDR = 0x0001,
  BRB_L2CA_REGISTER_SERVER = 0x0100,
  BRB_L2CA_UNREGISTER_SERVER,
  BRB_L2CA_OPEN_CHANNEL,
  BRB_L2CA_OPEN_CHANNEL_RESPONSE,
  BRB_L2CA_CLOSE_CHANNEL,
  BRB_L2CA_ACL_TRANSFER,
  BRB_L2CA_UPDATE_CHANNEL,
  BRB_L2CA_PING,
  BRB_L2CA_INFO_REQUEST,
  BRB_REGISTER_PSM,
  BRB_UNREGISTER_PSM,
  BRB_L2CA_OPEN_ENHANCED_CHANNEL,
  BRB_L2CA_OPEN_ENHANCED_CHANNEL_RESPONSE,
  BRB_SCO_REGISTER_SERVER = 0x0200,
  BRB_SCO_UNREGISTER_SERVER,
  BRB_SCO_OPEN_CHANNEL,
  BRB_SCO_OPEN_CHANNEL_RESPONSE,
  BRB_SCO_CLOSE_CHANNEL,
  BRB_SCO_TRANSFER,
  BRB_SCO_GET_CHANNEL_INFO,
  BRB_SCO_GET_SYSTEM_INFO,
  BRB_SCO_FLUSH_CHANNEL,
  BRB_SCO_OPEN_UNMANAGED_CHANNEL,
  BRB_SCO_OPEN_UNMANAGED_CHANNEL_RESPONSE,
  BRB_ACL_GET_MODE = 0x0300,
  BRB_ACL_ENTER_ACTIVE_MODE,
  BRB_STORED_LINK_KEY,
  BRB_GET_DEVICE_INTERFACE_STRING
} BRB_TYPE;

typedef enum _BRB_VERSION { BLUETOOTH_V1 = 0, BLUETOOTH_V2 } BRB_VERSION;

typedef struct _BRB_HEADER {
  LIST_ENTRY ListEntry;
  ULONG Length;
  USHORT Version;
  USHORT Type;
  ULONG BthportFlags;
  NTSTATUS Status;
  BTHSTATUS BtStatus;
  PVOID Context[BTHPORT_CONTEXT_SIZE];
  PVOID ClientContext[BTHPORT_CONTEXT_SIZE];
  ULONG Reserved[BTHPORT_RESERVED_FIELD_SIZE];
} BRB_HEADER;

/* ---- L2CAP configuration ---- */
typedef struct _L2CAP_CONFIG_VALUE_RANGE {
  USHORT Min;
  USHORT Preferred;
  USHORT Max;
} L2CAP_CONFIG_VALUE_RANGE, *PL2CAP_CONFIG_VALUE_RANGE;

typedef struct _L2CAP_CONFIG_RANGE {
  USHORT Min;
  USHORT Max;
} L2CAP_CONFIG_RANGE, *PL2CAP_CONFIG_RANGE;

typedef struct _L2CAP_FLOWSPEC {
  UCHAR Flags;
  UCHAR ServiceType;
  ULONG TokenRate;
  ULONG TokenBucketSize;
  ULONG PeakBandwidth;
  ULONG Latency;
  ULONG DelayVariation;
} L2CAP_FLOWSPEC, *PL2CAP_FLOWSPEC;

typedef struct _CO_HEADER {
  UCHAR Type;
  UCHAR Length;
} CO_HEADER, *PCO_HEADER;

#define MAX_CO_FIXED_BUFFER (16)
typedef struct _L2CAP_CONFIG_OPTION {
  CO_HEADER Header;
  union {
    PUCHAR DynamicBuffer;
    UCHAR FixedBuffer[MAX_CO_FIXED_BUFFER];
  };
  ULONG Flags;
} L2CAP_CONFIG_OPTION, *PL2CAP_CONFIG_OPTION;
#define CO_DYNAMIC (0x00000001)
#define CO_FIXED (0x00000002)

typedef struct _L2CAP_RETRANSMISSION_AND_FLOW_CONTROL {
  UCHAR Mode;
  UCHAR TxWindowSize;
  UCHAR MaxTransmit;
  USHORT RetransmissionTO;
  USHORT MonitorTO;
  USHORT MaxPDUSize;
} L2CAP_RETRANSMISSION_AND_FLOW_CONTROL,
    *PL2CAP_RETRANSMISSION_AND_FLOW_CONTROL;
#define L2CAP_RAF_DEFAULT_TX_WINDOW_SIZE (10)
#define L2CAP_RAF_DEFAULT_MAXTRANSMIT (3)
#define L2CAP_RAF_DEFAULT_MAX_PDU_SIZE (1014)

typedef struct _L2CAP_EXTENDED_FLOW_SPEC {
  UCHAR Identifier;
  UCHAR ServiceType;
  USHORT MaxSDUSize;
  ULONG SDUInterArrivalTime;
  ULONG AccessLatency;
  ULONG FlushTimeout;
} L2CAP_EXTENDED_FLOW_SPEC, *PL2CAP_EXTENDED_FLOW_SPEC;

typedef struct _CHANNEL_CONFIG_PARAMETERS {
  ULONG Flags;
  USHORT Mtu;
  USHORT FlushTO;
  ULONG NumExtraOptions;
  PL2CAP_CONFIG_OPTION ExtraOptions;
  L2CAP_FLOWSPEC Flow;
} CHANNEL_CONFIG_PARAMETERS, *PCHANNEL_CONFIG_PARAMETERS;

typedef struct _CHANNEL_CONFIG_RESULTS {
  CHANNEL_CONFIG_PARAMETERS Params;
  ULONG ExtraOptionsBufferSize;
} CHANNEL_CONFIG_RESULTS, *PCHANNEL_CONFIG_RESULTS;

typedef struct _CHANNEL_CONFIG_PARAMETERS_ENHANCED {
  ULONG Flags;
  USHORT Mtu;
  USHORT FlushTO;
  ULONG NumExtraOptions;
  PL2CAP_CONFIG_OPTION ExtraOptions;
  L2CAP_FLOWSPEC Flow;
  L2CAP_RETRANSMISSION_AND_FLOW_CONTROL RetransmissionAndFlow;
  UCHAR Fcs;
  L2CAP_EXTENDED_FLOW_SPEC ExtendedFlowSpec;
  USHORT ExtendedWindowSize;
} CHANNEL_CONFIG_PARAMETERS_ENHANCED, *PCHANNEL_CONFIG_PARAMETERS_ENHANCED;

typedef struct _CHANNEL_CONFIG_RESULTS_ENHANCED {
  CHANNEL_CONFIG_PARAMETERS_ENHANCED Params;
  ULONG ExtraOptionsBufferSize;
} CHANNEL_CONFIG_RESULTS_ENHANCED, *PCHANNEL_CONFIG_RESULTS_ENHANCED;

/* which ConfigOut / ConfigIn members a driver filled in */
#define CFG_MTU (0x00000001)
#define CFG_FLUSHTO (0x00000002)
#define CFG_QOS (0x00000004)
#define CFG_EXTRA (0x00000008)
#define CFG_ENHANCED (0x00000010)
#define CFG_FCS (0x00000020)

/* ConfigOut.ModeConfig.Flags: the L2CAP modes a driver accepts */
#define CM_BASIC (0x00000001)
#define CM_RETRANSMISSION_AND_FLOW (0x00000002)
#define CM_STREAMING (0x00000004)

/* ChannelFlags */
#define CF_LINK_AUTHENTICATED (0x00000001)
#define CF_LINK_ENCRYPTED (0x00000002)
#define CF_LINK_SUPPRESS_PIN (0x00000004)
#define CF_LINK_PASSIVE_MODE (0x00000008)
#define CF_ROLE_EITHER (0x00000000)

/* CallbackFlags: the indications a channel's callback wants */
#define CALLBACK_CONFIG_EXTRA_IN (0x00000001)
#define CALLBACK_CONFIG_EXTRA_OUT (0x00000002)
#define CALLBACK_CONFIG_QOS (0x00000004)
#define CALLBACK_DISCONNECT (0x00000008)
#define CALLBACK_RECV_PACKET (0x00000010)

/* IndicationFlags of a server registration */
#define INDICATION_PAIR_DEVICE (0x00000001)
#define INDICATION_UNPAIR_DEVICE (0x00000002)
#define INDICATION_UNPERSONALIZE_DEVICE (0x00000004)

/* TransferFlags of an ACL transfer */
#define ACL_TRANSFER_DIRECTION_IN (0x00000001)
#define ACL_TRANSFER_DIRECTION_OUT (0x00000000)
#define ACL_SHORT_TRANSFER_OK (0x00000002)
#define ACL_TRANSFER_TIMEOUT (0x00000004)

/* Response of an open-channel response */
#define CONNECT_RSP_RESULT_SUCCESS (0x0000)
#define CONNECT_RSP_RESULT_PENDING (0x0001)
#define CONNECT_RSP_RESULT_PSM_NEG (0x0002)
#define CONNECT_RSP_RESULT_SECURITY_BLOCK (0x0003)
#define CONNECT_RSP_RESULT_NO_RESOURCES (0x0004)
#define CONNECT_RSP_STATUS_NO_INFORMATION (0x0000)
#define CONNECT_RSP_STATUS_AUTHENTICATION_PENDING (0x0001)
#define CONNECT_RSP_STATUS_AUTHORIZATION_PENDING (0x0002)

/* Response of a configuration indication */
#define CONFIG_STATUS_SUCCESS (0x0000)
#define CONFIG_STATUS_DISCONNECT (0x0001)
#define CONFIG_STATUS_INVALID_PARAMETER (0x0002)
#define CONFIG_STATUS_REJECT (0x0003)
#define CONFIG_STATUS_UNKNOWN_OPTION (0x0004)

/* ---- indications ---- */
typedef enum _INDICATION_CODE {
  IndicationAddReference = 0,
  IndicationReleaseReference,
  IndicationRemoteConnect,
  IndicationRemoteDisconnect,
  IndicationRemoteConfigRequest,
  IndicationRemoteConfigResponse,
  IndicationFreeExtraOptions,
  IndicationRecvPacket,
  IndicationPairDevice,
  IndicationUnpairDevice,
  IndicationUnpersonalizeDevice,
  IndicationRemoteConnectLE
} INDICATION_CODE,
    *PINDICATION_CODE;

typedef enum _L2CAP_DISCONNECT_REASON {
  HciDisconnect = 0,
  L2capDisconnectRequest,
  RadioPoweredDown,
  HardwareRemoval
} L2CAP_DISCONNECT_REASON;

typedef struct _INDICATION_PARAMETERS {
  L2CAP_CHANNEL_HANDLE ConnectionHandle;
  BTH_ADDR BtAddress;
  union {
    struct {
      struct {
        USHORT PSM;
      } Request;
    } Connect;
    struct {
      CHANNEL_CONFIG_PARAMETERS CurrentParams;
      CHANNEL_CONFIG_PARAMETERS RequestedParams;
      CHANNEL_CONFIG_PARAMETERS ResponseParams;
      USHORT Response;
    } ConfigRequest;
    struct {
      CHANNEL_CONFIG_PARAMETERS CurrentParams;
      CHANNEL_CONFIG_PARAMETERS RequestedParams;
      CHANNEL_CONFIG_PARAMETERS RejectedParams;
      PCO_HEADER UnknownTypes;
      ULONG NumUnknownTypes;
      CHANNEL_CONFIG_PARAMETERS NewRequestParams;
      USHORT Response;
    } ConfigResponse;
    struct {
      ULONG NumExtraOptions;
      PL2CAP_CONFIG_OPTION ExtraOptions;
    } FreeExtraOptions;
    struct {
      L2CAP_DISCONNECT_REASON Reason;
      BOOLEAN CloseNow;
    } Disconnect;
    struct {
      ULONG PacketLength;
      ULONG TotalQueueLength;
    } RecvPacket;
  } Parameters;
} INDICATION_PARAMETERS, *PINDICATION_PARAMETERS;

typedef struct _INDICATION_PARAMETERS_ENHANCED {
  L2CAP_CHANNEL_HANDLE ConnectionHandle;
  BTH_ADDR BtAddress;
  union {
    struct {
      struct {
        USHORT PSM;
      } Request;
    } Connect;
    struct {
      CHANNEL_CONFIG_PARAMETERS_ENHANCED CurrentParams;
      CHANNEL_CONFIG_PARAMETERS_ENHANCED RequestedParams;
      CHANNEL_CONFIG_PARAMETERS_ENHANCED ResponseParams;
      USHORT Response;
    } ConfigRequest;
    struct {
      CHANNEL_CONFIG_PARAMETERS_ENHANCED CurrentParams;
      CHANNEL_CONFIG_PARAMETERS_ENHANCED RequestedParams;
      CHANNEL_CONFIG_PARAMETERS_ENHANCED RejectedParams;
      PCO_HEADER UnknownTypes;
      ULONG NumUnknownTypes;
      CHANNEL_CONFIG_PARAMETERS_ENHANCED NewRequestParams;
      USHORT Response;
    } ConfigResponse;
    struct {
      ULONG NumExtraOptions;
      PL2CAP_CONFIG_OPTION ExtraOptions;
    } FreeExtraOptions;
    struct {
      L2CAP_DISCONNECT_REASON Reason;
      BOOLEAN CloseNow;
    } Disconnect;
    struct {
      ULONG PacketLength;
      ULONG TotalQueueLength;
    } RecvPacket;
    struct {
      PVOID Reserved;
    } Reserved;
  } Parameters;
} INDICATION_PARAMETERS_ENHANCED, *PINDICATION_PARAMETERS_ENHANCED;

/* The L2CAP callback: the stack calls it at DISPATCH_LEVEL or below. */
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    VOID (*PFNBTHPORT_INDICATION_CALLBACK)(
        _In_ PVOID Context, _In_ INDICATION_CODE Indication,
        _In_ PINDICATION_PARAMETERS Parameters);
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    VOID (*PFNBTHPORT_INDICATION_CALLBACK_ENHANCED)(
        _In_ PVOID Context, _In_ INDICATION_CODE Indication,
        _In_ PINDICATION_PARAMETERS_ENHANCED Parameters);

/* ---- SCO ---- */
typedef enum _SCO_INDICATION_CODE {
  ScoIndicationAddReference = 0,
  ScoIndicationReleaseReference,
  ScoIndicationRemoteConnect,
  ScoIndicationRemoteDisconnect
} SCO_INDICATION_CODE,
    *PSCO_INDICATION_CODE;

typedef enum _SCO_DISCONNECT_REASON {
  ScoHciDisconnect = 0,
  ScoDisconnectRequest,
  ScoRadioPoweredDown,
  ScoHardwareRemoval
} SCO_DISCONNECT_REASON;

typedef enum _SCO_LINK_TYPE { ScoLinkType = 0, eScoLinkType } SCO_LINK_TYPE;

typedef enum _SCO_RETRANSMISSION_EFFORT {
  SCO_RETRANSMISSION_NONE = 0,
  SCO_RETRANSMISSION_MIN1_POWER,
  SCO_RETRANSMISSION_MIN1_QUALITY,
  SCO_RETRANSMISSION_DONT_CARE = 0xFF
} SCO_RETRANSMISSION_EFFORT;

typedef struct _SCO_INDICATION_PARAMETERS {
  SCO_CHANNEL_HANDLE ConnectionHandle;
  BTH_ADDR BtAddress;
  union {
    struct {
      struct {
        SCO_LINK_TYPE LinkType;
      } Request;
    } Connect;
    struct {
      SCO_DISCONNECT_REASON Reason;
      BOOLEAN CloseNow;
    } Disconnect;
  } Parameters;
} SCO_INDICATION_PARAMETERS, *PSCO_INDICATION_PARAMETERS;

typedef _IRQL_requires_max_(DISPATCH_LEVEL) VOID (*PFNSCO_INDICATION_CALLBACK)(
    _In_ PVOID Context, _In_ SCO_INDICATION_CODE Indication,
    _In_ PSCO_INDICATION_PARAMETERS Parameters);

typedef struct _BASEBAND_CHANNEL_INFO {
  UCHAR Transmission_Interval;
  UCHAR Retransmission_Window;
  UCHAR AirMode;
  USHORT Rx_Packet_Length;
  USHORT Tx_Packet_Length;
} BASEBAND_CHANNEL_INFO, *PBASEBAND_CHANNEL_INFO;

typedef enum _ACL_MODE {
  ACL_MODE_ACTIVE = 0x0,
  ACL_MODE_HOLD = 0x1,
  ACL_MODE_SNIFF = 0x2,
  ACL_MODE_PARK = 0x3,
  ACL_MODE_ENTER_ACTIVE = 0x4,
  ACL_MODE_ENTER_HOLD = 0x5,
  ACL_MODE_ENTER_SNIFF = 0x6,
  ACL_MODE_ENTER_PARK = 0x7,
  ACL_DISCONNECTED = 0x8
} ACL_MODE,
    *PACL_MODE;

/* ---- the BRBs ---- */
struct _BRB_GET_DEVICE_INTERFACE_STRING {
  BRB_HEADER Hdr;
  PWCHAR DeviceInterfaceString;
  ULONG DeviceInterfaceStringCbLength;
};

struct _BRB_GET_LOCAL_BD_ADDR {
  BRB_HEADER Hdr;
  BTH_ADDR BtAddress;
};

struct _BRB_L2CA_REGISTER_SERVER {
  BRB_HEADER Hdr;
  BTH_ADDR BtAddress;
  USHORT PSM;
  ULONG IndicationFlags;
  PFNBTHPORT_INDICATION_CALLBACK IndicationCallback;
  PVOID IndicationCallbackContext;
  PVOID ReferenceObject;
  L2CAP_SERVER_HANDLE ServerHandle;
};

struct _BRB_L2CA_UNREGISTER_SERVER {
  BRB_HEADER Hdr;
  BTH_ADDR BtAddress;
  USHORT Psm;
  L2CAP_SERVER_HANDLE ServerHandle;
};

struct _BRB_L2CA_OPEN_CHANNEL {
  BRB_HEADER Hdr;
  L2CAP_CHANNEL_HANDLE ChannelHandle;
  union {
    struct {
      USHORT Response;
      USHORT ResponseStatus;
    };
    USHORT Psm;
  };
  ULONG ChannelFlags;
  BTH_ADDR BtAddress;
  struct {
    ULONG Flags;
    L2CAP_CONFIG_VALUE_RANGE Mtu;
    L2CAP_CONFIG_RANGE FlushTO;
    L2CAP_FLOWSPEC Flow;
    USHORT LinkTO;
    ULONG NumExtraOptions;
    PL2CAP_CONFIG_OPTION ExtraOptions;
    struct {
      UCHAR ServiceType;
      ULONG Latency;
    } LocalQos;
  } ConfigOut;
  struct {
    ULONG Flags;
    L2CAP_CONFIG_VALUE_RANGE Mtu;
    L2CAP_CONFIG_RANGE FlushTO;
  } ConfigIn;
  ULONG CallbackFlags;
  PFNBTHPORT_INDICATION_CALLBACK Callback;
  PVOID CallbackContext;
  PVOID ReferenceObject;
  CHANNEL_CONFIG_RESULTS OutResults;
  CHANNEL_CONFIG_RESULTS InResults;
  UCHAR IncomingQueueDepth;
};

struct _BRB_L2CA_OPEN_ENHANCED_CHANNEL {
  BRB_HEADER Hdr;
  L2CAP_CHANNEL_HANDLE ChannelHandle;
  union {
    struct {
      USHORT Response;
      USHORT ResponseStatus;
    };
    USHORT Psm;
  };
  ULONG ChannelFlags;
  BTH_ADDR BtAddress;
  struct {
    ULONG Flags;
    L2CAP_CONFIG_VALUE_RANGE Mtu;
    L2CAP_CONFIG_RANGE FlushTO;
    L2CAP_FLOWSPEC Flow;
    USHORT LinkTO;
    ULONG NumExtraOptions;
    PL2CAP_CONFIG_OPTION ExtraOptions;
    struct {
      UCHAR ServiceType;
      ULONG Latency;
    } LocalQos;
    struct {
      ULONG Flags;
      L2CAP_RETRANSMISSION_AND_FLOW_CONTROL RetransmissionAndFlow;
    } ModeConfig;
    UCHAR Fcs;
    L2CAP_EXTENDED_FLOW_SPEC ExtendedFlowSpec;
    USHORT ExtendedWindowSize;
  } ConfigOut;
  struct {
    ULONG Flags;
    L2CAP_CONFIG_VALUE_RANGE Mtu;
    L2CAP_CONFIG_RANGE FlushTO;
  } ConfigIn;
  ULONG CallbackFlags;
  PFNBTHPORT_INDICATION_CALLBACK_ENHANCED Callback;
  PVOID CallbackContext;
  PVOID ReferenceObject;
  CHANNEL_CONFIG_RESULTS_ENHANCED OutResults;
  CHANNEL_CONFIG_RESULTS_ENHANCED InResults;
  UCHAR IncomingQueueDepth;
  PVOID Reserved;
};

struct _BRB_L2CA_CLOSE_CHANNEL {
  BRB_HEADER Hdr;
  BTH_ADDR BtAddress;
  L2CAP_CHANNEL_HANDLE ChannelHandle;
};

struct _BRB_L2CA_ACL_TRANSFER {
  BRB_HEADER Hdr;
  BTH_ADDR BtAddress;
  L2CAP_CHANNEL_HANDLE ChannelHandle;
  ULONG TransferFlags;
  ULONG BufferSize;
  PVOID Buffer;
  PMDL BufferMDL;
  LONGLONG Timeout;
  ULONG RemainingBufferSize;
};

struct _BRB_L2CA_UPDATE_CHANNEL {
  BRB_HEADER Hdr;
  BTH_ADDR BtAddress;
  L2CAP_CHANNEL_HANDLE ChannelHandle;
  ULONG NewChannelFlags;
  ULONG FailedChannelFlags;
};

struct _BRB_L2CA_PING {
  BRB_HEADER Hdr;
  BTH_ADDR BtAddress;
  UCHAR PingRequestLength;
  UCHAR PingRequestData[MAX_L2CAP_PING_DATA_LENGTH];
  UCHAR PingResponseLength;
  UCHAR PingResponseData[MAX_L2CAP_PING_DATA_LENGTH];
};

struct _BRB_PSM {
  BRB_HEADER Hdr;
  USHORT Psm;
};

struct _BRB_SCO_REGISTER_SERVER {
  BRB_HEADER Hdr;
  BTH_ADDR BtAddress;
  ULONG Reserved;
  ULONG IndicationFlags;
  PFNSCO_INDICATION_CALLBACK IndicationCallback;
  PVOID IndicationCallbackContext;
  PVOID ReferenceObject;
  SCO_SERVER_HANDLE ServerHandle;
};

struct _BRB_SCO_UNREGISTER_SERVER {
  BRB_HEADER Hdr;
  BTH_ADDR BtAddress;
  SCO_SERVER_HANDLE ServerHandle;
};

struct _BRB_SCO_OPEN_CHANNEL {
  BRB_HEADER Hdr;
  BTH_ADDR BtAddress;
  ULONG TransmitBandwidth;
  ULONG ReceiveBandwidth;
  USHORT MaxLatency;
  USHORT PacketType;
  USHORT ContentFormat;
  USHORT Reserved;
  SCO_RETRANSMISSION_EFFORT RetransmissionEffort;
  ULONG ChannelFlags;
  ULONG CallbackFlags;
  PFNSCO_INDICATION_CALLBACK Callback;
  PVOID CallbackContext;
  PVOID ReferenceObject;
  SCO_CHANNEL_HANDLE ChannelHandle;
  UCHAR Response;
};

struct _BRB_SCO_CLOSE_CHANNEL {
  BRB_HEADER Hdr;
  BTH_ADDR BtAddress;
  SCO_CHANNEL_HANDLE ChannelHandle;
};

struct _BRB_SCO_FLUSH_CHANNEL {
  BRB_HEADER Hdr;
  BTH_ADDR BtAddress;
  SCO_CHANNEL_HANDLE ChannelHandle;
  ULONG FlushFlags;
};

struct _BRB_SCO_TRANSFER {
  BRB_HEADER Hdr;
  BTH_ADDR BtAddress;
  SCO_CHANNEL_HANDLE ChannelHandle;
  ULONG TransferFlags;
  ULONG BufferSize;
  PVOID Buffer;
  PMDL BufferMDL;
  ULONGLONG DataTag;
};

struct _BRB_SCO_GET_CHANNEL_INFO {
  BRB_HEADER Hdr;
  BTH_ADDR BtAddress;
  SCO_CHANNEL_HANDLE ChannelHandle;
  ULONG InfoFlags;
  ULONG TransmitBandwidth;
  ULONG ReceiveBandwidth;
  USHORT MaxLatency;
  USHORT PacketType;
  USHORT ContentFormat;
  USHORT Reserved;
  SCO_RETRANSMISSION_EFFORT RetransmissionEffort;
  ULONG ChannelFlags;
  USHORT HciConnectionHandle;
  SCO_LINK_TYPE LinkType;
  BASEBAND_CHANNEL_INFO BasebandInfo;
};

struct _BRB_SCO_GET_SYSTEM_INFO {
  BRB_HEADER Hdr;
  ULONG Features;
  ULONG MaxChannels;
  ULONG TransferUnit;
  USHORT PacketTypes;
  USHORT DataFormats;
  ULONG Reserved;
};

struct _BRB_ACL_GET_MODE {
  BRB_HEADER Hdr;
  BTH_ADDR BtAddress;
  ACL_MODE AclMode;
};

struct _BRB_ACL_ENTER_ACTIVE_MODE {
  BRB_HEADER Hdr;
  BTH_ADDR BtAddress;
};

typedef struct _BRB {
  union {
    BRB_HEADER BrbHeader;
    struct _BRB_GET_DEVICE_INTERFACE_STRING BrbGetDeviceInterfaceString;
    struct _BRB_L2CA_REGISTER_SERVER BrbL2caRegisterServer;
    struct _BRB_L2CA_UNREGISTER_SERVER BrbL2caUnregisterServer;
    struct _BRB_L2CA_OPEN_CHANNEL BrbL2caOpenChannel;
    struct _BRB_L2CA_CLOSE_CHANNEL BrbL2caCloseChannel;
    struct _BRB_L2CA_PING BrbL2caPing;
    struct _BRB_L2CA_ACL_TRANSFER BrbL2caAclTransfer;
    struct _BRB_GET_LOCAL_BD_ADDR BrbGetLocalBdAddress;
    struct _BRB_PSM BrbPsm;
    struct _BRB_L2CA_UPDATE_CHANNEL BrbL2caUpdateChannel;
    struct _BRB_SCO_REGISTER_SERVER BrbScoRegisterServer;
    struct _BRB_SCO_UNREGISTER_SERVER BrbScoUnregisterServer;
    struct _BRB_SCO_OPEN_CHANNEL BrbScoOpenChannel;
    struct _BRB_SCO_CLOSE_CHANNEL BrbScoCloseChannel;
    struct _BRB_SCO_FLUSH_CHANNEL BrbScoFlushChannel;
    struct _BRB_SCO_TRANSFER BrbScoTransfer;
    struct _BRB_SCO_GET_CHANNEL_INFO BrbScoGetChannelInfo;
    struct _BRB_SCO_GET_SYSTEM_INFO BrbScoGetSystemInfo;
    struct _BRB_ACL_GET_MODE BrbAclGetMode;
    struct _BRB_ACL_ENTER_ACTIVE_MODE BrbAclEnterActiveMode;
    struct _BRB_L2CA_OPEN_ENHANCED_CHANNEL BrbL2caOpenEnhancedChannel;
  };
} BRB, *PBRB;

/* ---- the profile driver interface (IRP_MN_QUERY_INTERFACE with
 * GUID_BTHDDI_PROFILE_DRIVER_INTERFACE); its routines run at DISPATCH_LEVEL
 * or below ---- */
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    PBRB (*PFNBTH_ALLOCATE_BRB)(_In_ BRB_TYPE brbType, _In_ ULONG tag);
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    VOID (*PFNBTH_FREE_BRB)(_In_ PBRB pBrb);
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    VOID (*PFNBTH_INITIALIZE_BRB)(_Inout_ PBRB pBrb, _In_ BRB_TYPE brbType);
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    VOID (*PFNBTH_REUSE_BRB)(_Inout_ PBRB pBrb, _In_ BRB_TYPE brbType);
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    NTSTATUS (*PFNBTH_IS_BLUETOOTH_VERSION_AVAILABLE)(_In_ UCHAR MajorVersion,
                                                      _In_ UCHAR MinorVersion);

typedef struct _BTH_PROFILE_DRIVER_INTERFACE {
  INTERFACE Interface;
  PFNBTH_ALLOCATE_BRB BthAllocateBrb;
  PFNBTH_FREE_BRB BthFreeBrb;
  PFNBTH_INITIALIZE_BRB BthInitializeBrb;
  PFNBTH_REUSE_BRB BthReuseBrb;
  PFNBTH_IS_BLUETOOTH_VERSION_AVAILABLE IsBluetoothVersionAvailable;
} BTH_PROFILE_DRIVER_INTERFACE, *PBTH_PROFILE_DRIVER_INTERFACE;

/* ---- the bus enumerator's information (IOCTL_INTERNAL_BTHENUM_GET_ENUMINFO)
 * ---- */
typedef enum _ENUMERATOR_TYPE {
  ENUMERATOR_TYPE_PROTOCOL = 0,
  ENUMERATOR_TYPE_SERVICE,
  ENUMERATOR_TYPE_DEVICE,
  ENUMERATOR_TYPE_MAX
} ENUMERATOR_TYPE;

typedef enum _ENUMERATOR_ACTION {
  ENUMERATOR_ACTION_CREATE = 0,
  ENUMERATOR_ACTION_REMOVE,
  ENUMERATOR_ACTION_DESTROY,
  ENUMERATOR_ACTION_MAX
} ENUMERATOR_ACTION;

#define BTH_MAX_SERVICE_NAME_SIZE (256)
#define BTH_DEVICE_STRING_SIZE (256)
typedef struct _BTH_ENUMERATOR_INFO {
  ENUMERATOR_TYPE EnumeratorType;
  ENUMERATOR_ACTION Action;
  LONG Port;
  ULONG Flags;
  GUID Guid;
  ULONG InstanceId;
  WCHAR InstanceIdStr[BTH_MAX_SERVICE_NAME_SIZE];
  USHORT Vid;
  USHORT Pid;
  USHORT Mfg;
  USHORT LocalMfg;
  USHORT VidType;
  WCHAR ServiceName[BTH_MAX_SERVICE_NAME_SIZE];
  CHAR SdpPriLangServiceName[BTH_MAX_SERVICE_NAME_SIZE];
  WCHAR DeviceString[BTH_DEVICE_STRING_SIZE];
} BTH_ENUMERATOR_INFO, *PBTH_ENUMERATOR_INFO;

#endif
