// if/else, nested if, and an if whose condition is a constant.
// RUN: %irqlint --dump-cfg %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s

void Touch(int);

void IfElse(int a) {
  if (a)
    Touch(1);
  else
    Touch(2);
  Touch(3);
}

void IfConstant(void) {
  if (0)
    Touch(1);
  Touch(2);
}

// CHECK-LABEL: function IfElse @6:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B5
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     branch (a) -> B3 B4
// CHECK-NEXT:   B3 (if.then) preds: B2
// CHECK-NEXT:     e0: call Touch(1) @8:5
// CHECK-NEXT:     goto -> B5
// CHECK-NEXT:   B4 (if.else) preds: B2
// CHECK-NEXT:     e1: call Touch(2) @10:5
// CHECK-NEXT:     goto -> B5
// CHECK-NEXT:   B5 (if.end) preds: B3 B4
// CHECK-NEXT:     e2: call Touch(3) @11:3
// CHECK-NEXT:     return (end of body) @12:1 -> B1
// CHECK-LABEL: function IfConstant @14:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B3
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     goto -> B3
// CHECK-NEXT:   B3 (if.end) preds: B2
// CHECK-NEXT:     e1: call Touch(2) @17:3
// CHECK-NEXT:     return (end of body) @18:1 -> B1
