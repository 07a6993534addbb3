/* Lowers call events to lock operations through the API model and interns
 * the locks and OldIrql slots they name (see lock_fn.h). */
#include "lock_fn_internal.h"

#include "../../rules/irql_contract.h"
#include "../../rules/lock_annotations.h"

#include <stdlib.h>
#include <string.h>

const char *lock_fn_written_name(const ir_call *call) {
  for (uint16_t i = 0; i < call->macro_count; i++)
    if (api_model_lookup(call->macro_chain[i]))
      return call->macro_chain[i];
  return call->callee;
}

/* The object a pointer argument designates: &x names x, p names *p. */
static int pointee(lock_fn *lf, const ir_value *v, ir_path *out) {
  if (v->kind == IR_VALUE_ADDR) {
    *out = v->path;
    return 1;
  }
  if (v->kind == IR_VALUE_LOAD) {
    path_step step = {.kind = PATH_STEP_DEREF};
    *out = path_with_step(lf->mem, &v->path, step);
    return 1;
  }
  return 0;
}

static int lock_path(lock_fn *lf, const api_routine *row, const ir_call *call,
                     ir_path *out) {
  switch (row->lock_form) {
  case API_LOCK_POINTER:
    if (row->lock_arg < 0 || row->lock_arg >= call->arg_count)
      return 0;
    return pointee(lf, &call->args[row->lock_arg], out);
  case API_LOCK_HANDLE: {
    if (row->lock_arg < 0 || row->lock_arg >= call->arg_count)
      return 0;
    const ir_value *v = &call->args[row->lock_arg];
    if (v->kind != IR_VALUE_LOAD && v->kind != IR_VALUE_ADDR)
      return 0;
    *out = v->path; /* the handle's storage stands for the lock */
    return 1;
  }
  case API_LOCK_GLOBAL:
    memset(out, 0, sizeof *out);
    out->root_kind = PATH_ROOT_NAMED;
    out->root = row->global_lock;
    return 1;
  default:
    return 0;
  }
}

static int slot_path(lock_fn *lf, const api_routine *row, const ir_call *call,
                     const ir_path *lock, int have_lock, ir_path *out) {
  switch (row->save) {
  case API_SAVE_IN_LOCK: {
    if (!have_lock)
      return 0;
    /* same spelling as the macro form's &(l)->OldIrql */
    path_step step = {.kind = PATH_STEP_FIELD, .field = "OldIrql"};
    *out = path_with_step(lf->mem, lock, step);
    return 1;
  }
  case API_SAVE_OUT_ARG:
  case API_SAVE_QUEUE_HANDLE:
    if (row->save_arg < 0 || row->save_arg >= call->arg_count)
      return 0;
    return pointee(lf, &call->args[row->save_arg], out);
  case API_SAVE_RETURN:
    if (!call->has_result_target)
      return 0;
    *out = call->result_target;
    return 1;
  default:
    return 0;
  }
}

/* Stands in for the model row of a callee the model does not know but
 * whose declarations matter (IRQL annotations, pageable code). */
static const api_routine plain_call_row = {"",
                                           API_OP_CALL,
                                           API_KIND_NONE,
                                           -1,
                                           API_LOCK_NONE,
                                           API_SAVE_NONE,
                                           -1,
                                           IRQL_PASSIVE,
                                           IRQL_HIGH,
                                           API_IRQL_KEEP,
                                           NULL};

/* Narrows [min, max] by the documented conditions on constant arguments
 * (api_model.h: KeWaitForSingleObject with a NULL Timeout …). */
static void apply_conditions(const char *name, const ir_call *call,
                             lock_op *op) {
  unsigned count;
  const api_irql_condition *c = api_model_conditions(name, &count);
  for (unsigned i = 0; i < count; i++, c++) {
    if (c->arg < 0 || c->arg >= call->arg_count ||
        call->args[c->arg].kind != IR_VALUE_CONST ||
        !api_arg_test_holds((api_arg_test)c->test, call->args[c->arg].constant))
      continue;
    if (c->irql_max < op->irql_max)
      op->irql_max = c->irql_max;
  }
}

/* ---- callee effects: summaries and lock annotations ---- */

/* The row an effect op runs under: an acquire or release of a lock named
 * directly, with the IRQL effect the callee's own acquire or release had. */
static const api_routine *effect_row(lock_fn *lf, api_op op,
                                     api_irql_effect irql_effect) {
  api_routine *row = arena_alloc(lf->mem, sizeof *row);
  row->name = "";
  row->op = op;
  row->kind = API_KIND_NONE;
  row->lock_arg = -1;
  row->lock_form = API_LOCK_POINTER;
  row->save = API_SAVE_NONE;
  row->save_arg = -1;
  row->irql_min = IRQL_PASSIVE;
  row->irql_max = IRQL_HIGH;
  row->irql_effect = irql_effect;
  return row;
}

static lock_op *append_effect(lock_fn *lf, lock_op *tail, api_op op,
                              api_kind kind, api_irql_effect irql_effect,
                              uint16_t lock) {
  lock_op *e = arena_alloc(lf->mem, sizeof *e);
  e->event = tail->event;
  e->block = tail->block;
  e->written = tail->written;
  e->callee = tail->callee;
  e->summary = tail->summary;
  e->row = effect_row(lf, op, irql_effect);
  e->op = (uint8_t)op;
  e->kind = (uint8_t)kind;
  e->lock = lock;
  e->slot = LOCK_NONE;
  e->restore_slot = LOCK_NONE;
  e->effect = 1;
  tail->next = e;
  return e;
}

