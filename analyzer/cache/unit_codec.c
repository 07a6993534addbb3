/* The unit encoding (unit_codec.h). Layout, all integers as LEB128
 * varints (signed ones zigzagged):
 *
 *   version
 *   strings:      count, then each as length + bytes
 *   declarations: count, then each ir_fn_decl
 *   functions:    count, then each cfg_function with its blocks
 *   findings:     count, then each (rule id, location, message, function,
 *                 notes, steps)
 *   clang errors: count, then each (location, message, partial function);
 *                 the unit they came through is the one encoded, so it is
 *                 not written (run.c names it when it takes them in)
 *
 * Strings and declarations are written once and referenced by index + 1
 * (0 is NULL), which keeps the sharing the frontend set up: every call of
 * a function points at the one ir_fn_decl of that name, every location of
 * a file at the one interned file name. The encoder writes functions
 * first into their own buffer, since that is where it meets the
 * declarations and strings, then puts the tables in front. */
#include "unit_codec.h"

#include <stdlib.h>
#include <string.h>

/* 13: string literals, unused results; 14: function-pointer slots; 15:
 * functions of project headers; 16: a section placement wins over
 * PAGED_CODE() as the reason a function is pageable */
enum { UNIT_CODEC_VERSION = 19 };

/* ---- primitives ---- */

void codec_put_uint(strbuf *out, uint64_t value) {
  char bytes[10];
  size_t n = 0;
  do {
    uint8_t byte = value & 0x7f;
    value >>= 7;
    bytes[n++] = (char)(byte | (value ? 0x80 : 0));
  } while (value);
  strbuf_putn(out, bytes, n);
}

static void put_int(strbuf *out, int64_t value) {
  codec_put_uint(out, ((uint64_t)value << 1) ^ (uint64_t)(value >> 63));
}

void codec_put_bytes(strbuf *out, const void *data, size_t size) {
  codec_put_uint(out, size);
  strbuf_putn(out, data, size);
}

void codec_put_le(uint8_t *p, uint64_t value, unsigned bytes) {
  for (unsigned i = 0; i < bytes; i++)
    p[i] = (uint8_t)(value >> (8 * i));
}

uint64_t codec_get_le(const uint8_t *p, unsigned bytes) {
  uint64_t value = 0;
  for (unsigned i = 0; i < bytes; i++)
    value |= (uint64_t)p[i] << (8 * i);
  return value;
}

uint64_t codec_get_uint(codec_reader *r) {
  uint64_t value = 0;
  for (unsigned shift = 0; shift < 64; shift += 7) {
    if (r->at >= r->end) {
      r->bad = 1;
      return 0;
    }
    uint8_t byte = *r->at++;
    value |= (uint64_t)(byte & 0x7f) << shift;
    if (!(byte & 0x80))
      return value;
  }
  r->bad = 1;
  return 0;
}

static int64_t get_int(codec_reader *r) {
  uint64_t z = codec_get_uint(r);
  return (int64_t)(z >> 1) ^ -(int64_t)(z & 1);
}

const uint8_t *codec_get_bytes(codec_reader *r, size_t size) {
  if (r->bad || (size_t)(r->end - r->at) < size) {
    r->bad = 1;
    return NULL;
  }
  const uint8_t *at = r->at;
  r->at += size;
  return at;
}

size_t codec_get_count(codec_reader *r) {
  uint64_t n = codec_get_uint(r);
  if (n > (uint64_t)(r->end - r->at)) {
    r->bad = 1;
    return 0;
  }
  return (size_t)n;
}

/* A value that must fit a narrower field (and, with limit, an index). */
static uint32_t get_u32_below(codec_reader *r, uint64_t limit) {
  uint64_t v = codec_get_uint(r);
  if (v >= limit || v > UINT32_MAX) {
    r->bad = 1;
    return 0;
  }
  return (uint32_t)v;
}

/* A count of items that fit a 16-bit count field (and the bytes left);
 * 0 and bad when it does not. */
static uint16_t get_count16(codec_reader *r) {
  size_t n = codec_get_count(r);
  if (n > UINT16_MAX) {
    r->bad = 1;
    return 0;
  }
  return (uint16_t)n;
}

