/* lock-order-inversion: two or more locks taken in a cycle of orders
 * across the program (A while holding B in one place, B while holding A in
 * another): two threads each holding one and spinning on the other never
 * return. Locks are compared by class: a lock field of a struct type
 * (ADAPTER.RxLock), a global by name. Every acquire while another lock is
 * certainly held adds an edge held -> acquired, directly or through a
 * callee's summary (the locks it takes at all). Try-acquires add none: they
 * do not wait. Once every function has been analyzed, each strongly
 * connected group of classes is reported once, through its shortest cycle
 * from its first class in name order, at the acquisition that closes the
 * first edge, with notes at every edge's two acquisitions. */
#include "rule.h"

#include <stdlib.h>
#include <string.h>

static const diag_rule_info info = {
    "lock-order-inversion",
    "Locks acquired in inconsistent orders (potential deadlock)",
    "The program acquires these locks in a cycle of orders: one path takes "
    "B while holding A, another takes A while holding B (possibly through "
    "more locks and other functions or files). Two processors running those "
    "paths at once each hold one lock and spin forever on the other. Pick "
    "one order for every pair of locks and follow it everywhere.",
    DIAG_LEVEL_WARNING};

typedef struct order_edge {
  const char *from, *to; /* lock classes */
  ir_loc held_at;        /* where `from` was acquired */
  ir_loc acquired_at;    /* where `to` was acquired while `from` was held */
  const char *function;
  const char *routine; /* what acquired `to` (a routine or a callee) */
  /* the classes of the other locks held when `to` was acquired (the
   * `from` lock itself aside), with those every caller of the function
   * holds on entry */
  summary_held_set held;
} order_edge;

/* Edges kept per pair of classes, one per set of held classes that no
 * other kept edge's set is a subset of (that edge would deadlock with
 * whatever this one does). */
#define MAX_EDGES_PER_PAIR 16

struct lock_order_graph {
  order_edge *edges;
  size_t count, cap;
};

static struct lock_order_graph *graph_of(rule_program *program) {
  if (!program->lock_order)
    program->lock_order =
        arena_alloc(&program->mem, sizeof(struct lock_order_graph));
  return program->lock_order;
}

/* Can an edge holding `a` deadlock with whatever an edge holding `b` can?
 * Every class of `a` is in `b`, exclusive there where it is in `a`. */
static int held_covers(const summary_held_set *a, const summary_held_set *b) {
  for (uint8_t i = 0; i < a->count; i++) {
    int at = summary_held_find(b, a->classes[i].lock_class);
    if (at < 0 || (a->classes[i].exclusive && !b->classes[at].exclusive))
      return 0;
  }
  return 1;
}

static void add_edge(const rule_ctx *ctx, const held_lock *h, const char *from,
                     const char *to, const lock_op *op,
                     const summary_held_set *held) {
  if (strcmp(from, to) == 0)
    return; /* two instances of one class: ordered by the data, not here */
  struct lock_order_graph *g = graph_of(ctx->program);
  unsigned same_pair = 0;
  for (size_t i = 0; i < g->count; i++)
    if (strcmp(g->edges[i].from, from) == 0 &&
        strcmp(g->edges[i].to, to) == 0) {
      /* the first site in program order stands for the edge, unless this
       * one runs under locks none of the kept ones does without */
      if (held_covers(&g->edges[i].held, held))
        return;
      same_pair++;
    }
  if (same_pair >= MAX_EDGES_PER_PAIR)
    return;
  const lock_op *held_op = rule_acquire_op(ctx, h);
  order_edge e = {from,
                  to,
                  held_op ? held_op->event->loc : ctx->fn->cfg->loc,
                  op->event->loc,
                  ctx->fn->cfg->name,
                  op->written,
                  *held};
  VEC_PUSH(g->edges, g->count, g->cap, e);
}

/* Did the callee let go of the caller's lock of class `lock_class`, named
 * through an argument, before it took the lock of use `u`? (Cleanup(&R->Lock,
 * …) releases `*Lock`, then takes ReasmListLock: no R->Lock order edge.) */
static int released_through_argument(const summary_lock_use *u,
                                     const lock_op *op, const char *lock_class,
                                     arena *mem) {
  for (uint16_t k = 0; k < u->released_path_count; k++) {
    ir_path here;
    const char *c = summary_path_substitute(&u->released_paths[k],
                                            &op->event->u.call, mem, &here)
                        ? summary_lock_class(&here, mem)
                        : NULL;
    if (c && strcmp(c, lock_class) == 0)
      return 1;
  }
  return 0;
}

