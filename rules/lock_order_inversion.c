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
} order_edge;

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

static void add_edge(const rule_ctx *ctx, const held_lock *h, const char *from,
                     const char *to, const lock_op *op) {
  if (strcmp(from, to) == 0)
    return; /* two instances of one class: ordered by the data, not here */
  struct lock_order_graph *g = graph_of(ctx->program);
  for (size_t i = 0; i < g->count; i++)
    if (strcmp(g->edges[i].from, from) == 0 && strcmp(g->edges[i].to, to) == 0)
      return; /* the first site in program order stands for the edge */
  const lock_op *held_op = rule_acquire_op(ctx, h);
  order_edge e = {from,
                  to,
                  held_op ? held_op->event->loc : ctx->fn->cfg->loc,
                  op->event->loc,
                  ctx->fn->cfg->name,
                  op->written};
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
  for (int i = 0; i < before->count; i++) {
    const held_lock *h = &before->held[i];
    if (!rule_lock_is_certain(before, h) || rule_kind_is_region(h->kind))
      continue;
    const char *from = summary_lock_class(&ctx->fn->locks[h->lock].path, mem);
    if (!from)
      continue;
    for (unsigned k = 0; k < n; k++)
      if (!use[k] || !(summary_use_released(use[k], from) ||
                       released_through_argument(use[k], op, from, mem)))
        add_edge(ctx, h, from, acquired[k], op);
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
  uint8_t *reported = xcalloc(n, 1);
  size_t *cycle = xmalloc(sizeof(size_t) * (n + 1));
  for (size_t m = 0; m < n; m++) {
    if (reported[m] || !reach[m * n + m])
      continue;
    /* the group of m: every class on a cycle with it */
    for (size_t x = 0; x < n; x++)
      if (reach[m * n + x] && reach[x * n + m])
        reported[x] = 1;
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
    report_cycle(diag, g, cycle, length);
  }
  free(cycle);
  free(reported);
  free(via);
  free(queue);
  free(reach);
  free(from);
  free(to);
  free(nodes);
}

const rule lock_order_inversion_rule = {
    .info = &info, .on_op = check_op, .on_program_end = report_cycles};
