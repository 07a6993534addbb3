/* CFG construction helpers, reachability clean-up, reverse post-order,
 * access-path printing and the --dump-cfg printer. */
#include "cfg.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

cfg_function *cfg_function_create(arena *mem, const char *name) {
  cfg_function *fn = arena_alloc(mem, sizeof *fn);
  fn->mem = mem;
  fn->name = arena_strdup(mem, name);
  ir_fn_decl *decl = arena_alloc(mem, sizeof *decl);
  decl->name = fn->name;
  fn->decl = decl;
  fn->entry = cfg_new_block(fn, "entry");
  fn->exit = cfg_new_block(fn, "exit");
  fn->blocks[fn->exit]->term = CFG_TERM_EXIT;
  return fn;
}

uint32_t cfg_new_block(cfg_function *fn, const char *label) {
  cfg_block *b = arena_alloc(fn->mem, sizeof *b);
  b->id = fn->block_count;
  b->label = label;
  b->term = CFG_TERM_FALLTHROUGH;
  size_t count = fn->block_count, cap = fn->block_cap;
  VEC_PUSH(fn->blocks, count, cap, b);
  fn->block_count = (uint32_t)count;
  fn->block_cap = (uint32_t)cap;
  return b->id;
}

static void push_u32(uint32_t **items, uint32_t *count, uint32_t *cap,
                     uint32_t value) {
  size_t c = *count, k = *cap;
  VEC_PUSH(*items, c, k, value);
  *count = (uint32_t)c;
  *cap = (uint32_t)k;
}

void cfg_add_edge(cfg_function *fn, uint32_t from, uint32_t to) {
  cfg_block *a = fn->blocks[from], *b = fn->blocks[to];
  push_u32(&a->succ, &a->succ_count, &a->succ_cap, to);
  push_u32(&b->pred, &b->pred_count, &b->pred_cap, from);
}

ir_event *cfg_add_event(cfg_function *fn, uint32_t block, ir_event_kind kind,
                        ir_loc loc) {
  cfg_block *b = fn->blocks[block];
  if (b->event_count == b->event_cap) {
    size_t cap = b->event_cap;
    vec_reserve((void **)&b->events, &cap, b->event_count + 1,
                sizeof(ir_event));
    b->event_cap = (uint32_t)cap;
  }
  ir_event *ev = &b->events[b->event_count++];
  memset(ev, 0, sizeof *ev);
  ev->kind = (uint8_t)kind;
  ev->id = fn->event_count++;
  ev->loc = loc;
  return ev;
}

static void release_block(cfg_block *b) {
  free(b->events);
  free(b->succ);
  free(b->pred);
  b->events = NULL;
  b->succ = b->pred = NULL;
  b->event_count = b->succ_count = b->pred_count = 0;
}

void cfg_function_release(cfg_function *fn) {
  for (uint32_t i = 0; i < fn->block_count; i++)
    release_block(fn->blocks[i]);
  free(fn->blocks);
  fn->blocks = NULL;
  fn->block_count = 0;
}

void cfg_function_destroy(cfg_function *fn) {
  arena *mem = fn->mem;
  cfg_function_release(fn);
  arena_destroy(mem);
  free(mem);
}

void cfg_finalize(cfg_function *fn) {
  uint32_t n = fn->block_count;
  uint8_t *reach = xcalloc(n, 1);
  uint32_t *stack = xmalloc(sizeof(uint32_t) * (n + 1));
  uint32_t sp = 0;
  stack[sp++] = fn->entry;
  reach[fn->entry] = 1;
  while (sp) {
    cfg_block *b = fn->blocks[stack[--sp]];
    for (uint32_t i = 0; i < b->succ_count; i++)
      if (!reach[b->succ[i]]) {
        reach[b->succ[i]] = 1;
        stack[sp++] = b->succ[i];
      }
  }
  reach[fn->exit] = 1;
  uint32_t *remap = xmalloc(sizeof(uint32_t) * n);
  uint32_t kept = 0;
  for (uint32_t i = 0; i < n; i++)
    remap[i] = reach[i] ? kept++ : UINT32_MAX;
  for (uint32_t i = 0; i < n; i++) {
    cfg_block *b = fn->blocks[i];
    if (!reach[i]) {
      release_block(b);
      continue;
    }
    for (uint32_t k = 0; k < b->succ_count; k++)
      b->succ[k] = remap[b->succ[k]];
    /* predecessors may include unreachable blocks: drop those */
    uint32_t np = 0;
    for (uint32_t k = 0; k < b->pred_count; k++)
      if (reach[b->pred[k]])
        b->pred[np++] = remap[b->pred[k]];
    b->pred_count = np;
    b->id = remap[i];
    fn->blocks[remap[i]] = b;
  }
  fn->block_count = kept;
  fn->entry = remap[fn->entry];
  fn->exit = remap[fn->exit];
  free(remap);
  free(stack);
  free(reach);
}

