/* WMI headers from the driver's MOF files (see mof.h).
 *
 * What the build does, and what irqlint does in its place; one row per
 * fact, with the page it follows:
 *
 *   MofComp items      mofcomp -B:file.bmf file.mof (CreateBinaryMOFFile):
 *                      learn.microsoft.com/windows-hardware/drivers/
 *                      devtest/mofcomp-task, .../kernel/
 *                      compiling-a-driver-s-mof-file
 *   Wmimofck items     wmimofck -hfile.h (HeaderOutputFile), -m
 *                      (GenerateStructureDefinitionsForMethodParameters),
 *                      -u (GenerateStructureDefinitionsForDatablocks):
 *                      .../devtest/wmimofck-task
 *   the header         for each class: its GUID as an initializer macro
 *                      (NameGuid, or the GuidName1 qualifier's name) and
 *                      as DEFINE_GUID(Name_GUID, ...); the method ids
 *                      (#define Method id, WmiMethodId); a structure named
 *                      by the HeaderName qualifier or the class, one
 *                      member per data item (WmiDataId order) with
 *                      Struct_Item_SIZE and Struct_Item_ID, and
 *                      Struct_SIZE when every item has a fixed size; with
 *                      -m, Method_IN and Method_OUT structures of the
 *                      parameters: .../kernel/using-wmimofck-exe
 *
 * Details the pages leave out follow what drivers use of the header: a
 * string without MaxLen, a variable-length class, or a type the file
 * does not define ends the fixed members (CHAR VariableData[1], then only
 * the ids); an array sized by WmiSizeIs is a one-element array member; a
 * datetime is WCHAR[25]; a string with MaxLen(n) is a counted string of
 * WCHAR[n + 1] (its length, then the characters), with or without -u;
 * method parameters are numbered from 1 in the order written, in and out
 * together. The MOF read is what driver MOF files hold: #pragma lines,
 * comments, qualifier lists, classes with properties, arrays and
 * methods; instances and qualifier declarations are skipped. */
#define _XOPEN_SOURCE 700 /* strtok_r */
#include "mof.h"

#include "../util/xalloc.h"
#include "cli.h"
#include "project.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

enum { MOF_MAX_FILE_SIZE = 4 << 20 };

/* ---- the project's items ---- */

/* A Windows path as written ("\".\x64\Release\\b.bmf\"") under `dir`,
 * '\' read as '/', the quotes around it dropped, "." and ".." taken
 * lexically (the file need not exist); NULL for a drive path. */
static char *lexical_path(const char *dir, const char *windows_path) {
  char *p = xstrdup(windows_path);
  size_t n = strlen(p);
  char *s = p;
  while (n && (isspace((unsigned char)s[n - 1]) || s[n - 1] == '"'))
    s[--n] = '\0';
  while (*s == '"' || isspace((unsigned char)*s))
    s++;
  for (char *c = s; *c; c++)
    if (*c == '\\')
      *c = '/';
  if (isalpha((unsigned char)s[0]) && s[1] == ':') {
    free(p);
    return NULL;
  }
  char *joined = s[0] == '/' ? xstrdup(s) : xasprintf("%s/%s", dir, s);
  free(p);
  /* components, with "." and "" dropped and ".." popping */
  char **parts = NULL;
  size_t count = 0, cap = 0;
  char *save = NULL;
  for (char *t = strtok_r(joined, "/", &save); t;
       t = strtok_r(NULL, "/", &save)) {
    if (strcmp(t, ".") == 0)
      continue;
    if (strcmp(t, "..") == 0) {
      if (count)
        count--;
      continue;
    }
    VEC_PUSH(parts, count, cap, t);
  }
  strbuf sb;
  strbuf_init(&sb);
  for (size_t i = 0; i < count; i++)
    strbuf_printf(&sb, "/%s", parts[i]);
  char *out = xstrdup(count ? strbuf_cstr(&sb) : "/");
  strbuf_free(&sb);
  free(parts);
  free(joined);
  return out;
}

static const char *file_name(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? slash + 1 : path;
}

/* The file name without its extension, of a path with either separator. */
static char *stem(const char *path) {
  const char *base = path;
  for (const char *c = path; *c; c++)
    if (*c == '/' || *c == '\\')
      base = c + 1;
  const char *dot = strrchr(base, '.');
  char *out = xstrndup(base, dot ? (size_t)(dot - base) : strlen(base));
  size_t n = strlen(out);
  while (n && out[n - 1] == '"')
    out[--n] = '\0';
  return out;
}

/* The .mof a .bmf is compiled from: the MofComp item whose
 * CreateBinaryMofFile names it, else the MofComp item (else a .mof in
 * the project's directory) with the same file name (the custom build
 * steps some projects run between the two write that name too). */
