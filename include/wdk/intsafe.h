/* irqlint's model of intsafe.h, the safe integer functions shared by user
 * and kernel mode (ULongAdd, SizeTMult, ULongLongToULong ...), written from
 * the documentation -- not Microsoft's header. They are the HRESULT
 * counterparts of ntintsafe.h's Rtl functions, and inline functions as in
 * the real header: each stores the result and returns S_OK, or stores 0 and
 * returns INTSAFE_E_ARITHMETIC_OVERFLOW (the caller must not use the result
 * then). Drivers include both headers; the names do not collide. */
#ifndef IRQLINT_WDK_INTSAFE_H
#define IRQLINT_WDK_INTSAFE_H

#include "wdm.h"

#ifndef _HRESULT_DEFINED
#define _HRESULT_DEFINED
typedef LONG HRESULT;
#endif
#ifndef S_OK
#define S_OK ((HRESULT)0L)
#endif
/* HRESULT_FROM_WIN32(ERROR_ARITHMETIC_OVERFLOW), the Win32 error 534 */
#ifndef INTSAFE_E_ARITHMETIC_OVERFLOW
#define INTSAFE_E_ARITHMETIC_OVERFLOW ((HRESULT)0x80070216L)
#endif
/* winerror.h's tests of an HRESULT, for drivers that include no user-mode
 * header */
#ifndef SUCCEEDED
#define SUCCEEDED(hr) (((HRESULT)(hr)) >= 0)
#endif
#ifndef FAILED
#define FAILED(hr) (((HRESULT)(hr)) < 0)
#endif

