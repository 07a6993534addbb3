/* Diagnostics engine: the only road from an analysis to the user.
 *
 * Rules never format or print. They hand a finding (rule, primary location,
 * message, notes, optional path) to the engine, which owns copies of
 * everything, drops exact duplicates (one finding per rule and primary
 * location), sorts by file, line, column and rule, and finally gives the
 * ordered list to one writer per output format (text_writer.c,
 * sarif_writer.c). Writers see only this header. */
#ifndef IRQLINT_DIAG_H
#define IRQLINT_DIAG_H

#include <stdint.h>
#include <stdio.h>

struct source_cache;

typedef enum diag_level {
  DIAG_LEVEL_NOTE = 0,
  DIAG_LEVEL_WARNING = 1,
  DIAG_LEVEL_ERROR = 2
} diag_level;

/* A source range. Lines and columns are 1-based; columns count bytes as clang
 * does. end_line/end_col describe the last character + 1 (exclusive end), or
 * equal line/col when the range is unknown. */
typedef struct diag_loc {
  const char *file; /* path as given to the compiler; engine-owned copy */
  unsigned line, col;
  unsigned end_line, end_col;
} diag_loc;

typedef struct diag_note {
  diag_loc loc;
  char *message;
} diag_note;

/* One step of the path that leads to a finding (a SARIF codeFlow,
 * scan-build's numbered bubbles): a location and a message, like a note. */
typedef diag_note diag_step;

/* Static description of a rule, defined once in the rule's file. */
typedef struct diag_rule_info {
  const char *id;         /* stable id, e.g. "lock-not-released" */
  const char *short_desc; /* one line, no final period */
  const char *full_desc;  /* a few sentences */
  diag_level level;       /* default level */
} diag_rule_info;

typedef struct diag_finding {
  const diag_rule_info *rule;
  diag_level level;
  diag_loc loc;
  char *message;
  const char *function; /* enclosing function name, may be NULL */
  diag_note *notes;
  unsigned note_count;
  diag_step *steps;
  unsigned step_count;
  /* Set by diag_engine_finish. */
  char *relative_file; /* loc.file relative to the source root, or NULL */
  char *fingerprint;   /* stable when unrelated lines move (fingerprint.c) */
  uint8_t suppressed;  /* by an inline comment or pragma (suppress.c) */
  char *suppression;   /* that comment or pragma, as written */
  char *justification; /* its reason, "" when it gives none */
} diag_finding;

/* A clang error: a coverage problem of the run, not a finding about the
 * driver (compile_errors.c). Reported once per place, with every
 * translation unit (main .c file) it came through: a header's error is
 * one entry however many files include the header. */
typedef struct diag_compile_error {
  diag_loc loc;
  char *message;
  /* the main-file function whose body holds the error, when it is that
   * body's first error: the function is built from a partial tree and its
   * lock and IRQL findings are not reported; NULL otherwise */
  char *function;
  char **units; /* sorted, distinct */
  unsigned unit_count;
} diag_compile_error;

/* A file that could not be analyzed (tool notification in SARIF). */
typedef struct diag_failure {
  char *file;
  char *message;
} diag_failure;

typedef struct diag_engine diag_engine;

/* Information about the tool for writers that need it. */
typedef struct diag_tool_info {
  const char *name;                   /* "irqlint" */
  const char *version;                /* e.g. "0.1.0" */
  const char *information_uri;        /* project home page */
  const char *rule_doc_base;          /* help uri prefix; "<base><id>.md" */
  const diag_rule_info *const *rules; /* every rule the tool knows */
  unsigned rule_count;
  /* the rule's help text for SARIF (its doc page's description and
   * examples, as markdown), or NULL */
  const char *(*rule_help)(const char *rule_id);
  const char *source_root;   /* absolute, or NULL */
  int exit_code;             /* the run's exit status, for SARIF invocations */
  int show_compile_errors;   /* text: print clang errors as errors */
  int has_baseline;          /* --baseline was given: */
  unsigned baseline_matched; /* findings it listed (not reported) */
  unsigned baseline_gone;    /* entries no finding matched (fixed) */
} diag_tool_info;

diag_engine *diag_engine_create(void);
void diag_engine_destroy(diag_engine *engine);

/* Builder for one finding: begin, add notes/steps, commit. The engine copies
 * every string; callers may pass stack buffers. Only one finding is under
 * construction at a time. */
