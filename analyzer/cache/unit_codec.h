/* A translation unit's analysis input as bytes: the IR of every function
 * it defines (with the declaration facts and strings they share) and the
 * clang errors its parse produced (and any findings it reported).
 *
 * Two things carry it: the pipe from a worker process that parsed the unit
 * back to the scan (crash isolation, run.c), and the incremental cache's
 * entries (unit_cache.c). Decoding rebuilds exactly what the frontend
 * built, so the rest of the analysis cannot tell a decoded unit from a
 * parsed one -- every lit test goes through this round trip.
 *
 * Decoding trusts nothing: every count is checked against the bytes left,
 * every index against its table, so a torn or foreign buffer is refused
 * (-1), never half-used. */
#ifndef IRQLINT_UNIT_CODEC_H
#define IRQLINT_UNIT_CODEC_H

#include "../cfg/cfg.h"
#include "../diag/diag.h"

#include <stddef.h>
#include <stdint.h>

/* Appends the encoding of the functions and of the findings and clang
 * errors recorded in `findings` (an engine the unit's parse reported to)
 * to `out`. */
void unit_encode(strbuf *out, cfg_function *const *fns, size_t fn_count,
                 const diag_engine *findings);

/* The rule a finding's id names, for re-reporting decoded findings. */
typedef const diag_rule_info *(*unit_rule_lookup)(const char *id, size_t n);

/* Rebuilds what unit_encode wrote: functions numbered `unit`, each in its
 * own heap arena (cfg_function_destroy), what they share in `unit_mem`;
 * the findings and clang errors are reported to `findings`. Returns 0, or -1
 * when the bytes are not a complete, well-formed encoding (then nothing was
 * added anywhere). */
int unit_decode(const uint8_t *data, size_t size, uint32_t unit,
                arena *unit_mem, unit_rule_lookup rule_named,
                diag_engine *findings, cfg_function ***fns, size_t *fn_count);

/* Variable-length integers and length-prefixed strings, shared with the
 * worker and cache framing around the unit encoding. */
void codec_put_uint(strbuf *out, uint64_t value);
void codec_put_bytes(strbuf *out, const void *data, size_t size);

/* Fixed-width little-endian integers (`bytes` of them, at most 8): the
 * worker protocol's job numbers and lengths, the cache entry's header. */
void codec_put_le(uint8_t *p, uint64_t value, unsigned bytes);
uint64_t codec_get_le(const uint8_t *p, unsigned bytes);

typedef struct codec_reader {
  const uint8_t *at, *end;
  int bad; /* a read ran past the end or met a malformed value */
} codec_reader;

uint64_t codec_get_uint(codec_reader *r);
/* The next `size` bytes (NULL and r->bad when fewer are left). */
const uint8_t *codec_get_bytes(codec_reader *r, size_t size);
/* A count of items that take at least one byte each: bad when it exceeds
 * the bytes left (what keeps a corrupt count from a huge allocation). */
size_t codec_get_count(codec_reader *r);

#endif
