/* HTML writer (--format=html --output=DIR): a report a person reads, like
 * scan-build's. DIR/index.html lists the findings per file and per rule;
 * DIR/finding-N.html shows one finding on its source, with each step of
 * its path numbered at its line ("'a->Lock' acquired", "returns with
 * 'a->Lock' held") and the notes below. Every page is self-contained:
 * inline CSS, no scripts or fonts from the network. Suppressed findings
 * are counted on the index but get no page. Clang's errors, which are not
 * findings, get a section of the index of their own ("Compile errors":
 * what was not analyzed whole, and through which files). */
#define _XOPEN_SOURCE 700 /* mkdir */
#include "diag.h"
#include "source_text.h"

#include "../util/xalloc.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Lines of context shown around the lines a finding touches. */
#define CONTEXT_LINES 6

static const char style[] =
    "body{font-family:sans-serif;margin:0;color:#1a1a1a;background:#fafafa}"
    "header{background:#1f3b57;color:#fff;padding:12px 20px}"
    "header a{color:#cfe3ff}"
    "main{padding:16px 20px}"
    "h1{font-size:20px;margin:0}h2{font-size:17px;margin:18px 0 8px}"
    "table{border-collapse:collapse;margin:6px 0 14px}"
    "td,th{border:1px solid #ccc;padding:4px 10px;text-align:left}"
    "th{background:#eef2f6}"
    ".level-error{color:#b00020;font-weight:bold}"
    ".level-warning{color:#a15c00;font-weight:bold}"
    ".level-note{color:#205080;font-weight:bold}"
    ".message{font-size:16px;margin:8px 0}"
    ".desc{color:#444;max-width:60em}"
    ".source{font-family:monospace;font-size:13px;background:#fff;"
    "border:1px solid #ccc;margin-top:10px}"
    ".line{display:flex;white-space:pre}"
    ".line .no{width:4.5em;text-align:right;padding-right:10px;color:#888;"
    "background:#f0f0f0;user-select:none;flex:none}"
    ".line .code{padding-left:8px}"
    ".line.primary{background:#ffe3e3}.line.touched{background:#fff6d6}"
    ".step{margin:2px 0 4px 5.5em;padding:3px 8px;background:#dbe9ff;"
    "border-left:4px solid #2f6bd8;font-family:sans-serif;font-size:13px;"
    "width:fit-content}"
    ".step.last{background:#ffd9d9;border-left-color:#c62828}"
    ".num{display:inline-block;min-width:1.5em;text-align:center;"
    "background:#2f6bd8;color:#fff;border-radius:9px;margin-right:6px}"
    ".step.last .num{background:#c62828}"
    ".skip{color:#888;padding-left:5.5em;font-family:sans-serif}"
    "ol.path li,ul.notes li{margin:3px 0}";

/* Text as HTML: markup characters escaped, bytes that are not UTF-8 shown
 * as U+FFFD so a page always decodes. */
static void put_text(FILE *out, const char *s, size_t n) {
  for (size_t i = 0; i < n;) {
    unsigned char c = (unsigned char)s[i];
    if (c == '&')
      fputs("&amp;", out);
    else if (c == '<')
      fputs("&lt;", out);
    else if (c == '>')
      fputs("&gt;", out);
    else if (c == '"')
      fputs("&quot;", out);
    else if (c == '\t')
      fputs("    ", out);
    else if (c < 0x80) {
      if (c >= 0x20 || c == '\n')
        fputc((int)c, out);
    } else {
      size_t len = utf8_sequence_length((const unsigned char *)s + i, n - i);
      if (len) {
        fwrite(s + i, 1, len, out);
        i += len;
        continue;
      }
      fputs("\xEF\xBF\xBD", out);
    }
    i++;
  }
}

static void put(FILE *out, const char *s) { put_text(out, s, strlen(s)); }

static void page_start(FILE *out, const char *title) {
  fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<title>",
        out);
  put(out, title);
  fprintf(out, "</title><style>%s</style></head><body>\n", style);
}

static const char *display_file(const diag_finding *f) {
  return f->relative_file ? f->relative_file : f->loc.file;
}

static char *page_name(unsigned index) {
  return xasprintf("finding-%04u.html", index + 1);
}

/* ---- one finding ---- */

typedef struct marker {
  unsigned line;
  unsigned number; /* step number, 1-based */
  const char *message;
  int last;
} marker;

