/* irqlint's model of wsk.h (Winsock Kernel: client registration with the
 * WSK subsystem, the provider and client dispatch tables of each socket
 * category, and the event callbacks), written from the documentation -- not
 * Microsoft's header. The provider's socket functions complete through the
 * IRP the client passes; they may be called at IRQL <= DISPATCH_LEVEL.
 * Where the real header embeds WSK_PROVIDER_BASIC_DISPATCH as an unnamed
 * member (an MSVC extension in C), this model repeats its two members in a
 * C11 anonymous struct, so dispatch->WskCloseSocket reads the same. */
#ifndef IRQLINT_WDK_WSK_H
#define IRQLINT_WDK_WSK_H

#include "netioddk.h"
#include "wdm.h"
#include "ws2def.h"
#include "ws2ipdef.h"

#ifndef WSKAPI
#define WSKAPI NTAPI
#endif

extern const NPIID NPI_WSK_INTERFACE_ID;

#define MAKE_WSK_VERSION(Mj, Mn) ((USHORT)((Mj) << 8) | (USHORT)((Mn) & 0xff))
#define WSK_MAJOR_VERSION(V) ((UCHAR)((V) >> 8))
#define WSK_MINOR_VERSION(V) ((UCHAR)(V))
#define WSK_FIRST_VERSION MAKE_WSK_VERSION(1, 0)

#define WSK_NO_WAIT 0
#define WSK_INFINITE_WAIT 0xffffffff

/* socket categories (the Flags of WskSocket) */
#define WSK_FLAG_BASIC_SOCKET 0x00000000
#define WSK_FLAG_LISTEN_SOCKET 0x00000001
#define WSK_FLAG_CONNECTION_SOCKET 0x00000002
#define WSK_FLAG_DATAGRAM_SOCKET 0x00000004
#define WSK_FLAG_STREAM_SOCKET 0x00000008

/* event callbacks a client enables (WSK_EVENT_CALLBACK_CONTROL.EventMask,
 * SO_WSK_EVENT_CALLBACK) */
#define WSK_EVENT_RECEIVE_FROM 0x00000100
#define WSK_EVENT_ACCEPT 0x00000200
#define WSK_EVENT_SEND_BACKLOG 0x00000010
#define WSK_EVENT_RECEIVE 0x00000040
#define WSK_EVENT_DISCONNECT 0x00000080
#define WSK_EVENT_DISABLE 0x80000000

/* control codes of WskControlClient */
#define WSK_TRANSPORT_LIST_QUERY 2
#define WSK_TRANSPORT_LIST_CHANGE 3
#define WSK_CACHE_SD 4
#define WSK_RELEASE_SD 5
#define WSK_TDI_DEVICENAME_MAPPING 6
#define WSK_SET_STATIC_EVENT_CALLBACKS 7
#define WSK_TDI_BEHAVIOR 8

/* WSK_TDI_BEHAVIOR: whether WSK may hand a transport to a TDI filter */
#define WSK_TDI_BEHAVIOR_BYPASS_TDI 0x00000001

/* One entry of the WSK_TRANSPORT_LIST_QUERY result. */
typedef struct _WSK_TRANSPORT {
  USHORT Version;
  USHORT SocketType;
  ULONG Protocol;
  ADDRESS_FAMILY AddressFamily;
  GUID ProviderId;
} WSK_TRANSPORT, *PWSK_TRANSPORT;

/* socket-level options of WskControlSocket */
#define SO_WSK_SECURITY (WSK_SO_BASE + 1)
#define SO_WSK_EVENT_CALLBACK (WSK_SO_BASE + 2)
#define WSK_SO_BASE 0x4000

typedef struct _WSK_SOCKET {
  const VOID *Dispatch; /* one of the WSK_PROVIDER_*_DISPATCH tables */
} WSK_SOCKET, *PWSK_SOCKET;

typedef PVOID PWSK_CLIENT;

typedef struct _WSK_BUF {
  PMDL Mdl;
  ULONG Offset;
  SIZE_T Length;
} WSK_BUF, *PWSK_BUF;

