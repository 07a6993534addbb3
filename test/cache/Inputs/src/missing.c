/* Names a header that does not exist yet: the unit has a clang error and
 * is not stored, so creating the header is seen on the next run. */
#include "later.h"

int Later(void) { return LATER_VALUE; }
