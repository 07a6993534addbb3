/* Translates one function definition from libclang cursors into irqlint's
 * CFG + event IR (cfg.h).
 *
 * Covered: compound statements, declarations with initializers, if/else,
 * while/do/for, switch with fall-through and default, break/continue, goto
 * and labels, return, ?:, && and || short-circuit, the comma operator, GNU
 * statement expressions, MS SEH (__try/__except/__finally/__leave, a
 * __finally body being inlined on every way out of its __try), and calls to
 * no-return functions. Macro expansions are analyzed as expanded; each event
 * carries the expansion location so findings point at what the user wrote.
 *
 * Deliberately not modeled: computed goto (the path ends, so nothing is
 * reported on it), setjmp/longjmp, C++ anything, and exceptions raised
 * outside a __try (a call either returns or is declared no-return). */
#include "frontend_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define NO_BLOCK UINT32_MAX

/* ---- small cursor utilities ---- */

typedef struct cursor_list {
  CXCursor *items;
  unsigned count, cap;
} cursor_list;

static enum CXChildVisitResult collect_child(CXCursor c, CXCursor parent,
                                             CXClientData data) {
  (void)parent;
  cursor_list *list = data;
  if (list->count == list->cap) {
    list->cap = list->cap ? list->cap * 2 : 8;
    list->items = xrealloc(list->items, list->cap * sizeof(CXCursor));
  }
  list->items[list->count++] = c;
  return CXChildVisit_Continue;
}

static cursor_list children_of(CXCursor c) {
  cursor_list list = {NULL, 0, 0};
  clang_visitChildren(c, collect_child, &list);
  return list;
}

/* Children that are statements or expressions (drops type references,
 * attributes and the like that libclang also reports as children). */
static cursor_list code_children_of(CXCursor c) {
  cursor_list all = children_of(c), out = {NULL, 0, 0};
  for (unsigned i = 0; i < all.count; i++) {
    enum CXCursorKind k = clang_getCursorKind(all.items[i]);
    if (clang_isStatement(k) || clang_isExpression(k) ||
        k == CXCursor_VarDecl || k == CXCursor_LabelRef)
      collect_child(all.items[i], c, &out);
  }
  free(all.items);
  return out;
}

/* Strips parentheses and the implicit conversions libclang reports as
 * unexposed expressions with a single child, and explicit casts. */
static CXCursor strip(CXCursor c) {
  for (;;) {
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr &&
        k != CXCursor_CStyleCastExpr)
      return c;
    cursor_list ch = code_children_of(c);
    if (ch.count != 1) {
      free(ch.items);
      return c;
    }
    CXCursor next = ch.items[0];
    free(ch.items);
    c = next;
  }
}

static int is_pointer_type(CXType t) {
  t = clang_getCanonicalType(t);
  return t.kind == CXType_Pointer;
}

static int is_array_type(CXType t) {
  t = clang_getCanonicalType(t);
  return t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray ||
         t.kind == CXType_VariableArray || t.kind == CXType_DependentSizedArray;
}

/* NDIS_SPIN_LOCK wraps a KSPIN_LOCK in its SpinLock field: the macro forms
 * of the NDIS routines pass &(l)->SpinLock where the function forms pass l.
 * Both must name the same lock, so a SpinLock field of an NDIS_SPIN_LOCK is
 * folded into its container. */
static int is_ndis_spin_lock_type(CXType t) {
  CXType canon = clang_getCanonicalType(t);
  CXString s = clang_getTypeSpelling(canon);
  const char *name = clang_getCString(s);
  int yes = strstr(name, "_NDIS_SPIN_LOCK") != NULL ||
            strstr(name, "NDIS_SPIN_LOCK") != NULL;
  clang_disposeString(s);
  return yes;
}

/* ---- builder state ---- */

typedef struct jump_target {
  uint32_t break_block, continue_block; /* NO_BLOCK when not applicable */
  unsigned finally_depth;
} jump_target;

/* A switch lowered to a chain of `==` tests (lower_switch): the blocks
 * made for its labels before its body is built, found again by cursor. */
typedef struct switch_label {
  CXCursor label; /* the CaseStmt or DefaultStmt */
  uint32_t block;
} switch_label;

typedef struct switch_ctx {
  uint32_t head;
  int has_default;
  switch_label *labels; /* lowered: every label's block; else NULL */
  unsigned label_count;
} switch_ctx;

typedef struct finally_scope {
  CXCursor try_stmt;
  CXCursor body; /* the __finally compound statement */
} finally_scope;

typedef struct leave_target {
  uint32_t block;
  unsigned finally_depth;
} leave_target;

typedef struct label_info {
  const char *name;
  uint32_t block;
  CXCursor *finally_stack; /* enclosing __try/__finally statements */
  unsigned finally_depth;
} label_info;

typedef struct alias_info {
  CXCursor decl;
  unsigned writes;
  int disqualified;
  CXCursor value; /* the single assigned expression */
  int has_value;
  int resolved;
  ir_value alias; /* ADDR value the pointer always holds */
} alias_info;

/* A block cut before a call that may raise inside a __try with a handler:
 * the block that ends in the state before the call, and the one the call
 * starts. */
typedef struct raise_split {
  uint32_t before, call_block;
} raise_split;

typedef struct builder {
  fe_tu *t;
  arena *mem;
  cfg_function *fn;
  uint32_t cur;
  jump_target *targets;
  unsigned target_count, target_cap;
  switch_ctx *switches;
  unsigned switch_count, switch_cap;
  finally_scope *finallies;
  unsigned finally_count, finally_cap;
  leave_target *leaves;
  unsigned leave_count, leave_cap;
  /* how many __try bodies with an __except handler enclose the code being
   * built: their calls that may raise start blocks of their own */
  unsigned except_depth;
  /* where split_before_raising_call cut a block */
  raise_split *raise_splits;
  unsigned raise_split_count, raise_split_cap;
  label_info *labels;
  unsigned label_count, label_cap;
  alias_info *aliases;
  unsigned alias_count, alias_cap;
  /* locals that were given the current IRQL (Irql = KeGetCurrentIrql()) */
  uint32_t *irql_locals;
  unsigned irql_local_count, irql_local_cap;
  int dry_run; /* evaluate values without emitting events or blocks */
  uint32_t unique;
  CXCursor fn_cursor; /* the definition being built */
} builder;

#define PUSH(b, arr, count, cap, value)                                        \
  do {                                                                         \
    if ((b)->count == (b)->cap) {                                              \
      (b)->cap = (b)->cap ? (b)->cap * 2 : 8;                                  \
      (b)->arr = xrealloc((b)->arr, (b)->cap * sizeof(*(b)->arr));             \
    }                                                                          \
    (b)->arr[(b)->count++] = (value);                                          \
  } while (0)

static uint32_t current_block(builder *b) {
  if (b->cur == NO_BLOCK)
    b->cur = cfg_new_block(b->fn, "unreachable");
  return b->cur;
}

static void jump(builder *b, uint32_t to) {
  if (b->cur != NO_BLOCK)
    cfg_add_edge(b->fn, b->cur, to);
}

static void build_stmt(builder *b, CXCursor s);
static int emit_split_store(builder *b, CXCursor at, const ir_path *target,
                            CXCursor rhs);
static void note_irql_local(builder *b, ir_value value, const ir_path *target);
static ir_value emit_expr(builder *b, CXCursor e);
static void build_cond(builder *b, CXCursor e, uint32_t on_true,
                       uint32_t on_false);

/* ---- access paths and values ---- */

static uint32_t decl_identity(CXCursor decl) {
  unsigned h = clang_hashCursor(decl);
  return h ? h : 1;
}

int fe_root_of_decl(arena *mem, CXCursor decl, ir_path *out) {
  enum CXCursorKind k = clang_getCursorKind(decl);
  if (k != CXCursor_VarDecl && k != CXCursor_ParmDecl)
    return 0;
  memset(out, 0, sizeof *out);
  out->root = fe_cursor_name(mem, decl);
  if (k == CXCursor_ParmDecl) {
    out->root_kind = PATH_ROOT_PARAM;
    out->root_id = decl_identity(decl);
  } else {
    CXCursor parent = clang_getCursorSemanticParent(decl);
    enum CXCursorKind pk = clang_getCursorKind(parent);
    if (pk == CXCursor_TranslationUnit ||
        clang_Cursor_getStorageClass(decl) == CX_SC_Extern) {
      out->root_kind = PATH_ROOT_GLOBAL;
      out->root_id = 0; /* globals match by name across functions */
    } else {
      out->root_kind = PATH_ROOT_LOCAL;
      out->root_id = decl_identity(decl);
    }
  }
  return 1;
}

static alias_info *find_alias(builder *b, CXCursor decl) {
  for (unsigned i = 0; i < b->alias_count; i++)
    if (clang_equalCursors(b->aliases[i].decl, decl))
      return &b->aliases[i];
  return NULL;
}

static ir_value unknown_value(void) {
  ir_value v;
  memset(&v, 0, sizeof v);
  v.kind = IR_VALUE_UNKNOWN;
  return v;
}

static ir_value const_value(int64_t c) {
  ir_value v = unknown_value();
  v.kind = IR_VALUE_CONST;
  v.constant = c;
  return v;
}

static int lvalue_path(builder *b, CXCursor e, ir_path *out);

/* MpIsr or &MpIsr: registrations (an ISR assigned to a characteristics
 * field, passed to IoConnectInterrupt) name functions this way. */
static ir_value function_value(builder *b, CXCursor decl) {
  ir_value v = unknown_value();
  v.kind = IR_VALUE_FUNCTION;
  v.path.root_kind = PATH_ROOT_NAMED;
  v.path.root = fe_cursor_name(b->mem, decl);
  return v;
}

/* A call whose result is dereferenced (GetDeviceContext(Device)->Lock, the
 * KMDF context accessors) names its object by its spelling: the same call
 * with the same arguments is taken to return the same pointer, as the
 * driver's author assumes when acquiring through one call and releasing
 * through another. */
/* The call event `id` of the current block (values name calls by event id,
 * and a value is used in the block that computed it), or NULL. */
static ir_event *recent_call(builder *b, uint32_t id) {
  if (b->dry_run || b->cur == NO_BLOCK)
    return NULL;
  cfg_block *blk = b->fn->blocks[b->cur];
  for (uint32_t i = blk->event_count; i-- > 0;)
    if (blk->events[i].id == id && blk->events[i].kind == IR_EVENT_CALL)
      return &blk->events[i];
  return NULL;
}

static int call_result_root(builder *b, uint32_t event_id, ir_path *out) {
  const ir_event *ev = recent_call(b, event_id);
  if (!ev || !ev->u.call.callee)
    return 0;
  const ir_call *call = &ev->u.call;
  strbuf sb;
  strbuf_init(&sb);
  strbuf_printf(&sb, "%s(", call->callee);
  for (uint16_t k = 0; k < call->arg_count; k++) {
    if (call->args[k].kind == IR_VALUE_UNKNOWN ||
        call->args[k].kind == IR_VALUE_CALL) {
      strbuf_free(&sb);
      return 0; /* not a spelling we can compare */
    }
    if (k)
      strbuf_puts(&sb, ", ");
    value_print(&sb, &call->args[k]);
  }
  strbuf_putc(&sb, ')');
  memset(out, 0, sizeof *out);
  out->root_kind = PATH_ROOT_NAMED;
  out->root = arena_strdup(b->mem, strbuf_cstr(&sb));
  strbuf_free(&sb);
  return 1;
}

/* The object a pointer value points at: *p. */
static int value_pointee(builder *b, ir_value v, ir_path *out) {
  if (v.kind == IR_VALUE_ADDR) {
    *out = v.path; /* *&x is x */
    return 1;
  }
  if (v.kind == IR_VALUE_LOAD) {
    path_step step = {.kind = PATH_STEP_DEREF};
    *out = path_with_step(b->mem, &v.path, step);
    return 1;
  }
  if (v.kind == IR_VALUE_CALL && call_result_root(b, v.call_event, out)) {
    path_step step = {.kind = PATH_STEP_DEREF};
    *out = path_with_step(b->mem, out, step);
    return 1;
  }
  return 0;
}

/* The object a pointer-valued expression points at: *p. */
static int pointee_path(builder *b, CXCursor pointer_expr, ir_path *out) {
  return value_pointee(b, emit_expr(b, pointer_expr), out);
}

