// lock-in-isr through function pointers: an ISR that calls a handler
// through a global the driver sets at initialization, either directly or
// through a registration routine whose callers pass the handler. The call
// reaches the slot's only target, so the handler's spin lock is used at
// DIRQL. Not reported: a slot also given a value we cannot follow, a slot
// whose targets differ (one takes the lock, one does not), a slot nobody
// in the program fills, and a registration routine someone calls with a
// function pointer it did not name, or a slot written through its address.
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %irqlint --dump-summary %s -- %wdk_amd64 | FileCheck %s --check-prefix=DUMP

#include <wdm.h>

typedef VOID EVENT_HANDLER(PVOID Context);
typedef EVENT_HANDLER *PEVENT_HANDLER;

typedef struct _DEVICE_EXTENSION {
  KSPIN_LOCK EventLock;
  ULONG Events;
  PKINTERRUPT Interrupt;
} DEVICE_EXTENSION, *PDEVICE_EXTENSION;

static PEVENT_HANDLER g_OnEvent;      /* assigned in DriverEntry */
static PEVENT_HANDLER g_OnRegistered; /* through RegisterHandler */
static PEVENT_HANDLER g_OnMixed;      /* also given a value read elsewhere */
static PEVENT_HANDLER g_OnEither;     /* two handlers, only one locks */
static PEVENT_HANDLER g_OnPassedOn;   /* through a routine given a pointer */
extern PEVENT_HANDLER g_OnExternal;   /* another program's variable */

static EVENT_HANDLER CountEvent;
static VOID CountEvent(PVOID Context) {
  PDEVICE_EXTENSION ext = (PDEVICE_EXTENSION)Context;
  KIRQL old;
  KeAcquireSpinLock(&ext->EventLock, &old);
  ext->Events++;
  KeReleaseSpinLock(&ext->EventLock, old);
}

static EVENT_HANDLER CountQuietly;
static VOID CountQuietly(PVOID Context) {
  InterlockedIncrement((volatile LONG *)&((PDEVICE_EXTENSION)Context)->Events);
}

static VOID RegisterHandler(PEVENT_HANDLER Handler) {
  g_OnRegistered = Handler;
}

static VOID RegisterAny(PEVENT_HANDLER Handler) { g_OnPassedOn = Handler; }

KSERVICE_ROUTINE DeviceIsr;
BOOLEAN DeviceIsr(PKINTERRUPT Interrupt, PVOID Context) {
  UNREFERENCED_PARAMETER(Interrupt);
  g_OnEvent(Context);
  // CHECK: :[[@LINE-1]]:3: warning: 'CountEvent' uses a spin lock and is called at DIRQL in 'DeviceIsr' (its role KSERVICE_ROUTINE): an ISR must not use spin locks; synchronize through NdisMSynchronizeWithInterruptEx, KeSynchronizeExecution or WdfInterruptAcquireLock instead [lock-in-isr]
  // CHECK-NEXT: :[[@LINE-2]]:3: note: 'DeviceIsr' calls 'CountEvent' through 'g_OnEvent' (its only target, assigned in 'DriverEntry')
  // CHECK-NEXT: :34:3: note: 'CountEvent' calls KeAcquireSpinLock here
  (*g_OnRegistered)(Context);
  // CHECK: :[[@LINE-1]]:3: warning: 'CountEvent' uses a spin lock and is called at DIRQL in 'DeviceIsr'
  // CHECK-NEXT: :[[@LINE-2]]:3: note: 'DeviceIsr' calls 'CountEvent' through 'g_OnRegistered' (its only target, passed to 'RegisterHandler' by 'DriverEntry')
  // CHECK-NEXT: :34:3: note: 'CountEvent' calls KeAcquireSpinLock here
  g_OnMixed(Context);
  g_OnEither(Context);
  g_OnPassedOn(Context);
  g_OnExternal(Context);
  return TRUE;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING Path) {
  UNREFERENCED_PARAMETER(DriverObject);
  UNREFERENCED_PARAMETER(Path);
  g_OnEvent = CountEvent;
  RegisterHandler(CountEvent);
  g_OnMixed = CountEvent;
  g_OnMixed = (PEVENT_HANDLER)MmGetSystemRoutineAddress(Path);
  g_OnEither = CountEvent;
  g_OnEither = CountQuietly;
  RegisterAny(CountEvent);
  RegisterAny(g_OnMixed);
  return STATUS_SUCCESS;
}

// A handler the driver swaps out through the slot's address: the address
// could be used to store anything, so the call resolves to nothing.
static PEVENT_HANDLER g_OnSwapped;

VOID EnableSwapped(VOID) { g_OnSwapped = CountEvent; }

VOID DisableSwapped(VOID) {
  InterlockedExchangePointer((PVOID volatile *)&g_OnSwapped, NULL);
}

KSERVICE_ROUTINE SecondIsr;
BOOLEAN SecondIsr(PKINTERRUPT Interrupt, PVOID Context) {
  UNREFERENCED_PARAMETER(Interrupt);
  g_OnSwapped(Context);
  return TRUE;
}

// DUMP-LABEL: summary DeviceIsr
// DUMP: call through 'g_OnEvent' @53:3: 'CountEvent' (assigned in 'DriverEntry')
// DUMP: call through 'g_OnRegistered' @57:3: 'CountEvent' (passed to 'RegisterHandler' by 'DriverEntry')
// DUMP: call through 'g_OnMixed' @61:3: targets unknown (a value other than a known function stored there, or its address taken)
// DUMP: call through 'g_OnEither' @62:3: 'CountEvent' (assigned in 'DriverEntry'), 'CountQuietly' (assigned in 'DriverEntry')
// DUMP: call through 'g_OnPassedOn' @63:3: targets unknown (a parameter stored there whose callers are not all known)
// DUMP: call through 'g_OnExternal' @64:3: targets unknown (a global the program does not define)
// DUMP-LABEL: summary SecondIsr
// DUMP: call through 'g_OnSwapped' @95:3: targets unknown (a value other than a known function stored there, or its address taken)
