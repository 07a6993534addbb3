/* Lock-set and branch-fact operations on lock_state (see lockstate.h). Sets
 * are tiny, so everything is a linear scan over a fixed array. */
#include "lockstate.h"

#include "../../rules/api_model.h"

#include <string.h>

void lock_state_init(lock_state *s, irql_range entry) {
  memset(s, 0, sizeof *s);
  s->irql = entry;
  s->irql_site = IRQL_SITE_ENTRY;
  s->irql_subject = NO_SUBJECT;
  s->irql_value_subject = NO_SUBJECT;
  s->irql_value_since = IRQL_SITE_UNKNOWN;
}

irql_range irql_range_join(irql_range a, irql_range b) {
  /* assumed if either is; tested only if every assumed side was */
  int assumed = (a.assumed | b.assumed) & IRQL_ASSUMED;
  int tested = (!(a.assumed & IRQL_ASSUMED) || (a.assumed & IRQL_TESTED)) &&
               (!(b.assumed & IRQL_ASSUMED) || (b.assumed & IRQL_TESTED));
  irql_range r = {a.lo < b.lo ? a.lo : b.lo, a.hi > b.hi ? a.hi : b.hi, 0};
  /* the ways of a test joined back over the whole assumption: as if it
   * had not been tested */
  if (r.lo == IRQL_PASSIVE && r.hi >= IRQL_DISPATCH)
    tested = 0;
  r.assumed = (uint8_t)(assumed ? assumed | (tested ? IRQL_TESTED : 0) : 0);
  return r;
}

int irql_range_equal(irql_range a, irql_range b) {
  return a.lo == b.lo && a.hi == b.hi && a.assumed == b.assumed;
}

int raise_find_slot(const lock_state *s, uint16_t slot) {
  for (int i = s->raise_count; i-- > 0;)
    if (s->raises[i].slot == slot)
      return i;
  return -1;
}

void raise_push(lock_state *s, raised_irql r) {
  if (s->raise_count == RAISE_CAPACITY) {
    /* forget the oldest: an unmatched raise is then never reported */
    memmove(&s->raises[0], &s->raises[1],
            sizeof(raised_irql) * (RAISE_CAPACITY - 1));
    s->raise_count--;
  }
  s->raises[s->raise_count++] = r;
}

void raise_pop_from(lock_state *s, int index) {
  if (index >= 0 && index < s->raise_count)
    s->raise_count = (uint8_t)index;
}

static int raises_equal(const lock_state *a, const lock_state *b,
                        int with_levels) {
  if (a->raise_count != b->raise_count)
    return 0;
  for (int i = 0; i < a->raise_count; i++) {
    const raised_irql *x = &a->raises[i], *y = &b->raises[i];
    if (x->slot != y->slot || x->site != y->site || x->maybe != y->maybe)
      return 0;
    if (with_levels && !irql_range_equal(x->saved, y->saved))
      return 0;
  }
  return 1;
}

int lockset_find(const lock_state *s, uint16_t lock) {
  for (int i = 0; i < s->count; i++)
    if (s->held[i].lock == lock)
      return i;
  return -1;
}

void lockset_add(lock_state *s, held_lock h) {
  if (s->count == LOCKSET_CAPACITY) {
    s->lost = 1;
    return;
  }
  s->held[s->count++] = h;
}

void lockset_remove_at(lock_state *s, int index) {
  if (index < 0 || index >= s->count)
    return;
  memmove(&s->held[index], &s->held[index + 1],
          sizeof(held_lock) * (size_t)(s->count - index - 1));
  s->count--;
}

int dropped_find(const lock_state *s, uint16_t lock) {
  for (int i = 0; i < s->drop_count; i++)
    if (s->dropped[i].lock == lock)
      return i;
  return -1;
}

void dropped_add(lock_state *s, dropped_lock d) {
  if (dropped_find(s, d.lock) >= 0)
    return;
  if (s->drop_count == DROPPED_CAPACITY) {
    s->lost = 1;
    return;
  }
  s->dropped[s->drop_count++] = d;
}

