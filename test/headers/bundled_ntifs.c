// Pieces of a file system written against the bundled ntifs.h as the
// installable file system reference pages describe them: an FCB that starts
// with the advanced common header, byte-range locks, oplocks, share access,
// the cache manager's pinning interface, directory change notification,
// mapping control blocks, 8.3 names, fast I/O and the file system control
// codes. A missing or misdeclared name is a clang error, which fails the
// test; the documented IRQL maxima are read from the declarations.
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ntifs.h>

typedef struct _VOLUME {
  PVPB Vpb;
  PNOTIFY_SYNC NotifySync;
  LIST_ENTRY DirNotifyList;
  ERESOURCE Resource;
  ULONG OpenCount;
} VOLUME, *PVOLUME;

typedef struct _FCB {
  FSRTL_ADVANCED_FCB_HEADER Header;
  FAST_MUTEX HeaderMutex;
  ERESOURCE MainResource;
  ERESOURCE PagingIoResource;
  SECTION_OBJECT_POINTERS Section;
  SHARE_ACCESS ShareAccess;
  FILE_LOCK Locks;
  OPLOCK Oplock;
  LARGE_MCB Runs;
  PVOLUME Volume;
  UNICODE_STRING Name;
  ULONG OpenCount;
} FCB, *PFCB;

static BOOLEAN LazyAcquire(PVOID Context, BOOLEAN Wait) {
  PFCB fcb = Context;
  return ExAcquireResourceSharedLite(fcb->Header.PagingIoResource, Wait);
}
static VOID LazyRelease(PVOID Context) {
  PFCB fcb = Context;
  ExReleaseResourceLite(fcb->Header.PagingIoResource);
}
static CACHE_MANAGER_CALLBACKS CacheCallbacks = {LazyAcquire, LazyRelease,
                                                 LazyAcquire, LazyRelease};

VOID InitFcb(PFCB Fcb, PVOLUME Volume) {
  RtlZeroMemory(Fcb, sizeof(*Fcb));
  Fcb->Header.NodeByteSize = (CSHORT)sizeof(FCB);
  Fcb->Header.IsFastIoPossible = FastIoIsQuestionable;
  ExInitializeFastMutex(&Fcb->HeaderMutex);
  FsRtlSetupAdvancedHeader(&Fcb->Header, &Fcb->HeaderMutex);
  ExInitializeResourceLite(&Fcb->MainResource);
  ExInitializeResourceLite(&Fcb->PagingIoResource);
  Fcb->Header.Resource = &Fcb->MainResource;
  Fcb->Header.PagingIoResource = &Fcb->PagingIoResource;
  FsRtlInitializeFileLock(&Fcb->Locks, NULL, NULL);
  FsRtlInitializeOplock(&Fcb->Oplock);
  FsRtlInitializeLargeMcb(&Fcb->Runs, PagedPool);
  Fcb->Volume = Volume;
}

NTSTATUS OpenFcb(PFCB Fcb, PIRP Irp) {
  PIO_STACK_LOCATION sp = IoGetCurrentIrpStackLocation(Irp);
  PFILE_OBJECT fo = sp->FileObject;
  ACCESS_MASK want = sp->Parameters.Create.SecurityContext->DesiredAccess;
  NTSTATUS status;
  if (Fcb->OpenCount != 0) {
    status = IoCheckShareAccess(want, sp->Parameters.Create.ShareAccess, fo,
                                &Fcb->ShareAccess, TRUE);
    if (!NT_SUCCESS(status))
      return status;
  } else {
    IoSetShareAccess(want, sp->Parameters.Create.ShareAccess, fo,
                     &Fcb->ShareAccess);
  }
  status = FsRtlCheckOplock(&Fcb->Oplock, Irp, NULL, NULL, NULL);
  if (status == STATUS_PENDING)
    return status;
  fo->SectionObjectPointer = &Fcb->Section;
  fo->FsContext = Fcb;
  SetFlag(fo->Flags, FO_CACHE_SUPPORTED);
  Fcb->OpenCount++;
  Irp->IoStatus.Information = FILE_OPENED;
  return STATUS_SUCCESS;
}

