/* batclass.h: the battery class driver's interface to battery miniclass
 * drivers (irqlint's model, written from the documentation): the battery
 * information a miniclass reports, the callbacks it registers with
 * BatteryClassInitializeDevice, and the class routines it calls. */
#ifndef IRQLINT_WDK_BATCLASS_H
#define IRQLINT_WDK_BATCLASS_H

#include "wdm.h"
/* BatteryClassSystemControl reports a SYSCTL_IRP_DISPOSITION */
#include "wmilib.h"

#define BCLASSAPI DECLSPEC_IMPORT
#define BATTERY_CLASS_MAJOR_VERSION 0x0001
#define BATTERY_CLASS_MINOR_VERSION 0x0000
#define BATTERY_CLASS_MINOR_VERSION_1 0x0001
#define MAX_BATTERY_STRING_SIZE 128
#define BATTERY_TAG_INVALID 0

/* BATTERY_INFORMATION.Capabilities */
#define BATTERY_SET_CHARGE_SUPPORTED 0x00000001
#define BATTERY_SET_DISCHARGE_SUPPORTED 0x00000002
#define BATTERY_SET_CHARGINGSOURCE_SUPPORTED 0x00000004
#define BATTERY_SET_CHARGER_ID_SUPPORTED 0x00000008
#define BATTERY_IS_SHORT_TERM 0x20000000
#define BATTERY_CAPACITY_RELATIVE 0x40000000
#define BATTERY_SYSTEM_BATTERY 0x80000000
/* BATTERY_STATUS.PowerState */
#define BATTERY_POWER_ON_LINE 0x00000001
#define BATTERY_DISCHARGING 0x00000002
#define BATTERY_CHARGING 0x00000004
#define BATTERY_CRITICAL 0x00000008
#define BATTERY_UNKNOWN_CAPACITY 0xFFFFFFFF
#define BATTERY_UNKNOWN_VOLTAGE 0xFFFFFFFF
#define BATTERY_UNKNOWN_RATE 0x80000000
#define BATTERY_UNKNOWN_TIME 0xFFFFFFFF
#define UNKNOWN_CAPACITY 0xFFFFFFFF
#define UNKNOWN_VOLTAGE 0xFFFFFFFF
#define UNKNOWN_RATE 0x80000000
#define UNKNOWN_CURRENT 0xFFFFFFFF

typedef enum {
  BatteryInformation,
  BatteryGranularityInformation,
  BatteryTemperature,
  BatteryEstimatedTime,
  BatteryDeviceName,
  BatteryManufactureDate,
  BatteryManufactureName,
  BatteryUniqueID,
  BatterySerialNumber,
  BatteryChargingSource
} BATTERY_QUERY_INFORMATION_LEVEL;
typedef enum {
  BatteryCriticalBias,
  BatteryCharge,
  BatteryDischarge,
  BatteryChargingSourceChange,
  BatteryChargerId,
  BatteryChargerStatus
} BATTERY_SET_INFORMATION_LEVEL;

typedef struct _BATTERY_INFORMATION {
  ULONG Capabilities;
  UCHAR Technology;
  UCHAR Reserved[3];
  UCHAR Chemistry[4];
  ULONG DesignedCapacity;
  ULONG FullChargedCapacity;
  ULONG DefaultAlert1;
  ULONG DefaultAlert2;
  ULONG CriticalBias;
  ULONG CycleCount;
} BATTERY_INFORMATION, *PBATTERY_INFORMATION;
typedef struct _BATTERY_STATUS {
  ULONG PowerState;
  ULONG Capacity;
  ULONG Voltage;
  LONG Rate;
} BATTERY_STATUS, *PBATTERY_STATUS;
typedef struct _BATTERY_REPORTING_SCALE {
  ULONG Granularity;
  ULONG Capacity;
} BATTERY_REPORTING_SCALE, *PBATTERY_REPORTING_SCALE;
typedef struct _BATTERY_MANUFACTURE_DATE {
  UCHAR Day;
  UCHAR Month;
  USHORT Year;
} BATTERY_MANUFACTURE_DATE, *PBATTERY_MANUFACTURE_DATE;
typedef struct _BATTERY_NOTIFY {
  ULONG PowerState;
  ULONG LowCapacity;
  ULONG HighCapacity;
} BATTERY_NOTIFY, *PBATTERY_NOTIFY;
typedef enum _BATTERY_CHARGING_SOURCE_TYPE {
  BatteryChargingSourceType_AC = 1,
  BatteryChargingSourceType_USB,
  BatteryChargingSourceType_Wireless,
  BatteryChargingSourceType_Max
} BATTERY_CHARGING_SOURCE_TYPE,
    *PBATTERY_CHARGING_SOURCE_TYPE;
