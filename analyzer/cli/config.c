/* Reading .irqlint.yaml (see config.h) with libyaml's document API: the
 * file is small, so it is loaded whole and walked as a tree. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "config.h"

#include "../../rules/api_model.h"
#include "../diag/diag.h"
#include "../util/xalloc.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <yaml.h>

void config_init(irqlint_config *cfg) {
  memset(cfg, 0, sizeof *cfg);
  cfg->bundled_headers = -1;
  cfg->strict = -1;
}

static void free_strings(char **list, unsigned count) {
  for (unsigned i = 0; i < count; i++)
    free(list[i]);
  free(list);
}

void config_free(irqlint_config *cfg) {
  free(cfg->path);
  for (unsigned i = 0; i < cfg->rule_count; i++)
    free(cfg->rules[i].id);
  free(cfg->rules);
  for (unsigned i = 0; i < cfg->routine_count; i++) {
    free(cfg->routines[i].name);
    free(cfg->routines[i].like);
  }
  free(cfg->routines);
  for (unsigned i = 0; i < cfg->function_count; i++)
    free(cfg->functions[i].name);
  free(cfg->functions);
  free_strings(cfg->includes, cfg->include_count);
  free(cfg->wdk);
  free(cfg->wdk_version);
  free_strings(cfg->defines, cfg->define_count);
  config_init(cfg);
}

/* ---- walking the document ---- */

typedef struct reader {
  yaml_document_t *doc;
  const char *path;
  char *dir; /* the config's directory, for relative include paths */
  int (*rule_known)(const char *id);
  int (*routine_known)(const char *name);
  char *error; /* the first problem */
} reader;

static int fail(reader *r, const yaml_node_t *at, const char *fmt,
                const char *what) {
  if (!r->error) {
    char *msg = xasprintf(fmt, what);
    r->error = at ? xasprintf("%s:%lu:%lu: %s", r->path,
                              (unsigned long)at->start_mark.line + 1,
                              (unsigned long)at->start_mark.column + 1, msg)
                  : xasprintf("%s: %s", r->path, msg);
    free(msg);
  }
  return -1;
}

static yaml_node_t *node_at(reader *r, int index) {
  return yaml_document_get_node(r->doc, index);
}

/* The scalar's text, or NULL for any other node. */
static const char *scalar(const yaml_node_t *n) {
  return n && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value
                                          : NULL;
}

static int is_true(const char *s) {
  return strcmp(s, "true") == 0 || strcmp(s, "on") == 0 ||
         strcmp(s, "yes") == 0;
}

static int is_false(const char *s) {
  return strcmp(s, "false") == 0 || strcmp(s, "off") == 0 ||
         strcmp(s, "no") == 0;
}

static int read_bool(reader *r, const yaml_node_t *n, const char *key,
                     int *out) {
  const char *s = scalar(n);
  if (s && is_true(s))
    *out = 1;
  else if (s && is_false(s))
    *out = 0;
  else
    return fail(r, n, "'%s' must be true or false", key);
  return 0;
}

/* rules: {id: on|off|note|warning|error} */
static int read_rules(reader *r, const yaml_node_t *n, irqlint_config *cfg) {
  if (n->type != YAML_MAPPING_NODE)
    return fail(r, n,
                "'%s' must be a mapping of rule ids to on, off, note, "
                "warning or error",
                "rules");
  for (yaml_node_pair_t *p = n->data.mapping.pairs.start;
       p < n->data.mapping.pairs.top; p++) {
    yaml_node_t *k = node_at(r, p->key), *v = node_at(r, p->value);
    const char *id = scalar(k), *value = scalar(v);
    if (!id || !r->rule_known(id))
      return fail(r, k, "unknown rule '%s' (see irqlint --list-rules)",
                  id ? id : "?");
    config_rule rule = {xstrdup(id), 1, -1};
    if (value && is_true(value))
      ;
    else if (value && is_false(value))
      rule.enabled = 0;
    else if (value && strcmp(value, "note") == 0)
      rule.level = DIAG_LEVEL_NOTE;
    else if (value && strcmp(value, "warning") == 0)
      rule.level = DIAG_LEVEL_WARNING;
    else if (value && strcmp(value, "error") == 0)
      rule.level = DIAG_LEVEL_ERROR;
    else {
      free(rule.id);
      return fail(r, v, "rule '%s' must be on, off, note, warning or error",
                  id);
    }
    cfg->rules =
        xrealloc(cfg->rules, sizeof(config_rule) * (cfg->rule_count + 1));
    cfg->rules[cfg->rule_count++] = rule;
  }
  return 0;
}

