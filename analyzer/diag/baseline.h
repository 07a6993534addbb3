/* Baseline files: the fingerprints of findings a team has accepted for
 * now. `--write-baseline FILE` writes the run's JSON output (json_writer.c)
 * there; `--baseline FILE` reads the fingerprints of its findings that
 * were not suppressed back, with Debian's libjansson. Any irqlint JSON
 * output works as a baseline; a version 1 output's clang errors (rule
 * clang-diagnostic-error, findings then) are not entries. */
#ifndef IRQLINT_BASELINE_H
#define IRQLINT_BASELINE_H

typedef struct baseline {
  char **fingerprints;
  unsigned count;
} baseline;

/* Returns 0, or -1 with a one-line *error (to free) when the file cannot
 * be read or is not an irqlint JSON document. */
int baseline_read(const char *path, baseline *out, char **error);
void baseline_free(baseline *b);

#endif
