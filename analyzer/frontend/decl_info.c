/* Declaration facts for the analysis (cfg.h's ir_fn_decl): the SAL
 * annotations written in front of every declaration of a function, the role
 * typedef it was declared with (and that typedef's own annotations), and
 * whether its code is pageable.
 *
 * Annotations are read from the tokens between the previous top-level
 * declaration and the function's name, not from attributes: the real WDK
 * headers define the SAL macros to nothing unless _PREFAST_ is set, and the
 * tokens are there either way. Preprocessor directive lines and regions the
 * preprocessor skipped (#if 0, inactive #ifdef branches) are left out, so
 * what is read is what the compiler saw.
 *
 * Pageable code is found the three ways drivers mark it: PAGED_CODE() at
 * the start of the body, `#pragma alloc_text(PAGE…, f)`, and definitions
 * inside `#pragma code_seg("PAGE…")` (or with `__declspec(code_seg(…))`). */
#define _XOPEN_SOURCE 700 /* realpath */
#include "frontend_internal.h"

#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* ---- per-file facts: contents, skipped regions, section pragmas ---- */

static fe_file_facts *file_facts(fe_tu *t, CXFile file) {
  for (size_t i = 0; i < t->file_fact_count; i++)
    if (t->file_facts[i].file == file)
      return &t->file_facts[i];
  fe_file_facts ff;
  memset(&ff, 0, sizeof ff);
  ff.file = file;
  size_t size = 0;
  ff.text = clang_getFileContents(t->tu, file, &size);
  ff.size = ff.text ? size : 0;
  CXSourceRangeList *skipped = clang_getSkippedRanges(t->tu, file);
  if (skipped) {
    ff.skipped_count = skipped->count;
    ff.skipped = arena_alloc(t->mem, sizeof(unsigned) * 2 *
                                         (skipped->count ? skipped->count : 1));
    for (unsigned i = 0; i < skipped->count; i++) {
      clang_getSpellingLocation(clang_getRangeStart(skipped->ranges[i]), NULL,
                                NULL, NULL, &ff.skipped[2 * i]);
      clang_getSpellingLocation(clang_getRangeEnd(skipped->ranges[i]), NULL,
                                NULL, NULL, &ff.skipped[2 * i + 1]);
    }
    clang_disposeSourceRangeList(skipped);
  }
  VEC_PUSH(t->file_facts, t->file_fact_count, t->file_fact_cap, ff);
  return &t->file_facts[t->file_fact_count - 1];
}

static int in_skipped_region(const fe_file_facts *ff, unsigned offset) {
  for (unsigned i = 0; i < ff->skipped_count; i++)
    if (offset >= ff->skipped[2 * i] && offset < ff->skipped[2 * i + 1])
      return 1;
  return 0;
}

static int first_on_line(const fe_file_facts *ff, unsigned offset) {
  if (!ff->text || offset > ff->size)
    return 0;
  while (offset > 0) {
    char c = ff->text[offset - 1];
    if (c == '\n')
      return 1;
    if (c != ' ' && c != '\t')
      return 0;
    offset--;
  }
  return 1;
}

/* End of the directive starting at offset: the first newline that is not
 * escaped by a backslash. */
static unsigned directive_end(const fe_file_facts *ff, unsigned offset) {
  for (unsigned i = offset; i < ff->size; i++) {
    if (ff->text[i] != '\n')
      continue;
    unsigned k = i;
    if (k > 0 && ff->text[k - 1] == '\r')
      k--;
    if (k > 0 && ff->text[k - 1] == '\\')
      continue;
    return i;
  }
  return (unsigned)ff->size;
}

/* ---- tokens ---- */

typedef struct token_list {
  CXToken *raw;
  unsigned raw_count;
  unsigned *keep; /* indexes into raw of the tokens the compiler saw */
  unsigned count;
} token_list;

static unsigned token_offset(fe_tu *t, CXToken tok) {
  unsigned offset;
  clang_getSpellingLocation(clang_getTokenLocation(t->tu, tok), NULL, NULL,
                            NULL, &offset);
  return offset;
}

static int token_is(fe_tu *t, CXToken tok, CXTokenKind kind,
                    const char *spelling) {
  if (clang_getTokenKind(tok) != kind)
    return 0;
  CXString s = clang_getTokenSpelling(t->tu, tok);
  int same = strcmp(clang_getCString(s), spelling) == 0;
  clang_disposeString(s);
  return same;
}

/* Tokens of [begin, end) in `file`, without directive lines and skipped
 * regions unless `keep_directives`. */
