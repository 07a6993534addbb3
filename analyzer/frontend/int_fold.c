/* C integer constants as the compiler computes them: the value of a
 * constant expression, an integer conversion, a unary or binary operator
 * folded in the operands' C type (its width and signedness).
 *
 * The IR keeps an integer constant as an int64_t holding the value the C
 * expression has: a signed type's value sign-extended, an unsigned type's
 * value zero-extended (an unsigned 64-bit value of 2^63 or more keeps its
 * bits, so it reads as negative; comparisons and folds take the type into
 * account). Clang evaluates whatever it can (fe_int_evaluate); the folds
 * here serve operands clang cannot see as constants (a local written once
 * with a constant, a path the analysis resolved). They compute in unsigned
 * 64-bit arithmetic and never overflow a signed type: where C's behaviour
 * is undefined (signed overflow, a negative or too wide shift, division by
 * zero, INT_MIN / -1) the value is unknown, not a guess. */
#include "frontend_internal.h"

#include <string.h>

int fe_int_evaluate(CXCursor e, int64_t *out) {
  CXEvalResult r = clang_Cursor_Evaluate(e);
  if (!r)
    return 0;
  int ok = 0;
  if (clang_EvalResult_getKind(r) == CXEval_Int) {
    if (clang_EvalResult_isUnsignedInt(r)) {
      unsigned long long u = clang_EvalResult_getAsUnsigned(r);
      memcpy(out, &u, sizeof *out); /* 2^63 and above keep their bits */
    } else {
      *out = (int64_t)clang_EvalResult_getAsLongLong(r);
    }
    ok = 1;
  }
  clang_EvalResult_dispose(r);
  return ok;
}

int fe_int_type_of(CXType t, fe_int_type *out) {
  t = clang_getCanonicalType(t);
  if (t.kind == CXType_Enum)
    t = clang_getCanonicalType(
        clang_getEnumDeclIntegerType(clang_getTypeDeclaration(t)));
  memset(out, 0, sizeof *out);
  switch (t.kind) {
  case CXType_Bool:
    out->is_bool = 1;
    break;
  case CXType_Char_U:
  case CXType_UChar:
  case CXType_Char16:
  case CXType_Char32:
  case CXType_UShort:
  case CXType_UInt:
  case CXType_ULong:
  case CXType_ULongLong:
    break;
  case CXType_Char_S:
  case CXType_SChar:
  case CXType_Short:
  case CXType_Int:
  case CXType_Long:
  case CXType_LongLong:
    out->is_signed = 1;
    break;
  case CXType_WChar:
    /* 16 bits and unsigned on Windows targets, a 32-bit int elsewhere */
    out->is_signed = clang_Type_getSizeOf(t) == 4;
    break;
  default:
    return 0; /* 128-bit, floating, pointers, records: not folded */
  }
  long long size = clang_Type_getSizeOf(t);
  if (size < 1 || size > 8)
    return 0;
  out->bits = (uint8_t)(size * 8);
  return 1;
}

static int64_t as_signed(uint64_t v) {
  int64_t r;
  memcpy(&r, &v, sizeof r);
  return r;
}

static uint64_t as_unsigned(int64_t v) {
  uint64_t r;
  memcpy(&r, &v, sizeof r);
  return r;
}

/* v's low t.bits bits as a value of type t. */
static uint64_t wrap(uint64_t v, fe_int_type t) {
  if (t.is_bool)
    return v != 0;
  if (t.bits >= 64)
    return v;
  uint64_t mask = (UINT64_C(1) << t.bits) - 1;
  v &= mask;
  if (t.is_signed && ((v >> (t.bits - 1)) & 1))
    v |= ~mask;
  return v;
}

int64_t fe_int_convert(int64_t v, fe_int_type to) {
  return as_signed(wrap(as_unsigned(v), to));
}

/* A signed result: r when t can hold it, else no value (C's overflow). */
static int fits(int64_t r, fe_int_type t, int64_t *out) {
  if (fe_int_convert(r, t) != r)
    return 0;
  *out = r;
  return 1;
}

