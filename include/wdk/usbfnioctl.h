/* irqlint's model of usbfnioctl.h: the internal I/O controls a USB function
 * class driver sends to the function stack (transfers on a pipe, pipe state,
 * control status handshakes, bus activation, class information). Written
 * from the documentation -- not Microsoft's header. The function numbers
 * are this model's own; the analysis never reads them. */
#ifndef IRQLINT_WDK_USBFNIOCTL_H
#define IRQLINT_WDK_USBFNIOCTL_H

#include "usbfnbase.h"

#ifndef FILE_DEVICE_USBEX
#define FILE_DEVICE_USBEX 0x00000049
#endif
#define USBFN_CTL_(id, method)                                                 \
  CTL_CODE(FILE_DEVICE_USBEX, (id), (method), FILE_ANY_ACCESS)

#define IOCTL_INTERNAL_USBFN_ACTIVATE_USB_BUS USBFN_CTL_(0x200, METHOD_NEITHER)
#define IOCTL_INTERNAL_USBFN_DEACTIVATE_USB_BUS                                \
  USBFN_CTL_(0x201, METHOD_NEITHER)
#define IOCTL_INTERNAL_USBFN_BUS_EVENT_NOTIFICATION                            \
  USBFN_CTL_(0x202, METHOD_NEITHER)
#define IOCTL_INTERNAL_USBFN_GET_CLASS_INFO USBFN_CTL_(0x203, METHOD_NEITHER)
#define IOCTL_INTERNAL_USBFN_GET_PIPE_STATE USBFN_CTL_(0x204, METHOD_NEITHER)
#define IOCTL_INTERNAL_USBFN_SET_PIPE_STATE USBFN_CTL_(0x205, METHOD_NEITHER)
#define IOCTL_INTERNAL_USBFN_CONTROL_STATUS_HANDSHAKE_IN                       \
  USBFN_CTL_(0x206, METHOD_NEITHER)
#define IOCTL_INTERNAL_USBFN_CONTROL_STATUS_HANDSHAKE_OUT                      \
  USBFN_CTL_(0x207, METHOD_NEITHER)
#define IOCTL_INTERNAL_USBFN_TRANSFER_IN USBFN_CTL_(0x208, METHOD_IN_DIRECT)
#define IOCTL_INTERNAL_USBFN_TRANSFER_IN_APPEND_ZERO_PKT                       \
  USBFN_CTL_(0x209, METHOD_IN_DIRECT)
#define IOCTL_INTERNAL_USBFN_TRANSFER_OUT USBFN_CTL_(0x20A, METHOD_OUT_DIRECT)
#define IOCTL_INTERNAL_USBFN_REGISTER_USB_STRING                               \
  USBFN_CTL_(0x20B, METHOD_NEITHER)
#define IOCTL_INTERNAL_USBFN_GET_INTERFACE_DESCRIPTOR_SET                      \
  USBFN_CTL_(0x20C, METHOD_NEITHER)
#define IOCTL_INTERNAL_USBFN_SIGNAL_REMOTE_WAKEUP                              \
  USBFN_CTL_(0x20D, METHOD_NEITHER)
#define IOCTL_INTERNAL_USBFN_SET_POWER_FILTER_STATE                            \
  USBFN_CTL_(0x20E, METHOD_NEITHER)
#define IOCTL_INTERNAL_USBFN_SET_POWER_FILTER_EXIT_LPM                         \
  USBFN_CTL_(0x20F, METHOD_NEITHER)
#define IOCTL_INTERNAL_USBFN_RESERVED USBFN_CTL_(0x210, METHOD_NEITHER)

typedef struct _USBFN_POWER_FILTER_STATE {
  BOOLEAN DeviceState;
  UCHAR PState;
  UCHAR Reserved[2];
} USBFN_POWER_FILTER_STATE, *PUSBFN_POWER_FILTER_STATE;

#endif
