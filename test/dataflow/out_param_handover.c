// A routine that finds an object, acquires its lock and returns the object
// through an out-parameter hands the lock over with it: its caller
// releases it (file systems' "open by file id returns the FCB acquired").
// A lock of another object, or one a routine the system calls keeps, is
// still a leak.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <ntddk.h>

typedef struct _FCB {
  ERESOURCE Resource;
  KSPIN_LOCK Lock;
  ULONG State;
} FCB, *PFCB;

_Acquires_exclusive_lock_(Fcb->Resource) VOID AcquireFcb(PFCB Fcb);
_Releases_lock_(Fcb->Resource) VOID ReleaseFcb(PFCB Fcb);

NTSTATUS OpenByFileId(PFCB Candidate, PFCB *CurrentFcb) {
  if (Candidate == NULL)
    return STATUS_NOT_FOUND;
  AcquireFcb(Candidate);
  *CurrentFcb = Candidate;
  return STATUS_SUCCESS;
}

NTSTATUS CommonCreate(PFCB Candidate) {
  PFCB current = NULL;
  NTSTATUS status = OpenByFileId(Candidate, &current);
  if (current != NULL)
    ReleaseFcb(current);
  return status;
}

// The object handed out is not the one whose lock is kept.
NTSTATUS OpenOther(PFCB Candidate, PFCB Other, PFCB *CurrentFcb) {
  KIRQL irql;
  KeAcquireSpinLock(&Other->Lock, &irql);
  // CHECK: :[[@LINE-1]]:3: warning: 'Other->Lock' is acquired by KeAcquireSpinLock but not released on every path out of 'OpenOther' [lock-not-released]
  if (Candidate->State == 0)
    return STATUS_NOT_FOUND;
  *CurrentFcb = Candidate;
  KeReleaseSpinLock(&Other->Lock, irql);
  return STATUS_SUCCESS;
}
