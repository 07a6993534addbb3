#include <ndis.h>
void B(PNDIS_SPIN_LOCK Lock, int e) { NdisAcquireSpinLock(Lock); if (e) return; NdisReleaseSpinLock(Lock); }
// Parses and has no findings.
void Nothing(void) {}
