/* Aliases and interning, part of lock_fn (lock_fn_internal.h): the
 * function's lock and OldIrql-slot tables, and the locals that reach one
 * object through another name (a local loaded from a path, or given an
 * accessor's result), with where each holds (a must-dataflow over the
 * blocks) and the renames of held locks where one stops holding. */
#include "lock_fn_internal.h"

#include "../util/xalloc.h"

#include <stdlib.h>
#include <string.h>

/* Interns a path into one of the function's tables (locks or OldIrql
 * slots); the tables are tiny, so a linear search is the fastest lookup. */
uint16_t lf_intern_path(lock_fn *lf, path_entry **table, uint16_t *count,
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
  path_entry e;
  memset(&e, 0, sizeof e);
  e.key = arena_strdup(lf->mem, strbuf_cstr(&key));
  e.display = arena_strdup(lf->mem, strbuf_cstr(&display));
  e.path = *path;
  e.stale_twin = LOCK_NONE;
  e.round_trip = LOCK_NONE;
  e.renamed_from = LOCK_NONE;
  strbuf_free(&key);
  strbuf_free(&display);
  size_t n = *count, c = *cap;
  VEC_PUSH(*table, n, c, e);
  *count = (uint16_t)n;
  *cap = (uint16_t)c;
  return (uint16_t)(n - 1);
}

/* ---- aliases: one object reached through a local and through the path
 * the local was loaded from ----
 *
 * `NonPagedCcb = Ccb->NonPagedCcb; Acquire(&NonPagedCcb->Lock); …
 * Release(&Ccb->NonPagedCcb->Lock);` takes and drops one lock. A local
 * pointer whose only write (ir_assign.only_write: its address is never
 * taken) stores a value loaded from a path of fields, dereferences and
 * constant indexes is a name for that path from the write on, as long as
 * nothing that path goes through is written: an assignment to the path or
 * to a prefix of it (`Ccb->NonPagedCcb = Other`, `Ccb = Next`), a call's
 * result stored there, or its address given away (`Decode(&Ccb)`) -- a
 * must-dataflow over the blocks (`aliases_valid`, per event). Where the
 * alias holds, a lock or OldIrql slot spelled through the local is
 * interned as the path it stands for, so both spellings are one entry
 * (and a lock reached through a parameter's field that way is one its
 * callers can name). What the local points at does not change when the
 * path is written afterwards: a lock held under the path's name is then
 * renamed to the local's spelling of it (`renames`), which still reaches
 * the object taken. Writes we cannot see (a callee given `Ccb` writing
 * `Ccb->NonPagedCcb`, a store through another pointer to the same
 * object) are not seen, as everywhere in irqlint. */

/* `base` followed by the steps of `path` after its root. */
static ir_path path_rebased(arena *mem, const ir_path *base,
                            const ir_path *path) {
  ir_path out = *base;
  uint16_t n = (uint16_t)(base->step_count + path->step_count);
  out.steps = arena_alloc(mem, sizeof(path_step) * n);
  if (base->step_count)
    memcpy(out.steps, base->steps, sizeof(path_step) * base->step_count);
  memcpy(out.steps + base->step_count, path->steps,
         sizeof(path_step) * path->step_count);
  out.step_count = n;
  path_cancel_containers(&out);
  return out;
}

/* The alias (index) whose local roots `p`, among the set `valid`, when p
 * goes through the local's value (`*L`, `L->f`, not the variable L). */
static int alias_rooting(const lock_fn *lf, const ir_path *p, uint64_t valid) {
  if (p->root_kind != PATH_ROOT_LOCAL || p->step_count == 0 ||
      p->steps[0].kind != PATH_STEP_DEREF)
    return -1;
  for (uint16_t i = 0; i < lf->alias_count; i++)
    if ((valid >> i & 1u) && lf->aliases[i].local.root_id == p->root_id &&
        strcmp(lf->aliases[i].local.root, p->root) == 0)
      return i;
  return -1;
}

/* `path` with every alias of the set `valid` replaced by the path it
 * stands for (a chain `A = P->x; B = A->y;` twice); 0 when none applies. */
