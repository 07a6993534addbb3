/* Lock-state dataflow (see lock_analysis.h).
 *
 * Transfer: acquires add the lock (with its kind, site and OldIrql slot),
 * releases remove it, a try-acquire adds it on the success edge of the
 * branch that tests its result. Branches on conditions we can name (a
 * variable, a field, a bit test, a comparison with a constant) record what
 * they established, and a later branch on the same subject with nothing in
 * between writing it follows only the consistent edge: this is what makes
 * `if (dpr) acquire … if (dpr) release` a single path per flag value.
 * What a call is known to return is a fact of its result, and a call whose
 * callee lets go of a lock only on the exits returning some values splits
 * the state into one path per value (run_events).
 *
 * Termination: a block keeps at most LOCK_ANALYSIS_MAX_STATES distinct
 * states; past that, or after too many visits, its states are merged into
 * one and stay merged. Merging only weakens facts (held -> maybe, facts
 * dropped), so the analysis reaches a fixpoint.
 *
 * This file holds the transfer of ops (apply_op), the replay of a block's
 * events, the entry state, the solver and the state dump. What branches
 * establish (subjects, facts, branch edges) is lock_analysis_facts.c; the
 * summary a function gives its callers is lock_analysis_summary.c; what
 * they share is lock_analysis_internal.h. */
#include "lock_analysis_internal.h"

#include "../../rules/irql_contract.h"
#include "../../rules/lock_annotations.h"
#include "../../rules/rule.h"
#include "flag_writes.h"
#include "lockstate.h"
#include "summary.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#define MAX_VISITS_BEFORE_MERGE 32

/* What a replay of the converged states is for. */
typedef enum replay_mode {
  REPLAY_SOLVE,   /* transfer only, while solving */
  REPLAY_COLLECT, /* gather the function's summary */
  REPLAY_REPORT   /* call the rules */
} replay_mode;

/* A call whose callee's effects depend on the value it returns splits the
 * state into one per value, each with its effects and the value as a fact;
 * past this many paths out of one block, further calls apply their
 * effects as "maybe" instead. */
#define MAX_BLOCK_OUTPUTS 8

typedef struct block_out {
  lock_state states[MAX_BLOCK_OUTPUTS];
  uint16_t count;
} block_out;

/* ---- transfer ---- */

static const cfg_block *block_of(const analysis *a, uint32_t id) {
  return a->fn->blocks[id];
}

static int flows_to_exit(const analysis *a, const cfg_block *b) {
  for (uint32_t i = 0; i < b->succ_count; i++)
    if (b->succ[i] == a->fn->exit)
      return 1;
  return 0;
}

/* Is the result of event `id` tested by this block's own branch? Then a
 * try-acquire is handled on the edges. */
static int branch_tests_call(const cfg_block *b, uint32_t id) {
  return b->term == CFG_TERM_BRANCH && b->cond.kind != IR_COND_NONE &&
         b->cond.value.kind == IR_VALUE_CALL && b->cond.value.call_event == id;
}

/* A pointer variable given a new value while a lock reached through it is
 * held (`for (l = …; l != Head; l = l->Flink) Acquire(&CONTAINING_RECORD(l,
 * NODE, Links)->Lock)`): the held lock is the previous element's, which no
 * name reaches any more -- its stale twin. The next iteration's acquire is
 * of another lock, not a second acquire of this one; and the function's
 * exit with the twin held is no leak it can be told (lock-not-released
 * leaves it alone: the twin is acquired nowhere by name). */
static void retire_renamed_locks(analysis *a, lock_state *s,
                                 const ir_path *target) {
  if (target->step_count != 0 || (target->root_kind != PATH_ROOT_LOCAL &&
                                  target->root_kind != PATH_ROOT_PARAM))
    return;
  /* downwards: removing entry i leaves the ones before it in place */
  for (int i = s->count; i-- > 0;) {
    const path_entry *e = &a->lf->locks[s->held[i].lock];
    if (e->stale_twin == LOCK_NONE || e->path.root_kind != target->root_kind ||
        e->path.root_id != target->root_id)
      continue;
    uint16_t twin = e->stale_twin;
    if (lockset_find(s, twin) >= 0)
      lockset_remove_at(s, i); /* an earlier element's is held already */
    else
      s->held[i].lock = twin;
  }
}

/* A write that changed the path an alias stood for (`Ccb->NonPagedCcb =
 * Other` after `NonPagedCcb = Ccb->NonPagedCcb`): a lock held under the
 * path's name (`Ccb->NonPagedCcb->Lock`) is the one the local still
 * reaches (`NonPagedCcb->Lock`), which the path no longer names. */
static void apply_renames(lock_state *s, const lock_rename *r) {
  for (; r; r = r->next) {
    if (r->slot) {
      for (int k = 0; k < s->count; k++)
        if (s->held[k].slot == r->from)
          s->held[k].slot = r->to;
      continue;
    }
    int i = lockset_find(s, r->from);
    if (i < 0)
      continue;
    if (lockset_find(s, r->to) >= 0)
      lockset_remove_at(s, i);
    else
      s->held[i].lock = r->to;
  }
}

static void rename_aliased_locks(const analysis *a, lock_state *s,
                                 const ir_event *ev) {
  apply_renames(s, lock_fn_renames(a->lf, ev));
}

/* A release of a lock not held under the name it is given, which names
 * one that is held:
 * - its stale twin: the release loop that pairs with an acquire loop over
 *   the same elements (`for (l = …) Release(&CONTAINING_RECORD(l, FCB,
 *   Links)->Resource)` after the loop that took them) releases one of the
 *   elements' locks taken before, and the twin, standing for all of them,
 *   may still hold others;
 * - the owner's lock its back-pointer round trip reaches (a callee given
 *   `Pdo->Vde` that releases `Vde->Pdo->ChildLock` releases the caller's
 *   `Pdo->ChildLock`). */
static const lock_op *releasing_other_name(const analysis *a,
                                           const lock_state *s,
                                           const lock_op *op, lock_op *copy) {
  if (op->op != API_OP_RELEASE || op->lock == LOCK_NONE ||
      lockset_find(s, op->lock) >= 0)
    return op;
  const path_entry *e = &a->lf->locks[op->lock];
  if (e->round_trip != LOCK_NONE && lockset_find(s, e->round_trip) >= 0) {
    *copy = *op;
    copy->lock = e->round_trip;
    return copy;
  }
  uint16_t twin = e->stale_twin;
  if (twin == LOCK_NONE || lockset_find(s, twin) < 0)
    return op;
  *copy = *op;
  copy->lock = twin;
  copy->maybe = 1; /* other elements' may still be held */
  return copy;
}

/* The one lock the state certainly holds, other than `lock`, of `lock`'s
 * class (`RT_SDIO_DEVICE.TxSpinLock`), else LOCK_NONE (none, several, or
 * a lock without a class). */