static int dropped_equal(const lock_state *a, const lock_state *b) {
  if (a->drop_count != b->drop_count)
    return 0;
  for (int i = 0; i < a->drop_count; i++)
    if (a->dropped[i].lock != b->dropped[i].lock ||
        a->dropped[i].maybe != b->dropped[i].maybe ||
        a->dropped[i].from_entry != b->dropped[i].from_entry ||
        a->dropped[i].site != b->dropped[i].site)
      return 0;
  return 1;
}

int lockset_equal(const lock_state *a, const lock_state *b) {
  if (a->count != b->count || a->lost != b->lost || !dropped_equal(a, b))
    return 0;
  for (int i = 0; i < a->count; i++) {
    const held_lock *x = &a->held[i], *y = &b->held[i];
    if (x->lock != y->lock || x->slot != y->slot || x->site != y->site ||
        x->kind != y->kind || x->maybe != y->maybe || x->depth != y->depth ||
        x->outer != y->outer)
      return 0;
  }
  return raises_equal(a, b, 0);
}

int lock_state_equal(const lock_state *a, const lock_state *b) {
  if (a->fact_count != b->fact_count || a->not_null != b->not_null ||
      !lockset_equal(a, b) || !raises_equal(a, b, 1) ||
      !irql_range_equal(a->irql, b->irql) || a->irql_site != b->irql_site ||
      a->irql_subject != b->irql_subject ||
      a->irql_value_subject != b->irql_value_subject ||
      (a->irql_value_subject != NO_SUBJECT &&
       (!irql_range_equal(a->irql_value, b->irql_value) ||
        a->irql_value_since != b->irql_value_since)))
    return 0;
  for (int i = 0; i < a->count; i++)
    if (!irql_range_equal(a->held[i].saved, b->held[i].saved))
      return 0;
  for (int i = 0; i < a->fact_count; i++)
    if (!fact_has(b, &a->facts[i]))
      return 0;
  return 1;
}

void lock_state_merge(lock_state *dst, const lock_state *src) {
  lock_state out;
  lock_state_init(&out, irql_range_join(dst->irql, src->irql));
  out.irql_site =
      dst->irql_site == src->irql_site ? dst->irql_site : IRQL_SITE_UNKNOWN;
  out.irql_subject =
      dst->irql_subject == src->irql_subject ? dst->irql_subject : NO_SUBJECT;
  if (dst->irql_value_subject == src->irql_value_subject &&
      dst->irql_value_subject != NO_SUBJECT) {
    out.irql_value_subject = dst->irql_value_subject;
    out.irql_value = irql_range_join(dst->irql_value, src->irql_value);
    out.irql_value_since = dst->irql_value_since == src->irql_value_since
                               ? dst->irql_value_since
                               : IRQL_SITE_UNKNOWN;
  }
  out.lost = dst->lost | src->lost;
  out.not_null = dst->not_null & src->not_null;
  for (int i = 0; i < dst->count; i++) {
    held_lock h = dst->held[i];
    int j = lockset_find(src, h.lock);
    if (j < 0) {
      h.maybe = 1;
    } else {
      const held_lock *o = &src->held[j];
      h.maybe |= o->maybe;
      if (o->site < h.site)
        h.site = o->site; /* deterministic choice of the reported site */
      if (o->depth != h.depth || o->slot != h.slot || o->kind != h.kind ||
          o->outer != h.outer)
        h.maybe = 1;
      h.saved = irql_range_join(h.saved, o->saved);
    }
    lockset_add(&out, h);
  }
  for (int j = 0; j < src->count; j++)
    if (lockset_find(dst, src->held[j].lock) < 0) {
      held_lock h = src->held[j];
      h.maybe = 1;
      lockset_add(&out, h);
    }
  for (int i = 0; i < dst->drop_count; i++) {
    dropped_lock d = dst->dropped[i];
    int j = dropped_find(src, d.lock);
    if (j < 0)
      d.maybe = 1;
    else {
      d.maybe |= src->dropped[j].maybe;
      d.from_entry &= src->dropped[j].from_entry;
      if (src->dropped[j].site < d.site)
        d.site = src->dropped[j].site;
    }
    dropped_add(&out, d);
  }
  for (int j = 0; j < src->drop_count; j++)
    if (dropped_find(dst, src->dropped[j].lock) < 0) {
      dropped_lock d = src->dropped[j];
      d.maybe = 1;
      dropped_add(&out, d);
    }
  /* raises: matched by their site (the same KeRaiseIrql call) */
  for (int i = 0; i < dst->raise_count; i++) {
    raised_irql r = dst->raises[i];
    int found = 0;
    for (int j = 0; j < src->raise_count; j++)
      if (src->raises[j].site == r.site && src->raises[j].slot == r.slot) {
        r.maybe |= src->raises[j].maybe;
        r.saved = irql_range_join(r.saved, src->raises[j].saved);
        found = 1;
      }
    if (!found)
      r.maybe = 1;
    raise_push(&out, r);
  }
  for (int j = 0; j < src->raise_count; j++) {
    int found = 0;
    for (int i = 0; i < dst->raise_count; i++)
      if (dst->raises[i].site == src->raises[j].site &&
          dst->raises[i].slot == src->raises[j].slot)
        found = 1;
    /* a full stack keeps what it has: pushing would forget the oldest,
     * and the next merge would bring it back (the states would never
     * settle) */
    if (!found && out.raise_count < RAISE_CAPACITY) {
      raised_irql r = src->raises[j];
      r.maybe = 1;
      raise_push(&out, r);
    }
  }
  for (int i = 0; i < dst->fact_count; i++)
    if (fact_has(src, &dst->facts[i]))
      out.facts[out.fact_count++] = dst->facts[i];
  *dst = out;
}

