/* wchar.h of the C run-time library the WDK ships (irqlint's model, written
 * from the C run-time reference): the wide-character string routines,
 * classification and conversions. */
#ifndef IRQLINT_WDK_WCHAR_H
#define IRQLINT_WDK_WCHAR_H

#include "corecrt.h"
#include "corecrt_wctype.h"
#include "corecrt_wstring.h"

#define WCHAR_MIN 0x0000
#define WCHAR_MAX 0xffff

typedef struct _Mbstatet {
  unsigned long _Wchar;
  unsigned short _Byte, _State;
} _Mbstatet;
typedef _Mbstatet mbstate_t;

wchar_t *wmemcpy(wchar_t *Destination, const wchar_t *Source, size_t Count);
wchar_t *wmemmove(wchar_t *Destination, const wchar_t *Source, size_t Count);
wchar_t *wmemset(wchar_t *Destination, wchar_t Value, size_t Count);
int wmemcmp(const wchar_t *Left, const wchar_t *Right, size_t Count);
wchar_t *wmemchr(const wchar_t *Buffer, wchar_t Character, size_t Count);
long wcstol(const wchar_t *String, wchar_t **End, int Radix);
unsigned long wcstoul(const wchar_t *String, wchar_t **End, int Radix);
int swprintf(wchar_t *Buffer, size_t Count, const wchar_t *Format, ...);
int _snwprintf(wchar_t *Buffer, size_t Count, const wchar_t *Format, ...);
int _vsnwprintf(wchar_t *Buffer, size_t Count, const wchar_t *Format,
                __builtin_va_list Args);
int swscanf(const wchar_t *Buffer, const wchar_t *Format, ...);
size_t wcrtomb(char *Destination, wchar_t Character, mbstate_t *State);
size_t mbrtowc(wchar_t *Destination, const char *Source, size_t Count,
               mbstate_t *State);

#endif