static uint16_t held_of_same_class(analysis *a, const lock_state *s,
                                   uint16_t lock) {
  const char *cls = lock_fn_lock_class(a->lf, lock);
  if (!cls)
    return LOCK_NONE;
  uint16_t found = LOCK_NONE;
  for (int k = 0; k < s->count; k++) {
    if (s->held[k].lock == lock || s->held[k].lock == LOCK_NONE)
      continue;
    const char *other = lock_fn_lock_class(a->lf, s->held[k].lock);
    if (!other || strcmp(cls, other) != 0)
      continue;
    if (s->held[k].maybe || found != LOCK_NONE)
      return LOCK_NONE;
    found = s->held[k].lock;
  }
  return found;
}

/* A drop-and-retake helper's release, of a lock the caller does not hold
 * under the name the call gives it, while the caller holds one lock of
 * the same class (`Acquire(Adapter, TX); ReleaseQueued(Target);
 * Release(Adapter, TX);`, ReleaseQueued dropping and retaking
 * `Target->Common->Default->TxLock` and both ports sharing the default
 * adapter): the helper needs its caller to hold the lock it takes back,
 * so the lock is the one the caller holds. The release and the retake
 * that follows in the same call both apply to it (`retake`), so the
 * caller's hold comes back under its own name. Returns `op` itself when
 * that does not apply. */
typedef struct retake_rename {
  uint16_t from, to, slot;
} retake_rename;

static const lock_op *retaken_under_other_name(analysis *a, const lock_state *s,
                                               const lock_op *op, lock_op *copy,
                                               retake_rename *r) {
  if (op->effect && op->retake && op->lock != LOCK_NONE &&
      op->lock == r->from) {
    *copy = *op;
    copy->lock = r->to;
    copy->slot = r->slot;
    copy->spelled = NULL;
    return copy;
  }
  if (!op->effect || op->op != API_OP_RELEASE || op->lock == LOCK_NONE ||
      lockset_find(s, op->lock) >= 0 || !lock_op_retaken_in_call(op))
    return op;
  uint16_t held = held_of_same_class(a, s, op->lock);
  if (held == LOCK_NONE)
    return op;
  r->from = op->lock;
  r->to = held;
  r->slot = s->held[lockset_find(s, held)].slot;
  *copy = *op;
  copy->lock = held;
  copy->spelled = NULL;
  return copy;
}

/* ---- IRQL transfer ---- */

/* The IRQL a function starts at; without a contract, the assumption. */
static irql_range entry_range(const irql_contract *c) {
  irql_range r = {c->min, c->max, (uint8_t)!c->has_requirement};
  return r;
}

irql_range la_level_range(irql_level level) {
  irql_range r = {(uint8_t)level, (uint8_t)level, 0};
  return r;
}

/* Raising never lowers: a raise to DISPATCH_LEVEL from DIRQL (itself a
 * bug another rule reports) leaves the code at DIRQL. */
static void raise_to(lock_state *s, irql_level level, uint32_t site) {
  irql_range before = s->irql;
  if (s->irql.lo < level)
    s->irql.lo = (uint8_t)level;
  if (s->irql.hi <= level) {
    s->irql.hi = (uint8_t)level;
    s->irql.assumed = 0;
  }
  if (!irql_range_equal(before, s->irql)) /* notes name what raised it */
    s->irql_site = site;
}

static irql_range unknown_range(void) {
  irql_range r = {IRQL_PASSIVE, IRQL_DISPATCH, 1};
  return r;
}

/* The IRQL saved in `slot` by a held lock or a raise still in the state. */
static int saved_in_slot(const lock_state *s, uint16_t slot, irql_range *out) {
  if (slot == LOCK_NONE)
    return 0;
  for (int i = s->count; i-- > 0;)
    if (s->held[i].slot == slot) {
      *out = s->held[i].saved;
      return 1;
    }
  int r = raise_find_slot(s, slot);
  if (r >= 0) {
    *out = s->raises[r].saved;
    return 1;
  }
  return 0;
}

/* The level an explicit IRQL argument (KeLowerIrql's NewIrql, the OldIrql
 * given to KeReleaseSpinLock) stands for: a constant, or what a lock or a
 * raise saved in the variable it is read from. */
static int argument_level(const lock_state *s, const lock_op *op, int arg,
                          irql_range *out) {
  const ir_call *call = &op->event->u.call;
  if (arg < 0 || arg >= call->arg_count)
    return 0;
  const ir_value *v = &call->args[arg];
  if (v->kind == IR_VALUE_CONST) {
    *out = la_level_range(irql_level_from_value(v->constant));
    return 1;
  }
  return saved_in_slot(s, op->restore_slot, out);
}

/* The IRQL after a raise to the level `effect` names (TO_APC, TO_DISPATCH,
 * TO_DIRQL); 0 for any other effect. */
static int raise_for_level(lock_state *s, uint8_t effect, uint32_t site) {
  switch (effect) {
  case API_IRQL_TO_DIRQL:
    raise_to(s, IRQL_DIRQL, site);
    return 1;
  case API_IRQL_TO_APC:
    /* a fast mutex: exactly APC_LEVEL, as the acquire requires <=
     * APC_LEVEL (above it, irql-too-high reports the acquire) */
    raise_to(s, IRQL_APC, site);
    if (s->irql.lo <= IRQL_APC) {
      s->irql.hi = IRQL_APC;
      s->irql.assumed = 0;
    }
    return 1;
  case API_IRQL_TO_DISPATCH:
    raise_to(s, IRQL_DISPATCH, site);
    return 1;
  default:
    return 0;
  }
}

/* The IRQL once an acquire (or a try-acquire's success) holds its lock. */
void la_raise_for_acquire(lock_state *s, const lock_op *op) {
  if (raise_for_level(s, op->row->irql_effect, op->event->id))
    return;
  /* the AtDpcLevel and Dpr acquires require DISPATCH_LEVEL, so once the
   * spin lock is held the code is there; a mutex, a resource or a region
   * leaves the IRQL as it was */
  if (api_kind_is_spin((api_kind)op->kind))
    raise_to(s, IRQL_DISPATCH, op->event->id);
}

