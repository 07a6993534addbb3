// The older kit's stand-in km/wdm.h (see 10.0.22621.0/km/wdm.h).
#pragma once
#include <kit_shared.h>
#define FAKE_KIT_VERSION 19041
void KeAcquireSpinLockAtDpcLevel(PKSPIN_LOCK SpinLock);
void KeReleaseSpinLockFromDpcLevel(PKSPIN_LOCK SpinLock);