static void add_summary_effects(lock_fn *lf, lock_op *head,
                                const fn_summary *summary) {
  const ir_call *call = &head->event->u.call;
  lock_op *tail = head;
  for (uint16_t i = 0; i < summary->effect_count; i++) {
    const summary_effect *se = &summary->effects[i];
    ir_path lock;
    /* an unnamed lock, or one this caller cannot name either, is only
     * an IRQL effect (lock_analysis.c: raises for unnamed locks) */
    const char *spelled = NULL;
    uint16_t id =
        !se->unnamed && summary_path_substitute(&se->lock, call, lf->mem, &lock)
            ? lf_intern_lock_spelled(lf, &lock, &spelled)
            : LOCK_NONE;
    api_op op;
    switch (se->kind) {
    case SUMMARY_RELEASE:
    case SUMMARY_MAYBE_RELEASE:
      op = API_OP_RELEASE;
      break;
    case SUMMARY_DELETE:
    case SUMMARY_MAYBE_DELETE:
      op = API_OP_FREE;
      break;
    case SUMMARY_TRY_ACQUIRE:
      op = API_OP_TRY_ACQUIRE;
      break;
    default:
      op = API_OP_ACQUIRE;
      break;
    }
    tail = append_effect(lf, tail, op, (api_kind)se->lock_kind,
                         (api_irql_effect)se->irql_effect, id);
    tail->spelled = spelled;
    tail->maybe = se->kind == SUMMARY_MAYBE_ACQUIRE ||
                  se->kind == SUMMARY_MAYBE_RELEASE ||
                  se->kind == SUMMARY_MAYBE_DELETE || se->when_returns;
    tail->when_returns = se->when_returns;
    tail->for_thread = se->for_thread;
    tail->when_is_eq = 1;
    tail->when_value = se->when_value;
    tail->effect_at = &se->at;
    if (op != API_OP_RELEASE && id != LOCK_NONE)
      for (const lock_op *before = head->next; before != tail;
           before = before->next)
        if (before->lock == id && before->op == API_OP_RELEASE)
          tail->retake = 1;
    ir_path slot;
    if (se->has_slot &&
        summary_path_substitute(&se->slot, call, lf->mem, &slot))
      tail->slot = lock_fn_intern_slot(lf, &slot);
    if (se->when_returns && !head->outcome_count) {
      head->outcome_count = summary->return_value_count;
      for (uint8_t v = 0; v < summary->return_value_count; v++) {
        head->outcome_is_eq[v] = 1;
        head->outcome_values[v] = summary->return_values[v];
      }
    }
  }
}

/* Lock annotations override what the callee's body would say: SAL is the
 * author's statement of the contract, and the body may be elsewhere. */
static void add_annotation_effects(lock_fn *lf, lock_op *head,
                                   const lock_annotation *anns,
                                   unsigned count) {
  const ir_call *call = &head->event->u.call;
  lock_op *tail = head;
  /* what the callee requires of its caller first (checked in the state
   * the call starts in: `_Requires_lock_not_held_(x) _Acquires_lock_(x)`
   * is no double acquire), then releases, as a summary orders them, then
   * acquires */
  for (int pass = 0; pass < 3; pass++)
    for (unsigned i = 0; i < count; i++) {
      const lock_annotation *la = &anns[i];
      int wanted = pass == 0   ? la->kind == LOCK_ANNOTATION_REQUIRES_NOT_HELD
                   : pass == 1 ? la->kind == LOCK_ANNOTATION_RELEASES
                               : la->kind == LOCK_ANNOTATION_ACQUIRES;
      if (!wanted)
        continue;
      /* _When_(cond, …): decided by this call's constant arguments, a
       * try-acquire on the return value, or maybe */
      lock_condition when = lock_annotation_condition(la, call);
      if (when == LOCK_CONDITION_NEVER ||
          (pass == 0 && when != LOCK_CONDITION_ALWAYS))
        continue;
      ir_path lock;
      if (!summary_path_substitute(&la->lock, call, lf->mem, &lock))
        continue;
      const char *spelled;
      uint16_t id = lf_intern_lock_spelled(lf, &lock, &spelled);
      /* An acquire its caller tests the result of (`if (!AcquireFcb(…))`)
       * is taken as a try-acquire: drivers annotate routines that return
       * FALSE when they may not wait with a plain _Acquires_lock_ */
      int tested = head->block->term == CFG_TERM_BRANCH &&
                   head->block->cond.kind == IR_COND_TRUTH &&
                   head->block->cond.value.kind == IR_VALUE_CALL &&
                   head->block->cond.value.call_event == head->event->id;
      api_op op = pass == 0   ? API_OP_CALL
                  : pass == 1 ? API_OP_RELEASE
                  : when == LOCK_CONDITION_ON_SUCCESS || tested
                      ? API_OP_TRY_ACQUIRE
                      : API_OP_ACQUIRE;
      tail = append_effect(lf, tail, op, (api_kind)la->lock_kind, API_IRQL_KEEP,
                           id);
      tail->spelled = spelled;
      tail->keeps_irql = 1;
      tail->requires_unheld = pass == 0;
      /* a lock taken when NT_SUCCESS: a success code may be a timeout */
      tail->maybe =
          when == LOCK_CONDITION_MAYBE || when == LOCK_CONDITION_ON_NT_SUCCESS;
      /* released when it returns non-zero (`_When_(return != 0,
       * _Releases_lock_(c->lock))`): the call splits its caller's state
       * into the two ways it can return */
      if (pass == 1 && when == LOCK_CONDITION_ON_SUCCESS) {
        tail->maybe = 1;
        tail->when_returns = 1;
        tail->when_is_eq = 0;
        tail->when_value = 0;
        head->outcome_count = 2;
        head->outcome_is_eq[0] = 0;
        head->outcome_is_eq[1] = 1;
        head->outcome_values[0] = head->outcome_values[1] = 0;
      }
    }
}

