/* JSON writer (--format=json): one document for scripts, with one object
 * per finding and one per clang error (`compileErrors`, apart from the
 * findings since version 2); the schema is docs/json-output.md.
 * Suppressed findings are included and marked, as in SARIF; `summary`
 * counts what a CI gate needs. */
#include "diag.h"
#include "json_out.h"

#include <stdlib.h>

static void write_place(json_out *j, const diag_loc *loc) {
  json_key_string(j, "file", loc->file);
  json_key_int(j, "line", loc->line);
  json_key_int(j, "column", loc->col);
}

static void write_located(json_out *j, const char *key, const diag_note *items,
                          unsigned count) {
  json_key(j, key);
  json_begin_array(j);
  for (unsigned i = 0; i < count; i++) {
    json_begin_object(j);
    write_place(j, &items[i].loc);
    json_key_string(j, "message", items[i].message);
    json_end_object(j);
  }
  json_end_array(j);
}

static void write_finding(json_out *j, const diag_finding *f) {
  json_begin_object(j);
  json_key_string(j, "rule", f->rule->id);
  json_key_string(j, "level", diag_level_name(f->level));
  write_place(j, &f->loc);
  json_key_int(j, "endLine", f->loc.end_line);
  json_key_int(j, "endColumn", f->loc.end_col);
  if (f->relative_file)
    json_key_string(j, "relativeFile", f->relative_file);
  if (f->function)
    json_key_string(j, "function", f->function);
  json_key_string(j, "message", f->message);
  if (f->fingerprint)
    json_key_string(j, "fingerprint", f->fingerprint);
  json_key_bool(j, "suppressed", f->suppressed);
  if (f->suppressed) {
    json_key(j, "suppression");
    json_begin_object(j);
    json_key_string(j, "text", f->suppression ? f->suppression : "");
    json_key_string(j, "justification",
                    f->justification ? f->justification : "");
    json_end_object(j);
  }
  write_located(j, "notes", f->notes, f->note_count);
  write_located(j, "path", f->steps, f->step_count);
  json_end_object(j);
}

static void write_compile_error(json_out *j, const diag_compile_error *e,
                                const char *source_root) {
  json_begin_object(j);
  write_place(j, &e->loc);
  char *relative = diag_relative_path(e->loc.file, source_root);
  if (relative)
    json_key_string(j, "relativeFile", relative);
  free(relative);
  json_key_string(j, "message", e->message);
  if (e->function)
    json_key_string(j, "function", e->function);
  json_key(j, "units");
  json_begin_array(j);
  for (unsigned u = 0; u < e->unit_count; u++)
    json_string(j, e->units[u]);
  json_end_array(j);
  json_end_object(j);
}

static int write_json(FILE *out, const diag_engine *engine,
                      const diag_tool_info *tool) {
  json_out j;
  json_init(&j, out);
  json_begin_object(&j);
  json_key_int(&j, "version", 2);
  json_key(&j, "tool");
  json_begin_object(&j);
  json_key_string(&j, "name", tool->name);
  json_key_string(&j, "version", tool->version);
  json_end_object(&j);
  if (tool->source_root)
    json_key_string(&j, "sourceRoot", tool->source_root);
  unsigned n = diag_finding_count(engine), suppressed = 0;
  json_key(&j, "findings");
  json_begin_array(&j);
  for (unsigned i = 0; i < n; i++) {
    const diag_finding *f = diag_finding_at(engine, i);
    suppressed += f->suppressed;
    write_finding(&j, f);
  }
  json_end_array(&j);
  unsigned failures = diag_failure_count(engine);
  json_key(&j, "failures");
  json_begin_array(&j);
  for (unsigned i = 0; i < failures; i++) {
    const diag_failure *fail = diag_failure_at(engine, i);
    json_begin_object(&j);
    json_key_string(&j, "file", fail->file);
    json_key_string(&j, "message", fail->message);
    json_end_object(&j);
  }
  json_end_array(&j);
  unsigned errors = diag_compile_error_count(engine);
  json_key(&j, "compileErrors");
  json_begin_array(&j);
  for (unsigned i = 0; i < errors; i++)
    write_compile_error(&j, diag_compile_error_at(engine, i),
                        tool->source_root);
  json_end_array(&j);
  diag_coverage coverage = diag_compile_coverage(engine);
  json_key(&j, "summary");
  json_begin_object(&j);
  json_key_int(&j, "findings", n - suppressed);
  json_key_int(&j, "suppressed", suppressed);
  json_key_int(&j, "failures", failures);
  json_key_int(&j, "compileErrors", errors);
  json_key_int(&j, "filesWithCompileErrors", coverage.units_with_errors);
  json_key_int(&j, "partialFunctions", coverage.partial_functions);
  if (tool->has_baseline) {
    json_key_int(&j, "baselineMatched", tool->baseline_matched);
    json_key_int(&j, "baselineGone", tool->baseline_gone);
  }
  json_key_int(&j, "exitCode", tool->exit_code);
  json_end_object(&j);
  json_end_object(&j);
  return ferror(out) ? -1 : 0;
}

const diag_writer diag_json_writer = {"json", write_json};
