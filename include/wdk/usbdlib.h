/* irqlint's model of usbdlib.h: the USBD library routines a USB client
 * driver links (USBD handles, URB allocation, descriptor parsing, capability
 * queries) and the UsbBuild* macros that fill in an URB. Written from the
 * documentation -- not Microsoft's header. IRQL annotations appear where the
 * routine's reference page states the IRQL. */
#ifndef IRQLINT_WDK_USBDLIB_H
#define IRQLINT_WDK_USBDLIB_H

#include "usbdi.h"

/* the handle a client driver registers with the USB driver stack */
typedef struct USBD_HANDLE__ *USBD_HANDLE;

#define USBD_CLIENT_CONTRACT_VERSION_INVALID 0xFFFFFFFF
#define USBD_CLIENT_CONTRACT_VERSION_602 0x602

typedef struct _USBD_INTERFACE_LIST_ENTRY {
  PUSB_INTERFACE_DESCRIPTOR InterfaceDescriptor;
  PUSBD_INTERFACE_INFORMATION Interface;
} USBD_INTERFACE_LIST_ENTRY, *PUSBD_INTERFACE_LIST_ENTRY;

/* ---- sizes of variable-length requests ---- */
#define GET_ISO_URB_SIZE(n)                                                    \
  (sizeof(struct _URB_ISOCH_TRANSFER) +                                        \
   sizeof(USBD_ISO_PACKET_DESCRIPTOR) * (n))
#define GET_USBD_INTERFACE_SIZE(numEndpoints)                                  \
  (sizeof(USBD_INTERFACE_INFORMATION) +                                        \
   (sizeof(USBD_PIPE_INFORMATION) * (numEndpoints)) -                          \
   sizeof(USBD_PIPE_INFORMATION))
#define GET_SELECT_CONFIGURATION_REQUEST_SIZE(totalInterfaces, totalPipes)     \
  (sizeof(struct _URB_SELECT_CONFIGURATION) +                                  \
   ((totalInterfaces - 1) * sizeof(USBD_INTERFACE_INFORMATION)) +              \
   ((totalPipes - totalInterfaces) * sizeof(USBD_PIPE_INFORMATION)))
#define GET_SELECT_INTERFACE_REQUEST_SIZE(totalPipes)                          \
  (sizeof(struct _URB_SELECT_INTERFACE) +                                      \
   ((totalPipes - 1) * sizeof(USBD_PIPE_INFORMATION)))

/* ---- URB builders ---- */
#define UsbBuildInterruptOrBulkTransferRequest(                                \
    urb, length, pipeHandle, transferBuffer, transferBufferMDL,                \
    transferBufferLength, transferFlags, link)                                 \
  {                                                                            \
    (urb)->UrbHeader.Function = URB_FUNCTION_BULK_OR_INTERRUPT_TRANSFER;       \
    (urb)->UrbHeader.Length = (length);                                        \
    (urb)->UrbBulkOrInterruptTransfer.PipeHandle = (pipeHandle);               \
    (urb)->UrbBulkOrInterruptTransfer.TransferBufferLength =                   \
        (transferBufferLength);                                                \
    (urb)->UrbBulkOrInterruptTransfer.TransferBufferMDL = (transferBufferMDL); \
    (urb)->UrbBulkOrInterruptTransfer.TransferBuffer = (transferBuffer);       \
    (urb)->UrbBulkOrInterruptTransfer.TransferFlags = (transferFlags);         \
    (urb)->UrbBulkOrInterruptTransfer.UrbLink = (link);                        \
  }
#define UsbBuildGetDescriptorRequest(                                          \
    urb, length, descriptorType, descriptorIndex, languageId, transferBuffer,  \
    transferBufferMDL, transferBufferLength, link)                             \
  {                                                                            \
    (urb)->UrbHeader.Function = URB_FUNCTION_GET_DESCRIPTOR_FROM_DEVICE;       \
    (urb)->UrbHeader.Length = (length);                                        \
    (urb)->UrbControlDescriptorRequest.TransferBufferLength =                  \
        (transferBufferLength);                                                \
    (urb)->UrbControlDescriptorRequest.TransferBufferMDL =                     \
        (transferBufferMDL);                                                   \
    (urb)->UrbControlDescriptorRequest.TransferBuffer = (transferBuffer);      \
    (urb)->UrbControlDescriptorRequest.DescriptorType = (descriptorType);      \
    (urb)->UrbControlDescriptorRequest.Index = (descriptorIndex);              \
    (urb)->UrbControlDescriptorRequest.LanguageId = (languageId);              \
    (urb)->UrbControlDescriptorRequest.UrbLink = (link);                       \
  }
