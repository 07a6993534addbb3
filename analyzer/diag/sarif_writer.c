/* SARIF 2.1.0 writer: one run with the tool's rule metadata (with each
 * rule's doc page as help), one result per finding (notes as
 * relatedLocations, the path as a codeFlow, partialFingerprints, in-source
 * suppressions), an artifacts table, and an invocation with the exit code
 * that records files that could not be analyzed, and clang's errors (a
 * coverage problem, not results: compile_errors.c), as tool execution
 * notifications. Files under the source root are written relative to
 * %SRCROOT% (originalUriBaseIds), as GitHub code scanning and Azure DevOps
 * expect. Output is deterministic (no timestamps). */
#include "diag.h"
#include "json_out.h"

#include "../util/xalloc.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define SRCROOT "%SRCROOT%"

/* The run's files, each with its uri (relative to %SRCROOT% when under
 * it), worked out once per file rather than at every location. */
typedef struct artifact {
  const char *file;
  char *uri;
  int under_root;
} artifact;

typedef struct artifact_table {
  artifact *items;
  size_t count, cap;
  const char *source_root;
} artifact_table;

static int artifact_index(artifact_table *t, const char *file) {
  for (size_t i = 0; i < t->count; i++)
    if (strcmp(t->items[i].file, file) == 0)
      return (int)i;
  char *relative = diag_relative_path(file, t->source_root);
  artifact a = {file, diag_path_to_uri(relative ? relative : file),
                relative != NULL};
  free(relative);
  VEC_PUSH(t->items, t->count, t->cap, a);
  return (int)t->count - 1;
}

/* An artifactLocation: relative to %SRCROOT% when under it. */
static void write_artifact_location(json_out *j, const artifact *a) {
  json_key_string(j, "uri", a->uri);
  if (a->under_root)
    json_key_string(j, "uriBaseId", SRCROOT);
}

static const char *sarif_level(diag_level level) {
  switch (level) {
  case DIAG_LEVEL_ERROR:
    return "error";
  case DIAG_LEVEL_NOTE:
    return "note";
  default:
    return "warning";
  }
}

/* "lock-not-released" -> "LockNotReleased" */
static char *pascal_case(const char *id) {
  strbuf sb;
  strbuf_init(&sb);
  int upper = 1;
  for (const char *p = id; *p; p++) {
    if (*p == '-' || *p == '_') {
      upper = 1;
      continue;
    }
    strbuf_putc(&sb, upper ? (char)toupper((unsigned char)*p) : *p);
    upper = 0;
  }
  char *out = xstrdup(strbuf_cstr(&sb));
  strbuf_free(&sb);
  return out;
}

static void write_physical_location(json_out *j, artifact_table *t,
                                    const diag_loc *loc) {
  json_key(j, "physicalLocation");
  json_begin_object(j);
  json_key(j, "artifactLocation");
  json_begin_object(j);
  int index = artifact_index(t, loc->file);
  write_artifact_location(j, &t->items[index]);
  json_key_int(j, "index", index);
  json_end_object(j);
  if (loc->line > 0) {
    json_key(j, "region");
    json_begin_object(j);
    json_key_int(j, "startLine", loc->line);
    json_key_int(j, "startColumn", loc->col ? loc->col : 1);
    unsigned end_line = loc->end_line ? loc->end_line : loc->line;
    unsigned end_col = loc->end_col ? loc->end_col : loc->col;
    if (end_line == loc->line && end_col <= loc->col)
      end_col = loc->col + 1; /* a point: cover one character */
    json_key_int(j, "endLine", end_line);
    json_key_int(j, "endColumn", end_col ? end_col : 1);
    json_end_object(j);
  }
  json_end_object(j);
}

static void write_message(json_out *j, const char *text) {
  json_key(j, "message");
  json_begin_object(j);
  json_key_string(j, "text", text);
  json_end_object(j);
}

static int rule_index(const diag_tool_info *tool, const diag_rule_info *rule) {
  for (unsigned i = 0; i < tool->rule_count; i++)
    if (tool->rules[i] == rule || strcmp(tool->rules[i]->id, rule->id) == 0)
      return (int)i;
  return -1;
}

