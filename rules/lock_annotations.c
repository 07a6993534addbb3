/* SAL lock annotations (see lock_annotations.h): which annotation means
 * what, and a small parser for the lock expression written in it
 * (`Adapter->Lock`, `*SpinLock`, `(*Context).Lock`, `g_Lock`). */
#include "lock_annotations.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef struct annotation_meaning {
  const char *name;
  uint8_t kind;      /* lock_annotation_kind */
  uint8_t lock_kind; /* api_kind */
} annotation_meaning;

static const annotation_meaning meanings[] = {
    {"_Acquires_lock_", LOCK_ANNOTATION_ACQUIRES, API_KIND_NONE},
    {"_Acquires_exclusive_lock_", LOCK_ANNOTATION_ACQUIRES,
     API_KIND_EX_EXCLUSIVE},
    {"_Acquires_shared_lock_", LOCK_ANNOTATION_ACQUIRES, API_KIND_EX_SHARED},
    {"_Releases_lock_", LOCK_ANNOTATION_RELEASES, API_KIND_NONE},
    {"_Releases_exclusive_lock_", LOCK_ANNOTATION_RELEASES,
     API_KIND_EX_EXCLUSIVE},
    {"_Releases_shared_lock_", LOCK_ANNOTATION_RELEASES, API_KIND_EX_SHARED},
    {"_Requires_lock_held_", LOCK_ANNOTATION_REQUIRES_HELD, API_KIND_NONE},
    {"_Requires_exclusive_lock_held_", LOCK_ANNOTATION_REQUIRES_HELD,
     API_KIND_EX_EXCLUSIVE},
    {"_Requires_shared_lock_held_", LOCK_ANNOTATION_REQUIRES_HELD,
     API_KIND_EX_SHARED},
    {"_Requires_lock_not_held_", LOCK_ANNOTATION_REQUIRES_NOT_HELD,
     API_KIND_NONE},
};

/* ---- the lock expression ---- */

typedef struct expr_parser {
  const char *p;
  const ir_annotation *a;
  arena *mem;
  summary_path out;
  path_step steps[16];
  uint16_t step_count;
  int ok;
} expr_parser;

static void skip_space(expr_parser *x) {
  while (*x->p == ' ')
    x->p++;
}

static int accept(expr_parser *x, const char *punct) {
  skip_space(x);
  size_t n = strlen(punct);
  if (strncmp(x->p, punct, n) != 0)
    return 0;
  x->p += n;
  return 1;
}

static const char *identifier(expr_parser *x) {
  skip_space(x);
  const char *start = x->p;
  if (!isalpha((unsigned char)*x->p) && *x->p != '_')
    return NULL;
  while (isalnum((unsigned char)*x->p) || *x->p == '_')
    x->p++;
  return arena_strndup(x->mem, start, (size_t)(x->p - start));
}

static void push_step(expr_parser *x, path_step s) {
  if (x->step_count == sizeof x->steps / sizeof x->steps[0]) {
    x->ok = 0;
    return;
  }
  x->steps[x->step_count++] = s;
}

static void root(expr_parser *x, const char *name) {
  x->out.param = SUMMARY_NO_PARAM;
  x->out.path.root_kind = PATH_ROOT_GLOBAL;
  x->out.path.root = name;
  for (uint16_t i = 0; i < x->a->param_count; i++)
    if (strcmp(x->a->params[i], name) == 0) {
      x->out.param = i;
      x->out.path.root_kind = PATH_ROOT_PARAM;
      x->out.path.root_id = i + 1u;
    }
}

static void unary(expr_parser *x);

/* CONTAINING_RECORD(pointer, T, F), after its name: the T whose field F
 * the pointer points at, as the lvalue *CONTAINING_RECORD(…) (the caller
 * reads `->` after it without a dereference of its own). */
static void containing_record(expr_parser *x) {
  if (!accept(x, "(")) {
    x->ok = 0;
    return;
  }
  /* CONTAINING_RECORD(&d->F, …) starts from d->F itself, (p, …) from *p */
  int address = accept(x, "&");
  unary(x);
  if (!address) {
    path_step deref = {.kind = PATH_STEP_DEREF};
    push_step(x, deref);
  }
  const char *record = NULL, *field = NULL;
  if (!accept(x, ",") || !(record = identifier(x)) || !accept(x, ",") ||
      !(field = identifier(x)) || !accept(x, ")")) {
    x->ok = 0;
    return;
  }
  path_step container = {
      .kind = PATH_STEP_CONTAINER, .field = field, .record = record};
  push_step(x, container);
}

static void postfix(expr_parser *x) {
  int is_address = 0; /* the expression so far is &path, not path */
  if (accept(x, "(")) {
    unary(x);
    if (!accept(x, ")"))
      x->ok = 0;
  } else {
    const char *name = identifier(x);
    if (!name) {
      x->ok = 0;
      return;
    }
    if (strcmp(name, "CONTAINING_RECORD") == 0) {
      containing_record(x);
      is_address = 1;
    } else {
      root(x, name);
    }
  }
  while (x->ok) {
    if (accept(x, "->")) {
      const char *field = identifier(x);
      path_step deref = {.kind = PATH_STEP_DEREF};
      path_step f = {.kind = PATH_STEP_FIELD, .field = field};
      if (!field)
        x->ok = 0;
      if (!is_address)
        push_step(x, deref);
      is_address = 0;
      push_step(x, f);
    } else if (is_address) {
      x->ok = 0; /* only -> reads a CONTAINING_RECORD */
    } else if (accept(x, ".")) {
      const char *field = identifier(x);
      path_step f = {.kind = PATH_STEP_FIELD, .field = field};
      if (!field)
        x->ok = 0;
      push_step(x, f);
    } else if (accept(x, "[")) {
      skip_space(x);
      char *end;
      long long index = strtoll(x->p, &end, 0);
      if (end == x->p) {
        x->ok = 0;
        return;
      }
      x->p = end;
      if (!accept(x, "]")) {
        x->ok = 0;
        return;
      }
      path_step s = {.kind = PATH_STEP_INDEX, .index_known = 1, .index = index};
      push_step(x, s);
    } else {
      return;
    }
  }
}