/* Does the callee's body say less than its unconditional acquire
 * annotation (it returns without the lock on some path: a try or a maybe
 * acquire, or no acquire of that lock at all), or release another lock
 * of the same parameter than the one its release annotation names
 * (`_Releases_lock_(_Curr_->Lock)` on a routine whose body releases
 * `Vde->Pdo->Lock`: an annotation naming a field the parameter's type may
 * not even have)? Then its callers use what the body does: an annotation
 * that promises more than the code keeps is the author's intent, not the
 * routine's behaviour. */
static int body_contradicts_annotations(const lock_annotation *anns,
                                        unsigned count,
                                        const fn_summary *summary,
                                        const ir_call *call) {
  for (unsigned i = 0; i < count; i++) {
    const lock_annotation *la = &anns[i];
    if ((la->kind != LOCK_ANNOTATION_ACQUIRES &&
         la->kind != LOCK_ANNOTATION_RELEASES) ||
        lock_annotation_condition(la, call) != LOCK_CONDITION_ALWAYS)
      continue;
    int always = 0, named = 0, other_release = 0;
    for (uint16_t k = 0; k < summary->effect_count; k++) {
      const summary_effect *se = &summary->effects[k];
      if (se->unnamed || se->lock.param != la->lock.param)
        continue;
      int releases =
          se->kind == SUMMARY_RELEASE || se->kind == SUMMARY_MAYBE_RELEASE;
      if (path_equal(&se->lock.path, &la->lock.path)) {
        always = se->kind == SUMMARY_ACQUIRE;
        named |= releases;
      } else if (releases) {
        other_release = 1;
      }
    }
    if (la->kind == LOCK_ANNOTATION_ACQUIRES ? !always
                                             : !named && other_release)
      return 1;
  }
  return 0;
}

/* Do the annotations say what the callee does to locks (acquires,
 * releases, or needs unheld to take)? `_Requires_lock_held_` alone
 * (`_Requires_lock_held_(_Global_critical_region_)` on most file-system
 * routines) states a precondition, not the routine's effects: its body's
 * summary says those. */
static int annotations_state_effects(const lock_annotation *anns,
                                     unsigned count) {
  for (unsigned i = 0; i < count; i++)
    if (anns[i].kind != LOCK_ANNOTATION_REQUIRES_HELD)
      return 1;
  return 0;
}

/* ---- _IRQL_saves_ and _IRQL_restores_ on routines the model does not
 * know: a driver's own raise/lower pair (`KIRQL RcuReadLock(void)`
 * annotated _IRQL_saves_ _IRQL_raises_(DISPATCH_LEVEL) and `VOID
 * RcuReadUnlock(_In_ _IRQL_restores_ KIRQL Irql)`), or a routine a real
 * header declares with _IRQL_saves_global_(kind, object) and
 * _IRQL_restores_global_(kind, object) (ExAcquireFastMutex's pair, a
 * driver's wrappers around it). A save is a raise whose previous IRQL is
 * kept where the annotation says: the returned value, the parameter's
 * pointee, or `object`'s field `kind` (as ExAcquireFastMutex keeps it in
 * its FAST_MUTEX's OldIrql); a restore is a lower back to what that place
 * holds. ---- */

/* The storage `_IRQL_saves_global_(kind, object)` names at this call. */
static int global_save_path(lock_fn *lf, const ir_annotation *a,
                            const ir_call *call, ir_path *out) {
  if (a->arg_count != 2)
    return 0;
  ir_path object;
  int found = 0;
  for (uint16_t i = 0; i < a->param_count && i < call->arg_count; i++)
    if (strcmp(a->params[i], a->args[1]) == 0)
      found = pointee(lf, &call->args[i], &object);
  if (!found) {
    memset(&object, 0, sizeof object);
    object.root_kind = PATH_ROOT_GLOBAL;
    object.root = a->args[1];
  }
  path_step field = {.kind = PATH_STEP_FIELD, .field = a->args[0]};
  *out = path_with_step(lf->mem, &object, field);
  return 1;
}

/* Where a callee saves the IRQL it raises from, if its annotations say. */
static int sal_save_path(lock_fn *lf, const ir_fn_decl *decl,
                         const ir_call *call, ir_path *out) {
  for (uint16_t i = 0; decl && i < decl->annotation_count; i++) {
    const ir_annotation *a = &decl->annotations[i];
    if (strcmp(a->name, "_IRQL_saves_global_") == 0 ||
        strcmp(a->name, "__drv_savesIRQLGlobal") == 0)
      return global_save_path(lf, a, call, out);
    if (strcmp(a->name, "_IRQL_saves_") != 0 &&
        strcmp(a->name, "__drv_savesIRQL") != 0)
      continue;
    if (a->param_index < 0) { /* on the function: the returned value */
      if (!call->has_result_target)
        return 0;
      *out = call->result_target;
      return 1;
    }
    if (a->param_index < call->arg_count)
      return pointee(lf, &call->args[a->param_index], out);
  }
  return 0;
}

/* Where a callee takes the IRQL it lowers back to: the argument of its
 * _IRQL_restores_ parameter (*arg: the index), or the storage of its
 * _IRQL_restores_global_ (*arg: -1). */