#define UsbBuildGetStatusRequest(urb, op, index, transferBuffer,               \
                                 transferBufferMDL, link)                      \
  {                                                                            \
    (urb)->UrbHeader.Function = (op);                                          \
    (urb)->UrbHeader.Length = sizeof(struct _URB_CONTROL_GET_STATUS_REQUEST);  \
    (urb)->UrbControlGetStatusRequest.TransferBufferLength = sizeof(USHORT);   \
    (urb)->UrbControlGetStatusRequest.TransferBufferMDL = (transferBufferMDL); \
    (urb)->UrbControlGetStatusRequest.TransferBuffer = (transferBuffer);       \
    (urb)->UrbControlGetStatusRequest.Index = (index);                         \
    (urb)->UrbControlGetStatusRequest.UrbLink = (link);                        \
  }
#define UsbBuildFeatureRequest(urb, op, featureSelector, index, link)          \
  {                                                                            \
    (urb)->UrbHeader.Function = (op);                                          \
    (urb)->UrbHeader.Length = sizeof(struct _URB_CONTROL_FEATURE_REQUEST);     \
    (urb)->UrbControlFeatureRequest.FeatureSelector = (featureSelector);       \
    (urb)->UrbControlFeatureRequest.Index = (index);                           \
    (urb)->UrbControlFeatureRequest.UrbLink = (link);                          \
  }
#define UsbBuildSelectConfigurationRequest(urb, length,                        \
                                           configurationDescriptor)            \
  {                                                                            \
    (urb)->UrbHeader.Function = URB_FUNCTION_SELECT_CONFIGURATION;             \
    (urb)->UrbHeader.Length = (length);                                        \
    (urb)->UrbSelectConfiguration.ConfigurationDescriptor =                    \
        (configurationDescriptor);                                             \
  }
#define UsbBuildSelectInterfaceRequest(urb, length, configurationHandle,       \
                                       interfaceNumber, alternateSetting)      \
  {                                                                            \
    (urb)->UrbHeader.Function = URB_FUNCTION_SELECT_INTERFACE;                 \
    (urb)->UrbHeader.Length = (length);                                        \
    (urb)->UrbSelectInterface.Interface.AlternateSetting = (alternateSetting); \
    (urb)->UrbSelectInterface.Interface.InterfaceNumber = (interfaceNumber);   \
    (urb)->UrbSelectInterface.Interface.Length =                               \
        (length - sizeof(struct _URB_HEADER) -                                 \
         sizeof(USBD_CONFIGURATION_HANDLE));                                   \
    (urb)->UrbSelectInterface.ConfigurationHandle = (configurationHandle);     \
  }
#define UsbBuildVendorRequest(urb, cmd, length, transferFlags, reservedBits,   \
                              request, value, index, transferBuffer,           \
                              transferBufferMDL, transferBufferLength, link)   \
  {                                                                            \
    (urb)->UrbHeader.Function = (cmd);                                         \
    (urb)->UrbHeader.Length = (length);                                        \
    (urb)->UrbControlVendorClassRequest.TransferBufferLength =                 \
        (transferBufferLength);                                                \
    (urb)->UrbControlVendorClassRequest.TransferBufferMDL =                    \
        (transferBufferMDL);                                                   \
    (urb)->UrbControlVendorClassRequest.TransferBuffer = (transferBuffer);     \
    (urb)->UrbControlVendorClassRequest.RequestTypeReservedBits =              \
        (reservedBits);                                                        \
    (urb)->UrbControlVendorClassRequest.Request = (request);                   \
    (urb)->UrbControlVendorClassRequest.Value = (value);                       \
    (urb)->UrbControlVendorClassRequest.Index = (index);                       \
    (urb)->UrbControlVendorClassRequest.TransferFlags = (transferFlags);       \
    (urb)->UrbControlVendorClassRequest.UrbLink = (link);                      \
  }

/* ---- descriptor parsing and legacy configuration requests; the parsers
 * run below DISPATCH_LEVEL ---- */
_IRQL_requires_max_(DISPATCH_LEVEL) PURB USBD_CreateConfigurationRequestEx(
    _In_ PUSB_CONFIGURATION_DESCRIPTOR ConfigurationDescriptor,
    _In_ PUSBD_INTERFACE_LIST_ENTRY InterfaceList);
PURB USBD_CreateConfigurationRequest(_In_ PUSB_CONFIGURATION_DESCRIPTOR
                                         ConfigurationDescriptor,
                                     _Out_ PUSHORT Siz);
_IRQL_requires_max_(APC_LEVEL) PUSB_INTERFACE_DESCRIPTOR
    USBD_ParseConfigurationDescriptorEx(
        _In_ PUSB_CONFIGURATION_DESCRIPTOR ConfigurationDescriptor,
        _In_ PVOID StartPosition, _In_ LONG InterfaceNumber,
        _In_ LONG AlternateSetting, _In_ LONG InterfaceClass,
        _In_ LONG InterfaceSubClass, _In_ LONG InterfaceProtocol);
PUSB_INTERFACE_DESCRIPTOR USBD_ParseConfigurationDescriptor(
    _In_ PUSB_CONFIGURATION_DESCRIPTOR ConfigurationDescriptor,
    _In_ UCHAR InterfaceNumber, _In_ UCHAR AlternateSetting);
