// A stand-in for KMDF 1.15's wdf.h (Include/wdf/kmdf/1.15).
#pragma once
#define FAKE_KMDF_MINOR 15
