/* irqlint's model of KMDF child lists (wdfchildlist.h): how a bus driver
 * describes the children it enumerates dynamically (identification and
 * address descriptions, the callbacks that copy, compare and free them),
 * scanning and iterating the list. Written from the documentation -- not
 * Microsoft's header. The list's methods run at <= DISPATCH_LEVEL. */
#ifndef IRQLINT_WDK_WDFCHILDLIST_H
#define IRQLINT_WDK_WDFCHILDLIST_H

/* A driver's identification (and address) description is its own structure
 * that begins with one of these headers; the size is of the whole. */
typedef struct _WDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER {
  ULONG IdentificationDescriptionSize;
} WDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER,
    *PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER;
FORCEINLINE VOID WDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER_INIT(
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER Header,
    ULONG IdentificationDescriptionSize) {
  RtlZeroMemory(Header, IdentificationDescriptionSize);
  Header->IdentificationDescriptionSize = IdentificationDescriptionSize;
}
typedef struct _WDF_CHILD_ADDRESS_DESCRIPTION_HEADER {
  ULONG AddressDescriptionSize;
} WDF_CHILD_ADDRESS_DESCRIPTION_HEADER, *PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER;
FORCEINLINE VOID WDF_CHILD_ADDRESS_DESCRIPTION_HEADER_INIT(
    PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER Header,
    ULONG AddressDescriptionSize) {
  RtlZeroMemory(Header, AddressDescriptionSize);
  Header->AddressDescriptionSize = AddressDescriptionSize;
}

typedef enum _WDF_CHILD_LIST_RETRIEVE_DEVICE_STATUS {
  WdfChildListRetrieveDeviceUndefined = 0,
  WdfChildListRetrieveDeviceSuccess,
  WdfChildListRetrieveDeviceNotYetCreated,
  WdfChildListRetrieveDeviceNoSuchDevice
} WDF_CHILD_LIST_RETRIEVE_DEVICE_STATUS,
    *PWDF_CHILD_LIST_RETRIEVE_DEVICE_STATUS;

/* which children an iteration visits */
typedef enum _WDF_RETRIEVE_CHILDREN_FLAGS {
  WdfRetrieveUnspecified = 0x0000,
  WdfRetrievePresentChildren = 0x0001,
  WdfRetrieveMissingChildren = 0x0002,
  WdfRetrievePendingChildren = 0x0004,
  WdfRetrieveAddedChildren =
      (WdfRetrievePresentChildren | WdfRetrievePendingChildren),
  WdfRetrieveAllChildren =
      (WdfRetrievePresentChildren | WdfRetrievePendingChildren |
       WdfRetrieveMissingChildren)
} WDF_RETRIEVE_CHILDREN_FLAGS;

/* ---- the driver's callbacks ---- */
typedef _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_WDF_CHILD_LIST_CREATE_DEVICE(
    WDFCHILDLIST ChildList,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription,
    PWDFDEVICE_INIT ChildInit);
typedef EVT_WDF_CHILD_LIST_CREATE_DEVICE *PFN_WDF_CHILD_LIST_CREATE_DEVICE;
typedef _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_WDF_CHILD_LIST_SCAN_FOR_CHILDREN(WDFCHILDLIST ChildList);
typedef EVT_WDF_CHILD_LIST_SCAN_FOR_CHILDREN
    *PFN_WDF_CHILD_LIST_SCAN_FOR_CHILDREN;
typedef _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
VOID EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COPY(
    WDFCHILDLIST ChildList,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER
        SourceIdentificationDescription,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER
        DestinationIdentificationDescription);
typedef EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COPY
    *PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COPY;
typedef _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_DUPLICATE(
    WDFCHILDLIST ChildList,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER
        SourceIdentificationDescription,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER
        DestinationIdentificationDescription);
typedef EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_DUPLICATE
    *PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_DUPLICATE;
typedef _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN
EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COMPARE(
    WDFCHILDLIST ChildList,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER FirstIdentificationDescription,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER
        SecondIdentificationDescription);
typedef EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COMPARE
    *PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COMPARE;
typedef _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
VOID EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_CLEANUP(
    WDFCHILDLIST ChildList,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription);
typedef EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_CLEANUP
    *PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_CLEANUP;
typedef _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
VOID EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_COPY(
    WDFCHILDLIST ChildList,
    PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER SourceAddressDescription,
    PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER DestinationAddressDescription);
typedef EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_COPY
    *PFN_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_COPY;
typedef _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_DUPLICATE(
    WDFCHILDLIST ChildList,
    PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER SourceAddressDescription,
    PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER DestinationAddressDescription);
typedef EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_DUPLICATE
    *PFN_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_DUPLICATE;
typedef _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
VOID EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_CLEANUP(
    WDFCHILDLIST ChildList,
    PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription);
typedef EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_CLEANUP
    *PFN_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_CLEANUP;
typedef _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
BOOLEAN
EVT_WDF_CHILD_LIST_DEVICE_REENUMERATED(
    WDFCHILDLIST ChildList, WDFDEVICE OldDevice,
    PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER OldAddressDescription,
    PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER NewAddressDescription);
typedef EVT_WDF_CHILD_LIST_DEVICE_REENUMERATED
    *PFN_WDF_CHILD_LIST_DEVICE_REENUMERATED;

