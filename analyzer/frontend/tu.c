/* Translation-unit loading through libclang: parse a job, record clang's
 * errors (diag_add_compile_error: a coverage problem, not findings), find the
 * functions defined in the main file and in the project's headers and hand
 * each one's IR to the caller. Also
 * home of location mapping and of the macro index that recovers the name a lock
 * routine was written as (KeAcquireSpinLock is a macro for
 * KeAcquireSpinLockRaiseToDpc on amd64, and findings must name what the user
 * wrote). */
#include "frontend_internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct fe_session {
  CXIndex index;
};

fe_session *fe_session_create(void) {
  fe_session *s = xcalloc(1, sizeof *s);
  s->index = clang_createIndex(0, 0);
  return s;
}

void fe_session_destroy(fe_session *session) {
  if (!session)
    return;
  clang_disposeIndex(session->index);
  free(session);
}

void fe_job_free(fe_job *job) {
  free(job->file);
  free(job->directory);
  for (unsigned i = 0; i < job->arg_count; i++)
    free(job->args[i]);
  free(job->args);
  free(job->project_root);
  memset(job, 0, sizeof *job);
}

const char *fe_cursor_name(arena *mem, CXCursor c) {
  CXString s = clang_getCursorSpelling(c);
  const char *name = arena_strdup(mem, clang_getCString(s));
  clang_disposeString(s);
  return name;
}

/* ---- locations ---- */

const char *fe_file_name_of(fe_tu *t, CXFile file) {
  if (!file)
    return "<unknown>";
  for (size_t i = 0; i < t->file_count; i++)
    if (t->files[i].file == file)
      return t->files[i].name;
  CXString s = clang_getFileName(file);
  fe_file_name entry = {file, arena_strdup(t->mem, clang_getCString(s))};
  clang_disposeString(s);
  VEC_PUSH(t->files, t->file_count, t->file_cap, entry);
  return entry.name;
}

static int is_macro_location(CXSourceLocation loc) {
  CXFile f1, f2;
  unsigned o1, o2;
  clang_getExpansionLocation(loc, &f1, NULL, NULL, &o1);
  clang_getSpellingLocation(loc, &f2, NULL, NULL, &o2);
  return f1 != f2 || o1 != o2;
}

ir_loc fe_loc_of_cursor(fe_tu *t, CXCursor c) {
  ir_loc loc;
  memset(&loc, 0, sizeof loc);
  CXSourceLocation at = clang_getCursorLocation(c);
  CXFile file;
  unsigned line, col, offset;
  clang_getExpansionLocation(at, &file, &line, &col, &offset);
  loc.file = fe_file_name_of(t, file);
  loc.line = line;
  loc.col = fe_lvalue_cast_column(t->lvalue_casts, file, line, col);
  CXSourceRange extent = clang_getCursorExtent(c);
  CXSourceLocation end = clang_getRangeEnd(extent);
  if (is_macro_location(at)) {
    /* the whole macro invocation is what the user wrote */
    CXCursor mc = fe_macro_use_at(t, file, offset);
    if (clang_getCursorKind(mc) == CXCursor_MacroExpansion)
      end = clang_getRangeEnd(clang_getCursorExtent(mc));
  }
  CXFile end_file;
  unsigned end_line, end_col;
  clang_getExpansionLocation(end, &end_file, &end_line, &end_col, NULL);
  if (end_file == file &&
      (end_line > line || (end_line == line && end_col > col))) {
    loc.end_line = end_line;
    loc.end_col =
        fe_lvalue_cast_column(t->lvalue_casts, file, end_line, end_col);
  } else {
    loc.end_line = line;
    loc.end_col = loc.col;
  }
  return loc;
}

/* ---- macro index ---- */

