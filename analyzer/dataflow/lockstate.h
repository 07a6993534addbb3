/* The abstract state at a program point: which locks are held (a small
 * array of ids into the function's lock table, in acquisition order), the
 * IRQL the code may be running at (an interval over the modeled levels),
 * the explicit raises not yet undone, and what the path so far has
 * established about branch conditions.
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
#define DROPPED_CAPACITY 8
#define FACT_CAPACITY 12
#define RAISE_CAPACITY 4

/* The IRQL the code may run at: every level in [lo, hi] (irql_level
 * values). `assumed` says hi is the default assumption about a function
 * nothing tells us about (any level up to DISPATCH_LEVEL) rather than
 * something the code or its annotations established; rules never report a
 * level that is too low on an assumption. */
typedef struct irql_range {
  uint8_t lo, hi;
  uint8_t assumed; /* IRQL_ASSUMED, with IRQL_TESTED; 0: established */
} irql_range;

/* irql_range.assumed: the range rests on the default assumption about an
 * entry IRQL nothing states (no finding comes from it), and -- TESTED --
 * a test of the IRQL narrowed it on this path (so what the code needs
 * there is no requirement on its callers: it tested before) */
#define IRQL_ASSUMED 1
#define IRQL_TESTED 2

/* Where the current IRQL came from, for notes: an event id, or one of: */
#define IRQL_SITE_ENTRY UINT32_MAX         /* the function's entry contract */
#define IRQL_SITE_UNKNOWN (UINT32_MAX - 1) /* paths that disagree, a branch */
#define NO_SUBJECT UINT16_MAX

typedef struct held_lock {
  uint16_t lock;    /* id in lock_fn.locks */
  uint16_t slot;    /* OldIrql storage id, or LOCK_NONE */
  uint32_t site;    /* event id of the (outermost) acquire */
  uint8_t kind;     /* api_kind as acquired */
  uint8_t maybe;    /* not held on every path */
  uint8_t depth;    /* 2 after a (reported) recursive acquire, else 1 */
  irql_range saved; /* the IRQL before the acquire, restored by release */
  /* held from the entry because of the function's role (the system calls a
   * cancel routine holding the cancel spin lock): it must release it */
  uint8_t must_release;
  /* held from outside the function by the thread that owns a recursive
   * lock (the way of an owner test where it already owns it, lock_owner.c;
   * site HELD_AT_ENTRY): the function's matching release leaves it held */
  uint8_t outer;
} held_lock;

/* held_lock.site of a lock the function's annotations say its caller holds
 * (_Requires_lock_held_): held from the entry, acquired by no event. */
#define HELD_AT_ENTRY UINT32_MAX

/* A caller's lock released on this path: one the function did not hold
 * (its caller must have: the function is a release wrapper), or one held
 * from the entry (from_entry). */
typedef struct dropped_lock {
  uint16_t lock;
  uint8_t maybe;      /* not on every path merged into this state */
  uint8_t from_entry; /* it was held from the entry (_Requires_lock_held_),
                         not released unheld */
  uint32_t site;      /* event id of the release */
} dropped_lock;

/* A KeRaiseIrql (or KeRaiseIrqlToDpcLevel) not yet undone by KeLowerIrql. */
typedef struct raised_irql {
  uint16_t slot;     /* where the previous IRQL was stored, or LOCK_NONE */
  uint8_t maybe;     /* not raised on every path */
  uint32_t site;     /* event id of the raise */
  irql_range saved;  /* the IRQL before it */
  uint8_t with_lock; /* raise_with: by a routine that also acquired a lock
                        (whose leak another rule reports) */
} raised_irql;

/* raised_irql.with_lock */
enum raise_with {
  RAISE_ALONE = 0,
  RAISE_WITH_LOCK = 1,
  /* the acquire of a lock this function cannot name, in a callee
   * (summary_effect.unnamed): its release gives the saved IRQL back */
  RAISE_UNNAMED_LOCK = 2
};

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
  uint8_t raise_count;
  uint8_t drop_count;
  irql_range irql;
  uint32_t irql_site;    /* event that set the current IRQL, or IRQL_SITE_* */
  uint16_t irql_subject; /* condition subject holding KeGetCurrentIrql()'s
                            result for the current IRQL, or NO_SUBJECT */
  /* a condition subject holding an IRQL that is no longer the current one
   * (KeGetCurrentIrql()'s result once the IRQL changed, or the previous
   * IRQL an acquire returned), in range irql_value; or NO_SUBJECT */
  uint16_t irql_value_subject;
  irql_range irql_value;
  /* the event whose IRQL change made irql_value_subject's value an
   * earlier IRQL (an acquire, a raise), or IRQL_SITE_UNKNOWN: a release
   * giving back what that acquire saved makes it the current one again */
  uint32_t irql_value_since;
  /* the pointer locals (by their index in the analysis' table, the first
   * 64) known not to be NULL because the path dereferenced them or gave
   * them an address: kept apart from the facts, since the next
   * dereference tells it again and it must not push out a fact only a
   * branch tells */
  uint64_t not_null;
  held_lock held[LOCKSET_CAPACITY];
  raised_irql raises[RAISE_CAPACITY];
  dropped_lock dropped[DROPPED_CAPACITY];
  cond_fact facts[FACT_CAPACITY];
} lock_state;

/* An empty state at `entry` IRQL. */
void lock_state_init(lock_state *s, irql_range entry);
int lockset_find(const lock_state *s, uint16_t lock);
void lockset_add(lock_state *s, held_lock h);
void lockset_remove_at(lock_state *s, int index);
/* Same held locks (ids, kinds, sites, slots) and raises; IRQL levels and
 * facts aside. States that agree on this are joined first when a block has
 * too many states. */
int lockset_equal(const lock_state *a, const lock_state *b);
int lock_state_equal(const lock_state *a, const lock_state *b);
/* dst := the least state that covers both (locks and raises present in
 * only one become maybe; IRQL ranges are joined; facts, and pointers not
 * NULL, are kept only when both have them). */
void lock_state_merge(lock_state *dst, const lock_state *src);

irql_range irql_range_join(irql_range a, irql_range b);
int irql_range_equal(irql_range a, irql_range b);

int dropped_find(const lock_state *s, uint16_t lock);
void dropped_add(lock_state *s, dropped_lock d);

int raise_find_slot(const lock_state *s, uint16_t slot);
void raise_push(lock_state *s, raised_irql r);
/* Drops raise `index` and every later one (a lower undoes them all). */
void raise_pop_from(lock_state *s, int index);

/* The first fact about `subject` (a subject has one fact, or several
 * `!=` facts). */
const cond_fact *fact_find(const lock_state *s, uint16_t subject);
/* Is exactly this fact among the state's? */
int fact_has(const lock_state *s, const cond_fact *f);
void fact_set(lock_state *s, uint16_t subject, int is_eq, int64_t value);
/* subject != value, kept with the other inequalities known about the
 * subject (past a chain of tests, a switch's default: x != 1, x != 2) */
void fact_add_unequal(lock_state *s, uint16_t subject, int64_t value);
/* Marks the facts about `subject` as the latest used: a full state forgets
 * the least recently set or read first. */
void fact_touch(lock_state *s, uint16_t subject);
/* Forgets every fact about `subject`. */
void fact_remove(lock_state *s, uint16_t subject);

#endif
