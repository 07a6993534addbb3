/* irqlint's model of devpkey.h: the system-defined device property keys
 * drivers read and set (IoGetDevicePropertyData,
 * IoSetDeviceInterfacePropertyData
 * ...). Written from the documentation -- not Microsoft's header. The keys
 * are declared only: the analysis needs no key's value. */
#include "devpropdef.h"

#ifndef IRQLINT_WDK_DEVPKEY_H
#define IRQLINT_WDK_DEVPKEY_H

#define IRQLINT_DEVPKEY_(name) extern const DEVPROPKEY name

IRQLINT_DEVPKEY_(DEVPKEY_NAME);
IRQLINT_DEVPKEY_(DEVPKEY_Device_DeviceDesc);
IRQLINT_DEVPKEY_(DEVPKEY_Device_HardwareIds);
IRQLINT_DEVPKEY_(DEVPKEY_Device_CompatibleIds);
IRQLINT_DEVPKEY_(DEVPKEY_Device_Service);
IRQLINT_DEVPKEY_(DEVPKEY_Device_Class);
IRQLINT_DEVPKEY_(DEVPKEY_Device_ClassGuid);
IRQLINT_DEVPKEY_(DEVPKEY_Device_Driver);
IRQLINT_DEVPKEY_(DEVPKEY_Device_Manufacturer);
IRQLINT_DEVPKEY_(DEVPKEY_Device_FriendlyName);
IRQLINT_DEVPKEY_(DEVPKEY_Device_LocationInfo);
IRQLINT_DEVPKEY_(DEVPKEY_Device_PDOName);
IRQLINT_DEVPKEY_(DEVPKEY_Device_BusTypeGuid);
IRQLINT_DEVPKEY_(DEVPKEY_Device_LegacyBusType);
IRQLINT_DEVPKEY_(DEVPKEY_Device_BusNumber);
IRQLINT_DEVPKEY_(DEVPKEY_Device_EnumeratorName);
IRQLINT_DEVPKEY_(DEVPKEY_Device_Address);
IRQLINT_DEVPKEY_(DEVPKEY_Device_UINumber);
IRQLINT_DEVPKEY_(DEVPKEY_Device_InstanceId);
IRQLINT_DEVPKEY_(DEVPKEY_Device_Parent);
IRQLINT_DEVPKEY_(DEVPKEY_Device_Children);
IRQLINT_DEVPKEY_(DEVPKEY_Device_ContainerId);
IRQLINT_DEVPKEY_(DEVPKEY_Device_LocationPaths);
IRQLINT_DEVPKEY_(DEVPKEY_DeviceInterface_FriendlyName);
IRQLINT_DEVPKEY_(DEVPKEY_DeviceInterface_Enabled);
IRQLINT_DEVPKEY_(DEVPKEY_DeviceInterface_ClassGuid);
IRQLINT_DEVPKEY_(DEVPKEY_DeviceInterface_Restricted);
IRQLINT_DEVPKEY_(DEVPKEY_DeviceInterface_UnrestrictedAppCapabilities);
IRQLINT_DEVPKEY_(DEVPKEY_DeviceInterface_SchematicName);

#endif
