// wdm.h's device property routines take a DEVPROPKEY and report a
// DEVPROPTYPE: like the WDK's, the bundled wdm.h brings devpropdef.h in, so
// a driver that includes only wdm.h names both (a USB sample's header keeps
// a DEVPROPKEY in its device context). The routine's IRQL is read.
// RUN: %expect_exit 1 %irqlint %s | FileCheck %s %check_not

#include <wdm.h>

typedef struct _PORT_CONTEXT {
  KSPIN_LOCK Lock;
  DEVPROPKEY LocationKey;
  DEVPROPTYPE LocationType;
  WCHAR Location[64];
} PORT_CONTEXT, *PPORT_CONTEXT;

NTSTATUS ReadLocation(PDEVICE_OBJECT Pdo, PPORT_CONTEXT Port) {
  KIRQL irql;
  ULONG needed = 0;
  NTSTATUS status;
  KeAcquireSpinLock(&Port->Lock, &irql);
  status = IoGetDevicePropertyData(Pdo, &Port->LocationKey, LOCALE_NEUTRAL, 0,
                                   sizeof(Port->Location), Port->Location,
                                   &needed, &Port->LocationType);
  // CHECK: wdm_device_properties.c:[[@LINE-3]]:12: warning: IoGetDevicePropertyData requires IRQL <= PASSIVE_LEVEL{{.*}}[irql-too-high]
  KeReleaseSpinLock(&Port->Lock, irql);
  return status;
}
