/* irqlint's model of the NDIS 6 miniport driver interface in ndis.h (driver
 * characteristics, adapter attributes, the MINIPORT_* callback types, the
 * NdisM* routines, interrupt and DMA registration, intermediate drivers)
 * and of the NDIS 5.1 interrupt handlers old drivers still register, written
 * from the documentation -- not Microsoft's header. The callback types are
 * the roles irqlint knows (rules/role_types.def). */
#ifndef IRQLINT_WDK_NDIS_MINIPORT_H
#define IRQLINT_WDK_NDIS_MINIPORT_H

#include "request.h"
/* added for hwdi: ndis.h includes windot11.h for the Native 802.11 types
 * of NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES below. */
#include "../windot11.h"

#define NDIS_MAX_PHYS_ADDRESS_LENGTH IF_MAX_PHYS_ADDRESS_LENGTH

typedef enum _NDIS_INTERFACE_TYPE {
  NdisInterfaceInternal = Internal,
  NdisInterfaceIsa = Isa,
  NdisInterfaceEisa = Eisa,
  NdisInterfaceMca = MicroChannel,
  NdisInterfaceTurboChannel = TurboChannel,
  NdisInterfacePci = PCIBus,
  NdisInterfacePcMcia = PCMCIABus,
  NdisInterfaceCBus = CBus,
  NdisInterfaceMPIBus = MPIBus,
  NdisInterfaceMPSABus = MPSABus,
  NdisInterfaceProcessorInternal = ProcessorInternal,
  NdisInterfaceInternalPowerBus = InternalPowerBus,
  NdisInterfacePNPISABus = PNPISABus,
  NdisInterfacePNPBus = PNPBus,
  NdisInterfaceUSB,
  NdisInterfaceIrda,
  NdisInterface1394,
  NdisMaximumInterfaceType
} NDIS_INTERFACE_TYPE,
    *PNDIS_INTERFACE_TYPE;

/* ---- initialization, pause and restart parameters ---- */
typedef struct _NDIS_PORT_AUTHENTICATION_PARAMETERS {
  NDIS_OBJECT_HEADER Header;
  NDIS_PORT_CONTROL_STATE SendControlState;
  NDIS_PORT_CONTROL_STATE RcvControlState;
  NDIS_PORT_AUTHORIZATION_STATE SendAuthorizationState;
  NDIS_PORT_AUTHORIZATION_STATE RcvAuthorizationState;
} NDIS_PORT_AUTHENTICATION_PARAMETERS, *PNDIS_PORT_AUTHENTICATION_PARAMETERS;
typedef struct _NDIS_MINIPORT_INIT_PARAMETERS {
  NDIS_OBJECT_HEADER Header;
  ULONG Flags;
  PNDIS_RESOURCE_LIST AllocatedResources;
  NDIS_HANDLE IMDeviceInstanceContext;
  NDIS_HANDLE MiniportAddDeviceContext;
  NET_IFINDEX IfIndex;
  NET_LUID NetLuid;
  PNDIS_PORT_AUTHENTICATION_PARAMETERS DefaultPortAuthStates;
  PVOID PciDeviceCustomProperties;
} NDIS_MINIPORT_INIT_PARAMETERS, *PNDIS_MINIPORT_INIT_PARAMETERS;
#define NDIS_MINIPORT_INIT_PARAMETERS_REVISION_1 1
typedef struct _NDIS_MINIPORT_PAUSE_PARAMETERS {
  NDIS_OBJECT_HEADER Header;
  ULONG Flags;
  ULONG PauseReason;
} NDIS_MINIPORT_PAUSE_PARAMETERS, *PNDIS_MINIPORT_PAUSE_PARAMETERS;
#define NDIS_MINIPORT_PAUSE_PARAMETERS_REVISION_1 1
typedef struct _NDIS_MINIPORT_RESTART_PARAMETERS {
  NDIS_OBJECT_HEADER Header;
  PNDIS_RESTART_ATTRIBUTES RestartAttributes;
  ULONG Flags;
} NDIS_MINIPORT_RESTART_PARAMETERS, *PNDIS_MINIPORT_RESTART_PARAMETERS;
#define NDIS_MINIPORT_RESTART_PARAMETERS_REVISION_1 1
#define NDIS_PAUSE_NDIS_INTERNAL 0x00000001
#define NDIS_PAUSE_LOW_POWER 0x00000002
#define NDIS_PAUSE_BIND_PROTOCOL 0x00000004
#define NDIS_PAUSE_UNBIND_PROTOCOL 0x00000008
#define NDIS_PAUSE_ATTACH_FILTER 0x00000010
#define NDIS_PAUSE_DETACH_FILTER 0x00000020
#define NDIS_PAUSE_FILTER_RESTART_STACK 0x00000040
#define NDIS_PAUSE_MINIPORT_DEVICE_REMOVE 0x00000080

/* ---- the miniport callbacks (roles) ---- */
typedef _IRQL_requires_(PASSIVE_LEVEL) NDIS_STATUS
    MINIPORT_INITIALIZE(NDIS_HANDLE MiniportAdapterHandle,
                        NDIS_HANDLE MiniportDriverContext,
                        PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters);
typedef MINIPORT_INITIALIZE(*MINIPORT_INITIALIZE_HANDLER);
typedef _IRQL_requires_(PASSIVE_LEVEL) VOID
    MINIPORT_HALT(NDIS_HANDLE MiniportAdapterContext,
                  NDIS_HALT_ACTION HaltAction);
