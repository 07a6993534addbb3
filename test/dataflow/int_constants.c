// Integer constants in conditions that decide a lock path are computed as C
// computes them: in the operands' type, with its width and signedness,
// wrapping where C wraps (unsigned) and unknown where C leaves the result
// undefined (signed overflow, a too wide or negative shift, INT_MIN / -1),
// so both ways stay possible there. Header mask macros write these shapes
// ((ULONG)-1 << n, 0x80000000 << 32, 2 << 62); a division of the unsigned
// 2^63 by ~0 once killed the parser with SIGFPE.
// RUN: %expect_exit 1 %irqlint %s -- %wdk_amd64 | FileCheck %s %check_not
// RUN: %expect_exit 1 %irqlint %s -- %wdk_x86 | FileCheck %s %check_not

#include <wdm.h>

KSPIN_LOCK Lock;

// ZwClose under the lock is reported exactly where `cond` can be true.
#define CLOSE_UNDER_LOCK_IF(cond)                                              \
  {                                                                            \
    KIRQL irql;                                                                \
    KeAcquireSpinLock(&Lock, &irql);                                           \
    if (cond)                                                                  \
      ZwClose(h);                                                              \
    KeReleaseSpinLock(&Lock, irql);                                            \
  }

// Constant expressions: the compiler's value.
VOID Literals(HANDLE h) {
  CLOSE_UNDER_LOCK_IF((1ull << 63) / ~0ull != 0);   // 0: SIGFPE before
  CLOSE_UNDER_LOCK_IF((1ull << 63) % ~0ull != (1ull << 63));
  CLOSE_UNDER_LOCK_IF((~0ull >> 1) != 0x7FFFFFFFFFFFFFFFull); // not -1
  CLOSE_UNDER_LOCK_IF(0xFFFFFFFFu + 1 != 0);                  // not 2^32
  CLOSE_UNDER_LOCK_IF(((ULONG)-1 << 4) != 0xFFFFFFF0);
  CLOSE_UNDER_LOCK_IF((ULONG)-1 < 0);
  CLOSE_UNDER_LOCK_IF((UCHAR)0x1FF != 255);
  CLOSE_UNDER_LOCK_IF((USHORT)-1 != 65535);
  CLOSE_UNDER_LOCK_IF(-1 >= 0u == 0); // -1 converts to UINT_MAX
  CLOSE_UNDER_LOCK_IF((0x80000000ull << 32) != 0x8000000000000000ull);
  CLOSE_UNDER_LOCK_IF((-9223372036854775807LL - 1) % -1 != 0);
  CLOSE_UNDER_LOCK_IF(sizeof(ULONG64) * 8 != 64);
}

// Locals written once with a constant: clang cannot evaluate them, the
// analysis folds them in their type.
VOID UnsignedLocals(HANDLE h) {
  ULONG64 top = 1ull << 63;
  ULONG64 ones = ~0ull;
  ULONG all = -1; // 0xFFFFFFFF, not -1
  UCHAR byte = 0x1FF;
  CLOSE_UNDER_LOCK_IF(top / ones != 0);
  CLOSE_UNDER_LOCK_IF(top % ones != top);
  CLOSE_UNDER_LOCK_IF(ones >> 1 != 0x7FFFFFFFFFFFFFFFull);
  CLOSE_UNDER_LOCK_IF(ones <= 5);
  CLOSE_UNDER_LOCK_IF(top < 1);
  CLOSE_UNDER_LOCK_IF(all + 1 != 0);
  CLOSE_UNDER_LOCK_IF(all >> 31 != 1);
  CLOSE_UNDER_LOCK_IF(all << 4 != 0xFFFFFFF0);
  CLOSE_UNDER_LOCK_IF(all * all != 1);
  CLOSE_UNDER_LOCK_IF(0 - all != 1);
  CLOSE_UNDER_LOCK_IF(-all != 1);
  CLOSE_UNDER_LOCK_IF(~all != 0);
  CLOSE_UNDER_LOCK_IF(byte != 255);
  CLOSE_UNDER_LOCK_IF((all & 0xF0) != 0xF0);
}

