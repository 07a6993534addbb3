// Calls to no-return functions end the path: the WDK's KeBugCheckEx (from
// the API model) and functions declared __declspec(noreturn) or
// __attribute__((noreturn)).
// RUN: %irqlint --dump-cfg %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s

#include <wdm.h>

__declspec(noreturn) void DieMs(void);
__attribute__((noreturn)) void DieGnu(void);
void Touch(int);

void BugCheck(int a) {
  if (a)
    KeBugCheckEx(1, 2, 3, 4, 5);
  Touch(1);
}

void Declspec(int a) {
  if (a)
    DieMs();
  Touch(1);
}

void Attribute(int a) {
  if (a)
    DieGnu();
  Touch(1);
}

// CHECK-LABEL: function BugCheck @12:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B4
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     branch (a) -> B3 B4
// CHECK-NEXT:   B3 (if.then) preds: B2
// CHECK-NEXT:     e0: call KeBugCheckEx(1, 2, 3, 4, 5) noreturn @14:5
// CHECK-NEXT:     noreturn @14:5
// CHECK-NEXT:   B4 (if.end) preds: B2
// CHECK-NEXT:     e1: call Touch(1) @15:3
// CHECK-NEXT:     return (end of body) @16:1 -> B1
// CHECK-LABEL: function Declspec @18:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B4
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     branch (a) -> B3 B4
// CHECK-NEXT:   B3 (if.then) preds: B2
// CHECK-NEXT:     e0: call DieMs() noreturn @20:5
// CHECK-NEXT:     noreturn @20:5
// CHECK-NEXT:   B4 (if.end) preds: B2
// CHECK-NEXT:     e1: call Touch(1) @21:3
// CHECK-NEXT:     return (end of body) @22:1 -> B1
// CHECK-LABEL: function Attribute @24:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B4
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     branch (a) -> B3 B4
// CHECK-NEXT:   B3 (if.then) preds: B2
// CHECK-NEXT:     e0: call DieGnu() noreturn @26:5
// CHECK-NEXT:     noreturn @26:5
// CHECK-NEXT:   B4 (if.end) preds: B2
// CHECK-NEXT:     e1: call Touch(1) @27:3
// CHECK-NEXT:     return (end of body) @28:1 -> B1
