/* Text writer: clang-style diagnostics, one "file:line:col: level: message
 * [rule-id]" line per finding followed by its "note:" lines. Files that
 * could not be analyzed are reported on stderr by the CLI, not here, so the
 * findings stream stays machine-greppable. Suppressed findings are left
 * out (SARIF and JSON keep them, marked). */
#include "diag.h"

static int write_text(FILE *out, const diag_engine *engine,
                      const diag_tool_info *tool) {
  (void)tool;
  unsigned n = diag_finding_count(engine);
  for (unsigned i = 0; i < n; i++) {
    const diag_finding *f = diag_finding_at(engine, i);
    if (f->suppressed)
      continue;
    fprintf(out, "%s:%u:%u: %s: %s [%s]\n", f->loc.file, f->loc.line,
            f->loc.col, diag_level_name(f->level), f->message, f->rule->id);
    for (unsigned k = 0; k < f->note_count; k++) {
      const diag_note *note = &f->notes[k];
      fprintf(out, "%s:%u:%u: note: %s\n", note->loc.file, note->loc.line,
              note->loc.col, note->message);
    }
  }
  return ferror(out) ? -1 : 0;
}

const diag_writer diag_text_writer = {"text", write_text};
