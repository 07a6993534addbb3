/* Shapes real driver and WDK headers write, self-written: mask and flag
 * macros whose constants overflow, wrap or shift past their width, large
 * and negative enums, bit fields, anonymous structs and unions, __declspec,
 * deep macro nesting. */
#pragma once

#define BIT(n) (1u << (n))
#define BIT64(n) (1ull << (n))
#define MASK_LOW(n) ((ULONG)-1 >> (32 - (n)))
#define MASK_ABOVE(n) ((ULONG)-1 << (n))
#define ALL_ONES64 (~0ull)
#define TOP_BIT64 (1ull << 63)
#define SIGNED_TOP ((LONG64)TOP_BIT64)
#define HIGH_WORD_FLAG (0x80000000 << 32)   /* shifts a 32-bit value by 32 */
#define WIDE_FLAG (2 << 62)                 /* int shifted past its width */
#define NEG_SHIFT ((LONG)-1 << 4)           /* negative left operand */
#define WRAP_SUM (0xFFFFFFFFu + 1)
#define OVERFLOW_SUM (0x7FFFFFFF + 1)
#define MIN64 (-9223372036854775807LL - 1)
#define HALF_RANGE (TOP_BIT64 / ALL_ONES64)
#define ALIGN_DOWN_BY(v, a) ((ULONG_PTR)(v) & ~((ULONG_PTR)(a) - 1))
#define ALIGN_UP_BY(v, a) ALIGN_DOWN_BY(((ULONG_PTR)(v) + (a) - 1), a)
#define ROUND_TO_PAGES_4K(s) ALIGN_UP_BY((s), 0x1000)

/* deep nesting: each level expands the one below it */
#define NEST0(x) ((x) + 1)
#define NEST1(x) NEST0(NEST0(x))
#define NEST2(x) NEST1(NEST1(x))
#define NEST3(x) NEST2(NEST2(x))
#define NEST4(x) NEST3(NEST3(x))
#define NEST5(x) NEST4(NEST4(x))

typedef enum _SHAPE_FLAGS {
  ShapeNone = 0,
  ShapeLow = 1,
  ShapeHigh = 0x80000000,
  ShapeNegative = -1,
  ShapeHuge = 0x7FFFFFFFFFFFFFFFLL,
} SHAPE_FLAGS;

typedef enum _SHAPE_UNSIGNED64 : unsigned long long {
  ShapeU64Top = 0xFFFFFFFFFFFFFFFFull,
} SHAPE_UNSIGNED64;

typedef struct __declspec(align(16)) _SHAPE_DEVICE {
  KSPIN_LOCK Lock;
  union {
    struct {
      ULONG Started : 1;
      ULONG Removed : 1;
      ULONG Count : 30;
    };
    ULONG AllFlags;
  };
  struct {
    KSPIN_LOCK Lock;
    LIST_ENTRY List;
  } Queue;
  union {
    ULONG64 Wide;
    struct {
      ULONG Low;
      LONG High;
    } DUMMYSTRUCTNAME;
  } Value;
  UCHAR Bytes[BIT(4)];
} SHAPE_DEVICE, *PSHAPE_DEVICE;

__declspec(noinline) __declspec(dllexport) ULONG ShapeExported(ULONG x);
__declspec(noreturn) VOID ShapeFatal(ULONG code);
