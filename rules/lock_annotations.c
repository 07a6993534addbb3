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
     API_KIND_LOCK_EXCLUSIVE},
    {"_Acquires_shared_lock_", LOCK_ANNOTATION_ACQUIRES, API_KIND_LOCK_SHARED},
    {"_Releases_lock_", LOCK_ANNOTATION_RELEASES, API_KIND_NONE},
    {"_Releases_exclusive_lock_", LOCK_ANNOTATION_RELEASES,
     API_KIND_LOCK_EXCLUSIVE},
    {"_Releases_shared_lock_", LOCK_ANNOTATION_RELEASES, API_KIND_LOCK_SHARED},
    /* "acquired; an error is reported if the lock is already held" and
     * "released; an error if it is not held" (Annotating Locking Behavior,
     * https://learn.microsoft.com/cpp/code-quality/annotating-locking-behavior):
     * the same effects, which the lock rules already check either way */
    {"_Acquires_nonreentrant_lock_", LOCK_ANNOTATION_ACQUIRES, API_KIND_NONE},
    {"_Releases_nonreentrant_lock_", LOCK_ANNOTATION_RELEASES, API_KIND_NONE},
    {"_Requires_lock_held_", LOCK_ANNOTATION_REQUIRES_HELD, API_KIND_NONE},
    {"_Requires_exclusive_lock_held_", LOCK_ANNOTATION_REQUIRES_HELD,
     API_KIND_LOCK_EXCLUSIVE},
    {"_Requires_shared_lock_held_", LOCK_ANNOTATION_REQUIRES_HELD,
     API_KIND_LOCK_SHARED},
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

/* SAL's names for locks the system keeps, as the API model's rows name
 * them (API_LOCK_GLOBAL). */
static const struct {
  const char *sal, *model;
} global_locks[] = {{"_Global_critical_region_", "critical region"},
                    {"_Global_cancel_spin_lock_", "IoCancelSpinLock"}};