typedef struct _WSK_BUF_LIST {
  struct _WSK_BUF_LIST *Next;
  WSK_BUF Buffer;
} WSK_BUF_LIST, *PWSK_BUF_LIST;

typedef struct _WSK_DATA_INDICATION {
  struct _WSK_DATA_INDICATION *Next;
  WSK_BUF Buffer;
} WSK_DATA_INDICATION, *PWSK_DATA_INDICATION;

typedef struct _WSK_DATAGRAM_INDICATION {
  struct _WSK_DATAGRAM_INDICATION *Next;
  WSK_BUF Buffer;
  PCMSGHDR ControlInfo;
  ULONG ControlInfoLength;
  PSOCKADDR RemoteAddress;
} WSK_DATAGRAM_INDICATION, *PWSK_DATAGRAM_INDICATION;

typedef struct _WSK_EVENT_CALLBACK_CONTROL {
  PNPIID NpiId;
  ULONG EventMask;
} WSK_EVENT_CALLBACK_CONTROL, *PWSK_EVENT_CALLBACK_CONTROL;

typedef struct _WSK_INSPECT_ID {
  ULONG_PTR Key;
  ULONG SerialNumber;
} WSK_INSPECT_ID, *PWSK_INSPECT_ID;

typedef enum {
  WskInspectReject,
  WskInspectAccept,
  WskInspectPend,
  WskInspectMax
} WSK_INSPECT_ACTION,
    *PWSK_INSPECT_ACTION;

typedef enum {
  WskSetOption,
  WskGetOption,
  WskIoctl,
  WskControlMax
} WSK_CONTROL_SOCKET_TYPE,
    *PWSK_CONTROL_SOCKET_TYPE;

/* ---- client side: the callbacks WSK calls ---- */
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    NTSTATUS(WSKAPI *PFN_WSK_CLIENT_EVENT)(
        _In_opt_ PVOID ClientContext, _In_ ULONG EventType,
        _In_reads_bytes_opt_(InformationLength) PVOID Information,
        _In_ SIZE_T InformationLength);

typedef struct _WSK_CLIENT_DISPATCH {
  USHORT Version;
  USHORT Reserved;
  PFN_WSK_CLIENT_EVENT WskClientEvent;
} WSK_CLIENT_DISPATCH, *PWSK_CLIENT_DISPATCH;

typedef struct _WSK_CLIENT_CONNECTION_DISPATCH WSK_CLIENT_CONNECTION_DISPATCH,
    *PWSK_CLIENT_CONNECTION_DISPATCH;

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    NTSTATUS(WSKAPI *PFN_WSK_ACCEPT_EVENT)(
        _In_opt_ PVOID SocketContext, _In_ ULONG Flags,
        _In_ PSOCKADDR LocalAddress, _In_ PSOCKADDR RemoteAddress,
        _In_opt_ PWSK_SOCKET AcceptSocket,
        _Outptr_result_maybenull_ PVOID *AcceptSocketContext,
        _Outptr_result_maybenull_ const WSK_CLIENT_CONNECTION_DISPATCH *
            *AcceptSocketDispatch);
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    WSK_INSPECT_ACTION(WSKAPI *PFN_WSK_INSPECT_EVENT)(
        _In_opt_ PVOID SocketContext, _In_ PSOCKADDR LocalAddress,
        _In_ PSOCKADDR RemoteAddress, _In_opt_ PWSK_INSPECT_ID InspectID);
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    NTSTATUS(WSKAPI *PFN_WSK_ABORT_EVENT)(_In_opt_ PVOID SocketContext,
                                          _In_ PWSK_INSPECT_ID InspectID);
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    NTSTATUS(WSKAPI *PFN_WSK_RECEIVE_EVENT)(
        _In_opt_ PVOID SocketContext, _In_ ULONG Flags,
        _In_opt_ PWSK_DATA_INDICATION DataIndication,
        _In_ SIZE_T BytesIndicated, _Inout_ SIZE_T *BytesAccepted);
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    NTSTATUS(WSKAPI *PFN_WSK_DISCONNECT_EVENT)(_In_opt_ PVOID SocketContext,
                                               _In_ ULONG Flags);
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    NTSTATUS(WSKAPI *PFN_WSK_SEND_BACKLOG_EVENT)(_In_opt_ PVOID SocketContext,
                                                 _In_ SIZE_T IdealBacklogSize);
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    NTSTATUS(WSKAPI *PFN_WSK_RECEIVE_FROM_EVENT)(
        _In_opt_ PVOID SocketContext, _In_ ULONG Flags,
        _In_opt_ PWSK_DATAGRAM_INDICATION DataIndication);

