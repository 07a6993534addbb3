// The kernel API of the bundled wdm.h/ntddk.h beyond the basics: registry
// filtering callbacks and transactions, bitmaps, PnP bus information and
// device relations, error-log entries, MDL page allocation, the file-system
// and SCSI members of IO_STACK_LOCATION.Parameters, the DMA version 3
// operations, PnP notifications and WMI data blocks, with procgrp.h,
// suppress.h and wpprecorder.h's in-flight recorder logs -- used as the
// reference pages show; a missing or misdeclared name is a clang error,
// which fails the test. The documented IRQL maxima of the registration
// routines are read from the declarations.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %expect_exit 1 %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ntddk.h>
#include <procgrp.h>
#include <suppress.h>
#include <wdmguid.h>
#include <wpprecorder.h>

typedef struct _FILTER {
  LARGE_INTEGER Cookie;
  KSPIN_LOCK Lock;
  RTL_BITMAP Slots;
  ULONG SlotBits[2];
  PVOID InterfaceEntry;
  PDEVICE_OBJECT Pdo;
} FILTER;

static FILTER Filter;

EX_CALLBACK_FUNCTION OnRegistry;

// Refuses value writes under keys whose name starts with "Locked".
NTSTATUS OnRegistry(PVOID CallbackContext, PVOID Argument1, PVOID Argument2) {
  REG_NOTIFY_CLASS cls = (REG_NOTIFY_CLASS)(ULONG_PTR)Argument1;
  UNREFERENCED_PARAMETER(CallbackContext);
  switch (cls) {
  case RegNtPreSetValueKey: {
    PREG_SET_VALUE_KEY_INFORMATION set = Argument2;
    PCUNICODE_STRING name = NULL;
    NTSTATUS status = CmCallbackGetKeyObjectIDEx(&Filter.Cookie, set->Object,
                                                 NULL, &name, 0);
    if (!NT_SUCCESS(status))
      return STATUS_SUCCESS;
    status = (name->Length > 12 && name->Buffer[0] == L'L' &&
              set->Type == REG_SZ)
                 ? STATUS_ACCESS_DENIED
                 : STATUS_SUCCESS;
    CmCallbackReleaseKeyObjectIDEx(name);
    return status;
  }
  case RegNtPreCreateKeyEx:
  case RegNtPreOpenKeyEx: {
    PREG_CREATE_KEY_INFORMATION_V1 create = Argument2;
    if (create->Transaction != NULL && create->CheckAccessMode == UserMode)
      return STATUS_CALLBACK_BYPASS;
    return STATUS_SUCCESS;
  }
  case RegNtPostCreateKeyEx: {
    PREG_POST_OPERATION_INFORMATION post = Argument2;
    return post->Status;
  }
  case RegNtCallbackObjectContextCleanup: {
    PREG_CALLBACK_CONTEXT_CLEANUP_INFORMATION cleanup = Argument2;
    if (cleanup->ObjectContext != NULL)
      ExFreePoolWithTag(cleanup->ObjectContext, 'tliF');
    return STATUS_SUCCESS;
  }
  default:
    return STATUS_SUCCESS;
  }
}

DRIVER_NOTIFICATION_CALLBACK_ROUTINE OnInterface;

NTSTATUS OnInterface(PVOID NotificationStructure, PVOID Context) {
  PDEVICE_INTERFACE_CHANGE_NOTIFICATION change = NotificationStructure;
  UNREFERENCED_PARAMETER(Context);
  if (IsEqualGUID(&change->Event, &GUID_DEVICE_INTERFACE_ARRIVAL))
    DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_INFO_LEVEL, "%wZ\n",
               change->SymbolicLinkName);
  return STATUS_SUCCESS;
}

