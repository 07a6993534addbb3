// The odds and ends of the bundled headers that drivers outside the big
// families (KMDF function drivers, WFP callouts, file-system filters, PEPs,
// serial enumerators) lean on: what wdm.h brings in by itself (the version
// macros, the C runtime's string routines, TCHAR), the file-position
// information class, the device-interface list, the device reset interface,
// the disk cluster query, kernel-mode performance counters, the Bluetooth
// transport DDI version, the SDDL strings wdfdevice.h pulls in and the
// address-to-text routines wsk.h reaches through mstcpip.h. A missing or misdeclared name is a clang error,
// which fails the test; the IRQL bounds of IoGetDeviceInterfaces and
// PcwCreateInstance are read from their declarations.
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ntddk.h>

#include <initguid.h>

#include <bthxddi.h>
#include <ntdddisk.h>
#include <wdf.h>
#include <wdmguid.h>
#include <wsk.h>

#if NTDDI_VERSION < NTDDI_WINXP
#error "the version macros come with wdm.h"
#endif

KSPIN_LOCK ListLock;

// wdm.h alone declares the C runtime's string routines.
BOOLEAN SameTag(const char *A, const char *B) {
  uintptr_t where = (uintptr_t)A;
  return where != 0 && strlen(A) == strlen(B) && _stricmp(A, B) == 0 &&
         isalpha((unsigned char)A[0]);
}

// Rewinds a file opened with ZwCreateFile.
NTSTATUS Rewind(HANDLE File) {
  FILE_POSITION_INFORMATION start;
  IO_STATUS_BLOCK iosb;
  start.CurrentByteOffset.QuadPart = 0;
  return ZwSetInformationFile(File, &iosb, &start, sizeof(start),
                              FilePositionInformation);
}

ULONG WideBytesFor(PCSZ Text) {
  ANSI_STRING ansi;
  RtlInitAnsiString(&ansi, Text);
  return RtlAnsiStringToUnicodeSize(&ansi);
}

// A completion routine that lets the IRP complete upwards, and treats a
// dropped link as a reason to stop the machine in a checked build.
NTSTATUS PassUp(PDEVICE_OBJECT Device, PIRP Irp, PVOID Context) {
  UNREFERENCED_PARAMETER(Device);
  UNREFERENCED_PARAMETER(Context);
  if (Irp->IoStatus.Status == STATUS_CONNECTION_DISCONNECTED &&
      ((ULONG)STATUS_CONNECTION_DISCONNECTED >> 30) == STATUS_SEVERITY_ERROR)
    KeBugCheckEx(DRIVER_VIOLATION, 0, 0, 0, 0);
  return STATUS_CONTINUE_COMPLETION;
}

// The device reset interface a bus driver hands out.
static NTSTATUS ResetChild(PVOID InterfaceContext, DEVICE_RESET_TYPE Type,
                           ULONG Flags, PVOID ResetParameters) {
  PFUNCTION_LEVEL_DEVICE_RESET_PARAMETERS flr = ResetParameters;
  UNREFERENCED_PARAMETER(InterfaceContext);
  UNREFERENCED_PARAMETER(Flags);
  if (Type == FunctionLevelDeviceReset && flr != NULL &&
      flr->DeviceResetCompletion != NULL)
    flr->DeviceResetCompletion(STATUS_SUCCESS, flr->CompletionContext);
  return STATUS_SUCCESS;
}
VOID OfferReset(PDEVICE_RESET_INTERFACE_STANDARD Out, PVOID Context,
                const GUID *Asked) {
  if (!IsEqualGUID(Asked, &GUID_DEVICE_RESET_INTERFACE_STANDARD))
    return;
  Out->Size = sizeof(*Out);
  Out->Version = DEVICE_RESET_INTERFACE_VERSION;
  Out->Context = Context;
  Out->SupportedResetTypes = 1 << FunctionLevelDeviceReset;
  Out->DeviceReset = ResetChild;
}