static void source_view(FILE *out, source_cache *sources,
                        const diag_finding *f) {
  const char *file = f->loc.file;
  unsigned lo = f->loc.line, hi = f->loc.end_line ? f->loc.end_line : lo;
  marker *marks = xcalloc(f->step_count + 1, sizeof(marker));
  unsigned mark_count = 0;
  for (unsigned i = 0; i < f->step_count; i++) {
    const diag_step *st = &f->steps[i];
    if (strcmp(st->loc.file, file) != 0 || st->loc.line == 0)
      continue;
    marks[mark_count++] =
        (marker){st->loc.line, i + 1, st->message, i + 1 == f->step_count};
    if (st->loc.line < lo)
      lo = st->loc.line;
    if (st->loc.line > hi)
      hi = st->loc.line;
  }
  for (unsigned i = 0; i < f->note_count; i++)
    if (strcmp(f->notes[i].loc.file, file) == 0 && f->notes[i].loc.line) {
      if (f->notes[i].loc.line < lo)
        lo = f->notes[i].loc.line;
      if (f->notes[i].loc.line > hi)
        hi = f->notes[i].loc.line;
    }
  unsigned count = source_line_count(sources, file);
  fputs("<div class=\"source\" id=\"source\">\n", out);
  if (count == 0) {
    fputs("<div class=\"skip\">(the source file could not be read)</div>", out);
  } else {
    unsigned first = lo > CONTEXT_LINES ? lo - CONTEXT_LINES : 1;
    unsigned last = hi + CONTEXT_LINES < count ? hi + CONTEXT_LINES : count;
    if (first > 1)
      fprintf(out, "<div class=\"skip\">&#8942; lines 1&#8211;%u</div>\n",
              first - 1);
    for (unsigned l = first; l <= last; l++) {
      size_t len = 0;
      const char *text = source_line(sources, file, l, &len);
      int touched = 0;
      for (unsigned m = 0; m < mark_count; m++)
        touched |= marks[m].line == l;
      const char *cls = l == f->loc.line ? " primary"
                        : touched        ? " touched"
                                         : "";
      fprintf(out,
              "<div class=\"line%s\" id=\"L%u\"><span class=\"no\">%u</span>"
              "<span class=\"code\">",
              cls, l, l);
      if (text)
        put_text(out, text, len);
      fputs("</span></div>\n", out);
      for (unsigned m = 0; m < mark_count; m++)
        if (marks[m].line == l) {
          fprintf(out,
                  "<div class=\"step%s\" id=\"step-%u\"><span "
                  "class=\"num\">%u</span>",
                  marks[m].last ? " last" : "", marks[m].number,
                  marks[m].number);
          put(out, marks[m].message);
          fputs("</div>\n", out);
        }
    }
    if (last < count)
      fprintf(out, "<div class=\"skip\">&#8942; lines %u&#8211;%u</div>\n",
              last + 1, count);
  }
  fputs("</div>\n", out);
  free(marks);
}

static void finding_page(FILE *out, source_cache *sources, const char *root,
                         const diag_finding *f, unsigned index, unsigned prev,
                         unsigned next, unsigned total) {
  char *title = xasprintf("%s: %s", f->rule->id, f->message);
  page_start(out, title);
  free(title);
  fputs("<header><h1>irqlint: ", out);
  put(out, f->rule->id);
  fputs("</h1><a href=\"index.html\">all findings</a>", out);
  if (prev != (unsigned)-1) {
    char *p = page_name(prev);
    fprintf(out, " &middot; <a href=\"%s\" id=\"prev\">previous</a>", p);
    free(p);
  }
  if (next != (unsigned)-1) {
    char *p = page_name(next);
    fprintf(out, " &middot; <a href=\"%s\" id=\"next\">next</a>", p);
    free(p);
  }
  fprintf(out, " &middot; finding %u of %u</header>\n<main>\n", index + 1,
          total);
  fprintf(out,
          "<div class=\"message\" id=\"message\"><span "
          "class=\"level-%s\">%s</span> ",
          diag_level_name(f->level), diag_level_name(f->level));
  put(out, f->message);
  fputs("</div>\n<div id=\"where\">", out);
  put(out, display_file(f));
  fprintf(out, ":%u:%u", f->loc.line, f->loc.col);
  if (f->function) {
    fputs(" in <code>", out);
    put(out, f->function);
    fputs("</code>", out);
  }
  fputs("</div>\n<p class=\"desc\" id=\"rule\"><b>", out);
  put(out, f->rule->short_desc);
  fputs(".</b> ", out);
  put(out, f->rule->full_desc);
  fputs("</p>\n", out);
  if (f->step_count) {
    fputs("<h2>Path</h2>\n<ol class=\"path\" id=\"path\">\n", out);
    for (unsigned i = 0; i < f->step_count; i++) {
      fprintf(out, "<li><a href=\"#step-%u\">line %u</a>: ", i + 1,
              f->steps[i].loc.line);
      put(out, f->steps[i].message);
      fputs("</li>\n", out);
    }
    fputs("</ol>\n", out);
  }
  source_view(out, sources, f);
  if (f->note_count) {
    fputs("<h2>Notes</h2>\n<ul class=\"notes\" id=\"notes\">\n", out);
    for (unsigned i = 0; i < f->note_count; i++) {
      fputs("<li>", out);
      char *relative = diag_relative_path(f->notes[i].loc.file, root);
      put(out, relative ? relative : f->notes[i].loc.file);
      free(relative);
      fprintf(out, ":%u:%u: ", f->notes[i].loc.line, f->notes[i].loc.col);
      put(out, f->notes[i].message);
      fputs("</li>\n", out);
    }
    fputs("</ul>\n", out);
  }
  fputs("</main></body></html>\n", out);
}