typedef struct _WSK_CLIENT_LISTEN_DISPATCH {
  PFN_WSK_ACCEPT_EVENT WskAcceptEvent;
  PFN_WSK_INSPECT_EVENT WskInspectEvent;
  PFN_WSK_ABORT_EVENT WskAbortEvent;
} WSK_CLIENT_LISTEN_DISPATCH, *PWSK_CLIENT_LISTEN_DISPATCH;

struct _WSK_CLIENT_CONNECTION_DISPATCH {
  PFN_WSK_RECEIVE_EVENT WskReceiveEvent;
  PFN_WSK_DISCONNECT_EVENT WskDisconnectEvent;
  PFN_WSK_SEND_BACKLOG_EVENT WskSendBacklogEvent;
};

typedef struct _WSK_CLIENT_DATAGRAM_DISPATCH {
  PFN_WSK_RECEIVE_FROM_EVENT WskReceiveFromEvent;
} WSK_CLIENT_DATAGRAM_DISPATCH, *PWSK_CLIENT_DATAGRAM_DISPATCH;

typedef struct _WSK_CLIENT_STREAM_DISPATCH {
  PFN_WSK_RECEIVE_EVENT WskReceiveEvent;
  PFN_WSK_DISCONNECT_EVENT WskDisconnectEvent;
  PFN_WSK_SEND_BACKLOG_EVENT WskSendBacklogEvent;
} WSK_CLIENT_STREAM_DISPATCH, *PWSK_CLIENT_STREAM_DISPATCH;

/* ---- provider side: the functions of the WSK subsystem ---- */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS(WSKAPI *PFN_WSK_SOCKET)(
    _In_ PWSK_CLIENT Client, _In_ ADDRESS_FAMILY AddressFamily,
    _In_ USHORT SocketType, _In_ ULONG Protocol, _In_ ULONG Flags,
    _In_opt_ PVOID SocketContext, _In_opt_ const VOID *Dispatch,
    _In_opt_ PEPROCESS OwningProcess, _In_opt_ PETHREAD OwningThread,
    _In_opt_ PSECURITY_DESCRIPTOR SecurityDescriptor, _Inout_ PIRP Irp);
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    NTSTATUS(WSKAPI *PFN_WSK_SOCKET_CONNECT)(
        _In_ PWSK_CLIENT Client, _In_ USHORT SocketType, _In_ ULONG Protocol,
        _In_ PSOCKADDR LocalAddress, _In_ PSOCKADDR RemoteAddress,
        _In_ ULONG Flags, _In_opt_ PVOID SocketContext,
        _In_opt_ const WSK_CLIENT_CONNECTION_DISPATCH *Dispatch,
        _In_opt_ PEPROCESS OwningProcess, _In_opt_ PETHREAD OwningThread,
        _In_opt_ PSECURITY_DESCRIPTOR SecurityDescriptor, _Inout_ PIRP Irp);
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    NTSTATUS(WSKAPI *PFN_WSK_CONTROL_CLIENT)(
        _In_ PWSK_CLIENT Client, _In_ ULONG ControlCode, _In_ SIZE_T InputSize,
        _In_reads_bytes_opt_(InputSize) PVOID InputBuffer,
        _In_ SIZE_T OutputSize,
        _Out_writes_bytes_opt_(OutputSize) PVOID OutputBuffer,
        _Out_opt_ SIZE_T *OutputSizeReturned, _Inout_opt_ PIRP Irp);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    NTSTATUS(WSKAPI *PFN_WSK_GET_ADDRESS_INFO)(
        _In_ PWSK_CLIENT Client, _In_opt_ PUNICODE_STRING NodeName,
        _In_opt_ PUNICODE_STRING ServiceName, _In_opt_ ULONG NameSpace,
        _In_opt_ GUID *Provider, _In_opt_ PADDRINFOEXW Hints,
        _Outptr_ PADDRINFOEXW *Result, _In_opt_ PEPROCESS OwningProcess,
        _In_opt_ PETHREAD OwningThread, _Inout_ PIRP Irp);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    VOID(WSKAPI *PFN_WSK_FREE_ADDRESS_INFO)(_In_ PWSK_CLIENT Client,
                                            _In_ PADDRINFOEXW AddrInfo);