/* ---- the encoder's tables ---- */

/* Items numbered in the order first met (index + 1; 0 is NULL), found
 * again by open addressing. Strings are one item per distinct text,
 * declarations one per pointer. */
typedef struct ref_table {
  const void **items; /* in index order */
  size_t count, cap;
  uint32_t *slots; /* index + 1, 0 empty */
  size_t slot_count;
  uint64_t (*hash)(const void *item);
  int (*same)(const void *a, const void *b);
} ref_table;

typedef struct encoder {
  ref_table strings;
  ref_table decls;
} encoder;

static uint64_t string_hash(const void *item) {
  return fnv1a(FNV1A_OFFSET, item, strlen(item));
}

static int same_string(const void *a, const void *b) {
  return strcmp(a, b) == 0;
}

static uint64_t pointer_hash(const void *p) {
  uint64_t h = (uint64_t)(uintptr_t)p;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h;
}

static int same_pointer(const void *a, const void *b) { return a == b; }

/* Doubles the slot array, reinserting every item. */
static void rehash(ref_table *t) {
  size_t n = t->slot_count ? t->slot_count * 2 : 64;
  free(t->slots);
  t->slots = xcalloc(n, sizeof(uint32_t));
  t->slot_count = n;
  for (size_t i = 0; i < t->count; i++) {
    size_t s = t->hash(t->items[i]) & (n - 1);
    while (t->slots[s])
      s = (s + 1) & (n - 1);
    t->slots[s] = (uint32_t)(i + 1);
  }
}

static uint32_t table_ref(ref_table *t, const void *item) {
  if (!item)
    return 0;
  if ((t->count + 1) * 2 > t->slot_count)
    rehash(t);
  size_t s = t->hash(item) & (t->slot_count - 1);
  while (t->slots[s]) {
    if (t->same(t->items[t->slots[s] - 1], item))
      return t->slots[s];
    s = (s + 1) & (t->slot_count - 1);
  }
  VEC_PUSH(t->items, t->count, t->cap, item);
  t->slots[s] = (uint32_t)t->count;
  return (uint32_t)t->count;
}

static uint32_t string_ref(encoder *e, const char *s) {
  return table_ref(&e->strings, s);
}

static uint32_t decl_ref(encoder *e, const ir_fn_decl *d) {
  return table_ref(&e->decls, d);
}

/* ---- encoding ---- */

static void put_str(encoder *e, strbuf *out, const char *s) {
  codec_put_uint(out, string_ref(e, s));
}

/* A source range, whether the IR's (ir_loc) or a finding's (diag_loc). */
static void put_range(encoder *e, strbuf *out, const char *file,
                      const unsigned position[4]) {
  put_str(e, out, file);
  for (unsigned i = 0; i < 4; i++)
    codec_put_uint(out, position[i]);
}

static void put_loc(encoder *e, strbuf *out, const ir_loc *loc) {
  unsigned position[4] = {loc->line, loc->col, loc->end_line, loc->end_col};
  put_range(e, out, loc->file, position);
}

static void put_path(encoder *e, strbuf *out, const ir_path *p) {
  codec_put_uint(out, p->root_kind);
  put_str(e, out, p->root);
  codec_put_uint(out, p->root_id);
  codec_put_uint(out, p->step_count);
  for (uint16_t i = 0; i < p->step_count; i++) {
    const path_step *s = &p->steps[i];
    codec_put_uint(out, s->kind);
    codec_put_uint(out, s->index_known);
    put_str(e, out, s->field);
    put_str(e, out, s->record);
    put_int(out, s->index);
  }
}

static void put_value(encoder *e, strbuf *out, const ir_value *v) {
  codec_put_uint(out, v->kind);
  put_int(out, v->constant);
  put_path(e, out, &v->path);
  codec_put_uint(out, v->call_event);
  put_str(e, out, v->function_type);
  put_str(e, out, v->text);
}

static void put_strings(encoder *e, strbuf *out, const char *const *items,
                        uint16_t count) {
  codec_put_uint(out, count);
  for (uint16_t i = 0; i < count; i++)
    put_str(e, out, items[i]);
}

