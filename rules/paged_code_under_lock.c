/* paged-code-under-lock: calling a pageable function while a spin lock is
 * held or the IRQL is at or above DISPATCH_LEVEL. Pageable code may not be
 * resident; touching it at DISPATCH_LEVEL needs a page fault the system
 * cannot take there. A function is pageable when its body starts with
 * PAGED_CODE(), when `#pragma alloc_text(PAGE…, f)` names it, when it is
 * defined inside `#pragma code_seg("PAGE…")`, or declared with
 * `__declspec(code_seg("PAGE…"))`. Through summaries, a function defined
 * in another file of the program with PAGED_CODE() counts too, and so does
 * a helper that calls pageable code (the notes walk the chain).
 *
 * The same rule reports a pageable function that takes its own code to
 * DISPATCH_LEVEL: it acquires a spin lock (any kind), raises the IRQL to
 * DISPATCH_LEVEL or above, calls a helper that returns holding a spin
 * lock, or calls a routine whose documentation says its callers cannot
 * be pageable (api_model.def's API_NOT_FROM_PAGEABLE rows: the
 * NdisInterlocked…List routines). Reported at that call, once per
 * critical section (not again while a spin lock is already held), with
 * a note at what makes the function pageable. A helper that takes and
 * drops a lock inside is not reported: it is the helper's code, resident,
 * that runs at DISPATCH_LEVEL. */
#include "rule.h"

static const diag_rule_info info = {
    "paged-code-under-lock",
    "Pageable function called while a spin lock is held or at DISPATCH_LEVEL",
    "The called function is pageable (PAGED_CODE(), #pragma alloc_text(PAGE, "
    "…) or a PAGE code segment), but the caller holds a spin lock or runs "
    "at DISPATCH_LEVEL or above. If the page holding the function is not "
    "resident, the page fault cannot be serviced at that IRQL and the "
    "system bug checks. Call it before acquiring the lock, or move the "
    "function out of the pageable section.",
    DIAG_LEVEL_WARNING};

static const char *paged_how(uint8_t reason) {
  switch (reason) {
  case IR_PAGED_CODE_MACRO:
    return "its body starts with PAGED_CODE()";
  case IR_PAGED_ALLOC_TEXT:
    return "#pragma alloc_text places it in a PAGE section";
  case IR_PAGED_CODE_SEG:
    return "it is defined in a PAGE code segment";
  default:
    return "__declspec(code_seg) places it in a PAGE section";
  }
}

static const summary_witness *pageable_witness(const fn_summary *s) {
  return s->touches_pageable ? &s->pageable_at : NULL;
}

/* Does `op` raise the IRQL to DISPATCH_LEVEL or above by itself? */
static int raises_to_dispatch(const lock_op *op) {
  switch (op->row->irql_effect) {
  case API_IRQL_TO_DISPATCH:
  case API_IRQL_TO_DIRQL:
    return 1;
  case API_IRQL_TO_ARGUMENT: {
    const ir_call *call = &op->event->u.call;
    return call->arg_count >= 1 && call->args[0].kind == IR_VALUE_CONST &&
           irql_level_from_value(call->args[0].constant) >= IRQL_DISPATCH;
  }
  default:
    return 0;
  }
}

/* In a pageable function, `op` takes the code that follows to DISPATCH_LEVEL
 * (or runs a routine its documentation keeps out of pageable code). */