static void tokenize_range(fe_tu *t, CXFile file, unsigned begin, unsigned end,
                           int keep_directives, token_list *out) {
  memset(out, 0, sizeof *out);
  if (end <= begin)
    return;
  fe_file_facts *ff = file_facts(t, file);
  CXSourceRange range =
      clang_getRange(clang_getLocationForOffset(t->tu, file, begin),
                     clang_getLocationForOffset(t->tu, file, end));
  clang_tokenize(t->tu, range, &out->raw, &out->raw_count);
  out->keep = xmalloc(sizeof(unsigned) * (out->raw_count ? out->raw_count : 1));
  unsigned skip_until = 0;
  for (unsigned i = 0; i < out->raw_count; i++) {
    unsigned offset = token_offset(t, out->raw[i]);
    if (offset >= end)
      break;
    if (offset < skip_until || in_skipped_region(ff, offset))
      continue;
    if (!keep_directives &&
        token_is(t, out->raw[i], CXToken_Punctuation, "#") &&
        first_on_line(ff, offset)) {
      skip_until = directive_end(ff, offset);
      continue;
    }
    out->keep[out->count++] = i;
  }
}

static void token_list_free(fe_tu *t, token_list *l) {
  if (l->raw)
    clang_disposeTokens(t->tu, l->raw, l->raw_count);
  free(l->keep);
  memset(l, 0, sizeof *l);
}

static CXToken tok_at(const token_list *l, unsigned i) {
  return l->raw[l->keep[i]];
}

static char *tok_spelling(fe_tu *t, const token_list *l, unsigned i,
                          arena *mem) {
  CXString s = clang_getTokenSpelling(t->tu, tok_at(l, i));
  char *out = arena_strdup(mem, clang_getCString(s));
  clang_disposeString(s);
  return out;
}

static ir_loc tok_loc(fe_tu *t, const token_list *l, unsigned i) {
  ir_loc loc;
  memset(&loc, 0, sizeof loc);
  CXFile file;
  clang_getSpellingLocation(clang_getTokenLocation(t->tu, tok_at(l, i)), &file,
                            &loc.line, &loc.col, NULL);
  loc.col = fe_lvalue_cast_column(t->lvalue_casts, file, loc.line, loc.col);
  loc.file = fe_file_name_of(t, file);
  loc.end_line = loc.line;
  loc.end_col = loc.col;
  return loc;
}

static int is_word(CXTokenKind k) {
  return k == CXToken_Identifier || k == CXToken_Keyword ||
         k == CXToken_Literal;
}

/* Index of the ')' matching the '(' at `open`, or l->count. */
static unsigned matching_paren(fe_tu *t, const token_list *l, unsigned open) {
  int depth = 0;
  for (unsigned i = open; i < l->count; i++) {
    if (token_is(t, tok_at(l, i), CXToken_Punctuation, "("))
      depth++;
    else if (token_is(t, tok_at(l, i), CXToken_Punctuation, ")") &&
             --depth == 0)
      return i;
  }
  return l->count;
}

/* Spelling of tokens [from, to), with a space only between two words. */
/* The tokens' text; `curr` (when not NULL) stands for SAL's `_Curr_`, the
 * parameter a parameter-level annotation is written on. */
static const char *join_tokens(fe_tu *t, const token_list *l, unsigned from,
                               unsigned to, const char *curr) {
  strbuf sb;
  strbuf_init(&sb);
  int prev_word = 0;
  for (unsigned i = from; i < to; i++) {
    CXTokenKind k = clang_getTokenKind(tok_at(l, i));
    if (prev_word && is_word(k))
      strbuf_putc(&sb, ' ');
    CXString s = clang_getTokenSpelling(t->tu, tok_at(l, i));
    const char *text = clang_getCString(s);
    strbuf_puts(&sb, curr && strcmp(text, "_Curr_") == 0 ? curr : text);
    clang_disposeString(s);
    prev_word = is_word(k);
  }
  const char *out = arena_strdup(t->mem, strbuf_cstr(&sb));
  strbuf_free(&sb);
  return out;
}

/* SAL spells its annotations _Like_this_ (and the older ones __drv_xxx);
 * __declspec carries code_seg; irqlint's own are IRQLINT_*. */
static int is_annotation_name(const char *s) {
  size_t n = strlen(s);
  if (strncmp(s, "__drv_", 6) == 0 || strcmp(s, "__declspec") == 0 ||
      strncmp(s, "IRQLINT_", 8) == 0) /* include/irqlint.h */
    return 1;
  return n >= 3 && s[0] == '_' && s[1] != '_' && s[n - 1] == '_';
}

#define MAX_ANNOTATION_ARGS 16

/* The arguments between the '(' at `open` and its ')' at `close` (or the
 * end of the list), split at top-level commas. */
