/* The whole program irqlint analyzes: every function defined in every
 * translation unit of the run (the files on the command line, or the
 * compilation database's entries), linked into one call graph.
 *
 * Functions are collected as the frontend builds them; translation units
 * are gone by then (only the IR and the unit arenas it points into stay).
 * program_analyze then
 *   1. links calls to definitions: a definition in the caller's own unit
 *      (a project header's function is in every unit that includes it)
 *      first, else the one definition with external linkage of that name
 *      (two or more: ambiguous, no target);
 *   2. finds the functions registered to run in interrupt context
 *      (rules/isr_registration.def) by scanning every assignment and call;
 *   3. computes summaries bottom-up over the strongly connected components
 *      of the call graph, iterating recursive components to a fixpoint (or
 *      giving up: "unknown effect");
 *   4. analyzes every function again in program order with its callees'
 *      summaries, handing findings to the rules;
 *   5. lets the rules report what needs the whole program (lock order). */
#ifndef IRQLINT_PROGRAM_H
#define IRQLINT_PROGRAM_H

#include "../dataflow/lock_analysis.h"

#include <stdio.h>

typedef struct program program;

typedef struct program_options {
  FILE *dump_state;   /* print each function's states (no findings) */
  FILE *dump_summary; /* print each function's summary (no findings) */
  FILE *dump_calls;   /* print each call of a routine the program does not
                         define, with its IRQL bound's source (no findings) */
  lock_analysis_stats *stats;
} program_options;

program *program_create(void);
void program_destroy(program *p);

/* The arena the frontend allocates a unit's shared IR in (file names,
 * declaration facts); it lives as long as the program. */
arena *program_unit_arena(program *p);

/* Takes ownership of fn. A function of a project header (fn->header) is
 * one function however many units include the header: the first copy is
 * kept (program order) and a later unit's copy, the same definition by
 * header, line, column and name, is destroyed, its unit noted so that its
 * calls reach the kept copy. Returns the function kept, or NULL when fn
 * was such a copy. */
cfg_function *program_add_function(program *p, cfg_function *fn);

/* Prints every function's CFG in program order (--dump-cfg). */
void program_dump_cfg(const program *p, FILE *out);

/* Steps 1–5 above; findings go to `diag`. */
void program_analyze(program *p, diag_engine *diag,
                     const program_options *options);

#endif
