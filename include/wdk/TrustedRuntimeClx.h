/* irqlint's model of trustedruntimeclx.h (the TrEE class extension: what a
 * KMDF miniport for a Trusted Execution Environment implements and calls),
 * written from the documentation (learn.microsoft.com "trustedruntimeclx.h")
 * -- not Microsoft's header. A miniport hands its master device and each
 * secure-service device over to the class extension with a table of
 * callbacks; the class extension calls them at PASSIVE_LEVEL. The routines
 * the miniport calls are declared as functions (the real header reaches
 * them through the class extension's function table). */
#ifndef IRQLINT_WDK_TRUSTEDRUNTIMECLX_H
#define IRQLINT_WDK_TRUSTEDRUNTIMECLX_H

#include <stdarg.h>

#include "TrustedRT.h"
#include "wdf.h"

/* the bus type of devices the TrEE enumerates */
DEFINE_GUID(GUID_BUS_TYPE_TREE, 0x4E815EE1, 0x20F8, 0x41EF, 0x8C, 0xFF, 0x3C,
            0x28, 0x3F, 0x02, 0xD7, 0x22);

typedef struct _TR_SECURE_DEVICE_CALLBACKS_V1 TR_SECURE_DEVICE_CALLBACKS_V1,
    *PTR_SECURE_DEVICE_CALLBACKS_V1;
typedef TR_SECURE_DEVICE_CALLBACKS_V1 TR_SECURE_DEVICE_CALLBACKS,
    *PTR_SECURE_DEVICE_CALLBACKS;
typedef struct _TR_SECURE_SERVICE_CALLBACKS_V1 TR_SECURE_SERVICE_CALLBACKS_V1,
    *PTR_SECURE_SERVICE_CALLBACKS_V1;
typedef TR_SECURE_SERVICE_CALLBACKS_V1 TR_SECURE_SERVICE_CALLBACKS,
    *PTR_SECURE_SERVICE_CALLBACKS;

/* the slots of the class extension's function table */
typedef enum _TRFUNCENUM {
  TrSecureDeviceHandoffMasterDeviceControlTableIndex = 0,
  TrSecureDeviceHandoffServiceDeviceControlTableIndex,
  TrSecureDeviceLogMessageTableIndex,
  TrSecureDeviceQueryOSServiceTableIndex,
  TrSecureDeviceCallOSServiceTableIndex,
  TrSecureDeviceCompleteAsyncRequestTableIndex,
  TrFunctionTableNumEntries
} TRFUNCENUM;

/* ---- the master device's callbacks ---- */
typedef _Function_class_(EVT_TR_CREATE_SECURE_DEVICE_CONTEXT)
    _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_TR_CREATE_SECURE_DEVICE_CONTEXT(_In_ WDFDEVICE MasterDevice);
typedef EVT_TR_CREATE_SECURE_DEVICE_CONTEXT
    *PFN_TR_CREATE_SECURE_DEVICE_CONTEXT;
typedef _Function_class_(EVT_TR_DESTROY_SECURE_DEVICE_CONTEXT)
    _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_TR_DESTROY_SECURE_DEVICE_CONTEXT(_In_ WDFDEVICE MasterDevice);
typedef EVT_TR_DESTROY_SECURE_DEVICE_CONTEXT
    *PFN_TR_DESTROY_SECURE_DEVICE_CONTEXT;
typedef _Function_class_(EVT_TR_PREPARE_HARDWARE_SECURE_ENVIRONMENT)
    _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_TR_PREPARE_HARDWARE_SECURE_ENVIRONMENT(
    _In_ WDFDEVICE MasterDevice, _In_ WDFCMRESLIST RawResources,
    _In_ WDFCMRESLIST TranslatedResources);
typedef EVT_TR_PREPARE_HARDWARE_SECURE_ENVIRONMENT
    *PFN_TR_PREPARE_HARDWARE_SECURE_ENVIRONMENT;
typedef _Function_class_(EVT_TR_RELEASE_HARDWARE_SECURE_ENVIRONMENT)
    _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_TR_RELEASE_HARDWARE_SECURE_ENVIRONMENT(
    _In_ WDFDEVICE MasterDevice, _In_ WDFCMRESLIST TranslatedResources);
typedef EVT_TR_RELEASE_HARDWARE_SECURE_ENVIRONMENT
    *PFN_TR_RELEASE_HARDWARE_SECURE_ENVIRONMENT;
typedef _Function_class_(EVT_TR_CONNECT_SECURE_ENVIRONMENT) _IRQL_requires_same_
    _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_TR_CONNECT_SECURE_ENVIRONMENT(_In_ WDFDEVICE MasterDevice);
