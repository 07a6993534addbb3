/* Diagnostics engine: collects findings from rules, drops duplicates, sorts
 * them into a deterministic order and exposes the frozen list to writers.
 * See diag.h for the contract. */
#include "diag.h"
#include "diag_internal.h"

#include "../util/xalloc.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

typedef struct rule_setting {
  char *id;
  int8_t enabled; /* -1: not set */
  int8_t level;   /* -1: not set */
} rule_setting;

struct diag_engine {
  diag_finding *findings;
  size_t count, cap;
  rule_setting *settings;
  size_t setting_count, setting_cap;
  diag_function_extent *functions;
  size_t function_count, function_cap;
  char **source_files;
  size_t source_file_count, source_file_cap;
  diag_failure *failures;
  size_t failure_count, failure_cap;
  diag_error_list errors; /* clang's (compile_errors.c) */
  /* the finding under construction */
  int building;
  diag_finding current;
  size_t note_cap, step_cap;
  int finished;
};

diag_engine *diag_engine_create(void) {
  return xcalloc(1, sizeof(diag_engine));
}

diag_loc diag_loc_copy(diag_loc loc) {
  diag_loc out = loc;
  out.file = xstrdup(loc.file ? loc.file : "<unknown>");
  if (out.end_line == 0) {
    out.end_line = out.line;
    out.end_col = out.col;
  }
  return out;
}

int diag_loc_compare(const diag_loc *a, const diag_loc *b) {
  int c = strcmp(a->file, b->file);
  if (c)
    return c;
  if (a->line != b->line)
    return a->line < b->line ? -1 : 1;
  if (a->col != b->col)
    return a->col < b->col ? -1 : 1;
  return 0;
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
  free(f->relative_file);
  free(f->fingerprint);
  free(f->suppression);
  free(f->justification);
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
  diag_error_list_free(&engine->errors);
  for (size_t i = 0; i < engine->setting_count; i++)
    free(engine->settings[i].id);
  free(engine->settings);
  for (size_t i = 0; i < engine->function_count; i++) {
    free(engine->functions[i].file);
    free(engine->functions[i].name);
  }
  free(engine->functions);
  for (size_t i = 0; i < engine->source_file_count; i++)
    free(engine->source_files[i]);
  free(engine->source_files);
  free(engine);
}

static rule_setting *setting_of(diag_engine *engine, const char *id,
                                int create) {
  for (size_t i = 0; i < engine->setting_count; i++)
    if (strcmp(engine->settings[i].id, id) == 0)
      return &engine->settings[i];
  if (!create)
    return NULL;
  rule_setting s = {xstrdup(id), -1, -1};
  VEC_PUSH(engine->settings, engine->setting_count, engine->setting_cap, s);
  return &engine->settings[engine->setting_count - 1];
}

void diag_set_rule_enabled(diag_engine *engine, const char *rule_id,
                           int enabled) {
  setting_of(engine, rule_id, 1)->enabled = (int8_t)(enabled != 0);
}

void diag_set_rule_level(diag_engine *engine, const char *rule_id,
                         diag_level level) {
  setting_of(engine, rule_id, 1)->level = (int8_t)level;
}

diag_level diag_rule_level(const diag_engine *engine,
                           const diag_rule_info *rule) {
  const rule_setting *s = setting_of((diag_engine *)engine, rule->id, 0);
  return s && s->level >= 0 ? (diag_level)s->level : rule->level;
}

int diag_rule_enabled(const diag_engine *engine, const char *rule_id) {
  const rule_setting *s = setting_of((diag_engine *)engine, rule_id, 0);
  return !s || s->enabled != 0;
}

void diag_add_function(diag_engine *engine, const char *file, const char *name,
                       unsigned first_line, unsigned last_line) {
  diag_function_extent e = {xstrdup(file ? file : "<unknown>"),
                            xstrdup(name ? name : ""), first_line, last_line};
  VEC_PUSH(engine->functions, engine->function_count, engine->function_cap, e);
}

void diag_add_source_file(diag_engine *engine, const char *file) {
  for (size_t i = 0; i < engine->source_file_count; i++)
    if (strcmp(engine->source_files[i], file) == 0)
      return;
  char *copy = xstrdup(file);
  VEC_PUSH(engine->source_files, engine->source_file_count,
           engine->source_file_cap, copy);
}

diag_error_list *diag_engine_errors(diag_engine *engine) {
  return &engine->errors;
}

const diag_error_list *diag_engine_errors_const(const diag_engine *engine) {
  return &engine->errors;
}

diag_finding *diag_engine_findings(diag_engine *engine, unsigned *count) {
  *count = (unsigned)engine->count;
  return engine->findings;
}

const diag_function_extent *diag_engine_functions(const diag_engine *engine,
                                                  unsigned *count) {
  *count = (unsigned)engine->function_count;
  return engine->functions;
}