static void put_annotations(encoder *e, strbuf *out, const ir_annotation *a,
                            uint16_t count) {
  codec_put_uint(out, count);
  for (uint16_t i = 0; i < count; i++) {
    put_str(e, out, a[i].name);
    put_strings(e, out, a[i].args, a[i].arg_count);
    put_loc(e, out, &a[i].loc);
    put_strings(e, out, a[i].params, a[i].param_count);
    codec_put_uint(out, (uint64_t)(a[i].param_index + 1));
    put_str(e, out, a[i].lock_type);
  }
}

static void put_decl(encoder *e, strbuf *out, const ir_fn_decl *d) {
  put_str(e, out, d->name);
  put_str(e, out, d->role);
  put_annotations(e, out, d->annotations, d->annotation_count);
  put_annotations(e, out, d->role_annotations, d->role_annotation_count);
  codec_put_uint(out, d->paged);
  put_loc(e, out, &d->paged_loc);
  codec_put_uint(out, d->has_body);
  put_loc(e, out, &d->loc);
}

static void put_event(encoder *e, strbuf *out, const ir_event *ev) {
  codec_put_uint(out, ev->kind);
  codec_put_uint(out, ev->id);
  put_loc(e, out, &ev->loc);
  if (ev->kind == IR_EVENT_CALL) {
    const ir_call *c = &ev->u.call;
    put_str(e, out, c->callee);
    put_strings(e, out, c->macro_chain, c->macro_count);
    codec_put_uint(out, c->arg_count);
    for (uint16_t i = 0; i < c->arg_count; i++)
      put_value(e, out, &c->args[i]);
    codec_put_uint(out, c->has_result_target);
    codec_put_uint(out, c->no_return);
    codec_put_uint(out, c->result_unused);
    put_path(e, out, &c->result_target);
    codec_put_uint(out, decl_ref(e, c->callee_decl));
    put_str(e, out, c->callee_type);
    put_str(e, out, c->arg0_record);
    put_str(e, out, c->callee_slot);
    put_str(e, out, c->callee_slot_name);
    put_str(e, out, c->callee_slot_file);
  } else {
    const ir_assign *a = &ev->u.assign;
    put_path(e, out, &a->target);
    put_value(e, out, &a->value);
    codec_put_uint(out, a->op);
    codec_put_uint(out, a->only_write);
    codec_put_uint(out, a->stores_thread);
  }
}

static void put_u32s(strbuf *out, const uint32_t *items, uint32_t count) {
  codec_put_uint(out, count);
  for (uint32_t i = 0; i < count; i++)
    codec_put_uint(out, items[i]);
}

static void put_block(encoder *e, strbuf *out, const cfg_block *b) {
  codec_put_uint(out, b->term);
  put_str(e, out, b->label);
  codec_put_uint(out, b->event_count);
  for (uint32_t i = 0; i < b->event_count; i++)
    put_event(e, out, &b->events[i]);
  put_u32s(out, b->succ, b->succ_count);
  put_u32s(out, b->pred, b->pred_count);
  codec_put_uint(out, b->cond.kind);
  put_value(e, out, &b->cond.value);
  put_int(out, b->cond.constant);
  put_value(e, out, &b->cond.other);
  put_loc(e, out, &b->cond.loc);
  put_loc(e, out, &b->term_loc);
  codec_put_uint(out, b->term_implicit);
  put_value(e, out, &b->ret);
}