// Reads a metadata block through the cache, pinned.
NTSTATUS TouchBlock(PFCB Fcb, PFILE_OBJECT StreamFile, LONGLONG Offset) {
  PVOID bcb;
  PVOID buffer;
  LARGE_INTEGER at;
  CC_FILE_SIZES sizes;
  at.QuadPart = Offset;
  if (!CcIsFileCached(StreamFile)) {
    sizes.AllocationSize = Fcb->Header.AllocationSize;
    sizes.FileSize = Fcb->Header.FileSize;
    sizes.ValidDataLength = Fcb->Header.ValidDataLength;
    CcInitializeCacheMap(StreamFile, &sizes, TRUE, &CacheCallbacks, Fcb);
  }
  if (!CcPinRead(StreamFile, &at, 512, PIN_WAIT, &bcb, &buffer))
    return STATUS_CANT_WAIT;
  ((PUCHAR)buffer)[0] ^= 1;
  CcSetDirtyPinnedData(bcb, NULL);
  CcUnpinData(bcb);
  return STATUS_SUCCESS;
}

NTSTATUS DirectoryControl(PFCB Dir, PIRP Irp) {
  PIO_STACK_LOCATION sp = IoGetCurrentIrpStackLocation(Irp);
  if (sp->MinorFunction != IRP_MN_NOTIFY_CHANGE_DIRECTORY)
    return STATUS_INVALID_DEVICE_REQUEST;
  FsRtlNotifyFullChangeDirectory(
      Dir->Volume->NotifySync, &Dir->Volume->DirNotifyList,
      sp->FileObject->FsContext2, (PSTRING)&Dir->Name,
      BooleanFlagOn(sp->Flags, SL_WATCH_TREE), FALSE,
      sp->Parameters.NotifyDirectory.CompletionFilter, Irp, NULL, NULL);
  return STATUS_PENDING;
}

NTSTATUS UserFsRequest(PFCB Fcb, PIRP Irp) {
  PIO_STACK_LOCATION sp = IoGetCurrentIrpStackLocation(Irp);
  switch (sp->Parameters.FileSystemControl.FsControlCode) {
  case FSCTL_REQUEST_OPLOCK_LEVEL_1:
  case FSCTL_REQUEST_OPLOCK_LEVEL_2:
  case FSCTL_REQUEST_BATCH_OPLOCK:
  case FSCTL_OPLOCK_BREAK_ACKNOWLEDGE:
  case FSCTL_OPBATCH_ACK_CLOSE_PENDING:
  case FSCTL_OPLOCK_BREAK_NOTIFY:
  case FSCTL_OPLOCK_BREAK_ACK_NO_2:
  case FSCTL_REQUEST_FILTER_OPLOCK:
  case FSCTL_REQUEST_OPLOCK:
    return FsRtlOplockFsctrl(&Fcb->Oplock, Irp, Fcb->OpenCount);
  case FSCTL_LOCK_VOLUME:
  case FSCTL_UNLOCK_VOLUME:
  case FSCTL_DISMOUNT_VOLUME:
  case FSCTL_IS_VOLUME_MOUNTED:
  case FSCTL_MARK_VOLUME_DIRTY:
  case FSCTL_IS_VOLUME_DIRTY:
  case FSCTL_GET_RETRIEVAL_POINTERS:
  case FSCTL_GET_VOLUME_BITMAP:
  case FSCTL_MOVE_FILE:
  case FSCTL_FILESYSTEM_GET_STATISTICS:
  case FSCTL_QUERY_FAT_BPB:
    return STATUS_SUCCESS;
  default:
    return STATUS_INVALID_DEVICE_REQUEST;
  }
}

