// goto and __try/__finally as file systems write them: try_return(S)
// jumps to a label inside the same __try, so the __finally runs once, at
// the real exit; a goto out of a __try runs its __finally on the way; a
// goto from an inner __try to a label of the outer one runs the inner
// __finally only.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %expect_exit 1 %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ntddk.h>

typedef struct _DCB {
  KSPIN_LOCK Lock;
  KSPIN_LOCK Other;
  ULONG Flags;
} DCB, *PDCB;

#define try_return(S)                                                          \
  {                                                                            \
    S;                                                                         \
    goto try_exit;                                                             \
  }

NTSTATUS OpenRoot(PDCB Dcb, ULONG Disposition) {
  NTSTATUS status = STATUS_SUCCESS;
  BOOLEAN acquired = FALSE;
  KIRQL irql;
  KeAcquireSpinLock(&Dcb->Lock, &irql);
  acquired = TRUE;
  __try {
    if (Disposition != 1)
      try_return(status = STATUS_ACCESS_DENIED);
    Dcb->Flags |= 1;
  try_exit:;
  } __finally {
    if (acquired)
      KeReleaseSpinLock(&Dcb->Lock, irql);
  }
  return status;
}

// The same with `try`/`finally`/`leave`, as the WDK's excpt.h spells them.
NTSTATUS OpenRootPlain(PDCB Dcb, ULONG Disposition) {
  NTSTATUS status = STATUS_SUCCESS;
  KIRQL irql;
  KeAcquireSpinLock(&Dcb->Lock, &irql);
  try {
    if (Disposition != 1)
      try_return(status = STATUS_ACCESS_DENIED);
    if (Disposition == 3)
      leave;
    Dcb->Flags |= 1;
  try_exit:;
  } finally {
    KeReleaseSpinLock(&Dcb->Lock, irql);
  }
  return status;
}

// Out of the __try: its __finally runs on the way; the release after the
// label is then of a lock no longer held.
NTSTATUS GotoOut(PDCB Dcb, ULONG Disposition) {
  KIRQL irql;
  KeAcquireSpinLock(&Dcb->Lock, &irql);
  __try {
    if (Disposition == 0)
      goto out;
    Dcb->Flags = 0;
  } __finally {
    KeReleaseSpinLock(&Dcb->Lock, irql);
  }
  return STATUS_SUCCESS;
out:
  KeReleaseSpinLock(&Dcb->Lock, irql);
  // CHECK: :[[@LINE-1]]:3: warning: 'Dcb->Lock' is released by KeReleaseSpinLock but is not held on this path [lock-release-unheld]
  return STATUS_UNSUCCESSFUL;
}

// From an inner __try to a label of the outer one: the inner __finally
// runs, the outer one only at the end.
NTSTATUS Nested(PDCB Dcb, ULONG Disposition) {
  KIRQL outer, inner;
  KeAcquireSpinLock(&Dcb->Lock, &outer);
  __try {
    KeAcquireSpinLockAtDpcLevel(&Dcb->Other);
    __try {
      if (Disposition == 0)
        goto outer_exit;
      Dcb->Flags = 2;
    } __finally {
      KeReleaseSpinLockFromDpcLevel(&Dcb->Other);
    }
  outer_exit:;
  } __finally {
    KeReleaseSpinLock(&Dcb->Lock, outer);
  }
  UNREFERENCED_PARAMETER(inner);
  return STATUS_SUCCESS;
}