/* ---- the index ---- */

typedef struct tally {
  const char *key;
  unsigned count;
} tally;

static void count_in(tally *t, unsigned *n, const char *key) {
  for (unsigned i = 0; i < *n; i++)
    if (strcmp(t[i].key, key) == 0) {
      t[i].count++;
      return;
    }
  t[*n].key = key;
  t[*n].count = 1;
  (*n)++;
}

static int compare_tally(const void *a, const void *b) {
  return strcmp(((const tally *)a)->key, ((const tally *)b)->key);
}

static void tally_table(FILE *out, const char *title, const char *id,
                        const char *what, const tally *rows, unsigned count) {
  fprintf(out,
          "<h2>%s</h2>\n<table id=\"%s\"><tr><th>%s</th><th>findings</th>"
          "</tr>\n",
          title, id, what);
  for (unsigned i = 0; i < count; i++) {
    fputs("<tr><td>", out);
    put(out, rows[i].key);
    fprintf(out, "</td><td>%u</td></tr>\n", rows[i].count);
  }
  fputs("</table>\n", out);
}

/* A file as the report names it: relative to the source root when under
 * it. */
static void put_file(FILE *out, const char *file, const char *root) {
  char *relative = diag_relative_path(file, root);
  put(out, relative ? relative : file);
  free(relative);
}

static void compile_error_section(FILE *out, const diag_engine *engine,
                                  const char *root) {
  unsigned errors = diag_compile_error_count(engine);
  if (!errors)
    return;
  fputs("<h2>Compile errors</h2>\n<p>Clang could not compile this code; "
        "what it could not build is not analyzed.</p>\n<table "
        "id=\"compile-errors\"><tr><th>where</th><th>message</th><th>"
        "through</th></tr>\n",
        out);
  for (unsigned i = 0; i < errors; i++) {
    const diag_compile_error *e = diag_compile_error_at(engine, i);
    fputs("<tr><td>", out);
    put_file(out, e->loc.file, root);
    fprintf(out, ":%u:%u</td><td>", e->loc.line, e->loc.col);
    put(out, e->message);
    if (e->function) {
      char *note = diag_partial_function_note(e->function);
      fputs("<br><small>", out);
      put(out, note);
      fputs("</small>", out);
      free(note);
    }
    fputs("</td><td>", out);
    for (unsigned u = 0; u < e->unit_count; u++) {
      if (u)
        fputs("<br>", out);
      put_file(out, e->units[u], root);
    }
    fputs("</td></tr>\n", out);
  }
  fputs("</table>\n", out);
}