typedef EVT_TR_CONNECT_SECURE_ENVIRONMENT *PFN_TR_CONNECT_SECURE_ENVIRONMENT;
typedef _Function_class_(EVT_TR_DISCONNECT_SECURE_ENVIRONMENT)
    _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_TR_DISCONNECT_SECURE_ENVIRONMENT(_In_ WDFDEVICE MasterDevice);
typedef EVT_TR_DISCONNECT_SECURE_ENVIRONMENT
    *PFN_TR_DISCONNECT_SECURE_ENVIRONMENT;

/* ---- the description of a secure service the master device enumerates:
 * a TR_SECURE_SERVICE, its dependencies, then (at ExtensionOffset) a
 * TR_SECURE_SERVICE_EXTENSION naming an SDDL string further on ---- */
typedef enum _TR_SECURE_DEPENDENCY_TYPE {
  TRSecureOSDependency,
  TRSecureResourceDependency
} TR_SECURE_DEPENDENCY_TYPE;
typedef struct _TR_SECURE_DEPENDENCY_V1 {
  TR_SECURE_DEPENDENCY_TYPE Type;
  ULONG MaxRequired;
  GUID Id;
} TR_SECURE_DEPENDENCY_V1, *PTR_SECURE_DEPENDENCY_V1;
typedef TR_SECURE_DEPENDENCY_V1 TR_SECURE_DEPENDENCY, *PTR_SECURE_DEPENDENCY;
typedef struct _TR_SECURE_SERVICE_V1 {
  ULONG DescriptionSize;
  GUID ServiceGuid;
  ULONG MajorVersion;
  ULONG MinorVersion;
  ULONG ExtensionOffset;
  ULONG CountDependencies;
  TR_SECURE_DEPENDENCY_V1 Dependencies[ANYSIZE_ARRAY];
} TR_SECURE_SERVICE_V1, *PTR_SECURE_SERVICE_V1;
typedef TR_SECURE_SERVICE_V1 TR_SECURE_SERVICE, *PTR_SECURE_SERVICE;
#define TR_SECURE_SERVICE_EXTENSION_VERSION_1 1
#define TR_SECURE_SERVICE_EXTENSION_VERSION                                    \
  TR_SECURE_SERVICE_EXTENSION_VERSION_1
typedef struct _TR_SECURE_SERVICE_EXTENSION_V1 {
  ULONG ExtensionVersion;
  ULONG SecurityDescriptorStringOffset; /* from the TR_SECURE_SERVICE */
} TR_SECURE_SERVICE_EXTENSION_V1, *PTR_SECURE_SERVICE_EXTENSION_V1;
typedef TR_SECURE_SERVICE_EXTENSION_V1 TR_SECURE_SERVICE_EXTENSION,
    *PTR_SECURE_SERVICE_EXTENSION;

typedef _Function_class_(EVT_TR_ENUMERATE_SECURE_SERVICES) _IRQL_requires_same_
    _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_TR_ENUMERATE_SECURE_SERVICES(_In_ WDFDEVICE MasterDevice, _In_ ULONG Index,
                                 _Inout_updates_bytes_opt_(*DescriptionSize)
                                     PUCHAR SecureServiceDescription,
                                 _Inout_ ULONG *DescriptionSize);
typedef EVT_TR_ENUMERATE_SECURE_SERVICES *PFN_TR_ENUMERATE_SECURE_SERVICES;
typedef _Function_class_(EVT_TR_PROCESS_OTHER_DEVICE_IO) _IRQL_requires_same_
    _IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_TR_PROCESS_OTHER_DEVICE_IO(_In_ WDFDEVICE MasterDevice,
                                    _In_ WDFREQUEST Request);
typedef EVT_TR_PROCESS_OTHER_DEVICE_IO *PFN_TR_PROCESS_OTHER_DEVICE_IO;
typedef _Function_class_(EVT_TR_QUERY_SERVICE_CALLBACKS) _IRQL_requires_same_
    _IRQL_requires_max_(PASSIVE_LEVEL)
PTR_SECURE_SERVICE_CALLBACKS
EVT_TR_QUERY_SERVICE_CALLBACKS(_In_ WDFDEVICE MasterDevice,
                               _In_ LPGUID ServiceGuid);
typedef EVT_TR_QUERY_SERVICE_CALLBACKS *PFN_TR_QUERY_SERVICE_CALLBACKS;

/* ---- a secure-service device's callbacks ---- */
typedef _Function_class_(EVT_TR_CREATE_SECURE_SERVICE_CONTEXT)
    _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_TR_CREATE_SECURE_SERVICE_CONTEXT(_In_ WDFDEVICE MasterDevice,
                                     _In_ LPCGUID ServiceGuid,
                                     _In_ WDFDEVICE ServiceDevice);
typedef EVT_TR_CREATE_SECURE_SERVICE_CONTEXT
    *PFN_TR_CREATE_SECURE_SERVICE_CONTEXT;
