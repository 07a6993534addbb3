/* What a rule is: a diag_rule_info plus hooks the lock analysis calls while
 * it replays every block with each of its converged states. Rules look at
 * the state before an operation (or at a function exit) and report to the
 * diagnostics engine; they never change the state and never print.
 *
 * Adding a rule: write rules/<id>.c defining `const rule <name>_rule`, add
 * RULE(<name>) to rules.def, docs/rules/<id>.md and test/rules/<id>/. */
#ifndef IRQLINT_RULE_H
#define IRQLINT_RULE_H

#include "../analyzer/dataflow/lock_fn.h"
#include "../analyzer/dataflow/lockstate.h"
#include "../analyzer/diag/diag.h"
#include "irql_contract.h"

/* Facts rules gather across all the functions of a program and report on
 * once every function has been analyzed (the lock-order graph, the locks
 * of the ExInterlocked list routines). */
typedef struct rule_program {
  arena mem;
  struct lock_order_graph *lock_order;  /* lock_order_inversion.c */
  struct interlocked_uses *interlocked; /* interlocked_lock_mixed.c */
} rule_program;

typedef struct rule_ctx {
  const lock_fn *fn;
  diag_engine *diag;
  const irql_contract *contract; /* the function's entry IRQL and role */
  rule_program *program;         /* NULL when analyzing without a program */
  /* the lock classes every caller holds when it calls the function
   * (program.c), or NULL */
  const summary_held_set *entry_held;
  /* by cfg_function.id: acquire routines whose lock no caller in the
   * program lets go of (program.c); their leak is reported inside them,
   * not at their callers. NULL: none */
  const uint8_t *unreleased;
} rule_ctx;

typedef struct rule {
  const diag_rule_info *info;
  /* before `op` runs, in state `before` */
  void (*on_op)(const rule_ctx *ctx, const lock_state *before,
                const lock_op *op);
  /* `state` leaves the function at the end of `block` (a return, or the
   * end of the body) */
  void (*on_exit)(const rule_ctx *ctx, const lock_state *state,
                  const cfg_block *block);
  /* every function of the program has been analyzed */
  void (*on_program_end)(rule_program *program, diag_engine *diag);
} rule;

extern const rule *const rules_all[];
extern const unsigned rules_count;

/* The rule a Code Analysis warning stands for ("28121", "C28121",
 * "__WARNING_IRQ_TOO_HIGH"; ca_warnings.def), or NULL. */
const char *rule_for_ca_warning(const char *warning);

rule_program *rule_program_create(void);
/* Calls every rule's on_program_end. */
void rule_program_finish(rule_program *program, diag_engine *diag);
void rule_program_destroy(rule_program *program);

/* Helpers shared by rules. */
diag_loc rule_loc(const ir_loc *loc);
/* The operation that acquired a held lock (its site), or NULL. */
const lock_op *rule_acquire_op(const rule_ctx *ctx, const held_lock *h);
const char *rule_lock_name(const rule_ctx *ctx, uint16_t lock);
/* The lock an op names, as its call spells it (a lock reached through a
 * local that aliases its path keeps the local's spelling there). */
const char *rule_op_lock_name(const rule_ctx *ctx, const lock_op *op);
/* A held lock as the acquire that took it spells it. */
const char *rule_held_lock_name(const rule_ctx *ctx, const held_lock *h);
/* The lock called `name` as messages name it, by the kind it was taken
 * as: "'a->Lock'" for a spin lock, "fast mutex 'Vcb->Mutex'", "the
 * critical region". */
const char *rule_lock_title(const rule_ctx *ctx, const char *name,
                            uint8_t kind);
/* A critical or guarded region (critical-region-unbalanced's business, not
 * the lock rules'). */
int rule_kind_is_region(uint8_t kind);
/* Is held lock `h` of `state`, which leaves the function, one the function
 * should have released (certain, acquired here, not returned by design,
 * not its caller's taken back)? */
int rule_held_at_exit_is_leak(const rule_ctx *ctx, const lock_state *state,
                              const held_lock *h);