static void apply_irql(lock_state *s, const lock_op *op) {
  const api_routine *row = op->row;
  uint32_t site = op->event->id;
  switch (op->op) {
  case API_OP_ACQUIRE:
    la_raise_for_acquire(s, op);
    return;
  case API_OP_RELEASE: {
    if (row->irql_effect != API_IRQL_RESTORE)
      return;
    irql_range to = unknown_range();
    int i = op->lock != LOCK_NONE ? lockset_find(s, op->lock) : -1;
    if (row->save == API_SAVE_ARG_VALUE) {
      if (!argument_level(s, op, row->save_arg, &to))
        to = unknown_range();
      /* the IRQL a converted lock's first acquire saved: given back */
      int r = op->restore_slot != LOCK_NONE &&
                      (i < 0 || s->held[i].slot != op->restore_slot)
                  ? raise_find_slot(s, op->restore_slot)
                  : -1;
      if (r >= 0)
        raise_pop_from(s, r);
    } else if (i >= 0) {
      to = s->held[i].saved;
    }
    s->irql = to;
    s->irql_site = site;
    return;
  }
  case API_OP_RAISE: {
    /* the record saves the level before the raise */
    raised_irql r = {op->slot, 0, site, s->irql, op->raise_with_lock};
    raise_push(s, r);
    const ir_call *call = &op->event->u.call;
    if (row->irql_effect == API_IRQL_KEEP) {
      /* saved, raised to a level no annotation names: at least where it
       * was */
      s->irql.hi = IRQL_HIGH;
      s->irql.assumed = 0;
      s->irql_site = site;
    } else if (row->irql_effect != API_IRQL_TO_ARGUMENT) {
      raise_for_level(s, row->irql_effect, site);
    } else if (call->arg_count >= 1 && call->args[0].kind == IR_VALUE_CONST) {
      raise_to(s, irql_level_from_value(call->args[0].constant), site);
    } else {
      /* raised to a level we cannot name: at least where it was */
      s->irql.hi = IRQL_HIGH;
      s->irql.assumed = 0;
      s->irql_site = site;
    }
    return;
  }
  case API_OP_LOWER: {
    /* undo the raise whose saved IRQL is passed back, else the latest */
    int r = op->restore_slot != LOCK_NONE ? raise_find_slot(s, op->restore_slot)
                                          : -1;
    irql_range to;
    if (!argument_level(s, op, row->save_arg, &to) &&
        !saved_in_slot(s, op->restore_slot, &to)) {
      to = s->irql;
      to.lo = IRQL_PASSIVE; /* lowered, to somewhere below */
    }
    raise_pop_from(s, r >= 0 ? r : s->raise_count - 1);
    s->irql = to;
    s->irql_site = site;
    return;
  }
  case API_OP_CALL:
    if (op->has_raises_to && op->raises_when != LOCK_CONDITION_ALWAYS) {
      /* raised on success: the branch that tests the result decides
       * (la_branch_edge); untested, it may or may not have happened */
      if (!branch_tests_call(op->block, op->event->id)) {
        s->irql =
            irql_range_join(s->irql, la_level_range((irql_level)op->raises_to));
        s->irql_site = site;
      }
    } else if (op->has_raises_to) {
      s->irql = la_level_range((irql_level)op->raises_to);
      s->irql_site = site;
    }
    return;
  default:
    return;
  }
}

/* The IRQL effect of an op; a callee's effect that happens on some of its
 * paths only leaves the IRQL somewhere between before and after. */
static void apply_op_irql(lock_state *s, const lock_op *op) {
  if (op->keeps_irql)
    return;
  irql_range before = s->irql;
  apply_irql(s, op);
  if (op->maybe)
    s->irql = irql_range_join(before, s->irql);
}

/* Does an acquire with this IRQL effect raise (and save the IRQL its
 * release gives back)? */
int la_raising_effect(uint8_t irql_effect) {
  return irql_effect == API_IRQL_TO_APC ||
         irql_effect == API_IRQL_TO_DISPATCH ||
         irql_effect == API_IRQL_TO_DIRQL;
}

/* The previous IRQL the call's op returns (an acquire that raises and
 * hands back the level it found, KeRaiseIrqlToDpcLevel), as the state
 * after the call recorded it. */
static int previous_irql_returned(const lock_state *s, const lock_op *from,
                                  irql_range *out) {
  for (const lock_op *op = from; op; op = op->next) {
    if (op->op == API_OP_ACQUIRE && op->lock != LOCK_NONE &&
        la_raising_effect(op->row->irql_effect)) {
      int i = lockset_find(s, op->lock);
      if (i < 0 || s->held[i].site != op->event->id)
        return 0;
      *out = s->held[i].saved;
      return 1;
    }
    if (op->op == API_OP_RAISE) {
      for (int r = s->raise_count; r-- > 0;)
        if (s->raises[r].site == op->event->id) {
          *out = s->raises[r].saved;
          return 1;
        }
      return 0;
    }
  }
  return 0;
}

/* A callee's release of a lock this function cannot name: the IRQL goes
 * back to what the latest such acquire saved. Without one, the lock is
 * its caller's (a release wrapper's wrapper), kept as a dropped entry
 * without a lock for the summary. */
static void release_unnamed(lock_state *s, const lock_op *op) {
  int r = -1;
  for (int i = s->raise_count; i-- > 0 && r < 0;)
    if (s->raises[i].with_lock == RAISE_UNNAMED_LOCK)
      r = i;
  if (r < 0) {
    dropped_lock d = {LOCK_NONE, op->maybe, 0, op->event->id};
    dropped_add(s, d);
    apply_op_irql(s, op);
    return;
  }
  irql_range to = s->raises[r].saved;
  if (op->maybe || s->raises[r].maybe)
    to = irql_range_join(to, s->irql);
  if (op->maybe)
    s->raises[r].maybe = 1;
  else
    raise_pop_from(s, r);
  s->irql = to;
  s->irql_site = op->event->id;
}

/* Is `acquire` a callee's taking back of a lock the same call let go
 * before it (a drop-and-retake helper: its effects list the release
 * first)? */
static int retakes_at_same_call(const lock_state *s, const lock_op *acquire) {
  return !s->lost && acquire->effect && acquire->retake;
}

/* Records which acquisition of `lock` a release is about to let go of:
 * its acquire site, HELD_AT_ENTRY for the caller's, RELEASED_UNHELD. */
static void note_site(analysis *a, uint16_t lock, uint32_t site);

static void note_released_site(analysis *a, const lock_state *s,
                               uint16_t lock) {
  int k = lockset_find(s, lock);
  note_site(a, lock,
            k < 0 || s->held[k].maybe ? RELEASED_UNHELD : s->held[k].site);
}

static void note_site(analysis *a, uint16_t lock, uint32_t site) {
  for (size_t i = 0; i < a->released_count; i++)
    if (a->released[i].lock == lock && a->released[i].site == site)
      return;
  if (a->released_count == a->released_cap) {
    a->released_cap = a->released_cap ? a->released_cap * 2 : 8;
    a->released =
        xrealloc(a->released, a->released_cap * sizeof(released_site));
  }
  released_site r = {lock, site};
  a->released[a->released_count++] = r;
}

