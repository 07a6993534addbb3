/* MSBuild property functions (msbuild_functions.h): the ones driver
 * projects write, evaluated as MSBuild would
 * (learn.microsoft.com/visualstudio/msbuild/property-functions):
 *
 *   string instance methods on a property's value, chained:
 *     $(Configuration.Replace(' ','')), $(Configuration.EndsWith('Debug')),
 *     Replace, StartsWith, EndsWith, Contains, IndexOf, LastIndexOf,
 *     Substring, ToUpper/ToLower (and the Invariant forms), Trim,
 *     TrimStart, TrimEnd, Length, Split (then [index])
 *   static methods, optionally followed by instance methods:
 *     [System.IO.Path]::Combine, GetFileName, GetFileNameWithoutExtension,
 *       GetDirectoryName, GetExtension
 *     [System.String]::Copy, IsNullOrEmpty, IsNullOrWhiteSpace, Concat
 *     [System.Environment]::GetEnvironmentVariable
 *     [MSBuild]::GetDirectoryNameOfFileAbove, GetPathOfFileAbove,
 *       EnsureTrailingSlash, NormalizeDirectory, NormalizePath,
 *       ValueOrDefault, Add, Subtract, Multiply
 *       (learn.microsoft.com/visualstudio/msbuild/property-functions,
 *       "MSBuild property functions")
 *
 * Anything else (the clock, file contents, the registry, regular
 * expressions) is not evaluated: the caller notes it. Booleans are
 * "True"/"False", as MSBuild prints them. */
#define _XOPEN_SOURCE 700
#include "msbuild_functions.h"

#include "msbuild.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { MAX_ARGS = 8 };

/* between the elements of an array (String.Split) */
#define ARRAY_SEP '\x1f'

typedef struct fn_ctx {
  arena *a;
  const msb_fn_env *env;
} fn_ctx;

/* The end of a parenthesized argument list starting after `open`,
 * skipping quotes and nested parentheses; NULL when unbalanced. */
static const char *close_paren(const char *open, const char *end) {
  int depth = 1;
  char quote = 0;
  for (const char *c = open; c < end; c++) {
    if (quote) {
      if (*c == quote)
        quote = 0;
    } else if (*c == '\'' || *c == '"' || *c == '`') {
      quote = *c;
    } else if (*c == '(') {
      depth++;
    } else if (*c == ')' && --depth == 0) {
      return c;
    }
  }
  return NULL;
}

/* One argument: trimmed, unquoted, its $(...) expanded. */
static const char *argument(fn_ctx *f, const char *b, const char *e) {
  while (b < e && isspace((unsigned char)*b))
    b++;
  while (e > b && isspace((unsigned char)e[-1]))
    e--;
  if (e - b >= 2 && (*b == '\'' || *b == '"' || *b == '`') && e[-1] == *b) {
    b++;
    e--;
  }
  /* in the arena: the expansion may return its argument */
  return f->env->expand(f->env->ctx, arena_strndup(f->a, b, (size_t)(e - b)));
}

/* Splits the text between parentheses at top-level commas. */
static int arguments(fn_ctx *f, const char *b, const char *e,
                     const char **args) {
  int n = 0, depth = 0;
  char quote = 0;
  const char *start = b;
  int blank = 1;
  for (const char *c = b; c < e; c++)
    blank = blank && isspace((unsigned char)*c);
  if (blank)
    return 0;
  for (const char *c = b; c <= e; c++) {
    if (c < e && quote) {
      if (*c == quote)
        quote = 0;
      continue;
    }
    if (c < e && (*c == '\'' || *c == '"' || *c == '`')) {
      quote = *c;
      continue;
    }
    if (c < e && *c == '(')
      depth++;
    else if (c < e && *c == ')')
      depth--;
    else if (c == e || (*c == ',' && depth == 0)) {
      if (n == MAX_ARGS)
        return -1;
      args[n++] = argument(f, start, c);
      start = c + 1;
    }
  }
  return n;
}

