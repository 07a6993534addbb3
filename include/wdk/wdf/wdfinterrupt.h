/* irqlint's model of KMDF interrupt objects (wdfinterrupt.h), written from
 * the documentation -- not Microsoft's header. WDF_INTERRUPT_CONFIG_INIT is an
 * inline function in the real headers; irqlint reads the routines handed to
 * it, and to the configuration's fields, as DIRQL routines (unless
 * PassiveHandling). */
#ifndef IRQLINT_WDK_WDFINTERRUPT_H
#define IRQLINT_WDK_WDFINTERRUPT_H

_IRQL_requires_max_(HIGH_LEVEL) VOID
    WdfInterruptAcquireLock(WDFINTERRUPT Interrupt);
VOID WdfInterruptReleaseLock(WDFINTERRUPT Interrupt);

typedef BOOLEAN EVT_WDF_INTERRUPT_ISR(WDFINTERRUPT Interrupt, ULONG MessageID);
typedef EVT_WDF_INTERRUPT_ISR *PFN_WDF_INTERRUPT_ISR;
typedef VOID EVT_WDF_INTERRUPT_DPC(WDFINTERRUPT Interrupt,
                                   WDFOBJECT AssociatedObject);
typedef EVT_WDF_INTERRUPT_DPC *PFN_WDF_INTERRUPT_DPC;
typedef NTSTATUS EVT_WDF_INTERRUPT_ENABLE(WDFINTERRUPT Interrupt,
                                          WDFDEVICE AssociatedDevice);
typedef EVT_WDF_INTERRUPT_ENABLE *PFN_WDF_INTERRUPT_ENABLE;
typedef NTSTATUS EVT_WDF_INTERRUPT_DISABLE(WDFINTERRUPT Interrupt,
                                           WDFDEVICE AssociatedDevice);
typedef EVT_WDF_INTERRUPT_DISABLE *PFN_WDF_INTERRUPT_DISABLE;
typedef BOOLEAN EVT_WDF_INTERRUPT_SYNCHRONIZE(WDFINTERRUPT Interrupt,
                                              WDFCONTEXT Context);
typedef EVT_WDF_INTERRUPT_SYNCHRONIZE *PFN_WDF_INTERRUPT_SYNCHRONIZE;
typedef VOID EVT_WDF_INTERRUPT_WORKITEM(WDFINTERRUPT Interrupt,
                                        WDFOBJECT AssociatedObject);
typedef EVT_WDF_INTERRUPT_WORKITEM *PFN_WDF_INTERRUPT_WORKITEM;

typedef struct _WDF_INTERRUPT_CONFIG {
  ULONG Size;
  WDFSPINLOCK SpinLock;
  WDF_TRI_STATE ShareVector;
  BOOLEAN FloatingSave;
  BOOLEAN AutomaticSerialization;
  PFN_WDF_INTERRUPT_ISR EvtInterruptIsr;
  PFN_WDF_INTERRUPT_DPC EvtInterruptDpc;
  PFN_WDF_INTERRUPT_ENABLE EvtInterruptEnable;
  PFN_WDF_INTERRUPT_DISABLE EvtInterruptDisable;
  PFN_WDF_INTERRUPT_WORKITEM EvtInterruptWorkItem;
  PCM_PARTIAL_RESOURCE_DESCRIPTOR InterruptRaw;
  PCM_PARTIAL_RESOURCE_DESCRIPTOR InterruptTranslated;
  WDFWAITLOCK WaitLock;
  BOOLEAN PassiveHandling;
  WDF_TRI_STATE ReportInactiveOnPowerDown;
  BOOLEAN CanWakeDevice;
} WDF_INTERRUPT_CONFIG, *PWDF_INTERRUPT_CONFIG;
VOID WDF_INTERRUPT_CONFIG_INIT(PWDF_INTERRUPT_CONFIG Configuration,
                               EVT_WDF_INTERRUPT_ISR *EvtInterruptIsr,
                               EVT_WDF_INTERRUPT_DPC *EvtInterruptDpc);

