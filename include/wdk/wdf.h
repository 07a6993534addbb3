/* irqlint's model of the public KMDF spin-lock and interrupt-lock API
 * (wdf.h), written from the documentation -- not Microsoft's header. */
#ifndef IRQLINT_WDK_WDF_H
#define IRQLINT_WDK_WDF_H

#include "wdm.h"

typedef struct WDFSPINLOCK__ *WDFSPINLOCK;
typedef struct WDFINTERRUPT__ *WDFINTERRUPT;
typedef struct WDFDEVICE__ *WDFDEVICE;

VOID WdfSpinLockAcquire(WDFSPINLOCK SpinLock);
VOID WdfSpinLockRelease(WDFSPINLOCK SpinLock);
VOID WdfInterruptAcquireLock(WDFINTERRUPT Interrupt);
VOID WdfInterruptReleaseLock(WDFINTERRUPT Interrupt);

#endif
