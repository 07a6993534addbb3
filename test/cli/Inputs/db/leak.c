// Analyzed through compile_commands.json; LEAK_ON_ERROR comes from the
// compile command, so the finding proves the command's flags were used.
#include <ndis.h>

void SendPath(PNDIS_SPIN_LOCK Lock, int error) {
  NdisAcquireSpinLock(Lock);
#ifdef LEAK_ON_ERROR
  if (error)
    return;
#endif
  NdisReleaseSpinLock(Lock);
}