static enum CXChildVisitResult collect_macro(CXCursor c, CXCursor parent,
                                             CXClientData data) {
  (void)parent;
  fe_tu *t = data;
  if (clang_getCursorKind(c) == CXCursor_MacroExpansion) {
    fe_macro_use use;
    use.cursor = c;
    clang_getSpellingLocation(clang_getRangeStart(clang_getCursorExtent(c)),
                              &use.file, NULL, NULL, &use.offset);
    VEC_PUSH(t->macro_uses, t->macro_use_count, t->macro_use_cap, use);
    return CXChildVisit_Continue;
  }
  if (clang_getCursorKind(c) != CXCursor_MacroDefinition)
    return CXChildVisit_Continue;
  fe_macro_def def;
  memset(&def, 0, sizeof def);
  def.name = fe_cursor_name(t->mem, c);
  def.cursor = c;
  CXSourceRange r = clang_getCursorExtent(c);
  clang_getSpellingLocation(clang_getRangeStart(r), &def.file, NULL, NULL,
                            &def.file_offset_begin);
  clang_getSpellingLocation(clang_getRangeEnd(r), NULL, NULL, NULL,
                            &def.file_offset_end);
  VEC_PUSH(t->macros, t->macro_count, t->macro_cap, def);
  return CXChildVisit_Continue;
}

static int compare_macro_names(const void *pa, const void *pb) {
  const fe_macro_def *a = pa, *b = pb;
  int c = strcmp(a->name, b->name);
  if (c)
    return c;
  /* keep definition order among redefinitions: later wins on lookup */
  return a->file_offset_begin < b->file_offset_begin   ? -1
         : a->file_offset_begin > b->file_offset_begin ? 1
                                                       : 0;
}

static int compare_macro_uses(const void *pa, const void *pb) {
  const fe_macro_use *a = pa, *b = pb;
  uintptr_t fa = (uintptr_t)a->file, fb = (uintptr_t)b->file;
  if (fa != fb)
    return fa < fb ? -1 : 1;
  return a->offset < b->offset ? -1 : a->offset > b->offset ? 1 : 0;
}

static void load_macros(fe_tu *t) {
  if (t->macros_loaded)
    return;
  t->macros_loaded = 1;
  clang_visitChildren(clang_getTranslationUnitCursor(t->tu), collect_macro, t);
  if (t->macro_count > 1)
    qsort(t->macros, t->macro_count, sizeof(fe_macro_def), compare_macro_names);
  if (t->macro_use_count > 1)
    qsort(t->macro_uses, t->macro_use_count, sizeof(fe_macro_use),
          compare_macro_uses);
}

