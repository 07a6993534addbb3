// KMDF drivers reach their lock through a context accessor call. The same
// accessor with the same arguments names the same lock; a different
// argument names a different one.
// RUN: not %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s %check_not

#include <wdf.h>

typedef struct _DEVICE_CONTEXT {
  WDFSPINLOCK Lock;
  ULONG Count;
} DEVICE_CONTEXT, *PDEVICE_CONTEXT;

PDEVICE_CONTEXT GetDeviceContext(WDFDEVICE Device);

void Balanced(WDFDEVICE Device) {
  WdfSpinLockAcquire(GetDeviceContext(Device)->Lock);
  GetDeviceContext(Device)->Count++;
  WdfSpinLockRelease(GetDeviceContext(Device)->Lock);
}

void OtherDevice(WDFDEVICE Device, WDFDEVICE Other) {
  WdfSpinLockAcquire(GetDeviceContext(Device)->Lock);
  // CHECK: :[[@LINE-1]]:3: warning: 'GetDeviceContext(Device)->Lock' is acquired by WdfSpinLockAcquire but not released on every path out of 'OtherDevice' [lock-not-released]
  WdfSpinLockRelease(GetDeviceContext(Other)->Lock);
}
// CHECK-NEXT: :[[@LINE-1]]:1: note: returns here with 'GetDeviceContext(Device)->Lock' held

void InterruptLock(WDFINTERRUPT Interrupt, PDEVICE_CONTEXT Context) {
  WdfInterruptAcquireLock(Interrupt);
  // CHECK: :[[@LINE-1]]:3: warning: 'Interrupt' is acquired by WdfInterruptAcquireLock but not released on every path out of 'InterruptLock' [lock-not-released]
  if (Context->Count == 0)
    return;
  // CHECK-NEXT: :[[@LINE-1]]:5: note: returns here with 'Interrupt' held
  Context->Count--;
  WdfInterruptReleaseLock(Interrupt);
}