static const char *boolean(int v) { return v ? "True" : "False"; }

static int is_rooted(const char *p) {
  return p[0] == '\\' || p[0] == '/' ||
         (isalpha((unsigned char)p[0]) && p[1] == ':');
}

static const char *path_combine(fn_ctx *f, const char **args, int n) {
  strbuf sb;
  strbuf_init(&sb);
  for (int i = 0; i < n; i++) {
    if (!*args[i])
      continue;
    if (is_rooted(args[i]))
      strbuf_reset(&sb);
    else if (sb.len && sb.data[sb.len - 1] != '\\' &&
             sb.data[sb.len - 1] != '/')
      strbuf_putc(&sb, '\\');
    strbuf_puts(&sb, args[i]);
  }
  const char *out = arena_strdup(f->a, strbuf_cstr(&sb));
  strbuf_free(&sb);
  return out;
}

static const char *last_separator(const char *p) {
  const char *b = strrchr(p, '\\'), *s = strrchr(p, '/');
  return !b ? s : !s ? b : b > s ? b : s;
}

/* The nearest directory at or above `dir` holding `file`, as a POSIX
 * path without the trailing separator; "" when there is none. */
static const char *file_above(fn_ctx *f, const char *dir, const char *file,
                              int want_path) {
  char *cur = msb_resolve_path(f->env->base_dir, *dir ? dir : ".");
  while (cur) {
    char *found = msb_resolve_path(cur, file);
    if (found) {
      const char *out = arena_strdup(f->a, want_path ? found : cur);
      free(found);
      free(cur);
      return out;
    }
    char *slash = strrchr(cur, '/');
    if (!slash || slash == cur) {
      free(cur);
      break;
    }
    *slash = '\0';
  }
  return "";
}

static const char *ensure_slash(fn_ctx *f, const char *p) {
  size_t n = strlen(p);
  if (!n || p[n - 1] == '\\' || p[n - 1] == '/')
    return p;
  return arena_printf(f->a, "%s\\", p);
}

/* A static method; NULL when this reader does not know it. */
static const char *static_method(fn_ctx *f, const char *cls, size_t cn,
                                 const char *name, size_t nn, const char **args,
                                 int n) {
#define IS(s) (strlen(s) == nn && strncasecmp(name, s, nn) == 0)
#define CLASS(s) (strlen(s) == cn && strncasecmp(cls, s, cn) == 0)
  if (CLASS("System.IO.Path")) {
    if (IS("Combine"))
      return path_combine(f, args, n);
    if (n == 1 && (IS("GetFileName") || IS("GetFileNameWithoutExtension") ||
                   IS("GetExtension") || IS("GetDirectoryName"))) {
      const char *sep = last_separator(args[0]);
      const char *leaf = sep ? sep + 1 : args[0];
      const char *dot = strrchr(leaf, '.');
      if (IS("GetFileName"))
        return leaf;
      if (IS("GetExtension"))
        return dot ? dot : "";
      if (IS("GetDirectoryName"))
        return sep ? arena_strndup(f->a, args[0], (size_t)(sep - args[0])) : "";
      return dot ? arena_strndup(f->a, leaf, (size_t)(dot - leaf)) : leaf;
    }
  } else if (CLASS("System.String") || CLASS("String")) {
    if (IS("Copy") && n == 1)
      return args[0];
    if (IS("IsNullOrEmpty") && n == 1)
      return boolean(!*args[0]);
    if (IS("IsNullOrWhiteSpace") && n == 1) {
      const char *c = args[0];
      while (isspace((unsigned char)*c))
        c++;
      return boolean(!*c);
    }
    if (IS("Concat")) {
      strbuf sb;
      strbuf_init(&sb);
      for (int i = 0; i < n; i++)
        strbuf_puts(&sb, args[i]);
      const char *out = arena_strdup(f->a, strbuf_cstr(&sb));
      strbuf_free(&sb);
      return out;
    }
  } else if (CLASS("System.Environment")) {
    if (IS("GetEnvironmentVariable") && n == 1) {
      const char *v = getenv(args[0]);
      return v ? arena_strdup(f->a, v) : "";
    }
  } else if (CLASS("MSBuild")) {
    if (IS("GetDirectoryNameOfFileAbove") && n == 2)
      return file_above(f, args[0], args[1], 0);
    if (IS("GetPathOfFileAbove") && (n == 1 || n == 2))
      return file_above(f, n == 2 ? args[1] : f->env->this_dir, args[0], 1);
    if (IS("EnsureTrailingSlash") && n == 1)
      return ensure_slash(f, args[0]);
    if (IS("NormalizeDirectory"))
      return ensure_slash(f, path_combine(f, args, n));
    if (IS("NormalizePath"))
      return path_combine(f, args, n);
    if (IS("ValueOrDefault") && n == 2)
      return *args[0] ? args[0] : args[1];
    if ((IS("Add") || IS("Subtract") || IS("Multiply")) && n == 2) {
      long long x = strtoll(args[0], NULL, 0), y = strtoll(args[1], NULL, 0);
      return arena_printf(f->a, "%lld",
                          IS("Add")        ? x + y
                          : IS("Subtract") ? x - y
                                           : x * y);
    }
  }
  return NULL;
#undef IS
#undef CLASS
}

