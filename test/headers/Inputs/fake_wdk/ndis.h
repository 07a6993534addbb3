/* Stands in for a real WDK's ndis.h on the user's include path: the
 * bundled model must not be used when this one is found first. */
#define FAKE_WDK_NDIS 1
#include <wdm.h>
typedef struct _NDIS_SPIN_LOCK {
  KSPIN_LOCK SpinLock;
  KIRQL OldIrql;
} NDIS_SPIN_LOCK, *PNDIS_SPIN_LOCK;
#define NdisAcquireSpinLock(_SpinLock)                                         \
  KeAcquireSpinLock(&(_SpinLock)->SpinLock, &(_SpinLock)->OldIrql)
#define NdisReleaseSpinLock(_SpinLock)                                         \
  KeReleaseSpinLock(&(_SpinLock)->SpinLock, (_SpinLock)->OldIrql)