char *const *diag_engine_source_files(const diag_engine *engine,
                                      unsigned *count) {
  *count = (unsigned)engine->source_file_count;
  return engine->source_files;
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
  engine->current.loc = diag_loc_copy(loc);
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
  item.loc = diag_loc_copy(loc);
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

/* Takes a finding in (as a rule's commit, an unused suppression, or a
 * worker's): dropped when its rule is off, given the configured level,
 * and dropped when one of its rule is already recorded at its place.
 * Rules run over several states per program point; the first report for
 * a (rule, place) wins so the notes come from the first path in block
 * order, which is deterministic. Linear scan: findings per file are few. */
static void admit(diag_engine *engine, diag_finding f) {
  const rule_setting *setting = setting_of(engine, f.rule->id, 0);
  if (setting && setting->enabled == 0) {
    free_finding(&f);
    return;
  }
  if (setting && setting->level >= 0)
    f.level = (diag_level)setting->level;
  for (size_t i = engine->count; i-- > 0;) {
    if (same_place(&engine->findings[i], &f)) {
      free_finding(&f);
      return;
    }
  }
  VEC_PUSH(engine->findings, engine->count, engine->cap, f);
}

void diag_engine_append(diag_engine *engine, diag_finding finding) {
  admit(engine, finding);
}

void diag_commit(diag_engine *engine) {
  if (!engine->building)
    return;
  engine->building = 0;
  admit(engine, engine->current);
}

void diag_add_failure(diag_engine *engine, const char *file,
                      const char *message) {
  diag_failure failure = {xstrdup(file ? file : "<unknown>"), xstrdup(message)};
  VEC_PUSH(engine->failures, engine->failure_count, engine->failure_cap,
           failure);
}

static int compare_findings(const void *pa, const void *pb) {
  const diag_finding *a = pa, *b = pb;
  int c = diag_loc_compare(&a->loc, &b->loc);
  if (c)
    return c;
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

void diag_engine_finish(diag_engine *engine,
                        const diag_finish_options *options) {
  if (engine->building) {
    free_finding(&engine->current);
    engine->building = 0;
  }
  if (options && options->sources)
    diag_apply_suppressions(engine, options);
  if (engine->count > 1)
    qsort(engine->findings, engine->count, sizeof(diag_finding),
          compare_findings);
  if (engine->failure_count > 1)
    qsort(engine->failures, engine->failure_count, sizeof(diag_failure),
          compare_failures);
  diag_error_list_sort(&engine->errors);
  if (options)
    diag_compute_fingerprints(engine, options);
  engine->finished = 1;
}

unsigned diag_apply_baseline(diag_engine *engine, const char *const *prints,
                             unsigned print_count, unsigned *gone) {
  unsigned char *used = xcalloc(print_count ? print_count : 1, 1);
  size_t kept = 0;
  unsigned dropped = 0;
  for (size_t i = 0; i < engine->count; i++) {
    diag_finding *f = &engine->findings[i];
    int match = 0;
    for (unsigned k = 0; f->fingerprint && k < print_count && !match; k++)
      if (!used[k] && strcmp(prints[k], f->fingerprint) == 0) {
        used[k] = 1;
        match = 1;
      }
    if (match) {
      free_finding(f);
      dropped++;
    } else {
      engine->findings[kept++] = *f;
    }
  }
  engine->count = kept;
  unsigned unused = 0;
  for (unsigned k = 0; k < print_count; k++)
    unused += !used[k];
  free(used);
  if (gone)
    *gone = unused;
  return dropped;
}

unsigned diag_reported_count(const diag_engine *engine) {
  unsigned n = 0;
  for (size_t i = 0; i < engine->count; i++)
    n += !engine->findings[i].suppressed;
  return n;
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

void diag_engine_absorb(diag_engine *engine, diag_engine *src) {
  diag_engine_absorb_unit(engine, src, NULL);
}

void diag_engine_absorb_unit(diag_engine *engine, diag_engine *src,
                             const char *unit) {
  diag_error_list_move(&engine->errors, &src->errors, unit);
  if (src->building) {
    free_finding(&src->current);
    src->building = 0;
  }
  for (size_t i = 0; i < src->count; i++)
    admit(engine, src->findings[i]);
  src->count = 0;
  for (size_t i = 0; i < src->failure_count; i++)
    VEC_PUSH(engine->failures, engine->failure_count, engine->failure_cap,
             src->failures[i]);
  src->failure_count = 0;
  for (size_t i = 0; i < src->function_count; i++)
    VEC_PUSH(engine->functions, engine->function_count, engine->function_cap,
             src->functions[i]);
  src->function_count = 0;
  for (size_t i = 0; i < src->source_file_count; i++) {
    diag_add_source_file(engine, src->source_files[i]);
    free(src->source_files[i]);
  }
  src->source_file_count = 0;
  diag_engine_destroy(src);
}
