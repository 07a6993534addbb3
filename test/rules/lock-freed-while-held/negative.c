// lock-freed-while-held, negative cases: released before it is freed.
// RUN: %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | count 0
// RUN: %irqlint %s -- %wdk_amd64 | count 0

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  BOOLEAN Halting;
} ADAPTER, *PADAPTER;

void Halt(PADAPTER a) {
  NdisAcquireSpinLock(&a->Lock);
  a->Halting = TRUE;
  NdisReleaseSpinLock(&a->Lock);
  NdisFreeSpinLock(&a->Lock);
}
