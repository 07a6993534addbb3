/* irqlint's model of initguid.h, written from the documentation: after it,
 * DEFINE_GUID defines (allocates) each GUID instead of declaring it. */
#define INITGUID
#include "guiddef.h"