typedef struct _BATTERY_CHARGING_SOURCE {
  BATTERY_CHARGING_SOURCE_TYPE Type;
  ULONG MaxCurrent;
} BATTERY_CHARGING_SOURCE, *PBATTERY_CHARGING_SOURCE;
typedef struct _BATTERY_QUERY_INFORMATION {
  ULONG BatteryTag;
  BATTERY_QUERY_INFORMATION_LEVEL InformationLevel;
  LONG AtRate;
} BATTERY_QUERY_INFORMATION, *PBATTERY_QUERY_INFORMATION;
typedef struct _BATTERY_SET_INFORMATION {
  ULONG BatteryTag;
  BATTERY_SET_INFORMATION_LEVEL InformationLevel;
  UCHAR Buffer[1];
} BATTERY_SET_INFORMATION, *PBATTERY_SET_INFORMATION;
typedef struct _BATTERY_WAIT_STATUS {
  ULONG BatteryTag;
  ULONG Timeout;
  ULONG PowerState;
  ULONG LowCapacity;
  ULONG HighCapacity;
} BATTERY_WAIT_STATUS, *PBATTERY_WAIT_STATUS;

/* the miniclass callbacks */
typedef NTSTATUS BCLASS_QUERY_TAG_CALLBACK(_In_ PVOID Context,
                                           _Out_ PULONG BatteryTag);
typedef BCLASS_QUERY_TAG_CALLBACK *PBCLASS_QUERY_TAG_CALLBACK;
typedef NTSTATUS BCLASS_QUERY_INFORMATION_CALLBACK(
    _In_ PVOID Context, _In_ ULONG BatteryTag,
    _In_ BATTERY_QUERY_INFORMATION_LEVEL Level, _In_opt_ LONG AtRate,
    _Out_writes_bytes_to_(BufferLength, *ReturnedLength) PVOID Buffer,
    _In_ ULONG BufferLength, _Out_ PULONG ReturnedLength);
typedef BCLASS_QUERY_INFORMATION_CALLBACK *PBCLASS_QUERY_INFORMATION_CALLBACK;
typedef NTSTATUS
BCLASS_QUERY_STATUS_CALLBACK(_In_ PVOID Context, _In_ ULONG BatteryTag,
                             _Out_ PBATTERY_STATUS BatteryStatus);
typedef BCLASS_QUERY_STATUS_CALLBACK *PBCLASS_QUERY_STATUS_CALLBACK;
typedef NTSTATUS
BCLASS_SET_STATUS_NOTIFY_CALLBACK(_In_ PVOID Context, _In_ ULONG BatteryTag,
                                  _In_ PBATTERY_NOTIFY BatteryNotify);
typedef BCLASS_SET_STATUS_NOTIFY_CALLBACK *PBCLASS_SET_STATUS_NOTIFY_CALLBACK;
typedef NTSTATUS
BCLASS_SET_INFORMATION_CALLBACK(_In_ PVOID Context, _In_ ULONG BatteryTag,
                                _In_ BATTERY_SET_INFORMATION_LEVEL Level,
                                _In_opt_ PVOID Buffer);