static void find_mof(arena *a, const msb_project *m, const char *bmf_path,
                     const char *bmf, mof_header *h) {
  for (unsigned i = 0; i < m->tool_item_count; i++) {
    const msb_item *it = &m->tool_items[i];
    if (strcasecmp(it->type, "MofComp") != 0)
      continue;
    const char *out = msb_item_value(it, "CreateBinaryMofFile");
    char *out_path = out ? lexical_path(m->dir, out) : NULL;
    int same = out_path && bmf_path && strcasecmp(out_path, bmf_path) == 0;
    free(out_path);
    if (!same)
      continue;
    char *found = msb_resolve_path(m->dir, it->include);
    h->mof = found ? arena_strdup(a, found) : NULL;
    h->mof_from =
        arena_printf(a, "MofComp %s, CreateBinaryMofFile %s", it->origin, out);
    free(found);
    return;
  }
  char *want = stem(bmf);
  for (unsigned i = 0; i < m->tool_item_count && !h->mof_from; i++) {
    const msb_item *it = &m->tool_items[i];
    char *have = stem(it->include);
    if (strcasecmp(it->type, "MofComp") == 0 && strcasecmp(have, want) == 0) {
      char *found = msb_resolve_path(m->dir, it->include);
      h->mof = found ? arena_strdup(a, found) : NULL;
      h->mof_from = arena_printf(a, "MofComp %s, by its name", it->origin);
      free(found);
    }
    free(have);
  }
  if (!h->mof_from) {
    char *name = xasprintf("%s.mof", want);
    char *found = msb_resolve_path(m->dir, name);
    if (found) {
      h->mof = arena_strdup(a, found);
      h->mof_from = "the project's directory, by its name";
    }
    free(found);
    free(name);
  }
  free(want);
}

void mof_headers_read(arena *a, const msb_project *m, mof_headers *out) {
  for (unsigned i = 0; i < m->tool_item_count; i++) {
    const msb_item *it = &m->tool_items[i];
    if (strcasecmp(it->type, "Wmimofck") != 0)
      continue;
    const msb_list *hl = msb_item_metadata(it, "HeaderOutputFile");
    if (!hl || !hl->count)
      continue; /* no -h: no header */
    const msb_value *hv = &hl->items[hl->count - 1];
    out->items =
        arena_grow(a, out->items, out->count, &out->cap, sizeof *out->items);
    mof_header *h = &out->items[out->count++];
    memset(h, 0, sizeof *h);
    h->project_dir = m->dir;
    h->bmf = it->include;
    const char *at = hv->origin;
    if (strncmp(at, "item ", 5) == 0)
      at += 5;
    h->origin = arena_printf(a, "HeaderOutputFile %s", at);
    h->method_structs = msb_item_value_is(
        it, "GenerateStructureDefinitionsForMethodParameters", "true");
    char *path = hv->raw ? NULL : lexical_path(m->dir, hv->text);
    if (!path) {
      h->left_out = arena_printf(a, "HeaderOutputFile %s is not a path here",
                                 hv->raw ? hv->raw : hv->text);
      h->header = arena_strdup(a, hv->raw ? hv->raw : hv->text);
    } else {
      h->header = arena_strdup(a, path);
    }
    free(path);
    char *bmf_path = lexical_path(m->dir, it->include);
    find_mof(a, m, bmf_path, it->include, h);
    free(bmf_path);
  }
}

/* ---- reading MOF ---- */

typedef enum { T_END, T_NAME, T_NUMBER, T_STRING, T_PUNCT } tok_kind;

typedef struct token {
  tok_kind kind;
  char *text; /* names, numbers, strings (unescaped); the punctuation */
  unsigned line;
} token;

typedef struct lexer {
  const char *at;
  unsigned line;
  int line_start;
} lexer;

static void skip_space(lexer *lx) {
  for (;;) {
    char c = *lx->at;
    if (c == '\n') {
      lx->line++;
      lx->at++;
      lx->line_start = 1;
    } else if (isspace((unsigned char)c)) {
      lx->at++;
    } else if (c == '/' && lx->at[1] == '/') {
      while (*lx->at && *lx->at != '\n')
        lx->at++;
    } else if (c == '/' && lx->at[1] == '*') {
      lx->at += 2;
      while (*lx->at && !(lx->at[0] == '*' && lx->at[1] == '/')) {
        if (*lx->at == '\n')
          lx->line++;
        lx->at++;
      }
      if (*lx->at)
        lx->at += 2;
    } else if (c == '#' && lx->line_start) {
      /* #pragma ...: nothing here needs one */
      while (*lx->at && *lx->at != '\n')
        lx->at++;
    } else {
      return;
    }
  }
}

static token next_token(lexer *lx) {
  skip_space(lx);
  lx->line_start = 0;
  token t = {T_END, NULL, lx->line};
  const char *s = lx->at;
  if (!*s)
    return t;
  if (isalpha((unsigned char)*s) || *s == '_' || *s == '$') {
    const char *e = s;
    while (isalnum((unsigned char)*e) || *e == '_' || *e == '$')
      e++;
    t.kind = T_NAME;
    t.text = xstrndup(s, (size_t)(e - s));
    lx->at = e;
  } else if (isdigit((unsigned char)*s) ||
             ((*s == '-' || *s == '+' || *s == '.') &&
              isdigit((unsigned char)s[1]))) {
    const char *e = s + 1;
    while (isalnum((unsigned char)*e) || *e == '.')
      e++;
    t.kind = T_NUMBER;
    t.text = xstrndup(s, (size_t)(e - s));
    lx->at = e;
  } else if (*s == '"' || *s == '\'') {
    char quote = *s++;
    strbuf sb;
    strbuf_init(&sb);
    while (*s && *s != quote && *s != '\n') {
      if (*s == '\\' && s[1]) {
        s++;
        char c = *s == 'n' ? ' ' : *s == 't' ? ' ' : *s;
        strbuf_putc(&sb, c);
        s++;
      } else {
        strbuf_putc(&sb, *s++);
      }
    }
    if (*s == quote) {
      t.kind = T_STRING;
      t.text = xstrdup(strbuf_cstr(&sb));
      lx->at = s + 1;
    } else {
      t.kind = T_PUNCT; /* an unterminated string: the parser rejects it */
      t.text = xstrdup("\"");
      lx->at = s;
    }
    strbuf_free(&sb);
  } else {
    t.kind = T_PUNCT;
    t.text = xstrndup(s, 1);
    lx->at = s + 1;
  }
  return t;
}

