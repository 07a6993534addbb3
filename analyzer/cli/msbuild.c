/* MSBuild project evaluation for .vcxproj files (see msbuild.h): libxml2
 * reads the XML; this file does what MSBuild's evaluation does with it, in
 * its order -- properties and imports first, in document order through the
 * imported files, then item definitions, then items, each pass with the
 * final properties -- for the constructs real driver projects use:
 * PropertyGroup, Import/ImportGroup (the project's own files), Choose,
 * conditions (==, !=, <, >, <=, >=, and, or, !, parentheses, Exists,
 * HasTrailingSlash), $(property) and environment expansion, the common
 * property functions (msbuild_functions.h), item lists @(Type) in items,
 * ClCompile item definitions and items with %(metadata) inheritance
 * (Include, Exclude, Remove), the other items (ProjectReference,
 * MessageCompile, ...) with their metadata and their type's item
 * definitions, and Link's AdditionalDependencies. Other property
 * functions, item transforms (@(X->'...')) and targets are not evaluated
 * (what runs in targets is the build's, not the project's settings); the
 * expressions left out are listed. */
#define _XOPEN_SOURCE 700 /* strdup-like POSIX: opendir, fnmatch */
#include "msbuild.h"

#include "msbuild_functions.h"

#include <ctype.h>
#include <dirent.h>
#include <fnmatch.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

/* Imports nested deeper than this are a cycle the duplicate check missed
 * (a file reached through two spellings). */
#define MAX_IMPORT_DEPTH 16

void msb_list_push(arena *a, msb_list *l, const char *text, const char *raw,
                   const char *origin) {
  l->items = arena_grow(a, l->items, l->count, &l->cap, sizeof *l->items);
  l->items[l->count].text = text;
  l->items[l->count].raw = raw;
  l->items[l->count].origin = origin;
  l->count++;
}

/* ---- paths ---- */

static int is_dir(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int exists(const char *path) {
  struct stat st;
  return stat(path, &st) == 0;
}

char *msb_resolve_path(const char *base, const char *windows_path) {
  char *rel = xstrdup(windows_path);
  for (char *c = rel; *c; c++)
    if (*c == '\\')
      *c = '/';
  /* a drive letter or a UNC name is another machine's path */
  if ((isalpha((unsigned char)rel[0]) && rel[1] == ':') ||
      strncmp(rel, "//", 2) == 0) {
    free(rel);
    return NULL;
  }
  strbuf cur;
  strbuf_init(&cur);
  strbuf_puts(&cur, rel[0] == '/' ? "" : base);
  char *save = NULL;
  for (char *part = strtok_r(rel, "/", &save); part;
       part = strtok_r(NULL, "/", &save)) {
    if (strcmp(part, ".") == 0)
      continue;
    if (strcmp(part, "..") == 0) { /* lexical, as Windows takes it */
      char *slash = strrchr(cur.data ? cur.data : "", '/');
      if (slash)
        cur.len = (size_t)(slash - cur.data);
      if (cur.data)
        cur.data[cur.len] = '\0';
      continue;
    }
    size_t keep = cur.len;
    strbuf_putc(&cur, '/');
    strbuf_puts(&cur, part);
    if (exists(strbuf_cstr(&cur)))
      continue;
    cur.len = keep;
    cur.data[keep] = '\0';
    DIR *d = opendir(keep ? cur.data : "/");
    const char *found = NULL;
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL)
      if (strcasecmp(e->d_name, part) == 0) {
        found = e->d_name;
        break;
      }
    if (!found) {
      if (d)
        closedir(d);
      free(rel);
      strbuf_free(&cur);
      return NULL;
    }
    strbuf_putc(&cur, '/');
    strbuf_puts(&cur, found);
    closedir(d);
  }
  free(rel);
  char *out = xstrdup(cur.len ? strbuf_cstr(&cur) : "/");
  strbuf_free(&cur);
  if (!exists(out)) {
    free(out);
    return NULL;
  }
  return out;
}

/* `path` relative to directory `dir` ("common.props", "../x.props"). */
static const char *relative_to(arena *a, const char *dir, const char *path) {
  size_t common = 0;
  for (size_t i = 0; dir[i] && dir[i] == path[i]; i++)
    if (dir[i] == '/')
      common = i;
  size_t dl = strlen(dir);
  if (strncmp(dir, path, dl) == 0 && path[dl] == '/')
    return arena_strdup(a, path + dl + 1);
  strbuf sb;
  strbuf_init(&sb);
  for (const char *c = dir + common; *c; c++)
    if (*c == '/')
      strbuf_puts(&sb, "../");
  strbuf_puts(&sb, path + common + 1);
  const char *out = arena_strdup(a, strbuf_cstr(&sb));
  strbuf_free(&sb);
  return out;
}

/* ---- the XML ---- */

static int xml_initialized;

