// The recursive owner lock of CDFS (CdLockFcb / CdUnlockFcb, cdprocs.h,
// written here as CDFS writes it): a thread that owns the mutex already
// assumes it held; the unlock that does not release assumes it not held.
// The assumptions sit inside the driver's own macros. With the bundled
// sal.h they are calls; with headers that define them to nothing (the
// WDK's without _PREFAST_, ReactOS's) only the `;` after each is left, a
// null statement spelled in the macro, and irqlint reads the assumption
// back from there with the macro's parameters replaced by the use's
// arguments (`(F)->FcbNonpaged->FcbMutex` with F = `Vcb->PathTableFcb`).
// Either way the idiom gives no finding; an owner lock left taken on one
// path still does.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %expect_exit 1 %irqlint %s -- %wdk_x86 | FileCheck %s %check_not
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 %empty_assumptions | FileCheck %s %check_not
// RUN: %expect_exit 1 %irqlint %s -- %wdk_x86 %empty_assumptions | FileCheck %s %check_not
// As ReactOS's headers have it, _Analysis_assume_ empty too: its `;` is a
// null statement in the macro as well, and no lock assumption.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 %empty_assumptions '-D_Analysis_assume_(e)=' | FileCheck %s %check_not
// RUN: %irqlint --dump-cfg %s -- %wdk_amd64 %empty_assumptions | FileCheck %s --check-prefix=CFG

#include <ntddk.h>

typedef struct _FCB_NONPAGED {
  FAST_MUTEX FcbMutex;
} FCB_NONPAGED, *PFCB_NONPAGED;

typedef struct _FCB {
  PFCB_NONPAGED FcbNonpaged;
  PVOID FcbLockThread;
  ULONG FcbLockCount;
  ULONG State;
} FCB, *PFCB;

typedef struct _VCB {
  PFCB PathTableFcb;
  PFCB RootIndexFcb;
} VCB, *PVCB;

typedef struct _IRP_CONTEXT {
  ULONG Flags;
} IRP_CONTEXT, *PIRP_CONTEXT;

// CDFS declares these for _PREFAST_ only (with _IRQL_saves_global_, for
// PREfast's sake); plain prototypes let the macros compile with the
// bundled _Analysis_assume_, which keeps its expression.
BOOLEAN DummySaveIrql(PFAST_MUTEX FastMutex);
BOOLEAN DummyRestoreIrql(PFAST_MUTEX FastMutex);

// clang-format off
#define CdLockFcb(IC,F) {                                                \
    PVOID _CurrentThread = PsGetCurrentThread();                         \
    if (_CurrentThread != (F)->FcbLockThread) {                          \
        ExAcquireFastMutex( &(F)->FcbNonpaged->FcbMutex );               \
        NT_ASSERT( (F)->FcbLockCount == 0 );                             \
        _Analysis_assume_( (F)->FcbLockCount == 0 );                     \
        (F)->FcbLockThread = _CurrentThread;                             \
    }                                                                    \
    else                                                                 \
    {                                                                    \
        _Analysis_assume_lock_held_( (F)->FcbNonpaged->FcbMutex );       \
        _Analysis_assume_(FALSE != DummySaveIrql(&(F)->FcbNonpaged->FcbMutex)); \
    }                                                                    \
    (F)->FcbLockCount += 1;                                              \
}
#define CdUnlockFcb(IC,F) {                                              \
    (F)->FcbLockCount -= 1;                                              \
    if ((F)->FcbLockCount == 0) {                                        \
        (F)->FcbLockThread = NULL;                                       \
        ExReleaseFastMutex( &(F)->FcbNonpaged->FcbMutex );               \
    }                                                                    \
    else                                                                 \
    {                                                                    \
        _Analysis_assume_lock_not_held_( (F)->FcbNonpaged->FcbMutex );   \
        _Analysis_assume_(FALSE != DummyRestoreIrql(&(F)->FcbNonpaged->FcbMutex)); \
    }                                                                    \
}
// clang-format on