/* routines: [{name: X, like: Y, lock-argument: N}] */
static int read_routines(reader *r, const yaml_node_t *n, irqlint_config *cfg) {
  if (n->type != YAML_SEQUENCE_NODE)
    return fail(r, n, "'%s' must be a list of {name, like, lock-argument}",
                "routines");
  for (yaml_node_item_t *it = n->data.sequence.items.start;
       it < n->data.sequence.items.top; it++) {
    yaml_node_t *item = node_at(r, *it);
    if (!item || item->type != YAML_MAPPING_NODE)
      return fail(r, item, "each entry of '%s' must be a mapping", "routines");
    config_routine routine = {NULL, NULL, -1,
                              (unsigned)item->start_mark.line + 1};
    int bad = 0;
    for (yaml_node_pair_t *p = item->data.mapping.pairs.start;
         p < item->data.mapping.pairs.top && !bad; p++) {
      yaml_node_t *k = node_at(r, p->key), *v = node_at(r, p->value);
      const char *key = scalar(k), *value = scalar(v);
      if (key && strcmp(key, "name") == 0 && value && value[0]) {
        free(routine.name);
        routine.name = xstrdup(value);
      } else if (key && strcmp(key, "like") == 0 && value) {
        if (!r->routine_known(value))
          bad = fail(r, v,
                     "unknown routine '%s' for 'like' (it must be one "
                     "irqlint models)",
                     value);
        free(routine.like);
        routine.like = xstrdup(value);
      } else if (key && strcmp(key, "lock-argument") == 0 && value) {
        char *end;
        long arg = strtol(value, &end, 10);
        if (*end || arg < 0 || arg > 15)
          bad = fail(r, v, "'%s' must be an argument index from 0 to 15",
                     "lock-argument");
        routine.lock_argument = (int)arg;
      } else {
        bad = fail(r, k,
                   "unknown key '%s' in a routine (name, like, "
                   "lock-argument)",
                   key ? key : "?");
      }
    }
    if (!bad && (!routine.name || !routine.like))
      bad = fail(r, item, "a routine needs '%s' and 'like'", "name");
    if (bad) {
      free(routine.name);
      free(routine.like);
      return -1;
    }
    cfg->routines = xrealloc(cfg->routines,
                             sizeof(config_routine) * (cfg->routine_count + 1));
    cfg->routines[cfg->routine_count++] = routine;
  }
  return 0;
}

static int level_named(const char *s, int *out) {
  static const struct {
    const char *name;
    int level;
  } levels[] = {{"passive", IRQL_PASSIVE},
                {"apc", IRQL_APC},
                {"dispatch", IRQL_DISPATCH},
                {"dirql", IRQL_DIRQL},
                {"isr", IRQL_DIRQL}};
  for (size_t i = 0; s && i < sizeof levels / sizeof levels[0]; i++)
    if (strcmp(s, levels[i].name) == 0) {
      *out = levels[i].level;
      return 1;
    }
  return 0;
}

