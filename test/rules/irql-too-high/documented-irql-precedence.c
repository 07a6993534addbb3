// The documented IRQL (rules/irql_facts.def) is the last word, not the
// first: a declaration whose SAL states a bound is taken at its word, and
// a routine the program defines is judged by its body. Neither call below
// is reported, although the table says <= APC_LEVEL for both names.
// RUN: %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not --allow-empty

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
// this header says DISPATCH_LEVEL: the translation unit's word wins
_IRQL_requires_max_(DISPATCH_LEVEL) void RtlFreeUnicodeString(UNICODE_STRING *String);

// a driver's own function that happens to share a documented name
void RtlFreeAnsiString(UNICODE_STRING *String) { String->Length = 0; }

typedef struct _DEVICE_CONTEXT {
  KSPIN_LOCK Lock;
  UNICODE_STRING Name;
} DEVICE_CONTEXT;

void DropNameUnderLock(DEVICE_CONTEXT *Ctx) {
  KIRQL old;
  KeAcquireSpinLock(&Ctx->Lock, &old);
  RtlFreeUnicodeString(&Ctx->Name);
  RtlFreeAnsiString(&Ctx->Name);
  KeReleaseSpinLock(&Ctx->Lock, old);
}
