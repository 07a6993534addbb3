/* irqlint's model of ntddcdrm.h, the CD-ROM device I/O controls and their
 * buffers (IOCTL_CDROM_*, CDROM_TOC, TRACK_DATA, RAW_READ_INFO ...),
 * written from the documentation of each control code and structure --
 * not Microsoft's header. File systems that read discs (CDFS, FAT on
 * removable media) send these to the device below them. Layouts carry the
 * documented members; no control routine is declared here, so nothing in
 * this header carries SAL. */
#ifndef IRQLINT_WDK_NTDDCDRM_H
#define IRQLINT_WDK_NTDDCDRM_H

#include "devioctl.h"
#include "ntddstor.h"

#define IOCTL_CDROM_BASE FILE_DEVICE_CD_ROM

/* The control codes, each as its reference page gives it. */
#define IOCTL_CDROM_READ_TOC                                                   \
  CTL_CODE(IOCTL_CDROM_BASE, 0x0000, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_CDROM_GET_CONTROL                                                \
  CTL_CODE(IOCTL_CDROM_BASE, 0x000D, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_CDROM_GET_LAST_SESSION                                           \
  CTL_CODE(IOCTL_CDROM_BASE, 0x000E, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_CDROM_RAW_READ                                                   \
  CTL_CODE(IOCTL_CDROM_BASE, 0x000F, METHOD_OUT_DIRECT, FILE_READ_ACCESS)
#define IOCTL_CDROM_DISK_TYPE                                                  \
  CTL_CODE(IOCTL_CDROM_BASE, 0x0010, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_CDROM_GET_DRIVE_GEOMETRY                                         \
  CTL_CODE(IOCTL_CDROM_BASE, 0x0013, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_CDROM_GET_DRIVE_GEOMETRY_EX                                      \
  CTL_CODE(IOCTL_CDROM_BASE, 0x0014, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_CDROM_READ_TOC_EX                                                \
  CTL_CODE(IOCTL_CDROM_BASE, 0x0015, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_CDROM_GET_CONFIGURATION                                          \
  CTL_CODE(IOCTL_CDROM_BASE, 0x0016, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_CDROM_CHECK_VERIFY                                               \
  CTL_CODE(IOCTL_CDROM_BASE, 0x0200, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_CDROM_MEDIA_REMOVAL                                              \
  CTL_CODE(IOCTL_CDROM_BASE, 0x0201, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_CDROM_EJECT_MEDIA                                                \
  CTL_CODE(IOCTL_CDROM_BASE, 0x0202, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_CDROM_LOAD_MEDIA                                                 \
  CTL_CODE(IOCTL_CDROM_BASE, 0x0203, METHOD_BUFFERED, FILE_READ_ACCESS)

/* the most tracks a table of contents describes */
#define MAXIMUM_NUMBER_TRACKS 100

/* One track's entry in a table of contents: its control and address-type
 * nibbles, its number and its starting address (MSF or logical). */
typedef struct _TRACK_DATA {
  UCHAR Reserved;
  UCHAR Control : 4;
  UCHAR Adr : 4;
  UCHAR TrackNumber;
  UCHAR Reserved1;
  UCHAR Address[4];
} TRACK_DATA, *PTRACK_DATA;

/* IOCTL_CDROM_READ_TOC's output: the table of contents. */
typedef struct _CDROM_TOC {
  UCHAR Length[2];
  UCHAR FirstTrack;
  UCHAR LastTrack;
  TRACK_DATA TrackData[MAXIMUM_NUMBER_TRACKS];
} CDROM_TOC, *PCDROM_TOC;

/* IOCTL_CDROM_GET_LAST_SESSION's output. */
typedef struct _CDROM_TOC_SESSION_DATA {
  UCHAR Length[2];
  UCHAR FirstCompleteSession;
  UCHAR LastCompleteSession;
  TRACK_DATA TrackData[1];
} CDROM_TOC_SESSION_DATA, *PCDROM_TOC_SESSION_DATA;

/* IOCTL_CDROM_READ_TOC_EX's input: which table, addresses as MSF or not,
 * and the session or track to start from. */
typedef struct _CDROM_READ_TOC_EX {
  UCHAR Format : 4;
  UCHAR Reserved1 : 3;
  UCHAR Msf : 1;
  UCHAR SessionTrack;
  UCHAR Reserved2;
  UCHAR Reserved3;
} CDROM_READ_TOC_EX, *PCDROM_READ_TOC_EX;

#define CDROM_READ_TOC_EX_FORMAT_TOC 0x00
#define CDROM_READ_TOC_EX_FORMAT_SESSION 0x01
#define CDROM_READ_TOC_EX_FORMAT_FULL_TOC 0x02
#define CDROM_READ_TOC_EX_FORMAT_PMA 0x03
#define CDROM_READ_TOC_EX_FORMAT_ATIP 0x04
#define CDROM_READ_TOC_EX_FORMAT_CDTEXT 0x05

/* The sector layouts IOCTL_CDROM_RAW_READ can read. */
typedef enum _TRACK_MODE_TYPE {
  YellowMode2,
  XAForm2,
  CDDA,
  RawWithC2AndSubCode,
  RawWithC2,
  RawWithSubCode
} TRACK_MODE_TYPE,
    *PTRACK_MODE_TYPE;

/* IOCTL_CDROM_RAW_READ's input. */
typedef struct __RAW_READ_INFO {
  LARGE_INTEGER DiskOffset;
  ULONG SectorCount;
  TRACK_MODE_TYPE TrackMode;
} RAW_READ_INFO, *PRAW_READ_INFO;

/* IOCTL_CDROM_DISK_TYPE's output: which kinds of tracks the disc has. */
typedef struct _CDROM_DISK_DATA {
  ULONG DiskData;
} CDROM_DISK_DATA, *PCDROM_DISK_DATA;

#define CDROM_DISK_AUDIO_TRACK 0x00000001
#define CDROM_DISK_DATA_TRACK 0x00000002

#endif