const cond_fact *fact_find(const lock_state *s, uint16_t subject) {
  for (int i = 0; i < s->fact_count; i++)
    if (s->facts[i].subject == subject)
      return &s->facts[i];
  return NULL;
}

int fact_has(const lock_state *s, const cond_fact *f) {
  for (int i = 0; i < s->fact_count; i++)
    if (s->facts[i].subject == f->subject && s->facts[i].is_eq == f->is_eq &&
        s->facts[i].value == f->value)
      return 1;
  return 0;
}

void fact_remove(lock_state *s, uint16_t subject) {
  int out = 0;
  for (int i = 0; i < s->fact_count; i++)
    if (s->facts[i].subject != subject)
      s->facts[out++] = s->facts[i];
  s->fact_count = (uint8_t)out;
}

void fact_touch(lock_state *s, uint16_t subject) {
  cond_fact moved[FACT_CAPACITY];
  int n = 0, out = 0;
  for (int i = 0; i < s->fact_count; i++)
    if (s->facts[i].subject == subject)
      moved[n++] = s->facts[i];
    else
      s->facts[out++] = s->facts[i];
  for (int i = 0; i < n; i++)
    s->facts[out++] = moved[i];
}

/* Adds f as the latest fact; a full state forgets its oldest (least
 * recently used: fact_touch) -- losing a fact only loses precision. */
static void fact_append(lock_state *s, cond_fact f) {
  if (s->fact_count == FACT_CAPACITY) {
    memmove(&s->facts[0], &s->facts[1],
            sizeof(cond_fact) * (FACT_CAPACITY - 1));
    s->fact_count--;
  }
  s->facts[s->fact_count++] = f;
}

void fact_add_unequal(lock_state *s, uint16_t subject, int64_t value) {
  for (int i = 0; i < s->fact_count; i++)
    if (s->facts[i].subject == subject &&
        (s->facts[i].is_eq || s->facts[i].value == value))
      return; /* known, or implied by what the subject equals */
  cond_fact f = {subject, 0, value};
  fact_append(s, f);
}

void fact_set(lock_state *s, uint16_t subject, int is_eq, int64_t value) {
  fact_remove(s, subject);
  cond_fact f = {subject, (uint8_t)(is_eq != 0), value};
  fact_append(s, f);
}
