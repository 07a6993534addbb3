/* Unit test of the unit encoding (analyzer/cache/unit_codec.h), which
 * carries every parsed unit from a worker process and every cache entry:
 *
 *   unit_codec_test <file> [-- <compiler arguments>]
 *
 * parses the file as irqlint does, then checks that
 *   - decoding the encoding and encoding the result again gives the same
 *     bytes (nothing is lost or changed on the way);
 *   - every shorter prefix of it is refused (a torn entry or message);
 *   - thousands of corrupted copies are refused or decoded without any
 *     memory error (run under ASan in the suite).
 * Prints one line per check; unit_codec.test checks them. */
#include "analyzer/cache/unit_codec.h"
#include "analyzer/cli/cli.h"
#include "analyzer/cli/parse_pool.h"
#include "analyzer/util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct captured {
  parse_status status;
  uint8_t *unit;
  size_t size;
} captured;

static void capture(void *ctx, unsigned job, const parse_outcome *o) {
  (void)job;
  captured *c = ctx;
  c->status = o->status;
  c->size = o->unit_size;
  c->unit = xmalloc(o->unit_size + 1);
  memcpy(c->unit, o->unit, o->unit_size);
}

/* Decodes and throws away; 0 when the bytes were accepted. */
static int decode_and_drop(const uint8_t *data, size_t size, strbuf *again) {
  arena mem;
  arena_init(&mem);
  diag_engine *findings = diag_engine_create();
  cfg_function **fns = NULL;
  size_t count = 0;
  int rc =
      unit_decode(data, size, 0, &mem, rule_info_named, findings, &fns, &count);
  if (rc == 0 && again)
    unit_encode(again, fns, count, findings);
  for (size_t i = 0; i < count; i++)
    cfg_function_destroy(fns[i]);
  free(fns);
  diag_engine_destroy(findings);
  arena_destroy(&mem);
  return rc;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs("usage: unit_codec_test <file> [-- <compiler arguments>]\n", stderr);
    return 2;
  }
  options o;
  memset(&o, 0, sizeof o);
  o.files = &argv[1];
  o.file_count = 1;
  if (argc > 2 && strcmp(argv[2], "--") == 0) {
    o.has_double_dash = 1;
    o.compiler_args = &argv[3];
    o.compiler_arg_count = (unsigned)(argc - 3);
  }
  fe_job *jobs = NULL;
  unsigned job_count = 0;
  irqlint_config cfg;
  config_init(&cfg);
  fe_header_overlay *overlay = NULL;
  if (build_jobs(&o, &jobs, &job_count) != 0 || job_count != 1 ||
      prepare_jobs(&o, jobs, job_count, &cfg, NULL, NULL, &overlay) != 0)
    return 2;
  captured c;
  memset(&c, 0, sizeof c);
  unsigned todo = 0;
  parse_pool_options pool = {1, 0, 1, api_callee_flags};
  parse_pool_run(jobs, &todo, 1, &pool, capture, &c);
  if (c.status != PARSE_OK) {
    fputs("unit_codec_test: the file did not parse\n", stderr);
    return 2;
  }
  int failures = 0;

  strbuf again;
  strbuf_init(&again);
  int same = decode_and_drop(c.unit, c.size, &again) == 0 &&
             again.len == c.size && memcmp(again.data, c.unit, c.size) == 0;
  printf("round trip: %s\n", same ? "identical" : "DIFFERENT");
  failures += !same;
  strbuf_free(&again);

  size_t accepted_prefixes = 0;
  for (size_t n = 0; n < c.size; n++) {
    uint8_t *prefix = xmalloc(n + 1); /* its own block: ASan sees overreads */
    memcpy(prefix, c.unit, n);
    accepted_prefixes += decode_and_drop(prefix, n, NULL) == 0;
    free(prefix);
  }
  printf("prefixes accepted: %zu\n", accepted_prefixes);
  failures += accepted_prefixes != 0;

  /* deterministic corruption: one to four bytes changed per copy */
  uint64_t seed = 0x9e3779b97f4a7c15ull;
  unsigned refused = 0, decoded = 0;
  uint8_t *copy = xmalloc(c.size + 1);
  for (unsigned round = 0; round < 4000; round++) {
    memcpy(copy, c.unit, c.size);
    unsigned changes = 1 + round % 4;
    for (unsigned k = 0; k < changes; k++) {
      seed ^= seed << 13;
      seed ^= seed >> 7;
      seed ^= seed << 17;
      copy[(seed >> 8) % c.size] = (uint8_t)seed;
    }
    if (decode_and_drop(copy, c.size, NULL) == 0)
      decoded++;
    else
      refused++;
  }
  free(copy);
  printf("corrupted copies: %u, no memory error\n", refused + decoded);
  printf("bytes: %zu\n", c.size);

  free(c.unit);
  for (unsigned j = 0; j < job_count; j++)
    fe_job_free(&jobs[j]);
  free(jobs);
  fe_header_overlay_destroy(overlay);
  config_free(&cfg);
  arena_free_spares();
  return failures ? 1 : 0;
}
