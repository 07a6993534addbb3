/* `irqlint --lsp`: a Language Server Protocol server over stdio, so editors
 * show irqlint's findings as diagnostics (docs/editors.md).
 *
 * It speaks JSON-RPC with Content-Length framing, parsed and written with
 * Debian's libjansson. A file is analyzed when it is opened and when it is
 * saved (the text on disk, as the build sees it), with the flags of the
 * compilation database found as clangd finds it: compile_commands.json in
 * the file's directory or above it, or in a build/ directory next to one
 * of those. The .irqlint.yaml above the file applies. Diagnostics carry
 * the rule id as code, a link to the rule's page as codeDescription, and
 * the finding's notes as relatedInformation. Clang's errors in the file are
 * diagnostics too (source "clang"), as clangd shows them, although the
 * command line keeps them apart from findings. A file is analyzed on its own:
 * calls into functions defined in other files have no summary, so the
 * editor can show less than a whole-driver run does, never more.
 *
 * Positions: LSP counts UTF-16 code units unless the client offers UTF-8
 * (positionEncodings, LSP 3.17), which irqlint then picks, since clang's
 * columns are bytes. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "lsp.h"

#include "../../rules/rule.h"
#include "../diag/source_text.h"
#include "../util/xalloc.h"
#include "cli.h"

#include <ctype.h>
#include <jansson.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

typedef struct server {
  FILE *in, *out;
  int utf8_positions; /* else UTF-16 */
  int shutdown_requested;
  const options *base; /* the command line's options (rules, headers) */
} server;

/* ---- framing ---- */

/* The next message, or NULL at the end of the input. A message that is
 * not JSON is answered with a parse error by the caller (*bad set). */
static json_t *read_message(server *s, int *bad) {
  char line[1024];
  long length = -1;
  *bad = 0;
  for (;;) {
    if (!fgets(line, sizeof line, s->in))
      return NULL;
    if (strcmp(line, "\r\n") == 0 || strcmp(line, "\n") == 0)
      break;
    if (strncasecmp(line, "Content-Length:", 15) == 0)
      length = strtol(line + 15, NULL, 10);
  }
  if (length < 0 || length > 64L * 1024 * 1024) {
    *bad = 1;
    return NULL;
  }
  char *body = xmalloc((size_t)length + 1);
  if (fread(body, 1, (size_t)length, s->in) != (size_t)length) {
    free(body);
    return NULL;
  }
  json_error_t err;
  json_t *msg = json_loadb(body, (size_t)length, 0, &err);
  free(body);
  if (!msg)
    *bad = 1;
  return msg;
}

static void send_message(server *s, json_t *msg) {
  char *text = json_dumps(msg, JSON_COMPACT);
  if (!text)
    return;
  fprintf(s->out, "Content-Length: %zu\r\n\r\n%s", strlen(text), text);
  fflush(s->out);
  free(text);
}

static void respond(server *s, json_t *id, json_t *result) {
  json_t *msg = json_pack("{s:s, s:O, s:o}", "jsonrpc", "2.0", "id", id,
                          "result", result ? result : json_null());
  send_message(s, msg);
  json_decref(msg);
}

static void respond_error(server *s, json_t *id, int code,
                          const char *message) {
  json_t *msg = json_pack("{s:s, s:O, s:{s:i, s:s}}", "jsonrpc", "2.0", "id",
                          id ? id : json_null(), "error", "code", code,
                          "message", message);
  send_message(s, msg);
  json_decref(msg);
}

static void notify(server *s, const char *method, json_t *params) {
  json_t *msg = json_pack("{s:s, s:s, s:o}", "jsonrpc", "2.0", "method", method,
                          "params", params);
  send_message(s, msg);
  json_decref(msg);
}

/* ---- uris ---- */

static int hex_value(char c) {
  return isdigit((unsigned char)c) ? c - '0'
                                   : (tolower((unsigned char)c) - 'a' + 10);
}

/* file:///a%20b/c.c -> /a b/c.c; NULL for other schemes. */
static char *path_of_uri(const char *uri) {
  if (strncmp(uri, "file://", 7) != 0)
    return NULL;
  const char *p = uri + 7;
  strbuf sb;
  strbuf_init(&sb);
  for (; *p; p++) {
    if (*p == '%' && isxdigit((unsigned char)p[1]) &&
        isxdigit((unsigned char)p[2])) {
      strbuf_putc(&sb, (char)(hex_value(p[1]) * 16 + hex_value(p[2])));
      p += 2;
    } else {
      strbuf_putc(&sb, *p);
    }
  }
  char *path = xstrdup(strbuf_cstr(&sb));
  strbuf_free(&sb);
  return path;
}

static char *uri_of_path(const char *path) {
  char resolved[PATH_MAX];
  return diag_path_to_uri(realpath(path, resolved) ? resolved : path);
}

/* ---- analysis ---- */

/* The directory holding the compile_commands.json clangd would use for
 * `path`, or NULL. */
