/* irqlint's model of ntdd8042.h: how a filter driver hooks the i8042 port
 * driver (i8042prt) -- the internal hook I/O controls, the ISR and
 * initialization hooks it installs, and the port routines i8042prt hands
 * back for writing to the controller and queueing packets. Written from the
 * documentation -- not Microsoft's header. The ISR hooks run in i8042prt's
 * interrupt service routine, at the device's IRQL. */
#ifndef IRQLINT_WDK_NTDD8042_H
#define IRQLINT_WDK_NTDD8042_H

#include "ntddkbd.h"
#include "ntddmou.h"

#define IOCTL_INTERNAL_I8042_HOOK_KEYBOARD                                     \
  CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0FF0, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_I8042_KEYBOARD_WRITE_BUFFER                             \
  CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0FF1, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_I8042_CONTROLLER_WRITE_BUFFER                           \
  CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0FF2, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_I8042_KEYBOARD_START_INFORMATION                        \
  CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0FF3, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_I8042_HOOK_MOUSE                                        \
  CTL_CODE(FILE_DEVICE_MOUSE, 0x0FF0, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_I8042_MOUSE_WRITE_BUFFER                                \
  CTL_CODE(FILE_DEVICE_MOUSE, 0x0FF1, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_I8042_MOUSE_START_INFORMATION                           \
  CTL_CODE(FILE_DEVICE_MOUSE, 0x0FF3, METHOD_NEITHER, FILE_ANY_ACCESS)

#define I8042_POWER_SYS_BUTTON 0x0001
#define I8042_SLEEP_SYS_BUTTON 0x0002
#define I8042_WAKE_SYS_BUTTON 0x0004
#define I8042_SYS_BUTTONS                                                      \
  (I8042_POWER_SYS_BUTTON | I8042_SLEEP_SYS_BUTTON | I8042_WAKE_SYS_BUTTON)

/* where the keyboard ISR is in a multi-byte scan code */
typedef enum _KEYBOARD_SCAN_STATE {
  Normal,
  GotE0,
  GotE1
} KEYBOARD_SCAN_STATE,
    *PKEYBOARD_SCAN_STATE;

/* where the mouse ISR is in a mouse packet */
typedef enum _MOUSE_STATE {
  MouseIdle,
  XMovement,
  YMovement,
  ZMovement,
  MouseExpectingACK,
  MouseResetting
} MOUSE_STATE,
    *PMOUSE_STATE;

/* where the mouse ISR is in the reset sequence; a hook may use the custom
 * range for states of its own */
typedef enum _MOUSE_RESET_SUBSTATE {
  ExpectingReset,
  ExpectingResetId,
  ExpectingGetDeviceIdACK,
  ExpectingGetDeviceIdValue,
  CustomHookStateMinimum = 100,
  CustomHookStateMaximum = 999,
  I8042ReservedMinimum = 1000
} MOUSE_RESET_SUBSTATE,
    *PMOUSE_RESET_SUBSTATE;

typedef enum _TRANSMIT_STATE { Idle = 0, SendingBytes } TRANSMIT_STATE;

/* the bytes i8042prt is sending to a device */
typedef struct _OUTPUT_PACKET {
  PUCHAR Bytes;
  ULONG CurrentByte;
  ULONG ByteCount;
  TRANSMIT_STATE State;
} OUTPUT_PACKET, *POUTPUT_PACKET;

/* routines i8042prt gives the hook */
typedef NTSTATUS (*PI8042_SYNCH_READ_PORT)(_In_ PVOID Context,
                                           _Out_ PUCHAR Value,
                                           _In_ BOOLEAN WaitForACK);
typedef NTSTATUS (*PI8042_SYNCH_WRITE_PORT)(_In_ PVOID Context,
                                            _In_ UCHAR Value,
                                            _In_ BOOLEAN WaitForACK);
typedef VOID (*PI8042_ISR_WRITE_PORT)(_In_ PVOID Context, _In_ UCHAR Value);
typedef VOID (*PI8042_QUEUE_PACKET)(_In_ PVOID Context);

/* hooks the filter gives i8042prt */
typedef NTSTATUS (*PI8042_KEYBOARD_INITIALIZATION_ROUTINE)(
    _In_ PVOID InitializationContext, _In_ PVOID SynchFuncContext,
    _In_ PI8042_SYNCH_READ_PORT ReadPort,
    _In_ PI8042_SYNCH_WRITE_PORT WritePort, _Out_ PBOOLEAN TurnTranslationOn);
typedef BOOLEAN (*PI8042_KEYBOARD_ISR)(_In_ PVOID IsrContext,
                                       _In_ PKEYBOARD_INPUT_DATA CurrentInput,
                                       _In_ POUTPUT_PACKET CurrentOutput,
                                       _Inout_ UCHAR StatusByte,
                                       _In_ PUCHAR Byte,
                                       _Out_ PBOOLEAN ContinueProcessing,
                                       _In_ PKEYBOARD_SCAN_STATE ScanState);
typedef BOOLEAN (*PI8042_MOUSE_ISR)(_In_ PVOID IsrContext,
                                    _In_ PMOUSE_INPUT_DATA CurrentInput,
                                    _In_ POUTPUT_PACKET CurrentOutput,
                                    _Inout_ UCHAR StatusByte, _In_ PUCHAR Byte,
                                    _Out_ PBOOLEAN ContinueProcessing,
                                    _In_ PMOUSE_STATE MouseState,
                                    _In_ PMOUSE_RESET_SUBSTATE ResetSubState);

/* IOCTL_INTERNAL_I8042_HOOK_KEYBOARD */
typedef struct _INTERNAL_I8042_HOOK_KEYBOARD {
  PVOID Context;
  PI8042_KEYBOARD_INITIALIZATION_ROUTINE InitializationRoutine;
  PI8042_KEYBOARD_ISR IsrRoutine;
  PI8042_ISR_WRITE_PORT IsrWritePort;
  PI8042_QUEUE_PACKET QueueKeyboardPacket;
  PVOID CallContext;
} INTERNAL_I8042_HOOK_KEYBOARD, *PINTERNAL_I8042_HOOK_KEYBOARD;

/* IOCTL_INTERNAL_I8042_HOOK_MOUSE */
typedef struct _INTERNAL_I8042_HOOK_MOUSE {
  PVOID Context;
  PI8042_MOUSE_ISR IsrRoutine;
  PI8042_ISR_WRITE_PORT IsrWritePort;
  PI8042_QUEUE_PACKET QueueMousePacket;
  PVOID CallContext;
} INTERNAL_I8042_HOOK_MOUSE, *PINTERNAL_I8042_HOOK_MOUSE;

/* IOCTL_INTERNAL_I8042_*_START_INFORMATION */
typedef struct _INTERNAL_I8042_START_INFORMATION {
  ULONG Size;
  PKINTERRUPT InterruptObject;
  ULONG Reserved[8];
} INTERNAL_I8042_START_INFORMATION, *PINTERNAL_I8042_START_INFORMATION;

#endif