uint32_t cfg_reverse_post_order(const cfg_function *fn, uint32_t *out) {
  uint32_t n = fn->block_count;
  uint8_t *seen = xcalloc(n, 1);
  /* iterative DFS: stack of (block, next successor index) */
  uint32_t *blk = xmalloc(sizeof(uint32_t) * (n + 1));
  uint32_t *next = xmalloc(sizeof(uint32_t) * (n + 1));
  uint32_t *post = xmalloc(sizeof(uint32_t) * (n + 1));
  uint32_t sp = 0, np = 0;
  blk[sp] = fn->entry;
  next[sp] = 0;
  sp++;
  seen[fn->entry] = 1;
  while (sp) {
    cfg_block *b = fn->blocks[blk[sp - 1]];
    if (next[sp - 1] < b->succ_count) {
      uint32_t s = b->succ[next[sp - 1]++];
      if (!seen[s]) {
        seen[s] = 1;
        blk[sp] = s;
        next[sp] = 0;
        sp++;
      }
    } else {
      post[np++] = blk[--sp];
    }
  }
  for (uint32_t i = 0; i < np; i++)
    out[i] = post[np - 1 - i];
  free(post);
  free(next);
  free(blk);
  free(seen);
  return np;
}

static int steps_equal(const ir_path *a, const ir_path *b, uint16_t n) {
  for (uint16_t i = 0; i < n; i++) {
    const path_step *x = &a->steps[i], *y = &b->steps[i];
    if (x->kind != y->kind)
      return 0;
    if ((x->kind == PATH_STEP_FIELD || x->kind == PATH_STEP_CONTAINER) &&
        strcmp(x->field, y->field) != 0)
      return 0;
    if (x->kind == PATH_STEP_INDEX &&
        (x->index_known != y->index_known ||
         (x->index_known && x->index != y->index) ||
         (!x->index_known && strcmp(x->field, y->field) != 0)))
      return 0;
  }
  return 1;
}

static int same_root(const ir_path *a, const ir_path *b) {
  return a->root_kind == b->root_kind && a->root_id == b->root_id &&
         strcmp(a->root, b->root) == 0;
}

int path_equal(const ir_path *a, const ir_path *b) {
  return same_root(a, b) && a->step_count == b->step_count &&
         steps_equal(a, b, a->step_count);
}

int path_overlaps(const ir_path *a, const ir_path *b) {
  uint16_t n = a->step_count < b->step_count ? a->step_count : b->step_count;
  return same_root(a, b) && steps_equal(a, b, n);
}

const ir_event *cfg_block_event(const cfg_block *block, uint32_t id) {
  for (uint32_t k = 0; k < block->event_count; k++)
    if (block->events[k].id == id)
      return &block->events[k];
  return NULL;
}

int path_has_fixed_steps(const ir_path *p) {
  for (uint16_t i = 0; i < p->step_count; i++)
    if (p->steps[i].kind == PATH_STEP_INDEX && !p->steps[i].index_known)
      return 0;
  return 1;
}

int ir_event_may_change(const ir_event *ev, const ir_path *p) {
  if (ev->kind == IR_EVENT_ASSIGN)
    return path_write_changes(&ev->u.assign.target, p) ||
           (ev->u.assign.value.kind == IR_VALUE_ADDR &&
            path_write_changes(&ev->u.assign.value.path, p));
  const ir_call *call = &ev->u.call;
  for (uint16_t i = 0; i < call->arg_count; i++)
    if (call->args[i].kind == IR_VALUE_ADDR &&
        path_write_changes(&call->args[i].path, p))
      return 1;
  return call->has_result_target && path_write_changes(&call->result_target, p);
}

int path_write_changes(const ir_path *written, const ir_path *read) {
  if (!path_overlaps(written, read))
    return 0;
  if (written->step_count <= read->step_count)
    return 1; /* the value read, or an object enclosing it, was written */
  /* a part of what is read was written: a field or element of it changes
   * it, but past a dereference the write lands in the object it points to
   * (c->Lock.OldIrql = … leaves the pointer c alone) */
  return written->steps[read->step_count].kind != PATH_STEP_DEREF;
}

