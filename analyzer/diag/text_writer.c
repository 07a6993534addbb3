/* Text writer: clang-style diagnostics, one "file:line:col: level: message
 * [rule-id]" line per finding followed by its "note:" lines. Files that
 * could not be analyzed are reported on stderr by the CLI, not here, so the
 * findings stream stays machine-greppable. Suppressed findings are left
 * out (SARIF and JSON keep them, marked). Clang's errors are printed only
 * when asked (--show-compile-errors), in place among the findings, as
 * "error: ... [clang-diagnostic-error]" the way clang-tidy prints them;
 * otherwise the CLI's one summary line on stderr stands for them. */
#include "diag.h"

#include <stdlib.h>
#include <string.h>

/* Does the clang error come before the finding (file, line, column)? */
static int error_first(const diag_compile_error *e, const diag_finding *f) {
  int c = strcmp(e->loc.file, f->loc.file);
  if (c)
    return c < 0;
  if (e->loc.line != f->loc.line)
    return e->loc.line < f->loc.line;
  return e->loc.col <= f->loc.col;
}

static void write_error(FILE *out, const diag_compile_error *e) {
  fprintf(out, "%s:%u:%u: error: %s [clang-diagnostic-error]\n", e->loc.file,
          e->loc.line, e->loc.col, e->message);
  if (e->function) {
    char *note = diag_partial_function_note(e->function);
    fprintf(out, "%s:%u:%u: note: %s\n", e->loc.file, e->loc.line, e->loc.col,
            note);
    free(note);
  }
}

static int write_text(FILE *out, const diag_engine *engine,
                      const diag_tool_info *tool) {
  unsigned n = diag_finding_count(engine);
  unsigned errors = tool && tool->show_compile_errors
                        ? diag_compile_error_count(engine)
                        : 0,
           e = 0;
  for (unsigned i = 0; i < n; i++) {
    const diag_finding *f = diag_finding_at(engine, i);
    if (f->suppressed)
      continue;
    for (; e < errors && error_first(diag_compile_error_at(engine, e), f); e++)
      write_error(out, diag_compile_error_at(engine, e));
    fprintf(out, "%s:%u:%u: %s: %s [%s]\n", f->loc.file, f->loc.line,
            f->loc.col, diag_level_name(f->level), f->message, f->rule->id);
    for (unsigned k = 0; k < f->note_count; k++) {
      const diag_note *note = &f->notes[k];
      fprintf(out, "%s:%u:%u: note: %s\n", note->loc.file, note->loc.line,
              note->loc.col, note->message);
    }
  }
  for (; e < errors; e++)
    write_error(out, diag_compile_error_at(engine, e));
  return ferror(out) ? -1 : 0;
}

const diag_writer diag_text_writer = {"text", write_text};
