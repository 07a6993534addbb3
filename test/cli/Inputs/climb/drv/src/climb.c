/* Includes that climb above every listed directory to one spelled in
 * another case on disk (issue 18, item 5). */
#include <ntddk.h>
#include "..\..\virtio\virtio.h"
#include "local.h"

#if VIRTIO_HEADER_FOUND && VIRTIO_RING_FOUND
void Climbed(PKSPIN_LOCK Lock, int Fail) {
  KIRQL old;
  KeAcquireSpinLock(Lock, &old);
  if (Fail)
    return;
  KeReleaseSpinLock(Lock, old);
}
#endif
