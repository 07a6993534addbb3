/* The precompiled header: MSVC reads Drv's .pch for its #include. */
#include <ntddk.h>
#include "common.h"
