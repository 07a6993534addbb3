/* irqlint's model of dontuse.h. The real header marks routines a driver
 * should no longer call as deprecated; that has no bearing on lock or IRQL
 * analysis, so the model is empty. */
#ifndef IRQLINT_WDK_DONTUSE_H
#define IRQLINT_WDK_DONTUSE_H
#endif
