/* The whole-program driver (see program.h): linking, ISR registrations,
 * bottom-up summaries over the call graph's strongly connected components,
 * then the reporting pass. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "program.h"

#include "../../rules/irql_facts.h"
#include "../../rules/isr_registration.h"
#include "../../rules/rule.h"

#include <stdlib.h>
#include <string.h>

/* Rounds a recursive component gets to settle before its functions are
 * summarized as "unknown effect". Each round can only add facts that a
 * callee's last summary implied, so real code settles in two or three. */
#define MAX_FIXPOINT_ROUNDS 6

/* Summaries for constant arguments (specialized_summary): how deep they
 * nest (a specialized callee's own calls specialize in turn), how many
 * bindings one carries, and how many one program computes; past these
 * calls use the general summary. */
#define MAX_SPECIALIZATION_DEPTH 4
#define MAX_SPECIALIZED_BINDINGS 8
#define MAX_SPECIALIZATIONS 4096

/* A callee's summary for the constant values of some of its parameters. */
typedef struct specialization {
  uint32_t fn;
  uint16_t binding_count;
  summary_binding bindings[MAX_SPECIALIZED_BINDINGS];
  const fn_summary *summary;
} specialization;

/* A unit whose copy of project-header function `fn` was dropped. */
typedef struct header_unit {
  uint32_t fn, unit;
} header_unit;

struct program {
  cfg_function **fns; /* program order: units in order, source order */
  size_t fn_count, fn_cap;
  arena **units;
  size_t unit_count, unit_cap;
  arena mem;                    /* summaries, registration texts */
  uint32_t *by_name;            /* function ids sorted by name */
  const fn_summary **summaries; /* by id */
  irql_contract *registered;    /* by id, valid where is_registered */
  uint8_t *is_registered;
  /* functions in a recursive component: their summaries settle by
   * fixpoint, so none is specialized */
  uint8_t *in_cycle;
  uint8_t *specializing; /* by id: a specialized analysis of it runs */
  unsigned specialize_depth;
  specialization *specializations;
  size_t specialization_count, specialization_cap;
  lock_fn_specializer specializer;
  /* by id: the lock classes every caller holds when it calls the function
   * (compute_entry_held) */
  summary_held_set *entry_held;
  /* by id: its address is taken (stored, passed or cast as a pointer) */
  uint8_t *address_taken;
  /* the project-header functions kept, sorted by header_key, and the
   * other units their dropped copies came from, sorted (fn, unit) */
  uint32_t *headers;
  size_t header_count, header_cap;
  header_unit *header_units;
  size_t header_unit_count, header_unit_cap;
  /* by id: returns holding a lock no caller ever lets go of
   * (compute_unreleased) */
  uint8_t *unreleased;
};

program *program_create(void) {
  program *p = xcalloc(1, sizeof *p);
  arena_init(&p->mem);
  return p;
}

void program_destroy(program *p) {
  if (!p)
    return;
  for (size_t i = 0; i < p->fn_count; i++)
    cfg_function_destroy(p->fns[i]);
  for (size_t i = 0; i < p->unit_count; i++) {
    arena_destroy(p->units[i]);
    free(p->units[i]);
  }
  free(p->fns);
  free(p->units);
  free(p->by_name);
  free(p->summaries);
  free(p->in_cycle);
  free(p->specializing);
  free(p->specializations);
  free(p->registered);
  free(p->is_registered);
  free(p->entry_held);
  free(p->address_taken);
  free(p->headers);
  free(p->header_units);
  free(p->unreleased);
  arena_destroy(&p->mem);
  free(p);
}

arena *program_unit_arena(program *p) {
  arena *a = xmalloc(sizeof *a);
  arena_init(a);
  VEC_PUSH(p->units, p->unit_count, p->unit_cap, a);
  return a;
}

/* Orders project-header functions by their definition: header, line,
 * column, name. */
static int compare_header_fns(const cfg_function *a, const cfg_function *b) {
  int c = strcmp(a->header, b->header);
  if (c)
    return c;
  if (a->loc.line != b->loc.line)
    return a->loc.line < b->loc.line ? -1 : 1;
  if (a->loc.col != b->loc.col)
    return a->loc.col < b->loc.col ? -1 : 1;
  return strcmp(a->name, b->name);
}

/* The kept copy of fn's header function, else NULL; *at is where fn would
 * go in p->headers. */
static cfg_function *kept_copy(const program *p, const cfg_function *fn,
                               size_t *at) {
  size_t lo = 0, hi = p->header_count;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = compare_header_fns(p->fns[p->headers[mid]], fn);
    if (c == 0) {
      *at = mid;
      return p->fns[p->headers[mid]];
    }
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  *at = lo;
  return NULL;
}

cfg_function *program_add_function(program *p, cfg_function *fn) {
  size_t at = 0;
  if (fn->header) {
    cfg_function *kept = kept_copy(p, fn, &at);
    if (kept) {
      if (kept->unit != fn->unit) {
        header_unit hu = {kept->id, fn->unit};
        VEC_PUSH(p->header_units, p->header_unit_count, p->header_unit_cap, hu);
      }
      cfg_function_destroy(fn);
      return NULL;
    }
  }
  fn->id = (uint32_t)p->fn_count;
  VEC_PUSH(p->fns, p->fn_count, p->fn_cap, fn);
  if (fn->header) {
    uint32_t id = fn->id;
    VEC_PUSH(p->headers, p->header_count, p->header_cap, id);
    memmove(&p->headers[at + 1], &p->headers[at],
            sizeof(uint32_t) * (p->header_count - 1 - at));
    p->headers[at] = id;
  }
  return fn;
}

void program_dump_cfg(const program *p, FILE *out) {
  for (size_t i = 0; i < p->fn_count; i++)
    cfg_dump(out, p->fns[i]);
}

/* ---- linking ---- */

static const program *sort_program; /* qsort has no context argument */

static int compare_by_name(const void *a, const void *b) {
  const cfg_function *x = sort_program->fns[*(const uint32_t *)a];
  const cfg_function *y = sort_program->fns[*(const uint32_t *)b];
  int c = strcmp(x->name, y->name);
  if (c)
    return c;
  return x->id < y->id ? -1 : x->id > y->id;
}

static int compare_header_units(const void *pa, const void *pb) {
  const header_unit *a = pa, *b = pb;
  if (a->fn != b->fn)
    return a->fn < b->fn ? -1 : 1;
  return a->unit < b->unit ? -1 : a->unit > b->unit;
}

/* Is f in `unit`: built from it, or a project-header function whose
 * header the unit includes too? */
static int in_unit(const program *p, const cfg_function *f, uint32_t unit) {
  if (f->unit == unit)
    return 1;
  if (!f->header)
    return 0;
  header_unit key = {f->id, unit};
  return bsearch(&key, p->header_units, p->header_unit_count,
                 sizeof(header_unit), compare_header_units) != NULL;
}

