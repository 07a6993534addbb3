// A file with a clang error next to a finding: the editor shows both, the
// error as clangd would (source "clang"), with the note on the function it
// left partial.
#include <ndis.h>

void Partial(int x) { int y = x + ; }

void Send(PNDIS_SPIN_LOCK Lock, int busy) {
  NdisAcquireSpinLock(Lock);
  if (busy)
    return;
  NdisReleaseSpinLock(Lock);
}