typedef _IRQL_requires_max_(PASSIVE_LEVEL)
    NTSTATUS(WSKAPI *PFN_WSK_GET_NAME_INFO)(
        _In_ PWSK_CLIENT Client, _In_ PSOCKADDR SockAddr,
        _In_ ULONG SockAddrLength, _Out_opt_ PUNICODE_STRING NodeName,
        _Out_opt_ PUNICODE_STRING ServiceName, _In_ ULONG Flags,
        _In_opt_ PEPROCESS OwningProcess, _In_opt_ PETHREAD OwningThread,
        _Inout_ PIRP Irp);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    NTSTATUS(WSKAPI *PFN_WSK_CONTROL_SOCKET)(
        _In_ PWSK_SOCKET Socket, _In_ WSK_CONTROL_SOCKET_TYPE RequestType,
        _In_ ULONG ControlCode, _In_ ULONG Level, _In_ SIZE_T InputSize,
        _In_reads_bytes_opt_(InputSize) PVOID InputBuffer,
        _In_ SIZE_T OutputSize,
        _Out_writes_bytes_opt_(OutputSize) PVOID OutputBuffer,
        _Out_opt_ SIZE_T *OutputSizeReturned, _Inout_opt_ PIRP Irp);
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    NTSTATUS(WSKAPI *PFN_WSK_CLOSE_SOCKET)(_In_ PWSK_SOCKET Socket,
                                           _Inout_ PIRP Irp);
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    NTSTATUS(WSKAPI *PFN_WSK_BIND)(_In_ PWSK_SOCKET Socket,
                                   _In_ PSOCKADDR LocalAddress,
                                   _Reserved_ ULONG Flags, _Inout_ PIRP Irp);
typedef _IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS(WSKAPI *PFN_WSK_ACCEPT)(
    _In_ PWSK_SOCKET ListenSocket, _Reserved_ ULONG Flags,
    _In_opt_ PVOID AcceptSocketContext,
    _In_opt_ const WSK_CLIENT_CONNECTION_DISPATCH *AcceptSocketDispatch,
    _Out_opt_ PSOCKADDR LocalAddress, _Out_opt_ PSOCKADDR RemoteAddress,
    _Inout_ PIRP Irp);
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    NTSTATUS(WSKAPI *PFN_WSK_INSPECT_COMPLETE)(_In_ PWSK_SOCKET ListenSocket,
                                               _In_ PWSK_INSPECT_ID InspectID,
                                               _In_ WSK_INSPECT_ACTION Action,
                                               _Inout_ PIRP Irp);
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    NTSTATUS(WSKAPI *PFN_WSK_GET_LOCAL_ADDRESS)(_In_ PWSK_SOCKET Socket,
                                                _Out_ PSOCKADDR LocalAddress,
                                                _Inout_ PIRP Irp);
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    NTSTATUS(WSKAPI *PFN_WSK_GET_REMOTE_ADDRESS)(_In_ PWSK_SOCKET Socket,
                                                 _Out_ PSOCKADDR RemoteAddress,
                                                 _Inout_ PIRP Irp);
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    NTSTATUS(WSKAPI *PFN_WSK_CONNECT)(_In_ PWSK_SOCKET Socket,
                                      _In_ PSOCKADDR RemoteAddress,
                                      _Reserved_ ULONG Flags, _Inout_ PIRP Irp);
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    NTSTATUS(WSKAPI *PFN_WSK_SEND)(_In_ PWSK_SOCKET Socket,
                                   _In_ PWSK_BUF Buffer, _In_ ULONG Flags,
                                   _Inout_ PIRP Irp);
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    NTSTATUS(WSKAPI *PFN_WSK_RECEIVE)(_In_ PWSK_SOCKET Socket,
                                      _In_ PWSK_BUF Buffer, _In_ ULONG Flags,
                                      _Inout_ PIRP Irp);
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    NTSTATUS(WSKAPI *PFN_WSK_DISCONNECT)(_In_ PWSK_SOCKET Socket,
                                         _In_opt_ PWSK_BUF Buffer,
                                         _In_ ULONG Flags, _Inout_ PIRP Irp);
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    NTSTATUS(WSKAPI *PFN_WSK_RELEASE_DATA_INDICATION_LIST)(
        _In_ PWSK_SOCKET Socket, _In_ PWSK_DATA_INDICATION DataIndication);