/* functions: {Name: passive|apc|dispatch|dirql|isr} */
static int read_functions(reader *r, const yaml_node_t *n,
                          irqlint_config *cfg) {
  if (n->type != YAML_MAPPING_NODE)
    return fail(r, n,
                "'%s' must map function names to passive, apc, "
                "dispatch or dirql",
                "functions");
  for (yaml_node_pair_t *p = n->data.mapping.pairs.start;
       p < n->data.mapping.pairs.top; p++) {
    yaml_node_t *k = node_at(r, p->key), *v = node_at(r, p->value);
    const char *name = scalar(k);
    int level;
    if (!name || !name[0])
      return fail(r, k, "a function name must be a %s", "string");
    if (!level_named(scalar(v), &level))
      return fail(r, v,
                  "function '%s' must be passive, apc, dispatch or "
                  "dirql (isr)",
                  name);
    config_function f = {xstrdup(name), level,
                         (unsigned)k->start_mark.line + 1};
    cfg->functions = xrealloc(cfg->functions, sizeof(config_function) *
                                                  (cfg->function_count + 1));
    cfg->functions[cfg->function_count++] = f;
  }
  return 0;
}

static int read_strings(reader *r, const yaml_node_t *n, const char *key,
                        int as_path, char ***list, unsigned *count) {
  if (n->type != YAML_SEQUENCE_NODE)
    return fail(r, n, "'%s' must be a list", key);
  for (yaml_node_item_t *it = n->data.sequence.items.start;
       it < n->data.sequence.items.top; it++) {
    yaml_node_t *item = node_at(r, *it);
    const char *s = scalar(item);
    if (!s || !s[0])
      return fail(r, item, "each entry of '%s' must be a string", key);
    char *value =
        as_path && s[0] != '/' ? xasprintf("%s/%s", r->dir, s) : xstrdup(s);
    *list = xrealloc(*list, sizeof(char *) * (*count + 1));
    (*list)[(*count)++] = value;
  }
  return 0;
}

/* A string scalar (a path: relative ones are the config's directory's). */
static int read_string(reader *r, const yaml_node_t *n, const char *key,
                       int as_path, char **out) {
  const char *s = scalar(n);
  if (!s || !s[0])
    return fail(r, n, "'%s' must be a string", key);
  free(*out);
  *out = as_path && s[0] != '/' ? xasprintf("%s/%s", r->dir, s) : xstrdup(s);
  return 0;
}

/* headers: {bundled: bool, include: [dirs], defines: [NAME=value],
 * wdk: dir, wdk-version: version} */
static int read_headers(reader *r, const yaml_node_t *n, irqlint_config *cfg) {
  if (n->type != YAML_MAPPING_NODE)
    return fail(r, n,
                "'%s' must be a mapping (bundled, include, defines, wdk, "
                "wdk-version)",
                "headers");
  for (yaml_node_pair_t *p = n->data.mapping.pairs.start;
       p < n->data.mapping.pairs.top; p++) {
    yaml_node_t *k = node_at(r, p->key), *v = node_at(r, p->value);
    const char *key = scalar(k);
    int rc;
    if (key && strcmp(key, "bundled") == 0)
      rc = read_bool(r, v, "headers.bundled", &cfg->bundled_headers);
    else if (key && strcmp(key, "include") == 0)
      rc = read_strings(r, v, "headers.include", 1, &cfg->includes,
                        &cfg->include_count);
    else if (key && strcmp(key, "defines") == 0)
      rc = read_strings(r, v, "headers.defines", 0, &cfg->defines,
                        &cfg->define_count);
    else if (key && strcmp(key, "wdk") == 0)
      rc = read_string(r, v, "headers.wdk", 1, &cfg->wdk);
    else if (key && strcmp(key, "wdk-version") == 0)
      rc = read_string(r, v, "headers.wdk-version", 0, &cfg->wdk_version);
    else
      rc = fail(r, k,
                "unknown key '%s' in headers (bundled, include, "
                "defines, wdk, wdk-version)",
                key ? key : "?");
    if (rc)
      return rc;
  }
  return 0;
}

