/* irqlint's annotations for driver code: markers irqlint reads from the
 * tokens in front of a declaration (as it reads SAL), and that compile to
 * nothing everywhere, so a driver can keep them in its real build.
 *
 * irqlint puts this directory on the include path of everything it
 * analyzes; for the driver's own build, copy this file into the tree or
 * include it only when present:
 *
 *   #if defined(__has_include)
 *   #if __has_include(<irqlint/annotations.h>)
 *   #include <irqlint/annotations.h>
 *   #endif
 *   #endif
 *   #ifndef IRQLINT_RUNS_AT_DIRQL
 *   #define IRQLINT_RUNS_AT_DIRQL
 *   #endif
 */
#ifndef IRQLINT_ANNOTATIONS_H
#define IRQLINT_ANNOTATIONS_H

/* The function runs in interrupt context (at DIRQL), like an ISR: for a
 * routine registered in a way irqlint cannot see (through a table of
 * function pointers, a bus driver's interface). Spin locks reached from it
 * are reported by lock-in-isr, and routines that need DISPATCH_LEVEL or
 * below by irql-too-high.
 *
 *   IRQLINT_RUNS_AT_DIRQL
 *   BOOLEAN HwInterruptForBus(PVOID Context);
 */
#define IRQLINT_RUNS_AT_DIRQL

#endif
