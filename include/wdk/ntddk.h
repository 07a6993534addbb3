/* irqlint's model of ntddk.h, written from the documentation. The routines
 * the reference pages list under ntddk.h that drivers here use are declared
 * with the rest of the kernel API in wdm.h. */
#include "wdm.h"

/* the resource routines' names before the …Lite ones; the WDK's ntddk.h
 * keeps them as aliases */
#define ExInitializeResource ExInitializeResourceLite
#define ExAcquireResourceShared ExAcquireResourceSharedLite
#define ExAcquireResourceExclusive ExAcquireResourceExclusiveLite
#define ExReleaseResourceForThread ExReleaseResourceForThreadLite
#define ExConvertExclusiveToShared ExConvertExclusiveToSharedLite
#define ExDeleteResource ExDeleteResourceLite
#define ExIsResourceAcquiredExclusive ExIsResourceAcquiredExclusiveLite
#define ExIsResourceAcquiredShared ExIsResourceAcquiredSharedLite
#define ExIsResourceAcquired ExIsResourceAcquiredSharedLite
