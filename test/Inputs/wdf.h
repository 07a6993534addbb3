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

/* Interrupt objects. WDF_INTERRUPT_CONFIG_INIT is an inline function in
 * the real headers; a declaration is all the analysis needs. */
typedef BOOLEAN EVT_WDF_INTERRUPT_ISR(WDFINTERRUPT Interrupt, ULONG MessageID);
typedef VOID EVT_WDF_INTERRUPT_DPC(WDFINTERRUPT Interrupt, WDFDEVICE Device);
typedef NTSTATUS EVT_WDF_INTERRUPT_ENABLE(WDFINTERRUPT Interrupt,
                                          WDFDEVICE AssociatedDevice);
typedef BOOLEAN EVT_WDF_INTERRUPT_SYNCHRONIZE(WDFINTERRUPT Interrupt,
                                              PVOID Context);
typedef struct _WDF_INTERRUPT_CONFIG {
  ULONG Size;
  WDFSPINLOCK SpinLock;
  EVT_WDF_INTERRUPT_ISR *EvtInterruptIsr;
  EVT_WDF_INTERRUPT_DPC *EvtInterruptDpc;
  EVT_WDF_INTERRUPT_ENABLE *EvtInterruptEnable;
  EVT_WDF_INTERRUPT_ENABLE *EvtInterruptDisable;
  BOOLEAN PassiveHandling;
} WDF_INTERRUPT_CONFIG, *PWDF_INTERRUPT_CONFIG;
VOID WDF_INTERRUPT_CONFIG_INIT(PWDF_INTERRUPT_CONFIG Configuration,
                               EVT_WDF_INTERRUPT_ISR *EvtInterruptIsr,
                               EVT_WDF_INTERRUPT_DPC *EvtInterruptDpc);
NTSTATUS WdfInterruptCreate(WDFDEVICE Device, PWDF_INTERRUPT_CONFIG Configuration,
                            PVOID Attributes, WDFINTERRUPT *Interrupt);
BOOLEAN WdfInterruptSynchronize(WDFINTERRUPT Interrupt,
                                EVT_WDF_INTERRUPT_SYNCHRONIZE *Callback,
                                PVOID Context);

#endif
