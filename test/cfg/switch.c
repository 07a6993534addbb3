// switch with fall-through, default, break, and a switch without default.
// RUN: %irqlint --dump-cfg %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s

void Touch(int);

void SwitchFallThrough(int v) {
  switch (v) {
  case 1:
    Touch(1);
  case 2:
    Touch(2);
    break;
  default:
    Touch(3);
  }
  Touch(4);
}

void SwitchNoDefault(int v) {
  switch (v) {
  case 1:
  case 2:
    Touch(1);
    break;
  }
}

void ContinueInSwitch(int n) {
  while (n) {
    switch (n) {
    case 1:
      continue;
    }
    Touch(n);
  }
}

// CHECK-LABEL: function SwitchFallThrough @6:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B3
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     switch -> B4 B5 B6
// CHECK-NEXT:   B3 (switch.end) preds: B5 B6
// CHECK-NEXT:     e3: call Touch(4) @16:3
// CHECK-NEXT:     return (end of body) @17:1 -> B1
// CHECK-NEXT:   B4 (case) preds: B2
// CHECK-NEXT:     e0: call Touch(1) @9:5
// CHECK-NEXT:     goto -> B5
// CHECK-NEXT:   B5 (case) preds: B4 B2
// CHECK-NEXT:     e1: call Touch(2) @11:5
// CHECK-NEXT:     goto -> B3
// CHECK-NEXT:   B6 (default) preds: B2
// CHECK-NEXT:     e2: call Touch(3) @14:5
// CHECK-NEXT:     goto -> B3
// CHECK-LABEL: function SwitchNoDefault @19:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B3
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     switch -> B4 B5 B3
// CHECK-NEXT:   B3 (switch.end) preds: B5 B2
// CHECK-NEXT:     return (end of body) @26:1 -> B1
// CHECK-NEXT:   B4 (case) preds: B2
// CHECK-NEXT:     goto -> B5
// CHECK-NEXT:   B5 (case) preds: B4 B2
// CHECK-NEXT:     e0: call Touch(1) @23:5
// CHECK-NEXT:     goto -> B3
// CHECK-LABEL: function ContinueInSwitch @28:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B5
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     goto -> B3
// CHECK-NEXT:   B3 (while.cond) preds: B2 B7 B6
// CHECK-NEXT:     branch (n) -> B4 B5
// CHECK-NEXT:   B4 (while.body) preds: B3
// CHECK-NEXT:     switch -> B7 B6
// CHECK-NEXT:   B5 (while.end) preds: B3
// CHECK-NEXT:     return (end of body) @36:1 -> B1
// CHECK-NEXT:   B6 (switch.end) preds: B4
// CHECK-NEXT:     e0: call Touch(n) @34:5
// CHECK-NEXT:     goto -> B3
// CHECK-NEXT:   B7 (case) preds: B4
// CHECK-NEXT:     goto -> B3