typedef struct mof_qual {
  char *name;
  char *value; /* the first value, strings joined; NULL when none */
} mof_qual;

typedef struct mof_quals {
  mof_qual *items;
  size_t count, cap;
} mof_quals;

typedef struct mof_prop {
  char *type, *name;
  int ref;
  int array;      /* 0: none, 1: [n], 2: [] */
  unsigned count; /* for [n] */
  mof_quals quals;
  unsigned line;
} mof_prop;

typedef struct mof_method {
  char *name;
  mof_prop *params;
  size_t param_count, param_cap;
  mof_quals quals;
} mof_method;

typedef struct mof_class {
  char *name, *base;
  mof_quals quals;
  mof_prop *props;
  size_t prop_count, prop_cap;
  mof_method *methods;
  size_t method_count, method_cap;
  unsigned line;
} mof_class;

typedef struct parser {
  lexer lx;
  token tok;
  char *error;
  mof_class *classes;
  size_t class_count, class_cap;
} parser;

static void advance(parser *p) {
  free(p->tok.text);
  p->tok = next_token(&p->lx);
}

static int is_punct(const parser *p, char c) {
  return p->tok.kind == T_PUNCT && p->tok.text[0] == c;
}

static int is_name(const parser *p, const char *name) {
  return p->tok.kind == T_NAME && strcasecmp(p->tok.text, name) == 0;
}

static void fail(parser *p, const char *what) {
  if (p->error)
    return;
  const char *near = p->tok.kind == T_END ? "the end of the file" : NULL;
  if (near)
    p->error = xasprintf("%u: %s, found %s", p->tok.line, what, near);
  else
    p->error = xasprintf("%u: %s, found '%s'", p->tok.line, what,
                         p->tok.kind == T_STRING ? "\"...\"" : p->tok.text);
}

static int expect(parser *p, char c, const char *what) {
  if (!is_punct(p, c)) {
    fail(p, what);
    return 0;
  }
  advance(p);
  return 1;
}

static char *take_name(parser *p, const char *what) {
  if (p->tok.kind != T_NAME) {
    fail(p, what);
    return NULL;
  }
  char *name = p->tok.text;
  p->tok.text = NULL;
  advance(p);
  return name;
}

static void quals_free(mof_quals *q) {
  for (size_t i = 0; i < q->count; i++) {
    free(q->items[i].name);
    free(q->items[i].value);
  }
  free(q->items);
}

static const char *qual_value(const mof_quals *q, const char *name,
                              int *present) {
  for (size_t i = 0; i < q->count; i++)
    if (strcasecmp(q->items[i].name, name) == 0) {
      if (present)
        *present = 1;
      return q->items[i].value;
    }
  return NULL;
}

static int has_qual(const mof_quals *q, const char *name) {
  int present = 0;
  qual_value(q, name, &present);
  return present;
}

/* One qualifier value: strings written next to each other are one. */
static char *parse_value(parser *p) {
  if (p->tok.kind == T_STRING) {
    strbuf sb;
    strbuf_init(&sb);
    while (p->tok.kind == T_STRING) {
      strbuf_puts(&sb, p->tok.text);
      advance(p);
    }
    char *v = xstrdup(strbuf_cstr(&sb));
    strbuf_free(&sb);
    return v;
  }
  if (p->tok.kind == T_NUMBER || p->tok.kind == T_NAME) {
    char *v = p->tok.text;
    p->tok.text = NULL;
    advance(p);
    return v;
  }
  fail(p, "expected a qualifier value");
  return NULL;
}

/* [Name, Name(value), Name{v, v} : flavor ..., ...] */
static void parse_quals(parser *p, mof_quals *q) {
  if (!is_punct(p, '['))
    return;
  advance(p);
  while (!p->error && !is_punct(p, ']')) {
    char *name = take_name(p, "expected a qualifier name");
    if (!name)
      return;
    char *value = NULL;
    if (is_punct(p, '(')) {
      advance(p);
      value = parse_value(p);
      expect(p, ')', "expected ')' after a qualifier value");
    } else if (is_punct(p, '{')) {
      advance(p);
      while (!p->error && !is_punct(p, '}')) {
        char *v = parse_value(p);
        if (!value)
          value = v;
        else
          free(v);
        if (is_punct(p, ','))
          advance(p);
        else if (!is_punct(p, '}'))
          fail(p, "expected ',' or '}' in a qualifier's values");
      }
      expect(p, '}', "expected '}'");
    }
    if (is_punct(p, ':')) { /* flavors: amended, ToSubclass, ... */
      advance(p);
      while (p->tok.kind == T_NAME)
        advance(p);
    }
    mof_qual qual = {name, value};
    VEC_PUSH(q->items, q->count, q->cap, qual);
    if (is_punct(p, ','))
      advance(p);
    else if (!is_punct(p, ']'))
      fail(p, "expected ',' or ']' in a qualifier list");
  }
  expect(p, ']', "expected ']'");
}

/* type [ref] name [ '[' n? ']' ] */
static int parse_typed_name(parser *p, mof_prop *out) {
  out->line = p->tok.line;
  out->type = take_name(p, "expected a type");
  if (!out->type)
    return 0;
  if (is_name(p, "ref")) {
    out->ref = 1;
    advance(p);
  }
  out->name = take_name(p, "expected a property name");
  if (!out->name)
    return 0;
  if (is_punct(p, '[')) {
    advance(p);
    out->array = 2;
    if (p->tok.kind == T_NUMBER) {
      out->array = 1;
      out->count = (unsigned)strtoul(p->tok.text, NULL, 0);
      advance(p);
    }
    return expect(p, ']', "expected ']' after an array size");
  }
  return 1;
}

