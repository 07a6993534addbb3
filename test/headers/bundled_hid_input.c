// HID and keyboard/mouse declarations of the bundled headers, used as a HID
// minidriver and an i8042 keyboard filter use them: hidport.h (registration
// with the HID class driver, descriptors, the minidriver's internal
// controls), hidclass.h and hidpddi.h (collection information, the parser's
// capabilities), kbdmou.h / ntddkbd.h / ntddmou.h (connect data, input data,
// attributes) and ntdd8042.h (the i8042 hooks). A missing or misdeclared
// name is a clang error, which fails the test; the IRQL the reference pages
// give the HID parser's routines is read from their declarations.
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ntddk.h>
#include <wdf.h>
#include <hidport.h>
#include <hidpddi.h>
#include <kbdmou.h>
#include <ntddkbd.h>
#include <ntddmou.h>
#include <ntdd8042.h>

/* ---- the HID minidriver ---- */
typedef struct _PAD_EXTENSION {
  HID_DESCRIPTOR Hid;
  HID_DEVICE_ATTRIBUTES Attributes;
  KSPIN_LOCK Lock;
} PAD_EXTENSION, *PPAD_EXTENSION;

NTSTATUS PadRegister(PDRIVER_OBJECT Driver, PUNICODE_STRING Path) {
  HID_MINIDRIVER_REGISTRATION reg;
  RtlZeroMemory(&reg, sizeof(reg));
  reg.Revision = HID_REVISION;
  reg.DriverObject = Driver;
  reg.RegistryPath = Path;
  reg.DeviceExtensionSize = sizeof(PAD_EXTENSION);
  reg.DevicesArePolled = FALSE;
  return HidRegisterMinidriver(&reg);
}

NTSTATUS PadInternalIoctl(PDEVICE_OBJECT Device, PIRP Irp) {
  PHID_DEVICE_EXTENSION hid = (PHID_DEVICE_EXTENSION)Device->DeviceExtension;
  PPAD_EXTENSION pad = (PPAD_EXTENSION)hid->MiniDeviceExtension;
  PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
  switch (stack->Parameters.DeviceIoControl.IoControlCode) {
  case IOCTL_HID_GET_DEVICE_DESCRIPTOR:
    RtlCopyMemory(Irp->UserBuffer, &pad->Hid, sizeof(HID_DESCRIPTOR));
    break;
  case IOCTL_HID_GET_DEVICE_ATTRIBUTES:
    pad->Attributes.Size = sizeof(HID_DEVICE_ATTRIBUTES);
    RtlCopyMemory(Irp->UserBuffer, &pad->Attributes,
                  sizeof(HID_DEVICE_ATTRIBUTES));
    break;
  case IOCTL_HID_GET_FEATURE: {
    PHID_XFER_PACKET packet = (PHID_XFER_PACKET)Irp->UserBuffer;
    if (packet->reportBufferLen > 0)
      packet->reportBuffer[0] = packet->reportId;
    break;
  }
  default:
    break;
  }
  Irp->IoStatus.Status = STATUS_SUCCESS;
  IoCompleteRequest(Irp, IO_NO_INCREMENT);
  return STATUS_SUCCESS;
}

// HidP_GetCaps requires PASSIVE_LEVEL: not under the extension's spin lock.
NTSTATUS PadFeatureLength(PPAD_EXTENSION pad, PHIDP_PREPARSED_DATA Data,
                          PHID_COLLECTION_INFORMATION Info, PUSHORT Length) {
  HIDP_CAPS caps;
  KIRQL old;
  NTSTATUS status;
  KeAcquireSpinLock(&pad->Lock, &old);
  status = HidP_GetCaps(Data, &caps);
  // CHECK: :[[@LINE-1]]:12: warning: HidP_GetCaps requires IRQL <= PASSIVE_LEVEL (by its annotations), but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'pad->Lock' acquired here by KeAcquireSpinLock, raising the IRQL to DISPATCH_LEVEL
  KeReleaseSpinLock(&pad->Lock, old);
  if (status != HIDP_STATUS_SUCCESS || Info->DescriptorSize == 0)
    return STATUS_UNSUCCESSFUL;
  *Length = caps.FeatureReportByteLength;
  return STATUS_SUCCESS;
}

/* ---- the keyboard filter ---- */
typedef struct _FILTER_EXTENSION {
  CONNECT_DATA Upper;
  PI8042_ISR_WRITE_PORT WritePort;
  PI8042_QUEUE_PACKET QueuePacket;
  PVOID CallContext;
  KEYBOARD_ATTRIBUTES Attributes;
  ULONG Clicks;
} FILTER_EXTENSION, *PFILTER_EXTENSION;

BOOLEAN FilterIsr(PVOID IsrContext, PKEYBOARD_INPUT_DATA CurrentInput,
                  POUTPUT_PACKET CurrentOutput, UCHAR StatusByte,
                  PUCHAR Byte, PBOOLEAN ContinueProcessing,
                  PKEYBOARD_SCAN_STATE ScanState) {
  UNREFERENCED_PARAMETER(IsrContext);
  UNREFERENCED_PARAMETER(CurrentOutput);
  UNREFERENCED_PARAMETER(StatusByte);
  UNREFERENCED_PARAMETER(Byte);
  *ContinueProcessing = (CurrentInput->Flags & KEY_BREAK) ? TRUE : FALSE;
  return *ScanState == Normal;
}

VOID FilterService(PDEVICE_OBJECT Device, PKEYBOARD_INPUT_DATA Start,
                   PKEYBOARD_INPUT_DATA End, PULONG Consumed) {
  PFILTER_EXTENSION ext = (PFILTER_EXTENSION)Device->DeviceExtension;
  (*(PSERVICE_CALLBACK_ROUTINE)(ULONG_PTR)ext->Upper.ClassService)(
      ext->Upper.ClassDeviceObject, Start, End, Consumed);
}

VOID FilterHook(PFILTER_EXTENSION ext, PINTERNAL_I8042_HOOK_KEYBOARD Hook,
                PCONNECT_DATA Connect) {
  ext->Upper = *Connect;
  Connect->ClassDeviceObject = NULL;
  Connect->ClassService = (PVOID)(ULONG_PTR)FilterService;
  ext->WritePort = Hook->IsrWritePort;
  ext->QueuePacket = Hook->QueueKeyboardPacket;
  ext->CallContext = Hook->CallContext;
  Hook->IsrRoutine = FilterIsr;
  Hook->Context = ext;
}

VOID FilterMouse(PMOUSE_INPUT_DATA Input, PFILTER_EXTENSION ext) {
  if (Input->ButtonFlags & MOUSE_LEFT_BUTTON_DOWN)
    ext->Clicks++;
  if (IOCTL_KEYBOARD_QUERY_ATTRIBUTES != IOCTL_INTERNAL_KEYBOARD_CONNECT)
    ext->Attributes.KeyboardIdentifier.Type = 4;
}
