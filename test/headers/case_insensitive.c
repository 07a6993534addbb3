// Header names resolve case-insensitively, as on Windows: the bundled
// model headers (<Ndis.h>, "NTDDK.H"), the driver's own headers next to the
// source file and under its include paths, and directories in a path, with
// either slash. Without the lookup each include below is a fatal error.
// RUN: rm -rf %t && mkdir -p %t && cp -r %S/Inputs/case %t/
// RUN: cp %s %t/case/driver.c
// RUN: %expect_exit 1 %irqlint %t/case/driver.c -- -I%t/case/Include | FileCheck %s %check_not
// The directory of an include path is found whatever its case too, and a
// relative include path is relative to the compile command's directory.
// RUN: cd %t/case && %expect_exit 1 %irqlint driver.c -- -Iinclude | FileCheck %s %check_not

#include <Ndis.h>
#include "NTDDK.H"
#include "local.h"
#include "sub\adapter.h"
#include "SUB/ADAPTER.H"

#if !LOCAL_HEADER_FOUND
#error "local.h was not found"
#endif

void CountWithLeak(PADAPTER Adapter, int fail) {
  NdisAcquireSpinLock(&Adapter->Lock);
  // CHECK: driver.c:[[@LINE-1]]:3: warning: 'Adapter->Lock' is acquired by NdisAcquireSpinLock but not released on every path out of 'CountWithLeak' [lock-not-released]
  Adapter->Count++;
  if (fail)
    return;
  // CHECK-NEXT: driver.c:[[@LINE-1]]:5: note: returns here with 'Adapter->Lock' held
  NdisReleaseSpinLock(&Adapter->Lock);
}
