// paged-code-under-lock, negative cases for pageable functions that use
// spin locks: the lock is taken and dropped inside a resident helper, the
// ExInterlocked… routines (whose pages say only that they run at any IRQL
// with resident storage), a raise that stays below DISPATCH_LEVEL, and a
// resident function that takes a spin lock.
// RUN: %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | count 0
// RUN: %irqlint %s -- %wdk_amd64 | count 0
// RUN: %irqlint %s -- %wdk_x86 | count 0

#include <ndis.h>

typedef struct _PORT {
  NDIS_SPIN_LOCK QueueLock;
  KSPIN_LOCK ListLock;
  LIST_ENTRY Pending;
  ULONG State;
} PORT, *PPORT;

// Resident: takes and drops the lock inside.
VOID PortBumpState(PPORT Port) {
  NdisAcquireSpinLock(&Port->QueueLock);
  Port->State++;
  NdisReleaseSpinLock(&Port->QueueLock);
}

VOID PortConfigure(PPORT Port, PLIST_ENTRY Entry) {
  KIRQL old;
  PAGED_CODE();
  PortBumpState(Port);
  ExInterlockedInsertTailList(&Port->Pending, Entry, &Port->ListLock);
  KeRaiseIrql(APC_LEVEL, &old);
  Port->State = 2;
  KeLowerIrql(old);
}

// Not pageable: a spin lock is fine here.
VOID PortResident(PPORT Port) {
  NdisAcquireSpinLock(&Port->QueueLock);
  Port->State = 3;
  NdisReleaseSpinLock(&Port->QueueLock);
}

// PAGED_CODE() with no section placement (no alloc_text, code_seg or
// declspec): the macro asserts the IRQL at entry, the code stays resident
// (ReactOS opens many resident routines with it), so taking a spin lock
// after it is fine.
VOID PortSpinUp(PPORT Port) {
  PAGED_CODE();
  NdisAcquireSpinLock(&Port->QueueLock);
  Port->State = 4;
  NdisReleaseSpinLock(&Port->QueueLock);
}
