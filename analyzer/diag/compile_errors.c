/* Clang errors, kept apart from the findings (issue 18): code that does not
 * compile is a coverage problem of the run -- most often a header or a
 * define irqlint's model lacks -- not a defect in the driver. So they have
 * no rule, no fingerprint, no suppression and no baseline entry, and they
 * do not fail the run unless asked (--fail-on=compile-error). Each error
 * is kept once per place and message, with the translation units it came
 * through: a header's error reached by twenty .c files is one error with
 * twenty units, which is what the JSON `compileErrors` array and the SARIF
 * tool notifications show, and what the one summary line on stderr counts. */
#include "diag_internal.h"

#include "../util/xalloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void diag_error_list_free(diag_error_list *list) {
  for (size_t i = 0; i < list->count; i++) {
    diag_compile_error *e = &list->items[i];
    free((char *)e->loc.file);
    free(e->message);
    free(e->function);
    for (unsigned u = 0; u < e->unit_count; u++)
      free(e->units[u]);
    free(e->units);
  }
  free(list->items);
  free(list->slots);
  memset(list, 0, sizeof *list);
}

/* FNV-1a over the error's place and message. */
static size_t error_hash(const char *file, unsigned line, unsigned col,
                         const char *message) {
  uint64_t h = 1469598103934665603u;
  const char *parts[2] = {file, message};
  for (int p = 0; p < 2; p++) {
    for (const unsigned char *c = (const unsigned char *)parts[p]; *c; c++)
      h = (h ^ *c) * 1099511628211u;
    h = (h ^ 0xff) * 1099511628211u;
  }
  h = (h ^ line) * 1099511628211u;
  h = (h ^ col) * 1099511628211u;
  return (size_t)h;
}

static size_t item_hash(const diag_compile_error *e) {
  return error_hash(e->loc.file, e->loc.line, e->loc.col, e->message);
}

/* Puts item `index` in the table (which has room). */
static void slot_insert(diag_error_list *list, size_t index) {
  size_t mask = list->slot_count - 1;
  size_t at = item_hash(&list->items[index]) & mask;
  while (list->slots[at])
    at = (at + 1) & mask;
  list->slots[at] = index + 1;
}

/* Rebuilds the table with room for twice the items. */
static void reindex(diag_error_list *list) {
  size_t want = 64;
  while (want < list->count * 2 + 2)
    want *= 2;
  free(list->slots);
  list->slots = xcalloc(want, sizeof *list->slots);
  list->slot_count = want;
  for (size_t i = 0; i < list->count; i++)
    slot_insert(list, i);
}

static int same_error(const diag_compile_error *e, const diag_loc *loc,
                      const char *message) {
  return e->loc.line == loc->line && e->loc.col == loc->col &&
         strcmp(e->loc.file, loc->file ? loc->file : "<unknown>") == 0 &&
         strcmp(e->message, message) == 0;
}

/* Adds `unit` to the error's sorted, distinct list. */
static void add_unit(diag_compile_error *e, const char *unit) {
  unsigned at = 0;
  while (at < e->unit_count && strcmp(e->units[at], unit) < 0)
    at++;
  if (at < e->unit_count && strcmp(e->units[at], unit) == 0)
    return;
  e->units = xrealloc(e->units, sizeof(char *) * (e->unit_count + 1));
  memmove(&e->units[at + 1], &e->units[at],
          sizeof(char *) * (e->unit_count - at));
  e->units[at] = xstrdup(unit);
  e->unit_count++;
}

/* The same error already listed, or NULL. */
static diag_compile_error *
find_error(diag_error_list *list, const diag_loc *loc, const char *message) {
  if (!list->slot_count)
    return NULL;
  const char *file = loc->file ? loc->file : "<unknown>";
  size_t mask = list->slot_count - 1;
  for (size_t at = error_hash(file, loc->line, loc->col, message) & mask;
       list->slots[at]; at = (at + 1) & mask)
    if (same_error(&list->items[list->slots[at] - 1], loc, message))
      return &list->items[list->slots[at] - 1];
  return NULL;
}

