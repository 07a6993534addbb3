// The bundled class-driver headers as a storage class driver uses them:
// classpnp.h (CLASS_INIT_DATA and its callback types, the device
// extensions, ClassInitialize, the remove lock, synchronous SRBs, mode
// sense), ntdddisk.h, ntddstor.h, mountdev.h, ntddvol.h, ioevent.h and
// storduid.h. A missing or misdeclared name is a clang error, which fails
// the test. The IRQL bound of ClassGetDescriptor (PASSIVE_LEVEL) is read:
// calling it under a spin lock is a finding.
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <ntddk.h>
#include <classpnp.h>
#include <ioevent.h>
#include <mountdev.h>
#include <ntddvol.h>
#include <storduid.h>

typedef struct _TINY_DATA {
  KSPIN_LOCK Lock;
  ULONG Reads;
  MEDIA_CHANGE_DETECTION_STATE Media;
} TINY_DATA, *PTINY_DATA;

DRIVER_INITIALIZE DriverEntry;
CLASS_ADD_DEVICE TinyAddDevice;
CLASS_INIT_DEVICE TinyInitDevice;
CLASS_START_DEVICE TinyStartDevice;
CLASS_STOP_DEVICE TinyStopDevice;
CLASS_REMOVE_DEVICE TinyRemoveDevice;
CLASS_READ_WRITE TinyReadWriteVerification;
CLASS_DEVICE_CONTROL TinyDeviceControl;
CLASS_ERROR TinyError;

NTSTATUS TinyAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT Pdo) {
  PDEVICE_OBJECT fdo = NULL;
  NTSTATUS status = ClassCreateDeviceObject(DriverObject, "TinyDisk", Pdo,
                                            TRUE, &fdo);
  if (!NT_SUCCESS(status))
    return status;
  fdo->Flags &= ~DO_DEVICE_INITIALIZING;
  return STATUS_SUCCESS;
}

NTSTATUS TinyInitDevice(PDEVICE_OBJECT Fdo) {
  PFUNCTIONAL_DEVICE_EXTENSION fdoExtension =
      (PFUNCTIONAL_DEVICE_EXTENSION)Fdo->DeviceExtension;
  PTINY_DATA data =
      (PTINY_DATA)fdoExtension->CommonExtension.DriverData;
  KeInitializeSpinLock(&data->Lock);
  data->Media = MediaUnknown;
  SET_FLAG(fdoExtension->DeviceFlags, DEV_SAFE_START_UNIT);
  fdoExtension->TimeOutValue = 30;
  return ClassReadDriveCapacity(Fdo);
}

NTSTATUS TinyStartDevice(PDEVICE_OBJECT Fdo) {
  PFUNCTIONAL_DEVICE_EXTENSION fdoExtension =
      (PFUNCTIONAL_DEVICE_EXTENSION)Fdo->DeviceExtension;
  PTINY_DATA data =
      (PTINY_DATA)fdoExtension->CommonExtension.DriverData;
  STORAGE_PROPERTY_ID property = StorageAdapterProperty;
  PSTORAGE_ADAPTER_DESCRIPTOR adapter = NULL;
  NTSTATUS status;
  KIRQL oldIrql;
  KeAcquireSpinLock(&data->Lock, &oldIrql);
  data->Reads = 0;
  // sends the property query down and waits for it
  status = ClassGetDescriptor(fdoExtension->CommonExtension.LowerDeviceObject,
                              &property, (PVOID *)&adapter);
  KeReleaseSpinLock(&data->Lock, oldIrql);
  if (NT_SUCCESS(status))
    fdoExtension->AdapterDescriptor = adapter;
  return status;
}
// CHECK: :[[@LINE-7]]:12: warning: {{.*}}ClassGetDescriptor{{.*}} [irql-too-high]

NTSTATUS TinyStopDevice(PDEVICE_OBJECT Fdo, UCHAR Type) {
  UNREFERENCED_PARAMETER(Fdo);
  UNREFERENCED_PARAMETER(Type);
  return STATUS_SUCCESS;
}

NTSTATUS TinyRemoveDevice(PDEVICE_OBJECT Fdo, UCHAR Type) {
  UNREFERENCED_PARAMETER(Fdo);
  return Type == IRP_MN_REMOVE_DEVICE ? STATUS_SUCCESS : STATUS_SUCCESS;
}

NTSTATUS TinyReadWriteVerification(PDEVICE_OBJECT Fdo, PIRP Irp) {
  PFUNCTIONAL_DEVICE_EXTENSION fdoExtension =
      (PFUNCTIONAL_DEVICE_EXTENSION)Fdo->DeviceExtension;
  PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
  ULONG sectorMask = fdoExtension->DiskGeometry.BytesPerSector - 1;
  if (stack->Parameters.Read.Length & sectorMask)
    return STATUS_INVALID_PARAMETER;
  return STATUS_SUCCESS;
}

