// A stand-in for a kit's km/wdm.h, written for irqlint's --wdk tests: just
// enough to tell which kit and directories a run searched.
#pragma once
#include <kit_shared.h>
#define FAKE_KIT_VERSION 22621
void KeAcquireSpinLockAtDpcLevel(PKSPIN_LOCK SpinLock);
void KeReleaseSpinLockFromDpcLevel(PKSPIN_LOCK SpinLock);
