// lock-in-isr: functions that run at DIRQL because the driver registers them
// so, whatever they are declared as: the NDIS 6 interrupt characteristics,
// the NDIS 5 miniport characteristics, IoConnectInterrupt(Ex),
// KeSynchronizeExecution, NdisMSynchronizeWithInterrupt(Ex),
// WdfInterruptSynchronize and WDF_INTERRUPT_CONFIG (its fields, and
// WDF_INTERRUPT_CONFIG_INIT). The registering code may come before or after
// the routine, or in another file (see lock-order-inversion's two-file test
// for cross-file linking).
// RUN: not %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | FileCheck %s %check_not

#include <ndis.h>
#include <wdf.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  KSPIN_LOCK StatsLock;
  NDIS_HANDLE Interrupt;
  PKINTERRUPT Kint;
  ULONG Count;
} ADAPTER, *PADAPTER;

static void Touch(PADAPTER a) {
  NdisDprAcquireSpinLock(&a->Lock);
  a->Count++;
  NdisDprReleaseSpinLock(&a->Lock);
}

// Plain functions: nothing in their declarations says DIRQL.
static BOOLEAN Ndis6Isr(NDIS_HANDLE c, PBOOLEAN q, PULONG t) {
  Touch((PADAPTER)c);
  // CHECK: :[[@LINE-1]]:3: warning: 'Touch' uses a spin lock and is called at DIRQL in 'Ndis6Isr' (its registration as NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS.InterruptHandler in 'RegisterNdis6'): {{.*}} [lock-in-isr]
  // CHECK-NEXT: note: 'Touch' calls NdisDprAcquireSpinLock here
  return TRUE;
}
static VOID Ndis6Disable(NDIS_HANDLE c) {
  Touch((PADAPTER)c);
  // CHECK: :[[@LINE-1]]:3: warning: 'Touch' uses a spin lock and is called at DIRQL in 'Ndis6Disable' (its registration as NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS.DisableInterruptHandler in 'RegisterNdis6'){{.*}} [lock-in-isr]
  // CHECK-NEXT: note: 'Touch' calls NdisDprAcquireSpinLock here
}
static VOID Ndis6Enable(NDIS_HANDLE c) {
  Touch((PADAPTER)c);
  // CHECK: :[[@LINE-1]]:3: warning: 'Touch' uses a spin lock {{.*}}EnableInterruptHandler in 'RegisterNdis6'){{.*}} [lock-in-isr]
  // CHECK-NEXT: note: 'Touch' calls NdisDprAcquireSpinLock here
}
// The DPC is registered too, but runs at DISPATCH_LEVEL: no finding.
static VOID Ndis6Dpc(NDIS_HANDLE c, PVOID d, PVOID t, PVOID r) {
  Touch((PADAPTER)c);
}

NDIS_STATUS RegisterNdis6(PADAPTER a, NDIS_HANDLE handle) {
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS chars;
  chars.InterruptHandler = Ndis6Isr;
  chars.InterruptDpcHandler = Ndis6Dpc;
  chars.DisableInterruptHandler = &Ndis6Disable;
  chars.EnableInterruptHandler = Ndis6Enable;
  return NdisMRegisterInterruptEx(handle, a, &chars, &a->Interrupt);
}

// NDIS 5: the miniport characteristics.
static VOID Ndis5Isr(PBOOLEAN recognized, PBOOLEAN queue, NDIS_HANDLE c) {
  Touch((PADAPTER)c);
  // CHECK: :[[@LINE-1]]:3: warning: 'Touch' uses a spin lock {{.*}}'Ndis5Isr' (its registration as MINIPORT_CHARACTERISTICS.ISRHandler in 'RegisterNdis5'){{.*}} [lock-in-isr]
  // CHECK-NEXT: note: 'Touch' calls NdisDprAcquireSpinLock here
}
void RegisterNdis5(NDIS51_MINIPORT_CHARACTERISTICS *chars) {
  chars->ISRHandler = Ndis5Isr;
}

