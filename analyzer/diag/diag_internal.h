/* What the engine shares with the files that post-process its findings
 * (fingerprint.c, suppress.c): not for rules or writers, which see diag.h
 * only. */
#ifndef IRQLINT_DIAG_INTERNAL_H
#define IRQLINT_DIAG_INTERNAL_H

#include "diag.h"

typedef struct diag_function_extent {
  char *file;
  char *name;
  unsigned first_line, last_line;
} diag_function_extent;

diag_finding *diag_engine_findings(diag_engine *engine, unsigned *count);
const diag_function_extent *diag_engine_functions(const diag_engine *engine,
                                                  unsigned *count);
char *const *diag_engine_source_files(const diag_engine *engine,
                                      unsigned *count);
/* Adds a finding built outside diag_begin (an unused suppression) as if a
 * rule had committed it; the engine takes ownership of its strings. */
void diag_engine_append(diag_engine *engine, diag_finding finding);
/* The engine's copy of a location (owned strings). */
diag_loc diag_loc_copy(diag_loc loc);
/* Orders two engine locations by file, line and column (qsort-style). */
int diag_loc_compare(const diag_loc *a, const diag_loc *b);

/* compile_errors.c: the engine's list of clang errors. */
typedef struct diag_error_list {
  diag_compile_error *items;
  size_t count, cap;
  /* where each (place, message) is listed: open addressing over item
   * indexes + 1 (0: empty), rebuilt when it fills or the list is sorted;
   * a run with broken headers can have tens of thousands of errors */
  size_t *slots;
  size_t slot_count;
} diag_error_list;

diag_error_list *diag_engine_errors(diag_engine *engine);
const diag_error_list *diag_engine_errors_const(const diag_engine *engine);
void diag_error_list_free(diag_error_list *list);
/* Adds an error coming through `unit` (NULL: none yet), merging it with
 * the same error (place and message) already listed. Copies. */
void diag_error_list_add(diag_error_list *list, const diag_loc *loc,
                         const char *function, const char *message,
                         const char *unit);
/* Moves `from`'s errors into `to`, through `unit` when not NULL. */
void diag_error_list_move(diag_error_list *to, diag_error_list *from,
                          const char *unit);
/* Sorts by file, line, column and message. */
void diag_error_list_sort(diag_error_list *list);

/* fingerprint.c: relative_file and fingerprint of every finding, in
 * sorted order (the occurrence count depends on it). */
void diag_compute_fingerprints(diag_engine *engine,
                               const diag_finish_options *options);
/* suppress.c: marks suppressed findings; adds unused-suppression findings
 * under options->strict. */
void diag_apply_suppressions(diag_engine *engine,
                             const diag_finish_options *options);

#endif
