// irql-too-high from the documented IRQL (rules/irql_facts.def): a routine
// the driver declares itself, with no SAL (as drivers built against old or
// hand-written headers do), called under a spin lock. Its reference page
// says it runs at <= APC_LEVEL; nothing else says so. The same routine at
// PASSIVE_LEVEL, a routine the table does not know, one whose declaration
// states its own bound, and a driver's own function of that name report
// nothing.
// RUN: not %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#define _IRQL_requires_max_(level)
#define DISPATCH_LEVEL 2

typedef unsigned long long KSPIN_LOCK;
typedef unsigned char KIRQL;
typedef struct _UNICODE_STRING {
  unsigned short Length, MaximumLength;
  unsigned short *Buffer;
} UNICODE_STRING;

void KeAcquireSpinLock(KSPIN_LOCK *Lock, KIRQL *OldIrql);
void KeReleaseSpinLock(KSPIN_LOCK *Lock, KIRQL NewIrql);
void RtlFreeUnicodeString(UNICODE_STRING *String);
void KeClearEvent(void *Event);
void FreeNameOfOurOwn(UNICODE_STRING *String);

typedef struct _DEVICE_CONTEXT {
  KSPIN_LOCK Lock;
  UNICODE_STRING Name;
  void *Event;
} DEVICE_CONTEXT;

void DropNameUnderLock(DEVICE_CONTEXT *Ctx) {
  KIRQL old;
  KeAcquireSpinLock(&Ctx->Lock, &old);
  RtlFreeUnicodeString(&Ctx->Name);
  // CHECK: :[[@LINE-1]]:3: warning: RtlFreeUnicodeString requires IRQL <= APC_LEVEL (by its documentation), but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-2]]:3: note: 'RtlFreeUnicodeString' may be called only at IRQL <= APC_LEVEL (its documentation: https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/wdm/nf-wdm-rtlfreeunicodestring)
  // CHECK-NEXT: :[[@LINE-4]]:3: note: 'Ctx->Lock' acquired here by KeAcquireSpinLock, raising the IRQL to DISPATCH_LEVEL
  // a <= DISPATCH_LEVEL routine is fine here
  KeClearEvent(Ctx->Event);
  KeReleaseSpinLock(&Ctx->Lock, old);
}

// Through a helper: its summary carries the documented bound to the caller.
static void ForgetName(DEVICE_CONTEXT *Ctx) { RtlFreeUnicodeString(&Ctx->Name); }

void ForgetNameUnderLock(DEVICE_CONTEXT *Ctx) {
  KIRQL old;
  KeAcquireSpinLock(&Ctx->Lock, &old);
  ForgetName(Ctx);
  // CHECK: :[[@LINE-1]]:3: warning: ForgetName requires IRQL <= APC_LEVEL (by what it calls), but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  // CHECK-NEXT: :[[@LINE-3]]:3: note: 'Ctx->Lock' acquired here
  // CHECK-NEXT: :[[@LINE-8]]:47: note: 'ForgetName' calls RtlFreeUnicodeString here
  KeReleaseSpinLock(&Ctx->Lock, old);
}

// Negative: at PASSIVE_LEVEL, the documented range holds.
void DropNameAtPassive(DEVICE_CONTEXT *Ctx) { RtlFreeUnicodeString(&Ctx->Name); }

// Negative: a routine the table has no row for.
void DropOwnNameUnderLock(DEVICE_CONTEXT *Ctx) {
  KIRQL old;
  KeAcquireSpinLock(&Ctx->Lock, &old);
  FreeNameOfOurOwn(&Ctx->Name);
  KeReleaseSpinLock(&Ctx->Lock, old);
}
