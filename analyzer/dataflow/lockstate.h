/* The abstract state at a program point: which locks are held (a small
 * array of ids into the function's lock table, in acquisition order) and
 * what the path so far has established about branch conditions.
 *
 * A held lock is either certain (held on every path merged into this state)
 * or "maybe" (merged from paths that disagree, or taken by a try-acquire we
 * could not correlate). Rules report only on certain facts: a maybe lock
 * never yields a finding, so merging can lose findings but never invent
 * them. */
#ifndef IRQLINT_LOCKSTATE_H
#define IRQLINT_LOCKSTATE_H

#include <stdint.h>

#define LOCKSET_CAPACITY 16
#define FACT_CAPACITY 8

typedef struct held_lock {
  uint16_t lock; /* id in lock_fn.locks */
  uint16_t slot; /* OldIrql storage id, or LOCK_NONE */
  uint32_t site; /* event id of the (outermost) acquire */
  uint8_t kind;  /* api_kind as acquired */
  uint8_t maybe; /* not held on every path */
  uint8_t depth; /* 2 after a (reported) recursive acquire, else 1 */
} held_lock;

/* What a branch established: subject == value or subject != value. */
typedef struct cond_fact {
  uint16_t subject; /* id in the analysis' subject table */
  uint8_t is_eq;
  int64_t value;
} cond_fact;

typedef struct lock_state {
  uint8_t count;
  uint8_t fact_count;
  uint8_t lost; /* a lock did not fit: the state no longer reports */
  held_lock held[LOCKSET_CAPACITY];
  cond_fact facts[FACT_CAPACITY];
} lock_state;

void lock_state_init(lock_state *s);
int lockset_find(const lock_state *s, uint16_t lock);
void lockset_add(lock_state *s, held_lock h);
void lockset_remove_at(lock_state *s, int index);
/* Same held locks (ids, kinds, sites, slots), facts aside. */
int lockset_equal(const lock_state *a, const lock_state *b);
int lock_state_equal(const lock_state *a, const lock_state *b);
/* dst := the least state that covers both (locks held in only one become
 * maybe; facts are kept only when both have them). */
void lock_state_merge(lock_state *dst, const lock_state *src);

const cond_fact *fact_find(const lock_state *s, uint16_t subject);
void fact_set(lock_state *s, uint16_t subject, int is_eq, int64_t value);
void fact_remove(lock_state *s, uint16_t subject);

#endif
