/* The SAL lock assumptions (_Analysis_assume_lock_held_, _not_held_,
 * _acquired_, _released_) where headers define them to nothing, and
 * assertions a free build defines to nothing (`RT_ASSERT(FALSE, (…))`): the
 * WDK's
 * without _PREFAST_, ReactOS's. The compiler then sees no trace of them, so
 * the frontend recovers each from the source around it and hands the
 * builder the macro's name and the lock's path, which cfg_build_stmt.c turns
 * into a call event the API model reads as a fact.
 *
 * Two places are read:
 * - an assumption written in a function's statements is a macro expansion
 *   in the preprocessing record, found between two statements of a block;
 * - one written in a driver's own macro (CDFS's recursive CdLockFcb) is not
 *   in the record (clang records no expansion spelled inside another
 *   macro), but its `;` stays as a null statement spelled in that macro's
 *   definition. The tokens before the `;` name the assumption, and the
 *   outer macro's parameters are replaced by the use's arguments.
 * The two never meet: the first sees only expansions whose name is spelled
 * outside any macro, the second only names spelled in a macro definition.
 *
 * The lock must be a path on a variable of the function (`x`, `p->a.b`,
 * `(F)->Nonpaged->Mutex`, `*p`, `&x`); anything else (a call, an index, a
 * cast, a macro left in the argument) gives no assumption. */
#include "frontend_internal.h"

#include <stdlib.h>
#include <string.h>

#define ASSUME_PREFIX "_Analysis_assume_lock_"

/* ---- the lock path, from the argument's token spellings ---- */

typedef struct named_decl_search {
  const char *name;
  CXCursor found;
} named_decl_search;

static enum CXChildVisitResult search_named_decl(CXCursor c, CXCursor parent,
                                                 CXClientData data) {
  (void)parent;
  named_decl_search *s = data;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k == CXCursor_VarDecl || k == CXCursor_ParmDecl) {
    CXString sp = clang_getCursorSpelling(c);
    int same = strcmp(clang_getCString(sp), s->name) == 0;
    clang_disposeString(sp);
    if (same) {
      s->found = c;
      return CXChildVisit_Break;
    }
  }
  return CXChildVisit_Recurse;
}

typedef struct path_parser {
  const char **tok;
  unsigned n, i;
  arena *mem;
  CXCursor fn;
} path_parser;

static int next_is(const path_parser *p, const char *s) {
  return p->i < p->n && strcmp(p->tok[p->i], s) == 0;
}