static void write_rules(json_out *j, const diag_tool_info *tool) {
  json_key(j, "rules");
  json_begin_array(j);
  for (unsigned i = 0; i < tool->rule_count; i++) {
    const diag_rule_info *r = tool->rules[i];
    json_begin_object(j);
    json_key_string(j, "id", r->id);
    char *name = pascal_case(r->id);
    json_key_string(j, "name", name);
    free(name);
    json_key(j, "shortDescription");
    json_begin_object(j);
    json_key_string(j, "text", r->short_desc);
    json_end_object(j);
    json_key(j, "fullDescription");
    json_begin_object(j);
    json_key_string(j, "text", r->full_desc);
    json_end_object(j);
    const char *help_text = tool->rule_help ? tool->rule_help(r->id) : NULL;
    if (tool->rule_doc_base && help_text) {
      char *help = xasprintf("%s%s.md", tool->rule_doc_base, r->id);
      json_key_string(j, "helpUri", help);
      free(help);
    }
    if (help_text) {
      /* the doc page: what it finds, why, and the bad/good examples */
      json_key(j, "help");
      json_begin_object(j);
      json_key_string(j, "text", help_text);
      json_key_string(j, "markdown", help_text);
      json_end_object(j);
    }
    json_key(j, "defaultConfiguration");
    json_begin_object(j);
    json_key_string(j, "level", sarif_level(r->level));
    json_end_object(j);
    json_end_object(j);
  }
  json_end_array(j);
}

static void write_result(json_out *j, artifact_table *t,
                         const diag_tool_info *tool, const diag_finding *f) {
  json_begin_object(j);
  json_key_string(j, "ruleId", f->rule->id);
  int index = rule_index(tool, f->rule);
  if (index >= 0)
    json_key_int(j, "ruleIndex", index);
  json_key_string(j, "level", sarif_level(f->level));
  write_message(j, f->message);
  if (f->fingerprint) {
    json_key(j, "partialFingerprints");
    json_begin_object(j);
    json_key_string(j, "irqlintFingerprint/v1", f->fingerprint);
    json_end_object(j);
  }
  if (tool->has_baseline)
    json_key_string(j, "baselineState", "new");
  if (f->suppressed) {
    json_key(j, "suppressions");
    json_begin_array(j);
    json_begin_object(j);
    json_key_string(j, "kind", "inSource");
    if (f->justification && f->justification[0])
      json_key_string(j, "justification", f->justification);
    json_end_object(j);
    json_end_array(j);
  }
  json_key(j, "locations");
  json_begin_array(j);
  json_begin_object(j);
  write_physical_location(j, t, &f->loc);
  if (f->function) {
    json_key(j, "logicalLocations");
    json_begin_array(j);
    json_begin_object(j);
    json_key_string(j, "name", f->function);
    json_key_string(j, "kind", "function");
    json_end_object(j);
    json_end_array(j);
  }
  json_end_object(j);
  json_end_array(j);
  if (f->note_count) {
    json_key(j, "relatedLocations");
    json_begin_array(j);
    for (unsigned i = 0; i < f->note_count; i++) {
      json_begin_object(j);
      json_key_int(j, "id", i);
      write_physical_location(j, t, &f->notes[i].loc);
      write_message(j, f->notes[i].message);
      json_end_object(j);
    }
    json_end_array(j);
  }
  if (f->step_count) {
    json_key(j, "codeFlows");
    json_begin_array(j);
    json_begin_object(j);
    json_key(j, "threadFlows");
    json_begin_array(j);
    json_begin_object(j);
    json_key(j, "locations");
    json_begin_array(j);
    for (unsigned i = 0; i < f->step_count; i++) {
      json_begin_object(j);
      json_key(j, "location");
      json_begin_object(j);
      write_physical_location(j, t, &f->steps[i].loc);
      write_message(j, f->steps[i].message);
      json_end_object(j);
      json_key_int(j, "executionOrder", i + 1);
      json_end_object(j);
    }
    json_end_array(j);
    json_end_object(j);
    json_end_array(j);
    json_end_object(j);
    json_end_array(j);
  }
  json_end_object(j);
}

/* A clang error as a notification: its place (and the function it left
 * partial, as a logical location), and the translation units it came
 * through as a property. */
