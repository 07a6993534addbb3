/* The whole-program driver (see program.h): linking, ISR registrations,
 * bottom-up summaries over the call graph's strongly connected components,
 * then the reporting pass. */
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
  arena_destroy(&p->mem);
  free(p);
}

arena *program_unit_arena(program *p) {
  arena *a = xmalloc(sizeof *a);
  arena_init(a);
  VEC_PUSH(p->units, p->unit_count, p->unit_cap, a);
  return a;
}

void program_add_function(program *p, cfg_function *fn) {
  fn->id = (uint32_t)p->fn_count;
  VEC_PUSH(p->fns, p->fn_count, p->fn_cap, fn);
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
    if (f->unit == unit)
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
      register_role(p, fn, v->path.root, role,
                    arena_printf(&p->mem, "its registration as %s in '%s'",
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
  int role_arg = -1;
  const char *role = role_registration(call->callee, &role_arg);
  if (role && role_arg < call->arg_count &&
      call->args[role_arg].kind == IR_VALUE_FUNCTION)
    register_role(p, fn, call->args[role_arg].path.root, role,
                  arena_printf(&p->mem, "its registration through %s in '%s'",
                               call->callee, fn->name));
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
                               const ir_value *v, const char *where) {
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
  register_role_of(p, target, v->function_type,
                   arena_printf(&p->mem, "its conversion to %s in '%s'%s",
                                v->function_type, fn->name, where));
}

static void scan_conversions(program *p, const cfg_function *fn,
                             const ir_event *ev) {
  if (ev->kind == IR_EVENT_ASSIGN) {
    register_converted(p, fn, &ev->u.assign.value, "");
    return;
  }
  const ir_call *call = &ev->u.call;
  for (uint16_t i = 0; i < call->arg_count; i++)
    register_converted(
        p, fn, &call->args[i],
        call->callee
            ? arena_printf(&p->mem, " (an argument of %s)", call->callee)
            : "");
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

static void mark_address_taken(program *p, const cfg_function *fn,
                               const ir_value *v, uint8_t *taken) {
  if (v->kind != IR_VALUE_FUNCTION)
    return;
  const cfg_function *target = resolve(p, fn->unit, v->path.root);
  if (target)
    taken[target->id] = 1;
}

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
  uint8_t *taken = xcalloc(n + 1, 1);
  uint8_t *top = xcalloc(n + 1, 1); /* not settled: "every lock" */
  for (size_t i = 0; i < n; i++) {
    const cfg_function *fn = p->fns[i];
    for (uint32_t b = 0; b < fn->block_count; b++) {
      const cfg_block *block = fn->blocks[b];
      for (uint32_t k = 0; k < block->event_count; k++) {
        const ir_event *ev = &block->events[k];
        if (ev->kind == IR_EVENT_ASSIGN) {
          mark_address_taken(p, fn, &ev->u.assign.value, taken);
          continue;
        }
        if (ev->kind != IR_EVENT_CALL)
          continue;
        for (uint16_t a = 0; a < ev->u.call.arg_count; a++)
          mark_address_taken(p, fn, &ev->u.call.args[a], taken);
      }
    }
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
  free(taken);
  free(top);
  free(rstart);
  free(rsucc);
  free(fill);
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
  if (options->dump_calls) {
    dump_calls(p, options->dump_calls);
    return;
  }
  scan_registrations(p);
  summarize_bottom_up(p);
  call_graph g;
  build_call_graph(p, &g);
  compute_entry_held(p, &g);
  free(g.start);
  free(g.succ);
  if (options->dump_summary) {
    for (size_t i = 0; i < n; i++) {
      summary_dump(options->dump_summary, p->summaries[i]);
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
    lock_analysis_run(p->fns[i], options->dump_state ? NULL : diag, &opts);
  }
  rule_program_finish(rules, options->dump_state ? NULL : diag);
  rule_program_destroy(rules);
}
