/* irqlint's model of KMDF function and filter devices (wdffdo.h): the
 * FDO's initialization (filter, registry, properties, the default child
 * list, resource-requirement callbacks), its static children and the
 * interfaces it queries from the stack below. Written from the
 * documentation -- not Microsoft's header. */
#ifndef IRQLINT_WDK_WDFFDO_H
#define IRQLINT_WDK_WDFFDO_H

/* ---- resource requirement callbacks (PASSIVE_LEVEL) ---- */
typedef _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_WDF_DEVICE_FILTER_RESOURCE_REQUIREMENTS(
    WDFDEVICE Device, WDFIORESREQLIST IoResourceRequirementsList);
typedef EVT_WDF_DEVICE_FILTER_RESOURCE_REQUIREMENTS
    *PFN_WDF_DEVICE_FILTER_RESOURCE_REQUIREMENTS;
typedef _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_WDF_DEVICE_REMOVE_ADDED_RESOURCES(WDFDEVICE Device,
                                      WDFCMRESLIST ResourcesRaw,
                                      WDFCMRESLIST ResourcesTranslated);
typedef EVT_WDF_DEVICE_REMOVE_ADDED_RESOURCES
    *PFN_WDF_DEVICE_REMOVE_ADDED_RESOURCES;
typedef struct _WDF_FDO_EVENT_CALLBACKS {
  ULONG Size;
  PFN_WDF_DEVICE_FILTER_RESOURCE_REQUIREMENTS
  EvtDeviceFilterAddResourceRequirements;
  PFN_WDF_DEVICE_FILTER_RESOURCE_REQUIREMENTS
  EvtDeviceFilterRemoveResourceRequirements;
  PFN_WDF_DEVICE_REMOVE_ADDED_RESOURCES EvtDeviceRemoveAddedResources;
} WDF_FDO_EVENT_CALLBACKS, *PWDF_FDO_EVENT_CALLBACKS;
FORCEINLINE VOID
WDF_FDO_EVENT_CALLBACKS_INIT(PWDF_FDO_EVENT_CALLBACKS Callbacks) {
  RtlZeroMemory(Callbacks, sizeof(WDF_FDO_EVENT_CALLBACKS));
  Callbacks->Size = sizeof(WDF_FDO_EVENT_CALLBACKS);
}

/* ---- initialization (PASSIVE_LEVEL) ---- */
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    WdfFdoInitSetEventCallbacks(PWDFDEVICE_INIT DeviceInit,
                                PWDF_FDO_EVENT_CALLBACKS FdoEventCallbacks);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    WdfFdoInitSetFilter(PWDFDEVICE_INIT DeviceInit);
_IRQL_requires_max_(DISPATCH_LEVEL) PDEVICE_OBJECT
    WdfFdoInitWdmGetPhysicalDevice(PWDFDEVICE_INIT DeviceInit);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfFdoInitOpenRegistryKey(PWDFDEVICE_INIT DeviceInit,
                          ULONG DeviceInstanceKeyType,
                          ACCESS_MASK DesiredAccess,
                          PWDF_OBJECT_ATTRIBUTES KeyAttributes, WDFKEY *Key);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfFdoInitQueryProperty(PWDFDEVICE_INIT DeviceInit,
                        DEVICE_REGISTRY_PROPERTY DeviceProperty,
                        ULONG BufferLength, PVOID PropertyBuffer,
                        PULONG ResultLength);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfFdoInitAllocAndQueryProperty(PWDFDEVICE_INIT DeviceInit,
                                DEVICE_REGISTRY_PROPERTY DeviceProperty,
                                POOL_TYPE PoolType,
                                PWDF_OBJECT_ATTRIBUTES PropertyMemoryAttributes,
                                WDFMEMORY *PropertyMemory);
/* the configuration of the child list the framework creates with the
 * device (a bus driver's dynamic enumeration) */
_IRQL_requires_max_(PASSIVE_LEVEL) VOID WdfFdoInitSetDefaultChildListConfig(
    PWDFDEVICE_INIT DeviceInit, PWDF_CHILD_LIST_CONFIG Config,
    PWDF_OBJECT_ATTRIBUTES DefaultChildListAttributes);

/* ---- the FDO's children and the stack below ---- */
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfFdoQueryForInterface(WDFDEVICE Fdo, LPCGUID InterfaceType,
                        PINTERFACE Interface, USHORT Size, USHORT Version,
                        PVOID InterfaceSpecificData);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFCHILDLIST
    WdfFdoGetDefaultChildList(WDFDEVICE Fdo);
/* static enumeration: a PDO the driver created itself */
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfFdoAddStaticChild(WDFDEVICE Fdo, WDFDEVICE Child);
/* the static child list is locked from Lock... to Unlock...; between them
 * WdfFdoRetrieveNextStaticChild walks it (Flags:
 * WDF_RETRIEVE_CHILDREN_FLAGS) */
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfFdoLockStaticChildListForIteration(WDFDEVICE Fdo);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
WDFDEVICE
WdfFdoRetrieveNextStaticChild(WDFDEVICE Fdo, WDFDEVICE PreviousChild,
                              ULONG Flags);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfFdoUnlockStaticChildListFromIteration(WDFDEVICE Fdo);

#endif