unsigned fe_macro_uses_in(fe_tu *t, CXFile file, unsigned begin, unsigned end,
                          const char *prefix, CXCursor **out) {
  *out = NULL;
  load_macros(t);
  size_t lo = 0, hi = t->macro_use_count;
  fe_macro_use key = {file, begin, clang_getNullCursor()};
  while (lo < hi) { /* the first use at or after (file, begin) */
    size_t mid = (lo + hi) / 2;
    if (compare_macro_uses(&t->macro_uses[mid], &key) < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  unsigned n = 0, cap = 0;
  size_t plen = strlen(prefix);
  for (size_t i = lo; i < t->macro_use_count; i++) {
    const fe_macro_use *u = &t->macro_uses[i];
    if (u->file != file || u->offset >= end)
      break;
    CXString s = clang_getCursorSpelling(u->cursor);
    int match = strncmp(clang_getCString(s), prefix, plen) == 0;
    clang_disposeString(s);
    if (!match)
      continue;
    if (n == cap) {
      CXCursor *grown = arena_alloc(t->mem, sizeof(CXCursor) * (cap * 2 + 4));
      if (n)
        memcpy(grown, *out, sizeof(CXCursor) * n);
      *out = grown;
      cap = cap * 2 + 4;
    }
    (*out)[n++] = u->cursor;
  }
  return n;
}

CXCursor fe_macro_use_at(fe_tu *t, CXFile file, unsigned offset) {
  load_macros(t);
  fe_macro_use key = {file, offset, clang_getNullCursor()};
  fe_macro_use *found = t->macro_use_count
                            ? bsearch(&key, t->macro_uses, t->macro_use_count,
                                      sizeof(fe_macro_use), compare_macro_uses)
                            : NULL;
  return found ? found->cursor : clang_getNullCursor();
}

static fe_macro_def *find_macro(fe_tu *t, const char *name) {
  size_t lo = 0, hi = t->macro_count;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (strcmp(t->macros[mid].name, name) <= 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  /* lo is one past the last entry <= name */
  if (lo > 0 && strcmp(t->macros[lo - 1].name, name) == 0)
    return &t->macros[lo - 1];
  return NULL;
}

/* Identifiers in a macro's replacement list (after the name and, for a
 * function-like macro, its parameter list). */
static void load_macro_body(fe_tu *t, fe_macro_def *def) {
  if (def->body_loaded)
    return;
  def->body_loaded = 1;
  CXToken *tokens = NULL;
  unsigned n = 0;
  clang_tokenize(t->tu, clang_getCursorExtent(def->cursor), &tokens, &n);
  unsigned i = 1;
  if (clang_Cursor_isMacroFunctionLike(def->cursor)) {
    for (; i < n; i++) {
      CXString sp = clang_getTokenSpelling(t->tu, tokens[i]);
      int close = strcmp(clang_getCString(sp), ")") == 0;
      clang_disposeString(sp);
      if (close) {
        i++;
        break;
      }
    }
  }
  size_t count = 0, cap = 0;
  const char **idents = NULL;
  for (; i < n; i++) {
    if (clang_getTokenKind(tokens[i]) != CXToken_Identifier)
      continue;
    CXString sp = clang_getTokenSpelling(t->tu, tokens[i]);
    const char *name = arena_strdup(t->mem, clang_getCString(sp));
    clang_disposeString(sp);
    VEC_PUSH(idents, count, cap, name);
  }
  if (tokens)
    clang_disposeTokens(t->tu, tokens, n);
  def->body_idents =
      count ? arena_alloc(t->mem, sizeof(const char *) * count) : NULL;
  if (count)
    memcpy(def->body_idents, idents, sizeof(const char *) * count);
  def->body_ident_count = (unsigned)count;
  free(idents);
}

#define MACRO_CHAIN_MAX 12

/* Depth-first search from macro `name` through replacement lists to an
 * identifier equal to `target`. Fills path[0..depth] on success. */
static int macro_path_to(fe_tu *t, const char *name, const char *target,
                         const char **path, unsigned depth, unsigned *length) {
  if (depth >= MACRO_CHAIN_MAX)
    return 0;
  for (unsigned i = 0; i < depth; i++)
    if (strcmp(path[i], name) == 0)
      return 0; /* macros do not expand recursively */
  fe_macro_def *def = find_macro(t, name);
  if (!def)
    return 0;
  load_macro_body(t, def);
  path[depth] = def->name;
  for (unsigned i = 0; i < def->body_ident_count; i++)
    if (strcmp(def->body_idents[i], target) == 0) {
      *length = depth + 1;
      return 1;
    }
  for (unsigned i = 0; i < def->body_ident_count; i++)
    if (macro_path_to(t, def->body_idents[i], target, path, depth + 1, length))
      return 1;
  return 0;
}

static const char *token_at(fe_tu *t, CXSourceLocation loc) {
  CXToken *tok = clang_getToken(t->tu, loc);
  if (!tok)
    return NULL;
  const char *name = NULL;
  if (clang_getTokenKind(*tok) == CXToken_Identifier) {
    CXString sp = clang_getTokenSpelling(t->tu, *tok);
    name = arena_strdup(t->mem, clang_getCString(sp));
    clang_disposeString(sp);
  }
  clang_disposeTokens(t->tu, tok, 1);
  return name;
}

unsigned fe_macro_chain(fe_tu *t, CXCursor call, const char *callee,
                        const char ***chain) {
  *chain = NULL;
  CXSourceLocation at = clang_getCursorLocation(call);
  if (!is_macro_location(at))
    return 0;
  load_macros(t);
  CXFile file;
  unsigned line, col, offset;
  clang_getExpansionLocation(at, &file, &line, &col, &offset);
  CXSourceLocation exp = clang_getLocation(t->tu, file, line, col);
  const char *path[MACRO_CHAIN_MAX];
  unsigned length = 0;
  int found = 0;
  const char *top = token_at(t, exp);
  if (top)
    found = macro_path_to(t, top, callee, path, 0, &length);
  if (!found) {
    /* the call may be written in an argument of the outer macro, itself
     * through a macro: WRAP(KeAcquireSpinLock(&l, &old)) */
    CXCursor mc = fe_macro_use_at(t, file, offset);
    if (clang_getCursorKind(mc) == CXCursor_MacroExpansion) {
      CXToken *tokens = NULL;
      unsigned n = 0;
      clang_tokenize(t->tu, clang_getCursorExtent(mc), &tokens, &n);
      for (unsigned i = 1; i < n && !found; i++) {
        if (clang_getTokenKind(tokens[i]) != CXToken_Identifier)
          continue;
        CXString sp = clang_getTokenSpelling(t->tu, tokens[i]);
        const char *ident = arena_strdup(t->mem, clang_getCString(sp));
        clang_disposeString(sp);
        found = macro_path_to(t, ident, callee, path, 0, &length);
      }
      if (tokens)
        clang_disposeTokens(t->tu, tokens, n);
    }
  }
  if (!found) {
    /* last resort: the macro whose definition spells the call */
    CXFile sfile;
    unsigned soff;
    clang_getSpellingLocation(at, &sfile, NULL, NULL, &soff);
    for (size_t i = 0; i < t->macro_count; i++) {
      fe_macro_def *def = &t->macros[i];
      if (def->file == sfile && soff >= def->file_offset_begin &&
          soff < def->file_offset_end) {
        path[0] = def->name;
        length = 1;
        found = 1;
        break;
      }
    }
  }
  if (!found)
    return 0;
  *chain = arena_alloc(t->mem, sizeof(const char *) * length);
  memcpy(*chain, path, sizeof(const char *) * length);
  return length;
}

/* ---- parsing ---- */

/* The main file's definition whose body holds (file, offset), or -1. */
static long definition_at(fe_tu *t, CXFile file, unsigned offset) {
  for (size_t i = 0; file && i < t->definition_count; i++) {
    CXSourceRange r = clang_getCursorExtent(t->definitions[i]);
    CXFile from_file;
    unsigned from, to;
    clang_getExpansionLocation(clang_getRangeStart(r), &from_file, NULL, NULL,
                               &from);
    clang_getExpansionLocation(clang_getRangeEnd(r), NULL, NULL, NULL, &to);
    if (clang_File_isEqual(from_file, file) && offset >= from && offset <= to)
      return (long)i;
  }
  return -1;
}

/* Records clang's errors, and marks the definitions whose bodies hold one
 * (t->definition_errors): their IR comes from a partial tree, so they
 * report no lock or IRQL finding, as their first error says (its
 * `function`). */
static void report_clang_errors(fe_tu *t, const char *main_file,
                                diag_engine *diag) {
  unsigned n = clang_getNumDiagnostics(t->tu);
  t->definition_errors = xcalloc(t->definition_count + 1, 1);
  for (unsigned i = 0; i < n; i++) {
    CXDiagnostic d = clang_getDiagnostic(t->tu, i);
    enum CXDiagnosticSeverity sev = clang_getDiagnosticSeverity(d);
    if (sev >= CXDiagnostic_Error) {
      CXFile file;
      unsigned line, col, offset;
      clang_getExpansionLocation(clang_getDiagnosticLocation(d), &file, &line,
                                 &col, &offset);
      long in = definition_at(t, file, offset);
      /* errors about the file as a whole (encoding, arguments) have no
       * position: pin them to the start of the file being analyzed */
      if (file)
        col = fe_lvalue_cast_column(t->lvalue_casts, file, line, col);
      diag_loc loc = {file ? fe_file_name_of(t, file) : main_file,
                      file ? line : 1, file ? col : 1, file ? line : 1,
                      file ? col : 1};
      CXString msg = clang_getDiagnosticSpelling(d);
      const char *partial = NULL; /* the first error of a definition */
      if (in >= 0 && !t->definition_errors[in]) {
        t->definition_errors[in] = 1;
        partial = fe_cursor_name(t->mem, t->definitions[in]);
      }
      diag_add_compile_error(diag, loc, partial, clang_getCString(msg));
      clang_disposeString(msg);
    }
    clang_disposeDiagnostic(d);
  }
}

/* The index of the main file's first definition (past the last: none). */
static size_t first_main_definition(const fe_tu *t) {
  size_t i = 0;
  while (i < t->definition_count && t->definition_headers[i])
    i++;
  return i;
}

/* Builds and hands over the IR of one definition of the main file or of a
 * project header. */
static void analyze_definition(fe_tu *t, size_t index, uint32_t unit) {
  arena *mem = xmalloc(sizeof *mem);
  arena_init(mem);
  cfg_function *fn = fe_build_function(t, t->definitions[index], mem);
  fn->unit = unit;
  fe_function_slot_writes(t, t->definitions[index], fn);
  fn->header = t->definition_headers[index];
  /* the file's own initializers ride on its first function of the main
   * file: a project header's function may be a copy the program drops */
  if (!fn->header && first_main_definition(t) == index)
    fe_file_slot_writes(t, fn);
  fn->has_clang_error = t->definition_errors[index];
  const ir_fn_decl *decl = fe_decl_info(t, fn->name);
  if (decl)
    fn->decl = decl;
  if (t->callbacks->on_function)
    t->callbacks->on_function(t->callbacks->ctx, fn);
  else
    cfg_function_destroy(fn);
}

char *fe_libclang_version(void) {
  CXString v = clang_getClangVersion();
  char *copy = xstrdup(clang_getCString(v));
  clang_disposeString(v);
  return copy;
}

typedef struct inclusion_ctx {
  const fe_callbacks *callbacks;
  const char *directory; /* the job's, for relative names */
} inclusion_ctx;

static void report_inclusion(CXFile file, CXSourceLocation *stack,
                             unsigned depth, CXClientData data) {
  (void)stack;
  if (depth == 0)
    return; /* the main file */
  inclusion_ctx *ctx = data;
  CXString real = clang_File_tryGetRealPathName(file);
  CXString name = clang_getFileName(file);
  const char *path = clang_getCString(real);
  if (!path || !*path)
    path = clang_getCString(name);
  if (path && *path) {
    char *absolute = path_in_dir(ctx->directory, path);
    ctx->callbacks->on_inclusion(ctx->callbacks->ctx, absolute);
    free(absolute);
  }
  clang_disposeString(real);
  clang_disposeString(name);
}

static const char *parse_error_name(enum CXErrorCode code) {
  switch (code) {
  case CXError_Crashed:
    return "libclang crashed while parsing it; its findings are missing";
  default:
    /* libclang says no more than this; the usual cause is a compiler
     * argument clang does not accept (an unknown target, a bad -Xclang) */
    return "libclang could not create a translation unit (check the "
           "compiler arguments)";
  }
}

static unsigned error_count(CXTranslationUnit tu) {
  unsigned n = clang_getNumDiagnostics(tu), errors = 0;
  for (unsigned i = 0; i < n; i++) {
    CXDiagnostic d = clang_getDiagnostic(tu, i);
    errors += clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error;
    clang_disposeDiagnostic(d);
  }
  return errors;
}

/* When clang rejected MSVC lvalue casts, parses the unit again from text
 * with them written as standard C (lvalue_cast.c) and keeps that unit if
 * it has fewer errors; otherwise the first one, and *casts stays NULL. */
static CXTranslationUnit reparse_lvalue_casts(fe_session *session,
                                              CXTranslationUnit tu,
                                              const char **argv, int argc,
                                              unsigned options,
                                              fe_lvalue_casts **casts) {
  *casts = fe_lvalue_casts_find(tu);
  if (!*casts)
    return tu;
  struct CXUnsavedFile *files;
  unsigned file_count = fe_lvalue_casts_unsaved(*casts, &files);
  CXTranslationUnit again = NULL;
  enum CXErrorCode code = clang_parseTranslationUnit2(
      session->index, NULL, argv, argc, files, file_count, options, &again);
  if (code == CXError_Success && again &&
      error_count(again) < error_count(tu)) {
    fe_lvalue_casts_bind(*casts, again);
    clang_disposeTranslationUnit(tu);
    return again;
  }
  if (again)
    clang_disposeTranslationUnit(again);
  fe_lvalue_casts_free(*casts);
  *casts = NULL;
  return tu;
}

int fe_analyze_job(fe_session *session, const fe_job *job, uint32_t unit,
                   arena *unit_mem, const fe_callbacks *callbacks,
                   diag_engine *diag, char **error) {
  *error = NULL;
  const char **argv = xmalloc(sizeof(char *) * (job->arg_count + 6));
  int argc = 0;
  int cl_mode = 0, options_ended = 0, names_language = 0;
  for (unsigned i = 0; i < job->arg_count; i++) {
    const char *arg = job->args[i];
    argv[argc++] = arg;
    cl_mode |= strcmp(arg, "--driver-mode=cl") == 0;
    options_ended |= strcmp(arg, "--") == 0;
    names_language |=
        strncmp(arg, "-x", 2) == 0 || strncmp(arg, "--language", 10) == 0;
  }
  char *wd = NULL;
  if (job->directory && !options_ended) {
    wd = xasprintf("-working-directory=%s", job->directory);
    argv[argc++] = wd;
  }
  /* The file goes last. clang-cl reads an absolute path such as /work/a.c
   * as the option /w, and libclang appends arguments of its own after ours
   * (so "--" cannot end the options): in cl mode the file is named by /Tc,
   * which also says it is C. */
  char *cl_file = NULL;
  if (cl_mode && !options_ended) {
    cl_file = xasprintf("/Tc%s", job->file);
    argv[argc++] = cl_file;
  } else {
    /* Windows file names ignore case: a driver's FOO.C is C, where clang
     * would take the upper-case .C for C++ */
    const char *dot = strrchr(job->file, '.');
    if (dot && strcmp(dot, ".C") == 0 && !names_language && !options_ended) {
      argv[argc++] = "-x";
      argv[argc++] = "c";
    }
    argv[argc++] = job->file;
  }
  unsigned options = CXTranslationUnit_DetailedPreprocessingRecord |
                     CXTranslationUnit_KeepGoing |
                     CXTranslationUnit_IgnoreNonErrorsFromIncludedFiles;
  CXTranslationUnit tu = NULL;
  enum CXErrorCode code = clang_parseTranslationUnit2(
      session->index, NULL, argv, argc, NULL, 0, options, &tu);
  fe_lvalue_casts *casts = NULL;
  if (code == CXError_Success && tu)
    tu = reparse_lvalue_casts(session, tu, argv, argc, options, &casts);
  free(wd);
  free(cl_file);
  free(argv);
  if (code != CXError_Success || !tu) {
    *error =
        xasprintf("cannot parse '%s': %s", job->file, parse_error_name(code));
    return code == CXError_Crashed ? FE_CRASHED : FE_NOT_PARSED;
  }
  fe_tu t;
  memset(&t, 0, sizeof t);
  t.tu = tu;
  t.lvalue_casts = casts;
  t.callbacks = callbacks;
  t.mem = unit_mem;
  t.directory = job->directory;
  t.project_root = job->project_root;
  if (callbacks->on_inclusion) {
    inclusion_ctx inclusions = {callbacks, job->directory};
    clang_getInclusions(tu, report_inclusion, &inclusions);
  }
  fe_decl_index_build(&t);
  report_clang_errors(&t, job->file, diag);
  for (size_t i = 0; i < t.definition_count; i++)
    analyze_definition(&t, i, unit);
  free(t.definition_errors);
  fe_decl_index_free(&t);
  free(t.files);
  free(t.macros);
  free(t.macro_uses);
  clang_disposeTranslationUnit(tu);
  fe_lvalue_casts_free(casts);
  return FE_ANALYZED;
}