void diag_begin(diag_engine *engine, const diag_rule_info *rule, diag_loc loc,
                const char *function, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;
void diag_add_note(diag_engine *engine, diag_loc loc, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
void diag_add_step(diag_engine *engine, diag_loc loc, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* Commits the finding unless one with the same rule and primary location is
 * already recorded (then it is discarded: one finding per rule and place). */
void diag_commit(diag_engine *engine);

/* Moves everything `src` recorded into `engine` (as if reported to it:
 * its rule settings and duplicate check apply), leaving `src` empty and
 * destroying it. For per-unit engines filled by parallel workers. */
void diag_engine_absorb(diag_engine *engine, diag_engine *src);

/* Moves what `src` (one translation unit's engine) recorded into
 * `engine` as diag_engine_absorb does, its clang errors coming through
 * the unit `unit` (merged with the same error from other units). */
void diag_engine_absorb_unit(diag_engine *engine, diag_engine *src,
                             const char *unit);

/* Records a clang error at `loc`; `function` as in diag_compile_error.
 * Errors are kept apart from findings: rules, suppressions, baselines and
 * fingerprints do not apply to them. */
void diag_add_compile_error(diag_engine *engine, diag_loc loc,
                            const char *function, const char *message);
unsigned diag_compile_error_count(const diag_engine *engine);
const diag_compile_error *diag_compile_error_at(const diag_engine *engine,
                                                unsigned i);
/* The translation units with a clang error, the functions built from a
 * partial tree (those with a `function` error), the run's source files. */
typedef struct diag_coverage {
  unsigned errors, units_with_errors, partial_functions, source_files;
} diag_coverage;
diag_coverage diag_compile_coverage(const diag_engine *engine);
/* The one stderr line that sums the clang errors up (without the
 * "irqlint: " prefix and newline), or NULL when there were none; `listed`:
 * they are printed too (--show-compile-errors). To free. */
char *diag_compile_error_summary(const diag_engine *engine, int listed);
/* The note a `function` error carries, for writers ("lock and IRQL
 * findings in 'f' are not reported: ..."); to free. */
char *diag_partial_function_note(const char *function);

/* Records that a file could not be analyzed at all. */
void diag_add_failure(diag_engine *engine, const char *file,
                      const char *message);

/* What the user chose for a rule (--enable/--disable, .irqlint.yaml): a
 * disabled rule's findings are dropped at commit, a level replaces the
 * rule's default. */
void diag_set_rule_enabled(diag_engine *engine, const char *rule_id,
                           int enabled);
void diag_set_rule_level(diag_engine *engine, const char *rule_id,
                         diag_level level);
int diag_rule_enabled(const diag_engine *engine, const char *rule_id);
/* The level the rule's findings get: the configured one, else its own. */
diag_level diag_rule_level(const diag_engine *engine,
                           const diag_rule_info *rule);

/* A function definition's lines, for `irqlint: ignore-function[...]`. */
void diag_add_function(diag_engine *engine, const char *file, const char *name,
                       unsigned first_line, unsigned last_line);
/* A source file the run analyzed: its suppressions are read (and, under
 * --strict, reported when they suppress nothing) even without findings. */
void diag_add_source_file(diag_engine *engine, const char *file);

typedef struct diag_finish_options {
  /* absolute directory paths are made relative to (SARIF %SRCROOT%,
   * fingerprints, baselines); NULL: none */
  const char *source_root;
  /* the bundled WDK model headers' directory (absolute), or NULL: a
   * finding inside them is fingerprinted by its path below this root, so
   * the same finding matches on a machine where irqlint is installed
   * elsewhere */
  const char *bundled_root;
  /* source text for fingerprints and suppressions; NULL: neither */
  struct source_cache *sources;
  /* report suppressions that suppress nothing (unused-suppression) */
  int strict;
  /* the irqlint rule a Code Analysis warning ("28121",
   * "__WARNING_IRQL_TOO_HIGH") stands for, or NULL */
  const char *(*rule_for_warning)(const char *warning);
} diag_finish_options;

/* Sorts (file, line, column, rule id, message), then computes relative
 * paths and fingerprints and applies suppressions, and freezes the list.
 * `options` may be NULL (sorting only). */
void diag_engine_finish(diag_engine *engine,
                        const diag_finish_options *options);

/* Drops the findings whose fingerprints the baseline lists (each entry
 * matches one finding); returns how many were dropped, and in *gone how
 * many entries matched nothing (fixed since). */
unsigned diag_apply_baseline(diag_engine *engine, const char *const *prints,
                             unsigned print_count, unsigned *gone);
/* `path` (resolved) relative to the absolute directory `root`, or NULL
 * outside it (or when `path` does not exist); to free. */
char *diag_relative_path(const char *path, const char *root);
/* A path as a URI: an absolute one as file:///…, a relative one stays
 * relative; bytes outside RFC 3986's unreserved set and '/' are
 * percent-encoded. To free. */
char *diag_path_to_uri(const char *path);
/* Findings that are not suppressed. */
unsigned diag_reported_count(const diag_engine *engine);
/* The pseudo-rule of an inline suppression that suppresses nothing. */
extern const diag_rule_info diag_unused_suppression_rule;

unsigned diag_finding_count(const diag_engine *engine);
const diag_finding *diag_finding_at(const diag_engine *engine, unsigned i);
unsigned diag_failure_count(const diag_engine *engine);
const diag_failure *diag_failure_at(const diag_engine *engine, unsigned i);

/* Output formats. The CLI maps --format onto this enum; each writer lives in
 * its own file. Writers return 0, or -1 on an I/O error. */
typedef enum diag_format {
  DIAG_FORMAT_TEXT,
  DIAG_FORMAT_SARIF,
  DIAG_FORMAT_JSON,
  DIAG_FORMAT_HTML
} diag_format;

typedef struct diag_writer {
  const char *name;
  int (*write)(FILE *out, const diag_engine *engine,
               const diag_tool_info *tool);
} diag_writer;

extern const diag_writer diag_text_writer;
extern const diag_writer diag_sarif_writer;
extern const diag_writer diag_json_writer;

/* The HTML report (html_writer.c) is a directory of pages, not a stream:
 * DIR/index.html and one page per finding, made from the source text.
 * Returns 0, or -1 with a one-line *error (to free). */
int diag_write_html(const char *dir, const diag_engine *engine,
                    const diag_tool_info *tool, struct source_cache *sources,
                    char **error);

const char *diag_level_name(diag_level level); /* "note"/"warning"/"error" */

#endif
