/* The lock-state dataflow over one function: a forward worklist solver in
 * reverse post-order over a bounded set of states per block (path-aware up
 * to LOCK_ANALYSIS_MAX_STATES, merged conservatively past it), then a
 * reporting pass that replays each block with its converged states and
 * calls every rule's hooks. */
#ifndef IRQLINT_LOCK_ANALYSIS_H
#define IRQLINT_LOCK_ANALYSIS_H

#include "../../rules/irql_contract.h"
#include "../diag/diag.h"
#include "lock_fn.h"
#include "summary.h"

#include <stdio.h>

/* States kept apart per block before they are merged into one. */
#define LOCK_ANALYSIS_MAX_STATES 8
/* A function's budget of state transfers (a block's transfer function
 * applied to one state). Past it every block keeps one merged state, so a
 * pathological function (tens of thousands of branches) costs time linear
 * in its size; merging loses precision, never invents a finding. */
#define LOCK_ANALYSIS_STATE_BUDGET 100000

/* Counters for --stats: how hard the solver worked, and how often the
 * state bound made it give up precision. */
typedef struct lock_analysis_stats {
  unsigned long functions; /* analyses run (summary and report passes) */
  unsigned long block_visits;
  unsigned long merges;           /* times the state bound collapsed a block */
  unsigned long merged_functions; /* analyses with at least one collapse */
  unsigned long lockset_joins;    /* full block: joined with a state holding the
                                     same locks (loses branch facts only) */
  unsigned long over_budget;      /* analyses that spent the state budget */
} lock_analysis_stats;

struct rule_program;

typedef struct lock_analysis_options {
  FILE *dump_state; /* non-NULL: print entry states per block */
  lock_analysis_stats *stats;
  /* the IRQL contract to analyze under instead of the declarations' (a
   * function registered as an ISR); NULL: from the declarations */
  const irql_contract *contract;
  /* callee summaries by cfg_function.id (NULL: calls have no effect) */
  const fn_summary *const *summaries;
  /* summary mode: fill *summary_out (allocating in summary_mem) instead of
   * reporting */
  fn_summary *summary_out;
  arena *summary_mem;
  struct rule_program *program; /* facts rules keep across functions */
  /* the lock classes every caller of the function holds when it calls it
   * (program.c), or NULL */
  const summary_held_set *entry_held;
  /* parameter values known on entry (a summary for a call's constant
   * arguments), and where calls get such summaries */
  const summary_binding *bindings;
  uint16_t binding_count;
  const lock_fn_specializer *specializer;
  /* by cfg_function.id: the function returns holding a lock and no
   * caller in the program ever lets go of it (program.c), or NULL */
  const uint8_t *unreleased;
} lock_analysis_options;

/* Analyzes fn. With options->summary_out, computes its summary and reports
 * nothing; otherwise hands every converged state to the rules, which
 * report to `diag` (NULL: dump only). */
void lock_analysis_run(cfg_function *fn, diag_engine *diag,
                       const lock_analysis_options *options);

#endif
