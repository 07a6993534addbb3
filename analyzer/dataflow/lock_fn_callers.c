/* Which locks a function's caller holds when it calls it, read from the
 * function's own lock operations before the analysis runs: releases no
 * path may have acquired before (a release of the caller's lock), and
 * locks the function only drops and takes back (held_by_caller). Two
 * forward dataflows over the blocks, one bit per lock. Part of lock_fn
 * (lock_fn_internal.h). */
#include "lock_fn_internal.h"

#include "../util/xalloc.h"

#include <stdlib.h>
#include <string.h>

int lf_is_acquire_of_lock(const lock_op *op) {
  return op->lock != LOCK_NONE &&
         (op->op == API_OP_ACQUIRE || op->op == API_OP_TRY_ACQUIRE);
}

/* One pass over the blocks: pushes each block's out set into its
 * successors' in sets; with `mark`, records on each release whether its
 * lock may have been acquired before it. Returns whether an in set grew. */
static int propagate_acquired(lock_fn *lf, uint64_t *in, uint64_t *cur,
                              uint32_t words, int mark) {
  const cfg_function *fn = lf->cfg;
  int changed = 0;
  for (uint32_t b = 0; b < fn->block_count; b++) {
    const cfg_block *block = fn->blocks[b];
    memcpy(cur, in + (size_t)b * words, words * sizeof(uint64_t));
    for (uint32_t i = 0; i < block->event_count; i++) {
      const ir_event *ev = &block->events[i];
      for (lock_op *op = lf->op_by_event[ev->id]; op; op = op->next) {
        if (op->lock == LOCK_NONE)
          continue;
        uint64_t bit = 1ull << (op->lock % 64u);
        if (mark && op->op == API_OP_RELEASE)
          op->releases_callers_lock = !(cur[op->lock / 64u] & bit);
        if (lf_is_acquire_of_lock(op))
          cur[op->lock / 64u] |= bit;
      }
      /* a held lock renamed by a write (aliases) is the same acquire */
      for (const lock_rename *r = lock_fn_renames(lf, ev); r; r = r->next)
        if (cur[r->from / 64u] & (1ull << (r->from % 64u)))
          cur[r->to / 64u] |= 1ull << (r->to % 64u);
    }
    for (uint32_t k = 0; k < block->succ_count; k++) {
      uint64_t *succ_in = in + (size_t)block->succ[k] * words;
      for (const lock_rename *r = lock_fn_edge_renames(lf, b, k); r;
           r = r->next)
        if (cur[r->from / 64u] & (1ull << (r->from % 64u)) &&
            !(succ_in[r->to / 64u] & (1ull << (r->to % 64u)))) {
          succ_in[r->to / 64u] |= 1ull << (r->to % 64u);
          changed = 1;
        }
      for (uint32_t w = 0; w < words; w++)
        if ((succ_in[w] | cur[w]) != succ_in[w]) {
          succ_in[w] |= cur[w];
          changed = 1;
        }
    }
  }
  return changed;
}

/* Marks the releases that no acquire of their lock can precede: a forward
 * "may have been acquired" bit-vector dataflow over the blocks (union at
 * joins, an acquire op generates its lock). A release reached on every
 * path before any acquire releases what the caller holds: NDIS code drops
 * the caller's lock around an indication and takes it back. A release
 * after an acquire on some path (`if (x) acquire; … release;`) stays the
 * function's own. */
void lf_mark_releases_of_callers_locks(lock_fn *lf) {
  const cfg_function *fn = lf->cfg;
  uint32_t words = (lf->lock_count + 63u) / 64u;
  if (words == 0 || fn->block_count == 0)
    return;
  uint64_t *in = xcalloc((size_t)fn->block_count * words, sizeof(uint64_t));
  uint64_t *cur = xcalloc(words, sizeof(uint64_t));
  while (propagate_acquired(lf, in, cur, words, 0))
    ;
  propagate_acquired(lf, in, cur, words, 1);
  free(in);
  free(cur);
}

