/* irqlint's model of KMDF device objects (wdfdevice.h, wdfcontrol.h,
 * wdffdo.h): device initialization, PnP and power callbacks, power policy,
 * device interfaces. Written from the documentation -- not Microsoft's
 * header. */
#ifndef IRQLINT_WDK_WDFDEVICE_H
#define IRQLINT_WDK_WDFDEVICE_H

typedef enum _WDF_POWER_DEVICE_STATE {
  WdfPowerDeviceInvalid = 0,
  WdfPowerDeviceD0,
  WdfPowerDeviceD1,
  WdfPowerDeviceD2,
  WdfPowerDeviceD3,
  WdfPowerDeviceD3Final,
  WdfPowerDevicePrepareForHibernation,
  WdfPowerDeviceMaximum
} WDF_POWER_DEVICE_STATE,
    *PWDF_POWER_DEVICE_STATE;
typedef enum _WDF_SPECIAL_FILE_TYPE {
  WdfSpecialFileUndefined = 0,
  WdfSpecialFilePaging = 1,
  WdfSpecialFileHibernation,
  WdfSpecialFileDump,
  WdfSpecialFileBoot,
  WdfSpecialFilePostDisplay,
  WdfSpecialFileGuestAssigned,
  WdfSpecialFileMax
} WDF_SPECIAL_FILE_TYPE,
    *PWDF_SPECIAL_FILE_TYPE;
typedef enum _WDF_DEVICE_IO_TYPE {
  WdfDeviceIoUndefined = 0,
  WdfDeviceIoNeither,
  WdfDeviceIoBuffered,
  WdfDeviceIoDirect,
  WdfDeviceIoBufferedOrDirect = 4,
  WdfDeviceIoMaximum
} WDF_DEVICE_IO_TYPE,
    *PWDF_DEVICE_IO_TYPE;
typedef enum _WDF_DEVICE_FAILED_ACTION {
  WdfDeviceFailedUndefined = 0,
  WdfDeviceFailedAttemptRestart,
  WdfDeviceFailedNoRestart
} WDF_DEVICE_FAILED_ACTION;

/* ---- PnP and power event callbacks ---- */
typedef VOID EVT_WDF_DEVICE_CONTEXT_CLEANUP(WDFOBJECT Device);
typedef EVT_WDF_DEVICE_CONTEXT_CLEANUP *PFN_WDF_DEVICE_CONTEXT_CLEANUP;
typedef VOID EVT_WDF_DEVICE_CONTEXT_DESTROY(WDFOBJECT Device);
typedef EVT_WDF_DEVICE_CONTEXT_DESTROY *PFN_WDF_DEVICE_CONTEXT_DESTROY;
typedef NTSTATUS EVT_WDF_DEVICE_D0_ENTRY(WDFDEVICE Device,
                                         WDF_POWER_DEVICE_STATE PreviousState);
typedef EVT_WDF_DEVICE_D0_ENTRY *PFN_WDF_DEVICE_D0_ENTRY;
typedef NTSTATUS EVT_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED(
    WDFDEVICE Device, WDF_POWER_DEVICE_STATE PreviousState);
typedef EVT_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED
    *PFN_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED;
typedef NTSTATUS EVT_WDF_DEVICE_D0_EXIT(WDFDEVICE Device,
                                        WDF_POWER_DEVICE_STATE TargetState);
typedef EVT_WDF_DEVICE_D0_EXIT *PFN_WDF_DEVICE_D0_EXIT;
typedef NTSTATUS EVT_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED(
    WDFDEVICE Device, WDF_POWER_DEVICE_STATE TargetState);
typedef EVT_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED
    *PFN_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED;
typedef NTSTATUS
EVT_WDF_DEVICE_PREPARE_HARDWARE(WDFDEVICE Device, WDFCMRESLIST ResourcesRaw,
                                WDFCMRESLIST ResourcesTranslated);
typedef EVT_WDF_DEVICE_PREPARE_HARDWARE *PFN_WDF_DEVICE_PREPARE_HARDWARE;
typedef NTSTATUS
EVT_WDF_DEVICE_RELEASE_HARDWARE(WDFDEVICE Device,
                                WDFCMRESLIST ResourcesTranslated);
typedef EVT_WDF_DEVICE_RELEASE_HARDWARE *PFN_WDF_DEVICE_RELEASE_HARDWARE;
typedef VOID EVT_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP
    *PFN_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP;