BOOLEAN MatchAndShorten(PUNICODE_STRING Pattern, PUNICODE_STRING Name,
                        PUNICODE_STRING Short) {
  GENERATE_NAME_CONTEXT ctx;
  if (!FsRtlIsNameInExpression(Pattern, Name, TRUE, NULL))
    return FALSE;
  if (RtlIsNameLegalDOS8Dot3(Name, NULL, NULL))
    return TRUE;
  RtlZeroMemory(&ctx, sizeof(ctx));
  return NT_SUCCESS(RtlGenerate8dot3Name(Name, FALSE, &ctx, Short));
}

LONGLONG LastRun(PFCB Fcb) {
  LONGLONG vbn, lbn;
  if (!FsRtlLookupLastLargeMcbEntry(&Fcb->Runs, &vbn, &lbn))
    return -1;
  return lbn;
}

static BOOLEAN FastRead(PFILE_OBJECT FileObject, PLARGE_INTEGER FileOffset,
                        ULONG Length, BOOLEAN Wait, ULONG LockKey,
                        PVOID Buffer, PIO_STATUS_BLOCK IoStatus,
                        PDEVICE_OBJECT DeviceObject) {
  PFCB fcb = FileObject->FsContext;
  BOOLEAN done;
  if (!FsRtlOplockIsFastIoPossible(&fcb->Oplock))
    return FALSE;
  FsRtlEnterFileSystem();
  IoSetTopLevelIrp((PIRP)FSRTL_FAST_IO_TOP_LEVEL_IRP);
  done = FsRtlCopyRead(FileObject, FileOffset, Length, Wait, LockKey, Buffer,
                       IoStatus, DeviceObject);
  IoSetTopLevelIrp(NULL);
  FsRtlExitFileSystem();
  return done;
}
FAST_IO_DISPATCH FastIoTable = {sizeof(FAST_IO_DISPATCH), NULL, FastRead};

// The volume's open count is read under the VPB spin lock; flushing the
// cache there waits for I/O, which needs PASSIVE_LEVEL.
VOID FlushIfOpen(PFCB Fcb) {
  KIRQL irql;
  IO_STATUS_BLOCK iosb;
  IoAcquireVpbSpinLock(&irql);
  if (Fcb->Volume->Vpb->ReferenceCount > 1)
    CcFlushCache(&Fcb->Section, NULL, 0, &iosb);
  // CHECK: :[[@LINE-1]]:5: warning: CcFlushCache requires IRQL <= PASSIVE_LEVEL (by its annotations), but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-4]]:3: note: IoAcquireVpbSpinLock returns at DISPATCH_LEVEL
  IoReleaseVpbSpinLock(irql);
}

// The FCB's main resource, taken through the common header, is left held
// when the oplock check pends the request.
NTSTATUS LockedCleanup(PFCB Fcb, PIRP Irp) {
  NTSTATUS status;
  ExAcquireResourceExclusiveLite(Fcb->Header.Resource, TRUE);
  // CHECK: :[[@LINE-1]]:3: warning: executive resource '*(Fcb->Header.Resource)' is acquired by ExAcquireResourceExclusiveLite but not released on every path out of 'LockedCleanup' [lock-not-released]
  status = FsRtlCheckOplock(&Fcb->Oplock, Irp, NULL, NULL, NULL);
  if (status == STATUS_PENDING)
    return status;
  // CHECK-NEXT: :[[@LINE-1]]:5: note: returns here with '*(Fcb->Header.Resource)' held
  FsRtlFastUnlockAll(&Fcb->Locks, IoGetCurrentIrpStackLocation(Irp)->FileObject,
                     IoGetRequestorProcess(Irp), NULL);
  IoRemoveShareAccess(IoGetCurrentIrpStackLocation(Irp)->FileObject,
                      &Fcb->ShareAccess);
  ExReleaseResourceLite(Fcb->Header.Resource);
  return STATUS_SUCCESS;
}
