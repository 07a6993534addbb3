/* Inline suppressions: the comments irqlint reads and the Code Analysis
 * pragmas driver code already carries (docs/suppressions.md).
 *
 *   // irqlint: ignore[rule-id,...] reason     this line and the next
 *   // irqlint: ignore-function[rule-id] reason  the enclosing function,
 *                                                or the next one below
 *   #pragma warning(suppress: 28121)            the next line of code
 *   #pragma prefast(suppress: __WARNING_X, "reason")   the same
 *   #pragma warning(disable: 28121)             to the end of the file or
 *                                               the enclosing warning(pop)
 *
 * `[*]` names every rule. A warning number or __WARNING_ name counts only
 * when it maps onto an irqlint rule (options->rule_for_warning). Suppressed
 * findings stay in the list, marked, so SARIF can show them as suppressed
 * in source; the text and JSON writers leave them out of their counts.
 * Under --strict an irqlint comment that suppresses nothing is itself a
 * finding (unused-suppression); pragmas are not, since they also serve
 * Code Analysis warnings irqlint does not report. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "diag_internal.h"
#include "source_text.h"

#include "../util/xalloc.h"

#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

const diag_rule_info diag_unused_suppression_rule = {
    "unused-suppression", "Suppression that suppresses nothing",
    "An `irqlint: ignore[...]` or `irqlint: ignore-function[...]` comment "
    "matched no finding of the rules it names: the code it excused has "
    "changed, or the rule id is misspelled. Reported only under --strict.",
    DIAG_LEVEL_WARNING};

typedef struct suppression {
  const char *file; /* as the findings spell it */
  char *key;        /* canonical path */
  unsigned line, col;
  unsigned from, to; /* lines it covers */
  char **rules;
  unsigned rule_count;
  int all_rules;
  int ours; /* an irqlint comment (else a pragma) */
  int function_wide;
  char *text;
  char *justification;
  unsigned used;
} suppression;

typedef struct suppression_list {
  suppression *items;
  size_t count, cap;
} suppression_list;

static char *canonical(const char *path) {
  char resolved[PATH_MAX];
  return xstrdup(realpath(path, resolved) ? resolved : path);
}

static char *trimmed(const char *s, size_t n) {
  while (n && isspace((unsigned char)*s)) {
    s++;
    n--;
  }
  while (n && isspace((unsigned char)s[n - 1]))
    n--;
  return xstrndup(s, n);
}

static void add_rule(suppression *s, const char *id, size_t n) {
  char *copy = trimmed(id, n);
  if (!copy[0]) {
    free(copy);
    return;
  }
  if (strcmp(copy, "*") == 0) {
    s->all_rules = 1;
    free(copy);
    return;
  }
  s->rules = xrealloc(s->rules, sizeof(char *) * (s->rule_count + 1));
  s->rules[s->rule_count++] = copy;
}

/* Where a `//` or `/ *` comment starts, outside string literals. */
static const char *comment_start(const char *line, size_t len) {
  int in_string = 0;
  char quote = 0;
  for (size_t i = 0; i + 1 < len; i++) {
    char c = line[i];
    if (in_string) {
      if (c == '\\')
        i++;
      else if (c == quote)
        in_string = 0;
      continue;
    }
    if (c == '"' || c == '\'') {
      in_string = 1;
      quote = c;
    } else if (c == '/' && (line[i + 1] == '/' || line[i + 1] == '*')) {
      return line + i;
    }
  }
  return NULL;
}

/* `irqlint: ignore[...] reason` or `irqlint: ignore-function[...]` in a
 * comment of this line. */
static int parse_comment(const char *line, size_t len, suppression *s) {
  const char *c = comment_start(line, len);
  if (!c)
    return 0;
  const char *end = line + len;
  const char *p = c + 2;
  while (p < end && isspace((unsigned char)*p))
    p++;
  if ((size_t)(end - p) < 8 || strncmp(p, "irqlint:", 8) != 0)
    return 0;
  p += 8;
  while (p < end && isspace((unsigned char)*p))
    p++;
  if ((size_t)(end - p) >= 16 && strncmp(p, "ignore-function[", 16) == 0) {
    s->function_wide = 1;
    p += 16;
  } else if ((size_t)(end - p) >= 7 && strncmp(p, "ignore[", 7) == 0) {
    p += 7;
  } else {
    return 0;
  }
  const char *close = memchr(p, ']', (size_t)(end - p));
  if (!close)
    return 0;
  for (const char *q = p; q <= close;) {
    const char *comma = memchr(q, ',', (size_t)(close - q));
    const char *stop = comma ? comma : close;
    add_rule(s, q, (size_t)(stop - q));
    q = stop + 1;
  }
  const char *reason = close + 1;
  size_t n = (size_t)(end - reason);
  if (c[1] == '*') { /* up to the comment's end */
    for (const char *q = reason; q + 1 < end; q++)
      if (q[0] == '*' && q[1] == '/') {
        n = (size_t)(q - reason);
        break;
      }
  }
  s->justification = trimmed(reason, n);
  s->text = trimmed(c, (size_t)(end - c));
  s->col = (unsigned)(c - line) + 1;
  s->ours = 1;
  return s->all_rules || s->rule_count > 0;
}

