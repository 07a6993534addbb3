/* Headers the message compiler (mc.exe) writes at build time, without the
 * message compiler. A project's MessageCompile items name message text
 * files (.mc: one #define per message) and instrumentation manifests
 * (.man/.xml: with GenerateKernelModeLoggingMacros, the EventRegister,
 * EventUnregister and EventWrite routines of each ETW provider); the
 * sources include the header mc writes from each. Where such an include is
 * not found, irqlint supplies the header itself, made from the input
 * (through the case-insensitive header overlay, in memory); a header the
 * driver ships is kept. The same goes for the counters header ctrpp
 * writes from a Ctrpp item's manifest (its Register, Unregister, Create,
 * Close and Add routines per counter set). docs/generated-headers.md is
 * the user's view. */
#ifndef IRQLINT_MSGCOMPILE_H
#define IRQLINT_MSGCOMPILE_H

#include "../frontend/frontend.h"
#include "msbuild.h"

#include <stdio.h>

/* One input of the message compiler as the project names it. */
typedef struct msgc_input {
  const char *item;   /* the item's Include, as written */
  const char *path;   /* absolute; NULL when the file is not here */
  const char *header; /* the file name of the header mc writes */
  const char *origin; /* "project Drv.vcxproj:87" */
  int customer_bit;   /* SetCustomerbit (mc -c) */
  int ctrpp;          /* a Ctrpp item: a counters manifest */
  const char *prefix; /* ctrpp's AddPrefix (-prefix) */
} msgc_input;

/* A project's message compiler inputs (in its arena). */
typedef struct msgc_inputs {
  msgc_input *items;
  unsigned count, cap;
} msgc_inputs;

/* Reads the MessageCompile (and Ctrpp) items of an evaluated project. */
void msgc_inputs_read(arena *a, const msb_project *m, msgc_inputs *out);

typedef struct msgc_plan msgc_plan;

/* Scans each job's source and the headers it reaches for includes of a
 * header its project's message compiler writes, and decides the
 * stand-ins. `per_job` (may be NULL, or hold NULLs) gives each job's
 * project inputs. */
msgc_plan *msgc_plan_build(const fe_job *jobs, unsigned count,
                           const msgc_inputs *const *per_job);
void msgc_plan_free(msgc_plan *plan);

/* Maps each missing generated header to its stand-in in the overlay; 0,
 * or -1 with *error (to free). */
int msgc_plan_add_standins(const msgc_plan *plan, fe_header_overlay *overlay,
                           char **error);

/* --dump-config's account: a YAML document (nothing when no project has
 * a MessageCompile item). */
void msgc_plan_dump(const msgc_plan *plan, FILE *out);

/* The header mc (or ctrpp) writes from one input (to free); `what` gets
 * the symbols it declares, one "name<TAB>detail" line each (to free; may
 * be NULL). */
char *msgc_header_text(const msgc_input *in, char **what);

#endif
