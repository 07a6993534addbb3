// A KMDF USB function driver written against the bundled USB headers
// (usb.h, usbdlib.h, wdfusb.h): it creates its USB target device with a
// client contract version, selects a single-interface configuration, looks
// at the configured pipes, starts a continuous reader on the interrupt pipe,
// sends vendor control transfers and reads a bulk pipe, and builds an URB by
// hand. A missing or misdeclared name is a clang error, which fails the
// test. The IRQL the reference pages give the WdfUsb* methods is read from
// the declarations: the synchronous sends require PASSIVE_LEVEL.
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ntddk.h>
#include <wdf.h>
#include <usb.h>
#include <usbdlib.h>
#include <wdfusb.h>

typedef struct _BOARD_CONTEXT {
  WDFUSBDEVICE UsbDevice;
  WDFUSBINTERFACE Interface;
  WDFUSBPIPE BulkIn;
  WDFUSBPIPE Interrupt;
  WDFSPINLOCK StateLock;
  ULONG Traits;
  USB_DEVICE_DESCRIPTOR Descriptor;
} BOARD_CONTEXT, *PBOARD_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(BOARD_CONTEXT, BoardGetContext)

EVT_WDF_USB_READER_COMPLETION_ROUTINE BoardSwitchesChanged;
EVT_WDF_USB_READERS_FAILED BoardReadersFailed;

VOID BoardSwitchesChanged(WDFUSBPIPE Pipe, WDFMEMORY Buffer,
                          size_t NumBytesTransferred, WDFCONTEXT Context) {
  UNREFERENCED_PARAMETER(Pipe);
  UNREFERENCED_PARAMETER(Buffer);
  UNREFERENCED_PARAMETER(NumBytesTransferred);
  UNREFERENCED_PARAMETER(Context);
}

BOOLEAN BoardReadersFailed(WDFUSBPIPE Pipe, NTSTATUS Status,
                           USBD_STATUS UsbdStatus) {
  UNREFERENCED_PARAMETER(Pipe);
  UNREFERENCED_PARAMETER(Status);
  return USBD_SUCCESS(UsbdStatus) ? FALSE : TRUE;
}

NTSTATUS BoardConfigure(WDFDEVICE Device) {
  PBOARD_CONTEXT board = BoardGetContext(Device);
  WDF_USB_DEVICE_CREATE_CONFIG create;
  WDF_USB_DEVICE_INFORMATION info;
  WDF_USB_DEVICE_SELECT_CONFIG_PARAMS select;
  WDF_USB_PIPE_INFORMATION pipeInfo;
  WDF_USB_CONTINUOUS_READER_CONFIG reader;
  NTSTATUS status;
  UCHAR i;

  WDF_USB_DEVICE_CREATE_CONFIG_INIT(&create, USBD_CLIENT_CONTRACT_VERSION_602);
  status = WdfUsbTargetDeviceCreateWithParameters(
      Device, &create, WDF_NO_OBJECT_ATTRIBUTES, &board->UsbDevice);
  if (!NT_SUCCESS(status))
    return status;
  WdfUsbTargetDeviceGetDeviceDescriptor(board->UsbDevice, &board->Descriptor);
  WDF_USB_DEVICE_INFORMATION_INIT(&info);
  status = WdfUsbTargetDeviceRetrieveInformation(board->UsbDevice, &info);
  if (NT_SUCCESS(status))
    board->Traits = info.Traits & WDF_USB_DEVICE_TRAIT_AT_HIGH_SPEED;

  WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_SINGLE_INTERFACE(&select);
  status = WdfUsbTargetDeviceSelectConfig(board->UsbDevice,
                                          WDF_NO_OBJECT_ATTRIBUTES, &select);
  if (!NT_SUCCESS(status))
    return status;
  board->Interface = select.Types.SingleInterface.ConfiguredUsbInterface;
  WDF_USB_PIPE_INFORMATION_INIT(&pipeInfo);
  for (i = 0; i < select.Types.SingleInterface.NumberConfiguredPipes; i++) {
    WDFUSBPIPE pipe =
        WdfUsbInterfaceGetConfiguredPipe(board->Interface, i, &pipeInfo);
    if (pipeInfo.PipeType == WdfUsbPipeTypeInterrupt)
      board->Interrupt = pipe;
    else if (pipeInfo.PipeType == WdfUsbPipeTypeBulk &&
             WdfUsbTargetPipeIsInEndpoint(pipe)) {
      WdfUsbTargetPipeSetNoMaximumPacketSizeCheck(pipe);
      board->BulkIn = pipe;
    }
  }

  WDF_USB_CONTINUOUS_READER_CONFIG_INIT(&reader, BoardSwitchesChanged, board,
                                        sizeof(UCHAR));
  reader.EvtUsbTargetPipeReadersFailed = BoardReadersFailed;
  return WdfUsbTargetPipeConfigContinuousReader(board->Interrupt, &reader);
}

NTSTATUS BoardSetLights(PBOARD_CONTEXT board, UCHAR Pattern) {
  WDF_USB_CONTROL_SETUP_PACKET setup;
  WDF_MEMORY_DESCRIPTOR memory;
  ULONG sent = 0;
  WDF_USB_CONTROL_SETUP_PACKET_INIT_VENDOR(&setup, BmRequestHostToDevice,
                                           BmRequestToDevice, 0xD8, 0, 0);
  WDF_MEMORY_DESCRIPTOR_INIT_BUFFER(&memory, &Pattern, sizeof(Pattern));
  return WdfUsbTargetDeviceSendControlTransferSynchronously(
      board->UsbDevice, WDF_NO_HANDLE, NULL, &setup, &memory, &sent);
}

// The read waits for the device: not under the spin lock.
NTSTATUS BoardPollUnderLock(PBOARD_CONTEXT board, PVOID Buffer, ULONG Length) {
  WDF_MEMORY_DESCRIPTOR memory;
  ULONG read = 0;
  NTSTATUS status;
  WDF_MEMORY_DESCRIPTOR_INIT_BUFFER(&memory, Buffer, Length);
  WdfSpinLockAcquire(board->StateLock);
  status = WdfUsbTargetPipeReadSynchronously(board->BulkIn, WDF_NO_HANDLE,
                                             NULL, &memory, &read);
  // CHECK: :[[@LINE-2]]:12: warning: WdfUsbTargetPipeReadSynchronously requires IRQL <= PASSIVE_LEVEL (by its annotations), but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-4]]:3: note: 'board->StateLock' acquired here by WdfSpinLockAcquire, raising the IRQL to DISPATCH_LEVEL
  WdfSpinLockRelease(board->StateLock);
  return status;
}

// An URB built by hand, for a bulk read the framework does not format.
VOID BoardBuildBulkUrb(PURB Urb, USBD_PIPE_HANDLE Pipe, PVOID Buffer,
                       ULONG Length) {
  UsbBuildInterruptOrBulkTransferRequest(
      Urb, sizeof(struct _URB_BULK_OR_INTERRUPT_TRANSFER), Pipe, Buffer, NULL,
      Length, USBD_TRANSFER_DIRECTION_IN | USBD_SHORT_TRANSFER_OK, NULL);
  Urb->UrbHeader.Status = USBD_STATUS_SUCCESS;
}