/* A struct type's spelling without "struct " (DEVICE_EXTENSION,
 * _DEVICE_EXTENSION), or NULL for one that is not a single word. */
static const char *record_type_name(builder *b, CXType t) {
  CXString s = clang_getTypeSpelling(clang_getUnqualifiedType(t));
  const char *spelled = clang_getCString(s);
  if (strncmp(spelled, "struct ", 7) == 0)
    spelled += 7;
  const char *name = spelled[0] && !strchr(spelled, ' ')
                         ? arena_strdup(b->mem, spelled)
                         : NULL;
  clang_disposeString(s);
  return name;
}

/* The type a pointer type points to; a typedef'd pointer (PADAPTER) has no
 * pointee of its own: its canonical type does. */
static CXType pointee_type(CXType t) {
  CXType pointee = clang_getPointeeType(t);
  if (pointee.kind == CXType_Invalid)
    pointee = clang_getPointeeType(clang_getCanonicalType(t));
  return pointee;
}

/* The most fields a field designator of CONTAINING_RECORD may nest
 * (`Header.Links` is two). */
#define FIELD_PATH_MAX 4

/* Is e the offset of a field, as CONTAINING_RECORD and FIELD_OFFSET write
 * it: `&((T *)0)->F` or `__builtin_offsetof(T, F)` (casts around either)?
 * Gives the fields of the designator, outermost first (`&((T *)0)->A.B`
 * is A of T, then B of A's type), each with the name of the struct it is
 * a field of, and returns how many (0: not such an offset). */
static unsigned field_offset_expr(builder *b, CXCursor e, const char **fields,
                                  const char **records) {
  e = strip(e);
  enum CXCursorKind k = clang_getCursorKind(e);
  cursor_list ch = code_children_of(e);
  unsigned count = 0;
  if (k == CXCursor_UnaryOperator &&
      clang_getCursorUnaryOperatorKind(e) == CXUnaryOperator_AddrOf &&
      ch.count == 1) {
    /* from the last field of the designator down to the null pointer */
    const char *names[FIELD_PATH_MAX], *owners[FIELD_PATH_MAX];
    unsigned n = 0;
    CXCursor member = strip(ch.items[0]);
    int at_zero = 0;
    while (n < FIELD_PATH_MAX &&
           clang_getCursorKind(member) == CXCursor_MemberRefExpr) {
      cursor_list mch = code_children_of(member);
      if (mch.count != 1) {
        free(mch.items);
        break;
      }
      CXCursor base = strip(mch.items[0]);
      CXType base_type = clang_getCursorType(mch.items[0]);
      if (is_pointer_type(base_type))
        base_type = pointee_type(base_type);
      names[n] = fe_cursor_name(b->mem, member);
      owners[n] = base_type.kind == CXType_Invalid
                      ? NULL
                      : record_type_name(b, base_type);
      n++;
      free(mch.items);
      int64_t zero;
      if (clang_getCursorKind(base) == CXCursor_IntegerLiteral) {
        at_zero = fe_int_evaluate(base, &zero) && zero == 0;
        break;
      }
      member = base;
    }
    if (at_zero) {
      for (unsigned i = 0; i < n; i++) {
        fields[i] = names[n - 1 - i];
        records[i] = owners[n - 1 - i];
      }
      count = n;
    }
  } else if (k == CXCursor_UnaryExpr || k == CXCursor_UnexposedExpr) {
    /* __builtin_offsetof(T, F), an expression libclang does not expose:
     * its children name the type, then the field (one field; a path
     * through nested fields is not read) */
    cursor_list all = children_of(e);
    CXCursor type_ref = clang_getNullCursor(),
             field_ref = clang_getNullCursor();
    unsigned members = 0, others = 0;
    for (unsigned i = 0; i < all.count; i++) {
      enum CXCursorKind ck = clang_getCursorKind(all.items[i]);
      if (ck == CXCursor_TypeRef && clang_Cursor_isNull(type_ref))
        type_ref = all.items[i];
      else if (ck == CXCursor_MemberRef) {
        field_ref = all.items[i];
        members++;
      } else {
        others++;
      }
    }
    if (members == 1 && !others && !clang_Cursor_isNull(type_ref)) {
      fields[0] = fe_cursor_name(b->mem, field_ref);
      records[0] = record_type_name(b, clang_getCursorType(type_ref));
      count = 1;
    }
    free(all.items);
  }
  free(ch.items);
  return count;
}

/* Is e `sizeof(T)` or `sizeof x` (not an alignof, which libclang shows as
 * the same kind of expression)? */
static int is_sizeof_expr(builder *b, CXCursor e) {
  e = strip(e);
  if (clang_getCursorKind(e) != CXCursor_UnaryExpr)
    return 0;
  CXToken *tokens = NULL;
  unsigned ntok = 0;
  clang_tokenize(b->t->tu, clang_getCursorExtent(e), &tokens, &ntok);
  int is = 0;
  if (ntok) {
    CXString sp = clang_getTokenSpelling(b->t->tu, tokens[0]);
    is = strcmp(clang_getCString(sp), "sizeof") == 0;
    clang_disposeString(sp);
  }
  if (tokens)
    clang_disposeTokens(b->t->tu, tokens, ntok);
  return is;
}

/* The object right before the one pointer `lhs` points at, as a header
 * in front of an object is reached (`(PHEADER)((ULONG_PTR)Object -
 * sizeof(HEADER))`, `(PHEADER)Object - 1`): `&p[-k]`, the element k
 * before *p, for `p - k` on a pointer and `(integer)p - sizeof(T)`. Gives
 * 0 for any other subtraction. */
static int element_before(builder *b, CXCursor e, CXCursor lhs, CXCursor rhs,
                          ir_value *out) {
  int64_t k;
  if (is_pointer_type(clang_getCursorType(e))) {
    if (!fe_int_evaluate(strip(rhs), &k) || k <= 0)
      return 0;
  } else if (is_sizeof_expr(b, rhs) &&
             is_pointer_type(clang_getCursorType(strip(lhs)))) {
    k = 1;
  } else {
    return 0;
  }
  ir_path object;
  if (!value_pointee(b, emit_expr(b, lhs), &object))
    return 0;
  path_step step = {.kind = PATH_STEP_INDEX, .index_known = 1, .index = -k};
  memset(out, 0, sizeof *out);
  out->kind = IR_VALUE_ADDR;
  out->path = path_with_step(b->mem, &object, step);
  return 1;
}

static int index_step(builder *b, CXCursor index_expr, path_step *step) {
  ir_value iv = emit_expr(b, index_expr);
  memset(step, 0, sizeof *step);
  step->kind = PATH_STEP_INDEX;
  if (iv.kind == IR_VALUE_CONST) {
    step->index_known = 1;
    step->index = iv.constant;
  } else if (iv.kind == IR_VALUE_LOAD) {
    /* a[i] and a[i] are the same element; a[i] and a[j] are not known to
     * be: keep the index variable's spelling as the step's identity. */
    strbuf sb;
    strbuf_init(&sb);
    path_key(&sb, &iv.path);
    step->field = arena_strdup(b->mem, strbuf_cstr(&sb));
    strbuf_free(&sb);
  } else {
    step->field = arena_printf(b->mem, "?%u", ++b->unique);
  }
  return 1;
}

/* The struct a member expression's field belongs to, by its tag
 * ("_ADAPTER") or, for an anonymous struct, the type the code names it by:
 * lock classes (ADAPTER.RxLock) and registration fields are told apart by
 * it. */
static const char *record_name(builder *b, CXCursor member, CXCursor base) {
  CXCursor field = clang_getCursorReferenced(member);
  CXCursor rec = clang_getCursorSemanticParent(field);
  enum CXCursorKind k = clang_getCursorKind(rec);
  if ((k == CXCursor_StructDecl || k == CXCursor_UnionDecl) &&
      !clang_Cursor_isAnonymous(rec)) {
    const char *tag = fe_cursor_name(b->mem, rec);
    if (tag[0])
      return tag;
  }
  CXType t = clang_getCursorType(base);
  if (is_pointer_type(t))
    t = pointee_type(t);
  if (t.kind == CXType_Invalid)
    return NULL;
  return record_type_name(b, t);
}

static int lvalue_path(builder *b, CXCursor e, ir_path *out) {
  e = strip(e);
  switch (clang_getCursorKind(e)) {
  case CXCursor_DeclRefExpr: {
    CXCursor decl = clang_getCursorReferenced(e);
    return fe_root_of_decl(b->mem, decl, out);
  }
  case CXCursor_MemberRefExpr: {
    cursor_list ch = code_children_of(e);
    if (ch.count != 1) {
      free(ch.items);
      return 0;
    }
    CXCursor base = ch.items[0];
    free(ch.items);
    ir_path base_path;
    int ok;
    if (is_pointer_type(clang_getCursorType(base)))
      ok = pointee_path(b, base, &base_path);
    else
      ok = lvalue_path(b, base, &base_path);
    if (!ok)
      return 0;
    const char *field = fe_cursor_name(b->mem, e);
    if (strcmp(field, "SpinLock") == 0) {
      CXType base_type = clang_getCursorType(base);
      if (is_pointer_type(base_type))
        base_type = clang_getPointeeType(clang_getCanonicalType(base_type));
      if (is_ndis_spin_lock_type(base_type)) {
        *out = base_path;
        return 1;
      }
    }
    path_step step = {.kind = PATH_STEP_FIELD,
                      .field = field,
                      .record = record_name(b, e, base)};
    *out = path_with_step(b->mem, &base_path, step);
    return 1;
  }
  case CXCursor_ArraySubscriptExpr: {
    cursor_list ch = code_children_of(e);
    if (ch.count != 2) {
      free(ch.items);
      return 0;
    }
    CXCursor base = ch.items[0], index = ch.items[1];
    free(ch.items);
    CXCursor sbase = strip(base);
    ir_path base_path;
    int ok;
    if (is_array_type(clang_getCursorType(sbase)))
      ok = lvalue_path(b, sbase, &base_path);
    else
      ok = pointee_path(b, base, &base_path);
    if (!ok)
      return 0;
    path_step step;
    index_step(b, index, &step);
    /* through a pointer, p[0] is *p: keep one spelling for the object */
    if (!is_array_type(clang_getCursorType(sbase)) && step.index_known &&
        step.index == 0) {
      *out = base_path;
      return 1;
    }
    *out = path_with_step(b->mem, &base_path, step);
    return 1;
  }
  case CXCursor_UnaryOperator:
    if (clang_getCursorUnaryOperatorKind(e) == CXUnaryOperator_Deref) {
      cursor_list ch = code_children_of(e);
      int ok = 0;
      if (ch.count == 1)
        ok = pointee_path(b, ch.items[0], out);
      free(ch.items);
      return ok;
    }
    return 0;
  default:
    return 0;
  }
}

static ir_loc loc_of(builder *b, CXCursor c) {
  return fe_loc_of_cursor(b->t, c);
}

static ir_event *emit_assign_op(builder *b, CXCursor at, const ir_path *target,
                                ir_value value, ir_assign_op op) {
  if (b->dry_run)
    return NULL;
  ir_event *ev =
      cfg_add_event(b->fn, current_block(b), IR_EVENT_ASSIGN, loc_of(b, at));
  ev->u.assign.target = *target;
  ev->u.assign.value = value;
  ev->u.assign.op = (uint8_t)op;
  return ev;
}

static ir_event *emit_assign(builder *b, CXCursor at, const ir_path *target,
                             ir_value value) {
  return emit_assign_op(b, at, target, value, IR_ASSIGN_STORE);
}

/* Is this store to `decl` the only write of a local pointer whose address
 * is never taken (the pre-pass counted its writes)? Then from the store on
 * the local holds the stored value (ir_assign.only_write, marked on stores
 * of a load). A pointer the pre-pass resolved to an address is replaced by
 * it and needs no mark. */
static int is_only_write(builder *b, CXCursor decl) {
  alias_info *a = find_alias(b, decl);
  return a && !a->disqualified && a->writes == 1 && a->has_value &&
         !a->resolved && clang_getCursorKind(decl) == CXCursor_VarDecl &&
         is_pointer_type(clang_getCursorType(decl));
}

/* If `value` is the result of the last call event of the current block,
 * record that the call's result is stored into `target` (x = f(...)). */
static void attach_result_target(builder *b, ir_value value,
                                 const ir_path *target) {
  if (value.kind != IR_VALUE_CALL)
    return;
  ir_event *ev = recent_call(b, value.call_event);
  if (ev) {
    ev->u.call.has_result_target = 1;
    ev->u.call.result_target = *target;
  }
}

