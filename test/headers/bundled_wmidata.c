// The bundled headers a serial port driver and the storage class drivers
// take their WMI data and kernel services from: wmidata.h (the MSSerial_
// and failure-prediction class GUIDs and data blocks), the serial WMI blocks
// of ntddser.h, GUIDREGINFO of classpnp.h, ntiologc.h, evntprov.h and the
// ETW routines, process.h, and the wdm.h/ntddk.h routines those drivers
// call (priority hints, ExAllocateTimer timers, cache-aware run-down
// protection, unbiased interrupt time, the configuration counts, boot
// driver reinitialization). A missing or misdeclared name is a clang error,
// which fails the test. The IRQL bounds are read: waiting for run-down and
// asking for the configuration counts under a spin lock are findings.
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <ntddk.h>
#include <initguid.h>
#include <classpnp.h>
#include <ntddser.h>
#include <process.h>
#include <wmidata.h>
#include <wmilib.h>
#include <wmistr.h>

typedef struct _PORT {
  KSPIN_LOCK Lock;
  SERIAL_WMI_COMM_DATA Comm;
  SERIAL_WMI_HW_DATA Hw;
  SERIAL_WMI_PERF_DATA Perf;
  PEX_TIMER Poll;
  PEX_RUNDOWN_REF_CACHE_AWARE Rundown;
  REGHANDLE Trace;
  ULONG64 LastTick;
} PORT, *PPORT;

static PORT Port;

// a storage class driver's WMI blocks, initialized from the class GUIDs
static GUIDREGINFO DiskBlocks[] = {
    {WMI_DISK_GEOMETRY_GUID, 1, 0},
    {WMI_STORAGE_FAILURE_PREDICT_STATUS_GUID, 1, 0},
    {WMI_STORAGE_PREDICT_FAILURE_EVENT_GUID, 1, WMIREG_FLAG_EVENT_ONLY_GUID},
    {WMI_STORAGE_SCSI_INFO_EXCEPTIONS_GUID, 1, 0},
};

static const GUID *const SerialBlocks[] = {
    &MSSerial_PortName_GUID, &MSSerial_CommInfo_GUID,
    &MSSerial_HardwareConfiguration_GUID,
    &MSSerial_PerformanceInformation_GUID, &MSSerial_CommProperties_GUID};

DRIVER_INITIALIZE DriverEntry;
DRIVER_REINITIALIZE PortLateStart;
static EXT_CALLBACK PortPoll;
static ETWENABLECALLBACK PortTraceEnable;

static VOID PortPoll(PEX_TIMER Timer, PVOID Context) {
  PPORT port = (PPORT)Context;
  UNREFERENCED_PARAMETER(Timer);
  if (ExAcquireRundownProtectionCacheAware(port->Rundown)) {
    port->LastTick = KeQueryUnbiasedInterruptTimePrecise(&port->LastTick);
    ExReleaseRundownProtectionCacheAware(port->Rundown);
  }
}

static VOID PortTraceEnable(LPCGUID SourceId, ULONG ControlCode, UCHAR Level,
                            ULONGLONG MatchAnyKeyword,
                            ULONGLONG MatchAllKeyword,
                            PEVENT_FILTER_DESCRIPTOR FilterData,
                            PVOID CallbackContext) {
  UNREFERENCED_PARAMETER(SourceId);
  UNREFERENCED_PARAMETER(ControlCode);
  UNREFERENCED_PARAMETER(Level);
  UNREFERENCED_PARAMETER(MatchAnyKeyword);
  UNREFERENCED_PARAMETER(MatchAllKeyword);
  UNREFERENCED_PARAMETER(FilterData);
  UNREFERENCED_PARAMETER(CallbackContext);
}

VOID PortLateStart(PDRIVER_OBJECT DriverObject, PVOID Context, ULONG Count) {
  UNREFERENCED_PARAMETER(DriverObject);
  UNREFERENCED_PARAMETER(Context);
  UNREFERENCED_PARAMETER(Count);
}

// what a serial driver reports for MSSerial_CommInfo and the others
static VOID PortFillWmi(PPORT port, ULONG parity, ULONG_PTR base) {
  port->Comm.BaudRate = 115200;
  port->Comm.BitsPerByte = 8;
  port->Comm.Parity =
      parity == 0 ? SERIAL_WMI_PARITY_NONE : SERIAL_WMI_PARITY_EVEN;
  port->Comm.StopBits = SERIAL_WMI_STOP_1;
  port->Comm.ParityCheckEnable = FALSE;
  port->Comm.IsBusy = FALSE;
  port->Hw.InterruptType = SERIAL_WMI_INTTYPE_LEVEL;
  port->Hw.BaseIOAddress = base;
  port->Perf.ReceivedCount += 1;
  port->Perf.TransmittedCount += 1;
}