static xmlDocPtr read_xml(const char *path, char **error) {
  if (!xml_initialized) {
    xmlInitParser();
    xml_initialized = 1;
  }
  xmlResetLastError();
  xmlDocPtr doc = xmlReadFile(path, NULL,
                              XML_PARSE_NONET | XML_PARSE_NOERROR |
                                  XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
  if (!doc) {
    const xmlError *e = xmlGetLastError();
    char *msg = xstrdup(e && e->message ? e->message : "unreadable");
    size_t n = strlen(msg);
    while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
      msg[--n] = '\0';
    *error = e && e->line ? xasprintf("cannot read '%s': not well-formed "
                                      "XML (line %d: %s)",
                                      path, e->line, msg)
                          : xasprintf("cannot read '%s': %s", path, msg);
    free(msg);
    return NULL;
  }
  xmlNodePtr root = xmlDocGetRootElement(doc);
  if (!root || strcmp((const char *)root->name, "Project") != 0) {
    *error = xasprintf("cannot read '%s': not an MSBuild project (its root "
                       "element is not <Project>)",
                       path);
    xmlFreeDoc(doc);
    return NULL;
  }
  return doc;
}

static int is_element(xmlNodePtr n, const char *name) {
  return n->type == XML_ELEMENT_NODE &&
         (!name || strcmp((const char *)n->name, name) == 0);
}

static const char *attr(arena *a, xmlNodePtr n, const char *name) {
  xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
  if (!v)
    return NULL;
  const char *out = arena_strdup(a, (const char *)v);
  xmlFree(v);
  return out;
}

/* The element's text, without the whitespace around it. */
static const char *text_of(arena *a, xmlNodePtr n) {
  xmlChar *v = xmlNodeGetContent(n);
  const char *s = v ? (const char *)v : "";
  while (isspace((unsigned char)*s))
    s++;
  size_t len = strlen(s);
  while (len && isspace((unsigned char)s[len - 1]))
    len--;
  const char *out = arena_strndup(a, s, len);
  xmlFree(v);
  return out;
}

int msb_project_configurations(const char *path, arena *mem, const char ***out,
                               unsigned *count, char **error) {
  *out = NULL;
  *count = 0;
  xmlDocPtr doc = read_xml(path, error);
  if (!doc)
    return -1;
  unsigned cap = 0;
  for (xmlNodePtr g = xmlDocGetRootElement(doc)->children; g; g = g->next) {
    if (!is_element(g, "ItemGroup"))
      continue;
    for (xmlNodePtr i = g->children; i; i = i->next) {
      if (!is_element(i, "ProjectConfiguration"))
        continue;
      const char *inc = attr(mem, i, "Include");
      int seen = !inc || !strchr(inc, '|');
      for (unsigned k = 0; k < *count && !seen; k++)
        seen = strcasecmp((*out)[k], inc) == 0;
      if (seen)
        continue;
      *out = arena_grow(mem, (void *)*out, *count, &cap, sizeof **out);
      (*out)[(*count)++] = inc;
    }
  }
  xmlFreeDoc(doc);
  return 0;
}

/* ---- evaluation state ---- */

typedef struct msb_file {
  xmlDocPtr doc;
  const char *path, *dir;
  const char *label; /* relative to the project's directory */
  int imported;
} msb_file;

/* An ItemDefinitionGroup or ItemGroup, in document order through the
 * imports, for the passes after the properties. */
typedef struct pending {
  xmlNodePtr node;
  const msb_file *file;
} pending;

typedef struct eval {
  msb_project *p;
  arena *a;
  msb_file **files;
  unsigned file_count, file_cap;
  pending *groups;
  unsigned group_count, group_cap;
  msb_metadata *defs; /* ClCompile item definitions */
  unsigned def_count, def_cap;
  msb_metadata *link_defs; /* Link item definitions */
  unsigned link_def_count, link_def_cap;
  struct type_defs *tool_defs; /* the other types' item definitions */
  unsigned tool_def_count, tool_def_cap;
  int in_items; /* the items pass: @(Type) names the items so far */
  char *error;
} eval;

static msb_property *find_property(msb_project *p, const char *name, size_t n) {
  for (unsigned i = 0; i < p->property_count; i++)
    if (strlen(p->properties[i].name) == n &&
        strncasecmp(p->properties[i].name, name, n) == 0)
      return &p->properties[i];
  return NULL;
}

static void set_property(msb_project *p, const char *name, const char *value) {
  msb_property *found = find_property(p, name, strlen(name));
  if (found) {
    found->value = arena_strdup(&p->mem, value);
    return;
  }
  p->properties = arena_grow(&p->mem, p->properties, p->property_count,
                             &p->property_cap, sizeof *p->properties);
  p->properties[p->property_count].name = arena_strdup(&p->mem, name);
  p->properties[p->property_count].value = arena_strdup(&p->mem, value);
  p->property_count++;
}

const char *msb_property_value(const msb_project *p, const char *name) {
  msb_property *found = find_property((msb_project *)p, name, strlen(name));
  return found ? found->value : "";
}

/* The properties the build passes (Configuration, Platform): the project
 * cannot set them, as in MSBuild. */
static int is_global_property(const char *name) {
  return strcasecmp(name, "Configuration") == 0 ||
         strcasecmp(name, "Platform") == 0;
}

/* _NT_TARGET_VERSION when the project sets none: the WDK's sheets derive
 * it from TargetVersion, and projects compare against it. */
static const char *nt_target_version(const msb_project *p) {
  const char *tv = msb_property_value(p, "TargetVersion");
  if (strcasecmp(tv, "Windows7") == 0 || strcasecmp(tv, "Win7") == 0)
    return "0x0601";
  if (strcasecmp(tv, "Windows8") == 0 || strcasecmp(tv, "Win8") == 0)
    return "0x0602";
  if (strcasecmp(tv, "WindowsV6.3") == 0)
    return "0x0603";
  return "0xA000";
}

static const char *expand(eval *ev, const msb_file *file, const char *text,
                          int *undefined);

/* What a property function needs from the reader (msbuild_functions.h). */
typedef struct fn_ctx {
  eval *ev;
  const msb_file *file;
} fn_ctx;

static const char *fn_lookup(void *ctx, const char *name) {
  fn_ctx *f = ctx;
  const msb_property *prop = find_property(f->ev->p, name, strlen(name));
  return prop ? prop->value : getenv(name);
}

static const char *fn_expand(void *ctx, const char *text) {
  fn_ctx *f = ctx;
  return expand(f->ev, f->file, text, NULL);
}

/* $(...) holding a property function, evaluated; NULL when it is not one
 * or not one this reader knows. */
static const char *property_function(eval *ev, const msb_file *file,
                                     const char *expr, size_t n) {
  if (!(expr[0] == '[' || memchr(expr, '.', n)))
    return NULL;
  fn_ctx f = {ev, file};
  msb_fn_env env = {&f, fn_lookup, fn_expand, ev->p->dir,
                    file ? file->dir : ev->p->dir};
  return msb_property_function(ev->a, expr, n, &env);
}

/* @(Type): the Includes of the items of that type so far, joined by ';'
 * (only in the items pass, as MSBuild); NULL for a transform or outside
 * the items pass. */
static const char *item_list(eval *ev, const char *name, size_t n) {
  if (!ev->in_items)
    return NULL;
  for (size_t i = 0; i < n; i++)
    if (!isalnum((unsigned char)name[i]) && name[i] != '_')
      return NULL;
  strbuf sb;
  strbuf_init(&sb);
  const msb_project *p = ev->p;
  if (n == 9 && strncasecmp(name, "ClCompile", 9) == 0) {
    for (unsigned i = 0; i < p->item_count; i++)
      strbuf_printf(&sb, "%s%s", sb.len ? ";" : "", p->items[i].include);
  } else {
    for (unsigned i = 0; i < p->other_items.count; i++) {
      const msb_value *v = &p->other_items.items[i];
      if (strlen(v->raw) == n && strncasecmp(v->raw, name, n) == 0)
        strbuf_printf(&sb, "%s%s", sb.len ? ";" : "", v->text);
    }
  }
  const char *out = arena_strdup(ev->a, strbuf_cstr(&sb));
  strbuf_free(&sb);
  return out;
}

/* An expression this reader leaves out, once per text, for
 * --dump-config. */
static void note_unevaluated(eval *ev, const msb_file *file, const char *text,
                             size_t n) {
  msb_list *l = &ev->p->unevaluated;
  for (unsigned i = 0; i < l->count; i++)
    if (strlen(l->items[i].text) == n &&
        strncmp(l->items[i].text, text, n) == 0)
      return;
  msb_list_push(ev->a, l, arena_strndup(ev->a, text, n), NULL,
                file ? file->label : ev->p->name);
}

/* Expands $(Name) -- a property, else an environment variable -- and the
 * file-relative reserved properties (MSBuildThisFile...). What is not
 * known (the WDK's and Visual Studio's properties, property functions,
 * registry reads, item lists) becomes "", and *undefined says so. */
static const char *expand_ex(eval *ev, const msb_file *file, const char *text,
                             int *undefined, int keep_unknown) {
  if (!strchr(text, '$') && !strchr(text, '@'))
    return text;
  strbuf sb;
  strbuf_init(&sb);
  for (const char *c = text; *c;) {
    if ((c[0] != '$' && c[0] != '@') || c[1] != '(') {
      strbuf_putc(&sb, *c++);
      continue;
    }
    /* the matching ')' */
    const char *start = c + 2, *end = start;
    int depth = 1;
    while (*end && depth) {
      depth += *end == '(' ? 1 : *end == ')' ? -1 : 0;
      if (depth)
        end++;
    }
    size_t n = (size_t)(end - start);
    c = *end ? end + 1 : end;
    const char *computed = start[-2] == '@'
                               ? item_list(ev, start, n)
                               : property_function(ev, file, start, n);
    if (computed) {
      strbuf_puts(&sb, computed);
      continue;
    }
    if (start[-2] == '@' || start[0] == '[' || memchr(start, ':', n) ||
        memchr(start, '.', n) || memchr(start, '(', n)) {
      note_unevaluated(ev, file, start - 2, (size_t)(c - (start - 2)));
      if (undefined)
        *undefined = 1;
      if (keep_unknown)
        strbuf_putn(&sb, start - 2, (size_t)(c - (start - 2)));
      continue;
    }
    char *name = xstrndup(start, n);
    const msb_property *prop = find_property(ev->p, name, n);
    const char *value = prop ? prop->value : NULL;
    if (!value && file) {
      if (strcasecmp(name, "MSBuildThisFileDirectory") == 0)
        value = arena_printf(ev->a, "%s/", file->dir);
      else if (strcasecmp(name, "MSBuildThisFileFullPath") == 0)
        value = file->path;
      else if (strcasecmp(name, "MSBuildThisFile") == 0)
        value = strrchr(file->path, '/') + 1;
    }
    if (!value && strcasecmp(name, "_NT_TARGET_VERSION") == 0)
      value = nt_target_version(ev->p);
    if (!value)
      value = getenv(name);
    if (!value && undefined)
      *undefined = 1;
    if (!value && keep_unknown)
      strbuf_putn(&sb, start - 2, (size_t)(c - (start - 2)));
    strbuf_puts(&sb, value ? value : "");
    free(name);
  }
  const char *out = arena_strdup(ev->a, strbuf_cstr(&sb));
  strbuf_free(&sb);
  return out;
}

static const char *expand(eval *ev, const msb_file *file, const char *text,
                          int *undefined) {
  return expand_ex(ev, file, text, undefined, 0);
}

/* ---- conditions ---- */

typedef enum {
  T_END,
  T_STR,
  T_FUNC,
  T_LP,
  T_RP,
  T_NOT,
  T_CMP,
  T_AND,
  T_OR,
  T_COMMA
} tok_kind;

typedef struct cond {
  eval *ev;
  const msb_file *file;
  const char *s;
  size_t pos;
  tok_kind kind;
  const char *text; /* T_STR: expanded; T_FUNC: the name; T_CMP: op */
  int bad;
} cond;

static void next_token(cond *c) {
  const char *s = c->s;
  while (isspace((unsigned char)s[c->pos]))
    c->pos++;
  const char *p = s + c->pos;
  c->text = NULL;
  if (!*p) {
    c->kind = T_END;
    return;
  }
  if (*p == '\'') {
    /* the closing quote, past the quotes of a property function's
     * arguments: '$(Configuration.Replace(' ',''))' */
    const char *q = p + 1;
    for (int depth = 0; *q && (depth || *q != '\''); q++)
      if ((q[0] == '$' || q[0] == '@') && q[1] == '(') {
        depth++;
        q++;
      } else if (depth && *q == '(') {
        depth++;
      } else if (depth && *q == ')') {
        depth--;
      }
    if (!*q)
      q = NULL;
    if (!q) {
      c->bad = 1;
      c->kind = T_END;
      return;
    }
    char *raw = xstrndup(p + 1, (size_t)(q - p - 1));
    c->text = expand(c->ev, c->file, arena_strdup(c->ev->a, raw), NULL);
    free(raw);
    c->kind = T_STR;
    c->pos = (size_t)(q + 1 - s);
    return;
  }
  static const char *const ops[] = {"==", "!=", "<=", ">=", "<", ">"};
  for (size_t i = 0; i < sizeof ops / sizeof *ops; i++)
    if (strncmp(p, ops[i], strlen(ops[i])) == 0) {
      c->kind = T_CMP;
      c->text = ops[i];
      c->pos += strlen(ops[i]);
      return;
    }
  if (*p == '!' || *p == '(' || *p == ')' || *p == ',') {
    c->kind = *p == '!' ? T_NOT : *p == '(' ? T_LP : *p == ')' ? T_RP : T_COMMA;
    c->pos++;
    return;
  }
  /* an unquoted word: a number, true/false, and/or, a function name, or
   * a bare $(Property) */
  size_t n = 0;
  while (p[n] && !isspace((unsigned char)p[n]) && !strchr("()=!<>',", p[n]))
    if ((p[n] == '$' || p[n] == '@') && p[n + 1] == '(') {
      int depth = 1;
      for (n += 2; p[n] && depth > 0; n++)
        depth += p[n] == '(' ? 1 : p[n] == ')' ? -1 : 0;
    } else {
      n++;
    }
  if (n == 0) {
    c->bad = 1;
    c->kind = T_END;
    return;
  }
  c->pos += n;
  char *word = xstrndup(p, n);
  if (strcasecmp(word, "and") == 0 || strcasecmp(word, "or") == 0) {
    c->kind = tolower((unsigned char)word[0]) == 'a' ? T_AND : T_OR;
  } else {
    size_t after = c->pos;
    while (isspace((unsigned char)s[after]))
      after++;
    if (s[after] == '(' && isalpha((unsigned char)word[0])) {
      c->kind = T_FUNC;
      c->text = arena_strdup(c->ev->a, word);
    } else {
      c->kind = T_STR;
      c->text = expand(c->ev, c->file, arena_strdup(c->ev->a, word), NULL);
    }
  }
  free(word);
}

static int parse_number(const char *s, double *out) {
  char *end;
  if (!*s)
    return 0;
  if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
    *out = (double)strtoull(s + 2, &end, 16);
  else
    *out = strtod(s, &end);
  return *end == '\0';
}

static int truth(cond *c, const char *v) {
  if (strcasecmp(v, "true") == 0 || strcasecmp(v, "on") == 0 ||
      strcasecmp(v, "yes") == 0)
    return 1;
  if (!(strcasecmp(v, "false") == 0 || strcasecmp(v, "off") == 0 ||
        strcasecmp(v, "no") == 0))
    c->bad = 1;
  return 0;
}

static int cond_or(cond *c);

static int cond_function(cond *c) {
  const char *name = c->text;
  next_token(c);
  if (c->kind != T_LP) {
    c->bad = 1;
    return 0;
  }
  next_token(c);
  const char *arg = "";
  if (c->kind == T_STR) {
    arg = c->text;
    next_token(c);
  }
  if (c->kind != T_RP) {
    c->bad = 1;
    return 0;
  }
  next_token(c);
  if (strcasecmp(name, "Exists") == 0) {
    /* relative to the project being built, as MSBuild evaluates */
    char *found = *arg ? msb_resolve_path(c->ev->p->dir, arg) : NULL;
    free(found);
    return found != NULL;
  }
  if (strcasecmp(name, "HasTrailingSlash") == 0) {
    size_t n = strlen(arg);
    return n && (arg[n - 1] == '\\' || arg[n - 1] == '/');
  }
  c->bad = 1; /* a function MSBuild has and this reader does not */
  return 0;
}

static int compare(const char *a, const char *op, const char *b, cond *c) {
  double x, y;
  int numeric = parse_number(a, &x) && parse_number(b, &y);
  if (op[0] == '=' || op[0] == '!') {
    int eq = numeric ? x == y : strcasecmp(a, b) == 0;
    return op[0] == '=' ? eq : !eq;
  }
  if (!numeric) {
    c->bad = 1;
    return 0;
  }
  if (strcmp(op, "<") == 0)
    return x < y;
  if (strcmp(op, ">") == 0)
    return x > y;
  if (strcmp(op, "<=") == 0)
    return x <= y;
  return x >= y;
}

static int cond_primary(cond *c) {
  switch (c->kind) {
  case T_NOT:
    next_token(c);
    return !cond_primary(c);
  case T_LP: {
    next_token(c);
    int v = cond_or(c);
    if (c->kind != T_RP)
      c->bad = 1;
    next_token(c);
    return v;
  }
  case T_FUNC:
    return cond_function(c);
  case T_STR: {
    const char *left = c->text;
    next_token(c);
    if (c->kind != T_CMP)
      return truth(c, left);
    const char *op = c->text;
    next_token(c);
    if (c->kind != T_STR) {
      c->bad = 1;
      return 0;
    }
    const char *right = c->text;
    next_token(c);
    return compare(left, op, right, c);
  }
  default:
    c->bad = 1;
    return 0;
  }
}

static int cond_and(cond *c) {
  int v = cond_primary(c);
  while (c->kind == T_AND) {
    next_token(c);
    int r = cond_primary(c);
    v = v && r;
  }
  return v;
}

static int cond_or(cond *c) {
  int v = cond_and(c);
  while (c->kind == T_OR) {
    next_token(c);
    int r = cond_and(c);
    v = v || r;
  }
  return v;
}

/* Does the element's Condition hold (1), not hold (0), or not parse (-1,
 * with ev->error set)? */
static int condition_holds(eval *ev, const msb_file *file, xmlNodePtr n) {
  const char *text = attr(ev->a, n, "Condition");
  if (!text || !*text)
    return 1;
  cond c = {ev, file, text, 0, T_END, NULL, 0};
  next_token(&c);
  int v = cond_or(&c);
  if (c.kind != T_END)
    c.bad = 1;
  if (c.bad) {
    if (!ev->error)
      ev->error = xasprintf("%s:%ld: cannot evaluate the condition \"%s\"",
                            file->path, xmlGetLineNo(n), text);
    return -1;
  }
  return v;
}

/* 1 when the condition holds; 0 when not, or after an error (then the
 * evaluation stops at its next check). */
static int holds(eval *ev, const msb_file *file, xmlNodePtr n) {
  return !ev->error && condition_holds(ev, file, n) == 1;
}

/* ---- pass 1: properties and imports ---- */

static msb_file *open_file(eval *ev, const char *path, int imported) {
  for (unsigned i = 0; i < ev->file_count; i++)
    if (strcmp(ev->files[i]->path, path) == 0)
      return NULL; /* imported already: MSBuild skips it too */
  char *error = NULL;
  xmlDocPtr doc = read_xml(path, &error);
  if (!doc) {
    if (!ev->error)
      ev->error = error;
    else
      free(error);
    return NULL;
  }
  msb_file *f = arena_alloc(ev->a, sizeof *f);
  f->doc = doc;
  f->path = arena_strdup(ev->a, path);
  char *dir = xstrdup(path);
  *strrchr(dir, '/') = '\0';
  f->dir = arena_strdup(ev->a, dir);
  free(dir);
  f->label = relative_to(ev->a, ev->p->dir, f->path);
  f->imported = imported;
  ev->files = arena_grow(ev->a, ev->files, ev->file_count, &ev->file_cap,
                         sizeof *ev->files);
  ev->files[ev->file_count++] = f;
  return f;
}

static void walk(eval *ev, msb_file *file, xmlNodePtr first, int depth);

static void do_import(eval *ev, msb_file *file, xmlNodePtr n, int depth) {
  if (!holds(ev, file, n))
    return;
  const char *raw = attr(ev->a, n, "Project");
  int undefined = 0;
  const char *path = raw ? expand(ev, file, raw, &undefined) : "";
  /* the WDK's and Visual Studio's sheets are named through their
   * properties ($(VCTargetsPath), $(UserRootDir)): not here, by design */
  if (undefined || !*path || strchr(path, '*'))
    return;
  char *found = msb_resolve_path(file->dir, path);
  if (!found) {
    msb_project *p = ev->p;
    p->missing_imports =
        arena_grow(&p->mem, (void *)p->missing_imports, p->missing_import_count,
                   &p->missing_import_cap, sizeof *p->missing_imports);
    p->missing_imports[p->missing_import_count++] =
        arena_printf(&p->mem, "%s/%s:%ld: imports '%s'", p->dir, file->label,
                     xmlGetLineNo(n), path);
    return;
  }
  if (depth >= MAX_IMPORT_DEPTH || is_dir(found)) {
    free(found);
    return;
  }
  msb_file *f = open_file(ev, found, 1);
  free(found);
  if (f)
    walk(ev, f, xmlDocGetRootElement(f->doc)->children, depth + 1);
}

static void walk(eval *ev, msb_file *file, xmlNodePtr first, int depth) {
  for (xmlNodePtr n = first; n && !ev->error; n = n->next) {
    if (!is_element(n, NULL))
      continue;
    const char *tag = (const char *)n->name;
    if (strcmp(tag, "PropertyGroup") == 0) {
      if (!holds(ev, file, n))
        continue;
      for (xmlNodePtr prop = n->children; prop && !ev->error; prop = prop->next)
        if (is_element(prop, NULL) && holds(ev, file, prop) &&
            !is_global_property((const char *)prop->name))
          set_property(ev->p, (const char *)prop->name,
                       expand(ev, file, text_of(ev->a, prop), NULL));
    } else if (strcmp(tag, "Import") == 0) {
      do_import(ev, file, n, depth);
    } else if (strcmp(tag, "ImportGroup") == 0) {
      if (holds(ev, file, n))
        for (xmlNodePtr i = n->children; i; i = i->next)
          if (is_element(i, "Import"))
            do_import(ev, file, i, depth);
    } else if (strcmp(tag, "Choose") == 0) {
      /* the first When that holds, else Otherwise */
      for (xmlNodePtr w = n->children; w && !ev->error; w = w->next) {
        if (is_element(w, "When") && holds(ev, file, w)) {
          walk(ev, file, w->children, depth);
          break;
        }
        if (is_element(w, "Otherwise")) {
          walk(ev, file, w->children, depth);
          break;
        }
      }
    } else if (strcmp(tag, "ItemDefinitionGroup") == 0 ||
               strcmp(tag, "ItemGroup") == 0) {
      ev->groups = arena_grow(ev->a, ev->groups, ev->group_count,
                              &ev->group_cap, sizeof *ev->groups);
      ev->groups[ev->group_count].node = n;
      ev->groups[ev->group_count].file = file;
      ev->group_count++;
    }
  }
}

/* ---- passes 2 and 3: ClCompile item definitions and items ---- */

static msb_metadata *find_metadata(msb_metadata *m, unsigned count,
                                   const char *name) {
  for (unsigned i = 0; i < count; i++)
    if (strcasecmp(m[i].name, name) == 0)
      return &m[i];
  return NULL;
}

static const char *join(arena *a, const msb_list *l) {
  strbuf sb;
  strbuf_init(&sb);
  for (unsigned i = 0; l && i < l->count; i++) {
    if (i)
      strbuf_putc(&sb, ';');
    strbuf_puts(&sb, l->items[i].text);
  }
  const char *out = arena_strdup(a, strbuf_cstr(&sb));
  strbuf_free(&sb);
  return out;
}

/* Item metadata MSBuild gives every item ("well-known"): kept as written
 * in definitions and expanded per item. */
static int is_well_known(const char *name, size_t n) {
  static const char *const names[] = {
      "Filename",  "Extension",    "Identity", "FullPath",    "RelativeDir",
      "Directory", "RecursiveDir", "RootDir",  "ModifiedTime"};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++)
    if (strlen(names[i]) == n && strncasecmp(names[i], name, n) == 0)
      return 1;
  return 0;
}

