/* corecrt.h: the types and macros every header of the kernel-mode C
 * run-time library the WDK ships shares (irqlint's model, written from the
 * C run-time reference). The C headers below include it; they do not need
 * wdm.h, so a driver may include them first. size_t, wchar_t and NULL come
 * from clang's own <stddef.h>. */
#ifndef IRQLINT_WDK_CORECRT_H
#define IRQLINT_WDK_CORECRT_H

#include <stddef.h>

#ifndef _CRTIMP
#define _CRTIMP
#endif
#define _CRTALLOCATOR
#define _CRTRESTRICT
#define _ACRTIMP
#define _DCRTIMP
#define _CRT_INSECURE_DEPRECATE(replacement)
#define _CRT_DEPRECATE_TEXT(text)
#define _CRT_NONSTDC_DEPRECATE(name)
#define _CRT_STRINGIZE_(x) #x
#define _CRT_STRINGIZE(x) _CRT_STRINGIZE_(x)
#define _CRT_WIDE_(s) L##s
#define _CRT_WIDE(s) _CRT_WIDE_(s)
#define _CRT_APPEND(a, b) a##b

#ifndef _SIZE_T_DEFINED
#define _SIZE_T_DEFINED
#endif
#ifndef _WCHAR_T_DEFINED
#define _WCHAR_T_DEFINED
#endif
#ifndef _RSIZE_T_DEFINED
#define _RSIZE_T_DEFINED
typedef size_t rsize_t;
#endif
#ifndef _INTPTR_T_DEFINED
#define _INTPTR_T_DEFINED
typedef __INTPTR_TYPE__ intptr_t;
#endif
#ifndef _UINTPTR_T_DEFINED
#define _UINTPTR_T_DEFINED
typedef __UINTPTR_TYPE__ uintptr_t;
#endif
#ifndef _PTRDIFF_T_DEFINED
#define _PTRDIFF_T_DEFINED
#endif
#ifndef _WCTYPE_T_DEFINED
#define _WCTYPE_T_DEFINED
typedef unsigned short wint_t;
typedef unsigned short wctype_t;
#endif
#ifndef _ERRNO_T_DEFINED
#define _ERRNO_T_DEFINED
typedef int errno_t;
#endif
typedef long __time32_t;
typedef long long __time64_t;
#ifndef _TIME_T_DEFINED
#define _TIME_T_DEFINED
typedef __time64_t time_t;
#endif

/* the secure functions' "copy what fits" count */
#define _TRUNCATE ((size_t)-1)
#define WEOF ((wint_t)(0xFFFF))

/* the number of elements of an array */
#ifndef _countof
#define _countof(array) (sizeof(array) / sizeof((array)[0]))
#endif

#endif