typedef MINIPORT_HALT(*MINIPORT_HALT_HANDLER);
typedef VOID MINIPORT_UNLOAD(PDRIVER_OBJECT DriverObject);
typedef MINIPORT_UNLOAD(*MINIPORT_UNLOAD_HANDLER);
typedef NDIS_STATUS
MINIPORT_PAUSE(NDIS_HANDLE MiniportAdapterContext,
               PNDIS_MINIPORT_PAUSE_PARAMETERS MiniportPauseParameters);
typedef MINIPORT_PAUSE(*MINIPORT_PAUSE_HANDLER);
typedef NDIS_STATUS
MINIPORT_RESTART(NDIS_HANDLE MiniportAdapterContext,
                 PNDIS_MINIPORT_RESTART_PARAMETERS MiniportRestartParameters);
typedef MINIPORT_RESTART(*MINIPORT_RESTART_HANDLER);
typedef NDIS_STATUS MINIPORT_OID_REQUEST(NDIS_HANDLE MiniportAdapterContext,
                                         PNDIS_OID_REQUEST OidRequest);
typedef MINIPORT_OID_REQUEST(*MINIPORT_OID_REQUEST_HANDLER);
typedef MINIPORT_OID_REQUEST MINIPORT_DIRECT_OID_REQUEST;
typedef MINIPORT_DIRECT_OID_REQUEST(*MINIPORT_DIRECT_OID_REQUEST_HANDLER);
typedef NDIS_STATUS
MINIPORT_SYNCHRONOUS_OID_REQUEST(NDIS_HANDLE MiniportAdapterContext,
                                 PNDIS_OID_REQUEST OidRequest);
typedef MINIPORT_SYNCHRONOUS_OID_REQUEST(
    *MINIPORT_SYNCHRONOUS_OID_REQUEST_HANDLER);
typedef VOID MINIPORT_CANCEL_OID_REQUEST(NDIS_HANDLE MiniportAdapterContext,
                                         PVOID RequestId);
typedef MINIPORT_CANCEL_OID_REQUEST(*MINIPORT_CANCEL_OID_REQUEST_HANDLER);
typedef MINIPORT_CANCEL_OID_REQUEST MINIPORT_CANCEL_DIRECT_OID_REQUEST;
typedef MINIPORT_CANCEL_DIRECT_OID_REQUEST(
    *MINIPORT_CANCEL_DIRECT_OID_REQUEST_HANDLER);
typedef _IRQL_requires_max_(DISPATCH_LEVEL) VOID
    MINIPORT_SEND_NET_BUFFER_LISTS(NDIS_HANDLE MiniportAdapterContext,
                                   PNET_BUFFER_LIST NetBufferList,
                                   NDIS_PORT_NUMBER PortNumber,
                                   ULONG SendFlags);
typedef MINIPORT_SEND_NET_BUFFER_LISTS(*MINIPORT_SEND_NET_BUFFER_LISTS_HANDLER);
typedef _IRQL_requires_max_(DISPATCH_LEVEL) VOID
    MINIPORT_RETURN_NET_BUFFER_LISTS(NDIS_HANDLE MiniportAdapterContext,
                                     PNET_BUFFER_LIST NetBufferLists,
                                     ULONG ReturnFlags);
typedef MINIPORT_RETURN_NET_BUFFER_LISTS(
    *MINIPORT_RETURN_NET_BUFFER_LISTS_HANDLER);
typedef VOID MINIPORT_CANCEL_SEND(NDIS_HANDLE MiniportAdapterContext,
                                  PVOID CancelId);
typedef MINIPORT_CANCEL_SEND(*MINIPORT_CANCEL_SEND_HANDLER);
typedef BOOLEAN MINIPORT_CHECK_FOR_HANG(NDIS_HANDLE MiniportAdapterContext);
typedef MINIPORT_CHECK_FOR_HANG(*MINIPORT_CHECK_FOR_HANG_HANDLER);
typedef NDIS_STATUS MINIPORT_RESET(NDIS_HANDLE MiniportAdapterContext,
                                   PBOOLEAN AddressingReset);
typedef MINIPORT_RESET(*MINIPORT_RESET_HANDLER);
typedef VOID
MINIPORT_DEVICE_PNP_EVENT_NOTIFY(NDIS_HANDLE MiniportAdapterContext,
                                 PNET_DEVICE_PNP_EVENT NetDevicePnPEvent);
typedef MINIPORT_DEVICE_PNP_EVENT_NOTIFY(
    *MINIPORT_DEVICE_PNP_EVENT_NOTIFY_HANDLER);
typedef VOID MINIPORT_SHUTDOWN(NDIS_HANDLE MiniportAdapterContext,
                               NDIS_SHUTDOWN_ACTION ShutdownAction);
typedef MINIPORT_SHUTDOWN(*MINIPORT_SHUTDOWN_HANDLER);
typedef SET_OPTIONS MINIPORT_SET_OPTIONS;
typedef MINIPORT_SET_OPTIONS(*MINIPORT_SET_OPTIONS_HANDLER);
typedef VOID
MINIPORT_PROCESS_SG_LIST(PDEVICE_OBJECT pNdisReserved, PVOID Reserved,
                         PSCATTER_GATHER_LIST ScatterGatherListBuffer,
                         PVOID Context);