/* Is this call an assertion's failure branch: spelled in the body of an
 * assertion macro (ASSERT's RtlAssert), or __assume(0)? Calls in the
 * asserted condition are spelled in the driver's source: their chain has
 * no assertion macro. */
/* The model's FE_* flags for a callee or macro name (0 without a model). */
static unsigned name_flags(builder *b, const char *name) {
  return name && b->t->callbacks->callee_flags
             ? b->t->callbacks->callee_flags(b->t->callbacks->ctx, name)
             : 0;
}

static int fails_assertion(builder *b, CXCursor call, const ir_call *c,
                           const char *callee) {
  if (strcmp(callee, "__assume") == 0)
    return c->arg_count == 1 && c->args[0].kind == IR_VALUE_CONST &&
           c->args[0].constant == 0;
  if (!b->t->callbacks->callee_flags)
    return 0;
  const char **chain = c->macro_chain;
  unsigned n = c->macro_count;
  if (!n)
    n = fe_macro_chain(b->t, call, callee, &chain);
  for (unsigned i = 0; i < n; i++)
    if (b->t->callbacks->callee_flags(b->t->callbacks->ctx, chain[i]) &
        FE_NAME_ASSERTION_MACRO)
      return 1;
  return 0;
}

/* ---- _Analysis_assume_lock_*_(lock) statements ----
 * Found by lock_assumptions.c where headers define them to nothing; each
 * becomes a call of the macro's name with the lock's address, which the
 * API model reads as a fact. */

static void emit_lock_assumption(builder *b, const fe_lock_assumption *a) {
  ir_event *ev = cfg_add_event(b->fn, current_block(b), IR_EVENT_CALL,
                               fe_loc_of_cursor(b->t, a->at));
  ir_call *c = &ev->u.call;
  c->callee = a->macro;
  c->args = arena_alloc(b->mem, sizeof(ir_value));
  c->args[0] = unknown_value();
  c->args[0].kind = IR_VALUE_ADDR;
  c->args[0].path = a->lock;
  c->arg_count = 1;
}

/* An assertion the build defines to nothing, given a false constant
 * between two statements (`else { RT_ASSERT(FALSE, ("can't happen")); }`):
 * the author's word that the path does not get there, as when a failed
 * ASSERT's branch ends the path (fails_assertion). */
static void end_path_at_false_assertion(builder *b, CXFile file, unsigned begin,
                                        unsigned end) {
  if (b->dry_run || b->cur == NO_BLOCK)
    return;
  const char **names;
  unsigned n =
      fe_false_assertions_between(b->t, b->mem, file, begin, end, &names);
  for (unsigned i = 0; i < n; i++)
    if (name_flags(b, names[i]) & FE_NAME_ASSERTION_MACRO) {
      cfg_block *blk = b->fn->blocks[b->cur];
      blk->term = CFG_TERM_NORETURN;
      b->cur = NO_BLOCK;
      return;
    }
}

static void emit_lock_assumptions(builder *b, CXFile file, unsigned begin,
                                  unsigned end) {
  if (b->dry_run || b->cur == NO_BLOCK)
    return;
  fe_lock_assumption *found;
  unsigned n = fe_lock_assumptions_between(b->t, b->mem, b->fn_cursor, file,
                                           begin, end, &found);
  for (unsigned i = 0; i < n; i++)
    emit_lock_assumption(b, &found[i]);
}

/* The typedef a called pointer's function type was declared with: the
 * pointee's (DRIVER_CANCEL for a PDRIVER_CANCEL), else the pointer's own
 * typedef name, or NULL. */
static CXType without_elaboration(CXType t) {
  while (t.kind == CXType_Elaborated)
    t = clang_Type_getNamedType(t);
  return t;
}

static const char *typedef_name(builder *b, CXType t) {
  CXString s = clang_getTypedefName(t);
  const char *name = arena_strdup(b->mem, clang_getCString(s));
  clang_disposeString(s);
  return name;
}

/* `NAME *` as the type is spelled: the NAME, or NULL. A typedef'd function
 * type with a calling convention (`typedef VOID (NTAPI DRIVER_CANCEL)(…)`
 * on x86, or any __stdcall) comes back from clang_getPointeeType as the
 * bare function type, its typedef lost; the spelling keeps it. */
static const char *spelled_pointee_name(builder *b, CXType pointer) {
  CXString s = clang_getTypeSpelling(pointer);
  const char *text = clang_getCString(s);
  const char *name = NULL;
  size_t len = text ? strlen(text) : 0;
  while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '*'))
    len--;
  if (len > 0 && strcmp(text + len, " *") == 0) {
    size_t start = len;
    while (start > 0 &&
           (isalnum((unsigned char)text[start - 1]) || text[start - 1] == '_'))
      start--;
    /* only a bare name: `const NAME *`, `volatile NAME *` qualify the
     * pointee, anything else (a function type spelled out) is no name */
    int bare = start < len && !isdigit((unsigned char)text[start]);
    for (size_t i = 0; bare && i < start;) {
      if (strncmp(text + i, "const ", 6) == 0)
        i += 6;
      else if (strncmp(text + i, "volatile ", 9) == 0)
        i += 9;
      else
        bare = 0;
    }
    if (bare)
      name = arena_strndup(b->mem, text + start, len - start);
  }
  clang_disposeString(s);
  return name;
}

static const char *function_typedef_name(builder *b, CXType t) {
  const char *pointer_name = NULL;
  t = without_elaboration(t);
  /* through the typedefs of the pointer (PDRIVER_CANCEL is DRIVER_CANCEL *)
   * to the typedef of the function type it points to */
  for (int depth = 0; depth < 8; depth++) {
    if (t.kind == CXType_Pointer) {
      CXType pointee = without_elaboration(clang_getPointeeType(t));
      if (pointee.kind == CXType_Typedef)
        return typedef_name(b, pointee);
      const char *spelled = spelled_pointee_name(b, t);
      return spelled ? spelled : pointer_name;
    }
    if (t.kind != CXType_Typedef)
      break;
    if (!pointer_name)
      pointer_name = typedef_name(b, t);
    t = without_elaboration(
        clang_getTypedefDeclUnderlyingType(clang_getTypeDeclaration(t)));
  }
  return pointer_name;
}

/* A function designator stored, passed or cast as a value of type t: what
 * the driver converts it to says what it is (a routine stored in a
 * PDRIVER_CANCEL is a cancel routine, whatever its own declaration says).
 * The outermost conversion that names a function typedef wins. */
static ir_value converted_function(builder *b, ir_value v, CXType t) {
  if (v.kind != IR_VALUE_FUNCTION || b->dry_run)
    return v;
  CXType canonical = clang_getCanonicalType(t);
  if (canonical.kind != CXType_Pointer)
    return v;
  enum CXTypeKind pointee = clang_getPointeeType(canonical).kind;
  if (pointee != CXType_FunctionProto && pointee != CXType_FunctionNoProto)
    return v;
  const char *name = function_typedef_name(b, t);
  if (name && *name)
    v.function_type = name;
  return v;
}

/* Inside a __try body with an __except handler, a call that may raise
 * starts a block of its own: the block before it ends in the state the
 * handler is entered with if the call raises (build_seh_try gives every
 * block of the body an edge to the handler). */
static void split_before_raising_call(builder *b) {
  if (!b->except_depth || b->cur == NO_BLOCK)
    return;
  uint32_t before = b->cur;
  uint32_t next = cfg_new_block(b->fn, "try.call");
  jump(b, next);
  b->cur = next;
  raise_split cut = {before, next};
  PUSH(b, raise_splits, raise_split_count, raise_split_cap, cut);
}

static ir_value emit_call(builder *b, CXCursor call) {
  int nargs = clang_Cursor_getNumArguments(call);
  if (nargs < 0)
    nargs = 0;
  ir_value *args =
      nargs ? arena_alloc(b->mem, sizeof(ir_value) * (size_t)nargs) : NULL;
  for (int i = 0; i < nargs; i++)
    args[i] = emit_expr(b, clang_Cursor_getArgument(call, (unsigned)i));
  if (b->dry_run)
    return unknown_value();

  const char *callee = NULL, *callee_type = NULL;
  CXCursor ref = clang_getCursorReferenced(call);
  if (clang_getCursorKind(ref) == CXCursor_FunctionDecl) {
    callee = fe_cursor_name(b->mem, ref);
    /* a function passed for a parameter takes the parameter's type */
    int nparams = clang_Cursor_getNumArguments(ref);
    for (int i = 0; i < nargs && i < nparams; i++)
      args[i] = converted_function(
          b, args[i],
          clang_getCursorType(clang_Cursor_getArgument(ref, (unsigned)i)));
  } else {
    /* calls through a pointer: evaluate the callee expression for its
     * events (it may itself contain calls) */
    cursor_list ch = code_children_of(call);
    if (ch.count) {
      emit_expr(b, ch.items[0]);
      callee_type = function_typedef_name(b, clang_getCursorType(ch.items[0]));
    }
    free(ch.items);
  }

  unsigned flags = name_flags(b, callee);
  if (!(flags & FE_CALLEE_RAISES_NO_EXCEPTION))
    split_before_raising_call(b);
  ir_event *ev =
      cfg_add_event(b->fn, current_block(b), IR_EVENT_CALL, loc_of(b, call));
  ir_call *c = &ev->u.call;
  c->callee = callee;
  c->callee_decl = callee ? fe_decl_info(b->t, callee) : NULL;
  c->callee_type = callee_type;
  c->args = args;
  c->arg_count = (uint16_t)nargs;
  if (callee && (flags & FE_CALLEE_WANTS_MACRO_CHAIN)) {
    c->macro_count =
        (uint16_t)fe_macro_chain(b->t, call, callee, &c->macro_chain);
    if (nargs > 0) {
      /* the object behind the PVOID it is converted to */
      CXType t = clang_getCanonicalType(
          clang_getCursorType(strip(clang_Cursor_getArgument(call, 0))));
      if (t.kind == CXType_Pointer)
        c->arg0_record = record_type_name(
            b, clang_getCanonicalType(clang_getPointeeType(t)));
    }
  }
  if (!(flags & FE_CALLEE_NO_RETURN) && callee &&
      fails_assertion(b, call, c, callee))
    flags |= FE_CALLEE_NO_RETURN;
  if (!(flags & FE_CALLEE_NO_RETURN) && callee) {
    /* declared noreturn: the attribute is part of the function type */
    CXString ts = clang_getTypeSpelling(clang_getCursorType(ref));
    const char *ty = clang_getCString(ts);
    if (strstr(ty, "noreturn") || strstr(ty, "__declspec(noreturn)"))
      flags |= FE_CALLEE_NO_RETURN;
    clang_disposeString(ts);
  }
  ir_value result = unknown_value();
  result.kind = IR_VALUE_CALL;
  result.call_event = ev->id;
  if (flags & FE_CALLEE_NO_RETURN) {
    c->no_return = 1;
    cfg_block *blk = b->fn->blocks[b->cur];
    blk->term = CFG_TERM_NORETURN;
    blk->term_loc = ev->loc;
    b->cur = NO_BLOCK;
  }
  return result;
}

static ir_value emit_children(builder *b, CXCursor e) {
  cursor_list ch = code_children_of(e);
  for (unsigned i = 0; i < ch.count; i++) {
    enum CXCursorKind k = clang_getCursorKind(ch.items[i]);
    if (clang_isExpression(k))
      emit_expr(b, ch.items[i]);
    else if (clang_isStatement(k))
      build_stmt(b, ch.items[i]);
  }
  free(ch.items);
  return unknown_value();
}

/* Value of an expression whose control flow branches (&&, ||, ?:) when it is
 * used as a value rather than as a condition: both ways join again. */
static ir_value emit_branching_value(builder *b, CXCursor e) {
  if (b->dry_run)
    return unknown_value();
  uint32_t join = cfg_new_block(b->fn, "join");
  build_cond(b, e, join, join);
  b->cur = join;
  return unknown_value();
}