static void write_compile_error(json_out *j, artifact_table *t,
                                const diag_compile_error *e) {
  json_begin_object(j);
  json_key_string(j, "level", "error");
  if (e->function) {
    char *note = diag_partial_function_note(e->function);
    char *text = xasprintf("%s (%s)", e->message, note);
    write_message(j, text);
    free(text);
    free(note);
  } else {
    write_message(j, e->message);
  }
  json_key(j, "descriptor");
  json_begin_object(j);
  json_key_string(j, "id", "clang-diagnostic-error");
  json_end_object(j);
  json_key(j, "locations");
  json_begin_array(j);
  json_begin_object(j);
  write_physical_location(j, t, &e->loc);
  if (e->function) {
    json_key(j, "logicalLocations");
    json_begin_array(j);
    json_begin_object(j);
    json_key_string(j, "name", e->function);
    json_key_string(j, "kind", "function");
    json_end_object(j);
    json_end_array(j);
  }
  json_end_object(j);
  json_end_array(j);
  json_key(j, "properties");
  json_begin_object(j);
  json_key(j, "translationUnits");
  json_begin_array(j);
  for (unsigned u = 0; u < e->unit_count; u++) {
    int index = artifact_index(t, e->units[u]);
    json_begin_object(j); /* an artifactLocation */
    write_artifact_location(j, &t->items[index]);
    json_key_int(j, "index", index);
    json_end_object(j);
  }
  json_end_array(j);
  json_end_object(j);
  json_end_object(j);
}

static int write_sarif(FILE *out, const diag_engine *engine,
                       const diag_tool_info *tool) {
  artifact_table t = {NULL, 0, 0, tool->source_root};
  json_out j;
  json_init(&j, out);
  json_begin_object(&j);
  json_key_string(&j, "$schema",
                  "https://json.schemastore.org/sarif-2.1.0.json");
  json_key_string(&j, "version", "2.1.0");
  json_key(&j, "runs");
  json_begin_array(&j);
  json_begin_object(&j);

  json_key(&j, "tool");
  json_begin_object(&j);
  json_key(&j, "driver");
  json_begin_object(&j);
  json_key_string(&j, "name", tool->name);
  json_key_string(&j, "version", tool->version);
  json_key_string(&j, "semanticVersion", tool->version);
  json_key_string(&j, "informationUri", tool->information_uri);
  write_rules(&j, tool);
  json_end_object(&j);
  json_end_object(&j);

  unsigned failures = diag_failure_count(engine);
  unsigned errors = diag_compile_error_count(engine);
  json_key(&j, "invocations");
  json_begin_array(&j);
  json_begin_object(&j);
  json_key_int(&j, "exitCode", tool->exit_code);
  json_key_bool(&j, "executionSuccessful", failures == 0);
  if (failures || errors) {
    json_key(&j, "toolExecutionNotifications");
    json_begin_array(&j);
    for (unsigned i = 0; i < failures; i++) {
      const diag_failure *fail = diag_failure_at(engine, i);
      json_begin_object(&j);
      json_key_string(&j, "level", "error");
      write_message(&j, fail->message);
      json_key(&j, "locations");
      json_begin_array(&j);
      json_begin_object(&j);
      diag_loc loc = {fail->file, 0, 0, 0, 0};
      write_physical_location(&j, &t, &loc);
      json_end_object(&j);
      json_end_array(&j);
      json_end_object(&j);
    }
    for (unsigned i = 0; i < errors; i++)
      write_compile_error(&j, &t, diag_compile_error_at(engine, i));
    json_end_array(&j);
  }
  json_end_object(&j);
  json_end_array(&j);

  if (tool->source_root) {
    json_key(&j, "originalUriBaseIds");
    json_begin_object(&j);
    json_key(&j, SRCROOT);
    json_begin_object(&j);
    char *root = diag_path_to_uri(tool->source_root);
    char *dir = xasprintf("%s/", root);
    json_key_string(&j, "uri", dir);
    free(dir);
    free(root);
    json_end_object(&j);
    json_end_object(&j);
  }

  /* Columns are clang's byte columns; for the ASCII source drivers are
   * written in they equal code points. */
  json_key_string(&j, "columnKind", "unicodeCodePoints");

  json_key(&j, "results");
  json_begin_array(&j);
  unsigned n = diag_finding_count(engine);
  for (unsigned i = 0; i < n; i++)
    write_result(&j, &t, tool, diag_finding_at(engine, i));
  json_end_array(&j);

  json_key(&j, "artifacts");
  json_begin_array(&j);
  for (size_t i = 0; i < t.count; i++) {
    json_begin_object(&j);
    json_key(&j, "location");
    json_begin_object(&j);
    write_artifact_location(&j, &t.items[i]);
    json_end_object(&j);
    json_key_string(&j, "sourceLanguage", "c");
    json_end_object(&j);
  }
  json_end_array(&j);

  json_end_object(&j);
  json_end_array(&j);
  json_end_object(&j);
  for (size_t i = 0; i < t.count; i++)
    free(t.items[i].uri);
  free(t.items);
  return ferror(out) ? -1 : 0;
}

const diag_writer diag_sarif_writer = {"sarif", write_sarif};
