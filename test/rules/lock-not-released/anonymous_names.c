// A lock inside an anonymous member is printed as the code names it: a
// struct embedded without a member name (MS `COMMON;`, as ext2's FCB and
// VCB embed their common header) or an anonymous struct adds no step to
// the name (it used to print 'Vcb->.MainResource'), and its lock class is
// the owner's field (VCB.MainResource), as the code writes it.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %irqlint --dump-summary %s -- %wdk_amd64 | FileCheck %s --check-prefix=SUMMARY

#include <ntddk.h>

typedef struct _COMMON {
  ERESOURCE MainResource;
  ULONG Type;
} COMMON;
typedef struct _VCB {
  COMMON;
  ULONG Flags;
} VCB, *PVCB;
typedef struct _FCB {
  struct {
    ERESOURCE Resource;
    ULONG Count;
  };
  ULONG Flags;
} FCB, *PFCB;

VOID LeakVcb(PVCB Vcb, int fail) {
  ExAcquireResourceExclusiveLite(&Vcb->MainResource, TRUE);
  // CHECK: :[[@LINE-1]]:3: warning: executive resource 'Vcb->MainResource' is acquired by ExAcquireResourceExclusiveLite but not released on every path out of 'LeakVcb' [lock-not-released]
  if (fail)
    return;
  // CHECK-NEXT: :[[@LINE-1]]:5: note: returns here with 'Vcb->MainResource' held
  ExReleaseResourceLite(&Vcb->MainResource);
}
// SUMMARY-LABEL: summary LeakVcb
// SUMMARY: takes VCB.MainResource by ExAcquireResourceExclusiveLite

VOID LeakFcb(PFCB Fcb, int fail) {
  ExAcquireResourceSharedLite(&Fcb->Resource, TRUE);
  // CHECK: :[[@LINE-1]]:3: warning: executive resource 'Fcb->Resource' is acquired by ExAcquireResourceSharedLite but not released on every path out of 'LeakFcb' [lock-not-released]
  if (fail)
    return;
  // CHECK-NEXT: :[[@LINE-1]]:5: note: returns here with 'Fcb->Resource' held
  ExReleaseResourceLite(&Fcb->Resource);
}
// SUMMARY-LABEL: summary LeakFcb
// SUMMARY: takes FCB.Resource by ExAcquireResourceSharedLite
