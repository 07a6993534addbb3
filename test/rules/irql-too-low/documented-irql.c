// irql-too-low from the documented IRQL (rules/irql_facts.def): a routine
// the driver declares itself, with no SAL, whose reference page says it
// runs only at DISPATCH_LEVEL, called from a function that runs at
// PASSIVE_LEVEL. Called where the level is DISPATCH_LEVEL, it is fine.
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#define _IRQL_requires_(level)
#define PASSIVE_LEVEL 0
#define DISPATCH_LEVEL 2

typedef unsigned char BOOLEAN;
typedef struct _DEVICE_OBJECT DEVICE_OBJECT;

void IoStartNextPacket(DEVICE_OBJECT *DeviceObject, BOOLEAN Cancelable);

_IRQL_requires_(PASSIVE_LEVEL)
void RestartQueueFromThread(DEVICE_OBJECT *Device) {
  IoStartNextPacket(Device, 0);
  // CHECK: :[[@LINE-1]]:3: warning: IoStartNextPacket requires IRQL >= DISPATCH_LEVEL (by its documentation), but here the IRQL is PASSIVE_LEVEL [irql-too-low]
  // CHECK-NEXT: :[[@LINE-2]]:3: note: 'IoStartNextPacket' may be called only at IRQL >= DISPATCH_LEVEL (its documentation: https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/wdm/nf-wdm-iostartnextpacket)
}

// Negative: where the level is DISPATCH_LEVEL, as from a DPC.
_IRQL_requires_(DISPATCH_LEVEL)
void RestartQueueFromDpc(DEVICE_OBJECT *Device) { IoStartNextPacket(Device, 0); }