static int read_root(reader *r, const yaml_node_t *root, irqlint_config *cfg) {
  if (!root)
    return 0; /* an empty file configures nothing */
  if (root->type != YAML_MAPPING_NODE)
    return fail(r, root, "the configuration must be a %s", "mapping");
  for (yaml_node_pair_t *p = root->data.mapping.pairs.start;
       p < root->data.mapping.pairs.top; p++) {
    yaml_node_t *k = node_at(r, p->key), *v = node_at(r, p->value);
    const char *key = scalar(k);
    int rc;
    if (key && strcmp(key, "rules") == 0)
      rc = read_rules(r, v, cfg);
    else if (key && strcmp(key, "routines") == 0)
      rc = read_routines(r, v, cfg);
    else if (key && strcmp(key, "functions") == 0)
      rc = read_functions(r, v, cfg);
    else if (key && strcmp(key, "headers") == 0)
      rc = read_headers(r, v, cfg);
    else if (key && strcmp(key, "strict") == 0)
      rc = read_bool(r, v, "strict", &cfg->strict);
    else
      rc = fail(r, k,
                "unknown key '%s' (rules, routines, functions, "
                "headers, strict)",
                key ? key : "?");
    if (rc)
      return rc;
  }
  return 0;
}

int config_load(const char *path, int (*rule_known)(const char *id),
                int (*routine_known)(const char *name), irqlint_config *cfg,
                char **error) {
  config_init(cfg);
  FILE *f = fopen(path, "rb");
  if (!f) {
    *error = xasprintf("cannot read '%s': %s", path, strerror(errno));
    return -1;
  }
  yaml_parser_t parser;
  yaml_document_t doc;
  if (!yaml_parser_initialize(&parser)) {
    fclose(f);
    *error = xasprintf("%s: cannot start the YAML parser", path);
    return -1;
  }
  yaml_parser_set_input_file(&parser, f);
  if (!yaml_parser_load(&parser, &doc)) {
    *error = xasprintf("%s:%lu:%lu: %s", path,
                       (unsigned long)parser.problem_mark.line + 1,
                       (unsigned long)parser.problem_mark.column + 1,
                       parser.problem ? parser.problem : "invalid YAML");
    yaml_parser_delete(&parser);
    fclose(f);
    return -1;
  }
  char resolved[PATH_MAX];
  char *absolute = xstrdup(realpath(path, resolved) ? resolved : path);
  char *slash = strrchr(absolute, '/');
  reader r = {&doc,
              path,
              slash ? xstrndup(absolute, (size_t)(slash - absolute))
                    : xstrdup("."),
              rule_known,
              routine_known,
              NULL};
  cfg->path = absolute;
  int rc = read_root(&r, yaml_document_get_root_node(&doc), cfg);
  yaml_document_delete(&doc);
  yaml_parser_delete(&parser);
  fclose(f);
  free(r.dir);
  if (rc) {
    *error = r.error;
    config_free(cfg);
    return -1;
  }
  return 0;
}

char *find_upward(const char *dir, const char *const *names,
                  unsigned name_count, int regular_file) {
  char path[PATH_MAX];
  if (!realpath(dir, path))
    return NULL;
  for (;;) {
    const char *base = strcmp(path, "/") ? path : "";
    for (unsigned i = 0; i < name_count; i++) {
      char *candidate = xasprintf("%s/%s", base, names[i]);
      struct stat st;
      if (stat(candidate, &st) == 0 && (!regular_file || S_ISREG(st.st_mode)))
        return candidate;
      free(candidate);
    }
    if (!strchr(path, '/') || strcmp(path, "/") == 0)
      return NULL;
    path_drop_last(path); /* up to the root itself */
  }
}

void path_drop_last(char *path) {
  char *slash = strrchr(path, '/');
  if (!slash)
    return;
  if (slash == path)
    slash[1] = 0; /* "/x" is in "/" */
  else
    *slash = 0;
}

char *dir_of_file(const char *file) {
  char path[PATH_MAX];
  if (!realpath(file, path) || !strchr(path, '/'))
    return NULL;
  path_drop_last(path);
  return xstrdup(path);
}

char *config_find_from(const char *dir) {
  const char *const name = CONFIG_FILE_NAME;
  return find_upward(dir, &name, 1, 1);
}

char *config_find_for(const char *file) {
  char *dir = dir_of_file(file);
  char *found = dir ? config_find_from(dir) : NULL;
  free(dir);
  return found;
}
