// KMDF declarations of the bundled wdf.h used as their reference pages show:
// the framework-version check (WDF_DRIVER_VERSION_AVAILABLE_PARAMS_INIT,
// WdfDriverIsVersionAvailable), WdfVerifierDbgBreakPoint, the object
// type-specific cleanup and destroy callback types of wdfroletypes.h, and
// single-transfer DMA (KMDF 1.19). A missing or misdeclared name is a clang
// error, which fails the test; the documented IRQL maxima are read from the
// declarations.
// RUN: not %irqlint %s -- %wdk_amd64 -DKMDF_VERSION_MAJOR=1 -DKMDF_VERSION_MINOR=19 | FileCheck %s %check_not

#include <ntddk.h>
#include <wdf.h>

typedef struct _QUEUE_CONTEXT {
  PVOID Buffer;
  WDFSPINLOCK Lock;
  WDFDMATRANSACTION Transaction;
} QUEUE_CONTEXT, *PQUEUE_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(QUEUE_CONTEXT, QueueGetContext)

EVT_WDF_IO_QUEUE_CONTEXT_CLEANUP_CALLBACK QueueContextCleanup;
EVT_WDF_IO_QUEUE_CONTEXT_DESTROY_CALLBACK QueueContextDestroy;
EVT_WDF_DEVICE_CONTEXT_CLEANUP DeviceContextCleanup;
EVT_WDF_DEVICE_CONTEXT_DESTROY DeviceContextDestroy;
EVT_WDF_FILE_CONTEXT_CLEANUP_CALLBACK FileContextCleanup;
EVT_WDF_FILE_CONTEXT_DESTROY_CALLBACK FileContextDestroy;

VOID QueueContextCleanup(WDFOBJECT Object) { UNREFERENCED_PARAMETER(Object); }
// A queue's destroy callback runs at PASSIVE_LEVEL (its role says so).
KSPIN_LOCK StatsLock;
VOID QueueContextDestroy(WDFOBJECT Object) {
  PQUEUE_CONTEXT context = QueueGetContext(Object);
  if (context->Buffer != NULL)
    ExFreePool(context->Buffer);
  KeAcquireSpinLockAtDpcLevel(&StatsLock);
  // CHECK: :[[@LINE-1]]:3: warning: KeAcquireSpinLockAtDpcLevel requires IRQL >= DISPATCH_LEVEL, but here the IRQL is PASSIVE_LEVEL [irql-too-low]
  // CHECK-NEXT: :[[@LINE-6]]:6: note: 'QueueContextDestroy' runs at IRQL PASSIVE_LEVEL: its role EVT_WDF_IO_QUEUE_CONTEXT_DESTROY_CALLBACK, annotated _IRQL_requires_(PASSIVE_LEVEL)
  KeReleaseSpinLockFromDpcLevel(&StatsLock);
}
VOID DeviceContextCleanup(WDFOBJECT Object) { UNREFERENCED_PARAMETER(Object); }
VOID DeviceContextDestroy(WDFOBJECT Object) { UNREFERENCED_PARAMETER(Object); }
VOID FileContextCleanup(WDFOBJECT Object) { UNREFERENCED_PARAMETER(Object); }
VOID FileContextDestroy(WDFOBJECT Object) { UNREFERENCED_PARAMETER(Object); }

// The role types have the generic callbacks' signature: they are stored in
// WDF_OBJECT_ATTRIBUTES as they are.
VOID SetQueueCallbacks(PWDF_OBJECT_ATTRIBUTES Queue,
                       PWDF_OBJECT_ATTRIBUTES Device,
                       PWDF_OBJECT_ATTRIBUTES File) {
  WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(Queue, QUEUE_CONTEXT);
  Queue->EvtCleanupCallback = QueueContextCleanup;
  Queue->EvtDestroyCallback = QueueContextDestroy;
  WDF_OBJECT_ATTRIBUTES_INIT(Device);
  Device->EvtCleanupCallback = DeviceContextCleanup;
  Device->EvtDestroyCallback = DeviceContextDestroy;
  WDF_OBJECT_ATTRIBUTES_INIT(File);
  File->EvtCleanupCallback = FileContextCleanup;
  File->EvtDestroyCallback = FileContextDestroy;
}

// DriverEntry's check that the framework it runs on is new enough.
NTSTATUS CheckFrameworkVersion(WDFDRIVER Driver) {
  WDF_DRIVER_VERSION_AVAILABLE_PARAMS params;
  WDF_DRIVER_VERSION_AVAILABLE_PARAMS_INIT(&params, 1, 19);
  if (params.Size != sizeof(params) || params.MinorVersion != 19 ||
      !WdfDriverIsVersionAvailable(Driver, &params)) {
    WdfVerifierDbgBreakPoint();
    return STATUS_NOT_SUPPORTED;
  }
  return STATUS_SUCCESS;
}

// Single-transfer DMA: for every transaction of an enabler, or for one
// transaction before it is initialized.
NTSTATUS CreateSingleTransferDma(WDFDEVICE Device, WDFDMAENABLER *Enabler) {
  WDF_DMA_ENABLER_CONFIG config;
  WDF_DMA_ENABLER_CONFIG_INIT(&config, WdfDmaProfileScatterGather64, 65536);
  config.WdmDmaVersionOverride = 3;
  config.Flags |= WDF_DMA_ENABLER_CONFIG_REQUIRE_SINGLE_TRANSFER;
  return WdfDmaEnablerCreate(Device, &config, WDF_NO_OBJECT_ATTRIBUTES,
                             Enabler);
}

// <= DISPATCH_LEVEL: fine under a spin lock; WdfDriverIsVersionAvailable is
// PASSIVE_LEVEL only.
VOID PrepareUnderLock(WDFQUEUE Queue, BOOLEAN Single) {
  PQUEUE_CONTEXT context = QueueGetContext(Queue);
  WDF_DRIVER_VERSION_AVAILABLE_PARAMS params;
  BOOLEAN available;
  WdfSpinLockAcquire(context->Lock);
  WdfDmaTransactionSetSingleTransferRequirement(context->Transaction, Single);
  WDF_DRIVER_VERSION_AVAILABLE_PARAMS_INIT(&params, 1, 19);
  available = WdfDriverIsVersionAvailable(WdfGetDriver(), &params);
  // CHECK: :[[@LINE-1]]:15: warning: WdfDriverIsVersionAvailable requires IRQL <= PASSIVE_LEVEL (by its annotations), but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-5]]:3: note: 'context->Lock' acquired here by WdfSpinLockAcquire, raising the IRQL to DISPATCH_LEVEL
  if (!available)
    WdfVerifierDbgBreakPoint();
  WdfSpinLockRelease(context->Lock);
}