typedef MINIPORT_PROCESS_SG_LIST(*MINIPORT_PROCESS_SG_LIST_HANDLER);
typedef VOID MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE(
    NDIS_HANDLE MiniportAdapterContext, PVOID VirtualAddress,
    PNDIS_PHYSICAL_ADDRESS PhysicalAddress, ULONG Length, PVOID Context);
typedef MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE(
    *MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE_HANDLER);
typedef NDIS_STATUS MINIPORT_ADD_DEVICE(NDIS_HANDLE NdisMiniportHandle,
                                        NDIS_HANDLE MiniportDriverContext);
typedef MINIPORT_ADD_DEVICE(*MINIPORT_ADD_DEVICE_HANDLER);
typedef VOID MINIPORT_REMOVE_DEVICE(NDIS_HANDLE MiniportAddDeviceContext);
typedef MINIPORT_REMOVE_DEVICE(*MINIPORT_REMOVE_DEVICE_HANDLER);
typedef NDIS_STATUS MINIPORT_PNP_IRP(NDIS_HANDLE MiniportAddDeviceContext,
                                     PIRP Irp);
typedef MINIPORT_PNP_IRP(*MINIPORT_PNP_IRP_HANDLER);
typedef MINIPORT_PNP_IRP MINIPORT_START_DEVICE;
typedef MINIPORT_PNP_IRP MINIPORT_FILTER_RESOURCE_REQUIREMENTS;

/* interrupts */
typedef BOOLEAN MINIPORT_ISR(NDIS_HANDLE MiniportInterruptContext,
                             PBOOLEAN QueueDefaultInterruptDpc,
                             PULONG TargetProcessors);
typedef MINIPORT_ISR(*MINIPORT_ISR_HANDLER);
typedef _IRQL_requires_(DISPATCH_LEVEL) VOID
    MINIPORT_INTERRUPT_DPC(NDIS_HANDLE MiniportInterruptContext,
                           PVOID MiniportDpcContext,
                           PVOID ReceiveThrottleParameters,
                           PVOID NdisReserved2);
typedef MINIPORT_INTERRUPT_DPC(*MINIPORT_INTERRUPT_DPC_HANDLER);
typedef VOID MINIPORT_DISABLE_INTERRUPT(NDIS_HANDLE MiniportInterruptContext);
typedef MINIPORT_DISABLE_INTERRUPT(*MINIPORT_DISABLE_INTERRUPT_HANDLER);
typedef VOID MINIPORT_ENABLE_INTERRUPT(NDIS_HANDLE MiniportInterruptContext);
typedef MINIPORT_ENABLE_INTERRUPT(*MINIPORT_ENABLE_INTERRUPT_HANDLER);
typedef BOOLEAN MINIPORT_MESSAGE_INTERRUPT(NDIS_HANDLE MiniportInterruptContext,
                                           ULONG MessageId,
                                           PBOOLEAN QueueDefaultInterruptDpc,
                                           PULONG TargetProcessors);
typedef MINIPORT_MESSAGE_INTERRUPT(*MINIPORT_MSI_ISR_HANDLER);
typedef VOID
MINIPORT_MESSAGE_INTERRUPT_DPC(NDIS_HANDLE MiniportInterruptContext,
                               ULONG MessageId, PVOID MiniportDpcContext,
                               PVOID ReceiveThrottleParameters,
                               PVOID NdisReserved2);
typedef MINIPORT_MESSAGE_INTERRUPT_DPC(*MINIPORT_MSI_INTERRUPT_DPC_HANDLER);
typedef VOID
MINIPORT_DISABLE_MESSAGE_INTERRUPT(NDIS_HANDLE MiniportInterruptContext,
                                   ULONG MessageId);
typedef MINIPORT_DISABLE_MESSAGE_INTERRUPT(
    *MINIPORT_DISABLE_MSI_INTERRUPT_HANDLER);
typedef VOID
MINIPORT_ENABLE_MESSAGE_INTERRUPT(NDIS_HANDLE MiniportInterruptContext,
                                  ULONG MessageId);
typedef MINIPORT_ENABLE_MESSAGE_INTERRUPT(
    *MINIPORT_ENABLE_MSI_INTERRUPT_HANDLER);
typedef BOOLEAN MINIPORT_SYNCHRONIZE_INTERRUPT(PVOID SynchronizeContext);
typedef MINIPORT_SYNCHRONIZE_INTERRUPT(*MINIPORT_SYNCHRONIZE_INTERRUPT_HANDLER);
typedef MINIPORT_SYNCHRONIZE_INTERRUPT MINIPORT_SYNCHRONIZE_MESSAGE_INTERRUPT;
typedef MINIPORT_SYNCHRONIZE_MESSAGE_INTERRUPT(
    *MINIPORT_SYNCHRONIZE_MSI_INTERRUPT_HANDLER);