/* The definition a call of `name` from `unit` reaches. */
static cfg_function *resolve(const program *p, uint32_t unit,
                             const char *name) {
  size_t lo = 0, hi = p->fn_count;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (strcmp(p->fns[p->by_name[mid]]->name, name) < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  cfg_function *external = NULL;
  unsigned externals = 0;
  for (size_t i = lo;
       i < p->fn_count && strcmp(p->fns[p->by_name[i]]->name, name) == 0; i++) {
    cfg_function *f = p->fns[p->by_name[i]];
    if (in_unit(p, f, unit))
      return f;
    if (!f->internal_linkage) {
      external = f;
      externals++;
    }
  }
  /* several external definitions: different programs in one database */
  return externals == 1 ? external : NULL;
}

static void link_calls(program *p) {
  p->by_name = xmalloc(sizeof(uint32_t) * (p->fn_count + 1));
  for (size_t i = 0; i < p->fn_count; i++)
    p->by_name[i] = (uint32_t)i;
  sort_program = p;
  qsort(p->by_name, p->fn_count, sizeof(uint32_t), compare_by_name);
  sort_program = NULL;
  if (p->header_unit_count > 1)
    qsort(p->header_units, p->header_unit_count, sizeof(header_unit),
          compare_header_units);
  for (size_t i = 0; i < p->fn_count; i++) {
    cfg_function *fn = p->fns[i];
    for (uint32_t b = 0; b < fn->block_count; b++) {
      cfg_block *block = fn->blocks[b];
      for (uint32_t k = 0; k < block->event_count; k++) {
        ir_event *ev = &block->events[k];
        if (ev->kind == IR_EVENT_CALL && ev->u.call.callee)
          ev->u.call.target = resolve(p, fn->unit, ev->u.call.callee);
      }
    }
  }
}

/* ---- interrupt-context registrations ---- */

/* The registered contract of `target` to fill, or NULL when there is no
 * target or an earlier registration in program order already named it
 * (the first one wins). */
static irql_contract *claim_registration(program *p,
                                         const cfg_function *target) {
  if (!target || p->is_registered[target->id])
    return NULL;
  p->is_registered[target->id] = 1;
  return &p->registered[target->id];
}

static void register_isr(program *p, const cfg_function *where,
                         const char *name, const char *how) {
  irql_contract *c = claim_registration(p, resolve(p, where->unit, name));
  if (c)
    irql_contract_registered_isr(c, how);
}

/* A routine of an interrupt configuration that asks for passive-level
 * handling: "the framework calls [it] at IRQL = PASSIVE_LEVEL" whatever
 * the role typedef it is declared with (EVT_WDF_INTERRUPT_ISR) says. */
static void register_passive_interrupt(program *p, const cfg_function *where,
                                       const char *name, const char *how) {
  irql_contract *c = claim_registration(p, resolve(p, where->unit, name));
  if (c)
    irql_contract_registered_passive(c, how);
}

/* A routine given a role by a call (IoSetCancelRoutine(Irp, F) makes F a
 * cancel routine); an ISR registration, or the first one, wins. */
static void register_role_of(program *p, const cfg_function *target,
                             const char *role, const char *how) {
  irql_contract *c = claim_registration(p, target);
  if (c)
    irql_contract_registered_role(c, role, how);
}

static void register_role(program *p, const cfg_function *where,
                          const char *name, const char *role, const char *how) {
  register_role_of(p, resolve(p, where->unit, name), role, how);
}

static const char *path_key_in(arena *mem, const ir_path *path,
                               uint16_t steps) {
  ir_path prefix = *path;
  prefix.step_count = steps;
  strbuf sb;
  strbuf_init(&sb);
  path_key(&sb, &prefix);
  const char *key = arena_strdup(mem, strbuf_cstr(&sb));
  strbuf_free(&sb);
  return key;
}

/* WDF_INTERRUPT_CONFIGs of this function with PassiveHandling set: their
 * callbacks run at PASSIVE_LEVEL. */
static int is_passive_config(const cfg_function *fn, arena *mem,
                             const char *config_key) {
  for (uint32_t b = 0; b < fn->block_count; b++) {
    const cfg_block *block = fn->blocks[b];
    for (uint32_t k = 0; k < block->event_count; k++) {
      const ir_event *ev = &block->events[k];
      if (ev->kind != IR_EVENT_ASSIGN)
        continue;
      const ir_path *t = &ev->u.assign.target;
      if (t->step_count == 0 ||
          t->steps[t->step_count - 1].kind != PATH_STEP_FIELD ||
          strcmp(t->steps[t->step_count - 1].field,
                 ISR_PASSIVE_HANDLING_FIELD) != 0)
        continue;
      const ir_value *v = &ev->u.assign.value;
      if (v->kind == IR_VALUE_CONST && v->constant != 0 &&
          (ev->u.assign.op == IR_ASSIGN_STORE ||
           ev->u.assign.op == IR_ASSIGN_OR) &&
          strcmp(path_key_in(mem, t, (uint16_t)(t->step_count - 1)),
                 config_key) == 0)
        return 1;
    }
  }
  return 0;
}

/* A function of the program that stores a constant into a member named
 * by a ROLE_WIDENED_BY_STORE row of `role` (KMDF's `ExecutionLevel =
 * WdfExecutionLevelPassive`): the first such store's function, with the
 * level it moves the role's registrations down to in *min. */
static const cfg_function *widening_store(const program *p, const char *role,
                                          irql_level *min) {
  for (size_t i = 0; i < p->fn_count; i++) {
    const cfg_function *fn = p->fns[i];
    for (uint32_t b = 0; b < fn->block_count; b++) {
      const cfg_block *block = fn->blocks[b];
      for (uint32_t k = 0; k < block->event_count; k++) {
        const ir_event *ev = &block->events[k];
        if (ev->kind != IR_EVENT_ASSIGN ||
            ev->u.assign.value.kind != IR_VALUE_CONST)
          continue;
        const ir_path *t = &ev->u.assign.target;
        if (t->step_count == 0 ||
            t->steps[t->step_count - 1].kind != PATH_STEP_FIELD)
          continue;
        const char *member = t->steps[t->step_count - 1].field;
        if (role_widened_by_store(role, member, ev->u.assign.value.constant,
                                  min))
          return fn;
      }
    }
  }
  return NULL;
}

/* `call` registers its function argument as the row `reg` says
 * (IoQueueWorkItem(Item, F, …) makes F a work item). */
static void register_by_call(program *p, const cfg_function *fn,
                             const ir_call *call,
                             const role_registration *reg) {
  const char *kind = role_kind(reg->role);
  const char *how =
      kind ? arena_printf(&p->mem, "registered as %s by %s in '%s'", kind,
                          call->callee, fn->name)
           : arena_printf(&p->mem, "its registration through %s in '%s'",
                          call->callee, fn->name);
  irql_contract *c = claim_registration(
      p, resolve(p, fn->unit, call->args[reg->argument].path.root));
  if (!c)
    return;
  if (!reg->has_range) {
    irql_contract_registered_role(c, reg->role, how);
    return;
  }
  irql_level min = (irql_level)reg->min;
  irql_level lower;
  const cfg_function *store = widening_store(p, reg->role, &lower);
  if (store && lower < min) {
    how = arena_printf(&p->mem,
                       "%s, or at %s (an object's execution level set "
                       "in '%s')",
                       how, irql_level_name(lower), store->name);
    min = lower;
  }
  irql_contract_registered_role_at(c, reg->role, min, (irql_level)reg->max,
                                   how);
}

static void scan_event(program *p, const cfg_function *fn, const ir_event *ev) {
  if (ev->kind == IR_EVENT_ASSIGN) {
    const ir_path *t = &ev->u.assign.target;
    const ir_value *v = &ev->u.assign.value;
    if (v->kind != IR_VALUE_FUNCTION || t->step_count == 0 ||
        t->steps[t->step_count - 1].kind != PATH_STEP_FIELD)
      return;
    const path_step *field = &t->steps[t->step_count - 1];
    const char *role = role_of_field(field->record, field->field);
    if (role) {
      const char *kind = role_kind(role);
      register_role(
          p, fn, v->path.root, role,
          kind ? arena_printf(&p->mem, "registered as %s through %s.%s in '%s'",
                              kind, field->record + strspn(field->record, "_"),
                              field->field, fn->name)
               : arena_printf(&p->mem, "its registration as %s in '%s'",
                              field->field, fn->name));
      return;
    }
    const char *record = isr_registration_field(field->record, field->field);
    if (!record)
      return;
    if (strcmp(record, "WDF_INTERRUPT_CONFIG") == 0 &&
        is_passive_config(
            fn, &p->mem,
            path_key_in(&p->mem, t, (uint16_t)(t->step_count - 1)))) {
      register_passive_interrupt(
          p, fn, v->path.root,
          arena_printf(&p->mem,
                       "its registration as %s.%s of a passive-level "
                       "interrupt (PassiveHandling) in '%s'",
                       record, field->field, fn->name));
      return;
    }
    register_isr(p, fn, v->path.root,
                 arena_printf(&p->mem, "its registration as %s.%s in '%s'",
                              record, field->field, fn->name));
    return;
  }
  const ir_call *call = &ev->u.call;
  const role_registration *reg = role_registration_lookup(call->callee);
  if (reg && reg->argument < call->arg_count &&
      call->args[reg->argument].kind == IR_VALUE_FUNCTION)
    register_by_call(p, fn, call, reg);
  int arg = isr_registration_call_arg(call->callee);
  if (arg < 0 || arg >= call->arg_count ||
      call->args[arg].kind != IR_VALUE_FUNCTION)
    return;
  if (isr_registration_is_config_init(call->callee) && call->arg_count > 0 &&
      call->args[0].kind == IR_VALUE_ADDR &&
      is_passive_config(fn, &p->mem,
                        path_key_in(&p->mem, &call->args[0].path,
                                    call->args[0].path.step_count))) {
    register_passive_interrupt(
        p, fn, call->args[arg].path.root,
        arena_printf(&p->mem,
                     "its registration through %s of a passive-level "
                     "interrupt (PassiveHandling) in '%s'",
                     call->callee, fn->name));
    return;
  }
  register_isr(p, fn, call->args[arg].path.root,
               arena_printf(&p->mem, "its registration through %s in '%s'",
                            call->callee, fn->name));
}

/* A function stored, passed or cast as a pointer to a role typedef
 * (`Irp->CancelRoutine = F`, `PDRIVER_CANCEL Cancel = F`, a helper's
 * PDRIVER_CANCEL parameter) has that role, unless its own declaration
 * already names one (then the two agree, or the declaration is the
 * author's word), or the role runs at DIRQL. */
static void register_converted(program *p, const cfg_function *fn,
                               const ir_value *v, const char *callee,
                               int callee_registers, const path_step *field) {
  const role_type *role =
      v->kind == IR_VALUE_FUNCTION ? role_type_lookup(v->function_type) : NULL;
  /* interrupt-context roles come only from the registrations that know
   * their configuration (WDF_INTERRUPT_CONFIG.PassiveHandling makes an
   * EVT_WDF_INTERRUPT_ISR a PASSIVE_LEVEL routine) */
  if (!role || role->min >= IRQL_DIRQL)
    return;
  const cfg_function *target = resolve(p, fn->unit, v->path.root);
  if (!target || p->is_registered[target->id])
    return;
  irql_contract own;
  irql_contract_of_function(target->decl, &own);
  if (own.role)
    return;
  const char *kind = role_kind(v->function_type);
  const char *how;
  if (kind && callee && callee_registers)
    how = arena_printf(&p->mem, "registered as %s by %s in '%s'", kind, callee,
                       fn->name);
  else if (kind && field)
    how = arena_printf(&p->mem, "registered as %s through %s.%s in '%s'", kind,
                       field->record + strspn(field->record, "_"), field->field,
                       fn->name);
  else
    how = arena_printf(
        &p->mem, "its conversion to %s in '%s'%s", v->function_type, fn->name,
        callee ? arena_printf(&p->mem, " (an argument of %s)", callee) : "");
  register_role_of(p, target, v->function_type, how);
}

static void scan_conversions(program *p, const cfg_function *fn,
                             const ir_event *ev) {
  if (ev->kind == IR_EVENT_ASSIGN) {
    const ir_path *t = &ev->u.assign.target;
    const path_step *last = t->step_count ? &t->steps[t->step_count - 1] : NULL;
    register_converted(
        p, fn, &ev->u.assign.value, NULL, 0,
        last && last->kind == PATH_STEP_FIELD && last->record ? last : NULL);
    return;
  }
  /* a system routine registers what it is passed; a helper of the driver
   * with a role-typed parameter only passes it on */
  const ir_call *call = &ev->u.call;
  for (uint16_t i = 0; i < call->arg_count; i++)
    register_converted(p, fn, &call->args[i], call->callee, !call->target,
                       NULL);
}

/* Explicit registrations first (an ISR's, a routine's through its
 * registering call), then roles from conversions: the first one wins. */
static void scan_registrations(program *p) {
  for (int pass = 0; pass < 2; pass++)
    for (size_t i = 0; i < p->fn_count; i++) {
      const cfg_function *fn = p->fns[i];
      for (uint32_t b = 0; b < fn->block_count; b++) {
        const cfg_block *block = fn->blocks[b];
        for (uint32_t k = 0; k < block->event_count; k++) {
          const ir_event *ev = &block->events[k];
          if (pass == 0)
            scan_event(p, fn, ev);
          else if (ev->kind == IR_EVENT_ASSIGN || ev->kind == IR_EVENT_CALL)
            scan_conversions(p, fn, ev);
        }
      }
    }
}

/* ---- functions whose address is taken ---- */

static void mark_address_taken(program *p, const cfg_function *fn,
                               const ir_value *v) {
  if (v->kind != IR_VALUE_FUNCTION)
    return;
  const cfg_function *target = resolve(p, fn->unit, v->path.root);
  if (target)
    p->address_taken[target->id] = 1;
}

/* A function stored, passed or cast as a pointer, or named in an
 * initializer: something outside its direct calls may call it. */
static void find_address_taken(program *p) {
  p->address_taken = xcalloc(p->fn_count + 1, 1);
  for (size_t i = 0; i < p->fn_count; i++) {
    const cfg_function *fn = p->fns[i];
    for (uint32_t b = 0; b < fn->block_count; b++) {
      const cfg_block *block = fn->blocks[b];
      for (uint32_t k = 0; k < block->event_count; k++) {
        const ir_event *ev = &block->events[k];
        if (ev->kind == IR_EVENT_ASSIGN) {
          mark_address_taken(p, fn, &ev->u.assign.value);
          continue;
        }
        for (uint16_t a = 0; a < ev->u.call.arg_count; a++)
          mark_address_taken(p, fn, &ev->u.call.args[a]);
      }
    }
    for (uint32_t w = 0; w < fn->slot_write_count; w++) {
      const ir_slot_write *sw = &fn->slot_writes[w];
      const cfg_function *target = sw->value == IR_SLOT_FUNCTION
                                       ? resolve(p, fn->unit, sw->function)
                                       : NULL;
      if (target)
        p->address_taken[target->id] = 1;
    }
  }
}

/* ---- calls through function pointers ----
 * A call through a global variable or a struct field of function-pointer
 * type (frontend: ir_call.callee_slot) calls one of the functions the
 * program ever stores there: every write to the slot in every unit
 * (assignments, initializers, ir_slot_write), keyed by the slot's
 * declaration. A parameter stored there (`g_Handler = Handler;` in a
 * registration routine) stands for the functions the routine's callers
 * pass for it -- one level: a caller passing its own parameter on makes
 * the set unknown. The set is unknown, and the call stays unresolved, when
 * any write stores something else (a value read from elsewhere, a
 * function without a body here), the slot's address is taken (written
 * through a pointer), a registration routine has callers we do not see
 * (its address taken, or no caller at all: exported), a global is not
 * defined by the program, or nothing is stored at all (a field other code
 * fills in). A call through a pointer of a role type the system calls
 * (PDRIVER_CANCEL) keeps its role's meaning (lock_fn.c). */

static int param_changes(const cfg_function *fn, uint16_t param);

typedef struct slot_ref {
  const char *slot;
  uint32_t fn; /* the writer */
  const ir_slot_write *write;
} slot_ref;

static int compare_slot_refs(const void *a, const void *b) {
  const slot_ref *x = a, *y = b;
  int c = strcmp(x->slot, y->slot);
  if (c)
    return c;
  return x->fn < y->fn ? -1 : x->fn > y->fn;
}

typedef struct slot_targets {
  uint16_t count;
  uint32_t ids[SUMMARY_MAX_TARGETS];
  const char *where[SUMMARY_MAX_TARGETS];
  const char *unknown; /* why the set is unknown, or NULL */
} slot_targets;

static void add_target(slot_targets *t, const cfg_function *f,
                       const char *where) {
  for (uint16_t i = 0; i < t->count; i++)
    if (t->ids[i] == f->id)
      return;
  if (t->count == SUMMARY_MAX_TARGETS) {
    t->unknown = "too many targets";
    return;
  }
  t->ids[t->count] = f->id;
  t->where[t->count++] = where;
}

/* The calls of each function, by callee (built when a registration
 * routine's parameter is first followed). */
typedef struct call_site {
  const cfg_function *caller;
  const ir_call *call;
} call_site;

typedef struct call_index {
  uint32_t *start; /* calls of f: sites[start[f] .. start[f + 1]) */
  call_site *sites;
} call_index;

static void build_call_index(const program *p, call_index *x) {
  size_t n = p->fn_count, total = 0;
  x->start = xcalloc(n + 2, sizeof(uint32_t));
  for (int pass = 0; pass < 2; pass++) {
    uint32_t *fill = pass ? xmalloc(sizeof(uint32_t) * (n + 1)) : NULL;
    if (pass) {
      for (size_t i = 0; i < n; i++)
        x->start[i + 1] += x->start[i];
      memcpy(fill, x->start, sizeof(uint32_t) * (n + 1));
      x->sites = xmalloc(sizeof(call_site) * (total + 1));
    }
    for (size_t i = 0; i < n; i++) {
      const cfg_function *fn = p->fns[i];
      for (uint32_t b = 0; b < fn->block_count; b++) {
        const cfg_block *block = fn->blocks[b];
        for (uint32_t k = 0; k < block->event_count; k++) {
          const ir_event *ev = &block->events[k];
          if (ev->kind != IR_EVENT_CALL || !ev->u.call.target)
            continue;
          uint32_t callee = ev->u.call.target->id;
          if (!pass) {
            x->start[callee + 1]++;
            total++;
          } else {
            call_site site = {fn, &ev->u.call};
            x->sites[fill[callee]++] = site;
          }
        }
      }
    }
    free(fill);
  }
}

/* The functions the callers of `fn` pass for its parameter `param`. */
static void add_passed(program *p, call_index *x, const cfg_function *fn,
                       uint16_t param, slot_targets *t) {
  const char *unknown =
      "a parameter stored there whose callers are not all known";
  if (p->address_taken[fn->id] || param_changes(fn, param)) {
    t->unknown = unknown;
    return;
  }
  if (!x->start)
    build_call_index(p, x);
  if (x->start[fn->id] == x->start[fn->id + 1])
    t->unknown = unknown; /* no caller here: it may be exported */
  for (uint32_t i = x->start[fn->id]; i < x->start[fn->id + 1] && !t->unknown;
       i++) {
    const call_site *site = &x->sites[i];
    const ir_value *v =
        param < site->call->arg_count ? &site->call->args[param] : NULL;
    const cfg_function *f = v && v->kind == IR_VALUE_FUNCTION
                                ? resolve(p, site->caller->unit, v->path.root)
                                : NULL;
    if (f)
      add_target(t, f,
                 arena_printf(&p->mem, "passed to '%s' by '%s'", fn->name,
                              site->caller->name));
    else if (!v || v->kind != IR_VALUE_CONST || v->constant != 0)
      t->unknown = unknown;
  }
}

static void slot_targets_of(program *p, call_index *x, const char *slot,
                            const slot_ref *refs, size_t count,
                            slot_targets *t) {
  memset(t, 0, sizeof *t);
  /* a global's key has no field part ("c:@S@T@FI@Handler" is a field) */
  int global = !strstr(slot, "@FI@");
  int defined = 0;
  for (size_t i = 0; i < count && !t->unknown; i++) {
    const cfg_function *fn = p->fns[refs[i].fn];
    const ir_slot_write *w = refs[i].write;
    defined |= w->defines;
    switch (w->value) {
    case IR_SLOT_NULL:
      break;
    case IR_SLOT_FUNCTION: {
      const cfg_function *f = resolve(p, fn->unit, w->function);
      if (!f) {
        t->unknown = "a function without a body in the program stored there";
        break;
      }
      add_target(
          t, f,
          w->defines || w->loc.line < fn->loc.line ||
                  (w->loc.line == fn->loc.line && w->loc.col < fn->loc.col) ||
                  w->loc.line > fn->body_end.line
              ? "assigned by an initializer"
              : arena_printf(&p->mem, "assigned in '%s'", fn->name));
      break;
    }
    case IR_SLOT_PARAM:
      add_passed(p, x, fn, w->param, t);
      break;
    default:
      t->unknown = "a value other than a known function stored there, or its "
                   "address taken";
    }
  }
  if (!t->unknown && global && !defined)
    t->unknown = "a global the program does not define";
  if (!t->unknown && !t->count)
    t->unknown = "no function stored there in the program";
}

/* The directory every function of the program is defined under (their
 * files' real paths' longest common directory), or NULL when a file's
 * real path cannot be had. A struct declared outside it (the DDK's, a
 * header shared with other drivers) may have its function pointers filled
 * by other programs. Allocated in p->mem. */
static const char *program_root(program *p) {
  char *root = NULL;
  size_t len = 0;
  const char *last = NULL;
  for (size_t i = 0; i < p->fn_count; i++) {
    const char *file = p->fns[i]->loc.file;
    if (!file || file == last)
      continue;
    last = file;
    char *real = realpath(file, NULL);
    if (!real) {
      free(root);
      return NULL;
    }
    if (!root) {
      char *slash = strrchr(real, '/');
      len = slash ? (size_t)(slash - real) : 0;
      root = real;
      continue;
    }
    size_t n = 0;
    while (n < len && real[n] == root[n])
      n++;
    if (n > 0 && (n < len || real[n] != '/'))
      do /* back to the last directory both are under */
        n--;
      while (n > 0 && root[n] != '/');
    len = n;
    free(real);
  }
  const char *out = root ? arena_strndup(&p->mem, root, len) : NULL;
  free(root);
  return out;
}

static int under_root(const char *root, const char *file) {
  size_t n = root ? strlen(root) : 0;
  return root && file && strncmp(file, root, n) == 0 &&
         (file[n] == '/' || n == 0);
}

static void resolve_indirect_calls(program *p) {
  const char *root = NULL;
  int have_root = 0;
  call_index callers = {NULL, NULL};
  /* by the index of a slot's first write: its targets, once computed */
  slot_targets *cache = NULL;
  uint8_t *cached = NULL;
  slot_ref *refs = NULL;
  size_t ref_count = 0, ref_cap = 0;
  for (size_t i = 0; i < p->fn_count; i++)
    for (uint32_t w = 0; w < p->fns[i]->slot_write_count; w++) {
      slot_ref r = {p->fns[i]->slot_writes[w].slot, (uint32_t)i,
                    &p->fns[i]->slot_writes[w]};
      VEC_PUSH(refs, ref_count, ref_cap, r);
    }
  if (ref_count)
    qsort(refs, ref_count, sizeof *refs, compare_slot_refs);
  cache = xmalloc(sizeof(slot_targets) * (ref_count + 1));
  cached = xcalloc(ref_count + 1, 1);
  for (size_t i = 0; i < p->fn_count; i++) {
    cfg_function *fn = p->fns[i];
    for (uint32_t b = 0; b < fn->block_count; b++) {
      cfg_block *block = fn->blocks[b];
      for (uint32_t k = 0; k < block->event_count; k++) {
        ir_call *call = &block->events[k].u.call;
        if (block->events[k].kind != IR_EVENT_CALL || !call->callee_slot ||
            call->callee || role_type_lookup(call->callee_type))
          continue;
        size_t lo = 0, hi = ref_count;
        while (lo < hi) {
          size_t mid = (lo + hi) / 2;
          if (strcmp(refs[mid].slot, call->callee_slot) < 0)
            lo = mid + 1;
          else
            hi = mid;
        }
        size_t end = lo;
        while (end < ref_count &&
               strcmp(refs[end].slot, call->callee_slot) == 0)
          end++;
        ir_indirect *ind = arena_alloc(&p->mem, sizeof *ind);
        ind->slot_name = call->callee_slot_name;
        call->indirect = ind;
        if (call->callee_slot_file) {
          if (!have_root) {
            root = program_root(p);
            have_root = 1;
          }
          if (!under_root(root, call->callee_slot_file)) {
            ind->note = "a field of a struct declared outside the program's "
                        "directory, which other programs may fill";
            continue;
          }
        }
        slot_targets t;
        if (end > lo && cached[lo]) {
          t = cache[lo];
        } else {
          /* no write to any slot: `refs` is NULL */
          slot_targets_of(p, &callers, call->callee_slot,
                          refs ? refs + lo : NULL, end - lo, &t);
          if (end > lo) {
            cache[lo] = t;
            cached[lo] = 1;
          }
        }
        if (t.unknown) {
          ind->note = t.unknown;
          continue;
        }
        ind->target_count = t.count;
        for (uint16_t n = 0; n < t.count; n++) {
          ind->targets[n] = p->fns[t.ids[n]];
          ind->where[n] = t.where[n];
        }
        if (t.count == 1) {
          call->target = p->fns[t.ids[0]];
          ind->note = arena_printf(
              &p->mem, "'%s' calls '%s' through '%s' (its only target, %s)",
              fn->name, call->target->name, ind->slot_name, t.where[0]);
          continue;
        }
        strbuf sb;
        strbuf_init(&sb);
        for (uint16_t n = 0; n < t.count; n++)
          strbuf_printf(&sb, "%s'%s'", n ? ", " : "", p->fns[t.ids[n]]->name);
        ind->note = arena_printf(&p->mem,
                                 "'%s' calls through '%s', whose targets are "
                                 "%s: what they all do applies",
                                 fn->name, ind->slot_name, strbuf_cstr(&sb));
        strbuf_free(&sb);
      }
    }
  }
  free(refs);
  free(cache);
  free(cached);
  free(callers.start);
  free(callers.sites);
}

/* The common summary of an indirect call's several targets (computed when
 * its caller is analyzed: its targets are summarized by then). */
static const fn_summary *indirect_summary(void *ctx, const ir_call *call) {
  program *p = ctx;
  const ir_indirect *ind = call->indirect;
  if (!ind || ind->target_count < 2)
    return NULL;
  const fn_summary *s[SUMMARY_MAX_TARGETS];
  ir_loc locs[SUMMARY_MAX_TARGETS];
  for (uint16_t i = 0; i < ind->target_count; i++) {
    s[i] = p->summaries[ind->targets[i]->id];
    locs[i] = ind->targets[i]->loc;
  }
  return summary_common(s, locs, ind->target_count, ind->slot_name, &p->mem);
}

static void dump_indirect_calls(FILE *out, const cfg_function *fn) {
  for (uint32_t b = 0; b < fn->block_count; b++) {
    const cfg_block *block = fn->blocks[b];
    for (uint32_t k = 0; k < block->event_count; k++) {
      const ir_event *ev = &block->events[k];
      const ir_indirect *ind =
          ev->kind == IR_EVENT_CALL ? ev->u.call.indirect : NULL;
      if (!ind)
        continue;
      fprintf(out, "  call through '%s' @%u:%u:", ind->slot_name, ev->loc.line,
              ev->loc.col);
      if (!ind->target_count)
        fprintf(out, " targets unknown (%s)", ind->note);
      for (uint16_t i = 0; i < ind->target_count; i++)
        fprintf(out, "%s '%s' (%s)", i ? "," : "", ind->targets[i]->name,
                ind->where[i]);
      fputc('\n', out);
    }
  }
}

/* ---- summaries, bottom-up ---- */

typedef struct call_graph {
  uint32_t *start; /* successors of v: succ[start[v] .. start[v + 1]) */
  uint32_t *succ;
} call_graph;

static void build_call_graph(const program *p, call_graph *g) {
  size_t n = p->fn_count, total = 0, cap = 0;
  g->start = xmalloc(sizeof(uint32_t) * (n + 1));
  g->succ = NULL;
  for (size_t i = 0; i < n; i++) {
    g->start[i] = (uint32_t)total;
    const cfg_function *fn = p->fns[i];
    for (uint32_t b = 0; b < fn->block_count; b++) {
      const cfg_block *block = fn->blocks[b];
      for (uint32_t k = 0; k < block->event_count; k++) {
        const ir_event *ev = &block->events[k];
        if (ev->kind == IR_EVENT_CALL && ev->u.call.target)
          VEC_PUSH(g->succ, total, cap, ev->u.call.target->id);
        const ir_indirect *ind =
            ev->kind == IR_EVENT_CALL ? ev->u.call.indirect : NULL;
        for (uint16_t t = 0;
             ind && ind->target_count > 1 && t < ind->target_count; t++)
          VEC_PUSH(g->succ, total, cap, ind->targets[t]->id);
      }
    }
  }
  g->start[n] = (uint32_t)total;
}

/* A registration's contract, unless the configuration names the function
 * (then its own contract says so). */
static const irql_contract *contract_of(const program *p, uint32_t id) {
  return p->is_registered[id] && !irql_contract_is_configured(p->fns[id]->name)
             ? &p->registered[id]
             : NULL;
}

/* ---- summaries for constant arguments ----
 * A wrapper that picks its lock, or how it takes it, by a parameter
 * (`switch (Type) { case RX: NdisAcquireSpinLock(&d->RxLock); … }`,
 * `if (AtDpc) KeReleaseSpinLockFromDpcLevel(…) else KeReleaseSpinLock(…)`)
 * has a general summary that can only say "maybe". A call that passes a
 * constant where the summary depends on the value (fn_summary.
 * tested_params) gets the callee analyzed again with that value as a fact
 * of its entry: the branches on it go one way, and the summary says what
 * that call does. A parameter the caller is itself specialized on, passed
 * on unchanged, counts as a constant. */

static const fn_summary *specialized_summary(void *ctx,
                                             const cfg_function *caller,
                                             const summary_binding *known,
                                             uint16_t known_count,
                                             const ir_call *call);

static const lock_fn_specializer *specializer_of(program *p) {
  p->specializer.summary_for = specialized_summary;
  p->specializer.indirect_summary = indirect_summary;
  p->specializer.ctx = p;
  return &p->specializer;
}

static void summarize(program *p, cfg_function *fn, const irql_contract *c,
                      fn_summary *out) {
  lock_analysis_options opts;
  memset(&opts, 0, sizeof opts);
  opts.contract = c;
  opts.summaries = p->summaries;
  opts.summary_out = out;
  opts.summary_mem = &p->mem;
  opts.specializer = specializer_of(p);
  lock_analysis_run(fn, NULL, &opts);
}

/* Does the function change its parameter `param` (or let a callee change
 * it through its address)? Then a value bound at entry is not its value
 * everywhere. */
static int param_changes(const cfg_function *fn, uint16_t param) {
  uint32_t id = fn->param_ids[param];
  for (uint32_t b = 0; b < fn->block_count; b++) {
    const cfg_block *block = fn->blocks[b];
    for (uint32_t k = 0; k < block->event_count; k++) {
      const ir_event *ev = &block->events[k];
      if (ev->kind == IR_EVENT_ASSIGN) {
        const ir_path *t = &ev->u.assign.target;
        if (t->root_kind == PATH_ROOT_PARAM && t->root_id == id &&
            t->step_count == 0)
          return 1;
        continue;
      }
      const ir_call *c = &ev->u.call;
      for (uint16_t i = 0; i < c->arg_count; i++)
        if (c->args[i].kind == IR_VALUE_ADDR &&
            c->args[i].path.root_kind == PATH_ROOT_PARAM &&
            c->args[i].path.root_id == id)
          return 1;
    }
  }
  return 0;
}

static int same_bindings(const specialization *s, uint32_t fn,
                         const summary_binding *b, uint16_t n) {
  if (s->fn != fn || s->binding_count != n)
    return 0;
  for (uint16_t i = 0; i < n; i++)
    if (s->bindings[i].param != b[i].param ||
        s->bindings[i].is_eq != b[i].is_eq ||
        s->bindings[i].value != b[i].value)
      return 0;
  return 1;
}

static const fn_summary *specialized_summary(void *ctx,
                                             const cfg_function *caller,
                                             const summary_binding *known,
                                             uint16_t known_count,
                                             const ir_call *call) {
  program *p = ctx;
  cfg_function *callee = call->target ? p->fns[call->target->id] : NULL;
  const fn_summary *general = callee ? p->summaries[callee->id] : NULL;
  if (!general || general->unknown || !general->tested_params || !p->in_cycle ||
      p->in_cycle[callee->id] || p->specializing[callee->id] ||
      p->specialize_depth >= MAX_SPECIALIZATION_DEPTH)
    return NULL;
  summary_binding b[MAX_SPECIALIZED_BINDINGS];
  uint16_t n = 0;
  for (uint16_t i = 0; i < call->arg_count && i < 64 &&
                       i < callee->param_count && n < MAX_SPECIALIZED_BINDINGS;
       i++) {
    if (!(general->tested_params >> i & 1u))
      continue;
    const ir_value *v = &call->args[i];
    if (v->kind == IR_VALUE_CONST || v->kind == IR_VALUE_ADDR) {
      /* a constant, or an address: not NULL */
      b[n].param = i;
      b[n].is_eq = v->kind == IR_VALUE_CONST;
      b[n++].value = v->kind == IR_VALUE_CONST ? v->constant : 0;
      continue;
    }
    if (v->kind != IR_VALUE_LOAD || v->path.root_kind != PATH_ROOT_PARAM ||
        v->path.step_count != 0)
      continue;
    for (uint16_t k = 0; k < known_count; k++)
      if (known[k].param < caller->param_count &&
          caller->param_ids[known[k].param] == v->path.root_id &&
          !param_changes(caller, known[k].param)) {
        b[n] = known[k];
        b[n++].param = i;
        break;
      }
  }
  if (!n)
    return NULL;
  for (size_t i = 0; i < p->specialization_count; i++)
    if (same_bindings(&p->specializations[i], callee->id, b, n))
      return p->specializations[i].summary;
  if (p->specialization_count >= MAX_SPECIALIZATIONS)
    return NULL;
  fn_summary *s = arena_alloc(&p->mem, sizeof *s);
  lock_analysis_options opts;
  memset(&opts, 0, sizeof opts);
  opts.contract = contract_of(p, callee->id);
  opts.summaries = p->summaries;
  opts.summary_out = s;
  opts.summary_mem = &p->mem;
  opts.bindings = b;
  opts.binding_count = n;
  opts.specializer = specializer_of(p);
  p->specializing[callee->id] = 1;
  p->specialize_depth++;
  lock_analysis_run(callee, NULL, &opts);
  p->specialize_depth--;
  p->specializing[callee->id] = 0;
  specialization entry;
  memset(&entry, 0, sizeof entry);
  entry.fn = callee->id;
  entry.binding_count = n;
  memcpy(entry.bindings, b, sizeof(summary_binding) * n);
  entry.summary = s;
  VEC_PUSH(p->specializations, p->specialization_count, p->specialization_cap,
           entry);
  return s;
}

static int calls_itself(const call_graph *g, uint32_t v) {
  for (uint32_t i = g->start[v]; i < g->start[v + 1]; i++)
    if (g->succ[i] == v)
      return 1;
  return 0;
}

/* Summaries with no facts for a recursive component's members: "never
 * returns" to start its fixpoint, or "unknown effect" when it does not
 * settle. */
static void set_placeholder_summaries(program *p, const uint32_t *members,
                                      size_t count, int never_returns) {
  for (size_t i = 0; i < count; i++) {
    fn_summary *s = arena_alloc(&p->mem, sizeof *s);
    s->name = p->fns[members[i]]->name;
    s->never_returns = (uint8_t)never_returns;
    s->unknown = (uint8_t)!never_returns;
    p->summaries[members[i]] = s;
  }
}

static void summarize_component(program *p, const call_graph *g,
                                const uint32_t *members, size_t count) {
  if (count == 1 && !calls_itself(g, members[0])) {
    fn_summary *s = arena_alloc(&p->mem, sizeof *s);
    summarize(p, p->fns[members[0]], contract_of(p, members[0]), s);
    p->summaries[members[0]] = s;
    return;
  }
  /* recursion: start from "never returns" (a path through a recursive
   * call counts once the callee is known to return some way) and
   * recompute until nothing changes */
  for (size_t i = 0; i < count; i++)
    p->in_cycle[members[i]] = 1;
  set_placeholder_summaries(p, members, count, 1);
  for (int round = 0; round < MAX_FIXPOINT_ROUNDS; round++) {
    int changed = 0;
    for (size_t i = 0; i < count; i++) {
      fn_summary *s = arena_alloc(&p->mem, sizeof *s);
      summarize(p, p->fns[members[i]], contract_of(p, members[i]), s);
      if (!summary_equal(s, p->summaries[members[i]]))
        changed = 1;
      p->summaries[members[i]] = s;
    }
    if (!changed)
      return;
  }
  set_placeholder_summaries(p, members, count, 0);
}

/* Tarjan's algorithm, iteratively (call chains can be deep): components
 * come out callees first, which is the order summaries need. */
static void summarize_bottom_up(program *p) {
  size_t n = p->fn_count;
  call_graph g;
  build_call_graph(p, &g);
  const uint32_t unvisited = UINT32_MAX;
  uint32_t *index = xmalloc(sizeof(uint32_t) * (n + 1));
  uint32_t *low = xmalloc(sizeof(uint32_t) * (n + 1));
  uint8_t *on_stack = xcalloc(n + 1, 1);
  uint32_t *stack = xmalloc(sizeof(uint32_t) * (n + 1));
  uint32_t *frame_v = xmalloc(sizeof(uint32_t) * (n + 1));
  uint32_t *frame_i = xmalloc(sizeof(uint32_t) * (n + 1));
  size_t sp = 0, fp = 0;
  uint32_t counter = 0;
  for (size_t i = 0; i < n; i++)
    index[i] = unvisited;
  for (size_t root = 0; root < n; root++) {
    if (index[root] != unvisited)
      continue;
    frame_v[fp] = (uint32_t)root;
    frame_i[fp++] = g.start[root];
    index[root] = low[root] = counter++;
    stack[sp++] = (uint32_t)root;
    on_stack[root] = 1;
    while (fp) {
      uint32_t v = frame_v[fp - 1];
      if (frame_i[fp - 1] < g.start[v + 1]) {
        uint32_t w = g.succ[frame_i[fp - 1]++];
        if (index[w] == unvisited) {
          index[w] = low[w] = counter++;
          stack[sp++] = w;
          on_stack[w] = 1;
          frame_v[fp] = w;
          frame_i[fp++] = g.start[w];
        } else if (on_stack[w] && index[w] < low[v]) {
          low[v] = index[w];
        }
        continue;
      }
      fp--;
      if (low[v] == index[v]) {
        size_t first = sp;
        do
          on_stack[stack[--first]] = 0;
        while (stack[first] != v);
        summarize_component(p, &g, stack + first, sp - first);
        sp = first;
      }
      if (fp && low[v] < low[frame_v[fp - 1]])
        low[frame_v[fp - 1]] = low[v];
    }
  }
  free(index);
  free(low);
  free(on_stack);
  free(stack);
  free(frame_v);
  free(frame_i);
  free(g.start);
  free(g.succ);
}

/* ---- locks held on entry by every caller ----
 * A function called only from functions of the program runs under the
 * locks all its calls hold: at each call, what the caller holds there
 * (fn_summary.call_holds) plus what the caller's own callers all hold
 * and it has not let go of. A must-fact, so a greatest fixpoint: every
 * function starts from "everything" and shrinks until nothing changes,
 * except those something outside the program may call, which hold
 * nothing: a function no call of the program reaches, one the system
 * calls (a role, a registration), and one whose address is taken (a
 * callback, a dispatch table filled in code). The lock-order rule reads
 * the result as gates (rules/lock_order_inversion.c). */

/* Past this many rounds (recursion over long chains) every function that
 * has not settled holds nothing on entry. */
#define MAX_ENTRY_HELD_ROUNDS 64

/* What callers contribute through `caller`'s calls of `callee`: what it
 * holds there, plus its own entry set less what it let go of first. */
static void held_at_calls(const program *p, uint32_t caller, uint32_t callee,
                          summary_held_set *out) {
  out->count = 0;
  const fn_summary *s = p->summaries[caller];
  const summary_call_holds *c = NULL;
  for (uint16_t i = 0; s && !s->unknown && i < s->call_hold_count && !c; i++)
    if (s->call_holds[i].callee == callee)
      c = &s->call_holds[i];
  if (!c)
    return; /* no state reaches the call, or the caller did not settle */
  *out = c->held;
  if (c->released_all)
    return;
  const summary_held_set *entry = &p->entry_held[caller];
  for (uint8_t i = 0; i < entry->count; i++)
    if (summary_held_find(&c->released, entry->classes[i].lock_class) < 0)
      summary_held_add(out, entry->classes[i].lock_class,
                       entry->classes[i].exclusive);
}

static void compute_entry_held(program *p, const call_graph *g) {
  size_t n = p->fn_count;
  p->entry_held = xcalloc(n + 1, sizeof(summary_held_set));
  uint8_t *open = xcalloc(n + 1, 1); /* its callers are all in the program */
  const uint8_t *taken = p->address_taken;
  uint8_t *top = xcalloc(n + 1, 1); /* not settled: "every lock" */
  for (size_t i = 0; i < n; i++) {
    for (uint32_t e = g->start[i]; e < g->start[i + 1]; e++)
      open[g->succ[e]] = 1;
  }
  /* callers of each function: the call graph reversed */
  uint32_t *rstart = xcalloc(n + 2, sizeof(uint32_t));
  uint32_t edges = g->start[n];
  uint32_t *rsucc = xmalloc(sizeof(uint32_t) * (edges + 1u));
  for (uint32_t e = 0; e < edges; e++)
    rstart[g->succ[e] + 1]++;
  for (size_t i = 0; i < n; i++)
    rstart[i + 1] += rstart[i];
  uint32_t *fill = xmalloc(sizeof(uint32_t) * (n + 1));
  memcpy(fill, rstart, sizeof(uint32_t) * (n + 1));
  for (size_t i = 0; i < n; i++)
    for (uint32_t e = g->start[i]; e < g->start[i + 1]; e++)
      rsucc[fill[g->succ[e]]++] = (uint32_t)i;
  for (size_t i = 0; i < n; i++) {
    irql_contract own;
    irql_contract_of_function(p->fns[i]->decl, &own);
    if (taken[i] || p->is_registered[i] || own.role || own.os_callback)
      open[i] = 0;
    top[i] = open[i];
  }
  int changed = 1;
  for (int round = 0; changed && round < MAX_ENTRY_HELD_ROUNDS; round++) {
    changed = 0;
    for (size_t f = 0; f < n; f++) {
      if (!open[f])
        continue;
      summary_held_set meet;
      int meet_top = 1;
      for (uint32_t e = rstart[f]; e < rstart[f + 1]; e++) {
        uint32_t c = rsucc[e];
        if (top[c])
          continue; /* not settled yet: no constraint so far */
        summary_held_set here;
        held_at_calls(p, c, (uint32_t)f, &here);
        if (meet_top) {
          meet = here;
          meet_top = 0;
        } else {
          summary_held_intersect(&meet, &here);
        }
      }
      if (meet_top)
        continue;
      summary_held_set *cur = &p->entry_held[f];
      if (top[f]) {
        *cur = meet;
        top[f] = 0;
        changed = 1;
        continue;
      }
      summary_held_set next = *cur;
      summary_held_intersect(&next, &meet);
      if (next.count != cur->count ||
          memcmp(next.classes, cur->classes,
                 sizeof(summary_held_class) * next.count) != 0) {
        *cur = next;
        changed = 1;
      }
    }
  }
  /* not settled, or only reached from functions no root reaches: nothing */
  for (size_t f = 0; f < n; f++)
    if (changed || top[f])
      p->entry_held[f].count = 0;
  free(open);
  free(top);
  free(rstart);
  free(rsucc);
  free(fill);
}

/* ---- acquire routines no caller releases ----
 * A function that returns holding a lock is an acquire routine: its
 * callers release the lock. When no caller in the program ever does --
 * none lets go of it, and none hands it on to callers of its own that
 * do (transitively), or the function has no caller at all (exported, a
 * callback) --, the lock is the function's own leak and is reported
 * there once, rather than at every caller (or nowhere). A caller whose
 * state lost track, or that cannot name the lock, counts as releasing. */
/* Only a function that returns holding the lock on every path, or on
 * exactly the exits returning TRUE (a try-acquire read off its returned
 * constants: `Acquire(L); if (!Current) { Release(L); return FALSE; }
 * return TRUE;`), counts: one that keeps it on some paths only is an
 * acquire routine whose acquire may be skipped or time out
 * (acquire_routines.c), and one passing on a try's result (`return
 * KeTryToAcquire…(L);`) a try wrapper; their leaks, if any, are not told
 * apart here. A routine returning TRUE holding the lock that no caller
 * lets go of is a leak as an acquire routine is: its result says when it
 * holds the lock, not that someone releases it. */
static int holds_for_caller(const fn_summary *s, uint8_t kind) {
  return kind == SUMMARY_ACQUIRE ||
         (kind == SUMMARY_TRY_ACQUIRE && s->return_value_count > 0);
}

static int returns_holding(const fn_summary *s) {
  for (uint16_t i = 0; s && !s->unknown && i < s->effect_count; i++)
    if (holds_for_caller(s, s->effects[i].kind))
      return 1;
  return 0;
}

/* Is `a`, an acquire effect of function `f`, the acquire half of a lock
 * API whose release half the program defines: some other function
 * releases its caller's lock of the same class ("PORT.Lock", a global)
 * -- or, for a lock with no class (a bare parameter `*Lock`), of the same
 * family? Such a pair is called by code outside the program (an exported
 * interface, a callback pair the system calls: a cancel-safe queue's
 * Acquire and Release), not a leak. */
static int has_release_partner(program *p, size_t f, const summary_effect *a) {
  const char *cls =
      a->unnamed ? NULL : summary_lock_class(&a->lock.path, &p->mem);
  for (size_t g = 0; g < p->fn_count; g++) {
    const fn_summary *s = p->summaries[g];
    for (uint16_t i = 0; g != f && s && i < s->effect_count; i++) {
      const summary_effect *r = &s->effects[i];
      if (r->kind != SUMMARY_RELEASE && r->kind != SUMMARY_MAYBE_RELEASE)
        continue;
      const char *rcls =
          r->unnamed ? NULL : summary_lock_class(&r->lock.path, &p->mem);
      if (cls ? rcls && strcmp(cls, rcls) == 0
              : api_kind_family((api_kind)r->lock_kind) ==
                    api_kind_family((api_kind)a->lock_kind))
        return 1;
    }
  }
  return 0;
}

static void compute_unreleased(program *p) {
  size_t n = p->fn_count;
  p->unreleased = xcalloc(n + 1, 1);
  uint8_t *released = xcalloc(n + 1, 1);
  /* a caller that lets go of the callee's lock; then, to a fixpoint,
   * one that hands it on to callers of its own that release it */
  int changed = 1;
  while (changed) { /* each round sets a flag for good */
    changed = 0;
    for (size_t c = 0; c < n; c++) {
      const fn_summary *s = p->summaries[c];
      for (uint16_t i = 0; s && i < s->callee_lock_count; i++) {
        const summary_callee_lock *k = &s->callee_locks[i];
        if (k->callee >= n || released[k->callee])
          continue;
        if (k->releases || (k->hands_on && released[c]) || p->in_cycle[c]) {
          released[k->callee] = 1;
          changed = 1;
        }
      }
    }
  }
  for (size_t f = 0; f < n; f++) {
    const fn_summary *s = p->summaries[f];
    if (released[f] || !returns_holding(s))
      continue;
    int partner = 0;
    for (uint16_t i = 0; i < s->effect_count && !partner; i++)
      partner = holds_for_caller(s, s->effects[i].kind) &&
                has_release_partner(p, f, &s->effects[i]);
    p->unreleased[f] = !partner;
  }
  free(released);
}

/* ---- --dump-calls ---- */

/* Each call of a routine no function of the program defines, with where
 * its IRQL bound comes from: what bench/irql_gaps.py counts. */
static void dump_calls(const program *p, FILE *out) {
  for (size_t i = 0; i < p->fn_count; i++) {
    const cfg_function *fn = p->fns[i];
    for (uint32_t b = 0; b < fn->block_count; b++) {
      const cfg_block *block = fn->blocks[b];
      for (uint32_t k = 0; k < block->event_count; k++) {
        const ir_event *ev = &block->events[k];
        const ir_call *call = &ev->u.call;
        if (ev->kind != IR_EVENT_CALL || !call->callee || call->target)
          continue;
        fprintf(out, "%s:%u:%u: %s %s\n", ev->loc.file ? ev->loc.file : "",
                ev->loc.line, ev->loc.col, call->callee,
                irql_bound_source_name(irql_bound_source_of(call)));
      }
    }
  }
}

/* ---- the whole run ---- */

void program_analyze(program *p, diag_engine *diag,
                     const program_options *options) {
  size_t n = p->fn_count;
  p->summaries = xcalloc(n + 1, sizeof(fn_summary *));
  p->registered = xcalloc(n + 1, sizeof(irql_contract));
  p->is_registered = xcalloc(n + 1, 1);
  p->in_cycle = xcalloc(n + 1, 1);
  p->specializing = xcalloc(n + 1, 1);
  link_calls(p);
  find_address_taken(p);
  resolve_indirect_calls(p);
  if (options->dump_calls) {
    dump_calls(p, options->dump_calls);
    return;
  }
  scan_registrations(p);
  summarize_bottom_up(p);
  call_graph g;
  build_call_graph(p, &g);
  compute_entry_held(p, &g);
  compute_unreleased(p);
  free(g.start);
  free(g.succ);
  if (options->dump_summary) {
    for (size_t i = 0; i < n; i++) {
      summary_dump(options->dump_summary, p->summaries[i]);
      dump_indirect_calls(options->dump_summary, p->fns[i]);
      if (p->entry_held[i].count) {
        fputs("  held on entry by every caller: ", options->dump_summary);
        summary_held_dump(options->dump_summary, &p->entry_held[i]);
        fputc('\n', options->dump_summary);
      }
    }
    for (size_t i = 0; i < p->specialization_count; i++) {
      const specialization *s = &p->specializations[i];
      fprintf(options->dump_summary, "for");
      for (uint16_t k = 0; k < s->binding_count; k++)
        fprintf(options->dump_summary, "%s argument %u %s %lld", k ? "," : "",
                s->bindings[k].param + 1u, s->bindings[k].is_eq ? "==" : "!=",
                (long long)s->bindings[k].value);
      fputc(' ', options->dump_summary);
      summary_dump(options->dump_summary, s->summary);
    }
    return;
  }
  rule_program *rules = rule_program_create();
  for (size_t i = 0; i < n; i++) {
    lock_analysis_options opts;
    memset(&opts, 0, sizeof opts);
    opts.dump_state = options->dump_state;
    opts.stats = options->stats;
    opts.contract = contract_of(p, (uint32_t)i);
    opts.summaries = p->summaries;
    opts.specializer = specializer_of(p);
    opts.program = rules;
    opts.entry_held = &p->entry_held[i];
    opts.unreleased = p->unreleased;
    lock_analysis_run(p->fns[i], options->dump_state ? NULL : diag, &opts);
  }
  rule_program_finish(rules, options->dump_state ? NULL : diag);
  rule_program_destroy(rules);
}