// Synchronize routines run at DIRQL while they hold the interrupt lock.
static BOOLEAN SyncWithNdis(PVOID c) {
  Touch((PADAPTER)c);
  // CHECK: :[[@LINE-1]]:3: warning: 'Touch' uses a spin lock {{.*}}'SyncWithNdis' (its registration through NdisMSynchronizeWithInterruptEx in 'Synchronize'){{.*}} [lock-in-isr]
  // CHECK-NEXT: note: 'Touch' calls NdisDprAcquireSpinLock here
  return TRUE;
}
static BOOLEAN SyncWithNdis5(PVOID c) {
  Touch((PADAPTER)c);
  // CHECK: :[[@LINE-1]]:3: warning: 'Touch' uses a spin lock {{.*}}(its registration through NdisMSynchronizeWithInterrupt in 'Synchronize'){{.*}} [lock-in-isr]
  // CHECK-NEXT: note: 'Touch' calls NdisDprAcquireSpinLock here
  return TRUE;
}
static BOOLEAN SyncWithKe(PVOID c) {
  Touch((PADAPTER)c);
  // CHECK: :[[@LINE-1]]:3: warning: 'Touch' uses a spin lock {{.*}}(its registration through KeSynchronizeExecution in 'Synchronize'){{.*}} [lock-in-isr]
  // CHECK-NEXT: note: 'Touch' calls NdisDprAcquireSpinLock here
  return TRUE;
}
static BOOLEAN SyncWithWdf(WDFINTERRUPT i, PVOID c) {
  Touch((PADAPTER)c);
  // CHECK: :[[@LINE-1]]:3: warning: 'Touch' uses a spin lock {{.*}}(its registration through WdfInterruptSynchronize in 'Synchronize'){{.*}} [lock-in-isr]
  // CHECK-NEXT: note: 'Touch' calls NdisDprAcquireSpinLock here
  return TRUE;
}

void Synchronize(PADAPTER a, PNDIS_MINIPORT_INTERRUPT old, WDFINTERRUPT wi) {
  NdisMSynchronizeWithInterruptEx(a->Interrupt, 0, SyncWithNdis, a);
  NdisMSynchronizeWithInterrupt(old, SyncWithNdis5, a);
  KeSynchronizeExecution(a->Kint, SyncWithKe, a);
  WdfInterruptSynchronize(wi, SyncWithWdf, a);
}

// WDM: IoConnectInterrupt and IoConnectInterruptEx.
static BOOLEAN WdmIsr(PKINTERRUPT i, PVOID c) {
  Touch((PADAPTER)c);
  // CHECK: :[[@LINE-1]]:3: warning: 'Touch' uses a spin lock {{.*}}(its registration through IoConnectInterrupt in 'ConnectWdm'){{.*}} [lock-in-isr]
  // CHECK-NEXT: note: 'Touch' calls NdisDprAcquireSpinLock here
  return TRUE;
}
static BOOLEAN WdmLineIsr(PKINTERRUPT i, PVOID c) {
  Touch((PADAPTER)c);
  // CHECK: :[[@LINE-1]]:3: warning: 'Touch' uses a spin lock {{.*}}(its registration as IO_CONNECT_INTERRUPT_LINE_BASED_PARAMETERS.ServiceRoutine in 'ConnectWdm'){{.*}} [lock-in-isr]
  // CHECK-NEXT: note: 'Touch' calls NdisDprAcquireSpinLock here
  return TRUE;
}
static BOOLEAN WdmMessageIsr(PKINTERRUPT i, PVOID c, ULONG id) {
  Touch((PADAPTER)c);
  // CHECK: :[[@LINE-1]]:3: warning: 'Touch' uses a spin lock {{.*}}(its registration as IO_CONNECT_INTERRUPT_MESSAGE_BASED_PARAMETERS.MessageServiceRoutine in 'ConnectWdm'){{.*}} [lock-in-isr]
  // CHECK-NEXT: note: 'Touch' calls NdisDprAcquireSpinLock here
  return TRUE;
}

NTSTATUS ConnectWdm(PADAPTER a, BOOLEAN messages) {
  IO_CONNECT_INTERRUPT_PARAMETERS params;
  if (messages) {
    params.MessageBased.MessageServiceRoutine = WdmMessageIsr;
    params.MessageBased.ServiceContext = a;
  } else {
    params.LineBased.ServiceRoutine = WdmLineIsr;
  }
  IoConnectInterruptEx(&params);
  return IoConnectInterrupt(&a->Kint, WdmIsr, a, NULL, 0, 0, 0, 0, FALSE, 0,
                            FALSE);
}

// KMDF: the interrupt config, unless PassiveHandling is set.
static BOOLEAN WdfIsr(WDFINTERRUPT i, ULONG id) {
  Touch((PADAPTER)i);
  // CHECK: :[[@LINE-1]]:3: warning: 'Touch' uses a spin lock {{.*}}(its registration through WDF_INTERRUPT_CONFIG_INIT in 'CreateWdfInterrupt'){{.*}} [lock-in-isr]
  // CHECK-NEXT: note: 'Touch' calls NdisDprAcquireSpinLock here
  return TRUE;
}
static NTSTATUS WdfEnable(WDFINTERRUPT i, WDFDEVICE d) {
  Touch((PADAPTER)i);
  // CHECK: :[[@LINE-1]]:3: warning: 'Touch' uses a spin lock {{.*}}(its registration as WDF_INTERRUPT_CONFIG.EvtInterruptEnable in 'CreateWdfInterrupt'){{.*}} [lock-in-isr]
  // CHECK-NEXT: note: 'Touch' calls NdisDprAcquireSpinLock here
  return 0;
}
static NTSTATUS WdfDisable(WDFINTERRUPT i, WDFDEVICE d) {
  Touch((PADAPTER)i);
  // CHECK: :[[@LINE-1]]:3: warning: 'Touch' uses a spin lock {{.*}}(its registration as WDF_INTERRUPT_CONFIG.EvtInterruptDisable in 'CreateWdfInterrupt'){{.*}} [lock-in-isr]
  // CHECK-NEXT: note: 'Touch' calls NdisDprAcquireSpinLock here
  return 0;
}
static VOID WdfDpc(WDFINTERRUPT i, WDFDEVICE d) { Touch((PADAPTER)i); }