typedef enum pragma_kind {
  PRAGMA_NONE,
  PRAGMA_SUPPRESS, /* the next line of code */
  PRAGMA_DISABLE,  /* until the end, or the enclosing pop */
  PRAGMA_DEFAULT,  /* restores the listed warnings */
  PRAGMA_PUSH,
  PRAGMA_POP
} pragma_kind;

/* `#pragma warning(...)` / `#pragma prefast(...)`: its kind, with the
 * warning tokens mapped to rules added to s. */
static pragma_kind parse_pragma(const char *line, size_t len, suppression *s,
                                const diag_finish_options *options) {
  const char *p = line, *end = line + len;
  while (p < end && isspace((unsigned char)*p))
    p++;
  if (p == end || *p != '#')
    return PRAGMA_NONE;
  p++;
  while (p < end && isspace((unsigned char)*p))
    p++;
  if ((size_t)(end - p) < 6 || strncmp(p, "pragma", 6) != 0)
    return PRAGMA_NONE;
  p += 6;
  while (p < end && isspace((unsigned char)*p))
    p++;
  int prefast = 0;
  if ((size_t)(end - p) >= 7 && strncmp(p, "warning", 7) == 0)
    p += 7;
  else if ((size_t)(end - p) >= 7 && strncmp(p, "prefast", 7) == 0) {
    p += 7;
    prefast = 1;
  } else
    return PRAGMA_NONE;
  while (p < end && isspace((unsigned char)*p))
    p++;
  if (p == end || *p != '(')
    return PRAGMA_NONE;
  p++;
  const char *close = end;
  while (close > p && close[-1] != ')')
    close--;
  if (close == p)
    return PRAGMA_NONE;
  close--; /* at ')' */
  char *body = trimmed(p, (size_t)(close - p));
  pragma_kind kind = PRAGMA_NONE;
  const char *rest = NULL;
  if (strncmp(body, "push", 4) == 0)
    kind = PRAGMA_PUSH;
  else if (strncmp(body, "pop", 3) == 0)
    kind = PRAGMA_POP;
  else if (strncmp(body, "suppress", 8) == 0)
    kind = PRAGMA_SUPPRESS, rest = body + 8;
  else if (!prefast && strncmp(body, "disable", 7) == 0)
    kind = PRAGMA_DISABLE, rest = body + 7;
  else if (!prefast && strncmp(body, "default", 7) == 0)
    kind = PRAGMA_DEFAULT, rest = body + 7;
  if (rest) {
    while (*rest == ' ' || *rest == '\t')
      rest++;
    if (*rest != ':') {
      free(body);
      return PRAGMA_NONE;
    }
    rest++;
    /* warnings up to the first comma; then a justification */
    const char *comma = strchr(rest, ',');
    size_t n = comma ? (size_t)(comma - rest) : strlen(rest);
    for (size_t i = 0; i < n;) {
      while (i < n && (isspace((unsigned char)rest[i]) || rest[i] == ';'))
        i++;
      size_t start = i;
      while (i < n && !isspace((unsigned char)rest[i]) && rest[i] != ';')
        i++;
      if (i > start) {
        char *token = xstrndup(rest + start, i - start);
        const char *rule =
            options->rule_for_warning ? options->rule_for_warning(token) : NULL;
        if (rule)
          add_rule(s, rule, strlen(rule));
        free(token);
      }
    }
    if (comma) {
      const char *j = comma + 1;
      while (*j == ' ' || *j == '\t')
        j++;
      if (strncmp(j, "justification", 13) == 0) {
        j += 13;
        while (*j == ' ' || *j == ':')
          j++;
      }
      char *just = trimmed(j, strlen(j));
      size_t jn = strlen(just);
      if (jn >= 2 && just[0] == '"' && just[jn - 1] == '"') {
        memmove(just, just + 1, jn - 2);
        just[jn - 2] = 0;
      }
      s->justification = just;
    }
  }
  free(body);
  s->text = trimmed(line, len);
  return kind;
}

