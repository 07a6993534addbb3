#include "shared.h"

/* Called from a.c: its summary crosses files, from the cache or not. */
void DrainQueue(PADAPTER Adapter) {
  NdisDprAcquireSpinLock(&Adapter->Lock);
  Adapter->Pending = 0;
  NdisDprReleaseSpinLock(&Adapter->Lock);
}