static void split_arguments(fe_tu *t, const token_list *l, unsigned open,
                            unsigned close, const char *curr,
                            ir_annotation *a) {
  const char *args[MAX_ANNOTATION_ARGS];
  uint16_t nargs = 0;
  unsigned start = open + 1;
  int depth = 0;
  for (unsigned k = open + 1; k < close; k++) {
    CXToken tok = tok_at(l, k);
    if (token_is(t, tok, CXToken_Punctuation, "("))
      depth++;
    else if (token_is(t, tok, CXToken_Punctuation, ")"))
      depth--;
    else if (depth == 0 && token_is(t, tok, CXToken_Punctuation, ",")) {
      if (nargs < MAX_ANNOTATION_ARGS)
        args[nargs++] = join_tokens(t, l, start, k, curr);
      start = k + 1;
    }
  }
  if ((close > start || nargs > 0) && nargs < MAX_ANNOTATION_ARGS)
    args[nargs++] = join_tokens(t, l, start, close, curr);
  if (nargs) {
    a->args = arena_alloc(t->mem, sizeof(const char *) * nargs);
    memcpy(a->args, args, sizeof(const char *) * nargs);
    a->arg_count = nargs;
  }
}

typedef struct annotation_vec {
  ir_annotation *items;
  size_t count, cap;
} annotation_vec;

/* ---- the declared type of an annotation's lock expression ---- */

static CXType without_sugar_wrappers(CXType t) {
  while (t.kind == CXType_Elaborated)
    t = clang_Type_getNamedType(t);
  return t;
}

/* What `t` points to, keeping the typedef names (PERESOURCE -> ERESOURCE). */
static CXType sugared_pointee(CXType t) {
  t = without_sugar_wrappers(t);
  for (int depth = 0; depth < 8 && t.kind == CXType_Typedef; depth++)
    t = without_sugar_wrappers(
        clang_getTypedefDeclUnderlyingType(clang_getTypeDeclaration(t)));
  if (t.kind == CXType_Pointer)
    return without_sugar_wrappers(clang_getPointeeType(t));
  if (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray)
    return without_sugar_wrappers(clang_getArrayElementType(t));
  CXType none = {CXType_Invalid, {NULL, NULL}};
  return none;
}

typedef struct field_search {
  const char *name;
  CXType type;
  int found;
} field_search;

static enum CXVisitorResult match_field(CXCursor c, CXClientData data) {
  field_search *f = data;
  CXString s = clang_getCursorSpelling(c);
  if (strcmp(clang_getCString(s), f->name) == 0) {
    f->type = clang_getCursorType(c);
    f->found = 1;
  }
  clang_disposeString(s);
  return f->found ? CXVisit_Break : CXVisit_Continue;
}

static CXType field_type(CXType record, const char *name) {
  field_search f = {name, {CXType_Invalid, {NULL, NULL}}, 0};
  clang_Type_visitFields(clang_getCanonicalType(record), match_field, &f);
  return without_sugar_wrappers(f.type);
}

/* `*Fcb->Header.Resource` on the declaration's parameters: the type of the
 * object it names, spelled by its typedef name when it has one. */
static const char *lock_expr_type(fe_tu *t, CXCursor fn, const char *expr) {
  const char *p = expr;
  int derefs = 0;
  while (*p == '*' || *p == '&' || *p == '(' || *p == ' ')
    derefs += *p++ == '*';
  char name[128];
  size_t n = 0;
  while ((isalnum((unsigned char)*p) || *p == '_') && n + 1 < sizeof name)
    name[n++] = *p++;
  name[n] = '\0';
  if (!n)
    return NULL;
  CXType type = {CXType_Invalid, {NULL, NULL}};
  int nargs = clang_Cursor_getNumArguments(fn);
  for (int i = 0; i < nargs; i++) {
    CXCursor arg = clang_Cursor_getArgument(fn, (unsigned)i);
    CXString s = clang_getCursorSpelling(arg);
    if (strcmp(clang_getCString(s), name) == 0)
      type = without_sugar_wrappers(clang_getCursorType(arg));
    clang_disposeString(s);
  }
  while (type.kind != CXType_Invalid && *p) {
    while (*p == ' ' || *p == ')')
      p++;
    int arrow = strncmp(p, "->", 2) == 0;
    if (arrow || *p == '.') {
      p += arrow ? 2 : 1;
      while (*p == ' ')
        p++;
      n = 0;
      while ((isalnum((unsigned char)*p) || *p == '_') && n + 1 < sizeof name)
        name[n++] = *p++;
      name[n] = '\0';
      if (arrow)
        type = sugared_pointee(type);
      type = n ? field_type(type, name) : sugared_pointee(type) /* bad */;
      if (!n)
        type.kind = CXType_Invalid;
    } else if (*p == '[') {
      while (*p && *p != ']')
        p++;
      if (*p)
        p++;
      type = sugared_pointee(type);
    } else if (*p) {
      type.kind = CXType_Invalid; /* something we do not follow */
    }
  }
  /* `typedef ULONG_PTR KSPIN_LOCK, *PKSPIN_LOCK;` makes PKSPIN_LOCK a
   * ULONG_PTR *: the WDK's P<name> convention names what it points to */
  const char *by_convention = NULL;
  for (int i = 0; i < derefs && type.kind != CXType_Invalid; i++) {
    by_convention = NULL;
    if (type.kind == CXType_Typedef) {
      CXString s = clang_getTypedefName(type);
      const char *pname = clang_getCString(s);
      if (pname[0] == 'P' && isupper((unsigned char)pname[1]))
        by_convention = arena_strdup(t->mem, pname + 1);
      clang_disposeString(s);
    }
    type = sugared_pointee(type);
  }
  if (type.kind == CXType_Invalid)
    return NULL;
  if (by_convention)
    return by_convention;
  CXString s = type.kind == CXType_Typedef ? clang_getTypedefName(type)
                                           : clang_getTypeSpelling(type);
  const char *spelled = clang_getCString(s);
  if (strncmp(spelled, "struct ", 7) == 0)
    spelled += 7;
  const char *out = arena_strdup(t->mem, spelled);
  clang_disposeString(s);
  return out;
}

