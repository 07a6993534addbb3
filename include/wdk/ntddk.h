/* irqlint's model of ntddk.h, written from the documentation. The routines
 * the reference pages list under ntddk.h that drivers here use are declared
 * with the rest of the kernel API in wdm.h. */
#include "wdm.h"
