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
 * outside a __try (a call either returns or is declared no-return).
 *
 * This file holds the entry point (fe_build_function), the cursor utilities
 * the builder shares and the pre-pass over the body (labels with their
 * __finally scopes, locals that stand for one value); expressions are
 * lowered in cfg_build_expr.c, conditions and statements in
 * cfg_build_stmt.c, sharing the builder of cfg_build_internal.h. */
#include "cfg_build_internal.h"

#include <stdlib.h>
#include <string.h>

/* ---- small cursor utilities ---- */

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

cursor_list cb_children_of(CXCursor c) {
  cursor_list list = {NULL, 0, 0};
  clang_visitChildren(c, collect_child, &list);
  return list;
}

/* Children that are statements or expressions (drops type references,
 * attributes and the like that libclang also reports as children). */
cursor_list cb_code_children_of(CXCursor c) {
  cursor_list all = cb_children_of(c), out = {NULL, 0, 0};
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
CXCursor cb_strip(CXCursor c) {
  for (;;) {
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr &&
        k != CXCursor_CStyleCastExpr)
      return c;
    cursor_list ch = cb_code_children_of(c);
    if (ch.count != 1) {
      free(ch.items);
      return c;
    }
    CXCursor next = ch.items[0];
    free(ch.items);
    c = next;
  }
}

int cb_is_pointer_type(CXType t) {
  t = clang_getCanonicalType(t);
  return t.kind == CXType_Pointer;
}

uint32_t cb_current_block(builder *b) {
  if (b->cur == NO_BLOCK)
    b->cur = cfg_new_block(b->fn, "unreachable");
  return b->cur;
}

void cb_jump(builder *b, uint32_t to) {
  if (b->cur != NO_BLOCK)
    cfg_add_edge(b->fn, b->cur, to);
}

/* ---- pre-pass: labels with their __finally scopes, pointer aliases ---- */

typedef struct prepass {
  builder *b;
  CXCursor *stack;
  unsigned depth, cap;
} prepass;

static alias_info *alias_slot(builder *b, CXCursor decl) {
  alias_info *a = cb_find_alias(b, decl);
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
  return cb_is_pointer_type(t) || is_integer_type(t);
}

static void note_write(builder *b, CXCursor lhs, CXCursor value,
                       int has_value) {
  lhs = cb_strip(lhs);
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
    if (!cb_find_label(b, info.name))
      PUSH(b, labels, label_count, label_cap, info);
  } else if (k == CXCursor_VarDecl && is_single_write_candidate(c)) {
    cursor_list ch = cb_code_children_of(c);
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
      cursor_list ch = cb_code_children_of(c);
      if (ch.count == 2)
        note_write(b, ch.items[0], ch.items[1], op == CXBinaryOperator_Assign);
      free(ch.items);
    }
  } else if (k == CXCursor_UnaryOperator) {
    enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(c);
    if (op == CXUnaryOperator_AddrOf || op == CXUnaryOperator_PreInc ||
        op == CXUnaryOperator_PreDec || op == CXUnaryOperator_PostInc ||
        op == CXUnaryOperator_PostDec) {
      cursor_list ch = cb_code_children_of(c);
      if (ch.count == 1)
        note_write(b, ch.items[0], clang_getNullCursor(), 0);
      free(ch.items);
    }
  }
  if (k == CXCursor_SEHTryStmt) {
    cursor_list ch = cb_code_children_of(c);
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
        cb_decl_identity(b->aliases[i].decl) == param_id &&
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
    ids[n] = cb_decl_identity(local);
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
    ir_value v = cb_emit_expr(b, a->value);
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

  cursor_list ch = cb_children_of(fn_decl);
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
      b.fn->param_ids[b.fn->param_count] = cb_decl_identity(ch.items[i]);
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
  cb_build_stmt(&b, body);

  /* falling off the end of the body returns */
  CXSourceRange extent = clang_getCursorExtent(body);
  CXFile file;
  unsigned line, col;
  clang_getExpansionLocation(clang_getRangeEnd(extent), &file, &line, &col,
                             NULL);
  col = fe_lvalue_cast_column(t->lvalue_casts, file, line, col);
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
  free(b.thread_locals);
  free(b.raise_splits);
  free(b.finallies);
  free(b.leaves);
  free(b.labels);
  free(b.aliases);
  return b.fn;
}
