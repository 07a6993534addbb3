// ?:, && and || short-circuit, comma operator, GNU statement expressions,
// and assignments whose value comes from a call.
// RUN: %irqlint --dump-cfg %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s

int Get(int);
void Touch(int);

void Conditional(int a) {
  int x = a ? Get(1) : Get(2);
  Touch(x);
}

void ShortCircuit(int a, int b) {
  if (a && Get(b))
    Touch(1);
  if (a || Get(b))
    Touch(2);
}

void Comma(int a) {
  int x = (Touch(a), Get(a));
  Touch(x);
}

void StatementExpression(int a) {
  int x = ({
    Touch(a);
    Get(a);
  });
  Touch(x);
}

void LogicalValue(int a, int b) {
  int x = a && Get(b);
  Touch(x);
}

// CHECK-LABEL: function Conditional @8:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B5
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     branch (a) -> B3 B4
// CHECK-NEXT:   B3 (cond.true) preds: B2
// CHECK-NEXT:     e0: call Get(1) @9:15
// CHECK-NEXT:     goto -> B5
// CHECK-NEXT:   B4 (cond.false) preds: B2
// CHECK-NEXT:     e1: call Get(2) @9:24
// CHECK-NEXT:     goto -> B5
// CHECK-NEXT:   B5 (cond.end) preds: B3 B4
// CHECK-NEXT:     e2: assign x = ? @9:7
// CHECK-NEXT:     e3: call Touch(x) @10:3
// CHECK-NEXT:     return (end of body) @11:1 -> B1
// CHECK-LABEL: function ShortCircuit @13:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B7
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     branch (a) -> B5 B4
// CHECK-NEXT:   B3 (if.then) preds: B5
// CHECK-NEXT:     e1: call Touch(1) @15:5
// CHECK-NEXT:     goto -> B4
// CHECK-NEXT:   B4 (if.end) preds: B2 B5 B3
// CHECK-NEXT:     branch (a) -> B6 B8
// CHECK-NEXT:   B5 (land.rhs) preds: B2
// CHECK-NEXT:     e0: call Get(b) @14:12
// CHECK-NEXT:     branch (<result of e0>) -> B3 B4
// CHECK-NEXT:   B6 (if.then) preds: B4 B8
// CHECK-NEXT:     e3: call Touch(2) @17:5
// CHECK-NEXT:     goto -> B7
// CHECK-NEXT:   B7 (if.end) preds: B8 B6
// CHECK-NEXT:     return (end of body) @18:1 -> B1
// CHECK-NEXT:   B8 (lor.rhs) preds: B4
// CHECK-NEXT:     e2: call Get(b) @16:12
// CHECK-NEXT:     branch (<result of e2>) -> B6 B7
// CHECK-LABEL: function Comma @20:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B2
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     e0: call Touch(a) @21:12
// CHECK-NEXT:     e1: x = call Get(a) @21:22
// CHECK-NEXT:     e2: assign x = <result of e1> @21:7
// CHECK-NEXT:     e3: call Touch(x) @22:3
// CHECK-NEXT:     return (end of body) @23:1 -> B1
// CHECK-LABEL: function StatementExpression @25:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B2
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     e0: call Touch(a) @27:5
// CHECK-NEXT:     e1: call Get(a) @28:5
// CHECK-NEXT:     e2: assign x = ? @26:7
// CHECK-NEXT:     e3: call Touch(x) @30:3
// CHECK-NEXT:     return (end of body) @31:1 -> B1
// CHECK-LABEL: function LogicalValue @33:6
// CHECK-NEXT:   B0 (entry)
// CHECK-NEXT:     goto -> B2
// CHECK-NEXT:   B1 (exit) preds: B3
// CHECK-NEXT:   B2 (body) preds: B0
// CHECK-NEXT:     branch (a) -> B4 B3
// CHECK-NEXT:   B3 (join) preds: B2 B4 B4
// CHECK-NEXT:     e1: assign x = ? @34:7
// CHECK-NEXT:     e2: call Touch(x) @35:3
// CHECK-NEXT:     return (end of body) @36:1 -> B1
// CHECK-NEXT:   B4 (land.rhs) preds: B2
// CHECK-NEXT:     e0: call Get(b) @34:16
// CHECK-NEXT:     branch (<result of e0>) -> B3 B3
