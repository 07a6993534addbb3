/* irqlint's model of ntifs.h, written from the documentation -- not
 * Microsoft's header. It is a superset of ntddk.h; the subset of the file
 * system and process routines that non-file-system drivers call is
 * declared here. */
#ifndef IRQLINT_WDK_NTIFS_H
#define IRQLINT_WDK_NTIFS_H

#include "ntddk.h"

typedef enum _FILE_INFORMATION_CLASS {
  FileDirectoryInformation = 1,
  FileFullDirectoryInformation,
  FileBothDirectoryInformation,
  FileBasicInformation,
  FileStandardInformation,
  FileInternalInformation,
  FileEaInformation,
  FileAccessInformation,
  FileNameInformation,
  FileRenameInformation,
  FileLinkInformation,
  FileNamesInformation,
  FileDispositionInformation,
  FilePositionInformation,
  FileFullEaInformation,
  FileModeInformation,
  FileAlignmentInformation,
  FileAllInformation,
  FileAllocationInformation,
  FileEndOfFileInformation,
  FileMaximumInformation = 80
} FILE_INFORMATION_CLASS,
    *PFILE_INFORMATION_CLASS;
typedef struct _FILE_STANDARD_INFORMATION {
  LARGE_INTEGER AllocationSize;
  LARGE_INTEGER EndOfFile;
  ULONG NumberOfLinks;
  BOOLEAN DeletePending;
  BOOLEAN Directory;
} FILE_STANDARD_INFORMATION, *PFILE_STANDARD_INFORMATION;
typedef struct _FILE_POSITION_INFORMATION {
  LARGE_INTEGER CurrentByteOffset;
} FILE_POSITION_INFORMATION, *PFILE_POSITION_INFORMATION;

NTSTATUS ZwQueryInformationFile(HANDLE FileHandle,
                                PIO_STATUS_BLOCK IoStatusBlock,
                                PVOID FileInformation, ULONG Length,
                                FILE_INFORMATION_CLASS FileInformationClass);
NTSTATUS ZwSetInformationFile(HANDLE FileHandle, PIO_STATUS_BLOCK IoStatusBlock,
                              PVOID FileInformation, ULONG Length,
                              FILE_INFORMATION_CLASS FileInformationClass);
NTSTATUS PsLookupProcessByProcessId(HANDLE ProcessId, PEPROCESS *Process);
NTSTATUS PsLookupThreadByThreadId(HANDLE ThreadId, PETHREAD *Thread);
HANDLE PsGetProcessId(PEPROCESS Process);
NTSTATUS ObOpenObjectByPointer(PVOID Object, ULONG HandleAttributes,
                               PACCESS_STATE PassedAccessState,
                               ACCESS_MASK DesiredAccess,
                               POBJECT_TYPE ObjectType,
                               KPROCESSOR_MODE AccessMode, PHANDLE Handle);
PDEVICE_OBJECT IoGetAttachedDevice(PDEVICE_OBJECT DeviceObject);
PDEVICE_OBJECT IoGetBaseFileSystemDeviceObject(PFILE_OBJECT FileObject);
PEPROCESS IoThreadToProcess(PETHREAD Thread);

/* A file system enters a critical region around its work: macros over
 * KeEnterCriticalRegion / KeLeaveCriticalRegion, as in the WDK. */
#ifdef IRQLINT_WDK_MACRO_SHAPES
#define FsRtlEnterFileSystem()                                                 \
  {                                                                            \
    KeEnterCriticalRegion();                                                   \
  }
#define FsRtlExitFileSystem()                                                  \
  {                                                                            \
    KeLeaveCriticalRegion();                                                   \
  }
#else
/* the documented syntax, with the annotations of the routine each macro
 * calls */
_Acquires_lock_(_Global_critical_region_) _IRQL_requires_max_(APC_LEVEL) VOID
    FsRtlEnterFileSystem(VOID);
_Releases_lock_(_Global_critical_region_) _IRQL_requires_max_(APC_LEVEL) VOID
    FsRtlExitFileSystem(VOID);
#endif

#endif
