/* irqlint's model of ntddvol.h, the volume device I/O controls a disk or
 * volume driver answers (IOCTL_VOLUME_...), with the disk extents of a
 * volume. Written from the documentation (learn.microsoft.com "ntddvol.h")
 * -- not Microsoft's header. */
#ifndef IRQLINT_WDK_NTDDVOL_H
#define IRQLINT_WDK_NTDDVOL_H

#include "devioctl.h"

#define IOCTL_VOLUME_BASE 0x00000056 /* 'V' */

#define IOCTL_VOLUME_GET_VOLUME_DISK_EXTENTS                                   \
  CTL_CODE(IOCTL_VOLUME_BASE, 0, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_VOLUME_ONLINE                                                    \
  CTL_CODE(IOCTL_VOLUME_BASE, 2, METHOD_BUFFERED,                              \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_VOLUME_OFFLINE                                                   \
  CTL_CODE(IOCTL_VOLUME_BASE, 3, METHOD_BUFFERED,                              \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_VOLUME_IS_CLUSTERED                                              \
  CTL_CODE(IOCTL_VOLUME_BASE, 12, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_VOLUME_GET_GPT_ATTRIBUTES                                        \
  CTL_CODE(IOCTL_VOLUME_BASE, 14, METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef struct _DISK_EXTENT {
  ULONG DiskNumber;
  LARGE_INTEGER StartingOffset;
  LARGE_INTEGER ExtentLength;
} DISK_EXTENT, *PDISK_EXTENT;

typedef struct _VOLUME_DISK_EXTENTS {
  ULONG NumberOfDiskExtents;
  DISK_EXTENT Extents[ANYSIZE_ARRAY];
} VOLUME_DISK_EXTENTS, *PVOLUME_DISK_EXTENTS;

#endif /* IRQLINT_WDK_NTDDVOL_H */
