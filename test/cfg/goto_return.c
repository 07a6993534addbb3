// goto forward and backward, labels, and return in the middle of a body.
// RUN: %irqlint --dump-cfg %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s

void Touch(int);

int GotoForward(int a) {
  if (a)
    goto out;
  Touch(1);
out:
  return 0;
}

void GotoBackward(int a) {
again:
  Touch(a);
  if (a--)
    goto again;
}

int EarlyReturn(int a) {
  if (a)
    return 1;
  Touch(2);
  return 0;
}

// CHECK-LABEL: function GotoForward @6:5
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B3
// CHECK-NEXT:   B1 (exit) preds: B2
// CHECK-NEXT:   B2 (label) preds: B4 B5
// CHECK-NEXT:     return 0 @11:3 -> B1
// CHECK-NEXT:   B3 (body) preds: B0
// CHECK-NEXT:     branch (a) -> B4 B5
// CHECK-NEXT:   B4 (if.then) preds: B3
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B5 (if.end) preds: B3
// CHECK-NEXT:     e0: call Touch(1) @9:3
// CHECK-NEXT:     goto -> B2
// CHECK-LABEL: function GotoBackward @14:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B3
// CHECK-NEXT:   B1 (exit) preds: B5
// CHECK-NEXT:   B2 (label) preds: B3 B4
// CHECK-NEXT:     e0: call Touch(a) @16:3
// CHECK-NEXT:     e1: assign a -= 1 @17:7
// CHECK-NEXT:     branch (?) -> B4 B5
// CHECK-NEXT:   B3 (body) preds: B0
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B4 (if.then) preds: B2
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B5 (if.end) preds: B2
// CHECK-NEXT:     return (end of body) @19:1 -> B1
// CHECK-LABEL: function EarlyReturn @21:5
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B3 B4
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     branch (a) -> B3 B4
// CHECK-NEXT:   B3 (if.then) preds: B2
// CHECK-NEXT:     return 1 @23:5 -> B1
// CHECK-NEXT:   B4 (if.end) preds: B2
// CHECK-NEXT:     e0: call Touch(2) @24:3
// CHECK-NEXT:     return 0 @25:3 -> B1