static void print_steps(strbuf *out, const ir_path *p, int end);

/* The pointer to the struct a CONTAINER step (steps[end - 1]) reaches, as
 * C writes it: CONTAINING_RECORD(Csq, DEVICE_EXTENSION, CancelSafeQueue).
 * Consecutive CONTAINER steps are one nested designator:
 * CONTAINING_RECORD(p, T, Header.Links). */
static void print_container_pointer(strbuf *out, const ir_path *p, int end) {
  const path_step *s = &p->steps[end - 1];
  int first = end - 1;
  while (first > 0 && p->steps[first - 1].kind == PATH_STEP_CONTAINER)
    first--;
  strbuf_puts(out, "CONTAINING_RECORD(");
  if (first >= 1 && p->steps[first - 1].kind == PATH_STEP_DEREF) {
    print_steps(out, p, first - 1);
  } else {
    strbuf_putc(out, '&');
    print_steps(out, p, first);
  }
  strbuf_printf(out, ", %s, ", s->record ? s->record : "?");
  for (int i = end - 1; i >= first; i--)
    strbuf_printf(out, "%s%s", i == end - 1 ? "" : ".", p->steps[i].field);
  strbuf_putc(out, ')');
}

/* Prints steps [0, end) of p. A DEREF followed by a FIELD prints as "->";
 * other DEREFs print as a leading '*', parenthesized when more steps follow. */
static void print_steps(strbuf *out, const ir_path *p, int end) {
  if (end == 0) {
    strbuf_puts(out, p->root ? p->root : "?");
    return;
  }
  const path_step *s = &p->steps[end - 1];
  switch (s->kind) {
  case PATH_STEP_FIELD:
    if (end >= 2 && p->steps[end - 2].kind == PATH_STEP_CONTAINER) {
      print_container_pointer(out, p, end - 1);
      strbuf_puts(out, "->");
    } else if (end >= 2 && p->steps[end - 2].kind == PATH_STEP_DEREF) {
      print_steps(out, p, end - 2);
      strbuf_puts(out, "->");
    } else {
      print_steps(out, p, end - 1);
      strbuf_putc(out, '.');
    }
    strbuf_puts(out, s->field);
    break;
  case PATH_STEP_INDEX:
    /* p[i] is stored as *p followed by [i]: print it as C writes it */
    if (end >= 2 && p->steps[end - 2].kind == PATH_STEP_DEREF)
      print_steps(out, p, end - 2);
    else
      print_steps(out, p, end - 1);
    if (s->index_known) {
      strbuf_printf(out, "[%" PRId64 "]", s->index);
    } else {
      /* the index variable's key ("i#123") or "?N" for an expression */
      const char *hash = s->field[0] == '?' ? NULL : strchr(s->field, '#');
      strbuf_putc(out, '[');
      if (s->field[0] == '?')
        strbuf_putc(out, '?');
      else
        strbuf_putn(out, s->field,
                    hash ? (size_t)(hash - s->field) : strlen(s->field));
      strbuf_putc(out, ']');
    }
    break;
  case PATH_STEP_CONTAINER:
    strbuf_putc(out, '*');
    print_container_pointer(out, p, end);
    break;
  case PATH_STEP_DEREF: {
    strbuf inner;
    strbuf_init(&inner);
    print_steps(&inner, p, end - 1);
    int simple = end - 1 == 0;
    strbuf_putc(out, '*');
    if (!simple)
      strbuf_putc(out, '(');
    strbuf_puts(out, strbuf_cstr(&inner));
    if (!simple)
      strbuf_putc(out, ')');
    strbuf_free(&inner);
    break;
  }
  }
}

/* A member of an anonymous struct or union is named in C without the
 * unnamed member that holds it (`Vcb->MainResource` for a field of an
 * embedded `struct { … };` or an MS anonymous `EXT2_FCBVCB;`): printed
 * paths leave those steps out. */