static int sal_restore_path(lock_fn *lf, const ir_fn_decl *decl,
                            const ir_call *call, ir_path *out, int *arg) {
  for (uint16_t i = 0; decl && i < decl->annotation_count; i++) {
    const ir_annotation *a = &decl->annotations[i];
    if (strcmp(a->name, "_IRQL_restores_global_") == 0 ||
        strcmp(a->name, "__drv_restoresIRQLGlobal") == 0) {
      *arg = -1;
      return global_save_path(lf, a, call, out);
    }
    if ((strcmp(a->name, "_IRQL_restores_") == 0 ||
         strcmp(a->name, "__drv_restoresIRQL") == 0) &&
        a->param_index >= 0 && a->param_index < call->arg_count) {
      *arg = a->param_index;
      const ir_value *v = &call->args[a->param_index];
      if (v->kind == IR_VALUE_LOAD)
        *out = v->path;
      else
        memset(out, 0, sizeof *out);
      return 1;
    }
  }
  return 0;
}

/* A raise or lower row for a callee's annotations: the level it raises to
 * (_IRQL_raises_), or the argument it lowers to. */
static const api_routine *sal_irql_row(lock_fn *lf, api_op op, int has_level,
                                       irql_level level, int arg) {
  api_routine *row = arena_alloc(lf->mem, sizeof *row);
  *row = plain_call_row;
  row->op = op;
  row->kind = API_KIND_IRQL;
  row->save_arg = (int8_t)arg;
  row->irql_effect = !has_level               ? API_IRQL_KEEP
                     : level == IRQL_APC      ? API_IRQL_TO_APC
                     : level == IRQL_DISPATCH ? API_IRQL_TO_DISPATCH
                     : level >= IRQL_DIRQL    ? API_IRQL_TO_DIRQL
                                              : API_IRQL_KEEP;
  return row;
}

/* Turns a plain call into the raise or lower its annotations describe. */
static void apply_sal_irql(lock_fn *lf, lock_op *op, const ir_call *call,
                           const irql_contract *annotated,
                           const lock_annotation *anns, unsigned ann_count) {
  ir_path where;
  int arg;
  if (sal_save_path(lf, call->callee_decl, call, &where)) {
    op->op = API_OP_RAISE;
    op->row = sal_irql_row(lf, API_OP_RAISE, annotated->has_raises_to,
                           (irql_level)annotated->raises_to, -1);
    op->slot = lock_fn_intern_slot(lf, &where);
    op->has_raises_to = 0; /* the raise itself sets the level */
    /* a lock it also acquires: leaving that lock held is
     * lock-not-released's finding, not irql-not-restored's */
    for (unsigned i = 0; i < ann_count; i++)
      if (anns[i].kind == LOCK_ANNOTATION_ACQUIRES)
        op->raise_with_lock = 1;
  } else if (sal_restore_path(lf, call->callee_decl, call, &where, &arg)) {
    op->op = API_OP_LOWER;
    op->row = sal_irql_row(lf, API_OP_LOWER, 0, IRQL_PASSIVE, arg);
    if (where.root)
      op->restore_slot = lock_fn_intern_slot(lf, &where);
  }
}

static int summary_has_facts(const fn_summary *s) {
  return s && !s->unknown &&
         (s->never_returns || s->effect_count || s->has_irql_min ||
          s->has_irql_max || s->has_return_irql || s->touches_spin_lock ||
          s->touches_pageable || s->completes_request || s->lock_use_count ||
          s->has_return);
}

/* A call through a pointer whose function type is a role the system calls
 * holding a lock (a cancel routine called as Irp->CancelRoutine(…) while
 * the caller holds the cancel spin lock, as the system would call it):
 * the routine releases that lock, restoring the IRQL its holder saved. */
static int lower_role_call(lock_fn *lf, const cfg_block *block,
                           const ir_event *ev) {
  const ir_call *call = &ev->u.call;
  const role_hold *hold =
      call->callee ? NULL : role_hold_lookup(call->callee_type);
  if (!hold)
    return 0;
  lock_op *op = arena_alloc(lf->mem, sizeof *op);
  op->event = ev;
  op->block = block;
  op->row = &plain_call_row;
  op->written = arena_printf(lf->mem, "a %s routine", call->callee_type);
  op->op = API_OP_CALL;
  op->kind = API_KIND_NONE;
  op->lock = op->slot = op->restore_slot = LOCK_NONE;
  op->irql_min = IRQL_PASSIVE;
  op->irql_max = IRQL_HIGH;
  ir_path lock;
  memset(&lock, 0, sizeof lock);
  lock.root_kind = PATH_ROOT_NAMED;
  lock.root = hold->lock;
  const api_routine *release = api_model_global_lock_row(hold->lock, 0);
  lock_op *effect = append_effect(
      lf, op, API_OP_RELEASE, release ? (api_kind)release->kind : API_KIND_NONE,
      API_IRQL_RESTORE, lock_fn_intern_lock(lf, &lock));
  effect->written = op->written;
  lf->op_by_event[ev->id] = op;
  return 1;
}

/* `_When_(cond, _IRQL_raises_(X))`: decided by the call's constant
 * arguments, or a raise on the success of what it returns (then the branch
 * that tests the result decides; untested, the IRQL may be either). */
static void conditional_raise(lock_op *op, const ir_call *call) {
  const ir_fn_decl *decl = call->callee_decl;
  for (uint16_t i = 0; decl && i < decl->annotation_count; i++) {
    const ir_annotation *a = &decl->annotations[i];
    if (strcmp(a->name, "_When_") != 0 || a->arg_count < 2)
      continue;
    for (uint16_t k = 1; k < a->arg_count; k++) {
      irql_level level;
      const char *inner = a->args[k];
      const char *open = strchr(inner, '(');
      size_t n = open ? (size_t)(open - inner) : 0;
      char arg[64];
      size_t len = open ? strlen(open + 1) : 0;
      if (!open || len == 0 || len >= sizeof arg ||
          !((n == 13 && strncmp(inner, "_IRQL_raises_", n) == 0) ||
            (n == 16 && strncmp(inner, "__drv_raisesIRQL", n) == 0)))
        continue;
      memcpy(arg, open + 1, len - 1); /* without the closing parenthesis */
      arg[len - 1] = '\0';
      if (!irql_level_from_name(arg, &level))
        continue;
      lock_condition when = sal_condition(a->args[0], a, call);
      if (when == LOCK_CONDITION_NEVER)
        continue;
      op->raises_to = (uint8_t)level;
      op->has_raises_to = 1;
      op->raises_when = (uint8_t)when;
    }
  }
}