/* ---- driver characteristics ---- */
#define NDIS_INTERMEDIATE_DRIVER 0x00000001
#define NDIS_WDM_DRIVER 0x00000002
#define NDIS_DRIVER_POWERMGMT_PROXY 0x00000004
typedef struct _NDIS_MINIPORT_DRIVER_CHARACTERISTICS {
  NDIS_OBJECT_HEADER Header;
  UCHAR MajorNdisVersion;
  UCHAR MinorNdisVersion;
  UCHAR MajorDriverVersion;
  UCHAR MinorDriverVersion;
  ULONG Flags;
  MINIPORT_SET_OPTIONS_HANDLER SetOptionsHandler;
  MINIPORT_INITIALIZE_HANDLER InitializeHandlerEx;
  MINIPORT_HALT_HANDLER HaltHandlerEx;
  MINIPORT_UNLOAD_HANDLER UnloadHandler;
  MINIPORT_PAUSE_HANDLER PauseHandler;
  MINIPORT_RESTART_HANDLER RestartHandler;
  MINIPORT_OID_REQUEST_HANDLER OidRequestHandler;
  MINIPORT_SEND_NET_BUFFER_LISTS_HANDLER SendNetBufferListsHandler;
  MINIPORT_RETURN_NET_BUFFER_LISTS_HANDLER ReturnNetBufferListsHandler;
  MINIPORT_CANCEL_SEND_HANDLER CancelSendHandler;
  MINIPORT_CHECK_FOR_HANG_HANDLER CheckForHangHandlerEx;
  MINIPORT_RESET_HANDLER ResetHandlerEx;
  MINIPORT_DEVICE_PNP_EVENT_NOTIFY_HANDLER DevicePnPEventNotifyHandler;
  MINIPORT_SHUTDOWN_HANDLER ShutdownHandlerEx;
  MINIPORT_CANCEL_OID_REQUEST_HANDLER CancelOidRequestHandler;
  MINIPORT_DIRECT_OID_REQUEST_HANDLER DirectOidRequestHandler;
  MINIPORT_CANCEL_DIRECT_OID_REQUEST_HANDLER CancelDirectOidRequestHandler;
  MINIPORT_SYNCHRONOUS_OID_REQUEST_HANDLER SynchronousOidRequestHandler;
} NDIS_MINIPORT_DRIVER_CHARACTERISTICS, *PNDIS_MINIPORT_DRIVER_CHARACTERISTICS;
#define NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_1 1
#define NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2 2
#define NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_3 3
#define NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_1                 \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_DRIVER_CHARACTERISTICS,               \
                           CancelOidRequestHandler)
#define NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2                 \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_DRIVER_CHARACTERISTICS,               \
                           CancelDirectOidRequestHandler)
#define NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_3                 \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_DRIVER_CHARACTERISTICS,               \
                           SynchronousOidRequestHandler)

typedef struct _NDIS_MINIPORT_PNP_CHARACTERISTICS {
  NDIS_OBJECT_HEADER Header;
  MINIPORT_ADD_DEVICE_HANDLER MiniportAddDeviceHandler;
  MINIPORT_REMOVE_DEVICE_HANDLER MiniportRemoveDeviceHandler;
  MINIPORT_PNP_IRP_HANDLER MiniportFilterResourceRequirementsHandler;
  MINIPORT_PNP_IRP_HANDLER MiniportStartDeviceHandler;
  ULONG Flags;
} NDIS_MINIPORT_PNP_CHARACTERISTICS, *PNDIS_MINIPORT_PNP_CHARACTERISTICS;
#define NDIS_MINIPORT_PNP_CHARACTERISTICS_REVISION_1 1

/* optional handlers registered from a SetOptions callback */
typedef struct _NDIS_DRIVER_OPTIONAL_HANDLERS {
  NDIS_OBJECT_HEADER Header;
} NDIS_DRIVER_OPTIONAL_HANDLERS, *PNDIS_DRIVER_OPTIONAL_HANDLERS;
_IRQL_requires_max_(PASSIVE_LEVEL) NDIS_STATUS
    NdisSetOptionalHandlers(NDIS_HANDLE NdisHandle,
                            PNDIS_DRIVER_OPTIONAL_HANDLERS OptionalHandlers);

/* ---- adapter attributes ---- */
#define NDIS_MINIPORT_ATTRIBUTES_HARDWARE_DEVICE 0x00000001
#define NDIS_MINIPORT_ATTRIBUTES_NDIS_WDM 0x00000002
#define NDIS_MINIPORT_ATTRIBUTES_SURPRISE_REMOVE_OK 0x00000004
#define NDIS_MINIPORT_ATTRIBUTES_NOT_CO_NDIS 0x00000008
#define NDIS_MINIPORT_ATTRIBUTES_DO_NOT_BIND_TO_ALL_CO 0x00000010
#define NDIS_MINIPORT_ATTRIBUTES_NO_HALT_ON_SUSPEND 0x00000020
#define NDIS_MINIPORT_ATTRIBUTES_BUS_MASTER 0x00000040
#define NDIS_MINIPORT_ATTRIBUTES_CONTROLS_DEFAULT_PORT 0x00000080
#define NDIS_MINIPORT_ATTRIBUTES_NO_PAUSE_ON_SUSPEND 0x00000100
#define NDIS_MINIPORT_ATTRIBUTES_NO_OID_INTERCEPT_ON_NONDEFAULT_PORTS 0x00000200
#define NDIS_MINIPORT_ATTRIBUTES_REGISTER_BUGCHECK_CALLBACK 0x00000400
#define NDIS_MINIPORT_ATTRIBUTES_NO_RESTART_ON_RESET 0x00000800

typedef struct _NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES {
  NDIS_OBJECT_HEADER Header;
  NDIS_HANDLE MiniportAdapterContext;
  ULONG AttributeFlags;
  UINT CheckForHangTimeInSeconds;
  NDIS_INTERFACE_TYPE InterfaceType;
} NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES,
    *PNDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;
#define NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1 1
#define NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_2 2
#define NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1        \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES,      \
                           InterfaceType)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_2        \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES,      \
                           InterfaceType)

