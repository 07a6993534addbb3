/* The table, filled by its initializer with a handler that takes a spin
 * lock. */
#include "handlers.h"

static KSPIN_LOCK CountLock;
static ULONG Count;

static VOID CountInterrupt(PVOID Context) {
  KIRQL old;
  UNREFERENCED_PARAMETER(Context);
  KeAcquireSpinLock(&CountLock, &old);
  Count++;
  KeReleaseSpinLock(&CountLock, old);
}

static HANDLER_TABLE Table = {1, CountInterrupt};
PHANDLER_TABLE g_Table = &Table;
