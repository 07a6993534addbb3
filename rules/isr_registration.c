/* The ISR registration table (isr_registration.def) and its lookups. */
#include "isr_registration.h"

#include <stddef.h>
#include <string.h>

typedef struct isr_field {
  const char *record, *field;
} isr_field;

typedef struct isr_call {
  const char *routine;
  int arg;
} isr_call;

static const isr_field fields[] = {
#define ISR_FIELD(record, field, doc) {#record, #field},
#define ISR_CALL(routine, arg, doc)
#include "isr_registration.def"
#undef ISR_FIELD
#undef ISR_CALL
};

static const isr_call calls[] = {
#define ISR_FIELD(record, field, doc)
#define ISR_CALL(routine, arg, doc) {#routine, arg},
#include "isr_registration.def"
#undef ISR_FIELD
#undef ISR_CALL
};

/* NDIS 5 spells its characteristics NDIS40_, NDIS50_, NDIS51_MINIPORT_…:
 * a table name matches a struct name that ends with it. */
static int record_matches(const char *record, const char *table_name) {
  while (*record == '_')
    record++;
  size_t n = strlen(record), m = strlen(table_name);
  return n >= m && strcmp(record + n - m, table_name) == 0 &&
         (n == m || record[n - m - 1] == '_');
}

const char *isr_registration_field(const char *record, const char *field) {
  for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
    if (strcmp(fields[i].field, field) == 0 && record &&
        record_matches(record, fields[i].record))
      return fields[i].record;
  return NULL;
}

int isr_registration_call_arg(const char *routine) {
  for (size_t i = 0; routine && i < sizeof calls / sizeof calls[0]; i++)
    if (strcmp(calls[i].routine, routine) == 0)
      return calls[i].arg;
  return -1;
}

int isr_registration_is_config_init(const char *routine) {
  return routine && strcmp(routine, "WDF_INTERRUPT_CONFIG_INIT") == 0;
}
