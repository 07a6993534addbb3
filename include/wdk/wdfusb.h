/* irqlint's model of KMDF's USB I/O targets (wdfusb.h): the USB target
 * device, its interfaces and pipes, the WDF_USB_* configuration structures
 * with their _INIT helpers, and the WdfUsbTarget* / WdfUsbInterface* methods
 * with the IRQL the real header's annotations give them (the synchronous
 * sends wait, so they require PASSIVE_LEVEL; the Format* and query methods
 * run at DISPATCH_LEVEL or below). Written from the documentation -- not
 * Microsoft's header. A driver includes it after wdf.h and the USB headers;
 * it includes usbdi.h itself so that it also works on its own. */
#ifndef IRQLINT_WDK_WDFUSB_H
#define IRQLINT_WDK_WDFUSB_H

#include "wdf.h"

#include "usbdi.h"

/* ---- enumerations ---- */
typedef enum _WDF_USB_REQUEST_TYPE {
  WdfUsbRequestTypeInvalid = 0,
  WdfUsbRequestTypeNoFormat,
  WdfUsbRequestTypeDeviceString,
  WdfUsbRequestTypeDeviceControlTransfer,
  WdfUsbRequestTypeDeviceUrb,
  WdfUsbRequestTypePipeWrite,
  WdfUsbRequestTypePipeRead,
  WdfUsbRequestTypePipeAbort,
  WdfUsbRequestTypePipeReset,
  WdfUsbRequestTypePipeUrb
} WDF_USB_REQUEST_TYPE,
    *PWDF_USB_REQUEST_TYPE;

typedef enum _WDF_USB_BMREQUEST_DIRECTION {
  BmRequestHostToDevice = BMREQUEST_HOST_TO_DEVICE,
  BmRequestDeviceToHost = BMREQUEST_DEVICE_TO_HOST
} WDF_USB_BMREQUEST_DIRECTION;

typedef enum _WDF_USB_BMREQUEST_TYPE {
  BmRequestStandard = BMREQUEST_STANDARD,
  BmRequestClass = BMREQUEST_CLASS,
  BmRequestVendor = BMREQUEST_VENDOR
} WDF_USB_BMREQUEST_TYPE;

typedef enum _WDF_USB_BMREQUEST_RECIPIENT {
  BmRequestToDevice = BMREQUEST_TO_DEVICE,
  BmRequestToInterface = BMREQUEST_TO_INTERFACE,
  BmRequestToEndpoint = BMREQUEST_TO_ENDPOINT,
  BmRequestToOther = BMREQUEST_TO_OTHER
} WDF_USB_BMREQUEST_RECIPIENT;

typedef enum _WDF_USB_PIPE_TYPE {
  WdfUsbPipeTypeInvalid = 0,
  WdfUsbPipeTypeControl,
  WdfUsbPipeTypeIsochronous,
  WdfUsbPipeTypeBulk,
  WdfUsbPipeTypeInterrupt
} WDF_USB_PIPE_TYPE;

typedef enum _WdfUsbTargetDeviceSelectConfigType {
  WdfUsbTargetDeviceSelectConfigTypeInvalid = 0,
  WdfUsbTargetDeviceSelectConfigTypeDeconfig = 1,
  WdfUsbTargetDeviceSelectConfigTypeSingleInterface = 2,
  WdfUsbTargetDeviceSelectConfigTypeMultiInterface = 3,
  WdfUsbTargetDeviceSelectConfigTypeInterfacesPairs = 4,
  WdfUsbTargetDeviceSelectConfigTypeInterfacesDescriptor = 5,
  WdfUsbTargetDeviceSelectConfigTypeUrb = 6
} WdfUsbTargetDeviceSelectConfigType;

typedef enum _WdfUsbTargetDeviceSelectSettingType {
  WdfUsbInterfaceSelectSettingTypeDescriptor = 0x10,
  WdfUsbInterfaceSelectSettingTypeSetting = 0x11,
  WdfUsbInterfaceSelectSettingTypeUrb = 0x12
} WdfUsbTargetDeviceSelectSettingType;

/* Traits of WDF_USB_DEVICE_INFORMATION */
typedef enum _WDF_USB_DEVICE_TRAITS {
  WDF_USB_DEVICE_TRAIT_SELF_POWERED = 0x00000001,
  WDF_USB_DEVICE_TRAIT_REMOTE_WAKE_CAPABLE = 0x00000002,
  WDF_USB_DEVICE_TRAIT_AT_HIGH_SPEED = 0x00000004
} WDF_USB_DEVICE_TRAITS;