static char *find_compdb_dir(const char *path) {
  static const char *const names[] = {"compile_commands.json",
                                      "build/compile_commands.json"};
  char *dir = dir_of_file(path);
  char *found = dir ? find_upward(dir, names, 2, 1) : NULL;
  free(dir);
  if (found) /* the directory the database is in */
    path_drop_last(found);
  return found;
}

/* A byte column of `line` (1-based) as the client counts characters. */
static unsigned client_column(server *s, source_cache *sources,
                              const char *file, unsigned line,
                              unsigned byte_col) {
  if (byte_col == 0)
    return 0;
  unsigned bytes = byte_col - 1;
  if (s->utf8_positions)
    return bytes;
  size_t len = 0;
  const char *text = source_line(sources, file, line, &len);
  if (!text)
    return bytes;
  unsigned units = 0;
  for (size_t i = 0; i < bytes && i < len;) {
    /* a byte that is not UTF-8 shows as one U+FFFD */
    size_t n = utf8_sequence_length((const unsigned char *)text + i, len - i);
    units += n == 4 ? 2 : 1; /* past the BMP: a surrogate pair */
    i += n ? n : 1;
  }
  return units;
}

static json_t *range_of(server *s, source_cache *sources, const diag_loc *loc) {
  unsigned line = loc->line ? loc->line - 1 : 0;
  unsigned end_line = loc->end_line ? loc->end_line - 1 : line;
  unsigned col = client_column(s, sources, loc->file, loc->line, loc->col);
  unsigned end_col =
      client_column(s, sources, loc->file, loc->end_line, loc->end_col);
  if (end_line < line || (end_line == line && end_col <= col)) {
    end_line = line;
    end_col = col + 1;
  }
  return json_pack("{s:{s:i, s:i}, s:{s:i, s:i}}", "start", "line", line,
                   "character", col, "end", "line", end_line, "character",
                   end_col);
}

static int severity_of(diag_level level) {
  return level == DIAG_LEVEL_ERROR ? 1 : level == DIAG_LEVEL_WARNING ? 2 : 3;
}

static int same_file(const char *a, const char *b) {
  char ra[PATH_MAX], rb[PATH_MAX];
  if (!realpath(a, ra) || !realpath(b, rb))
    return strcmp(a, b) == 0;
  return strcmp(ra, rb) == 0;
}

static json_t *diagnostic_at(const char *path, const char *message) {
  (void)path;
  return json_pack("{s:{s:{s:i, s:i}, s:{s:i, s:i}}, s:i, s:s, s:s}", "range",
                   "start", "line", 0, "character", 0, "end", "line", 0,
                   "character", 1, "severity", 1, "source", "irqlint",
                   "message", message);
}

/* Analyzes `path` and returns its diagnostics. */
static json_t *diagnostics_for(server *s, const char *path) {
  json_t *list = json_array();
  char *compdb = find_compdb_dir(path);
  options o = *s->base;
  char *files[1] = {(char *)path};
  o.files = files;
  o.file_count = 1;
  o.build_dir = compdb;
  o.compiler_args = NULL;
  o.compiler_arg_count = 0;
  o.has_double_dash = 0;
  fe_job *jobs = NULL;
  unsigned job_count = 0;
  irqlint_config cfg;
  config_init(&cfg);
  fe_header_overlay *overlay = NULL;
  if (build_jobs(&o, &jobs, &job_count) != 0) {
    json_array_append_new(
        list, diagnostic_at(path, "irqlint could not read the compile "
                                  "commands for this file (see the log)"));
    goto done;
  }
  if (load_config(&o, jobs, job_count, &cfg) != 0) {
    json_array_append_new(
        list, diagnostic_at(path, "irqlint could not use the .irqlint.yaml "
                                  "for this file (see the log)"));
    goto done;
  }
  if (prepare_jobs(&o, jobs, job_count, &cfg, NULL, NULL, &overlay) != 0)
    goto done;
  lock_analysis_stats stats;
  memset(&stats, 0, sizeof stats);
  finished_run run;
  run_and_finish(&o, jobs, job_count, &cfg, stderr, NULL, &stats, 0, &run);
  diag_engine *diag = run.diag;
  source_cache *sources = run.sources;
  for (unsigned i = 0; i < diag_failure_count(diag); i++)
    json_array_append_new(
        list, diagnostic_at(path, diag_failure_at(diag, i)->message));
  for (unsigned i = 0; i < diag_finding_count(diag); i++) {
    const diag_finding *f = diag_finding_at(diag, i);
    if (f->suppressed || !same_file(f->loc.file, path))
      continue;
    json_t *related = json_array();
    for (unsigned k = 0; k < f->note_count; k++) {
      char *uri = uri_of_path(f->notes[k].loc.file);
      json_array_append_new(
          related, json_pack("{s:{s:s, s:o}, s:s}", "location", "uri", uri,
                             "range", range_of(s, sources, &f->notes[k].loc),
                             "message", f->notes[k].message));
      free(uri);
    }
    char *href = xasprintf("%s/blob/main/docs/rules/%s.md", IRQLINT_HOMEPAGE,
                           f->rule->id);
    json_array_append_new(
        list, json_pack("{s:o, s:i, s:s, s:{s:s}, s:s, s:s, s:o}", "range",
                        range_of(s, sources, &f->loc), "severity",
                        severity_of(f->level), "code", f->rule->id,
                        "codeDescription", "href", href, "source", "irqlint",
                        "message", f->message, "relatedInformation", related));
    free(href);
  }
  /* clang's errors stay diagnostics in the editor, as clangd shows them:
   * they are not findings, but the user is looking at that code */
  for (unsigned i = 0; i < diag_compile_error_count(diag); i++) {
    const diag_compile_error *e = diag_compile_error_at(diag, i);
    if (!same_file(e->loc.file, path))
      continue;
    json_t *related = json_array();
    if (e->function) {
      char *uri = uri_of_path(e->loc.file);
      char *note = diag_partial_function_note(e->function);
      json_array_append_new(related, json_pack("{s:{s:s, s:o}, s:s}",
                                               "location", "uri", uri, "range",
                                               range_of(s, sources, &e->loc),
                                               "message", note));
      free(note);
      free(uri);
    }
    json_array_append_new(
        list, json_pack("{s:o, s:i, s:s, s:s, s:s, s:o}", "range",
                        range_of(s, sources, &e->loc), "severity", 1, "code",
                        "clang-diagnostic-error", "source", "clang", "message",
                        e->message, "relatedInformation", related));
  }
  finished_run_free(&run);
done:
  fe_header_overlay_destroy(overlay);
  for (unsigned j = 0; j < job_count; j++)
    fe_job_free(&jobs[j]);
  free(jobs);
  config_free(&cfg);
  free(compdb);
  return list;
}

