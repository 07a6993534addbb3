/* irqlint's model of wdmsec.h (IoCreateDeviceSecure and the SDDL strings for
 * device objects), written from the documentation -- not Microsoft's header.
 */
#ifndef IRQLINT_WDK_WDMSEC_H
#define IRQLINT_WDK_WDMSEC_H

#include "wdm.h"

_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    IoCreateDeviceSecure(PDRIVER_OBJECT DriverObject, ULONG DeviceExtensionSize,
                         PUNICODE_STRING DeviceName, DEVICE_TYPE DeviceType,
                         ULONG DeviceCharacteristics, BOOLEAN Exclusive,
                         PCUNICODE_STRING DefaultSDDLString,
                         LPCGUID DeviceClassGuid, PDEVICE_OBJECT *DeviceObject);
_IRQL_requires_max_(HIGH_LEVEL) NTSTATUS
    IoValidateDeviceIoControlAccess(PIRP Irp, ULONG RequiredAccess);

/* "SDDL for Device Objects": the predefined strings are UNICODE_STRING
 * constants drivers pass by address */
extern const UNICODE_STRING SDDL_DEVOBJ_KERNEL_ONLY;
extern const UNICODE_STRING SDDL_DEVOBJ_INF_SUPPLIED;
extern const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL;
extern const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_ALL;
extern const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RX;
extern const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_R;
extern const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RW_RES_R;
extern const UNICODE_STRING SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RWX_RES_RWX;

#endif