/* The annotations among tokens [from, to) of `l`, written on parameter
 * `param_index` (-1: on the function). */
/* The lock expression a lock annotation names: its first argument, or the
 * first argument of the annotation inside a _When_. */
static const char *annotation_lock_expr(fe_tu *t, const ir_annotation *a) {
  if (strcmp(a->name, "_When_") != 0)
    return strstr(a->name, "lock") && a->arg_count ? a->args[0] : NULL;
  if (a->arg_count < 2 || !strstr(a->args[1], "lock"))
    return NULL;
  const char *open = strchr(a->args[1], '(');
  if (!open)
    return NULL;
  const char *end = open + 1;
  int depth = 0;
  while (*end && (depth > 0 || (*end != ',' && *end != ')'))) {
    depth += *end == '(' ? 1 : *end == ')' ? -1 : 0;
    end++;
  }
  return arena_strndup(t->mem, open + 1, (size_t)(end - open - 1));
}

static void read_annotation_tokens(fe_tu *t, const token_list *l, unsigned from,
                                   unsigned to, CXCursor fn,
                                   const char **params, uint16_t param_count,
                                   int param_index, annotation_vec *out) {
  const char *curr = param_index >= 0 ? params[param_index] : NULL;
  for (unsigned i = from; i < to; i++) {
    /* __declspec lexes as a keyword under -fms-extensions */
    CXTokenKind kind = clang_getTokenKind(tok_at(l, i));
    if (kind != CXToken_Identifier && kind != CXToken_Keyword)
      continue;
    char *name = tok_spelling(t, l, i, t->mem);
    if (!is_annotation_name(name))
      continue;
    ir_annotation a;
    memset(&a, 0, sizeof a);
    a.name = name;
    a.loc = tok_loc(t, l, i);
    a.params = params;
    a.param_count = param_count;
    a.param_index = (int16_t)param_index;
    if (i + 1 < to && token_is(t, tok_at(l, i + 1), CXToken_Punctuation, "(")) {
      unsigned close = matching_paren(t, l, i + 1);
      split_arguments(t, l, i + 1, close, curr, &a);
      i = close < to ? close : to;
    }
    if (param_count) {
      const char *expr = annotation_lock_expr(t, &a);
      if (expr)
        a.lock_type = lock_expr_type(t, fn, expr);
    }
    VEC_PUSH(out->items, out->count, out->cap, a);
  }
}

/* The annotations written on each parameter of a function declaration
 * (`_Inout_ _Acquires_lock_(*_Curr_) PFAST_MUTEX FastMutex`): the
 * parameter list after the name, split at its top-level commas. */
static void read_parameter_annotations(fe_tu *t, const fe_decl_site *site,
                                       const char **params,
                                       uint16_t param_count,
                                       annotation_vec *out) {
  CXSourceLocation end_loc =
      clang_getRangeEnd(clang_getCursorExtent(site->cursor));
  CXFile end_file;
  unsigned end;
  clang_getExpansionLocation(end_loc, &end_file, NULL, NULL, &end);
  if (!clang_File_isEqual(end_file, site->file) || end <= site->name_offset)
    return;
  token_list l;
  tokenize_range(t, site->file, site->name_offset, end + 1, 0, &l);
  unsigned open = 0;
  while (open < l.count &&
         !token_is(t, tok_at(&l, open), CXToken_Punctuation, "("))
    open++;
  if (open < l.count) {
    unsigned close = matching_paren(t, &l, open);
    unsigned start = open + 1;
    int depth = 0;
    uint16_t index = 0;
    for (unsigned k = open + 1;
         k <= close && k < l.count && index < param_count; k++) {
      CXToken tok = tok_at(&l, k);
      int ends = k == close;
      if (!ends && token_is(t, tok, CXToken_Punctuation, "("))
        depth++;
      else if (!ends && token_is(t, tok, CXToken_Punctuation, ")"))
        depth--;
      else if (ends ||
               (depth == 0 && token_is(t, tok, CXToken_Punctuation, ","))) {
        read_annotation_tokens(t, &l, start, k, site->cursor, params,
                               param_count, index, out);
        index++;
        start = k + 1;
      }
    }
  }
  token_list_free(t, &l);
}