_IRQL_requires_max_(APC_LEVEL) PUSB_COMMON_DESCRIPTOR
    USBD_ParseDescriptors(_In_ PVOID DescriptorBuffer, _In_ ULONG TotalLength,
                          _In_ PVOID StartPosition, _In_ LONG DescriptorType);
_IRQL_requires_(PASSIVE_LEVEL) ULONG
    USBD_GetInterfaceLength(_In_ PUSB_INTERFACE_DESCRIPTOR InterfaceDescriptor,
                            _In_ PUCHAR BufferEnd);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    USBD_GetUSBDIVersion(_Out_ PUSBD_VERSION_INFORMATION VersionInformation);
_IRQL_requires_(PASSIVE_LEVEL) USBD_STATUS USBD_ValidateConfigurationDescriptor(
    _In_reads_bytes_(BufferLength) PUSB_CONFIGURATION_DESCRIPTOR ConfigDesc,
    _In_ ULONG BufferLength, _In_ USHORT Level, _Out_ PUCHAR *Offset,
    _In_opt_ ULONG Tag);
_IRQL_requires_(PASSIVE_LEVEL) NTSTATUS
    USBD_GetPdoRegistryParameter(_In_ PDEVICE_OBJECT PhysicalDeviceObject,
                                 _Inout_updates_bytes_(ParameterLength)
                                     PVOID Parameter,
                                 _In_ ULONG ParameterLength,
                                 _In_reads_bytes_(KeyNameLength) PWSTR KeyName,
                                 _In_ ULONG KeyNameLength);
NTSTATUS USBD_QueryBusTime(_In_ PDEVICE_OBJECT RootHubPdo,
                           _Out_ PULONG CurrentFrame);

/* ---- USBD handles (Windows 8 and later) ---- */
_IRQL_requires_(PASSIVE_LEVEL) NTSTATUS
    USBD_CreateHandle(_In_ PDEVICE_OBJECT DeviceObject,
                      _In_ PDEVICE_OBJECT TargetDeviceObject,
                      _In_ ULONG USBDClientContractVersion, _In_ ULONG PoolTag,
                      _Out_ USBD_HANDLE *USBDHandle);
_IRQL_requires_(PASSIVE_LEVEL) VOID
    USBD_CloseHandle(_In_ USBD_HANDLE USBDHandle);
_IRQL_requires_(PASSIVE_LEVEL) NTSTATUS
    USBD_QueryUsbCapability(_In_ USBD_HANDLE USBDHandle,
                            _In_ const GUID *CapabilityType,
                            _In_ ULONG OutputBufferLength,
                            _When_(OutputBufferLength == 0, _Pre_null_)
                                _Out_writes_bytes_to_opt_(OutputBufferLength,
                                                          *ResultLength)
                                    PUCHAR OutputBuffer,
                            _Out_opt_ PULONG ResultLength);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    USBD_UrbAllocate(_In_ USBD_HANDLE USBDHandle, _Outptr_ PURB *Urb);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    USBD_UrbFree(_In_ USBD_HANDLE USBDHandle, _In_ PURB Urb);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    USBD_IsochUrbAllocate(_In_ USBD_HANDLE USBDHandle,
                          _In_ ULONG NumberOfIsochPacket, _Outptr_ PURB *Urb);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    USBD_SelectConfigUrbAllocateAndBuild(
        _In_ USBD_HANDLE USBDHandle,
        _In_ PUSB_CONFIGURATION_DESCRIPTOR ConfigurationDescriptor,
        _In_ PUSBD_INTERFACE_LIST_ENTRY InterfaceList, _Outptr_ PURB *Urb);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    USBD_SelectInterfaceUrbAllocateAndBuild(
        _In_ USBD_HANDLE USBDHandle,
        _In_ USBD_CONFIGURATION_HANDLE ConfigurationHandle,
        _Inout_ PUSBD_INTERFACE_LIST_ENTRY InterfaceListEntry,
        _Outptr_ PURB *Urb);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    USBD_AssignUrbToIoStackLocation(_In_ USBD_HANDLE USBDHandle,
                                    _In_ PIO_STACK_LOCATION IoStackLocation,
                                    _In_ PURB Urb);

/* capabilities USBD_QueryUsbCapability asks about; declared only (the
 * analysis needs no GUID's value, and the reference pages give none) */
DEFINE_GUIDEX(GUID_USB_CAPABILITY_CHAINED_MDLS);
DEFINE_GUIDEX(GUID_USB_CAPABILITY_STATIC_STREAMS);
DEFINE_GUIDEX(GUID_USB_CAPABILITY_FUNCTION_SUSPEND);
DEFINE_GUIDEX(GUID_USB_CAPABILITY_SELECTIVE_SUSPEND);
DEFINE_GUIDEX(GUID_USB_CAPABILITY_DEVICE_CONNECTION_HIGH_SPEED_COMPATIBLE);
DEFINE_GUIDEX(GUID_USB_CAPABILITY_DEVICE_CONNECTION_SUPER_SPEED_COMPATIBLE);
DEFINE_GUIDEX(GUID_USB_CAPABILITY_TIME_SYNC);

#endif
