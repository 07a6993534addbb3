// The recursive owner lock of CDFS (CdLockFcb / CdUnlockFcb): a thread
// that owns the mutex already assumes it held; the unlock that does not
// release assumes it not held. The assumptions sit inside the driver's own
// macros, which the bundled sal.h keeps visible: no finding. (With
// headers that define the assumptions to nothing, only assumptions written
// directly in a function's statements are seen: see analysis_assume.c.)
// RUN: %irqlint %s -- %wdk_amd64 | count 0
// RUN: %irqlint %s -- %wdk_x86 | count 0

#include <ntddk.h>

typedef struct _OWNED {
  FAST_MUTEX Mutex;
  PVOID Owner;
  ULONG Count;
} OWNED, *POWNED;
#define LOCK_OWNED(O)                                                          \
  {                                                                            \
    PVOID _thread = PsGetCurrentThread();                                      \
    if (_thread != (O)->Owner) {                                               \
      ExAcquireFastMutex(&(O)->Mutex);                                         \
      (O)->Owner = _thread;                                                    \
    } else {                                                                   \
      _Analysis_assume_lock_held_((O)->Mutex);                                 \
    }                                                                          \
    (O)->Count += 1;                                                           \
  }
#define UNLOCK_OWNED(O)                                                        \
  {                                                                            \
    (O)->Count -= 1;                                                           \
    if ((O)->Count == 0) {                                                     \
      (O)->Owner = NULL;                                                       \
      ExReleaseFastMutex(&(O)->Mutex);                                         \
    } else {                                                                   \
      _Analysis_assume_lock_not_held_((O)->Mutex);                             \
    }                                                                          \
  }

VOID TouchOwned(POWNED o) {
  LOCK_OWNED(o);
  o->Count++;
  UNLOCK_OWNED(o);
}
