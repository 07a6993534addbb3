// The CD-ROM and disk I/O controls a file system sends to its device
// (ntddcdrm.h, ntdddisk.h of the bundled headers): the table of contents
// and its tracks, raw reads, the disc's track kinds, the extended TOC
// request and the disk copy control. A missing or misdeclared name is a
// clang error, which fails the test; the lock finding shows the code around
// them is analyzed.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %expect_exit 1 %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ntifs.h>
#include <ntddcdrm.h>
#include <ntdddisk.h>

typedef struct _DISC {
  FAST_MUTEX TocMutex;
  CDROM_TOC Toc;
  ULONG DiskFlags;
  ULONG FirstDataTrack;
} DISC, *PDISC;

static ULONG TrackStart(const TRACK_DATA *Track) {
  return ((ULONG)Track->Address[1] << 16) | ((ULONG)Track->Address[2] << 8) |
         Track->Address[3];
}

NTSTATUS FindFirstDataTrack(PDISC Disc) {
  ExAcquireFastMutex(&Disc->TocMutex);
  // CHECK: bundled_cdrom.c:[[@LINE-1]]:3: warning: {{.*}} 'FindFirstDataTrack' [lock-not-released]
  ULONG count = (ULONG)(Disc->Toc.LastTrack - Disc->Toc.FirstTrack + 1);
  if (count > MAXIMUM_NUMBER_TRACKS)
    return STATUS_DISK_CORRUPT_ERROR;
  // CHECK: bundled_cdrom.c:[[@LINE-1]]:5: note: returns here
  for (ULONG i = 0; i < count; i++) {
    if (Disc->Toc.TrackData[i].Control & 0x4) {
      Disc->FirstDataTrack = TrackStart(&Disc->Toc.TrackData[i]);
      Disc->DiskFlags |= CDROM_DISK_DATA_TRACK;
    } else {
      Disc->DiskFlags |= CDROM_DISK_AUDIO_TRACK;
    }
  }
  ExReleaseFastMutex(&Disc->TocMutex);
  return STATUS_SUCCESS;
}

ULONG RequestSizes(PCDROM_READ_TOC_EX Request, PRAW_READ_INFO Raw,
                   PDISK_COPY_DATA Copy, ULONG Code) {
  Request->Format = CDROM_READ_TOC_EX_FORMAT_SESSION;
  Request->Msf = 1;
  Raw->TrackMode = Code == IOCTL_CDROM_RAW_READ ? CDDA : YellowMode2;
  Raw->SectorCount = 16;
  Copy->CopyLength.QuadPart = 0;
  switch (Code) {
  case IOCTL_CDROM_READ_TOC_EX:
    return sizeof(CDROM_TOC);
  case IOCTL_CDROM_GET_LAST_SESSION:
    return sizeof(CDROM_TOC_SESSION_DATA);
  case IOCTL_CDROM_DISK_TYPE:
    return sizeof(CDROM_DISK_DATA);
  case IOCTL_DISK_COPY_DATA:
    return sizeof(DISK_COPY_DATA);
  default:
    return 0;
  }
}
