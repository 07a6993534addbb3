/* Reading baseline files (see baseline.h). */
#include "baseline.h"

#include "../util/xalloc.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

int baseline_read(const char *path, baseline *out, char **error) {
  out->fingerprints = NULL;
  out->count = 0;
  json_error_t err;
  json_t *root = json_load_file(path, 0, &err);
  if (!root) {
    *error = err.line > 0
                 ? xasprintf("cannot read baseline '%s': %s (line %d)", path,
                             err.text, err.line)
                 : xasprintf("cannot read baseline '%s': %s", path, err.text);
    return -1;
  }
  json_t *findings = json_object_get(root, "findings");
  if (!json_is_object(root) || !json_is_array(findings)) {
    *error = xasprintf("baseline '%s' is not irqlint JSON output (no "
                       "\"findings\" array)",
                       path);
    json_decref(root);
    return -1;
  }
  size_t n = json_array_size(findings);
  out->fingerprints = xcalloc(n ? n : 1, sizeof(char *));
  for (size_t i = 0; i < n; i++) {
    json_t *f = json_array_get(findings, i);
    const char *print = json_string_value(json_object_get(f, "fingerprint"));
    const char *rule = json_string_value(json_object_get(f, "rule"));
    if (!print || json_is_true(json_object_get(f, "suppressed")))
      continue;
    /* a version 1 output's clang errors: no longer findings, so not
     * entries that could match (or be counted gone) */
    if (rule && strcmp(rule, "clang-diagnostic-error") == 0)
      continue;
    out->fingerprints[out->count++] = xstrdup(print);
  }
  json_decref(root);
  return 0;
}

void baseline_free(baseline *b) {
  for (unsigned i = 0; i < b->count; i++)
    free(b->fingerprints[i]);
  free(b->fingerprints);
  b->fingerprints = NULL;
  b->count = 0;
}