static int restores_irql(const ir_fn_decl *decl) {
  for (uint16_t i = 0; decl && i < decl->annotation_count; i++) {
    const char *n = decl->annotations[i].name;
    if (strcmp(n, "_IRQL_restores_") == 0 ||
        strcmp(n, "_IRQL_restores_global_") == 0 ||
        strcmp(n, "__drv_restoresIRQL") == 0 ||
        strcmp(n, "__drv_restoresIRQLGlobal") == 0)
      return 1;
  }
  return 0;
}

/* The completion routine (API_COMPLETES) a call is, by the names it was
 * written through (outermost first) or its callee, else NULL. */
static const char *completion_routine(const ir_call *call) {
  for (uint16_t i = 0; i < call->macro_count; i++)
    if (api_model_completes(call->macro_chain[i]))
      return call->macro_chain[i];
  return api_model_completes(call->callee) ? call->callee : NULL;
}

/* A routine that also enters or leaves the critical region
 * (ExEnterCriticalRegionAndAcquireResourceExclusive,
 * ExReleaseResourceAndLeaveCriticalRegion, the Flt forms): a second op
 * after the lock's, entering or leaving it as KeEnterCriticalRegion /
 * KeLeaveCriticalRegion do, so that it counts with them (a driver enters
 * with one form and leaves with the other). Its IRQL bound is the
 * routine's own op's. */
static void add_critical_region_op(lock_fn *lf, lock_op *op,
                                   const ir_call *call) {
  int enters = (op->op == API_OP_ACQUIRE || op->op == API_OP_TRY_ACQUIRE) &&
               api_model_enters_critical_region(op->row->name);
  int leaves = op->op == API_OP_RELEASE &&
               api_model_leaves_critical_region(op->row->name);
  if (!enters && !leaves)
    return;
  const api_routine *row = api_model_lookup(enters ? "KeEnterCriticalRegion"
                                                   : "KeLeaveCriticalRegion");
  ir_path lock;
  if (!row || !lock_path(lf, row, call, &lock))
    return;
  lock_op *region = arena_alloc(lf->mem, sizeof *region);
  memset(region, 0, sizeof *region);
  region->event = op->event;
  region->block = op->block;
  region->row = row;
  region->written = op->written;
  region->op = row->op;
  region->kind = row->kind;
  region->callee = op->callee;
  region->maybe = op->maybe || op->op == API_OP_TRY_ACQUIRE;
  region->lock = lf_intern_lock_spelled(lf, &lock, &region->spelled);
  region->slot = LOCK_NONE;
  region->restore_slot = LOCK_NONE;
  region->keeps_irql = 1;
  op->next = region;
}