/* Has the path not disabled normal kernel APCs since the function's entry
 * (no region, mutex or spin lock held, maybe or not, no raise, the IRQL
 * possibly PASSIVE_LEVEL)? With a contract whose apcs_enabled is set,
 * they are provably enabled here. */
int rule_apcs_left_as_entered(const lock_state *s);

/* Is release `op` provably of a lock not held on this path (not a release
 * of what the caller may hold)? */
int rule_release_is_unheld(const rule_ctx *ctx, const lock_state *before,
                           const lock_op *op);
/* A held lock that rules may report on: certain and not lost. */
int rule_lock_is_certain(const lock_state *s, const held_lock *h);
/* The entry for `lock` when it is certainly held in `s`, else NULL. */
const held_lock *rule_held_certain(const lock_state *s, uint16_t lock);
/* The most recently acquired lock certainly held in `s` (the one whose
 * critical section the code is in), or NULL. */
const held_lock *rule_innermost_certain(const lock_state *s);
/* The classes of the caller's locks `s` has let go of (released while
 * not held here, maybe or not) into `out`; 0 when that is not known (the
 * state lost track, or a lock let go of has no class). */
int rule_released_classes(const lock_fn *lf, const lock_state *s, arena *mem,
                          summary_held_set *out);
/* The lock classes certainly held in `s` (critical regions aside) but for
 * its held lock number `except` (-1: none), with whether a hold is
 * exclusive, plus `entry` (those every caller holds on entry, or NULL)
 * less what the path has let go of. Class names are allocated in `mem`. */
void rule_held_classes(const lock_fn *lf, const lock_state *s, int except,
                       const summary_held_set *entry, arena *mem,
                       summary_held_set *out);
/* Adds the note "'<lock>' acquired here" at the acquire of `h`, if known. */
void rule_note_acquired(const rule_ctx *ctx, const held_lock *h);
/* The argument the model's save_arg column names (the IRQL a release
 * restores, a stall's duration), or NULL. */
const ir_value *rule_save_arg(const lock_op *op);

/* Appends "PASSIVE_LEVEL", "<= APC_LEVEL", ">= DISPATCH_LEVEL" or
 * "APC_LEVEL to DISPATCH_LEVEL". */
void rule_describe_irql(irql_range r, strbuf *out);
/* Adds a note saying where the IRQL of `s` was set (the function's entry
 * contract, an acquire, a release, a raise or lower), when that is known. */
void rule_note_irql_origin(const rule_ctx *ctx, const lock_state *s);
/* Reports "<routine> requires IRQL <relation> <bound>, but here the IRQL
 * is …" at the call, with a note at what set the IRQL (irql-too-low and
 * irql-too-high). */
void rule_report_irql_requirement(const rule_ctx *ctx,
                                  const diag_rule_info *info,
                                  const lock_state *before, const lock_op *op,
                                  const char *relation, irql_level bound);
/* For a callee's lock effect: "'LockAdapter' acquires it here by
 * NdisAcquireSpinLock" at the acquire inside the callee. */
void rule_note_effect(const rule_ctx *ctx, const lock_op *op, const char *verb);
/* Does this operation take or drop a spin lock (an acquire, a release, an
 * interlocked routine with a lock)? A callee's lock effects do not count:
 * the call itself is what the code wrote. */
int rule_is_spin_lock_routine(const lock_op *op);
/* Adds one note per step of a summary chain, from `w` down to the routine
 * that causes the fact: "'Helper' calls 'Inner' here", … "'Inner' calls
 * NdisAcquireSpinLock here". `pick` selects the next witness of a summary
 * (its spin-lock witness, its IRQL bound's witness …). A call through a
 * function pointer (`op`'s call resolved program-wide) first gets a note
 * saying which function it reaches through which slot. */
void rule_note_chain(const rule_ctx *ctx, const lock_op *op, const char *caller,
                     const summary_witness *w,
                     const summary_witness *(*pick)(const fn_summary *));

#endif