static void apply_op(const cfg_block *block, lock_state *s, const lock_op *op) {
  switch (op->op) {
  case API_OP_ACQUIRE:
  case API_OP_TRY_ACQUIRE: {
    if (op->op == API_OP_TRY_ACQUIRE && branch_tests_call(block, op->event->id))
      return;
    irql_range before = s->irql;
    if (op->op == API_OP_ACQUIRE)
      apply_op_irql(s, op);
    if (op->lock == LOCK_NONE) {
      if (op->effect && op->op == API_OP_ACQUIRE &&
          la_raising_effect(op->row->irql_effect)) {
        /* the same call again (a loop): one record, as a lock taken again
         * is one held lock */
        int again = -1;
        for (int i = 0; i < s->raise_count && again < 0; i++)
          if (s->raises[i].site == op->event->id &&
              s->raises[i].with_lock == RAISE_UNNAMED_LOCK)
            again = i;
        if (again >= 0) {
          s->raises[again].maybe &= op->maybe;
        } else {
          raised_irql r = {LOCK_NONE, op->maybe, op->event->id, before,
                           RAISE_UNNAMED_LOCK};
          raise_push(s, r);
        }
      }
      return;
    }
    int i = lockset_find(s, op->lock);
    if (i >= 0) {
      held_lock *h = &s->held[i];
      if (op->maybe)
        return;
      if (h->maybe && h->site != HELD_AT_ENTRY && retakes_at_same_call(s, op)) {
        /* a callee that lets the lock go on some paths and takes it back
         * on those: held as before, by the same acquire (the one a leak
         * is reported at), in the mode it was taken back in. A lock held
         * from the entry is the callee's to name: the summary says who
         * took it back. */
        h->maybe = 0;
        h->kind = op->kind;
      } else if (h->maybe) {
        h->maybe = op->op == API_OP_TRY_ACQUIRE;
        if (!h->maybe) {
          /* this acquire is what makes it held: the one to report */
          h->site = op->event->id;
          h->kind = op->kind;
          h->slot = op->slot;
          h->saved = before;
        }
      } else
        h->depth = 2; /* "acquired again": counting further would give
                       * loops an unbounded number of states */
      return;
    }
    held_lock h = {op->lock,
                   op->slot,
                   op->event->id,
                   op->kind,
                   op->op == API_OP_TRY_ACQUIRE || op->maybe,
                   1,
                   before,
                   0,
                   0};
    lockset_add(s, h);
    return;
  }
  case API_OP_RELEASE: {
    if (op->lock == LOCK_NONE && op->effect &&
        op->row->irql_effect == API_IRQL_RESTORE) {
      release_unnamed(s, op);
      return;
    }
    apply_op_irql(s, op); /* reads the saved IRQL of the lock still held */
    int i = op->lock != LOCK_NONE ? lockset_find(s, op->lock) : -1;
    if (i >= 0 && !op->maybe &&
        api_kind_variant((api_kind)s->held[i].kind) == API_VARIANT_RAISING &&
        api_kind_variant((api_kind)op->kind) == API_VARIANT_AT_DPC &&
        api_kind_family((api_kind)s->held[i].kind) ==
            api_kind_family((api_kind)op->kind) &&
        s->held[i].slot != LOCK_NONE) {
      /* a raising hold let go at DPC level (a conversion between modes):
       * the IRQL stays raised until a raising release gives back what the
       * acquire saved, as after KeRaiseIrql */
      raised_irql r = {s->held[i].slot, 0, op->event->id, s->held[i].saved, 1};
      raise_push(s, r);
    }
    if (i >= 0) {
      held_lock *h = &s->held[i];
      if (op->maybe) {
        /* the caller's lock, let go on some of the callee's paths: if it
         * is taken back, the function still returns it as it got it */
        if (h->site == HELD_AT_ENTRY && !h->maybe) {
          dropped_lock d = {op->lock, 1, 1, op->event->id};
          dropped_add(s, d);
        }
        h->maybe = 1;
      } else if (!h->maybe && h->depth > 1) {
        h->depth--;
      } else {
        /* the lock the caller holds (_Requires_lock_held_), let go: if it
         * is taken back, the function returns it to the caller as it got
         * it */
        if (h->site == HELD_AT_ENTRY && !h->maybe) {
          dropped_lock d = {op->lock, 0, 1, op->event->id};
          dropped_add(s, d);
        }
        lockset_remove_at(s, i);
      }
    } else if (op->lock != LOCK_NONE) {
      /* not held here: if the function never acquires it, its caller
       * holds it (a release wrapper) */
      dropped_lock d = {op->lock, op->maybe, 0, op->event->id};
      dropped_add(s, d);
    }
    return;
  }
  case API_OP_ASSUME_HELD: {
    if (op->lock == LOCK_NONE)
      return;
    int i = lockset_find(s, op->lock);
    if (i >= 0) {
      s->held[i].maybe = 0;
      return;
    }
    /* held as if from the entry: the function need not release it */
    held_lock h = {
        op->lock, LOCK_NONE, HELD_AT_ENTRY, API_KIND_NONE, 0, 1, s->irql, 0, 0};
    lockset_add(s, h);
    return;
  }
  case API_OP_FREE: {
    /* the lock object is deleted (ExDeleteResourceLite): a hold on it
     * ends there, and is no leak; deleting one the function does not hold
     * is, for its callers, the end of theirs (a "deletes" effect). A spin
     * lock freed while held stays held: the free is the bug
     * (lock-freed-while-held), the missing release too. */
    apply_op_irql(s, op);
    if (op->lock == LOCK_NONE || api_kind_is_spin((api_kind)op->kind))
      return;
    int i = lockset_find(s, op->lock);
    if (i >= 0) {
      if (op->maybe)
        s->held[i].maybe = 1;
      else
        lockset_remove_at(s, i);
    } else {
      dropped_lock d = {op->lock, op->maybe, 0, op->event->id};
      dropped_add(s, d);
    }
    return;
  }
  case API_OP_TRY_CONVERT:
    /* the success edge makes the hold exclusive (la_branch_edge); where the
     * result is not tested, the mode is not known afterwards (dpr-mismatch
     * leaves the lock alone after a conversion) */
    return;
  case API_OP_ASSUME_NOT_HELD: {
    int i = op->lock != LOCK_NONE ? lockset_find(s, op->lock) : -1;
    if (i >= 0)
      lockset_remove_at(s, i);
    return;
  }
  default:
    apply_op_irql(s, op);
    return;
  }
}

/* ---- the entry state ---- */

/* Locks the function's annotations say its caller holds on entry
 * (_Requires_lock_held_, _Releases_lock_), and those it promises to return
 * holding (_Acquires_lock_). */
static void apply_own_lock_annotations(analysis *a, lock_state *initial) {
  lock_annotation anns[LOCK_ANNOTATIONS_MAX];
  unsigned n = lock_annotations_of(a->fn->decl, &a->scratch, anns);
  for (unsigned i = 0; i < n; i++) {
    const lock_annotation *la = &anns[i];
    if (la->lock.param != SUMMARY_NO_PARAM &&
        la->lock.param >= a->fn->param_count)
      continue;
    ir_path own = la->lock.path;
    if (la->lock.param != SUMMARY_NO_PARAM) {
      own.root = a->fn->param_names[la->lock.param];
      own.root_id = a->fn->param_ids[la->lock.param];
    } else {
      own.root_id = 0;
    }
    uint16_t lock = lock_fn_intern_lock(a->lf, &own);
    if (lock == LOCK_NONE)
      continue;
    if (la->kind == LOCK_ANNOTATION_ACQUIRES)
      a->lf->locks[lock].returned_held = 1;
    if ((la->kind == LOCK_ANNOTATION_REQUIRES_HELD ||
         la->kind == LOCK_ANNOTATION_RELEASES) &&
        lockset_find(initial, lock) < 0) {
      held_lock h = {lock,          LOCK_NONE, HELD_AT_ENTRY,
                     la->lock_kind, 0,         1,
                     initial->irql, 0,         0};
      lockset_add(initial, h);
    }
  }
}

/* The locks the function only takes back (lock_fn `held_by_caller`):
 * held from the entry, as if annotated _Requires_lock_held_, so that the
 * paths that never drop the lock and those that drop and retake it leave
 * it as they found it. A routine the system calls holds no lock of its
 * caller's unless its annotations or role say so. */
