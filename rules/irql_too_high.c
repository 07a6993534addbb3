/* irql-too-high: a routine whose maximum IRQL is below the current one: a
 * PASSIVE_LEVEL or APC_LEVEL routine (ZwXxx, KeWaitForSingleObject with a
 * wait, KeDelayExecutionThread, paged-pool allocation …) while a spin lock
 * is held or after a raise, or a spin-lock routine above DISPATCH_LEVEL.
 * Maxima come from the API model (with its documented argument conditions)
 * and from the callee's SAL annotations (_IRQL_requires_max_,
 * _IRQL_requires_). Spin-lock routines in an interrupt-context function
 * (an ISR role) are lock-in-isr's to report. A debug print whose format
 * literal uses a Unicode code (%ws, %wZ …) is allowed only at
 * PASSIVE_LEVEL: reported wherever the IRQL is provably higher. */
#include "rule.h"

#include <string.h>

static const diag_rule_info info = {
    "irql-too-high", "Routine called above the maximum IRQL it allows",
    "The routine may only be called at or below a maximum IRQL, but on this "
    "path the code runs above it: a spin lock is held (DISPATCH_LEVEL), the "
    "IRQL was raised, or the function's role runs at DIRQL. Routines that "
    "wait, touch pageable memory or files, or allocate paged pool fault or "
    "deadlock there (bug check IRQL_NOT_LESS_OR_EQUAL). Move the call out "
    "of the locked region, or defer the work to a work item.",
    DIAG_LEVEL_WARNING};

/* The first Unicode conversion in a printf-style format literal as clang
 * prints it (quotes and escapes included): %C, %S, %lc, %ls, %wc, %ws or
 * %wZ, flags, width and precision allowed after the %; `%%` is a percent
 * sign. Its spelling (at most 2 letters) goes to `code`; 0 when none. */
static int unicode_format_code(const char *text, char code[4]) {
  const char *p = text ? strchr(text, '"') : NULL;
  if (!p)
    return 0;
  while ((p = strchr(p, '%')) != NULL) {
    p++;
    if (*p == '%') {
      p++;
      continue;
    }
    p += strspn(p, "-+ #0");
    p += strspn(p, "0123456789*");
    if (*p == '.') {
      p++;
      p += strspn(p, "0123456789*");
    }
    int n = *p == 'C' || *p == 'S'                                     ? 1
            : *p == 'l' && (p[1] == 'c' || p[1] == 's')                ? 2
            : *p == 'w' && (p[1] == 'c' || p[1] == 's' || p[1] == 'Z') ? 2
                                                                       : 0;
    if (n) {
      memcpy(code, p, (size_t)n);
      code[n] = '\0';
      return 1;
    }
  }
  return 0;
}

/* A debug print (API_FORMAT rows) whose format literal uses a Unicode
 * code where the IRQL is provably above PASSIVE_LEVEL: the pages allow
 * those codes only at PASSIVE_LEVEL (the conversion may touch pageable
 * Unicode tables). A format that is not a literal is not read. */
static void check_format(const rule_ctx *ctx, const lock_state *before,
                         const lock_op *op) {
  const ir_call *call = &op->event->u.call;
  int arg = api_model_format_arg(call->callee);
  char code[4];
  if (arg < 0 || arg >= call->arg_count ||
      call->args[arg].kind != IR_VALUE_STRING ||
      !unicode_format_code(call->args[arg].text, code) ||
      before->irql.lo <= IRQL_PASSIVE || before->irql.assumed)
    return;
  strbuf level;
  strbuf_init(&level);
  rule_describe_irql(before->irql, &level);
  diag_begin(ctx->diag, &info, rule_loc(&op->event->loc), ctx->fn->cfg->name,
             "%s with the Unicode format code '%%%s' requires IRQL == "
             "PASSIVE_LEVEL, but here the IRQL is %s",
             op->written, code, strbuf_cstr(&level));
  rule_note_irql_origin(ctx, before);
  diag_commit(ctx->diag);
  strbuf_free(&level);
}

static void check_op(const rule_ctx *ctx, const lock_state *before,
                     const lock_op *op) {
  if (op->op == API_OP_CALL && !op->effect && op->event->kind == IR_EVENT_CALL)
    check_format(ctx, before, op);
  /* (an IRQL only assumed, even narrowed by a test, reports nothing) */
  if (!op->has_irql_bounds || before->irql.lo <= op->irql_max ||
      before->irql.assumed)
    return;
  /* spin locks at DIRQL, directly or as the reason a callee needs
   * DISPATCH_LEVEL or below, are lock-in-isr's */
  if (ctx->contract->isr_context &&
      (rule_is_spin_lock_routine(op) ||
       (op->bounds_from_summary && op->summary->max_from_spin_lock)))
    return;
  /* a release runs where its acquire left the IRQL: when that was too
   * high the acquire has been reported, and a raise in between is
   * lock-release-order's */
  if (op->op == API_OP_RELEASE)
    return;
  rule_report_irql_requirement(ctx, &info, before, op,
                               "<=", (irql_level)op->irql_max);
}

const rule irql_too_high_rule = {.info = &info, .on_op = check_op};
