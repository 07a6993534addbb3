// The power headers: the power management framework (PoFx) and power
// setting, power request and power limit routines of wdm.h, ntpoapi.h's
// power limit types, poclass.h's thermal cooling interface and IOCTLs, and
// batclass.h's battery miniclass interface -- used as the reference pages
// show; a missing or misdeclared name is a clang error, which fails the
// test. The IRQL maxima of the PoFx routines are read from the
// declarations.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %expect_exit 1 %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ntddk.h>
#include <batclass.h>
#include <ntpoapi.h>
#include <poclass.h>

typedef struct _SENSOR {
  KSPIN_LOCK Lock;
  POHANDLE PoHandle;
  PVOID SettingHandle;
  PVOID LimitRequest;
  PVOID BatteryClass;
  ULONG Percentage;
  BOOLEAN Fan;
  BATTERY_STATUS Status;
} SENSOR;

static SENSOR Sensor;
static PO_FX_COMPONENT_IDLE_STATE FStates[2] = {{0, 0, PO_FX_UNKNOWN_POWER},
                                                 {10000, 50000, 0}};

PO_FX_COMPONENT_IDLE_STATE_CALLBACK OnIdleState;
PO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK OnActive;
PO_FX_COMPONENT_IDLE_CONDITION_CALLBACK OnIdle;

VOID OnIdleState(PVOID Context, ULONG Component, ULONG State) {
  SENSOR *sensor = Context;
  UNREFERENCED_PARAMETER(State);
  PoFxCompleteIdleState(sensor->PoHandle, Component);
}

VOID OnActive(PVOID Context, ULONG Component) {
  UNREFERENCED_PARAMETER(Context);
  UNREFERENCED_PARAMETER(Component);
}

VOID OnIdle(PVOID Context, ULONG Component) {
  SENSOR *sensor = Context;
  PoFxCompleteIdleCondition(sensor->PoHandle, Component);
}

NTSTATUS RegisterWithPoFx(PDEVICE_OBJECT Pdo) {
  PO_FX_DEVICE device;
  NTSTATUS status;
  RtlZeroMemory(&device, sizeof device);
  device.Version = PO_FX_VERSION_V1;
  device.ComponentCount = 1;
  device.ComponentIdleStateCallback = OnIdleState;
  device.ComponentActiveConditionCallback = OnActive;
  device.ComponentIdleConditionCallback = OnIdle;
  device.DeviceContext = &Sensor;
  device.Components[0].IdleStateCount = RTL_NUMBER_OF(FStates);
  device.Components[0].IdleStates = FStates;
  status = PoFxRegisterDevice(Pdo, &device, &Sensor.PoHandle);
  if (NT_SUCCESS(status)) {
    PoFxSetComponentLatency(Sensor.PoHandle, 0, 20000);
    PoFxSetComponentResidency(Sensor.PoHandle, 0, 100000);
    PoFxStartDevicePowerManagement(Sensor.PoHandle);
  }
  return status;
}

// Registering under the lock breaks PoFxRegisterDevice's IRQL maximum.
NTSTATUS RegisterUnderLock(PDEVICE_OBJECT Pdo, PPO_FX_DEVICE Device) {
  KIRQL oldIrql;
  NTSTATUS status;
  KeAcquireSpinLock(&Sensor.Lock, &oldIrql);
  status = PoFxRegisterDevice(Pdo, Device, &Sensor.PoHandle);
  // CHECK: :[[@LINE-1]]:12: warning: PoFxRegisterDevice requires IRQL <= PASSIVE_LEVEL (by its annotations), but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'Sensor.Lock' acquired here by KeAcquireSpinLock, raising the IRQL to DISPATCH_LEVEL
  PoFxActivateComponent(Sensor.PoHandle, 0, PO_FX_FLAG_ASYNC_ONLY);
  KeReleaseSpinLock(&Sensor.Lock, oldIrql);
  return status;
}

POWER_SETTING_CALLBACK OnSetting;

NTSTATUS OnSetting(LPCGUID SettingGuid, PVOID Value, ULONG ValueLength,
                   PVOID Context) {
  UNREFERENCED_PARAMETER(SettingGuid);
  UNREFERENCED_PARAMETER(Context);
  if (ValueLength == sizeof(ULONG))
    Sensor.Percentage = *(PULONG)Value;
  return STATUS_SUCCESS;
}

