/* Mock ntddk.h for irqlint's lit tests: everything is in the mock wdm.h. */
#include "wdm.h"