static void apply_caller_holds(analysis *a, lock_state *initial) {
  if (a->contract.os_callback)
    return;
  for (uint16_t l = 0; l < a->lf->lock_count; l++) {
    if (!a->lf->locks[l].held_by_caller || lockset_find(initial, l) >= 0)
      continue;
    held_lock h = {
        l, LOCK_NONE, HELD_AT_ENTRY, a->lf->locks[l].caller_hold_kind,
        0, 1,         initial->irql, 0,
        0};
    lockset_add(initial, h);
  }
}

/* The lock the function's role has the system hold when it calls it (a
 * cancel routine is entered holding the I/O cancel spin lock, the IRQL to
 * restore in Irp->CancelIrql): held from the entry, to be released. */
static void apply_role_holds(analysis *a, lock_state *initial) {
  const role_hold *hold = role_hold_lookup(a->contract.role);
  if (!hold)
    return;
  ir_path lock;
  memset(&lock, 0, sizeof lock);
  lock.root_kind = PATH_ROOT_NAMED;
  lock.root = hold->lock;
  uint16_t id = lock_fn_intern_lock(a->lf, &lock);
  if (id == LOCK_NONE || lockset_find(initial, id) >= 0)
    return;
  a->lf->locks[id].held_by_role = 1;
  uint16_t slot = LOCK_NONE;
  if (hold->param >= 0 && (uint32_t)hold->param < a->fn->param_count) {
    ir_path irql;
    memset(&irql, 0, sizeof irql);
    irql.root_kind = PATH_ROOT_PARAM;
    irql.root = a->fn->param_names[hold->param];
    irql.root_id = a->fn->param_ids[hold->param];
    path_step deref = {.kind = PATH_STEP_DEREF};
    path_step field = {.kind = PATH_STEP_FIELD, .field = hold->irql_field};
    irql = path_with_step(&a->scratch, &irql, deref);
    irql = path_with_step(&a->scratch, &irql, field);
    slot = lock_fn_intern_slot(a->lf, &irql);
  }
  const api_routine *acquire = api_model_global_lock_row(hold->lock, 1);
  /* the level before the system took the lock: not known */
  held_lock h = {
      id, slot, HELD_AT_ENTRY,   acquire ? acquire->kind : API_KIND_NONE,
      0,  1,    unknown_range(), 1,
      0};
  lockset_add(initial, h);
}

/* ---- running a block ---- */

static const call_outcome no_split = {0, 1, 0};

/* The callee's ops on s, as they are on the paths where it returns
 * `value` (split), else all of them (those of one returned value only as
 * "maybe"). */
/* A local holding KeGetCurrentIrql() stands for the IRQL until either
 * changes; once the IRQL changed from `before`, it holds the IRQL it was. */
static void irql_changed(lock_state *s, irql_range before) {
  if (irql_range_equal(before, s->irql) || s->irql_subject == NO_SUBJECT)
    return;
  s->irql_value_subject = s->irql_subject;
  s->irql_value = before;
  s->irql_value_since = s->irql_site;
  s->irql_subject = NO_SUBJECT;
}

/* Does `op` give back exactly the IRQL the local of irql_value_subject
 * holds: the release of the lock whose acquire changed the IRQL away
 * from it, restoring what that acquire saved (`Irql =
 * KeGetCurrentIrql(); Acquire(L); … Release(L); if (Irql < DISPATCH_LEVEL)
 * KeRaiseIrql(DISPATCH_LEVEL, &Irql); … if (Irql < DISPATCH_LEVEL)
 * KeLowerIrql(Irql);`)? Then the local stands for the current IRQL
 * again (irql_current_again). */
static int restores_irql_value(const lock_state *s, const lock_op *op) {
  if (s->irql_value_subject == NO_SUBJECT ||
      s->irql_value_since >= IRQL_SITE_UNKNOWN || op->maybe || op->keeps_irql ||
      op->op != API_OP_RELEASE || op->lock == LOCK_NONE ||
      op->row->irql_effect != API_IRQL_RESTORE)
    return 0;
  int i = lockset_find(s, op->lock);
  if (i < 0 || s->held[i].maybe || s->held[i].depth > 1 ||
      s->held[i].site != s->irql_value_since)
    return 0;
  /* the value the acquire saved: its own slot, or the lock's (NDIS) */
  return op->row->save != API_SAVE_ARG_VALUE ||
         (op->restore_slot != LOCK_NONE && op->restore_slot == s->held[i].slot);
}

static void irql_current_again(lock_state *s) {
  irql_range both = s->irql;
  if (s->irql_value.lo > both.lo)
    both.lo = s->irql_value.lo;
  if (s->irql_value.hi < both.hi)
    both.hi = s->irql_value.hi;
  if (both.lo <= both.hi)
    s->irql = both;
  s->irql_subject = s->irql_value_subject;
  s->irql_value_subject = NO_SUBJECT;
  s->irql_value_since = IRQL_SITE_UNKNOWN;
}

/* Runs the ops of one call over s. Returns 0 when the path cannot go on
 * past them: an acquire of a lock it already holds that its holder cannot
 * take again waits forever (lock-double-acquire reports it). */
static int run_call_ops(analysis *a, const cfg_block *block,
                        const lock_op *head, lock_state *s, replay_mode mode,
                        call_outcome o) {
  rule_ctx ctx = {a->lf,
                  a->diag,
                  &a->contract,
                  a->options->program,
                  a->options->entry_held,
                  a->options->unreleased};
  int report = mode == REPLAY_REPORT;
  /* a callee annotated to raise (_IRQL_raises_) whose body acquires:
   * the acquires save the IRQL it was called at, so its raise comes
   * after them */
  const lock_op *raise_last =
      head->op == API_OP_CALL && head->has_raises_to && head->next ? head
                                                                   : NULL;
  retake_rename retaken = {LOCK_NONE, LOCK_NONE, LOCK_NONE};
  for (const lock_op *next_op = head; next_op; next_op = next_op->next) {
    lock_op adjusted, twin_release, for_value, retake_copy;
    const lock_op *base = next_op;
    int skip = 0;
    if (o.split && next_op->when_returns) {
      if (next_op->when_is_eq != o.is_eq || next_op->when_value != o.value) {
        skip = 1;
      } else {
        for_value = *next_op;
        for_value.maybe = 0;
        base = &for_value;
      }
    }
    if (!skip) {
      const lock_op *op = releasing_other_name(a, s, base, &twin_release);
      if (op == base)
        op = retaken_under_other_name(a, s, base, &retake_copy, &retaken);
      const lock_op *here =
          mode == REPLAY_SOLVE ? op : la_op_in_state(a, s, op, &adjusted);
      if (report)
        for (unsigned r = 0; r < rules_count; r++)
          if (rules_all[r]->on_op)
            rules_all[r]->on_op(&ctx, s, here);
      if (mode == REPLAY_COLLECT)
        la_collect_op(a, s, here);
      int blocks;
      if (lock_op_takes_held(s, op, &blocks) && blocks) {
        note_site(a, op->lock, ACQUIRED_WHILE_HELD);
        return 0;
      }
      irql_range before = s->irql;
      /* a delete ends the acquisition as a release does */
      if ((op->op == API_OP_RELEASE || op->op == API_OP_FREE) &&
          op->lock != LOCK_NONE)
        note_released_site(a, s, op->lock);
      int back = restores_irql_value(s, op);
      if (next_op != raise_last)
        apply_op(block, s, op);
      irql_changed(s, before);
      if (back && next_op != raise_last)
        irql_current_again(s);
    }
    if (!next_op->next && raise_last) {
      irql_range before = s->irql;
      apply_op(block, s, raise_last);
      irql_changed(s, before);
    }
  }
  return 1;
}