NTSTATUS TinyDeviceControl(PDEVICE_OBJECT Fdo, PIRP Irp) {
  PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
  PFUNCTIONAL_DEVICE_EXTENSION fdoExtension =
      (PFUNCTIONAL_DEVICE_EXTENSION)Fdo->DeviceExtension;
  ULONG code = stack->Parameters.DeviceIoControl.IoControlCode;
  NTSTATUS status;

  ClassAcquireRemoveLock(Fdo, Irp);
  if (code == IOCTL_DISK_GET_DRIVE_GEOMETRY) {
    PDISK_GEOMETRY geometry = (PDISK_GEOMETRY)Irp->AssociatedIrp.SystemBuffer;
    if (stack->Parameters.DeviceIoControl.OutputBufferLength <
        sizeof(DISK_GEOMETRY)) {
      status = STATUS_BUFFER_TOO_SMALL;
    } else {
      *geometry = fdoExtension->DiskGeometry;
      Irp->IoStatus.Information = sizeof(DISK_GEOMETRY);
      status = STATUS_SUCCESS;
    }
  } else if (code == IOCTL_MOUNTDEV_QUERY_DEVICE_NAME ||
             code == IOCTL_VOLUME_GET_VOLUME_DISK_EXTENTS ||
             code == IOCTL_STORAGE_QUERY_PROPERTY) {
    ClassReleaseRemoveLock(Fdo, Irp);
    return ClassDeviceControl(Fdo, Irp);
  } else {
    status = STATUS_INVALID_DEVICE_REQUEST;
  }
  Irp->IoStatus.Status = status;
  ClassReleaseRemoveLock(Fdo, Irp);
  ClassCompleteRequest(Fdo, Irp, IO_NO_INCREMENT);
  return status;
}

VOID TinyError(PDEVICE_OBJECT Fdo, PSCSI_REQUEST_BLOCK Srb, NTSTATUS *Status,
               BOOLEAN *Retry) {
  PSENSE_DATA sense = (PSENSE_DATA)Srb->SenseInfoBuffer;
  UNREFERENCED_PARAMETER(Fdo);
  if ((Srb->SrbStatus & SRB_STATUS_AUTOSENSE_VALID) &&
      sense->SenseKey == SCSI_SENSE_UNIT_ATTENTION &&
      sense->AdditionalSenseCode == SCSI_ADSENSE_MEDIUM_CHANGED) {
    *Status = STATUS_VERIFY_REQUIRED;
    *Retry = FALSE;
  }
}

// Mode sense of the caching page, through the library.
BOOLEAN TinyWriteCacheOn(PDEVICE_OBJECT Fdo, PCHAR Buffer, ULONG Length) {
  PMODE_CACHING_PAGE page;
  ULONG got = ClassModeSense(Fdo, Buffer, Length, MODE_PAGE_CACHING);
  if (got < sizeof(MODE_PARAMETER_HEADER))
    return FALSE;
  page = (PMODE_CACHING_PAGE)ClassFindModePage(Buffer, got, MODE_PAGE_CACHING,
                                               TRUE);
  return page != NULL && page->WriteCacheEnable;
}

ULONG TinyDuidSize(PSTORAGE_DEVICE_UNIQUE_IDENTIFIER Duid,
                   PDEVICE_EVENT_BECOMING_READY Ready) {
  if (Duid->Version != DUID_VERSION_1)
    return 0;
  return Duid->Size + Ready->Estimated100msToReady;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  CLASS_INIT_DATA init;
  RtlZeroMemory(&init, sizeof(init));
  init.InitializationDataSize = sizeof(CLASS_INIT_DATA);
  init.FdoData.DeviceExtensionSize =
      sizeof(FUNCTIONAL_DEVICE_EXTENSION) + sizeof(TINY_DATA);
  init.FdoData.DeviceType = FILE_DEVICE_DISK;
  init.FdoData.ClassInitDevice = TinyInitDevice;
  init.FdoData.ClassStartDevice = TinyStartDevice;
  init.FdoData.ClassStopDevice = TinyStopDevice;
  init.FdoData.ClassRemoveDevice = TinyRemoveDevice;
  init.FdoData.ClassReadWriteVerification = TinyReadWriteVerification;
  init.FdoData.ClassDeviceControl = TinyDeviceControl;
  init.FdoData.ClassError = TinyError;
  init.ClassAddDevice = TinyAddDevice;
  return ClassInitialize(DriverObject, RegistryPath, &init);
}
