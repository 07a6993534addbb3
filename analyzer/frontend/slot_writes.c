/* Function-pointer slots: the global variables and struct fields of
 * function-pointer type a program calls through, and every write to them
 * (assignments, initializers of variables and of struct arrays, designated
 * or positional, taking a slot's address), handed over as plain data
 * (ir_slot_write, ir_call.callee_slot) for the program-wide resolution of
 * indirect calls (program/indirect.c).
 *
 * A slot is keyed by its declaration's USR, which names the same variable
 * or field in every translation unit (a static variable's includes its
 * file). Left out, so that calls through them stay unresolved: locals and
 * parameters (their values flow through the body, not through writes we
 * collect), array elements (an array decays to a pointer written through
 * unseen), and fields of structs declared in system headers (the system
 * and other drivers fill those in). */
#include "cfg_build_internal.h"

#include <stdlib.h>
#include <string.h>

static int is_function_pointer(CXType t) {
  t = clang_getCanonicalType(t);
  if (t.kind != CXType_Pointer)
    return 0;
  enum CXTypeKind k = clang_getCanonicalType(clang_getPointeeType(t)).kind;
  return k == CXType_FunctionProto || k == CXType_FunctionNoProto;
}

/* Parentheses, conversions, and `*` applied to a function pointer (which
 * gives the function back): `(*g_Handler)(x)` calls through g_Handler. */
static CXCursor strip_callee(CXCursor e) {
  for (int depth = 0; depth < 8; depth++) {
    e = cb_strip(e);
    if (clang_getCursorKind(e) != CXCursor_UnaryOperator ||
        clang_getCursorUnaryOperatorKind(e) != CXUnaryOperator_Deref)
      return e;
    cursor_list ch = cb_code_children_of(e);
    CXCursor sub = ch.count == 1 ? ch.items[0] : clang_getNullCursor();
    free(ch.items);
    if (clang_Cursor_isNull(sub) ||
        !is_function_pointer(clang_getCursorType(cb_strip(sub))))
      return e;
    e = sub;
  }
  return e;
}

static const char *usr_of(arena *mem, CXCursor decl) {
  CXString usr = clang_getCursorUSR(decl);
  const char *s = clang_getCString(usr);
  const char *copy = s && *s ? arena_strdup(mem, s) : NULL;
  clang_disposeString(usr);
  return copy;
}

/* A global variable, or a field of a struct the program declares, of
 * function-pointer type: its key, or NULL. */
static const char *slot_of_decl(arena *mem, CXCursor decl) {
  enum CXCursorKind k = clang_getCursorKind(decl);
  if (k == CXCursor_VarDecl) {
    if (!clang_Cursor_hasVarDeclGlobalStorage(decl))
      return NULL;
  } else if (k == CXCursor_FieldDecl) {
    if (clang_Location_isInSystemHeader(clang_getCursorLocation(decl)))
      return NULL;
  } else {
    return NULL;
  }
  if (!is_function_pointer(clang_getCursorType(decl)))
    return NULL;
  return usr_of(mem, decl);
}

/* The slot an lvalue names (`g_Handler`, `t->Handler`, `T.Ops.Handler`),
 * or NULL; `decl` gets its declaration. */
static const char *slot_of_lvalue(arena *mem, CXCursor e, CXCursor *decl) {
  e = cb_strip(e);
  enum CXCursorKind k = clang_getCursorKind(e);
  if (k != CXCursor_DeclRefExpr && k != CXCursor_MemberRefExpr)
    return NULL;
  *decl = clang_getCursorReferenced(e);
  return slot_of_decl(mem, *decl);
}

static const char *record_name(arena *mem, CXCursor field) {
  CXCursor record = clang_getCursorSemanticParent(field);
  CXString s = clang_getCursorSpelling(record);
  const char *name = clang_getCString(s);
  const char *copy = NULL;
  if (name && *name && !strchr(name, ' ')) {
    copy = arena_strdup(mem, name);
  } else {
    /* an anonymous struct: the typedef it is known by, as spelled */
    CXString t = clang_getTypeSpelling(clang_getCursorType(record));
    copy = arena_strdup(mem, clang_getCString(t));
    clang_disposeString(t);
  }
  clang_disposeString(s);
  return copy;
}

void fe_callee_slot(fe_tu *t, arena *mem, CXCursor callee, ir_call *call) {
  (void)t;
  CXCursor decl;
  const char *slot = slot_of_lvalue(mem, strip_callee(callee), &decl);
  if (!slot)
    return;
  call->callee_slot = slot;
  CXFile file = NULL;
  if (clang_getCursorKind(decl) == CXCursor_FieldDecl)
    clang_getExpansionLocation(clang_getCursorLocation(decl), &file, NULL, NULL,
                               NULL);
  if (file) {
    /* the real path, else the name clang read it by */
    CXString real = clang_File_tryGetRealPathName(file);
    CXString spelled = clang_getFileName(file);
    const char *path = clang_getCString(real);
    call->callee_slot_file =
        arena_strdup(mem, path && *path ? path : clang_getCString(spelled));
    clang_disposeString(real);
    clang_disposeString(spelled);
  }
  const char *name = fe_cursor_name(mem, decl);
  call->callee_slot_name =
      clang_getCursorKind(decl) == CXCursor_FieldDecl
          ? arena_printf(mem, "%s.%s", record_name(mem, decl), name)
          : name;
}

