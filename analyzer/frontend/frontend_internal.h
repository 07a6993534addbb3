/* Shared state of one translation unit inside the frontend: the libclang
 * handle, interned file names, and the macro-definition index used to find
 * which macro a lock call was written as. Private to analyzer/frontend/. */
#ifndef IRQLINT_FRONTEND_INTERNAL_H
#define IRQLINT_FRONTEND_INTERNAL_H

#include "frontend.h"

#include <clang-c/Index.h>

typedef struct fe_file_name {
  CXFile file;
  const char *name;
} fe_file_name;

typedef struct fe_macro_def {
  const char *name;
  CXCursor cursor;
  unsigned file_offset_begin, file_offset_end;
  CXFile file;
  const char **body_idents; /* identifiers of the replacement list */
  unsigned body_ident_count;
  int body_loaded;
} fe_macro_def;

/* One top-level declaration of a function or a typedef, with where the
 * tokens in front of it (its annotations) begin. */
typedef struct fe_decl_site {
  const char *name;
  CXCursor cursor;
  CXFile file;
  unsigned prefix_begin, name_offset; /* file offsets */
  unsigned order;                     /* position in the translation unit */
  uint8_t is_typedef;
} fe_decl_site;

/* All declarations of one name; `info` is computed on first use. */
typedef struct fe_decl_group {
  const char *name;
  unsigned first, count; /* range of fe_tu.decl_sites */
  ir_fn_decl *info;
} fe_decl_group;

typedef struct fe_alloc_text {
  const char *function; /* placed in a PAGE section */
  ir_loc loc;
} fe_alloc_text;

typedef struct fe_code_seg {
  unsigned offset; /* the pragma's position */
  uint8_t paged;   /* the current segment after it is a PAGE one */
  ir_loc loc;
} fe_code_seg;

/* What irqlint reads of a file beyond its AST. */
typedef struct fe_file_facts {
  CXFile file;
  const char *text; /* owned by libclang */
  size_t size;
  unsigned *skipped; /* [begin, end) offset pairs of inactive regions */
  unsigned skipped_count;
  int pragmas_loaded;
  fe_alloc_text *alloc_text;
  size_t alloc_text_count, alloc_text_cap;
  fe_code_seg *code_segs;
  size_t code_seg_count, code_seg_cap;
} fe_file_facts;

/* A macro expansion: its cursor and the file offset it starts at. */
typedef struct fe_macro_use {
  CXFile file;
  unsigned offset;
  CXCursor cursor;
} fe_macro_use;

typedef struct fe_tu {
  CXTranslationUnit tu;
  arena *mem; /* the caller's: outlives the translation unit, as the IR
                points into it (file names, declaration facts) */
  const fe_callbacks *callbacks;
  fe_file_name *files;
  size_t file_count, file_cap;
  /* macro definitions, sorted by name once loaded */
  fe_macro_def *macros;
  size_t macro_count, macro_cap;
  int macros_loaded;
  /* macro expansions, sorted by where they start (clang_getCursor at a
   * location walks the whole AST: called per call site it made big
   * functions quadratic) */
  fe_macro_use *macro_uses;
  size_t macro_use_count, macro_use_cap;
  /* function and typedef declarations, sorted by name */
  fe_decl_site *decl_sites;
  size_t decl_site_count, decl_site_cap;
  fe_decl_group *decl_groups;
  size_t decl_group_count, decl_group_cap;
  fe_file_facts *file_facts;
  size_t file_fact_count, file_fact_cap;
  /* function definitions of the main file and of the project's headers
   * (fe_decl_index_build), in source order */
  CXCursor *definitions;
  size_t definition_count, definition_cap;
  /* by definition: the real path of the project header it is in, or NULL
   * for the main file's */
  const char **definition_headers;
  size_t definition_header_count, definition_header_cap;
  /* the job's: project headers are under project_root (NULL: none) */
  const char *directory, *project_root;
  /* project-header decisions by file (fe_decl_index_build) */
  struct fe_header_verdict *header_verdicts;
  size_t header_verdict_count, header_verdict_cap;
  uint8_t *definition_errors; /* by definition: its body has a clang error */
  /* variables declared at file scope in the main file, in source order */
  CXCursor *file_vars;
  size_t file_var_count, file_var_cap;
  /* MSVC lvalue casts the unit was parsed with rewritten (NULL: none) */
  const struct fe_lvalue_casts *lvalue_casts;
} fe_tu;

/* MSVC lvalue casts (lvalue_cast.c). fe_lvalue_casts_find reads clang's
 * "assignment to cast" errors of a parsed unit and returns the rewritten
 * texts of the files they are in (NULL when none could be rewritten);
 * fe_lvalue_casts_unsaved gives them as libclang's unsaved files for the
 * second parse, after which fe_lvalue_casts_bind ties them to the new
 * unit. fe_lvalue_cast_column maps a column of a rewritten line back to
 * the user's text (any other column is returned as it is). */
typedef struct fe_lvalue_casts fe_lvalue_casts;
fe_lvalue_casts *fe_lvalue_casts_find(CXTranslationUnit tu);
unsigned fe_lvalue_casts_unsaved(const fe_lvalue_casts *casts,
                                 struct CXUnsavedFile **files);