typedef _Function_class_(EVT_TR_DESTROY_SECURE_SERVICE_CONTEXT)
    _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_TR_DESTROY_SECURE_SERVICE_CONTEXT(_In_ WDFDEVICE ServiceDevice);
typedef EVT_TR_DESTROY_SECURE_SERVICE_CONTEXT
    *PFN_TR_DESTROY_SECURE_SERVICE_CONTEXT;
typedef _Function_class_(EVT_TR_CONNECT_SECURE_SERVICE) _IRQL_requires_same_
    _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_TR_CONNECT_SECURE_SERVICE(_In_ WDFDEVICE ServiceDevice);
typedef EVT_TR_CONNECT_SECURE_SERVICE *PFN_TR_CONNECT_SECURE_SERVICE;
typedef _Function_class_(EVT_TR_DISCONNECT_SECURE_SERVICE) _IRQL_requires_same_
    _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_TR_DISCONNECT_SECURE_SERVICE(_In_ WDFDEVICE ServiceDevice);
typedef EVT_TR_DISCONNECT_SECURE_SERVICE *PFN_TR_DISCONNECT_SECURE_SERVICE;
typedef _Function_class_(EVT_TR_CREATE_SECURE_SERVICE_SESSION_CONTEXT)
    _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_TR_CREATE_SECURE_SERVICE_SESSION_CONTEXT(
    _In_ WDFDEVICE ServiceDevice, _Out_ WDFOBJECT *SessionContextObject);
typedef EVT_TR_CREATE_SECURE_SERVICE_SESSION_CONTEXT
    *PFN_TR_CREATE_SECURE_SERVICE_SESSION_CONTEXT;
typedef _Function_class_(EVT_TR_DESTROY_SECURE_SERVICE_SESSION_CONTEXT)
    _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_TR_DESTROY_SECURE_SERVICE_SESSION_CONTEXT(
    _In_ WDFDEVICE ServiceDevice, _Inout_ WDFOBJECT *SessionContextObject);
typedef EVT_TR_DESTROY_SECURE_SERVICE_SESSION_CONTEXT
    *PFN_TR_DESTROY_SECURE_SERVICE_SESSION_CONTEXT;

/* Flags of EvtTrProcessSecureServiceRequest: the request came from an
 * application rather than from kernel mode. */
#define TR_SERVICE_REQUEST_FROM_USERMODE 1
/* Returning STATUS_PENDING keeps the request (RequestHandle) for a later
 * TrSecureDeviceCompleteAsyncRequest. */
typedef _Function_class_(EVT_TR_PROCESS_SECURE_SERVICE_REQUEST)
    _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_TR_PROCESS_SECURE_SERVICE_REQUEST(
    _In_ WDFDEVICE ServiceDevice, _In_ WDFOBJECT SessionContext,
    _In_ PVOID RequestHandle, _In_ KPRIORITY Priority,
    _In_ PTR_SERVICE_REQUEST Request, _In_ ULONG Flags,
    _Out_ PULONG_PTR BytesWritten, _Inout_opt_ PVOID *RequestContext);
typedef EVT_TR_PROCESS_SECURE_SERVICE_REQUEST
    *PFN_TR_PROCESS_SECURE_SERVICE_REQUEST;
typedef _Function_class_(EVT_TR_CANCEL_SECURE_SERVICE_REQUEST)
    _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_TR_CANCEL_SECURE_SERVICE_REQUEST(_In_ WDFDEVICE ServiceDevice,
                                          _In_ WDFOBJECT SessionContext,
                                          _In_ PVOID RequestHandle,
                                          _Inout_opt_ PVOID *RequestContext);
typedef EVT_TR_CANCEL_SECURE_SERVICE_REQUEST
    *PFN_TR_CANCEL_SECURE_SERVICE_REQUEST;
typedef _Function_class_(EVT_TR_PROCESS_OTHER_SECURE_SERVICE_IO)
    _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_TR_PROCESS_OTHER_SECURE_SERVICE_IO(_In_ WDFDEVICE ServiceDevice,
                                            _In_ WDFOBJECT SessionContext,
                                            _In_ WDFREQUEST Request);
typedef EVT_TR_PROCESS_OTHER_SECURE_SERVICE_IO
    *PFN_TR_PROCESS_OTHER_SECURE_SERVICE_IO;

/* ---- the callback tables; Flags of the master device's table combine
 * one serialization choice with one stack reserve ---- */
#define TR_DEVICE_NO_SERIALIZATION 0x00000000
#define TR_DEVICE_SERIALIZE_PER_SESSION 0x00000001
#define TR_DEVICE_SERIALIZE_PER_SERVICE 0x00000002
#define TR_DEVICE_SERIALIZE_ALL_REQUESTS 0x00000003
#define TR_DEVICE_SERIALIZE_MASK 0x00000003
#define TR_DEVICE_STACK_RESERVE_NONE 0x00000000
#define TR_DEVICE_STACK_RESERVE_2K 0x00000004
#define TR_DEVICE_STACK_RESERVE_4K 0x00000008
#define TR_DEVICE_STACK_RESERVE_8K 0x0000000C
#define TR_DEVICE_STACK_RESERVE_MASK 0x0000000C

