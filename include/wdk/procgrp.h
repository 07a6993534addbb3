/* procgrp.h: the WDK's processor group compatibility library (irqlint's
 * model, written from the documentation), which lets a driver built for
 * Windows 7 and later call the processor-group routines on earlier
 * systems too. The routines themselves (KeGetCurrentProcessorNumberEx,
 * KeQueryActiveProcessorCountEx, KeQueryGroupAffinity ...) are wdm.h's;
 * the library adds its initialization routine. */
#ifndef IRQLINT_WDK_PROCGRP_H
#define IRQLINT_WDK_PROCGRP_H

#include "wdm.h"

/* called from DriverEntry before any processor-group routine */
_IRQL_requires_max_(PASSIVE_LEVEL) VOID WdmlibProcgrpInitialize(VOID);

#endif
