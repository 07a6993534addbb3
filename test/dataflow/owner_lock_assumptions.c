// A recursive owner lock in a pair of the driver's own macros (a mutex,
// the thread that owns it and a depth, as file systems keep them): a
// thread that owns the mutex already assumes it held; the unlock that
// does not release assumes it not held.
// The assumptions sit inside the driver's own macros. With the bundled
// sal.h they are calls; with headers that define them to nothing (the
// WDK's without _PREFAST_, ReactOS's) only the `;` after each is left, a
// null statement spelled in the macro, and irqlint reads the assumption
// back from there with the macro's parameters replaced by the use's
// arguments (`(O)->Resident->Mutex` with O = `Volume->IndexObj`).
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

typedef struct _OBJ_RESIDENT {
  FAST_MUTEX Mutex;
} OBJ_RESIDENT, *POBJ_RESIDENT;

typedef struct _OBJ {
  POBJ_RESIDENT Resident;
  PVOID OwnerThread;
  ULONG OwnerDepth;
  ULONG State;
} OBJ, *POBJ;

typedef struct _VOLUME {
  POBJ IndexObj;
  POBJ RootObj;
} VOLUME, *PVOLUME;

typedef struct _REQUEST_CTX {
  ULONG Flags;
} REQUEST_CTX, *PREQUEST_CTX;

// Declared for the analysis' sake (drivers give them _IRQL_saves_global_
// under _PREFAST_); plain prototypes let the macros compile with the
// bundled _Analysis_assume_, which keeps its expression.
BOOLEAN NoteIrqlSaved(PFAST_MUTEX FastMutex);
BOOLEAN NoteIrqlRestored(PFAST_MUTEX FastMutex);

// clang-format off
#define ObjLockOwned(R, O)                                                   \
  {                                                                          \
    PVOID Me = PsGetCurrentThread();                                         \
    if ((O)->OwnerThread != Me) {                                            \
      ExAcquireFastMutex(&(O)->Resident->Mutex);                             \
      _Analysis_assume_((O)->OwnerDepth == 0);                               \
      (O)->OwnerThread = Me;                                                 \
    } else {                                                                 \
      _Analysis_assume_lock_held_((O)->Resident->Mutex);                     \
      _Analysis_assume_(NoteIrqlSaved(&(O)->Resident->Mutex) != FALSE);      \
    }                                                                        \
    (O)->OwnerDepth++;                                                       \
  }
#define ObjUnlockOwned(R, O)                                                 \
  {                                                                          \
    if (--(O)->OwnerDepth == 0) {                                            \
      (O)->OwnerThread = NULL;                                               \
      ExReleaseFastMutex(&(O)->Resident->Mutex);                             \
    } else {                                                                 \
      _Analysis_assume_lock_not_held_((O)->Resident->Mutex);                 \
      _Analysis_assume_(NoteIrqlRestored(&(O)->Resident->Mutex) != FALSE);   \
    }                                                                        \
  }
// clang-format on

VOID TouchObject(PREQUEST_CTX Req, POBJ Obj) {
  ObjLockOwned(Req, Obj);
  Obj->State++;
  ObjUnlockOwned(Req, Obj);
}
// Each assumption is the first event of its macro's else branch, on the
// use's argument, located at the use.
// CFG-LABEL: function TouchObject
// CFG: call ExAcquireFastMutex(&Obj->Resident->Mutex) via ObjLockOwned @[[#@LINE-7]]:3
// CFG: (if.else)
// CFG-NEXT: call _Analysis_assume_lock_held_(&Obj->Resident->Mutex) @[[#@LINE-9]]:3
// CFG: call ExReleaseFastMutex(&Obj->Resident->Mutex) via ObjUnlockOwned @[[#@LINE-8]]:3
// CFG: (if.else)
// CFG-NEXT: call _Analysis_assume_lock_not_held_(&Obj->Resident->Mutex) @[[#@LINE-10]]:3

// A multi-token argument, two owner locks nested, and lock-unlock-lock.
VOID UpdateIndex(PREQUEST_CTX Req, PVOLUME Volume, POBJ Obj) {
  ObjLockOwned(Req, Volume->IndexObj);
  ObjLockOwned(Req, Obj);
  Obj->State = Volume->IndexObj->State;
  ObjUnlockOwned(Req, Obj);
  ObjUnlockOwned(Req, Volume->IndexObj);
  ObjLockOwned(Req, Volume->IndexObj);
  Volume->IndexObj->State = 0;
  ObjUnlockOwned(Req, Volume->IndexObj);
}
// CFG-LABEL: function UpdateIndex
// CFG: call _Analysis_assume_lock_held_(&Volume->IndexObj->Resident->Mutex) @[[#@LINE-10]]:3
// CFG: call _Analysis_assume_lock_held_(&Obj->Resident->Mutex) @[[#@LINE-10]]:3
// CFG: call _Analysis_assume_lock_not_held_(&Obj->Resident->Mutex) @[[#@LINE-9]]:3
// CFG: call _Analysis_assume_lock_not_held_(&Volume->IndexObj->Resident->Mutex) @[[#@LINE-9]]:3
// CFG: call _Analysis_assume_lock_held_(&Volume->IndexObj->Resident->Mutex) @[[#@LINE-9]]:3
// CFG: call _Analysis_assume_lock_not_held_(&Volume->IndexObj->Resident->Mutex) @[[#@LINE-8]]:3

// The owner lock taken, and on one path not given back.
NTSTATUS CheckObject(PREQUEST_CTX Req, POBJ Obj) {
  ObjLockOwned(Req, Obj);
  // CHECK: :[[@LINE-1]]:3: warning: fast mutex 'Obj->Resident->Mutex' is acquired by ExAcquireFastMutex but not released on every path out of 'CheckObject' [lock-not-released]
  if (Obj->State == 0)
    return STATUS_INVALID_PARAMETER;
  ObjUnlockOwned(Req, Obj);
  return STATUS_SUCCESS;
}

// An assumption one macro deeper than the one the function uses is not
// followed (its parameters are the inner macro's): no event.
#define ASSUME_OWNED(O) _Analysis_assume_lock_held_((O)->Resident->Mutex);
#define AssumeObjOwned(R, O)                                                   \
  {                                                                            \
    ASSUME_OWNED(O)                                                            \
  }
VOID AssumeOneMacroDeeper(PREQUEST_CTX Req, POBJ Obj) {
  AssumeObjOwned(Req, Obj);
}
// CFG-LABEL: function AssumeOneMacroDeeper
// CFG-NOT: _Analysis_assume_lock_held_
