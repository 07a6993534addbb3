/* Each rule's documentation page (docs/rules/<id>.md), built into the
 * binary for SARIF's rule `help` (code scanning shows it next to a
 * result) and the LSP's hover text. */
#ifndef IRQLINT_RULE_DOCS_H
#define IRQLINT_RULE_DOCS_H

typedef struct rule_doc {
  const char *rule_id;
  const char *const *lines; /* NULL-terminated */
} rule_doc;

/* Generated from docs/rules (cmake/embed_rule_docs.py); ends with NULLs. */
extern const rule_doc rule_docs[];

/* The page of `rule_id` as markdown, or NULL when it has none. */
const char *irqlint_rule_help(const char *rule_id);

#endif