/* Replaces %(Other) by another metadata's current value; well-known ones
 * stay (expanded per item), unknown ones become "". */
static const char *expand_metadata_refs(arena *a, const char *text,
                                        msb_metadata *m, unsigned count) {
  if (!strstr(text, "%("))
    return text;
  strbuf sb;
  strbuf_init(&sb);
  for (const char *c = text; *c;) {
    const char *close = c[0] == '%' && c[1] == '(' ? strchr(c, ')') : NULL;
    if (!close) {
      strbuf_putc(&sb, *c++);
      continue;
    }
    const char *name = c + 2;
    size_t n = (size_t)(close - name);
    const char *dot = memchr(name, '.', n); /* %(ClCompile.X) */
    if (dot) {
      n -= (size_t)(dot + 1 - name);
      name = dot + 1;
    }
    if (is_well_known(name, n)) {
      strbuf_putn(&sb, c, (size_t)(close + 1 - c));
    } else {
      char *key = xstrndup(name, n);
      msb_metadata *found = find_metadata(m, count, key);
      free(key);
      if (found)
        strbuf_puts(&sb, join(a, &found->values));
    }
    c = close + 1;
  }
  const char *out = arena_strdup(a, strbuf_cstr(&sb));
  strbuf_free(&sb);
  return out;
}