/* ---- writes ---- */

typedef struct slot_walk {
  fe_tu *t;
  arena *mem;
  CXCursor fn; /* the function whose body is walked, or a null cursor */
  ir_slot_write *items;
  size_t count, cap;
} slot_walk;

static void add_write(slot_walk *w, const char *slot, CXCursor at,
                      CXCursor value) {
  ir_slot_write out;
  memset(&out, 0, sizeof out);
  out.slot = slot;
  out.loc = fe_loc_of_cursor(w->t, at);
  out.value = IR_SLOT_UNKNOWN;
  if (!clang_Cursor_isNull(value)) {
    CXCursor v = cb_strip(value);
    if (clang_getCursorKind(v) == CXCursor_UnaryOperator &&
        clang_getCursorUnaryOperatorKind(v) == CXUnaryOperator_AddrOf) {
      cursor_list ch = cb_code_children_of(v);
      if (ch.count == 1)
        v = cb_strip(ch.items[0]);
      free(ch.items);
    }
    int64_t k;
    CXCursor ref = clang_getCursorReferenced(v);
    enum CXCursorKind rk = clang_getCursorKind(ref);
    if (clang_getCursorKind(v) == CXCursor_DeclRefExpr &&
        rk == CXCursor_FunctionDecl) {
      out.value = IR_SLOT_FUNCTION;
      out.function = fe_cursor_name(w->mem, ref);
    } else if (clang_getCursorKind(v) == CXCursor_DeclRefExpr &&
               rk == CXCursor_ParmDecl && !clang_Cursor_isNull(w->fn)) {
      int n = clang_Cursor_getNumArguments(w->fn);
      for (int i = 0; i < n; i++)
        if (clang_equalCursors(clang_Cursor_getArgument(w->fn, (unsigned)i),
                               ref)) {
          out.value = IR_SLOT_PARAM;
          out.param = (uint16_t)i;
        }
    } else if (fe_int_evaluate(v, &k) && k == 0) {
      out.value = IR_SLOT_NULL;
    }
  }
  VEC_PUSH(w->items, w->count, w->cap, out);
}

typedef struct field_list {
  CXCursor *items;
  size_t count, cap;
} field_list;

static enum CXVisitorResult collect_field(CXCursor c, CXClientData data) {
  field_list *l = data;
  /* an unnamed bit-field takes no initializer */
  if (clang_Cursor_isBitField(c) && clang_Cursor_isAnonymous(c))
    return CXVisit_Continue;
  VEC_PUSH(l->items, l->count, l->cap, c);
  return CXVisit_Continue;
}

/* Every function-pointer field of the struct (and of the structs it
 * holds) written with an unknown value: an initializer list whose
 * elements cannot be matched to fields (braces elided). */
static void unknown_fields(slot_walk *w, CXType record, CXCursor at,
                           int depth) {
  field_list fields = {NULL, 0, 0};
  clang_Type_visitFields(clang_getCanonicalType(record), collect_field,
                         &fields);
  for (size_t i = 0; i < fields.count; i++) {
    CXType ft = clang_getCanonicalType(clang_getCursorType(fields.items[i]));
    const char *slot = slot_of_decl(w->mem, fields.items[i]);
    if (slot)
      add_write(w, slot, at, clang_getNullCursor());
    else if (ft.kind == CXType_Record && depth < 4)
      unknown_fields(w, ft, at, depth + 1);
  }
  free(fields.items);
}