/* ---- completion parameters of a request sent to a USB target ---- */
typedef struct _WDF_USB_REQUEST_COMPLETION_PARAMS {
  USBD_STATUS UsbdStatus;
  WDF_USB_REQUEST_TYPE Type;
  union {
    struct {
      WDFMEMORY Buffer;
      USHORT LangID;
      UCHAR StringIndex;
      UCHAR RequiredSize;
    } DeviceString;
    struct {
      WDFMEMORY Buffer;
      size_t Length;
      size_t Offset;
    } DeviceControlTransfer;
    struct {
      WDFMEMORY Buffer;
    } DeviceUrb;
    struct {
      WDFMEMORY Buffer;
      size_t Length;
      size_t Offset;
    } PipeWrite;
    struct {
      WDFMEMORY Buffer;
      size_t Length;
      size_t Offset;
    } PipeRead;
    struct {
      WDFMEMORY Buffer;
    } PipeUrb;
  } Parameters;
} WDF_USB_REQUEST_COMPLETION_PARAMS, *PWDF_USB_REQUEST_COMPLETION_PARAMS;

/* ---- the continuous reader ---- */
typedef _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
VOID EVT_WDF_USB_READER_COMPLETION_ROUTINE(WDFUSBPIPE Pipe, WDFMEMORY Buffer,
                                           size_t NumBytesTransferred,
                                           WDFCONTEXT Context);
typedef EVT_WDF_USB_READER_COMPLETION_ROUTINE
    *PFN_WDF_USB_READER_COMPLETION_ROUTINE;
typedef _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN
EVT_WDF_USB_READERS_FAILED(WDFUSBPIPE Pipe, NTSTATUS Status,
                           USBD_STATUS UsbdStatus);
typedef EVT_WDF_USB_READERS_FAILED *PFN_WDF_USB_READERS_FAILED;

typedef struct _WDF_USB_CONTINUOUS_READER_CONFIG {
  ULONG Size;
  size_t TransferLength;
  size_t HeaderLength;
  size_t TrailerLength;
  UCHAR NumPendingReads;
  PWDF_OBJECT_ATTRIBUTES BufferAttributes;
  PFN_WDF_USB_READER_COMPLETION_ROUTINE EvtUsbTargetPipeReadComplete;
  WDFCONTEXT EvtUsbTargetPipeReadCompleteContext;
  PFN_WDF_USB_READERS_FAILED EvtUsbTargetPipeReadersFailed;
} WDF_USB_CONTINUOUS_READER_CONFIG, *PWDF_USB_CONTINUOUS_READER_CONFIG;

FORCEINLINE VOID WDF_USB_CONTINUOUS_READER_CONFIG_INIT(
    PWDF_USB_CONTINUOUS_READER_CONFIG Config,
    PFN_WDF_USB_READER_COMPLETION_ROUTINE EvtUsbTargetPipeReadComplete,
    WDFCONTEXT EvtUsbTargetPipeReadCompleteContext, size_t TransferLength) {
  RtlZeroMemory(Config, sizeof(WDF_USB_CONTINUOUS_READER_CONFIG));
  Config->Size = sizeof(WDF_USB_CONTINUOUS_READER_CONFIG);
  Config->EvtUsbTargetPipeReadComplete = EvtUsbTargetPipeReadComplete;
  Config->EvtUsbTargetPipeReadCompleteContext =
      EvtUsbTargetPipeReadCompleteContext;
  Config->TransferLength = TransferLength;
}

/* ---- device information ---- */
typedef struct _WDF_USB_DEVICE_INFORMATION {
  ULONG Size;
  USBD_VERSION_INFORMATION UsbdVersionInformation;
  ULONG HcdPortCapabilities;
  ULONG Traits;
} WDF_USB_DEVICE_INFORMATION, *PWDF_USB_DEVICE_INFORMATION;

FORCEINLINE VOID
WDF_USB_DEVICE_INFORMATION_INIT(PWDF_USB_DEVICE_INFORMATION Udi) {
  RtlZeroMemory(Udi, sizeof(WDF_USB_DEVICE_INFORMATION));
  Udi->Size = sizeof(WDF_USB_DEVICE_INFORMATION);
}

