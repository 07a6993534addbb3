/* The project configuration file, `.irqlint.yaml` (docs/configuration.md):
 * which rules run and at what level, the project's own lock routines as
 * rows of the API model, where routines irqlint cannot classify run, and
 * header options. Found from the analyzed files upward, as clang-tidy
 * finds `.clang-tidy`, or named with --config-file; parsed with Debian's
 * libyaml. Unknown keys, rule ids, routines and levels are errors, so a
 * typo never silently changes nothing. */
#ifndef IRQLINT_CONFIG_H
#define IRQLINT_CONFIG_H

#include <stdio.h>

#define CONFIG_FILE_NAME ".irqlint.yaml"

typedef struct config_rule {
  char *id;
  int enabled; /* 0 or 1 */
  int level;   /* diag_level, or -1: the rule's default */
} config_rule;

/* A project routine that behaves like a modeled one (`like`), with the
 * lock in argument `lock_argument` (-1: where `like` has it). */
typedef struct config_routine {
  char *name;
  char *like;
  int lock_argument;
  unsigned line;
} config_routine;

/* A routine the system calls at a known IRQL (`MpHwIsr: dirql`). */
typedef struct config_function {
  char *name;
  int level; /* irql_level */
  unsigned line;
} config_function;

typedef struct irqlint_config {
  char *path; /* the file read, NULL when there is none */
  config_rule *rules;
  unsigned rule_count;
  config_routine *routines;
  unsigned routine_count;
  config_function *functions;
  unsigned function_count;
  int bundled_headers; /* -1 unset, else 0 or 1 */
  char **includes;     /* absolute: relative ones are the config's */
  unsigned include_count;
  char **defines;
  unsigned define_count;
  char *wdk;         /* headers.wdk: a real WDK (absolute), or NULL */
  char *wdk_version; /* headers.wdk-version, or NULL: the newest */
  int strict;        /* -1 unset */
} irqlint_config;

/* An empty configuration (nothing set). */
void config_init(irqlint_config *cfg);
void config_free(irqlint_config *cfg);

/* Reads `path`; returns 0, or -1 with a one-line *error
 * ("file:line:col: problem", to free). `rule_known` and `routine_known`
 * validate names. */
int config_load(const char *path, int (*rule_known)(const char *id),
                int (*routine_known)(const char *name), irqlint_config *cfg,
                char **error);

/* The first of names[] found in `dir` or the nearest directory above it
 * (up to / itself), as "<that directory>/<name>" (to free), or NULL; with
 * `regular_file`, only a regular file counts. How .irqlint.yaml, the
 * compilation database and the git work tree are found. */
char *find_upward(const char *dir, const char *const *names,
                  unsigned name_count, int regular_file);
/* Cuts the last component off an absolute path, in place ("/a/b" -> "/a",
 * "/a" -> "/"). */
void path_drop_last(char *path);
/* The resolved directory holding `file` (to free), or NULL. */
char *dir_of_file(const char *file);

/* The nearest .irqlint.yaml in the directory of `file` (or in `dir`) or
 * above it, or NULL (to free). */
char *config_find_for(const char *file);
char *config_find_from(const char *dir);

#endif