// Whether the disk belongs to a cluster shared volume (the answer of
// IOCTL_DISK_GET_CLUSTER_INFO).
BOOLEAN OnSharedVolume(const DISK_CLUSTER_INFO *Info, ULONG Code) {
  return Code == IOCTL_DISK_GET_CLUSTER_INFO &&
         Info->Version == sizeof(*Info) &&
         (Info->Flags & DISK_CLUSTER_FLAG_CSV) != 0;
}

ULONG TransportVersion(void) { return Microsoft_BTHX_DDI_Version.Version; }

// wdfdevice.h makes the SDDL strings of wdmsec.h visible.
NTSTATUS KernelOnly(PWDFDEVICE_INIT Init) {
  return WdfDeviceInitAssignSDDLString(Init, &SDDL_DEVOBJ_KERNEL_ONLY);
}

// mstcpip.h (through wsk.h) converts a peer address to text; TCHAR follows
// the same UNICODE switch as the routine's unsuffixed name.
NTSTATUS PeerText(const IN_ADDR *Peer, USHORT Port, TCHAR *Text,
                  PULONG Length) {
  return RtlIpv4AddressToStringEx(Peer, Port, Text, Length);
}

// A performance counter set with one counter, whose instances the callback
// lists when a consumer asks.
typedef struct _QUEUE_COUNTERS {
  ULONG Depth;
} QUEUE_COUNTERS;
static const PCW_COUNTER_DESCRIPTOR QueueDescriptors[] = {
    {0, 0, UFIELD_OFFSET(QUEUE_COUNTERS, Depth), sizeof(ULONG)}};
static QUEUE_COUNTERS Queue;
static UNICODE_STRING QueueName = RTL_CONSTANT_STRING(L"queue");
static NTSTATUS NTAPI OnCounters(PCW_CALLBACK_TYPE Type,
                                 PPCW_CALLBACK_INFORMATION Info,
                                 PVOID Context) {
  PCW_DATA data = {&Queue, sizeof(Queue)};
  UNREFERENCED_PARAMETER(Context);
  if (Type != PcwCallbackEnumerateInstances && Type != PcwCallbackCollectData)
    return STATUS_SUCCESS;
  return PcwAddInstance(Info->CollectData.Buffer, &QueueName, 0, 1, &data);
}
NTSTATUS RegisterCounters(PPCW_REGISTRATION *Registration,
                          PCUNICODE_STRING Name) {
  PCW_REGISTRATION_INFORMATION info = {0};
  info.Version = PCW_CURRENT_VERSION;
  info.Name = Name;
  info.CounterCount = ARRAYSIZE(QueueDescriptors);
  info.Counters = (PPCW_COUNTER_DESCRIPTOR)QueueDescriptors;
  info.Callback = OnCounters;
  info.Flags = PcwRegistrationNone;
  return PcwRegister(Registration, &info);
}

// Misuse: publishing a counter instance while a spin lock is held.
NTSTATUS Publish(PPCW_REGISTRATION Registration, PPCW_INSTANCE *Instance) {
  PCW_DATA data = {&Queue, sizeof(Queue)};
  KIRQL irql;
  NTSTATUS status;
  KeAcquireSpinLock(&ListLock, &irql);
  status = PcwCreateInstance(Instance, Registration, &QueueName, 1, &data);
  // CHECK: :[[@LINE-1]]:12: warning: PcwCreateInstance requires IRQL <= APC_LEVEL (by its annotations), but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'ListLock' acquired here by KeAcquireSpinLock, raising the IRQL to DISPATCH_LEVEL
  KeReleaseSpinLock(&ListLock, irql);
  return status;
}

// Misuse: listing a class's interfaces while a spin lock is held.
NTSTATUS ListDevices(const GUID *Class, PWSTR *Links) {
  KIRQL irql;
  NTSTATUS status;
  KeAcquireSpinLock(&ListLock, &irql);
  status = IoGetDeviceInterfaces(Class, NULL, 0, Links);
  // CHECK: :[[@LINE-1]]:12: warning: IoGetDeviceInterfaces requires IRQL <= PASSIVE_LEVEL (by its annotations), but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'ListLock' acquired here by KeAcquireSpinLock, raising the IRQL to DISPATCH_LEVEL
  KeReleaseSpinLock(&ListLock, irql);
  return status;
}
