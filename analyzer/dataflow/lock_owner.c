/* Recursive locks built from a non-recursive one with an owner field and a
 * hold count, the way file systems and drivers write them:
 *
 *   if (Fcb->LockThread != KeGetCurrentThread()) {   // the owner test
 *     ExAcquireFastMutex(&Fcb->Mutex);
 *     Fcb->LockThread = KeGetCurrentThread();
 *   }
 *   Fcb->LockCount += 1;
 *   …
 *   Fcb->LockCount -= 1;
 *   if (Fcb->LockCount == 0) {                         // the count test
 *     Fcb->LockThread = NULL;
 *     ExReleaseFastMutex(&Fcb->Mutex);
 *   }
 *
 * Read edge by edge, the count test can be false on the path that took the
 * mutex, and the mutex would stay held (and the IRQL raised) after the
 * pair. The two tests are read together instead, as one recursive acquire
 * and its release: on the way where the current thread already owns the
 * lock, it holds it from outside this function (an *outer* hold: a
 * held_lock from the entry, marked outer) or from an earlier acquire of
 * this function (one level deeper); the count test then lets go of exactly
 * what the matching acquire took. See docs/design.md, "Recursive locks". */
#include "lock_analysis_internal.h"

#include <stdlib.h>
#include <string.h>

/* A recursive hold this deep counts no further: a loop that takes the lock
 * again each turn would otherwise give a state per turn. */
#define OWNER_DEPTH_MAX 3

/* Blocks reachable from `from` (a byte per block id, in `seen`) without
 * going through `barrier` (the branch itself: in a loop, one way comes
 * round to the other only through the test again). */
static void reach(const cfg_function *fn, uint32_t from, uint32_t barrier,
                  uint8_t *seen, uint32_t *stack) {
  uint32_t top = 0;
  if (seen[from] || from == barrier)
    return;
  seen[from] = 1;
  stack[top++] = from;
  while (top) {
    const cfg_block *b = fn->blocks[stack[--top]];
    for (uint32_t k = 0; k < b->succ_count; k++)
      if (!seen[b->succ[k]] && b->succ[k] != barrier) {
        seen[b->succ[k]] = 1;
        stack[top++] = b->succ[k];
      }
  }
}

/* The blocks only one way of a two-way branch reaches, until the ways join:
 * reached from succ[way] and not from the other successor. */
static void way_region(const analysis *a, const cfg_block *branch, unsigned way,
                       uint8_t *mine, uint8_t *other, uint32_t *stack) {
  uint32_t n = a->fn->block_count;
  memset(mine, 0, n);
  memset(other, 0, n);
  reach(a->fn, branch->succ[1 - way], branch->id, other, stack);
  reach(a->fn, branch->succ[way], branch->id, mine, stack);
  for (uint32_t i = 0; i < n; i++)
    if (other[i])
      mine[i] = 0;
}

/* The one lock the region acquires for certain (LOCK_NONE: none, or more
 * than one), and the kind it is taken as. */
static uint16_t region_acquire(const analysis *a, const uint8_t *region,
                               uint8_t *kind) {
  uint16_t lock = LOCK_NONE;
  for (uint32_t i = 0; i < a->fn->block_count; i++) {
    if (!region[i])
      continue;
    const cfg_block *b = a->fn->blocks[i];
    for (uint32_t k = 0; k < b->event_count; k++)
      for (const lock_op *op = lock_fn_op(a->lf, &b->events[k]); op;
           op = op->next) {
        if (op->op != API_OP_ACQUIRE || op->maybe || op->lock == LOCK_NONE)
          continue;
        if (lock != LOCK_NONE && lock != op->lock)
          return LOCK_NONE;
        lock = op->lock;
        *kind = op->kind;
      }
  }
  return lock;
}

static int region_releases(const analysis *a, const uint8_t *region,
                           uint16_t lock) {
  for (uint32_t i = 0; i < a->fn->block_count; i++) {
    if (!region[i])
      continue;
    const cfg_block *b = a->fn->blocks[i];
    for (uint32_t k = 0; k < b->event_count; k++)
      for (const lock_op *op = lock_fn_op(a->lf, &b->events[k]); op;
           op = op->next)
        if (op->op == API_OP_RELEASE && !op->maybe && op->lock == lock)
          return 1;
  }
  return 0;
}

/* Does the region store into `owner` the current thread (stores_thread),
 * or NULL (the constant 0)? */
static int region_stores_owner(const analysis *a, const uint8_t *region,
                               const ir_path *owner, int clears) {
  for (uint32_t i = 0; i < a->fn->block_count; i++) {
    if (!region[i])
      continue;
    const cfg_block *b = a->fn->blocks[i];
    for (uint32_t k = 0; k < b->event_count; k++) {
      const ir_event *ev = &b->events[k];
      if (ev->kind != IR_EVENT_ASSIGN || ev->u.assign.op != IR_ASSIGN_STORE ||
          !path_equal(&ev->u.assign.target, owner))
        continue;
      const ir_value *v = &ev->u.assign.value;
      if (clears ? v->kind == IR_VALUE_CONST && v->constant == 0
                 : ev->u.assign.stores_thread)
        return 1;
    }
  }
  return 0;
}

/* Is the branch's test of a count the block itself has just moved down by
 * a constant (`Count -= 1; if (Count == 0)`, `if (--Count == 0)`)? */