static void prop_free(mof_prop *m) {
  free(m->type);
  free(m->name);
  quals_free(&m->quals);
}

/* Skips to the ';' that ends a default value, past nested braces. */
static void skip_to_semicolon(parser *p) {
  int depth = 0;
  while (p->tok.kind != T_END && !(depth == 0 && is_punct(p, ';'))) {
    if (is_punct(p, '{') || is_punct(p, '('))
      depth++;
    else if ((is_punct(p, '}') || is_punct(p, ')')) && depth)
      depth--;
    advance(p);
  }
}

static void parse_member(parser *p, mof_class *c) {
  mof_prop m;
  memset(&m, 0, sizeof m);
  parse_quals(p, &m.quals);
  if (p->error || !parse_typed_name(p, &m)) {
    prop_free(&m);
    return;
  }
  if (is_punct(p, '(') && !m.array) { /* a method */
    mof_method meth;
    memset(&meth, 0, sizeof meth);
    meth.name = m.name;
    meth.quals = m.quals;
    free(m.type);
    advance(p);
    while (!p->error && !is_punct(p, ')')) {
      mof_prop param;
      memset(&param, 0, sizeof param);
      parse_quals(p, &param.quals);
      if (!p->error && parse_typed_name(p, &param))
        VEC_PUSH(meth.params, meth.param_count, meth.param_cap, param);
      else
        prop_free(&param);
      if (is_punct(p, ','))
        advance(p);
      else if (!is_punct(p, ')'))
        fail(p, "expected ',' or ')' in a method's parameters");
    }
    expect(p, ')', "expected ')'");
    VEC_PUSH(c->methods, c->method_count, c->method_cap, meth);
  } else {
    if (is_punct(p, '='))
      skip_to_semicolon(p);
    VEC_PUSH(c->props, c->prop_count, c->prop_cap, m);
  }
  expect(p, ';', "expected ';' after a class member");
}

static void class_free(mof_class *c) {
  free(c->name);
  free(c->base);
  quals_free(&c->quals);
  for (size_t i = 0; i < c->prop_count; i++)
    prop_free(&c->props[i]);
  free(c->props);
  for (size_t i = 0; i < c->method_count; i++) {
    mof_method *m = &c->methods[i];
    free(m->name);
    quals_free(&m->quals);
    for (size_t k = 0; k < m->param_count; k++)
      prop_free(&m->params[k]);
    free(m->params);
  }
  free(c->methods);
}

/* Skips a braced block (an instance's values) and the ';' after it. */
static void skip_block(parser *p) {
  while (p->tok.kind != T_END && !is_punct(p, '{'))
    advance(p);
  int depth = 0;
  do {
    if (is_punct(p, '{'))
      depth++;
    else if (is_punct(p, '}'))
      depth--;
    advance(p);
  } while (p->tok.kind != T_END && depth > 0);
  if (is_punct(p, ';'))
    advance(p);
}

static void parse_file(parser *p) {
  advance(p);
  while (!p->error && p->tok.kind != T_END) {
    if (is_punct(p, ';')) {
      advance(p);
      continue;
    }
    mof_class c;
    memset(&c, 0, sizeof c);
    parse_quals(p, &c.quals);
    if (p->error) {
      class_free(&c);
      return;
    }
    if (is_name(p, "instance")) {
      class_free(&c);
      skip_block(p);
      continue;
    }
    if (is_name(p, "qualifier")) {
      class_free(&c);
      skip_to_semicolon(p);
      continue;
    }
    if (!is_name(p, "class")) {
      class_free(&c);
      fail(p, "expected 'class'");
      return;
    }
    c.line = p->tok.line;
    advance(p);
    c.name = take_name(p, "expected a class name");
    if (c.name && is_punct(p, ':')) {
      advance(p);
      c.base = take_name(p, "expected a base class name");
    }
    if (!p->error && expect(p, '{', "expected '{' after the class name"))
      while (!p->error && !is_punct(p, '}') && p->tok.kind != T_END)
        parse_member(p, &c);
    if (!p->error)
      expect(p, '}', "expected '}' at the end of the class");
    if (!p->error)
      expect(p, ';', "expected ';' after the class");
    if (p->error) {
      class_free(&c);
      return;
    }
    VEC_PUSH(p->classes, p->class_count, p->class_cap, c);
  }
}

/* ---- writing the header ---- */

static int is_c_identifier(const char *s) {
  if (!s || !(isalpha((unsigned char)*s) || *s == '_'))
    return 0;
  for (; *s; s++)
    if (!isalnum((unsigned char)*s) && *s != '_')
      return 0;
  return 1;
}

static const mof_class *find_class(const parser *p, const char *name) {
  for (size_t i = 0; i < p->class_count; i++)
    if (strcasecmp(p->classes[i].name, name) == 0)
      return &p->classes[i];
  return NULL;
}

static const char *struct_name(const mof_class *c) {
  const char *h = qual_value(&c->quals, "HeaderName", NULL);
  return is_c_identifier(h) ? h : c->name;
}