/* ---- creating the target device ---- */
typedef struct _WDF_USB_DEVICE_CREATE_CONFIG {
  ULONG Size;
  ULONG USBDClientContractVersion;
} WDF_USB_DEVICE_CREATE_CONFIG, *PWDF_USB_DEVICE_CREATE_CONFIG;

FORCEINLINE VOID WDF_USB_DEVICE_CREATE_CONFIG_INIT(
    PWDF_USB_DEVICE_CREATE_CONFIG Config, ULONG USBDClientContractVersion) {
  RtlZeroMemory(Config, sizeof(WDF_USB_DEVICE_CREATE_CONFIG));
  Config->Size = sizeof(WDF_USB_DEVICE_CREATE_CONFIG);
  Config->USBDClientContractVersion = USBDClientContractVersion;
}

/* ---- selecting a configuration ---- */
typedef struct _WDF_USB_INTERFACE_SETTING_PAIR {
  WDFUSBINTERFACE UsbInterface;
  UCHAR SettingIndex;
} WDF_USB_INTERFACE_SETTING_PAIR, *PWDF_USB_INTERFACE_SETTING_PAIR;

typedef struct _WDF_USB_DEVICE_SELECT_CONFIG_PARAMS {
  ULONG Size;
  WdfUsbTargetDeviceSelectConfigType Type;
  union {
    struct {
      PUSB_CONFIGURATION_DESCRIPTOR ConfigurationDescriptor;
      PUSB_INTERFACE_DESCRIPTOR *InterfaceDescriptors;
      ULONG NumInterfaceDescriptors;
    } Descriptor;
    struct {
      PURB Urb;
    } Urb;
    struct {
      UCHAR NumberConfiguredPipes;
      WDFUSBINTERFACE ConfiguredUsbInterface;
    } SingleInterface;
    struct {
      UCHAR NumberInterfaces;
      PWDF_USB_INTERFACE_SETTING_PAIR Pairs;
      UCHAR NumberOfConfiguredInterfaces;
    } MultiInterface;
  } Types;
} WDF_USB_DEVICE_SELECT_CONFIG_PARAMS, *PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS;

FORCEINLINE VOID WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_SINGLE_INTERFACE(
    PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params) {
  RtlZeroMemory(Params, sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS));
  Params->Size = sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS);
  Params->Type = WdfUsbTargetDeviceSelectConfigTypeSingleInterface;
}

/* With no pairs, every interface gets its first setting. */
FORCEINLINE VOID WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_MULTIPLE_INTERFACES(
    PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params, UCHAR NumberInterfaces,
    PWDF_USB_INTERFACE_SETTING_PAIR SettingPairs) {
  RtlZeroMemory(Params, sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS));
  Params->Size = sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS);
  if (SettingPairs != NULL && NumberInterfaces != 0) {
    Params->Type = WdfUsbTargetDeviceSelectConfigTypeInterfacesPairs;
    Params->Types.MultiInterface.NumberInterfaces = NumberInterfaces;
    Params->Types.MultiInterface.Pairs = SettingPairs;
  } else {
    Params->Type = WdfUsbTargetDeviceSelectConfigTypeMultiInterface;
  }
}

FORCEINLINE VOID
WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_INTERFACES_DESCRIPTORS(
    PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params,
    PUSB_CONFIGURATION_DESCRIPTOR ConfigDescriptor,
    PUSB_INTERFACE_DESCRIPTOR *InterfaceDescriptors,
    ULONG NumInterfaceDescriptors) {
  RtlZeroMemory(Params, sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS));
  Params->Size = sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS);
  Params->Type = WdfUsbTargetDeviceSelectConfigTypeInterfacesDescriptor;
  Params->Types.Descriptor.ConfigurationDescriptor = ConfigDescriptor;
  Params->Types.Descriptor.InterfaceDescriptors = InterfaceDescriptors;
  Params->Types.Descriptor.NumInterfaceDescriptors = NumInterfaceDescriptors;
}

FORCEINLINE VOID WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_URB(
    PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params, PURB Urb) {
  RtlZeroMemory(Params, sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS));
  Params->Size = sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS);
  Params->Type = WdfUsbTargetDeviceSelectConfigTypeUrb;
  Params->Types.Urb.Urb = Urb;
}