static ir_value emit_conditional_value(builder *b, CXCursor e) {
  cursor_list ch = code_children_of(e);
  if (ch.count != 3 || b->dry_run) {
    free(ch.items);
    return b->dry_run ? unknown_value() : emit_children(b, e);
  }
  uint32_t then_block = cfg_new_block(b->fn, "cond.true");
  uint32_t else_block = cfg_new_block(b->fn, "cond.false");
  uint32_t join = cfg_new_block(b->fn, "cond.end");
  build_cond(b, ch.items[0], then_block, else_block);
  b->cur = then_block;
  ir_value a = emit_expr(b, ch.items[1]);
  jump(b, join);
  b->cur = else_block;
  ir_value c = emit_expr(b, ch.items[2]);
  jump(b, join);
  b->cur = join;
  free(ch.items);
  if (a.kind == IR_VALUE_CONST && c.kind == IR_VALUE_CONST &&
      a.constant == c.constant)
    return a;
  return unknown_value();
}

/* A constant converted to the integer type t (a cast, or one of the
 * implicit conversions clang reports as unexposed expressions): `(ULONG)-1`
 * is 4294967295, `(UCHAR)0x1FF` is 255. A conversion to a floating type
 * leaves no integer; to a pointer, the value stays (NULL is 0). */
static ir_value converted_constant(ir_value v, CXType t) {
  fe_int_type it;
  if (fe_int_type_of(t, &it))
    return const_value(fe_int_convert(v.constant, it));
  enum CXTypeKind kind = clang_getCanonicalType(t).kind;
  if (kind == CXType_Float || kind == CXType_Double ||
      kind == CXType_LongDouble || kind == CXType_Half ||
      kind == CXType_Float16 || kind == CXType_Float128)
    return unknown_value();
  return v;
}

/* `x op y` folded where clang could not evaluate the expression (an
 * operand is a constant only to the analysis), in C's type: the result's
 * type `e` for arithmetic and shifts, the converted operand `lhs` for a
 * comparison (int holds the 0 or 1). `&` as a condition is a bit test. */
static int fold_binary(enum CXBinaryOperatorKind op, int64_t x, int64_t y,
                       CXCursor e, CXCursor lhs, int64_t *out) {
  int comparison = op >= CXBinaryOperator_LT && op <= CXBinaryOperator_NE;
  fe_int_type t;
  if (!fe_int_type_of(clang_getCursorType(comparison ? lhs : e), &t))
    return 0;
  return fe_int_fold_binary(op, x, y, t, out);
}

static ir_value emit_expr(builder *b, CXCursor e) {
  enum CXCursorKind k = clang_getCursorKind(e);
  switch (k) {
  case CXCursor_IntegerLiteral:
  case CXCursor_CharacterLiteral: {
    int64_t v;
    return fe_int_evaluate(e, &v) ? const_value(v) : unknown_value();
  }
  case CXCursor_ParenExpr:
  case CXCursor_CStyleCastExpr:
  case CXCursor_UnexposedExpr: {
    cursor_list ch = code_children_of(e);
    if (ch.count == 1 && clang_isExpression(clang_getCursorKind(ch.items[0]))) {
      CXCursor inner = ch.items[0];
      free(ch.items);
      ir_value v = emit_expr(b, inner);
      if (v.kind == IR_VALUE_CONST && k != CXCursor_ParenExpr)
        return converted_constant(v, clang_getCursorType(e));
      if (k == CXCursor_CStyleCastExpr)
        return converted_function(b, v, clang_getCursorType(e));
      return v;
    }
    free(ch.items);
    if (k == CXCursor_UnexposedExpr) {
      int64_t v;
      if (fe_int_evaluate(e, &v))
        return const_value(v);
    }
    return emit_children(b, e);
  }
  case CXCursor_DeclRefExpr: {
    CXCursor decl = clang_getCursorReferenced(e);
    enum CXCursorKind dk = clang_getCursorKind(decl);
    if (dk == CXCursor_EnumConstantDecl)
      return const_value(clang_getEnumConstantDeclValue(decl));
    if (dk == CXCursor_FunctionDecl)
      return function_value(b, decl);
    alias_info *alias = find_alias(b, decl);
    if (alias && !alias->disqualified && alias->resolved)
      return alias->alias;
    ir_value v = unknown_value();
    if (fe_root_of_decl(b->mem, decl, &v.path)) {
      v.kind = IR_VALUE_LOAD;
      /* an array used as a value decays to the address of its start */
      if (is_array_type(clang_getCursorType(decl))) {
        path_step step = {.kind = PATH_STEP_INDEX, .index_known = 1};
        v.path = path_with_step(b->mem, &v.path, step);
        v.kind = IR_VALUE_ADDR;
      }
    }
    return v;
  }
  case CXCursor_MemberRefExpr:
  case CXCursor_ArraySubscriptExpr: {
    ir_value v = unknown_value();
    if (lvalue_path(b, e, &v.path)) {
      v.kind = IR_VALUE_LOAD;
      if (is_array_type(clang_getCursorType(e))) {
        path_step step = {.kind = PATH_STEP_INDEX, .index_known = 1};
        v.path = path_with_step(b->mem, &v.path, step);
        v.kind = IR_VALUE_ADDR;
      }
      return v;
    }
    return emit_children(b, e);
  }
  case CXCursor_CallExpr:
    return emit_call(b, e);
  case CXCursor_UnaryOperator: {
    enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(e);
    cursor_list ch = code_children_of(e);
    if (ch.count != 1) {
      free(ch.items);
      return emit_children(b, e);
    }
    CXCursor sub = ch.items[0];
    free(ch.items);
    switch (op) {
    case CXUnaryOperator_AddrOf: {
      CXCursor target = strip(sub);
      if (clang_getCursorKind(target) == CXCursor_DeclRefExpr &&
          clang_getCursorKind(clang_getCursorReferenced(target)) ==
              CXCursor_FunctionDecl)
        return function_value(b, clang_getCursorReferenced(target));
      ir_value v = unknown_value();
      if (lvalue_path(b, sub, &v.path)) {
        v.kind = IR_VALUE_ADDR;
        return v;
      }
      emit_expr(b, sub);
      return unknown_value();
    }
    case CXUnaryOperator_Deref: {
      ir_value v = unknown_value();
      if (lvalue_path(b, e, &v.path)) {
        v.kind = IR_VALUE_LOAD;
        return v;
      }
      emit_expr(b, sub);
      return unknown_value();
    }
    case CXUnaryOperator_PostInc:
    case CXUnaryOperator_PostDec:
    case CXUnaryOperator_PreInc:
    case CXUnaryOperator_PreDec: {
      ir_path target;
      if (lvalue_path(b, sub, &target))
        emit_assign(b, e, &target, unknown_value());
      else
        emit_expr(b, sub);
      return unknown_value();
    }
    case CXUnaryOperator_LNot: {
      ir_value v = emit_expr(b, sub);
      if (v.kind == IR_VALUE_CONST)
        return const_value(!v.constant);
      return unknown_value();
    }
    case CXUnaryOperator_Minus:
    case CXUnaryOperator_Not:
    case CXUnaryOperator_Plus: {
      ir_value v = emit_expr(b, sub);
      int64_t folded;
      fe_int_type t;
      if (v.kind == IR_VALUE_CONST &&
          (fe_int_evaluate(e, &folded) ||
           (fe_int_type_of(clang_getCursorType(e), &t) &&
            fe_int_fold_unary(op, v.constant, t, &folded))))
        return const_value(folded);
      return unknown_value();
    }
    default:
      emit_expr(b, sub);
      return unknown_value();
    }
  }
  case CXCursor_BinaryOperator:
  case CXCursor_CompoundAssignOperator: {
    enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(e);
    cursor_list ch = code_children_of(e);
    if (ch.count != 2) {
      free(ch.items);
      return emit_children(b, e);
    }
    CXCursor lhs = ch.items[0], rhs = ch.items[1];
    free(ch.items);
    if (op == CXBinaryOperator_LAnd || op == CXBinaryOperator_LOr)
      return emit_branching_value(b, e);
    if (op == CXBinaryOperator_Comma) {
      emit_expr(b, lhs);
      return emit_expr(b, rhs);
    }
    if (op == CXBinaryOperator_Assign) {
      ir_path target;
      if (!b->dry_run && lvalue_path(b, lhs, &target) &&
          emit_split_store(b, e, &target, rhs))
        return unknown_value();
      ir_value value =
          converted_function(b, emit_expr(b, rhs), clang_getCursorType(lhs));
      if (lvalue_path(b, lhs, &target)) {
        attach_result_target(b, value, &target);
        note_irql_local(b, value, &target);
        ir_event *ev = emit_assign(b, e, &target, value);
        CXCursor written = strip(lhs);
        if (ev && value.kind == IR_VALUE_LOAD &&
            clang_getCursorKind(written) == CXCursor_DeclRefExpr &&
            is_only_write(b, clang_getCursorReferenced(written)))
          ev->u.assign.only_write = 1;
      } else {
        emit_expr(b, lhs);
      }
      return value;
    }
    if (op >= CXBinaryOperator_MulAssign && op <= CXBinaryOperator_OrAssign) {
      ir_value operand = emit_expr(b, rhs);
      ir_path target;
      if (lvalue_path(b, lhs, &target)) {
        /* a bit set or clear by a constant keeps its meaning */
        int bits = operand.kind == IR_VALUE_CONST &&
                   (op == CXBinaryOperator_OrAssign ||
                    op == CXBinaryOperator_AndAssign);
        if (bits)
          emit_assign_op(b, e, &target, operand,
                         op == CXBinaryOperator_OrAssign ? IR_ASSIGN_OR
                                                         : IR_ASSIGN_AND);
        else
          emit_assign(b, e, &target, unknown_value());
      }
      return unknown_value();
    }
    const char *fields[FIELD_PATH_MAX], *records[FIELD_PATH_MAX];
    unsigned nested = op == CXBinaryOperator_Sub
                          ? field_offset_expr(b, rhs, fields, records)
                          : 0;
    if (nested) {
      /* CONTAINING_RECORD(p, T, F): the T whose field F is *p; with a
       * nested designator (F = A.B), the A whose field B is *p first */
      ir_path contained;
      ir_value v = unknown_value();
      if (value_pointee(b, emit_expr(b, lhs), &contained)) {
        v.kind = IR_VALUE_ADDR;
        v.path = contained;
        for (unsigned i = nested; i-- > 0;) {
          path_step step = {.kind = PATH_STEP_CONTAINER,
                            .field = fields[i],
                            .record = records[i]};
          v.path = path_with_step(b->mem, &v.path, step);
        }
      }
      return v;
    }
    ir_value before;
    if (op == CXBinaryOperator_Sub && element_before(b, e, lhs, rhs, &before))
      return before;
    ir_value l = emit_expr(b, lhs), r = emit_expr(b, rhs);
    int64_t folded;
    if (l.kind == IR_VALUE_CONST && r.kind == IR_VALUE_CONST &&
        (fe_int_evaluate(e, &folded) ||
         fold_binary(op, l.constant, r.constant, e, lhs, &folded)))
      return const_value(folded);
    return unknown_value();
  }
  case CXCursor_ConditionalOperator:
    return emit_conditional_value(b, e);
  case CXCursor_StmtExpr: {
    /* ({ ...; value; }): the statements run; the value is not tracked */
    cursor_list ch = code_children_of(e);
    for (unsigned i = 0; i < ch.count; i++)
      build_stmt(b, ch.items[i]);
    free(ch.items);
    return unknown_value();
  }
  default:
    if (k == CXCursor_SizeOfPackExpr || k == CXCursor_UnaryExpr) {
      int64_t v;
      if (fe_int_evaluate(e, &v))
        return const_value(v);
      return unknown_value(); /* sizeof does not evaluate its operand */
    }
    return emit_children(b, e);
  }
}

/* ---- conditions ---- */

static void finish_branch(builder *b, ir_cond cond, uint32_t on_true,
                          uint32_t on_false) {
  uint32_t blk = current_block(b);
  cfg_block *block = b->fn->blocks[blk];
  block->term = CFG_TERM_BRANCH;
  block->cond = cond;
  cfg_add_edge(b->fn, blk, on_true);
  cfg_add_edge(b->fn, blk, on_false);
  b->cur = NO_BLOCK;
}

static int is_tracked_value(const ir_value *v) {
  return v->kind == IR_VALUE_LOAD || v->kind == IR_VALUE_CALL;
}

/* Mirror of a comparison when its operands are swapped (c < x is x > c). */
static enum CXBinaryOperatorKind mirrored(enum CXBinaryOperatorKind op) {
  switch (op) {
  case CXBinaryOperator_LT:
    return CXBinaryOperator_GT;
  case CXBinaryOperator_GT:
    return CXBinaryOperator_LT;
  case CXBinaryOperator_LE:
    return CXBinaryOperator_GE;
  case CXBinaryOperator_GE:
    return CXBinaryOperator_LE;
  default:
    return op; /* ==, !=, & are symmetric */
  }
}

