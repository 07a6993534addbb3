// C that C++ rejects (an implicit conversion from void *, a variable named
// 'class'), with one finding to show the file was analyzed as C.
#include <ntddk.h>

typedef struct DEVICE_STATE {
  KSPIN_LOCK Lock;
  int class;
} DEVICE_STATE;

VOID UpdateClass(PVOID Context) {
  DEVICE_STATE *state = Context;
  KIRQL old_irql;
  KeAcquireSpinLock(&state->Lock, &old_irql);
  state->class = 1;
  KeAcquireSpinLock(&state->Lock, &old_irql);
  KeReleaseSpinLock(&state->Lock, old_irql);
}