/* A line that holds code (not blank, not only a comment, not a
 * directive). */
static int is_code_line(const char *line, size_t len) {
  size_t i = 0;
  while (i < len && isspace((unsigned char)line[i]))
    i++;
  if (i == len || line[i] == '#')
    return 0;
  if (i + 1 < len && line[i] == '/' &&
      (line[i + 1] == '/' || line[i + 1] == '*'))
    return 0;
  return 1;
}

static unsigned next_code_line(source_cache *sources, const char *file,
                               unsigned after, unsigned last) {
  for (unsigned l = after + 1; l <= last; l++) {
    size_t len;
    const char *text = source_line(sources, file, l, &len);
    if (text && is_code_line(text, len))
      return l;
  }
  return last;
}

static void free_suppression(suppression *s) {
  free(s->key);
  for (unsigned i = 0; i < s->rule_count; i++)
    free(s->rules[i]);
  free(s->rules);
  free(s->text);
  free(s->justification);
}

/* The analyzed functions' files, resolved once, when the first
 * ignore-function comment needs them. */
typedef struct function_files {
  const diag_engine *engine;
  char **keys; /* canonical file of each extent */
  unsigned count;
} function_files;

/* The lines an ignore-function comment covers: the function around it,
 * else the next one defined below it. */
static void function_lines(function_files *ff, const char *key, unsigned line,
                           unsigned *from, unsigned *to) {
  unsigned n;
  const diag_function_extent *fns = diag_engine_functions(ff->engine, &n);
  if (!ff->keys) {
    ff->keys = xcalloc(n + 1, sizeof(char *));
    ff->count = n;
    for (unsigned i = 0; i < n; i++)
      ff->keys[i] = canonical(fns[i].file);
  }
  const diag_function_extent *next = NULL;
  *from = 1;
  *to = 0; /* covers nothing */
  for (unsigned i = 0; i < n; i++) {
    if (strcmp(ff->keys[i], key) != 0)
      continue;
    if (fns[i].first_line <= line && line <= fns[i].last_line) {
      *from = fns[i].first_line;
      *to = fns[i].last_line;
      return;
    }
    if (fns[i].first_line > line &&
        (!next || fns[i].first_line < next->first_line))
      next = &fns[i];
  }
  if (next) {
    *from = next->first_line;
    *to = next->last_line;
  }
}

#define WARNING_STACK_DEPTH 32

static void scan_file(function_files *ff, const diag_finish_options *options,
                      const char *file, suppression_list *out) {
  source_cache *sources = options->sources;
  unsigned last = source_line_count(sources, file);
  char *key = canonical(file);
  /* disable pragmas in force: indexes into out, with push marks */
  size_t open[WARNING_STACK_DEPTH * 4];
  size_t open_count = 0;
  size_t marks[WARNING_STACK_DEPTH];
  size_t mark_count = 0;
  for (unsigned l = 1; l <= last; l++) {
    size_t len;
    const char *text = source_line(sources, file, l, &len);
    if (!text)
      continue;
    suppression s;
    memset(&s, 0, sizeof s);
    s.file = file;
    s.line = l;
    s.col = 1;
    if (parse_comment(text, len, &s)) {
      s.key = xstrdup(key);
      if (s.function_wide)
        function_lines(ff, key, l, &s.from, &s.to);
      else {
        s.from = l;
        s.to = l + 1;
      }
      VEC_PUSH(out->items, out->count, out->cap, s);
      continue;
    }
    free_suppression(&s);
    memset(&s, 0, sizeof s);
    s.file = file;
    s.line = l;
    s.col = 1;
    pragma_kind kind = parse_pragma(text, len, &s, options);
    if (kind == PRAGMA_PUSH && mark_count < WARNING_STACK_DEPTH)
      marks[mark_count++] = open_count;
    if (kind == PRAGMA_POP && mark_count) {
      size_t keep = marks[--mark_count];
      for (size_t i = keep; i < open_count; i++)
        out->items[open[i]].to = l;
      open_count = keep;
    }
    if (kind == PRAGMA_DEFAULT)
      for (size_t i = 0; i < open_count; i++) {
        suppression *d = &out->items[open[i]];
        for (unsigned r = 0; r < s.rule_count; r++)
          for (unsigned k = 0; k < d->rule_count; k++)
            if (strcmp(d->rules[k], s.rules[r]) == 0 && d->to > l)
              d->to = l;
      }
    if ((kind == PRAGMA_SUPPRESS || kind == PRAGMA_DISABLE) &&
        (s.rule_count || s.all_rules)) {
      s.key = xstrdup(key);
      if (!s.justification)
        s.justification = xstrdup("");
      if (kind == PRAGMA_SUPPRESS) {
        s.from = s.to = next_code_line(sources, file, l, last);
      } else {
        s.from = l + 1;
        s.to = last;
        if (open_count < sizeof open / sizeof open[0])
          open[open_count++] = out->count;
      }
      VEC_PUSH(out->items, out->count, out->cap, s);
      continue;
    }
    free_suppression(&s);
  }
  free(key);
}

