/* irqlint's model of ntddsd.h, the Secure Digital bus interface an SD/SDIO
 * card driver uses: SdBusOpenInterface, the request packet it submits with
 * SdBusSubmitRequest(Async), the bus properties it gets and sets, and the
 * interface routines the bus driver fills in. Written from the
 * documentation (learn.microsoft.com "ntddsd.h") -- not Microsoft's
 * header. The IRQL of each routine is its page's. Like the real header it
 * includes sddef.h for the command vocabulary. */
#ifndef IRQLINT_WDK_NTDDSD_H
#define IRQLINT_WDK_NTDDSD_H

#include "sddef.h"
#include "wdm.h"

/* The interface version SdBusOpenInterface expects (this model's value). */
#define SDBUS_INTERFACE_VERSION 0x101

/* The IOCTL a driver sends down its stack with an SDBUS_REQUEST_PACKET in
 * the next stack location instead of calling SdBusSubmitRequestAsync
 * (code: this model's own value). */
#define IOCTL_SD_SUBMIT_REQUEST                                                \
  CTL_CODE(FILE_DEVICE_CONTROLLER, 0x0C00, METHOD_NEITHER, FILE_ANY_ACCESS)

/* InterruptType value of an SDBUS_CALLBACK_ROUTINE call. */
#define SDBUS_INTTYPE_DEVICE 0

typedef enum {
  SDRF_GET_PROPERTY,
  SDRF_SET_PROPERTY,
  SDRF_DEVICE_COMMAND,
  SDRF_ERASE_COMMAND,
  SDRF_MMC_SOFT_RESET,
  SDRF_MMC_HPI,
  SDRF_DEVICE_COMMAND_EX
} SD_REQUEST_FUNCTION;

typedef enum {
  SDP_MEDIA_CHANGECOUNT,
  SDP_MEDIA_STATE,
  SDP_WRITE_PROTECTED,
  SDP_FUNCTION_NUMBER,
  SDP_FUNCTION_TYPE,
  SDP_BUS_DRIVER_VERSION,
  SDP_BUS_WIDTH,
  SDP_BUS_CLOCK,
  SDP_BUS_INTERFACE_CONTROL,
  SDP_HOST_BLOCK_LENGTH,
  SDP_FUNCTION_BLOCK_LENGTH,
  SDP_FN0_BLOCK_LENGTH,
  SDP_FUNCTION_INT_ENABLE,
  SDP_SET_CARD_INTERRUPT_FORWARD,
  SDP_SET_WAKE_INTERRUPT_FORWARD,
  SDP_HIGH_CAPACITY_SUPPORTED,
  SDP_CHAINED_MDL_SUPPORTED,
  SDP_HPI_SUPPORTED
} SDBUS_PROPERTY;

typedef enum {
  SDBUS_ERASE = 0,
  SDBUS_TRIM,
  SDBUS_SECURE_ERASE,
  SDBUS_SECURE_TRIM
} SDBUS_ERASE_TYPE;

typedef struct _SDBUS_REQUEST_PACKET {
  SD_REQUEST_FUNCTION RequestFunction;
  PVOID UserContext[3];
  ULONG_PTR Information;
  union {
    UCHAR AsUCHAR[16];
    ULONG AsULONG[4];
    SDRESP_TYPE3 Type3;
  } ResponseData;
  UCHAR ResponseLength;
  UCHAR Reserved;
  USHORT Flags;
  union {
    struct {
      SDBUS_PROPERTY Property;
      PVOID Buffer;
      ULONG Length;
    } GetSetProperty;
    struct {
      SDCMD_DESCRIPTOR CmdDesc;
      ULONG Argument;
      PMDL Mdl;
      ULONG Length;
    } DeviceCommand;
    struct {
      SDBUS_ERASE_TYPE EraseType;
      ULONG StartBlock;
      ULONG EndBlock;
    } EraseCommand;
    struct {
      ULONG Frequency;
    } MmcSoftReset;
    struct {
      PIRP IrpToHpi;
    } MmcHpi;
  } Parameters;
} SDBUS_REQUEST_PACKET, *PSDBUS_REQUEST_PACKET;

/* The driver's interrupt callback; the bus driver calls it at PASSIVE_LEVEL
 * or, when the driver asked for CallbackAtDpcLevel, at DISPATCH_LEVEL. */
typedef VOID SDBUS_CALLBACK_ROUTINE(_In_ PVOID CallbackRoutineContext,
                                    _In_ ULONG InterruptType);
typedef SDBUS_CALLBACK_ROUTINE *PSDBUS_CALLBACK_ROUTINE;

typedef struct _SDBUS_INTERFACE_PARAMETERS {
  USHORT Size;
  USHORT SdioFlags;
  PDEVICE_OBJECT TargetObject;
  BOOLEAN DeviceGeneratesInterrupts;
  BOOLEAN CallbackAtDpcLevel;
  PSDBUS_CALLBACK_ROUTINE CallbackRoutine;
  PVOID CallbackRoutineContext;
} SDBUS_INTERFACE_PARAMETERS, *PSDBUS_INTERFACE_PARAMETERS;

typedef NTSTATUS (*PSDBUS_INITIALIZE_INTERFACE_ROUTINE)(
    _In_ PVOID Context, _In_ PSDBUS_INTERFACE_PARAMETERS InterfaceParameters);
typedef NTSTATUS (*PSDBUS_ACKNOWLEDGE_INT_ROUTINE)(_In_ PVOID Context);

typedef struct _SDBUS_INTERFACE_STANDARD {
  USHORT Size;
  USHORT Version;
  PVOID Context;
  PINTERFACE_REFERENCE InterfaceReference;
  PINTERFACE_DEREFERENCE InterfaceDereference;
  PSDBUS_INITIALIZE_INTERFACE_ROUTINE InitializeInterface;
  PSDBUS_ACKNOWLEDGE_INT_ROUTINE AcknowledgeInterrupt;
} SDBUS_INTERFACE_STANDARD, *PSDBUS_INTERFACE_STANDARD;

/* Called from AddDevice. */
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    SdBusOpenInterface(_In_ PDEVICE_OBJECT Pdo,
                       _Out_ PSDBUS_INTERFACE_STANDARD InterfaceStandard,
                       _In_ USHORT Size, _In_ USHORT Version);
/* Synchronous: waits for the request, so below DISPATCH_LEVEL. */
_IRQL_requires_max_(APC_LEVEL) NTSTATUS
    SdBusSubmitRequest(_In_ PVOID InterfaceContext,
                       _Inout_ PSDBUS_REQUEST_PACKET Packet);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    SdBusSubmitRequestAsync(_In_ PVOID InterfaceContext,
                            _In_ PSDBUS_REQUEST_PACKET Packet, _In_ PIRP Irp,
                            _In_ PIO_COMPLETION_ROUTINE CompletionRoutine,
                            _In_ PVOID UserContext);

#endif