typedef struct _NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES {
  NDIS_OBJECT_HEADER Header;
  NDIS_HANDLE MiniportAddDeviceContext;
  ULONG Flags;
} NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES,
    *PNDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES;

typedef struct _NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES {
  NDIS_OBJECT_HEADER Header;
  ULONG Flags;
  NDIS_MEDIUM MediaType;
  NDIS_PHYSICAL_MEDIUM PhysicalMediumType;
  ULONG MtuSize;
  ULONG64 MaxXmitLinkSpeed;
  ULONG64 XmitLinkSpeed;
  ULONG64 MaxRcvLinkSpeed;
  ULONG64 RcvLinkSpeed;
  NDIS_MEDIA_CONNECT_STATE MediaConnectState;
  NDIS_MEDIA_DUPLEX_STATE MediaDuplexState;
  ULONG LookaheadSize;
  PNDIS_PNP_CAPABILITIES PowerManagementCapabilities;
  ULONG MacOptions;
  ULONG SupportedPacketFilters;
  ULONG MaxMulticastListSize;
  USHORT MacAddressLength;
  UCHAR PermanentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
  UCHAR CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
  PNDIS_RECEIVE_SCALE_CAPABILITIES RecvScaleCapabilities;
  NET_IF_ACCESS_TYPE AccessType;
  NET_IF_DIRECTION_TYPE DirectionType;
  NET_IF_CONNECTION_TYPE ConnectionType;
  NET_IFTYPE IfType;
  BOOLEAN IfConnectorPresent;
  ULONG SupportedStatistics;
  ULONG SupportedPauseFunctions;
  ULONG DataBackFillSize;
  ULONG ContextBackFillSize;
  PNDIS_OID SupportedOidList;
  ULONG SupportedOidListLength;
  ULONG AutoNegotiationFlags;
  PNDIS_PM_CAPABILITIES PowerManagementCapabilitiesEx;
} NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES,
    *PNDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES;
#define NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1 1
#define NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2 2
#define NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1             \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES,           \
                           AutoNegotiationFlags)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2             \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES,           \
                           PowerManagementCapabilitiesEx)

typedef struct _NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES {
  NDIS_OBJECT_HEADER Header;
  PNDIS_OFFLOAD DefaultOffloadConfiguration;
  PNDIS_OFFLOAD HardwareOffloadCapabilities;
  PVOID DefaultTcpConnectionOffloadConfiguration;
  PVOID TcpConnectionOffloadHardwareCapabilities;
} NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES,
    *PNDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES;
#define NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES_REVISION_1 1

/* header-data split attributes (ns-ndis-_ndis_hd_split_attributes) */
typedef struct _NDIS_HD_SPLIT_ATTRIBUTES {
  NDIS_OBJECT_HEADER Header;
  ULONG HardwareCapabilities;
  ULONG CurrentCapabilities;
  ULONG HDSplitFlags;
  ULONG BackfillSize;
  ULONG MaxHeaderSize;
} NDIS_HD_SPLIT_ATTRIBUTES, *PNDIS_HD_SPLIT_ATTRIBUTES;

typedef struct _NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES {
  NDIS_OBJECT_HEADER Header;
  PNDIS_HD_SPLIT_ATTRIBUTES HDSplitAttributes;
  PNDIS_RECEIVE_FILTER_CAPABILITIES HardwareReceiveFilterCapabilities;
  PNDIS_RECEIVE_FILTER_CAPABILITIES CurrentReceiveFilterCapabilities;
  PNDIS_NIC_SWITCH_CAPABILITIES HardwareNicSwitchCapabilities;
  PNDIS_NIC_SWITCH_CAPABILITIES CurrentNicSwitchCapabilities;
  PVOID HardwareSriovCapabilities;
  PVOID CurrentSriovCapabilities;
  PNDIS_QOS_CAPABILITIES HardwareQosCapabilities;
  PNDIS_QOS_CAPABILITIES CurrentQosCapabilities;
  PVOID HardwareGftOffloadCapabilities;
  PVOID CurrentGftOffloadCapabilities;
} NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES,
    *PNDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES;
#define NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_1 1
#define NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_2 2
#define NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_3 3
#define NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_4 4
#define NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_1     \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES,   \
                           CurrentReceiveFilterCapabilities)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_2     \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES,   \
                           CurrentSriovCapabilities)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_3     \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES,   \
                           CurrentQosCapabilities)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_4     \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES,   \
                           CurrentGftOffloadCapabilities)

/* added for hwdi: a Native 802.11 (and WDI) miniport's attributes. */
typedef struct _NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES {
  NDIS_OBJECT_HEADER Header;
  ULONG OpModeCapability;
  ULONG NumOfTXBuffers;
  ULONG NumOfRXBuffers;
  BOOLEAN MultiDomainCapabilityImplemented;
  ULONG NumSupportedPhys;
  PDOT11_PHY_ATTRIBUTES SupportedPhyAttributes;
  PDOT11_EXTSTA_ATTRIBUTES ExtSTAAttributes;
  PDOT11_VWIFI_ATTRIBUTES VWiFiAttributes;
  PDOT11_EXTAP_ATTRIBUTES ExtAPAttributes;
  PDOT11_WFD_ATTRIBUTES WFDAttributes;
} NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES,
    *PNDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES;