/* Reads the annotations in the tokens in front of a declaration and on its
 * parameters. Only what follows the last ';', '{' or '}' in front of it
 * belongs to it. */
static void read_annotations(fe_tu *t, const fe_decl_site *site,
                             annotation_vec *out) {
  token_list l;
  tokenize_range(t, site->file, site->prefix_begin, site->name_offset, 0, &l);
  const char **params = NULL;
  int nparams =
      site->is_typedef ? 0 : clang_Cursor_getNumArguments(site->cursor);
  if (nparams > 0) {
    params = arena_alloc(t->mem, sizeof(const char *) * (size_t)nparams);
    for (int p = 0; p < nparams; p++) {
      params[p] = fe_cursor_name(
          t->mem, clang_Cursor_getArgument(site->cursor, (unsigned)p));
      /* an unnamed parameter: annotations on it still name it */
      if (!params[p][0])
        params[p] = arena_printf(t->mem, "_Param_%d_", p + 1);
    }
  }
  uint16_t param_count = nparams > 0 ? (uint16_t)nparams : 0;
  unsigned start = 0;
  for (unsigned i = 0; i < l.count; i++) {
    CXToken tok = tok_at(&l, i);
    if (token_is(t, tok, CXToken_Punctuation, ";") ||
        token_is(t, tok, CXToken_Punctuation, "{") ||
        token_is(t, tok, CXToken_Punctuation, "}"))
      start = i + 1;
  }
  read_annotation_tokens(t, &l, start, l.count, site->cursor, params,
                         param_count, -1, out);
  token_list_free(t, &l);
  if (param_count)
    read_parameter_annotations(t, site, params, param_count, out);
}

/* ---- section pragmas ---- */

static int paged_section(const char *spelling) {
  if (spelling[0] == '"')
    spelling++;
  return strncmp(spelling, "PAGE", 4) == 0;
}

static int text_contains(const fe_file_facts *ff, const char *needle) {
  size_t n = strlen(needle);
  for (size_t i = 0; i + n <= ff->size; i++)
    if (ff->text[i] == needle[0] && memcmp(ff->text + i, needle, n) == 0)
      return 1;
  return 0;
}

/* #pragma alloc_text(PAGE, f, g) and the code_seg regions of a file. */
static void load_pragmas(fe_tu *t, fe_file_facts *ff) {
  if (ff->pragmas_loaded)
    return;
  ff->pragmas_loaded = 1;
  if (!ff->text || !ff->size)
    return;
  /* most files have neither: skip tokenizing them */
  if (!text_contains(ff, "alloc_text") && !text_contains(ff, "code_seg"))
    return;
  token_list l;
  tokenize_range(t, ff->file, 0, (unsigned)ff->size, 1, &l);
  const char *seg_stack[16];
  unsigned seg_depth = 0;
  const char *current = NULL;
  for (unsigned i = 0; i + 3 < l.count; i++) {
    if (!token_is(t, tok_at(&l, i), CXToken_Punctuation, "#") ||
        !first_on_line(ff, token_offset(t, tok_at(&l, i))) ||
        !token_is(t, tok_at(&l, i + 1), CXToken_Identifier, "pragma") ||
        !token_is(t, tok_at(&l, i + 3), CXToken_Punctuation, "("))
      continue;
    ir_loc at = tok_loc(t, &l, i);
    unsigned close = matching_paren(t, &l, i + 3);
    if (token_is(t, tok_at(&l, i + 2), CXToken_Identifier, "alloc_text")) {
      if (i + 4 >= close)
        continue;
      char *section = tok_spelling(t, &l, i + 4, t->mem);
      if (!paged_section(section))
        continue;
      for (unsigned k = i + 5; k < close; k++)
        if (clang_getTokenKind(tok_at(&l, k)) == CXToken_Identifier) {
          fe_alloc_text entry = {tok_spelling(t, &l, k, t->mem), at};
          VEC_PUSH(ff->alloc_text, ff->alloc_text_count, ff->alloc_text_cap,
                   entry);
        }
    } else if (token_is(t, tok_at(&l, i + 2), CXToken_Identifier, "code_seg")) {
      /* code_seg(), code_seg("S"), code_seg(push[, id][, "S"]),
       * code_seg(pop[, id]) */
      int push = 0, pop = 0;
      const char *segment = NULL;
      for (unsigned k = i + 4; k < close; k++) {
        CXToken tok = tok_at(&l, k);
        if (token_is(t, tok, CXToken_Identifier, "push"))
          push = 1;
        else if (token_is(t, tok, CXToken_Identifier, "pop"))
          pop = 1;
        else if (clang_getTokenKind(tok) == CXToken_Literal && !segment)
          segment = tok_spelling(t, &l, k, t->mem);
      }
      if (push) {
        if (seg_depth < 16)
          seg_stack[seg_depth++] = current;
        if (segment)
          current = segment;
      } else if (pop) {
        current = seg_depth ? seg_stack[--seg_depth] : NULL;
      } else {
        current = segment; /* code_seg() returns to the default */
      }
      fe_code_seg entry = {token_offset(t, tok_at(&l, i)),
                           current && paged_section(current), at};
      VEC_PUSH(ff->code_segs, ff->code_seg_count, ff->code_seg_cap, entry);
    }
  }
  token_list_free(t, &l);
}