static int compare(enum CXBinaryOperatorKind op, int64_t x, int64_t y,
                   fe_int_type t) {
  int less, equal = x == y;
  if (t.is_signed)
    less = x < y;
  else
    less = as_unsigned(x) < as_unsigned(y);
  switch (op) {
  case CXBinaryOperator_EQ:
    return equal;
  case CXBinaryOperator_NE:
    return !equal;
  case CXBinaryOperator_LT:
    return less;
  case CXBinaryOperator_GT:
    return !less && !equal;
  case CXBinaryOperator_LE:
    return less || equal;
  default: /* CXBinaryOperator_GE */
    return !less;
  }
}

int fe_int_fold_binary(enum CXBinaryOperatorKind op, int64_t x, int64_t y,
                       fe_int_type t, int64_t *out) {
  if (t.bits == 0 && !t.is_bool)
    return 0;
  x = fe_int_convert(x, t);
  uint64_t ux = as_unsigned(x), uy = as_unsigned(y);
  int64_t r;
  switch (op) {
  case CXBinaryOperator_EQ:
  case CXBinaryOperator_NE:
  case CXBinaryOperator_LT:
  case CXBinaryOperator_GT:
  case CXBinaryOperator_LE:
  case CXBinaryOperator_GE:
    *out = compare(op, x, fe_int_convert(y, t), t);
    return 1;
  case CXBinaryOperator_Shl:
  case CXBinaryOperator_Shr:
    /* the count has its own (promoted) type; only its value matters */
    if (y < 0 || y >= (t.bits ? t.bits : 1))
      return 0;
    if (op == CXBinaryOperator_Shr) {
      *out = t.is_signed ? (x >= 0 ? x >> y : ~(~x >> y)) : as_signed(ux >> y);
      return 1;
    }
    if (!t.is_signed) {
      *out = as_signed(wrap(ux << y, t));
      return 1;
    }
    /* signed: x * 2^y must be representable (C11 6.5.7) */
    if (x < 0 || (ux << y) >> y != ux)
      return 0;
    return as_signed(ux << y) >= 0 && fits(as_signed(ux << y), t, out);
  default:
    break;
  }
  y = fe_int_convert(y, t);
  uy = as_unsigned(y);
  switch (op) {
  case CXBinaryOperator_Add:
  case CXBinaryOperator_Sub:
  case CXBinaryOperator_Mul: {
    if (!t.is_signed) {
      uint64_t u = op == CXBinaryOperator_Add   ? ux + uy
                   : op == CXBinaryOperator_Sub ? ux - uy
                                                : ux * uy;
      *out = as_signed(wrap(u, t));
      return 1;
    }
    int overflow = op == CXBinaryOperator_Add ? __builtin_add_overflow(x, y, &r)
                   : op == CXBinaryOperator_Sub
                       ? __builtin_sub_overflow(x, y, &r)
                       : __builtin_mul_overflow(x, y, &r);
    return !overflow && fits(r, t, out);
  }
  case CXBinaryOperator_Div:
  case CXBinaryOperator_Rem:
    if (y == 0)
      return 0;
    if (!t.is_signed) {
      *out = as_signed(op == CXBinaryOperator_Div ? ux / uy : ux % uy);
      return 1;
    }
    if (x == INT64_MIN && y == -1)
      return 0;
    r = op == CXBinaryOperator_Div ? x / y : x % y;
    /* INT_MIN / -1 of a narrower type does not fit either */
    return fits(r, t, out);
  case CXBinaryOperator_And:
    *out = as_signed(wrap(ux & uy, t));
    return 1;
  case CXBinaryOperator_Or:
    *out = as_signed(wrap(ux | uy, t));
    return 1;
  case CXBinaryOperator_Xor:
    *out = as_signed(wrap(ux ^ uy, t));
    return 1;
  default:
    return 0;
  }
}

int fe_int_fold_unary(enum CXUnaryOperatorKind op, int64_t x, fe_int_type t,
                      int64_t *out) {
  if (t.bits == 0 && !t.is_bool)
    return 0;
  x = fe_int_convert(x, t);
  switch (op) {
  case CXUnaryOperator_Plus:
    *out = x;
    return 1;
  case CXUnaryOperator_Not:
    *out = as_signed(wrap(~as_unsigned(x), t));
    return 1;
  case CXUnaryOperator_Minus:
    if (!t.is_signed) {
      *out = as_signed(wrap(0 - as_unsigned(x), t));
      return 1;
    }
    return x != INT64_MIN && fits(-x, t, out);
  default:
    return 0;
  }
}
