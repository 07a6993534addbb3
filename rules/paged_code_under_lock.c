/* paged-code-under-lock: calling a pageable function while a spin lock is
 * held or the IRQL is at or above DISPATCH_LEVEL. Pageable code may not be
 * resident; touching it at DISPATCH_LEVEL needs a page fault the system
 * cannot take there. A function is pageable when its body starts with
 * PAGED_CODE(), when `#pragma alloc_text(PAGE…, f)` names it, when it is
 * defined inside `#pragma code_seg("PAGE…")`, or declared with
 * `__declspec(code_seg("PAGE…"))`. Through summaries, a function defined
 * in another file of the program with PAGED_CODE() counts too, and so does
 * a helper that calls pageable code (the notes walk the chain). */
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

static void check_op(const rule_ctx *ctx, const lock_state *before,
                     const lock_op *op) {
  if (op->effect)
    return;
  const ir_fn_decl *callee = op->callee;
  int direct = callee && callee->paged;
  /* a callee defined elsewhere whose body starts with PAGED_CODE(), or
   * one that calls pageable code */
  int through_summary = !direct && op->summary && op->summary->touches_pageable;
  if (!direct && !through_summary)
    return;
  const char *name = direct ? callee->name : op->written;
  const char *what = direct ? "is pageable" : "reaches pageable code";
  const held_lock *lock = rule_innermost_certain(before);
  if (lock) {
    diag_begin(ctx->diag, &info, rule_loc(&op->event->loc), ctx->fn->cfg->name,
               "'%s' %s and is called while '%s' is held", name, what,
               rule_held_lock_name(ctx, lock));
    rule_note_acquired(ctx, lock);
  } else if (before->irql.lo >= IRQL_DISPATCH) {
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
