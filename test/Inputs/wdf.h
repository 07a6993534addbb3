/* Mock wdf.h for irqlint's lit tests: KMDF spin-lock and interrupt-lock
 * handles and routines, written from the public KMDF documentation. */
#ifndef MOCK_WDF_H
#define MOCK_WDF_H

#include "wdm.h"

typedef struct WDFSPINLOCK__ *WDFSPINLOCK;
typedef struct WDFINTERRUPT__ *WDFINTERRUPT;
typedef struct WDFDEVICE__ *WDFDEVICE;

VOID WdfSpinLockAcquire(WDFSPINLOCK SpinLock);
VOID WdfSpinLockRelease(WDFSPINLOCK SpinLock);
VOID WdfInterruptAcquireLock(WDFINTERRUPT Interrupt);
VOID WdfInterruptReleaseLock(WDFINTERRUPT Interrupt);

#endif
