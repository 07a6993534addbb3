// cl only warns when a function is stored in or passed as a function
// pointer of another type (a classify callback written to return NTSTATUS
// where its role type returns VOID, a parameter of another pointer type).
// clang makes it an error in C, and the statement, or the function holding
// it, was lost to the analysis; irqlint accepts it as cl does (issue 18:
// WFP and file-system samples).
// RUN: %expect_exit 1 %irqlint %s | FileCheck %s %check_not

#include <ntddk.h>

typedef VOID NOTIFY_FN(PVOID Context, ULONG Event);
typedef NOTIFY_FN *PNOTIFY_FN;

typedef struct _NOTIFIER {
  KSPIN_LOCK Lock;
  PNOTIFY_FN Callback;
} NOTIFIER;

// returns a status where the pointer type says VOID, and takes a PULONG
NTSTATUS OnEvent(PULONG Counter, ULONG Event) {
  *Counter += Event;
  return STATUS_SUCCESS;
}

void Install(NOTIFIER *N, int Fail) {
  KIRQL old;
  KeAcquireSpinLock(&N->Lock, &old);
  // CHECK: msvc_function_pointer_types.c:[[@LINE-1]]:3: warning: {{.*}} 'Install' [lock-not-released]
  N->Callback = OnEvent;
  if (Fail)
    return;
  // CHECK: msvc_function_pointer_types.c:[[@LINE-1]]:5: note: returns here
  KeReleaseSpinLock(&N->Lock, old);
}