static int canonical_path_in(lock_fn *lf, uint64_t valid, const ir_path *path,
                             ir_path *out) {
  ir_path p = *path;
  int changed = 0;
  for (uint16_t round = 0; round < lf->alias_count; round++) {
    int i = alias_rooting(lf, &p, valid);
    if (i < 0)
      break;
    p = path_rebased(lf->mem, &lf->aliases[i].value, &p);
    changed = 1;
  }
  *out = p;
  return changed;
}

/* The same at the event being lowered. */
static int canonical_path(lock_fn *lf, const ir_path *path, ir_path *out) {
  return canonical_path_in(lf, lf->valid_now, path, out);
}

/* Interns a lock as named at the event being lowered; `spelled` (may be
 * NULL) gets the spelling of `path` when an alias made it another entry's
 * name. */
uint16_t lf_intern_lock_spelled(lock_fn *lf, const ir_path *path,
                                const char **spelled) {
  ir_path canonical;
  if (spelled)
    *spelled = NULL;
  if (!canonical_path(lf, path, &canonical))
    return lf_intern_path(lf, &lf->locks, &lf->lock_count, &lf->lock_cap, path);
  if (spelled) {
    strbuf sb;
    strbuf_init(&sb);
    path_print(&sb, path);
    *spelled = arena_strdup(lf->mem, strbuf_cstr(&sb));
    strbuf_free(&sb);
  }
  return lf_intern_path(lf, &lf->locks, &lf->lock_count, &lf->lock_cap,
                        &canonical);
}

static uint16_t intern_lock(lock_fn *lf, const ir_path *path) {
  return lf_intern_lock_spelled(lf, path, NULL);
}

uint16_t lock_fn_intern_lock(lock_fn *lf, const ir_path *path) {
  return intern_lock(lf, path);
}

static uint16_t intern_slot(lock_fn *lf, const ir_path *path) {
  ir_path canonical;
  if (canonical_path(lf, path, &canonical))
    path = &canonical;
  return lf_intern_path(lf, &lf->slots, &lf->slot_count, &lf->slot_cap, path);
}

uint16_t lock_fn_intern_slot(lock_fn *lf, const ir_path *path) {
  return intern_slot(lf, path);
}

/* Can a write to `written` (or through its address) change the value
 * stored at `p`, as written or as the aliases of `valid` spell them (a
 * write through one local to the path another was loaded from)? */
static int write_changes(lock_fn *lf, uint64_t valid, const ir_path *written,
                         const ir_path *p) {
  if (path_write_changes(written, p))
    return 1;
  ir_path w2, p2;
  int a = canonical_path_in(lf, valid, written, &w2);
  int b = canonical_path_in(lf, valid, p, &p2);
  return (a || b) && path_write_changes(&w2, &p2);
}

/* Can event `ev` change the value stored at `p`: a write to it or to a
 * prefix, or its address (or a prefix's) given to a call or stored? */
static int event_may_change(lock_fn *lf, uint64_t valid, const ir_event *ev,
                            const ir_path *p) {
  if (ev->kind == IR_EVENT_ASSIGN)
    return write_changes(lf, valid, &ev->u.assign.target, p) ||
           (ev->u.assign.value.kind == IR_VALUE_ADDR &&
            write_changes(lf, valid, &ev->u.assign.value.path, p));
  const ir_call *call = &ev->u.call;
  for (uint16_t i = 0; i < call->arg_count; i++)
    if (call->args[i].kind == IR_VALUE_ADDR &&
        write_changes(lf, valid, &call->args[i].path, p))
      return 1;
  return call->has_result_target &&
         write_changes(lf, valid, &call->result_target, p);
}

/* The aliases valid after `ev` given those valid before; `*killed` gets
 * the ones it ends. `written`: the aliases whose local some path to `ev`
 * has written. A write to an alias's path ends it only there: before its
 * local is written no path holds a value to go stale (`Adapter =
 * Info->Adapter;` ahead of `Default = Adapter->Common->Default;` under an
 * if is the value's own initialization, not a change of it). */
static uint64_t alias_transfer(lock_fn *lf, const ir_event *ev, uint64_t valid,
                               uint64_t written, uint64_t *killed) {
  uint64_t gen = 0, kill = 0;
  for (uint16_t i = 0; i < lf->alias_count; i++) {
    const lock_alias *a = &lf->aliases[i];
    if (ev->kind == IR_EVENT_ASSIGN && ev->u.assign.only_write &&
        path_equal(&ev->u.assign.target, &a->local))
      gen |= 1ull << i;
    else if ((written >> i & 1u) && event_may_change(lf, valid, ev, &a->value))
      kill |= 1ull << i;
  }
  *killed = valid & kill;
  return (valid & ~kill) | gen;
}