/* `s` without the white space around it (in place). */
static char *trim(char *s) {
  while (isspace((unsigned char)*s))
    s++;
  size_t n = strlen(s);
  while (n && isspace((unsigned char)s[n - 1]))
    s[--n] = '\0';
  return s;
}

/* The next ';'-separated part of *rest (empty parts too), or NULL. */
static char *next_part(char **rest) {
  if (!*rest)
    return NULL;
  char *part = *rest;
  char *semi = strchr(part, ';');
  if (semi) {
    *semi = '\0';
    *rest = semi + 1;
  } else {
    *rest = NULL;
  }
  return part;
}

/* The new value of metadata `name` written as `text` at `origin`, over
 * the inherited one: %(name) alone as an entry splices the inherited
 * entries in, keeping where each came from. */
static msb_list metadata_value(eval *ev, const msb_file *file, const char *name,
                               const char *text, const char *origin,
                               msb_metadata *current, unsigned count) {
  msb_list out = {NULL, 0, 0};
  msb_metadata *self = find_metadata(current, count, name);
  /* both expansions split alike: an unknown property holds no ';' */
  char *copy = xstrdup(expand(ev, file, text, NULL));
  char *raw_copy = xstrdup(expand_ex(ev, file, text, NULL, 1));
  char *rest = copy, *raw_rest = raw_copy, *part, *raw_part;
  while ((raw_part = next_part(&raw_rest)) != NULL) {
    part = next_part(&rest);
    char *tok = trim(part ? part : (char *)"");
    char *raw = trim(raw_part);
    size_t n = strlen(tok);
    if (!*raw)
      continue;
    if (n > 3 && tok[0] == '%' && tok[1] == '(' && tok[n - 1] == ')') {
      const char *inner = tok + 2;
      const char *dot = memchr(inner, '.', n - 3);
      if (dot)
        inner = dot + 1;
      size_t in = (size_t)(tok + n - 1 - inner);
      if (strlen(name) == in && strncasecmp(inner, name, in) == 0) {
        for (unsigned i = 0; self && i < self->values.count; i++)
          msb_list_push(ev->a, &out, self->values.items[i].text,
                        self->values.items[i].raw,
                        self->values.items[i].origin);
        continue;
      }
    }
    const char *v =
        expand_metadata_refs(ev->a, arena_strdup(ev->a, tok), current, count);
    int unknown = strcmp(tok, raw) != 0;
    if (*v || unknown)
      msb_list_push(ev->a, &out, v, unknown ? arena_strdup(ev->a, raw) : NULL,
                    origin);
  }
  free(copy);
  free(raw_copy);
  return out;
}