static int names_rule(const suppression *s, const char *id) {
  if (s->all_rules)
    return 1;
  for (unsigned i = 0; i < s->rule_count; i++)
    if (strcmp(s->rules[i], id) == 0)
      return 1;
  return 0;
}

/* Adds `file` unless a spelling of the same file is there already. */
static void add_file(char ***files, char ***keys, size_t *count, size_t *cap,
                     const char *file) {
  char *key = canonical(file);
  for (size_t i = 0; i < *count; i++)
    if (strcmp((*keys)[i], key) == 0) {
      free(key);
      return;
    }
  size_t n = *count, c = *cap;
  VEC_PUSH(*files, n, c, (char *)file);
  n = *count;
  c = *cap;
  VEC_PUSH(*keys, n, c, key);
  *count = n;
  *cap = c;
}

void diag_apply_suppressions(diag_engine *engine,
                             const diag_finish_options *options) {
  unsigned count, source_count;
  diag_finding *findings = diag_engine_findings(engine, &count);
  char *const *sources = diag_engine_source_files(engine, &source_count);
  /* every file with findings or analyzed, once */
  char **files = NULL, **keys = NULL;
  size_t file_count = 0, file_cap = 0;
  for (unsigned i = 0; i < count; i++)
    add_file(&files, &keys, &file_count, &file_cap, findings[i].loc.file);
  for (unsigned i = 0; i < source_count; i++)
    add_file(&files, &keys, &file_count, &file_cap, sources[i]);
  suppression_list list = {NULL, 0, 0};
  function_files ff = {engine, NULL, 0};
  for (size_t i = 0; i < file_count; i++) {
    scan_file(&ff, options, files[i], &list);
    free(keys[i]);
  }
  for (unsigned i = 0; i < ff.count; i++)
    free(ff.keys[i]);
  free(ff.keys);
  free(files);
  free(keys);

  for (unsigned i = 0; i < count && list.count; i++) {
    diag_finding *f = &findings[i];
    char *key = canonical(f->loc.file);
    for (size_t k = 0; k < list.count && !f->suppressed; k++) {
      suppression *s = &list.items[k];
      if (s->from <= f->loc.line && f->loc.line <= s->to &&
          names_rule(s, f->rule->id) && strcmp(s->key, key) == 0) {
        s->used++;
        f->suppressed = 1;
        f->suppression = xstrdup(s->text);
        f->justification = xstrdup(s->justification ? s->justification : "");
      }
    }
    free(key);
  }

  int report = options->strict &&
               diag_rule_enabled(engine, diag_unused_suppression_rule.id);
  for (size_t k = 0; k < list.count; k++) {
    suppression *s = &list.items[k];
    int any_enabled = s->all_rules;
    for (unsigned r = 0; r < s->rule_count && !any_enabled; r++)
      any_enabled = diag_rule_enabled(engine, s->rules[r]);
    if (report && s->ours && !s->used && any_enabled) {
      diag_finding f;
      memset(&f, 0, sizeof f);
      f.rule = &diag_unused_suppression_rule;
      f.level = diag_unused_suppression_rule.level;
      diag_loc loc = {s->file, s->line, s->col, s->line, s->col};
      f.loc = diag_loc_copy(loc);
      f.message = xasprintf("'%s' suppresses no finding", s->text);
      diag_engine_append(engine, f);
    }
    free_suppression(s);
  }
  free(list.items);
}