/* The C type of a MOF scalar type, or NULL. */
static const char *scalar_type(const char *t) {
  static const char *const map[][2] = {
      {"boolean", "BOOLEAN"}, {"uint8", "UCHAR"},      {"sint8", "CHAR"},
      {"uint16", "USHORT"},   {"sint16", "SHORT"},     {"uint32", "ULONG"},
      {"sint32", "LONG"},     {"uint64", "ULONGLONG"}, {"sint64", "LONGLONG"},
      {"char16", "WCHAR"},    {"real32", "float"},     {"real64", "double"}};
  for (size_t i = 0; i < sizeof map / sizeof *map; i++)
    if (strcasecmp(t, map[i][0]) == 0)
      return map[i][1];
  return NULL;
}

/* How one data item is laid out. */
typedef struct layout {
  char *decl; /* "ULONG Name[4]" for a member, NULL when it ends the fixed
                 members as VariableData */
  char *size; /* "sizeof(ULONG[4])", NULL when not fixed */
} layout;

static int class_is_fixed(const parser *p, const mof_class *c, int depth);

static layout lay_out(const parser *p, const mof_prop *m, int depth) {
  layout l = {NULL, NULL};
  const char *scalar = scalar_type(m->type);
  const char *maxlen = qual_value(&m->quals, "MaxLen", NULL);
  unsigned max = maxlen ? (unsigned)strtoul(maxlen, NULL, 0) : 0;
  const char *elem = NULL, *dims = "";
  char *dims_owned = NULL;
  int fixed = 0;
  if (m->ref) {
    elem = NULL; /* an object path: a string */
  } else if (scalar) {
    elem = scalar;
    fixed = 1;
  } else if (strcasecmp(m->type, "datetime") == 0) {
    elem = "WCHAR";
    dims = "[25]";
    fixed = 1;
  } else if (strcasecmp(m->type, "string") == 0) {
    if (max && m->array != 2) {
      elem = "WCHAR";
      dims = dims_owned = xasprintf("[%u]", max + 1);
      fixed = 1;
    } else if (m->array == 2) {
      elem = "WCHAR"; /* a variable array of counted strings */
    }
  } else {
    const mof_class *e = find_class(p, m->type);
    if (e) {
      elem = struct_name(e);
      fixed = class_is_fixed(p, e, depth + 1);
      if (!fixed && m->array != 2)
        elem = NULL;
    }
  }
  if (elem && m->array == 2) {
    l.decl = xasprintf("%s %s[1]", elem, m->name);
  } else if (elem && fixed && m->array == 1) {
    l.decl = xasprintf("%s %s[%u]%s", elem, m->name, m->count, dims);
    l.size = xasprintf("sizeof(%s[%u]%s)", elem, m->count, dims);
  } else if (elem && fixed) {
    l.decl = xasprintf("%s %s%s", elem, m->name, dims);
    l.size = xasprintf("sizeof(%s%s)", elem, dims);
  }
  free(dims_owned);
  return l;
}

static int by_data_id(const void *a, const void *b) {
  const mof_prop *x = *(const mof_prop *const *)a;
  const mof_prop *y = *(const mof_prop *const *)b;
  long i = strtol(qual_value(&x->quals, "WmiDataId", NULL), NULL, 0);
  long k = strtol(qual_value(&y->quals, "WmiDataId", NULL), NULL, 0);
  return i < k ? -1 : i > k ? 1 : x->line < y->line ? -1 : x->line > y->line;
}

/* The data items of a class (its base's first, when the file defines
 * it), in WmiDataId order. */
static size_t data_items(const parser *p, const mof_class *c,
                         const mof_prop ***out, int depth) {
  size_t count = 0, cap = 0;
  *out = NULL;
  const mof_class *base = c->base && depth < 16 ? find_class(p, c->base) : NULL;
  if (base) {
    const mof_prop **inherited;
    size_t n = data_items(p, base, &inherited, depth + 1);
    for (size_t i = 0; i < n; i++)
      VEC_PUSH(*out, count, cap, inherited[i]);
    free(inherited);
  }
  size_t own = count;
  for (size_t i = 0; i < c->prop_count; i++)
    if (qual_value(&c->props[i].quals, "WmiDataId", NULL))
      VEC_PUSH(*out, count, cap, &c->props[i]);
  if (count > own)
    qsort(*out + own, count - own, sizeof **out, by_data_id);
  return count;
}

static int class_is_fixed(const parser *p, const mof_class *c, int depth) {
  if (depth > 16)
    return 0;
  const mof_prop **items;
  size_t n = data_items(p, c, &items, depth);
  int fixed = n > 0;
  for (size_t i = 0; i < n && fixed; i++) {
    layout l = lay_out(p, items[i], depth);
    fixed = l.size != NULL;
    free(l.decl);
    free(l.size);
  }
  free(items);
  return fixed;
}

/* One item's id: its WmiDataId (or ID), else its place. */
static long item_id(const mof_prop *m, long place) {
  const char *id = qual_value(&m->quals, "WmiDataId", NULL);
  if (!id)
    id = qual_value(&m->quals, "ID", NULL);
  return id ? strtol(id, NULL, 0) : place;
}

/* A comment's text on one line, safe in a // comment. */
static void put_comment(strbuf *sb, const char *text) {
  strbuf_puts(sb, "// ");
  for (const char *c = text; *c; c++)
    strbuf_putc(sb, (unsigned char)*c < ' ' ? ' ' : *c);
  while (sb->len &&
         (sb->data[sb->len - 1] == '\\' || sb->data[sb->len - 1] == ' '))
    sb->data[--sb->len] = '\0';
  strbuf_putc(sb, '\n');
}

