// Inline suppressions: irqlint's own comments on the line or the line
// before, for a whole function, and the Code Analysis pragmas driver code
// already carries (mapped onto irqlint's rules). Suppressed findings leave
// the text output and the exit status; SARIF keeps them as suppressed in
// source; --strict reports a comment that suppresses nothing.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s %check_not
// RUN: %expect_exit 1 %irqlint --strict %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s --check-prefixes=CHECK,STRICT %check_not
// RUN: %expect_exit 1 %irqlint --format=sarif --output=%t.sarif --source-root=%S %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES
// RUN: %sarif_validate %t.sarif | FileCheck %s --check-prefix=VALID
// VALID: sarif-validate: 0 error(s), 0 warning(s)
// RUN: FileCheck %s --input-file=%t.sarif --check-prefix=SARIF
// RUN: %expect_exit 1 %irqlint --format=json %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s --check-prefix=JSON

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  NDIS_SPIN_LOCK Other;
  ULONG Count;
} ADAPTER, *PADAPTER;

// On the finding's own line.
VOID SameLine(PADAPTER a, BOOLEAN stop) {
  NdisAcquireSpinLock(&a->Lock); // irqlint: ignore[lock-not-released] released by SameLineDone
  if (stop)
    return;
  NdisReleaseSpinLock(&a->Lock);
}

// On the line before, naming two rules.
VOID LineBefore(PADAPTER a, BOOLEAN stop) {
  // irqlint: ignore[lock-in-isr, lock-not-released] the caller releases it
  NdisAcquireSpinLock(&a->Lock);
  if (stop)
    return;
  NdisReleaseSpinLock(&a->Lock);
}

// A comment two lines up does not reach.
VOID TooFar(PADAPTER a, BOOLEAN stop) {
  /* irqlint: ignore[lock-not-released] too far away */
  a->Count++;
  // STRICT: :[[@LINE-2]]:3: warning: '/* irqlint: ignore[lock-not-released] too far away */' suppresses no finding [unused-suppression]
  NdisAcquireSpinLock(&a->Lock);
  // CHECK: :[[@LINE-1]]:3: warning: 'a->Lock' is acquired by NdisAcquireSpinLock but not released on every path out of 'TooFar' [lock-not-released]
  // CHECK-NEXT: note: returns here with 'a->Lock' held
  if (stop)
    return;
  NdisReleaseSpinLock(&a->Lock);
}

// A different rule named: the finding stays, the comment is unused.
VOID OtherRule(PADAPTER a, BOOLEAN stop) {
  NdisAcquireSpinLock(&a->Lock); // irqlint: ignore[lock-in-isr]
  // CHECK: :[[@LINE-1]]:3: warning: 'a->Lock' is acquired by NdisAcquireSpinLock but not released on every path out of 'OtherRule' [lock-not-released]
  // CHECK-NEXT: note: returns here with 'a->Lock' held
  // STRICT: :[[@LINE-3]]:34: warning: '// irqlint: ignore[lock-in-isr]' suppresses no finding [unused-suppression]
  if (stop)
    return;
  NdisReleaseSpinLock(&a->Lock);
}

// irqlint: ignore-function[*] legacy code, rewritten in the next release
VOID WholeFunction(PADAPTER a, BOOLEAN stop) {
  NdisAcquireSpinLock(&a->Lock);
  if (stop)
    return;
  NdisAcquireSpinLock(&a->Other);
  NdisReleaseSpinLock(&a->Lock);
}

VOID InsideFunction(PADAPTER a, BOOLEAN stop) {
  // irqlint: ignore-function[lock-not-released]
  NdisAcquireSpinLock(&a->Lock);
  a->Count++;
  if (stop)
    return;
  NdisReleaseSpinLock(&a->Lock);
}

// Code Analysis pragmas: the next line of code.
VOID WarningSuppress(PADAPTER a, BOOLEAN stop) {
#pragma warning(suppress : 28103)
  NdisAcquireSpinLock(&a->Lock);
  if (stop)
    return;
  NdisReleaseSpinLock(&a->Lock);
}

VOID PrefastSuppress(PADAPTER a, BOOLEAN stop) {
#pragma prefast(suppress : __WARNING_FAILING_TO_RELEASE, "released in the completion routine")
  // (comments between the pragma and the code do not count)
  NdisAcquireSpinLock(&a->Lock);
  if (stop)
    return;
  NdisReleaseSpinLock(&a->Lock);
}

// A warning irqlint does not map suppresses nothing of irqlint's.
VOID UnmappedWarning(PADAPTER a, BOOLEAN stop) {
#pragma warning(suppress : 4100)
  NdisAcquireSpinLock(&a->Lock);
  // CHECK: :[[@LINE-1]]:3: warning: 'a->Lock' is acquired by NdisAcquireSpinLock but not released on every path out of 'UnmappedWarning' [lock-not-released]
  // CHECK-NEXT: note: returns here with 'a->Lock' held
  if (stop)
    return;
  NdisReleaseSpinLock(&a->Lock);
}

// disable ... pop covers the lines between.
#pragma warning(push)
#pragma warning(disable : 26115 28167)
VOID Disabled(PADAPTER a, BOOLEAN stop) {
  NdisAcquireSpinLock(&a->Lock);
  if (stop)
    return;
  NdisReleaseSpinLock(&a->Lock);
}
#pragma warning(pop)

VOID AfterPop(PADAPTER a, BOOLEAN stop) {
  NdisAcquireSpinLock(&a->Lock);
  // CHECK: :[[@LINE-1]]:3: warning: 'a->Lock' is acquired by NdisAcquireSpinLock but not released on every path out of 'AfterPop' [lock-not-released]
  // CHECK-NEXT: note: returns here with 'a->Lock' held
  if (stop)
    return;
  NdisReleaseSpinLock(&a->Lock);
}

// A string that looks like a comment is not one.
const char *NotAComment = "// irqlint: ignore[lock-not-released]";

// SARIF: "ruleId": "lock-not-released",
// SARIF: "text": "'a->Lock' is acquired by NdisAcquireSpinLock but not released on every path out of 'SameLine'"
// SARIF: "suppressions": [
// SARIF-NEXT: {
// SARIF-NEXT: "kind": "inSource",
// SARIF-NEXT: "justification": "released by SameLineDone"
// SARIF: "text": "'a->Lock' is acquired by NdisAcquireSpinLock but not released on every path out of 'PrefastSuppress'"
// SARIF: "suppressions": [
// SARIF-NEXT: {
// SARIF-NEXT: "kind": "inSource",
// SARIF-NEXT: "justification": "released in the completion routine"

// JSON: "function": "SameLine",
// JSON: "suppressed": true,
// JSON-NEXT: "suppression": {
// JSON-NEXT: "text": "// irqlint: ignore[lock-not-released] released by SameLineDone",
// JSON-NEXT: "justification": "released by SameLineDone"
// JSON: "summary": {
// JSON-NEXT: "findings": 4,
// JSON-NEXT: "suppressed": 8,
// JSON-NEXT: "failures": 0,
// JSON-NEXT: "compileErrors": 0,
// JSON-NEXT: "filesWithCompileErrors": 0,
// JSON-NEXT: "partialFunctions": 0,
// JSON-NEXT: "exitCode": 1