static void lower_call(lock_fn *lf, const cfg_block *block, const ir_event *ev,
                       const fn_summary *const *summaries) {
  const ir_call *call = &ev->u.call;
  api_kind unnamed = api_model_acquires_unnamed(call->callee);
  if (unnamed != API_KIND_NONE)
    lf->unnamed_families |= 1u << api_kind_family(unnamed);
  if (lower_role_call(lf, block, ev))
    return;
  const char *written = lock_fn_written_name(call);
  /* a call through a function pointer with known targets is written as
   * its only target, or as the slot */
  if (!written && call->indirect && call->indirect->target_count)
    written = call->target ? call->target->name : call->indirect->slot_name;
  const api_routine *callee_row = api_model_lookup(call->callee);
  /* a routine that waits on any kind of object, here a lock */
  const api_routine *by_object =
      callee_row ? api_model_by_object(call->callee, call->arg0_record) : NULL;
  if (by_object)
    callee_row = by_object;
  const api_routine *written_row =
      written != call->callee ? api_model_lookup(written) : NULL;
  irql_contract annotated;
  irql_contract_of_callee(call->callee_decl, &annotated);
  int paged = call->callee_decl && call->callee_decl->paged;
  const fn_summary *summary = NULL;
  lock_annotation anns[LOCK_ANNOTATIONS_MAX];
  unsigned ann_count = 0;
  if (!callee_row && !written_row) {
    const fn_summary *general =
        summaries && call->target ? summaries[call->target->id] : NULL;
    /* a call through a slot the program fills with several functions */
    if (!general && call->indirect && lf->specializer &&
        lf->specializer->indirect_summary)
      general = lf->specializer->indirect_summary(lf->specializer->ctx, call);
    /* a callee whose effects depend on an argument given here as a
     * constant: its summary for that value */
    if (general && general->tested_params && lf->specializer &&
        lf->specializer->summary_for) {
      const fn_summary *own = lf->specializer->summary_for(
          lf->specializer->ctx, lf->cfg, lf->specializer->bindings,
          lf->specializer->binding_count, call);
      if (own)
        general = own;
    }
    if (summary_has_facts(general))
      summary = general;
    ann_count = lock_annotations_of(call->callee_decl, lf->mem, anns);
  }
  const char *completes = completion_routine(call);
  /* the documented IRQL (irql_facts.def) of a routine the model does not
   * describe and the program does not define: its bound when no IRQL
   * annotation on the declaration this unit sees states one, and what
   * notes cite when the annotation agrees */
  const irql_fact *documented = NULL;
  if (!callee_row && !written_row && !call->target)
    documented = irql_fact_of_call(call);
  if (!callee_row && !written_row && !annotated.has_requirement &&
      !annotated.has_raises_to && !annotated.returns_raised && !paged &&
      !summary && !ann_count && !completes && !documented &&
      !restores_irql(call->callee_decl) &&
      !(call->callee_decl && ir_fn_decl_find(call->callee_decl, "_When_")))
    return;
  /* the expanded call has the real argument layout; the written name
   * decides the acquisition kind (NdisDprAcquireSpinLock expands to
   * KeAcquireSpinLockAtDpcLevel but is still a Dpr acquire of an NDIS lock) */
  const api_routine *row = callee_row    ? callee_row
                           : written_row ? written_row
                                         : &plain_call_row;
  lock_op *op = arena_alloc(lf->mem, sizeof *op);
  op->event = ev;
  op->block = block;
  op->row = row;
  op->written = written ? written : row->name;
  op->op = row->op;
  op->kind = row->kind;
  op->for_thread =
      row->op == API_OP_RELEASE && api_model_releases_for_thread(call->callee);
  op->callee = call->callee_decl;
  op->completes = completes;
  op->documented = documented;
  if (written_row && written_row->op == row->op)
    op->kind = written_row->kind;
  /* a project routine (.irqlint.yaml `like`) takes its lock's kind from
   * the lock's declared type where the model's rows name it (an ERESOURCE
   * behind a routine `like` a spin-lock one is still a resource), with the
   * IRQL effect of that kind */
  if (api_model_is_project_row(row) && row->lock_form == API_LOCK_POINTER &&
      row->lock_arg == 0) {
    api_kind typed = api_model_kind_of_type(call->arg0_record,
                                            api_kind_mode((api_kind)op->kind));
    if (typed != API_KIND_NONE &&
        api_kind_family(typed) != api_kind_family((api_kind)op->kind)) {
      api_routine *own = arena_alloc(lf->mem, sizeof *own);
      *own = *row;
      own->kind = (uint8_t)typed;
      if (!api_kind_is_spin(typed) &&
          (own->irql_effect == API_IRQL_TO_DISPATCH ||
           own->irql_effect == API_IRQL_TO_DIRQL ||
           own->irql_effect == API_IRQL_RESTORE))
        own->irql_effect = api_kind_family(typed) == API_FAMILY_FAST_MUTEX
                               ? (row->op == API_OP_RELEASE ? API_IRQL_RESTORE
                                                            : API_IRQL_TO_APC)
                               : API_IRQL_KEEP;
      if (!api_kind_is_spin(typed))
        own->save = api_kind_family(typed) == API_FAMILY_FAST_MUTEX
                        ? API_SAVE_IN_LOCK
                        : API_SAVE_NONE;
      row = own;
      op->row = own;
      op->kind = (uint8_t)typed;
    }
  }
  /* an acquire that does not wait for its lock (Wait == FALSE, a
   * Timeout) unless a constant argument says it does */
  const api_wait_condition *waits =
      row->op == API_OP_ACQUIRE ? api_model_wait_condition(row->name) : NULL;
  if (waits) {
    const ir_value *v =
        waits->arg < call->arg_count ? &call->args[waits->arg] : NULL;
    if (!v || v->kind != IR_VALUE_CONST ||
        !api_arg_test_holds((api_arg_test)waits->test, v->constant)) {
      if (waits->otherwise == API_NO_WAIT_TRY)
        op->op = API_OP_TRY_ACQUIRE;
      else
        op->maybe = 1;
    } else if (waits->otherwise == API_NO_WAIT_TRY) {
      op->returns_nonzero = 1; /* waited: acquired, TRUE */
    } else {
      /* waited, and nothing can cut the wait short: STATUS_SUCCESS */
      const api_wait_success *ok = api_model_wait_success(row->name);
      const ir_value *w = ok && ok->arg >= 0 && ok->arg < call->arg_count
                              ? &call->args[ok->arg]
                              : NULL;
      if (ok && (ok->arg < 0 ||
                 (w && w->kind == IR_VALUE_CONST &&
                  api_arg_test_holds((api_arg_test)ok->test, w->constant))))
        op->returns_success = 1;
    }
  }
  op->lock = LOCK_NONE;
  op->slot = LOCK_NONE;
  op->restore_slot = LOCK_NONE;
  ir_path lock;
  int have_lock = lock_path(lf, row, call, &lock);
  if (have_lock)
    op->lock = lf_intern_lock_spelled(lf, &lock, &op->spelled);
  ir_path slot;
  if (slot_path(lf, row, call, &lock, have_lock, &slot))
    op->slot = lock_fn_intern_slot(lf, &slot);
  /* the IRQL a release or a lower goes back to, when read from storage */
  int level_arg = row->op == API_OP_LOWER           ? 0
                  : row->save == API_SAVE_ARG_VALUE ? row->save_arg
                                                    : -1;
  if (level_arg >= 0 && level_arg < call->arg_count &&
      call->args[level_arg].kind == IR_VALUE_LOAD)
    op->restore_slot = lock_fn_intern_slot(lf, &call->args[level_arg].path);

  if (row != &plain_call_row) {
    op->has_irql_bounds = 1;
    op->irql_min = row->irql_min;
    op->irql_max = row->irql_max;
    apply_conditions(call->callee, call, op);
  } else {
    op->irql_min = IRQL_PASSIVE;
    op->irql_max = IRQL_HIGH;
    op->summary = summary;
    /* the body's requirements count only where no annotation states them */
    int min_applies = summary && summary->has_irql_min &&
                      summary_guard_admits(&summary->min_guard, call);
    int max_applies = summary && summary->has_irql_max &&
                      summary_guard_admits(&summary->max_guard, call);
    if (!annotated.has_requirement && (min_applies || max_applies)) {
      op->has_irql_bounds = 1;
      op->bounds_from_summary = 1;
      if (min_applies)
        op->irql_min = summary->irql_min;
      if (max_applies)
        op->irql_max = summary->irql_max;
    } else if (documented && !annotated.has_requirement) {
      op->has_irql_bounds = 1;
      op->irql_min = documented->min;
      op->irql_max = documented->max;
    }
  }
  if (annotated.has_requirement) {
    if (annotated.min > op->irql_min || annotated.max < op->irql_max ||
        !op->has_irql_bounds)
      op->bounds_from_annotation = 1;
    if (annotated.min > op->irql_min)
      op->irql_min = annotated.min;
    if (annotated.max < op->irql_max)
      op->irql_max = annotated.max;
    op->has_irql_bounds = 1;
  }
  if (op->irql_min > op->irql_max) /* the sources disagree: trust neither */
    op->has_irql_bounds = 0;
  op->has_raises_to = annotated.has_raises_to;
  op->raises_to = annotated.raises_to;
  conditional_raise(op, call);
  if (!op->has_raises_to && summary && summary->has_return_irql) {
    op->has_raises_to = 1;
    op->raises_to = summary->return_irql;
  }
  op->ends_path = summary && summary->never_returns;
  if (ann_count && summary &&
      (body_contradicts_annotations(anns, ann_count, summary, call) ||
       !annotations_state_effects(anns, ann_count)))
    ann_count = 0;
  if (row == &plain_call_row)
    apply_sal_irql(lf, op, call, &annotated, anns, ann_count);
  if (ann_count)
    add_annotation_effects(lf, op, anns, ann_count);
  else if (summary)
    add_summary_effects(lf, op, summary);
  else if (row != &plain_call_row)
    add_critical_region_op(lf, op, call);
  lf->op_by_event[ev->id] = op;
}