/* The aliases whose local some path into `block` has written: the union
 * of those at the end of its predecessors, none at the entry. */
static uint64_t aliases_written_into(const cfg_function *fn,
                                     const cfg_block *block,
                                     const uint64_t *written_out) {
  uint64_t v = 0;
  if (block->id == fn->entry)
    return 0;
  for (uint32_t p = 0; p < block->pred_count; p++)
    v |= written_out[block->pred[p]];
  return v;
}

/* The aliases of the function: locals whose only write loads a path of
 * fixed steps rooted at a variable (not the local itself; not an
 * accessor call's result, which is no storage a write can be seen to
 * change). A local whose only write the IR repeats (a __finally inlined
 * on several exits) keeps one entry. */
/* The path an accessor call stored by `as` reads (`Ext =
 * GetVolumeExtension(DeviceObject)` with GetVolumeExtension returning
 * `DeviceObject->DeviceExtension`), through its summary's returned_path;
 * else 0. */
static int accessor_result_path(lock_fn *lf, const cfg_block *block,
                                const ir_assign *as,
                                const fn_summary *const *summaries,
                                ir_path *out) {
  if (as->value.kind != IR_VALUE_CALL || !summaries)
    return 0;
  const ir_event *ev = cfg_block_event(block, as->value.call_event);
  if (!ev || ev->kind != IR_EVENT_CALL)
    return 0;
  const ir_call *call = &ev->u.call;
  const fn_summary *s =
      call->target && !call->indirect ? summaries[call->target->id] : NULL;
  return s && s->has_returned_path &&
         summary_path_substitute(&s->returned_path, call, lf->mem, out);
}

void lf_find_aliases(lock_fn *lf, const fn_summary *const *summaries) {
  const cfg_function *fn = lf->cfg;
  for (uint32_t b = 0; b < fn->block_count; b++)
    for (uint32_t k = 0; k < fn->blocks[b]->event_count; k++) {
      const ir_event *ev = &fn->blocks[b]->events[k];
      if (ev->kind != IR_EVENT_ASSIGN || !ev->u.assign.only_write)
        continue;
      const ir_assign *as = &ev->u.assign;
      ir_path value;
      if (as->value.kind == IR_VALUE_LOAD)
        value = as->value.path;
      else if (!accessor_result_path(lf, fn->blocks[b], as, summaries, &value))
        continue;
      if (as->target.root_kind != PATH_ROOT_LOCAL ||
          as->target.step_count != 0 || value.root_kind == PATH_ROOT_NAMED ||
          !path_has_fixed_steps(&value) || path_overlaps(&value, &as->target))
        continue;
      int known = 0;
      for (uint16_t i = 0; i < lf->alias_count; i++)
        known |= path_equal(&lf->aliases[i].local, &as->target);
      if (known || lf->alias_count == LOCK_ALIASES_MAX)
        continue;
      if (!lf->aliases)
        lf->aliases =
            arena_alloc(lf->mem, sizeof(lock_alias) * LOCK_ALIASES_MAX);
      lock_alias a = {as->target, value};
      lf->aliases[lf->alias_count++] = a;
    }
}

/* Rounds of the alias dataflow before it gives up (each round visits
 * every block; a must-analysis settles in a few unless a kill seen through
 * one alias depends on another's validity, which a pathological function
 * could make oscillate). */
#define ALIAS_ROUNDS_MAX 64

/* The set at the start of `block`: the intersection of those at the end
 * of its predecessors, `at_entry` at the function's entry. */
static uint64_t aliases_at_entry_of(const cfg_function *fn,
                                    const cfg_block *block, const uint64_t *out,
                                    uint64_t at_entry) {
  if (block->id == fn->entry || block->pred_count == 0)
    return at_entry;
  uint64_t v = ~0ull;
  for (uint32_t p = 0; p < block->pred_count; p++)
    v &= out[block->pred[p]];
  return v;
}