static void check_op(const rule_ctx *ctx, const lock_state *before,
                     const lock_op *op) {
  if (!ctx->program || op->effect || before->lost)
    return;
  arena *mem = &ctx->program->mem;
  const char *acquired[40];
  /* the callee's use of the lock, with the caller's locks it releases
   * before taking it (no edge from those) */
  const summary_lock_use *use[40];
  unsigned n = 0;
  /* a critical or guarded region is the thread's own APC state, no lock
   * another thread waits for: it takes no part in lock order */
  if (op->op == API_OP_ACQUIRE && op->lock != LOCK_NONE &&
      !rule_kind_is_region(op->kind)) {
    const char *c = summary_lock_class(&ctx->fn->locks[op->lock].path, mem);
    if (c) {
      use[n] = NULL;
      acquired[n++] = c;
    }
  }
  if (op->summary)
    for (uint16_t i = 0; i < op->summary->lock_use_count && n < 40; i++) {
      const summary_lock_use *u = &op->summary->lock_uses[i];
      ir_path lock;
      const char *c = u->lock_class;
      if (!c &&
          summary_path_substitute(&u->lock, &op->event->u.call, mem, &lock))
        c = summary_lock_class(&lock, mem);
      if (c) {
        use[n] = u;
        acquired[n++] = c;
      }
    }
  if (n == 0)
    return;
  /* what every caller holds on entry and this path has not let go of */
  summary_held_set entry = {0};
  summary_held_set released;
  if (ctx->entry_held && ctx->entry_held->count &&
      rule_released_classes(ctx->fn, before, mem, &released))
    for (uint8_t c = 0; c < ctx->entry_held->count; c++)
      if (summary_held_find(&released, ctx->entry_held->classes[c].lock_class) <
          0)
        summary_held_add(&entry, ctx->entry_held->classes[c].lock_class,
                         ctx->entry_held->classes[c].exclusive);
  for (int i = 0; i < before->count; i++) {
    const held_lock *h = &before->held[i];
    if (!rule_lock_is_certain(before, h) || rule_kind_is_region(h->kind))
      continue;
    const char *from = summary_lock_class(&ctx->fn->locks[h->lock].path, mem);
    if (!from)
      continue;
    /* the other classes held here, with those every caller holds on
     * entry: two edges both holding one, one of them exclusively, cannot
     * run at once */
    summary_held_set held;
    rule_held_classes(ctx->fn, before, i, &entry, mem, &held);
    for (unsigned k = 0; k < n; k++) {
      if (use[k] && (summary_use_released(use[k], from) ||
                     released_through_argument(use[k], op, from, mem)))
        continue;
      /* a class every caller holds exclusively: the thread has it
       * already (the callee skips the acquire, or takes its recursive
       * resource again), and does not wait for it */
      int at = summary_held_find(&entry, acquired[k]);
      if (at >= 0 && entry.classes[at].exclusive)
        continue;
      /* what the callee let go of before it took the lock is not held
       * there */
      summary_held_set here = held;
      if (use[k]) {
        uint8_t kept = 0;
        for (uint8_t c = 0; c < here.count; c++)
          if (!summary_use_released(use[k], here.classes[c].lock_class) &&
              !released_through_argument(use[k], op, here.classes[c].lock_class,
                                         mem))
            here.classes[kept++] = here.classes[c];
        here.count = kept;
      }
      add_edge(ctx, h, from, acquired[k], op, &here);
    }
  }
}

/* ---- cycles ---- */

