// A routine declared `_Requires_lock_not_held_(x) _Acquires_lock_(x)` (the
// WDK's own pattern, e.g. on KeAcquireGuardedMutex and on drivers' lock
// helpers) requires the lock not held when it is called: the requirement
// is checked in the state the call starts in, before the routine's own
// acquire is applied. Only a second call while it is held is reported.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not

#include <ntddk.h>

typedef struct _MYLIST {
  KSPIN_LOCK Lock;
  LIST_ENTRY Head;
} MYLIST, *PMYLIST;

_Requires_lock_not_held_(List->Lock) _Acquires_lock_(List->Lock)
VOID LockList(PMYLIST List, PKIRQL Irql);
_Requires_lock_held_(List->Lock) _Releases_lock_(List->Lock)
VOID UnlockList(PMYLIST List, KIRQL Irql);

VOID Add(PMYLIST List, PLIST_ENTRY Entry) {
  KIRQL irql;
  LockList(List, &irql);
  InsertTailList(&List->Head, Entry);
  UnlockList(List, irql);
}

VOID Twice(PMYLIST List) {
  KIRQL first, second;
  LockList(List, &first);
  LockList(List, &second);
  // CHECK: :[[@LINE-1]]:3: warning: 'List->Lock' is held, but LockList requires it not held (_Requires_lock_not_held_) [lock-double-acquire]
  UnlockList(List, second);
  UnlockList(List, first);
}
