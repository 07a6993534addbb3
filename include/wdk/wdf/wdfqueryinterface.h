/* irqlint's model of KMDF driver-defined interfaces (wdfqueryinterface.h):
 * exposing an interface (IRP_MN_QUERY_INTERFACE) that other drivers query,
 * and the no-op reference callbacks for an interface that needs none.
 * Written from the documentation -- not Microsoft's header. */
#ifndef IRQLINT_WDK_WDFQUERYINTERFACE_H
#define IRQLINT_WDK_WDFQUERYINTERFACE_H

/* called when another driver queries a dynamic interface (ImportInterface
 * or no fixed interface contents), at PASSIVE_LEVEL */
typedef _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST(
    WDFDEVICE Device, LPGUID InterfaceType, PINTERFACE ExposedInterface,
    PVOID ExposedInterfaceSpecificData);
typedef EVT_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST
    *PFN_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST;

typedef struct _WDF_QUERY_INTERFACE_CONFIG {
  ULONG Size;
  /* the interface as the driver exposes it (its INTERFACE header first) */
  PINTERFACE Interface;
  const GUID *InterfaceType;
  /* pass the query on down the stack instead of answering it here */
  BOOLEAN SendQueryToParentStack;
  PFN_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST
  EvtDeviceProcessQueryInterfaceRequest;
  /* the querying driver supplies parts of the interface */
  BOOLEAN ImportInterface;
} WDF_QUERY_INTERFACE_CONFIG, *PWDF_QUERY_INTERFACE_CONFIG;
FORCEINLINE VOID
WDF_QUERY_INTERFACE_CONFIG_INIT(PWDF_QUERY_INTERFACE_CONFIG InterfaceConfig,
                                PINTERFACE Interface, const GUID *InterfaceType,
                                PFN_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST
                                    EvtDeviceProcessQueryInterfaceRequest) {
  RtlZeroMemory(InterfaceConfig, sizeof(WDF_QUERY_INTERFACE_CONFIG));
  InterfaceConfig->Size = sizeof(WDF_QUERY_INTERFACE_CONFIG);
  InterfaceConfig->Interface = Interface;
  InterfaceConfig->InterfaceType = InterfaceType;
  InterfaceConfig->EvtDeviceProcessQueryInterfaceRequest =
      EvtDeviceProcessQueryInterfaceRequest;
}

_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfDeviceAddQueryInterface(WDFDEVICE Device,
                           PWDF_QUERY_INTERFACE_CONFIG InterfaceConfig);

/* InterfaceReference / InterfaceDereference of an interface whose
 * provider does not count its users */
_IRQL_requires_max_(HIGH_LEVEL) FORCEINLINE VOID
    WdfDeviceInterfaceReferenceNoOp(PVOID Context) {
  UNREFERENCED_PARAMETER(Context);
}
_IRQL_requires_max_(HIGH_LEVEL) FORCEINLINE VOID
    WdfDeviceInterfaceDereferenceNoOp(PVOID Context) {
  UNREFERENCED_PARAMETER(Context);
}

#endif