static int tests_decremented_count(const cfg_block *b) {
  const ir_cond *c = &b->cond;
  if (b->term != CFG_TERM_BRANCH || b->succ_count != 2 ||
      c->kind != IR_COND_TRUTH || c->value.kind != IR_VALUE_LOAD)
    return 0;
  for (uint32_t k = b->event_count; k-- > 0;) {
    const ir_event *ev = &b->events[k];
    if (ev->kind != IR_EVENT_ASSIGN ||
        !path_overlaps(&ev->u.assign.target, &c->value.path))
      continue;
    /* the last write of the count before the test */
    return ev->u.assign.op == IR_ASSIGN_ADD &&
           path_equal(&ev->u.assign.target, &c->value.path) &&
           ev->u.assign.value.kind == IR_VALUE_CONST &&
           ev->u.assign.value.constant < 0;
  }
  return 0;
}

void la_find_owner_tests(analysis *a) {
  const cfg_function *fn = a->fn;
  uint32_t n = fn->block_count;
  int any = 0;
  for (uint32_t i = 0; i < n && !any; i++)
    any = fn->blocks[i]->term == CFG_TERM_BRANCH &&
          fn->blocks[i]->cond.kind == IR_COND_OWNER;
  if (!any)
    return;
  a->owner_lock = arena_alloc(&a->scratch, n * sizeof(uint16_t));
  a->count_lock = arena_alloc(&a->scratch, n * sizeof(uint16_t));
  a->count_release_way = arena_alloc(&a->scratch, n);
  a->owner_kind = arena_alloc(&a->scratch, n);
  for (uint32_t i = 0; i < n; i++)
    a->owner_lock[i] = a->count_lock[i] = LOCK_NONE;
  uint8_t *mine = xmalloc(n), *other = xmalloc(n);
  uint32_t *stack = xmalloc(n * sizeof(uint32_t));
  /* the owner tests: the way where another thread (or none) owns the lock
   * takes it and makes the current thread its owner */
  for (uint32_t i = 0; i < n; i++) {
    const cfg_block *b = fn->blocks[i];
    if (b->term != CFG_TERM_BRANCH || b->cond.kind != IR_COND_OWNER ||
        b->succ_count != 2)
      continue;
    way_region(a, b, 1, mine, other, stack);
    uint8_t kind = API_KIND_NONE;
    uint16_t lock = region_acquire(a, mine, &kind);
    if (lock != LOCK_NONE &&
        region_stores_owner(a, mine, &b->cond.value.path, 0)) {
      a->owner_lock[i] = lock;
      a->owner_kind[i] = kind;
    }
  }
  /* the count tests: one way clears the owner of such a lock and releases
   * it, the other does not release it */
  for (uint32_t i = 0; i < n; i++) {
    const cfg_block *b = fn->blocks[i];
    if (!tests_decremented_count(b))
      continue;
    for (unsigned way = 0; way < 2 && a->count_lock[i] == LOCK_NONE; way++) {
      way_region(a, b, way, mine, other, stack);
      for (uint32_t o = 0; o < n; o++) {
        uint16_t lock = a->owner_lock[o];
        if (lock == LOCK_NONE || !region_releases(a, mine, lock) ||
            !region_stores_owner(a, mine, &fn->blocks[o]->cond.value.path, 1))
          continue;
        way_region(a, b, 1 - way, other, mine, stack);
        /* `other` is now the other way's region */
        if (!region_releases(a, other, lock)) {
          a->count_lock[i] = lock;
          a->count_release_way[i] = (uint8_t)way;
        }
        break;
      }
    }
  }
  free(mine);
  free(other);
  free(stack);
}

int la_owner_edge(analysis *a, const cfg_block *block, unsigned succ_index,
                  lock_state *s) {
  if (!a->owner_lock || block->term != CFG_TERM_BRANCH || succ_index > 1)
    return 1;
  uint16_t lock = a->owner_lock[block->id];
  if (lock != LOCK_NONE) {
    int owned = succ_index == 0; /* the current thread is the owner */
    int i = lockset_find(s, lock);
    if (i >= 0 && !s->held[i].maybe) {
      /* this path holds it: the thread is its owner, and takes it once
       * more */
      if (!owned)
        return 0;
      if (s->held[i].depth < OWNER_DEPTH_MAX)
        s->held[i].depth++;
    } else if (i < 0 && owned) {
      /* owned without being taken here: held from outside, by this
       * thread; the function's own acquire of it is one level more */
      held_lock h = {lock, LOCK_NONE, HELD_AT_ENTRY, a->owner_kind[block->id],
                     0,    1,         s->irql,       0,
                     1};
      lockset_add(s, h);
    }
    return 1;
  }
  lock = a->count_lock[block->id];
  if (lock == LOCK_NONE)
    return 1;
  int i = lockset_find(s, lock);
  if (i < 0 || s->held[i].maybe)
    return 1;
  held_lock *h = &s->held[i];
  int releases = succ_index == a->count_release_way[block->id];
  if (h->depth > 1 || h->outer) {
    /* the count comes back to what it was when the matching acquire found
     * the lock held: not zero */
    if (releases)
      return 0;
    if (h->depth > 1)
      h->depth--;
    else
      lockset_remove_at(s, i);
    return 1;
  }
  /* taken by this function's acquire, when the thread did not own it: the
   * count comes back to zero */
  if (h->site != HELD_AT_ENTRY && !releases)
    return 0;
  return 1;
}
