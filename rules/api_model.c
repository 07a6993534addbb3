/* Lookup over the API model table (api_model.def), sorted once by name so
 * the per-call lookup is a binary search. */
#include "api_model.h"

#include "../analyzer/util/xalloc.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

static api_routine model_rows[] = {
#define API(name, op, kind, lock_arg, lock_form, save, save_arg, irql_min,     \
            irql_max, effect, global)                                          \
  {#name,                                                                      \
   API_OP_##op,                                                                \
   API_KIND_##kind,                                                            \
   lock_arg,                                                                   \
   API_LOCK_##lock_form,                                                       \
   API_SAVE_##save,                                                            \
   save_arg,                                                                   \
   IRQL_##irql_min,                                                            \
   IRQL_##irql_max,                                                            \
   API_IRQL_##effect,                                                          \
   global},
#include "api_model.def"
};

static const api_irql_condition condition_rows[] = {
#define API_WHEN(name, arg, test, irql_max)                                    \
  {#name, arg, API_ARG_##test, IRQL_##irql_max},
#include "api_model.def"
};

#define CONDITION_ROW_COUNT (sizeof condition_rows / sizeof condition_rows[0])

static const api_wait_condition wait_rows[] = {
#define API_WAITS(name, arg, test, otherwise)                                  \
  {#name, arg, API_ARG_##test, API_NO_WAIT_##otherwise},
#include "api_model.def"
};

#define WAIT_ROW_COUNT (sizeof wait_rows / sizeof wait_rows[0])

static const api_wait_success wait_success_rows[] = {
#define API_WAIT_SUCCEEDS(name, arg, test) {#name, arg, API_ARG_##test},
#include "api_model.def"
};

const api_wait_success *api_model_wait_success(const char *name) {
  for (size_t i = 0;
       name && i < sizeof wait_success_rows / sizeof wait_success_rows[0]; i++)
    if (strcmp(wait_success_rows[i].name, name) == 0)
      return &wait_success_rows[i];
  return NULL;
}

#define ROW_COUNT(rows) (sizeof rows / sizeof rows[0])

/* Is `name` one of the `count` names of a one-column row kind? */
static int name_listed(const char *const *rows, size_t count,
                       const char *name) {
  for (size_t i = 0; name && i < count; i++)
    if (strcmp(rows[i], name) == 0)
      return 1;
  return 0;
}

static const char *const assertion_macros[] = {
#define ASSERTION_MACRO(name) #name,
#include "api_model.def"
};

int api_model_is_assertion_macro(const char *name) {
  if (name_listed(assertion_macros, ROW_COUNT(assertion_macros), name))
    return 1;
  /* a driver's own assertion macro, named as drivers name them
   * (RT_ASSERT, DBG_ASSERT, MP_ASSERT): the WDK's ASSERT under a prefix */
  static const char suffix[] = "_ASSERT";
  size_t n = name ? strlen(name) : 0, k = sizeof suffix - 1;
  return n > k && strcmp(name + n - k, suffix) == 0;
}

static const struct {
  const char *routine, *record, *as;
} object_rows[] = {
#define API_BY_OBJECT(routine, record, as) {#routine, #record, #as},
#include "api_model.def"
};

const api_routine *api_model_by_object(const char *routine,
                                       const char *record) {
  for (size_t i = 0;
       routine && record && i < sizeof object_rows / sizeof object_rows[0]; i++)
    if (strcmp(object_rows[i].routine, routine) == 0 &&
        strcmp(object_rows[i].record, record) == 0)
      return api_model_lookup(object_rows[i].as);
  return NULL;
}

static const struct {
  const char *routine;
  api_kind kind;
} unnamed_rows[] = {
#define API_ACQUIRES_UNNAMED(routine, kind) {#routine, API_KIND_##kind},
#include "api_model.def"
};

api_kind api_model_acquires_unnamed(const char *routine) {
  for (size_t i = 0;
       routine && i < sizeof unnamed_rows / sizeof unnamed_rows[0]; i++)
    if (strcmp(unnamed_rows[i].routine, routine) == 0)
      return unnamed_rows[i].kind;
  return API_KIND_NONE;
}

static const char *const for_thread_rows[] = {
#define API_RELEASES_FOR_THREAD(routine) #routine,
#include "api_model.def"
};

int api_model_releases_for_thread(const char *routine) {
  return name_listed(for_thread_rows, ROW_COUNT(for_thread_rows), routine);
}

static const char *const enters_region_rows[] = {
#define API_ENTERS_CRITICAL_REGION(routine) #routine,
#include "api_model.def"
};

static const char *const leaves_region_rows[] = {
#define API_LEAVES_CRITICAL_REGION(routine) #routine,
#include "api_model.def"
};

int api_model_enters_critical_region(const char *routine) {
  return name_listed(enters_region_rows, ROW_COUNT(enters_region_rows),
                     routine);
}

int api_model_leaves_critical_region(const char *routine) {
  return name_listed(leaves_region_rows, ROW_COUNT(leaves_region_rows),
                     routine);
}

static const char *const completes_rows[] = {
#define API_COMPLETES(routine) #routine,
#include "api_model.def"
};

int api_model_completes(const char *routine) {
  return name_listed(completes_rows, ROW_COUNT(completes_rows), routine);
}

static const char *const not_from_pageable_rows[] = {
#define API_NOT_FROM_PAGEABLE(routine) #routine,
#include "api_model.def"
};

int api_model_not_from_pageable(const char *routine) {
  return name_listed(not_from_pageable_rows, ROW_COUNT(not_from_pageable_rows),
                     routine);
}

static const char *const only_interlocked_rows[] = {
#define API_LOCK_ONLY_INTERLOCKED(routine) #routine,
#include "api_model.def"
};

int api_model_lock_only_interlocked(const char *routine) {
  return name_listed(only_interlocked_rows, ROW_COUNT(only_interlocked_rows),
                     routine);
}

static const struct {
  const char *routine;
  int arg;
} format_rows[] = {
#define API_FORMAT(name, format_arg) {#name, format_arg},
#include "api_model.def"
};

int api_model_format_arg(const char *routine) {
  for (size_t i = 0; routine && i < sizeof format_rows / sizeof format_rows[0];
       i++)
    if (strcmp(format_rows[i].routine, routine) == 0)
      return format_rows[i].arg;
  return -1;
}

static const struct {
  const char *type;
  api_kind any, exclusive, shared;
} type_rows[] = {
#define LOCK_TYPE(type, any, exclusive, shared)                                \
  {#type, API_KIND_##any, API_KIND_##exclusive, API_KIND_##shared},
#include "api_model.def"
};

api_kind api_model_kind_of_type(const char *type, api_mode mode) {
  for (size_t i = 0; type && i < sizeof type_rows / sizeof type_rows[0]; i++)
    if (strcmp(type_rows[i].type, type) == 0)
      return mode == API_MODE_EXCLUSIVE ? type_rows[i].exclusive
             : mode == API_MODE_SHARED  ? type_rows[i].shared
                                        : type_rows[i].any;
  return API_KIND_NONE;
}

const api_wait_condition *api_model_wait_condition(const char *name) {
  for (unsigned i = 0; name && i < WAIT_ROW_COUNT; i++)
    if (strcmp(wait_rows[i].name, name) == 0)
      return &wait_rows[i];
  return NULL;
}

/* POOL_TYPE: the low bits select the base pool; PagedPool (1) and
 * PagedPoolCacheAligned (5), with or without the session (32) and
 * must-succeed/raise modifiers, are the paged ones. */
#define POOL_TYPE_BASE_MASK 3
#define POOL_TYPE_PAGED_BASE 1
#define POOL_FLAG_PAGED 0x100

int api_arg_test_holds(api_arg_test test, int64_t value) {
  switch (test) {
  case API_ARG_NULL:
    return value == 0;
  case API_ARG_NONZERO:
    return value != 0;
  case API_ARG_PAGED_POOL_TYPE:
    return value >= 0 && (value & POOL_TYPE_BASE_MASK) == POOL_TYPE_PAGED_BASE;
  case API_ARG_POOL_FLAG_PAGED:
    return (value & POOL_FLAG_PAGED) != 0;
  }
  return 0;
}

const api_irql_condition *api_model_conditions(const char *name,
                                               unsigned *count) {
  *count = 0;
  const api_irql_condition *first = NULL;
  for (unsigned i = 0; name && i < CONDITION_ROW_COUNT; i++)
    if (strcmp(condition_rows[i].name, name) == 0) {
      if (!first)
        first = &condition_rows[i];
      (*count)++;
    }
  return first;
}

#define MODEL_ROW_COUNT (sizeof model_rows / sizeof model_rows[0])

static int model_sorted;

static int compare_rows(const void *a, const void *b) {
  return strcmp(((const api_routine *)a)->name, ((const api_routine *)b)->name);
}

static void ensure_sorted(void) {
  if (!model_sorted) {
    qsort(model_rows, MODEL_ROW_COUNT, sizeof(api_routine), compare_rows);
    model_sorted = 1;
  }
}

/* The project's routines (.irqlint.yaml), searched first. */
static api_routine *project_rows;
static size_t project_count, project_cap;

int api_model_add_routine(const char *name, const char *like, int lock_arg) {
  const api_routine *model = api_model_lookup(like);
  if (!model)
    return -1;
  api_routine row = *model;
  row.name = xstrdup(name);
  if (lock_arg >= 0)
    row.lock_arg = (int8_t)lock_arg;
  VEC_PUSH(project_rows, project_count, project_cap, row);
  return 0;
}

int api_model_is_project_row(const api_routine *row) {
  return project_count && row >= project_rows &&
         row < project_rows + project_count;
}

void api_model_clear_routines(void) {
  for (size_t i = 0; i < project_count; i++)
    free((char *)project_rows[i].name);
  free(project_rows);
  project_rows = NULL;
  project_count = project_cap = 0;
}

const api_routine *api_model_lookup(const char *name) {
  if (!name)
    return NULL;
  for (size_t i = project_count; i-- > 0;)
    if (strcmp(project_rows[i].name, name) == 0)
      return &project_rows[i];
  ensure_sorted();
  api_routine key;
  memset(&key, 0, sizeof key);
  key.name = name;
  return bsearch(&key, model_rows, MODEL_ROW_COUNT, sizeof(api_routine),
                 compare_rows);
}

const api_routine *api_model_global_lock_row(const char *lock, int acquire) {
  for (size_t i = 0; lock && i < MODEL_ROW_COUNT; i++) {
    const api_routine *r = &model_rows[i];
    if (r->lock_form == API_LOCK_GLOBAL && r->global_lock &&
        strcmp(r->global_lock, lock) == 0 &&
        r->op == (acquire ? API_OP_ACQUIRE : API_OP_RELEASE))
      return r;
  }
  return NULL;
}

unsigned api_model_count(void) { return (unsigned)MODEL_ROW_COUNT; }

const api_routine *api_model_at(unsigned i) {
  ensure_sorted();
  return i < MODEL_ROW_COUNT ? &model_rows[i] : NULL;
}

static const struct {
  const char *name;
  api_family family;
  api_variant variant;
  api_mode mode;
  uint8_t traits;
  const char *noun;
} kind_info[] = {
#define API_KIND_INFO(name, text, family, variant, mode, traits, noun)         \
  {text, family, variant, mode, traits, noun},
    API_KINDS(API_KIND_INFO)
#undef API_KIND_INFO
};

const char *api_kind_name(api_kind kind) {
  return kind < API_KIND_COUNT ? kind_info[kind].name : "?";
}

api_family api_kind_family(api_kind kind) {
  return kind < API_KIND_COUNT ? kind_info[kind].family : API_FAMILY_NONE;
}

api_variant api_kind_variant(api_kind kind) {
  return kind < API_KIND_COUNT ? kind_info[kind].variant : API_VARIANT_NONE;
}

api_mode api_kind_mode(api_kind kind) {
  return kind < API_KIND_COUNT ? kind_info[kind].mode : API_MODE_ANY;
}

int api_kind_is_spin(api_kind kind) {
  return kind < API_KIND_COUNT && (kind_info[kind].traits & API_SPIN);
}

int api_kind_is_recursive(api_kind kind) {
  return kind < API_KIND_COUNT && (kind_info[kind].traits & API_RECURSIVE);
}

int api_kind_needs_no_apcs(api_kind kind) {
  return kind < API_KIND_COUNT && (kind_info[kind].traits & API_NEEDS_NO_APCS);
}

int api_kind_disables_apcs(api_kind kind) {
  return kind < API_KIND_COUNT && (kind_info[kind].traits & API_DISABLES_APCS);
}

const char *api_kind_noun(api_kind kind) {
  return kind < API_KIND_COUNT ? kind_info[kind].noun : NULL;
}
