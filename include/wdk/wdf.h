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

/* Interrupt objects. WDF_INTERRUPT_CONFIG_INIT is an inline function in
 * the real headers; irqlint reads the routines handed to it, and to the
 * configuration's fields, as DIRQL routines (unless PassiveHandling). */
typedef BOOLEAN EVT_WDF_INTERRUPT_ISR(WDFINTERRUPT Interrupt, ULONG MessageID);
typedef VOID EVT_WDF_INTERRUPT_DPC(WDFINTERRUPT Interrupt, WDFDEVICE Device);
typedef NTSTATUS EVT_WDF_INTERRUPT_ENABLE(WDFINTERRUPT Interrupt,
                                          WDFDEVICE AssociatedDevice);
typedef NTSTATUS EVT_WDF_INTERRUPT_DISABLE(WDFINTERRUPT Interrupt,
                                           WDFDEVICE AssociatedDevice);
typedef BOOLEAN EVT_WDF_INTERRUPT_SYNCHRONIZE(WDFINTERRUPT Interrupt,
                                              PVOID Context);
typedef struct _WDF_INTERRUPT_CONFIG {
  ULONG Size;
  WDFSPINLOCK SpinLock;
  BOOLEAN ShareVector;
  BOOLEAN FloatingSave;
  BOOLEAN AutomaticSerialization;
  EVT_WDF_INTERRUPT_ISR *EvtInterruptIsr;
  EVT_WDF_INTERRUPT_DPC *EvtInterruptDpc;
  EVT_WDF_INTERRUPT_ENABLE *EvtInterruptEnable;
  EVT_WDF_INTERRUPT_DISABLE *EvtInterruptDisable;
  BOOLEAN PassiveHandling;
} WDF_INTERRUPT_CONFIG, *PWDF_INTERRUPT_CONFIG;
VOID WDF_INTERRUPT_CONFIG_INIT(PWDF_INTERRUPT_CONFIG Configuration,
                               EVT_WDF_INTERRUPT_ISR *EvtInterruptIsr,
                               EVT_WDF_INTERRUPT_DPC *EvtInterruptDpc);
NTSTATUS WdfInterruptCreate(WDFDEVICE Device,
                            PWDF_INTERRUPT_CONFIG Configuration,
                            PVOID Attributes, WDFINTERRUPT *Interrupt);
BOOLEAN WdfInterruptSynchronize(WDFINTERRUPT Interrupt,
                                EVT_WDF_INTERRUPT_SYNCHRONIZE *Callback,
                                PVOID Context);

#endif