struct _TR_SECURE_DEVICE_CALLBACKS_V1 {
  ULONG Flags;
  PFN_TR_CREATE_SECURE_DEVICE_CONTEXT EvtTrCreateSecureDeviceContext;
  PFN_TR_DESTROY_SECURE_DEVICE_CONTEXT EvtTrDestroySecureDeviceContext;
  PFN_TR_PREPARE_HARDWARE_SECURE_ENVIRONMENT
  EvtTrPrepareHardwareSecureEnvironment;
  PFN_TR_RELEASE_HARDWARE_SECURE_ENVIRONMENT
  EvtTrReleaseHardwareSecureEnvironment;
  PFN_TR_CONNECT_SECURE_ENVIRONMENT EvtTrConnectSecureEnvironment;
  PFN_TR_DISCONNECT_SECURE_ENVIRONMENT EvtTrDisconnectSecureEnvironment;
  PFN_TR_ENUMERATE_SECURE_SERVICES EvtTrEnumerateSecureServices;
  PFN_TR_PROCESS_OTHER_DEVICE_IO EvtTrProcessOtherDeviceIo;
  PFN_TR_QUERY_SERVICE_CALLBACKS EvtTrQueryServiceCallbacks;
};
struct _TR_SECURE_SERVICE_CALLBACKS_V1 {
  ULONG Flags;
  PFN_TR_CREATE_SECURE_SERVICE_CONTEXT EvtTrCreateSecureServiceContext;
  PFN_TR_DESTROY_SECURE_SERVICE_CONTEXT EvtTrDestroySecureServiceContext;
  PFN_TR_CONNECT_SECURE_SERVICE EvtTrConnectSecureService;
  PFN_TR_DISCONNECT_SECURE_SERVICE EvtTrDisconnectSecureService;
  PFN_TR_CREATE_SECURE_SERVICE_SESSION_CONTEXT EvtTrCreateSecureSessionContext;
  PFN_TR_DESTROY_SECURE_SERVICE_SESSION_CONTEXT
  EvtTrDestroySecureSessionContext;
  PFN_TR_PROCESS_SECURE_SERVICE_REQUEST EvtTrProcessSecureServiceRequest;
  PFN_TR_CANCEL_SECURE_SERVICE_REQUEST EvtTrCancelSecureServiceRequest;
  PFN_TR_PROCESS_OTHER_SECURE_SERVICE_IO EvtTrProcessOtherSecureServiceIo;
};

/* ---- what the miniport calls ---- */
/* from EvtDriverDeviceAdd: the class extension creates the master (or a
 * service) device from DeviceInit and dispatches its I/O */
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
TrSecureDeviceHandoffMasterDeviceControl(_Inout_ PWDFDEVICE_INIT DeviceInit,
                                         _In_ PTR_SECURE_DEVICE_CALLBACKS
                                             Callbacks,
                                         _Out_opt_ WDFDEVICE *MasterDevice);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
TrSecureDeviceHandoffServiceDeviceControl(
    _Inout_ PWDFDEVICE_INIT DeviceInit, _In_ LPGUID ServiceGuid,
    _In_opt_ PTR_SECURE_SERVICE_CALLBACKS Callbacks,
    _Out_opt_ WDFDEVICE *ServiceDevice);
/* Severity is an NTSTATUS severity (STATUS_SEVERITY_*) */
NTSTATUS TrSecureDeviceLogMessage(_In_ WDFDEVICE Device, _In_ ULONG Severity,
                                  _Printf_format_string_ _In_ PCSTR Message,
                                  ...);
/* the services the operating system offers a secure service */
_Must_inspect_result_ NTSTATUS
TrSecureDeviceQueryOSService(_In_ WDFDEVICE Device, _In_ LPCGUID OSServiceGuid,
                             _Out_ PTR_SERVICE_INFORMATION Information);
_Must_inspect_result_ NTSTATUS TrSecureDeviceCallOSService(
    _In_ WDFDEVICE Device, _In_ LPCGUID OSServiceGuid,
    _In_ PTR_SERVICE_REQUEST CallData, _Out_opt_ ULONG_PTR *BytesWritten);
/* completes a request EvtTrProcessSecureServiceRequest left pending */
_Must_inspect_result_ NTSTATUS TrSecureDeviceCompleteAsyncRequest(
    _In_ PVOID RequestHandle, _In_ NTSTATUS Result,
    _In_ ULONG_PTR BytesWritten);

#endif
