// Calls to no-return functions end the path: the WDK's KeBugCheckEx (from
// the API model) and functions declared __declspec(noreturn) or
// __attribute__((noreturn)).
// RUN: %irqlint --dump-cfg %s -- %wdk_amd64 | FileCheck %s

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
