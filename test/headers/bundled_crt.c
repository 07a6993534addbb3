// The kernel-mode C run-time headers the WDK ships (string.h, stdlib.h,
// stdio.h, malloc.h, setjmp.h, ctype.h, wchar.h) come bundled: a driver that
// formats names into buffers and parses numbers with them, including them
// before and after ntddk.h, has no clang error, and its lock bug is found.
// The structured-exception keywords of excpt.h are used too.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %expect_exit 1 %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <stdio.h>
#include <string.h>
#include <ntddk.h>
#include <ctype.h>
#include <malloc.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdlib.h>
#include <wchar.h>

typedef struct _NAME_TABLE {
  KSPIN_LOCK Lock;
  char Names[4][32];
  wchar_t Wide[4][32];
  unsigned Count;
} NAME_TABLE;

static int by_name(const void *a, const void *b) {
  return _stricmp((const char *)a, (const char *)b);
}

// Adds "unit<N>" and its wide twin; forgets the lock when the table is full.
NTSTATUS AddUnit(NAME_TABLE *Table, int Unit) {
  KIRQL oldIrql;
  char digits[12];
  KeAcquireSpinLock(&Table->Lock, &oldIrql);
  // CHECK: :[[@LINE-1]]:3: warning: 'Table->Lock' is acquired by KeAcquireSpinLock but not released on every path out of 'AddUnit' [lock-not-released]
  if (Table->Count == _countof(Table->Names))
    return STATUS_INSUFFICIENT_RESOURCES;
  // CHECK-NEXT: :[[@LINE-1]]:5: note: returns here with 'Table->Lock' held
  _itoa(Unit, digits, 10);
  _snprintf(Table->Names[Table->Count], sizeof Table->Names[0], "unit%s",
            digits);
  _snwprintf(Table->Wide[Table->Count], 32, L"unit%d", Unit);
  Table->Count++;
  qsort(Table->Names, Table->Count, sizeof Table->Names[0], by_name);
  KeReleaseSpinLock(&Table->Lock, oldIrql);
  return STATUS_SUCCESS;
}

// Parses "<digits>[,<digits>]" with the classification and conversion
// routines; wide and narrow lengths agree.
int ParseUnits(const char *Text, const wchar_t *Wide) {
  char *end = NULL;
  long first = 0;
  size_t length = strnlen(Text, 64);
  char *copy = (char *)_alloca(length + 1);
  memcpy(copy, Text, length);
  copy[length] = '\0';
  if (!isdigit((unsigned char)copy[0]))
    return -1;
  first = strtol(copy, &end, 10);
  if (*end == ',' && isdigit((unsigned char)end[1]))
    first += atoi(end + 1);
  if (wcslen(Wide) != length || iswspace(Wide[0]))
    return -1;
  return (int)max(first, 0L) + abs(-1) + (int)strlen(strchr(copy, copy[0]));
}

static jmp_buf Recover;

// Structured exception handling as the WDK spells it in C.
NTSTATUS ProbeUser(PVOID Buffer, ULONG Length) {
  NTSTATUS status = STATUS_SUCCESS;
  if (setjmp(Recover))
    return STATUS_UNSUCCESSFUL;
  try {
    ProbeForRead(Buffer, Length, sizeof(UCHAR));
  } except (GetExceptionCode() == STATUS_ACCESS_VIOLATION
                ? EXCEPTION_EXECUTE_HANDLER
                : EXCEPTION_CONTINUE_SEARCH) {
    status = GetExceptionCode();
  }
  return status;
}

int Format(char *Out, size_t Size, const char *Format, ...) {
  va_list args;
  int written;
  va_start(args, Format);
  written = _vsnprintf(Out, Size, Format, args);
  va_end(args);
  return written;
}
