// A Trusted Execution Environment miniport against the bundled
// TrustedRuntimeClx.h, TrustedRT.h and TrEEVariableService.h: the master
// device's callback table, one secure service that describes itself, answers
// requests (one of them asynchronously) and forwards to an operating-system
// service, and a variable-service buffer. A missing or misdeclared name is a
// clang error, which fails the test; the PASSIVE_LEVEL bound of the hand-off
// routine is read from its declaration.
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ntddk.h>

#include <wdf.h>

#include <initguid.h>

#include <TrustedRuntimeClx.h>

typedef UINT16 CHAR16; // the variable service's header expects the includer's
#include <TrEEVariableService.h>

DEFINE_GUID(GUID_CLOCK_SERVICE, 0x0b2d6c61, 0x77e4, 0x4a0f, 0x9d, 0x33, 0x51,
            0x0a, 0x2c, 0x6e, 0x18, 0x4b);
DEFINE_GUID(GUID_HOST_LOG_SERVICE, 0x5c1e7f02, 0x3a98, 0x4d6b, 0x8e, 0x41, 0x0f,
            0x72, 0x9b, 0x3d, 0x66, 0xa0);

KSPIN_LOCK HandoffLock;
static PVOID Parked;

static EVT_TR_PROCESS_SECURE_SERVICE_REQUEST ClockRequest;
static EVT_TR_CANCEL_SECURE_SERVICE_REQUEST ClockCancel;
static TR_SECURE_SERVICE_CALLBACKS ClockCallbacks = {
    0, NULL, NULL, NULL, NULL, NULL, NULL, ClockRequest, ClockCancel, NULL};

// Function 1 is answered at once, function 2 later; anything else goes to
// the host's log service.
static NTSTATUS ClockRequest(WDFDEVICE ServiceDevice, WDFOBJECT Session,
                             PVOID RequestHandle, KPRIORITY Priority,
                             PTR_SERVICE_REQUEST Request, ULONG Flags,
                             PULONG_PTR BytesWritten, PVOID *RequestContext) {
  TR_SERVICE_REQUEST forward = *Request;
  UNREFERENCED_PARAMETER(Session);
  UNREFERENCED_PARAMETER(Priority);
  UNREFERENCED_PARAMETER(RequestContext);
  *BytesWritten = 0;
  if ((Flags & TR_SERVICE_REQUEST_FROM_USERMODE) != 0 &&
      Request->InterfaceVersion != TRUSTED_RUNTIME_INTERFACE_VERSION)
    return STATUS_ACCESS_DENIED;
  if (Request->FunctionCode == 1 && Request->OutputBufferSize >= sizeof(ULONG))
    return STATUS_SUCCESS;
  if (Request->FunctionCode == 2) {
    Parked = RequestHandle;
    return STATUS_PENDING;
  }
  return TrSecureDeviceCallOSService(ServiceDevice, &GUID_HOST_LOG_SERVICE,
                                     &forward, BytesWritten);
}
static VOID ClockCancel(WDFDEVICE ServiceDevice, WDFOBJECT Session,
                        PVOID RequestHandle, PVOID *RequestContext) {
  UNREFERENCED_PARAMETER(ServiceDevice);
  UNREFERENCED_PARAMETER(Session);
  UNREFERENCED_PARAMETER(RequestContext);
  if (RequestHandle == Parked && NT_SUCCESS(TrSecureDeviceCompleteAsyncRequest(
                                     Parked, STATUS_CANCELLED, 0)))
    Parked = NULL;
}

static EVT_TR_ENUMERATE_SECURE_SERVICES Enumerate;
static EVT_TR_QUERY_SERVICE_CALLBACKS QueryCallbacks;
static TR_SECURE_DEVICE_CALLBACKS MasterCallbacks = {
    TR_DEVICE_SERIALIZE_PER_SESSION | TR_DEVICE_STACK_RESERVE_4K,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    Enumerate,
    NULL,
    QueryCallbacks};

// One service, with no dependencies and no extension.
static NTSTATUS Enumerate(WDFDEVICE MasterDevice, ULONG Index,
                          PUCHAR Description, ULONG *DescriptionSize) {
  PTR_SECURE_SERVICE service = (PTR_SECURE_SERVICE)Description;
  UNREFERENCED_PARAMETER(MasterDevice);
  if (Index > 0)
    return STATUS_NO_MORE_ENTRIES;
  if (Description == NULL || *DescriptionSize < sizeof(TR_SECURE_SERVICE)) {
    *DescriptionSize = sizeof(TR_SECURE_SERVICE);
    return STATUS_BUFFER_TOO_SMALL;
  }
  RtlZeroMemory(service, sizeof(*service));
  service->DescriptionSize = sizeof(*service);
  service->ServiceGuid = GUID_CLOCK_SERVICE;
  service->MajorVersion = 1;
  return STATUS_SUCCESS;
}
static PTR_SECURE_SERVICE_CALLBACKS QueryCallbacks(WDFDEVICE MasterDevice,
                                                   LPGUID ServiceGuid) {
  UNREFERENCED_PARAMETER(MasterDevice);
  return IsEqualGUID(ServiceGuid, &GUID_CLOCK_SERVICE) ? &ClockCallbacks : NULL;
}

// The name of a set-variable request sits at its own offset.
BOOLEAN NamesBootOrder(PEFI_SET_VARIABLE_IN Set) {
  return EFI_SET_VARIABLE_GET_VARIABLE_NAME(Set)[0] == L'B' &&
         IsEqualGUID(&GUID_EFI_VARIABLE_SERVICE, &GUID_EFI_VARIABLE_SERVICE);
}

ULONG ExecuteCode(void) { return IOCTL_TR_EXECUTE_FUNCTION; }

// Misuse: handing the device over while a spin lock is held.
NTSTATUS AddMaster(PWDFDEVICE_INIT Init) {
  KIRQL irql;
  NTSTATUS status;
  KeAcquireSpinLock(&HandoffLock, &irql);
  status = TrSecureDeviceHandoffMasterDeviceControl(Init, &MasterCallbacks, NULL);
  // CHECK: :[[@LINE-1]]:12: warning: TrSecureDeviceHandoffMasterDeviceControl requires IRQL <= PASSIVE_LEVEL (by its annotations), but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'HandoffLock' acquired here by KeAcquireSpinLock, raising the IRQL to DISPATCH_LEVEL
  KeReleaseSpinLock(&HandoffLock, irql);
  return status;
}
