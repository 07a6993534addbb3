// MSVC lets a macro paste two string literals ("prefix: " ## fmt): it keeps
// them as two tokens, which the compiler then concatenates. Drivers do it in
// their debug-print macros. clang, in its MSVC-compatible mode, reports the
// paste as an error by default; irqlint turns that off, as cl accepts the
// code (issue 18: a whole registry filter sample stopped compiling on it,
// and the functions with such a print were not analyzed).
// RUN: %expect_exit 1 %irqlint %s | FileCheck %s %check_not

#include <ntddk.h>

#define LOG_PREFIX "regmon: "
#define LOG_ERROR(fmt, ...) DbgPrint(LOG_PREFIX ## fmt, __VA_ARGS__)

KSPIN_LOCK TableLock;

NTSTATUS UpdateTable(int Slot) {
  KIRQL old;
  KeAcquireSpinLock(&TableLock, &old);
  // CHECK: msvc_token_paste.c:[[@LINE-1]]:3: warning: {{.*}} 'UpdateTable' [lock-not-released]
  if (Slot < 0) {
    LOG_ERROR("slot %d out of range\n", Slot);
    return STATUS_INVALID_PARAMETER;
    // CHECK: msvc_token_paste.c:[[@LINE-1]]:5: note: returns here
  }
  KeReleaseSpinLock(&TableLock, old);
  return STATUS_SUCCESS;
}