typedef enum _WDF_INTERRUPT_POLARITY {
  WdfInterruptPolarityUnknown = 0,
  WdfInterruptActiveHigh,
  WdfInterruptActiveLow
} WDF_INTERRUPT_POLARITY;
typedef enum _WDF_INTERRUPT_POLICY {
  WdfIrqPolicyMachineDefault = 0,
  WdfIrqPolicyAllCloseProcessors,
  WdfIrqPolicyOneCloseProcessor,
  WdfIrqPolicyAllProcessorsInMachine,
  WdfIrqPolicySpecifiedProcessors,
  WdfIrqPolicySpreadMessagesAcrossAllProcessors
} WDF_INTERRUPT_POLICY;
typedef enum _WDF_INTERRUPT_PRIORITY {
  WdfIrqPriorityUndefined = 0,
  WdfIrqPriorityLow,
  WdfIrqPriorityNormal,
  WdfIrqPriorityHigh
} WDF_INTERRUPT_PRIORITY;
typedef struct _WDF_INTERRUPT_INFO {
  ULONG Size;
  PHYSICAL_ADDRESS Reserved1;
  KAFFINITY TargetProcessorSet;
  ULONG Reserved2;
  ULONG MessageNumber;
  ULONG Vector;
  KIRQL Irql;
  KINTERRUPT_MODE Mode;
  WDF_INTERRUPT_POLARITY Polarity;
  BOOLEAN MessageSignaled;
  UCHAR ShareDisposition;
  USHORT Group;
} WDF_INTERRUPT_INFO, *PWDF_INTERRUPT_INFO;
FORCEINLINE VOID WDF_INTERRUPT_INFO_INIT(PWDF_INTERRUPT_INFO Info) {
  RtlZeroMemory(Info, sizeof(WDF_INTERRUPT_INFO));
  Info->Size = sizeof(WDF_INTERRUPT_INFO);
}

_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfInterruptCreate(WDFDEVICE Device,
                            PWDF_INTERRUPT_CONFIG Configuration,
                            PWDF_OBJECT_ATTRIBUTES Attributes,
                            WDFINTERRUPT *Interrupt);
_IRQL_requires_max_(DISPATCH_LEVEL) BOOLEAN
    WdfInterruptSynchronize(WDFINTERRUPT Interrupt,
                            EVT_WDF_INTERRUPT_SYNCHRONIZE *Callback,
                            PVOID Context);
_IRQL_requires_max_(HIGH_LEVEL) BOOLEAN
    WdfInterruptQueueDpcForIsr(WDFINTERRUPT Interrupt);
_IRQL_requires_max_(HIGH_LEVEL) BOOLEAN
    WdfInterruptQueueWorkItemForIsr(WDFINTERRUPT Interrupt);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    WdfInterruptEnable(WDFINTERRUPT Interrupt);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    WdfInterruptDisable(WDFINTERRUPT Interrupt);
_IRQL_requires_max_(HIGH_LEVEL) WDFDEVICE
    WdfInterruptGetDevice(WDFINTERRUPT Interrupt);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfInterruptGetInfo(WDFINTERRUPT Interrupt, PWDF_INTERRUPT_INFO Info);
_IRQL_requires_max_(HIGH_LEVEL) PKINTERRUPT
    WdfInterruptWdmGetInterrupt(WDFINTERRUPT Interrupt);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfInterruptSetPolicy(WDFINTERRUPT Interrupt, WDF_INTERRUPT_POLICY Policy,
                          WDF_INTERRUPT_PRIORITY Priority,
                          KAFFINITY TargetProcessorSet);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
BOOLEAN WdfInterruptTryToAcquireLock(WDFINTERRUPT Interrupt);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfInterruptReportActive(WDFINTERRUPT Interrupt);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfInterruptReportInactive(WDFINTERRUPT Interrupt);

/* The interrupt's policy, priority and target processors with the
 * processor group (KMDF 1.11); the _INIT leaves them to the system. */
typedef struct _WDF_INTERRUPT_EXTENDED_POLICY {
  ULONG Size;
  WDF_INTERRUPT_POLICY Policy;
  WDF_INTERRUPT_PRIORITY Priority;
  GROUP_AFFINITY TargetProcessorSetAndGroup;
} WDF_INTERRUPT_EXTENDED_POLICY, *PWDF_INTERRUPT_EXTENDED_POLICY;
FORCEINLINE VOID WDF_INTERRUPT_EXTENDED_POLICY_INIT(
    PWDF_INTERRUPT_EXTENDED_POLICY ExtendedPolicy) {
  RtlZeroMemory(ExtendedPolicy, sizeof(WDF_INTERRUPT_EXTENDED_POLICY));
  ExtendedPolicy->Size = sizeof(WDF_INTERRUPT_EXTENDED_POLICY);
  ExtendedPolicy->Policy = WdfIrqPolicyMachineDefault;
  ExtendedPolicy->Priority = WdfIrqPriorityUndefined;
}
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfInterruptSetExtendedPolicy(
    WDFINTERRUPT Interrupt, PWDF_INTERRUPT_EXTENDED_POLICY PolicyAndGroup);

#endif
