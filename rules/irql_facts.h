/* The documented IRQL of routines the API model does not describe
 * (irql_facts.def): for each, the range its reference page states and the
 * page's address. A callee's bound comes from here only when nothing
 * nearer says it: the API model's row, the SAL on the declaration the
 * translation unit sees, or the callee's own body (docs/design.md). */
#ifndef IRQLINT_IRQL_FACTS_H
#define IRQLINT_IRQL_FACTS_H

#include "../analyzer/cfg/cfg.h"

#include <stdint.h>

typedef struct irql_fact {
  const char *routine;
  uint8_t min, max; /* irql_level */
  const char *url;  /* the reference page that states it */
} irql_fact;

/* The row for `routine`, or NULL. */
const irql_fact *irql_fact_lookup(const char *routine);

/* The row for a call: its callee's, else that of a macro it was written
 * through (RtlZeroMemory for the memset it expands to), or NULL. */
const irql_fact *irql_fact_of_call(const ir_call *call);

/* Where the IRQL bound of a call of a routine the program does not define
 * comes from, in the order they are consulted: the API model's row (for
 * the callee or a macro it was written through), an _IRQL_ annotation on
 * the declaration the unit sees, this table; else the body of an inline
 * function the unit's headers define (not a fact about the routine), else
 * none of them. */
typedef enum irql_bound_source {
  IRQL_BOUND_NONE,
  IRQL_BOUND_MODEL,
  IRQL_BOUND_ANNOTATION,
  IRQL_BOUND_DOCUMENTATION,
  IRQL_BOUND_INLINE
} irql_bound_source;

irql_bound_source irql_bound_source_of(const ir_call *call);
/* "api-model", "annotation", "documentation", "inline", "none": dumps */
const char *irql_bound_source_name(irql_bound_source source);

/* The rows, sorted by routine name. */
unsigned irql_fact_count(void);
const irql_fact *irql_fact_at(unsigned i);

#endif
