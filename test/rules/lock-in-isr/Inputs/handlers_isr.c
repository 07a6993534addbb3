/* The ISR: it calls whatever the table holds. */
#include "handlers.h"

KSERVICE_ROUTINE DeviceIsr;
BOOLEAN DeviceIsr(PKINTERRUPT Interrupt, PVOID Context) {
  UNREFERENCED_PARAMETER(Interrupt);
  g_Table->OnInterrupt(Context);
  return TRUE;
}
