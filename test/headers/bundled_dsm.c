// The bundled MPIO DSM headers as a device-specific module uses them:
// dsm.h (DSM_INIT_DATA and the DSM_* entry point types, DSM_IDS,
// DSM_WMILIB_CONTEXT, CONTROLLER_INFO, the Dsm... routines MPIO exports,
// DSM_NOTIFICATION_TYPE) and mpiodisk.h (load balance policies and paths,
// the WMI data blocks and methods), with what such a module takes from the
// other headers (KEY_BASIC_INFORMATION, MPIO_PASS_THROUGH_PATH32,
// NTDDI_VISTA, strlen through ntstrsafe.h). A missing or misdeclared name
// is a clang error, which fails the test. The DSM routines carry no IRQL or
// lock SAL (their pages give none); the kernel spin lock a DSM guards its
// device list with is still seen: a path that keeps it is a finding.
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <dsm.h>
#include <mpiodisk.h>
#include <ntstrsafe.h>
#include <stdarg.h>
#include <stdio.h>

typedef struct _MY_DSM {
  KSPIN_LOCK Lock;
  ULONG Devices;
  PVOID MpioContext;
  ULONG Policy;
} MY_DSM, *PMY_DSM;

DSM_INQUIRE_DRIVER MyInquire;
DSM_COMPARE_DEVICES MyCompare;
DSM_CATEGORIZE_REQUEST MyCategorize;
DSM_INTERPRET_ERROR_EX MyInterpret;
DSM_UNLOAD MyUnload;
DSM_QUERY_DATABLOCK_EX MyQuery;

static DSM_INIT_DATA InitData;
static MY_DSM Dsm;

NTSTATUS MyInquire(PVOID DsmContext, PDEVICE_OBJECT TargetDevice,
                   PDEVICE_OBJECT PortFdo,
                   PSTORAGE_DEVICE_DESCRIPTOR Descriptor,
                   PSTORAGE_DEVICE_ID_DESCRIPTOR DeviceIdList,
                   PVOID *DsmIdentifier) {
  PMY_DSM dsm = (PMY_DSM)DsmContext;
  PSCSI_ADDRESS address = NULL;
  KIRQL irql;
  UNREFERENCED_PARAMETER(PortFdo);
  UNREFERENCED_PARAMETER(DeviceIdList);
  *DsmIdentifier = NULL;
  if (Descriptor->VendorIdOffset == 0 ||
      !NT_SUCCESS(DsmGetScsiAddress(TargetDevice, &address)))
    return STATUS_NOT_SUPPORTED;
  KeAcquireSpinLock(&dsm->Lock, &irql);
  dsm->Devices++;
  KeReleaseSpinLock(&dsm->Lock, irql);
  *DsmIdentifier = address;
  return STATUS_SUCCESS;
}

BOOLEAN MyCompare(PVOID DsmContext, PVOID DsmId1, PVOID DsmId2) {
  UNREFERENCED_PARAMETER(DsmContext);
  return DsmId1 == DsmId2;
}

// Every request goes down the current path; a device with no path left is
// an error.
ULONG MyCategorize(PVOID DsmContext, PDSM_IDS DsmIds, PIRP Irp,
                   PSCSI_REQUEST_BLOCK Srb, PVOID CurrentPath, PVOID *PathId,
                   NTSTATUS *Status) {
  PMY_DSM dsm = (PMY_DSM)DsmContext;
  UNREFERENCED_PARAMETER(Srb);
  *PathId = CurrentPath;
  *Status = STATUS_SUCCESS;
  if (DsmIds->Count == 0 || CurrentPath == NULL) {
    *Status = STATUS_NO_SUCH_DEVICE;
    return DSM_ERROR;
  }
  if (dsm->Policy == DSM_LB_FAILOVER)
    DsmSendRequestEx(dsm->MpioContext, (PDEVICE_OBJECT)CurrentPath, Irp,
                     DsmIds->IdList[0], DSM_CALL_COMPLETION_ON_MPIO_ERROR);
  return DSM_PATH_SET;
}

ULONG MyInterpret(PVOID DsmContext, PVOID DsmId, PSCSI_REQUEST_BLOCK Srb,
                  NTSTATUS *Status, PBOOLEAN Retry, PLONG RetryInterval, ...) {
  PMY_DSM dsm = (PMY_DSM)DsmContext;
  UNREFERENCED_PARAMETER(Srb);
  *Retry = TRUE;
  *RetryInterval = 1;
  if (*Status == STATUS_DEVICE_NOT_CONNECTED) {
    DsmNotification(dsm->MpioContext, ThrottleIO_V2, DsmId, FALSE, Status, 0);
    return DSM_FATAL_ERROR | DSM_RETRY_DONT_DECREMENT;
  }
  return 0;
}