/* typedef struct _S { members } S, *PS; with the _SIZE and _ID macros;
 * returns whether every item has a fixed size. */
static int write_struct(strbuf *sb, const parser *p, const char *s,
                        const mof_prop *const *items, const long *ids,
                        size_t n) {
  strbuf macros;
  strbuf_init(&macros);
  strbuf_printf(sb, "typedef struct _%s {\n", s);
  int fixed = n > 0;
  const char *last = NULL;
  if (!n)
    strbuf_puts(sb, "  CHAR VariableData[1]; /* no data items */\n");
  for (size_t i = 0; i < n; i++) {
    const mof_prop *m = items[i];
    layout l = fixed ? lay_out(p, m, 0) : (layout){NULL, NULL};
    if (fixed && l.decl) {
      strbuf_printf(sb, "  %s;\n", l.decl);
      if (l.size) {
        strbuf_printf(&macros, "#define %s_%s_SIZE %s\n", s, m->name, l.size);
        last = m->name;
      }
    } else if (fixed) {
      strbuf_printf(sb, "  CHAR VariableData[1]; /* %s and what follows */\n",
                    m->name);
    }
    if (!l.size)
      fixed = 0;
    strbuf_printf(&macros, "#define %s_%s_ID %ld\n", s, m->name, ids[i]);
    free(l.decl);
    free(l.size);
  }
  strbuf_printf(sb, "} %s, *P%s;\n", s, s);
  strbuf_puts(sb, strbuf_cstr(&macros));
  if (fixed && last)
    strbuf_printf(sb, "#define %s_SIZE (FIELD_OFFSET(%s, %s) + %s_%s_SIZE)\n",
                  s, s, last, s, last);
  strbuf_putc(sb, '\n');
  strbuf_free(&macros);
  return fixed;
}

/* {0x..., 0x..., 0x..., {0x.., ...}} from "{8-4-4-4-12}" or without the
 * braces; 0 when it is not a GUID. */
static int read_guid(const char *text, unsigned long parts[11]) {
  char hex[33];
  size_t n = 0;
  for (const char *c = text; *c; c++) {
    if (isxdigit((unsigned char)*c)) {
      if (n == 32)
        return 0;
      hex[n++] = *c;
    } else if (*c != '-' && *c != '{' && *c != '}' &&
               !isspace((unsigned char)*c)) {
      return 0;
    }
  }
  if (n != 32)
    return 0;
  static const unsigned widths[11] = {8, 4, 4, 2, 2, 2, 2, 2, 2, 2, 2};
  size_t at = 0;
  for (int i = 0; i < 11; i++) {
    char part[9];
    memcpy(part, hex + at, widths[i]);
    part[widths[i]] = '\0';
    parts[i] = strtoul(part, NULL, 16);
    at += widths[i];
  }
  return 1;
}

static void write_method_structs(strbuf *sb, const parser *p,
                                 const mof_method *meth) {
  for (int out = 0; out < 2; out++) {
    const mof_prop **items = NULL;
    long *ids = NULL;
    size_t count = 0, cap = 0, idcap = 0, idcount = 0;
    for (size_t i = 0; i < meth->param_count; i++) {
      const mof_prop *m = &meth->params[i];
      int in = has_qual(&m->quals, "in"), o = has_qual(&m->quals, "out");
      if (out ? o : in || !o) {
        VEC_PUSH(items, count, cap, m);
        VEC_PUSH(ids, idcount, idcap, item_id(m, (long)i + 1));
      }
    }
    if (count) {
      char *s = xasprintf("%s_%s", meth->name, out ? "OUT" : "IN");
      write_struct(sb, p, s, items, ids, count);
      free(s);
    }
    free(items);
    free(ids);
  }
}

static void write_class(strbuf *sb, strbuf *summary, const parser *p,
                        const mof_class *c, int method_structs) {
  const char *s = struct_name(c);
  strbuf_printf(sb, "/* class %s (line %u) */\n", c->name, c->line);
  const char *desc = qual_value(&c->quals, "Description", NULL);
  if (desc)
    put_comment(sb, desc);
  const char *guid = qual_value(&c->quals, "guid", NULL);
  unsigned long g[11];
  const char *guid_macro = NULL;
  char *guid_default = xasprintf("%sGuid", c->name);
  if (guid && read_guid(guid, g)) {
    const char *named = qual_value(&c->quals, "GuidName1", NULL);
    guid_macro = is_c_identifier(named) ? named : guid_default;
    strbuf_printf(sb,
                  "#define %s {0x%08lx, 0x%04lx, 0x%04lx, {0x%02lx, 0x%02lx, "
                  "0x%02lx, 0x%02lx, 0x%02lx, 0x%02lx, 0x%02lx, 0x%02lx}}\n",
                  guid_macro, g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7],
                  g[8], g[9], g[10]);
    strbuf_printf(sb,
                  "#if !defined(MIDL_PASS)\nDEFINE_GUID(%s_GUID, 0x%08lx, "
                  "0x%04lx, 0x%04lx, 0x%02lx, 0x%02lx, 0x%02lx, 0x%02lx, "
                  "0x%02lx, 0x%02lx, 0x%02lx, 0x%02lx);\n#endif\n",
                  c->name, g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7], g[8],
                  g[9], g[10]);
  }
  unsigned methods = 0;
  for (size_t i = 0; i < c->method_count; i++) {
    const mof_method *meth = &c->methods[i];
    const char *id = qual_value(&meth->quals, "WmiMethodId", NULL);
    if (!id)
      continue;
    methods++;
    strbuf_printf(sb, "#define %s %ld\n", meth->name, strtol(id, NULL, 0));
    if (method_structs)
      write_method_structs(sb, p, meth);
  }
  const mof_prop **items;
  size_t n = data_items(p, c, &items, 0);
  long *ids = xcalloc(n ? n : 1, sizeof *ids);
  for (size_t i = 0; i < n; i++)
    ids[i] = item_id(items[i], (long)i + 1);
  int fixed = write_struct(sb, p, s, items, ids, n);
  strbuf_printf(summary,
                "\n      - { class: \"%s\", struct: \"%s\", guid: \"%s\", "
                "items: %zu, methods: %u, size: \"%s\" }",
                c->name, s, guid_macro ? guid_macro : "", n, methods,
                fixed ? "fixed" : "variable");
  free(ids);
  free(items);
  free(guid_default);
}

