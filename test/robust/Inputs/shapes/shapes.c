// Header shapes under conditions, switches, initializers and SEH, with a
// spin lock whose paths they decide.
#include <wdm.h>
#include "shapes.h"

static const ULONG64 Masks[] = {
    HIGH_WORD_FLAG, WIDE_FLAG,    NEG_SHIFT, WRAP_SUM, OVERFLOW_SUM,
    MIN64,          HALF_RANGE,   SIGNED_TOP, MASK_LOW(7), MASK_ABOVE(31),
    NEST5(1),       ROUND_TO_PAGES_4K(4097)};

ULONG ShapeExported(ULONG x) { return x & MASK_LOW(12); }

VOID ShapeFlags(PSHAPE_DEVICE Dev, ULONG64 Flags) {
  KIRQL irql;
  KeAcquireSpinLock(&Dev->Lock, &irql);
  if (Flags & HIGH_WORD_FLAG)
    Dev->Started = 1;
  if (Flags & WIDE_FLAG)
    Dev->Removed = 1;
  if ((Flags & NEG_SHIFT) == (ULONG64)NEG_SHIFT)
    Dev->Count = (ULONG)(Flags >> 33);
  if (WRAP_SUM)
    Dev->AllFlags = 0;
  if (OVERFLOW_SUM < 0)
    Dev->AllFlags = 1;
  if (MIN64 / -1)
    Dev->Value.Wide = 0;
  if (MIN64 % -1)
    Dev->Value.Wide = 1;
  if (-MIN64)
    Dev->Value.Wide = 2;
  if (HALF_RANGE)
    Dev->Value.DUMMYSTRUCTNAME.Low = 0;
  if ((ALL_ONES64 >> 1) > (ULONG64)SIGNED_TOP)
    Dev->Value.DUMMYSTRUCTNAME.High = -1;
  if (NEST5(Flags) > NEST4(0))
    Dev->Bytes[BIT(3)] = 1;
  switch (Flags & (BIT64(63) | BIT64(0))) {
  case BIT64(63):
  case BIT64(63) | BIT64(0):
    Dev->Started = 0;
    break;
  case ShapeHigh:
  case (ULONG64)ShapeNegative:
    break;
  default:
    break;
  }
  KeReleaseSpinLock(&Dev->Lock, irql);
}

VOID ShapeSeh(PSHAPE_DEVICE Dev, PULONG User) {
  KIRQL irql;
  KeAcquireSpinLock(&Dev->Queue.Lock, &irql);
  __try {
    if (*User & MASK_ABOVE(4))
      __leave;
    Dev->Count = *User >> (ShapeLow + 3);
  } __finally {
    KeReleaseSpinLock(&Dev->Queue.Lock, irql);
  }
  __try {
    *User = (ULONG)ShapeU64Top;
  } __except (_exception_code() == STATUS_ACCESS_VIOLATION ? 1 : 0) {
    *User = (ULONG)(SIGNED_TOP >> 60);
  }
}

VOID ShapeLoop(PSHAPE_DEVICE Dev) {
  for (ULONG64 m = TOP_BIT64; m != 0; m >>= 1) {
    KIRQL irql;
    KeAcquireSpinLock(&Dev->Lock, &irql);
    Dev->Value.Wide ^= m * ALL_ONES64;
    KeReleaseSpinLock(&Dev->Lock, irql);
  }
  if (Dev->Value.Wide == MIN64)
    ShapeFatal((ULONG)(MIN64 >> 32));
}