static void run_events(analysis *a, const cfg_block *block, uint32_t from,
                       lock_state *s, replay_mode mode);

/* The rest of a call event on s, from its ops on: 0 when the path ends
 * there (a callee that never returns). */
static int finish_call(analysis *a, const cfg_block *block, const ir_event *ev,
                       const lock_op *head, lock_state *s, replay_mode mode,
                       call_outcome o) {
  if (!run_call_ops(a, block, head, s, mode, o))
    return 0;
  rename_aliased_locks(a, s, ev);
  if (head->ends_path)
    return 0;
  la_set_result_fact(a, s, ev, head, o);
  const ir_call *call = &ev->u.call;
  if (head->op == API_OP_GET_IRQL && call->has_result_target) {
    la_kill_facts_overlapping(a, s, &call->result_target);
    s->irql_subject =
        la_intern_subject(a, &call->result_target, GUARD_TEST_VALUE, 0);
  }
  return 1;
}

/* Runs the block's events from `from` over s; each path that reaches the
 * block's end is added to a->out (a path ends inside it at a call of a
 * function that never returns). */
static void run_events(analysis *a, const cfg_block *block, uint32_t from,
                       lock_state *s, replay_mode mode) {
  rule_ctx ctx = {a->lf,
                  a->diag,
                  &a->contract,
                  a->options->program,
                  a->options->entry_held,
                  a->options->unreleased};
  int report = mode == REPLAY_REPORT;
  for (uint32_t k = from; k < block->event_count; k++) {
    const ir_event *ev = &block->events[k];
    /* a dereference of a pointer local known to be NULL: no path on */
    if (!la_deref_event(a, s, ev))
      return;
    if (ev->kind == IR_EVENT_ASSIGN) {
      la_kill_facts_overlapping(a, s, &ev->u.assign.target);
      /* a lock a local still reaches keeps that name before the root of
       * its path is retired */
      rename_aliased_locks(a, s, ev);
      retire_renamed_locks(a, s, &ev->u.assign.target);
      if (ev->u.assign.op != IR_ASSIGN_STORE) {
        la_bit_write_facts(a, s, &ev->u.assign);
      } else if (ev->u.assign.value.kind == IR_VALUE_CONST) {
        /* kept only if some branch tests it (`locked = TRUE` … `if
         * (locked)`) */
        uint16_t subject =
            la_intern_subject(a, &ev->u.assign.target, GUARD_TEST_VALUE, 0);
        if (subject != UINT16_MAX && a->subjects[subject].path_tests)
          fact_set(s, subject, 1, ev->u.assign.value.constant);
      }
      la_pointer_assign_facts(a, s, ev);
      const ir_value *v = &ev->u.assign.value;
      if (v->kind == IR_VALUE_CALL && v->call_event < a->lf->event_count) {
        const lock_op *from_op = a->lf->op_by_event[v->call_event];
        if (from_op && from_op->op == API_OP_GET_IRQL)
          s->irql_subject =
              la_intern_subject(a, &ev->u.assign.target, GUARD_TEST_VALUE, 0);
        /* a tested local an acquire or a raise hands the previous IRQL
         * back into holds that level (kept only if some branch tests it:
         * the OldIrql a release gives back is not a test) */
        irql_range previous;
        uint16_t held_in = from_op ? la_intern_subject(a, &ev->u.assign.target,
                                                       GUARD_TEST_VALUE, 0)
                                   : UINT16_MAX;
        if (held_in != UINT16_MAX && a->subjects[held_in].path_tests &&
            previous_irql_returned(s, from_op, &previous)) {
          s->irql_value_subject = held_in;
          s->irql_value = previous;
          s->irql_value_since = v->call_event;
        }
        /* what the call is known to have returned (`Acquired =
         * ExAcquireResourceExclusiveLite(R, TRUE)` … `if (Acquired)
         * release`; `Status = PostRequest(…)` … `if (Status ==
         * STATUS_PENDING)`) */
        uint16_t result = la_result_subject(a, v->call_event);
        const cond_fact *f = result != UINT16_MAX ? fact_find(s, result) : NULL;
        if (f) {
          cond_fact known = *f;
          uint16_t subject =
              la_intern_subject(a, &ev->u.assign.target, GUARD_TEST_VALUE, 0);
          if (subject != UINT16_MAX && a->subjects[subject].path_tests)
            fact_set(s, subject, known.is_eq, known.value);
          /* read nowhere else: let the paths join again */
          if (a->result_uses[v->call_event] == 1)
            fact_remove(s, result);
        }
      }
      continue;
    }
    const ir_call *call = &ev->u.call;
    if (mode == REPLAY_COLLECT)
      la_collect_call(a, s, call);
    const lock_op *head = lock_fn_op(a->lf, ev);
    if (!head || head->op == API_OP_CALL) {
      /* an unknown callee may write what we pass it the address of (the
       * model's routines write only the lock and its OldIrql slot) */
      for (uint16_t i = 0; i < call->arg_count; i++)
        if (call->args[i].kind == IR_VALUE_ADDR)
          la_kill_facts_overlapping(a, s, &call->args[i].path);
      if (call->has_result_target)
        la_kill_facts_overlapping(a, s, &call->result_target);
      if (!head) {
        la_set_result_fact(a, s, ev, NULL, no_split);
        rename_aliased_locks(a, s, ev);
        continue;
      }
    }
    if (head->op == API_OP_LIST_INSERT)
      la_list_insert_facts(a, s, call);
    uint8_t values = head->outcome_count;
    if (values && a->out_paths + values - 1u <= MAX_BLOCK_OUTPUTS) {
      /* one path per value the callee returns, each with the effects
       * it has there */
      a->out_paths = (uint16_t)(a->out_paths + values - 1u);
      for (uint8_t i = 1; i < values; i++) {
        lock_state other = *s;
        call_outcome o = {1, head->outcome_is_eq[i], head->outcome_values[i]};
        if (finish_call(a, block, ev, head, &other, mode, o))
          run_events(a, block, k + 1, &other, mode);
      }
      call_outcome first = {1, head->outcome_is_eq[0], head->outcome_values[0]};
      if (!finish_call(a, block, ev, head, s, mode, first))
        return;
      continue;
    }
    if (!finish_call(a, block, ev, head, s, mode, no_split))
      return;
  }
  if (block->term == CFG_TERM_RETURN) {
    if (!la_deref_value(a, s, &block->ret))
      return;
    la_set_return_fact(a, block, s);
  }
  if (report && flows_to_exit(a, block))
    for (unsigned r = 0; r < rules_count; r++)
      if (rules_all[r]->on_exit)
        rules_all[r]->on_exit(&ctx, s, block);
  if (a->out->count < MAX_BLOCK_OUTPUTS)
    a->out->states[a->out->count++] = *s;
}

