/* Interpretation of IRQL annotations and role types (see irql_contract.h).
 */
#include "irql_contract.h"

#include "../analyzer/util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- levels ---- */

static const struct {
  const char *name;
  irql_level level;
} level_names[] = {
    {"PASSIVE_LEVEL", IRQL_PASSIVE}, {"LOW_LEVEL", IRQL_PASSIVE},
    {"APC_LEVEL", IRQL_APC},         {"DISPATCH_LEVEL", IRQL_DISPATCH},
    {"DPC_LEVEL", IRQL_DISPATCH},    {"CMCI_LEVEL", IRQL_DIRQL},
    {"DIRQL", IRQL_DIRQL},           {"PROFILE_LEVEL", IRQL_HIGH},
    {"CLOCK_LEVEL", IRQL_HIGH},      {"CLOCK1_LEVEL", IRQL_HIGH},
    {"CLOCK2_LEVEL", IRQL_HIGH},     {"IPI_LEVEL", IRQL_HIGH},
    {"DRS_LEVEL", IRQL_HIGH},        {"POWER_LEVEL", IRQL_HIGH},
    {"SYNCH_LEVEL", IRQL_DIRQL},     {"HIGH_LEVEL", IRQL_HIGH},
};

int irql_level_from_name(const char *spelling, irql_level *out) {
  for (size_t i = 0; i < sizeof level_names / sizeof level_names[0]; i++)
    if (strcmp(level_names[i].name, spelling) == 0) {
      *out = level_names[i].level;
      return 1;
    }
  /* a number, as in __drv_maxIRQL(2) */
  char *end;
  long value = strtol(spelling, &end, 0);
  if (end != spelling && *end == '\0' && value >= 0) {
    *out = irql_level_from_value(value);
    return 1;
  }
  return 0;
}

/* KIRQL values: 0, 1 and 2 are PASSIVE, APC and DISPATCH on every
 * architecture; device levels start at 3; 15 is HIGH_LEVEL on amd64 and
 * arm64 (x86's device levels run up to 26 and its HIGH_LEVEL is 31; the
 * few x86 levels from 15 to 26 are modeled as HIGH, which only makes a
 * raise to them look higher than it is). */
irql_level irql_level_from_value(int64_t value) {
  if (value <= 0)
    return IRQL_PASSIVE;
  if (value == 1)
    return IRQL_APC;
  if (value == 2)
    return IRQL_DISPATCH;
  if (value < 15)
    return IRQL_DIRQL;
  return IRQL_HIGH;
}

/* Indexed by irql_level: the WDK name for messages, a short one for dumps. */
static const struct {
  const char *name, *short_name;
} level_spellings[] = {
    {"PASSIVE_LEVEL", "PASSIVE"},   {"APC_LEVEL", "APC"},
    {"DISPATCH_LEVEL", "DISPATCH"}, {"DIRQL", "DIRQL"},
    {"HIGH_LEVEL", "HIGH"},
};

const char *irql_level_name(irql_level level) {
  return level <= IRQL_HIGH ? level_spellings[level].name : "?";
}

const char *irql_level_short_name(irql_level level) {
  return level <= IRQL_HIGH ? level_spellings[level].short_name : "?";
}

/* ---- roles ---- */

static const role_type role_rows[] = {
#define ROLE(name, min, max, doc) {#name, IRQL_##min, IRQL_##max, doc},
#include "role_types.def"
};

static void contract_unknown(irql_contract *out);

static const role_hold hold_rows[] = {
#define ROLE_HOLDS(name, lock, param, field, doc) {#name, #lock, param, #field},
#include "role_types.def"
};

static const struct {
  const char *role;
  unsigned param;
} not_null_rows[] = {
#define ROLE_PARAM_NOT_NULL(name, param, doc) {#name, param},
#include "role_types.def"
};

int role_param_not_null(const char *role, unsigned param) {
  for (size_t i = 0; role && i < sizeof not_null_rows / sizeof not_null_rows[0];
       i++)
    if (not_null_rows[i].param == param &&
        strcmp(not_null_rows[i].role, role) == 0)
      return 1;
  return 0;
}

