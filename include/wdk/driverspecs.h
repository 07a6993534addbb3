/* irqlint's model of driverspecs.h: the annotations live in sal.h. */
#include "sal.h"
