/* irqlint's model of driverspecs.h: the kernel-mode annotations
 * (_IRQL_requires_max_, _Kernel_float_saved_, __drv_dispatchType ...) live
 * with the rest of the SAL annotations in sal.h. */
#include "sal.h"
