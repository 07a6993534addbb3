// --dump-cfg shows what the frontend read from a function's declarations:
// its role typedef and that typedef's annotations, the SAL annotations in
// front of every declaration (the definition's first, then the prototypes'),
// and whether and why its code is pageable.
// RUN: %irqlint --dump-cfg %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s

#include <ndis.h>

typedef _IRQL_requires_(APC_LEVEL) void MY_CALLBACK(PVOID Context);

MY_CALLBACK Callback;
_IRQL_requires_max_(DISPATCH_LEVEL)
__drv_minIRQL(APC_LEVEL)
void Callback(PVOID Context);

#pragma alloc_text(PAGE, Callback)
_Use_decl_annotations_
void Callback(PVOID Context) { (void)Context; }
// CHECK-LABEL: function Callback @
// CHECK-SAME: [[#@LINE-2]]:6
// CHECK-NEXT: role MY_CALLBACK
// CHECK-NEXT: annotation _Use_decl_annotations_ @[[#@LINE-5]]:1
// CHECK-NEXT: annotation _IRQL_requires_max_(DISPATCH_LEVEL) @[[#@LINE-11]]:1
// CHECK-NEXT: annotation __drv_minIRQL(APC_LEVEL) @[[#@LINE-11]]:1
// CHECK-NEXT: role annotation _IRQL_requires_(APC_LEVEL) @[[#@LINE-16]]:9
// CHECK-NEXT: pageable by #pragma alloc_text @{{.*}}declarations.c:[[#@LINE-10]]:1

_Function_class_(KDEFERRED_ROUTINE)
_When_(Context != 0, _IRQL_requires_(DISPATCH_LEVEL))
void Dpc(PKDPC Dpc, PVOID Context, PVOID A1, PVOID A2) {
  PAGED_CODE();
}
// CHECK-LABEL: function Dpc @
// CHECK-SAME: [[#@LINE-4]]:6
// CHECK-NEXT: annotation _Function_class_(KDEFERRED_ROUTINE) @[[#@LINE-7]]:1
// CHECK-NEXT: annotation _When_(Context!=0, _IRQL_requires_(DISPATCH_LEVEL)) @[[#@LINE-7]]:1
// CHECK-NEXT: pageable by PAGED_CODE() @{{.*}}declarations.c:[[#@LINE-6]]:3
// CHECK-NEXT: B0 (entry)

void Plain(void) {}
// CHECK-LABEL: function Plain
// CHECK-NEXT: B0 (entry)
