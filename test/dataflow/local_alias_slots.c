// The IRQL an acquire saves inside the object it locks moves with the lock
// when the alias that reached both ends: a thread-release routine takes the
// extension's lock through a local loaded from the thread, clears the
// thread's pointer to the extension while holding it, and releases through
// the local, restoring the IRQL saved in the same extension. The slot is the
// local's now, as the lock is: no oldirql-mismatch.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <ntddk.h>

typedef struct _THREAD_EXT {
  KSPIN_LOCK Lock;
  KIRQL OldIrql;
  ULONG Status;
} THREAD_EXT, *PTHREAD_EXT;

typedef struct _RT_THREAD {
  PTHREAD_EXT Ext;
} RT_THREAD, *PRT_THREAD;

VOID ReleaseThread(PRT_THREAD Thread) {
  PTHREAD_EXT Ext = Thread->Ext;
  if (Ext == NULL)
    return;
  KeAcquireSpinLock(&Ext->Lock, &Ext->OldIrql);
  if (Ext->Status & 1) {
    KeReleaseSpinLock(&Ext->Lock, Ext->OldIrql);
    return;
  }
  Ext->Status |= 1;
  Thread->Ext = NULL;
  KeReleaseSpinLock(&Ext->Lock, Ext->OldIrql);
}

// Restoring the IRQL from the object the thread now points to is another
// object's slot.
VOID ReleaseThreadWrongSlot(PRT_THREAD Thread, PTHREAD_EXT Next) {
  PTHREAD_EXT Ext = Thread->Ext;
  KeAcquireSpinLock(&Ext->Lock, &Ext->OldIrql);
  Thread->Ext = Next;
  KeReleaseSpinLock(&Ext->Lock, Thread->Ext->OldIrql);
  // CHECK: :[[@LINE-1]]:3: warning: KeReleaseSpinLock restores 'Thread->Ext->OldIrql', but the IRQL saved when 'Ext->Lock' was acquired is in 'Ext->OldIrql' [oldirql-mismatch]
}