/* Runs the block over s: the states it ends in are in a->out. */
static void run_block(analysis *a, const cfg_block *block, const lock_state *s,
                      replay_mode mode) {
  lock_state start = *s;
  a->out->count = 0;
  a->out_paths = 1;
  run_events(a, block, 0, &start, mode);
}

/* ---- state sets ---- */

/* Merges every state of the set (after `first`, when given) into one; the
 * set stays merged from then on. */
static void set_reserve(analysis *a, state_set *set, uint16_t need) {
  if (set->cap >= need)
    return;
  uint16_t cap = set->cap ? (uint16_t)(set->cap * 2) : 1;
  if (cap < need)
    cap = need;
  if (cap > LOCK_ANALYSIS_MAX_STATES)
    cap = LOCK_ANALYSIS_MAX_STATES;
  /* from the analysis' arena: the old room is left behind, at most
   * doubling what the block uses */
  lock_state *grown = arena_alloc(&a->scratch, sizeof(lock_state) * cap);
  if (set->count)
    memcpy(grown, set->states, sizeof(lock_state) * set->count);
  set->states = grown;
  set->cap = cap;
}

static void set_collapse(analysis *a, state_set *set, const lock_state *first) {
  if (set->merged || (set->count == 0 && !first))
    return;
  set_reserve(a, set, 1);
  lock_state merged = first ? *first : set->states[0];
  for (uint16_t i = first ? 0 : 1; i < set->count; i++)
    lock_state_merge(&merged, &set->states[i]);
  set->states[0] = merged;
  set->count = 1;
  set->merged = 1;
  a->collapsed = 1;
  if (a->stats)
    a->stats->merges++;
}

static int set_add(analysis *a, state_set *set, const lock_state *s) {
  if (set->merged) {
    lock_state merged = set->states[0];
    lock_state_merge(&merged, s);
    if (lock_state_equal(&merged, &set->states[0]))
      return 0;
    set->states[0] = merged;
    return 1;
  }
  for (uint16_t i = 0; i < set->count; i++)
    if (lock_state_equal(&set->states[i], s))
      return 0;
  if (set->count < LOCK_ANALYSIS_MAX_STATES) {
    set_reserve(a, set, (uint16_t)(set->count + 1));
    set->states[set->count++] = *s;
    return 1;
  }
  /* Full: first merge with a state that holds exactly the same locks
   * (as ESP does), which only forgets branch facts that no longer tell
   * lock states apart; independent branches then cost nothing, and a lock
   * held on some paths stays certain on those paths. */
  for (uint16_t i = 0; i < set->count; i++)
    if (lockset_equal(&set->states[i], s)) {
      lock_state merged = set->states[i];
      lock_state_merge(&merged, s);
      if (lock_state_equal(&merged, &set->states[i]))
        return 0;
      set->states[i] = merged;
      if (a->stats)
        a->stats->lockset_joins++;
      return 1;
    }
  set_collapse(a, set, s);
  return 1;
}

/* ---- dumps ---- */

static void dump_irql(FILE *out, irql_range r) {
  if (r.lo == r.hi)
    fputs(irql_level_short_name((irql_level)r.lo), out);
  else
    fprintf(out, "%s..%s", irql_level_short_name((irql_level)r.lo),
            irql_level_short_name((irql_level)r.hi));
  if (r.assumed)
    fputs("?", out);
}

static void dump_site(FILE *out, const analysis *a, uint32_t site) {
  if (site == IRQL_SITE_ENTRY)
    fputs(" from entry", out);
  else if (site < a->fn->event_count) {
    const lock_op *op = a->lf->op_by_event[site];
    if (op)
      fprintf(out, " from @%" PRIu32 ":%" PRIu32, op->event->loc.line,
              op->event->loc.col);
  }
}

/* The fields callees' guards test, and what every path writes into them
 * after each call (the calls that have a later write). */
static void dump_later_writes(FILE *out, const analysis *a) {
  for (uint16_t i = 0; i < a->flag_path_count; i++) {
    strbuf sb;
    strbuf_init(&sb);
    path_print(&sb, &a->flag_paths[i]);
    fprintf(out, "  guarded %s", strbuf_cstr(&sb));
    strbuf_free(&sb);
    for (uint32_t b = 0; b < a->fn->block_count; b++) {
      const cfg_block *block = a->fn->blocks[b];
      for (uint32_t k = 0; k < block->event_count; k++) {
        const ir_event *ev = &block->events[k];
        later_write w = later_writes_after(a->later, ev->id, i);
        if (ev->kind != IR_EVENT_CALL || w.kind == LATER_WRITE_NONE)
          continue;
        fprintf(out, "; after @%" PRIu32 ":%" PRIu32 " %s 0x%" PRIx64,
                ev->loc.line, ev->loc.col,
                w.kind == LATER_WRITE_BITS ? "|=" : "=", (uint64_t)w.value);
      }
    }
    fputc('\n', out);
  }
}

static void dump_states(FILE *out, const analysis *a) {
  fprintf(out, "function %s\n", a->fn->name);
  fputs("  entry irql ", out);
  dump_irql(out, entry_range(&a->contract));
  strbuf why;
  strbuf_init(&why);
  irql_contract_describe(&a->contract, &why);
  fprintf(out, " (%s)%s\n", strbuf_cstr(&why),
          a->contract.isr_context ? " interrupt context" : "");
  strbuf_free(&why);
  dump_later_writes(out, a);
  for (uint32_t b = 0; b < a->fn->block_count; b++) {
    const state_set *set = &a->sets[b];
    fprintf(out, "  B%" PRIu32 ":", b);
    if (set->count == 0)
      fputs(" unreachable", out);
    if (set->merged)
      fputs(" (merged)", out);
    fputc('\n', out);
    for (uint16_t i = 0; i < set->count; i++) {
      const lock_state *s = &set->states[i];
      fputs("    {", out);
      for (int k = 0; k < s->count; k++) {
        const held_lock *h = &s->held[k];
        const lock_op *op =
            h->site < a->lf->event_count ? a->lf->op_by_event[h->site] : NULL;
        fprintf(out, "%s%s %s", k ? ", " : "",
                lock_fn_lock_name(a->lf, h->lock),
                api_kind_name((api_kind)h->kind));
        if (op)
          fprintf(out, " @%" PRIu32 ":%" PRIu32, op->event->loc.line,
                  op->event->loc.col);
        fputs(" saved ", out);
        dump_irql(out, h->saved);
        if (h->slot != LOCK_NONE)
          fprintf(out, " in %s", a->lf->slots[h->slot].display);
        if (h->depth > 1)
          fprintf(out, " x%u", h->depth);
        if (h->outer)
          fputs(" outer", out);
        if (h->maybe)
          fputs(" maybe", out);
      }
      fputc('}', out);
      fputs(" irql ", out);
      dump_irql(out, s->irql);
      dump_site(out, a, s->irql_site);
      for (int k = 0; k < s->raise_count; k++) {
        const raised_irql *r = &s->raises[k];
        const lock_op *op = a->lf->op_by_event[r->site];
        fprintf(out, " [raised @%" PRIu32 ":%" PRIu32 " saved ",
                op->event->loc.line, op->event->loc.col);
        dump_irql(out, r->saved);
        if (r->slot != LOCK_NONE)
          fprintf(out, " in %s", a->lf->slots[r->slot].display);
        fputs(r->maybe ? " maybe]" : "]", out);
      }
      if (s->lost)
        fputs(" lost", out);
      if (s->irql_value_subject != NO_SUBJECT) {
        fprintf(out, " [%s holds irql ",
                a->subjects[s->irql_value_subject].display);
        dump_irql(out, s->irql_value);
        fputc(']', out);
      }
      for (int k = 0; k < s->fact_count; k++) {
        const cond_fact *f = &s->facts[k];
        const subject_entry *e = &a->subjects[f->subject];
        if (e->has_other) /* a truth fact: != 0 when the two are equal */
          fprintf(out, " [%s %s %s]", e->display,
                  f->is_eq == (f->value == 0) ? "!=" : "==", e->other_display);
        else
          fprintf(out, " [%s %s %" PRId64 "]", e->display,
                  f->is_eq ? "==" : "!=", f->value);
      }
      /* pointer locals dereferenced on the path (kept apart from facts) */
      for (size_t k = 0; k < a->pointer_local_count && k < 64; k++)
        if ((s->not_null >> k & 1u) &&
            !fact_find(s, a->pointer_locals[k].subject))
          fprintf(out, " [%s != 0]",
                  a->subjects[a->pointer_locals[k].subject].display);
      fputc('\n', out);
    }
  }
}

