/* Rule pages joined back into markdown (see rule_docs.h). */
#include "rule_docs.h"

#include "../analyzer/util/xalloc.h"

#include <stdlib.h>
#include <string.h>

const char *irqlint_rule_help(const char *rule_id) {
  /* joined once per page and kept for the life of the process */
  static char *joined[64];
  for (unsigned i = 0; rule_docs[i].rule_id; i++) {
    if (strcmp(rule_docs[i].rule_id, rule_id) != 0)
      continue;
    if (i < sizeof joined / sizeof joined[0] && joined[i])
      return joined[i];
    strbuf sb;
    strbuf_init(&sb);
    for (const char *const *line = rule_docs[i].lines; *line; line++) {
      strbuf_puts(&sb, *line);
      if (line[1])
        strbuf_putc(&sb, '\n');
    }
    char *text = xstrdup(strbuf_cstr(&sb));
    strbuf_free(&sb);
    if (i < sizeof joined / sizeof joined[0])
      joined[i] = text;
    return text;
  }
  return NULL;
}