void fe_lvalue_casts_bind(fe_lvalue_casts *casts, CXTranslationUnit tu);
unsigned fe_lvalue_cast_column(const fe_lvalue_casts *casts, CXFile file,
                               unsigned line, unsigned col);
void fe_lvalue_casts_free(fe_lvalue_casts *casts);

/* Function-pointer slots (slot_writes.c): the slot an indirect call's
 * callee expression names, into call->callee_slot(_name); the writes to
 * slots in a function's body, and in the main file's file-scope
 * initializers, appended to fn->slot_writes. */
void fe_callee_slot(fe_tu *t, arena *mem, CXCursor callee, ir_call *call);
void fe_function_slot_writes(fe_tu *t, CXCursor fn_decl, cfg_function *fn);
void fe_file_slot_writes(fe_tu *t, cfg_function *fn);

/* A cursor's spelling, copied into `mem`. */
const char *fe_cursor_name(arena *mem, CXCursor c);

/* Interned file name of a location's expansion point, and its position. */
ir_loc fe_loc_of_cursor(fe_tu *t, CXCursor c);
const char *fe_file_name_of(fe_tu *t, CXFile file);

/* Macro chain (outermost first) through which the call at `call` reaches
 * `callee`; returns the count and stores an arena array in *chain. */
unsigned fe_macro_chain(fe_tu *t, CXCursor call, const char *callee,
                        const char ***chain);

/* The declaration index (decl_info.c): built by the one walk over the
 * translation unit's top-level declarations, which also lists the main
 * file's function definitions (fe_tu.definitions); fe_decl_info answers
 * for a function name, or NULL when the translation unit does not declare
 * it. */
void fe_decl_index_build(fe_tu *t);
void fe_decl_index_free(fe_tu *t);
const ir_fn_decl *fe_decl_info(fe_tu *t, const char *name);

/* C integer constants (int_fold.c). A value is kept as an int64_t: a
 * signed type's value sign-extended, an unsigned type's zero-extended (an
 * unsigned 64-bit one keeps its bits). Each function returns 0 where the
 * value is unknown: clang cannot evaluate it, the type is not an integer
 * type of at most 64 bits, or C leaves the result undefined. */
typedef struct fe_int_type {
  uint8_t bits; /* 8 to 64; 0 for _Bool */
  uint8_t is_signed;
  uint8_t is_bool;
} fe_int_type;
int fe_int_evaluate(CXCursor e, int64_t *out); /* clang's evaluation */
int fe_int_type_of(CXType t, fe_int_type *out);
int64_t fe_int_convert(int64_t v, fe_int_type to);
/* `x op y` with both operands of type t (for a shift: x's type; y is the
 * count); a comparison gives 0 or 1. */
int fe_int_fold_binary(enum CXBinaryOperatorKind op, int64_t x, int64_t y,
                       fe_int_type t, int64_t *out);
int fe_int_fold_unary(enum CXUnaryOperatorKind op, int64_t x, fe_int_type t,
                      int64_t *out);

/* The expansions of macros whose names start with `prefix`, spelled in
 * `file` at offsets [begin, end), in order: their cursors (an arena array)
 * and how many. */
unsigned fe_macro_uses_in(fe_tu *t, CXFile file, unsigned begin, unsigned end,
                          const char *prefix, CXCursor **out);

/* The macro expansion that starts at `offset` of `file`, or a null cursor.
 * Only expansions written outside any macro are there: clang records none
 * spelled inside another macro's definition. */
CXCursor fe_macro_use_at(fe_tu *t, CXFile file, unsigned offset);

/* Builds the IR of one function definition. */
cfg_function *fe_build_function(fe_tu *t, CXCursor fn_decl, arena *mem);

/* The path rooted at a parameter or variable declaration
 * (cfg_build_expr.c), in `mem`; 0 for any other declaration. */
int fe_root_of_decl(arena *mem, CXCursor decl, ir_path *out);

/* SAL lock assumptions that headers define to nothing
 * (lock_assumptions.c): the macro's name, the lock's path on a variable of
 * function `fn` (in `mem`), and the cursor the fact is located at. The
 * builder makes each a call of the macro's name with the lock's address. */
typedef struct fe_lock_assumption {
  const char *macro;
  ir_path lock;
  CXCursor at;
} fe_lock_assumption;

/* Those written in `file` at offsets [begin, end) of the function's own
 * statements, in order: an arena array in *out, and how many. */
unsigned fe_lock_assumptions_between(fe_tu *t, arena *mem, CXCursor fn,
                                     CXFile file, unsigned begin, unsigned end,
                                     fe_lock_assumption **out);
/* The one whose `;` is `null_stmt`, spelled inside the definition of the
 * outermost macro the function's code uses there: 1 and *out, else 0. */
int fe_lock_assumption_at(fe_tu *t, arena *mem, CXCursor fn, CXCursor null_stmt,
                          fe_lock_assumption *out);

/* Is an assertion macro (the model's FE_NAME_ASSERTION_MACRO) used in
 * `file` at offsets [begin, end), one that expands to nothing and is given
 * a false constant first (`RT_ASSERT(FALSE, (…))` where a free build
 * defines RT_ASSERT to nothing)? */
int fe_false_assertion_between(fe_tu *t, CXFile file, unsigned begin,
                               unsigned end);

#endif
