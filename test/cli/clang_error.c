// Clang errors in a file that did parse are a coverage problem of the run,
// not findings: the functions clang could build are still analyzed, and
// one line on stderr says how much was not (a function whose body holds an
// error is built from a partial tree and reports no lock or IRQL finding).
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES 2>%t.err | FileCheck %s --check-prefix=LEAK %check_not
// RUN: FileCheck %s --check-prefix=SUMMARY --input-file=%t.err
// SUMMARY: irqlint: clang could not compile all of 1 of 1 file (2 errors): 2 functions analyzed from partial code, without lock and IRQL findings; --show-compile-errors lists them
// RUN: %expect_exit 1 %irqlint --quiet %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES 2>&1 >/dev/null | count 0
//
// --show-compile-errors prints them among the findings, as errors, with a
// note on each function's first one; the summary line stays.
// RUN: %expect_exit 1 %irqlint --show-compile-errors %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES 2>%t.shown.err | FileCheck %s --check-prefixes=CHECK,LEAK %check_not
// RUN: FileCheck %s --check-prefix=SHOWN --input-file=%t.shown.err
// SHOWN: irqlint: clang could not compile all of 1 of 1 file (2 errors): 2 functions analyzed from partial code, without lock and IRQL findings{{$}}
//
// They do not fail the run, unless --fail-on says compile-error (alone or
// with a level for the findings).
// RUN: %irqlint --disable=lock-not-released %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES 2>/dev/null | count 0
// RUN: %expect_exit 1 %irqlint --disable=lock-not-released --fail-on=compile-error %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES 2>/dev/null | count 0
// RUN: %expect_exit 1 %irqlint --disable=lock-not-released --fail-on=error,compile-error %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES 2>/dev/null | count 0
// RUN: %irqlint --fail-on=error %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES 2>/dev/null | FileCheck %s --check-prefix=LEAK %check_not
// RUN: %expect_exit 2 %irqlint --fail-on=warning,error %s 2>&1 | FileCheck %s --check-prefix=TWO
// TWO: irqlint: error: --fail-on takes one level, not also 'error'; see 'irqlint --help'
// RUN: %expect_exit 2 %irqlint --fail-on=compile-errors %s 2>&1 | FileCheck %s --check-prefix=BAD
// BAD: irqlint: error: unknown value 'compile-errors' for --fail-on (expected note, warning, error, or compile-error)
//
// It is no longer a rule: not listed, and not a rule to turn on or off.
// RUN: %irqlint --list-rules | not grep clang-diagnostic-error
// RUN: %expect_exit 2 %irqlint --disable=clang-diagnostic-error %s 2>&1 | FileCheck %s --check-prefix=RULE
// RULE: irqlint: error: unknown rule 'clang-diagnostic-error' in --disable (see --list-rules)

#include <ndis.h>

void Broken(int x) {
  int y = x + ;
  // CHECK: :[[@LINE-1]]:15: error: expected expression [clang-diagnostic-error]
  // CHECK-NEXT: :[[@LINE-2]]:15: note: lock and IRQL findings in 'Broken' are not reported: clang could not build all of its body
}

// The undeclared status drops the return (clang keeps going without it),
// so the tree has the release path fall into the second release: not
// reported.
void BrokenRelease(PNDIS_SPIN_LOCK Lock, int busy) {
  NdisAcquireSpinLock(Lock);
  if (busy) {
    NdisReleaseSpinLock(Lock);
    return STATUS_NOT_DECLARED_ANYWHERE;
    // CHECK: :[[@LINE-1]]:12: error: {{.*}} [clang-diagnostic-error]
    // CHECK-NEXT: note: lock and IRQL findings in 'BrokenRelease' are not reported
  }
  NdisReleaseSpinLock(Lock);
}

void Leak(PNDIS_SPIN_LOCK Lock, int error) {
  NdisAcquireSpinLock(Lock);
  // LEAK: :[[@LINE-1]]:3: warning: '*Lock' is acquired by NdisAcquireSpinLock but not released on every path out of 'Leak' [lock-not-released]
  if (error)
    return;
  // LEAK-NEXT: :[[@LINE-1]]:5: note: returns here with '*Lock' held
  NdisReleaseSpinLock(Lock);
}