static void put_function(encoder *e, strbuf *out, const cfg_function *fn) {
  put_str(e, out, fn->name);
  put_loc(e, out, &fn->loc);
  put_loc(e, out, &fn->body_end);
  codec_put_uint(out, fn->has_clang_error);
  codec_put_uint(out, fn->event_count);
  codec_put_uint(out, fn->block_count);
  for (uint32_t i = 0; i < fn->block_count; i++)
    put_block(e, out, fn->blocks[i]);
  put_strings(e, out, fn->param_names, fn->param_count);
  for (uint16_t i = 0; i < fn->param_count; i++)
    codec_put_uint(out, fn->param_ids[i]);
  codec_put_uint(out, fn->alias_count);
  for (uint16_t i = 0; i < fn->alias_count; i++) {
    codec_put_uint(out, fn->alias_local_ids[i]);
    codec_put_uint(out, fn->alias_params[i]);
  }
  codec_put_uint(out, fn->internal_linkage);
  put_str(e, out, fn->header);
  codec_put_uint(out, decl_ref(e, fn->decl));
  codec_put_uint(out, fn->slot_write_count);
  for (uint32_t i = 0; i < fn->slot_write_count; i++) {
    const ir_slot_write *w = &fn->slot_writes[i];
    put_str(e, out, w->slot);
    codec_put_uint(out, w->value);
    codec_put_uint(out, w->defines);
    codec_put_uint(out, w->param);
    put_str(e, out, w->function);
    put_loc(e, out, &w->loc);
  }
}

static void put_diag_loc(encoder *e, strbuf *out, const diag_loc *loc) {
  unsigned position[4] = {loc->line, loc->col, loc->end_line, loc->end_col};
  put_range(e, out, loc->file, position);
}

static void put_notes(encoder *e, strbuf *out, const diag_note *notes,
                      unsigned count) {
  codec_put_uint(out, count);
  for (unsigned i = 0; i < count; i++) {
    put_diag_loc(e, out, &notes[i].loc);
    put_str(e, out, notes[i].message);
  }
}

static void put_finding(encoder *e, strbuf *out, const diag_finding *f) {
  put_str(e, out, f->rule->id);
  put_diag_loc(e, out, &f->loc);
  put_str(e, out, f->message);
  put_str(e, out, f->function);
  put_notes(e, out, f->notes, f->note_count);
  put_notes(e, out, f->steps, f->step_count);
}

static void put_compile_error(encoder *e, strbuf *out,
                              const diag_compile_error *error) {
  put_diag_loc(e, out, &error->loc);
  put_str(e, out, error->message);
  put_str(e, out, error->function);
}

void unit_encode(strbuf *out, cfg_function *const *fns, size_t fn_count,
                 const diag_engine *findings) {
  encoder e;
  memset(&e, 0, sizeof e);
  e.strings.hash = string_hash;
  e.strings.same = same_string;
  e.decls.hash = pointer_hash;
  e.decls.same = same_pointer;
  strbuf body;
  strbuf_init(&body);
  codec_put_uint(&body, fn_count);
  for (size_t i = 0; i < fn_count; i++)
    put_function(&e, &body, fns[i]);
  unsigned finding_count = findings ? diag_finding_count(findings) : 0;
  codec_put_uint(&body, finding_count);
  for (unsigned i = 0; i < finding_count; i++)
    put_finding(&e, &body, diag_finding_at(findings, i));
  unsigned error_count = findings ? diag_compile_error_count(findings) : 0;
  codec_put_uint(&body, error_count);
  for (unsigned i = 0; i < error_count; i++)
    put_compile_error(&e, &body, diag_compile_error_at(findings, i));
  /* declarations last, since functions name them; they add strings */
  strbuf decls;
  strbuf_init(&decls);
  codec_put_uint(&decls, e.decls.count);
  for (size_t i = 0; i < e.decls.count; i++)
    put_decl(&e, &decls, (const ir_fn_decl *)e.decls.items[i]);

  codec_put_uint(out, UNIT_CODEC_VERSION);
  codec_put_uint(out, e.strings.count);
  for (size_t i = 0; i < e.strings.count; i++)
    codec_put_bytes(out, e.strings.items[i],
                    strlen((const char *)e.strings.items[i]));
  strbuf_putn(out, decls.data, decls.len);
  strbuf_putn(out, body.data, body.len);
  strbuf_free(&decls);
  strbuf_free(&body);
  free(e.strings.items);
  free(e.strings.slots);
  free(e.decls.items);
  free(e.decls.slots);
}

/* ---- decoding ---- */

typedef struct decoder {
  codec_reader r;
  const char **strings;
  size_t string_count;
  ir_fn_decl *decls;
  size_t decl_count;
} decoder;

