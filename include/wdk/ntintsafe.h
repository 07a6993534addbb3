/* irqlint's model of ntintsafe.h, the kernel-mode safe integer functions
 * (RtlULongAdd, RtlSizeTMult, RtlULongLongToULong ...), written from the
 * documentation -- not Microsoft's header. As in the real header they are
 * inline functions: each stores the result and returns STATUS_SUCCESS, or
 * returns STATUS_INTEGER_OVERFLOW. */
#ifndef IRQLINT_WDK_NTINTSAFE_H
#define IRQLINT_WDK_NTINTSAFE_H

#include "wdm.h"

FORCEINLINE NTSTATUS RtlUShortAdd(USHORT Augend, USHORT Addend,
                                  USHORT *Result) {
  if (Augend > (USHORT)(MAXUSHORT)-Addend) {
    *Result = (USHORT)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = Augend + Addend;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlUShortSub(USHORT Minuend, USHORT Subtrahend,
                                  USHORT *Result) {
  if (Minuend < Subtrahend) {
    *Result = (USHORT)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = Minuend - Subtrahend;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlUShortMult(USHORT Multiplicand, USHORT Multiplier,
                                   USHORT *Result) {
  if (Multiplier != 0 && Multiplicand > (USHORT)(MAXUSHORT) / Multiplier) {
    *Result = (USHORT)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = Multiplicand * Multiplier;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlULongAdd(ULONG Augend, ULONG Addend, ULONG *Result) {
  if (Augend > (ULONG)(MAXULONG)-Addend) {
    *Result = (ULONG)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = Augend + Addend;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlULongSub(ULONG Minuend, ULONG Subtrahend,
                                 ULONG *Result) {
  if (Minuend < Subtrahend) {
    *Result = (ULONG)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = Minuend - Subtrahend;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlULongMult(ULONG Multiplicand, ULONG Multiplier,
                                  ULONG *Result) {
  if (Multiplier != 0 && Multiplicand > (ULONG)(MAXULONG) / Multiplier) {
    *Result = (ULONG)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = Multiplicand * Multiplier;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlUIntAdd(UINT Augend, UINT Addend, UINT *Result) {
  if (Augend > (UINT)(0xffffffffU) - Addend) {
    *Result = (UINT)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = Augend + Addend;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlUIntSub(UINT Minuend, UINT Subtrahend, UINT *Result) {
  if (Minuend < Subtrahend) {
    *Result = (UINT)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = Minuend - Subtrahend;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlUIntMult(UINT Multiplicand, UINT Multiplier,
                                 UINT *Result) {
  if (Multiplier != 0 && Multiplicand > (UINT)(0xffffffffU) / Multiplier) {
    *Result = (UINT)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = Multiplicand * Multiplier;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlULongLongAdd(ULONGLONG Augend, ULONGLONG Addend,
                                     ULONGLONG *Result) {
  if (Augend > (ULONGLONG)(MAXULONGLONG)-Addend) {
    *Result = (ULONGLONG)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = Augend + Addend;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlULongLongSub(ULONGLONG Minuend, ULONGLONG Subtrahend,
                                     ULONGLONG *Result) {
  if (Minuend < Subtrahend) {
    *Result = (ULONGLONG)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = Minuend - Subtrahend;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlULongLongMult(ULONGLONG Multiplicand,
                                      ULONGLONG Multiplier, ULONGLONG *Result) {
  if (Multiplier != 0 &&
      Multiplicand > (ULONGLONG)(MAXULONGLONG) / Multiplier) {
    *Result = (ULONGLONG)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = Multiplicand * Multiplier;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlSizeTAdd(SIZE_T Augend, SIZE_T Addend, SIZE_T *Result) {
  if (Augend > (SIZE_T)(MAXSIZE_T)-Addend) {
    *Result = (SIZE_T)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = Augend + Addend;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlSizeTSub(SIZE_T Minuend, SIZE_T Subtrahend,
                                 SIZE_T *Result) {
  if (Minuend < Subtrahend) {
    *Result = (SIZE_T)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = Minuend - Subtrahend;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlSizeTMult(SIZE_T Multiplicand, SIZE_T Multiplier,
                                  SIZE_T *Result) {
  if (Multiplier != 0 && Multiplicand > (SIZE_T)(MAXSIZE_T) / Multiplier) {
    *Result = (SIZE_T)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = Multiplicand * Multiplier;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlULongPtrAdd(ULONG_PTR Augend, ULONG_PTR Addend,
                                    ULONG_PTR *Result) {
  if (Augend > (ULONG_PTR)(MAXULONG_PTR)-Addend) {
    *Result = (ULONG_PTR)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = Augend + Addend;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlULongPtrSub(ULONG_PTR Minuend, ULONG_PTR Subtrahend,
                                    ULONG_PTR *Result) {
  if (Minuend < Subtrahend) {
    *Result = (ULONG_PTR)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = Minuend - Subtrahend;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlULongPtrMult(ULONG_PTR Multiplicand,
                                     ULONG_PTR Multiplier, ULONG_PTR *Result) {
  if (Multiplier != 0 &&
      Multiplicand > (ULONG_PTR)(MAXULONG_PTR) / Multiplier) {
    *Result = (ULONG_PTR)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = Multiplicand * Multiplier;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlUInt8Add(UINT8 Augend, UINT8 Addend, UINT8 *Result) {
  if (Augend > (UINT8)(0xff) - Addend) {
    *Result = (UINT8)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = Augend + Addend;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlUInt8Sub(UINT8 Minuend, UINT8 Subtrahend,
                                 UINT8 *Result) {
  if (Minuend < Subtrahend) {
    *Result = (UINT8)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = Minuend - Subtrahend;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlUInt8Mult(UINT8 Multiplicand, UINT8 Multiplier,
                                  UINT8 *Result) {
  if (Multiplier != 0 && Multiplicand > (UINT8)(0xff) / Multiplier) {
    *Result = (UINT8)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = Multiplicand * Multiplier;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlByteAdd(BYTE Augend, BYTE Addend, BYTE *Result) {
  if (Augend > (BYTE)(0xff) - Addend) {
    *Result = (BYTE)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = Augend + Addend;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlByteSub(BYTE Minuend, BYTE Subtrahend, BYTE *Result) {
  if (Minuend < Subtrahend) {
    *Result = (BYTE)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = Minuend - Subtrahend;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlByteMult(BYTE Multiplicand, BYTE Multiplier,
                                 BYTE *Result) {
  if (Multiplier != 0 && Multiplicand > (BYTE)(0xff) / Multiplier) {
    *Result = (BYTE)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = Multiplicand * Multiplier;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlDWordAdd(DWORD Augend, DWORD Addend, DWORD *Result) {
  if (Augend > (DWORD)(MAXULONG)-Addend) {
    *Result = (DWORD)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = Augend + Addend;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlDWordSub(DWORD Minuend, DWORD Subtrahend,
                                 DWORD *Result) {
  if (Minuend < Subtrahend) {
    *Result = (DWORD)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = Minuend - Subtrahend;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlDWordMult(DWORD Multiplicand, DWORD Multiplier,
                                  DWORD *Result) {
  if (Multiplier != 0 && Multiplicand > (DWORD)(MAXULONG) / Multiplier) {
    *Result = (DWORD)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = Multiplicand * Multiplier;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlULongLongToULong(ULONGLONG Operand, ULONG *Result) {
  if (Operand > (ULONGLONG)(MAXULONG)) {
    *Result = (ULONG)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = (ULONG)Operand;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlULongLongToSizeT(ULONGLONG Operand, SIZE_T *Result) {
  if (Operand > (ULONGLONG)(MAXSIZE_T)) {
    *Result = (SIZE_T)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = (SIZE_T)Operand;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlULongToUShort(ULONG Operand, USHORT *Result) {
  if (Operand > (ULONG)(MAXUSHORT)) {
    *Result = (USHORT)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = (USHORT)Operand;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlSizeTToULong(SIZE_T Operand, ULONG *Result) {
  if (Operand > (SIZE_T)(MAXULONG)) {
    *Result = (ULONG)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = (ULONG)Operand;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlSizeTToUShort(SIZE_T Operand, USHORT *Result) {
  if (Operand > (SIZE_T)(MAXUSHORT)) {
    *Result = (USHORT)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = (USHORT)Operand;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlULongPtrToULong(ULONG_PTR Operand, ULONG *Result) {
  if (Operand > (ULONG_PTR)(MAXULONG)) {
    *Result = (ULONG)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = (ULONG)Operand;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlULongToUChar(ULONG Operand, UCHAR *Result) {
  if (Operand > (ULONG)(MAXUCHAR)) {
    *Result = (UCHAR)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = (UCHAR)Operand;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlULongLongToUShort(ULONGLONG Operand, USHORT *Result) {
  if (Operand > (ULONGLONG)(MAXUSHORT)) {
    *Result = (USHORT)0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = (USHORT)Operand;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlLongToULong(LONG Operand, ULONG *Result) {
  if (Operand < 0) {
    *Result = 0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = (ULONG)Operand;
  return STATUS_SUCCESS;
}
FORCEINLINE NTSTATUS RtlLongAdd(LONG Augend, LONG Addend, LONG *Result) {
  LONGLONG sum = (LONGLONG)Augend + Addend;
  if (sum > MAXLONG || sum < (LONGLONG)(-MAXLONG - 1)) {
    *Result = 0;
    return STATUS_INTEGER_OVERFLOW;
  }
  *Result = (LONG)sum;
  return STATUS_SUCCESS;
}
/* the spellings with a lower-case "long" are the same functions */
#define RtlUlongAdd RtlULongAdd
#define RtlUlongSub RtlULongSub
#define RtlUlongMult RtlULongMult
#define RtlUlongLongAdd RtlULongLongAdd
#define RtlUlongLongMult RtlULongLongMult

/* ---- added for other projects ---- */
/* the limits the header defines for its types, and the SIZE_T routines'
 * other spelling (SIZE_T is 64 bits wide on the targets modelled) */
#ifndef LONGLONG_MAX
#define LONGLONG_MAX 9223372036854775807LL
#endif
#ifndef LONGLONG_MIN
#define LONGLONG_MIN (-LONGLONG_MAX - 1)
#endif
#ifndef ULONGLONG_MAX
#define ULONGLONG_MAX 0xffffffffffffffffULL
#endif
#ifndef LONG_MAX
#define LONG_MAX 2147483647L
#endif
#ifndef ULONG_MAX
#define ULONG_MAX 0xffffffffUL
#endif
/* the value the conversion routines store when they fail */
#define LONG_ERROR (-1L)
#define ULONG_ERROR 0xffffffffUL
#define LONG64_ERROR (-1LL)
#define ULONG64_ERROR 0xffffffffffffffffULL
#define SIZET_ERROR ((SIZE_T) - 1)
#define RtlSIZETAdd RtlSizeTAdd
#define RtlSIZETMult RtlSizeTMult
#define RtlSIZETSub RtlSizeTSub
/* ---- end: added for other projects ---- */
/* ---- added for hwmi (storage class drivers) ---- */
/* The USHORT limit (limits.h has the C types' own). */
#ifndef USHORT_MAX
#define USHORT_MAX 0xffff
#endif

#endif
