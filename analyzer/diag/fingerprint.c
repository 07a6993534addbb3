/* Fingerprints: an identity for a finding that survives edits elsewhere in
 * the file, for baselines and for SARIF's partialFingerprints (GitHub code
 * scanning and Azure DevOps match results across runs with them).
 *
 * A fingerprint hashes what the finding is about, not where the file put
 * it: the rule, the file relative to the source root, the enclosing
 * function, and the text of the finding's line with its whitespace
 * collapsed. Lines moving up or down, and reindentation, keep it; editing
 * the line itself or renaming the function changes it, as it should. Two
 * findings with the same key in one file are told apart by their order
 * (":0", ":1"), as GitHub's primaryLocationLineHash does. The message is
 * left out on purpose: it can name lines. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "diag_internal.h"
#include "source_text.h"

#include "../util/xalloc.h"

#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* FNV-1a (xalloc.h), 64 bits: stable across platforms and versions, and
 * enough for telling a file's findings apart. */
static uint64_t fnv1a_str(uint64_t h, const char *s) {
  return fnv1a(h, s, strlen(s) + 1); /* with the terminator as separator */
}

char *diag_relative_path(const char *path, const char *root) {
  char resolved[PATH_MAX];
  if (!root || !realpath(path, resolved))
    return NULL;
  size_t n = strlen(root);
  while (n > 1 && root[n - 1] == '/')
    n--;
  if (strncmp(resolved, root, n) != 0 || resolved[n] != '/')
    return NULL;
  return xstrdup(resolved + n + 1);
}

/* The line's text with runs of blanks as one space, trimmed. */
static void normalized_line(source_cache *sources, const char *file,
                            unsigned line, strbuf *out) {
  size_t len = 0;
  const char *text = sources ? source_line(sources, file, line, &len) : NULL;
  int blank = 0;
  for (size_t i = 0; text && i < len; i++) {
    char c = text[i];
    if (c == ' ' || c == '\t' || c == '\f' || c == '\v') {
      blank = out->len > 0;
      continue;
    }
    if (blank)
      strbuf_putc(out, ' ');
    blank = 0;
    strbuf_putc(out, c);
  }
}

void diag_compute_fingerprints(diag_engine *engine,
                               const diag_finish_options *options) {
  unsigned count;
  diag_finding *findings = diag_engine_findings(engine, &count);
  uint64_t *keys = xcalloc(count ? count : 1, sizeof(uint64_t));
  for (unsigned i = 0; i < count; i++) {
    diag_finding *f = &findings[i];
    free(f->relative_file);
    f->relative_file = diag_relative_path(f->loc.file, options->source_root);
    strbuf text;
    strbuf_init(&text);
    normalized_line(options->sources, f->loc.file, f->loc.line, &text);
    char *bundled =
        f->relative_file
            ? NULL
            : diag_relative_path(f->loc.file, options->bundled_root);
    char *in_bundled = bundled ? xasprintf("<irqlint-wdk>/%s", bundled) : NULL;
    uint64_t h = FNV1A_OFFSET;
    h = fnv1a_str(h, f->rule->id);
    h = fnv1a_str(h, f->relative_file ? f->relative_file
                     : in_bundled     ? in_bundled
                                      : f->loc.file);
    free(bundled);
    free(in_bundled);
    h = fnv1a_str(h, f->function ? f->function : "");
    h = fnv1a_str(h, strbuf_cstr(&text));
    strbuf_free(&text);
    keys[i] = h;
    /* findings are sorted by file: earlier ones with the same key */
    unsigned occurrence = 0;
    for (unsigned k = i;
         k-- > 0 && strcmp(findings[k].loc.file, f->loc.file) == 0;)
      occurrence += keys[k] == h;
    free(f->fingerprint);
    f->fingerprint = xasprintf("%016llx:%u", (unsigned long long)h, occurrence);
  }
  free(keys);
}

char *diag_path_to_uri(const char *path) {
  strbuf sb;
  strbuf_init(&sb);
  if (path[0] == '/')
    strbuf_puts(&sb, "file://");
  for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
    if (isalnum(*p) || strchr("-._~/", *p))
      strbuf_putc(&sb, (char)*p);
    else
      strbuf_printf(&sb, "%%%02X", *p);
  }
  char *out = xstrdup(strbuf_cstr(&sb));
  strbuf_free(&sb);
  return out;
}