/* ---- PAGED_CODE() at the start of a body ---- */

typedef struct body_search {
  CXCursor body;
  CXCursor first_statement;
  int found_body, found_statement;
} body_search;

static enum CXChildVisitResult find_body(CXCursor c, CXCursor parent,
                                         CXClientData data) {
  (void)parent;
  body_search *s = data;
  if (clang_getCursorKind(c) == CXCursor_CompoundStmt) {
    s->body = c;
    s->found_body = 1;
    return CXChildVisit_Break;
  }
  return CXChildVisit_Continue;
}

static enum CXChildVisitResult find_first_statement(CXCursor c, CXCursor parent,
                                                    CXClientData data) {
  (void)parent;
  body_search *s = data;
  if (clang_getCursorKind(c) == CXCursor_DeclStmt)
    return CXChildVisit_Continue;
  s->first_statement = c;
  s->found_statement = 1;
  return CXChildVisit_Break;
}

/* Does the body start with PAGED_CODE(), after its declarations? */
static int starts_with_paged_code(fe_tu *t, CXCursor definition, ir_loc *at) {
  body_search s;
  memset(&s, 0, sizeof s);
  clang_visitChildren(definition, find_body, &s);
  if (!s.found_body)
    return 0;
  clang_visitChildren(s.body, find_first_statement, &s);
  CXSourceRange body_range = clang_getCursorExtent(s.body);
  CXFile file, end_file;
  unsigned begin, end;
  clang_getExpansionLocation(clang_getRangeStart(body_range), &file, NULL, NULL,
                             &begin);
  CXSourceRange upto =
      s.found_statement ? clang_getCursorExtent(s.first_statement) : body_range;
  clang_getExpansionLocation(clang_getRangeEnd(upto), &end_file, NULL, NULL,
                             &end);
  if (end_file != file)
    return 0;
  token_list l;
  tokenize_range(t, file, begin, end + 1, 0, &l);
  int found = 0;
  for (unsigned i = 0; i + 1 < l.count && !found; i++)
    if (token_is(t, tok_at(&l, i), CXToken_Identifier, "PAGED_CODE") &&
        token_is(t, tok_at(&l, i + 1), CXToken_Punctuation, "(")) {
      *at = tok_loc(t, &l, i);
      found = 1;
    }
  token_list_free(t, &l);
  return found;
}

/* ---- the index ---- */

typedef struct index_walk {
  fe_tu *t;
  CXFile main_file;
  CXFile prev_file;
  unsigned prev_end;
  unsigned order;
} index_walk;

/* Is the definition in the main file? By where it is expanded, not where
 * its name is spelled: `void HANDLER_NAME(Foo)(...) {...}` and a body
 * written inside a macro of the main file are the main file's code. */
static int defined_in_main_file(const index_walk *w, CXCursor c) {
  CXFile file = NULL;
  clang_getExpansionLocation(clang_getCursorLocation(c), &file, NULL, NULL,
                             NULL);
  return file && clang_File_isEqual(file, w->main_file);
}

static int parent_is_file_scope(CXCursor parent) {
  enum CXCursorKind k = clang_getCursorKind(parent);
  return k == CXCursor_TranslationUnit || k == CXCursor_LinkageSpec;
}

/* A project header: a file other than the main one that clang does not
 * read as a system header (-isystem, -idirafter, -imsvc, /external:I: the
 * bundled WDK model headers and a real WDK's directories come that way)
 * and that lies under the job's project root, the program's source tree.
 * Its functions are the project's code: analyzed, and reported at the
 * header's lines. Decided once per file. */
struct fe_header_verdict {
  CXFile file;
  const char *real; /* the header's real path; NULL: not the project's */
};

static int is_under(const char *path, const char *root) {
  size_t n = strlen(root);
  while (n > 1 && root[n - 1] == '/')
    n--;
  return strncmp(path, root, n) == 0 && (path[n] == '/' || n == 1);
}

static const char *real_path_of(fe_tu *t, CXFile file) {
  CXString real = clang_File_tryGetRealPathName(file);
  CXString name = clang_getFileName(file);
  const char *spelled = clang_getCString(real);
  if (!spelled || !*spelled)
    spelled = clang_getCString(name);
  const char *result = NULL;
  if (spelled && *spelled) {
    char *absolute = path_in_dir(t->directory, spelled);
    char canonical[PATH_MAX];
    result = arena_strdup(t->mem,
                          realpath(absolute, canonical) ? canonical : absolute);
    free(absolute);
  }
  clang_disposeString(real);
  clang_disposeString(name);
  return result;
}

