/* irqlint's model of TraceLoggingProvider.h, the TraceLogging event API,
 * written from the documentation (learn.microsoft.com "TraceLoggingProvider.h")
 * -- not Microsoft's header. The provider handle and the register routines
 * are declared; TraceLoggingWrite and the field macros (TraceLoggingUInt32,
 * TraceLoggingPointer, ...) become one variadic call, so the values a
 * driver logs are still compiled and analyzed while the event layout the
 * real macros build at compile time is not modeled. */
#ifndef IRQLINT_WDK_TRACELOGGINGPROVIDER_H
#define IRQLINT_WDK_TRACELOGGINGPROVIDER_H

#include "evntrace.h"
#include "wdm.h"

/* In a kernel build the TraceLogging routines return an NTSTATUS. */
typedef NTSTATUS TLG_STATUS;

struct _TlgProvider_t;
typedef const struct _TlgProvider_t *TraceLoggingHProvider;

/* TRACELOGGING_DEFINE_PROVIDER(handle, "name", (guid fields), options...)
 * defines the handle; the GUID tuple and the options are not kept. */
#define TRACELOGGING_DECLARE_PROVIDER(hProvider)                               \
  extern const TraceLoggingHProvider hProvider
#define TRACELOGGING_DEFINE_PROVIDER(hProvider, providerName, ...)             \
  const TraceLoggingHProvider hProvider = (TraceLoggingHProvider)0
#define TRACELOGGING_DEFINE_PROVIDER_STORAGE(storageVariable, providerName,    \
                                             ...)                              \
  static const int storageVariable = 0

_IRQL_requires_max_(PASSIVE_LEVEL) TLG_STATUS
    TraceLoggingRegister(_In_ TraceLoggingHProvider hProvider);
_IRQL_requires_max_(PASSIVE_LEVEL) TLG_STATUS
    TraceLoggingRegisterEx(_In_ TraceLoggingHProvider hProvider,
                           _In_opt_ PVOID pEnableCallback,
                           _In_opt_ PVOID pCallbackContext);
_IRQL_requires_max_(PASSIVE_LEVEL) void TraceLoggingUnregister(
    _In_ TraceLoggingHProvider hProvider);
BOOLEAN TraceLoggingProviderEnabled(_In_ TraceLoggingHProvider hProvider,
                                    _In_ UCHAR level, _In_ ULONGLONG keyword);

/* One call stands in for the event: its arguments are the field macros'
 * values. Writing an event is allowed at any IRQL up to HIGH_LEVEL. */
void IrqlintTraceLoggingWrite_(TraceLoggingHProvider hProvider,
                               const char *eventName, ...);
#define TraceLoggingWrite(hProvider, eventName, ...)                           \
  IrqlintTraceLoggingWrite_(hProvider, eventName, ##__VA_ARGS__)
#define TraceLoggingWriteActivity(hProvider, eventName, pActivityId,           \
                                  pRelatedActivityId, ...)                     \
  IrqlintTraceLoggingWrite_(hProvider, eventName, pActivityId,                 \
                            pRelatedActivityId, ##__VA_ARGS__)

/* Event properties. */
#define TraceLoggingLevel(eventLevel) ((UCHAR)(eventLevel))
#define TraceLoggingKeyword(eventKeyword) ((ULONGLONG)(eventKeyword))
#define TraceLoggingOpcode(eventOpcode) ((UCHAR)(eventOpcode))
#define TraceLoggingChannel(eventChannel) ((UCHAR)(eventChannel))
#define TraceLoggingEventTag(eventTag) ((ULONG)(eventTag))
#define TraceLoggingDescription(description) (description)

/* Field macros: (value, optional name, optional description, ...). */
#define TraceLoggingValue(value, ...) (value)
#define TraceLoggingInt8(value, ...) ((signed char)(value))
#define TraceLoggingUInt8(value, ...) ((UCHAR)(value))
#define TraceLoggingInt16(value, ...) ((SHORT)(value))
#define TraceLoggingUInt16(value, ...) ((USHORT)(value))
#define TraceLoggingInt32(value, ...) ((LONG)(value))
#define TraceLoggingUInt32(value, ...) ((ULONG)(value))
#define TraceLoggingInt64(value, ...) ((LONGLONG)(value))
#define TraceLoggingUInt64(value, ...) ((ULONGLONG)(value))
#define TraceLoggingHexInt32(value, ...) ((LONG)(value))
#define TraceLoggingHexUInt32(value, ...) ((ULONG)(value))
#define TraceLoggingHexInt64(value, ...) ((LONGLONG)(value))
#define TraceLoggingHexUInt64(value, ...) ((ULONGLONG)(value))
#define TraceLoggingIntPtr(value, ...) ((LONG_PTR)(value))
#define TraceLoggingUIntPtr(value, ...) ((ULONG_PTR)(value))
#define TraceLoggingBoolean(value, ...) ((BOOLEAN)(value))
#define TraceLoggingBool(value, ...) ((int)(value))
#define TraceLoggingChar(value, ...) ((char)(value))
#define TraceLoggingWChar(value, ...) ((WCHAR)(value))
#define TraceLoggingPointer(value, ...) ((const void *)(value))
#define TraceLoggingString(value, ...) ((const char *)(value))
#define TraceLoggingWideString(value, ...) ((const WCHAR *)(value))
#define TraceLoggingUnicodeString(pValue, ...) ((PCUNICODE_STRING)(pValue))
#define TraceLoggingAnsiString(pValue, ...) ((PCANSI_STRING)(pValue))
#define TraceLoggingGuid(value, ...) (value)
#define TraceLoggingNTStatus(value, ...) ((NTSTATUS)(value))
#define TraceLoggingHResult(value, ...) ((LONG)(value))
#define TraceLoggingWinError(value, ...) ((ULONG)(value))
#define TraceLoggingBinary(pValue, cbValue, ...)                               \
  ((const void *)(pValue)), ((ULONG)(cbValue))

#endif