static int is_item_attribute(const char *name) {
  static const char *const names[] = {
      "Include", "Exclude",      "Remove",         "Update",        "Condition",
      "Label",   "KeepMetadata", "RemoveMetadata", "KeepDuplicates"};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++)
    if (strcmp(names[i], name) == 0)
      return 1;
  return 0;
}

static void set_metadata(arena *a, msb_metadata **m, unsigned *count,
                         unsigned *cap, const char *name, msb_list value) {
  msb_metadata *found = find_metadata(*m, *count, name);
  if (found) {
    found->values = value;
    return;
  }
  *m = arena_grow(a, *m, *count, cap, sizeof **m);
  (*m)[*count].name = arena_strdup(a, name);
  (*m)[*count].values = value;
  (*count)++;
}

/* The metadata an element sets, as attributes and as child elements, in
 * order, over `m`. */
static void apply_metadata(eval *ev, const msb_file *file, xmlNodePtr el,
                           const char *kind, msb_metadata **m, unsigned *count,
                           unsigned *cap) {
  for (xmlAttrPtr at = el->properties; at; at = at->next) {
    const char *name = (const char *)at->name;
    if (is_item_attribute(name))
      continue;
    const char *origin =
        arena_printf(ev->a, "%s %s:%ld", kind, file->label, xmlGetLineNo(el));
    const char *text = attr(ev->a, el, name);
    set_metadata(
        ev->a, m, count, cap, name,
        metadata_value(ev, file, name, text ? text : "", origin, *m, *count));
  }
  for (xmlNodePtr md = el->children; md && !ev->error; md = md->next) {
    if (!is_element(md, NULL) || !holds(ev, file, md))
      continue;
    const char *name = (const char *)md->name;
    const char *origin =
        arena_printf(ev->a, "%s %s:%ld", kind, file->label, xmlGetLineNo(md));
    set_metadata(
        ev->a, m, count, cap, name,
        metadata_value(ev, file, name, text_of(ev->a, md), origin, *m, *count));
  }
}