static const char *get_str(decoder *d) {
  uint64_t ref = codec_get_uint(&d->r);
  if (ref > d->string_count) {
    d->r.bad = 1;
    return NULL;
  }
  return ref ? d->strings[ref - 1] : NULL;
}

/* Where a NULL would break the analysis (a name, a file). */
static const char *get_name(decoder *d) {
  const char *s = get_str(d);
  if (!s)
    d->r.bad = 1;
  return s ? s : "";
}

static uint8_t get_u8_below(decoder *d, unsigned limit) {
  return (uint8_t)get_u32_below(&d->r, limit);
}

static ir_fn_decl *get_decl_ref(decoder *d) {
  uint64_t ref = codec_get_uint(&d->r);
  if (ref > d->decl_count) {
    d->r.bad = 1;
    return NULL;
  }
  return ref ? &d->decls[ref - 1] : NULL;
}

static void get_loc(decoder *d, ir_loc *loc) {
  loc->file = get_str(d);
  loc->line = get_u32_below(&d->r, UINT64_MAX);
  loc->col = get_u32_below(&d->r, UINT64_MAX);
  loc->end_line = get_u32_below(&d->r, UINT64_MAX);
  loc->end_col = get_u32_below(&d->r, UINT64_MAX);
}

static void get_path(decoder *d, arena *mem, ir_path *p) {
  p->root_kind = get_u8_below(d, PATH_ROOT_NAMED + 1);
  p->root = get_str(d);
  p->root_id = get_u32_below(&d->r, UINT64_MAX);
  size_t n = get_count16(&d->r);
  if (d->r.bad)
    return;
  p->step_count = (uint16_t)n;
  p->steps = n ? arena_alloc(mem, sizeof(path_step) * n) : NULL;
  for (size_t i = 0; i < n && !d->r.bad; i++) {
    path_step *s = &p->steps[i];
    s->kind = get_u8_below(d, PATH_STEP_CONTAINER + 1);
    s->index_known = get_u8_below(d, 2);
    s->field = get_str(d);
    s->record = get_str(d);
    s->index = get_int(&d->r);
  }
}

static void get_value(decoder *d, arena *mem, ir_value *v) {
  v->kind = get_u8_below(d, IR_VALUE_STRING + 1);
  v->constant = get_int(&d->r);
  get_path(d, mem, &v->path);
  v->call_event = get_u32_below(&d->r, UINT64_MAX);
  v->function_type = get_str(d);
  v->text = get_str(d);
}

static uint16_t get_strings(decoder *d, arena *mem, const char ***out) {
  size_t n = get_count16(&d->r);
  *out = NULL;
  if (d->r.bad || n == 0)
    return 0;
  const char **items = arena_alloc(mem, sizeof(char *) * n);
  for (size_t i = 0; i < n; i++)
    items[i] = get_name(d);
  *out = items;
  return (uint16_t)n;
}

static uint16_t get_annotations(decoder *d, arena *mem, ir_annotation **out) {
  size_t n = get_count16(&d->r);
  *out = NULL;
  if (d->r.bad || n == 0)
    return 0;
  ir_annotation *a = arena_alloc(mem, sizeof(ir_annotation) * n);
  for (size_t i = 0; i < n && !d->r.bad; i++) {
    a[i].name = get_name(d);
    a[i].arg_count = get_strings(d, mem, &a[i].args);
    get_loc(d, &a[i].loc);
    a[i].param_count = get_strings(d, mem, &a[i].params);
    a[i].param_index = (int16_t)((int)get_count16(&d->r) - 1);
    a[i].lock_type = get_str(d);
  }
  *out = a;
  return (uint16_t)n;
}

static void get_decl(decoder *d, arena *mem, ir_fn_decl *decl) {
  decl->name = get_name(d);
  decl->role = get_str(d);
  decl->annotation_count = get_annotations(d, mem, &decl->annotations);
  decl->role_annotation_count =
      get_annotations(d, mem, &decl->role_annotations);
  decl->paged = get_u8_below(d, IR_PAGED_DECLSPEC + 1);
  get_loc(d, &decl->paged_loc);
  decl->has_body = get_u8_below(d, 2);
  get_loc(d, &decl->loc);
}

