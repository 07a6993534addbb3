/* devpkey.h: the system-defined device property keys (irqlint's model).
 * The keys are declared by name; their values are not modelled (a driver
 * passes them to IoGetDevicePropertyData and its siblings, which is all
 * the analysis needs). */
#ifndef IRQLINT_WDK_DEVPKEY_H
#define IRQLINT_WDK_DEVPKEY_H

#include "devpropdef.h"

#define IRQLINT_DEVPKEY(name) extern const DEVPROPKEY name
IRQLINT_DEVPKEY(DEVPKEY_NAME);
IRQLINT_DEVPKEY(DEVPKEY_Device_DeviceDesc);
IRQLINT_DEVPKEY(DEVPKEY_Device_HardwareIds);
IRQLINT_DEVPKEY(DEVPKEY_Device_CompatibleIds);
IRQLINT_DEVPKEY(DEVPKEY_Device_Service);
IRQLINT_DEVPKEY(DEVPKEY_Device_Class);
IRQLINT_DEVPKEY(DEVPKEY_Device_ClassGuid);
IRQLINT_DEVPKEY(DEVPKEY_Device_Driver);
IRQLINT_DEVPKEY(DEVPKEY_Device_Manufacturer);
IRQLINT_DEVPKEY(DEVPKEY_Device_FriendlyName);
IRQLINT_DEVPKEY(DEVPKEY_Device_LocationInfo);
IRQLINT_DEVPKEY(DEVPKEY_Device_PDOName);
IRQLINT_DEVPKEY(DEVPKEY_Device_BusTypeGuid);
IRQLINT_DEVPKEY(DEVPKEY_Device_LegacyBusType);
IRQLINT_DEVPKEY(DEVPKEY_Device_BusNumber);
IRQLINT_DEVPKEY(DEVPKEY_Device_EnumeratorName);
IRQLINT_DEVPKEY(DEVPKEY_Device_Address);
IRQLINT_DEVPKEY(DEVPKEY_Device_RemovalPolicy);
IRQLINT_DEVPKEY(DEVPKEY_Device_LocationPaths);
IRQLINT_DEVPKEY(DEVPKEY_Device_InstanceId);
IRQLINT_DEVPKEY(DEVPKEY_Device_Parent);
IRQLINT_DEVPKEY(DEVPKEY_Device_Children);
IRQLINT_DEVPKEY(DEVPKEY_Device_ContainerId);
IRQLINT_DEVPKEY(DEVPKEY_Device_InLocalMachineContainer);
IRQLINT_DEVPKEY(DEVPKEY_Device_DriverVersion);
IRQLINT_DEVPKEY(DEVPKEY_Device_DriverDate);
IRQLINT_DEVPKEY(DEVPKEY_DeviceInterface_FriendlyName);
IRQLINT_DEVPKEY(DEVPKEY_DeviceInterface_Enabled);
IRQLINT_DEVPKEY(DEVPKEY_DeviceInterface_ClassGuid);
IRQLINT_DEVPKEY(DEVPKEY_DeviceInterface_Restricted);
IRQLINT_DEVPKEY(DEVPKEY_DeviceInterface_UnrestrictedAppCapabilities);
IRQLINT_DEVPKEY(DEVPKEY_DeviceInterface_ReferenceString);
#undef IRQLINT_DEVPKEY

#endif
