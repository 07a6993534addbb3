/* What a function's declarations say about the IRQL it runs at: its SAL
 * IRQL annotations (_IRQL_requires_*, the older __drv_*IRQL forms,
 * _IRQL_raises_, _IRQL_saves_global_ …) and its role type (the callback
 * typedef it was declared with, or `_Function_class_`), interpreted through
 * the role table (role_types.def).
 *
 * The frontend hands over annotations as written (cfg.h ir_annotation);
 * this is the one place that gives them meaning. */
#ifndef IRQLINT_IRQL_CONTRACT_H
#define IRQLINT_IRQL_CONTRACT_H

#include "../analyzer/cfg/cfg.h"
#include "api_model.h"

typedef enum irql_source {
  IRQL_SOURCE_NONE,            /* nothing known: the default assumption */
  IRQL_SOURCE_ANNOTATION,      /* the function's own annotations */
  IRQL_SOURCE_ROLE,            /* the role table */
  IRQL_SOURCE_ROLE_ANNOTATION, /* annotations on the role typedef itself */
  IRQL_SOURCE_REGISTRATION,    /* registered as an ISR (isr_registration.h) */
  IRQL_SOURCE_CONFIG           /* the project's .irqlint.yaml (functions:) */
} irql_source;

typedef struct irql_contract {
  uint8_t has_requirement;
  uint8_t min, max; /* irql_level; [PASSIVE, DISPATCH] when unknown */
  uint8_t source;   /* irql_source */
  const ir_annotation *annotation; /* the first annotation that says so */
  /* the role: its typedef or _Function_class_ (with a row in
   * role_types.def), or what a registration gave it */
  const char *role;
  uint8_t isr_context;    /* the role runs at DIRQL (an ISR, a synchronize
                             routine): spin-lock routines are lock-in-isr's */
  uint8_t returns_raised; /* may return above its entry level:
                             _IRQL_raises_, _IRQL_saves_global_, … */
  uint8_t has_raises_to;  /* _IRQL_raises_(X) with a level we know */
  uint8_t raises_to;
  uint8_t os_callback;      /* the system calls it (a driver role type, a
                               registered ISR): it holds no lock of its caller's
                               and must release every lock it takes */
  const char *registration; /* IRQL_SOURCE_REGISTRATION: how, for notes */
  uint8_t apcs_enabled;     /* the system calls it with normal kernel APCs
                               enabled (a dispatch routine, a PASSIVE_LEVEL
                               callback) */
} irql_contract;

/* A function the project's configuration says the system calls at `level`
 * (`functions: {MpHwIsr: dirql}`); `origin` names the file for messages
 * and must outlive the run. It overrides the function's annotations, role
 * and registration: the user knows how it is called. */
void irql_contract_configure(const char *function, irql_level level,
                             const char *origin);
int irql_contract_is_configured(const char *function);
void irql_contract_clear_configured(void);

/* The contract a function is analyzed under: the configuration's, else its
 * own annotations, else its role (table, then the role typedef's
 * annotations), else unknown. */
void irql_contract_of_function(const ir_fn_decl *decl, irql_contract *out);

/* The contract of a function registered as an interrupt-context routine:
 * DIRQL, `how` says where ("registered as InterruptHandler in
 * MpInitialize"). */
void irql_contract_registered_isr(irql_contract *out, const char *how);

/* The contract of an interrupt-context role's routine that its
 * registration makes a PASSIVE_LEVEL one (a KMDF interrupt with
 * WDF_INTERRUPT_CONFIG.PassiveHandling set): it overrides the role's
 * DIRQL. */
void irql_contract_registered_passive(irql_contract *out, const char *how);

/* Is this typedef one the system calls its functions through (DRIVER_*,
 * MINIPORT_*, EVT_WDF_*, …), whether or not the role table knows its IRQL? */
int irql_role_is_os_callback(const char *typedef_name);

/* What a callee's own annotations require of its caller (roles say how the
 * system calls a callback, not what a direct caller must do). */
void irql_contract_of_callee(const ir_fn_decl *decl, irql_contract *out);

/* Appends why the function runs where it does: "its annotation
 * _IRQL_requires_(PASSIVE_LEVEL)", "its role MINIPORT_INITIALIZE". */
void irql_contract_describe(const irql_contract *c, strbuf *out);

/* A level as written in an annotation or passed as a constant. */
int irql_level_from_name(const char *spelling, irql_level *out);
irql_level irql_level_from_value(int64_t value);
const char *irql_level_name(irql_level level);
/* PASSIVE, APC, DISPATCH, DIRQL, HIGH: for dumps */
const char *irql_level_short_name(irql_level level);

/* The role table. */
typedef struct role_type {
  const char *name;
  uint8_t min, max; /* irql_level */
  const char *doc;  /* the documentation page that states it */
} role_type;

const role_type *role_type_lookup(const char *name);
unsigned role_type_count(void);
const role_type *role_type_at(unsigned i);

/* A role the system calls holding a lock (role_types.def ROLE_HOLDS). */
typedef struct role_hold {
  const char *role;
  const char *lock;       /* the API model's name for it */
  int param;              /* the parameter whose `field` … */
  const char *irql_field; /* … holds the IRQL to restore */
} role_hold;

const role_hold *role_hold_lookup(const char *role);

/* Does the system pass routines of this role a valid pointer for the
 * zero-based parameter `param` (ROLE_PARAM_NOT_NULL rows)? */
int role_param_not_null(const char *role, unsigned param);

/* Does a routine of this role take or drop a lock for the system, its
 * partner doing the other half (ROLE_LOCK_HANDOVER rows)? */
int irql_role_hands_over_locks(const char *role);

/* Is this role a deferred procedure call's (ROLE_DPC rows)? */
int irql_role_is_dpc(const char *role);

/* The role storing a function in `record`.`field` gives it (ROLE_FIELD
 * rows), or NULL. */
const char *role_of_field(const char *record, const char *field);

/* A call of `routine` gives the function in its `argument` the role
 * `role` (ROLE_REGISTRATION rows), at the range [min, max] when
 * `has_range` (ROLE_REGISTRATION_AT rows) or else at the role's own. */
typedef struct role_registration {
  const char *routine;
  int argument;
  const char *role;
  int has_range;
  uint8_t min, max; /* irql_level */
} role_registration;

const role_registration *role_registration_lookup(const char *routine);

/* Does storing `value` into a member named `field` move registrations of
 * `role` down to `*min` (ROLE_WIDENED_BY_STORE rows)? */
int role_widened_by_store(const char *role, const char *field, int64_t value,
                          irql_level *min);

/* What a driver author calls a routine of `role` ("a work item"), or NULL
 * (ROLE_KIND rows). */
const char *role_kind(const char *role);

/* The contract of a function registered with role `role`; `how` says how,
 * for notes ("its registration through IoSetCancelRoutine in 'Queue'"). */
void irql_contract_registered_role(irql_contract *out, const char *role,
                                   const char *how);
/* The same at the IRQL range the registration's page gives. */
void irql_contract_registered_role_at(irql_contract *out, const char *role,
                                      irql_level min, irql_level max,
                                      const char *how);

#endif
