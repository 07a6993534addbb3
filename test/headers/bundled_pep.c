// A power engine plug-in (PEP) written against the bundled pepfx.h,
// acpiioct.h and acpitabl.h: its registration, an ACPI notification
// handler that evaluates a control method and describes device resources,
// and the work it hands back -- used as the reference pages show; a missing
// or misdeclared name is a clang error, which fails the test. The IRQL
// maximum of PoFxRegisterPlugin is read from its declaration.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %expect_exit 1 %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ntddk.h>
#include <acpitabl.h>
#include <acpiioct.h>
#include <pepfx.h>

static PEP_KERNEL_INFORMATION Kernel;
static KSPIN_LOCK PendingLock;
static PEP_WORK_INFORMATION Pending;
static BOOLEAN HavePending;
static ULONG Pins[1] = {42};

static BOOLEAN EvaluateMethod(PPEP_ACPI_EVALUATE_CONTROL_METHOD Request) {
  PACPI_METHOD_ARGUMENT result = Request->OutputArguments;
  KIRQL oldIrql;
  if (Request->MethodName != (ULONG)'ATS_' ||
      Request->OutputArgumentSize < ACPI_METHOD_ARGUMENT_LENGTH(sizeof(ULONG)))
    return FALSE;
  ACPI_METHOD_SET_ARGUMENT_INTEGER(result, 0xF);
  Request->OutputArgumentCount = 1;
  Request->MethodStatus = STATUS_PENDING;
  KeAcquireSpinLock(&PendingLock, &oldIrql);
  Pending.WorkType = PepWorkAcpiEvaluateControlMethodComplete;
  Pending.ControlMethodComplete.MethodStatus = STATUS_SUCCESS;
  Pending.ControlMethodComplete.CompletionContext = Request->CompletionContext;
  Pending.ControlMethodComplete.OutputArguments = result;
  Pending.ControlMethodComplete.OutputArgumentSize =
      ACPI_METHOD_ARGUMENT_LENGTH_FROM_ARGUMENT(result);
  HavePending = TRUE;
  KeReleaseSpinLock(&PendingLock, oldIrql);
  Kernel.RequestWorker(Kernel.Plugin);
  return TRUE;
}

static BOOLEAN DescribeResources(PPEP_ACPI_QUERY_DEVICE_CONTROL_RESOURCES Q) {
  PEP_ACPI_RESOURCE interrupt;
  PEP_ACPI_REQUEST_CONVERT_TO_BIOS_RESOURCES convert;
  PEP_ACPI_INITIALIZE_INTERRUPT_RESOURCE(TRUE, LevelSensitive,
                                         InterruptActiveHigh, FALSE, FALSE,
                                         Pins, 1, &interrupt);
  convert.InputBuffer = &interrupt;
  convert.InputBufferSize = sizeof interrupt;
  convert.OutputBuffer = Q->BiosResources;
  convert.OutputBufferSize = Q->BiosResourcesSize;
  convert.Flags = 0;
  Kernel.RequestCommon(PEP_ACPI_REQUEST_COMMON_CONVERT_TO_BIOS_RESOURCES,
                       &convert);
  Q->Status = convert.TranslationStatus;
  return TRUE;
}

static BOOLEAN AcceptAcpi(ULONG Notification, PVOID Data) {
  switch (Notification) {
  case PEP_NOTIFY_ACPI_PREPARE_DEVICE: {
    PPEP_ACPI_PREPARE_DEVICE prepare = Data;
    prepare->DeviceAccepted = prepare->AcpiDeviceName->Length > 0;
    prepare->OutputFlags = PEP_ACPI_PREPARE_DEVICE_OUTPUT_FLAG_NONE;
    return TRUE;
  }
  case PEP_NOTIFY_ACPI_EVALUATE_CONTROL_METHOD:
    return EvaluateMethod(Data);
  case PEP_NOTIFY_ACPI_QUERY_DEVICE_CONTROL_RESOURCES:
    return DescribeResources(Data);
  case PEP_NOTIFY_ACPI_WORK: {
    PPEP_WORK work = Data;
    KIRQL oldIrql;
    KeAcquireSpinLock(&PendingLock, &oldIrql);
    work->NeedWork = HavePending;
    work->WorkInformation = HavePending ? &Pending : NULL;
    HavePending = FALSE;
    KeReleaseSpinLock(&PendingLock, oldIrql);
    return TRUE;
  }
  default:
    return FALSE;
  }
}

NTSTATUS RegisterPlugin(void) {
  PEP_INFORMATION info;
  RtlZeroMemory(&info, sizeof info);
  info.Version = PEP_INFORMATION_VERSION;
  info.Size = sizeof info;
  info.AcceptAcpiNotification = AcceptAcpi;
  Kernel.Version = PEP_KERNEL_INFORMATION_V3;
  Kernel.Size = sizeof Kernel;
  return PoFxRegisterPlugin(&info, &Kernel);
}

// Registering while holding the work lock breaks PoFxRegisterPlugin's IRQL
// maximum.
NTSTATUS RegisterUnderLock(PPEP_INFORMATION Info) {
  KIRQL oldIrql;
  NTSTATUS status;
  KeAcquireSpinLock(&PendingLock, &oldIrql);
  status = PoFxRegisterPlugin(Info, &Kernel);
  // CHECK: :[[@LINE-1]]:12: warning: PoFxRegisterPlugin requires IRQL <= PASSIVE_LEVEL (by its annotations), but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'PendingLock' acquired here by KeAcquireSpinLock, raising the IRQL to DISPATCH_LEVEL
  KeReleaseSpinLock(&PendingLock, oldIrql);
  return status;
}

ULONG TableLength(PDESCRIPTION_HEADER Table) { return Table->Length; }