NTSTATUS CreateWdfInterrupt(WDFDEVICE device, WDFINTERRUPT *out) {
  WDF_INTERRUPT_CONFIG config;
  WDF_INTERRUPT_CONFIG_INIT(&config, WdfIsr, WdfDpc);
  config.EvtInterruptEnable = WdfEnable;
  config.EvtInterruptDisable = WdfDisable;
  return WdfInterruptCreate(device, &config, NULL, out);
}

// PassiveHandling = TRUE: the callbacks run at PASSIVE_LEVEL, where the
// Dpr spin lock routines are too low.
static BOOLEAN PassiveIsr(WDFINTERRUPT i, ULONG id) {
  Touch((PADAPTER)i);
  // CHECK: :[[@LINE-1]]:3: warning: Touch requires IRQL >= DISPATCH_LEVEL (by what it calls), but here the IRQL is PASSIVE_LEVEL [irql-too-low]
  // CHECK-NEXT: note: 'PassiveIsr' runs at IRQL PASSIVE_LEVEL: its registration through WDF_INTERRUPT_CONFIG_INIT of a passive-level interrupt (PassiveHandling) in 'CreatePassiveInterrupt'
  return TRUE;
}
static NTSTATUS PassiveEnable(WDFINTERRUPT i, WDFDEVICE d) {
  Touch((PADAPTER)i);
  // CHECK: :[[@LINE-1]]:3: warning: Touch requires IRQL >= DISPATCH_LEVEL (by what it calls), but here the IRQL is PASSIVE_LEVEL [irql-too-low]
  // CHECK-NEXT: note: 'PassiveEnable' runs at IRQL PASSIVE_LEVEL: its registration as WDF_INTERRUPT_CONFIG.EvtInterruptEnable of a passive-level interrupt (PassiveHandling) in 'CreatePassiveInterrupt'
  return 0;
}

NTSTATUS CreatePassiveInterrupt(WDFDEVICE device, WDFINTERRUPT *out) {
  WDF_INTERRUPT_CONFIG config;
  WDF_INTERRUPT_CONFIG_INIT(&config, PassiveIsr, WdfDpc);
  config.EvtInterruptEnable = PassiveEnable;
  config.PassiveHandling = TRUE;
  return WdfInterruptCreate(device, &config, NULL, out);
}

// Declared with the ISR role, whose page gives DIRQL: the passive-level
// registration decides. It may take the other interrupt's lock (no
// lock-in-isr), and it runs at PASSIVE_LEVEL (an ...AtDpcLevel routine
// there is too low).
EVT_WDF_INTERRUPT_ISR PassiveRoleIsr;
EVT_WDF_INTERRUPT_ENABLE PassiveRoleEnable;
WDFINTERRUPT DeviceInterrupt;
BOOLEAN PassiveRoleIsr(WDFINTERRUPT i, ULONG id) {
  PADAPTER a = (PADAPTER)i;
  WdfInterruptAcquireLock(DeviceInterrupt);
  WdfInterruptReleaseLock(DeviceInterrupt);
  KeAcquireSpinLockAtDpcLevel(&a->StatsLock);
  // CHECK: :[[@LINE-1]]:3: warning: KeAcquireSpinLockAtDpcLevel requires IRQL >= DISPATCH_LEVEL, but here the IRQL is PASSIVE_LEVEL [irql-too-low]
  // CHECK-NEXT: note: 'DeviceInterrupt' released here by WdfInterruptReleaseLock, which restores the IRQL to PASSIVE_LEVEL
  KeReleaseSpinLockFromDpcLevel(&a->StatsLock);
  return TRUE;
}
NTSTATUS PassiveRoleEnable(WDFINTERRUPT i, WDFDEVICE d) {
  WdfInterruptAcquireLock(DeviceInterrupt);
  WdfInterruptReleaseLock(DeviceInterrupt);
  return 0;
}

NTSTATUS CreatePassiveRoleInterrupt(WDFDEVICE device, WDFINTERRUPT *out) {
  WDF_INTERRUPT_CONFIG config;
  WDF_INTERRUPT_CONFIG_INIT(&config, PassiveRoleIsr, WdfDpc);
  config.EvtInterruptEnable = PassiveRoleEnable;
  config.PassiveHandling = TRUE;
  return WdfInterruptCreate(device, &config, NULL, out);
}
