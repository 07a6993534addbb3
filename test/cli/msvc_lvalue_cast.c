// cl accepts a cast as the target of an assignment or an increment (an
// MSVC extension: the operand's object is read as the cast's type); drivers
// step pointers by bytes and set flags in pointer-sized fields this way.
// clang rejects it, and the statement was lost to the analysis, so a
// release written that way was missed. irqlint reads such a cast as
// `*(T *)&operand` and reports findings at the columns the user wrote. The
// same for the address of a cast (`&(LONG)x`).
// RUN: %expect_exit 1 %irqlint %s | FileCheck %s %check_not
// RUN: %expect_exit 1 %irqlint --format=json %s | FileCheck --check-prefix=JSON %s

#include <ntddk.h>

typedef struct _RING {
  KSPIN_LOCK Lock;
  PVOID Cursor;
  PVOID Context;
  ULONG Count;
} RING, *PRING;

#define MarkContext(F, SF) ((F) |= (SF))
// A cast in a macro's own text is rewritten there, for every use.
#define BumpCursor(R) ((ULONG_PTR)(R)->Cursor += 1)

ULONG TakeNext(PRING Ring, ULONG Bytes) {
  KIRQL irql;
  ULONG value;
  KeAcquireSpinLock(&Ring->Lock, &irql);
  value = *((PULONG)Ring->Cursor)++;
  (ULONG_PTR)Ring->Cursor += Bytes; ZwClose(NULL);
  // CHECK: msvc_lvalue_cast.c:[[@LINE-1]]:37: warning: ZwClose requires IRQL <= PASSIVE_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK: :[[@LINE-4]]:3: note: 'Ring->Lock' acquired here
  MarkContext(((ULONG_PTR) Ring->Context), 1); KeReleaseSpinLock(&Ring->Lock, irql);
  return value;
}

// The release after the rewritten cast on the same line is seen: no
// lock-not-released here, and the second release is reported at its own
// column.
VOID Reset(PRING Ring) {
  KIRQL irql;
  KeAcquireSpinLock(&Ring->Lock, &irql);
  (PUCHAR)Ring->Cursor -= Ring->Count; KeReleaseSpinLock(&Ring->Lock, irql); KeReleaseSpinLock(&Ring->Lock, irql);
  // CHECK: msvc_lvalue_cast.c:[[@LINE-1]]:78: warning: 'Ring->Lock' is released by KeReleaseSpinLock but is not held on this path [lock-release-unheld]
}

// The address of a cast: the counter's address, as cl reads it, so the
// call (and the finding after it on the same line) is analyzed.
VOID CountUnderLock(PRING Ring) {
  KIRQL irql;
  KeAcquireSpinLock(&Ring->Lock, &irql);
  InterlockedIncrement(&((LONG)(Ring->Count))); ZwClose(NULL);
  // CHECK: msvc_lvalue_cast.c:[[@LINE-1]]:49: warning: ZwClose requires IRQL <= PASSIVE_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK: :[[@LINE-3]]:3: note: 'Ring->Lock' acquired here
  KeReleaseSpinLock(&Ring->Lock, irql);
}

VOID Bump(PRING Ring) {
  KIRQL irql;
  KeAcquireSpinLock(&Ring->Lock, &irql);
  BumpCursor(Ring); ZwClose(NULL);
  // CHECK: msvc_lvalue_cast.c:[[@LINE-1]]:21: warning: ZwClose requires IRQL <= PASSIVE_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK: :[[@LINE-3]]:3: note: 'Ring->Lock' acquired here
  KeReleaseSpinLock(&Ring->Lock, irql);
}

// No clang error is left in this file.
// JSON: "compileErrors": []