char *mof_header_text(const char *mof_text, const char *guard,
                      int method_structs, char **classes, char **error) {
  parser p;
  memset(&p, 0, sizeof p);
  p.lx.at = mof_text;
  p.lx.line = 1;
  p.lx.line_start = 1;
  parse_file(&p);
  free(p.tok.text);
  char *out = NULL;
  if (p.error) {
    *error = p.error;
  } else {
    strbuf sb, summary;
    strbuf_init(&sb);
    strbuf_init(&summary);
    strbuf_printf(&sb,
                  "/* What wmimofck -h writes, made by irqlint from the MOF "
                  "(docs/generated-headers.md) */\n#ifndef %s\n#define %s\n\n",
                  guard, guard);
    for (size_t i = 0; i < p.class_count; i++)
      write_class(&sb, &summary, &p, &p.classes[i], method_structs);
    strbuf_puts(&sb, "#endif\n");
    out = xstrdup(strbuf_cstr(&sb));
    if (classes)
      *classes = xstrdup(strbuf_cstr(&summary));
    strbuf_free(&summary);
    strbuf_free(&sb);
  }
  for (size_t i = 0; i < p.class_count; i++)
    class_free(&p.classes[i]);
  free(p.classes);
  return out;
}

/* A MOF file's text: UTF-16 (with its byte order mark) read as UTF-8. */
static char *read_mof(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  strbuf sb;
  strbuf_init(&sb);
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0 && sb.len < MOF_MAX_FILE_SIZE)
    strbuf_putn(&sb, buf, n);
  fclose(f);
  const unsigned char *b = (const unsigned char *)sb.data;
  char *out;
  if (sb.len >= 2 &&
      ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))) {
    int le = b[0] == 0xFF;
    strbuf u;
    strbuf_init(&u);
    for (size_t i = 2; i + 1 < sb.len; i += 2) {
      unsigned c = le ? (unsigned)(b[i] | b[i + 1] << 8)
                      : (unsigned)(b[i] << 8 | b[i + 1]);
      if (c < 0x80) {
        strbuf_putc(&u, (char)(c ? c : ' '));
      } else if (c < 0x800) {
        strbuf_putc(&u, (char)(0xC0 | c >> 6));
        strbuf_putc(&u, (char)(0x80 | (c & 0x3F)));
      } else {
        strbuf_putc(&u, (char)(0xE0 | c >> 12));
        strbuf_putc(&u, (char)(0x80 | ((c >> 6) & 0x3F)));
        strbuf_putc(&u, (char)(0x80 | (c & 0x3F)));
      }
    }
    out = xstrdup(strbuf_cstr(&u));
    strbuf_free(&u);
  } else {
    size_t skip = sb.len >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF;
    out = xstrdup(strbuf_cstr(&sb) + 3 * skip);
  }
  strbuf_free(&sb);
  return out;
}

/* ---- the plan ---- */

typedef struct plan_header {
  const mof_header *h;
  char *text;    /* the stand-in, or NULL */
  char *error;   /* why there is none (not when the header exists) */
  char *classes; /* --dump-config's list */
  char *ships;   /* a header of that name the project has, or NULL */
  int exists;    /* a build left it where it goes */
} plan_header;

struct mof_plan {
  plan_header *headers;
  size_t count, cap;
};

/* The -I directories of a job, absolute. */
static void own_include_dirs(const fe_job *job, char ***out, size_t *count) {
  size_t cap = 0;
  *out = NULL;
  *count = 0;
  for (unsigned i = 0; i < job->arg_count; i++) {
    const char *a = job->args[i];
    const char *dir = NULL;
    if ((a[0] == '-' || a[0] == '/') && a[1] == 'I')
      dir = a[2] ? a + 2 : i + 1 < job->arg_count ? job->args[++i] : NULL;
    if (dir && *dir)
      VEC_PUSH(*out, *count, cap, path_in_dir(job->directory, dir));
  }
}

/* A header of that name in the source's directory or an include
 * directory of the job other than where the build writes it. */
static char *shipped(const fe_job *job, const char *header) {
  char *src = path_in_dir(job->directory, job->file);
  char *dir = xstrdup(src);
  char *slash = strrchr(dir, '/');
  if (slash)
    *slash = '\0';
  char *out_dir = xstrdup(header);
  *strrchr(out_dir, '/') = '\0';
  const char *name = file_name(header);
  char *found = msb_resolve_path(dir, name);
  char **dirs;
  size_t n;
  own_include_dirs(job, &dirs, &n);
  for (size_t i = 0; i < n; i++) {
    if (!found && strcmp(dirs[i], out_dir) != 0)
      found = msb_resolve_path(dirs[i], name);
    free(dirs[i]);
  }
  free(dirs);
  struct stat st;
  if (found && (stat(found, &st) != 0 || !S_ISREG(st.st_mode))) {
    free(found);
    found = NULL;
  }
  free(out_dir);
  free(dir);
  free(src);
  return found;
}

