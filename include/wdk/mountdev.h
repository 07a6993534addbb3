/* irqlint's model of mountdev.h, the interface the mount manager uses to
 * ask a volume's device for its name, unique ID and suggested drive-letter
 * link (IOCTL_MOUNTDEV_...). Written from the documentation
 * (learn.microsoft.com "mountdev.h", "Supporting Mount Manager Requests in
 * a Storage Class Driver") -- not Microsoft's header. */
#ifndef IRQLINT_WDK_MOUNTDEV_H
#define IRQLINT_WDK_MOUNTDEV_H

#include "devioctl.h"

#define MOUNTDEVCONTROLTYPE 0x0000004D /* 'M' */

#define IOCTL_MOUNTDEV_QUERY_UNIQUE_ID                                         \
  CTL_CODE(MOUNTDEVCONTROLTYPE, 0, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_MOUNTDEV_QUERY_UNIQUE_ID_CHANGE_NOTIFY                           \
  CTL_CODE(MOUNTDEVCONTROLTYPE, 1, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_MOUNTDEV_QUERY_DEVICE_NAME                                       \
  CTL_CODE(MOUNTDEVCONTROLTYPE, 2, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_MOUNTDEV_QUERY_SUGGESTED_LINK_NAME                               \
  CTL_CODE(MOUNTDEVCONTROLTYPE, 3, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_MOUNTDEV_LINK_CREATED                                            \
  CTL_CODE(MOUNTDEVCONTROLTYPE, 4, METHOD_BUFFERED,                            \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_MOUNTDEV_LINK_DELETED                                            \
  CTL_CODE(MOUNTDEVCONTROLTYPE, 5, METHOD_BUFFERED,                            \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_MOUNTDEV_QUERY_STABLE_GUID                                       \
  CTL_CODE(MOUNTDEVCONTROLTYPE, 6, METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef struct _MOUNTDEV_UNIQUE_ID {
  USHORT UniqueIdLength;
  UCHAR UniqueId[1];
} MOUNTDEV_UNIQUE_ID, *PMOUNTDEV_UNIQUE_ID;

typedef struct _MOUNTDEV_UNIQUE_ID_CHANGE_NOTIFY_OUTPUT {
  ULONG Size;
  USHORT OldUniqueIdOffset;
  USHORT OldUniqueIdLength;
  USHORT NewUniqueIdOffset;
  USHORT NewUniqueIdLength;
} MOUNTDEV_UNIQUE_ID_CHANGE_NOTIFY_OUTPUT,
    *PMOUNTDEV_UNIQUE_ID_CHANGE_NOTIFY_OUTPUT;

typedef struct _MOUNTDEV_NAME {
  USHORT NameLength;
  WCHAR Name[1];
} MOUNTDEV_NAME, *PMOUNTDEV_NAME;

typedef struct _MOUNTDEV_SUGGESTED_LINK_NAME {
  BOOLEAN UseOnlyIfThereAreNoOtherLinks;
  USHORT NameLength;
  WCHAR Name[1];
} MOUNTDEV_SUGGESTED_LINK_NAME, *PMOUNTDEV_SUGGESTED_LINK_NAME;

/* The interface class a volume registers for the mount manager: the
 * volume device interface class. */
DEFINE_GUID(MOUNTDEV_MOUNTED_DEVICE_GUID, 0x53f5630d, 0xb6bf, 0x11d0, 0x94,
            0xf2, 0x00, 0xa0, 0xc9, 0x1e, 0xfb, 0x8b);

#endif /* IRQLINT_WDK_MOUNTDEV_H */