// a disk's failure-prediction blocks and SMART methods
static VOID DiskFillSmart(PVOID buffer, ULONG method, PUCHAR pageTimer) {
  PSTORAGE_FAILURE_PREDICT_STATUS status =
      (PSTORAGE_FAILURE_PREDICT_STATUS)buffer;
  PSTORAGE_SCSI_INFO_EXCEPTIONS exceptions =
      (PSTORAGE_SCSI_INFO_EXCEPTIONS)buffer;
  switch (method) {
  case ReadLogSectors: {
    PREAD_LOG_SECTORS_IN in = (PREAD_LOG_SECTORS_IN)buffer;
    PREAD_LOG_SECTORS_OUT out = (PREAD_LOG_SECTORS_OUT)buffer;
    out->Length = in->SectorCount * 512u;
    break;
  }
  case ExecuteSelfTest: {
    PEXECUTE_SELF_TEST_OUT out = (PEXECUTE_SELF_TEST_OUT)buffer;
    out->ReturnCode = 0;
    break;
  }
  default:
    status->Reason = 0;
    status->PredictFailure = FALSE;
    exceptions->MRIE = 4;
    // the WDK's byte-order helpers are brace blocks
    REVERSE_BYTES(&exceptions->IntervalTimer, pageTimer)
    break;
  }
}

static NTSTATUS PortPriority(PIRP Irp) {
  if (IoGetIoPriorityHint(Irp) == IoPriorityVeryLow)
    return IO_WARNING_IO_OPERATION_RETRIED;
  return strlen("COM1") == 4 ? STATUS_SUCCESS : IO_ERR_CONTROLLER_ERROR;
}

static VOID PortTeardown(PPORT port) {
  EXT_DELETE_PARAMETERS parameters;
  KIRQL oldIrql;
  ExInitializeDeleteTimerParameters(&parameters);
  ExDeleteTimer(port->Poll, TRUE, FALSE, &parameters);
  KeAcquireSpinLock(&port->Lock, &oldIrql);
  // waits for every holder of the run-down protection
  ExWaitForRundownProtectionReleaseCacheAware(port->Rundown);
  KeReleaseSpinLock(&port->Lock, oldIrql);
}
// CHECK: :[[@LINE-3]]:3: warning: {{.*}}ExWaitForRundownProtectionReleaseCacheAware{{.*}} [irql-too-high]

static ULONG PortCountDisks(PPORT port) {
  KIRQL oldIrql;
  ULONG disks;
  KeRaiseIrql(POWER_LEVEL, &oldIrql);
  disks = IoGetConfigurationInformation()->DiskCount;
  KeLowerIrql(oldIrql);
  UNREFERENCED_PARAMETER(port);
  return disks;
}
// CHECK: :[[@LINE-5]]:11: warning: {{.*}}IoGetConfigurationInformation{{.*}} [irql-too-high]

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING Path) {
  EXT_SET_PARAMETERS timing;
  SIZE_T size = ExSizeOfRundownProtectionCacheAware();
  UNREFERENCED_PARAMETER(Path);
  __security_init_cookie();
  KeInitializeSpinLock(&Port.Lock);
  Port.Rundown = ExAllocateCacheAwareRundownProtection(NonPagedPoolNx, 'troP');
  if (Port.Rundown == NULL)
    return STATUS_INSUFFICIENT_RESOURCES;
  ExInitializeRundownProtectionCacheAware(Port.Rundown, size);
  Port.Poll = ExAllocateTimer(PortPoll, &Port, EX_TIMER_HIGH_RESOLUTION);
  ExInitializeSetTimerParameters(&timing);
  timing.NoWakeTolerance = EX_TIMER_UNLIMITED_TOLERANCE;
  ExSetTimer(Port.Poll, -10000, 10000, &timing);
  EtwRegister(&MSSerial_PortName_GUID, PortTraceEnable, NULL, &Port.Trace);
  IoRegisterBootDriverReinitialization(DriverObject, PortLateStart, NULL);
  PortFillWmi(&Port, 0, 0x3f8);
  DiskFillSmart(NULL, ReadLogSectors, NULL);
  if (NTDDI_VERSION >= NTDDI_VISTA && IsNotNEC_98)
    PortCountDisks(&Port);
  UNREFERENCED_PARAMETER(DiskBlocks);
  UNREFERENCED_PARAMETER(SerialBlocks);
  return PortPriority(NULL);
}
