// The tracing header of a small ring-buffer driver built from a
// compilation database.
#pragma once
#define WPP_CONTROL_GUIDS                                                      \
  WPP_DEFINE_CONTROL_GUID(RingGuid, (feedf00d, 0001, 0002, 0003, 000000000004), \
                          WPP_DEFINE_BIT(RING_PUT))
/* begin_wpp config
 * FUNC RingTrace(LEVEL, FLAGS, MSG, ...);
 * end_wpp */