NTSTATUS StartFilter(PDRIVER_OBJECT Driver, PCUNICODE_STRING Altitude,
                     const GUID *InterfaceClass) {
  NTSTATUS status;
  RtlInitializeBitMap(&Filter.Slots, Filter.SlotBits, 64);
  RtlClearAllBits(&Filter.Slots);
  status = CmRegisterCallbackEx(OnRegistry, Altitude, Driver, NULL,
                                &Filter.Cookie, NULL);
  if (!NT_SUCCESS(status))
    return status;
  return IoRegisterPlugPlayNotification(
      EventCategoryDeviceInterfaceChange,
      PNPNOTIFY_DEVICE_INTERFACE_INCLUDE_EXISTING_INTERFACES,
      (PVOID)InterfaceClass, Driver, OnInterface, NULL,
      &Filter.InterfaceEntry);
}

// Takes a free slot under the lock; the bitmap routines do not lock.
ULONG TakeSlot(void) {
  KIRQL oldIrql;
  ULONG slot;
  KeAcquireSpinLock(&Filter.Lock, &oldIrql);
  slot = RtlFindClearBitsAndSet(&Filter.Slots, 1, 0);
  KeReleaseSpinLock(&Filter.Lock, oldIrql);
  return slot;
}

// Stopping under the lock breaks the registration routines' IRQL maxima.
VOID StopFilterUnderLock(void) {
  KIRQL oldIrql;
  KeAcquireSpinLock(&Filter.Lock, &oldIrql);
  CmUnRegisterCallback(Filter.Cookie);
  // CHECK: :[[@LINE-1]]:3: warning: CmUnRegisterCallback requires IRQL <= APC_LEVEL (by its annotations), but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'Filter.Lock' acquired here by KeAcquireSpinLock, raising the IRQL to DISPATCH_LEVEL
  IoUnregisterPlugPlayNotificationEx(Filter.InterfaceEntry);
  // CHECK: :[[@LINE-1]]:3: warning: IoUnregisterPlugPlayNotificationEx requires IRQL <= PASSIVE_LEVEL (by its annotations), but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-6]]:3: note: 'Filter.Lock' acquired here by KeAcquireSpinLock, raising the IRQL to DISPATCH_LEVEL
  KeReleaseSpinLock(&Filter.Lock, oldIrql);
}

// A transacted key write, committed.
NTSTATUS WriteTransacted(POBJECT_ATTRIBUTES Key, PUNICODE_STRING Value) {
  HANDLE transaction, key;
  ULONG data = 1;
  NTSTATUS status = ZwCreateTransaction(&transaction, TRANSACTION_ALL_ACCESS,
                                        NULL, NULL, NULL, 0, 0, 0, NULL, NULL);
  if (!NT_SUCCESS(status))
    return status;
  status = ZwCreateKeyTransacted(&key, KEY_ALL_ACCESS, Key, 0, NULL,
                                 REG_OPTION_VOLATILE, transaction, NULL);
  if (NT_SUCCESS(status)) {
    status = ZwSetValueKey(key, Value, 0, REG_DWORD, &data, sizeof data);
    ZwClose(key);
  }
  status = NT_SUCCESS(status) ? ZwCommitTransaction(transaction, TRUE)
                              : ZwRollbackTransaction(transaction, TRUE);
  ZwClose(transaction);
  return status;
}

// A bus driver's answers to the PnP queries about its children.
NTSTATUS AnswerPnp(PIRP Irp, PDEVICE_OBJECT Child, const GUID *BusType) {
  PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
  switch (stack->MinorFunction) {
  case IRP_MN_QUERY_BUS_INFORMATION: {
    PPNP_BUS_INFORMATION info =
        ExAllocatePoolWithTag(PagedPool, sizeof *info, 'suBT');
    if (info == NULL)
      return STATUS_INSUFFICIENT_RESOURCES;
    info->BusTypeGuid = *BusType;
    info->LegacyBusType = PNPBus;
    info->BusNumber = 0;
    Irp->IoStatus.Information = (ULONG_PTR)info;
    return STATUS_SUCCESS;
  }
  case IRP_MN_QUERY_DEVICE_RELATIONS: {
    PDEVICE_RELATIONS relations;
    if (stack->Parameters.QueryDeviceRelations.Type != TargetDeviceRelation)
      return Irp->IoStatus.Status;
    relations = ExAllocatePoolWithTag(PagedPool, sizeof *relations, 'suBT');
    if (relations == NULL)
      return STATUS_INSUFFICIENT_RESOURCES;
    relations->Count = 1;
    relations->Objects[0] = Child;
    ObReferenceObject(Child);
    Irp->IoStatus.Information = (ULONG_PTR)relations;
    return STATUS_SUCCESS;
  }
  default:
    return Irp->IoStatus.Status;
  }
}

