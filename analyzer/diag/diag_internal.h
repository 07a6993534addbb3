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

/* fingerprint.c: relative_file and fingerprint of every finding, in
 * sorted order (the occurrence count depends on it). */
void diag_compute_fingerprints(diag_engine *engine,
                               const diag_finish_options *options);
/* suppress.c: marks suppressed findings; adds unused-suppression findings
 * under options->strict. */
void diag_apply_suppressions(diag_engine *engine,
                             const diag_finish_options *options);

#endif
