// lock-held-too-long, negative cases: short stalls, stalls outside the
// lock, and stalls whose length is not a constant.
// RUN: %irqlint %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES | count 0

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
} ADAPTER, *PADAPTER;

void Stalls(PADAPTER a, ULONG us) {
  NdisAcquireSpinLock(&a->Lock);
  NdisStallExecution(25);
  KeStallExecutionProcessor(us);
  NdisReleaseSpinLock(&a->Lock);
  NdisStallExecution(1000);
}