/* The stale twin of every lock reached through a local or parameter
 * pointer (path_entry.stale_twin): the same path under a root identity no
 * variable has, so it is a lock of its own that nothing names. */
static void add_stale_twins(lock_fn *lf) {
  uint16_t named = lf->lock_count;
  for (uint16_t i = 0; i < named; i++) {
    ir_path p = lf->locks[i].path;
    if ((p.root_kind != PATH_ROOT_LOCAL && p.root_kind != PATH_ROOT_PARAM) ||
        p.step_count == 0 || p.steps[0].kind != PATH_STEP_DEREF)
      continue;
    p.root_kind = PATH_ROOT_LOCAL;
    p.root_id = 0xFFFF0000u | i; /* no declaration has it */
    uint16_t twin = lock_fn_intern_lock(lf, &p);
    if (twin == LOCK_NONE)
      break;
    lf->locks[i].stale_twin = twin;
    lf->locks[twin].stale = 1;
  }
}

/* The lock every path through a back pointer names once the trip out and
 * back is taken as returning to the owner (path_entry.round_trip). */
static void add_round_trips(lock_fn *lf) {
  uint16_t named = lf->lock_count;
  for (uint16_t i = 0; i < named; i++) {
    ir_path owner, p = lf->locks[i].path;
    int trips = 0;
    while (trips < 4 && path_without_round_trip(lf->mem, &p, &owner)) {
      p = owner;
      trips++;
    }
    if (!trips)
      continue;
    uint16_t to =
        lf_intern_path(lf, &lf->locks, &lf->lock_count, &lf->lock_cap, &p);
    if (to == LOCK_NONE)
      break;
    lf->locks[i].round_trip = to;
  }
}

lock_fn *lock_fn_build(cfg_function *fn, arena *mem,
                       const fn_summary *const *summaries,
                       const lock_fn_specializer *specializer) {
  lock_fn *lf = arena_alloc(mem, sizeof *lf);
  lf->cfg = fn;
  lf->specializer = specializer;
  lf->mem = mem;
  lf->event_count = fn->event_count;
  lf->op_by_event =
      arena_alloc(mem, sizeof(lock_op *) * (fn->event_count + 1u));
  lf_find_aliases(lf, summaries);
  uint64_t *killed = lf->alias_count ? lf_compute_alias_validity(lf) : NULL;
  for (uint32_t b = 0; b < fn->block_count; b++) {
    const cfg_block *block = fn->blocks[b];
    for (uint32_t i = 0; i < block->event_count; i++)
      if (block->events[i].kind == IR_EVENT_CALL) {
        lf->valid_now = killed ? lf->aliases_valid[block->events[i].id] : 0;
        lower_call(lf, block, &block->events[i], summaries);
      }
  }
  lf->valid_now = 0;
  /* A queued-lock release names only its handle: it releases the lock
   * the closest acquire before it (in source order) stored into that
   * handle, so one KLOCK_QUEUE_HANDLE reused for one lock after another
   * releases each in turn; with none before it, the first one after. */
  for (uint32_t e = 0; e < lf->event_count; e++) {
    lock_op *rel = lf->op_by_event[e];
    if (!rel || rel->op != API_OP_RELEASE ||
        rel->row->lock_form != API_LOCK_BY_QUEUE_HANDLE ||
        rel->slot == LOCK_NONE)
      continue;
    const lock_op *before = NULL, *after = NULL;
    for (uint32_t a = 0; a < lf->event_count; a++) {
      lock_op *acq = lf->op_by_event[a];
      if (!acq || acq->op != API_OP_ACQUIRE || acq->slot != rel->slot ||
          acq->lock == LOCK_NONE)
        continue;
      if (a < e)
        before = acq;
      else if (!after)
        after = acq;
    }
    if (before || after) {
      rel->lock = (before ? before : after)->lock;
      rel->spelled = (before ? before : after)->spelled;
    }
  }
  for (uint32_t e = 0; e < lf->event_count; e++)
    for (lock_op *op = lf->op_by_event[e]; op; op = op->next)
      if (!op->maybe && lf_is_acquire_of_lock(op))
        lf->locks[op->lock].acquired_here = 1;
  if (killed) {
    lf->renames =
        arena_alloc(mem, sizeof(lock_rename *) * (fn->event_count + 1u));
    lf_add_alias_renames(lf, killed);
    free(killed);
  }
  lf_mark_releases_of_callers_locks(lf);
  lf_mark_locks_held_by_caller(lf);
  add_stale_twins(lf);
  add_round_trips(lf);
  return lf;
}