/* The item definitions of one other item type (MessageCompile, ...). */
typedef struct type_defs {
  const char *type;
  msb_metadata *m;
  unsigned count, cap;
} type_defs;

static type_defs *tool_defs(eval *ev, const char *type, int create) {
  for (unsigned i = 0; i < ev->tool_def_count; i++)
    if (strcasecmp(ev->tool_defs[i].type, type) == 0)
      return &ev->tool_defs[i];
  if (!create)
    return NULL;
  ev->tool_defs = arena_grow(ev->a, ev->tool_defs, ev->tool_def_count,
                             &ev->tool_def_cap, sizeof *ev->tool_defs);
  type_defs *d = &ev->tool_defs[ev->tool_def_count++];
  memset(d, 0, sizeof *d);
  d->type = arena_strdup(ev->a, type);
  return d;
}

static void item_definitions(eval *ev, const pending *g) {
  if (!holds(ev, g->file, g->node))
    return;
  const char *kind = g->file->imported ? "import" : "project";
  for (xmlNodePtr cl = g->node->children; cl && !ev->error; cl = cl->next)
    if (is_element(cl, "ClCompile") && holds(ev, g->file, cl))
      apply_metadata(ev, g->file, cl, kind, &ev->defs, &ev->def_count,
                     &ev->def_cap);
    else if (is_element(cl, "Link") && holds(ev, g->file, cl))
      apply_metadata(ev, g->file, cl, kind, &ev->link_defs, &ev->link_def_count,
                     &ev->link_def_cap);
    else if (is_element(cl, NULL) && holds(ev, g->file, cl)) {
      type_defs *d = tool_defs(ev, (const char *)cl->name, 1);
      apply_metadata(ev, g->file, cl, kind, &d->m, &d->count, &d->cap);
    }
}

/* Well-known metadata of one item, in its values. */
static void expand_well_known(arena *a, msb_item *item, const char *dir) {
  const char *inc = item->include;
  const char *base = strrchr(inc, '\\');
  const char *slash = strrchr(inc, '/');
  if (!base || (slash && slash > base))
    base = slash;
  base = base ? base + 1 : inc;
  const char *dotp = strrchr(base, '.');
  const char *filename =
      dotp ? arena_strndup(a, base, (size_t)(dotp - base)) : base;
  const char *extension = dotp ? dotp : "";
  const char *reldir = arena_strndup(a, inc, (size_t)(base - inc));
  for (unsigned i = 0; i < item->metadata_count; i++) {
    msb_list *l = &item->metadata[i].values;
    int any = 0;
    for (unsigned k = 0; k < l->count && !any; k++)
      any = strstr(l->items[k].text, "%(") != NULL;
    if (!any)
      continue;
    msb_list n = {NULL, 0, 0};
    for (unsigned k = 0; k < l->count; k++) {
      strbuf sb;
      strbuf_init(&sb);
      for (const char *c = l->items[k].text; *c;) {
        const char *close = c[0] == '%' && c[1] == '(' ? strchr(c, ')') : NULL;
        if (!close) {
          strbuf_putc(&sb, *c++);
          continue;
        }
        size_t len = (size_t)(close - c - 2);
        const char *name = c + 2;
        if (len == 8 && strncasecmp(name, "Filename", 8) == 0)
          strbuf_puts(&sb, filename);
        else if (len == 9 && strncasecmp(name, "Extension", 9) == 0)
          strbuf_puts(&sb, extension);
        else if (len == 8 && strncasecmp(name, "Identity", 8) == 0)
          strbuf_puts(&sb, inc);
        else if (len == 11 && strncasecmp(name, "RelativeDir", 11) == 0)
          strbuf_puts(&sb, reldir);
        else if (len == 8 && strncasecmp(name, "FullPath", 8) == 0)
          strbuf_printf(&sb, "%s/%s", dir, inc);
        c = close + 1;
      }
      msb_list_push(a, &n, arena_strdup(a, strbuf_cstr(&sb)), l->items[k].raw,
                    l->items[k].origin);
      strbuf_free(&sb);
    }
    *l = n;
  }
}