FORCEINLINE VOID WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_DECONFIG(
    PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params) {
  RtlZeroMemory(Params, sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS));
  Params->Size = sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS);
  Params->Type = WdfUsbTargetDeviceSelectConfigTypeDeconfig;
}

/* ---- selecting an alternate setting of an interface ---- */
typedef struct _WDF_USB_INTERFACE_SELECT_SETTING_PARAMS {
  ULONG Size;
  WdfUsbTargetDeviceSelectSettingType Type;
  union {
    struct {
      PUSB_INTERFACE_DESCRIPTOR InterfaceDescriptor;
    } Descriptor;
    struct {
      UCHAR SettingIndex;
    } Interface;
    struct {
      PURB Urb;
    } Urb;
  } Types;
} WDF_USB_INTERFACE_SELECT_SETTING_PARAMS,
    *PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS;

FORCEINLINE VOID WDF_USB_INTERFACE_SELECT_SETTING_PARAMS_INIT_DESCRIPTOR(
    PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS Params,
    PUSB_INTERFACE_DESCRIPTOR Interface) {
  RtlZeroMemory(Params, sizeof(WDF_USB_INTERFACE_SELECT_SETTING_PARAMS));
  Params->Size = sizeof(WDF_USB_INTERFACE_SELECT_SETTING_PARAMS);
  Params->Type = WdfUsbInterfaceSelectSettingTypeDescriptor;
  Params->Types.Descriptor.InterfaceDescriptor = Interface;
}

FORCEINLINE VOID WDF_USB_INTERFACE_SELECT_SETTING_PARAMS_INIT_URB(
    PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS Params, PURB Urb) {
  RtlZeroMemory(Params, sizeof(WDF_USB_INTERFACE_SELECT_SETTING_PARAMS));
  Params->Size = sizeof(WDF_USB_INTERFACE_SELECT_SETTING_PARAMS);
  Params->Type = WdfUsbInterfaceSelectSettingTypeUrb;
  Params->Types.Urb.Urb = Urb;
}

FORCEINLINE VOID WDF_USB_INTERFACE_SELECT_SETTING_PARAMS_INIT_SETTING(
    PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS Params, UCHAR SettingIndex) {
  RtlZeroMemory(Params, sizeof(WDF_USB_INTERFACE_SELECT_SETTING_PARAMS));
  Params->Size = sizeof(WDF_USB_INTERFACE_SELECT_SETTING_PARAMS);
  Params->Type = WdfUsbInterfaceSelectSettingTypeSetting;
  Params->Types.Interface.SettingIndex = SettingIndex;
}

/* ---- pipe information ---- */
typedef struct _WDF_USB_PIPE_INFORMATION {
  ULONG Size;
  ULONG MaximumPacketSize;
  UCHAR EndpointAddress;
  UCHAR Interval;
  UCHAR SettingIndex;
  WDF_USB_PIPE_TYPE PipeType;
  ULONG MaximumTransferSize;
} WDF_USB_PIPE_INFORMATION, *PWDF_USB_PIPE_INFORMATION;

FORCEINLINE VOID WDF_USB_PIPE_INFORMATION_INIT(PWDF_USB_PIPE_INFORMATION Info) {
  RtlZeroMemory(Info, sizeof(WDF_USB_PIPE_INFORMATION));
  Info->Size = sizeof(WDF_USB_PIPE_INFORMATION);
}

/* whether an endpoint address is an IN (device to host) or OUT endpoint */
FORCEINLINE BOOLEAN WDF_USB_PIPE_DIRECTION_IN(UCHAR EndpointAddress) {
  return (EndpointAddress & USB_ENDPOINT_DIRECTION_MASK) ? TRUE : FALSE;
}
FORCEINLINE BOOLEAN WDF_USB_PIPE_DIRECTION_OUT(UCHAR EndpointAddress) {
  return (EndpointAddress & USB_ENDPOINT_DIRECTION_MASK) ? FALSE : TRUE;
}