const lock_rename *lock_fn_renames(const lock_fn *lf, const ir_event *ev) {
  return lf->renames && ev->id < lf->event_count ? lf->renames[ev->id] : NULL;
}

const char *lock_fn_lock_class(lock_fn *lf, uint16_t lock) {
  path_entry *e = &lf->locks[lock];
  if (!e->class_known) {
    e->lock_class = summary_lock_class(&e->path, lf->mem);
    e->class_known = 1;
  }
  return e->lock_class;
}

int lock_op_retaken_in_call(const lock_op *op) {
  for (const lock_op *o = op->next; o; o = o->next)
    if (o->effect && o->retake && o->lock == op->lock)
      return 1;
  return 0;
}

const lock_rename *lock_fn_edge_renames(const lock_fn *lf, uint32_t block,
                                        uint32_t succ_index) {
  return lf->edge_renames && block < lf->cfg->block_count &&
                 lf->edge_renames[block]
             ? lf->edge_renames[block][succ_index]
             : NULL;
}

const char *lock_fn_op_lock_name(const lock_fn *lf, const lock_op *op) {
  return op->spelled ? op->spelled : lock_fn_lock_name(lf, op->lock);
}

const lock_op *lock_fn_op(const lock_fn *lf, const ir_event *ev) {
  return ev->id < lf->event_count ? lf->op_by_event[ev->id] : NULL;
}

const lock_op *lock_fn_op_for_lock(const lock_fn *lf, uint32_t event_id,
                                   uint16_t lock, int acquire) {
  const lock_op *head =
      event_id < lf->event_count ? lf->op_by_event[event_id] : NULL;
  const lock_op *naming = NULL;
  /* a held lock renamed to a local's spelling was acquired as its path */
  uint16_t was =
      lock < lf->lock_count ? lf->locks[lock].renamed_from : LOCK_NONE;
  for (const lock_op *op = head; op; op = op->next) {
    if (op->lock != lock && (was == LOCK_NONE || op->lock != was))
      continue;
    int is_acquire = lf_is_acquire_of_lock(op);
    if (acquire ? is_acquire : op->op == API_OP_RELEASE)
      return op;
    if (!naming)
      naming = op;
  }
  return naming ? naming : head;
}

int lock_fn_release_is_callers(const lock_fn *lf, uint16_t lock,
                               const lock_op *release) {
  return !lf->locks[lock].acquired_here || release->releases_callers_lock ||
         lf->locks[lock].held_by_caller;
}

const char *lock_fn_lock_name(const lock_fn *lf, uint16_t lock) {
  return lock < lf->lock_count ? lf->locks[lock].display : "?";
}

void lock_fn_release(lock_fn *lf) {
  free(lf->locks);
  free(lf->slots);
  lf->locks = NULL;
  lf->slots = NULL;
  lf->lock_count = lf->slot_count = 0;
}

int lock_op_summary_uses_spin_lock(const lock_op *op) {
  return op->summary && op->summary->touches_spin_lock &&
         !op->spin_lock_refuted;
}

const held_lock *lock_op_takes_held(const lock_state *before, const lock_op *op,
                                    int *blocks) {
  *blocks = 0;
  if (op->maybe || op->lock == LOCK_NONE || before->lost ||
      (op->op != API_OP_ACQUIRE && op->op != API_OP_TRY_ACQUIRE &&
       op->op != API_OP_INTERLOCKED && !op->requires_unheld))
    return NULL;
  int i = lockset_find(before, op->lock);
  if (i < 0 || before->held[i].maybe)
    return NULL;
  const held_lock *h = &before->held[i];
  /* NDIS reader/writer locks may be taken for reading again by a thread
   * that reads already; only a write acquire on either side deadlocks
   * (NdisAcquireReadWriteLock's mode is an argument: not known here) */
  if (api_kind_family((api_kind)h->kind) == API_FAMILY_NDIS_RW &&
      h->kind != API_KIND_NDIS_RW_WRITE && op->kind != API_KIND_NDIS_RW_WRITE)
    return NULL;
  /* an executive resource and a critical region may be taken again by
   * their holder (and a _Requires_lock_not_held_ callee's contract is not
   * broken by the holder's own recursive hold) */
  if (api_kind_is_recursive((api_kind)h->kind) &&
      (api_kind_is_recursive((api_kind)op->kind) || op->requires_unheld))
    return NULL;
  /* a try-acquire returns FALSE; a callee's _Requires_lock_not_held_ is a
   * contract, not an acquire */
  *blocks = op->op != API_OP_TRY_ACQUIRE && !op->requires_unheld;
  return h;
}