static const char *project_header_of(fe_tu *t, CXCursor c) {
  if (!t->project_root)
    return NULL;
  CXSourceLocation at = clang_getCursorLocation(c);
  CXFile file = NULL;
  clang_getExpansionLocation(at, &file, NULL, NULL, NULL);
  if (!file)
    return NULL;
  for (size_t i = 0; i < t->header_verdict_count; i++)
    if (clang_File_isEqual(t->header_verdicts[i].file, file))
      return t->header_verdicts[i].real;
  struct fe_header_verdict v = {file, NULL};
  if (!clang_Location_isInSystemHeader(at)) {
    const char *real = real_path_of(t, file);
    if (real && is_under(real, t->project_root))
      v.real = real;
  }
  VEC_PUSH(t->header_verdicts, t->header_verdict_count, t->header_verdict_cap,
           v);
  return v.real;
}

static void add_definition(fe_tu *t, CXCursor c, const char *header) {
  VEC_PUSH(t->definitions, t->definition_count, t->definition_cap, c);
  VEC_PUSH(t->definition_headers, t->definition_header_count,
           t->definition_header_cap, header);
}

static enum CXChildVisitResult index_visit(CXCursor c, CXCursor parent,
                                           CXClientData data) {
  index_walk *w = data;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k == CXCursor_LinkageSpec)
    return CXChildVisit_Recurse;
  if (!clang_isDeclaration(k))
    return CXChildVisit_Continue;
  if (k == CXCursor_VarDecl && parent_is_file_scope(parent) &&
      defined_in_main_file(w, c))
    VEC_PUSH(w->t->file_vars, w->t->file_var_count, w->t->file_var_cap, c);
  if (k == CXCursor_FunctionDecl && clang_isCursorDefinition(c)) {
    const char *header = NULL;
    if (defined_in_main_file(w, c))
      add_definition(w->t, c, NULL);
    else if ((header = project_header_of(w->t, c)) != NULL)
      add_definition(w->t, c, header);
  }
  if (k == CXCursor_FunctionDecl || k == CXCursor_TypedefDecl) {
    fe_decl_site site;
    memset(&site, 0, sizeof site);
    site.name = fe_cursor_name(w->t->mem, c);
    site.cursor = c;
    site.is_typedef = k == CXCursor_TypedefDecl;
    site.order = w->order++;
    clang_getExpansionLocation(clang_getCursorLocation(c), &site.file, NULL,
                               NULL, &site.name_offset);
    site.prefix_begin =
        w->prev_file == site.file && w->prev_end <= site.name_offset
            ? w->prev_end
            : 0;
    if (site.file && site.name[0])
      VEC_PUSH(w->t->decl_sites, w->t->decl_site_count, w->t->decl_site_cap,
               site);
  }
  clang_getExpansionLocation(clang_getRangeEnd(clang_getCursorExtent(c)),
                             &w->prev_file, NULL, NULL, &w->prev_end);
  return CXChildVisit_Continue;
}

static int compare_sites(const void *pa, const void *pb) {
  const fe_decl_site *a = pa, *b = pb;
  int c = strcmp(a->name, b->name);
  if (c)
    return c;
  return a->order < b->order ? -1 : a->order > b->order;
}

void fe_decl_index_build(fe_tu *t) {
  index_walk w;
  memset(&w, 0, sizeof w);
  w.t = t;
  CXString main_name = clang_getTranslationUnitSpelling(t->tu);
  w.main_file = clang_getFile(t->tu, clang_getCString(main_name));
  clang_disposeString(main_name);
  clang_visitChildren(clang_getTranslationUnitCursor(t->tu), index_visit, &w);
  if (t->decl_site_count > 1)
    qsort(t->decl_sites, t->decl_site_count, sizeof(fe_decl_site),
          compare_sites);
  for (size_t i = 0; i < t->decl_site_count;) {
    size_t j = i;
    while (j < t->decl_site_count &&
           strcmp(t->decl_sites[j].name, t->decl_sites[i].name) == 0)
      j++;
    fe_decl_group g = {t->decl_sites[i].name, (unsigned)i, (unsigned)(j - i),
                       NULL};
    VEC_PUSH(t->decl_groups, t->decl_group_count, t->decl_group_cap, g);
    i = j;
  }
}

void fe_decl_index_free(fe_tu *t) {
  free(t->definitions);
  free(t->file_vars);
  free(t->definition_headers);
  free(t->header_verdicts);
  free(t->decl_sites);
  free(t->decl_groups);
  for (size_t i = 0; i < t->file_fact_count; i++) {
    free(t->file_facts[i].alloc_text);
    free(t->file_facts[i].code_segs);
  }
  free(t->file_facts);
}