static int compare_names(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static size_t node_of(const char **nodes, size_t count, const char *name) {
  const char **found =
      bsearch(&name, nodes, count, sizeof *nodes, compare_names);
  return (size_t)(found - nodes);
}

static void report_cycle(diag_engine *diag, const struct lock_order_graph *g,
                         const size_t *cycle, size_t length) {
  const order_edge *first = &g->edges[cycle[0]];
  strbuf order;
  strbuf_init(&order);
  for (size_t i = 0; i < length; i++)
    strbuf_printf(&order, "%s -> ", g->edges[cycle[i]].from);
  strbuf_puts(&order, first->from);
  diag_begin(diag, &info, rule_loc(&first->acquired_at), first->function,
             "'%s' is acquired while '%s' is held, but the program also takes "
             "these locks in the opposite order (%s): threads taking them "
             "concurrently can deadlock",
             first->to, first->from, strbuf_cstr(&order));
  strbuf_free(&order);
  for (size_t i = 0; i < length; i++) {
    const order_edge *e = &g->edges[cycle[i]];
    diag_add_note(diag, rule_loc(&e->held_at), "'%s' acquired here in '%s'",
                  e->from, e->function);
    diag_add_note(diag, rule_loc(&e->acquired_at),
                  "'%s' acquired here by %s while '%s' is held", e->to,
                  e->routine, e->from);
    diag_add_step(diag, rule_loc(&e->acquired_at), "'%s' while '%s' is held",
                  e->to, e->from);
  }
  diag_commit(diag);
}

static void find_cycles(struct lock_order_graph *g, diag_engine *diag);

/* With no engine (a dump run), only frees the graph. */
static void report_cycles(rule_program *program, diag_engine *diag) {
  struct lock_order_graph *g = program->lock_order;
  if (!g)
    return;
  if (diag && g->count)
    find_cycles(g, diag);
  free(g->edges);
  g->edges = NULL;
  g->count = g->cap = 0;
}

/* ---- gates ----
 * Two edges of a cycle whose held classes share one that either holds
 * exclusively (a gate: both orders run under the volume's tree lock, one
 * of them exclusively) cannot run at once, so they cannot be the two
 * halves of a deadlock. A cycle is reported through edges no two of which
 * share a gate. */

/* Work a search may do per class before it settles for the shortest
 * cycle whatever its gates (as without them). */
#define GATE_SEARCH_BUDGET 200000
/* Longest cycle the gated search looks for. */
#define GATE_SEARCH_MAX_LENGTH 8

typedef struct cycle_search {
  const struct lock_order_graph *g;
  const size_t *from, *to;
  const uint8_t *in_group;
  uint8_t *on_path; /* by node */
  size_t *chosen;   /* edges of the path so far */
  size_t start;
  unsigned long budget;
} cycle_search;

static int gated(const cycle_search *cs, size_t a, size_t b) {
  return summary_held_gate(&cs->g->edges[a].held, &cs->g->edges[b].held) !=
         NULL;
}

static int fits_path(const cycle_search *cs, size_t depth, size_t e) {
  for (size_t i = 0; i < depth; i++)
    if (gated(cs, cs->chosen[i], e))
      return 0;
  return 1;
}

/* An edge for each pair of `pairs` (given by one edge of the pair), no two
 * sharing a gate, into cs->chosen; 1 when found. */
static int choose_edges(cycle_search *cs, const size_t *pairs, size_t length,
                        size_t depth) {
  if (depth == length)
    return 1;
  size_t p = pairs[depth];
  for (size_t e = 0; e < cs->g->count; e++) {
    if (cs->from[e] != cs->from[p] || cs->to[e] != cs->to[p])
      continue;
    if (!cs->budget)
      return 0;
    cs->budget--;
    if (!fits_path(cs, depth, e))
      continue;
    cs->chosen[depth] = e;
    if (choose_edges(cs, pairs, length, depth + 1))
      return 1;
  }
  return 0;
}

/* A cycle of exactly `length` edges through cs->start, inside its group,
 * no two sharing a gate, continuing the path of `depth` edges at node x. */
static int gated_cycle(cycle_search *cs, size_t x, size_t depth,
                       size_t length) {
  for (size_t e = 0; e < cs->g->count; e++) {
    if (cs->from[e] != x)
      continue;
    if (!cs->budget)
      return 0;
    cs->budget--;
    size_t y = cs->to[e];
    if (!cs->in_group[y] || (y == cs->start) != (depth + 1 == length) ||
        (y != cs->start && cs->on_path[y]) || !fits_path(cs, depth, e))
      continue;
    cs->chosen[depth] = e;
    if (y == cs->start)
      return 1;
    cs->on_path[y] = 1;
    int found = gated_cycle(cs, y, depth + 1, length);
    cs->on_path[y] = 0;
    if (found)
      return 1;
  }
  return 0;
}

static void find_cycles(struct lock_order_graph *g, diag_engine *diag) {
  /* nodes: the classes, in name order */
  const char **nodes = xmalloc(sizeof(char *) * g->count * 2);
  size_t n = 0;
  for (size_t i = 0; i < g->count; i++) {
    nodes[n++] = g->edges[i].from;
    nodes[n++] = g->edges[i].to;
  }
  qsort(nodes, n, sizeof *nodes, compare_names);
  size_t unique = 0;
  for (size_t i = 0; i < n; i++)
    if (unique == 0 || strcmp(nodes[unique - 1], nodes[i]) != 0)
      nodes[unique++] = nodes[i];
  n = unique;
  /* each edge's end nodes, looked up once */
  size_t *from = xmalloc(sizeof(size_t) * g->count);
  size_t *to = xmalloc(sizeof(size_t) * g->count);
  for (size_t e = 0; e < g->count; e++) {
    from[e] = node_of(nodes, n, g->edges[e].from);
    to[e] = node_of(nodes, n, g->edges[e].to);
  }
  /* reachability by breadth-first search from every node */
  uint8_t *reach = xcalloc(n * n, 1);
  /* the start node may be queued twice: as the start and when a cycle
   * reaches it again */
  size_t *queue = xmalloc(sizeof(size_t) * (n + 1));
  size_t *via = xmalloc(sizeof(size_t) * n); /* edge that reached a node */
  for (size_t s = 0; s < n; s++) {
    size_t head = 0, tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      size_t x = queue[head++];
      for (size_t e = 0; e < g->count; e++) {
        if (from[e] != x)
          continue;
        size_t y = to[e];
        if (!reach[s * n + y]) {
          reach[s * n + y] = 1;
          queue[tail++] = y;
        }
      }
    }
  }
  size_t *cycle = xmalloc(sizeof(size_t) * (n + 1));
  uint8_t *done = xcalloc(n, 1);     /* in a group reported */
  uint8_t *in_group = xcalloc(n, 1); /* m's group */
  uint8_t *on_path = xcalloc(n, 1);
  size_t *chosen = xmalloc(sizeof(size_t) * (n + GATE_SEARCH_MAX_LENGTH + 1));
  for (size_t m = 0; m < n; m++) {
    if (done[m] || !reach[m * n + m])
      continue;
    /* the group of m: every class on a cycle with it */
    for (size_t x = 0; x < n; x++)
      in_group[x] = reach[m * n + x] && reach[x * n + m];
    /* shortest cycle through m, inside the group */
    for (size_t x = 0; x < n; x++)
      via[x] = SIZE_MAX;
    size_t head = 0, tail = 0, closing = SIZE_MAX;
    queue[tail++] = m;
    while (head < tail && closing == SIZE_MAX) {
      size_t x = queue[head++];
      for (size_t e = 0; e < g->count && closing == SIZE_MAX; e++) {
        if (from[e] != x)
          continue;
        size_t y = to[e];
        if (y == m)
          closing = e;
        else if (via[y] == SIZE_MAX && reach[y * n + m]) {
          via[y] = e;
          queue[tail++] = y;
        }
      }
    }
    if (closing == SIZE_MAX)
      continue;
    size_t length = 0;
    cycle[length++] = closing;
    for (size_t x = from[closing]; x != m; x = from[via[x]])
      cycle[length++] = via[x];
    /* walked backwards: put the edge leaving m first */
    for (size_t i = 0; i < length / 2; i++) {
      size_t t = cycle[i];
      cycle[i] = cycle[length - 1 - i];
      cycle[length - 1 - i] = t;
    }
    /* that cycle through edges no two of which share a gate; else the
     * shortest such cycle through m; else m is on no cycle that can
     * deadlock, and another class of the group may be */
    cycle_search cs = {g,       from,   to, in_group,
                       on_path, chosen, m,  GATE_SEARCH_BUDGET};
    int found = choose_edges(&cs, cycle, length, 0);
    size_t chosen_length = length;
    for (size_t l = 2; !found && cs.budget && l <= GATE_SEARCH_MAX_LENGTH;
         l++) {
      found = gated_cycle(&cs, m, 0, l);
      chosen_length = l;
    }
    size_t group_size = 0;
    for (size_t x = 0; x < n; x++)
      group_size += in_group[x];
    if (!found && cs.budget && group_size <= GATE_SEARCH_MAX_LENGTH)
      continue;
    for (size_t x = 0; x < n; x++)
      if (in_group[x])
        done[x] = 1;
    if (found)
      report_cycle(diag, g, chosen, chosen_length);
    else /* out of budget, or longer cycles not searched: as if there
            were no gates */
      report_cycle(diag, g, cycle, length);
  }
  free(cycle);
  free(done);
  free(in_group);
  free(on_path);
  free(chosen);
  free(via);
  free(queue);
  free(reach);
  free(from);
  free(to);
  free(nodes);
}

const rule lock_order_inversion_rule = {
    .info = &info, .on_op = check_op, .on_program_end = report_cycles};
