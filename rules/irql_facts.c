/* Lookup over the documented-IRQL table (irql_facts.def), sorted once by
 * routine name so the per-call lookup is a binary search. */
#include "irql_facts.h"

#include "api_model.h"
#include "irql_contract.h"

#include <stdlib.h>
#include <string.h>

static irql_fact fact_rows[] = {
#define IRQL_FACT(routine, lowest, highest, url)                               \
  {#routine, IRQL_##lowest, IRQL_##highest, url},
#include "irql_facts.def"
};

#define FACT_ROW_COUNT (sizeof fact_rows / sizeof fact_rows[0])

static int facts_sorted;

static int compare_facts(const void *a, const void *b) {
  return strcmp(((const irql_fact *)a)->routine,
                ((const irql_fact *)b)->routine);
}

static void ensure_sorted(void) {
  if (!facts_sorted) {
    qsort(fact_rows, FACT_ROW_COUNT, sizeof(irql_fact), compare_facts);
    facts_sorted = 1;
  }
}

const irql_fact *irql_fact_lookup(const char *routine) {
  if (!routine || !*routine)
    return NULL;
  ensure_sorted();
  irql_fact key;
  memset(&key, 0, sizeof key);
  key.routine = routine;
  return bsearch(&key, fact_rows, FACT_ROW_COUNT, sizeof(irql_fact),
                 compare_facts);
}

unsigned irql_fact_count(void) { return (unsigned)FACT_ROW_COUNT; }

const irql_fact *irql_fact_at(unsigned i) {
  ensure_sorted();
  return i < FACT_ROW_COUNT ? &fact_rows[i] : NULL;
}

const irql_fact *irql_fact_of_call(const ir_call *call) {
  const irql_fact *fact = irql_fact_lookup(call->callee);
  for (uint16_t i = 0; !fact && i < call->macro_count; i++)
    fact = irql_fact_lookup(call->macro_chain[i]);
  return fact;
}

irql_bound_source irql_bound_source_of(const ir_call *call) {
  int modeled = api_model_lookup(call->callee) != NULL;
  for (uint16_t i = 0; !modeled && i < call->macro_count; i++)
    modeled = api_model_lookup(call->macro_chain[i]) != NULL;
  if (modeled)
    return IRQL_BOUND_MODEL;
  irql_contract annotated;
  irql_contract_of_callee(call->callee_decl, &annotated);
  if (annotated.has_requirement)
    return IRQL_BOUND_ANNOTATION;
  if (irql_fact_of_call(call))
    return IRQL_BOUND_DOCUMENTATION;
  return call->callee_decl && call->callee_decl->has_body ? IRQL_BOUND_INLINE
                                                          : IRQL_BOUND_NONE;
}

const char *irql_bound_source_name(irql_bound_source source) {
  switch (source) {
  case IRQL_BOUND_MODEL:
    return "api-model";
  case IRQL_BOUND_ANNOTATION:
    return "annotation";
  case IRQL_BOUND_DOCUMENTATION:
    return "documentation";
  case IRQL_BOUND_INLINE:
    return "inline";
  case IRQL_BOUND_NONE:
    break;
  }
  return "none";
}