VOID CdTouchFcb(PIRP_CONTEXT IrpContext, PFCB Fcb) {
  CdLockFcb(IrpContext, Fcb);
  Fcb->State++;
  CdUnlockFcb(IrpContext, Fcb);
}
// Each assumption is the first event of its macro's else branch, on the
// use's argument, located at the use.
// CFG-LABEL: function CdTouchFcb
// CFG: call ExAcquireFastMutex(&Fcb->FcbNonpaged->FcbMutex) via CdLockFcb @[[#@LINE-7]]:3
// CFG: (if.else)
// CFG-NEXT: call _Analysis_assume_lock_held_(&Fcb->FcbNonpaged->FcbMutex) @[[#@LINE-9]]:3
// CFG: call ExReleaseFastMutex(&Fcb->FcbNonpaged->FcbMutex) via CdUnlockFcb @[[#@LINE-8]]:3
// CFG: (if.else)
// CFG-NEXT: call _Analysis_assume_lock_not_held_(&Fcb->FcbNonpaged->FcbMutex) @[[#@LINE-10]]:3

// A multi-token argument, two owner locks nested, and lock-unlock-lock.
VOID CdUpdatePathTable(PIRP_CONTEXT IrpContext, PVCB Vcb, PFCB Fcb) {
  CdLockFcb(IrpContext, Vcb->PathTableFcb);
  CdLockFcb(IrpContext, Fcb);
  Fcb->State = Vcb->PathTableFcb->State;
  CdUnlockFcb(IrpContext, Fcb);
  CdUnlockFcb(IrpContext, Vcb->PathTableFcb);
  CdLockFcb(IrpContext, Vcb->PathTableFcb);
  Vcb->PathTableFcb->State = 0;
  CdUnlockFcb(IrpContext, Vcb->PathTableFcb);
}
// CFG-LABEL: function CdUpdatePathTable
// CFG: call _Analysis_assume_lock_held_(&Vcb->PathTableFcb->FcbNonpaged->FcbMutex) @[[#@LINE-10]]:3
// CFG: call _Analysis_assume_lock_held_(&Fcb->FcbNonpaged->FcbMutex) @[[#@LINE-10]]:3
// CFG: call _Analysis_assume_lock_not_held_(&Fcb->FcbNonpaged->FcbMutex) @[[#@LINE-9]]:3
// CFG: call _Analysis_assume_lock_not_held_(&Vcb->PathTableFcb->FcbNonpaged->FcbMutex) @[[#@LINE-9]]:3
// CFG: call _Analysis_assume_lock_held_(&Vcb->PathTableFcb->FcbNonpaged->FcbMutex) @[[#@LINE-9]]:3
// CFG: call _Analysis_assume_lock_not_held_(&Vcb->PathTableFcb->FcbNonpaged->FcbMutex) @[[#@LINE-8]]:3

// The owner lock taken, and on one path not given back.
NTSTATUS CdCheckFcb(PIRP_CONTEXT IrpContext, PFCB Fcb) {
  CdLockFcb(IrpContext, Fcb);
  // CHECK: :[[@LINE-1]]:3: warning: fast mutex 'Fcb->FcbNonpaged->FcbMutex' is acquired by ExAcquireFastMutex but not released on every path out of 'CdCheckFcb' [lock-not-released]
  if (Fcb->State == 0)
    return STATUS_INVALID_PARAMETER;
  CdUnlockFcb(IrpContext, Fcb);
  return STATUS_SUCCESS;
}

// An assumption one macro deeper than the one the function uses is not
// followed (its parameters are the inner macro's): no event.
#define ASSUME_OWNED(F) _Analysis_assume_lock_held_((F)->FcbNonpaged->FcbMutex);
#define CdAssumeOwned(IC, F)                                                   \
  {                                                                            \
    ASSUME_OWNED(F)                                                            \
  }
VOID CdAssumeDeeper(PIRP_CONTEXT IrpContext, PFCB Fcb) {
  CdAssumeOwned(IrpContext, Fcb);
}
// CFG-LABEL: function CdAssumeDeeper
// CFG-NOT: _Analysis_assume_lock_held_
