/* irqlint's model of ntstrsafe.h, the kernel-mode safe string functions
 * (RtlStringCbPrintfW, RtlStringCchCopyA, RtlUnicodeStringPrintf ...), written
 * from the documentation -- not Microsoft's header. */
#ifndef IRQLINT_WDK_NTSTRSAFE_H
#define IRQLINT_WDK_NTSTRSAFE_H

#include "wdm.h"
/* va_list for the ...VPrintf functions, and va_start/va_end with it: as
 * with the WDK's header, drivers that format through RtlStringCbVPrintfA
 * include no <stdarg.h> of their own (clang's header, found through the
 * resource directory irqlint names) */
#include <stdarg.h>
/* Like the WDK's, it brings the string routines (added for hstor). */
#include <string.h>

#define NTSTRSAFEDDI NTSTATUS
#define NTSTRSAFE_MAX_CCH 2147483647
#define NTSTRSAFE_UNICODE_STRING_MAX_CCH (0xffff / sizeof(wchar_t))
#define STRSAFE_IGNORE_NULLS 0x00000100
#define STRSAFE_FILL_BEHIND_NULL 0x00000200
#define STRSAFE_FILL_ON_FAILURE 0x00000400
#define STRSAFE_NULL_ON_FAILURE 0x00000800
#define STRSAFE_NO_TRUNCATION 0x00001000
#define STRSAFE_FILL_BYTE(x)                                                   \
  ((ULONG)((x & 0x000000FF) | STRSAFE_FILL_BEHIND_NULL))
#define STATUS_STRSAFE_INVALID_PARAMETER STATUS_INVALID_PARAMETER
typedef char *NTSTRSAFE_PSTR;
typedef const char *NTSTRSAFE_PCSTR;
typedef WCHAR *NTSTRSAFE_PWSTR;
typedef const WCHAR *NTSTRSAFE_PCWSTR;

