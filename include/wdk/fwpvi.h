/* irqlint's model of fwpvi.h (the Windows Filtering Platform's
 * version-independent names: FWPS_CALLOUT for the newest FWPS_CALLOUTn,
 * FwpmFilterAdd for FwpmFilterAdd0 ...). In this model the mappings are
 * made next to the declarations they name, in fwpsk.h and fwpmk.h; drivers
 * that include fwpvi.h themselves (after those headers) get them from
 * there. */
#ifndef IRQLINT_WDK_FWPVI_H
#define IRQLINT_WDK_FWPVI_H
#endif
