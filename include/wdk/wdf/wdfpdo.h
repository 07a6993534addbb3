/* irqlint's model of KMDF physical device objects (wdfpdo.h): a bus
 * driver's child devices -- their initialization (IDs, device text, raw
 * devices, forwarding to the parent), their PnP callbacks, and the methods
 * that report them missing or ejected. Written from the documentation --
 * not Microsoft's header. */
#ifndef IRQLINT_WDK_WDFPDO_H
#define IRQLINT_WDK_WDFPDO_H

/* ---- the PDO's callbacks (PASSIVE_LEVEL) ---- */
typedef _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_WDF_DEVICE_RESOURCES_QUERY(WDFDEVICE Device, WDFCMRESLIST Resources);
typedef EVT_WDF_DEVICE_RESOURCES_QUERY *PFN_WDF_DEVICE_RESOURCES_QUERY;
typedef _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_WDF_DEVICE_RESOURCE_REQUIREMENTS_QUERY(
    WDFDEVICE Device, WDFIORESREQLIST IoResourceRequirementsList);
typedef EVT_WDF_DEVICE_RESOURCE_REQUIREMENTS_QUERY
    *PFN_WDF_DEVICE_RESOURCE_REQUIREMENTS_QUERY;
typedef _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_WDF_DEVICE_EJECT(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_EJECT *PFN_WDF_DEVICE_EJECT;
typedef _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_WDF_DEVICE_SET_LOCK(WDFDEVICE Device, BOOLEAN IsLocked);
typedef EVT_WDF_DEVICE_SET_LOCK *PFN_WDF_DEVICE_SET_LOCK;
typedef _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_WDF_DEVICE_ENABLE_WAKE_AT_BUS(WDFDEVICE Device,
                                  SYSTEM_POWER_STATE PowerState);
typedef EVT_WDF_DEVICE_ENABLE_WAKE_AT_BUS *PFN_WDF_DEVICE_ENABLE_WAKE_AT_BUS;
typedef _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_WDF_DEVICE_DISABLE_WAKE_AT_BUS(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_DISABLE_WAKE_AT_BUS *PFN_WDF_DEVICE_DISABLE_WAKE_AT_BUS;
/* KMDF 1.11 */
typedef _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_WDF_DEVICE_REPORTED_MISSING(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_REPORTED_MISSING *PFN_WDF_DEVICE_REPORTED_MISSING;

typedef struct _WDF_PDO_EVENT_CALLBACKS {
  ULONG Size;
  PFN_WDF_DEVICE_RESOURCES_QUERY EvtDeviceResourcesQuery;
  PFN_WDF_DEVICE_RESOURCE_REQUIREMENTS_QUERY EvtDeviceResourceRequirementsQuery;
  PFN_WDF_DEVICE_EJECT EvtDeviceEject;
  PFN_WDF_DEVICE_SET_LOCK EvtDeviceSetLock;
  PFN_WDF_DEVICE_ENABLE_WAKE_AT_BUS EvtDeviceEnableWakeAtBus;
  PFN_WDF_DEVICE_DISABLE_WAKE_AT_BUS EvtDeviceDisableWakeAtBus;
  PFN_WDF_DEVICE_REPORTED_MISSING EvtDeviceReportedMissing;
} WDF_PDO_EVENT_CALLBACKS, *PWDF_PDO_EVENT_CALLBACKS;
FORCEINLINE VOID
WDF_PDO_EVENT_CALLBACKS_INIT(PWDF_PDO_EVENT_CALLBACKS Callbacks) {
  RtlZeroMemory(Callbacks, sizeof(WDF_PDO_EVENT_CALLBACKS));
  Callbacks->Size = sizeof(WDF_PDO_EVENT_CALLBACKS);
}

/* ---- initialization (PASSIVE_LEVEL) ---- */
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
PWDFDEVICE_INIT
WdfPdoInitAllocate(WDFDEVICE ParentDevice);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    WdfPdoInitSetEventCallbacks(PWDFDEVICE_INIT DeviceInit,
                                PWDF_PDO_EVENT_CALLBACKS DispatchTable);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfPdoInitAssignDeviceID(PWDFDEVICE_INIT DeviceInit, PCUNICODE_STRING DeviceID);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfPdoInitAssignInstanceID(PWDFDEVICE_INIT DeviceInit,
                           PCUNICODE_STRING InstanceID);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfPdoInitAddHardwareID(PWDFDEVICE_INIT DeviceInit,
                        PCUNICODE_STRING HardwareID);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfPdoInitAddCompatibleID(PWDFDEVICE_INIT DeviceInit,
                          PCUNICODE_STRING CompatibleID);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfPdoInitAssignContainerID(PWDFDEVICE_INIT DeviceInit,
                            PCUNICODE_STRING ContainerID);
/* a description and location in one locale */
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfPdoInitAddDeviceText(PWDFDEVICE_INIT DeviceInit,
                        PCUNICODE_STRING DeviceDescription,
                        PCUNICODE_STRING DeviceLocation, LCID LocaleId);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    WdfPdoInitSetDefaultLocale(PWDFDEVICE_INIT DeviceInit, LCID LocaleId);
/* a device that runs without a function driver (raw mode) */
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfPdoInitAssignRawDevice(PWDFDEVICE_INIT DeviceInit,
                          const GUID *DeviceClassGuid);
/* lets the PDO's queues hand requests to its parent's
 * (WdfRequestForwardToParentDeviceIoQueue) */
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    WdfPdoInitAllowForwardingRequestToParent(PWDFDEVICE_INIT DeviceInit);

/* ---- the PDO at run time ---- */
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfPdoMarkMissing(WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfPdoRequestEject(WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFDEVICE WdfPdoGetParent(WDFDEVICE Device);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfPdoRetrieveIdentificationDescription(
    WDFDEVICE Device,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfPdoRetrieveAddressDescription(
    WDFDEVICE Device, PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfPdoUpdateAddressDescription(
    WDFDEVICE Device, PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfPdoAddEjectionRelationsPhysicalDevice(WDFDEVICE Device,
                                         PDEVICE_OBJECT PhysicalDevice);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfPdoRemoveEjectionRelationsPhysicalDevice(WDFDEVICE Device,
                                                PDEVICE_OBJECT PhysicalDevice);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfPdoClearEjectionRelationsDevices(WDFDEVICE Device);

#endif