static void push_item(eval *ev, const char *include, const char *origin,
                      msb_metadata *m, unsigned count) {
  msb_project *p = ev->p;
  p->items = arena_grow(ev->a, p->items, p->item_count, &p->item_cap,
                        sizeof *p->items);
  msb_item *item = &p->items[p->item_count++];
  memset(item, 0, sizeof *item);
  item->include = include;
  item->type = "ClCompile";
  item->origin = origin;
  item->metadata = arena_alloc(ev->a, (count ? count : 1) * sizeof *m);
  if (count)
    memcpy(item->metadata, m, count * sizeof *m);
  item->metadata_count = item->metadata_cap = count;
  expand_well_known(ev->a, item, p->dir);
}

/* A wildcard Include ("*.c", "src\*.c"): the matching files, without
 * case, in one directory (no recursive "**"). */
static void push_wildcard(eval *ev, const char *pattern, const char *origin,
                          msb_metadata *m, unsigned count) {
  char *pat = xstrdup(pattern);
  for (char *c = pat; *c; c++)
    if (*c == '\\')
      *c = '/';
  char *slash = strrchr(pat, '/');
  const char *leaf = slash ? slash + 1 : pat;
  if (slash)
    *slash = '\0';
  char *dir = slash ? msb_resolve_path(ev->p->dir, pat) : xstrdup(ev->p->dir);
  DIR *d = dir ? opendir(dir) : NULL;
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct dirent *e;
  char *lower_leaf = xstrdup(leaf);
  for (char *c = lower_leaf; *c; c++)
    *c = (char)tolower((unsigned char)*c);
  while (d && (e = readdir(d)) != NULL) {
    char *lower = xstrdup(e->d_name);
    for (char *c = lower; *c; c++)
      *c = (char)tolower((unsigned char)*c);
    if (e->d_name[0] != '.' && fnmatch(lower_leaf, lower, 0) == 0)
      VEC_PUSH(names, n, cap, xstrdup(e->d_name));
    free(lower);
  }
  if (d)
    closedir(d);
  /* directory order is the file system's: sort for a stable job order */
  for (size_t i = 1; i < n; i++)
    for (size_t k = i; k > 0 && strcmp(names[k - 1], names[k]) > 0; k--) {
      char *t = names[k];
      names[k] = names[k - 1];
      names[k - 1] = t;
    }
  for (size_t i = 0; i < n; i++) {
    push_item(ev,
              slash ? arena_printf(ev->a, "%s/%s", pat, names[i])
                    : arena_strdup(ev->a, names[i]),
              origin, m, count);
    free(names[i]);
  }
  free(names);
  free(lower_leaf);
  free(dir);
  free(pat);
}

/* Do two item names name the same file ('\' and '/' alike, without
 * case)? */
static int same_windows_path(const char *a, const char *b) {
  for (; *a && *b; a++, b++) {
    int x = *a == '\\' ? '/' : tolower((unsigned char)*a);
    int y = *b == '\\' ? '/' : tolower((unsigned char)*b);
    if (x != y)
      return 0;
  }
  return *a == *b;
}

/* The items from `first` on that an Exclude list names. */
static void drop_excluded(msb_project *p, unsigned first, const char *list) {
  unsigned kept = first;
  for (unsigned i = first; i < p->item_count; i++) {
    int drop = 0;
    char *copy = xstrdup(list), *save = NULL;
    for (char *tok = strtok_r(copy, ";", &save); tok && !drop;
         tok = strtok_r(NULL, ";", &save))
      drop = same_windows_path(p->items[i].include, trim(tok));
    free(copy);
    if (!drop)
      p->items[kept++] = p->items[i];
  }
  p->item_count = kept;
}

/* An item of another type than ClCompile: its Include list, kept with the
 * type for @(Type) and for the project references. */
static void other_item(eval *ev, const msb_file *file, xmlNodePtr el) {
  const char *include = attr(ev->a, el, "Include");
  if (!include)
    return;
  const char *type = arena_strdup(ev->a, (const char *)el->name);
  const char *origin =
      arena_printf(ev->a, "%s:%ld", file->label, xmlGetLineNo(el));
  /* its metadata: the type's definitions, then its own */
  type_defs *d = tool_defs(ev, type, 0);
  unsigned count = d ? d->count : 0, cap = count + 1;
  msb_metadata *m = arena_alloc(ev->a, cap * sizeof *m);
  if (count)
    memcpy(m, d->m, count * sizeof *m);
  apply_metadata(ev, file, el, "item", &m, &count, &cap);
  char *list = xstrdup(expand(ev, file, include, NULL));
  char *save = NULL;
  msb_project *p = ev->p;
  for (char *tok = strtok_r(list, ";", &save); tok;
       tok = strtok_r(NULL, ";", &save)) {
    tok = trim(tok);
    if (!*tok)
      continue;
    const char *name = arena_strdup(ev->a, tok);
    msb_list_push(ev->a, &p->other_items, name, type, origin);
    p->tool_items = arena_grow(ev->a, p->tool_items, p->tool_item_count,
                               &p->tool_item_cap, sizeof *p->tool_items);
    msb_item *item = &p->tool_items[p->tool_item_count++];
    memset(item, 0, sizeof *item);
    item->include = name;
    item->type = type;
    item->origin = origin;
    item->metadata = arena_alloc(ev->a, (count ? count : 1) * sizeof *m);
    if (count)
      memcpy(item->metadata, m, count * sizeof *m);
    item->metadata_count = item->metadata_cap = count;
    expand_well_known(ev->a, item, p->dir);
  }
  free(list);
}