/* The two forward must-dataflows behind `held_by_caller`, one bit per
 * lock, in sets starting full and the entry's empty (intersection at
 * joins): `released` -- released since its last take, on every path (a
 * release sets it, a take clears it) -- and `taken` -- taken since the
 * entry, on every path (a take sets it). */
typedef struct retake_flow {
  uint64_t *released_in, *taken_in; /* per block */
  uint64_t *released, *taken;       /* through the current block */
  uint64_t *retakes;  /* cleared for a lock some path takes first */
  uint64_t *evidence; /* set for a lock some path releases before any
                         take: the caller's */
  uint32_t words;
} retake_flow;

/* Is `op` a callee's release of a lock it takes back in the same call
 * while the function holds (took on every path, and has not let go of) a
 * lock of the same class under another name? Then the callee drops and
 * retakes the function's own lock (lock_analysis: retaken_under_other_name),
 * which is no sign of the function's caller holding it. */
static int retakes_own_lock(lock_fn *lf, const retake_flow *f,
                            const lock_op *op) {
  if (!op->effect || !lock_op_retaken_in_call(op))
    return 0;
  const char *cls = lock_fn_lock_class(lf, op->lock);
  if (!cls)
    return 0;
  for (uint16_t l = 0; l < lf->lock_count; l++) {
    uint64_t bit = 1ull << (l % 64u);
    const char *other;
    if (l != op->lock && (f->taken[l / 64u] & bit) &&
        !(f->released[l / 64u] & bit) && (other = lock_fn_lock_class(lf, l)) &&
        strcmp(other, cls) == 0)
      return 1;
  }
  return 0;
}

/* A take of a lock its caller holds already, under the hypothesis that the
 * caller does (the `released` bit clear), that does not make the lock the
 * function's own: a try-acquire of a lock its holder may take again (an
 * executive resource). Such a try is how a routine entered with its
 * caller's resource held shared attempts to convert it to exclusive
 * (`if (!ExAcquireResourceExclusiveLite(&T->Lock, FALSE)) { drop; take
 * exclusive; retry }`), and on a resource it can only succeed as a
 * recursive hold. */
static int takes_held_again(const lock_op *op) {
  return op->op == API_OP_TRY_ACQUIRE &&
         api_kind_is_recursive((api_kind)op->kind);
}

/* One pass over the blocks: pushes each block's out sets into its
 * successors' in sets. With `check`, clears in `retakes` the lock of every
 * take reached without its `released` bit (but a try that takes a held
 * resource again, takes_held_again), and sets in `evidence` the lock of
 * every release reached without its `taken` bit. Returns whether an in set
 * shrank. */
static int propagate_released(lock_fn *lf, retake_flow *f, int check) {
  const cfg_function *fn = lf->cfg;
  uint32_t words = f->words;
  int changed = 0;
  for (uint32_t b = 0; b < fn->block_count; b++) {
    const cfg_block *block = fn->blocks[b];
    memcpy(f->released, f->released_in + (size_t)b * words,
           words * sizeof(uint64_t));
    memcpy(f->taken, f->taken_in + (size_t)b * words, words * sizeof(uint64_t));
    for (uint32_t i = 0; i < block->event_count; i++) {
      const ir_event *ev = &block->events[i];
      for (lock_op *op = lf->op_by_event[ev->id]; op; op = op->next) {
        if (op->lock == LOCK_NONE)
          continue;
        uint32_t w = op->lock / 64u;
        uint64_t bit = 1ull << (op->lock % 64u);
        if (op->op == API_OP_RELEASE) {
          if (check && !(f->taken[w] & bit) && !retakes_own_lock(lf, f, op))
            f->evidence[w] |= bit;
          f->released[w] |= bit;
        } else if (lf_is_acquire_of_lock(op)) {
          if (check && !(f->released[w] & bit) && !takes_held_again(op))
            f->retakes[w] &= ~bit;
          f->released[w] &= ~bit;
          f->taken[w] |= bit;
        }
      }
    }
    for (uint32_t k = 0; k < block->succ_count; k++) {
      if (block->succ[k] == fn->entry)
        continue;
      uint64_t *rel_in = f->released_in + (size_t)block->succ[k] * words;
      uint64_t *tak_in = f->taken_in + (size_t)block->succ[k] * words;
      for (uint32_t w = 0; w < words; w++) {
        if ((rel_in[w] & f->released[w]) != rel_in[w] ||
            (tak_in[w] & f->taken[w]) != tak_in[w]) {
          rel_in[w] &= f->released[w];
          tak_in[w] &= f->taken[w];
          changed = 1;
        }
      }
    }
  }
  return changed;
}