NTSTATUS MyUnload(PVOID DsmContext) {
  UNREFERENCED_PARAMETER(DsmContext);
  return STATUS_SUCCESS;
}

// The supported policies, as the DSM_QuerySupportedLBPolicies_V2 block.
NTSTATUS MyQuery(PVOID DsmContext, PDSM_IDS DsmIds, PIRP Irp, ULONG GuidIndex,
                 ULONG InstanceIndex, ULONG InstanceCount,
                 PULONG InstanceLengthArray, ULONG BufferAvail, PUCHAR Buffer,
                 PULONG DsmDataLength, ...) {
  PDSM_QuerySupportedLBPolicies_V2 out =
      (PDSM_QuerySupportedLBPolicies_V2)Buffer;
  PMPIO_DSM_Path_V2 path = &out->Supported_LB_Policies[0].DSM_Paths[0];
  UNREFERENCED_PARAMETER(DsmContext);
  UNREFERENCED_PARAMETER(DsmIds);
  UNREFERENCED_PARAMETER(Irp);
  UNREFERENCED_PARAMETER(GuidIndex);
  UNREFERENCED_PARAMETER(InstanceIndex);
  UNREFERENCED_PARAMETER(InstanceCount);
  if (BufferAvail < sizeof(*out))
    return STATUS_BUFFER_TOO_SMALL;
  out->SupportedLBPoliciesCount = 1;
  out->Supported_LB_Policies[0].LoadBalancePolicy = DSM_LB_ROUND_ROBIN;
  path->ALUASupport = 0;
  path->TargetPortGroup_Identifier = 1;
  InstanceLengthArray[0] = sizeof(*out);
  *DsmDataLength = sizeof(*out);
  return STATUS_SUCCESS;
}

static GUID QueryGuid = DSM_QuerySupportedLBPolicies_V2Guid;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject,
                     PUNICODE_STRING RegistryPath) {
  MPIO_VERSION_INFO version;
  IO_STATUS_BLOCK io;
  DSM_DEREGISTER_DATA deregister;
  UNREFERENCED_PARAMETER(RegistryPath);
  if (!RtlIsNtDdiVersionAvailable(NTDDI_VISTA) ||
      !NT_SUCCESS(DsmGetVersion(&version, sizeof(version))))
    return STATUS_NOT_SUPPORTED;
  KeInitializeSpinLock(&Dsm.Lock);
  InitData.InitDataSize = sizeof(InitData);
  InitData.DsmInquireDriver = MyInquire;
  InitData.DsmCompareDevices = MyCompare;
  InitData.DsmCategorizeRequest = MyCategorize;
  InitData.DsmInterpretErrorEx = MyInterpret;
  InitData.DsmUnload = MyUnload;
  InitData.DsmWmiInfo.QueryWmiDataBlockEx = MyQuery;
  InitData.DsmWmiInfo.GuidCount = (QueryGuid.Data1 != 0) ? 1 : 0;
  InitData.DsmType = DsmType1;
  InitData.DsmContext = &Dsm;
  InitData.DriverObject = DriverObject;
  DsmSendDeviceIoControlSynchronous(IOCTL_MPDSM_REGISTER, NULL, &InitData,
                                    &Dsm.MpioContext, sizeof(InitData),
                                    sizeof(Dsm.MpioContext), TRUE, &io);
  deregister.DeregisterDataSize = sizeof(deregister);
  deregister.DsmContext = &Dsm;
  deregister.DriverObject = DriverObject;
  deregister.MpioContext = (PDSM_MPIO_CONTEXT)Dsm.MpioContext;
  return io.Status;
}

// Helpers a DSM writes around registry keys and pass-through requests.
ULONG KeyNameBytes(PKEY_BASIC_INFORMATION Info, PMPIO_PASS_THROUGH_PATH32 Pt,
                   PCSTR Vendor) {
  return Info->NameLength + Pt->PassThrough.Length + (ULONG)strlen(Vendor) +
         sizeof(KEY_FULL_INFORMATION) + sizeof(SCSI_PASS_THROUGH_WITH_BUFFERS);
}

// Counting a removed device: the early return keeps the lock. (It uses
// DSM_IDS, so without dsm.h the function would not compile and its finding
// would be lost.)
NTSTATUS MyRemove(PMY_DSM Context, PDSM_IDS DsmIds) {
  KIRQL irql;
  KeAcquireSpinLock(&Context->Lock, &irql);
  if (DsmIds->Count == 0)
    return STATUS_INVALID_PARAMETER;
  Context->Devices -= DsmIds->Count;
  KeReleaseSpinLock(&Context->Lock, irql);
  return STATUS_SUCCESS;
}
// CHECK: :[[@LINE-7]]:3: warning: {{.*}} [lock-not-released]
