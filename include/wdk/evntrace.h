/* irqlint's model of evntrace.h: the event-tracing levels drivers use in
 * their trace macros, written from the documentation ("TRACE_LEVEL"
 * constants of the event tracing API) -- not Microsoft's header. */
#ifndef IRQLINT_WDK_EVNTRACE_H
#define IRQLINT_WDK_EVNTRACE_H

/* a trace session's handle (TRACEHANDLE, "Event Tracing" data types) */
typedef unsigned long long TRACEHANDLE, *PTRACEHANDLE;

#ifndef TRACE_LEVEL_NONE
#define TRACE_LEVEL_NONE 0
#define TRACE_LEVEL_CRITICAL 1
#define TRACE_LEVEL_FATAL 1
#define TRACE_LEVEL_ERROR 2
#define TRACE_LEVEL_WARNING 3
#define TRACE_LEVEL_INFORMATION 4
#define TRACE_LEVEL_VERBOSE 5
#define TRACE_LEVEL_RESERVED6 6
#define TRACE_LEVEL_RESERVED7 7
#define TRACE_LEVEL_RESERVED8 8
#define TRACE_LEVEL_RESERVED9 9
#endif

#endif