static int is_identifier(const char *s) {
  if (!(s[0] == '_' || (s[0] >= 'A' && s[0] <= 'Z') ||
        (s[0] >= 'a' && s[0] <= 'z')))
    return 0;
  for (const char *c = s + 1; *c; c++)
    if (!(*c == '_' || (*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z') ||
          (*c >= '0' && *c <= '9')))
      return 0;
  return 1;
}

/* An operand is the object `path`, or (*address set) that object's
 * address: `&x` and `(&x)->f` must land on x's path as lvalue_path would. */
static int parse_unary(path_parser *p, ir_path *out, int *address);

static int parse_primary(path_parser *p, ir_path *out, int *address) {
  if (next_is(p, "(")) {
    /* a parenthesized parameter, as macros write (F)->Lock; a cast fails
     * here, its type name being no variable */
    p->i++;
    if (!parse_unary(p, out, address) || !next_is(p, ")"))
      return 0;
    p->i++;
    return 1;
  }
  if (p->i >= p->n || !is_identifier(p->tok[p->i]))
    return 0;
  named_decl_search search = {p->tok[p->i++], clang_getNullCursor()};
  clang_visitChildren(p->fn, search_named_decl, &search);
  *address = 0;
  return !clang_Cursor_isNull(search.found) &&
         fe_root_of_decl(p->mem, search.found, out);
}

static int parse_postfix(path_parser *p, ir_path *out, int *address) {
  if (!parse_primary(p, out, address))
    return 0;
  for (;;) {
    int arrow = next_is(p, "->");
    if (!arrow && !next_is(p, "."))
      return 1; /* what follows is the caller's to judge */
    p->i++;
    if (p->i >= p->n || !is_identifier(p->tok[p->i]))
      return 0;
    if (arrow && !*address) {
      path_step deref = {.kind = PATH_STEP_DEREF};
      *out = path_with_step(p->mem, out, deref);
    } else if (!arrow && *address) {
      return 0; /* `.` on an address is not C */
    }
    /* (&x)->f is x.f */
    *address = 0;
    path_step field = {.kind = PATH_STEP_FIELD,
                       .field = arena_strdup(p->mem, p->tok[p->i++])};
    *out = path_with_step(p->mem, out, field);
  }
}

static int parse_unary(path_parser *p, ir_path *out, int *address) {
  if (next_is(p, "&")) {
    p->i++;
    if (!parse_unary(p, out, address) || *address)
      return 0;
    *address = 1;
    return 1;
  }
  if (next_is(p, "*")) {
    p->i++;
    if (!parse_unary(p, out, address))
      return 0;
    if (*address) {
      *address = 0; /* *&x is x */
    } else {
      path_step deref = {.kind = PATH_STEP_DEREF};
      *out = path_with_step(p->mem, out, deref);
    }
    return 1;
  }
  return parse_postfix(p, out, address);
}

/* The lock an assumption's argument names, from the argument's tokens
 * (parameters of an enclosing macro already replaced). The address of the
 * lock is taken for the lock, as drivers write either. */
static int assumed_lock_path(arena *mem, CXCursor fn, const char **tok,
                             unsigned n, ir_path *out) {
  path_parser p = {tok, n, 0, mem, fn};
  int address;
  return parse_unary(&p, out, &address) && p.i == n;
}

/* ---- token lists ---- */

/* A range's tokens without its comments (clang_tokenize keeps them), with
 * their spellings and file offsets. */
typedef struct token_list {
  CXToken *tok; /* all of them, to dispose of */
  unsigned all, n;
  const char **spelling; /* in the scratch arena */
  unsigned *offset;
} token_list;

static token_list tokenize(CXTranslationUnit tu, CXSourceRange range,
                           arena *scratch) {
  token_list l = {NULL, 0, 0, NULL, NULL};
  clang_tokenize(tu, range, &l.tok, &l.all);
  l.spelling = arena_alloc(scratch, sizeof(const char *) * (l.all + 1));
  l.offset = arena_alloc(scratch, sizeof(unsigned) * (l.all + 1));
  for (unsigned i = 0; i < l.all; i++) {
    if (clang_getTokenKind(l.tok[i]) == CXToken_Comment)
      continue;
    CXString s = clang_getTokenSpelling(tu, l.tok[i]);
    l.spelling[l.n] = arena_strdup(scratch, clang_getCString(s));
    clang_disposeString(s);
    clang_getSpellingLocation(clang_getTokenLocation(tu, l.tok[i]), NULL, NULL,
                              NULL, &l.offset[l.n]);
    l.n++;
  }
  return l;
}

static void token_list_free(CXTranslationUnit tu, token_list *l) {
  if (l->tok)
    clang_disposeTokens(tu, l->tok, l->all);
  l->tok = NULL;
  l->all = l->n = 0;
}

/* The index of the parenthesis matching the one at `open`, or 0. */
static unsigned matching_close(const token_list *l, unsigned open) {
  unsigned depth = 0;
  for (unsigned i = open; i < l->n; i++) {
    if (strcmp(l->spelling[i], "(") == 0)
      depth++;
    else if (strcmp(l->spelling[i], ")") == 0 && --depth == 0)
      return i;
  }
  return 0;
}

/* ---- assumptions written in the function's statements ---- */

unsigned fe_lock_assumptions_between(fe_tu *t, arena *mem, CXCursor fn,
                                     CXFile file, unsigned begin, unsigned end,
                                     fe_lock_assumption **out) {
  *out = NULL;
  CXCursor *uses;
  unsigned n = fe_macro_uses_in(t, file, begin, end, ASSUME_PREFIX, &uses);
  if (!n)
    return 0;
  *out = arena_alloc(mem, sizeof(fe_lock_assumption) * n);
  unsigned found = 0;
  arena scratch;
  arena_init(&scratch);
  for (unsigned u = 0; u < n; u++) {
    /* only a macro that expands to nothing (name ( x )): any other is in
     * the AST */
    token_list def = tokenize(
        t->tu, clang_getCursorExtent(clang_getCursorReferenced(uses[u])),
        &scratch);
    unsigned def_count = def.n;
    token_list_free(t->tu, &def);
    if (def_count > 4)
      continue;
    token_list use = tokenize(t->tu, clang_getCursorExtent(uses[u]), &scratch);
    unsigned close = use.n >= 2 && strcmp(use.spelling[1], "(") == 0
                         ? matching_close(&use, 1)
                         : 0;
    fe_lock_assumption *a = &(*out)[found];
    if (close &&
        assumed_lock_path(mem, fn, use.spelling + 2, close - 2, &a->lock)) {
      a->macro = fe_cursor_name(mem, uses[u]);
      a->at = uses[u];
      found++;
    }
    token_list_free(t->tu, &use);
  }
  arena_destroy(&scratch);
  return found;
}

/* ---- assertions defined to nothing ---- */

/* Is the macro `use` refers to one that expands to nothing: its definition
 * is its name and, for a function-like one, its parameter list? */
static int expands_to_nothing(fe_tu *t, CXCursor use, arena *scratch) {
  token_list def = tokenize(
      t->tu, clang_getCursorExtent(clang_getCursorReferenced(use)), scratch);
  unsigned close = def.n >= 2 && strcmp(def.spelling[1], "(") == 0
                       ? matching_close(&def, 1)
                       : 0;
  int empty = def.n == 1 || (close && close + 1 == def.n);
  token_list_free(t->tu, &def);
  return empty;
}

int fe_false_assertion_between(fe_tu *t, CXFile file, unsigned begin,
                               unsigned end) {
  if (!t->callbacks->callee_flags)
    return 0;
  CXCursor *uses;
  unsigned n = fe_macro_uses_in(t, file, begin, end, "", &uses);
  int found = 0;
  arena scratch;
  arena_init(&scratch);
  for (unsigned u = 0; u < n && !found; u++) {
    /* the name first: the model says which macros assert */
    CXString name = clang_getCursorSpelling(uses[u]);
    int asserts =
        (t->callbacks->callee_flags(t->callbacks->ctx, clang_getCString(name)) &
         FE_NAME_ASSERTION_MACRO) != 0;
    clang_disposeString(name);
    if (!asserts)
      continue;
    token_list use = tokenize(t->tu, clang_getCursorExtent(uses[u]), &scratch);
    /* NAME ( FALSE|false|0 [, …] ) */
    int false_first = use.n >= 4 && strcmp(use.spelling[1], "(") == 0 &&
                      (strcmp(use.spelling[2], "FALSE") == 0 ||
                       strcmp(use.spelling[2], "false") == 0 ||
                       strcmp(use.spelling[2], "0") == 0) &&
                      (strcmp(use.spelling[3], ")") == 0 ||
                       strcmp(use.spelling[3], ",") == 0);
    token_list_free(t->tu, &use);
    found = false_first && expands_to_nothing(t, uses[u], &scratch);
  }
  arena_destroy(&scratch);
  return found;
}

/* ---- assumptions inside a driver's macro ---- */

/* The argument ranges [from, to) of a function-like macro's use, its tokens
 * being name ( args ): split at the commas outside parentheses. Returns the
 * count (at most `max`), or 0 when the use is not of that form. */
static unsigned split_arguments(const token_list *use, unsigned *from,
                                unsigned *to, unsigned max) {
  if (use->n < 3 || strcmp(use->spelling[1], "(") != 0)
    return 0;
  unsigned close = matching_close(use, 1);
  if (!close)
    return 0;
  unsigned count = 0, start = 2, depth = 0;
  for (unsigned i = 2; i <= close; i++) {
    const char *s = use->spelling[i];
    if (i < close &&
        (strcmp(s, "(") == 0 || strcmp(s, "[") == 0 || strcmp(s, "{") == 0))
      depth++;
    else if (i < close && (strcmp(s, ")") == 0 || strcmp(s, "]") == 0 ||
                           strcmp(s, "}") == 0))
      depth--;
    else if (i == close || (depth == 0 && strcmp(s, ",") == 0)) {
      if (count == max)
        return 0;
      from[count] = start;
      to[count] = i;
      count++;
      start = i + 1;
    }
  }
  return count;
}

#define MAX_MACRO_PARAMS 32

static int is_paste(const char *s) {
  return strcmp(s, "#") == 0 || strcmp(s, "##") == 0;
}

/* The parameter `s` names, or `count` for none. */
static unsigned param_index(const char *const *param, unsigned count,
                            const char *s) {
  for (unsigned k = 0; k < count; k++)
    if (strcmp(param[k], s) == 0)
      return k;
  return count;
}

/* The lock argument of the assumption whose `;` is token `semi` of the
 * outer macro's definition, with the outer macro's parameters replaced by
 * the arguments of its use; the assumption's name in *macro. */
static int substituted_argument(CXCursor def_cursor, const token_list *def,
                                unsigned semi, const token_list *use,
                                arena *scratch, const char **macro,
                                const char ***spelled, unsigned *count) {
  /* name ( params ) body: the parameters, and where the body starts */
  const char *param[MAX_MACRO_PARAMS];
  unsigned params = 0, body = 1;
  int variadic = 0;
  if (clang_Cursor_isMacroFunctionLike(def_cursor)) {
    if (def->n < 3 || strcmp(def->spelling[1], "(") != 0)
      return 0;
    for (body = 2; body < def->n && strcmp(def->spelling[body], ")") != 0;
         body++) {
      const char *s = def->spelling[body];
      if (strcmp(s, ",") == 0)
        continue;
      if (strcmp(s, "...") == 0) {
        variadic = 1;
        if (strcmp(def->spelling[body - 1], "(") != 0 &&
            strcmp(def->spelling[body - 1], ",") != 0)
          continue; /* GNU's `args...` names the variadic parameter */
        s = "__VA_ARGS__";
      }
      if (params == MAX_MACRO_PARAMS)
        return 0;
      param[params++] = s;
    }
    body++;
  }
  /* back from the `;`: `name ( … )` spelled in this definition's body */
  if (semi < body + 3 || strcmp(def->spelling[semi - 1], ")") != 0)
    return 0;
  unsigned close = semi - 1, open = close, depth = 0;
  for (;; open--) {
    if (strcmp(def->spelling[open], ")") == 0)
      depth++;
    else if (strcmp(def->spelling[open], "(") == 0 && --depth == 0)
      break;
    if (open == body)
      return 0;
  }
  if (open <= body)
    return 0;
  const char *name = def->spelling[open - 1];
  if (strncmp(name, ASSUME_PREFIX, strlen(ASSUME_PREFIX)) != 0 ||
      (open - 1 > body && is_paste(def->spelling[open - 2])))
    return 0; /* a pasted name is not the one written */

  /* the use's arguments, one range of its tokens per parameter */
  unsigned from[MAX_MACRO_PARAMS], to[MAX_MACRO_PARAMS];
  if (params) {
    unsigned args = split_arguments(use, from, to, MAX_MACRO_PARAMS);
    if (!args)
      return 0; /* not a use with its parentheses */
    if (variadic && args == params - 1)
      from[args] = to[args] = 0; /* no variadic arguments */
    else if (variadic && args > params)
      to[params - 1] = to[args - 1]; /* the rest, commas included */
    else if (args != params)
      return 0;
  }
  unsigned cap = 0;
  for (unsigned i = open + 1; i < close; i++) {
    unsigned p = param_index(param, params, def->spelling[i]);
    cap += p < params ? to[p] - from[p] : 1;
  }
  const char **out = arena_alloc(scratch, sizeof(const char *) * (cap + 1));
  unsigned n = 0;
  for (unsigned i = open + 1; i < close; i++) {
    const char *s = def->spelling[i];
    if (is_paste(s))
      return 0; /* stringized or pasted: not a path as written */
    unsigned p = param_index(param, params, s);
    if (p == params)
      out[n++] = s;
    else
      for (unsigned k = from[p]; k < to[p]; k++)
        out[n++] = use->spelling[k];
  }
  *macro = name;
  *spelled = out;
  *count = n;
  return 1;
}

int fe_lock_assumption_at(fe_tu *t, arena *mem, CXCursor fn, CXCursor null_stmt,
                          fe_lock_assumption *out) {
  CXSourceLocation at = clang_getCursorLocation(null_stmt);
  CXFile file, spelled_file;
  unsigned offset, spelled_offset;
  clang_getExpansionLocation(at, &file, NULL, NULL, &offset);
  clang_getSpellingLocation(at, &spelled_file, NULL, NULL, &spelled_offset);
  if (!file || !spelled_file ||
      (clang_File_isEqual(file, spelled_file) && offset == spelled_offset))
    return 0; /* written in the function: the expansions between its
                 statements are read instead */
  /* most null statements in macros follow no parenthesis: a look at the
   * text saves tokenizing their macro */
  size_t size = 0;
  const char *text = clang_getFileContents(t->tu, spelled_file, &size);
  if (!text || spelled_offset >= size || text[spelled_offset] != ';')
    return 0;
  unsigned k = spelled_offset;
  while (k > 0) {
    char c = text[k - 1];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
        c == '\v' || c == '\\') {
      k--; /* blanks and the line continuations of a #define */
    } else if (c == '/' && k >= 4 && text[k - 2] == '*') {
      /* a comment between the `)` and the `;` */
      unsigned open = k - 2;
      while (open >= 2 && !(text[open - 2] == '/' && text[open - 1] == '*'))
        open--;
      if (open < 2)
        return 0;
      k = open - 2;
    } else {
      break;
    }
  }
  if (k == 0 || text[k - 1] != ')')
    return 0;

  /* the outermost macro written in the function, whose definition must
   * spell the assumption: one nested deeper is not followed */
  CXCursor use_cursor = fe_macro_use_at(t, file, offset);
  if (clang_getCursorKind(use_cursor) != CXCursor_MacroExpansion)
    return 0;
  CXCursor def_cursor = clang_getCursorReferenced(use_cursor);
  if (clang_getCursorKind(def_cursor) != CXCursor_MacroDefinition)
    return 0;
  CXSourceRange def_range = clang_getCursorExtent(def_cursor);
  CXFile def_file;
  unsigned def_begin, def_end;
  clang_getSpellingLocation(clang_getRangeStart(def_range), &def_file, NULL,
                            NULL, &def_begin);
  clang_getSpellingLocation(clang_getRangeEnd(def_range), NULL, NULL, NULL,
                            &def_end);
  if (!def_file || !clang_File_isEqual(def_file, spelled_file) ||
      spelled_offset < def_begin || spelled_offset >= def_end)
    return 0;

  arena scratch;
  arena_init(&scratch);
  token_list def = tokenize(t->tu, def_range, &scratch);
  token_list use = tokenize(t->tu, clang_getCursorExtent(use_cursor), &scratch);
  unsigned semi = def.n;
  for (unsigned i = 0; i < def.n; i++)
    if (def.offset[i] == spelled_offset && strcmp(def.spelling[i], ";") == 0)
      semi = i;
  const char *macro = NULL;
  const char **arg = NULL;
  unsigned arg_count = 0;
  int ok = semi < def.n &&
           substituted_argument(def_cursor, &def, semi, &use, &scratch, &macro,
                                &arg, &arg_count) &&
           assumed_lock_path(mem, fn, arg, arg_count, &out->lock);
  if (ok) {
    out->macro = arena_strdup(mem, macro);
    out->at = null_stmt;
  }
  token_list_free(t->tu, &def);
  token_list_free(t->tu, &use);
  arena_destroy(&scratch);
  return ok;
}