// The file-system and SCSI members of the stack location.
ULONG DescribeRequest(PIO_STACK_LOCATION Stack) {
  switch (Stack->MajorFunction) {
  case IRP_MJ_DIRECTORY_CONTROL:
    return Stack->Parameters.QueryDirectory.Length +
           (Stack->Parameters.QueryDirectory.FileName != NULL);
  case IRP_MJ_FILE_SYSTEM_CONTROL:
    return Stack->Parameters.MountVolume.Vpb != NULL;
  case IRP_MJ_SCSI:
    return Stack->Parameters.Scsi.Srb != NULL;
  case IRP_MJ_LOCK_CONTROL:
    return (ULONG)Stack->Parameters.LockControl.ByteOffset.LowPart;
  default:
    return Stack->Parameters.QueryEa.EaIndex;
  }
}

// Logs a device error with the failing status as dump data.
VOID LogFailure(PDEVICE_OBJECT Device, NTSTATUS Failure) {
  PIO_ERROR_LOG_PACKET entry = IoAllocateErrorLogEntry(
      Device, (UCHAR)(sizeof(IO_ERROR_LOG_PACKET) + sizeof(ULONG)));
  if (entry == NULL)
    return;
  RtlZeroMemory(entry, sizeof *entry);
  entry->ErrorCode = Failure;
  entry->DumpDataSize = sizeof(ULONG);
  entry->DumpData[0] = (ULONG)Failure;
  IoWriteErrorLogEntry(entry);
}

// Pages for a transfer, and the adapter's version 3 description.
PMDL GetTransferPages(PDMA_ADAPTER Adapter, SIZE_T Bytes) {
  PHYSICAL_ADDRESS low, high, skip;
  DMA_ADAPTER_INFO info;
  low.QuadPart = 0;
  high.QuadPart = -1;
  skip.QuadPart = 0;
  info.Version = DMA_ADAPTER_INFO_VERSION1;
  if (Adapter->DmaOperations->GetDmaAdapterInfo != NULL &&
      NT_SUCCESS(Adapter->DmaOperations->GetDmaAdapterInfo(Adapter, &info)) &&
      info.V1.DmaAddressWidth == 32)
    high.QuadPart = 0xFFFFFFFF;
  return MmAllocatePagesForMdlEx(low, high, skip, Bytes, MmCached,
                                 MM_ALLOCATE_FULLY_REQUIRED);
}

FWMI_NOTIFICATION_CALLBACK OnWmiEvent;

VOID OnWmiEvent(PVOID Wnode, PVOID Context) {
  UNREFERENCED_PARAMETER(Wnode);
  UNREFERENCED_PARAMETER(Context);
}

NTSTATUS WatchWmi(const GUID *Block, PVOID *Object) {
  NTSTATUS status = IoWMIOpenBlock(Block, WMIGUID_NOTIFICATION, Object);
  if (NT_SUCCESS(status))
    status = IoWMISetNotificationCallback(*Object, OnWmiEvent, NULL);
  return status;
}

// A private in-flight recorder log, after the processor-group library's
// initialization.
NTSTATUS CreateLog(RECORDER_LOG *Log) {
  RECORDER_CONFIGURE_PARAMS configure;
  RECORDER_LOG_CREATE_PARAMS create;
  WdmlibProcgrpInitialize();
  RECORDER_CONFIGURE_PARAMS_INIT(&configure);
  WppRecorderConfigure(&configure);
  RECORDER_LOG_CREATE_PARAMS_INIT(&create, "filter");
  create.TotalBufferSize = 4096;
  create.UseTimeStamp = WppRecorderTrue;
  return WppRecorderLogCreate(&create, Log);
}