static void items(eval *ev, const pending *g) {
  if (!holds(ev, g->file, g->node))
    return;
  for (xmlNodePtr cl = g->node->children; cl && !ev->error; cl = cl->next) {
    if (!is_element(cl, NULL) || !holds(ev, g->file, cl))
      continue;
    if (!is_element(cl, "ClCompile")) {
      other_item(ev, g->file, cl);
      continue;
    }
    const char *remove = attr(ev->a, cl, "Remove");
    if (remove) {
      const char *r = expand(ev, g->file, remove, NULL);
      msb_project *p = ev->p;
      unsigned kept = 0;
      for (unsigned i = 0; i < p->item_count; i++)
        if (!same_windows_path(p->items[i].include, r))
          p->items[kept++] = p->items[i];
      p->item_count = kept;
      continue;
    }
    const char *include = attr(ev->a, cl, "Include");
    if (!include)
      continue;
    msb_metadata *m = arena_alloc(ev->a, (ev->def_count + 1) * sizeof *m);
    unsigned count = ev->def_count, cap = ev->def_count + 1;
    if (count)
      memcpy(m, ev->defs, count * sizeof *m);
    apply_metadata(ev, g->file, cl, "item", &m, &count, &cap);
    const char *origin =
        arena_printf(ev->a, "%s:%ld", g->file->label, xmlGetLineNo(cl));
    char *list = xstrdup(expand(ev, g->file, include, NULL));
    const char *exclude = attr(ev->a, cl, "Exclude");
    const char *excluded = exclude ? expand(ev, g->file, exclude, NULL) : NULL;
    unsigned first = ev->p->item_count;
    char *save = NULL;
    for (char *tok = strtok_r(list, ";", &save); tok;
         tok = strtok_r(NULL, ";", &save)) {
      while (isspace((unsigned char)*tok))
        tok++;
      size_t n = strlen(tok);
      while (n && isspace((unsigned char)tok[n - 1]))
        tok[--n] = '\0';
      if (!n)
        continue;
      if (strpbrk(tok, "*?"))
        push_wildcard(ev, tok, origin, m, count);
      else
        push_item(ev, arena_strdup(ev->a, tok), origin, m, count);
    }
    free(list);
    if (excluded && *excluded)
      drop_excluded(ev->p, first, excluded);
  }
}

const msb_list *msb_item_metadata(const msb_item *item, const char *name) {
  msb_metadata *found =
      find_metadata(item->metadata, item->metadata_count, name);
  return found ? &found->values : NULL;
}

const char *msb_item_value(const msb_item *item, const char *name) {
  const msb_list *l = msb_item_metadata(item, name);
  return l && l->count ? l->items[l->count - 1].text : NULL;
}

int msb_item_value_is(const msb_item *item, const char *name,
                      const char *value) {
  const char *v = msb_item_value(item, name);
  return v && strcasecmp(v, value) == 0;
}

/* ---- the project ---- */

int msb_project_load(const char *path, const msb_inputs *in, msb_project *out,
                     char **error) {
  memset(out, 0, sizeof *out);
  arena_init(&out->mem);
  *error = NULL;
  eval ev;
  memset(&ev, 0, sizeof ev);
  ev.p = out;
  ev.a = &out->mem;
  out->path = arena_strdup(&out->mem, path);
  char *dir = xstrdup(path);
  *strrchr(dir, '/') = '\0';
  out->dir = arena_strdup(&out->mem, dir);
  free(dir);
  const char *base = strrchr(path, '/') + 1;
  const char *dot = strrchr(base, '.');
  out->name = dot ? arena_strndup(&out->mem, base, (size_t)(dot - base)) : base;

  /* what MSBuild and Visual Studio define before the project's first
   * line (IntDir and OutDir are Microsoft.Cpp.Default.props' defaults,
   * which the project may override) */
  const char *sol = in->solution_dir ? in->solution_dir
                                     : arena_printf(&out->mem, "%s/", out->dir);
  int win32 = strcasecmp(in->platform, "Win32") == 0;
  const char *initial[][2] = {
      {"Configuration", in->configuration},
      {"Platform", in->platform},
      {"MSBuildProjectName", out->name},
      {"MSBuildProjectFile", base},
      {"MSBuildProjectFullPath", out->path},
      {"MSBuildProjectDirectory", out->dir},
      {"MSBuildProjectExtension", dot ? dot : ""},
      {"ProjectName", out->name},
      {"ProjectFileName", base},
      {"ProjectPath", out->path},
      {"ProjectDir", arena_printf(&out->mem, "%s/", out->dir)},
      {"SolutionDir", sol},
      /* MSBuild's: the Visual Studio the WDK's current releases need
       * (2022); projects pick their toolset by it */
      {"VisualStudioVersion", "17.0"},
      {"IntDir", win32 ? arena_printf(&out->mem, "%s\\", in->configuration)
                       : arena_printf(&out->mem, "%s\\%s\\", in->platform,
                                      in->configuration)},
      {"OutDir", win32
                     ? arena_printf(&out->mem, "%s%s\\", sol, in->configuration)
                     : arena_printf(&out->mem, "%s%s\\%s\\", sol, in->platform,
                                    in->configuration)},
      /* WindowsDriver.Default.props: the versions TargetVersion names,
       * which projects compare against */
      {"_NT_TARGET_VERSION_WIN7", "0x0601"},
      {"_NT_TARGET_VERSION_WIN8", "0x0602"},
      {"_NT_TARGET_VERSION_WINBLUE", "0x0603"},
      {"_NT_TARGET_VERSION_WIN10", "0xA000"},
  };
  for (size_t i = 0; i < sizeof initial / sizeof *initial; i++)
    set_property(out, initial[i][0], initial[i][1]);

  msb_file *main_file = open_file(&ev, out->path, 0);
  if (main_file) {
    walk(&ev, main_file, xmlDocGetRootElement(main_file->doc)->children, 0);
  }
  for (unsigned i = 0; i < ev.group_count && !ev.error; i++)
    if (strcmp((const char *)ev.groups[i].node->name, "ItemDefinitionGroup") ==
        0)
      item_definitions(&ev, &ev.groups[i]);
  msb_metadata *deps =
      find_metadata(ev.link_defs, ev.link_def_count, "AdditionalDependencies");
  if (deps)
    out->link_dependencies = deps->values;
  ev.in_items = 1;
  for (unsigned i = 0; i < ev.group_count && !ev.error; i++)
    if (strcmp((const char *)ev.groups[i].node->name, "ItemGroup") == 0)
      items(&ev, &ev.groups[i]);
  for (unsigned i = 0; i < ev.file_count; i++)
    xmlFreeDoc(ev.files[i]->doc);
  if (ev.error || !main_file) {
    *error = ev.error ? ev.error : xasprintf("cannot read '%s'", path);
    msb_project_free(out);
    return -1;
  }
  return 0;
}

void msb_project_free(msb_project *p) {
  arena_destroy(&p->mem);
  memset(p, 0, sizeof *p);
}
