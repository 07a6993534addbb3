/* suppress.h: the WDK's helpers for suppressing Code Analysis warnings
 * (irqlint's model). Drivers suppress with `#pragma warning(suppress: N)`
 * and `#pragma prefast(suppress: N, "why")`, which need no declarations,
 * and with the SAL analysis macros, which sal.h defines; this header only
 * makes the include resolve. */
#ifndef IRQLINT_WDK_SUPPRESS_H
#define IRQLINT_WDK_SUPPRESS_H

#include "sal.h"

#endif
