// while, do-while, for (with and without each header part), break and
// continue.
// RUN: %irqlint --dump-cfg %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s

void Touch(int);

void While(int n) {
  while (n > 0) {
    if (n == 3)
      break;
    if (n == 5)
      continue;
    Touch(n);
  }
}

void DoWhile(int n) {
  do {
    Touch(n);
  } while (n);
}

void ForFull(int n) {
  for (int i = 0; i < n; i++)
    Touch(i);
}

void ForEmpty(void) {
  for (;;) {
    Touch(1);
    break;
  }
}

void ForCondOnly(int n) {
  for (; n;)
    Touch(n);
}

void DoWhileZero(void) {
  do {
    Touch(1);
  } while (0);
}

// CHECK-LABEL: function While @7:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B5
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     goto -> B3
// CHECK-NEXT:   B3 (while.cond) preds: B2 B8 B9
// CHECK-NEXT:     branch (n <= 0) -> B5 B4
// CHECK-NEXT:   B4 (while.body) preds: B3
// CHECK-NEXT:     branch (n == 3) -> B6 B7
// CHECK-NEXT:   B5 (while.end) preds: B3 B6
// CHECK-NEXT:     return (end of body) @15:1 -> B1
// CHECK-NEXT:   B6 (if.then) preds: B4
// CHECK-NEXT:     goto -> B5
// CHECK-NEXT:   B7 (if.end) preds: B4
// CHECK-NEXT:     branch (n == 5) -> B8 B9
// CHECK-NEXT:   B8 (if.then) preds: B7
// CHECK-NEXT:     goto -> B3
// CHECK-NEXT:   B9 (if.end) preds: B7
// CHECK-NEXT:     e0: call Touch(n) @13:5
// CHECK-NEXT:     goto -> B3
// CHECK-LABEL: function DoWhile @17:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B5
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     goto -> B3
// CHECK-NEXT:   B3 (do.body) preds: B2 B4
// CHECK-NEXT:     e0: call Touch(n) @19:5
// CHECK-NEXT:     goto -> B4
// CHECK-NEXT:   B4 (do.cond) preds: B3
// CHECK-NEXT:     branch (n) -> B3 B5
// CHECK-NEXT:   B5 (do.end) preds: B4
// CHECK-NEXT:     return (end of body) @21:1 -> B1
// CHECK-LABEL: function ForFull @23:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B6
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     e0: assign i = 0 @24:12
// CHECK-NEXT:     goto -> B3
// CHECK-NEXT:   B3 (for.cond) preds: B2 B5
// CHECK-NEXT:     branch (?) -> B4 B6
// CHECK-NEXT:   B4 (for.body) preds: B3
// CHECK-NEXT:     e1: call Touch(i) @25:5
// CHECK-NEXT:     goto -> B5
// CHECK-NEXT:   B5 (for.inc) preds: B4
// CHECK-NEXT:     e2: assign i += 1 @24:26
// CHECK-NEXT:     goto -> B3
// CHECK-NEXT:   B6 (for.end) preds: B3
// CHECK-NEXT:     return (end of body) @26:1 -> B1
// CHECK-LABEL: function ForEmpty @28:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B5
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     goto -> B3
// CHECK-NEXT:   B3 (for.cond) preds: B2
// CHECK-NEXT:     goto -> B4
// CHECK-NEXT:   B4 (for.body) preds: B3
// CHECK-NEXT:     e0: call Touch(1) @30:5
// CHECK-NEXT:     goto -> B5
// CHECK-NEXT:   B5 (for.end) preds: B4
// CHECK-NEXT:     return (end of body) @33:1 -> B1
// CHECK-LABEL: function ForCondOnly @35:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B6
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     goto -> B3
// CHECK-NEXT:   B3 (for.cond) preds: B2 B5
// CHECK-NEXT:     branch (n) -> B4 B6
// CHECK-NEXT:   B4 (for.body) preds: B3
// CHECK-NEXT:     e0: call Touch(n) @37:5
// CHECK-NEXT:     goto -> B5
// CHECK-NEXT:   B5 (for.inc) preds: B4
// CHECK-NEXT:     goto -> B3
// CHECK-NEXT:   B6 (for.end) preds: B3
// CHECK-NEXT:     return (end of body) @38:1 -> B1
// CHECK-LABEL: function DoWhileZero @40:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B5
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     goto -> B3
// CHECK-NEXT:   B3 (do.body) preds: B2
// CHECK-NEXT:     e0: call Touch(1) @42:5
// CHECK-NEXT:     goto -> B4
// CHECK-NEXT:   B4 (do.cond) preds: B3
// CHECK-NEXT:     goto -> B5
// CHECK-NEXT:   B5 (do.end) preds: B4
// CHECK-NEXT:     return (end of body) @44:1 -> B1