/* ---- control transfer setup packets ---- */
typedef union _WDF_USB_CONTROL_SETUP_PACKET {
  struct {
    union {
      struct {
        BYTE Recipient : 2;
        BYTE Reserved : 3;
        BYTE Type : 2;
        BYTE Dir : 1;
      } Request;
      BYTE Byte;
    } bm;
    BYTE bRequest;
    union {
      struct {
        BYTE LowByte;
        BYTE HiByte;
      } Bytes;
      USHORT Value;
    } wValue;
    union {
      struct {
        BYTE LowByte;
        BYTE HiByte;
      } Bytes;
      USHORT Value;
    } wIndex;
    USHORT wLength;
  } Packet;
  struct {
    BYTE Bytes[8];
  } Generic;
} WDF_USB_CONTROL_SETUP_PACKET, *PWDF_USB_CONTROL_SETUP_PACKET;

FORCEINLINE VOID WDF_USB_CONTROL_SETUP_PACKET_INIT(
    PWDF_USB_CONTROL_SETUP_PACKET Packet, WDF_USB_BMREQUEST_DIRECTION Direction,
    WDF_USB_BMREQUEST_RECIPIENT Recipient, BYTE Request, USHORT Value,
    USHORT Index) {
  RtlZeroMemory(Packet, sizeof(WDF_USB_CONTROL_SETUP_PACKET));
  Packet->Packet.bm.Request.Dir = (BYTE)Direction;
  Packet->Packet.bm.Request.Type = (BYTE)BmRequestStandard;
  Packet->Packet.bm.Request.Recipient = (BYTE)Recipient;
  Packet->Packet.bRequest = Request;
  Packet->Packet.wValue.Value = Value;
  Packet->Packet.wIndex.Value = Index;
}

FORCEINLINE VOID WDF_USB_CONTROL_SETUP_PACKET_INIT_CLASS(
    PWDF_USB_CONTROL_SETUP_PACKET Packet, WDF_USB_BMREQUEST_DIRECTION Direction,
    WDF_USB_BMREQUEST_RECIPIENT Recipient, BYTE Request, USHORT Value,
    USHORT Index) {
  RtlZeroMemory(Packet, sizeof(WDF_USB_CONTROL_SETUP_PACKET));
  Packet->Packet.bm.Request.Dir = (BYTE)Direction;
  Packet->Packet.bm.Request.Type = (BYTE)BmRequestClass;
  Packet->Packet.bm.Request.Recipient = (BYTE)Recipient;
  Packet->Packet.bRequest = Request;
  Packet->Packet.wValue.Value = Value;
  Packet->Packet.wIndex.Value = Index;
}

FORCEINLINE VOID WDF_USB_CONTROL_SETUP_PACKET_INIT_VENDOR(
    PWDF_USB_CONTROL_SETUP_PACKET Packet, WDF_USB_BMREQUEST_DIRECTION Direction,
    WDF_USB_BMREQUEST_RECIPIENT Recipient, BYTE Request, USHORT Value,
    USHORT Index) {
  RtlZeroMemory(Packet, sizeof(WDF_USB_CONTROL_SETUP_PACKET));
  Packet->Packet.bm.Request.Dir = (BYTE)Direction;
  Packet->Packet.bm.Request.Type = (BYTE)BmRequestVendor;
  Packet->Packet.bm.Request.Recipient = (BYTE)Recipient;
  Packet->Packet.bRequest = Request;
  Packet->Packet.wValue.Value = Value;
  Packet->Packet.wIndex.Value = Index;
}

FORCEINLINE VOID WDF_USB_CONTROL_SETUP_PACKET_INIT_FEATURE(
    PWDF_USB_CONTROL_SETUP_PACKET Packet,
    WDF_USB_BMREQUEST_RECIPIENT BmRequestRecipient, USHORT FeatureSelector,
    USHORT Index, BOOLEAN SetFeature) {
  RtlZeroMemory(Packet, sizeof(WDF_USB_CONTROL_SETUP_PACKET));
  Packet->Packet.bm.Request.Dir = (BYTE)BmRequestHostToDevice;
  Packet->Packet.bm.Request.Type = (BYTE)BmRequestStandard;
  Packet->Packet.bm.Request.Recipient = (BYTE)BmRequestRecipient;
  Packet->Packet.bRequest =
      (BYTE)(SetFeature ? USB_REQUEST_SET_FEATURE : USB_REQUEST_CLEAR_FEATURE);
  Packet->Packet.wValue.Value = FeatureSelector;
  Packet->Packet.wIndex.Value = Index;
}

