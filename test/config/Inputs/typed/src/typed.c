#include <ntddk.h>

VOID LockObject(PVOID Object);
VOID UnlockObject(PVOID Object);

typedef struct _VCB {
  ERESOURCE Resource;
  KSPIN_LOCK SpinLock;
  ULONG State;
} VCB, *PVCB;

ULONG LookupPaged(PVCB Vcb);
#pragma alloc_text(PAGE, LookupPaged)
ULONG LookupPaged(PVCB Vcb) {
  PAGED_CODE();
  return Vcb->State;
}

ULONG Query(PVCB Vcb) {
  ULONG state;
  LockObject(&Vcb->Resource);
  state = LookupPaged(Vcb);
  UnlockObject(&Vcb->Resource);
  LockObject(&Vcb->SpinLock);
  state += LookupPaged(Vcb);
  UnlockObject(&Vcb->SpinLock);
  return state;
}