/* A branch on `lhs op rhs` for ==, !=, &, <, >, <=, >=. A comparison of a
 * variable (or call result) with a constant keeps its shape so that testing
 * the same thing twice correlates: x == 0 becomes the truth test of x with
 * the edges swapped, x != c is the false edge of x == c, and < and > are
 * the false edges of >= and <= (NT_SUCCESS(status) is status >= 0). */
static void build_comparison(builder *b, enum CXBinaryOperatorKind op,
                             CXCursor lhs, CXCursor rhs, ir_cond cond,
                             uint32_t on_true, uint32_t on_false) {
  ir_value l = emit_expr(b, lhs), r = emit_expr(b, rhs);
  if (l.kind == IR_VALUE_CONST && r.kind != IR_VALUE_CONST) {
    ir_value t = l;
    l = r;
    r = t;
    op = mirrored(op);
  }
  int64_t folded;
  if (l.kind == IR_VALUE_CONST && r.kind == IR_VALUE_CONST &&
      fold_binary(op, l.constant, r.constant, lhs, lhs, &folded)) {
    jump(b, folded ? on_true : on_false);
    b->cur = NO_BLOCK;
    return;
  }
  if (!is_tracked_value(&l) || r.kind != IR_VALUE_CONST) {
    cond.kind = IR_COND_NONE;
    finish_branch(b, cond, on_true, on_false);
    return;
  }
  cond.value = l;
  cond.constant = r.constant;
  int swap = 0;
  switch (op) {
  case CXBinaryOperator_And:
    cond.kind = IR_COND_BITS;
    break;
  case CXBinaryOperator_EQ:
  case CXBinaryOperator_NE:
    cond.kind = r.constant == 0 ? IR_COND_TRUTH : IR_COND_EQ;
    swap = (op == CXBinaryOperator_EQ) == (r.constant == 0);
    break;
  case CXBinaryOperator_GE:
  case CXBinaryOperator_LT:
    cond.kind = IR_COND_GE;
    swap = op == CXBinaryOperator_LT;
    break;
  default: /* LE, GT */
    cond.kind = IR_COND_LE;
    swap = op == CXBinaryOperator_GT;
    break;
  }
  if (swap)
    finish_branch(b, cond, on_false, on_true);
  else
    finish_branch(b, cond, on_true, on_false);
}

static void build_cond(builder *b, CXCursor e, uint32_t on_true,
                       uint32_t on_false);

/* A test whose value is 1 or 0: a comparison, && and ||, !. */
static int is_truth_valued(CXCursor s) {
  switch (clang_getCursorKind(s)) {
  case CXCursor_BinaryOperator:
    switch (clang_getCursorBinaryOperatorKind(s)) {
    case CXBinaryOperator_LAnd:
    case CXBinaryOperator_LOr:
    case CXBinaryOperator_EQ:
    case CXBinaryOperator_NE:
    case CXBinaryOperator_LT:
    case CXBinaryOperator_GT:
    case CXBinaryOperator_LE:
    case CXBinaryOperator_GE:
      return 1;
    default:
      return 0;
    }
  case CXCursor_UnaryOperator:
    return clang_getCursorUnaryOperatorKind(s) == CXUnaryOperator_LNot;
  default:
    return 0;
  }
}

/* Does the expression read the IRQL: call KeGetCurrentIrql (or the like),
 * or read a local that was given its result? */
typedef struct irql_read_search {
  builder *b;
  int found;
} irql_read_search;

static enum CXChildVisitResult find_irql_read(CXCursor c, CXCursor parent,
                                              CXClientData data) {
  (void)parent;
  irql_read_search *s = data;
  builder *b = s->b;
  enum CXCursorKind k = clang_getCursorKind(c);
  CXCursor ref = clang_getCursorReferenced(c);
  if (k == CXCursor_CallExpr && !clang_Cursor_isNull(ref)) {
    if (name_flags(b, fe_cursor_name(b->mem, ref)) & FE_CALLEE_READS_IRQL)
      s->found = 1;
  } else if (k == CXCursor_DeclRefExpr &&
             clang_getCursorKind(ref) == CXCursor_VarDecl) {
    uint32_t id = decl_identity(ref);
    for (unsigned i = 0; i < b->irql_local_count; i++)
      if (b->irql_locals[i] == id)
        s->found = 1;
  }
  return s->found ? CXChildVisit_Break : CXChildVisit_Recurse;
}

static int reads_irql(builder *b, CXCursor e) {
  irql_read_search s = {b, 0};
  find_irql_read(e, clang_getNullCursor(), &s);
  if (!s.found)
    clang_visitChildren(e, find_irql_read, &s);
  return s.found;
}

/* A local given the result of a call that reads the IRQL. */
static void note_irql_local(builder *b, ir_value value, const ir_path *target) {
  if (value.kind != IR_VALUE_CALL || target->root_kind != PATH_ROOT_LOCAL ||
      target->step_count != 0)
    return;
  const ir_event *ev = recent_call(b, value.call_event);
  if (ev && name_flags(b, ev->u.call.callee) & FE_CALLEE_READS_IRQL)
    PUSH(b, irql_locals, irql_local_count, irql_local_cap, target->root_id);
}

/* `x = test` and `x = test ? A : B` with constant arms, where the test
 * reads the IRQL: the stored value is known on each way of the test, so
 * the store is made on each, and a later branch on x goes the way the IRQL
 * test went (`UseWorkItem = (Irql > PASSIVE_LEVEL) ? TRUE : FALSE; … if
 * (!UseWorkItem) PassiveOnlyWork();`). Other flags are left to the facts
 * their own tests establish where they are read: stored this early, a
 * flag's value is one more fact each state carries through every branch
 * before it is used, and the states of a long function forget it.
 * Returns 0, having emitted nothing, when the value is not of that form. */
static int emit_split_store(builder *b, CXCursor at, const ir_path *target,
                            CXCursor rhs) {
  CXCursor s = strip(rhs), test = s;
  int64_t on_true = 1, on_false = 0;
  if (clang_getCursorKind(s) == CXCursor_ConditionalOperator) {
    cursor_list ch = code_children_of(s);
    int ok = ch.count == 3 && fe_int_evaluate(ch.items[1], &on_true) &&
             fe_int_evaluate(ch.items[2], &on_false) && on_true != on_false;
    if (ok)
      test = ch.items[0];
    free(ch.items);
    if (!ok)
      return 0;
  } else if (!is_truth_valued(s)) {
    return 0;
  }
  if (!reads_irql(b, test))
    return 0;
  uint32_t then_block = cfg_new_block(b->fn, "store.true");
  uint32_t else_block = cfg_new_block(b->fn, "store.false");
  uint32_t join = cfg_new_block(b->fn, "store.end");
  build_cond(b, test, then_block, else_block);
  b->cur = then_block;
  emit_assign(b, at, target, const_value(on_true));
  jump(b, join);
  b->cur = else_block;
  emit_assign(b, at, target, const_value(on_false));
  jump(b, join);
  b->cur = join;
  return 1;
}

/* Is the expression itself a test (a bit test, a comparison, a logical
 * operator, a negation, a conditional)? */
static int is_test_expression(CXCursor e) {
  CXCursor s = strip(e);
  enum CXCursorKind k = clang_getCursorKind(s);
  /* a truth-valued test, a bit test (`flags & M`), a conditional */
  return is_truth_valued(s) || k == CXCursor_ConditionalOperator ||
         (k == CXCursor_BinaryOperator &&
          clang_getCursorBinaryOperatorKind(s) == CXBinaryOperator_And);
}

/* `(flags & BIT) != 0` is the test `flags & BIT`, and `== 0` its negation,
 * so they correlate with the bare test written elsewhere (the NDIS_TEST_*
 * macros against a hand-written mask test). Returns 0 when the comparison
 * is not a test compared with zero. */
static int build_test_against_zero(builder *b, enum CXBinaryOperatorKind op,
                                   CXCursor lhs, CXCursor rhs, uint32_t on_true,
                                   uint32_t on_false) {
  int64_t value;
  CXCursor test;
  if (fe_int_evaluate(rhs, &value) && value == 0 && is_test_expression(lhs))
    test = lhs;
  else if (fe_int_evaluate(lhs, &value) && value == 0 &&
           is_test_expression(rhs))
    test = rhs;
  else
    return 0;
  if (op == CXBinaryOperator_NE)
    build_cond(b, test, on_true, on_false);
  else
    build_cond(b, test, on_false, on_true);
  return 1;
}

static void build_cond(builder *b, CXCursor e, uint32_t on_true,
                       uint32_t on_false) {
  CXCursor s = strip(e);
  enum CXCursorKind k = clang_getCursorKind(s);
  ir_cond cond;
  memset(&cond, 0, sizeof cond);
  cond.loc = loc_of(b, s);

  if (k == CXCursor_UnaryOperator &&
      clang_getCursorUnaryOperatorKind(s) == CXUnaryOperator_LNot) {
    cursor_list ch = code_children_of(s);
    if (ch.count == 1) {
      CXCursor sub = ch.items[0];
      free(ch.items);
      build_cond(b, sub, on_false, on_true);
      return;
    }
    free(ch.items);
  }
  if (k == CXCursor_BinaryOperator) {
    enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(s);
    cursor_list ch = code_children_of(s);
    if (ch.count == 2) {
      CXCursor lhs = ch.items[0], rhs = ch.items[1];
      free(ch.items);
      if (op == CXBinaryOperator_LAnd || op == CXBinaryOperator_LOr) {
        uint32_t mid = cfg_new_block(
            b->fn, op == CXBinaryOperator_LAnd ? "land.rhs" : "lor.rhs");
        if (op == CXBinaryOperator_LAnd)
          build_cond(b, lhs, mid, on_false);
        else
          build_cond(b, lhs, on_true, mid);
        b->cur = mid;
        build_cond(b, rhs, on_true, on_false);
        return;
      }
      if (op == CXBinaryOperator_Comma) {
        emit_expr(b, lhs);
        build_cond(b, rhs, on_true, on_false);
        return;
      }
      if ((op == CXBinaryOperator_EQ || op == CXBinaryOperator_NE) &&
          build_test_against_zero(b, op, lhs, rhs, on_true, on_false))
        return;
      if (op == CXBinaryOperator_EQ || op == CXBinaryOperator_NE ||
          op == CXBinaryOperator_And || op == CXBinaryOperator_LT ||
          op == CXBinaryOperator_GT || op == CXBinaryOperator_LE ||
          op == CXBinaryOperator_GE) {
        build_comparison(b, op, lhs, rhs, cond, on_true, on_false);
        return;
      }
    } else {
      free(ch.items);
    }
  }
  if (k == CXCursor_ConditionalOperator) {
    cursor_list ch = code_children_of(s);
    if (ch.count == 3) {
      uint32_t t = cfg_new_block(b->fn, "cond.true");
      uint32_t f = cfg_new_block(b->fn, "cond.false");
      build_cond(b, ch.items[0], t, f);
      b->cur = t;
      build_cond(b, ch.items[1], on_true, on_false);
      b->cur = f;
      build_cond(b, ch.items[2], on_true, on_false);
      free(ch.items);
      return;
    }
    free(ch.items);
  }

  ir_value v = emit_expr(b, e);
  if (v.kind == IR_VALUE_CONST) {
    /* while (1), do { } while (0), if (0): only one way is possible */
    jump(b, v.constant ? on_true : on_false);
    b->cur = NO_BLOCK;
    return;
  }
  if (is_tracked_value(&v)) {
    cond.kind = IR_COND_TRUTH;
    cond.value = v;
  }
  finish_branch(b, cond, on_true, on_false);
}

/* ---- statements ---- */

static void push_target(builder *b, uint32_t brk, uint32_t cont) {
  jump_target t = {brk, cont, b->finally_count};
  PUSH(b, targets, target_count, target_cap, t);
}

/* Inlines the __finally bodies of the scopes above `depth`, innermost first,
 * on the current path (a jump is leaving them). */