/* Marks the locks the function takes only back: some path releases one
 * before any take of it, and every acquire of it follows, on every path
 * from the entry, a release of it since its last take
 * (`Release(&Ctx->Vcb->Lock); Wait(…); Acquire(&Ctx->Vcb->Lock)`, maybe
 * in a loop, maybe through a helper that does it). Whatever path such a
 * function takes, its first use of the lock releases it, or takes it
 * again where a resource's holder may (a try converting a shared hold,
 * takes_held_again): its caller holds the lock when it calls it, and the
 * analysis starts it held (lock_analysis). Only locks its callers can
 * name. A release after an acquire of its own (`if (x) Acquire(L); …
 * Release(L);`, or after a try on every path) keeps the lock the
 * function's own. */
void lf_mark_locks_held_by_caller(lock_fn *lf) {
  const cfg_function *fn = lf->cfg;
  uint32_t words = (lf->lock_count + 63u) / 64u;
  if (words == 0 || fn->block_count == 0)
    return;
  size_t in_bytes = (size_t)fn->block_count * words * sizeof(uint64_t);
  retake_flow f;
  f.words = words;
  f.released_in = xmalloc(in_bytes);
  f.taken_in = xmalloc(in_bytes);
  memset(f.released_in, 0xFF, in_bytes);
  memset(f.taken_in, 0xFF, in_bytes);
  memset(f.released_in + (size_t)fn->entry * words, 0,
         words * sizeof(uint64_t));
  memset(f.taken_in + (size_t)fn->entry * words, 0, words * sizeof(uint64_t));
  f.released = xcalloc(words, sizeof(uint64_t));
  f.taken = xcalloc(words, sizeof(uint64_t));
  f.retakes = xmalloc(words * sizeof(uint64_t));
  memset(f.retakes, 0xFF, words * sizeof(uint64_t));
  f.evidence = xcalloc(words, sizeof(uint64_t));
  while (propagate_released(lf, &f, 0))
    ;
  propagate_released(lf, &f, 1);
  int any = 0;
  for (uint16_t l = 0; l < lf->lock_count; l++) {
    path_entry *lock = &lf->locks[l];
    uint64_t bit = 1ull << (l % 64u);
    summary_path named;
    if (lock->acquired_here && (f.retakes[l / 64u] & bit) &&
        (f.evidence[l / 64u] & bit) &&
        summary_path_of(fn, &lock->path, lf->mem, &named))
      lock->held_by_caller = any = 1;
  }
  /* how the caller took it is not known: the analysis starts it held as
   * the function first takes it back (the first acquire, in source
   * order), so that the paths that retake it and those that never let it
   * go agree */
  for (uint32_t e = 0; any && e < lf->event_count; e++)
    for (const lock_op *op = lf->op_by_event[e]; op; op = op->next) {
      if (!lf_is_acquire_of_lock(op) || !lf->locks[op->lock].held_by_caller ||
          lf->locks[op->lock].caller_hold_kind != API_KIND_NONE)
        continue;
      int earlier = 0; /* one acquire of a lock per call counts */
      for (const lock_op *o = lf->op_by_event[e]; o != op; o = o->next)
        earlier |= o->lock == op->lock && lf_is_acquire_of_lock(o);
      if (!earlier)
        lf->locks[op->lock].caller_hold_kind = op->kind;
    }
  free(f.released_in);
  free(f.taken_in);
  free(f.released);
  free(f.taken);
  free(f.retakes);
  free(f.evidence);
}
