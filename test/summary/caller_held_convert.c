// A lookup routine entered with its caller's table resource held, shared or
// exclusive (its *Hold parameter says which): it drops the resource to wait
// for an entry in transition and takes it back exclusive, and where it
// holds it shared it tries to convert: a try-acquire of the resource it
// holds (on an executive resource only a recursive hold can succeed), and a
// drop and blocking retake when the try fails. The try is not a first take
// of the lock: the routine only ever takes its caller's resource back, and
// the analysis starts it held.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %irqlint --dump-summary %s -- %wdk_amd64 | FileCheck %s --check-prefix=SUMMARY

#include <ntddk.h>

typedef enum _HOLD_STATE { HoldNone, HoldShared, HoldExclusive } HOLD_STATE;

typedef struct _NAME_ENTRY {
  LIST_ENTRY Links;
  LONG Condition;
  KEVENT Stable;
} NAME_ENTRY, *PNAME_ENTRY;

typedef struct _NAME_TABLE {
  ERESOURCE Lock;
  LIST_ENTRY Entries;
} NAME_TABLE, *PNAME_TABLE;

typedef struct _DEVICE_EXTENSION {
  PNAME_TABLE Names;
} DEVICE_EXTENSION, *PDEVICE_EXTENSION;

#define CONDITION_IN_TRANSITION 1
#define CONDITION_GOOD 2

PNAME_ENTRY FindName(PNAME_TABLE Table, PUNICODE_STRING Name);
PNAME_ENTRY InsertName(PNAME_TABLE Table, PUNICODE_STRING Name);

NTSTATUS FindOrInsertName(PDEVICE_EXTENSION Ext, PUNICODE_STRING Name,
                          HOLD_STATE *Hold, PNAME_ENTRY *Found) {
  PNAME_TABLE Table = Ext->Names;
  PNAME_ENTRY Entry;
Retry:
  Entry = FindName(Table, Name);
  if (Entry != NULL && Entry->Condition == CONDITION_IN_TRANSITION) {
    ExReleaseResourceLite(&Table->Lock);
    KeWaitForSingleObject(&Entry->Stable, Executive, KernelMode, FALSE, NULL);
    ExAcquireResourceExclusiveLite(&Table->Lock, TRUE);
    *Hold = HoldExclusive;
    goto Retry;
  }
  if (Entry != NULL) {
    *Found = Entry;
    return STATUS_SUCCESS;
  }
  // inserting needs the table exclusive
  if (*Hold == HoldShared) {
    if (!ExAcquireResourceExclusiveLite(&Table->Lock, FALSE)) {
      ExReleaseResourceLite(&Table->Lock);
      ExAcquireResourceExclusiveLite(&Table->Lock, TRUE);
      *Hold = HoldExclusive;
      goto Retry;
    }
    ExReleaseResourceLite(&Table->Lock);
    *Hold = HoldExclusive;
  }
  Entry = InsertName(Table, Name);
  if (Entry == NULL)
    return STATUS_INSUFFICIENT_RESOURCES;
  *Found = Entry;
  return STATUS_SUCCESS;
}
// SUMMARY-LABEL: summary FindOrInsertName
// SUMMARY-NEXT: maybe releases Ext->Names->Lock (argument 1) resource by ExReleaseResourceLite
// SUMMARY-NEXT: acquires Ext->Names->Lock (argument 1) resource-exclusive by ExAcquireResourceExclusiveLite

// Its caller takes the table shared around the lookup: no finding.
NTSTATUS OpenName(PDEVICE_EXTENSION Ext, PUNICODE_STRING Name,
                  PNAME_ENTRY *Found) {
  HOLD_STATE Hold = HoldShared;
  NTSTATUS Status;
  KeEnterCriticalRegion();
  ExAcquireResourceSharedLite(&Ext->Names->Lock, TRUE);
  Status = FindOrInsertName(Ext, Name, &Hold, Found);
  ExReleaseResourceLite(&Ext->Names->Lock);
  KeLeaveCriticalRegion();
  return Status;
}

