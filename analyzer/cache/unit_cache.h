/* The incremental cache: one entry per translation unit, holding what its
 * parse produced (the unit encoding, unit_codec.h) and the files it read.
 *
 * An entry's name is its key, a SHA-256 of everything the IR depends on
 * that is known before parsing: the irqlint binary and libclang version
 * and the configuration (the run identity), the file's path, directory,
 * arguments (an -ivfsoverlay by its content) and content. The headers
 * the parse read are known only after it, so the entry lists them with
 * their content hashes, and a lookup re-hashes each: any header that
 * changed, vanished or cannot be read makes the entry stale.
 *
 * Entries are written to a temporary name and renamed into place, so a
 * reader sees a whole entry or none; each carries a magic, its key and a
 * checksum of its payload, so a torn, corrupt or foreign file is refused
 * and counted, never trusted. Two runs may share a directory. */
#ifndef IRQLINT_UNIT_CACHE_H
#define IRQLINT_UNIT_CACHE_H

#include "../frontend/frontend.h"
#include "../util/sha256.h"

#include <stddef.h>
#include <stdint.h>

typedef struct unit_cache unit_cache;

typedef struct unit_cache_stats {
  unsigned hits;
  unsigned misses;   /* no entry, or a header changed */
  unsigned rejected; /* entries refused as corrupt or foreign */
  unsigned stored;
  unsigned store_errors;
} unit_cache_stats;

/* Opens (creating it and its parents) the cache directory. The identity
 * is what every entry of this run depends on besides its own inputs.
 * NULL with *error set (caller frees) when the directory is unusable. */
unit_cache *unit_cache_open(const char *dir,
                            const uint8_t identity[SHA256_DIGEST_SIZE],
                            char **error);
void unit_cache_close(unit_cache *cache);
const unit_cache_stats *unit_cache_get_stats(const unit_cache *cache);

/* The job's key; -1 when the source cannot be read (the parse will say
 * why). */
int unit_cache_key(unit_cache *cache, const fe_job *job,
                   uint8_t key[SHA256_DIGEST_SIZE]);

/* The stored unit encoding for the key (malloc'd, *size bytes), or NULL
 * when there is no valid, current entry. */
uint8_t *unit_cache_load(unit_cache *cache,
                         const uint8_t key[SHA256_DIGEST_SIZE], size_t *size);

/* Refuses the entry unit_cache_load just returned (its encoding did not
 * decode): counted as rejected instead of a hit, and removed. */
void unit_cache_reject(unit_cache *cache,
                       const uint8_t key[SHA256_DIGEST_SIZE]);

/* Stores a unit's encoding and the files it read (their content is hashed
 * now). Failures are counted, never fatal: the cache is an optimization. */
void unit_cache_store(unit_cache *cache, const uint8_t key[SHA256_DIGEST_SIZE],
                      char *const *inputs, size_t input_count,
                      const uint8_t *unit, size_t size);

/* SHA-256 of a whole file's content; -1 when it cannot be read. */
int sha256_file(const char *path, uint8_t digest[SHA256_DIGEST_SIZE]);

#endif