FORCEINLINE VOID WDF_USB_CONTROL_SETUP_PACKET_INIT_GET_STATUS(
    PWDF_USB_CONTROL_SETUP_PACKET Packet,
    WDF_USB_BMREQUEST_RECIPIENT BmRequestRecipient, USHORT Index) {
  RtlZeroMemory(Packet, sizeof(WDF_USB_CONTROL_SETUP_PACKET));
  Packet->Packet.bm.Request.Dir = (BYTE)BmRequestDeviceToHost;
  Packet->Packet.bm.Request.Type = (BYTE)BmRequestStandard;
  Packet->Packet.bm.Request.Recipient = (BYTE)BmRequestRecipient;
  Packet->Packet.bRequest = USB_REQUEST_GET_STATUS;
  Packet->Packet.wIndex.Value = Index;
  Packet->Packet.wLength = sizeof(USHORT);
}

/* ---- the USB target device ---- */
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfUsbTargetDeviceCreate(_In_ WDFDEVICE Device,
                         _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                         _Out_ WDFUSBDEVICE *UsbDevice);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfUsbTargetDeviceCreateWithParameters(
    _In_ WDFDEVICE Device, _In_ PWDF_USB_DEVICE_CREATE_CONFIG Config,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes, _Out_ WDFUSBDEVICE *UsbDevice);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfUsbTargetDeviceRetrieveInformation(
    _In_ WDFUSBDEVICE UsbDevice, _Out_ PWDF_USB_DEVICE_INFORMATION Information);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID WdfUsbTargetDeviceGetDeviceDescriptor(
    _In_ WDFUSBDEVICE UsbDevice,
    _Out_ PUSB_DEVICE_DESCRIPTOR UsbDeviceDescriptor);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfUsbTargetDeviceRetrieveConfigDescriptor(
    _In_ WDFUSBDEVICE UsbDevice,
    _Out_writes_bytes_to_opt_(*ConfigDescriptorLength, *ConfigDescriptorLength)
        PVOID ConfigDescriptor,
    _Inout_ PUSHORT ConfigDescriptorLength);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfUsbTargetDeviceQueryString(_In_ WDFUSBDEVICE UsbDevice,
                              _In_opt_ WDFREQUEST Request,
                              _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
                              _Out_writes_opt_(*NumCharacters) PUSHORT String,
                              _Inout_ PUSHORT NumCharacters,
                              _In_ UCHAR StringIndex, _In_opt_ USHORT LangID);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfUsbTargetDeviceAllocAndQueryString(
    _In_ WDFUSBDEVICE UsbDevice,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES StringMemoryAttributes,
    _Out_ WDFMEMORY *StringMemory, _Out_opt_ PUSHORT NumCharacters,
    _In_ UCHAR StringIndex, _In_opt_ USHORT LangID);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfUsbTargetDeviceFormatRequestForString(_In_ WDFUSBDEVICE UsbDevice,
                                         _In_ WDFREQUEST Request,
                                         _In_ WDFMEMORY Memory,
                                         _In_opt_ PWDFMEMORY_OFFSET Offset,
                                         _In_ UCHAR StringIndex,
                                         _In_opt_ USHORT LangID);
_IRQL_requires_max_(DISPATCH_LEVEL) UCHAR
    WdfUsbTargetDeviceGetNumInterfaces(_In_ WDFUSBDEVICE UsbDevice);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfUsbTargetDeviceSelectConfig(
    _In_ WDFUSBDEVICE UsbDevice, _In_opt_ PWDF_OBJECT_ATTRIBUTES PipeAttributes,
    _Inout_ PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params);