static void run_finallies_down_to(builder *b, unsigned depth) {
  unsigned saved = b->finally_count;
  finally_scope *saved_copy = NULL;
  if (saved > depth) {
    saved_copy = xmalloc(sizeof(finally_scope) * saved);
    memcpy(saved_copy, b->finallies, sizeof(finally_scope) * saved);
  }
  for (unsigned i = saved; i > depth; i--) {
    /* while the body of scope i-1 runs, only the scopes outside it are
     * active (a return inside a __finally leaves those) */
    b->finally_count = i - 1;
    build_stmt(b, saved_copy[i - 1].body);
  }
  if (saved_copy) {
    memcpy(b->finallies, saved_copy, sizeof(finally_scope) * saved);
    free(saved_copy);
  }
  b->finally_count = saved;
}

static label_info *find_label(builder *b, const char *name) {
  for (unsigned i = 0; i < b->label_count; i++)
    if (strcmp(b->labels[i].name, name) == 0)
      return &b->labels[i];
  return NULL;
}

/* Ends the current block with a return of `value` (what the caller gets:
 * a constant, a variable's value or a call's result, else unknown). */
static void finish_return(builder *b, CXCursor s, ir_value value) {
  run_finallies_down_to(b, 0);
  uint32_t blk = current_block(b);
  cfg_block *block = b->fn->blocks[blk];
  block->term = CFG_TERM_RETURN;
  block->term_loc = loc_of(b, s);
  if (value.kind == IR_VALUE_CONST || value.kind == IR_VALUE_LOAD ||
      value.kind == IR_VALUE_CALL)
    block->ret = value;
  cfg_add_edge(b->fn, blk, b->fn->exit);
  b->cur = NO_BLOCK;
}

/* `return e;` keeps what it returns, so that a summary can say which
 * value goes with which exit. A test (`return !KeWaitForSingleObject(…)`,
 * `return Count == 0;`) is returned as the two constants it can be, one
 * per way of the test, as emit_split_store does for a stored test -- not
 * under a __finally, whose body would be copied onto both ways. */
static void build_return(builder *b, CXCursor s) {
  cursor_list ch = code_children_of(s);
  ir_value value = unknown_value();
  if (ch.count == 1 && b->finally_count == 0 && !b->dry_run &&
      is_truth_valued(strip(ch.items[0]))) {
    uint32_t then_block = cfg_new_block(b->fn, "return.true");
    uint32_t else_block = cfg_new_block(b->fn, "return.false");
    build_cond(b, ch.items[0], then_block, else_block);
    free(ch.items);
    b->cur = then_block;
    finish_return(b, s, const_value(1));
    b->cur = else_block;
    finish_return(b, s, const_value(0));
    return;
  }
  for (unsigned i = 0; i < ch.count; i++)
    value = emit_expr(b, ch.items[i]);
  free(ch.items);
  finish_return(b, s, value);
}

/* for (init; cond; inc) body: libclang leaves absent parts out of the child
 * list, so which child is which is decided from the positions of the two
 * semicolons in the header. */
static void for_parts(builder *b, CXCursor s, CXCursor *init, CXCursor *cond,
                      CXCursor *inc, CXCursor *body, int *has_init,
                      int *has_cond, int *has_inc) {
  cursor_list ch = code_children_of(s);
  *has_init = *has_cond = *has_inc = 0;
  if (ch.count == 0) {
    free(ch.items);
    *body = clang_getNullCursor();
    return;
  }
  *body = ch.items[ch.count - 1];
  unsigned parts = ch.count - 1;
  if (parts == 3) {
    *init = ch.items[0];
    *cond = ch.items[1];
    *inc = ch.items[2];
    *has_init = *has_cond = *has_inc = 1;
    free(ch.items);
    return;
  }
  if (parts == 0) {
    free(ch.items);
    return;
  }
  CXToken *tokens = NULL;
  unsigned ntok = 0;
  clang_tokenize(b->t->tu, clang_getCursorExtent(s), &tokens, &ntok);
  unsigned semis[2] = {0, 0}, found = 0, depth = 0;
  for (unsigned i = 0; i < ntok && found < 2; i++) {
    if (clang_getTokenKind(tokens[i]) != CXToken_Punctuation)
      continue;
    CXString sp = clang_getTokenSpelling(b->t->tu, tokens[i]);
    const char *p = clang_getCString(sp);
    if (strcmp(p, "(") == 0)
      depth++;
    else if (strcmp(p, ")") == 0)
      depth--;
    else if (strcmp(p, ";") == 0 && depth == 1) {
      unsigned off;
      clang_getExpansionLocation(clang_getTokenLocation(b->t->tu, tokens[i]),
                                 NULL, NULL, NULL, &off);
      semis[found++] = off;
    }
    clang_disposeString(sp);
  }
  if (tokens)
    clang_disposeTokens(b->t->tu, tokens, ntok);
  if (found == 2) {
    for (unsigned i = 0; i < parts; i++) {
      unsigned off;
      clang_getExpansionLocation(
          clang_getRangeStart(clang_getCursorExtent(ch.items[i])), NULL, NULL,
          NULL, &off);
      if (off < semis[0]) {
        *init = ch.items[i];
        *has_init = 1;
      } else if (off < semis[1]) {
        *cond = ch.items[i];
        *has_cond = 1;
      } else {
        *inc = ch.items[i];
        *has_inc = 1;
      }
    }
  } else {
    /* header produced by a macro: most likely (cond) or (init; cond) */
    if (parts == 1) {
      *cond = ch.items[0];
      *has_cond = 1;
    } else {
      *init = ch.items[0];
      *cond = ch.items[1];
      *has_init = *has_cond = 1;
    }
  }
  free(ch.items);
}

static void build_loop_body(builder *b, CXCursor body, uint32_t brk,
                            uint32_t cont) {
  push_target(b, brk, cont);
  if (!clang_Cursor_isNull(body))
    build_stmt(b, body);
  b->target_count--;
}

/* Does reading or writing `p` go through a pointer (and so may fault)? */
static int path_through_pointer(const ir_path *p) {
  for (uint16_t i = 0; i < p->step_count; i++)
    if (p->steps[i].kind == PATH_STEP_DEREF ||
        p->steps[i].kind == PATH_STEP_CONTAINER)
      return 1;
  return 0;
}

/* May computing `v` fault? Unknown values may read anything. */
static int value_may_fault(const ir_value *v) {
  switch (v->kind) {
  case IR_VALUE_CONST:
  case IR_VALUE_ADDR: /* &p->x computes an address, reads nothing */
  case IR_VALUE_FUNCTION:
    return 0;
  case IR_VALUE_LOAD:
    return path_through_pointer(&v->path);
  default:
    return 1;
  }
}

/* Can an exception be raised while block `id` runs: it calls a function,
 * reads or writes through a pointer, or computes something the IR does
 * not model? A block that only stores constants and variables and tests
 * them cannot, so the __except handler never sees the state at its end
 * (the flag just set to say an acquire follows, before that acquire). */
/* Did split_before_raising_call end block `id` (which_end 0: the state
 * before a call that may raise) or start it (1: with that call first)? */
static int raise_split_has(const builder *b, uint32_t id, int which_end) {
  for (unsigned i = 0; i < b->raise_split_count; i++)
    if ((which_end ? b->raise_splits[i].call_block
                   : b->raise_splits[i].before) == id)
      return 1;
  return 0;
}

static int block_may_raise(builder *b, uint32_t id) {
  const cfg_block *block = b->fn->blocks[id];
  /* the state before a call that may raise */
  if (raise_split_has(b, id, 0))
    return 1;
  /* a block a call that may raise starts: the state before it is its
   * predecessor's; what comes after it is what may raise here */
  uint32_t k = raise_split_has(b, id, 1) ? 1 : 0;
  for (; k < block->event_count; k++) {
    const ir_event *ev = &block->events[k];
    if (ev->kind == IR_EVENT_CALL &&
        (name_flags(b, ev->u.call.callee) & FE_CALLEE_RAISES_NO_EXCEPTION))
      continue;
    if (ev->kind != IR_EVENT_ASSIGN ||
        path_through_pointer(&ev->u.assign.target) ||
        value_may_fault(&ev->u.assign.value))
      return 1;
  }
  if (block->term == CFG_TERM_SWITCH)
    return 1;
  if (block->term == CFG_TERM_BRANCH)
    return block->cond.kind == IR_COND_NONE ||
           value_may_fault(&block->cond.value);
  return 0;
}

static void build_seh_try(builder *b, CXCursor s) {
  cursor_list ch = code_children_of(s);
  if (ch.count != 2) {
    for (unsigned i = 0; i < ch.count; i++)
      build_stmt(b, ch.items[i]);
    free(ch.items);
    return;
  }
  CXCursor body = ch.items[0], handler = ch.items[1];
  free(ch.items);
  enum CXCursorKind hk = clang_getCursorKind(handler);
  if (hk == CXCursor_SEHFinallyStmt) {
    cursor_list hch = code_children_of(handler);
    CXCursor fin = hch.count ? hch.items[hch.count - 1] : clang_getNullCursor();
    free(hch.items);
    uint32_t after_body = cfg_new_block(b->fn, "try.leave");
    finally_scope scope = {s, fin};
    PUSH(b, finallies, finally_count, finally_cap, scope);
    leave_target lt = {after_body, b->finally_count};
    PUSH(b, leaves, leave_count, leave_cap, lt);
    build_stmt(b, body);
    b->leave_count--;
    b->finally_count--;
    jump(b, after_body);
    b->cur = after_body;
    if (!clang_Cursor_isNull(fin))
      build_stmt(b, fin);
    return;
  }
  /* __except: the handler is entered where an exception is raised: before
   * a call that may raise (split_before_raising_call ends the block there),
   * or at the end of a block of the body that can raise something else (a
   * read or write through a pointer, a value the IR does not model);
   * block_may_raise. Not from before the __try: the body's first block
   * ends before its first call that may raise, so a body that starts by
   * entering a region or taking a lock (which raise nothing) enters the
   * handler with it taken. */
  uint32_t after = cfg_new_block(b->fn, "try.end");
  uint32_t handler_block = cfg_new_block(b->fn, "except");
  uint32_t first = b->fn->block_count;
  current_block(b);
  leave_target lt = {after, b->finally_count};
  PUSH(b, leaves, leave_count, leave_cap, lt);
  uint32_t body_block = cfg_new_block(b->fn, "try");
  jump(b, body_block);
  b->cur = body_block;
  b->except_depth++;
  build_stmt(b, body);
  b->except_depth--;
  b->leave_count--;
  jump(b, after);
  uint32_t last = b->fn->block_count;
  for (uint32_t id = first; id < last; id++)
    if (id != handler_block && block_may_raise(b, id))
      cfg_add_edge(b->fn, id, handler_block);
  b->cur = handler_block;
  cursor_list hch = code_children_of(handler);
  if (hch.count)
    build_stmt(b, hch.items[hch.count - 1]);
  free(hch.items);
  jump(b, after);
  b->cur = after;
}

static void build_goto(builder *b, CXCursor s) {
  cursor_list ch = children_of(s);
  const char *name = NULL;
  for (unsigned i = 0; i < ch.count; i++)
    if (clang_getCursorKind(ch.items[i]) == CXCursor_LabelRef)
      name = fe_cursor_name(b->mem, ch.items[i]);
  free(ch.items);
  label_info *label = name ? find_label(b, name) : NULL;
  if (!label) {
    b->cur = NO_BLOCK;
    return;
  }
  /* leave the __finally scopes the label is not inside (a `try_return`
   * to a label inside the same __try leaves none). The cursors of one
   * statement reached by two traversals need not compare equal: the
   * statement is the one at the same place. */
  unsigned common = 0;
  while (common < b->finally_count && common < label->finally_depth &&
         clang_equalLocations(
             clang_getCursorLocation(b->finallies[common].try_stmt),
             clang_getCursorLocation(label->finally_stack[common])))
    common++;
  run_finallies_down_to(b, common);
  jump(b, label->block);
  b->cur = NO_BLOCK;
}

/* ---- switch statements as tests ----
 * A switch whose labels are all integer constants becomes a chain of
 * `subject == c` tests, one per case in the order written, whose last
 * false edge goes to `default` (or past the switch). The analysis then
 * learns on each case what it learns from an `if` (a fact about the
 * subject, an IRQL from `switch (KeGetCurrentIrql())`), so a lock wrapper
 * that picks its lock by a parameter (`switch (Type) { case RX_LOCK: … }`)
 * is read per case. Case ranges, labels that do not fold, a subject that
 * is not a tracked value, or very many labels keep the plain multi-way
 * block. */
enum { SWITCH_LOWER_MAX_LABELS = 64 };

