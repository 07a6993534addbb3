/* corecrt_wstring.h: the C run-time library's wide-character string
 * routines, which both <string.h> and <wchar.h> declare (irqlint's model,
 * written from the C run-time reference). */
#ifndef IRQLINT_WDK_CORECRT_WSTRING_H
#define IRQLINT_WDK_CORECRT_WSTRING_H

#include "corecrt.h"

size_t wcslen(const wchar_t *String);
size_t wcsnlen(const wchar_t *Source, size_t MaxCount);
wchar_t *wcscpy(wchar_t *Destination, const wchar_t *Source);
wchar_t *wcsncpy(wchar_t *Destination, const wchar_t *Source, size_t Count);
wchar_t *wcscat(wchar_t *Destination, const wchar_t *Source);
wchar_t *wcsncat(wchar_t *Destination, const wchar_t *Source, size_t Count);
int wcscmp(const wchar_t *String1, const wchar_t *String2);
int wcsncmp(const wchar_t *String1, const wchar_t *String2, size_t Count);
int _wcsicmp(const wchar_t *String1, const wchar_t *String2);
int _wcsnicmp(const wchar_t *String1, const wchar_t *String2, size_t Count);
wchar_t *wcschr(const wchar_t *String, wchar_t Character);
wchar_t *wcsrchr(const wchar_t *String, wchar_t Character);
wchar_t *wcsstr(const wchar_t *String, const wchar_t *SubString);
wchar_t *wcspbrk(const wchar_t *String, const wchar_t *Control);
size_t wcsspn(const wchar_t *String, const wchar_t *Control);
size_t wcscspn(const wchar_t *String, const wchar_t *Control);
wchar_t *wcstok(wchar_t *String, const wchar_t *Delimiters, wchar_t **Context);
wchar_t *_wcslwr(wchar_t *String);
wchar_t *_wcsupr(wchar_t *String);
wchar_t *_wcsrev(wchar_t *String);
wchar_t *_wcsset(wchar_t *String, wchar_t Value);
wchar_t *_wcsnset(wchar_t *String, wchar_t Value, size_t Count);
errno_t wcscpy_s(wchar_t *Destination, rsize_t SizeInWords,
                 const wchar_t *Source);
errno_t wcsncpy_s(wchar_t *Destination, rsize_t SizeInWords,
                  const wchar_t *Source, rsize_t MaxCount);
errno_t wcscat_s(wchar_t *Destination, rsize_t SizeInWords,
                 const wchar_t *Source);
errno_t wcsncat_s(wchar_t *Destination, rsize_t SizeInWords,
                  const wchar_t *Source, rsize_t MaxCount);
errno_t _wcslwr_s(wchar_t *String, size_t SizeInWords);
errno_t _wcsupr_s(wchar_t *String, size_t SizeInWords);
/* the library's older names, without the underscore */
int wcsicmp(const wchar_t *String1, const wchar_t *String2);
int wcsnicmp(const wchar_t *String1, const wchar_t *String2, size_t Count);
wchar_t *wcslwr(wchar_t *String);
wchar_t *wcsupr(wchar_t *String);

#endif
