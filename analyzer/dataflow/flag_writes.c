/* Later writes into chosen paths (see flag_writes.h): a backward
 * must-analysis whose facts per path are NONE < BITS(m) / STORE(v) < TOP,
 * met over successors (bits every path sets; a constant every path
 * stores), iterated to a fixpoint over post-order. */
#include "flag_writes.h"

#include <string.h>

struct later_writes {
  uint16_t path_count;
  uint32_t event_count;
  later_write *after; /* event_count * path_count */
};

static later_write write_of(later_write_kind kind, int64_t value) {
  later_write w = {(uint8_t)kind, value};
  return w;
}

static later_write later_write_meet(later_write a, later_write b) {
  if (a.kind == LATER_WRITE_TOP)
    return b;
  if (b.kind == LATER_WRITE_TOP)
    return a;
  if (a.kind == LATER_WRITE_BITS && b.kind == LATER_WRITE_BITS &&
      (a.value & b.value) != 0)
    return write_of(LATER_WRITE_BITS, a.value & b.value);
  if (a.kind == LATER_WRITE_STORE && b.kind == LATER_WRITE_STORE &&
      a.value == b.value)
    return a;
  return write_of(LATER_WRITE_NONE, 0);
}

/* Does reading `v` read the value at `p` (the path itself or a part of
 * it)? A pointer to the object holding it is not a read of it: a callee
 * given `Adapter` is not assumed to look at Adapter->Flags. */
static int value_reads(const ir_value *v, const ir_path *p) {
  return v->kind == IR_VALUE_LOAD && path_overlaps(&v->path, p) &&
         v->path.step_count >= p->step_count;
}

/* The fact before event `ev`, given the fact after it. */
static later_write transfer(const ir_event *ev, const ir_path *p,
                            later_write after) {
  if (ev->kind == IR_EVENT_ASSIGN) {
    const ir_assign *as = &ev->u.assign;
    if (path_equal(&as->target, p)) {
      if (as->op == IR_ASSIGN_OR && as->value.kind == IR_VALUE_CONST &&
          as->value.constant != 0)
        return write_of(LATER_WRITE_BITS,
                        as->value.constant |
                            (after.kind == LATER_WRITE_BITS ? after.value : 0));
      if (as->op == IR_ASSIGN_STORE && as->value.kind == IR_VALUE_CONST)
        return write_of(LATER_WRITE_STORE, as->value.constant);
      return write_of(LATER_WRITE_NONE, 0);
    }
    if (path_write_changes(&as->target, p) || value_reads(&as->value, p))
      return write_of(LATER_WRITE_NONE, 0);
    return after;
  }
  const ir_call *call = &ev->u.call;
  for (uint16_t i = 0; i < call->arg_count; i++) {
    const ir_value *arg = &call->args[i];
    /* the callee may write through the address, or reads the flag */
    if ((arg->kind == IR_VALUE_ADDR && path_write_changes(&arg->path, p)) ||
        value_reads(arg, p))
      return write_of(LATER_WRITE_NONE, 0);
  }
  if (call->has_result_target && path_write_changes(&call->result_target, p))
    return write_of(LATER_WRITE_NONE, 0);
  return after;
}

/* Runs block b backwards from the meet of its successors; stores the fact
 * after each event when `record`; returns whether its entry facts
 * changed. */
static int run_block_backward(const cfg_function *fn, const cfg_block *b,
                              const ir_path *paths, uint16_t n,
                              later_write *entry, later_writes *lw,
                              int record) {
  int changed = 0;
  for (uint16_t i = 0; i < n; i++) {
    later_write cur = write_of(LATER_WRITE_TOP, 0);
    if (b->succ_count == 0)
      cur = write_of(LATER_WRITE_NONE, 0); /* the path ends (or is the exit) */
    for (uint32_t k = 0; k < b->succ_count; k++)
      cur = b->succ[k] == fn->exit
                ? later_write_meet(cur, write_of(LATER_WRITE_NONE, 0))
                : later_write_meet(cur, entry[b->succ[k] * n + i]);
    if (b->term == CFG_TERM_BRANCH &&
        (value_reads(&b->cond.value, &paths[i]) ||
         (b->cond.kind == IR_COND_SAME &&
          value_reads(&b->cond.other, &paths[i]))))
      cur = write_of(LATER_WRITE_NONE, 0);
    for (uint32_t k = b->event_count; k-- > 0;) {
      if (record && b->events[k].id < lw->event_count)
        lw->after[b->events[k].id * n + i] = cur;
      cur = transfer(&b->events[k], &paths[i], cur);
    }
    later_write *old = &entry[b->id * n + i];
    if (old->kind != cur.kind || old->value != cur.value) {
      *old = cur;
      changed = 1;
    }
  }
  return changed;
}

later_writes *later_writes_compute(const cfg_function *fn, const ir_path *paths,
                                   uint16_t path_count, arena *mem) {
  later_writes *lw = arena_alloc(mem, sizeof *lw);
  lw->path_count = path_count;
  lw->event_count = fn->event_count;
  size_t cells = (size_t)fn->event_count * path_count;
  lw->after = arena_alloc(mem, sizeof(later_write) * (cells ? cells : 1));
  for (size_t i = 0; i < cells; i++)
    lw->after[i] = write_of(LATER_WRITE_NONE, 0);
  if (!path_count)
    return lw;
  size_t entry_cells = (size_t)fn->block_count * path_count;
  later_write *entry = arena_alloc(mem, sizeof(later_write) * entry_cells);
  for (size_t i = 0; i < entry_cells; i++)
    entry[i] = write_of(LATER_WRITE_TOP, 0);
  uint32_t *rpo = arena_alloc(mem, sizeof(uint32_t) * (fn->block_count + 1u));
  uint32_t count = cfg_reverse_post_order(fn, rpo);
  /* facts only go down the lattice, so this ends; post-order first makes
   * loop-free code settle in one round */
  for (int changed = 1; changed;) {
    changed = 0;
    for (uint32_t i = count; i-- > 0;)
      changed |= run_block_backward(fn, fn->blocks[rpo[i]], paths, path_count,
                                    entry, lw, 0);
  }
  for (uint32_t i = count; i-- > 0;)
    run_block_backward(fn, fn->blocks[rpo[i]], paths, path_count, entry, lw, 1);
  return lw;
}

later_write later_writes_after(const later_writes *lw, uint32_t event_id,
                               uint16_t path_index) {
  if (event_id >= lw->event_count || path_index >= lw->path_count)
    return write_of(LATER_WRITE_NONE, 0);
  later_write w = lw->after[event_id * lw->path_count + path_index];
  /* TOP only survives on paths that never reach the exit (an endless
   * loop): nothing is written on the way out there */
  return w.kind == LATER_WRITE_TOP ? write_of(LATER_WRITE_NONE, 0) : w;
}