typedef struct label_scan {
  switch_label *labels;
  size_t count, cap;
  int ok;
} label_scan;

static enum CXChildVisitResult scan_switch_label(CXCursor c, CXCursor parent,
                                                 CXClientData data) {
  (void)parent;
  label_scan *scan = data;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k == CXCursor_SwitchStmt)
    return CXChildVisit_Continue; /* its labels are its own */
  if (k == CXCursor_CaseStmt || k == CXCursor_DefaultStmt) {
    if (scan->count == SWITCH_LOWER_MAX_LABELS) {
      scan->ok = 0;
      return CXChildVisit_Break;
    }
    switch_label l = {c, UINT32_MAX};
    VEC_PUSH(scan->labels, scan->count, scan->cap, l);
  }
  return CXChildVisit_Recurse;
}

/* The constant of a `case c:` label, if it folds to an integer. */
static int case_constant(CXCursor label, int64_t *out) {
  cursor_list ch = code_children_of(label);
  int ok = 0;
  /* `case c: stmt` has the constant and the statement; a GNU range
   * `case a ... b:` has three children */
  if (ch.count == 2) {
    CXEvalResult r = clang_Cursor_Evaluate(ch.items[0]);
    if (r && clang_EvalResult_getKind(r) == CXEval_Int) {
      *out = clang_EvalResult_isUnsignedInt(r)
                 ? (int64_t)clang_EvalResult_getAsUnsigned(r)
                 : (int64_t)clang_EvalResult_getAsLongLong(r);
      ok = 1;
    }
    if (r)
      clang_EvalResult_dispose(r);
  }
  free(ch.items);
  return ok;
}

static int lower_switch(builder *b, const ir_value *subject, CXCursor body,
                        uint32_t end_b, switch_ctx *sc) {
  if (!is_tracked_value(subject))
    return 0;
  label_scan scan = {NULL, 0, 0, 1};
  clang_visitChildren(body, scan_switch_label, &scan);
  int64_t *values = scan.count ? xmalloc(sizeof(int64_t) * scan.count) : NULL;
  int default_at = -1;
  for (unsigned i = 0; scan.ok && i < scan.count; i++) {
    if (clang_getCursorKind(scan.labels[i].label) == CXCursor_DefaultStmt)
      default_at = (int)i;
    else if (!case_constant(scan.labels[i].label, &values[i]))
      scan.ok = 0;
  }
  if (!scan.ok || scan.count == 0) {
    free(scan.labels);
    free(values);
    return 0;
  }
  for (unsigned i = 0; i < scan.count; i++)
    scan.labels[i].block =
        cfg_new_block(b->fn, (int)i == default_at ? "default" : "case");
  /* the tests, in the order the cases are written */
  for (unsigned i = 0; i < scan.count; i++) {
    if ((int)i == default_at)
      continue;
    ir_cond cond;
    memset(&cond, 0, sizeof cond);
    cond.value = *subject;
    cond.constant = values[i];
    cond.loc = fe_loc_of_cursor(b->t, scan.labels[i].label);
    uint32_t next = UINT32_MAX;
    for (unsigned j = i + 1; j < scan.count && next == UINT32_MAX; j++)
      if ((int)j != default_at)
        next = cfg_new_block(b->fn, "switch.test");
    if (next == UINT32_MAX)
      next = default_at >= 0 ? scan.labels[default_at].block : end_b;
    if (values[i] == 0) { /* x == 0 is the false edge of the truth test */
      cond.kind = IR_COND_TRUTH;
      finish_branch(b, cond, next, scan.labels[i].block);
    } else {
      cond.kind = IR_COND_EQ;
      finish_branch(b, cond, scan.labels[i].block, next);
    }
    b->cur = next;
  }
  if (default_at >= 0 && scan.count == 1)
    jump(b, scan.labels[default_at].block); /* `default:` alone */
  b->cur = NO_BLOCK;
  free(values);
  sc->labels = scan.labels;
  sc->label_count = (unsigned)scan.count;
  sc->has_default = default_at >= 0;
  return 1;
}

static void build_stmt(builder *b, CXCursor s) {
  enum CXCursorKind k = clang_getCursorKind(s);
  if (b->dry_run)
    return;
  switch (k) {
  case CXCursor_CompoundStmt: {
    cursor_list ch = code_children_of(s);
    CXFile file;
    unsigned from;
    clang_getExpansionLocation(clang_getRangeStart(clang_getCursorExtent(s)),
                               &file, NULL, NULL, &from);
    for (unsigned i = 0; i < ch.count; i++) {
      CXSourceRange r = clang_getCursorExtent(ch.items[i]);
      CXFile at_file;
      unsigned begin, end;
      clang_getExpansionLocation(clang_getRangeStart(r), &at_file, NULL, NULL,
                                 &begin);
      clang_getExpansionLocation(clang_getRangeEnd(r), NULL, NULL, NULL, &end);
      if (clang_File_isEqual(at_file, file) && begin >= from) {
        emit_lock_assumptions(b, file, from, begin + 1);
        end_path_at_false_assertion(b, file, from, begin + 1);
        from = end > begin ? end : begin + 1;
      }
      build_stmt(b, ch.items[i]);
    }
    free(ch.items);
    return;
  }
  case CXCursor_DeclStmt: {
    cursor_list ch = children_of(s);
    for (unsigned i = 0; i < ch.count; i++)
      if (clang_getCursorKind(ch.items[i]) == CXCursor_VarDecl)
        build_stmt(b, ch.items[i]);
    free(ch.items);
    return;
  }
  case CXCursor_VarDecl: {
    cursor_list ch = code_children_of(s);
    CXCursor init = clang_getNullCursor();
    for (unsigned i = 0; i < ch.count; i++)
      if (clang_isExpression(clang_getCursorKind(ch.items[i])))
        init = ch.items[i];
    free(ch.items);
    if (clang_Cursor_isNull(init))
      return;
    if (clang_getCursorKind(init) == CXCursor_InitListExpr) {
      emit_expr(b, init);
      return;
    }
    ir_path target;
    if (fe_root_of_decl(b->mem, s, &target) &&
        emit_split_store(b, s, &target, init))
      return;
    ir_value value =
        converted_function(b, emit_expr(b, init), clang_getCursorType(s));
    if (fe_root_of_decl(b->mem, s, &target)) {
      attach_result_target(b, value, &target);
      note_irql_local(b, value, &target);
      ir_event *ev = emit_assign(b, s, &target, value);
      if (ev && value.kind == IR_VALUE_LOAD && is_only_write(b, s))
        ev->u.assign.only_write = 1;
    }
    return;
  }
  case CXCursor_IfStmt: {
    cursor_list ch = code_children_of(s);
    if (ch.count < 2) {
      free(ch.items);
      return;
    }
    CXCursor cond = ch.items[0], then_s = ch.items[1];
    int has_else = ch.count >= 3;
    CXCursor else_s = has_else ? ch.items[2] : clang_getNullCursor();
    free(ch.items);
    uint32_t then_b = cfg_new_block(b->fn, "if.then");
    uint32_t else_b = has_else ? cfg_new_block(b->fn, "if.else") : NO_BLOCK;
    uint32_t end_b = cfg_new_block(b->fn, "if.end");
    current_block(b);
    build_cond(b, cond, then_b, has_else ? else_b : end_b);
    b->cur = then_b;
    build_stmt(b, then_s);
    jump(b, end_b);
    if (has_else) {
      b->cur = else_b;
      build_stmt(b, else_s);
      jump(b, end_b);
    }
    b->cur = end_b;
    return;
  }
  case CXCursor_WhileStmt: {
    cursor_list ch = code_children_of(s);
    if (ch.count < 2) {
      free(ch.items);
      return;
    }
    CXCursor cond = ch.items[ch.count - 2], body = ch.items[ch.count - 1];
    free(ch.items);
    uint32_t cond_b = cfg_new_block(b->fn, "while.cond");
    uint32_t body_b = cfg_new_block(b->fn, "while.body");
    uint32_t end_b = cfg_new_block(b->fn, "while.end");
    jump(b, cond_b);
    b->cur = cond_b;
    build_cond(b, cond, body_b, end_b);
    b->cur = body_b;
    build_loop_body(b, body, end_b, cond_b);
    jump(b, cond_b);
    b->cur = end_b;
    return;
  }
  case CXCursor_DoStmt: {
    cursor_list ch = code_children_of(s);
    if (ch.count < 2) {
      free(ch.items);
      return;
    }
    CXCursor body = ch.items[0], cond = ch.items[1];
    free(ch.items);
    uint32_t body_b = cfg_new_block(b->fn, "do.body");
    uint32_t cond_b = cfg_new_block(b->fn, "do.cond");
    uint32_t end_b = cfg_new_block(b->fn, "do.end");
    jump(b, body_b);
    b->cur = body_b;
    build_loop_body(b, body, end_b, cond_b);
    jump(b, cond_b);
    b->cur = cond_b;
    build_cond(b, cond, body_b, end_b);
    b->cur = end_b;
    return;
  }
  case CXCursor_ForStmt: {
    CXCursor init, cond, inc, body;
    int has_init, has_cond, has_inc;
    for_parts(b, s, &init, &cond, &inc, &body, &has_init, &has_cond, &has_inc);
    if (has_init)
      build_stmt(b, init);
    uint32_t cond_b = cfg_new_block(b->fn, "for.cond");
    uint32_t body_b = cfg_new_block(b->fn, "for.body");
    uint32_t inc_b = cfg_new_block(b->fn, "for.inc");
    uint32_t end_b = cfg_new_block(b->fn, "for.end");
    jump(b, cond_b);
    b->cur = cond_b;
    if (has_cond)
      build_cond(b, cond, body_b, end_b);
    else
      jump(b, body_b);
    b->cur = body_b;
    build_loop_body(b, body, end_b, inc_b);
    jump(b, inc_b);
    b->cur = inc_b;
    if (has_inc)
      emit_expr(b, inc);
    jump(b, cond_b);
    b->cur = end_b;
    return;
  }
  case CXCursor_SwitchStmt: {
    cursor_list ch = code_children_of(s);
    if (ch.count < 2) {
      free(ch.items);
      return;
    }
    CXCursor cond = ch.items[ch.count - 2], body = ch.items[ch.count - 1];
    free(ch.items);
    ir_value subject = emit_expr(b, cond);
    uint32_t head = current_block(b);
    uint32_t end_b = cfg_new_block(b->fn, "switch.end");
    switch_ctx sc = {head, 0, NULL, 0};
    if (!lower_switch(b, &subject, body, end_b, &sc))
      b->fn->blocks[head]->term = CFG_TERM_SWITCH;
    PUSH(b, switches, switch_count, switch_cap, sc);
    /* no continue target: `continue` inside a switch belongs to the
     * enclosing loop, found further out on the target stack */
    push_target(b, end_b, UINT32_MAX);
    b->cur = NO_BLOCK;
    build_stmt(b, body);
    b->target_count--;
    switch_ctx done = b->switches[--b->switch_count];
    jump(b, end_b);
    if (!done.has_default && !done.labels)
      cfg_add_edge(b->fn, head, end_b);
    free(done.labels);
    b->cur = end_b;
    return;
  }
  case CXCursor_CaseStmt:
  case CXCursor_DefaultStmt: {
    cursor_list ch = code_children_of(s);
    switch_ctx *sc = b->switch_count ? &b->switches[b->switch_count - 1] : NULL;
    uint32_t blk = UINT32_MAX;
    for (unsigned i = 0; sc && i < sc->label_count; i++)
      if (clang_equalCursors(sc->labels[i].label, s))
        blk = sc->labels[i].block;
    int lowered = blk != UINT32_MAX;
    if (!lowered)
      blk = cfg_new_block(b->fn, k == CXCursor_CaseStmt ? "case" : "default");
    jump(b, blk); /* fall-through from the previous case */
    if (sc && !lowered) {
      cfg_add_edge(b->fn, sc->head, blk);
      if (k == CXCursor_DefaultStmt)
        sc->has_default = 1;
    }
    b->cur = blk;
    if (ch.count)
      build_stmt(b, ch.items[ch.count - 1]);
    free(ch.items);
    return;
  }
  case CXCursor_BreakStmt:
  case CXCursor_ContinueStmt: {
    for (unsigned i = b->target_count; i-- > 0;) {
      jump_target *t = &b->targets[i];
      uint32_t to =
          k == CXCursor_BreakStmt ? t->break_block : t->continue_block;
      if (to == UINT32_MAX || to == NO_BLOCK)
        continue;
      run_finallies_down_to(b, t->finally_depth);
      jump(b, to);
      break;
    }
    b->cur = NO_BLOCK;
    return;
  }
  case CXCursor_ReturnStmt:
    build_return(b, s);
    return;
  case CXCursor_GotoStmt:
    build_goto(b, s);
    return;
  case CXCursor_IndirectGotoStmt:
    emit_children(b, s);
    b->cur = NO_BLOCK;
    return;
  case CXCursor_LabelStmt: {
    const char *name = fe_cursor_name(b->mem, s);
    label_info *label = find_label(b, name);
    uint32_t blk = label ? label->block : cfg_new_block(b->fn, "label");
    jump(b, blk);
    b->cur = blk;
    cursor_list ch = code_children_of(s);
    if (ch.count)
      build_stmt(b, ch.items[ch.count - 1]);
    free(ch.items);
    return;
  }
  case CXCursor_SEHTryStmt:
    build_seh_try(b, s);
    return;
  case CXCursor_SEHLeaveStmt:
    if (b->leave_count) {
      leave_target *lt = &b->leaves[b->leave_count - 1];
      run_finallies_down_to(b, lt->finally_depth);
      jump(b, lt->block);
    }
    b->cur = NO_BLOCK;
    return;
  case CXCursor_NullStmt: {
    /* the `;` an assumption expanding to nothing leaves in a macro */
    fe_lock_assumption a;
    if (b->cur != NO_BLOCK &&
        fe_lock_assumption_at(b->t, b->mem, b->fn_cursor, s, &a))
      emit_lock_assumption(b, &a);
    return;
  }
  case CXCursor_GCCAsmStmt:
  case CXCursor_MSAsmStmt:
    return;
  default:
    if (clang_isExpression(k)) {
      emit_expr(b, s);
      return;
    }
    /* attributed statements and other wrappers: their children */
    emit_children(b, s);
    return;
  }
}