static void check_own_code(const rule_ctx *ctx, const lock_state *before,
                           const lock_op *op) {
  const ir_fn_decl *self = ctx->fn->cfg->decl;
  /* only a section placement makes the function's own code pageable: a
   * PAGED_CODE() alone asserts the IRQL at entry, which a later raise does
   * not break (ReactOS opens resident functions with it) */
  if (!self->paged || self->paged == IR_PAGED_CODE_MACRO || before->lost ||
      before->irql.lo >= IRQL_DISPATCH || op->maybe)
    return;
  for (int i = 0; i < before->count; i++)
    if (api_kind_is_spin((api_kind)before->held[i].kind) &&
        rule_lock_is_certain(before, &before->held[i]))
      return; /* already in a critical section, reported at its start */
  int acquires = (op->op == API_OP_ACQUIRE || op->op == API_OP_TRY_ACQUIRE) &&
                 api_kind_is_spin((api_kind)op->kind);
  const char *fn = ctx->fn->cfg->name;
  diag_loc at = rule_loc(&op->event->loc);
  if (acquires && op->effect) {
    diag_begin(ctx->diag, &info, at, fn,
               "'%s' is pageable but calls '%s', which returns holding spin "
               "lock '%s'",
               fn, op->written, rule_op_lock_name(ctx, op));
    rule_note_effect(ctx, op, "acquires");
  } else if (acquires) {
    diag_begin(ctx->diag, &info, at, fn,
               "'%s' is pageable but acquires spin lock '%s' here", fn,
               rule_op_lock_name(ctx, op));
  } else if (op->op == API_OP_RAISE && !op->effect && raises_to_dispatch(op)) {
    diag_begin(ctx->diag, &info, at, fn,
               "'%s' is pageable but raises the IRQL to DISPATCH_LEVEL or "
               "above here by %s",
               fn, op->written);
  } else if (op->op == API_OP_INTERLOCKED && !op->effect &&
             api_model_not_from_pageable(op->written)) {
    diag_begin(ctx->diag, &info, at, fn,
               "'%s' is pageable but calls %s, which runs at DISPATCH_LEVEL "
               "under its spin lock and may not be called from pageable code",
               fn, op->written);
  } else {
    return;
  }
  diag_add_note(ctx->diag, rule_loc(&self->paged_loc), "'%s' is pageable: %s",
                fn, paged_how(self->paged));
  diag_commit(ctx->diag);
}

static void check_op(const rule_ctx *ctx, const lock_state *before,
                     const lock_op *op) {
  check_own_code(ctx, before, op);
  if (op->effect)
    return;
  const ir_fn_decl *callee = op->callee;
  int direct = callee && callee->paged;
  /* a callee defined elsewhere whose body starts with PAGED_CODE(), or
   * one that calls pageable code */
  int through_summary = !direct && op->summary && op->summary->touches_pageable;
  if (!direct && !through_summary)
    return;
  /* a helper that reaches pageable code only where its own test of the
   * current IRQL found it low enough (`if (KeGetCurrentIrql() ==
   * PASSIVE_LEVEL) LogToFile(…)`) does not reach it from here */
  if (through_summary && before->irql.lo > op->summary->pageable_max_irql)
    return;
  const char *name = direct ? callee->name : op->written;
  const char *what = direct ? "is pageable" : "reaches pageable code";
  const held_lock *lock = rule_innermost_certain(before);
  if (lock) {
    diag_begin(ctx->diag, &info, rule_loc(&op->event->loc), ctx->fn->cfg->name,
               "'%s' %s and is called while '%s' is held", name, what,
               rule_held_lock_name(ctx, lock));
    rule_note_acquired(ctx, lock);
  } else if (before->irql.lo >= IRQL_DISPATCH &&
             (!before->irql.assumed || before->irql.hi > IRQL_DISPATCH)) {
    /* (DISPATCH_LEVEL only assumed, split off by a defensive test of a
     * routine whose IRQL nothing established, reports nothing, as for
     * irql-too-high; a test that finds the code above DISPATCH_LEVEL is
     * its own statement that it runs there: a shutdown handler's `if
     * (KeGetCurrentIrql() <= DISPATCH_LEVEL)`) */
    strbuf level;
    strbuf_init(&level);
    rule_describe_irql(before->irql, &level);
    diag_begin(ctx->diag, &info, rule_loc(&op->event->loc), ctx->fn->cfg->name,
               "'%s' %s and is called at %s", name, what, strbuf_cstr(&level));
    strbuf_free(&level);
    rule_note_irql_origin(ctx, before);
  } else {
    return;
  }
  if (direct)
    diag_add_note(ctx->diag, rule_loc(&callee->paged_loc),
                  "'%s' is pageable: %s", callee->name,
                  paged_how(callee->paged));
  else
    rule_note_chain(ctx, op, name, &op->summary->pageable_at, pageable_witness);
  diag_commit(ctx->diag);
}

const rule paged_code_under_lock_rule = {.info = &info, .on_op = check_op};
