// Statements from macro expansions are analyzed as expanded, and events
// carry the location of the macro invocation and the macro chain.
// RUN: %irqlint --dump-cfg %s -- %wdk_amd64 -DMOCK_MACRO_SHAPES | FileCheck %s

#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  KSPIN_LOCK StatsLock;
} ADAPTER, *PADAPTER;

#define ADAPTER_LOCK(a) NdisAcquireSpinLock(&(a)->Lock)
#define ADAPTER_UNLOCK(a)                                                      \
  do {                                                                         \
    NdisReleaseSpinLock(&(a)->Lock);                                           \
  } while (0)

void Wrapped(PADAPTER a) {
  ADAPTER_LOCK(a);
  ADAPTER_UNLOCK(a);
}

void KeMacro(PADAPTER a) {
  KIRQL old;
  KeAcquireSpinLock(&a->StatsLock, &old);
  KeReleaseSpinLock(&a->StatsLock, old);
}