static fe_decl_group *find_group(fe_tu *t, const char *name) {
  size_t lo = 0, hi = t->decl_group_count;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = strcmp(t->decl_groups[mid].name, name);
    if (c == 0)
      return &t->decl_groups[mid];
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

/* The typedef a function was declared with: `MINIPORT_HALT MpHalt;`. */
static const char *role_of(fe_tu *t, CXCursor fn) {
  CXType type = clang_getCursorType(fn);
  if (type.kind == CXType_Elaborated)
    type = clang_Type_getNamedType(type);
  if (type.kind != CXType_Typedef)
    return NULL;
  CXString s = clang_getTypedefName(type);
  const char *name = arena_strdup(t->mem, clang_getCString(s));
  clang_disposeString(s);
  return name[0] ? name : NULL;
}

static void copy_annotations(fe_tu *t, annotation_vec *v, ir_annotation **out,
                             uint16_t *count) {
  size_t n = v->count > UINT16_MAX ? UINT16_MAX : v->count;
  if (n) {
    *out = arena_alloc(t->mem, sizeof(ir_annotation) * n);
    memcpy(*out, v->items, sizeof(ir_annotation) * n);
  }
  *count = (uint16_t)n;
  free(v->items);
  memset(v, 0, sizeof *v);
}

/* The first reason found is kept, except that a section placement wins
 * over PAGED_CODE(): the placement is what makes the code pageable, the
 * macro only asserts that callers stay at or below APC_LEVEL. */
static void mark_paged(ir_fn_decl *d, uint8_t reason, ir_loc at) {
  if (d->paged &&
      !(d->paged == IR_PAGED_CODE_MACRO && reason != IR_PAGED_CODE_MACRO))
    return;
  d->paged = reason;
  d->paged_loc = at;
}

static void compute_decl(fe_tu *t, fe_decl_group *g) {
  ir_fn_decl *d = arena_alloc(t->mem, sizeof *d);
  d->name = g->name;
  g->info = d;
  annotation_vec anns;
  memset(&anns, 0, sizeof anns);
  const fe_decl_site *definition = NULL;
  for (unsigned i = 0; i < g->count; i++) {
    const fe_decl_site *site = &t->decl_sites[g->first + i];
    if (!site->is_typedef && clang_isCursorDefinition(site->cursor))
      definition = site;
  }
  /* the definition's annotations first, then the prototypes' in order */
  if (definition)
    read_annotations(t, definition, &anns);
  for (unsigned i = 0; i < g->count; i++) {
    const fe_decl_site *site = &t->decl_sites[g->first + i];
    if (site->is_typedef)
      continue;
    if (site != definition)
      read_annotations(t, site, &anns);
    if (!d->role)
      d->role = role_of(t, site->cursor);
    if (!d->loc.file)
      d->loc = fe_loc_of_cursor(t, site->cursor);
  }
  copy_annotations(t, &anns, &d->annotations, &d->annotation_count);
  if (d->role) {
    fe_decl_group *rg = find_group(t, d->role);
    for (unsigned i = 0; rg && i < rg->count; i++)
      if (t->decl_sites[rg->first + i].is_typedef)
        read_annotations(t, &t->decl_sites[rg->first + i], &anns);
    copy_annotations(t, &anns, &d->role_annotations, &d->role_annotation_count);
  }
  for (uint16_t i = 0; i < d->annotation_count; i++) {
    const ir_annotation *a = &d->annotations[i];
    if (strcmp(a->name, "__declspec") == 0 && a->arg_count &&
        strncmp(a->args[0], "code_seg(", 9) == 0 &&
        paged_section(a->args[0] + 9))
      mark_paged(d, IR_PAGED_DECLSPEC, a->loc);
  }
  if (!definition)
    return;
  d->has_body = 1;
  d->loc = fe_loc_of_cursor(t, definition->cursor);
  ir_loc at;
  if (starts_with_paged_code(t, definition->cursor, &at))
    mark_paged(d, IR_PAGED_CODE_MACRO, at);
  fe_file_facts *ff = file_facts(t, definition->file);
  load_pragmas(t, ff);
  for (size_t i = 0; i < ff->alloc_text_count; i++)
    if (strcmp(ff->alloc_text[i].function, d->name) == 0)
      mark_paged(d, IR_PAGED_ALLOC_TEXT, ff->alloc_text[i].loc);
  unsigned def_begin;
  clang_getExpansionLocation(
      clang_getRangeStart(clang_getCursorExtent(definition->cursor)), NULL,
      NULL, NULL, &def_begin);
  const fe_code_seg *region = NULL;
  for (size_t i = 0; i < ff->code_seg_count; i++)
    if (ff->code_segs[i].offset < def_begin)
      region = &ff->code_segs[i];
  if (region && region->paged)
    mark_paged(d, IR_PAGED_CODE_SEG, region->loc);
}

const ir_fn_decl *fe_decl_info(fe_tu *t, const char *name) {
  fe_decl_group *g = find_group(t, name);
  if (!g)
    return NULL;
  if (!g->info)
    compute_decl(t, g);
  return g->info;
}
