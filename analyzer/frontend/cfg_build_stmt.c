/* Conditions and statements of the CFG builder (cfg_build.c): branches on
 * tests and comparisons, flags stored from a test, _Analysis_assume_lock_
 * statements and false assertions, and the statements themselves: returns,
 * loops, goto and labels, SEH __try/__except/__finally/__leave, and switch
 * (a multi-way block, or lowered to a chain of `==` tests). */
#include "cfg_build_internal.h"

#include <stdlib.h>
#include <string.h>

/* ---- conditions ---- */

static void finish_branch(builder *b, ir_cond cond, uint32_t on_true,
                          uint32_t on_false) {
  uint32_t blk = cb_current_block(b);
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

/* An operand of a comparison of two paths: a load, or an address. */
static int is_path_operand(const ir_value *v) {
  return v->kind == IR_VALUE_LOAD || v->kind == IR_VALUE_ADDR;
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
 * the false edges of >= and <= (NT_SUCCESS(status) is status >= 0). So
 * does `==` or `!=` of two paths (or a path and an address): a != b is the
 * false edge of a == b. */
static void build_comparison(builder *b, enum CXBinaryOperatorKind op,
                             CXCursor lhs, CXCursor rhs, ir_cond cond,
                             uint32_t on_true, uint32_t on_false) {
  ir_value l = cb_emit_expr(b, lhs), r = cb_emit_expr(b, rhs);
  if (l.kind == IR_VALUE_CONST && r.kind != IR_VALUE_CONST) {
    ir_value t = l;
    l = r;
    r = t;
    op = mirrored(op);
  }
  if ((op == CXBinaryOperator_EQ || op == CXBinaryOperator_NE) &&
      cb_is_current_thread(b, l) != cb_is_current_thread(b, r)) {
    /* `Lock->Owner != KeGetCurrentThread()`: the owner test of a
     * recursive lock (lock_owner.c) */
    ir_value owner = cb_is_current_thread(b, l) ? r : l;
    if (owner.kind == IR_VALUE_LOAD) {
      cond.kind = IR_COND_OWNER;
      cond.value = owner;
      if (op == CXBinaryOperator_EQ)
        finish_branch(b, cond, on_true, on_false);
      else
        finish_branch(b, cond, on_false, on_true);
      return;
    }
  }
  int64_t folded;
  if (l.kind == IR_VALUE_CONST && r.kind == IR_VALUE_CONST &&
      cb_fold_binary(op, l.constant, r.constant, lhs, lhs, &folded)) {
    cb_jump(b, folded ? on_true : on_false);
    b->cur = NO_BLOCK;
    return;
  }
  if ((op == CXBinaryOperator_EQ || op == CXBinaryOperator_NE) &&
      is_path_operand(&l) && is_path_operand(&r) &&
      (l.kind == IR_VALUE_LOAD || r.kind == IR_VALUE_LOAD)) {
    /* two paths compared (`Src->Mutex != Dest->Mutex`): the test of one
     * against the other, correlated while neither is written */
    cond.kind = IR_COND_SAME;
    cond.value = l.kind == IR_VALUE_LOAD ? l : r;
    cond.other = l.kind == IR_VALUE_LOAD ? r : l;
    if (op == CXBinaryOperator_NE)
      finish_branch(b, cond, on_false, on_true);
    else
      finish_branch(b, cond, on_true, on_false);
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
    if (cb_name_flags(b, fe_cursor_name(b->mem, ref)) & FE_CALLEE_READS_IRQL)
      s->found = 1;
  } else if (k == CXCursor_DeclRefExpr &&
             clang_getCursorKind(ref) == CXCursor_VarDecl) {
    uint32_t id = cb_decl_identity(ref);
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
void cb_note_irql_local(builder *b, ir_value value, const ir_path *target) {
  if (value.kind != IR_VALUE_CALL || target->root_kind != PATH_ROOT_LOCAL ||
      target->step_count != 0)
    return;
  const ir_event *ev = cb_recent_call(b, value.call_event);
  if (ev && cb_name_flags(b, ev->u.call.callee) & FE_CALLEE_READS_IRQL)
    PUSH(b, irql_locals, irql_local_count, irql_local_cap, target->root_id);
}

/* A local given the current thread by its only write (`PVOID Thread =
 * PsGetCurrentThread();`): it stands for the current thread wherever it is
 * read. `decl` is the local's declaration (a null cursor when the written
 * expression is not a variable). */
void cb_note_thread_local(builder *b, ir_value value, const ir_path *target,
                          CXCursor decl) {
  if (value.kind != IR_VALUE_CALL || target->root_kind != PATH_ROOT_LOCAL ||
      target->step_count != 0 || clang_Cursor_isNull(decl) ||
      clang_getCursorKind(decl) != CXCursor_VarDecl)
    return;
  const ir_event *ev = cb_recent_call(b, value.call_event);
  alias_info *a = cb_find_alias(b, decl);
  if (ev && cb_name_flags(b, ev->u.call.callee) & FE_CALLEE_READS_THREAD && a &&
      !a->disqualified && a->writes == 1)
    PUSH(b, thread_locals, thread_local_count, thread_local_cap,
         target->root_id);
}

/* Is the value the current thread: a call of KeGetCurrentThread (or the
 * like), or a read of a local given it once? */
int cb_is_current_thread(builder *b, ir_value v) {
  if (v.kind == IR_VALUE_CALL) {
    const ir_event *ev = cb_recent_call(b, v.call_event);
    return ev && ev->u.call.callee &&
           (cb_name_flags(b, ev->u.call.callee) & FE_CALLEE_READS_THREAD);
  }
  if (v.kind != IR_VALUE_LOAD || v.path.root_kind != PATH_ROOT_LOCAL ||
      v.path.step_count != 0)
    return 0;
  for (unsigned i = 0; i < b->thread_local_count; i++)
    if (b->thread_locals[i] == v.path.root_id)
      return 1;
  return 0;
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
int cb_emit_split_store(builder *b, CXCursor at, const ir_path *target,
                        CXCursor rhs) {
  CXCursor s = cb_strip(rhs), test = s;
  int64_t on_true = 1, on_false = 0;
  if (clang_getCursorKind(s) == CXCursor_ConditionalOperator) {
    cursor_list ch = cb_code_children_of(s);
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
  cb_build_cond(b, test, then_block, else_block);
  b->cur = then_block;
  cb_emit_assign(b, at, target, cb_const_value(on_true));
  cb_jump(b, join);
  b->cur = else_block;
  cb_emit_assign(b, at, target, cb_const_value(on_false));
  cb_jump(b, join);
  b->cur = join;
  return 1;
}

/* Is the expression itself a test (a bit test, a comparison, a logical
 * operator, a negation, a conditional)? */
static int is_test_expression(CXCursor e) {
  CXCursor s = cb_strip(e);
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
    cb_build_cond(b, test, on_true, on_false);
  else
    cb_build_cond(b, test, on_false, on_true);
  return 1;
}

/* `IsListEmpty(Head)` is `Head->Flink == Head`, as the routine is
 * documented: kept as that comparison of two paths, a branch on it
 * correlates with every other test of the same list, and an insert into
 * the list decides it (the analysis' LIST_INSERT rows). Returns 0 when the
 * value is no such call or its argument is no path. */
static int list_empty_test(builder *b, ir_value v, ir_cond *cond) {
  if (v.kind != IR_VALUE_CALL)
    return 0;
  const ir_event *ev = cb_recent_call(b, v.call_event);
  if (!ev || !ev->u.call.callee || ev->u.call.arg_count < 1 ||
      !(cb_name_flags(b, ev->u.call.callee) & FE_CALLEE_TESTS_LIST_EMPTY))
    return 0;
  ir_loc loc = cond->loc;
  if (!cfg_list_empty_cond(b->mem, &ev->u.call.args[0], cond))
    return 0;
  cond->loc = loc;
  return 1;
}

void cb_build_cond(builder *b, CXCursor e, uint32_t on_true,
                   uint32_t on_false) {
  CXCursor s = cb_strip(e);
  enum CXCursorKind k = clang_getCursorKind(s);
  ir_cond cond;
  memset(&cond, 0, sizeof cond);
  cond.loc = cb_loc_of(b, s);

  if (k == CXCursor_UnaryOperator &&
      clang_getCursorUnaryOperatorKind(s) == CXUnaryOperator_LNot) {
    cursor_list ch = cb_code_children_of(s);
    if (ch.count == 1) {
      CXCursor sub = ch.items[0];
      free(ch.items);
      cb_build_cond(b, sub, on_false, on_true);
      return;
    }
    free(ch.items);
  }
  if (k == CXCursor_BinaryOperator) {
    enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(s);
    cursor_list ch = cb_code_children_of(s);
    if (ch.count == 2) {
      CXCursor lhs = ch.items[0], rhs = ch.items[1];
      free(ch.items);
      if (op == CXBinaryOperator_LAnd || op == CXBinaryOperator_LOr) {
        uint32_t mid = cfg_new_block(
            b->fn, op == CXBinaryOperator_LAnd ? "land.rhs" : "lor.rhs");
        if (op == CXBinaryOperator_LAnd)
          cb_build_cond(b, lhs, mid, on_false);
        else
          cb_build_cond(b, lhs, on_true, mid);
        b->cur = mid;
        cb_build_cond(b, rhs, on_true, on_false);
        return;
      }
      if (op == CXBinaryOperator_Comma) {
        cb_emit_expr(b, lhs);
        cb_build_cond(b, rhs, on_true, on_false);
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
    cursor_list ch = cb_code_children_of(s);
    if (ch.count == 3) {
      uint32_t t = cfg_new_block(b->fn, "cond.true");
      uint32_t f = cfg_new_block(b->fn, "cond.false");
      cb_build_cond(b, ch.items[0], t, f);
      b->cur = t;
      cb_build_cond(b, ch.items[1], on_true, on_false);
      b->cur = f;
      cb_build_cond(b, ch.items[2], on_true, on_false);
      free(ch.items);
      return;
    }
    free(ch.items);
  }

  ir_value v = cb_emit_expr(b, e);
  if (v.kind == IR_VALUE_CONST) {
    /* while (1), do { } while (0), if (0): only one way is possible */
    cb_jump(b, v.constant ? on_true : on_false);
    b->cur = NO_BLOCK;
    return;
  }
  if (list_empty_test(b, v, &cond)) {
    finish_branch(b, cond, on_true, on_false);
    return;
  }
  if (is_tracked_value(&v)) {
    cond.kind = IR_COND_TRUTH;
    cond.value = v;
  }
  finish_branch(b, cond, on_true, on_false);
}

/* ---- _Analysis_assume_lock_*_(lock) statements ----
 * Found by lock_assumptions.c where headers define them to nothing; each
 * becomes a call of the macro's name with the lock's address, which the
 * API model reads as a fact. */

static void emit_lock_assumption(builder *b, const fe_lock_assumption *a) {
  ir_event *ev = cfg_add_event(b->fn, cb_current_block(b), IR_EVENT_CALL,
                               fe_loc_of_cursor(b->t, a->at));
  ir_call *c = &ev->u.call;
  c->callee = a->macro;
  c->args = arena_alloc(b->mem, sizeof(ir_value));
  c->args[0] = cb_unknown_value();
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
  if (fe_false_assertion_between(b->t, file, begin, end)) {
    b->fn->blocks[b->cur]->term = CFG_TERM_NORETURN;
    b->cur = NO_BLOCK;
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
    cb_build_stmt(b, saved_copy[i - 1].body);
  }
  if (saved_copy) {
    memcpy(b->finallies, saved_copy, sizeof(finally_scope) * saved);
    free(saved_copy);
  }
  b->finally_count = saved;
}

label_info *cb_find_label(builder *b, const char *name) {
  for (unsigned i = 0; i < b->label_count; i++)
    if (strcmp(b->labels[i].name, name) == 0)
      return &b->labels[i];
  return NULL;
}

/* Ends the current block with a return of `value` (what the caller gets:
 * a constant, a variable's value or a call's result, else unknown). */
static void finish_return(builder *b, CXCursor s, ir_value value) {
  run_finallies_down_to(b, 0);
  uint32_t blk = cb_current_block(b);
  cfg_block *block = b->fn->blocks[blk];
  block->term = CFG_TERM_RETURN;
  block->term_loc = cb_loc_of(b, s);
  if (value.kind == IR_VALUE_CONST || value.kind == IR_VALUE_LOAD ||
      value.kind == IR_VALUE_CALL)
    block->ret = value;
  cfg_add_edge(b->fn, blk, b->fn->exit);
  b->cur = NO_BLOCK;
}

/* `return e;` keeps what it returns, so that a summary can say which
 * value goes with which exit. A test (`return !KeWaitForSingleObject(…)`,
 * `return Count == 0;`) is returned as the two constants it can be, one
 * per way of the test, as cb_emit_split_store does for a stored test -- not
 * under a __finally, whose body would be copied onto both ways. */
static void build_return(builder *b, CXCursor s) {
  cursor_list ch = cb_code_children_of(s);
  ir_value value = cb_unknown_value();
  if (ch.count == 1 && b->finally_count == 0 && !b->dry_run &&
      is_truth_valued(cb_strip(ch.items[0]))) {
    uint32_t then_block = cfg_new_block(b->fn, "return.true");
    uint32_t else_block = cfg_new_block(b->fn, "return.false");
    cb_build_cond(b, ch.items[0], then_block, else_block);
    free(ch.items);
    b->cur = then_block;
    finish_return(b, s, cb_const_value(1));
    b->cur = else_block;
    finish_return(b, s, cb_const_value(0));
    return;
  }
  for (unsigned i = 0; i < ch.count; i++)
    value = cb_emit_expr(b, ch.items[i]);
  free(ch.items);
  finish_return(b, s, value);
}

/* for (init; cond; inc) body: libclang leaves absent parts out of the child
 * list, so which child is which is decided from the positions of the two
 * semicolons in the header. */
static void for_parts(builder *b, CXCursor s, CXCursor *init, CXCursor *cond,
                      CXCursor *inc, CXCursor *body, int *has_init,
                      int *has_cond, int *has_inc) {
  cursor_list ch = cb_code_children_of(s);
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
    cb_build_stmt(b, body);
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
/* Did cb_split_before_raising_call end block `id` (which_end 0: the state
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
        (cb_name_flags(b, ev->u.call.callee) & FE_CALLEE_RAISES_NO_EXCEPTION))
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
           value_may_fault(&block->cond.value) ||
           (block->cond.kind == IR_COND_SAME &&
            value_may_fault(&block->cond.other));
  return 0;
}

static void build_seh_try(builder *b, CXCursor s) {
  cursor_list ch = cb_code_children_of(s);
  if (ch.count != 2) {
    for (unsigned i = 0; i < ch.count; i++)
      cb_build_stmt(b, ch.items[i]);
    free(ch.items);
    return;
  }
  CXCursor body = ch.items[0], handler = ch.items[1];
  free(ch.items);
  enum CXCursorKind hk = clang_getCursorKind(handler);
  if (hk == CXCursor_SEHFinallyStmt) {
    cursor_list hch = cb_code_children_of(handler);
    CXCursor fin = hch.count ? hch.items[hch.count - 1] : clang_getNullCursor();
    free(hch.items);
    uint32_t after_body = cfg_new_block(b->fn, "try.leave");
    finally_scope scope = {s, fin};
    PUSH(b, finallies, finally_count, finally_cap, scope);
    leave_target lt = {after_body, b->finally_count};
    PUSH(b, leaves, leave_count, leave_cap, lt);
    cb_build_stmt(b, body);
    b->leave_count--;
    b->finally_count--;
    cb_jump(b, after_body);
    b->cur = after_body;
    if (!clang_Cursor_isNull(fin))
      cb_build_stmt(b, fin);
    return;
  }
  /* __except: the handler is entered where an exception is raised: before
   * a call that may raise (cb_split_before_raising_call ends the block there),
   * or at the end of a block of the body that can raise something else (a
   * read or write through a pointer, a value the IR does not model);
   * block_may_raise. Not from before the __try: the body's first block
   * ends before its first call that may raise, so a body that starts by
   * entering a region or taking a lock (which raise nothing) enters the
   * handler with it taken. */
  uint32_t after = cfg_new_block(b->fn, "try.end");
  uint32_t handler_block = cfg_new_block(b->fn, "except");
  uint32_t first = b->fn->block_count;
  cb_current_block(b);
  leave_target lt = {after, b->finally_count};
  PUSH(b, leaves, leave_count, leave_cap, lt);
  uint32_t body_block = cfg_new_block(b->fn, "try");
  cb_jump(b, body_block);
  b->cur = body_block;
  b->except_depth++;
  cb_build_stmt(b, body);
  b->except_depth--;
  b->leave_count--;
  cb_jump(b, after);
  uint32_t last = b->fn->block_count;
  for (uint32_t id = first; id < last; id++)
    if (id != handler_block && block_may_raise(b, id))
      cfg_add_edge(b->fn, id, handler_block);
  b->cur = handler_block;
  cursor_list hch = cb_code_children_of(handler);
  if (hch.count)
    cb_build_stmt(b, hch.items[hch.count - 1]);
  free(hch.items);
  cb_jump(b, after);
  b->cur = after;
}

static void build_goto(builder *b, CXCursor s) {
  cursor_list ch = cb_children_of(s);
  const char *name = NULL;
  for (unsigned i = 0; i < ch.count; i++)
    if (clang_getCursorKind(ch.items[i]) == CXCursor_LabelRef)
      name = fe_cursor_name(b->mem, ch.items[i]);
  free(ch.items);
  label_info *label = name ? cb_find_label(b, name) : NULL;
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
  cb_jump(b, label->block);
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
  cursor_list ch = cb_code_children_of(label);
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
    cb_jump(b, scan.labels[default_at].block); /* `default:` alone */
  b->cur = NO_BLOCK;
  free(values);
  sc->labels = scan.labels;
  sc->label_count = (unsigned)scan.count;
  sc->has_default = default_at >= 0;
  return 1;
}

void cb_build_stmt(builder *b, CXCursor s) {
  enum CXCursorKind k = clang_getCursorKind(s);
  if (b->dry_run)
    return;
  switch (k) {
  case CXCursor_CompoundStmt: {
    cursor_list ch = cb_code_children_of(s);
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
      cb_build_stmt(b, ch.items[i]);
    }
    free(ch.items);
    return;
  }
  case CXCursor_DeclStmt: {
    cursor_list ch = cb_children_of(s);
    for (unsigned i = 0; i < ch.count; i++)
      if (clang_getCursorKind(ch.items[i]) == CXCursor_VarDecl)
        cb_build_stmt(b, ch.items[i]);
    free(ch.items);
    return;
  }
  case CXCursor_VarDecl: {
    cursor_list ch = cb_code_children_of(s);
    CXCursor init = clang_getNullCursor();
    for (unsigned i = 0; i < ch.count; i++)
      if (clang_isExpression(clang_getCursorKind(ch.items[i])))
        init = ch.items[i];
    free(ch.items);
    if (clang_Cursor_isNull(init))
      return;
    if (clang_getCursorKind(init) == CXCursor_InitListExpr) {
      cb_emit_expr(b, init);
      return;
    }
    ir_path target;
    if (fe_root_of_decl(b->mem, s, &target) &&
        cb_emit_split_store(b, s, &target, init))
      return;
    ir_value value =
        cb_converted_function(b, cb_emit_expr(b, init), clang_getCursorType(s));
    if (fe_root_of_decl(b->mem, s, &target)) {
      cb_attach_result_target(b, value, &target);
      cb_note_irql_local(b, value, &target);
      cb_note_thread_local(b, value, &target, s);
      ir_event *ev = cb_emit_assign(b, s, &target, value);
      if (ev && cb_is_current_thread(b, value))
        ev->u.assign.stores_thread = 1;
      if (ev && (value.kind == IR_VALUE_LOAD || value.kind == IR_VALUE_CALL) &&
          cb_is_only_write(b, s))
        ev->u.assign.only_write = 1;
    }
    return;
  }
  case CXCursor_IfStmt: {
    cursor_list ch = cb_code_children_of(s);
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
    cb_current_block(b);
    cb_build_cond(b, cond, then_b, has_else ? else_b : end_b);
    b->cur = then_b;
    cb_build_stmt(b, then_s);
    cb_jump(b, end_b);
    if (has_else) {
      b->cur = else_b;
      cb_build_stmt(b, else_s);
      cb_jump(b, end_b);
    }
    b->cur = end_b;
    return;
  }
  case CXCursor_WhileStmt: {
    cursor_list ch = cb_code_children_of(s);
    if (ch.count < 2) {
      free(ch.items);
      return;
    }
    CXCursor cond = ch.items[ch.count - 2], body = ch.items[ch.count - 1];
    free(ch.items);
    uint32_t cond_b = cfg_new_block(b->fn, "while.cond");
    uint32_t body_b = cfg_new_block(b->fn, "while.body");
    uint32_t end_b = cfg_new_block(b->fn, "while.end");
    cb_jump(b, cond_b);
    b->cur = cond_b;
    cb_build_cond(b, cond, body_b, end_b);
    b->cur = body_b;
    build_loop_body(b, body, end_b, cond_b);
    cb_jump(b, cond_b);
    b->cur = end_b;
    return;
  }
  case CXCursor_DoStmt: {
    cursor_list ch = cb_code_children_of(s);
    if (ch.count < 2) {
      free(ch.items);
      return;
    }
    CXCursor body = ch.items[0], cond = ch.items[1];
    free(ch.items);
    uint32_t body_b = cfg_new_block(b->fn, "do.body");
    uint32_t cond_b = cfg_new_block(b->fn, "do.cond");
    uint32_t end_b = cfg_new_block(b->fn, "do.end");
    cb_jump(b, body_b);
    b->cur = body_b;
    build_loop_body(b, body, end_b, cond_b);
    cb_jump(b, cond_b);
    b->cur = cond_b;
    cb_build_cond(b, cond, body_b, end_b);
    b->cur = end_b;
    return;
  }
  case CXCursor_ForStmt: {
    CXCursor init, cond, inc, body;
    int has_init, has_cond, has_inc;
    for_parts(b, s, &init, &cond, &inc, &body, &has_init, &has_cond, &has_inc);
    if (has_init)
      cb_build_stmt(b, init);
    uint32_t cond_b = cfg_new_block(b->fn, "for.cond");
    uint32_t body_b = cfg_new_block(b->fn, "for.body");
    uint32_t inc_b = cfg_new_block(b->fn, "for.inc");
    uint32_t end_b = cfg_new_block(b->fn, "for.end");
    cb_jump(b, cond_b);
    b->cur = cond_b;
    if (has_cond)
      cb_build_cond(b, cond, body_b, end_b);
    else
      cb_jump(b, body_b);
    b->cur = body_b;
    build_loop_body(b, body, end_b, inc_b);
    cb_jump(b, inc_b);
    b->cur = inc_b;
    if (has_inc)
      cb_emit_expr(b, inc);
    cb_jump(b, cond_b);
    b->cur = end_b;
    return;
  }
  case CXCursor_SwitchStmt: {
    cursor_list ch = cb_code_children_of(s);
    if (ch.count < 2) {
      free(ch.items);
      return;
    }
    CXCursor cond = ch.items[ch.count - 2], body = ch.items[ch.count - 1];
    free(ch.items);
    ir_value subject = cb_emit_expr(b, cond);
    uint32_t head = cb_current_block(b);
    uint32_t end_b = cfg_new_block(b->fn, "switch.end");
    switch_ctx sc = {head, 0, NULL, 0};
    if (!lower_switch(b, &subject, body, end_b, &sc))
      b->fn->blocks[head]->term = CFG_TERM_SWITCH;
    PUSH(b, switches, switch_count, switch_cap, sc);
    /* no continue target: `continue` inside a switch belongs to the
     * enclosing loop, found further out on the target stack */
    push_target(b, end_b, UINT32_MAX);
    b->cur = NO_BLOCK;
    cb_build_stmt(b, body);
    b->target_count--;
    switch_ctx done = b->switches[--b->switch_count];
    cb_jump(b, end_b);
    if (!done.has_default && !done.labels)
      cfg_add_edge(b->fn, head, end_b);
    free(done.labels);
    b->cur = end_b;
    return;
  }
  case CXCursor_CaseStmt:
  case CXCursor_DefaultStmt: {
    cursor_list ch = cb_code_children_of(s);
    switch_ctx *sc = b->switch_count ? &b->switches[b->switch_count - 1] : NULL;
    uint32_t blk = UINT32_MAX;
    for (unsigned i = 0; sc && i < sc->label_count; i++)
      if (clang_equalCursors(sc->labels[i].label, s))
        blk = sc->labels[i].block;
    int lowered = blk != UINT32_MAX;
    if (!lowered)
      blk = cfg_new_block(b->fn, k == CXCursor_CaseStmt ? "case" : "default");
    cb_jump(b, blk); /* fall-through from the previous case */
    if (sc && !lowered) {
      cfg_add_edge(b->fn, sc->head, blk);
      if (k == CXCursor_DefaultStmt)
        sc->has_default = 1;
    }
    b->cur = blk;
    if (ch.count)
      cb_build_stmt(b, ch.items[ch.count - 1]);
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
      cb_jump(b, to);
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
    cb_emit_children(b, s);
    b->cur = NO_BLOCK;
    return;
  case CXCursor_LabelStmt: {
    const char *name = fe_cursor_name(b->mem, s);
    label_info *label = cb_find_label(b, name);
    uint32_t blk = label ? label->block : cfg_new_block(b->fn, "label");
    cb_jump(b, blk);
    b->cur = blk;
    cursor_list ch = cb_code_children_of(s);
    if (ch.count)
      cb_build_stmt(b, ch.items[ch.count - 1]);
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
      cb_jump(b, lt->block);
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
      ir_value v = cb_emit_expr(b, s);
      /* `F(x);` and `(void)F(x);`: the result of F goes nowhere */
      if (v.kind == IR_VALUE_CALL &&
          clang_getCursorKind(cb_strip(s)) == CXCursor_CallExpr) {
        ir_event *ev = cb_recent_call(b, v.call_event);
        if (ev)
          ev->u.call.result_unused = 1;
      }
      return;
    }
    /* attributed statements and other wrappers: their children */
    cb_emit_children(b, s);
    return;
  }
}
