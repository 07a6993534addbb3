/* Lowers call events to lock operations through the API model and interns
 * the locks and OldIrql slots they name (see lock_fn.h). */
#include "lock_fn.h"

#include "../../rules/irql_contract.h"

#include <stdlib.h>
#include <string.h>

const char *lock_fn_written_name(const ir_call *call) {
  for (uint16_t i = 0; i < call->macro_count; i++)
    if (api_model_lookup(call->macro_chain[i]))
      return call->macro_chain[i];
  return call->callee;
}

/* Interns a path into one of the function's tables (locks or OldIrql
 * slots); the tables are tiny, so a linear search is the fastest lookup. */
static uint16_t intern_path(lock_fn *lf, path_entry **table, uint16_t *count,
                            uint16_t *cap, const ir_path *path) {
  strbuf key;
  strbuf_init(&key);
  path_key(&key, path);
  for (uint16_t i = 0; i < *count; i++)
    if (strcmp((*table)[i].key, strbuf_cstr(&key)) == 0) {
      strbuf_free(&key);
      return i;
    }
  if (*count == LOCK_NONE - 1) {
    strbuf_free(&key);
    return LOCK_NONE;
  }
  strbuf display;
  strbuf_init(&display);
  path_print(&display, path);
  path_entry e = {arena_strdup(lf->mem, strbuf_cstr(&key)),
                  arena_strdup(lf->mem, strbuf_cstr(&display)), 0};
  strbuf_free(&key);
  strbuf_free(&display);
  size_t n = *count, c = *cap;
  VEC_PUSH(*table, n, c, e);
  *count = (uint16_t)n;
  *cap = (uint16_t)c;
  return (uint16_t)(n - 1);
}

static uint16_t intern_lock(lock_fn *lf, const ir_path *path) {
  return intern_path(lf, &lf->locks, &lf->lock_count, &lf->lock_cap, path);
}

static uint16_t intern_slot(lock_fn *lf, const ir_path *path) {
  return intern_path(lf, &lf->slots, &lf->slot_count, &lf->slot_cap, path);
}

/* The object a pointer argument designates: &x names x, p names *p. */
static int pointee(lock_fn *lf, const ir_value *v, ir_path *out) {
  if (v->kind == IR_VALUE_ADDR) {
    *out = v->path;
    return 1;
  }
  if (v->kind == IR_VALUE_LOAD) {
    path_step step = {PATH_STEP_DEREF, 0, NULL, 0};
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
    path_step step = {PATH_STEP_FIELD, 0, "OldIrql", 0};
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

static void lower_call(lock_fn *lf, const cfg_block *block,
                       const ir_event *ev) {
  const ir_call *call = &ev->u.call;
  const char *written = lock_fn_written_name(call);
  const api_routine *callee_row = api_model_lookup(call->callee);
  const api_routine *written_row =
      written != call->callee ? api_model_lookup(written) : NULL;
  irql_contract annotated;
  irql_contract_of_callee(call->callee_decl, &annotated);
  int paged = call->callee_decl && call->callee_decl->paged;
  if (!callee_row && !written_row && !annotated.has_requirement &&
      !annotated.has_raises_to && !paged)
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
  op->callee = call->callee_decl;
  if (written_row && written_row->op == row->op)
    op->kind = written_row->kind;
  op->lock = LOCK_NONE;
  op->slot = LOCK_NONE;
  op->restore_slot = LOCK_NONE;
  ir_path lock;
  int have_lock = lock_path(lf, row, call, &lock);
  if (have_lock)
    op->lock = intern_lock(lf, &lock);
  ir_path slot;
  if (slot_path(lf, row, call, &lock, have_lock, &slot))
    op->slot = intern_slot(lf, &slot);
  /* the IRQL a release or a lower goes back to, when read from storage */
  int level_arg = row->op == API_OP_LOWER           ? 0
                  : row->save == API_SAVE_ARG_VALUE ? row->save_arg
                                                    : -1;
  if (level_arg >= 0 && level_arg < call->arg_count &&
      call->args[level_arg].kind == IR_VALUE_LOAD)
    op->restore_slot = intern_slot(lf, &call->args[level_arg].path);

  if (row != &plain_call_row) {
    op->has_irql_bounds = 1;
    op->irql_min = row->irql_min;
    op->irql_max = row->irql_max;
    apply_conditions(call->callee, call, op);
  } else {
    op->irql_min = IRQL_PASSIVE;
    op->irql_max = IRQL_HIGH;
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
  lf->op_by_event[ev->id] = op;
}

lock_fn *lock_fn_build(cfg_function *fn) {
  lock_fn *lf = arena_alloc(fn->mem, sizeof *lf);
  lf->cfg = fn;
  lf->mem = fn->mem;
  lf->event_count = fn->event_count;
  lf->op_by_event =
      arena_alloc(fn->mem, sizeof(lock_op *) * (fn->event_count + 1u));
  for (uint32_t b = 0; b < fn->block_count; b++) {
    const cfg_block *block = fn->blocks[b];
    for (uint32_t i = 0; i < block->event_count; i++)
      if (block->events[i].kind == IR_EVENT_CALL)
        lower_call(lf, block, &block->events[i]);
  }
  /* A queued-lock release names only its handle: it releases whichever
   * lock an acquire in this function stored into that handle. */
  for (uint32_t e = 0; e < lf->event_count; e++) {
    lock_op *rel = lf->op_by_event[e];
    if (!rel || rel->op != API_OP_RELEASE ||
        rel->row->lock_form != API_LOCK_BY_QUEUE_HANDLE ||
        rel->slot == LOCK_NONE)
      continue;
    for (uint32_t a = 0; a < lf->event_count; a++) {
      lock_op *acq = lf->op_by_event[a];
      if (acq && acq->op == API_OP_ACQUIRE && acq->slot == rel->slot &&
          acq->lock != LOCK_NONE) {
        rel->lock = acq->lock;
        break;
      }
    }
  }
  for (uint32_t e = 0; e < lf->event_count; e++) {
    lock_op *op = lf->op_by_event[e];
    if (op && op->lock != LOCK_NONE &&
        (op->op == API_OP_ACQUIRE || op->op == API_OP_TRY_ACQUIRE))
      lf->locks[op->lock].acquired_here = 1;
  }
  return lf;
}

const lock_op *lock_fn_op(const lock_fn *lf, const ir_event *ev) {
  return ev->id < lf->event_count ? lf->op_by_event[ev->id] : NULL;
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