void path_print(strbuf *out, const ir_path *p) {
  uint16_t unnamed = 0;
  for (uint16_t i = 0; i < p->step_count; i++)
    unnamed += p->steps[i].kind == PATH_STEP_FIELD &&
               (!p->steps[i].field || !p->steps[i].field[0]);
  if (!unnamed) {
    print_steps(out, p, p->step_count);
    return;
  }
  path_step *kept = xmalloc(sizeof(path_step) * p->step_count);
  ir_path named = *p;
  named.step_count = 0;
  named.steps = kept;
  for (uint16_t i = 0; i < p->step_count; i++)
    if (!(p->steps[i].kind == PATH_STEP_FIELD &&
          (!p->steps[i].field || !p->steps[i].field[0])))
      kept[named.step_count++] = p->steps[i];
  print_steps(out, &named, named.step_count);
  free(kept);
}

void path_key(strbuf *out, const ir_path *p) {
  path_print(out, p);
  if (p->root_id)
    strbuf_printf(out, "#%" PRIu32, p->root_id);
}

/* Does `step` (a CONTAINER step) undo `before` (the field it names)? */
static int container_cancels(const path_step *before, const path_step *step) {
  return step->kind == PATH_STEP_CONTAINER && before->kind == PATH_STEP_FIELD &&
         strcmp(before->field, step->field) == 0;
}

ir_path path_with_step(arena *mem, const ir_path *base, path_step step) {
  if (base->step_count &&
      container_cancels(&base->steps[base->step_count - 1], &step)) {
    ir_path p = *base;
    p.step_count--;
    return p;
  }
  ir_path p = *base;
  p.steps = arena_alloc(mem, sizeof(path_step) * (base->step_count + 1u));
  if (base->step_count)
    memcpy(p.steps, base->steps, sizeof(path_step) * base->step_count);
  p.steps[p.step_count++] = step;
  return p;
}

void path_cancel_containers(ir_path *p) {
  uint16_t kept = 0;
  for (uint16_t i = 0; i < p->step_count; i++) {
    const path_step *s = &p->steps[i];
    if (kept && container_cancels(&p->steps[kept - 1], s)) {
      kept--;
      continue;
    }
    p->steps[kept++] = *s;
  }
  p->step_count = kept;
}

static int field_of(const path_step *s, const char *record) {
  return s->kind == PATH_STEP_FIELD && s->record && s->field && s->field[0] &&
         (!record || strcmp(s->record, record) == 0);
}

int path_without_round_trip(arena *mem, const ir_path *in, ir_path *out) {
  /* FIELD a (R1), DEREF, FIELD b (R2), DEREF, FIELD x (R1) */
  for (uint16_t i = 0; i + 4 < in->step_count; i++) {
    const path_step *st = &in->steps[i];
    if (!field_of(&st[0], NULL) || st[1].kind != PATH_STEP_DEREF ||
        !field_of(&st[2], NULL) || st[3].kind != PATH_STEP_DEREF ||
        !field_of(&st[4], st[0].record) ||
        strcmp(st[2].record, st[0].record) == 0)
      continue;
    ir_path p = *in;
    p.step_count = (uint16_t)(in->step_count - 4);
    p.steps = arena_alloc(mem, sizeof(path_step) * p.step_count);
    memcpy(p.steps, in->steps, sizeof(path_step) * i);
    memcpy(p.steps + i, in->steps + i + 4,
           sizeof(path_step) * (in->step_count - i - 4u));
    *out = p;
    return 1;
  }
  return 0;
}

int cfg_list_empty_cond(arena *mem, const ir_value *head, ir_cond *out) {
  if (head->kind != IR_VALUE_ADDR && head->kind != IR_VALUE_LOAD)
    return 0;
  ir_path list = head->path;
  if (head->kind == IR_VALUE_LOAD) {
    path_step deref = {.kind = PATH_STEP_DEREF};
    list = path_with_step(mem, &head->path, deref);
  }
  path_step flink = {
      .kind = PATH_STEP_FIELD, .field = "Flink", .record = "LIST_ENTRY"};
  memset(out, 0, sizeof *out);
  out->kind = IR_COND_SAME;
  out->value.kind = IR_VALUE_LOAD;
  out->value.path = path_with_step(mem, &list, flink);
  out->other = *head;
  return 1;
}