static int starts_with(const char *s, const char *p) {
  return strncmp(s, p, strlen(p)) == 0;
}

/* An instance method of the string `self`; NULL when unknown. */
static const char *string_method(fn_ctx *f, const char *self, const char *name,
                                 size_t nn, const char **args, int n) {
#define IS(s) (strlen(s) == nn && strncasecmp(name, s, nn) == 0)
  size_t len = strlen(self);
  if (IS("Replace") && n == 2) {
    if (!*args[0])
      return self;
    strbuf sb;
    strbuf_init(&sb);
    for (const char *c = self; *c;) {
      if (starts_with(c, args[0])) {
        strbuf_puts(&sb, args[1]);
        c += strlen(args[0]);
      } else {
        strbuf_putc(&sb, *c++);
      }
    }
    const char *out = arena_strdup(f->a, strbuf_cstr(&sb));
    strbuf_free(&sb);
    return out;
  }
  if (IS("StartsWith") && n == 1)
    return boolean(starts_with(self, args[0]));
  if (IS("EndsWith") && n == 1) {
    size_t k = strlen(args[0]);
    return boolean(k <= len && strcmp(self + len - k, args[0]) == 0);
  }
  if (IS("Contains") && n == 1)
    return boolean(strstr(self, args[0]) != NULL);
  if ((IS("IndexOf") || IS("LastIndexOf")) && n == 1) {
    const char *hit = NULL;
    for (const char *c = strstr(self, args[0]); c; c = strstr(c + 1, args[0])) {
      hit = c;
      if (IS("IndexOf") || !*args[0])
        break;
    }
    return arena_printf(f->a, "%ld", hit ? (long)(hit - self) : -1L);
  }
  if (IS("Substring") && (n == 1 || n == 2)) {
    long start = strtol(args[0], NULL, 10);
    long count = n == 2 ? strtol(args[1], NULL, 10) : (long)len - start;
    if (start < 0 || (size_t)start > len || count < 0 ||
        (size_t)(start + count) > len)
      return NULL; /* MSBuild fails the build */
    return arena_strndup(f->a, self + start, (size_t)count);
  }
  if ((IS("ToUpper") || IS("ToUpperInvariant") || IS("ToLower") ||
       IS("ToLowerInvariant")) &&
      n == 0) {
    char *out = arena_strdup(f->a, self);
    int upper = toupper((unsigned char)name[2]) == 'U';
    for (char *c = out; *c; c++)
      *c = (char)(upper ? toupper((unsigned char)*c)
                        : tolower((unsigned char)*c));
    return out;
  }
  if (IS("Trim") || IS("TrimStart") || IS("TrimEnd")) {
    const char *set = n ? args[0] : " \t\r\n";
    const char *b = self, *e = self + len;
    if (!IS("TrimEnd"))
      while (b < e && strchr(set, *b))
        b++;
    if (!IS("TrimStart"))
      while (e > b && strchr(set, e[-1]))
        e--;
    return arena_strndup(f->a, b, (size_t)(e - b));
  }
  if (IS("Length") && n < 0)
    return arena_printf(f->a, "%zu", len);
  if (IS("Split") && n == 1 && *args[0]) {
    /* an array: its elements separated by ARRAY_SEP until indexed */
    char *out = arena_strdup(f->a, self);
    for (char *c = out; *c; c++)
      if (strchr(args[0], *c))
        *c = ARRAY_SEP;
    return out;
  }
  return NULL;
#undef IS
}

