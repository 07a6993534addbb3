/* Expressions of the CFG builder (cfg_build.c): access paths (fields,
 * indexes, CONTAINING_RECORD, call results), values and their conversions,
 * calls with their no-return, assertion and may-raise splits, and
 * emit_expr for every expression kind, with assignments and stores. */
#include "cfg_build_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---- access paths and values ---- */

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

uint32_t cb_decl_identity(CXCursor decl) {
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
    out->root_id = cb_decl_identity(decl);
  } else {
    CXCursor parent = clang_getCursorSemanticParent(decl);
    enum CXCursorKind pk = clang_getCursorKind(parent);
    if (pk == CXCursor_TranslationUnit ||
        clang_Cursor_getStorageClass(decl) == CX_SC_Extern) {
      out->root_kind = PATH_ROOT_GLOBAL;
      out->root_id = 0; /* globals match by name across functions */
    } else {
      out->root_kind = PATH_ROOT_LOCAL;
      out->root_id = cb_decl_identity(decl);
    }
  }
  return 1;
}

alias_info *cb_find_alias(builder *b, CXCursor decl) {
  for (unsigned i = 0; i < b->alias_count; i++)
    if (clang_equalCursors(b->aliases[i].decl, decl))
      return &b->aliases[i];
  return NULL;
}

ir_value cb_unknown_value(void) {
  ir_value v;
  memset(&v, 0, sizeof v);
  v.kind = IR_VALUE_UNKNOWN;
  return v;
}

ir_value cb_const_value(int64_t c) {
  ir_value v = cb_unknown_value();
  v.kind = IR_VALUE_CONST;
  v.constant = c;
  return v;
}

static int lvalue_path(builder *b, CXCursor e, ir_path *out);

/* MpIsr or &MpIsr: registrations (an ISR assigned to a characteristics
 * field, passed to IoConnectInterrupt) name functions this way. */