#define NDIS_MINIPORT_ADAPTER_802_11_ATTRIBUTES_REVISION_1 1
#define NDIS_MINIPORT_ADAPTER_802_11_ATTRIBUTES_REVISION_2 2
#define NDIS_MINIPORT_ADAPTER_802_11_ATTRIBUTES_REVISION_3 3
#define NDIS_SIZEOF_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES_REVISION_1       \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES,     \
                           ExtSTAAttributes)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES_REVISION_2       \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES,     \
                           ExtAPAttributes)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES_REVISION_3       \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES,     \
                           WFDAttributes)

typedef union _NDIS_MINIPORT_ADAPTER_ATTRIBUTES {
  NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES
  AddDeviceRegistrationAttributes;
  NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES RegistrationAttributes;
  NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES GeneralAttributes;
  NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES OffloadAttributes;
  NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES HardwareAssistAttributes;
  NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES
  Native_802_11_Attributes; /* added for hwdi */
} NDIS_MINIPORT_ADAPTER_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_ATTRIBUTES;

/* ---- NdisM routines ---- */
/* NDIS ports of a miniport adapter (NDIS 6.0 and later). */
_IRQL_requires_(PASSIVE_LEVEL) NDIS_STATUS
    NdisMAllocatePort(_In_ NDIS_HANDLE NdisMiniportHandle,
                      _Inout_ PNDIS_PORT_CHARACTERISTICS PortCharacteristics);
_IRQL_requires_(PASSIVE_LEVEL) NDIS_STATUS
    NdisMFreePort(_In_ NDIS_HANDLE NdisMiniportHandle,
                  _In_ NDIS_PORT_NUMBER PortNumber);
/* Asks NDIS to halt and remove an adapter that cannot recover. */
_IRQL_requires_max_(DISPATCH_LEVEL) NDIS_STATUS
    NdisMRemoveMiniport(_In_ NDIS_HANDLE MiniportAdapterHandle);
NDIS_STATUS NdisMRegisterMiniportDriver(
    PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath,
    NDIS_HANDLE MiniportDriverContext,
    PNDIS_MINIPORT_DRIVER_CHARACTERISTICS MiniportDriverCharacteristics,
    PNDIS_HANDLE NdisMiniportDriverHandle);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    NdisMDeregisterMiniportDriver(NDIS_HANDLE NdisMiniportDriverHandle);
NDIS_STATUS
NdisMSetMiniportAttributes(
    NDIS_HANDLE NdisMiniportHandle,
    PNDIS_MINIPORT_ADAPTER_ATTRIBUTES MiniportAttributes);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    NdisMIndicateReceiveNetBufferLists(NDIS_HANDLE MiniportAdapterHandle,
                                       PNET_BUFFER_LIST NetBufferList,
                                       NDIS_PORT_NUMBER PortNumber,
                                       ULONG NumberOfNetBufferLists,
                                       ULONG ReceiveFlags);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    NdisMSendNetBufferListsComplete(NDIS_HANDLE MiniportAdapterHandle,
                                    PNET_BUFFER_LIST NetBufferList,
                                    ULONG SendCompleteFlags);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    NdisMOidRequestComplete(NDIS_HANDLE MiniportAdapterHandle,
                            PNDIS_OID_REQUEST OidRequest, NDIS_STATUS Status);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    NdisMDirectOidRequestComplete(NDIS_HANDLE MiniportAdapterHandle,
                                  PNDIS_OID_REQUEST OidRequest,
                                  NDIS_STATUS Status);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    NdisMIndicateStatusEx(NDIS_HANDLE MiniportAdapterHandle,
                          PNDIS_STATUS_INDICATION StatusIndication);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    NdisMPauseComplete(NDIS_HANDLE MiniportAdapterHandle);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    NdisMRestartComplete(NDIS_HANDLE MiniportAdapterHandle, NDIS_STATUS Status);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    NdisMResetComplete(NDIS_HANDLE MiniportAdapterHandle, NDIS_STATUS Status,
                       BOOLEAN AddressingReset);
