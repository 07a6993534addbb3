/* string.h of the kernel-mode C run-time library the WDK ships (irqlint's
 * model, written from the C run-time reference): the memory and narrow
 * string routines, their bounds-checked _s forms, and the wide-string
 * routines of corecrt_wstring.h. wdm.h declares the memory routines again
 * with the same types. */
#ifndef IRQLINT_WDK_STRING_H
#define IRQLINT_WDK_STRING_H

#include "corecrt.h"
#include "corecrt_wstring.h"

void *memcpy(void *Destination, const void *Source, size_t Length);
void *memmove(void *Destination, const void *Source, size_t Length);
void *memset(void *Destination, int Value, size_t Length);
int memcmp(const void *Left, const void *Right, size_t Length);
void *memchr(const void *Buffer, int Character, size_t Count);
int _memicmp(const void *Left, const void *Right, size_t Length);
void *_memccpy(void *Destination, const void *Source, int Character,
               size_t Count);
errno_t memcpy_s(void *Destination, rsize_t DestinationSize, const void *Source,
                 rsize_t Count);
errno_t memmove_s(void *Destination, rsize_t DestinationSize,
                  const void *Source, rsize_t Count);

size_t strlen(const char *String);
size_t strnlen(const char *String, size_t MaxCount);
char *strcpy(char *Destination, const char *Source);
char *strncpy(char *Destination, const char *Source, size_t Count);
char *strcat(char *Destination, const char *Source);
char *strncat(char *Destination, const char *Source, size_t Count);
int strcmp(const char *String1, const char *String2);
int strncmp(const char *String1, const char *String2, size_t Count);
int _stricmp(const char *String1, const char *String2);
int _strnicmp(const char *String1, const char *String2, size_t Count);
int _strcmpi(const char *String1, const char *String2);
char *strchr(const char *String, int Character);
char *strrchr(const char *String, int Character);
char *strstr(const char *String, const char *SubString);
char *strpbrk(const char *String, const char *Control);
size_t strspn(const char *String, const char *Control);
size_t strcspn(const char *String, const char *Control);
char *strtok(char *String, const char *Delimiters);
char *strtok_s(char *String, const char *Delimiters, char **Context);
char *_strlwr(char *String);
char *_strupr(char *String);
char *_strrev(char *String);
char *_strset(char *String, int Value);
char *_strnset(char *String, int Value, size_t Count);
errno_t strcpy_s(char *Destination, rsize_t DestinationSize,
                 const char *Source);
errno_t strncpy_s(char *Destination, rsize_t DestinationSize,
                  const char *Source, rsize_t MaxCount);
errno_t strcat_s(char *Destination, rsize_t DestinationSize,
                 const char *Source);
errno_t strncat_s(char *Destination, rsize_t DestinationSize,
                  const char *Source, rsize_t MaxCount);
errno_t _strlwr_s(char *String, size_t Size);
errno_t _strupr_s(char *String, size_t Size);

/* the library's older names, without the underscore */
int stricmp(const char *String1, const char *String2);
int strnicmp(const char *String1, const char *String2, size_t Count);
int strcmpi(const char *String1, const char *String2);
char *strlwr(char *String);
char *strupr(char *String);
char *strrev(char *String);
int memicmp(const void *Left, const void *Right, size_t Length);

#endif