VOID SignedLocals(HANDLE h) {
  LONG64 min = -9223372036854775807LL - 1;
  LONG64 minus_one = -1;
  LONG n = -8;
  CLOSE_UNDER_LOCK_IF(n >> 1 != -4);
  CLOSE_UNDER_LOCK_IF(n / 3 != -2);
  CLOSE_UNDER_LOCK_IF(n % 3 != -2);
  CLOSE_UNDER_LOCK_IF(n < 0 == 0);
  CLOSE_UNDER_LOCK_IF(-n != 8);
  CLOSE_UNDER_LOCK_IF(minus_one * 5 != -5);
  CLOSE_UNDER_LOCK_IF(min + 1 >= 0);
}

// Undefined in C: no value, so both ways are possible.
VOID Undefined(HANDLE h) {
  LONG64 min = -9223372036854775807LL - 1;
  LONG64 minus_one = -1;
  LONG max = 0x7FFFFFFF;
  LONG negative = -1;
  ULONG one = 1;
  CLOSE_UNDER_LOCK_IF(min / minus_one);
  // CHECK: :[[@LINE-1]]:3: warning: ZwClose requires IRQL <= PASSIVE_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  CLOSE_UNDER_LOCK_IF(min % minus_one);
  // CHECK: :[[@LINE-1]]:3: warning: ZwClose requires IRQL <= PASSIVE_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  CLOSE_UNDER_LOCK_IF(-min);
  // CHECK: :[[@LINE-1]]:3: warning: ZwClose requires IRQL <= PASSIVE_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  CLOSE_UNDER_LOCK_IF(min - 1);
  // CHECK: :[[@LINE-1]]:3: warning: ZwClose requires IRQL <= PASSIVE_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  CLOSE_UNDER_LOCK_IF(max + 1);
  // CHECK: :[[@LINE-1]]:3: warning: ZwClose requires IRQL <= PASSIVE_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  CLOSE_UNDER_LOCK_IF(max * 2);
  // CHECK: :[[@LINE-1]]:3: warning: ZwClose requires IRQL <= PASSIVE_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  CLOSE_UNDER_LOCK_IF(negative << 2);
  // CHECK: :[[@LINE-1]]:3: warning: ZwClose requires IRQL <= PASSIVE_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  CLOSE_UNDER_LOCK_IF(max << 1);
  // CHECK: :[[@LINE-1]]:3: warning: ZwClose requires IRQL <= PASSIVE_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  CLOSE_UNDER_LOCK_IF(one << 32);
  // CHECK: :[[@LINE-1]]:3: warning: ZwClose requires IRQL <= PASSIVE_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  CLOSE_UNDER_LOCK_IF(one >> 40);
  // CHECK: :[[@LINE-1]]:3: warning: ZwClose requires IRQL <= PASSIVE_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
  CLOSE_UNDER_LOCK_IF(one / 0);
  // CHECK: :[[@LINE-1]]:3: warning: ZwClose requires IRQL <= PASSIVE_LEVEL, but here the IRQL is DISPATCH_LEVEL [irql-too-high]
}

// What header mask macros write: whatever the compiler makes of them, no
// crash and no undefined behaviour in irqlint.
#define HIGH_BIT_MASK (0x80000000 << 32)
#define WIDE_MASK (2 << 62)
#define ALL_BUT_LOW(n) ((ULONG)-1 << (n))
VOID HeaderMasks(HANDLE h, ULONG64 flags) {
  KIRQL irql;
  KeAcquireSpinLock(&Lock, &irql);
  if (flags & HIGH_BIT_MASK)
    flags = 0;
  if (flags & WIDE_MASK)
    flags = 1;
  if (flags & ALL_BUT_LOW(4))
    flags = 2;
  KeReleaseSpinLock(&Lock, irql);
}