/* `{ F, G }`, `{ .Handler = F }` for a struct: each element to its field. */
static void record_init_list(slot_walk *w, CXCursor list, CXType type) {
  field_list fields = {NULL, 0, 0};
  clang_Type_visitFields(type, collect_field, &fields);
  cursor_list ch = cb_code_children_of(list);
  size_t next = 0;
  int lost = 0;
  for (unsigned i = 0; i < ch.count && !lost; i++) {
    CXCursor e = ch.items[i];
    CXCursor field = clang_getNullCursor();
    CXCursor value = e;
    cursor_list parts = cb_children_of(e);
    if (clang_getCursorKind(e) == CXCursor_UnexposedExpr && parts.count >= 2 &&
        clang_getCursorKind(parts.items[0]) == CXCursor_MemberRef) {
      /* a designator: `.Handler = F` (`.Ops.Handler = F` names the last) */
      unsigned last = 0;
      while (last + 1 < parts.count &&
             clang_getCursorKind(parts.items[last + 1]) == CXCursor_MemberRef)
        last++;
      field = clang_getCursorReferenced(parts.items[last]);
      value = parts.items[parts.count - 1];
      next = fields.count; /* after a designator, positions are not kept */
      for (size_t f = 0; last == 0 && f < fields.count; f++)
        if (clang_equalCursors(fields.items[f], field))
          next = f + 1;
    } else if (clang_getCursorKind(e) == CXCursor_UnexposedExpr &&
               parts.count >= 1 &&
               clang_getCursorKind(parts.items[0]) == CXCursor_MemberRef) {
      lost = 1;
    } else if (next < fields.count) {
      field = fields.items[next++];
      /* an element that is not a brace list where the field is a struct
       * or an array: braces were elided, positions do not match fields */
      CXType ft = clang_getCanonicalType(clang_getCursorType(field));
      if ((ft.kind == CXType_Record || ft.kind == CXType_ConstantArray) &&
          clang_getCursorKind(cb_strip(e)) != CXCursor_InitListExpr &&
          clang_getCanonicalType(clang_getCursorType(cb_strip(e))).kind !=
              ft.kind)
        lost = 1;
    } else {
      lost = 1;
    }
    free(parts.items);
    if (lost)
      break;
    const char *slot =
        clang_Cursor_isNull(field) ? NULL : slot_of_decl(w->mem, field);
    if (slot)
      add_write(w, slot, e, value);
  }
  if (lost)
    unknown_fields(w, type, list, 0);
  free(ch.items);
  free(fields.items);
}

static enum CXChildVisitResult slot_visit(CXCursor c, CXCursor parent,
                                          CXClientData data) {
  (void)parent;
  slot_walk *w = data;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k == CXCursor_BinaryOperator &&
      clang_getCursorBinaryOperatorKind(c) == CXBinaryOperator_Assign) {
    cursor_list ch = cb_code_children_of(c);
    CXCursor decl;
    const char *slot =
        ch.count == 2 ? slot_of_lvalue(w->mem, ch.items[0], &decl) : NULL;
    if (slot)
      add_write(w, slot, c, ch.items[1]);
    free(ch.items);
  } else if (k == CXCursor_UnaryOperator &&
             clang_getCursorUnaryOperatorKind(c) == CXUnaryOperator_AddrOf) {
    /* the slot written through a pointer to it */
    cursor_list ch = cb_code_children_of(c);
    CXCursor decl;
    const char *slot =
        ch.count == 1 ? slot_of_lvalue(w->mem, ch.items[0], &decl) : NULL;
    if (slot)
      add_write(w, slot, c, clang_getNullCursor());
    free(ch.items);
  } else if (k == CXCursor_VarDecl) {
    const char *slot = slot_of_decl(w->mem, c);
    if (slot) {
      cursor_list ch = cb_code_children_of(c);
      CXCursor init = ch.count ? ch.items[ch.count - 1] : clang_getNullCursor();
      free(ch.items);
      /* a definition, tentative (`static PFN g_Handler;`) or not */
      int defines = clang_Cursor_getStorageClass(c) != CX_SC_Extern ||
                    !clang_Cursor_isNull(init);
      if (defines) {
        size_t before = w->count;
        add_write(w, slot, c, init);
        if (clang_Cursor_isNull(init))
          w->items[before].value = IR_SLOT_NULL; /* zero-initialized */
        w->items[before].defines = 1;
      }
    }
  } else if (k == CXCursor_InitListExpr) {
    CXType t = clang_getCanonicalType(clang_getCursorType(c));
    if (t.kind == CXType_Record)
      record_init_list(w, c, t);
  }
  return CXChildVisit_Recurse;
}

static void walk(slot_walk *w, CXCursor root, int include_root) {
  if (include_root)
    slot_visit(root, clang_getNullCursor(), w);
  clang_visitChildren(root, slot_visit, w);
}

static void hand_over(slot_walk *w, cfg_function *fn) {
  if (!w->count)
    return;
  ir_slot_write *all =
      arena_alloc(fn->mem, sizeof(ir_slot_write) *
                               (fn->slot_write_count + (size_t)w->count));
  if (fn->slot_write_count)
    memcpy(all, fn->slot_writes, sizeof(ir_slot_write) * fn->slot_write_count);
  memcpy(all + fn->slot_write_count, w->items,
         sizeof(ir_slot_write) * w->count);
  fn->slot_writes = all;
  fn->slot_write_count += (uint32_t)w->count;
}

void fe_function_slot_writes(fe_tu *t, CXCursor fn_decl, cfg_function *fn) {
  slot_walk w = {t, fn->mem, fn_decl, NULL, 0, 0};
  walk(&w, fn_decl, 0);
  hand_over(&w, fn);
  free(w.items);
}

void fe_file_slot_writes(fe_tu *t, cfg_function *fn) {
  slot_walk w = {t, fn->mem, clang_getNullCursor(), NULL, 0, 0};
  for (size_t i = 0; i < t->file_var_count; i++)
    walk(&w, t->file_vars[i], 1);
  hand_over(&w, fn);
  free(w.items);
}
