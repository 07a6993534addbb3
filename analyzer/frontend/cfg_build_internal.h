/* The CFG builder's shared state, private to the three files that build one
 * function definition's CFG + event IR: cfg_build.c (entry point, cursor
 * utilities, pre-pass), cfg_build_expr.c (access paths, values, calls,
 * expressions) and cfg_build_stmt.c (conditions, statements, switch, goto,
 * SEH). The functions one of them calls in another carry the cb_ prefix;
 * everything else stays static in its file. */
#ifndef IRQLINT_CFG_BUILD_INTERNAL_H
#define IRQLINT_CFG_BUILD_INTERNAL_H

#include "frontend_internal.h"

#define NO_BLOCK UINT32_MAX

/* An xrealloc'd array of cursors; the caller frees items. */
typedef struct cursor_list {
  CXCursor *items;
  unsigned count, cap;
} cursor_list;

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
  /* where cb_split_before_raising_call cut a block */
  raise_split *raise_splits;
  unsigned raise_split_count, raise_split_cap;
  label_info *labels;
  unsigned label_count, label_cap;
  alias_info *aliases;
  unsigned alias_count, alias_cap;
  /* locals that were given the current IRQL (Irql = KeGetCurrentIrql()) */
  uint32_t *irql_locals;
  unsigned irql_local_count, irql_local_cap;
  /* locals given the current thread by their only write */
  uint32_t *thread_locals;
  unsigned thread_local_count, thread_local_cap;
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

/* ---- cfg_build.c: cursor utilities and blocks ---- */

/* All children of c. */
cursor_list cb_children_of(CXCursor c);
/* Children that are statements or expressions. */
cursor_list cb_code_children_of(CXCursor c);
/* c without parentheses, implicit conversions and explicit casts. */
CXCursor cb_strip(CXCursor c);
int cb_is_pointer_type(CXType t);
/* The block being built, made (as "unreachable") if the path had ended. */
uint32_t cb_current_block(builder *b);
/* An edge from the block being built to `to`, if the path has not ended. */
void cb_jump(builder *b, uint32_t to);

/* ---- cfg_build_expr.c: paths, values, calls, expressions ---- */

/* A declaration's id as a path root (never 0). */
uint32_t cb_decl_identity(CXCursor decl);
/* The pre-pass's record of a local or parameter, or NULL. */
alias_info *cb_find_alias(builder *b, CXCursor decl);
ir_value cb_unknown_value(void);
ir_value cb_const_value(int64_t c);
/* The call event `id` of the current block, or NULL. */
ir_event *cb_recent_call(builder *b, uint32_t id);
ir_loc cb_loc_of(builder *b, CXCursor c);
/* Emits `target = value` at `at` (NULL in a dry run). */
ir_event *cb_emit_assign(builder *b, CXCursor at, const ir_path *target,
                         ir_value value);
/* Is this store to `decl` the only write of a local pointer? */
int cb_is_only_write(builder *b, CXCursor decl);
/* Records that the last call's result is stored into `target`. */
void cb_attach_result_target(builder *b, ir_value value, const ir_path *target);
/* The model's FE_* flags for a callee or macro name (0 without a model). */
unsigned cb_name_flags(builder *b, const char *name);
/* A function designator as what the type it is converted to names it. */
ir_value cb_converted_function(builder *b, ir_value v, CXType t);
/* Inside a __try with an __except handler: starts a block for a call that
 * may raise. */
void cb_split_before_raising_call(builder *b);
/* Emits or builds each child of e in order; an unknown value. */
ir_value cb_emit_children(builder *b, CXCursor e);
/* `x op y` folded in C's type where clang could not evaluate it. */
int cb_fold_binary(enum CXBinaryOperatorKind op, int64_t x, int64_t y,
                   CXCursor e, CXCursor lhs, int64_t *out);
/* Emits the events of expression e; its value. */
ir_value cb_emit_expr(builder *b, CXCursor e);

/* ---- cfg_build_stmt.c: conditions and statements ---- */

/* Ends the current block with a branch on e to on_true or on_false. */
void cb_build_cond(builder *b, CXCursor e, uint32_t on_true, uint32_t on_false);
/* Remembers a local given the result of a call that reads the IRQL. */
void cb_note_irql_local(builder *b, ir_value value, const ir_path *target);
/* A local given the current thread by its only write (decl: the local). */
void cb_note_thread_local(builder *b, ir_value value, const ir_path *target,
                          CXCursor decl);
/* Is the value the current thread (a call, or such a local)? */
int cb_is_current_thread(builder *b, ir_value v);
/* `x = test` stored as one constant per way of the test; 0 if not that
 * form. */
int cb_emit_split_store(builder *b, CXCursor at, const ir_path *target,
                        CXCursor rhs);
/* The label named `name` (made by the pre-pass), or NULL. */
label_info *cb_find_label(builder *b, const char *name);
void cb_build_stmt(builder *b, CXCursor s);

#endif
