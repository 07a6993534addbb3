// Serial, GPIO and SPB declarations of the bundled headers, used as a serial
// driver, a GpioClx controller driver and an SPB peripheral driver use
// them: ntddser.h (the IOCTL_SERIAL_* controls and their structures),
// gpioclx.h (the registration packet, the CLIENT_* callback types and the
// GPIO_CLX_* methods), gpio.h, reshub.h and spb.h (the resource hub path
// and an I2C transfer sequence). A missing or misdeclared name is a clang
// error, which fails the test. The IRQL the GpioClx reference pages give is
// read from the declarations: a CLIENT_ConnectIoPins callback runs at
// PASSIVE_LEVEL, and GPIO_CLX_RegisterClient requires it.
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#define RESHUB_USE_HELPER_ROUTINES
#include <ntddk.h>
#include <wdf.h>
#include <ntddser.h>
#include <gpioclx.h>
#include <gpio.h>
#include <reshub.h>
#include <spb.h>

/* ---- a serial port's control dispatch ---- */
typedef struct _PORT {
  SERIAL_BAUD_RATE Baud;
  SERIAL_LINE_CONTROL Line;
  SERIAL_HANDFLOW HandFlow;
  SERIAL_TIMEOUTS Timeouts;
  SERIALPERF_STATS Stats;
  ULONG WaitMask;
} PORT, *PPORT;

NTSTATUS PortControl(PPORT Port, ULONG Code, PVOID Buffer, size_t Length) {
  switch (Code) {
  case IOCTL_SERIAL_SET_BAUD_RATE:
    if (Length < sizeof(SERIAL_BAUD_RATE))
      return STATUS_BUFFER_TOO_SMALL;
    Port->Baud = *(PSERIAL_BAUD_RATE)Buffer;
    return STATUS_SUCCESS;
  case IOCTL_SERIAL_SET_LINE_CONTROL:
    Port->Line = *(PSERIAL_LINE_CONTROL)Buffer;
    if (Port->Line.Parity > SPACE_PARITY || Port->Line.StopBits > STOP_BITS_2)
      return STATUS_INVALID_PARAMETER;
    return STATUS_SUCCESS;
  case IOCTL_SERIAL_SET_HANDFLOW:
    Port->HandFlow = *(PSERIAL_HANDFLOW)Buffer;
    if (Port->HandFlow.ControlHandShake & SERIAL_CONTROL_INVALID)
      return STATUS_INVALID_PARAMETER;
    return STATUS_SUCCESS;
  case IOCTL_SERIAL_SET_WAIT_MASK:
    Port->WaitMask = *(PULONG)Buffer & (SERIAL_EV_RXCHAR | SERIAL_EV_TXEMPTY);
    return STATUS_SUCCESS;
  case IOCTL_SERIAL_GET_PROPERTIES: {
    PSERIAL_COMMPROP props = (PSERIAL_COMMPROP)Buffer;
    props->SettableBaud = SERIAL_BAUD_9600 | SERIAL_BAUD_115200;
    props->ProvSubType = SERIAL_SP_RS232;
    return STATUS_SUCCESS;
  }
  case IOCTL_SERIAL_GET_STATS:
    *(PSERIALPERF_STATS)Buffer = Port->Stats;
    return STATUS_SUCCESS;
  default:
    return STATUS_INVALID_DEVICE_REQUEST;
  }
}

/* ---- a GpioClx controller driver ---- */
typedef struct _BANK_REGS {
  ULONG Direction;
  ULONG Value;
} BANK_REGS;

typedef struct _PINS_CONTEXT {
  BANK_REGS Banks[2];
  KSPIN_LOCK Lock;
} PINS_CONTEXT, *PPINS_CONTEXT;

GPIO_CLIENT_CONNECT_IO_PINS PinsConnect;
GPIO_CLIENT_QUERY_CONTROLLER_BASIC_INFORMATION PinsQueryInformation;
GPIO_CLIENT_ENABLE_INTERRUPT PinsEnableInterrupt;

NTSTATUS PinsConnect(PVOID Context, PGPIO_CONNECT_IO_PINS_PARAMETERS Params) {
  PPINS_CONTEXT pins = (PPINS_CONTEXT)Context;
  ULONG i;
  KeAcquireSpinLockAtDpcLevel(&pins->Lock);
  // CHECK: :[[@LINE-1]]:3: warning: KeAcquireSpinLockAtDpcLevel requires IRQL >= DISPATCH_LEVEL, but here the IRQL is PASSIVE_LEVEL [irql-too-low]
  // CHECK-NEXT: note: 'PinsConnect' runs at IRQL PASSIVE_LEVEL: its role GPIO_CLIENT_CONNECT_IO_PINS, annotated _IRQL_requires_(PASSIVE_LEVEL)
  for (i = 0; i < Params->PinCount; i++) {
    if (Params->ConnectMode == ConnectModeOutput)
      pins->Banks[Params->BankId].Direction |= 1u << Params->PinNumberTable[i];
  }
  KeReleaseSpinLockFromDpcLevel(&pins->Lock);
  return STATUS_SUCCESS;
}