typedef BCLASS_SET_INFORMATION_CALLBACK *PBCLASS_SET_INFORMATION_CALLBACK;
typedef NTSTATUS BCLASS_DISABLE_STATUS_NOTIFY_CALLBACK(_In_ PVOID Context);
typedef BCLASS_DISABLE_STATUS_NOTIFY_CALLBACK
    *PBCLASS_DISABLE_STATUS_NOTIFY_CALLBACK;
typedef PBCLASS_QUERY_TAG_CALLBACK BCLASS_QUERY_TAG;
typedef PBCLASS_QUERY_INFORMATION_CALLBACK BCLASS_QUERY_INFORMATION;
typedef PBCLASS_QUERY_STATUS_CALLBACK BCLASS_QUERY_STATUS;
typedef PBCLASS_SET_STATUS_NOTIFY_CALLBACK BCLASS_SET_STATUS_NOTIFY;
typedef PBCLASS_SET_INFORMATION_CALLBACK BCLASS_SET_INFORMATION;
typedef PBCLASS_DISABLE_STATUS_NOTIFY_CALLBACK BCLASS_DISABLE_STATUS_NOTIFY;

typedef struct {
  USHORT MajorVersion;
  USHORT MinorVersion;
  PVOID Context;
  BCLASS_QUERY_TAG QueryTag;
  BCLASS_QUERY_INFORMATION QueryInformation;
  BCLASS_SET_INFORMATION SetInformation;
  BCLASS_QUERY_STATUS QueryStatus;
  BCLASS_SET_STATUS_NOTIFY SetStatusNotify;
  BCLASS_DISABLE_STATUS_NOTIFY DisableStatusNotify;
  PDEVICE_OBJECT Pdo;
  PUNICODE_STRING DeviceName;
} BATTERY_MINIPORT_INFO, *PBATTERY_MINIPORT_INFO;
typedef struct {
  USHORT MajorVersion;
  USHORT MinorVersion;
  PVOID Context;
  BCLASS_QUERY_TAG QueryTag;
  BCLASS_QUERY_INFORMATION QueryInformation;
  BCLASS_SET_INFORMATION SetInformation;
  BCLASS_QUERY_STATUS QueryStatus;
  BCLASS_SET_STATUS_NOTIFY SetStatusNotify;
  BCLASS_DISABLE_STATUS_NOTIFY DisableStatusNotify;
  PDEVICE_OBJECT Pdo;
  PUNICODE_STRING DeviceName;
  PDEVICE_OBJECT Fdo;
} BATTERY_MINIPORT_INFO_V1_1, *PBATTERY_MINIPORT_INFO_V1_1;

/* the class routines */
BCLASSAPI NTSTATUS BatteryClassInitializeDevice(
    _In_ PBATTERY_MINIPORT_INFO MiniportInfo, _Out_ PVOID *ClassData);
BCLASSAPI NTSTATUS BatteryClassUnload(_In_ PVOID ClassData);
BCLASSAPI NTSTATUS BatteryClassIoctl(_In_ PVOID ClassData, _Inout_ PIRP Irp);
BCLASSAPI NTSTATUS BatteryClassStatusNotify(_In_ PVOID ClassData);
BCLASSAPI NTSTATUS
BatteryClassSystemControl(_In_ PVOID ClassData, _In_ PVOID WmiLibContext,
                          _In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp,
                          _Out_ PSYSCTL_IRP_DISPOSITION Disposition);
BCLASSAPI NTSTATUS BatteryClassQueryWmiDataBlock(
    _In_ PVOID ClassData, _Inout_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp,
    _In_ ULONG GuidIndex, _Out_ PULONG InstanceLengthArray,
    _In_ ULONG OutBufferSize,
    _Out_writes_bytes_opt_(OutBufferSize) PUCHAR Buffer);

#endif
