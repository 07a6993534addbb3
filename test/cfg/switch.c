// switch with fall-through, default, break, and a switch without default.
// A switch whose case labels are integer constants is lowered to a chain
// of `==` tests in the order the cases are written (the last false edge
// goes to `default`, or past the switch), so the analysis learns a fact on
// each case as it does from an `if`; `case 0` is the false edge of the
// truth test. A subject that is not a tracked value keeps the multi-way
// block.
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

void SwitchOnExpression(int v) {
  switch (v * 2) {
  case 2:
    Touch(1);
    break;
  }
}

void SwitchOnZero(int v) {
  switch (v) {
  case 0:
    Touch(0);
    break;
  default:
    Touch(1);
  }
}

// CHECK-LABEL: function SwitchFallThrough @12:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B3
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     branch (v == 1) -> B4 B7
// CHECK-NEXT:   B3 (switch.end) preds: B5 B6
// CHECK-NEXT:     e3: call Touch(4) @22:3
// CHECK-NEXT:     return (end of body) @23:1 -> B1
// CHECK-NEXT:   B4 (case) preds: B2
// CHECK-NEXT:     e0: call Touch(1) @15:5
// CHECK-NEXT:     goto -> B5
// CHECK-NEXT:   B5 (case) preds: B7 B4
// CHECK-NEXT:     e1: call Touch(2) @17:5
// CHECK-NEXT:     goto -> B3
// CHECK-NEXT:   B6 (default) preds: B7
// CHECK-NEXT:     e2: call Touch(3) @20:5
// CHECK-NEXT:     goto -> B3
// CHECK-NEXT:   B7 (switch.test) preds: B2
// CHECK-NEXT:     branch (v == 2) -> B5 B6
// CHECK-LABEL: function SwitchNoDefault @25:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B3
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     branch (v == 1) -> B4 B6
// CHECK-NEXT:   B3 (switch.end) preds: B6 B5
// CHECK-NEXT:     return (end of body) @32:1 -> B1
// CHECK-NEXT:   B4 (case) preds: B2
// CHECK-NEXT:     goto -> B5
// CHECK-NEXT:   B5 (case) preds: B6 B4
// CHECK-NEXT:     e0: call Touch(1) @29:5
// CHECK-NEXT:     goto -> B3
// CHECK-NEXT:   B6 (switch.test) preds: B2
// CHECK-NEXT:     branch (v == 2) -> B5 B3
// CHECK-LABEL: function ContinueInSwitch @34:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B5
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     goto -> B3
// CHECK-NEXT:   B3 (while.cond) preds: B2 B7 B6
// CHECK-NEXT:     branch (n) -> B4 B5
// CHECK-NEXT:   B4 (while.body) preds: B3
// CHECK-NEXT:     branch (n == 1) -> B7 B6
// CHECK-NEXT:   B5 (while.end) preds: B3
// CHECK-NEXT:     return (end of body) @42:1 -> B1
// CHECK-NEXT:   B6 (switch.end) preds: B4
// CHECK-NEXT:     e0: call Touch(n) @40:5
// CHECK-NEXT:     goto -> B3
// CHECK-NEXT:   B7 (case) preds: B4
// CHECK-NEXT:     goto -> B3
// CHECK-LABEL: function SwitchOnExpression @44:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B3
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     switch -> B4 B3
// CHECK-NEXT:   B3 (switch.end) preds: B4 B2
// CHECK-NEXT:     return (end of body) @50:1 -> B1
// CHECK-NEXT:   B4 (case) preds: B2
// CHECK-NEXT:     e0: call Touch(1) @47:5
// CHECK-NEXT:     goto -> B3
// CHECK-LABEL: function SwitchOnZero @52:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B3
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     branch (v) -> B5 B4
// CHECK-NEXT:   B3 (switch.end) preds: B4 B5
// CHECK-NEXT:     return (end of body) @60:1 -> B1
// CHECK-NEXT:   B4 (case) preds: B2
// CHECK-NEXT:     e0: call Touch(0) @55:5
// CHECK-NEXT:     goto -> B3
// CHECK-NEXT:   B5 (default) preds: B2
// CHECK-NEXT:     e1: call Touch(1) @58:5
// CHECK-NEXT:     goto -> B3
