/* irqlint's model of kbdmou.h: what keyboard and mouse port, class and
 * filter drivers share -- the internal connect/disconnect/enable/disable
 * I/O controls, the CONNECT_DATA a class driver hands its port driver, and
 * the class service callback the port driver calls at DISPATCH_LEVEL to
 * deliver input. Written from the documentation -- not Microsoft's header. */
#ifndef IRQLINT_WDK_KBDMOU_H
#define IRQLINT_WDK_KBDMOU_H

#include "ntddkbd.h"
#include "ntddmou.h"

#define DD_KEYBOARD_PORT_DEVICE_NAME "\\Device\\KeyboardPort"
#define DD_KEYBOARD_PORT_DEVICE_NAME_U L"\\Device\\KeyboardPort"
#define DD_KEYBOARD_PORT_BASE_NAME_U L"KeyboardPort"
#define DD_POINTER_PORT_DEVICE_NAME "\\Device\\PointerPort"
#define DD_POINTER_PORT_DEVICE_NAME_U L"\\Device\\PointerPort"
#define DD_POINTER_PORT_BASE_NAME_U L"PointerPort"
#define DD_KEYBOARD_CLASS_BASE_NAME_U L"KeyboardClass"
#define DD_POINTER_CLASS_BASE_NAME_U L"PointerClass"
#define DD_KEYBOARD_RESOURCE_CLASS_NAME_U L"Keyboard"
#define DD_POINTER_RESOURCE_CLASS_NAME_U L"Pointer"
#define POINTER_PORTS_MAXIMUM 8
#define KEYBOARD_PORTS_MAXIMUM 8

#define IOCTL_INTERNAL_KEYBOARD_CONNECT                                        \
  CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0080, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_KEYBOARD_DISCONNECT                                     \
  CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0100, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_KEYBOARD_ENABLE                                         \
  CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0200, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_KEYBOARD_DISABLE                                        \
  CTL_CODE(FILE_DEVICE_KEYBOARD, 0x0400, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_MOUSE_CONNECT                                           \
  CTL_CODE(FILE_DEVICE_MOUSE, 0x0080, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_MOUSE_DISCONNECT                                        \
  CTL_CODE(FILE_DEVICE_MOUSE, 0x0100, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_MOUSE_ENABLE                                            \
  CTL_CODE(FILE_DEVICE_MOUSE, 0x0200, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_INTERNAL_MOUSE_DISABLE                                           \
  CTL_CODE(FILE_DEVICE_MOUSE, 0x0400, METHOD_NEITHER, FILE_ANY_ACCESS)

/* the class driver's device object and its service callback */
typedef struct _CONNECT_DATA {
  PDEVICE_OBJECT ClassDeviceObject;
  PVOID ClassService;
} CONNECT_DATA, *PCONNECT_DATA;

/* KeyboardClassServiceCallback / MouseClassServiceCallback: the port
 * driver's ISR DPC calls it with the input data between SystemArgument1
 * and SystemArgument2 (start and end) and gets back in SystemArgument3 how
 * many were consumed */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) VOID
    SERVICE_CALLBACK_ROUTINE(_In_ PVOID NormalContext,
                             _In_ PVOID SystemArgument1,
                             _In_ PVOID SystemArgument2,
                             _Inout_ PVOID SystemArgument3);
typedef SERVICE_CALLBACK_ROUTINE *PSERVICE_CALLBACK_ROUTINE;

#endif