/* The aliases whose local `ev` writes (its only write). */
static uint64_t alias_gen(const lock_fn *lf, const ir_event *ev) {
  uint64_t gen = 0;
  if (ev->kind == IR_EVENT_ASSIGN && ev->u.assign.only_write)
    for (uint16_t i = 0; i < lf->alias_count; i++)
      if (path_equal(&ev->u.assign.target, &lf->aliases[i].local))
        gen |= 1ull << i;
  return gen;
}

/* Where each alias holds: on every path to the event, its local was
 * written and nothing on its path since, or its local was not written yet
 * (a path where it is not assigned cannot use it: a loop's first entry
 * does not undo what the back edge brings) -- a must-dataflow,
 * intersection at joins. Renames need the stronger "written on every
 * path" (`aliases_assigned`): a lock is renamed to the local only where
 * the local holds the object. Returns the set each event ends where its
 * local was written on every path (heap array by event id; the caller
 * frees it). */
uint64_t *lf_compute_alias_validity(lock_fn *lf) {
  const cfg_function *fn = lf->cfg;
  uint64_t all = lf->alias_count == 64 ? ~0ull : (1ull << lf->alias_count) - 1;
  uint64_t *out =
      arena_alloc(lf->mem, sizeof(uint64_t) * (fn->block_count + 1u));
  uint64_t *assigned =
      arena_alloc(lf->mem, sizeof(uint64_t) * (fn->block_count + 1u));
  uint64_t *written = xcalloc(fn->block_count + 1u, sizeof(uint64_t));
  lf->aliases_out = out;
  lf->aliases_assigned = assigned;
  uint32_t *order = xmalloc(sizeof(uint32_t) * (fn->block_count + 1u));
  uint32_t n = cfg_reverse_post_order(fn, order);
  uint64_t *killed = xcalloc(lf->event_count + 1u, sizeof(uint64_t));
  lf->aliases_valid =
      arena_alloc(lf->mem, sizeof(uint64_t) * (lf->event_count + 1u));
  for (uint32_t b = 0; b < fn->block_count; b++)
    out[b] = assigned[b] = all;
  int changed, rounds = 0;
  do {
    if (++rounds > ALIAS_ROUNDS_MAX) {
      /* kills found through other aliases did not settle: no aliases */
      lf->alias_count = 0;
      break;
    }
    changed = 0;
    for (uint32_t i = 0; i < n; i++) {
      const cfg_block *block = fn->blocks[order[i]];
      uint64_t v = aliases_at_entry_of(fn, block, out, all), ended;
      uint64_t w = aliases_at_entry_of(fn, block, assigned, 0);
      uint64_t m = aliases_written_into(fn, block, written);
      for (uint32_t k = 0; k < block->event_count; k++) {
        v = alias_transfer(lf, &block->events[k], v, m, &ended);
        w |= alias_gen(lf, &block->events[k]);
        m |= alias_gen(lf, &block->events[k]);
      }
      if (v != out[block->id] || w != assigned[block->id] ||
          m != written[block->id]) {
        out[block->id] = v;
        assigned[block->id] = w;
        written[block->id] = m;
        changed = 1;
      }
    }
  } while (changed);
  for (uint32_t i = 0; i < n; i++) {
    const cfg_block *block = fn->blocks[order[i]];
    uint64_t v = aliases_at_entry_of(fn, block, out, all);
    uint64_t w = aliases_at_entry_of(fn, block, assigned, 0);
    uint64_t m = aliases_written_into(fn, block, written);
    for (uint32_t k = 0; k < block->event_count; k++) {
      const ir_event *ev = &block->events[k];
      lf->aliases_valid[ev->id] = v;
      v = alias_transfer(lf, ev, v, m, &killed[ev->id]);
      killed[ev->id] &= w;
      w |= alias_gen(lf, ev);
      m |= alias_gen(lf, ev);
    }
  }
  free(order);
  free(written);
  return killed;
}

/* `p` spelled through the alias' local (`Ccb->NonPagedCcb->Lock` as
 * `NonPagedCcb->Lock`) when it lies in the object the alias' value (as
 * written, or as the events spell it: `value`) points at; else 0. */
