/* One of src\*.c. */
#include "shared.h"
int A = SHARED_FOUND;