static void get_event(decoder *d, arena *mem, ir_event *ev,
                      uint32_t event_count) {
  ev->kind = get_u8_below(d, IR_EVENT_ASSIGN + 1);
  ev->id = get_u32_below(&d->r, event_count);
  get_loc(d, &ev->loc);
  if (d->r.bad)
    return;
  if (ev->kind == IR_EVENT_CALL) {
    ir_call *c = &ev->u.call;
    c->callee = get_str(d);
    c->macro_count = get_strings(d, mem, &c->macro_chain);
    size_t n = get_count16(&d->r);
    if (d->r.bad)
      return;
    c->arg_count = (uint16_t)n;
    c->args = n ? arena_alloc(mem, sizeof(ir_value) * n) : NULL;
    for (size_t i = 0; i < n && !d->r.bad; i++)
      get_value(d, mem, &c->args[i]);
    c->has_result_target = get_u8_below(d, 2);
    c->no_return = get_u8_below(d, 2);
    c->result_unused = get_u8_below(d, 2);
    get_path(d, mem, &c->result_target);
    c->callee_decl = get_decl_ref(d);
    c->callee_type = get_str(d);
    c->arg0_record = get_str(d);
    c->callee_slot = get_str(d);
    c->callee_slot_name = get_str(d);
    c->callee_slot_file = get_str(d);
  } else {
    ir_assign *a = &ev->u.assign;
    get_path(d, mem, &a->target);
    get_value(d, mem, &a->value);
    a->op = get_u8_below(d, IR_ASSIGN_ADD + 1);
    a->only_write = get_u8_below(d, 2);
    a->stores_thread = get_u8_below(d, 2);
  }
}

/* A heap array of block ids (cfg_function_release frees it). */
static uint32_t get_block_ids(decoder *d, uint32_t block_count, uint32_t **out,
                              uint32_t *cap) {
  size_t n = codec_get_count(&d->r);
  *out = NULL;
  *cap = 0;
  if (d->r.bad || n == 0)
    return 0;
  uint32_t *items = xmalloc(sizeof(uint32_t) * n);
  for (size_t i = 0; i < n; i++)
    items[i] = get_u32_below(&d->r, block_count);
  *out = items;
  *cap = (uint32_t)n;
  return (uint32_t)n;
}

static void get_block(decoder *d, cfg_function *fn, cfg_block *b) {
  b->term = get_u8_below(d, CFG_TERM_EXIT + 1);
  b->label = get_str(d);
  size_t n = codec_get_count(&d->r);
  if (d->r.bad)
    return;
  if (n) {
    b->events = xcalloc(n, sizeof(ir_event));
    b->event_cap = (uint32_t)n;
  }
  for (size_t i = 0; i < n && !d->r.bad; i++) {
    get_event(d, fn->mem, &b->events[i], fn->event_count);
    b->event_count = (uint32_t)(i + 1);
  }
  b->succ_count = get_block_ids(d, fn->block_count, &b->succ, &b->succ_cap);
  b->pred_count = get_block_ids(d, fn->block_count, &b->pred, &b->pred_cap);
  b->cond.kind = get_u8_below(d, IR_COND_SAME + 1);
  get_value(d, fn->mem, &b->cond.value);
  b->cond.constant = get_int(&d->r);
  get_value(d, fn->mem, &b->cond.other);
  get_loc(d, &b->cond.loc);
  get_loc(d, &b->term_loc);
  b->term_implicit = get_u8_below(d, 2);
  get_value(d, fn->mem, &b->ret);
}

