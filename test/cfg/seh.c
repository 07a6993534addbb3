// MS structured exception handling: __try/__except, __try/__finally with
// __leave, and a return inside a __try whose __finally must run first.
// RUN: %irqlint --dump-cfg %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s

void Touch(int);

void TryExcept(int a) {
  __try {
    Touch(1);
  } __except (1) {
    Touch(2);
  }
  Touch(3);
}

void TryFinallyLeave(int a) {
  __try {
    if (a)
      __leave;
    Touch(1);
  } __finally {
    Touch(2);
  }
  Touch(3);
}

int ReturnThroughFinally(int a) {
  __try {
    if (a)
      return 1;
    Touch(1);
  } __finally {
    Touch(2);
  }
  return 0;
}

void NestedFinally(int a) {
  __try {
    __try {
      if (a)
        return;
    } __finally {
      Touch(1);
    }
  } __finally {
    Touch(2);
  }
}

void GotoOutOfFinally(int a) {
  __try {
    if (a)
      goto out;
    Touch(1);
  } __finally {
    Touch(2);
  }
out:
  Touch(3);
}

// Only blocks that can raise (a call, an access through a pointer, an
// expression the IR does not model) have an edge to the handler: storing
// and testing a local cannot.
void TryExceptLocals(int *p) {
  int flag = 0;
  __try {
    flag = 1;
    if (flag)
      Touch(1);
    if (*p)
      flag = 2;
  } __except (1) {
    Touch(flag);
  }
}
// CHECK-LABEL: function TryExcept @7:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B3
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     goto -> B5
// CHECK-NEXT:   B3 (try.end) preds: B6 B4
// CHECK-NEXT:     e2: call Touch(3) @13:3
// CHECK-NEXT:     return (end of body) @14:1 -> B1
// CHECK-NEXT:   B4 (except) preds: B5
// CHECK-NEXT:     e1: call Touch(2) @11:5
// CHECK-NEXT:     goto -> B3
// CHECK-NEXT:   B5 (try) preds: B2
// CHECK-NEXT:     goto -> B6 B4
// CHECK-NEXT:   B6 (try.call) preds: B5
// CHECK-NEXT:     e0: call Touch(1) @9:5
// CHECK-NEXT:     goto -> B3
// CHECK-LABEL: function TryFinallyLeave @16:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B3
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     branch (a) -> B4 B5
// CHECK-NEXT:   B3 (try.leave) preds: B4 B5
// CHECK-NEXT:     e1: call Touch(2) @22:5
// CHECK-NEXT:     e2: call Touch(3) @24:3
// CHECK-NEXT:     return (end of body) @25:1 -> B1
// CHECK-NEXT:   B4 (if.then) preds: B2
// CHECK-NEXT:     goto -> B3
// CHECK-NEXT:   B5 (if.end) preds: B2
// CHECK-NEXT:     e0: call Touch(1) @20:5
// CHECK-NEXT:     goto -> B3
// CHECK-LABEL: function ReturnThroughFinally @27:5
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B4 B3
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     branch (a) -> B4 B5
// CHECK-NEXT:   B3 (try.leave) preds: B5
// CHECK-NEXT:     e2: call Touch(2) @33:5
// CHECK-NEXT:     return 0 @35:3 -> B1
// CHECK-NEXT:   B4 (if.then) preds: B2
// CHECK-NEXT:     e0: call Touch(2) @33:5
// CHECK-NEXT:     return 1 @30:7 -> B1
// CHECK-NEXT:   B5 (if.end) preds: B2
// CHECK-NEXT:     e1: call Touch(1) @31:5
// CHECK-NEXT:     goto -> B3
// CHECK-LABEL: function NestedFinally @38:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B5 B3
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     branch (a) -> B5 B6
// CHECK-NEXT:   B3 (try.leave) preds: B4
// CHECK-NEXT:     e3: call Touch(2) @47:5
// CHECK-NEXT:     return (end of body) @49:1 -> B1
// CHECK-NEXT:   B4 (try.leave) preds: B6
// CHECK-NEXT:     e2: call Touch(1) @44:7
// CHECK-NEXT:     goto -> B3
// CHECK-NEXT:   B5 (if.then) preds: B2
// CHECK-NEXT:     e0: call Touch(1) @44:7
// CHECK-NEXT:     e1: call Touch(2) @47:5
// CHECK-NEXT:     return @42:9 -> B1
// CHECK-NEXT:   B6 (if.end) preds: B2
// CHECK-NEXT:     goto -> B4
// CHECK-LABEL: function GotoOutOfFinally @51:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B3
// CHECK-NEXT:   B1 (exit) preds: B2
// CHECK-NEXT:   B2 (label) preds: B5 B4
// CHECK-NEXT:     e3: call Touch(3) @60:3
// CHECK-NEXT:     return (end of body) @61:1 -> B1
// CHECK-NEXT:   B3 (body) preds: B0
// CHECK-NEXT:     branch (a) -> B5 B6
// CHECK-NEXT:   B4 (try.leave) preds: B6
// CHECK-NEXT:     e2: call Touch(2) @57:5
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B5 (if.then) preds: B3
// CHECK-NEXT:     e0: call Touch(2) @57:5
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B6 (if.end) preds: B3
// CHECK-NEXT:     e1: call Touch(1) @55:5
// CHECK-NEXT:     goto -> B4

// CHECK-LABEL: function TryExceptLocals
// CHECK:        B4 (except) preds: B6 B7{{$}}
// CHECK:        B5 (try) preds: B2
// CHECK-NEXT:     e1: assign flag = 1
// CHECK-NEXT:     branch (flag) -> B6 B7{{$}}
// CHECK-NEXT:   B6 (if.then) preds: B5
// CHECK-NEXT:     goto -> B8 B4
// CHECK-NEXT:   B7 (if.end) preds: B5 B8
// CHECK-NEXT:     branch (*p) -> B9 B10 B4
// CHECK-NEXT:   B8 (try.call) preds: B6
// CHECK-NEXT:     e2: call Touch(1)
// CHECK-NEXT:     goto -> B7{{$}}
// CHECK-NEXT:   B9 (if.then) preds: B7
// CHECK-NEXT:     e3: assign flag = 2
// CHECK-NEXT:     goto -> B10{{$}}

// A call that may raise inside a __try with a handler starts a block of its
// own ("try.call" above): the handler is entered from the state before it,
// and not from the call's own block unless something after the call there
// may raise. Nothing enters the handler from before the __try.