FORCEINLINE HRESULT UShortAdd(USHORT Augend, USHORT Addend, USHORT *Result) {
  if (Augend > (USHORT)(MAXUSHORT)-Addend) {
    *Result = (USHORT)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = Augend + Addend;
  return S_OK;
}
FORCEINLINE HRESULT UShortSub(USHORT Minuend, USHORT Subtrahend,
                              USHORT *Result) {
  if (Minuend < Subtrahend) {
    *Result = (USHORT)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = Minuend - Subtrahend;
  return S_OK;
}
FORCEINLINE HRESULT UShortMult(USHORT Multiplicand, USHORT Multiplier,
                               USHORT *Result) {
  if (Multiplier != 0 && Multiplicand > (USHORT)(MAXUSHORT) / Multiplier) {
    *Result = (USHORT)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = Multiplicand * Multiplier;
  return S_OK;
}
FORCEINLINE HRESULT ULongAdd(ULONG Augend, ULONG Addend, ULONG *Result) {
  if (Augend > (ULONG)(MAXULONG)-Addend) {
    *Result = (ULONG)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = Augend + Addend;
  return S_OK;
}
FORCEINLINE HRESULT ULongSub(ULONG Minuend, ULONG Subtrahend, ULONG *Result) {
  if (Minuend < Subtrahend) {
    *Result = (ULONG)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = Minuend - Subtrahend;
  return S_OK;
}
FORCEINLINE HRESULT ULongMult(ULONG Multiplicand, ULONG Multiplier,
                              ULONG *Result) {
  if (Multiplier != 0 && Multiplicand > (ULONG)(MAXULONG) / Multiplier) {
    *Result = (ULONG)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = Multiplicand * Multiplier;
  return S_OK;
}
FORCEINLINE HRESULT UIntAdd(UINT Augend, UINT Addend, UINT *Result) {
  if (Augend > (UINT)(0xffffffffU) - Addend) {
    *Result = (UINT)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = Augend + Addend;
  return S_OK;
}
FORCEINLINE HRESULT UIntSub(UINT Minuend, UINT Subtrahend, UINT *Result) {
  if (Minuend < Subtrahend) {
    *Result = (UINT)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = Minuend - Subtrahend;
  return S_OK;
}
FORCEINLINE HRESULT UIntMult(UINT Multiplicand, UINT Multiplier, UINT *Result) {
  if (Multiplier != 0 && Multiplicand > (UINT)(0xffffffffU) / Multiplier) {
    *Result = (UINT)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = Multiplicand * Multiplier;
  return S_OK;
}
FORCEINLINE HRESULT ULongLongAdd(ULONGLONG Augend, ULONGLONG Addend,
                                 ULONGLONG *Result) {
  if (Augend > (ULONGLONG)(MAXULONGLONG)-Addend) {
    *Result = (ULONGLONG)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = Augend + Addend;
  return S_OK;
}
FORCEINLINE HRESULT ULongLongSub(ULONGLONG Minuend, ULONGLONG Subtrahend,
                                 ULONGLONG *Result) {
  if (Minuend < Subtrahend) {
    *Result = (ULONGLONG)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = Minuend - Subtrahend;
  return S_OK;
}
FORCEINLINE HRESULT ULongLongMult(ULONGLONG Multiplicand, ULONGLONG Multiplier,
                                  ULONGLONG *Result) {
  if (Multiplier != 0 &&
      Multiplicand > (ULONGLONG)(MAXULONGLONG) / Multiplier) {
    *Result = (ULONGLONG)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = Multiplicand * Multiplier;
  return S_OK;
}
FORCEINLINE HRESULT SizeTAdd(size_t Augend, size_t Addend, size_t *Result) {
  if (Augend > (size_t)(MAXSIZE_T)-Addend) {
    *Result = (size_t)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = Augend + Addend;
  return S_OK;
}
FORCEINLINE HRESULT SizeTSub(size_t Minuend, size_t Subtrahend,
                             size_t *Result) {
  if (Minuend < Subtrahend) {
    *Result = (size_t)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = Minuend - Subtrahend;
  return S_OK;
}
FORCEINLINE HRESULT SizeTMult(size_t Multiplicand, size_t Multiplier,
                              size_t *Result) {
  if (Multiplier != 0 && Multiplicand > (size_t)(MAXSIZE_T) / Multiplier) {
    *Result = (size_t)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = Multiplicand * Multiplier;
  return S_OK;
}
FORCEINLINE HRESULT ULongPtrAdd(ULONG_PTR Augend, ULONG_PTR Addend,
                                ULONG_PTR *Result) {
  if (Augend > (ULONG_PTR)(MAXULONG_PTR)-Addend) {
    *Result = (ULONG_PTR)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = Augend + Addend;
  return S_OK;
}
FORCEINLINE HRESULT ULongPtrSub(ULONG_PTR Minuend, ULONG_PTR Subtrahend,
                                ULONG_PTR *Result) {
  if (Minuend < Subtrahend) {
    *Result = (ULONG_PTR)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = Minuend - Subtrahend;
  return S_OK;
}
FORCEINLINE HRESULT ULongPtrMult(ULONG_PTR Multiplicand, ULONG_PTR Multiplier,
                                 ULONG_PTR *Result) {
  if (Multiplier != 0 &&
      Multiplicand > (ULONG_PTR)(MAXULONG_PTR) / Multiplier) {
    *Result = (ULONG_PTR)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = Multiplicand * Multiplier;
  return S_OK;
}
FORCEINLINE HRESULT UInt8Add(UINT8 Augend, UINT8 Addend, UINT8 *Result) {
  if (Augend > (UINT8)(0xff) - Addend) {
    *Result = (UINT8)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = Augend + Addend;
  return S_OK;
}
FORCEINLINE HRESULT UInt8Sub(UINT8 Minuend, UINT8 Subtrahend, UINT8 *Result) {
  if (Minuend < Subtrahend) {
    *Result = (UINT8)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = Minuend - Subtrahend;
  return S_OK;
}
FORCEINLINE HRESULT UInt8Mult(UINT8 Multiplicand, UINT8 Multiplier,
                              UINT8 *Result) {
  if (Multiplier != 0 && Multiplicand > (UINT8)(0xff) / Multiplier) {
    *Result = (UINT8)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = Multiplicand * Multiplier;
  return S_OK;
}
FORCEINLINE HRESULT ByteAdd(BYTE Augend, BYTE Addend, BYTE *Result) {
  if (Augend > (BYTE)(0xff) - Addend) {
    *Result = (BYTE)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = Augend + Addend;
  return S_OK;
}
FORCEINLINE HRESULT ByteSub(BYTE Minuend, BYTE Subtrahend, BYTE *Result) {
  if (Minuend < Subtrahend) {
    *Result = (BYTE)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = Minuend - Subtrahend;
  return S_OK;
}
FORCEINLINE HRESULT ByteMult(BYTE Multiplicand, BYTE Multiplier, BYTE *Result) {
  if (Multiplier != 0 && Multiplicand > (BYTE)(0xff) / Multiplier) {
    *Result = (BYTE)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = Multiplicand * Multiplier;
  return S_OK;
}
FORCEINLINE HRESULT ULongLongToULong(ULONGLONG Operand, ULONG *Result) {
  if (Operand > (ULONGLONG)(MAXULONG)) {
    *Result = (ULONG)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = (ULONG)Operand;
  return S_OK;
}
FORCEINLINE HRESULT ULongLongToULongPtr(ULONGLONG Operand, ULONG_PTR *Result) {
  if (Operand > (ULONGLONG)(ULONG_PTR) ~(ULONG_PTR)0) {
    *Result = (ULONG_PTR)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = (ULONG_PTR)Operand;
  return S_OK;
}
FORCEINLINE HRESULT ULongLongToSizeT(ULONGLONG Operand, size_t *Result) {
  if (Operand > (ULONGLONG)(MAXSIZE_T)) {
    *Result = (size_t)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = (size_t)Operand;
  return S_OK;
}
FORCEINLINE HRESULT ULongLongToUShort(ULONGLONG Operand, USHORT *Result) {
  if (Operand > (ULONGLONG)(MAXUSHORT)) {
    *Result = (USHORT)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = (USHORT)Operand;
  return S_OK;
}
FORCEINLINE HRESULT ULongToUShort(ULONG Operand, USHORT *Result) {
  if (Operand > (ULONG)(MAXUSHORT)) {
    *Result = (USHORT)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = (USHORT)Operand;
  return S_OK;
}
FORCEINLINE HRESULT ULongToUChar(ULONG Operand, UCHAR *Result) {
  if (Operand > (ULONG)(MAXUCHAR)) {
    *Result = (UCHAR)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = (UCHAR)Operand;
  return S_OK;
}
FORCEINLINE HRESULT SizeTToULong(size_t Operand, ULONG *Result) {
  if (Operand > (size_t)(MAXULONG)) {
    *Result = (ULONG)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = (ULONG)Operand;
  return S_OK;
}
FORCEINLINE HRESULT SizeTToUShort(size_t Operand, USHORT *Result) {
  if (Operand > (size_t)(MAXUSHORT)) {
    *Result = (USHORT)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = (USHORT)Operand;
  return S_OK;
}
FORCEINLINE HRESULT ULongPtrToULong(ULONG_PTR Operand, ULONG *Result) {
  if (Operand > (ULONG_PTR)(MAXULONG)) {
    *Result = (ULONG)0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = (ULONG)Operand;
  return S_OK;
}
FORCEINLINE HRESULT LongToULong(LONG Operand, ULONG *Result) {
  if (Operand < 0) {
    *Result = 0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = (ULONG)Operand;
  return S_OK;
}
FORCEINLINE HRESULT LongAdd(LONG Augend, LONG Addend, LONG *Result) {
  LONGLONG sum = (LONGLONG)Augend + Addend;
  if (sum > MAXLONG || sum < (LONGLONG)(-MAXLONG - 1)) {
    *Result = 0;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
  }
  *Result = (LONG)sum;
  return S_OK;
}
/* the documented aliases: a DWORD is a ULONG */
#define DWordAdd ULongAdd
#define DWordSub ULongSub
#define DWordMult ULongMult
#define ULongLongToDWord ULongLongToULong
#define SizeTToDWord SizeTToULong

#endif