NTSTATUS PinsQueryInformation(PVOID Context,
                              PCLIENT_CONTROLLER_BASIC_INFORMATION Info) {
  UNREFERENCED_PARAMETER(Context);
  Info->Version = GPIO_CONTROLLER_BASIC_INFORMATION_VERSION;
  Info->Size = sizeof(CLIENT_CONTROLLER_BASIC_INFORMATION);
  Info->TotalPins = 64;
  Info->NumberOfPinsPerBank = 32;
  Info->Flags.MemoryMappedController = TRUE;
  Info->Flags.FormatIoRequestsAsMasks = TRUE;
  return STATUS_SUCCESS;
}

NTSTATUS PinsEnableInterrupt(PVOID Context,
                             PGPIO_ENABLE_INTERRUPT_PARAMETERS Params) {
  PPINS_CONTEXT pins = (PPINS_CONTEXT)Context;
  GPIO_CLX_AcquireInterruptLock(Context, Params->BankId);
  if (Params->InterruptMode == LevelSensitive &&
      Params->Polarity == InterruptActiveHigh)
    pins->Banks[Params->BankId].Value |= 1u << Params->PinNumber;
  GPIO_CLX_ReleaseInterruptLock(Context, Params->BankId);
  return STATUS_SUCCESS;
}

KSPIN_LOCK ClientLock;

NTSTATUS PinsRegister(WDFDRIVER Driver, PUNICODE_STRING Path) {
  GPIO_CLIENT_REGISTRATION_PACKET packet;
  KIRQL old;
  NTSTATUS status;
  RtlZeroMemory(&packet, sizeof(packet));
  packet.Version = GPIO_CLIENT_VERSION;
  packet.Size = sizeof(GPIO_CLIENT_REGISTRATION_PACKET);
  packet.ControllerContextSize = sizeof(PINS_CONTEXT);
  packet.CLIENT_ConnectIoPins = PinsConnect;
  packet.CLIENT_QueryControllerBasicInformation = PinsQueryInformation;
  packet.CLIENT_EnableInterrupt = PinsEnableInterrupt;
  KeAcquireSpinLock(&ClientLock, &old);
  status = GPIO_CLX_RegisterClient(Driver, &packet, Path);
  // CHECK: :[[@LINE-1]]:12: warning: GPIO_CLX_RegisterClient requires IRQL <= PASSIVE_LEVEL (by its annotations), but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'ClientLock' acquired here by KeAcquireSpinLock, raising the IRQL to DISPATCH_LEVEL
  KeReleaseSpinLock(&ClientLock, old);
  return status;
}

/* ---- an SPB peripheral: write a register address, read its value ---- */
NTSTATUS SensorPath(PUNICODE_STRING Path, PCM_PARTIAL_RESOURCE_DESCRIPTOR Res) {
  if (Res->Type != CmResourceTypeConnection ||
      Res->u.Connection.Class != CM_RESOURCE_CONNECTION_CLASS_SERIAL ||
      Res->u.Connection.Type != CM_RESOURCE_CONNECTION_TYPE_SERIAL_I2C)
    return STATUS_NOT_SUPPORTED;
  return RESOURCE_HUB_CREATE_PATH_FROM_ID(Path, Res->u.Connection.IdLowPart,
                                          Res->u.Connection.IdHighPart);
}

ULONG SensorSequence(UCHAR *Address, UCHAR *Value) {
  SPB_TRANSFER_LIST_AND_ENTRIES(2) seq;
  SPB_TRANSFER_LIST_INIT(&seq.List, 2);
  seq.List.Transfers[0] = SPB_TRANSFER_LIST_ENTRY_INIT_SIMPLE(
      SpbTransferDirectionToDevice, 0, Address, 1);
  seq.List.Transfers[1] = SPB_TRANSFER_LIST_ENTRY_INIT_SIMPLE(
      SpbTransferDirectionFromDevice, 0, Value, 1);
  return IOCTL_SPB_EXECUTE_SEQUENCE == IOCTL_GPIO_READ_PINS
             ? 0
             : seq.List.TransferCount;
}
