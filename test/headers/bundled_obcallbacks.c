// The object manager callbacks (ObRegisterCallbacks), process-creation
// notification (PsSetCreateProcessNotifyRoutineEx) and the C library's
// wide-string routines of the bundled wdm.h/ntddk.h, used as their reference
// pages show: any missing or misdeclared name is a clang error, which fails
// the test. The documented IRQL maxima are read from the declarations.
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: not %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <ntddk.h>

#define TERMINATE_ACCESS 0x0001 /* PROCESS_TERMINATE */

static PVOID RegistrationHandle;
static OB_OPERATION_REGISTRATION Operations[2];

// ObjectPreCallback: narrow the access of user-mode handles to processes.
OB_PREOP_CALLBACK_STATUS PreOperation(PVOID RegistrationContext,
                                      POB_PRE_OPERATION_INFORMATION Info) {
  UNREFERENCED_PARAMETER(RegistrationContext);
  if (Info->KernelHandle || Info->ObjectType != *PsProcessType)
    return OB_PREOP_SUCCESS;
  if (Info->Operation == OB_OPERATION_HANDLE_CREATE) {
    Info->Parameters->CreateHandleInformation.DesiredAccess &=
        ~(ACCESS_MASK)TERMINATE_ACCESS;
  } else if (Info->Operation == OB_OPERATION_HANDLE_DUPLICATE) {
    POB_PRE_DUPLICATE_HANDLE_INFORMATION dup =
        &Info->Parameters->DuplicateHandleInformation;
    if (dup->TargetProcess != dup->SourceProcess)
      dup->DesiredAccess =
          dup->OriginalDesiredAccess & ~(ACCESS_MASK)TERMINATE_ACCESS;
  }
  Info->CallContext = Info->Object;
  return OB_PREOP_SUCCESS;
}

// ObjectPostCallback: the access granted, and the context the pre-callback
// left.
VOID PostOperation(PVOID RegistrationContext,
                   POB_POST_OPERATION_INFORMATION Info) {
  ACCESS_MASK granted =
      Info->Operation == OB_OPERATION_HANDLE_CREATE
          ? Info->Parameters->CreateHandleInformation.GrantedAccess
          : Info->Parameters->DuplicateHandleInformation.GrantedAccess;
  UNREFERENCED_PARAMETER(RegistrationContext);
  if (NT_SUCCESS(Info->ReturnStatus) && (granted & TERMINATE_ACCESS) &&
      Info->CallContext == Info->Object && Info->ObjectType == *PsThreadType)
    DbgRaiseAssertionFailure();
}

NTSTATUS RegisterObjectCallbacks(void) {
  OB_CALLBACK_REGISTRATION registration;
  if (ObGetFilterVersion() != OB_FLT_REGISTRATION_VERSION)
    return STATUS_NOT_SUPPORTED;
  Operations[0].ObjectType = PsProcessType;
  Operations[0].Operations =
      OB_OPERATION_HANDLE_CREATE | OB_OPERATION_HANDLE_DUPLICATE;
  Operations[0].PreOperation = PreOperation;
  Operations[0].PostOperation = PostOperation;
  Operations[1].ObjectType = PsThreadType;
  Operations[1].Operations = OB_OPERATION_HANDLE_CREATE;
  Operations[1].PreOperation = NULL;
  Operations[1].PostOperation = PostOperation;
  registration.Version = OB_FLT_REGISTRATION_VERSION;
  registration.OperationRegistrationCount = 2;
  RtlInitUnicodeString(&registration.Altitude, L"1000");
  registration.RegistrationContext = NULL;
  registration.OperationRegistration = Operations;
  return ObRegisterCallbacks(&registration, &RegistrationHandle);
}

// CreateProcessNotifyEx: CreateInfo is NULL when the process exits; setting
// CreationStatus to a failure denies the creation.
VOID CreateProcessNotify(PEPROCESS Process, HANDLE ProcessId,
                         PPS_CREATE_NOTIFY_INFO CreateInfo) {
  UNREFERENCED_PARAMETER(Process);
  if (CreateInfo == NULL || CreateInfo->Size < sizeof(PS_CREATE_NOTIFY_INFO))
    return;
  if (CreateInfo->ParentProcessId == ProcessId ||
      CreateInfo->CreatingThreadId.UniqueProcess !=
          PsGetThreadProcessId(PsGetCurrentThread()))
    return;
  if (CreateInfo->FileOpenNameAvailable && CreateInfo->CommandLine != NULL &&
      CreateInfo->CommandLine->Buffer != NULL &&
      wcsstr(CreateInfo->CommandLine->Buffer, L"blocked.exe") != NULL &&
      wcslen(CreateInfo->ImageFileName->Buffer) > 0)
    CreateInfo->CreationStatus = STATUS_ACCESS_DENIED;
}

NTSTATUS StartNotifications(void) {
  return PsSetCreateProcessNotifyRoutineEx(CreateProcessNotify, FALSE);
}

VOID StopUnderLock(PKSPIN_LOCK Lock) {
  KIRQL oldIrql;
  KeAcquireSpinLock(Lock, &oldIrql);
  ObUnRegisterCallbacks(RegistrationHandle);
  // CHECK: :[[@LINE-1]]:3: warning: ObUnRegisterCallbacks requires IRQL <= APC_LEVEL (by its annotations), but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: '*Lock' acquired here by KeAcquireSpinLock, raising the IRQL to DISPATCH_LEVEL
  PsSetCreateProcessNotifyRoutineEx(CreateProcessNotify, TRUE);
  // CHECK: :[[@LINE-1]]:3: warning: PsSetCreateProcessNotifyRoutineEx requires IRQL <= PASSIVE_LEVEL (by its annotations), but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-6]]:3: note: '*Lock' acquired here by KeAcquireSpinLock, raising the IRQL to DISPATCH_LEVEL
  KeReleaseSpinLock(Lock, oldIrql);
}
