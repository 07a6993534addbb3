// Which KMDF headers the project's build searched: its wdf.h says.
#include <wdm.h>
#include <wdf.h>

#if FAKE_KMDF_MINOR == 15
#define LEAK LeakWithKmdf115
#else
#define LEAK LeakWithAnotherKmdf
#endif

void LEAK(PKSPIN_LOCK Lock, int fail) {
  KeAcquireSpinLockAtDpcLevel(Lock);
  if (fail)
    return;
  KeReleaseSpinLockFromDpcLevel(Lock);
}
