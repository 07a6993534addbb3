#include <ndis.h>
void B(PNDIS_SPIN_LOCK Lock) { NdisAcquireSpinLock(Lock); }