/* One function in a fresh heap arena; NULL (and r.bad) on bad bytes. */
static cfg_function *get_function(decoder *d, uint32_t unit) {
  arena *mem = xmalloc(sizeof *mem);
  arena_init(mem);
  cfg_function *fn = arena_alloc(mem, sizeof *fn);
  fn->mem = mem;
  fn->unit = unit;
  fn->name = get_name(d);
  get_loc(d, &fn->loc);
  get_loc(d, &fn->body_end);
  fn->has_clang_error = get_u32_below(&d->r, 2);
  fn->event_count = get_u32_below(&d->r, UINT64_MAX);
  size_t blocks = codec_get_count(&d->r);
  if (blocks < 2) /* entry and exit are always there */
    d->r.bad = 1;
  if (!d->r.bad) {
    fn->blocks = xcalloc(blocks, sizeof(cfg_block *));
    fn->block_cap = fn->block_count = (uint32_t)blocks;
    for (uint32_t i = 0; i < fn->block_count; i++) {
      fn->blocks[i] = arena_alloc(mem, sizeof(cfg_block));
      fn->blocks[i]->id = i;
    }
    for (uint32_t i = 0; i < fn->block_count && !d->r.bad; i++)
      get_block(d, fn, fn->blocks[i]);
    fn->entry = 0;
    fn->exit = 1;
  }
  fn->param_count = get_strings(d, mem, &fn->param_names);
  if (fn->param_count && !d->r.bad) {
    fn->param_ids = arena_alloc(mem, sizeof(uint32_t) * fn->param_count);
    for (uint16_t i = 0; i < fn->param_count; i++)
      fn->param_ids[i] = get_u32_below(&d->r, UINT64_MAX);
  }
  size_t aliases = get_count16(&d->r);
  if (aliases && !d->r.bad) {
    fn->alias_count = (uint16_t)aliases;
    fn->alias_local_ids = arena_alloc(mem, sizeof(uint32_t) * aliases);
    fn->alias_params = arena_alloc(mem, sizeof(uint16_t) * aliases);
    for (size_t i = 0; i < aliases; i++) {
      fn->alias_local_ids[i] = get_u32_below(&d->r, UINT64_MAX);
      fn->alias_params[i] = (uint16_t)get_u32_below(&d->r, fn->param_count);
    }
  }
  fn->internal_linkage = get_u8_below(d, 2);
  fn->header = get_str(d);
  fn->decl = get_decl_ref(d);
  if (!fn->decl)
    d->r.bad = 1;
  size_t writes = codec_get_count(&d->r);
  if (writes && !d->r.bad) {
    fn->slot_write_count = (uint32_t)writes;
    fn->slot_writes = arena_alloc(mem, sizeof(ir_slot_write) * writes);
    for (size_t i = 0; i < writes && !d->r.bad; i++) {
      ir_slot_write *w = &fn->slot_writes[i];
      w->slot = get_str(d);
      w->value = get_u8_below(d, IR_SLOT_UNKNOWN + 1);
      w->defines = get_u8_below(d, 2);
      w->param = (uint16_t)get_u32_below(&d->r, UINT16_MAX + 1u);
      w->function = get_str(d);
      get_loc(d, &w->loc);
    }
  }
  if (d->r.bad) {
    cfg_function_destroy(fn);
    return NULL;
  }
  return fn;
}

/* A finding's parts, checked before any of it is reported. */
typedef struct decoded_note {
  diag_loc loc;
  const char *message;
} decoded_note;

typedef struct decoded_finding {
  const diag_rule_info *rule;
  diag_loc loc;
  const char *message, *function;
  decoded_note *notes, *steps;
  size_t note_count, step_count;
} decoded_finding;

static void get_diag_loc(decoder *d, diag_loc *loc) {
  loc->file = get_name(d);
  loc->line = get_u32_below(&d->r, UINT64_MAX);
  loc->col = get_u32_below(&d->r, UINT64_MAX);
  loc->end_line = get_u32_below(&d->r, UINT64_MAX);
  loc->end_col = get_u32_below(&d->r, UINT64_MAX);
}

static size_t get_notes(decoder *d, arena *mem, decoded_note **out) {
  size_t n = codec_get_count(&d->r);
  *out = NULL;
  if (d->r.bad || n == 0)
    return 0;
  *out = arena_alloc(mem, sizeof(decoded_note) * n);
  for (size_t i = 0; i < n && !d->r.bad; i++) {
    get_diag_loc(d, &(*out)[i].loc);
    (*out)[i].message = get_name(d);
  }
  return n;
}

