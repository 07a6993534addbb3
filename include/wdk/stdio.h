/* stdio.h of the C run-time library the WDK ships (irqlint's model, written
 * from the C run-time reference). Kernel-mode drivers format into buffers
 * (sprintf, _snprintf, _vsnwprintf ...); the stream type and routines are
 * declared as the header has them. */
#ifndef IRQLINT_WDK_STDIO_H
#define IRQLINT_WDK_STDIO_H

#include "corecrt.h"

#define EOF (-1)
#define BUFSIZ 512
#define _MAX_PATH 260
#define SEEK_CUR 1
#define SEEK_END 2
#define SEEK_SET 0

typedef struct _iobuf {
  void *_Placeholder;
} FILE;
typedef long long fpos_t;

int sprintf(char *Buffer, const char *Format, ...);
int _snprintf(char *Buffer, size_t Count, const char *Format, ...);
int snprintf(char *Buffer, size_t Count, const char *Format, ...);
int sprintf_s(char *Buffer, size_t Size, const char *Format, ...);
int _snprintf_s(char *Buffer, size_t Size, size_t Count, const char *Format,
                ...);
int vsprintf(char *Buffer, const char *Format, __builtin_va_list Args);
int _vsnprintf(char *Buffer, size_t Count, const char *Format,
               __builtin_va_list Args);
int vsnprintf(char *Buffer, size_t Count, const char *Format,
              __builtin_va_list Args);
int vsprintf_s(char *Buffer, size_t Size, const char *Format,
               __builtin_va_list Args);
int _vsnprintf_s(char *Buffer, size_t Size, size_t Count, const char *Format,
                 __builtin_va_list Args);
int swprintf(wchar_t *Buffer, size_t Count, const wchar_t *Format, ...);
int _swprintf(wchar_t *Buffer, const wchar_t *Format, ...);
int _snwprintf(wchar_t *Buffer, size_t Count, const wchar_t *Format, ...);
int swprintf_s(wchar_t *Buffer, size_t Size, const wchar_t *Format, ...);
int _snwprintf_s(wchar_t *Buffer, size_t Size, size_t Count,
                 const wchar_t *Format, ...);
int vswprintf(wchar_t *Buffer, size_t Count, const wchar_t *Format,
              __builtin_va_list Args);
int _vsnwprintf(wchar_t *Buffer, size_t Count, const wchar_t *Format,
                __builtin_va_list Args);
int _vsnwprintf_s(wchar_t *Buffer, size_t Size, size_t Count,
                  const wchar_t *Format, __builtin_va_list Args);
int sscanf(const char *Buffer, const char *Format, ...);
int swscanf(const wchar_t *Buffer, const wchar_t *Format, ...);

int printf(const char *Format, ...);
int wprintf(const wchar_t *Format, ...);
int vprintf(const char *Format, __builtin_va_list Args);
int puts(const char *String);
int putchar(int Character);
int getchar(void);
FILE *fopen(const char *Name, const char *Mode);
int fclose(FILE *Stream);
int fprintf(FILE *Stream, const char *Format, ...);
int vfprintf(FILE *Stream, const char *Format, __builtin_va_list Args);
size_t fread(void *Buffer, size_t Size, size_t Count, FILE *Stream);
size_t fwrite(const void *Buffer, size_t Size, size_t Count, FILE *Stream);
char *fgets(char *Buffer, int Count, FILE *Stream);
int fputs(const char *String, FILE *Stream);
int fflush(FILE *Stream);

#endif
