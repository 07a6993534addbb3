// A cast written in a macro's definition is rewritten for every use of the
// macro (msvc_lvalue_cast.c). Where one use is an lvalue and another's
// operand is not an object (a call), the rewrite would trade one error for
// another: the unit keeps its first reading, with clang's error at the
// assignment, and the rest of the file is analyzed as before.
// RUN: %expect_exit 1 %irqlint %s | FileCheck %s %check_not
// RUN: %expect_exit 1 %irqlint --format=json %s | FileCheck --check-prefix=JSON %s

#include <ntddk.h>

#define AS_COUNT(x) ((LONG)(x))

typedef struct _STATS {
  KSPIN_LOCK Lock;
  ULONG Hits;
} STATS, *PSTATS;

ULONG ReadHits(PSTATS Stats);

VOID Count(PSTATS Stats) {
  AS_COUNT(Stats->Hits) += 1;
}

LONG Snapshot(PSTATS Stats) {
  KIRQL irql;
  LONG hits;
  KeAcquireSpinLock(&Stats->Lock, &irql);
  hits = AS_COUNT(ReadHits(Stats));
  ZwClose(NULL);
  // CHECK: msvc_lvalue_cast_kept.c:[[@LINE-1]]:3: warning: ZwClose requires IRQL <= PASSIVE_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK: :[[@LINE-4]]:3: note: 'Stats->Lock' acquired here
  KeReleaseSpinLock(&Stats->Lock, irql);
  return hits;
}

// JSON: "compileErrors": [
// JSON-NEXT: {
// JSON-NEXT: "file": "{{.*}}msvc_lvalue_cast_kept.c",
// JSON-NEXT: "line": 21,
// JSON: "message": "assignment to cast is illegal, lvalue casts are not supported",
// JSON: "function": "Count"
// JSON-NOT: "message"
// JSON: "summary"