void value_print(strbuf *out, const ir_value *v) {
  switch (v->kind) {
  case IR_VALUE_CONST:
    strbuf_printf(out, "%" PRId64, v->constant);
    break;
  case IR_VALUE_ADDR:
    if (v->path.step_count &&
        v->path.steps[v->path.step_count - 1].kind == PATH_STEP_CONTAINER) {
      print_container_pointer(out, &v->path, v->path.step_count);
      break;
    }
    strbuf_putc(out, '&');
    path_print(out, &v->path);
    break;
  case IR_VALUE_LOAD:
    path_print(out, &v->path);
    break;
  case IR_VALUE_CALL:
    strbuf_printf(out, "<result of e%" PRIu32 ">", v->call_event);
    break;
  case IR_VALUE_FUNCTION:
    strbuf_puts(out, v->path.root);
    if (v->function_type)
      strbuf_printf(out, " as %s", v->function_type);
    break;
  case IR_VALUE_STRING:
    strbuf_puts(out, v->text ? v->text : "\"\"");
    break;
  default:
    strbuf_puts(out, "?");
    break;
  }
}

static const char *term_name(uint8_t term) {
  switch (term) {
  case CFG_TERM_FALLTHROUGH:
    return "goto";
  case CFG_TERM_BRANCH:
    return "branch";
  case CFG_TERM_SWITCH:
    return "switch";
  case CFG_TERM_RETURN:
    return "return";
  case CFG_TERM_NORETURN:
    return "noreturn";
  case CFG_TERM_EXIT:
    return "exit";
  }
  return "?";
}

static void dump_cond(strbuf *sb, const ir_cond *c) {
  switch (c->kind) {
  case IR_COND_TRUTH:
    value_print(sb, &c->value);
    break;
  case IR_COND_EQ:
    value_print(sb, &c->value);
    strbuf_printf(sb, " == %" PRId64, c->constant);
    break;
  case IR_COND_BITS:
    strbuf_putc(sb, '(');
    value_print(sb, &c->value);
    strbuf_printf(sb, " & %" PRId64 ")", c->constant);
    break;
  case IR_COND_GE:
  case IR_COND_LE:
    value_print(sb, &c->value);
    strbuf_printf(sb, " %s %" PRId64,
                  c->kind == IR_COND_GE ? ">=" : "<=", c->constant);
    break;
  case IR_COND_OWNER:
    value_print(sb, &c->value);
    strbuf_puts(sb, " == current thread");
    break;
  case IR_COND_SAME:
    value_print(sb, &c->value);
    strbuf_puts(sb, " == ");
    value_print(sb, &c->other);
    break;
  default:
    strbuf_puts(sb, "?");
    break;
  }
}

static void dump_event(FILE *out, const ir_event *ev) {
  strbuf sb;
  strbuf_init(&sb);
  if (ev->kind == IR_EVENT_CALL) {
    const ir_call *c = &ev->u.call;
    if (c->has_result_target) {
      path_print(&sb, &c->result_target);
      strbuf_puts(&sb, " = ");
    }
    if (c->callee)
      strbuf_printf(&sb, "call %s(", c->callee);
    else if (c->callee_type) /* the function type a pointer was declared as */
      strbuf_printf(&sb, "call <indirect %s>(", c->callee_type);
    else
      strbuf_puts(&sb, "call <indirect>(");
    for (uint16_t i = 0; i < c->arg_count; i++) {
      if (i)
        strbuf_puts(&sb, ", ");
      value_print(&sb, &c->args[i]);
    }
    strbuf_putc(&sb, ')');
    if (c->macro_count) {
      strbuf_puts(&sb, " via");
      for (uint16_t i = 0; i < c->macro_count; i++)
        strbuf_printf(&sb, " %s", c->macro_chain[i]);
    }
    if (c->no_return)
      strbuf_puts(&sb, " noreturn");
  } else {
    strbuf_puts(&sb, "assign ");
    path_print(&sb, &ev->u.assign.target);
    const ir_value *v = &ev->u.assign.value;
    if (ev->u.assign.op == IR_ASSIGN_ADD && v->kind == IR_VALUE_CONST)
      strbuf_printf(&sb, " %s %" PRId64, v->constant < 0 ? "-=" : "+=",
                    v->constant < 0 ? -v->constant : v->constant);
    else {
      strbuf_puts(&sb, ev->u.assign.op == IR_ASSIGN_OR    ? " |= "
                       : ev->u.assign.op == IR_ASSIGN_AND ? " &= "
                                                          : " = ");
      value_print(&sb, v);
    }
    if (ev->u.assign.stores_thread)
      strbuf_puts(&sb, " (current thread)");
    if (ev->u.assign.only_write)
      strbuf_puts(&sb, " (only write)");
  }
  fprintf(out, "    e%" PRIu32 ": %s @%" PRIu32 ":%" PRIu32 "\n", ev->id,
          strbuf_cstr(&sb), ev->loc.line, ev->loc.col);
  strbuf_free(&sb);
}