_IRQL_requires_max_(DISPATCH_LEVEL) USBD_CONFIGURATION_HANDLE
    WdfUsbTargetDeviceWdmGetConfigurationHandle(_In_ WDFUSBDEVICE UsbDevice);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfUsbTargetDeviceRetrieveCurrentFrameNumber(_In_ WDFUSBDEVICE UsbDevice,
                                             _Out_ PULONG CurrentFrameNumber);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfUsbTargetDeviceSendControlTransferSynchronously(
    _In_ WDFUSBDEVICE UsbDevice, _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _In_ PWDF_USB_CONTROL_SETUP_PACKET SetupPacket,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR MemoryDescriptor,
    _Out_opt_ PULONG BytesTransferred);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfUsbTargetDeviceFormatRequestForControlTransfer(
    _In_ WDFUSBDEVICE UsbDevice, _In_ WDFREQUEST Request,
    _In_ PWDF_USB_CONTROL_SETUP_PACKET SetupPacket,
    _In_opt_ WDFMEMORY TransferMemory,
    _In_opt_ PWDFMEMORY_OFFSET TransferOffset);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfUsbTargetDeviceIsConnectedSynchronous(_In_ WDFUSBDEVICE UsbDevice);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfUsbTargetDeviceResetPortSynchronously(_In_ WDFUSBDEVICE UsbDevice);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfUsbTargetDeviceCyclePortSynchronously(_In_ WDFUSBDEVICE UsbDevice);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfUsbTargetDeviceFormatRequestForCyclePort(_In_ WDFUSBDEVICE UsbDevice,
                                            _In_ WDFREQUEST Request);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfUsbTargetDeviceSendUrbSynchronously(
    _In_ WDFUSBDEVICE UsbDevice, _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions, _In_ PURB Urb);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfUsbTargetDeviceFormatRequestForUrb(
    _In_ WDFUSBDEVICE UsbDevice, _In_ WDFREQUEST Request,
    _In_ WDFMEMORY UrbMemory, _In_opt_ PWDFMEMORY_OFFSET UrbMemoryOffset);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfUsbTargetDeviceQueryUsbCapability(
    _In_ WDFUSBDEVICE UsbDevice, _In_ const GUID *CapabilityType,
    _In_ ULONG CapabilityBufferLength,
    _When_(CapabilityBufferLength == 0, _Out_opt_)
        _When_(CapabilityBufferLength != 0 && ResultLength == NULL,
               _Out_writes_bytes_(CapabilityBufferLength))
            _When_(CapabilityBufferLength != 0 && ResultLength != NULL,
                   _Out_writes_bytes_to_opt_(CapabilityBufferLength,
                                             *ResultLength))
                PVOID CapabilityBuffer,
    _Out_opt_ _When_(ResultLength != NULL,
                     _Deref_out_range_(<=, CapabilityBufferLength))
        PULONG ResultLength);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfUsbTargetDeviceCreateUrb(_In_ WDFUSBDEVICE UsbDevice,
                            _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                            _Out_ WDFMEMORY *UrbMemory,
                            _Outptr_opt_result_bytebuffer_(sizeof(URB))
                                PURB *Urb);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfUsbTargetDeviceCreateIsochUrb(_In_ WDFUSBDEVICE UsbDevice,
                                 _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                                 _In_ ULONG NumberOfIsochPackets,
                                 _Out_ WDFMEMORY *UrbMemory,
                                 _Outptr_opt_ PURB *Urb);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFUSBINTERFACE
    WdfUsbTargetDeviceGetInterface(_In_ WDFUSBDEVICE UsbDevice,
                                   _In_ UCHAR InterfaceIndex);
/* A USB target device and a pipe are I/O targets: the generic WdfIoTarget*
 * methods take them after this conversion. */
_IRQL_requires_max_(DISPATCH_LEVEL) FORCEINLINE WDFIOTARGET
    WdfUsbTargetDeviceGetIoTarget(_In_ WDFUSBDEVICE UsbDevice) {
  return (WDFIOTARGET)UsbDevice;
}

/* ---- pipes ---- */
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfUsbTargetPipeGetInformation(
    _In_ WDFUSBPIPE Pipe, _Out_ PWDF_USB_PIPE_INFORMATION PipeInformation);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    WdfUsbTargetPipeIsInEndpoint(_In_ WDFUSBPIPE Pipe);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    WdfUsbTargetPipeIsOutEndpoint(_In_ WDFUSBPIPE Pipe);
