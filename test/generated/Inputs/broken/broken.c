// Includes the header of a MOF file that does not parse.
#include <wdm.h>

#include "BrokenWmi.h"

ULONG BrokenFirst(void) { return 1; }