const ir_annotation *ir_fn_decl_find(const ir_fn_decl *decl, const char *name) {
  for (uint16_t i = 0; i < decl->annotation_count; i++)
    if (strcmp(decl->annotations[i].name, name) == 0)
      return &decl->annotations[i];
  return NULL;
}

static void dump_annotation(FILE *out, const char *what,
                            const ir_annotation *a) {
  fprintf(out, "  %s %s", what, a->name);
  if (a->arg_count) {
    fputc('(', out);
    for (uint16_t i = 0; i < a->arg_count; i++)
      fprintf(out, "%s%s", i ? ", " : "", a->args[i]);
    fputc(')', out);
  }
  fprintf(out, " @%" PRIu32 ":%" PRIu32 "\n", a->loc.line, a->loc.col);
}

static const char *paged_reason_name(uint8_t reason) {
  switch (reason) {
  case IR_PAGED_CODE_MACRO:
    return "PAGED_CODE()";
  case IR_PAGED_ALLOC_TEXT:
    return "#pragma alloc_text";
  case IR_PAGED_CODE_SEG:
    return "#pragma code_seg";
  case IR_PAGED_DECLSPEC:
    return "__declspec(code_seg)";
  default:
    return "no";
  }
}

/* The declaration facts, one line each, only when there are any (so the
 * dumps of plain C functions stay short). */
static void dump_decl(FILE *out, const ir_fn_decl *d) {
  if (d->role)
    fprintf(out, "  role %s\n", d->role);
  for (uint16_t i = 0; i < d->annotation_count; i++)
    dump_annotation(out, "annotation", &d->annotations[i]);
  for (uint16_t i = 0; i < d->role_annotation_count; i++)
    dump_annotation(out, "role annotation", &d->role_annotations[i]);
  if (d->paged)
    fprintf(out, "  pageable by %s @%s:%" PRIu32 ":%" PRIu32 "\n",
            paged_reason_name(d->paged), d->paged_loc.file, d->paged_loc.line,
            d->paged_loc.col);
}

void cfg_dump(FILE *out, const cfg_function *fn) {
  fprintf(out, "function %s @%" PRIu32 ":%" PRIu32, fn->name, fn->loc.line,
          fn->loc.col);
  if (fn->header) { /* a project header's: its lines are the header's */
    const char *slash = strrchr(fn->header, '/');
    fprintf(out, " in header %s", slash ? slash + 1 : fn->header);
  }
  fputc('\n', out);
  dump_decl(out, fn->decl);
  for (uint32_t i = 0; i < fn->block_count; i++) {
    const cfg_block *b = fn->blocks[i];
    fprintf(out, "  B%" PRIu32 " (%s)", b->id, b->label ? b->label : "");
    if (b->pred_count) {
      fputs(" preds:", out);
      for (uint32_t k = 0; k < b->pred_count; k++)
        fprintf(out, " B%" PRIu32, b->pred[k]);
    }
    fputc('\n', out);
    for (uint32_t k = 0; k < b->event_count; k++)
      dump_event(out, &b->events[k]);
    if (b->term == CFG_TERM_EXIT)
      continue;
    fprintf(out, "    %s", term_name(b->term));
    if (b->term == CFG_TERM_BRANCH) {
      strbuf sb;
      strbuf_init(&sb);
      dump_cond(&sb, &b->cond);
      fprintf(out, " (%s)", strbuf_cstr(&sb));
      strbuf_free(&sb);
    }
    if (b->term == CFG_TERM_RETURN && b->ret.kind != IR_VALUE_UNKNOWN) {
      strbuf sb;
      strbuf_init(&sb);
      value_print(&sb, &b->ret);
      fprintf(out, " %s", strbuf_cstr(&sb));
      strbuf_free(&sb);
    }
    if (b->term == CFG_TERM_RETURN || b->term == CFG_TERM_NORETURN)
      fprintf(out, "%s @%" PRIu32 ":%" PRIu32,
              b->term_implicit ? " (end of body)" : "", b->term_loc.line,
              b->term_loc.col);
    if (b->succ_count) {
      fputs(" ->", out);
      for (uint32_t k = 0; k < b->succ_count; k++)
        fprintf(out, " B%" PRIu32, b->succ[k]);
    }
    fputc('\n', out);
  }
}