NTSTATUS WatchSetting(PDEVICE_OBJECT Device, LPCGUID Setting) {
  return PoRegisterPowerSettingCallback(Device, Setting, OnSetting, NULL,
                                        &Sensor.SettingHandle);
}

// Caps the first domain's continuous limit, for the reason given.
NTSTATUS CapPower(PDEVICE_OBJECT Target, PDEVICE_OBJECT Policy, ULONG Watts) {
  COUNTED_REASON_CONTEXT reason;
  POWER_LIMIT_VALUE value;
  NTSTATUS status;
  RtlZeroMemory(&reason, sizeof reason);
  reason.Version = DIAGNOSTIC_REASON_VERSION;
  reason.Flags = DIAGNOSTIC_REASON_SIMPLE_STRING;
  RtlInitUnicodeString(&reason.SimpleString, L"cap");
  status =
      PoCreatePowerLimitRequest(&Sensor.LimitRequest, Target, Policy, &reason);
  if (!NT_SUCCESS(status))
    return status;
  value.Type = PowerLimitContinuous;
  value.DomainId = 0;
  value.TargetValue = Watts == 0 ? POWER_LIMIT_VALUE_NO_CONTROL : Watts * 1000;
  value.TimeParameter = 0;
  status = PoSetPowerLimitValue(Sensor.LimitRequest, &reason, 1, &value);
  PoDeletePowerLimitRequest(Sensor.LimitRequest);
  return status;
}

// A cooling device's interface.
DEVICE_ACTIVE_COOLING EngageFan;
DEVICE_PASSIVE_COOLING Throttle;

VOID EngageFan(PVOID Context, BOOLEAN Engaged) {
  UNREFERENCED_PARAMETER(Context);
  Sensor.Fan = Engaged;
}

VOID Throttle(PVOID Context, ULONG Percentage) {
  UNREFERENCED_PARAMETER(Context);
  Sensor.Percentage = Percentage;
}

VOID FillCooling(PTHERMAL_DEVICE_INTERFACE Cooling, PTHERMAL_WAIT_READ Wait) {
  Cooling->Size = sizeof *Cooling;
  Cooling->Version = THERMAL_DEVICE_INTERFACE_VERSION;
  Cooling->Flags =
      ThermalDeviceFlagActiveCooling | ThermalDeviceFlagPassiveCooling;
  Cooling->ActiveCooling = EngageFan;
  Cooling->PassiveCooling = Throttle;
  if (Wait->Timeout == 0 && Wait->HighTemperature > Wait->LowTemperature)
    Sensor.Percentage = IOCTL_THERMAL_READ_TEMPERATURE != 0;
}

// A battery miniclass's status callback and registration.
BCLASS_QUERY_STATUS_CALLBACK QueryStatus;

NTSTATUS QueryStatus(PVOID Context, ULONG BatteryTag,
                     PBATTERY_STATUS BatteryStatus) {
  UNREFERENCED_PARAMETER(Context);
  if (BatteryTag == BATTERY_TAG_INVALID)
    return STATUS_NO_SUCH_DEVICE;
  *BatteryStatus = Sensor.Status;
  BatteryStatus->PowerState = BATTERY_POWER_ON_LINE | BATTERY_CHARGING;
  BatteryStatus->Rate = BATTERY_UNKNOWN_RATE;
  return STATUS_SUCCESS;
}

NTSTATUS RegisterBattery(PDEVICE_OBJECT Pdo, PDEVICE_OBJECT Fdo) {
  BATTERY_MINIPORT_INFO_V1_1 info;
  RtlZeroMemory(&info, sizeof info);
  info.MajorVersion = BATTERY_CLASS_MAJOR_VERSION;
  info.MinorVersion = BATTERY_CLASS_MINOR_VERSION_1;
  info.Context = &Sensor;
  info.QueryStatus = QueryStatus;
  info.Pdo = Pdo;
  info.Fdo = Fdo;
  return BatteryClassInitializeDevice((PBATTERY_MINIPORT_INFO)&info,
                                      &Sensor.BatteryClass);
}