static void root(expr_parser *x, const char *name) {
  x->out.param = SUMMARY_NO_PARAM;
  x->out.path.root_kind = PATH_ROOT_GLOBAL;
  x->out.path.root = name;
  for (size_t i = 0; i < sizeof global_locks / sizeof global_locks[0]; i++)
    if (strcmp(name, global_locks[i].sal) == 0) {
      x->out.path.root_kind = PATH_ROOT_NAMED;
      x->out.path.root = global_locks[i].model;
      return;
    }
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

/* The annotations inside `_When_(cond, a1, a2…)`: each `name(args)` (or a
 * bare `name`), on the declaration's parameters. Returns how many. */
static unsigned unwrap_when(const ir_annotation *when, arena *mem,
                            ir_annotation *inner, unsigned max) {
  unsigned n = 0;
  for (uint16_t k = 1; k < when->arg_count && n < max; k++) {
    const char *text = when->args[k];
    const char *open = strchr(text, '(');
    size_t len = strlen(text);
    ir_annotation a = *when;
    a.args = NULL;
    a.arg_count = 0;
    if (!open) {
      a.name = text;
      inner[n++] = a;
      continue;
    }
    if (open == text || len < 2 || text[len - 1] != ')')
      continue;
    a.name = arena_strndup(mem, text, (size_t)(open - text));
    /* the arguments, split at top-level commas */
    const char *args[8];
    uint16_t nargs = 0;
    const char *start = open + 1, *end = text + len - 1;
    int depth = 0;
    for (const char *p = start; p <= end && nargs < 8; p++) {
      if (p < end && *p == '(')
        depth++;
      else if (p < end && *p == ')')
        depth--;
      else if (p == end || (depth == 0 && *p == ',')) {
        const char *b = start, *e = p;
        while (b < e && *b == ' ')
          b++;
        while (e > b && e[-1] == ' ')
          e--;
        args[nargs++] = arena_strndup(mem, b, (size_t)(e - b));
        start = p + 1;
      }
    }
    a.args = arena_alloc(mem, sizeof(const char *) * (nargs ? nargs : 1));
    memcpy(a.args, args, sizeof(const char *) * nargs);
    a.arg_count = nargs;
    inner[n++] = a;
  }
  return n;
}

/* ---- conditions ---- */

/* A value in a _When_ condition: a known constant, the routine's return
 * value (possibly tested), or unknown. */
typedef enum cond_kind {
  COND_CONST,
  COND_RETURN,            /* the return value itself */
  COND_RETURN_NONZERO,    /* true exactly when the return value is non-zero */
  COND_RETURN_ZERO,       /* true exactly when it is zero */
  COND_RETURN_NT_SUCCESS, /* true exactly when NT_SUCCESS(return) */
  COND_UNKNOWN
} cond_kind;

typedef struct cond_value {
  cond_kind kind;
  int64_t value;
} cond_value;

typedef struct cond_parser {
  const char *p;
  const lock_annotation *la;
  const ir_call *call;
  int ok;
} cond_parser;

static cond_value cond_or(cond_parser *c);

static void cond_space(cond_parser *c) {
  while (*c->p == ' ')
    c->p++;
}

static int cond_accept(cond_parser *c, const char *punct) {
  cond_space(c);
  size_t n = strlen(punct);
  if (strncmp(c->p, punct, n) != 0)
    return 0;
  c->p += n;
  return 1;
}

static cond_value cond_make(cond_kind kind, int64_t value) {
  cond_value v = {kind, value};
  return v;
}

static cond_value cond_unknown(void) { return cond_make(COND_UNKNOWN, 0); }

/* A truth value (0/1 constant) from any value used as a condition. */
static cond_value cond_truth(cond_value v) {
  if (v.kind == COND_CONST)
    return cond_make(COND_CONST, v.value != 0);
  if (v.kind == COND_RETURN)
    return cond_make(COND_RETURN_NONZERO, 0);
  return v;
}

static cond_value cond_not(cond_value v) {
  v = cond_truth(v);
  switch (v.kind) {
  case COND_CONST:
    return cond_make(COND_CONST, !v.value);
  case COND_RETURN_NONZERO:
    return cond_make(COND_RETURN_ZERO, 0);
  case COND_RETURN_ZERO:
    return cond_make(COND_RETURN_NONZERO, 0);
  default:
    return v;
  }
}

/* Constants conditions spell by name. */
static int named_constant(const char *name, int64_t *out) {
  static const struct {
    const char *name;
    int64_t value;
  } names[] = {{"NULL", 0}, {"FALSE", 0},          {"TRUE", 1},   {"false", 0},
               {"true", 1}, {"STATUS_SUCCESS", 0}, {"nullptr", 0}};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (strcmp(name, names[i].name) == 0) {
      *out = names[i].value;
      return 1;
    }
  return 0;
}

static cond_value cond_primary(cond_parser *c) {
  cond_space(c);
  if (cond_accept(c, "(")) {
    cond_value v = cond_or(c);
    if (!cond_accept(c, ")"))
      c->ok = 0;
    return v;
  }
  if (isdigit((unsigned char)*c->p)) {
    char *end;
    long long v = strtoll(c->p, &end, 0);
    c->p = end;
    while (isalpha((unsigned char)*c->p)) /* 0L, 1u */
      c->p++;
    return cond_make(COND_CONST, v);
  }
  const char *start = c->p;
  while (isalnum((unsigned char)*c->p) || *c->p == '_')
    c->p++;
  if (c->p == start) {
    c->ok = 0;
    return cond_unknown();
  }
  char name[64];
  size_t len = (size_t)(c->p - start);
  if (len >= sizeof name) {
    c->ok = 0;
    return cond_unknown();
  }
  memcpy(name, start, len);
  name[len] = '\0';
  cond_value v = cond_unknown();
  int64_t constant;
  if (strcmp(name, "return") == 0) {
    v = cond_make(COND_RETURN, 0);
  } else if (strcmp(name, "NT_SUCCESS") == 0) {
    /* NT_SUCCESS(return): the callee succeeded (for a lock, a success
     * code may still be a timeout: the lock rules take it as maybe) */
    cond_value inner = cond_unknown();
    if (cond_accept(c, "(")) {
      inner = cond_or(c);
      if (!cond_accept(c, ")"))
        c->ok = 0;
    }
    /* (the operand reads as a truth value: `return` became a test) */
    if (inner.kind == COND_RETURN || inner.kind == COND_RETURN_NONZERO)
      return cond_make(COND_RETURN_NT_SUCCESS, 0);
    if (inner.kind == COND_CONST)
      return cond_make(COND_CONST, inner.value >= 0);
    return cond_unknown();
  } else if (named_constant(name, &constant)) {
    v = cond_make(COND_CONST, constant);
  } else {
    const ir_annotation *w = c->la->written;
    for (uint16_t i = 0; i < w->param_count; i++)
      if (strcmp(w->params[i], name) == 0) {
        const ir_value *arg =
            c->call && i < c->call->arg_count ? &c->call->args[i] : NULL;
        if (arg && arg->kind == IR_VALUE_CONST)
          v = cond_make(COND_CONST, arg->constant);
        break;
      }
  }
  /* a member or a pointee of it (Timeout->QuadPart): not known */
  cond_space(c);
  while (c->ok && (cond_accept(c, "->") || cond_accept(c, "."))) {
    cond_space(c);
    while (isalnum((unsigned char)*c->p) || *c->p == '_')
      c->p++;
    v = cond_unknown();
  }
  return v;
}

static cond_value cond_unary(cond_parser *c) {
  if (cond_accept(c, "!"))
    return cond_not(cond_unary(c));
  if (cond_accept(c, "*")) {
    (void)cond_unary(c);
    return cond_unknown();
  }
  return cond_primary(c);
}

/* `a == b` and `a != b` (and the orders, on constants only). */
static cond_value cond_compare(cond_parser *c) {
  cond_value l = cond_unary(c);
  static const char *const ops[] = {"==", "!=", "<=", ">=", "<", ">"};
  for (;;) {
    int op = -1;
    for (int i = 0; i < 6 && op < 0; i++)
      if (cond_accept(c, ops[i]))
        op = i;
    if (op < 0)
      return l;
    cond_value r = cond_unary(c);
    if (l.kind == COND_CONST && r.kind == COND_RETURN) {
      cond_value t = l;
      l = r;
      r = t;
    }
    if (l.kind == COND_CONST && r.kind == COND_CONST) {
      int64_t x = l.value, y = r.value;
      int v = op == 0   ? x == y
              : op == 1 ? x != y
              : op == 2 ? x <= y
              : op == 3 ? x >= y
              : op == 4 ? x < y
                        : x > y;
      l = cond_make(COND_CONST, v);
    } else if (l.kind == COND_RETURN && r.kind == COND_CONST && op <= 1) {
      /* return != 0 / return == FALSE; return == TRUE is return != 0 for a
       * BOOLEAN; return == STATUS_SUCCESS is a success that is zero: not a
       * non-zero test (maybe) */
      if (r.value == 0)
        l = cond_make(op == 1 ? COND_RETURN_NONZERO : COND_RETURN_ZERO, 0);
      else if (r.value == 1)
        l = cond_make(op == 0 ? COND_RETURN_NONZERO : COND_RETURN_ZERO, 0);
      else
        l = cond_unknown();
    } else {
      l = cond_unknown();
    }
  }
}

static cond_value cond_and(cond_parser *c) {
  cond_value l = cond_truth(cond_compare(c));
  while (cond_accept(c, "&&")) {
    cond_value r = cond_truth(cond_compare(c));
    if (l.kind == COND_CONST && !l.value)
      continue; /* false && anything */
    if (r.kind == COND_CONST)
      l = r.value ? l : r;
    else if (!(l.kind == COND_CONST && l.value))
      l = cond_unknown(); /* two undecided parts */
    else
      l = r;
  }
  return l;
}

static cond_value cond_or(cond_parser *c) {
  cond_value l = cond_and(c);
  while (cond_accept(c, "||")) {
    cond_value r = cond_and(c);
    if (l.kind == COND_CONST && l.value)
      continue; /* true || anything */
    if (r.kind == COND_CONST)
      l = r.value ? r : l;
    else if (!(l.kind == COND_CONST && !l.value))
      l = cond_unknown();
    else
      l = r;
  }
  return l;
}

lock_condition sal_condition(const char *condition,
                             const ir_annotation *written,
                             const ir_call *call) {
  lock_annotation la;
  memset(&la, 0, sizeof la);
  la.condition = condition;
  la.written = written;
  return lock_annotation_condition(&la, call);
}

lock_condition lock_annotation_condition(const lock_annotation *la,
                                         const ir_call *call) {
  if (!la->condition)
    return LOCK_CONDITION_ALWAYS;
  cond_parser c = {la->condition, la, call, 1};
  cond_value v = cond_or(&c);
  cond_space(&c);
  if (!c.ok || *c.p != '\0')
    return LOCK_CONDITION_MAYBE;
  v = cond_truth(v);
  if (v.kind == COND_CONST)
    return v.value ? LOCK_CONDITION_ALWAYS : LOCK_CONDITION_NEVER;
  if (v.kind == COND_RETURN_NONZERO)
    return LOCK_CONDITION_ON_SUCCESS;
  if (v.kind == COND_RETURN_NT_SUCCESS)
    return LOCK_CONDITION_ON_NT_SUCCESS;
  return LOCK_CONDITION_MAYBE;
}

unsigned lock_annotations_of(const ir_fn_decl *decl, arena *mem,
                             lock_annotation *out) {
  unsigned n = 0;
  if (!decl)
    return 0;
  for (uint16_t i = 0; i < decl->annotation_count; i++) {
    const ir_annotation *written = &decl->annotations[i];
    ir_annotation inner[4];
    unsigned inner_count = 1;
    const char *condition = NULL;
    if (strcmp(written->name, "_When_") == 0) {
      if (written->arg_count < 2)
        continue;
      inner_count = unwrap_when(written, mem, inner, 4);
      condition = written->args[0];
    } else {
      inner[0] = *written;
    }
    for (unsigned k = 0; k < inner_count; k++) {
      const ir_annotation *a = &inner[k];
      for (size_t m = 0; m < sizeof meanings / sizeof meanings[0]; m++) {
        if (strcmp(a->name, meanings[m].name) != 0)
          continue;
        lock_annotation la;
        memset(&la, 0, sizeof la);
        la.kind = meanings[m].kind;
        la.lock_kind = meanings[m].lock_kind;
        /* the kind its declared type says, in the annotation's mode */
        api_kind typed = api_model_kind_of_type(
            written->lock_type, api_kind_mode((api_kind)la.lock_kind));
        if (typed != API_KIND_NONE)
          la.lock_kind = (uint8_t)typed;
        la.condition = condition;
        la.written = written;
        if (n < LOCK_ANNOTATIONS_MAX && parse_lock(a, mem, &la.lock)) {
          /* a lock the system keeps is of the kind its model rows say:
           * `_Acquires_lock_(_Global_critical_region_)` enters the
           * critical region, which nests */
          const api_routine *global =
              la.lock.path.root_kind == PATH_ROOT_NAMED
                  ? api_model_global_lock_row(la.lock.path.root, 1)
                  : NULL;
          if (global && la.lock.path.step_count == 0)
            la.lock_kind = (uint8_t)global->kind;
          /* the definition and its prototype often repeat the annotation */
          int repeated = 0;
          for (unsigned r = 0; r < n; r++)
            if (out[r].kind == la.kind &&
                (out[r].condition == NULL) == (la.condition == NULL) &&
                (!la.condition ||
                 strcmp(out[r].condition, la.condition) == 0) &&
                out[r].lock.param == la.lock.param &&
                path_equal(&out[r].lock.path, &la.lock.path))
              repeated = 1;
          if (!repeated)
            out[n++] = la;
        }
      }
    }
  }
  return n;
}
