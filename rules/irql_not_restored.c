/* irql-not-restored: the function raises the IRQL (KeRaiseIrql,
 * KeRaiseIrqlToDpcLevel) and returns on some path without lowering it
 * again. The caller then continues at a level it did not ask for. A
 * function whose annotations say it returns raised (_IRQL_raises_,
 * _IRQL_saves_global_, __drv_raisesIRQL, __drv_setsIRQL,
 * __drv_savesIRQLGlobal) does so by contract. Raises that are undone on
 * some merged paths only ("maybe") do not report. */
#include "rule.h"

static const diag_rule_info info = {
    "irql-not-restored",
    "IRQL raised and not restored before the function returns",
    "The function raises the IRQL with KeRaiseIrql or KeRaiseIrqlToDpcLevel "
    "and returns on this path without calling KeLowerIrql with the saved "
    "level. Its caller then runs at the raised IRQL. Lower the IRQL on "
    "every path, or annotate the function _IRQL_raises_(level) with "
    "_IRQL_saves_global_ if returning raised is its purpose.",
    DIAG_LEVEL_WARNING};

static void check_exit(const rule_ctx *ctx, const lock_state *state,
                       const cfg_block *block) {
  if (ctx->contract->returns_raised || state->lost)
    return;
  for (int i = 0; i < state->raise_count; i++) {
    const raised_irql *r = &state->raises[i];
    if (r->maybe || r->with_lock)
      continue;
    const lock_op *raise =
        r->site < ctx->fn->event_count ? ctx->fn->op_by_event[r->site] : NULL;
    if (!raise)
      continue;
    strbuf level;
    strbuf_init(&level);
    rule_describe_irql(state->irql, &level);
    diag_begin(ctx->diag, &info, rule_loc(&raise->event->loc),
               ctx->fn->cfg->name,
               "the IRQL raised by %s is not restored before '%s' returns",
               raise->written, ctx->fn->cfg->name);
    diag_add_note(ctx->diag, rule_loc(&block->term_loc), "returns here at %s",
                  strbuf_cstr(&level));
    diag_commit(ctx->diag);
    strbuf_free(&level);
  }
}

const rule irql_not_restored_rule = {.info = &info, .on_exit = check_exit};