void diag_error_list_add(diag_error_list *list, const diag_loc *loc,
                         const char *function, const char *message,
                         const char *unit) {
  diag_compile_error *e = find_error(list, loc, message);
  if (!e) {
    diag_compile_error fresh;
    memset(&fresh, 0, sizeof fresh);
    fresh.loc = diag_loc_copy(*loc);
    fresh.message = xstrdup(message);
    VEC_PUSH(list->items, list->count, list->cap, fresh);
    e = &list->items[list->count - 1];
    if (list->slot_count < list->count * 2 + 2)
      reindex(list);
    else
      slot_insert(list, list->count - 1);
  }
  if (function && !e->function)
    e->function = xstrdup(function);
  if (unit)
    add_unit(e, unit);
}

void diag_error_list_move(diag_error_list *to, diag_error_list *from,
                          const char *unit) {
  for (size_t i = 0; i < from->count; i++) {
    diag_compile_error *e = &from->items[i];
    diag_error_list_add(to, &e->loc, e->function, e->message, unit);
    for (unsigned u = 0; u < e->unit_count; u++)
      diag_error_list_add(to, &e->loc, NULL, e->message, e->units[u]);
  }
  diag_error_list_free(from);
}

static int compare_errors(const void *pa, const void *pb) {
  const diag_compile_error *a = pa, *b = pb;
  int c = diag_loc_compare(&a->loc, &b->loc);
  return c ? c : strcmp(a->message, b->message);
}

void diag_error_list_sort(diag_error_list *list) {
  if (list->count > 1) {
    qsort(list->items, list->count, sizeof(diag_compile_error), compare_errors);
    reindex(list);
  }
}

void diag_add_compile_error(diag_engine *engine, diag_loc loc,
                            const char *function, const char *message) {
  diag_error_list_add(diag_engine_errors(engine), &loc, function, message,
                      NULL);
}

unsigned diag_compile_error_count(const diag_engine *engine) {
  return (unsigned)diag_engine_errors_const(engine)->count;
}

const diag_compile_error *diag_compile_error_at(const diag_engine *engine,
                                                unsigned i) {
  const diag_error_list *list = diag_engine_errors_const(engine);
  return i < list->count ? &list->items[i] : NULL;
}

static int compare_names(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

diag_coverage diag_compile_coverage(const diag_engine *engine) {
  diag_coverage c;
  memset(&c, 0, sizeof c);
  const diag_error_list *list = diag_engine_errors_const(engine);
  unsigned source_count;
  (void)diag_engine_source_files(engine, &source_count);
  c.errors = (unsigned)list->count;
  c.source_files = source_count;
  /* the units: distinct names across the errors (sorted, then counted) */
  size_t total = 0;
  for (size_t i = 0; i < list->count; i++) {
    c.partial_functions += list->items[i].function != NULL;
    total += list->items[i].unit_count;
  }
  const char **units = xcalloc(total + 1, sizeof(char *));
  size_t n = 0;
  for (size_t i = 0; i < list->count; i++)
    for (unsigned u = 0; u < list->items[i].unit_count; u++)
      units[n++] = list->items[i].units[u];
  qsort(units, n, sizeof(char *), compare_names);
  size_t seen_count = 0;
  for (size_t i = 0; i < n; i++)
    seen_count += i == 0 || strcmp(units[i - 1], units[i]) != 0;
  free(units);
  c.units_with_errors = (unsigned)seen_count;
  return c;
}

char *diag_compile_error_summary(const diag_engine *engine, int listed) {
  diag_coverage c = diag_compile_coverage(engine);
  if (!c.errors)
    return NULL;
  char *files = xasprintf("%u of %u file%s", c.units_with_errors,
                          c.source_files, c.source_files == 1 ? "" : "s");
  char *partial =
      c.partial_functions
          ? xasprintf("%u function%s analyzed from partial code, without "
                      "lock and IRQL findings",
                      c.partial_functions, c.partial_functions == 1 ? "" : "s")
          : xstrdup("none inside a function body");
  char *line = xasprintf("clang could not compile all of %s (%u error%s): %s%s",
                         files, c.errors, c.errors == 1 ? "" : "s", partial,
                         listed ? "" : "; --show-compile-errors lists them");
  free(files);
  free(partial);
  return line;
}

char *diag_partial_function_note(const char *function) {
  return xasprintf("lock and IRQL findings in '%s' are not reported: clang "
                   "could not build all of its body",
                   function);
}