/* value[index] of a Split array; NULL out of range. */
static const char *array_element(fn_ctx *f, const char *value, long index) {
  const char *b = value;
  for (long i = 0; i < index; i++) {
    b = strchr(b, ARRAY_SEP);
    if (!b)
      return NULL;
    b++;
  }
  const char *e = strchr(b, ARRAY_SEP);
  return arena_strndup(f->a, b, e ? (size_t)(e - b) : strlen(b));
}

/* Applies `.Method(args)` / `.Length` steps to `value` from `c`. */
static const char *apply_chain(fn_ctx *f, const char *value, const char *c,
                               const char *end) {
  while (value && c < end) {
    if (*c == '[') {
      char *stop;
      long index = strtol(c + 1, &stop, 10);
      if (stop == c + 1 || stop >= end || *stop != ']' || index < 0)
        return NULL;
      value = array_element(f, value, index);
      c = stop + 1;
      continue;
    }
    if (*c != '.')
      return NULL;
    const char *name = ++c;
    while (c < end && (isalnum((unsigned char)*c) || *c == '_'))
      c++;
    size_t nn = (size_t)(c - name);
    const char *args[MAX_ARGS];
    int n = -1; /* a property such as Length */
    if (c < end && *c == '(') {
      const char *close = close_paren(c + 1, end);
      if (!close)
        return NULL;
      n = arguments(f, c + 1, close, args);
      if (n < 0)
        return NULL;
      c = close + 1;
    }
    value = string_method(f, value, name, nn, args, n);
  }
  return value;
}

const char *msb_property_function(arena *a, const char *expr, size_t len,
                                  const msb_fn_env *env) {
  fn_ctx f = {a, env};
  const char *end = expr + len, *c = expr;
  const char *value;
  if (*c == '[') {
    const char *cls = c + 1, *rb = memchr(cls, ']', len - 1);
    if (!rb || rb + 2 >= end || rb[1] != ':' || rb[2] != ':')
      return NULL;
    const char *name = rb + 3;
    c = name;
    while (c < end && (isalnum((unsigned char)*c) || *c == '_'))
      c++;
    const char *args[MAX_ARGS];
    int n = 0;
    if (c < end && *c == '(') {
      const char *close = close_paren(c + 1, end);
      if (!close || (n = arguments(&f, c + 1, close, args)) < 0)
        return NULL;
      value = static_method(&f, cls, (size_t)(rb - cls), name,
                            (size_t)(c - name), args, n);
      c = close + 1;
    } else {
      return NULL; /* a static property ([System.DateTime]::Now) */
    }
  } else {
    const char *name = c;
    while (c < end && (isalnum((unsigned char)*c) || *c == '_'))
      c++;
    if (c == name || c == end || *c != '.')
      return NULL;
    char *key = xstrndup(name, (size_t)(c - name));
    value = env->lookup(env->ctx, key);
    free(key);
    if (!value)
      value = "";
  }
  value = apply_chain(&f, value, c, end);
  if (value && strchr(value, ARRAY_SEP)) { /* an array: ';'-separated */
    char *out = arena_strdup(a, value);
    for (char *s = out; *s; s++)
      if (*s == ARRAY_SEP)
        *s = ';';
    value = out;
  }
  return value;
}