_IRQL_requires_max_(DISPATCH_LEVEL) WDF_USB_PIPE_TYPE
    WdfUsbTargetPipeGetType(_In_ WDFUSBPIPE Pipe);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfUsbTargetPipeSetNoMaximumPacketSizeCheck(_In_ WDFUSBPIPE Pipe);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfUsbTargetPipeWriteSynchronously(
    _In_ WDFUSBPIPE Pipe, _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR MemoryDescriptor,
    _Out_opt_ PULONG BytesWritten);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfUsbTargetPipeFormatRequestForWrite(_In_ WDFUSBPIPE Pipe,
                                      _In_ WDFREQUEST Request,
                                      _In_opt_ WDFMEMORY WriteMemory,
                                      _In_opt_ PWDFMEMORY_OFFSET WriteOffset);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfUsbTargetPipeReadSynchronously(
    _In_ WDFUSBPIPE Pipe, _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR MemoryDescriptor,
    _Out_opt_ PULONG BytesRead);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfUsbTargetPipeFormatRequestForRead(_In_ WDFUSBPIPE Pipe,
                                     _In_ WDFREQUEST Request,
                                     _In_opt_ WDFMEMORY ReadMemory,
                                     _In_opt_ PWDFMEMORY_OFFSET ReadOffset);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfUsbTargetPipeConfigContinuousReader(
    _In_ WDFUSBPIPE Pipe, _In_ PWDF_USB_CONTINUOUS_READER_CONFIG Config);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfUsbTargetPipeAbortSynchronously(
    _In_ WDFUSBPIPE Pipe, _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfUsbTargetPipeFormatRequestForAbort(_In_ WDFUSBPIPE Pipe,
                                      _In_ WDFREQUEST Request);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfUsbTargetPipeResetSynchronously(
    _In_ WDFUSBPIPE Pipe, _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfUsbTargetPipeFormatRequestForReset(_In_ WDFUSBPIPE Pipe,
                                      _In_ WDFREQUEST Request);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfUsbTargetPipeSendUrbSynchronously(
    _In_ WDFUSBPIPE Pipe, _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions, _In_ PURB Urb);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfUsbTargetPipeFormatRequestForUrb(_In_ WDFUSBPIPE PIPE,
                                    _In_ WDFREQUEST Request,
                                    _In_ WDFMEMORY UrbMemory,
                                    _In_opt_ PWDFMEMORY_OFFSET UrbMemoryOffset);
_IRQL_requires_max_(DISPATCH_LEVEL) USBD_PIPE_HANDLE
    WdfUsbTargetPipeWdmGetPipeHandle(_In_ WDFUSBPIPE UsbPipe);
/* callable at any IRQL */
_IRQL_requires_max_(HIGH_LEVEL) FORCEINLINE WDFIOTARGET
    WdfUsbTargetPipeGetIoTarget(_In_ WDFUSBPIPE Pipe) {
  return (WDFIOTARGET)Pipe;
}

/* ---- interfaces ---- */
_IRQL_requires_max_(DISPATCH_LEVEL) BYTE
    WdfUsbInterfaceGetInterfaceNumber(_In_ WDFUSBINTERFACE UsbInterface);
_IRQL_requires_max_(DISPATCH_LEVEL) BYTE
    WdfUsbInterfaceGetNumEndpoints(_In_ WDFUSBINTERFACE UsbInterface,
                                   _In_ UCHAR SettingIndex);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfUsbInterfaceGetDescriptor(
    _In_ WDFUSBINTERFACE UsbInterface, _In_ UCHAR SettingIndex,
    _Out_ PUSB_INTERFACE_DESCRIPTOR InterfaceDescriptor);
_IRQL_requires_max_(DISPATCH_LEVEL) BYTE
    WdfUsbInterfaceGetNumSettings(_In_ WDFUSBINTERFACE UsbInterface);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfUsbInterfaceSelectSetting(_In_ WDFUSBINTERFACE UsbInterface,
                             _In_opt_ PWDF_OBJECT_ATTRIBUTES PipesAttributes,
                             _In_ PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS
                                 Params);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfUsbInterfaceGetEndpointInformation(
    _In_ WDFUSBINTERFACE UsbInterface, _In_ UCHAR SettingIndex,
    _In_ UCHAR EndpointIndex, _Out_ PWDF_USB_PIPE_INFORMATION EndpointInfo);
_IRQL_requires_max_(DISPATCH_LEVEL) BYTE
    WdfUsbInterfaceGetConfiguredSettingIndex(_In_ WDFUSBINTERFACE Interface);
_IRQL_requires_max_(DISPATCH_LEVEL) BYTE
    WdfUsbInterfaceGetNumConfiguredPipes(_In_ WDFUSBINTERFACE UsbInterface);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFUSBPIPE WdfUsbInterfaceGetConfiguredPipe(
    _In_ WDFUSBINTERFACE UsbInterface, _In_ UCHAR PipeIndex,
    _Out_opt_ PWDF_USB_PIPE_INFORMATION PipeInfo);

#endif
