/* interlocked-lock-mixed: a spin lock given to the ExInterlockedXxxList
 * routines and also acquired explicitly. Their pages say the lock "must
 * be used only with the ExInterlockedXxxList routines" (API_LOCK_ONLY_
 * INTERLOCKED rows, rules/api_model.def): they may run at any IRQL and
 * take the lock with interrupts disabled, so an ISR inserting into the
 * list can spin forever on a processor where KeAcquireSpinLock's holder,
 * at DISPATCH_LEVEL, was interrupted -- and the list routines are not
 * written to share the lock with code that expects to own the list.
 *
 * Program-wide, by lock class (ADAPTER.QueueLock, a global by name: the
 * classes lock-order-inversion compares): every explicit acquire of a
 * spin lock (an acquire or try-acquire routine, written in the function,
 * not a callee's effect: a wrapper's acquire is reported inside the
 * wrapper) whose class some call of such a routine is given, reported at
 * the acquire with a note at the first such call. A lock without a class
 * (a local, a bare parameter) is not compared. */
#include "rule.h"

#include <stdlib.h>
#include <string.h>

static const diag_rule_info info = {
    "interlocked-lock-mixed",
    "Spin lock of the ExInterlocked list routines also acquired explicitly",
    "The spin lock is passed to ExInterlockedInsertHeadList, "
    "ExInterlockedInsertTailList, ExInterlockedRemoveHeadList, "
    "ExInterlockedPushEntryList or ExInterlockedPopEntryList somewhere in "
    "the program, and acquired with an acquire routine (KeAcquireSpinLock, "
    "…AtDpcLevel, the queued spin lock routines) here. Their documentation "
    "says that lock must be used only with the ExInterlockedXxxList "
    "routines: they run at any IRQL, with interrupts disabled, and do not "
    "expect another owner of the list. Protect the list with one discipline: "
    "either only the interlocked routines, or the acquire and release "
    "routines with the plain list routines (InsertTailList and co.).",
    DIAG_LEVEL_WARNING};

typedef struct lock_site {
  const char *lock_class;
  const char *lock; /* as the call spells it */
  const char *function;
  const char *routine;
  ir_loc loc;
} lock_site;

struct interlocked_uses {
  lock_site *interlocked; /* the first interlocked call per class */
  size_t interlocked_count, interlocked_cap;
  lock_site *acquires; /* every explicit acquire with a class, once */
  size_t acquire_count, acquire_cap;
};

static struct interlocked_uses *uses_of(rule_program *program) {
  if (!program->interlocked)
    program->interlocked =
        arena_alloc(&program->mem, sizeof(struct interlocked_uses));
  return program->interlocked;
}

static int same_loc(const ir_loc *a, const ir_loc *b) {
  return a->line == b->line && a->col == b->col &&
         (a->file == b->file ||
          (a->file && b->file && !strcmp(a->file, b->file)));
}

static void check_op(const rule_ctx *ctx, const lock_state *before,
                     const lock_op *op) {
  (void)before;
  if (!ctx->program || op->effect || op->lock == LOCK_NONE ||
      !api_kind_is_spin((api_kind)op->kind))
    return;
  /* by the name as written: NdisInterlockedInsertTailList expands to
   * ExInterlockedInsertTailList, but its lock may be acquired too */
  int interlocked = op->op == API_OP_INTERLOCKED &&
                    api_model_lock_only_interlocked(op->written);
  int acquire = op->op == API_OP_ACQUIRE || op->op == API_OP_TRY_ACQUIRE;
  if (!interlocked && !acquire)
    return;
  struct interlocked_uses *u = uses_of(ctx->program);
  arena *mem = &ctx->program->mem;
  const lock_site *list = interlocked ? u->interlocked : u->acquires;
  size_t count = interlocked ? u->interlocked_count : u->acquire_count;
  /* the replay visits a call once per state: one site each */
  for (size_t i = 0; i < count; i++)
    if (same_loc(&list[i].loc, &op->event->loc))
      return;
  const char *cls = summary_lock_class(&ctx->fn->locks[op->lock].path, mem);
  if (!cls)
    return;
  if (interlocked)
    for (size_t i = 0; i < count; i++)
      if (!strcmp(list[i].lock_class, cls))
        return;
  lock_site site = {cls, arena_strdup(mem, rule_op_lock_name(ctx, op)),
                    ctx->fn->cfg->name, op->written, op->event->loc};
  if (interlocked)
    VEC_PUSH(u->interlocked, u->interlocked_count, u->interlocked_cap, site);
  else
    VEC_PUSH(u->acquires, u->acquire_count, u->acquire_cap, site);
}

/* With no engine (a dump run), only frees the lists. */
static void report(rule_program *program, diag_engine *diag) {
  struct interlocked_uses *u = program->interlocked;
  if (!u)
    return;
  for (size_t i = 0; diag && i < u->acquire_count; i++) {
    const lock_site *a = &u->acquires[i];
    const lock_site *x = NULL;
    for (size_t k = 0; !x && k < u->interlocked_count; k++)
      if (!strcmp(u->interlocked[k].lock_class, a->lock_class))
        x = &u->interlocked[k];
    if (!x)
      continue;
    diag_begin(diag, &info, rule_loc(&a->loc), a->function,
               "'%s' is acquired with %s, but it is also the spin lock of %s "
               "in '%s', which must be used only with the ExInterlockedXxxList "
               "routines",
               a->lock, a->routine, x->routine, x->function);
    diag_add_note(diag, rule_loc(&x->loc), "'%s' passed to %s here", x->lock,
                  x->routine);
    diag_commit(diag);
  }
  free(u->interlocked);
  free(u->acquires);
  memset(u, 0, sizeof *u);
}

const rule interlocked_lock_mixed_rule = {
    .info = &info, .on_op = check_op, .on_program_end = report};
