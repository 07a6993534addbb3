/* acpiioct.h: the ACPI driver's IOCTLs and the buffers that carry control
 * method arguments (irqlint's model, written from the documentation). A
 * driver evaluates an ACPI method of its device by sending
 * IOCTL_ACPI_EVAL_METHOD with an ACPI_EVAL_INPUT_BUFFER*; the results come
 * back as ACPI_METHOD_ARGUMENTs, which power engine plug-ins also use. */
#ifndef IRQLINT_WDK_ACPIIOCT_H
#define IRQLINT_WDK_ACPIIOCT_H

#include "wdm.h"

#define IOCTL_ACPI_ASYNC_EVAL_METHOD                                           \
  CTL_CODE(FILE_DEVICE_ACPI, 0, METHOD_BUFFERED,                               \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_ACPI_EVAL_METHOD                                                 \
  CTL_CODE(FILE_DEVICE_ACPI, 1, METHOD_BUFFERED,                               \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_ACPI_ACQUIRE_GLOBAL_LOCK                                         \
  CTL_CODE(FILE_DEVICE_ACPI, 4, METHOD_BUFFERED,                               \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_ACPI_RELEASE_GLOBAL_LOCK                                         \
  CTL_CODE(FILE_DEVICE_ACPI, 5, METHOD_BUFFERED,                               \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_ACPI_EVAL_METHOD_EX                                              \
  CTL_CODE(FILE_DEVICE_ACPI, 6, METHOD_BUFFERED,                               \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_ACPI_ASYNC_EVAL_METHOD_EX                                        \
  CTL_CODE(FILE_DEVICE_ACPI, 7, METHOD_BUFFERED,                               \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_ACPI_ENUM_CHILDREN                                               \
  CTL_CODE(FILE_DEVICE_ACPI, 8, METHOD_BUFFERED,                               \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)

/* one argument of a control method, or one of its results */
#define ACPI_METHOD_ARGUMENT_INTEGER 0x0
#define ACPI_METHOD_ARGUMENT_STRING 0x1
#define ACPI_METHOD_ARGUMENT_BUFFER 0x2
#define ACPI_METHOD_ARGUMENT_PACKAGE 0x3
#define ACPI_METHOD_ARGUMENT_PACKAGE_EX 0x4
typedef struct _ACPI_METHOD_ARGUMENT_V1 {
  USHORT Type;
  USHORT DataLength;
  union {
    ULONG Argument;
    UCHAR Data[ANYSIZE_ARRAY];
  };
} ACPI_METHOD_ARGUMENT_V1, *PACPI_METHOD_ARGUMENT_V1;
typedef ACPI_METHOD_ARGUMENT_V1 ACPI_METHOD_ARGUMENT, *PACPI_METHOD_ARGUMENT;
#define ACPI_METHOD_ARGUMENT_LENGTH(DataLength)                                \
  (FIELD_OFFSET(ACPI_METHOD_ARGUMENT, Data) + max(sizeof(ULONG), (DataLength)))
#define ACPI_METHOD_ARGUMENT_LENGTH_FROM_ARGUMENT(Argument)                    \
  ACPI_METHOD_ARGUMENT_LENGTH((Argument)->DataLength)
#define ACPI_METHOD_NEXT_ARGUMENT(Argument)                                    \
  ((PACPI_METHOD_ARGUMENT)((PUCHAR)(Argument) +                                \
                           ACPI_METHOD_ARGUMENT_LENGTH_FROM_ARGUMENT(          \
                               Argument)))
#define ACPI_METHOD_SET_ARGUMENT_INTEGER(MethodArgument, IntData)              \
  do {                                                                         \
    (MethodArgument)->Type = ACPI_METHOD_ARGUMENT_INTEGER;                     \
    (MethodArgument)->DataLength = sizeof(ULONG);                              \
    (MethodArgument)->Argument = (IntData);                                    \
  } while (0)
#define ACPI_METHOD_SET_ARGUMENT_STRING(Argument, StrData)                     \
  do {                                                                         \
    (Argument)->Type = ACPI_METHOD_ARGUMENT_STRING;                            \
    (Argument)->DataLength = (USHORT)(strlen((PCHAR)(StrData)) + 1);           \
    RtlCopyMemory(&(Argument)->Data[0], (PUCHAR)(StrData),                     \
                  (Argument)->DataLength);                                     \
  } while (0)
#define ACPI_METHOD_SET_ARGUMENT_BUFFER(Argument, BuffData, BuffLength)        \
  do {                                                                         \
    (Argument)->Type = ACPI_METHOD_ARGUMENT_BUFFER;                            \
    (Argument)->DataLength = (USHORT)(BuffLength);                             \
    RtlCopyMemory(&(Argument)->Data[0], (PUCHAR)(BuffData),                    \
                  (Argument)->DataLength);                                     \
  } while (0)
size_t strlen(const char *String);

/* the input and output buffers of IOCTL_ACPI_EVAL_METHOD */
#define ACPI_EVAL_INPUT_BUFFER_SIGNATURE 'BieA'
#define ACPI_EVAL_INPUT_BUFFER_SIMPLE_INTEGER_SIGNATURE 'IieA'
#define ACPI_EVAL_INPUT_BUFFER_SIMPLE_STRING_SIGNATURE 'SieA'
#define ACPI_EVAL_INPUT_BUFFER_COMPLEX_SIGNATURE 'CieA'
#define ACPI_EVAL_OUTPUT_BUFFER_SIGNATURE 'BoeA'
typedef struct _ACPI_EVAL_INPUT_BUFFER_V1 {
  ULONG Signature;
  union {
    UCHAR MethodName[4];
    ULONG MethodNameAsUlong;
  };
} ACPI_EVAL_INPUT_BUFFER_V1, *PACPI_EVAL_INPUT_BUFFER_V1,
    ACPI_EVAL_INPUT_BUFFER, *PACPI_EVAL_INPUT_BUFFER;
typedef struct _ACPI_EVAL_INPUT_BUFFER_SIMPLE_INTEGER_V1 {
  ULONG Signature;
  union {
    UCHAR MethodName[4];
    ULONG MethodNameAsUlong;
  };
  ULONG IntegerArgument;
} ACPI_EVAL_INPUT_BUFFER_SIMPLE_INTEGER_V1,
    *PACPI_EVAL_INPUT_BUFFER_SIMPLE_INTEGER_V1,
    ACPI_EVAL_INPUT_BUFFER_SIMPLE_INTEGER,
    *PACPI_EVAL_INPUT_BUFFER_SIMPLE_INTEGER;
typedef struct _ACPI_EVAL_INPUT_BUFFER_SIMPLE_STRING_V1 {
  ULONG Signature;
  union {
    UCHAR MethodName[4];
    ULONG MethodNameAsUlong;
  };
  ULONG StringLength;
  UCHAR String[ANYSIZE_ARRAY];
} ACPI_EVAL_INPUT_BUFFER_SIMPLE_STRING_V1,
    *PACPI_EVAL_INPUT_BUFFER_SIMPLE_STRING_V1,
    ACPI_EVAL_INPUT_BUFFER_SIMPLE_STRING,
    *PACPI_EVAL_INPUT_BUFFER_SIMPLE_STRING;
typedef struct _ACPI_EVAL_INPUT_BUFFER_COMPLEX_V1 {
  ULONG Signature;
  union {
    UCHAR MethodName[4];
    ULONG MethodNameAsUlong;
  };
  ULONG Size;
  ULONG ArgumentCount;
  ACPI_METHOD_ARGUMENT_V1 Argument[ANYSIZE_ARRAY];
} ACPI_EVAL_INPUT_BUFFER_COMPLEX_V1, *PACPI_EVAL_INPUT_BUFFER_COMPLEX_V1,
    ACPI_EVAL_INPUT_BUFFER_COMPLEX, *PACPI_EVAL_INPUT_BUFFER_COMPLEX;
typedef struct _ACPI_EVAL_OUTPUT_BUFFER_V1 {
  ULONG Signature;
  ULONG Length;
  ULONG Count;
  ACPI_METHOD_ARGUMENT_V1 Argument[ANYSIZE_ARRAY];
} ACPI_EVAL_OUTPUT_BUFFER_V1, *PACPI_EVAL_OUTPUT_BUFFER_V1,
    ACPI_EVAL_OUTPUT_BUFFER, *PACPI_EVAL_OUTPUT_BUFFER;

#endif
