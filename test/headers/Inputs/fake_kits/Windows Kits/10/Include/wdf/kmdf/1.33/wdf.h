// A stand-in for KMDF 1.33's wdf.h (Include/wdf/kmdf/1.33).
#pragma once
#define FAKE_KMDF_MINOR 33
