/* irqlint's model of wdfminiport.h: KMDF in a miniport driver (NDIS, audio
 * port class) whose dispatch routines belong to the port driver -- a
 * framework device object over the WDM device the miniport was given, and
 * the driver's unload. Written from the documentation -- not Microsoft's
 * header. The driver includes it after wdf.h. */
#ifndef IRQLINT_WDK_WDFMINIPORT_H
#define IRQLINT_WDK_WDFMINIPORT_H

#include "../wdf.h"

_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfDeviceMiniportCreate(WDFDRIVER Driver, PWDF_OBJECT_ATTRIBUTES Attributes,
                        PDEVICE_OBJECT DeviceObject,
                        PDEVICE_OBJECT AttachedDeviceObject, PDEVICE_OBJECT Pdo,
                        WDFDEVICE *Device);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDriverMiniportUnload(WDFDRIVER Driver);

#endif
