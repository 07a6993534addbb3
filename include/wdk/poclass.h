/* poclass.h: the power policy classes' device interfaces (irqlint's model,
 * written from the documentation): the GUIDs of batteries, thermal zones,
 * fans, buttons and lids; the battery and thermal IOCTLs and their
 * buffers; the thermal cooling interface a cooling device exposes
 * (THERMAL_DEVICE_INTERFACE) and the power limit interface a power limit
 * device exposes (POWER_LIMIT_INTERFACE). GUIDs whose value the reference
 * pages do not give are declared without one (DEFINE_GUIDEX). */
#ifndef IRQLINT_WDK_POCLASS_H
#define IRQLINT_WDK_POCLASS_H

#include "wdm.h"

DEFINE_GUID(GUID_DEVICE_BATTERY, 0x72631e54L, 0x78A4, 0x11d0, 0xbc, 0xf7, 0x00,
            0xaa, 0x00, 0xb7, 0xb3, 0x2a);
DEFINE_GUID(GUID_DEVICE_THERMAL_ZONE, 0x4afa3d51L, 0x74a7, 0x11d0, 0xbe, 0x5e,
            0x00, 0xa0, 0xc9, 0x06, 0x28, 0x57);
DEFINE_GUID(GUID_DEVICE_LID, 0x4afa3d52L, 0x74a7, 0x11d0, 0xbe, 0x5e, 0x00,
            0xa0, 0xc9, 0x06, 0x28, 0x57);
DEFINE_GUID(GUID_DEVICE_SYS_BUTTON, 0x4afa3d53L, 0x74a7, 0x11d0, 0xbe, 0x5e,
            0x00, 0xa0, 0xc9, 0x06, 0x28, 0x57);
DEFINE_GUIDEX(GUID_DEVICE_FAN);
DEFINE_GUIDEX(GUID_DEVICE_PROCESSOR);
DEFINE_GUIDEX(GUID_DEVICE_MEMORY);
DEFINE_GUIDEX(GUID_DEVICE_ACPI_TIME);
DEFINE_GUIDEX(GUID_DEVICE_MESSAGE_INDICATOR);
DEFINE_GUIDEX(GUID_CLASS_INPUT);
DEFINE_GUIDEX(GUID_DEVINTERFACE_THERMAL_COOLING);
DEFINE_GUIDEX(GUID_DEVINTERFACE_THERMAL_MANAGER);
DEFINE_GUIDEX(GUID_THERMAL_COOLING_INTERFACE);
DEFINE_GUIDEX(GUID_DEVINTERFACE_POWER_LIMIT);
DEFINE_GUIDEX(GUID_POWER_LIMIT_INTERFACE);