typedef _IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS(WSKAPI *PFN_WSK_SEND_TO)(
    _In_ PWSK_SOCKET Socket, _In_ PWSK_BUF Buffer, _Reserved_ ULONG Flags,
    _In_opt_ PSOCKADDR RemoteAddress, _In_ ULONG ControlInfoLength,
    _In_reads_bytes_opt_(ControlInfoLength) PCMSGHDR ControlInfo,
    _Inout_ PIRP Irp);
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    NTSTATUS(WSKAPI *PFN_WSK_RECEIVE_FROM)(
        _In_ PWSK_SOCKET Socket, _In_ PWSK_BUF Buffer, _Reserved_ ULONG Flags,
        _Out_opt_ PSOCKADDR RemoteAddress, _Inout_ PULONG ControlLength,
        _Out_opt_ PCMSGHDR ControlInfo, _Out_opt_ PULONG ControlFlags,
        _Inout_ PIRP Irp);
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    NTSTATUS(WSKAPI *PFN_WSK_RELEASE_DATAGRAM_INDICATION_LIST)(
        _In_ PWSK_SOCKET Socket,
        _In_ PWSK_DATAGRAM_INDICATION DatagramIndication);

typedef struct _WSK_PROVIDER_DISPATCH {
  USHORT Version;
  USHORT Reserved;
  PFN_WSK_SOCKET WskSocket;
  PFN_WSK_SOCKET_CONNECT WskSocketConnect;
  PFN_WSK_CONTROL_CLIENT WskControlClient;
  PFN_WSK_GET_ADDRESS_INFO WskGetAddressInfo;
  PFN_WSK_FREE_ADDRESS_INFO WskFreeAddressInfo;
  PFN_WSK_GET_NAME_INFO WskGetNameInfo;
} WSK_PROVIDER_DISPATCH, *PWSK_PROVIDER_DISPATCH;

/* The members every socket category has first (WskControlSocket,
 * WskCloseSocket). */
#define IRQLINT_WSK_BASIC_MEMBERS                                              \
  struct {                                                                     \
    PFN_WSK_CONTROL_SOCKET WskControlSocket;                                   \
    PFN_WSK_CLOSE_SOCKET WskCloseSocket;                                       \
  }

typedef struct _WSK_PROVIDER_BASIC_DISPATCH {
  PFN_WSK_CONTROL_SOCKET WskControlSocket;
  PFN_WSK_CLOSE_SOCKET WskCloseSocket;
} WSK_PROVIDER_BASIC_DISPATCH, *PWSK_PROVIDER_BASIC_DISPATCH;