static ir_value function_value(builder *b, CXCursor decl) {
  ir_value v = cb_unknown_value();
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
ir_event *cb_recent_call(builder *b, uint32_t id) {
  if (b->dry_run || b->cur == NO_BLOCK)
    return NULL;
  cfg_block *blk = b->fn->blocks[b->cur];
  for (uint32_t i = blk->event_count; i-- > 0;)
    if (blk->events[i].id == id && blk->events[i].kind == IR_EVENT_CALL)
      return &blk->events[i];
  return NULL;
}

static int call_result_root(builder *b, uint32_t event_id, ir_path *out) {
  const ir_event *ev = cb_recent_call(b, event_id);
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
  return value_pointee(b, cb_emit_expr(b, pointer_expr), out);
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
  e = cb_strip(e);
  enum CXCursorKind k = clang_getCursorKind(e);
  cursor_list ch = cb_code_children_of(e);
  unsigned count = 0;
  if (k == CXCursor_UnaryOperator &&
      clang_getCursorUnaryOperatorKind(e) == CXUnaryOperator_AddrOf &&
      ch.count == 1) {
    /* from the last field of the designator down to the null pointer */
    const char *names[FIELD_PATH_MAX], *owners[FIELD_PATH_MAX];
    unsigned n = 0;
    CXCursor member = cb_strip(ch.items[0]);
    int at_zero = 0;
    while (n < FIELD_PATH_MAX &&
           clang_getCursorKind(member) == CXCursor_MemberRefExpr) {
      cursor_list mch = cb_code_children_of(member);
      if (mch.count != 1) {
        free(mch.items);
        break;
      }
      CXCursor base = cb_strip(mch.items[0]);
      CXType base_type = clang_getCursorType(mch.items[0]);
      if (cb_is_pointer_type(base_type))
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
    cursor_list all = cb_children_of(e);
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
  e = cb_strip(e);
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
  if (cb_is_pointer_type(clang_getCursorType(e))) {
    if (!fe_int_evaluate(cb_strip(rhs), &k) || k <= 0)
      return 0;
  } else if (is_sizeof_expr(b, rhs) &&
             cb_is_pointer_type(clang_getCursorType(cb_strip(lhs)))) {
    k = 1;
  } else {
    return 0;
  }
  ir_path object;
  if (!value_pointee(b, cb_emit_expr(b, lhs), &object))
    return 0;
  path_step step = {.kind = PATH_STEP_INDEX, .index_known = 1, .index = -k};
  memset(out, 0, sizeof *out);
  out->kind = IR_VALUE_ADDR;
  out->path = path_with_step(b->mem, &object, step);
  return 1;
}

static int index_step(builder *b, CXCursor index_expr, path_step *step) {
  ir_value iv = cb_emit_expr(b, index_expr);
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
  if (cb_is_pointer_type(t))
    t = pointee_type(t);
  if (t.kind == CXType_Invalid)
    return NULL;
  return record_type_name(b, t);
}

static int lvalue_path(builder *b, CXCursor e, ir_path *out) {
  e = cb_strip(e);
  switch (clang_getCursorKind(e)) {
  case CXCursor_DeclRefExpr: {
    CXCursor decl = clang_getCursorReferenced(e);
    return fe_root_of_decl(b->mem, decl, out);
  }
  case CXCursor_MemberRefExpr: {
    cursor_list ch = cb_code_children_of(e);
    if (ch.count != 1) {
      free(ch.items);
      return 0;
    }
    CXCursor base = ch.items[0];
    free(ch.items);
    ir_path base_path;
    int ok;
    if (cb_is_pointer_type(clang_getCursorType(base)))
      ok = pointee_path(b, base, &base_path);
    else
      ok = lvalue_path(b, base, &base_path);
    if (!ok)
      return 0;
    const char *field = fe_cursor_name(b->mem, e);
    if (strcmp(field, "SpinLock") == 0) {
      CXType base_type = clang_getCursorType(base);
      if (cb_is_pointer_type(base_type))
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
    cursor_list ch = cb_code_children_of(e);
    if (ch.count != 2) {
      free(ch.items);
      return 0;
    }
    CXCursor base = ch.items[0], index = ch.items[1];
    free(ch.items);
    CXCursor sbase = cb_strip(base);
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
      cursor_list ch = cb_code_children_of(e);
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

ir_loc cb_loc_of(builder *b, CXCursor c) { return fe_loc_of_cursor(b->t, c); }

static ir_event *emit_assign_op(builder *b, CXCursor at, const ir_path *target,
                                ir_value value, ir_assign_op op) {
  if (b->dry_run)
    return NULL;
  ir_event *ev = cfg_add_event(b->fn, cb_current_block(b), IR_EVENT_ASSIGN,
                               cb_loc_of(b, at));
  ev->u.assign.target = *target;
  ev->u.assign.value = value;
  ev->u.assign.op = (uint8_t)op;
  return ev;
}

ir_event *cb_emit_assign(builder *b, CXCursor at, const ir_path *target,
                         ir_value value) {
  return emit_assign_op(b, at, target, value, IR_ASSIGN_STORE);
}

/* Is this store to `decl` the only write of a local pointer whose address
 * is never taken (the pre-pass counted its writes)? Then from the store on
 * the local holds the stored value (ir_assign.only_write, marked on stores
 * of a load or of a call's result: an accessor's, lock_fn). A pointer the
 * pre-pass resolved to an address is replaced by it and needs no mark. */
int cb_is_only_write(builder *b, CXCursor decl) {
  alias_info *a = cb_find_alias(b, decl);
  return a && !a->disqualified && a->writes == 1 && a->has_value &&
         !a->resolved && clang_getCursorKind(decl) == CXCursor_VarDecl &&
         cb_is_pointer_type(clang_getCursorType(decl));
}

/* If `value` is the result of the last call event of the current block,
 * record that the call's result is stored into `target` (x = f(...)). */
void cb_attach_result_target(builder *b, ir_value value,
                             const ir_path *target) {
  if (value.kind != IR_VALUE_CALL)
    return;
  ir_event *ev = cb_recent_call(b, value.call_event);
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
unsigned cb_name_flags(builder *b, const char *name) {
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
ir_value cb_converted_function(builder *b, ir_value v, CXType t) {
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
void cb_split_before_raising_call(builder *b) {
  if (!b->except_depth || b->cur == NO_BLOCK)
    return;
  uint32_t before = b->cur;
  uint32_t next = cfg_new_block(b->fn, "try.call");
  cb_jump(b, next);
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
    args[i] = cb_emit_expr(b, clang_Cursor_getArgument(call, (unsigned)i));
  if (b->dry_run)
    return cb_unknown_value();

  const char *callee = NULL, *callee_type = NULL;
  CXCursor callee_cursor, *callee_expr = NULL;
  CXCursor ref = clang_getCursorReferenced(call);
  if (clang_getCursorKind(ref) == CXCursor_FunctionDecl) {
    callee = fe_cursor_name(b->mem, ref);
    /* a function passed for a parameter takes the parameter's type */
    int nparams = clang_Cursor_getNumArguments(ref);
    for (int i = 0; i < nargs && i < nparams; i++)
      args[i] = cb_converted_function(
          b, args[i],
          clang_getCursorType(clang_Cursor_getArgument(ref, (unsigned)i)));
  } else {
    /* calls through a pointer: evaluate the callee expression for its
     * events (it may itself contain calls) */
    cursor_list ch = cb_code_children_of(call);
    if (ch.count) {
      cb_emit_expr(b, ch.items[0]);
      callee_type = function_typedef_name(b, clang_getCursorType(ch.items[0]));
      callee_cursor = ch.items[0];
      callee_expr = &callee_cursor;
    }
    free(ch.items);
  }

  unsigned flags = cb_name_flags(b, callee);
  if (!(flags & FE_CALLEE_RAISES_NO_EXCEPTION))
    cb_split_before_raising_call(b);
  ir_event *ev = cfg_add_event(b->fn, cb_current_block(b), IR_EVENT_CALL,
                               cb_loc_of(b, call));
  ir_call *c = &ev->u.call;
  c->callee = callee;
  c->callee_decl = callee ? fe_decl_info(b->t, callee) : NULL;
  c->callee_type = callee_type;
  if (!callee && callee_expr)
    fe_callee_slot(b->t, b->mem, *callee_expr, c);
  c->args = args;
  c->arg_count = (uint16_t)nargs;
  if (callee && (flags & FE_CALLEE_WANTS_MACRO_CHAIN)) {
    c->macro_count =
        (uint16_t)fe_macro_chain(b->t, call, callee, &c->macro_chain);
    if (nargs > 0) {
      /* the object behind the PVOID it is converted to */
      CXType t = clang_getCanonicalType(
          clang_getCursorType(cb_strip(clang_Cursor_getArgument(call, 0))));
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
  ir_value result = cb_unknown_value();
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

ir_value cb_emit_children(builder *b, CXCursor e) {
  cursor_list ch = cb_code_children_of(e);
  for (unsigned i = 0; i < ch.count; i++) {
    enum CXCursorKind k = clang_getCursorKind(ch.items[i]);
    if (clang_isExpression(k))
      cb_emit_expr(b, ch.items[i]);
    else if (clang_isStatement(k))
      cb_build_stmt(b, ch.items[i]);
  }
  free(ch.items);
  return cb_unknown_value();
}

/* Value of an expression whose control flow branches (&&, ||, ?:) when it is
 * used as a value rather than as a condition: both ways join again. */
static ir_value emit_branching_value(builder *b, CXCursor e) {
  if (b->dry_run)
    return cb_unknown_value();
  uint32_t join = cfg_new_block(b->fn, "join");
  cb_build_cond(b, e, join, join);
  b->cur = join;
  return cb_unknown_value();
}

static ir_value emit_conditional_value(builder *b, CXCursor e) {
  cursor_list ch = cb_code_children_of(e);
  if (ch.count != 3 || b->dry_run) {
    free(ch.items);
    return b->dry_run ? cb_unknown_value() : cb_emit_children(b, e);
  }
  uint32_t then_block = cfg_new_block(b->fn, "cond.true");
  uint32_t else_block = cfg_new_block(b->fn, "cond.false");
  uint32_t join = cfg_new_block(b->fn, "cond.end");
  cb_build_cond(b, ch.items[0], then_block, else_block);
  b->cur = then_block;
  ir_value a = cb_emit_expr(b, ch.items[1]);
  cb_jump(b, join);
  b->cur = else_block;
  ir_value c = cb_emit_expr(b, ch.items[2]);
  cb_jump(b, join);
  b->cur = join;
  free(ch.items);
  if (a.kind == IR_VALUE_CONST && c.kind == IR_VALUE_CONST &&
      a.constant == c.constant)
    return a;
  return cb_unknown_value();
}

/* A constant converted to the integer type t (a cast, or one of the
 * implicit conversions clang reports as unexposed expressions): `(ULONG)-1`
 * is 4294967295, `(UCHAR)0x1FF` is 255. A conversion to a floating type
 * leaves no integer; to a pointer, the value stays (NULL is 0). */
static ir_value converted_constant(ir_value v, CXType t) {
  fe_int_type it;
  if (fe_int_type_of(t, &it))
    return cb_const_value(fe_int_convert(v.constant, it));
  enum CXTypeKind kind = clang_getCanonicalType(t).kind;
  if (kind == CXType_Float || kind == CXType_Double ||
      kind == CXType_LongDouble || kind == CXType_Half ||
      kind == CXType_Float16 || kind == CXType_Float128)
    return cb_unknown_value();
  return v;
}

/* `x op y` folded where clang could not evaluate the expression (an
 * operand is a constant only to the analysis), in C's type: the result's
 * type `e` for arithmetic and shifts, the converted operand `lhs` for a
 * comparison (int holds the 0 or 1). `&` as a condition is a bit test. */
int cb_fold_binary(enum CXBinaryOperatorKind op, int64_t x, int64_t y,
                   CXCursor e, CXCursor lhs, int64_t *out) {
  int comparison = op >= CXBinaryOperator_LT && op <= CXBinaryOperator_NE;
  fe_int_type t;
  if (!fe_int_type_of(clang_getCursorType(comparison ? lhs : e), &t))
    return 0;
  return fe_int_fold_binary(op, x, y, t, out);
}

ir_value cb_emit_expr(builder *b, CXCursor e) {
  enum CXCursorKind k = clang_getCursorKind(e);
  switch (k) {
  case CXCursor_IntegerLiteral:
  case CXCursor_CharacterLiteral: {
    int64_t v;
    return fe_int_evaluate(e, &v) ? cb_const_value(v) : cb_unknown_value();
  }
  case CXCursor_StringLiteral: {
    /* clang prints the whole literal, its adjacent pieces joined: a
     * format built as `PREFIX "%ws"` is read as the one string it is */
    CXString s = clang_getCursorSpelling(e);
    ir_value v = cb_unknown_value();
    v.kind = IR_VALUE_STRING;
    v.text = arena_strdup(b->mem, clang_getCString(s));
    clang_disposeString(s);
    return v;
  }
  case CXCursor_ParenExpr:
  case CXCursor_CStyleCastExpr:
  case CXCursor_UnexposedExpr: {
    cursor_list ch = cb_code_children_of(e);
    if (ch.count == 1 && clang_isExpression(clang_getCursorKind(ch.items[0]))) {
      CXCursor inner = ch.items[0];
      free(ch.items);
      ir_value v = cb_emit_expr(b, inner);
      if (v.kind == IR_VALUE_CONST && k != CXCursor_ParenExpr)
        return converted_constant(v, clang_getCursorType(e));
      if (k == CXCursor_CStyleCastExpr)
        return cb_converted_function(b, v, clang_getCursorType(e));
      return v;
    }
    free(ch.items);
    if (k == CXCursor_UnexposedExpr) {
      int64_t v;
      if (fe_int_evaluate(e, &v))
        return cb_const_value(v);
    }
    return cb_emit_children(b, e);
  }
  case CXCursor_DeclRefExpr: {
    CXCursor decl = clang_getCursorReferenced(e);
    enum CXCursorKind dk = clang_getCursorKind(decl);
    if (dk == CXCursor_EnumConstantDecl)
      return cb_const_value(clang_getEnumConstantDeclValue(decl));
    if (dk == CXCursor_FunctionDecl)
      return function_value(b, decl);
    alias_info *alias = cb_find_alias(b, decl);
    if (alias && !alias->disqualified && alias->resolved)
      return alias->alias;
    ir_value v = cb_unknown_value();
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
    ir_value v = cb_unknown_value();
    if (lvalue_path(b, e, &v.path)) {
      v.kind = IR_VALUE_LOAD;
      if (is_array_type(clang_getCursorType(e))) {
        path_step step = {.kind = PATH_STEP_INDEX, .index_known = 1};
        v.path = path_with_step(b->mem, &v.path, step);
        v.kind = IR_VALUE_ADDR;
      }
      return v;
    }
    return cb_emit_children(b, e);
  }
  case CXCursor_CallExpr:
    return emit_call(b, e);
  case CXCursor_UnaryOperator: {
    enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(e);
    cursor_list ch = cb_code_children_of(e);
    if (ch.count != 1) {
      free(ch.items);
      return cb_emit_children(b, e);
    }
    CXCursor sub = ch.items[0];
    free(ch.items);
    switch (op) {
    case CXUnaryOperator_AddrOf: {
      CXCursor target = cb_strip(sub);
      if (clang_getCursorKind(target) == CXCursor_DeclRefExpr &&
          clang_getCursorKind(clang_getCursorReferenced(target)) ==
              CXCursor_FunctionDecl)
        return function_value(b, clang_getCursorReferenced(target));
      ir_value v = cb_unknown_value();
      if (lvalue_path(b, sub, &v.path)) {
        v.kind = IR_VALUE_ADDR;
        return v;
      }
      cb_emit_expr(b, sub);
      return cb_unknown_value();
    }
    case CXUnaryOperator_Deref: {
      ir_value v = cb_unknown_value();
      if (lvalue_path(b, e, &v.path)) {
        v.kind = IR_VALUE_LOAD;
        return v;
      }
      cb_emit_expr(b, sub);
      return cb_unknown_value();
    }
    case CXUnaryOperator_PostInc:
    case CXUnaryOperator_PostDec:
    case CXUnaryOperator_PreInc:
    case CXUnaryOperator_PreDec: {
      /* a count moved by one; `--Count` is the count's new value, so
       * `if (--Count == 0)` tests the count */
      ir_path target;
      if (!lvalue_path(b, sub, &target)) {
        cb_emit_expr(b, sub);
        return cb_unknown_value();
      }
      int up = op == CXUnaryOperator_PostInc || op == CXUnaryOperator_PreInc;
      emit_assign_op(b, e, &target, cb_const_value(up ? 1 : -1), IR_ASSIGN_ADD);
      if (op == CXUnaryOperator_PostInc || op == CXUnaryOperator_PostDec)
        return cb_unknown_value();
      ir_value v = cb_unknown_value();
      v.kind = IR_VALUE_LOAD;
      v.path = target;
      return v;
    }
    case CXUnaryOperator_LNot: {
      ir_value v = cb_emit_expr(b, sub);
      if (v.kind == IR_VALUE_CONST)
        return cb_const_value(!v.constant);
      return cb_unknown_value();
    }
    case CXUnaryOperator_Minus:
    case CXUnaryOperator_Not:
    case CXUnaryOperator_Plus: {
      ir_value v = cb_emit_expr(b, sub);
      int64_t folded;
      fe_int_type t;
      if (v.kind == IR_VALUE_CONST &&
          (fe_int_evaluate(e, &folded) ||
           (fe_int_type_of(clang_getCursorType(e), &t) &&
            fe_int_fold_unary(op, v.constant, t, &folded))))
        return cb_const_value(folded);
      return cb_unknown_value();
    }
    default:
      cb_emit_expr(b, sub);
      return cb_unknown_value();
    }
  }
  case CXCursor_BinaryOperator:
  case CXCursor_CompoundAssignOperator: {
    enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(e);
    cursor_list ch = cb_code_children_of(e);
    if (ch.count != 2) {
      free(ch.items);
      return cb_emit_children(b, e);
    }
    CXCursor lhs = ch.items[0], rhs = ch.items[1];
    free(ch.items);
    if (op == CXBinaryOperator_LAnd || op == CXBinaryOperator_LOr) {
      /* a constant left side that lets the right one decide (`(TRUE) &&
       * TryAcquire(…)`: a debug-test macro compiled to TRUE) is the right
       * side's truth; one that decides alone is that constant */
      int64_t left;
      if (fe_int_evaluate(lhs, &left)) {
        int decides = op == CXBinaryOperator_LAnd ? left == 0 : left != 0;
        if (decides)
          return cb_const_value(op == CXBinaryOperator_LOr);
        return cb_emit_expr(b, rhs);
      }
      return emit_branching_value(b, e);
    }
    if (op == CXBinaryOperator_Comma) {
      cb_emit_expr(b, lhs);
      return cb_emit_expr(b, rhs);
    }
    if (op == CXBinaryOperator_Assign) {
      ir_path target;
      if (!b->dry_run && lvalue_path(b, lhs, &target) &&
          cb_emit_split_store(b, e, &target, rhs))
        return cb_unknown_value();
      ir_value value = cb_converted_function(b, cb_emit_expr(b, rhs),
                                             clang_getCursorType(lhs));
      if (lvalue_path(b, lhs, &target)) {
        cb_attach_result_target(b, value, &target);
        cb_note_irql_local(b, value, &target);
        cb_note_thread_local(b, value, &target,
                             clang_getCursorReferenced(cb_strip(lhs)));
        ir_event *ev = cb_emit_assign(b, e, &target, value);
        if (ev && cb_is_current_thread(b, value))
          ev->u.assign.stores_thread = 1;
        CXCursor written = cb_strip(lhs);
        if (ev &&
            (value.kind == IR_VALUE_LOAD || value.kind == IR_VALUE_CALL) &&
            clang_getCursorKind(written) == CXCursor_DeclRefExpr &&
            cb_is_only_write(b, clang_getCursorReferenced(written)))
          ev->u.assign.only_write = 1;
      } else {
        cb_emit_expr(b, lhs);
      }
      return value;
    }
    if (op >= CXBinaryOperator_MulAssign && op <= CXBinaryOperator_OrAssign) {
      ir_value operand = cb_emit_expr(b, rhs);
      ir_path target;
      if (lvalue_path(b, lhs, &target)) {
        /* a bit set or clear by a constant keeps its meaning */
        int bits = operand.kind == IR_VALUE_CONST &&
                   (op == CXBinaryOperator_OrAssign ||
                    op == CXBinaryOperator_AndAssign);
        /* a count moved by a constant: the hold count of a recursive
         * lock (lock_owner.c) */
        int count = operand.kind == IR_VALUE_CONST &&
                    (op == CXBinaryOperator_AddAssign ||
                     op == CXBinaryOperator_SubAssign);
        if (bits)
          emit_assign_op(b, e, &target, operand,
                         op == CXBinaryOperator_OrAssign ? IR_ASSIGN_OR
                                                         : IR_ASSIGN_AND);
        else if (count)
          emit_assign_op(b, e, &target,
                         cb_const_value(op == CXBinaryOperator_AddAssign
                                            ? operand.constant
                                            : -operand.constant),
                         IR_ASSIGN_ADD);
        else
          cb_emit_assign(b, e, &target, cb_unknown_value());
      }
      return cb_unknown_value();
    }
    const char *fields[FIELD_PATH_MAX], *records[FIELD_PATH_MAX];
    unsigned nested = op == CXBinaryOperator_Sub
                          ? field_offset_expr(b, rhs, fields, records)
                          : 0;
    if (nested) {
      /* CONTAINING_RECORD(p, T, F): the T whose field F is *p; with a
       * nested designator (F = A.B), the A whose field B is *p first */
      ir_path contained;
      ir_value v = cb_unknown_value();
      if (value_pointee(b, cb_emit_expr(b, lhs), &contained)) {
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
    ir_value l = cb_emit_expr(b, lhs), r = cb_emit_expr(b, rhs);
    int64_t folded;
    if (l.kind == IR_VALUE_CONST && r.kind == IR_VALUE_CONST &&
        (fe_int_evaluate(e, &folded) ||
         cb_fold_binary(op, l.constant, r.constant, e, lhs, &folded)))
      return cb_const_value(folded);
    return cb_unknown_value();
  }
  case CXCursor_ConditionalOperator:
    return emit_conditional_value(b, e);
  case CXCursor_StmtExpr: {
    /* ({ ...; value; }): the statements run; the value is not tracked */
    cursor_list ch = cb_code_children_of(e);
    for (unsigned i = 0; i < ch.count; i++)
      cb_build_stmt(b, ch.items[i]);
    free(ch.items);
    return cb_unknown_value();
  }
  default:
    if (k == CXCursor_SizeOfPackExpr || k == CXCursor_UnaryExpr) {
      int64_t v;
      if (fe_int_evaluate(e, &v))
        return cb_const_value(v);
      return cb_unknown_value(); /* sizeof does not evaluate its operand */
    }
    return cb_emit_children(b, e);
  }
}