/* ---- solver ---- */

void lock_analysis_run(cfg_function *fn, diag_engine *diag,
                       const lock_analysis_options *options) {
  static const lock_analysis_options no_options;
  if (!options)
    options = &no_options;
  analysis a;
  memset(&a, 0, sizeof a);
  a.fn = fn;
  a.diag = diag;
  a.options = options;
  arena_init(&a.scratch);
  lock_fn_specializer specializer;
  if (options->specializer) {
    specializer = *options->specializer;
    specializer.bindings = options->bindings;
    specializer.binding_count = options->binding_count;
  }
  a.lf = lock_fn_build(fn, &a.scratch, options->summaries,
                       options->specializer ? &specializer : NULL);
  a.stats = options->stats;
  if (a.stats)
    a.stats->functions++;
  uint32_t n = fn->block_count;
  a.sets = xcalloc(n, sizeof(state_set));

  uint32_t *rpo = xmalloc(sizeof(uint32_t) * n);
  uint32_t rpo_count = cfg_reverse_post_order(fn, rpo);
  uint32_t *rank = xmalloc(sizeof(uint32_t) * n);
  for (uint32_t i = 0; i < n; i++)
    rank[i] = UINT32_MAX;
  for (uint32_t i = 0; i < rpo_count; i++)
    rank[rpo[i]] = i;
  uint8_t *pending = xcalloc(rpo_count ? rpo_count : 1, 1);

  a.out = arena_alloc(&a.scratch, sizeof(block_out));
  la_count_subject_tests(&a);
  la_find_result_uses(&a);
  la_find_owner_tests(&a);
  la_find_pointer_locals(&a);
  if (options->contract)
    a.contract = *options->contract;
  else
    irql_contract_of_function(fn->decl, &a.contract);
  lock_state initial;
  lock_state_init(&initial, entry_range(&a.contract));
  apply_own_lock_annotations(&a, &initial);
  apply_caller_holds(&a, &initial);
  apply_role_holds(&a, &initial);
  la_apply_bindings(&a, &initial);
  la_apply_role_params(&a, &initial);
  set_add(&a, &a.sets[fn->entry], &initial);
  pending[rank[fn->entry]] = 1;
  uint32_t cursor = 0;
  for (;;) {
    /* lowest pending RPO index first */
    uint32_t next = UINT32_MAX;
    for (uint32_t i = cursor; i < rpo_count; i++)
      if (pending[i]) {
        next = i;
        break;
      }
    if (next == UINT32_MAX) {
      for (uint32_t i = 0; i < cursor; i++)
        if (pending[i]) {
          next = i;
          break;
        }
    }
    if (next == UINT32_MAX)
      break;
    pending[next] = 0;
    cursor = next;
    uint32_t b = rpo[next];
    const cfg_block *block = block_of(&a, b);
    state_set *set = &a.sets[b];
    if (++set->visits > MAX_VISITS_BEFORE_MERGE || a.over_budget)
      set_collapse(&a, set, NULL);
    a.transfers += set->count;
    if (!a.over_budget && a.transfers > LOCK_ANALYSIS_STATE_BUDGET) {
      /* from now on one merged state per block */
      a.over_budget = 1;
      if (a.stats)
        a.stats->over_budget++;
    }
    if (a.stats)
      a.stats->block_visits++;
    for (uint16_t si = 0; si < set->count; si++) {
      run_block(&a, block, &set->states[si], REPLAY_SOLVE);
      for (uint16_t oi = 0; oi < a.out->count; oi++)
        for (uint32_t k = 0; k < block->succ_count; k++) {
          uint32_t succ = block->succ[k];
          lock_state edge = a.out->states[oi];
          if (!la_branch_edge(&a, block, k, &edge))
            continue;
          /* past a join where an alias no longer holds on every path */
          apply_renames(&edge, lock_fn_edge_renames(a.lf, b, k));
          if (set_add(&a, &a.sets[succ], &edge) && rank[succ] != UINT32_MAX) {
            pending[rank[succ]] = 1;
            if (rank[succ] < cursor)
              cursor = rank[succ];
          }
        }
    }
  }

  /* a body clang could not build is a partial tree: its findings are not
   * reported (the note on its first clang error says so) */
  if (fn->has_clang_error)
    diag = NULL;
  replay_mode mode = REPLAY_SOLVE;
  if (options->summary_out) {
    fn_summary *sum = options->summary_out;
    memset(sum, 0, sizeof *sum);
    sum->name = fn->name;
    if (fn->decl->paged) {
      /* the function is pageable itself */
      sum->touches_pageable = 1;
      sum->pageable_max_irql = IRQL_HIGH;
      sum->pageable_at.loc = fn->decl->paged_loc;
      sum->pageable_at.routine = fn->name;
    }
    a.building = sum;
    mode = REPLAY_COLLECT;
  } else {
    la_mark_returned_locks(&a);
    if (options->dump_state)
      dump_states(options->dump_state, &a);
    if (diag)
      mode = REPLAY_REPORT;
  }
  if (mode != REPLAY_SOLVE)
    for (uint32_t i = 0; i < rpo_count; i++) {
      const cfg_block *block = block_of(&a, rpo[i]);
      state_set *set = &a.sets[rpo[i]];
      for (uint16_t si = 0; si < set->count; si++)
        run_block(&a, block, &set->states[si], mode);
    }
  if (mode == REPLAY_COLLECT) {
    la_collect_effects(&a);
    options->summary_out->never_returns = a.sets[fn->exit].count == 0;
    options->summary_out->tested_params = la_tested_params_of(&a);
  }

  free(pending);
  free(rank);
  free(rpo);
  free(a.sets);
  free(a.subjects);
  free(a.pointer_locals);
  free(a.eq_tests);
  free(a.released);
  lock_fn_release(a.lf);
  if (a.stats && a.collapsed)
    a.stats->merged_functions++;
  arena_destroy(&a.scratch);
}