// The system calls a work item holding nothing: the lookup's retake is a
// lock it never gives back.
IO_WORKITEM_ROUTINE_EX LookupWorker;
VOID LookupWorker(PVOID IoObject, PVOID Context, PIO_WORKITEM WorkItem) {
  PDEVICE_EXTENSION Ext = (PDEVICE_EXTENSION)Context;
  UNICODE_STRING Name;
  HOLD_STATE Hold = HoldShared;
  PNAME_ENTRY Found;
  UNREFERENCED_PARAMETER(IoObject);
  UNREFERENCED_PARAMETER(WorkItem);
  RtlInitUnicodeString(&Name, L"\\share");
  KeEnterCriticalRegion();
  FindOrInsertName(Ext, &Name, &Hold, &Found);
  // CHECK: :[[@LINE-1]]:3: warning: executive resource 'Ext->Names->Lock' is acquired by FindOrInsertName but not released on every path out of 'LookupWorker' [lock-not-released]
  KeLeaveCriticalRegion();
}

// The same through the table's lock routines, whose acquire returns what
// ExAcquireResourceExclusiveLite returned: every take is a try-acquire
// effect, and the analysis starts the caller's hold with the kind of the
// first (exclusive). The conversion's try is no double acquire.
BOOLEAN AcquireNamesExclusive(PNAME_TABLE Table, BOOLEAN Wait) {
  return ExAcquireResourceExclusiveLite(&Table->Lock, Wait);
}

VOID ReleaseNames(PNAME_TABLE Table) { ExReleaseResourceLite(&Table->Lock); }

NTSTATUS FindNameForCreate(PNAME_TABLE Table, PUNICODE_STRING Name,
                           HOLD_STATE *Hold, PNAME_ENTRY *Found) {
  PNAME_ENTRY Entry;
  for (;;) {
    Entry = FindName(Table, Name);
    if (Entry != NULL && Entry->Condition == CONDITION_IN_TRANSITION) {
      ReleaseNames(Table);
      KeWaitForSingleObject(&Entry->Stable, Executive, KernelMode, FALSE,
                            NULL);
      AcquireNamesExclusive(Table, TRUE);
      *Hold = HoldExclusive;
      continue;
    }
    if (*Hold == HoldShared) {
      if (!AcquireNamesExclusive(Table, FALSE)) {
        ReleaseNames(Table);
        AcquireNamesExclusive(Table, TRUE);
        *Hold = HoldExclusive;
        continue;
      }
      ReleaseNames(Table);
      *Hold = HoldExclusive;
    }
    break;
  }
  *Found = Entry != NULL ? Entry : InsertName(Table, Name);
  return *Found != NULL ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}
// SUMMARY-LABEL: summary FindNameForCreate
// SUMMARY-NEXT: maybe releases Table->Lock (argument 1) resource by ReleaseNames
// SUMMARY-NEXT: try-acquires Table->Lock (argument 1) resource-exclusive by AcquireNamesExclusive

// A routine that tries the lock itself before its every release is the
// lock's own owner: the release on the path where the try failed is of a
// lock it does not hold.
VOID TouchName(PDEVICE_EXTENSION Ext, PNAME_ENTRY Entry) {
  if (!ExAcquireResourceExclusiveLite(&Ext->Names->Lock, FALSE))
    Entry->Condition = CONDITION_IN_TRANSITION;
  else
    Entry->Condition = CONDITION_GOOD;
  ExReleaseResourceLite(&Ext->Names->Lock);
  // CHECK: :[[@LINE-1]]:3: warning: executive resource 'Ext->Names->Lock' is released by ExReleaseResourceLite but is not held on this path [lock-release-unheld]
}
// SUMMARY-LABEL: summary TouchName
// SUMMARY-NOT: Ext->Names->Lock
// SUMMARY: needs normal kernel APCs disabled by ExAcquireResourceExclusiveLite
// SUMMARY-NOT: Ext->Names->Lock