_IRQL_requires_max_(PASSIVE_LEVEL) NDIS_STATUS
    NdisMNetPnPEvent(NDIS_HANDLE MiniportAdapterHandle,
                     PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    NdisMGetDeviceProperty(NDIS_HANDLE MiniportAdapterHandle,
                           PDEVICE_OBJECT *PhysicalDeviceObject,
                           PDEVICE_OBJECT *FunctionalDeviceObject,
                           PDEVICE_OBJECT *NextDeviceObject,
                           PCM_RESOURCE_LIST *AllocatedResources,
                           PCM_RESOURCE_LIST *AllocatedResourcesTranslated);
_IRQL_requires_max_(HIGH_LEVEL) ULONG
    NdisMGetBusData(NDIS_HANDLE NdisMiniportHandle, ULONG WhichSpace,
                    ULONG Offset, PVOID Buffer, ULONG Length);
_IRQL_requires_max_(HIGH_LEVEL) ULONG
    NdisMSetBusData(NDIS_HANDLE NdisMiniportHandle, ULONG WhichSpace,
                    ULONG Offset, PVOID Buffer, ULONG Length);
_IRQL_requires_max_(PASSIVE_LEVEL) NDIS_STATUS
    NdisMMapIoSpace(PVOID *VirtualAddress, NDIS_HANDLE MiniportAdapterHandle,
                    NDIS_PHYSICAL_ADDRESS PhysicalAddress, UINT Length);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    NdisMUnmapIoSpace(NDIS_HANDLE MiniportAdapterHandle, PVOID VirtualAddress,
                      UINT Length);
_IRQL_requires_max_(PASSIVE_LEVEL) NDIS_STATUS
    NdisMRegisterIoPortRange(PVOID *PortOffset,
                             NDIS_HANDLE MiniportAdapterHandle,
                             UINT InitialPort, UINT NumberOfPorts);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    NdisMDeregisterIoPortRange(NDIS_HANDLE MiniportAdapterHandle,
                               UINT InitialPort, UINT NumberOfPorts,
                               PVOID PortOffset);

/* ---- scatter/gather DMA and shared memory ---- */
typedef struct _NDIS_SG_DMA_DESCRIPTION {
  NDIS_OBJECT_HEADER Header;
  ULONG Flags;
  ULONG MaximumPhysicalMapping;
  MINIPORT_PROCESS_SG_LIST_HANDLER ProcessSGListHandler;
  MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE_HANDLER
  SharedMemAllocateCompleteHandler;
  ULONG ScatterGatherListSize;
} NDIS_SG_DMA_DESCRIPTION, *PNDIS_SG_DMA_DESCRIPTION;
#define NDIS_SG_DMA_DESCRIPTION_REVISION_1 1
#define NDIS_SIZEOF_SG_DMA_DESCRIPTION_REVISION_1                              \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_SG_DMA_DESCRIPTION, ScatterGatherListSize)
#define NDIS_SG_DMA_64_BIT_ADDRESS 0x00000001
#define NDIS_SG_DMA_V3_HAL_API 0x00000002
#define NDIS_SG_DMA_HYBRID_DMA 0x00000004
_IRQL_requires_max_(PASSIVE_LEVEL) NDIS_STATUS
    NdisMRegisterScatterGatherDma(NDIS_HANDLE MiniportAdapterHandle,
                                  PNDIS_SG_DMA_DESCRIPTION DmaDescription,
                                  PNDIS_HANDLE NdisMiniportDmaHandle);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    NdisMDeregisterScatterGatherDma(NDIS_HANDLE NdisMiniportDmaHandle);
_IRQL_requires_(DISPATCH_LEVEL) NDIS_STATUS
    NdisMAllocateNetBufferSGList(NDIS_HANDLE NdisMiniportDmaHandle,
                                 PNET_BUFFER NetBuffer, PVOID Context,
                                 ULONG Flags, PVOID ScatterGatherListBuffer,
                                 ULONG ScatterGatherListBufferSize);
_IRQL_requires_(DISPATCH_LEVEL) VOID
    NdisMFreeNetBufferSGList(NDIS_HANDLE NdisMiniportDmaHandle,
                             PSCATTER_GATHER_LIST pSGL, PNET_BUFFER NetBuffer);
VOID NdisMAllocateSharedMemory(NDIS_HANDLE MiniportAdapterHandle, ULONG Length,
                               BOOLEAN Cached, PVOID *VirtualAddress,
                               PNDIS_PHYSICAL_ADDRESS PhysicalAddress);
_IRQL_requires_max_(DISPATCH_LEVEL) NDIS_STATUS
    NdisMAllocateSharedMemoryAsyncEx(NDIS_HANDLE MiniportDmaHandle,
                                     ULONG Length, BOOLEAN Cached,
                                     PVOID Context);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    NdisMFreeSharedMemory(NDIS_HANDLE MiniportAdapterHandle, ULONG Length,
                          BOOLEAN Cached, PVOID VirtualAddress,
                          NDIS_PHYSICAL_ADDRESS PhysicalAddress);

/* ---- interrupt registration (NDIS 6). irqlint reads the handlers stored
 * in the characteristics as DIRQL routines (ISR, disable, enable). ---- */
typedef enum _NDIS_INTERRUPT_TYPE {
  NDIS_CONNECT_LINE_BASED = 1,
  NDIS_CONNECT_MESSAGE_BASED
} NDIS_INTERRUPT_TYPE,
    *PNDIS_INTERRUPT_TYPE;
typedef struct _NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS {
  NDIS_OBJECT_HEADER Header;
  MINIPORT_ISR *InterruptHandler;
  MINIPORT_INTERRUPT_DPC *InterruptDpcHandler;
  MINIPORT_DISABLE_INTERRUPT *DisableInterruptHandler;
  MINIPORT_ENABLE_INTERRUPT *EnableInterruptHandler;
  BOOLEAN MsiSupported;
  BOOLEAN MsiSyncWithAllMessages;
  MINIPORT_MESSAGE_INTERRUPT *MessageInterruptHandler;
  MINIPORT_MESSAGE_INTERRUPT_DPC *MessageInterruptDpcHandler;
  MINIPORT_DISABLE_MESSAGE_INTERRUPT *DisableMessageInterruptHandler;
  MINIPORT_ENABLE_MESSAGE_INTERRUPT *EnableMessageInterruptHandler;
  NDIS_INTERRUPT_TYPE InterruptType;
  PIO_INTERRUPT_MESSAGE_INFO MessageInfoTable;
} NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS,
    *PNDIS_MINIPORT_INTERRUPT_CHARACTERISTICS;
#define NDIS_MINIPORT_INTERRUPT_REVISION_1 1
#define NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1              \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS,            \
                           MessageInfoTable)
NDIS_STATUS NdisMRegisterInterruptEx(
    NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportInterruptContext,
    PNDIS_MINIPORT_INTERRUPT_CHARACTERISTICS MiniportInterruptCharacteristics,
    PNDIS_HANDLE NdisInterruptHandle);
