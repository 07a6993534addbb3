/* Declarations of made-up routines for test/headers/irql_sal.test, in the
 * shapes the bundled headers use. */
#pragma once

typedef void VOID;
typedef long NTSTATUS;
typedef unsigned long ULONG;

/* no annotation at all */
VOID ExampleFlushQueue(void *Queue);
/* a wrong maximum, and a condition that is not the routine's range */
_IRQL_requires_max_(DISPATCH_LEVEL)
_When_(Timeout == 0, _IRQL_requires_max_(DISPATCH_LEVEL))
NTSTATUS ExampleWaitForIdle(void *Device, long long *Timeout);
/* right already */
_IRQL_requires_max_(APC_LEVEL) NTSTATUS ExampleAlreadyRight(void *Device);
/* a minimum above PASSIVE_LEVEL, and one level only */
VOID ExampleTickAtDpc(void *Timer);
VOID ExampleSignalDevice(void *Device);
/* a long declaration the annotation makes wrap */
_Must_inspect_result_ NTSTATUS ExampleOpenFile(void *Handle, ULONG DesiredAccess, ULONG ShareAccess);
/* an inline definition */
static __inline ULONG ExampleReadCounter(void) { return 0; }
/* a macro: nothing to annotate */
#define ExampleCopyBytes(d, s, n) __builtin_memcpy((d), (s), (n))
/* a mention in a comment and a call in a body are not declarations:
 * ExampleFlushQueue(Queue); */
static __inline VOID ExampleDrain(void *Queue) { ExampleFlushQueue(Queue); }
