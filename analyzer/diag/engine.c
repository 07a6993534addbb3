/* Diagnostics engine: collects findings from rules, drops duplicates, sorts
 * them into a deterministic order and exposes the frozen list to writers.
 * See diag.h for the contract. */
#include "diag.h"

#include "../util/xalloc.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

struct diag_engine {
  diag_finding *findings;
  size_t count, cap;
  diag_failure *failures;
  size_t failure_count, failure_cap;
  /* the finding under construction */
  int building;
  diag_finding current;
  size_t note_cap, step_cap;
  int finished;
};

diag_engine *diag_engine_create(void) {
  return xcalloc(1, sizeof(diag_engine));
}

static diag_loc copy_loc(diag_loc loc) {
  diag_loc out = loc;
  out.file = xstrdup(loc.file ? loc.file : "<unknown>");
  if (out.end_line == 0) {
    out.end_line = out.line;
    out.end_col = out.col;
  }
  return out;
}

static void free_located(diag_note *items, unsigned count) {
  for (unsigned i = 0; i < count; i++) {
    free((char *)items[i].loc.file);
    free(items[i].message);
  }
  free(items);
}

static void free_finding(diag_finding *f) {
  free((char *)f->loc.file);
  free(f->message);
  free((char *)f->function);
  free_located(f->notes, f->note_count);
  free_located(f->steps, f->step_count);
}

void diag_engine_destroy(diag_engine *engine) {
  if (!engine)
    return;
  if (engine->building)
    free_finding(&engine->current);
  for (size_t i = 0; i < engine->count; i++)
    free_finding(&engine->findings[i]);
  free(engine->findings);
  for (size_t i = 0; i < engine->failure_count; i++) {
    free(engine->failures[i].file);
    free(engine->failures[i].message);
  }
  free(engine->failures);
  free(engine);
}

void diag_begin(diag_engine *engine, const diag_rule_info *rule, diag_loc loc,
                const char *function, const char *fmt, ...) {
  if (engine->building)
    free_finding(&engine->current);
  memset(&engine->current, 0, sizeof engine->current);
  engine->note_cap = engine->step_cap = 0;
  engine->building = 1;
  engine->current.rule = rule;
  engine->current.level = rule->level;
  engine->current.loc = copy_loc(loc);
  engine->current.function = function ? xstrdup(function) : NULL;
  va_list ap;
  va_start(ap, fmt);
  engine->current.message = xvasprintf(fmt, ap);
  va_end(ap);
}

/* Notes and steps are both (location, message) lists on the finding under
 * construction. */
static void append_located(diag_note **items, unsigned *count, size_t *cap,
                           diag_loc loc, const char *fmt, va_list ap) {
  diag_note item;
  item.loc = copy_loc(loc);
  item.message = xvasprintf(fmt, ap);
  size_t n = *count;
  VEC_PUSH(*items, n, *cap, item);
  *count = (unsigned)n;
}

void diag_add_note(diag_engine *engine, diag_loc loc, const char *fmt, ...) {
  if (!engine->building)
    return;
  va_list ap;
  va_start(ap, fmt);
  append_located(&engine->current.notes, &engine->current.note_count,
                 &engine->note_cap, loc, fmt, ap);
  va_end(ap);
}

void diag_add_step(diag_engine *engine, diag_loc loc, const char *fmt, ...) {
  if (!engine->building)
    return;
  va_list ap;
  va_start(ap, fmt);
  append_located(&engine->current.steps, &engine->current.step_count,
                 &engine->step_cap, loc, fmt, ap);
  va_end(ap);
}

static int same_place(const diag_finding *a, const diag_finding *b) {
  return a->rule == b->rule && a->loc.line == b->loc.line &&
         a->loc.col == b->loc.col && strcmp(a->loc.file, b->loc.file) == 0;
}

void diag_commit(diag_engine *engine) {
  if (!engine->building)
    return;
  engine->building = 0;
  /* Rules run over several states per program point; the first report for a
   * (rule, place) wins so the notes come from the first path in block
   * order, which is deterministic. Linear scan: findings per file are few. */
  for (size_t i = engine->count; i-- > 0;) {
    if (same_place(&engine->findings[i], &engine->current)) {
      free_finding(&engine->current);
      return;
    }
  }
  VEC_PUSH(engine->findings, engine->count, engine->cap, engine->current);
}

void diag_add_failure(diag_engine *engine, const char *file,
                      const char *message) {
  diag_failure failure = {xstrdup(file ? file : "<unknown>"), xstrdup(message)};
  VEC_PUSH(engine->failures, engine->failure_count, engine->failure_cap,
           failure);
}

static int compare_findings(const void *pa, const void *pb) {
  const diag_finding *a = pa, *b = pb;
  int c = strcmp(a->loc.file, b->loc.file);
  if (c)
    return c;
  if (a->loc.line != b->loc.line)
    return a->loc.line < b->loc.line ? -1 : 1;
  if (a->loc.col != b->loc.col)
    return a->loc.col < b->loc.col ? -1 : 1;
  c = strcmp(a->rule->id, b->rule->id);
  if (c)
    return c;
  return strcmp(a->message, b->message);
}

static int compare_failures(const void *pa, const void *pb) {
  const diag_failure *a = pa, *b = pb;
  int c = strcmp(a->file, b->file);
  return c ? c : strcmp(a->message, b->message);
}

void diag_engine_finish(diag_engine *engine) {
  if (engine->building) {
    free_finding(&engine->current);
    engine->building = 0;
  }
  if (engine->count > 1)
    qsort(engine->findings, engine->count, sizeof(diag_finding),
          compare_findings);
  if (engine->failure_count > 1)
    qsort(engine->failures, engine->failure_count, sizeof(diag_failure),
          compare_failures);
  engine->finished = 1;
}

unsigned diag_finding_count(const diag_engine *engine) {
  return (unsigned)engine->count;
}

const diag_finding *diag_finding_at(const diag_engine *engine, unsigned i) {
  return i < engine->count ? &engine->findings[i] : NULL;
}

unsigned diag_failure_count(const diag_engine *engine) {
  return (unsigned)engine->failure_count;
}

const diag_failure *diag_failure_at(const diag_engine *engine, unsigned i) {
  return i < engine->failure_count ? &engine->failures[i] : NULL;
}

const char *diag_level_name(diag_level level) {
  switch (level) {
  case DIAG_LEVEL_NOTE:
    return "note";
  case DIAG_LEVEL_WARNING:
    return "warning";
  case DIAG_LEVEL_ERROR:
    return "error";
  }
  return "warning";
}
