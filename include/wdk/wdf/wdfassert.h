/* irqlint's model of KMDF's assertion macros (wdfassert.h). Written from
 * the documentation -- not Microsoft's header. WDFVERIFY checks in every
 * build and, when the check fails, breaks into the debugger the way
 * WdfVerifierDbgBreakPoint does; WDFASSERT checks only in checked (DBG)
 * builds; WDFCASSERT is a compile-time check. */
#ifndef IRQLINT_WDK_WDFASSERT_H
#define IRQLINT_WDK_WDFASSERT_H

#define WDFVERIFY(exp)                                                         \
  do {                                                                         \
    if (!(exp))                                                                \
      WdfVerifierDbgBreakPoint();                                              \
  } while (0)
#if DBG
#define WDFASSERT(exp) WDFVERIFY(exp)
#else
#define WDFASSERT(exp) ((void)0)
#endif
#define WDFCASSERT(c) _Static_assert((c), #c)

#endif