static void report_finding(diag_engine *diag, const decoded_finding *f) {
  diag_begin(diag, f->rule, f->loc, f->function, "%s", f->message);
  for (size_t i = 0; i < f->note_count; i++)
    diag_add_note(diag, f->notes[i].loc, "%s", f->notes[i].message);
  for (size_t i = 0; i < f->step_count; i++)
    diag_add_step(diag, f->steps[i].loc, "%s", f->steps[i].message);
  diag_commit(diag);
}

int unit_decode(const uint8_t *data, size_t size, uint32_t unit,
                arena *unit_mem, unit_rule_lookup rule_named,
                diag_engine *findings, cfg_function ***fns_out,
                size_t *fn_count_out) {
  decoder d;
  memset(&d, 0, sizeof d);
  d.r.at = data;
  d.r.end = data + size;
  /* Strings and declarations go straight into the unit arena: bad bytes
   * leave some unused memory there, nothing that anyone points to. */
  if (codec_get_uint(&d.r) != UNIT_CODEC_VERSION)
    d.r.bad = 1;
  d.string_count = codec_get_count(&d.r);
  if (!d.r.bad && d.string_count)
    d.strings = arena_alloc(unit_mem, sizeof(char *) * d.string_count);
  for (size_t i = 0; i < d.string_count && !d.r.bad; i++) {
    size_t n = codec_get_count(&d.r);
    const uint8_t *bytes = codec_get_bytes(&d.r, n);
    d.strings[i] = bytes ? arena_strndup(unit_mem, (const char *)bytes, n) : "";
  }
  d.decl_count = codec_get_count(&d.r);
  if (!d.r.bad && d.decl_count)
    d.decls = arena_alloc(unit_mem, sizeof(ir_fn_decl) * d.decl_count);
  for (size_t i = 0; i < d.decl_count && !d.r.bad; i++)
    get_decl(&d, unit_mem, &d.decls[i]);

  cfg_function **fns = NULL;
  size_t fn_count = codec_get_count(&d.r);
  if (!d.r.bad && fn_count)
    fns = xcalloc(fn_count, sizeof(cfg_function *));
  size_t built = 0;
  while (built < fn_count && !d.r.bad && (fns[built] = get_function(&d, unit)))
    built++;

  /* findings are checked whole before any is reported */
  arena scratch;
  arena_init(&scratch);
  size_t finding_count = codec_get_count(&d.r);
  decoded_finding *decoded =
      !d.r.bad && finding_count
          ? arena_alloc(&scratch, sizeof(decoded_finding) * finding_count)
          : NULL;
  for (size_t i = 0; i < finding_count && !d.r.bad; i++) {
    decoded_finding *f = &decoded[i];
    const char *rule_id = get_name(&d);
    f->rule = d.r.bad ? NULL : rule_named(rule_id, strlen(rule_id));
    if (!f->rule)
      d.r.bad = 1;
    get_diag_loc(&d, &f->loc);
    f->message = get_name(&d);
    f->function = get_str(&d);
    f->note_count = get_notes(&d, &scratch, &f->notes);
    f->step_count = get_notes(&d, &scratch, &f->steps);
  }
  size_t error_count = codec_get_count(&d.r);
  decoded_note *errors =
      !d.r.bad && error_count
          ? arena_alloc(&scratch, sizeof(decoded_note) * error_count)
          : NULL;
  const char **partial =
      errors ? arena_alloc(&scratch, sizeof(char *) * error_count) : NULL;
  for (size_t i = 0; i < error_count && !d.r.bad; i++) {
    get_diag_loc(&d, &errors[i].loc);
    errors[i].message = get_name(&d);
    partial[i] = get_str(&d);
  }
  if (d.r.at != d.r.end)
    d.r.bad = 1; /* trailing bytes: not what the encoder wrote */

  if (d.r.bad) {
    for (size_t i = 0; i < built; i++)
      cfg_function_destroy(fns[i]);
    free(fns);
    arena_destroy(&scratch);
    return -1;
  }
  for (size_t i = 0; i < finding_count; i++)
    report_finding(findings, &decoded[i]);
  for (size_t i = 0; i < error_count; i++)
    diag_add_compile_error(findings, errors[i].loc, partial[i],
                           errors[i].message);
  arena_destroy(&scratch);
  *fns_out = fns;
  *fn_count_out = fn_count;
  return 0;
}