typedef struct _WSK_PROVIDER_LISTEN_DISPATCH {
  IRQLINT_WSK_BASIC_MEMBERS;
  PFN_WSK_BIND WskBind;
  PFN_WSK_ACCEPT WskAccept;
  PFN_WSK_INSPECT_COMPLETE WskInspectComplete;
  PFN_WSK_GET_LOCAL_ADDRESS WskGetLocalAddress;
} WSK_PROVIDER_LISTEN_DISPATCH, *PWSK_PROVIDER_LISTEN_DISPATCH;

/* Sends a list of datagrams in one call (Windows 10 and later). */
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
    NTSTATUS(WSKAPI *PFN_WSK_SEND_MESSAGES)(
        _In_ PWSK_SOCKET Socket, _In_ PWSK_BUF_LIST BufferList,
        _Reserved_ ULONG Flags, _In_opt_ PSOCKADDR RemoteAddress,
        _In_ ULONG ControlInfoLength,
        _In_reads_bytes_opt_(ControlInfoLength) PCMSGHDR ControlInfo,
        _Inout_ PIRP Irp);

typedef struct _WSK_PROVIDER_DATAGRAM_DISPATCH {
  IRQLINT_WSK_BASIC_MEMBERS;
  PFN_WSK_BIND WskBind;
  PFN_WSK_SEND_TO WskSendTo;
  PFN_WSK_RECEIVE_FROM WskReceiveFrom;
  PFN_WSK_RELEASE_DATAGRAM_INDICATION_LIST WskRelease;
  PFN_WSK_GET_LOCAL_ADDRESS WskGetLocalAddress;
  PFN_WSK_SEND_MESSAGES WskSendMessages;
} WSK_PROVIDER_DATAGRAM_DISPATCH, *PWSK_PROVIDER_DATAGRAM_DISPATCH;

typedef struct _WSK_PROVIDER_CONNECTION_DISPATCH {
  IRQLINT_WSK_BASIC_MEMBERS;
  PFN_WSK_BIND WskBind;
  PFN_WSK_CONNECT WskConnect;
  PFN_WSK_GET_LOCAL_ADDRESS WskGetLocalAddress;
  PFN_WSK_GET_REMOTE_ADDRESS WskGetRemoteAddress;
  PFN_WSK_SEND WskSend;
  PFN_WSK_RECEIVE WskReceive;
  PFN_WSK_DISCONNECT WskDisconnect;
  PFN_WSK_RELEASE_DATA_INDICATION_LIST WskRelease;
} WSK_PROVIDER_CONNECTION_DISPATCH, *PWSK_PROVIDER_CONNECTION_DISPATCH;

/* ---- registration ---- */
typedef struct _WSK_CLIENT_NPI {
  PVOID ClientContext;
  const WSK_CLIENT_DISPATCH *Dispatch;
} WSK_CLIENT_NPI, *PWSK_CLIENT_NPI;

typedef struct _WSK_PROVIDER_NPI {
  PWSK_CLIENT Client;
  const WSK_PROVIDER_DISPATCH *Dispatch;
} WSK_PROVIDER_NPI, *PWSK_PROVIDER_NPI;

/* Opaque to the client; it only allocates the storage. */
typedef struct _WSK_REGISTRATION {
  ULONGLONG ReservedRegistrationState;
  PVOID ReservedRegistrationContext;
  KSPIN_LOCK ReservedRegistrationLock;
} WSK_REGISTRATION, *PWSK_REGISTRATION;

_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WSKAPI WskRegister(_In_ PWSK_CLIENT_NPI WskClientNpi,
                            _Out_ PWSK_REGISTRATION WskRegistration);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID WSKAPI
    WskDeregister(_In_ PWSK_REGISTRATION WskRegistration);
/* A WaitTimeout other than WSK_NO_WAIT requires PASSIVE_LEVEL. */
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WSKAPI WskCaptureProviderNPI(_In_ PWSK_REGISTRATION WskRegistration,
                                      _In_ ULONG WaitTimeout,
                                      _Out_ PWSK_PROVIDER_NPI WskProviderNpi);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WSKAPI
    WskReleaseProviderNPI(_In_ PWSK_REGISTRATION WskRegistration);

#endif