static const role_registration registration_rows[] = {
#define ROLE_REGISTRATION(routine, argument, name, doc)                        \
  {#routine, argument, #name, 0, 0, 0},
#define ROLE_REGISTRATION_AT(routine, argument, name, min, max, doc)           \
  {#routine, argument, #name, 1, IRQL_##min, IRQL_##max},
#include "role_types.def"
};

static const struct {
  const char *role, *field;
  int64_t value;
  irql_level min;
} widened_rows[] = {
#define ROLE_WIDENED_BY_STORE(name, field, value, min, doc)                    \
  {#name, #field, value, IRQL_##min},
#include "role_types.def"
};

static const struct {
  const char *role, *phrase;
} kind_rows[] = {
#define ROLE_KIND(name, phrase) {#name, phrase},
#include "role_types.def"
};

static const char *const apcs_enabled_rows[] = {
#define ROLE_APCS_ENABLED(name, doc) #name,
#include "role_types.def"
};

/* Does the system call a function of this contract with normal kernel APCs
 * enabled (a routine it calls at PASSIVE_LEVEL, or a role listed)? */
static void set_apcs_enabled(irql_contract *c) {
  if (!c->os_callback || c->isr_context)
    return;
  if (c->has_requirement && c->max == IRQL_PASSIVE) {
    c->apcs_enabled = 1;
    return;
  }
  for (size_t i = 0;
       c->role && i < sizeof apcs_enabled_rows / sizeof apcs_enabled_rows[0];
       i++)
    if (strcmp(apcs_enabled_rows[i], c->role) == 0)
      c->apcs_enabled = 1;
}

const role_hold *role_hold_lookup(const char *role) {
  for (size_t i = 0; role && i < sizeof hold_rows / sizeof hold_rows[0]; i++)
    if (strcmp(hold_rows[i].role, role) == 0)
      return &hold_rows[i];
  return NULL;
}

const role_registration *role_registration_lookup(const char *routine) {
  for (size_t i = 0;
       routine && i < sizeof registration_rows / sizeof registration_rows[0];
       i++)
    if (strcmp(registration_rows[i].routine, routine) == 0)
      return &registration_rows[i];
  return NULL;
}

int role_widened_by_store(const char *role, const char *field, int64_t value,
                          irql_level *min) {
  for (size_t i = 0; role && i < sizeof widened_rows / sizeof widened_rows[0];
       i++)
    if (widened_rows[i].value == value &&
        strcmp(widened_rows[i].role, role) == 0 &&
        strcmp(widened_rows[i].field, field) == 0) {
      *min = widened_rows[i].min;
      return 1;
    }
  return 0;
}

const char *role_kind(const char *role) {
  for (size_t i = 0; role && i < sizeof kind_rows / sizeof kind_rows[0]; i++)
    if (strcmp(kind_rows[i].role, role) == 0)
      return kind_rows[i].phrase;
  return NULL;
}

/* A registered role's contract, its IRQL range to be filled by the caller
 * (none: the role's IRQL is not known). */
static void registered(irql_contract *out, const char *role, const char *how) {
  contract_unknown(out);
  out->source = IRQL_SOURCE_REGISTRATION;
  out->role = role;
  out->os_callback = !irql_role_hands_over_locks(role);
  out->registration = how;
}

static void registered_range(irql_contract *out, irql_level min,
                             irql_level max) {
  out->has_requirement = 1;
  out->min = (uint8_t)min;
  out->max = (uint8_t)max;
  out->isr_context = min >= IRQL_DIRQL;
  set_apcs_enabled(out);
}

void irql_contract_registered_role(irql_contract *out, const char *role,
                                   const char *how) {
  registered(out, role, how);
  const role_type *rt = role_type_lookup(role);
  if (rt)
    registered_range(out, (irql_level)rt->min, (irql_level)rt->max);
  else
    set_apcs_enabled(out);
}

void irql_contract_registered_role_at(irql_contract *out, const char *role,
                                      irql_level min, irql_level max,
                                      const char *how) {
  registered(out, role, how);
  registered_range(out, min, max);
}

#define ROLE_COUNT (sizeof role_rows / sizeof role_rows[0])

const role_type *role_type_lookup(const char *name) {
  for (size_t i = 0; name && i < ROLE_COUNT; i++)
    if (strcmp(role_rows[i].name, name) == 0)
      return &role_rows[i];
  return NULL;
}

unsigned role_type_count(void) { return (unsigned)ROLE_COUNT; }

const role_type *role_type_at(unsigned i) {
  return i < ROLE_COUNT ? &role_rows[i] : NULL;
}

/* ---- annotations ---- */

typedef enum annotation_meaning {
  MEANS_NOTHING,
  MEANS_EXACTLY, /* _IRQL_requires_(X) */
  MEANS_MAX,     /* _IRQL_requires_max_(X) */
  MEANS_MIN,     /* _IRQL_requires_min_(X) */
  MEANS_RAISES,  /* _IRQL_raises_(X): returns at X */
  MEANS_SETS,    /* __drv_setsIRQL(X): returns at X, raised or lowered */
  MEANS_SAVES    /* saves the IRQL somewhere to return raised */
} annotation_meaning;

static const struct {
  const char *name;
  annotation_meaning meaning;
} annotation_meanings[] = {
    {"_IRQL_requires_", MEANS_EXACTLY},
    {"__drv_requiresIRQL", MEANS_EXACTLY},
    {"_IRQL_requires_max_", MEANS_MAX},
    {"__drv_maxIRQL", MEANS_MAX},
    {"_IRQL_requires_min_", MEANS_MIN},
    {"__drv_minIRQL", MEANS_MIN},
    {"_IRQL_raises_", MEANS_RAISES},
    {"__drv_raisesIRQL", MEANS_RAISES},
    {"__drv_setsIRQL", MEANS_SETS},
    {"_IRQL_saves_global_", MEANS_SAVES},
    {"_IRQL_saves_", MEANS_SAVES},
    {"__drv_savesIRQL", MEANS_SAVES},
    {"__drv_savesIRQLGlobal", MEANS_SAVES},
};

static annotation_meaning meaning_of(const ir_annotation *a) {
  for (size_t i = 0;
       i < sizeof annotation_meanings / sizeof annotation_meanings[0]; i++)
    if (strcmp(annotation_meanings[i].name, a->name) == 0)
      return annotation_meanings[i].meaning;
  return MEANS_NOTHING;
}

static void spell_annotation(const ir_annotation *a, strbuf *out) {
  strbuf_puts(out, a->name);
  if (a->arg_count == 0)
    return;
  strbuf_putc(out, '(');
  for (uint16_t i = 0; i < a->arg_count; i++)
    strbuf_printf(out, "%s%s", i ? ", " : "", a->args[i]);
  strbuf_putc(out, ')');
}

void irql_contract_describe(const irql_contract *c, strbuf *out) {
  switch (c->source) {
  case IRQL_SOURCE_ANNOTATION:
    strbuf_puts(out, "its annotation ");
    spell_annotation(c->annotation, out);
    break;
  case IRQL_SOURCE_ROLE:
    strbuf_printf(out, "its role %s", c->role);
    break;
  case IRQL_SOURCE_ROLE_ANNOTATION:
    strbuf_printf(out, "its role %s, annotated ", c->role);
    spell_annotation(c->annotation, out);
    break;
  case IRQL_SOURCE_REGISTRATION:
    strbuf_puts(out, c->registration);
    break;
  case IRQL_SOURCE_CONFIG:
    strbuf_printf(out, "its entry in %s", c->registration);
    break;
  default:
    if (c->role)
      strbuf_printf(out, "its role %s", c->role);
    else
      strbuf_puts(out, "nothing known about it");
  }
}

/* Reads the requirement and the effects out of one annotation list.
 * Returns 1 when it says anything about the entry IRQL. */
static int read_annotations(const ir_annotation *list, uint16_t count,
                            irql_contract *out) {
  int have = 0;
  irql_level lo = IRQL_PASSIVE, hi = IRQL_HIGH;
  for (uint16_t i = 0; i < count; i++) {
    const ir_annotation *a = &list[i];
    annotation_meaning m = meaning_of(a);
    if (m == MEANS_NOTHING)
      continue;
    if (m == MEANS_SAVES) {
      out->returns_raised = 1;
      continue;
    }
    irql_level level;
    int known = a->arg_count == 1 && irql_level_from_name(a->args[0], &level);
    if (m == MEANS_RAISES || m == MEANS_SETS) {
      out->returns_raised = 1;
      if (known) {
        out->has_raises_to = 1;
        out->raises_to = (uint8_t)level;
      }
      continue;
    }
    if (!known)
      continue;
    irql_level new_lo = m == MEANS_MAX ? IRQL_PASSIVE : level;
    irql_level new_hi = m == MEANS_MIN ? IRQL_HIGH : level;
    if (new_lo > lo)
      lo = new_lo;
    if (new_hi < hi)
      hi = new_hi;
    if (!have)
      out->annotation = a;
    have = 1;
  }
  if (!have || lo > hi)
    return 0; /* contradictory annotations say nothing we can use */
  out->has_requirement = 1;
  out->min = (uint8_t)lo;
  out->max = (uint8_t)hi;
  return 1;
}

static void contract_unknown(irql_contract *out) {
  memset(out, 0, sizeof *out);
  out->min = IRQL_PASSIVE;
  out->max = IRQL_DISPATCH;
}

void irql_contract_of_callee(const ir_fn_decl *decl, irql_contract *out) {
  contract_unknown(out);
  if (!decl)
    return;
  if (read_annotations(decl->annotations, decl->annotation_count, out))
    out->source = IRQL_SOURCE_ANNOTATION;
}

/* Prefixes of the WDK's callback typedefs: a function declared with one is
 * called by the system even when its IRQL depends on configuration
 * (DRIVER_DISPATCH, EVT_WDF_TIMER) and the role table has no row. */
static const char *const os_callback_prefixes[] = {"DRIVER_",
                                                   "MINIPORT_",
                                                   "FILTER_",
                                                   "PROTOCOL_",
                                                   "EVT_WDF_",
                                                   "IO_",
                                                   "KDEFERRED_",
                                                   "KSERVICE_",
                                                   "KMESSAGE_SERVICE_",
                                                   "KSYNCHRONIZE_",
                                                   "W_",
                                                   "HW_",
                                                   "NDIS_TIMER_",
                                                   "NDIS_IO_WORKITEM_",
                                                   "WORKER_THREAD_",
                                                   "KSTART_",
                                                   "PO_FX_",
                                                   "REQUEST_POWER_COMPLETE"};

/* Callbacks whose purpose is to take or drop a lock for the system (a
 * cancel-safe queue's CsqAcquireLock and CsqReleaseLock): the system
 * releases what the first returns holding, and holds what the second
 * releases, so they are analyzed as lock wrappers, not as callbacks. */
static const char *const lock_wrapper_roles[] = {
#define ROLE_LOCK_HANDOVER(name, doc) #name,
#include "role_types.def"
};

static const struct {
  const char *record, *field, *role;
} field_rows[] = {
#define ROLE_FIELD(record, field, name, doc) {#record, #field, #name},
#include "role_types.def"
};

const char *role_of_field(const char *record, const char *field) {
  if (!record || !field)
    return NULL;
  while (*record == '_')
    record++;
  for (size_t i = 0; i < sizeof field_rows / sizeof field_rows[0]; i++)
    if (strcmp(field_rows[i].record, record) == 0 &&
        strcmp(field_rows[i].field, field) == 0)
      return field_rows[i].role;
  return NULL;
}

int irql_role_hands_over_locks(const char *role) {
  for (size_t i = 0;
       role && i < sizeof lock_wrapper_roles / sizeof lock_wrapper_roles[0];
       i++)
    if (strcmp(role, lock_wrapper_roles[i]) == 0)
      return 1;
  return 0;
}

static const char *const dpc_roles[] = {
#define ROLE_DPC(name, doc) #name,
#include "role_types.def"
};

int irql_role_is_dpc(const char *role) {
  for (size_t i = 0; role && i < sizeof dpc_roles / sizeof dpc_roles[0]; i++)
    if (strcmp(role, dpc_roles[i]) == 0)
      return 1;
  return 0;
}

static int is_lock_wrapper_role(const char *name) {
  return irql_role_hands_over_locks(name);
}

int irql_role_is_os_callback(const char *name) {
  if (!name || is_lock_wrapper_role(name))
    return 0;
  if (role_type_lookup(name))
    return 1;
  for (size_t i = 0;
       i < sizeof os_callback_prefixes / sizeof os_callback_prefixes[0]; i++)
    if (strncmp(name, os_callback_prefixes[i],
                strlen(os_callback_prefixes[i])) == 0)
      return 1;
  return 0;
}

/* Interrupt context: DIRQL, spin locks are lock-in-isr's, and the system
 * calls it. */
static void runs_at_dirql(irql_contract *out, irql_source source) {
  out->has_requirement = 1;
  out->min = out->max = IRQL_DIRQL;
  out->source = (uint8_t)source;
  out->isr_context = 1;
  out->os_callback = 1;
}

void irql_contract_registered_isr(irql_contract *out, const char *how) {
  contract_unknown(out);
  runs_at_dirql(out, IRQL_SOURCE_REGISTRATION);
  out->registration = how;
}

void irql_contract_registered_passive(irql_contract *out, const char *how) {
  contract_unknown(out);
  out->has_requirement = 1;
  out->min = out->max = IRQL_PASSIVE;
  out->source = IRQL_SOURCE_REGISTRATION;
  out->os_callback = 1;
  out->registration = how;
  set_apcs_enabled(out);
}

typedef struct configured_function {
  char *name;
  irql_level level;
  const char *origin;
} configured_function;

static configured_function *configured;
static size_t configured_count, configured_cap;

void irql_contract_configure(const char *function, irql_level level,
                             const char *origin) {
  configured_function c = {xstrdup(function), level, origin};
  VEC_PUSH(configured, configured_count, configured_cap, c);
}

static const configured_function *configured_named(const char *function) {
  for (size_t i = configured_count; function && i-- > 0;)
    if (strcmp(configured[i].name, function) == 0)
      return &configured[i];
  return NULL;
}

int irql_contract_is_configured(const char *function) {
  return configured_named(function) != NULL;
}

void irql_contract_clear_configured(void) {
  for (size_t i = 0; i < configured_count; i++)
    free(configured[i].name);
  free(configured);
  configured = NULL;
  configured_count = configured_cap = 0;
}

static void read_contract(const ir_fn_decl *decl, irql_contract *out) {
  contract_unknown(out);
  if (!decl)
    return;
  const configured_function *cf = configured_named(decl->name);
  if (cf) {
    if (cf->level >= IRQL_DIRQL) {
      runs_at_dirql(out, IRQL_SOURCE_CONFIG);
    } else {
      out->has_requirement = 1;
      out->min = out->max = (uint8_t)cf->level;
      out->source = IRQL_SOURCE_CONFIG;
      out->os_callback = 1;
    }
    out->registration = cf->origin;
    return;
  }
  const char *role = decl->role;
  const ir_annotation *fc = ir_fn_decl_find(decl, "_Function_class_");
  if (fc && fc->arg_count == 1 && role_type_lookup(fc->args[0]))
    role = fc->args[0];
  out->os_callback = irql_role_is_os_callback(role) ||
                     (fc != NULL && !(fc->arg_count == 1 &&
                                      is_lock_wrapper_role(fc->args[0])));
  const ir_annotation *user = ir_fn_decl_find(decl, "IRQLINT_RUNS_AT_DIRQL");
  if (user) {
    /* irqlint/annotations.h: the user says so, whatever else is known */
    runs_at_dirql(out, IRQL_SOURCE_ANNOTATION);
    out->annotation = user;
    return;
  }
  const role_type *rt = role_type_lookup(role);
  if (rt && rt->min >= IRQL_DIRQL)
    out->isr_context = 1;
  if (rt)
    out->role = rt->name; /* whatever else states its IRQL */
  else if (role && (out->os_callback || is_lock_wrapper_role(role)))
    out->role = role; /* DRIVER_DISPATCH: no IRQL row, still a role */
  if (read_annotations(decl->annotations, decl->annotation_count, out)) {
    out->source = IRQL_SOURCE_ANNOTATION;
    return;
  }
  if (rt) {
    out->has_requirement = 1;
    out->min = rt->min;
    out->max = rt->max;
    out->source = IRQL_SOURCE_ROLE;
    out->role = rt->name;
    return;
  }
  irql_contract from_role;
  contract_unknown(&from_role);
  if (read_annotations(decl->role_annotations, decl->role_annotation_count,
                       &from_role)) {
    out->has_requirement = 1;
    out->min = from_role.min;
    out->max = from_role.max;
    out->source = IRQL_SOURCE_ROLE_ANNOTATION;
    out->role = decl->role;
    out->annotation = from_role.annotation;
  }
}

void irql_contract_of_function(const ir_fn_decl *decl, irql_contract *out) {
  read_contract(decl, out);
  set_apcs_enabled(out);
}