/* battery IOCTLs (their buffers are in batclass.h) */
#define IOCTL_BATTERY_QUERY_TAG                                                \
  CTL_CODE(FILE_DEVICE_BATTERY, 0x10, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_BATTERY_QUERY_INFORMATION                                        \
  CTL_CODE(FILE_DEVICE_BATTERY, 0x11, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_BATTERY_SET_INFORMATION                                          \
  CTL_CODE(FILE_DEVICE_BATTERY, 0x12, METHOD_BUFFERED, FILE_WRITE_ACCESS)
#define IOCTL_BATTERY_QUERY_STATUS                                             \
  CTL_CODE(FILE_DEVICE_BATTERY, 0x13, METHOD_BUFFERED, FILE_READ_ACCESS)

/* thermal zones */
#define ACTIVE_COOLING_LEVELS 10
#define IOCTL_THERMAL_QUERY_INFORMATION                                        \
  CTL_CODE(FILE_DEVICE_BATTERY, 0x20, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_THERMAL_SET_COOLING_POLICY                                       \
  CTL_CODE(FILE_DEVICE_BATTERY, 0x21, METHOD_BUFFERED, FILE_WRITE_ACCESS)
#define IOCTL_RUN_ACTIVE_COOLING_METHOD                                        \
  CTL_CODE(FILE_DEVICE_BATTERY, 0x22, METHOD_BUFFERED, FILE_WRITE_ACCESS)
#define IOCTL_THERMAL_SET_PASSIVE_LIMIT                                        \
  CTL_CODE(FILE_DEVICE_BATTERY, 0x23, METHOD_BUFFERED, FILE_WRITE_ACCESS)
#define IOCTL_THERMAL_READ_TEMPERATURE                                         \
  CTL_CODE(FILE_DEVICE_BATTERY, 0x24, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_THERMAL_READ_POLICY                                              \
  CTL_CODE(FILE_DEVICE_BATTERY, 0x25, METHOD_BUFFERED, FILE_READ_ACCESS)
typedef struct _THERMAL_INFORMATION {
  ULONG ThermalStamp;
  ULONG ThermalConstant1;
  ULONG ThermalConstant2;
  KAFFINITY Processors;
  ULONG SamplingPeriod;
  ULONG CurrentTemperature;
  ULONG PassiveTripPoint;
  ULONG CriticalTripPoint;
  UCHAR ActiveTripPointCount;
  ULONG ActiveTripPoint[ACTIVE_COOLING_LEVELS];
} THERMAL_INFORMATION, *PTHERMAL_INFORMATION;
typedef struct _THERMAL_WAIT_READ {
  ULONG Timeout;
  ULONG LowTemperature;
  ULONG HighTemperature;
} THERMAL_WAIT_READ, *PTHERMAL_WAIT_READ;
typedef struct _THERMAL_POLICY {
  ULONG Version;
  BOOLEAN WaitForUpdate;
  BOOLEAN Hibernate;
  BOOLEAN Critical;
  BOOLEAN ThermalStandby;
  ULONG ActivationReasons;
  ULONG PassiveLimit;
  ULONG ActiveLevel;
  BOOLEAN OverThrottled;
} THERMAL_POLICY, *PTHERMAL_POLICY;

/* the thermal cooling interface */
#define THERMAL_DEVICE_INTERFACE_VERSION 1
#define ThermalDeviceFlagActiveCooling 0x00000001
#define ThermalDeviceFlagPassiveCooling 0x00000002
typedef _Function_class_(DEVICE_ACTIVE_COOLING) VOID
    DEVICE_ACTIVE_COOLING(_Inout_opt_ PVOID Context, _In_ BOOLEAN Engaged);
typedef DEVICE_ACTIVE_COOLING *PDEVICE_ACTIVE_COOLING;
typedef _Function_class_(DEVICE_PASSIVE_COOLING) VOID
    DEVICE_PASSIVE_COOLING(_Inout_opt_ PVOID Context, _In_ ULONG Percentage);
typedef DEVICE_PASSIVE_COOLING *PDEVICE_PASSIVE_COOLING;
typedef struct _THERMAL_DEVICE_INTERFACE {
  USHORT Size;
  USHORT Version;
  PVOID Context;
  PINTERFACE_REFERENCE InterfaceReference;
  PINTERFACE_DEREFERENCE InterfaceDereference;
  ULONG Flags;
  PDEVICE_ACTIVE_COOLING ActiveCooling;
  PDEVICE_PASSIVE_COOLING PassiveCooling;
} THERMAL_DEVICE_INTERFACE, *PTHERMAL_DEVICE_INTERFACE;

/* the power limit interface */
#define POWER_LIMIT_INTERFACE_VERSION 1
typedef _Function_class_(QUERY_POWER_LIMIT_ATTRIBUTES) NTSTATUS
    QUERY_POWER_LIMIT_ATTRIBUTES(_In_ PVOID Context, _In_ ULONG BufferCount,
                                 _Out_writes_opt_(BufferCount) PVOID Buffer,
                                 _Out_ PULONG AttributeCount);
typedef QUERY_POWER_LIMIT_ATTRIBUTES *PQUERY_POWER_LIMIT_ATTRIBUTES;
typedef _Function_class_(SET_POWER_LIMIT) NTSTATUS
    SET_POWER_LIMIT(_In_ PVOID Context, _In_ ULONG ValueCount,
                    _In_reads_(ValueCount) PVOID Values);
typedef SET_POWER_LIMIT *PSET_POWER_LIMIT;
typedef _Function_class_(QUERY_POWER_LIMIT) NTSTATUS
    QUERY_POWER_LIMIT(_In_ PVOID Context, _In_ ULONG ValueCount,
                      _Inout_updates_(ValueCount) PVOID Values);
typedef QUERY_POWER_LIMIT *PQUERY_POWER_LIMIT;
typedef struct _POWER_LIMIT_INTERFACE {
  USHORT Size;
  USHORT Version;
  PVOID Context;
  PINTERFACE_REFERENCE InterfaceReference;
  PINTERFACE_DEREFERENCE InterfaceDereference;
  ULONG DomainCount;
  PQUERY_POWER_LIMIT_ATTRIBUTES QueryAttributes;
  PSET_POWER_LIMIT SetPowerLimit;
  PQUERY_POWER_LIMIT QueryPowerLimit;
} POWER_LIMIT_INTERFACE, *PPOWER_LIMIT_INTERFACE;

#endif