static void publish(server *s, const char *uri, json_t *diagnostics) {
  notify(s, "textDocument/publishDiagnostics",
         json_pack("{s:s, s:o}", "uri", uri, "diagnostics", diagnostics));
}

static void analyze_document(server *s, json_t *params) {
  const char *uri = json_string_value(
      json_object_get(json_object_get(params, "textDocument"), "uri"));
  if (!uri)
    return;
  char *path = path_of_uri(uri);
  if (!path)
    return; /* not a file on disk: nothing irqlint can compile */
  fprintf(stderr, "irqlint: analyzing %s\n", path);
  publish(s, uri, diagnostics_for(s, path));
  free(path);
}

/* ---- the protocol ---- */

static json_t *initialize_result(server *s, json_t *params) {
  json_t *encodings = json_object_get(
      json_object_get(json_object_get(params, "capabilities"), "general"),
      "positionEncodings");
  size_t i;
  json_t *e;
  json_array_foreach(encodings, i, e) {
    if (json_is_string(e) && strcmp(json_string_value(e), "utf-8") == 0)
      s->utf8_positions = 1;
  }
  return json_pack("{s:{s:s, s:{s:b, s:i, s:{s:b}}}, s:{s:s, s:s}}",
                   "capabilities", "positionEncoding",
                   s->utf8_positions ? "utf-8" : "utf-16", "textDocumentSync",
                   "openClose", 1, "change", 0, "save", "includeText", 0,
                   "serverInfo", "name", "irqlint", "version", IRQLINT_VERSION);
}

/* Returns 1 when the server should stop (exit), with *status set. */
static int handle(server *s, json_t *msg, int *status) {
  const char *method = json_string_value(json_object_get(msg, "method"));
  json_t *id = json_object_get(msg, "id");
  json_t *params = json_object_get(msg, "params");
  if (!method)
    return 0; /* a response to us: we send no requests */
  if (strcmp(method, "initialize") == 0) {
    respond(s, id, initialize_result(s, params));
  } else if (strcmp(method, "shutdown") == 0) {
    s->shutdown_requested = 1;
    respond(s, id, json_null());
  } else if (strcmp(method, "exit") == 0) {
    *status = s->shutdown_requested ? 0 : 1;
    return 1;
  } else if (strcmp(method, "textDocument/didOpen") == 0 ||
             strcmp(method, "textDocument/didSave") == 0) {
    analyze_document(s, params);
  } else if (strcmp(method, "textDocument/didClose") == 0) {
    const char *uri = json_string_value(
        json_object_get(json_object_get(params, "textDocument"), "uri"));
    if (uri)
      publish(s, uri, json_array());
  } else if (id && !json_is_null(id)) {
    respond_error(s, id, -32601, "method not found");
  }
  /* other notifications (initialized, didChange, …) need nothing */
  return 0;
}

int lsp_serve(const options *base, FILE *in, FILE *out) {
  server s;
  memset(&s, 0, sizeof s);
  s.in = in;
  s.out = out;
  s.base = base;
  int status = 1; /* the input ended without exit */
  for (;;) {
    int bad;
    json_t *msg = read_message(&s, &bad);
    if (!msg) {
      if (bad) {
        respond_error(&s, NULL, -32700, "parse error");
        continue;
      }
      break;
    }
    int stop = handle(&s, msg, &status);
    json_decref(msg);
    if (stop)
      break;
  }
  return status;
}
