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

#include <stdio.h>

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
} diag_finding;

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

/* Records that a file could not be analyzed at all. */
void diag_add_failure(diag_engine *engine, const char *file,
                      const char *message);

/* Sorts (file, line, column, rule id, message) and freezes the list. */
void diag_engine_finish(diag_engine *engine);

unsigned diag_finding_count(const diag_engine *engine);
const diag_finding *diag_finding_at(const diag_engine *engine, unsigned i);
unsigned diag_failure_count(const diag_engine *engine);
const diag_failure *diag_failure_at(const diag_engine *engine, unsigned i);

/* Output formats. The CLI maps --format onto this enum; each writer lives in
 * its own file. Writers return 0, or -1 on an I/O error. */
typedef enum diag_format { DIAG_FORMAT_TEXT, DIAG_FORMAT_SARIF } diag_format;

typedef struct diag_writer {
  const char *name;
  int (*write)(FILE *out, const diag_engine *engine,
               const diag_tool_info *tool);
} diag_writer;

extern const diag_writer diag_text_writer;
extern const diag_writer diag_sarif_writer;

const char *diag_level_name(diag_level level); /* "note"/"warning"/"error" */

#endif
