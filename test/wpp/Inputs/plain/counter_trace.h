// Tracing settings of a small test driver: one control GUID with three
// flags, and a trace function of its own next to WPP's default one.
#pragma once
#include <evntrace.h>

#define WPP_CONTROL_GUIDS                                                      \
  WPP_DEFINE_CONTROL_GUID(CounterTraceGuid,                                    \
                          (0a1b2c3d, 1234, 5678, 9abc, 0123456789ab),          \
                          WPP_DEFINE_BIT(CNT_INIT)                             \
                              WPP_DEFINE_BIT(CNT_IO)                           \
                                  WPP_DEFINE_BIT(CNT_POWER))

#define WPP_LEVEL_FLAGS_LOGGER(lvl, flags) WPP_LEVEL_LOGGER(flags)
#define WPP_LEVEL_FLAGS_ENABLED(lvl, flags)                                    \
  (WPP_LEVEL_ENABLED(flags) && WPP_CONTROL(WPP_BIT_##flags).Level >= lvl)

//
// begin_wpp config
// FUNC CounterLog(LEVEL, FLAGS, MSG, ...);
// USEPREFIX(CounterLog, "%!STDPREFIX! %!FUNC!: ");
// end_wpp
//