typedef VOID EVT_WDF_DEVICE_SELF_MANAGED_IO_FLUSH(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SELF_MANAGED_IO_FLUSH
    *PFN_WDF_DEVICE_SELF_MANAGED_IO_FLUSH;
typedef NTSTATUS EVT_WDF_DEVICE_SELF_MANAGED_IO_INIT(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SELF_MANAGED_IO_INIT
    *PFN_WDF_DEVICE_SELF_MANAGED_IO_INIT;
typedef NTSTATUS EVT_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND
    *PFN_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND;
typedef NTSTATUS EVT_WDF_DEVICE_SELF_MANAGED_IO_RESTART(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SELF_MANAGED_IO_RESTART
    *PFN_WDF_DEVICE_SELF_MANAGED_IO_RESTART;
typedef VOID EVT_WDF_DEVICE_SURPRISE_REMOVAL(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SURPRISE_REMOVAL *PFN_WDF_DEVICE_SURPRISE_REMOVAL;
typedef NTSTATUS EVT_WDF_DEVICE_QUERY_REMOVE(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_QUERY_REMOVE *PFN_WDF_DEVICE_QUERY_REMOVE;
typedef NTSTATUS EVT_WDF_DEVICE_QUERY_STOP(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_QUERY_STOP *PFN_WDF_DEVICE_QUERY_STOP;
typedef VOID
EVT_WDF_DEVICE_USAGE_NOTIFICATION(WDFDEVICE Device,
                                  WDF_SPECIAL_FILE_TYPE NotificationType,
                                  BOOLEAN IsInNotificationPath);
typedef EVT_WDF_DEVICE_USAGE_NOTIFICATION *PFN_WDF_DEVICE_USAGE_NOTIFICATION;
typedef NTSTATUS
EVT_WDF_DEVICE_USAGE_NOTIFICATION_EX(WDFDEVICE Device,
                                     WDF_SPECIAL_FILE_TYPE NotificationType,
                                     BOOLEAN IsInNotificationPath);
typedef EVT_WDF_DEVICE_USAGE_NOTIFICATION_EX
    *PFN_WDF_DEVICE_USAGE_NOTIFICATION_EX;
typedef VOID EVT_WDF_DEVICE_RELATIONS_QUERY(WDFDEVICE Device,
                                            DEVICE_RELATION_TYPE RelationType);
typedef EVT_WDF_DEVICE_RELATIONS_QUERY *PFN_WDF_DEVICE_RELATIONS_QUERY;

typedef struct _WDF_PNPPOWER_EVENT_CALLBACKS {
  ULONG Size;
  PFN_WDF_DEVICE_D0_ENTRY EvtDeviceD0Entry;
  PFN_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED
  EvtDeviceD0EntryPostInterruptsEnabled;
  PFN_WDF_DEVICE_D0_EXIT EvtDeviceD0Exit;
  PFN_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED
  EvtDeviceD0ExitPreInterruptsDisabled;
  PFN_WDF_DEVICE_PREPARE_HARDWARE EvtDevicePrepareHardware;
  PFN_WDF_DEVICE_RELEASE_HARDWARE EvtDeviceReleaseHardware;
  PFN_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP EvtDeviceSelfManagedIoCleanup;
  PFN_WDF_DEVICE_SELF_MANAGED_IO_FLUSH EvtDeviceSelfManagedIoFlush;
  PFN_WDF_DEVICE_SELF_MANAGED_IO_INIT EvtDeviceSelfManagedIoInit;
  PFN_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND EvtDeviceSelfManagedIoSuspend;
  PFN_WDF_DEVICE_SELF_MANAGED_IO_RESTART EvtDeviceSelfManagedIoRestart;
  PFN_WDF_DEVICE_SURPRISE_REMOVAL EvtDeviceSurpriseRemoval;
  PFN_WDF_DEVICE_QUERY_REMOVE EvtDeviceQueryRemove;
  PFN_WDF_DEVICE_QUERY_STOP EvtDeviceQueryStop;
  PFN_WDF_DEVICE_USAGE_NOTIFICATION EvtDeviceUsageNotification;
  PFN_WDF_DEVICE_RELATIONS_QUERY EvtDeviceRelationsQuery;
  PFN_WDF_DEVICE_USAGE_NOTIFICATION_EX EvtDeviceUsageNotificationEx;
} WDF_PNPPOWER_EVENT_CALLBACKS, *PWDF_PNPPOWER_EVENT_CALLBACKS;
FORCEINLINE VOID
WDF_PNPPOWER_EVENT_CALLBACKS_INIT(PWDF_PNPPOWER_EVENT_CALLBACKS Callbacks) {
  RtlZeroMemory(Callbacks, sizeof(WDF_PNPPOWER_EVENT_CALLBACKS));
  Callbacks->Size = sizeof(WDF_PNPPOWER_EVENT_CALLBACKS);
}

typedef NTSTATUS EVT_WDF_DEVICE_ARM_WAKE_FROM_S0(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_ARM_WAKE_FROM_S0 *PFN_WDF_DEVICE_ARM_WAKE_FROM_S0;
typedef VOID EVT_WDF_DEVICE_DISARM_WAKE_FROM_S0(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_DISARM_WAKE_FROM_S0 *PFN_WDF_DEVICE_DISARM_WAKE_FROM_S0;
typedef VOID EVT_WDF_DEVICE_WAKE_FROM_S0_TRIGGERED(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_WAKE_FROM_S0_TRIGGERED
    *PFN_WDF_DEVICE_WAKE_FROM_S0_TRIGGERED;
typedef NTSTATUS EVT_WDF_DEVICE_ARM_WAKE_FROM_SX(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_ARM_WAKE_FROM_SX *PFN_WDF_DEVICE_ARM_WAKE_FROM_SX;
typedef NTSTATUS EVT_WDF_DEVICE_ARM_WAKE_FROM_SX_WITH_REASON(
    WDFDEVICE Device, BOOLEAN DeviceWakeEnabled, BOOLEAN ChildrenArmedForWake);
typedef EVT_WDF_DEVICE_ARM_WAKE_FROM_SX_WITH_REASON
    *PFN_WDF_DEVICE_ARM_WAKE_FROM_SX_WITH_REASON;
typedef VOID EVT_WDF_DEVICE_DISARM_WAKE_FROM_SX(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_DISARM_WAKE_FROM_SX *PFN_WDF_DEVICE_DISARM_WAKE_FROM_SX;
typedef VOID EVT_WDF_DEVICE_WAKE_FROM_SX_TRIGGERED(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_WAKE_FROM_SX_TRIGGERED
    *PFN_WDF_DEVICE_WAKE_FROM_SX_TRIGGERED;

typedef struct _WDF_POWER_POLICY_EVENT_CALLBACKS {
  ULONG Size;
  PFN_WDF_DEVICE_ARM_WAKE_FROM_S0 EvtDeviceArmWakeFromS0;
  PFN_WDF_DEVICE_DISARM_WAKE_FROM_S0 EvtDeviceDisarmWakeFromS0;
  PFN_WDF_DEVICE_WAKE_FROM_S0_TRIGGERED EvtDeviceWakeFromS0Triggered;
  PFN_WDF_DEVICE_ARM_WAKE_FROM_SX EvtDeviceArmWakeFromSx;
  PFN_WDF_DEVICE_DISARM_WAKE_FROM_SX EvtDeviceDisarmWakeFromSx;
  PFN_WDF_DEVICE_WAKE_FROM_SX_TRIGGERED EvtDeviceWakeFromSxTriggered;
  PFN_WDF_DEVICE_ARM_WAKE_FROM_SX_WITH_REASON EvtDeviceArmWakeFromSxWithReason;
} WDF_POWER_POLICY_EVENT_CALLBACKS, *PWDF_POWER_POLICY_EVENT_CALLBACKS;
FORCEINLINE VOID WDF_POWER_POLICY_EVENT_CALLBACKS_INIT(
    PWDF_POWER_POLICY_EVENT_CALLBACKS Callbacks) {
  RtlZeroMemory(Callbacks, sizeof(WDF_POWER_POLICY_EVENT_CALLBACKS));
  Callbacks->Size = sizeof(WDF_POWER_POLICY_EVENT_CALLBACKS);
}

/* ---- power policy ---- */
typedef enum _WDF_POWER_POLICY_S0_IDLE_CAPABILITIES {
  IdleCapsInvalid = 0,
  IdleCannotWakeFromS0,
  IdleCanWakeFromS0,
  IdleUsbSelectiveSuspend
} WDF_POWER_POLICY_S0_IDLE_CAPABILITIES;
typedef enum _WDF_POWER_POLICY_S0_IDLE_USER_CONTROL {
  IdleUserControlInvalid = 0,
  IdleDoNotAllowUserControl,
  IdleAllowUserControl
} WDF_POWER_POLICY_S0_IDLE_USER_CONTROL;
typedef enum _WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE {
  DriverManagedIdleTimeout = 0,
  SystemManagedIdleTimeout = 1,
  SystemManagedIdleTimeoutWithHint = 2
} WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE;
typedef enum _WDF_POWER_POLICY_SX_WAKE_USER_CONTROL {
  WakeUserControlInvalid = 0,
  WakeDoNotAllowUserControl,
  WakeAllowUserControl
} WDF_POWER_POLICY_SX_WAKE_USER_CONTROL;
#define IdleTimeoutDefaultValue ((ULONG)0)
typedef struct _WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS {
  ULONG Size;
  WDF_POWER_POLICY_S0_IDLE_CAPABILITIES IdleCaps;
  DEVICE_POWER_STATE DxState;
  ULONG IdleTimeout;
  WDF_POWER_POLICY_S0_IDLE_USER_CONTROL UserControlOfIdleSettings;
  WDF_TRI_STATE Enabled;
  WDF_TRI_STATE PowerUpIdleDeviceOnSystemWake;
  WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE IdleTimeoutType;
  WDF_TRI_STATE ExcludeD3Cold;
} WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS,
    *PWDF_DEVICE_POWER_POLICY_IDLE_SETTINGS;
FORCEINLINE VOID WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS_INIT(
    PWDF_DEVICE_POWER_POLICY_IDLE_SETTINGS Settings,
    WDF_POWER_POLICY_S0_IDLE_CAPABILITIES IdleCaps) {
  RtlZeroMemory(Settings, sizeof(WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS));
  Settings->Size = sizeof(WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS);
  Settings->IdleTimeout = IdleTimeoutDefaultValue;
  Settings->UserControlOfIdleSettings = IdleAllowUserControl;
  Settings->Enabled = WdfUseDefault;
  Settings->PowerUpIdleDeviceOnSystemWake = WdfUseDefault;
  Settings->ExcludeD3Cold = WdfUseDefault;
  Settings->IdleCaps = IdleCaps;
  Settings->DxState =
      IdleCaps == IdleCannotWakeFromS0 ? PowerDeviceD3 : PowerDeviceMaximum;
}
typedef struct _WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS {
  ULONG Size;
  DEVICE_POWER_STATE DxState;
  WDF_POWER_POLICY_SX_WAKE_USER_CONTROL UserControlOfWakeSettings;
  WDF_TRI_STATE Enabled;
  BOOLEAN ArmForWakeIfChildrenAreArmedForWake;
  BOOLEAN IndicateChildWakeOnParentWake;
} WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS,
    *PWDF_DEVICE_POWER_POLICY_WAKE_SETTINGS;
FORCEINLINE VOID WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS_INIT(
    PWDF_DEVICE_POWER_POLICY_WAKE_SETTINGS Settings) {
  RtlZeroMemory(Settings, sizeof(WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS));
  Settings->Size = sizeof(WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS);
  Settings->Enabled = WdfUseDefault;
  Settings->DxState = PowerDeviceMaximum;
  Settings->UserControlOfWakeSettings = WakeAllowUserControl;
}

typedef struct _WDF_DEVICE_PNP_CAPABILITIES {
  ULONG Size;
  WDF_TRI_STATE LockSupported;
  WDF_TRI_STATE EjectSupported;
  WDF_TRI_STATE Removable;
  WDF_TRI_STATE DockDevice;
  WDF_TRI_STATE UniqueID;
  WDF_TRI_STATE SilentInstall;
  WDF_TRI_STATE SurpriseRemovalOK;
  WDF_TRI_STATE HardwareDisabled;
  WDF_TRI_STATE NoDisplayInUI;
  ULONG Address;
  ULONG UINumber;
} WDF_DEVICE_PNP_CAPABILITIES, *PWDF_DEVICE_PNP_CAPABILITIES;
FORCEINLINE VOID
WDF_DEVICE_PNP_CAPABILITIES_INIT(PWDF_DEVICE_PNP_CAPABILITIES Caps) {
  RtlZeroMemory(Caps, sizeof(WDF_DEVICE_PNP_CAPABILITIES));
  Caps->Size = sizeof(WDF_DEVICE_PNP_CAPABILITIES);
  Caps->LockSupported = WdfUseDefault;
  Caps->EjectSupported = WdfUseDefault;
  Caps->Removable = WdfUseDefault;
  Caps->DockDevice = WdfUseDefault;
  Caps->UniqueID = WdfUseDefault;
  Caps->SilentInstall = WdfUseDefault;
  Caps->SurpriseRemovalOK = WdfUseDefault;
  Caps->HardwareDisabled = WdfUseDefault;
  Caps->NoDisplayInUI = WdfUseDefault;
  Caps->Address = (ULONG)-1;
  Caps->UINumber = (ULONG)-1;
}
typedef struct _WDF_DEVICE_STATE {
  ULONG Size;
  WDF_TRI_STATE Disabled;
  WDF_TRI_STATE DontDisplayInUI;
  WDF_TRI_STATE Failed;
  WDF_TRI_STATE NotDisableable;
  WDF_TRI_STATE Removed;
  WDF_TRI_STATE ResourcesChanged;
} WDF_DEVICE_STATE, *PWDF_DEVICE_STATE;
FORCEINLINE VOID WDF_DEVICE_STATE_INIT(PWDF_DEVICE_STATE PnpDeviceState) {
  RtlZeroMemory(PnpDeviceState, sizeof(WDF_DEVICE_STATE));
  PnpDeviceState->Size = sizeof(WDF_DEVICE_STATE);
  PnpDeviceState->Disabled = WdfUseDefault;
  PnpDeviceState->DontDisplayInUI = WdfUseDefault;
  PnpDeviceState->Failed = WdfUseDefault;
  PnpDeviceState->NotDisableable = WdfUseDefault;
  PnpDeviceState->Removed = WdfUseDefault;
  PnpDeviceState->ResourcesChanged = WdfUseDefault;
}

/* ---- file objects (the callbacks a device's create/close/cleanup run) ---- */
typedef VOID EVT_WDF_DEVICE_FILE_CREATE(WDFDEVICE Device, WDFREQUEST Request,
                                        WDFFILEOBJECT FileObject);
typedef EVT_WDF_DEVICE_FILE_CREATE *PFN_WDF_DEVICE_FILE_CREATE;
typedef VOID EVT_WDF_FILE_CLOSE(WDFFILEOBJECT FileObject);
typedef EVT_WDF_FILE_CLOSE *PFN_WDF_FILE_CLOSE;
typedef VOID EVT_WDF_FILE_CLEANUP(WDFFILEOBJECT FileObject);
typedef EVT_WDF_FILE_CLEANUP *PFN_WDF_FILE_CLEANUP;
typedef enum _WDF_FILEOBJECT_CLASS {
  WdfFileObjectInvalid = 0,
  WdfFileObjectNotRequired = 1,
  WdfFileObjectWdfCanUseFsContext = 2,
  WdfFileObjectWdfCanUseFsContext2 = 3,
  WdfFileObjectWdfCannotUseFsContexts = 4,
  WdfFileObjectCanBeOptional = 0x80000000
} WDF_FILEOBJECT_CLASS,
    *PWDF_FILEOBJECT_CLASS;
typedef struct _WDF_FILEOBJECT_CONFIG {
  ULONG Size;
  PFN_WDF_DEVICE_FILE_CREATE EvtDeviceFileCreate;
  PFN_WDF_FILE_CLOSE EvtFileClose;
  PFN_WDF_FILE_CLEANUP EvtFileCleanup;
  WDF_TRI_STATE AutoForwardCleanupClose;
  WDF_FILEOBJECT_CLASS FileObjectClass;
} WDF_FILEOBJECT_CONFIG, *PWDF_FILEOBJECT_CONFIG;
FORCEINLINE VOID WDF_FILEOBJECT_CONFIG_INIT(
    PWDF_FILEOBJECT_CONFIG FileEventCallbacks,
    PFN_WDF_DEVICE_FILE_CREATE EvtDeviceFileCreate,
    PFN_WDF_FILE_CLOSE EvtFileClose, PFN_WDF_FILE_CLEANUP EvtFileCleanup) {
  FileEventCallbacks->Size = sizeof(WDF_FILEOBJECT_CONFIG);
  FileEventCallbacks->EvtDeviceFileCreate = EvtDeviceFileCreate;
  FileEventCallbacks->EvtFileClose = EvtFileClose;
  FileEventCallbacks->EvtFileCleanup = EvtFileCleanup;
  FileEventCallbacks->FileObjectClass = WdfFileObjectWdfCannotUseFsContexts;
  FileEventCallbacks->AutoForwardCleanupClose = WdfUseDefault;
}
_IRQL_requires_max_(DISPATCH_LEVEL) WDFDEVICE
    WdfFileObjectGetDevice(WDFFILEOBJECT FileObject);
_IRQL_requires_max_(DISPATCH_LEVEL) PFILE_OBJECT
    WdfFileObjectWdmGetFileObject(WDFFILEOBJECT FileObject);
_IRQL_requires_max_(PASSIVE_LEVEL) PUNICODE_STRING
    WdfFileObjectGetFileName(WDFFILEOBJECT FileObject);
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG
    WdfFileObjectGetFlags(WDFFILEOBJECT FileObject);

/* ---- device initialization ---- */
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDeviceInitSetIoType(PWDFDEVICE_INIT DeviceInit,
                           WDF_DEVICE_IO_TYPE IoType);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceInitSetPnpPowerEventCallbacks(
    PWDFDEVICE_INIT DeviceInit,
    PWDF_PNPPOWER_EVENT_CALLBACKS PnpPowerEventCallbacks);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDeviceInitSetPowerPolicyEventCallbacks(
        PWDFDEVICE_INIT DeviceInit,
        PWDF_POWER_POLICY_EVENT_CALLBACKS PowerPolicyEventCallbacks);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDeviceInitSetPowerPolicyOwnership(PWDFDEVICE_INIT DeviceInit,
                                         BOOLEAN IsPowerPolicyOwner);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceInitSetFileObjectConfig(
    PWDFDEVICE_INIT DeviceInit, PWDF_FILEOBJECT_CONFIG FileObjectConfig,
    PWDF_OBJECT_ATTRIBUTES FileObjectAttributes);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDeviceInitSetRequestAttributes(PWDFDEVICE_INIT DeviceInit,
                                      PWDF_OBJECT_ATTRIBUTES RequestAttributes);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceInitAssignName(PWDFDEVICE_INIT DeviceInit,
                                 PCUNICODE_STRING DeviceName);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceInitAssignSDDLString(PWDFDEVICE_INIT DeviceInit,
                                       PCUNICODE_STRING SDDLString);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDeviceInitSetDeviceClass(PWDFDEVICE_INIT DeviceInit,
                                const GUID *DeviceClassGuid);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDeviceInitSetDeviceType(PWDFDEVICE_INIT DeviceInit,
                               DEVICE_TYPE DeviceType);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDeviceInitSetCharacteristics(PWDFDEVICE_INIT DeviceInit,
                                    ULONG DeviceCharacteristics,
                                    BOOLEAN OrInValues);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDeviceInitSetExclusive(PWDFDEVICE_INIT DeviceInit, BOOLEAN IsExclusive);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDeviceInitSetPowerPageable(PWDFDEVICE_INIT DeviceInit);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDeviceInitSetPowerNotPageable(PWDFDEVICE_INIT DeviceInit);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDeviceInitSetPowerInrush(PWDFDEVICE_INIT DeviceInit);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDeviceInitFree(PWDFDEVICE_INIT DeviceInit);

/* ---- device objects ---- */
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceCreate(PWDFDEVICE_INIT *DeviceInit,
                         PWDF_OBJECT_ATTRIBUTES DeviceAttributes,
                         WDFDEVICE *Device);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceCreateDeviceInterface(WDFDEVICE Device,
                                        const GUID *InterfaceClassGUID,
                                        PCUNICODE_STRING ReferenceString);
_IRQL_requires_max_(PASSIVE_LEVEL) VOID
    WdfDeviceSetDeviceInterfaceState(WDFDEVICE Device,
                                     const GUID *InterfaceClassGUID,
                                     PCUNICODE_STRING ReferenceString,
                                     BOOLEAN IsInterfaceEnabled);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceCreateSymbolicLink(WDFDEVICE Device,
                                     PCUNICODE_STRING SymbolicLinkName);
_IRQL_requires_max_(DISPATCH_LEVEL) PDEVICE_OBJECT
    WdfDeviceWdmGetDeviceObject(WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL) PDEVICE_OBJECT
    WdfDeviceWdmGetAttachedDevice(WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL) PDEVICE_OBJECT
    WdfDeviceWdmGetPhysicalDevice(WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFDEVICE
    WdfWdmDeviceGetWdfDeviceHandle(PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFDRIVER
    WdfDeviceGetDriver(WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL) WDFQUEUE
    WdfDeviceGetDefaultQueue(WDFDEVICE Device);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceOpenRegistryKey(WDFDEVICE Device, ULONG DeviceInstanceKeyType,
                                  ACCESS_MASK DesiredAccess,
                                  PWDF_OBJECT_ATTRIBUTES KeyAttributes,
                                  WDFKEY *Key);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDeviceSetFailed(WDFDEVICE Device, WDF_DEVICE_FAILED_ACTION FailedAction);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfDeviceAssignS0IdleSettings(WDFDEVICE Device,
                              PWDF_DEVICE_POWER_POLICY_IDLE_SETTINGS Settings);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfDeviceAssignSxWakeSettings(WDFDEVICE Device,
                              PWDF_DEVICE_POWER_POLICY_WAKE_SETTINGS Settings);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDeviceSetAlignmentRequirement(WDFDEVICE Device,
                                     ULONG AlignmentRequirement);
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG
    WdfDeviceGetAlignmentRequirement(WDFDEVICE Device);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceAssignMofResourceName(WDFDEVICE Device,
                                        PCUNICODE_STRING MofResourceName);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDeviceSetPnpCapabilities(WDFDEVICE Device,
                                PWDF_DEVICE_PNP_CAPABILITIES PnpCapabilities);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDeviceSetDeviceState(WDFDEVICE Device, PWDF_DEVICE_STATE DeviceState);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDeviceGetDeviceState(WDFDEVICE Device, PWDF_DEVICE_STATE DeviceState);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceQueryProperty(WDFDEVICE Device,
                                DEVICE_REGISTRY_PROPERTY DeviceProperty,
                                ULONG BufferLength, PVOID PropertyBuffer,
                                PULONG ResultLength);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceAllocAndQueryProperty(
    WDFDEVICE Device, DEVICE_REGISTRY_PROPERTY DeviceProperty,
    POOL_TYPE PoolType, PWDF_OBJECT_ATTRIBUTES PropertyMemoryAttributes,
    WDFMEMORY *PropertyMemory);
_IRQL_requires_max_(DISPATCH_LEVEL) WDF_POWER_DEVICE_STATE
    WdfDeviceGetDevicePowerState(WDFDEVICE Device);
_When_(WaitForD0 == 0, _IRQL_requires_max_(DISPATCH_LEVEL))
    _When_(WaitForD0 != 0, _IRQL_requires_max_(PASSIVE_LEVEL)) NTSTATUS
    WdfDeviceStopIdleActual(WDFDEVICE Device, BOOLEAN WaitForD0, PVOID Tag,
                            LONG Line, PCHAR File);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDeviceResumeIdleActual(WDFDEVICE Device, PVOID Tag, LONG Line,
                              PCHAR File);
#define WdfDeviceStopIdle(Device, WaitForD0)                                   \
  WdfDeviceStopIdleActual(Device, WaitForD0, NULL, __LINE__, __FILE__)
#define WdfDeviceStopIdleWithTag(Device, WaitForD0, Tag)                       \
  WdfDeviceStopIdleActual(Device, WaitForD0, Tag, __LINE__, __FILE__)
#define WdfDeviceResumeIdle(Device)                                            \
  WdfDeviceResumeIdleActual(Device, NULL, __LINE__, __FILE__)
#define WdfDeviceResumeIdleWithTag(Device, Tag)                                \
  WdfDeviceResumeIdleActual(Device, Tag, __LINE__, __FILE__)
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    WdfDeviceWdmDispatchPreprocessedIrp(WDFDEVICE Device, PIRP Irp);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDeviceEnqueueRequest(WDFDEVICE Device, WDFREQUEST Request);

/* ---- more device methods ---- */
/* the local I/O target: the next-lower driver of the device's stack */
_IRQL_requires_max_(DISPATCH_LEVEL) WDFIOTARGET
    WdfDeviceGetIoTarget(WDFDEVICE Device);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfDeviceRetrieveDeviceName(WDFDEVICE Device, WDFSTRING String);
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfDeviceRetrieveDeviceInterfaceString(WDFDEVICE Device,
                                       const GUID *InterfaceClassGUID,
                                       PCUNICODE_STRING ReferenceString,
                                       WDFSTRING String);
/* whether the device may be stopped (IRP_MN_QUERY_STOP_DEVICE) and
 * removed */
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDeviceSetStaticStopRemove(WDFDEVICE Device, BOOLEAN Stoppable);
/* the bus information a bus driver's children report
 * (IRP_MN_QUERY_BUS_INFORMATION) */
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceSetBusInformationForChildren(
    WDFDEVICE Device, struct _PNP_BUS_INFORMATION *BusInformation);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfDeviceIndicateWakeStatus(WDFDEVICE Device, NTSTATUS WaitWakeStatus);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDeviceSetSpecialFileSupport(WDFDEVICE Device,
                                   WDF_SPECIAL_FILE_TYPE FileType,
                                   BOOLEAN FileTypeIsSupported);

/* The device's power capabilities (IRP_MN_QUERY_CAPABILITIES) that the
 * driver overrides; the _INIT leaves every one to the framework. */
typedef struct _WDF_DEVICE_POWER_CAPABILITIES {
  ULONG Size;
  WDF_TRI_STATE DeviceD1;
  WDF_TRI_STATE DeviceD2;
  WDF_TRI_STATE WakeFromD0;
  WDF_TRI_STATE WakeFromD1;
  WDF_TRI_STATE WakeFromD2;
  WDF_TRI_STATE WakeFromD3;
  DEVICE_POWER_STATE DeviceState[PowerSystemMaximum];
  DEVICE_POWER_STATE DeviceWake;
  SYSTEM_POWER_STATE SystemWake;
  ULONG D1Latency;
  ULONG D2Latency;
  ULONG D3Latency;
  DEVICE_POWER_STATE IdealDxStateForSx;
} WDF_DEVICE_POWER_CAPABILITIES, *PWDF_DEVICE_POWER_CAPABILITIES;
FORCEINLINE VOID
WDF_DEVICE_POWER_CAPABILITIES_INIT(PWDF_DEVICE_POWER_CAPABILITIES Caps) {
  ULONG i;
  RtlZeroMemory(Caps, sizeof(WDF_DEVICE_POWER_CAPABILITIES));
  Caps->Size = sizeof(WDF_DEVICE_POWER_CAPABILITIES);
  Caps->DeviceD1 = WdfUseDefault;
  Caps->DeviceD2 = WdfUseDefault;
  Caps->WakeFromD0 = WdfUseDefault;
  Caps->WakeFromD1 = WdfUseDefault;
  Caps->WakeFromD2 = WdfUseDefault;
  Caps->WakeFromD3 = WdfUseDefault;
  for (i = 0; i < sizeof(Caps->DeviceState) / sizeof(Caps->DeviceState[0]); i++)
    Caps->DeviceState[i] = PowerDeviceMaximum;
  Caps->DeviceWake = PowerDeviceMaximum;
  Caps->SystemWake = PowerSystemMaximum;
  Caps->D1Latency = (ULONG)-1;
  Caps->D2Latency = (ULONG)-1;
  Caps->D3Latency = (ULONG)-1;
  Caps->IdealDxStateForSx = PowerDeviceMaximum;
}
_IRQL_requires_max_(DISPATCH_LEVEL) VOID WdfDeviceSetPowerCapabilities(
    WDFDEVICE Device, PWDF_DEVICE_POWER_CAPABILITIES PowerCapabilities);

/* ---- WDM IRPs the framework hands the driver first ---- */
typedef _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
EVT_WDFDEVICE_WDM_IRP_PREPROCESS(WDFDEVICE Device, PIRP Irp);
typedef EVT_WDFDEVICE_WDM_IRP_PREPROCESS *PFN_WDFDEVICE_WDM_IRP_PREPROCESS;
typedef _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
EVT_WDFDEVICE_WDM_IRP_DISPATCH(WDFDEVICE Device, UCHAR MajorFunction,
                               UCHAR MinorFunction, ULONG Code,
                               WDFCONTEXT DriverContext, PIRP Irp,
                               WDFCONTEXT DispatchContext);
typedef EVT_WDFDEVICE_WDM_IRP_DISPATCH *PFN_WDFDEVICE_WDM_IRP_DISPATCH;
/* MinorFunctions: the minor codes of MajorFunction to preprocess (all of
 * them when NumMinorFunctions is 0) */
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfDeviceInitAssignWdmIrpPreprocessCallback(
    PWDFDEVICE_INIT DeviceInit,
    PFN_WDFDEVICE_WDM_IRP_PREPROCESS EvtDeviceWdmIrpPreprocess,
    UCHAR MajorFunction, PUCHAR MinorFunctions, ULONG NumMinorFunctions);

/* a request before it is queued, in the sender's thread (to probe and lock
 * user buffers of METHOD_NEITHER requests) */
typedef _IRQL_requires_same_ _IRQL_requires_max_(DISPATCH_LEVEL)
VOID EVT_WDF_IO_IN_CALLER_CONTEXT(WDFDEVICE Device, WDFREQUEST Request);
typedef EVT_WDF_IO_IN_CALLER_CONTEXT *PFN_WDF_IO_IN_CALLER_CONTEXT;
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDeviceInitSetIoInCallerContextCallback(
        PWDFDEVICE_INIT DeviceInit,
        PFN_WDF_IO_IN_CALLER_CONTEXT EvtIoInCallerContext);

/* ---- the power framework (PoFx): a single-component device whose idle
 * power management the framework registers ---- */
typedef _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_WDFDEVICE_WDM_POST_PO_FX_REGISTER_DEVICE(WDFDEVICE Device,
                                             POHANDLE PoHandle);
typedef EVT_WDFDEVICE_WDM_POST_PO_FX_REGISTER_DEVICE
    *PFN_WDFDEVICE_WDM_POST_PO_FX_REGISTER_DEVICE;
typedef _IRQL_requires_same_ _IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_WDFDEVICE_WDM_PRE_PO_FX_UNREGISTER_DEVICE(WDFDEVICE Device,
                                                   POHANDLE PoHandle);
typedef EVT_WDFDEVICE_WDM_PRE_PO_FX_UNREGISTER_DEVICE
    *PFN_WDFDEVICE_WDM_PRE_PO_FX_UNREGISTER_DEVICE;
typedef struct _WDF_POWER_FRAMEWORK_SETTINGS {
  ULONG Size;
  PFN_WDFDEVICE_WDM_POST_PO_FX_REGISTER_DEVICE
  EvtDeviceWdmPostPoFxRegisterDevice;
  PFN_WDFDEVICE_WDM_PRE_PO_FX_UNREGISTER_DEVICE
  EvtDeviceWdmPrePoFxUnregisterDevice;
  PPO_FX_COMPONENT Component;
  PPO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK ComponentActiveConditionCallback;
  PPO_FX_COMPONENT_IDLE_CONDITION_CALLBACK ComponentIdleConditionCallback;
  PPO_FX_COMPONENT_IDLE_STATE_CALLBACK ComponentIdleStateCallback;
  PPO_FX_POWER_CONTROL_CALLBACK PowerControlCallback;
  PVOID PoFxDeviceContext;
  /* KMDF 1.33: the directed power framework (PO_FX_DEVICE_FLAG_*) */
  ULONGLONG PoFxDeviceFlags;
  WDF_TRI_STATE DirectedPoFxEnabled;
} WDF_POWER_FRAMEWORK_SETTINGS, *PWDF_POWER_FRAMEWORK_SETTINGS;
FORCEINLINE VOID WDF_POWER_FRAMEWORK_SETTINGS_INIT(
    PWDF_POWER_FRAMEWORK_SETTINGS PowerFrameworkSettings) {
  RtlZeroMemory(PowerFrameworkSettings, sizeof(WDF_POWER_FRAMEWORK_SETTINGS));
  PowerFrameworkSettings->Size = sizeof(WDF_POWER_FRAMEWORK_SETTINGS);
}
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfDeviceWdmAssignPowerFrameworkSettings(
    WDFDEVICE Device, PWDF_POWER_FRAMEWORK_SETTINGS PowerFrameworkSettings);

/* ---- device characteristics, relations, dispatching ---- */
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG
    WdfDeviceGetCharacteristics(WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDeviceSetCharacteristics(WDFDEVICE Device, ULONG DeviceCharacteristics);
/* the framework file object of a WDM file object the device has open */
_IRQL_requires_max_(DISPATCH_LEVEL) WDFFILEOBJECT
    WdfDeviceGetFileObject(WDFDEVICE Device, PFILE_OBJECT FileObject);
_IRQL_requires_max_(DISPATCH_LEVEL) POWER_ACTION
    WdfDeviceGetSystemPowerAction(WDFDEVICE Device);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfDeviceAddDependentUsageDeviceObject(WDFDEVICE Device,
                                       PDEVICE_OBJECT DependentDevice);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDeviceRemoveDependentUsageDeviceObject(WDFDEVICE Device,
                                              PDEVICE_OBJECT DependentDevice);
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfDeviceAddRemovalRelationsPhysicalDevice(WDFDEVICE Device,
                                           PDEVICE_OBJECT PhysicalDevice);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDeviceRemoveRemovalRelationsPhysicalDevice(
        WDFDEVICE Device, PDEVICE_OBJECT PhysicalDevice);
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDeviceClearRemovalRelationsDevices(WDFDEVICE Device);
/* a registry key under HKLM\HARDWARE\DEVICEMAP (KMDF 1.15) */
_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfDeviceOpenDevicemapKey(WDFDEVICE Device, PCUNICODE_STRING KeyName,
                          ACCESS_MASK DesiredAccess,
                          PWDF_OBJECT_ATTRIBUTES KeyAttributes, WDFKEY *Key);

/* Different buffer-access methods for read/write and for device control
 * requests (KMDF 1.13); both buffered unless the driver says otherwise. */
typedef struct _WDF_IO_TYPE_CONFIG {
  ULONG Size;
  WDF_DEVICE_IO_TYPE ReadWriteIoType;
  WDF_DEVICE_IO_TYPE DeviceControlIoType;
  ULONG DirectTransferThreshold;
} WDF_IO_TYPE_CONFIG, *PWDF_IO_TYPE_CONFIG;
FORCEINLINE VOID WDF_IO_TYPE_CONFIG_INIT(PWDF_IO_TYPE_CONFIG IoTypeConfig) {
  RtlZeroMemory(IoTypeConfig, sizeof(WDF_IO_TYPE_CONFIG));
  IoTypeConfig->Size = sizeof(WDF_IO_TYPE_CONFIG);
  IoTypeConfig->ReadWriteIoType = WdfDeviceIoBuffered;
  IoTypeConfig->DeviceControlIoType = WdfDeviceIoBuffered;
}
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDeviceInitSetIoTypeEx(PWDFDEVICE_INIT DeviceInit,
                             PWDF_IO_TYPE_CONFIG IoTypeConfig);

/* The framework acquires the device's remove lock for every IRP (KMDF
 * 1.11), not only for PnP and power ones. */
typedef enum _WDF_REMOVE_LOCK_OPTIONS_FLAGS {
  WDF_REMOVE_LOCK_OPTION_ACQUIRE_FOR_IO = 0x00000001
} WDF_REMOVE_LOCK_OPTIONS_FLAGS;
typedef struct _WDF_REMOVE_LOCK_OPTIONS {
  ULONG Size;
  ULONG Flags;
} WDF_REMOVE_LOCK_OPTIONS, *PWDF_REMOVE_LOCK_OPTIONS;
FORCEINLINE VOID WDF_REMOVE_LOCK_OPTIONS_INIT(
    PWDF_REMOVE_LOCK_OPTIONS RemoveLockOptions, ULONG Flags) {
  RtlZeroMemory(RemoveLockOptions, sizeof(WDF_REMOVE_LOCK_OPTIONS));
  RemoveLockOptions->Size = sizeof(WDF_REMOVE_LOCK_OPTIONS);
  RemoveLockOptions->Flags = Flags;
}
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDeviceInitSetRemoveLockOptions(PWDFDEVICE_INIT DeviceInit,
                                      PWDF_REMOVE_LOCK_OPTIONS Options);

/* when EvtDeviceReleaseHardware runs after a failed start (KMDF 1.11) */
typedef enum _WDF_RELEASE_HARDWARE_ORDER_ON_FAILURE {
  WdfReleaseHardwareOrderOnFailureInvalid = 0,
  WdfReleaseHardwareOrderOnFailureEarly,
  WdfReleaseHardwareOrderOnFailureAfterDescendants
} WDF_RELEASE_HARDWARE_ORDER_ON_FAILURE;
_IRQL_requires_max_(DISPATCH_LEVEL) VOID
    WdfDeviceInitSetReleaseHardwareOrderOnFailure(
        PWDFDEVICE_INIT DeviceInit,
        WDF_RELEASE_HARDWARE_ORDER_ON_FAILURE ReleaseHardwareOrderOnFailure);

/* An IRP of MajorFunction handed to the driver's callback before any queue
 * (KMDF 1.11); the callback passes it on with WdfDeviceWdmDispatchIrp. */
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfDeviceConfigureWdmIrpDispatchCallback(
    WDFDEVICE Device, WDFDRIVER Driver, UCHAR MajorFunction,
    PFN_WDFDEVICE_WDM_IRP_DISPATCH EvtDeviceWdmIrpDisptach,
    WDFCONTEXT DriverContext);
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    WdfDeviceWdmDispatchIrp(WDFDEVICE Device, PIRP Irp,
                            WDFCONTEXT DispatchContext);
typedef enum _WDF_DISPATCH_IRP_TO_IO_QUEUE_FLAGS {
  WDF_DISPATCH_IRP_TO_IO_QUEUE_NO_FLAGS = 0x00000000,
  WDF_DISPATCH_IRP_TO_IO_QUEUE_INVOKE_INCALLERCTX_CALLBACK = 0x00000001,
  WDF_DISPATCH_IRP_TO_IO_QUEUE_PREPROCESSED_IRP = 0x00000002
} WDF_DISPATCH_IRP_TO_IO_QUEUE_FLAGS;
_IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS
    WdfDeviceWdmDispatchIrpToIoQueue(WDFDEVICE Device, PIRP Irp, WDFQUEUE Queue,
                                     ULONG Flags);

/* ---- file objects (wdffileobject.h) ---- */
_IRQL_requires_max_(PASSIVE_LEVEL) WDFFILEOBJECT
    WdfFileObjectGetRelatedFileObject(WDFFILEOBJECT FileObject);
/* KMDF 1.21 */
_IRQL_requires_max_(DISPATCH_LEVEL) ULONG
    WdfFileObjectGetInitiatorProcessId(WDFFILEOBJECT FileObject);

/* ---- added for hmisc (programs outside the other areas) ---- */
/* KMDF's wdfdevice.h brings in wdmsec.h (the SDDL_DEVOBJ_* strings drivers
 * hand to WdfDeviceInitAssignSDDLString) unless the driver defines
 * WDF_DEVICE_NO_WDMSEC_H first. */
#ifndef WDF_DEVICE_NO_WDMSEC_H
#include "../wdmsec.h"
#endif
/* ---- end: added for hmisc ---- */

#endif