/* ---- pre-pass: labels with their __finally scopes, pointer aliases ---- */

typedef struct prepass {
  builder *b;
  CXCursor *stack;
  unsigned depth, cap;
} prepass;

static alias_info *alias_slot(builder *b, CXCursor decl) {
  alias_info *a = find_alias(b, decl);
  if (a)
    return a;
  alias_info fresh;
  memset(&fresh, 0, sizeof fresh);
  fresh.decl = decl;
  PUSH(b, aliases, alias_count, alias_cap, fresh);
  return &b->aliases[b->alias_count - 1];
}

static int is_integer_type(CXType t) {
  t = clang_getCanonicalType(t);
  return (t.kind >= CXType_Bool && t.kind <= CXType_Int128) ||
         t.kind == CXType_Enum;
}

/* A local whose single write makes it stand for a value throughout the
 * body: a pointer (to what it was set to point at) or an integer (to the
 * constant it was initialized with: `BOOLEAN bFalse = FALSE;` read as the
 * condition of do … while (bFalse) and passed as a DispatchLevel flag). */
static int is_single_write_candidate(CXCursor decl) {
  if (clang_getCursorKind(decl) != CXCursor_VarDecl ||
      clang_getCursorKind(clang_getCursorSemanticParent(decl)) ==
          CXCursor_TranslationUnit ||
      clang_Cursor_getStorageClass(decl) == CX_SC_Static)
    return 0;
  CXType t = clang_getCursorType(decl);
  if (clang_isVolatileQualifiedType(t))
    return 0;
  return is_pointer_type(t) || is_integer_type(t);
}

static void note_write(builder *b, CXCursor lhs, CXCursor value,
                       int has_value) {
  lhs = strip(lhs);
  if (clang_getCursorKind(lhs) != CXCursor_DeclRefExpr)
    return;
  CXCursor decl = clang_getCursorReferenced(lhs);
  if (clang_getCursorKind(decl) == CXCursor_ParmDecl) {
    /* a parameter written in the body no longer holds the caller's
     * argument: locals copied from it are not the caller's */
    alias_slot(b, decl)->disqualified = 1;
    return;
  }
  if (!is_single_write_candidate(decl))
    return;
  alias_info *a = alias_slot(b, decl);
  a->writes++;
  if (has_value) {
    a->value = value;
    a->has_value = 1;
  } else {
    a->disqualified = 1;
  }
}

static enum CXChildVisitResult prepass_visit(CXCursor c, CXCursor parent,
                                             CXClientData data) {
  (void)parent;
  prepass *p = data;
  builder *b = p->b;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k == CXCursor_LabelStmt) {
    label_info info;
    info.name = fe_cursor_name(b->mem, c);
    info.block = cfg_new_block(b->fn, "label");
    info.finally_depth = p->depth;
    info.finally_stack =
        p->depth ? arena_alloc(b->mem, sizeof(CXCursor) * p->depth) : NULL;
    if (p->depth)
      memcpy(info.finally_stack, p->stack, sizeof(CXCursor) * p->depth);
    if (!find_label(b, info.name))
      PUSH(b, labels, label_count, label_cap, info);
  } else if (k == CXCursor_VarDecl && is_single_write_candidate(c)) {
    cursor_list ch = code_children_of(c);
    CXCursor init = clang_getNullCursor();
    for (unsigned i = 0; i < ch.count; i++)
      if (clang_isExpression(clang_getCursorKind(ch.items[i])))
        init = ch.items[i];
    free(ch.items);
    alias_info *a = alias_slot(b, c);
    if (!clang_Cursor_isNull(init)) {
      a->writes++;
      a->value = init;
      a->has_value = 1;
    }
  } else if (k == CXCursor_BinaryOperator ||
             k == CXCursor_CompoundAssignOperator) {
    enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(c);
    if (op >= CXBinaryOperator_Assign && op <= CXBinaryOperator_OrAssign) {
      cursor_list ch = code_children_of(c);
      if (ch.count == 2)
        note_write(b, ch.items[0], ch.items[1], op == CXBinaryOperator_Assign);
      free(ch.items);
    }
  } else if (k == CXCursor_UnaryOperator) {
    enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(c);
    if (op == CXUnaryOperator_AddrOf || op == CXUnaryOperator_PreInc ||
        op == CXUnaryOperator_PreDec || op == CXUnaryOperator_PostInc ||
        op == CXUnaryOperator_PostDec) {
      cursor_list ch = code_children_of(c);
      if (ch.count == 1)
        note_write(b, ch.items[0], clang_getNullCursor(), 0);
      free(ch.items);
    }
  }
  if (k == CXCursor_SEHTryStmt) {
    cursor_list ch = code_children_of(c);
    int has_finally = ch.count == 2 && clang_getCursorKind(ch.items[1]) ==
                                           CXCursor_SEHFinallyStmt;
    if (has_finally) {
      if (p->depth == p->cap) {
        p->cap = p->cap ? p->cap * 2 : 4;
        p->stack = xrealloc(p->stack, p->cap * sizeof(CXCursor));
      }
      p->stack[p->depth++] = c;
      clang_visitChildren(ch.items[0], prepass_visit, p);
      p->depth--;
      clang_visitChildren(ch.items[1], prepass_visit, p);
    } else {
      clang_visitChildren(c, prepass_visit, p);
    }
    free(ch.items);
    return CXChildVisit_Continue;
  }
  return CXChildVisit_Recurse;
}

/* Records that local pointer `local` holds parameter `param_id`'s value
 * throughout the body (cfg_function.alias_local_ids), unless the
 * parameter itself is written. */
static void note_param_alias(builder *b, CXCursor local, uint32_t param_id) {
  cfg_function *fn = b->fn;
  for (unsigned i = 0; i < b->alias_count; i++)
    if (clang_getCursorKind(b->aliases[i].decl) == CXCursor_ParmDecl &&
        decl_identity(b->aliases[i].decl) == param_id &&
        b->aliases[i].disqualified)
      return;
  for (uint16_t p = 0; p < fn->param_count; p++) {
    if (fn->param_ids[p] != param_id)
      continue;
    uint16_t n = fn->alias_count;
    uint32_t *ids = arena_alloc(b->mem, sizeof(uint32_t) * (n + 1u));
    uint16_t *params = arena_alloc(b->mem, sizeof(uint16_t) * (n + 1u));
    if (n) {
      memcpy(ids, fn->alias_local_ids, sizeof(uint32_t) * n);
      memcpy(params, fn->alias_params, sizeof(uint16_t) * n);
    }
    ids[n] = decl_identity(local);
    params[n] = p;
    fn->alias_local_ids = ids;
    fn->alias_params = params;
    fn->alias_count = (uint16_t)(n + 1);
    return;
  }
}

static void resolve_aliases(builder *b) {
  b->dry_run = 1;
  for (unsigned i = 0; i < b->alias_count; i++) {
    alias_info *a = &b->aliases[i];
    if (a->disqualified || a->writes != 1 || !a->has_value)
      continue;
    ir_value v = emit_expr(b, a->value);
    if (v.kind == IR_VALUE_ADDR ||
        (v.kind == IR_VALUE_CONST &&
         is_integer_type(clang_getCursorType(a->decl)))) {
      a->alias = v;
      a->resolved = 1;
    } else if (v.kind == IR_VALUE_LOAD && v.path.root_kind == PATH_ROOT_PARAM &&
               v.path.step_count == 0) {
      note_param_alias(b, a->decl, v.path.root_id);
    }
  }
  b->dry_run = 0;
}

/* ---- entry point ---- */

cfg_function *fe_build_function(fe_tu *t, CXCursor fn_decl, arena *mem) {
  builder b;
  memset(&b, 0, sizeof b);
  b.t = t;
  b.mem = mem;
  b.fn_cursor = fn_decl;
  b.fn = cfg_function_create(mem, fe_cursor_name(mem, fn_decl));
  b.fn->loc = fe_loc_of_cursor(t, fn_decl);

  cursor_list ch = children_of(fn_decl);
  CXCursor body = clang_getNullCursor();
  unsigned nparams = 0;
  for (unsigned i = 0; i < ch.count; i++) {
    enum CXCursorKind k = clang_getCursorKind(ch.items[i]);
    if (k == CXCursor_CompoundStmt)
      body = ch.items[i];
    else if (k == CXCursor_ParmDecl)
      nparams++;
  }
  b.fn->param_names =
      nparams ? arena_alloc(mem, sizeof(const char *) * nparams) : NULL;
  b.fn->param_ids =
      nparams ? arena_alloc(mem, sizeof(uint32_t) * nparams) : NULL;
  for (unsigned i = 0; i < ch.count; i++)
    if (clang_getCursorKind(ch.items[i]) == CXCursor_ParmDecl) {
      b.fn->param_ids[b.fn->param_count] = decl_identity(ch.items[i]);
      b.fn->param_names[b.fn->param_count++] = fe_cursor_name(mem, ch.items[i]);
    }
  free(ch.items);
  b.fn->internal_linkage =
      clang_getCursorLinkage(fn_decl) == CXLinkage_Internal;
  if (clang_Cursor_isNull(body)) {
    cfg_add_edge(b.fn, b.fn->entry, b.fn->exit);
    cfg_finalize(b.fn);
    return b.fn;
  }

  prepass p = {&b, NULL, 0, 0};
  clang_visitChildren(body, prepass_visit, &p);
  free(p.stack);
  resolve_aliases(&b);

  b.cur = cfg_new_block(b.fn, "body");
  cfg_add_edge(b.fn, b.fn->entry, b.cur);
  build_stmt(&b, body);

  /* falling off the end of the body returns */
  CXSourceRange extent = clang_getCursorExtent(body);
  CXFile file;
  unsigned line, col;
  clang_getExpansionLocation(clang_getRangeEnd(extent), &file, &line, &col,
                             NULL);
  ir_loc end = {fe_file_name_of(t, file), line, col > 1 ? col - 1 : col, line,
                col};
  b.fn->body_end = end;
  if (b.cur != NO_BLOCK) {
    cfg_block *blk = b.fn->blocks[b.cur];
    blk->term = CFG_TERM_RETURN;
    blk->term_implicit = 1;
    blk->term_loc = end;
    cfg_add_edge(b.fn, b.cur, b.fn->exit);
  }
  cfg_finalize(b.fn);

  free(b.targets);
  free(b.switches);
  free(b.irql_locals);
  free(b.raise_splits);
  free(b.finallies);
  free(b.leaves);
  free(b.labels);
  free(b.aliases);
  return b.fn;
}
