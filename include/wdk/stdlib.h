/* stdlib.h of the kernel-mode C run-time library the WDK ships (irqlint's
 * model, written from the C run-time reference): conversions, sorting and
 * searching, integer arithmetic and rotations, and the min/max macros the
 * library defines for C. */
#ifndef IRQLINT_WDK_STDLIB_H
#define IRQLINT_WDK_STDLIB_H

#include "corecrt.h"

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX 0x7fff
#define _MAX_PATH 260
#define _MAX_DRIVE 3
#define _MAX_DIR 256
#define _MAX_FNAME 256
#define _MAX_EXT 256

typedef struct _div_t {
  int quot;
  int rem;
} div_t;
typedef struct _ldiv_t {
  long quot;
  long rem;
} ldiv_t;
typedef struct _lldiv_t {
  long long quot;
  long long rem;
} lldiv_t;

int abs(int Number);
long labs(long Number);
long long llabs(long long Number);
long long _abs64(long long Number);
div_t div(int Numerator, int Denominator);
ldiv_t ldiv(long Numerator, long Denominator);
lldiv_t lldiv(long long Numerator, long long Denominator);

int atoi(const char *String);
long atol(const char *String);
long long atoll(const char *String);
long long _atoi64(const char *String);
long strtol(const char *String, char **End, int Radix);
unsigned long strtoul(const char *String, char **End, int Radix);
long long strtoll(const char *String, char **End, int Radix);
unsigned long long strtoull(const char *String, char **End, int Radix);
long long _strtoi64(const char *String, char **End, int Radix);
unsigned long long _strtoui64(const char *String, char **End, int Radix);
long wcstol(const wchar_t *String, wchar_t **End, int Radix);
unsigned long wcstoul(const wchar_t *String, wchar_t **End, int Radix);
int _wtoi(const wchar_t *String);
long _wtol(const wchar_t *String);
char *_itoa(int Value, char *Buffer, int Radix);
char *_ltoa(long Value, char *Buffer, int Radix);
char *_ultoa(unsigned long Value, char *Buffer, int Radix);
char *_i64toa(long long Value, char *Buffer, int Radix);
char *_ui64toa(unsigned long long Value, char *Buffer, int Radix);
wchar_t *_itow(int Value, wchar_t *Buffer, int Radix);
wchar_t *_ltow(long Value, wchar_t *Buffer, int Radix);
wchar_t *_ultow(unsigned long Value, wchar_t *Buffer, int Radix);
errno_t _itoa_s(int Value, char *Buffer, size_t Size, int Radix);
errno_t _ultoa_s(unsigned long Value, char *Buffer, size_t Size, int Radix);
errno_t _itow_s(int Value, wchar_t *Buffer, size_t Size, int Radix);
size_t mbstowcs(wchar_t *Destination, const char *Source, size_t Count);
size_t wcstombs(char *Destination, const wchar_t *Source, size_t Count);
int mbtowc(wchar_t *Destination, const char *Source, size_t Count);
int wctomb(char *Destination, wchar_t Character);

void qsort(void *Base, size_t Count, size_t Width,
           int (*Compare)(const void *, const void *));
void *bsearch(const void *Key, const void *Base, size_t Count, size_t Width,
              int (*Compare)(const void *, const void *));
void qsort_s(void *Base, size_t Count, size_t Width,
             int (*Compare)(void *, const void *, const void *), void *Context);

int rand(void);
void srand(unsigned int Seed);

unsigned int _rotl(unsigned int Value, int Shift);
unsigned int _rotr(unsigned int Value, int Shift);
unsigned long _lrotl(unsigned long Value, int Shift);
unsigned long _lrotr(unsigned long Value, int Shift);
unsigned long long _rotl64(unsigned long long Value, int Shift);
unsigned long long _rotr64(unsigned long long Value, int Shift);
unsigned short _byteswap_ushort(unsigned short Value);
unsigned long _byteswap_ulong(unsigned long Value);
unsigned long long _byteswap_uint64(unsigned long long Value);

/* the heap routines the header declares; kernel-mode drivers allocate from
 * pool instead, but the declarations are there */
void *malloc(size_t Size);
void *calloc(size_t Count, size_t Size);
void *realloc(void *Block, size_t Size);
void free(void *Block);
__declspec(noreturn) void abort(void);
__declspec(noreturn) void exit(int Status);

#define __max(a, b) (((a) > (b)) ? (a) : (b))
#define __min(a, b) (((a) < (b)) ? (a) : (b))
#ifndef NOMINMAX
#ifndef max
#define max(a, b) (((a) > (b)) ? (a) : (b))
#endif
#ifndef min
#define min(a, b) (((a) < (b)) ? (a) : (b))
#endif
#endif

#endif