static int spelled_through_local(lock_fn *lf, const lock_alias *a,
                                 const ir_path *value, const ir_path *p,
                                 ir_path *out) {
  const ir_path *v = path_overlaps(p, value) ? value : &a->value;
  if (!path_overlaps(p, v) || p->step_count <= v->step_count ||
      p->steps[v->step_count].kind != PATH_STEP_DEREF)
    return 0;
  ir_path rest = *p;
  rest.steps += v->step_count;
  rest.step_count = (uint16_t)(p->step_count - v->step_count);
  *out = path_rebased(lf->mem, &a->local, &rest);
  return 1;
}

/* The renames of held locks where the aliases `ended` stop holding (a
 * write to their paths, or a join with a path that ended them), those of
 * `valid` holding just before: each lock whose path goes through an ended
 * alias's value is still the lock its local reaches. `named`: the entries
 * that may be renamed (not the local spellings this adds). */
static lock_rename *alias_renames(lock_fn *lf, uint64_t ended, uint64_t valid,
                                  uint16_t named) {
  lock_rename *list = NULL;
  for (uint16_t i = 0; i < lf->alias_count; i++) {
    if (!(ended >> i & 1u))
      continue;
    const lock_alias *a = &lf->aliases[i];
    /* the locks were interned with the aliases valid at their events:
     * the value as those spell it (through another alias) too */
    ir_path value = a->value;
    canonical_path_in(lf, valid, &a->value, &value);
    /* the OldIrql slots inside the same objects (an NDIS_SPIN_LOCK's
     * OldIrql) move with their locks */
    uint16_t slots = lf->slot_count;
    for (uint16_t l = 0; l < slots; l++) {
      ir_path spelled;
      if (!spelled_through_local(lf, a, &value, &lf->slots[l].path, &spelled))
        continue;
      uint16_t to = lf_intern_path(lf, &lf->slots, &lf->slot_count,
                                   &lf->slot_cap, &spelled);
      if (to == LOCK_NONE)
        break;
      lock_rename *r = arena_alloc(lf->mem, sizeof *r);
      r->from = l;
      r->to = to;
      r->slot = 1;
      r->next = list;
      list = r;
    }
    for (uint16_t l = 0; l < named; l++) {
      ir_path spelled;
      if (!spelled_through_local(lf, a, &value, &lf->locks[l].path, &spelled))
        continue;
      uint16_t to = lf_intern_path(lf, &lf->locks, &lf->lock_count,
                                   &lf->lock_cap, &spelled);
      if (to == LOCK_NONE)
        return list;
      /* the object acquired here, reached by another name */
      lf->locks[to].acquired_here |= lf->locks[l].acquired_here;
      if (lf->locks[to].renamed_from == LOCK_NONE)
        lf->locks[to].renamed_from = l;
      lock_rename *r = arena_alloc(lf->mem, sizeof *r);
      r->from = l;
      r->to = to;
      r->slot = 0;
      r->next = list;
      list = r;
    }
  }
  return list;
}

/* The renames at every event that ends an alias (`killed`) and on every
 * edge into a block where an alias no longer holds on all paths: a state
 * that still had it renames its locks there, as at a write, since the
 * analysis past the join spells them through the local. */
void lf_add_alias_renames(lock_fn *lf, const uint64_t *killed) {
  const cfg_function *fn = lf->cfg;
  uint16_t named = lf->lock_count;
  uint64_t all = lf->alias_count == 64 ? ~0ull : (1ull << lf->alias_count) - 1;
  for (uint32_t e = 0; e < lf->event_count; e++)
    if (killed[e])
      lf->renames[e] =
          alias_renames(lf, killed[e], lf->aliases_valid[e], named);
  lf->edge_renames =
      arena_alloc(lf->mem, sizeof(lock_rename **) * (fn->block_count + 1u));
  for (uint32_t b = 0; b < fn->block_count; b++) {
    const cfg_block *block = fn->blocks[b];
    for (uint32_t k = 0; k < block->succ_count; k++) {
      const cfg_block *to = fn->blocks[block->succ[k]];
      uint64_t ended = lf->aliases_out[b] & lf->aliases_assigned[b] &
                       ~aliases_at_entry_of(fn, to, lf->aliases_out, all);
      if (!ended)
        continue;
      if (!lf->edge_renames[b])
        lf->edge_renames[b] =
            arena_alloc(lf->mem, sizeof(lock_rename *) * block->succ_count);
      lf->edge_renames[b][k] =
          alias_renames(lf, ended, lf->aliases_out[b], named);
    }
  }
}