static void index_page(FILE *out, const diag_engine *engine,
                       const diag_tool_info *tool, const unsigned *shown,
                       unsigned shown_count, unsigned suppressed) {
  page_start(out, "irqlint report");
  fprintf(out, "<header><h1>irqlint report</h1>%s %s</header>\n<main>\n",
          tool->name, tool->version);
  tally *by_rule = xcalloc(shown_count + 1, sizeof(tally));
  tally *by_file = xcalloc(shown_count + 1, sizeof(tally));
  unsigned rules = 0, files = 0;
  for (unsigned i = 0; i < shown_count; i++) {
    const diag_finding *f = diag_finding_at(engine, shown[i]);
    count_in(by_rule, &rules, f->rule->id);
    count_in(by_file, &files, display_file(f));
  }
  qsort(by_rule, rules, sizeof(tally), compare_tally);
  fprintf(out, "<p id=\"summary\">%u finding%s in %u file%s", shown_count,
          shown_count == 1 ? "" : "s", files, files == 1 ? "" : "s");
  if (suppressed)
    fprintf(out, " (%u more suppressed in source)", suppressed);
  if (diag_failure_count(engine))
    fprintf(out, "; %u file%s could not be analyzed",
            diag_failure_count(engine),
            diag_failure_count(engine) == 1 ? "" : "s");
  char *coverage = diag_compile_error_summary(engine, 1);
  if (coverage) {
    fputs("; ", out);
    put(out, coverage);
    free(coverage);
  }
  fputs(".</p>\n", out);
  tally_table(out, "By rule", "by-rule", "rule", by_rule, rules);
  tally_table(out, "By file", "by-file", "file", by_file, files);
  fputs("<h2>Findings</h2>\n<table id=\"findings\"><tr><th>where"
        "</th><th>level</th><th>rule</th><th>message</th></tr>\n",
        out);
  for (unsigned i = 0; i < shown_count; i++) {
    const diag_finding *f = diag_finding_at(engine, shown[i]);
    char *page = page_name(i);
    fprintf(out, "<tr><td><a href=\"%s\">", page);
    free(page);
    put(out, display_file(f));
    fprintf(out, ":%u</a></td><td class=\"level-%s\">%s</td><td>", f->loc.line,
            diag_level_name(f->level), diag_level_name(f->level));
    put(out, f->rule->id);
    fputs("</td><td>", out);
    put(out, f->message);
    fputs("</td></tr>\n", out);
  }
  fputs("</table>\n", out);
  if (diag_failure_count(engine)) {
    fputs("<h2>Not analyzed</h2>\n<ul id=\"failures\">\n", out);
    for (unsigned i = 0; i < diag_failure_count(engine); i++) {
      fputs("<li>", out);
      put(out, diag_failure_at(engine, i)->message);
      fputs("</li>\n", out);
    }
    fputs("</ul>\n", out);
  }
  compile_error_section(out, engine, tool->source_root);
  fputs("</main></body></html>\n", out);
  free(by_rule);
  free(by_file);
}

static FILE *open_page(const char *dir, const char *name, char **error) {
  char *path = xasprintf("%s/%s", dir, name);
  FILE *out = fopen(path, "wb");
  if (!out)
    *error = xasprintf("cannot write '%s': %s", path, strerror(errno));
  free(path);
  return out;
}

int diag_write_html(const char *dir, const diag_engine *engine,
                    const diag_tool_info *tool, struct source_cache *sources,
                    char **error) {
  struct stat st;
  if (mkdir(dir, 0777) != 0 &&
      !(errno == EEXIST && stat(dir, &st) == 0 && S_ISDIR(st.st_mode))) {
    *error = xasprintf("cannot create the report directory '%s': %s", dir,
                       strerror(errno));
    return -1;
  }
  unsigned n = diag_finding_count(engine), shown_count = 0, suppressed = 0;
  unsigned *shown = xcalloc(n + 1, sizeof(unsigned));
  for (unsigned i = 0; i < n; i++) {
    if (diag_finding_at(engine, i)->suppressed)
      suppressed++;
    else
      shown[shown_count++] = i;
  }
  int rc = 0;
  FILE *out = open_page(dir, "index.html", error);
  if (!out)
    rc = -1;
  else {
    index_page(out, engine, tool, shown, shown_count, suppressed);
    if (fclose(out) != 0)
      rc = -1;
  }
  for (unsigned i = 0; i < shown_count && rc == 0; i++) {
    char *name = page_name(i);
    out = open_page(dir, name, error);
    free(name);
    if (!out) {
      rc = -1;
      break;
    }
    finding_page(out, sources, tool->source_root,
                 diag_finding_at(engine, shown[i]), i, i ? i - 1 : (unsigned)-1,
                 i + 1 < shown_count ? i + 1 : (unsigned)-1, shown_count);
    if (fclose(out) != 0)
      rc = -1;
  }
  if (rc != 0 && !*error)
    *error = xasprintf("cannot write the report in '%s'", dir);
  free(shown);
  return rc;
}