_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlStringCbCopyA(NTSTRSAFE_PSTR pszDest, size_t cbDest,
                     NTSTRSAFE_PCSTR pszSrc);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlStringCbCopyW(NTSTRSAFE_PWSTR pszDest, size_t cbDest,
                     NTSTRSAFE_PCWSTR pszSrc);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlStringCchCopyA(NTSTRSAFE_PSTR pszDest, size_t cchDest,
                      NTSTRSAFE_PCSTR pszSrc);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlStringCchCopyW(NTSTRSAFE_PWSTR pszDest, size_t cchDest,
                      NTSTRSAFE_PCWSTR pszSrc);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlStringCbCopyNA(NTSTRSAFE_PSTR pszDest, size_t cbDest,
                      NTSTRSAFE_PCSTR pszSrc, size_t cbToCopy);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlStringCbCopyNW(NTSTRSAFE_PWSTR pszDest, size_t cbDest,
                      NTSTRSAFE_PCWSTR pszSrc, size_t cbToCopy);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlStringCchCopyNA(NTSTRSAFE_PSTR pszDest, size_t cchDest,
                       NTSTRSAFE_PCSTR pszSrc, size_t cchToCopy);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlStringCchCopyNW(NTSTRSAFE_PWSTR pszDest, size_t cchDest,
                       NTSTRSAFE_PCWSTR pszSrc, size_t cchToCopy);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlStringCbCatA(NTSTRSAFE_PSTR pszDest, size_t cbDest,
                    NTSTRSAFE_PCSTR pszSrc);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlStringCbCatW(NTSTRSAFE_PWSTR pszDest, size_t cbDest,
                    NTSTRSAFE_PCWSTR pszSrc);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlStringCchCatA(NTSTRSAFE_PSTR pszDest, size_t cchDest,
                     NTSTRSAFE_PCSTR pszSrc);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlStringCchCatW(NTSTRSAFE_PWSTR pszDest, size_t cchDest,
                     NTSTRSAFE_PCWSTR pszSrc);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlStringCbCatNA(NTSTRSAFE_PSTR pszDest, size_t cbDest,
                     NTSTRSAFE_PCSTR pszSrc, size_t cbToAppend);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlStringCbCatNW(NTSTRSAFE_PWSTR pszDest, size_t cbDest,
                     NTSTRSAFE_PCWSTR pszSrc, size_t cbToAppend);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlStringCbPrintfA(NTSTRSAFE_PSTR pszDest, size_t cbDest,
                       NTSTRSAFE_PCSTR pszFormat, ...);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlStringCbPrintfW(NTSTRSAFE_PWSTR pszDest, size_t cbDest,
                       NTSTRSAFE_PCWSTR pszFormat, ...);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlStringCchPrintfA(NTSTRSAFE_PSTR pszDest, size_t cchDest,
                        NTSTRSAFE_PCSTR pszFormat, ...);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlStringCchPrintfW(NTSTRSAFE_PWSTR pszDest, size_t cchDest,
                        NTSTRSAFE_PCWSTR pszFormat, ...);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlStringCbPrintfExA(NTSTRSAFE_PSTR pszDest, size_t cbDest,
                         NTSTRSAFE_PSTR *ppszDestEnd, size_t *pcbRemaining,
                         ULONG dwFlags, NTSTRSAFE_PCSTR pszFormat, ...);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlStringCbPrintfExW(NTSTRSAFE_PWSTR pszDest, size_t cbDest,
                         NTSTRSAFE_PWSTR *ppszDestEnd, size_t *pcbRemaining,
                         ULONG dwFlags, NTSTRSAFE_PCWSTR pszFormat, ...);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlStringCbVPrintfA(NTSTRSAFE_PSTR pszDest, size_t cbDest,
                        NTSTRSAFE_PCSTR pszFormat, va_list argList);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlStringCbVPrintfW(NTSTRSAFE_PWSTR pszDest, size_t cbDest,
                        NTSTRSAFE_PCWSTR pszFormat, va_list argList);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlStringCchVPrintfA(NTSTRSAFE_PSTR pszDest, size_t cchDest,
                         NTSTRSAFE_PCSTR pszFormat, va_list argList);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlStringCchVPrintfW(NTSTRSAFE_PWSTR pszDest, size_t cchDest,
                         NTSTRSAFE_PCWSTR pszFormat, va_list argList);
_IRQL_requires_max_(HIGH_LEVEL) NTSTATUS
    RtlStringCbLengthA(NTSTRSAFE_PCSTR psz, size_t cbMax, size_t *pcbLength);
_IRQL_requires_max_(HIGH_LEVEL) NTSTATUS
    RtlStringCbLengthW(NTSTRSAFE_PCWSTR psz, size_t cbMax, size_t *pcbLength);
_IRQL_requires_max_(HIGH_LEVEL) NTSTATUS
    RtlStringCchLengthA(NTSTRSAFE_PCSTR psz, size_t cchMax, size_t *pcchLength);
_IRQL_requires_max_(HIGH_LEVEL) NTSTATUS
    RtlStringCchLengthW(NTSTRSAFE_PCWSTR psz, size_t cchMax,
                        size_t *pcchLength);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlUnicodeStringInit(PUNICODE_STRING DestinationString,
                         NTSTRSAFE_PCWSTR pszSrc);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlUnicodeStringCopy(PUNICODE_STRING DestinationString,
                         PCUNICODE_STRING SourceString);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlUnicodeStringCopyString(PUNICODE_STRING DestinationString,
                               NTSTRSAFE_PCWSTR pszSrc);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlUnicodeStringCat(PUNICODE_STRING DestinationString,
                        PCUNICODE_STRING SourceString);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlUnicodeStringCatString(PUNICODE_STRING DestinationString,
                              NTSTRSAFE_PCWSTR pszSrc);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlUnicodeStringPrintf(PUNICODE_STRING DestinationString,
                           NTSTRSAFE_PCWSTR pszFormat, ...);
_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS
    RtlUnicodeStringVPrintf(PUNICODE_STRING DestinationString,
                            NTSTRSAFE_PCWSTR pszFormat, va_list argList);

#endif
