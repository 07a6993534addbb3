/* irqlint's model of ntddk.h: everything lives in wdm.h. */
#include "wdm.h"