VOID NdisMDeregisterInterruptEx(NDIS_HANDLE NdisInterruptHandle);
_IRQL_requires_max_(DIRQL) BOOLEAN
    NdisMSynchronizeWithInterruptEx(NDIS_HANDLE NdisInterruptHandle,
                                    ULONG MessageId,
                                    MINIPORT_SYNCHRONIZE_INTERRUPT *Routine,
                                    PVOID SynchronizeContext);
_IRQL_requires_max_(HIGH_LEVEL) BOOLEAN
    NdisMQueueDpc(NDIS_HANDLE NdisInterruptHandle, ULONG MessageId,
                  ULONG TargetProcessors, PVOID MiniportDpcContext);
_IRQL_requires_max_(HIGH_LEVEL) KAFFINITY
    NdisMQueueDpcEx(NDIS_HANDLE NdisInterruptHandle, ULONG MessageId,
                    PGROUP_AFFINITY TargetProcessors, PVOID MiniportDpcContext);

/* ---- device objects (any NDIS driver) ---- */
typedef struct _NDIS_DEVICE_OBJECT_ATTRIBUTES {
  NDIS_OBJECT_HEADER Header;
  PNDIS_STRING DeviceName;
  PNDIS_STRING SymbolicName;
  PDRIVER_DISPATCH *MajorFunctions;
  ULONG ExtensionSize;
  PCUNICODE_STRING DefaultSDDLString;
  LPCGUID DeviceClassGuid;
} NDIS_DEVICE_OBJECT_ATTRIBUTES, *PNDIS_DEVICE_OBJECT_ATTRIBUTES;
#define NDIS_DEVICE_OBJECT_ATTRIBUTES_REVISION_1 1
#define NDIS_SIZEOF_DEVICE_OBJECT_ATTRIBUTES_REVISION_1                        \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_DEVICE_OBJECT_ATTRIBUTES, DeviceClassGuid)
_IRQL_requires_max_(PASSIVE_LEVEL) NDIS_STATUS
    NdisRegisterDeviceEx(NDIS_HANDLE NdisObjectHandle,
                         PNDIS_DEVICE_OBJECT_ATTRIBUTES DeviceObjectAttributes,
                         PDEVICE_OBJECT *pDeviceObject,
                         PNDIS_HANDLE NdisDeviceHandle);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    NdisDeregisterDeviceEx(NDIS_HANDLE NdisDeviceHandle);
_IRQL_requires_max_(HIGH_LEVEL) PVOID
    NdisGetDeviceReservedExtension(PDEVICE_OBJECT DeviceObject);

/* ---- intermediate drivers ---- */
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    NdisIMAssociateMiniport(NDIS_HANDLE DriverHandle,
                            NDIS_HANDLE ProtocolHandle);
_IRQL_requires_max_(PASSIVE_LEVEL) NDIS_STATUS
    NdisIMInitializeDeviceInstanceEx(NDIS_HANDLE DriverHandle,
                                     PNDIS_STRING DriverInstance,
                                     NDIS_HANDLE DeviceContext);
_IRQL_requires_max_(PASSIVE_LEVEL) NDIS_STATUS
    NdisIMCancelInitializeDeviceInstance(NDIS_HANDLE DriverHandle,
                                         PNDIS_STRING DeviceInstance);
_IRQL_requires_max_(PASSIVE_LEVEL) NDIS_STATUS
    NdisIMDeInitializeDeviceInstance(NDIS_HANDLE NdisMiniportHandle);
_IRQL_requires_max_(APC_LEVEL) NDIS_HANDLE
    NdisIMGetBindingContext(NDIS_HANDLE NdisBindingHandle);
NDIS_STATUS NdisMPromoteMiniport(NDIS_HANDLE MiniportAdapterHandle);
NDIS_STATUS NdisMSetMiniportSecondary(NDIS_HANDLE MiniportAdapterHandle,
                                      NDIS_HANDLE PrimaryMiniportAdapterHandle);

/* ---- NDIS 5.1 miniports: the handlers live in the driver
 * characteristics. ---- */
typedef VOID W_ISR_HANDLER(PBOOLEAN InterruptRecognized,
                           PBOOLEAN QueueMiniportHandleInterrupt,
                           NDIS_HANDLE MiniportAdapterContext);
typedef VOID W_DISABLE_INTERRUPT_HANDLER(NDIS_HANDLE MiniportAdapterContext);
typedef VOID W_ENABLE_INTERRUPT_HANDLER(NDIS_HANDLE MiniportAdapterContext);
typedef struct _NDIS51_MINIPORT_CHARACTERISTICS {
  UCHAR MajorNdisVersion;
  UCHAR MinorNdisVersion;
  W_DISABLE_INTERRUPT_HANDLER *DisableInterruptHandler;
  W_ENABLE_INTERRUPT_HANDLER *EnableInterruptHandler;
  W_ISR_HANDLER *ISRHandler;
} NDIS51_MINIPORT_CHARACTERISTICS, NDIS_MINIPORT_CHARACTERISTICS;
typedef struct _NDIS_MINIPORT_INTERRUPT *PNDIS_MINIPORT_INTERRUPT;
BOOLEAN NdisMSynchronizeWithInterrupt(PNDIS_MINIPORT_INTERRUPT Interrupt,
                                      PVOID SynchronizeFunction,
                                      PVOID SynchronizeContext);

#endif