static char *guard_for(const char *header) {
  const char *name = file_name(header);
  strbuf sb;
  strbuf_init(&sb);
  strbuf_puts(&sb, "IRQLINT_WMI_MOF_");
  for (const char *c = name; *c; c++)
    strbuf_putc(&sb, isalnum((unsigned char)*c)
                         ? (char)toupper((unsigned char)*c)
                         : '_');
  char *out = xstrdup(strbuf_cstr(&sb));
  strbuf_free(&sb);
  return out;
}

static void plan_decide(plan_header *ph) {
  const mof_header *h = ph->h;
  struct stat st;
  if (h->left_out) {
    ph->error = xstrdup(h->left_out);
    return;
  }
  if (stat(h->header, &st) == 0) {
    ph->exists = 1;
    return;
  }
  if (!h->mof) {
    ph->error = xasprintf("no .mof found for %s", h->bmf);
    return;
  }
  char *text = read_mof(h->mof);
  if (!text) {
    ph->error = xasprintf("%s cannot be read", h->mof);
    return;
  }
  char *guard = guard_for(h->header);
  char *error = NULL;
  ph->text =
      mof_header_text(text, guard, h->method_structs, &ph->classes, &error);
  if (!ph->text) {
    ph->error = xasprintf("%s:%s", h->mof, error);
    free(error);
  }
  free(guard);
  free(text);
}

mof_plan *mof_plan_build(const fe_job *jobs, unsigned count,
                         const mof_headers *const *per_job) {
  mof_plan *plan = xcalloc(1, sizeof *plan);
  for (unsigned j = 0; per_job && j < count; j++) {
    const mof_headers *hs = per_job[j];
    for (unsigned i = 0; hs && i < hs->count; i++) {
      const mof_header *h = &hs->items[i];
      plan_header *ph = NULL;
      for (size_t k = 0; k < plan->count && !ph; k++)
        if (strcmp(plan->headers[k].h->header, h->header) == 0)
          ph = &plan->headers[k];
      if (!ph) {
        plan_header fresh;
        memset(&fresh, 0, sizeof fresh);
        fresh.h = h;
        plan_decide(&fresh);
        VEC_PUSH(plan->headers, plan->count, plan->cap, fresh);
        ph = &plan->headers[plan->count - 1];
      }
      if (!ph->ships && !h->left_out)
        ph->ships = shipped(&jobs[j], h->header);
    }
  }
  return plan;
}

void mof_plan_free(mof_plan *plan) {
  if (!plan)
    return;
  for (size_t i = 0; i < plan->count; i++) {
    free(plan->headers[i].text);
    free(plan->headers[i].error);
    free(plan->headers[i].classes);
    free(plan->headers[i].ships);
  }
  free(plan->headers);
  free(plan);
}

int mof_plan_add_standins(const mof_plan *plan, fe_header_overlay *overlay,
                          char **error) {
  for (size_t i = 0; plan && i < plan->count; i++)
    if (plan->headers[i].text &&
        fe_header_overlay_add_standin(overlay, plan->headers[i].h->header,
                                      plan->headers[i].text, error) != 0)
      return -1;
  return 0;
}

void mof_plan_notes(const mof_plan *plan, FILE *out) {
  for (size_t i = 0; plan && i < plan->count; i++) {
    const plan_header *ph = &plan->headers[i];
    if (ph->error && !ph->ships)
      fprintf(out,
              "irqlint: note: %s: the WMI header %s (%s) is not supplied "
              "(docs/generated-headers.md)\n",
              ph->error, file_name(ph->h->header), ph->h->origin);
  }
}

/* A path relative to the project's directory when it is under it. */
static const char *shown(const mof_header *h, const char *path) {
  return path_under(h->project_dir, path);
}

void mof_plan_dump(const mof_plan *plan, FILE *out) {
  if (!plan || !plan->count)
    return;
  fputs("---\n# WMI headers the build writes from MOF files: wmimofck -h "
        "(docs/generated-headers.md)\nwmi-mof:\n",
        out);
  for (size_t i = 0; i < plan->count; i++) {
    const plan_header *ph = &plan->headers[i];
    const mof_header *h = ph->h;
    fputs("  - header: ", out);
    project_dump_quoted(out, shown(h, h->header));
    fputs("\n    from: ", out);
    project_dump_quoted(out, h->origin);
    fputs("\n    bmf: ", out);
    project_dump_quoted(out, h->bmf);
    fputs("\n    mof: ", out);
    project_dump_quoted(out, h->mof ? shown(h, h->mof) : "");
    fputs("\n    mof-from: ", out);
    project_dump_quoted(out, h->mof_from ? h->mof_from : "not found");
    fprintf(out, "\n    method-structs: %s",
            h->method_structs ? "true" : "false");
    fputs("\n    supplied: ", out);
    char *why = ph->text     ? xstrdup("stand-in")
                : ph->exists ? xstrdup("no: the build's output is there")
                             : xasprintf("no: %s", ph->error);
    project_dump_quoted(out, why);
    free(why);
    if (ph->ships) {
      fputs("\n    project-ships: ", out);
      project_dump_quoted(out, shown(h, ph->ships));
    }
    fprintf(out, "\n    classes:%s\n",
            ph->classes && *ph->classes ? ph->classes : " []");
  }
}