typedef struct _WDF_CHILD_RETRIEVE_INFO {
  ULONG Size;
  PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription;
  PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription;
  WDF_CHILD_LIST_RETRIEVE_DEVICE_STATUS Status;
  PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COMPARE
  EvtChildListIdentificationDescriptionCompare;
} WDF_CHILD_RETRIEVE_INFO, *PWDF_CHILD_RETRIEVE_INFO;
FORCEINLINE VOID WDF_CHILD_RETRIEVE_INFO_INIT(
    PWDF_CHILD_RETRIEVE_INFO Info,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription) {
  RtlZeroMemory(Info, sizeof(WDF_CHILD_RETRIEVE_INFO));
  Info->Size = sizeof(WDF_CHILD_RETRIEVE_INFO);
  Info->IdentificationDescription = IdentificationDescription;
}

typedef struct _WDF_CHILD_LIST_CONFIG {
  ULONG Size;
  ULONG IdentificationDescriptionSize;
  ULONG AddressDescriptionSize;
  PFN_WDF_CHILD_LIST_CREATE_DEVICE EvtChildListCreateDevice;
  PFN_WDF_CHILD_LIST_SCAN_FOR_CHILDREN EvtChildListScanForChildren;
  PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COPY
  EvtChildListIdentificationDescriptionCopy;
  PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_DUPLICATE
  EvtChildListIdentificationDescriptionDuplicate;
  PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_CLEANUP
  EvtChildListIdentificationDescriptionCleanup;
  PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COMPARE
  EvtChildListIdentificationDescriptionCompare;
  PFN_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_COPY
  EvtChildListAddressDescriptionCopy;
  PFN_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_DUPLICATE
  EvtChildListAddressDescriptionDuplicate;
  PFN_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_CLEANUP
  EvtChildListAddressDescriptionCleanup;
  PFN_WDF_CHILD_LIST_DEVICE_REENUMERATED EvtChildListDeviceReenumerated;
} WDF_CHILD_LIST_CONFIG, *PWDF_CHILD_LIST_CONFIG;
FORCEINLINE VOID WDF_CHILD_LIST_CONFIG_INIT(
    PWDF_CHILD_LIST_CONFIG Config, ULONG IdentificationDescriptionSize,
    PFN_WDF_CHILD_LIST_CREATE_DEVICE EvtChildListCreateDevice) {
  RtlZeroMemory(Config, sizeof(WDF_CHILD_LIST_CONFIG));
  Config->Size = sizeof(WDF_CHILD_LIST_CONFIG);
  Config->IdentificationDescriptionSize = IdentificationDescriptionSize;
  Config->EvtChildListCreateDevice = EvtChildListCreateDevice;
}

/* An iteration over the list's devices, begun by WdfChildListBeginIteration
 * and ended by WdfChildListEndIteration. */
typedef struct _WDF_CHILD_LIST_ITERATOR {
  ULONG Size;
  ULONG Flags;
  PVOID Reserved[4];
} WDF_CHILD_LIST_ITERATOR, *PWDF_CHILD_LIST_ITERATOR;
FORCEINLINE VOID WDF_CHILD_LIST_ITERATOR_INIT(PWDF_CHILD_LIST_ITERATOR Iterator,
                                              ULONG Flags) {
  RtlZeroMemory(Iterator, sizeof(WDF_CHILD_LIST_ITERATOR));
  Iterator->Size = sizeof(WDF_CHILD_LIST_ITERATOR);
  Iterator->Flags = Flags;
}

/* ---- methods ---- */
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfChildListCreate(WDFDEVICE Device, PWDF_CHILD_LIST_CONFIG Config,
                   PWDF_OBJECT_ATTRIBUTES ChildListAttributes,
                   WDFCHILDLIST *ChildList);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFDEVICE
    WdfChildListGetDevice(WDFCHILDLIST ChildList);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
WDFDEVICE
WdfChildListRetrievePdo(WDFCHILDLIST ChildList,
                        PWDF_CHILD_RETRIEVE_INFO RetrieveInfo);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfChildListRetrieveAddressDescription(
    WDFCHILDLIST ChildList,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription,
    PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription);
/* a scan: the children reported between Begin and End are the present
 * ones, the others are marked missing */
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfChildListBeginScan(WDFCHILDLIST ChildList);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfChildListEndScan(WDFCHILDLIST ChildList);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfChildListBeginIteration(WDFCHILDLIST ChildList,
                               PWDF_CHILD_LIST_ITERATOR Iterator);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfChildListRetrieveNextDevice(WDFCHILDLIST ChildList,
                               PWDF_CHILD_LIST_ITERATOR Iterator,
                               WDFDEVICE *Device,
                               PWDF_CHILD_RETRIEVE_INFO Info);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfChildListEndIteration(WDFCHILDLIST ChildList,
                             PWDF_CHILD_LIST_ITERATOR Iterator);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfChildListAddOrUpdateChildDescriptionAsPresent(
    WDFCHILDLIST ChildList,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription,
    PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfChildListUpdateChildDescriptionAsMissing(
    WDFCHILDLIST ChildList,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfChildListUpdateAllChildDescriptionsAsPresent(WDFCHILDLIST ChildList);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN WdfChildListRequestChildEject(
    WDFCHILDLIST ChildList,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription);

#endif
