/* irqlint's model of storswtr.h, the WDK's shared WPP tracing settings of
 * storage drivers (the class drivers classpnp and disk, MPIO device-
 * specific modules) -- not Microsoft's header, and no documentation page
 * describes it. What it provides is what those drivers use with it:
 *
 *   - DEBUG_USE_WPP, unless the project asks for debugger prints with
 *     DEBUG_USE_KDPRINT: the drivers include their generated .tmh under
 *     #ifdef DEBUG_USE_WPP (irqlint's WPP stand-in, docs/wpp.md);
 *   - WPP_CONTROL_GUIDS_NORMAL_FLAGS(guid), the control GUID with the
 *     storage trace flags, which the drivers' WPP_CONTROL_GUIDS names;
 *   - TracePrint((LEVEL, FLAGS, MSG, ...)), the projects' WPP trace
 *     function (-func:), here for the debugger-print builds too;
 *   - the TRACE_LEVEL_* levels of evntrace.h.
 *
 * The flags are constants here: the WPP preprocessor would make them
 * trace bits, and irqlint's stand-in declares only the flags of the
 * driver's own headers. */
#ifndef IRQLINT_WDK_STORSWTR_H
#define IRQLINT_WDK_STORSWTR_H

#include "evntrace.h"

#ifndef DEBUG_USE_KDPRINT
#ifndef DEBUG_USE_WPP
#define DEBUG_USE_WPP
#endif
#endif

/* clang-format off */
#define WPP_CONTROL_GUIDS_NORMAL_FLAGS(_ControlGuid) \
  WPP_DEFINE_CONTROL_GUID(StorageTraceGuid, _ControlGuid, \
    WPP_DEFINE_BIT(TRACE_FLAG_GENERAL) \
    WPP_DEFINE_BIT(TRACE_FLAG_PNP) \
    WPP_DEFINE_BIT(TRACE_FLAG_POWER) \
    WPP_DEFINE_BIT(TRACE_FLAG_RW) \
    WPP_DEFINE_BIT(TRACE_FLAG_IOCTL) \
    WPP_DEFINE_BIT(TRACE_FLAG_QUEUE) \
    WPP_DEFINE_BIT(TRACE_FLAG_WMI) \
    WPP_DEFINE_BIT(TRACE_FLAG_TIMER) \
    WPP_DEFINE_BIT(TRACE_FLAG_INIT) \
    WPP_DEFINE_BIT(TRACE_FLAG_LOCK) \
    WPP_DEFINE_BIT(TRACE_FLAG_DEBUG1) \
    WPP_DEFINE_BIT(TRACE_FLAG_DEBUG2) \
    WPP_DEFINE_BIT(TRACE_FLAG_MCN) \
    WPP_DEFINE_BIT(TRACE_FLAG_ISR) \
    WPP_DEFINE_BIT(TRACE_FLAG_ENUM) \
    WPP_DEFINE_BIT(TRACE_FLAG_SCSI) \
  )
/* clang-format on */

/* the flags' values are irqlint's: only their names matter here */
enum {
  TRACE_FLAG_GENERAL = 0x1,
  TRACE_FLAG_PNP = 0x2,
  TRACE_FLAG_POWER = 0x4,
  TRACE_FLAG_RW = 0x8,
  TRACE_FLAG_IOCTL = 0x10,
  TRACE_FLAG_QUEUE = 0x20,
  TRACE_FLAG_WMI = 0x40,
  TRACE_FLAG_TIMER = 0x80,
  TRACE_FLAG_INIT = 0x100,
  TRACE_FLAG_LOCK = 0x200,
  TRACE_FLAG_DEBUG1 = 0x400,
  TRACE_FLAG_DEBUG2 = 0x800,
  TRACE_FLAG_MCN = 0x1000,
  TRACE_FLAG_ISR = 0x2000,
  TRACE_FLAG_ENUM = 0x4000,
  TRACE_FLAG_SCSI = 0x8000
};

#ifdef DEBUG_USE_KDPRINT
/* the debugger-print builds: the arguments are evaluated, nothing is
 * printed here */
void __cdecl irqlint_stor_trace(int irqlint_none, ...);
#define TracePrint(x) irqlint_stor_trace(0, x)
#endif

#endif