static void unary(expr_parser *x) {
  if (accept(x, "*")) {
    unary(x);
    path_step deref = {.kind = PATH_STEP_DEREF};
    push_step(x, deref);
    return;
  }
  if (accept(x, "&")) { /* the lock named by its address: the same lock */
    unary(x);
    return;
  }
  postfix(x);
}

static int parse_lock(const ir_annotation *a, arena *mem, summary_path *out) {
  if (a->arg_count < 1)
    return 0;
  expr_parser x;
  memset(&x, 0, sizeof x);
  x.p = a->args[0];
  x.a = a;
  x.mem = mem;
  x.ok = 1;
  unary(&x);
  skip_space(&x);
  if (!x.ok || *x.p != '\0')
    return 0;
  /* `SpinLock` for a PKSPIN_LOCK parameter means the lock it points to */
  if (x.out.param != SUMMARY_NO_PARAM && x.step_count == 0) {
    path_step deref = {.kind = PATH_STEP_DEREF};
    push_step(&x, deref);
  }
  /* an NDIS_SPIN_LOCK and its KSPIN_LOCK are one lock (as in the IR) */
  if (x.step_count && x.steps[x.step_count - 1].kind == PATH_STEP_FIELD &&
      strcmp(x.steps[x.step_count - 1].field, "SpinLock") == 0)
    x.step_count--;
  x.out.path.step_count = x.step_count;
  if (x.step_count) {
    x.out.path.steps = arena_alloc(mem, sizeof(path_step) * x.step_count);
    memcpy(x.out.path.steps, x.steps, sizeof(path_step) * x.step_count);
  }
  *out = x.out;
  return 1;
}

/* Does a _When_ condition say "the function returned non-zero"? The
 * frontend joins tokens with spaces only between words. */
static int condition_is_nonzero_return(const char *c) {
  static const char *const forms[] = {
      "return",       "return!=0",    "return!=FALSE",   "return==TRUE",
      "return==1",    "0!=return",    "FALSE!=return",   "TRUE==return",
      "return!=NULL", "(return!=0)",  "(return)",        "return!=false",
      "return==true", "!(return==0)", "!(return==FALSE)"};
  for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++)
    if (strcmp(c, forms[i]) == 0)
      return 1;
  return 0;
}

/* The annotation inside `_When_(cond, _Acquires_lock_(e))`: its name and
 * argument, on the declaration's parameters. Returns 0 when the second
 * argument is not `name(argument)`. */
static int unwrap_when(const ir_annotation *when, arena *mem,
                       ir_annotation *inner) {
  if (when->arg_count != 2 || !condition_is_nonzero_return(when->args[0]))
    return 0;
  const char *text = when->args[1];
  const char *open = strchr(text, '(');
  size_t len = strlen(text);
  if (!open || open == text || len < 2 || text[len - 1] != ')')
    return 0;
  *inner = *when;
  size_t name_len = (size_t)(open - text);
  char *name = arena_alloc(mem, name_len + 1);
  memcpy(name, text, name_len);
  name[name_len] = '\0';
  size_t arg_len = (size_t)(text + len - 1 - (open + 1));
  char *arg = arena_alloc(mem, arg_len + 1);
  memcpy(arg, open + 1, arg_len);
  arg[arg_len] = '\0';
  const char **args = arena_alloc(mem, sizeof(const char *));
  args[0] = arg;
  inner->name = name;
  inner->args = args;
  inner->arg_count = 1;
  return 1;
}

unsigned lock_annotations_of(const ir_fn_decl *decl, arena *mem,
                             lock_annotation *out) {
  unsigned n = 0;
  if (!decl)
    return 0;
  for (uint16_t i = 0; i < decl->annotation_count; i++) {
    const ir_annotation *a = &decl->annotations[i];
    ir_annotation inner;
    int on_success = 0;
    if (strcmp(a->name, "_When_") == 0) {
      if (!unwrap_when(a, mem, &inner))
        continue;
      a = &inner;
      on_success = 1;
    }
    for (size_t m = 0; m < sizeof meanings / sizeof meanings[0]; m++) {
      if (strcmp(a->name, meanings[m].name) != 0)
        continue;
      lock_annotation la;
      memset(&la, 0, sizeof la);
      la.kind = meanings[m].kind;
      la.lock_kind = meanings[m].lock_kind;
      /* only a conditional acquire has a meaning here */
      if (on_success && la.kind != LOCK_ANNOTATION_ACQUIRES)
        continue;
      la.on_success = (uint8_t)on_success;
      la.written = &decl->annotations[i];
      if (n < LOCK_ANNOTATIONS_MAX && parse_lock(a, mem, &la.lock)) {
        /* the definition and its prototype often repeat the annotation */
        int repeated = 0;
        for (unsigned k = 0; k < n; k++)
          if (out[k].kind == la.kind && out[k].on_success == la.on_success &&
              out[k].lock.param == la.lock.param &&
              path_equal(&out[k].lock.path, &la.lock.path))
            repeated = 1;
        if (!repeated)
          out[n++] = la;
      }
    }
  }
  return n;
}
