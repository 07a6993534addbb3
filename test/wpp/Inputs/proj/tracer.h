// Tracer's control GUID and flags.
#pragma once
#define WPP_CONTROL_GUIDS                                                      \
  WPP_DEFINE_CONTROL_GUID(TracerGuid,                                          \
                          (c0ffee00, 1111, 2222, 3333, 444455556666),          \
                          WPP_DEFINE_BIT(TRC_START) WPP_DEFINE_BIT(TRC_DATA))
