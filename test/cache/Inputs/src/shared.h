/* Shared by a.c and b.c: editing it must make both entries stale. */
#include <ndis.h>

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  int Pending;
} ADAPTER, *PADAPTER;

void DrainQueue(PADAPTER Adapter);
