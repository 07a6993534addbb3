// String literal arguments reach the CFG as one string each, as clang
// joins adjacent pieces (a prefix macro and a literal are one format), with
// their escapes as written; a wide literal keeps its L.
// RUN: %irqlint --dump-cfg %s -- %wdk_amd64 | FileCheck %s

#include <ntddk.h>

#define LOG_PREFIX "mydrv: "

void Trace(PUNICODE_STRING Name, ULONG Code) {
  DbgPrint(LOG_PREFIX "open %wZ failed: 0x%x\n", Name, Code);
  // CHECK: call DbgPrint("mydrv: open %wZ failed: 0x%x\n", Name, Code) @[[@LINE-1]]:3
  DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_ERROR_LEVEL, "a" "b" "%%c");
  // CHECK: call DbgPrintEx({{[0-9]+}}, 0, "ab%%c") @[[@LINE-1]]:3
  RtlInitUnicodeString(Name, L"\\Device\\X");
  // CHECK: call RtlInitUnicodeString(Name, L"\\Device\\X") @[[@LINE-1]]:3
}
