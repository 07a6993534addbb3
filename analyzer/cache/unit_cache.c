/* The incremental cache's directory of entries (unit_cache.h).
 *
 * An entry file, <key in hex>.irqc:
 *
 *   "IRQLINTC"          magic
 *   u32 LE              format (ENTRY_FORMAT)
 *   32 bytes            the key again (a file copied under another name is
 *                       foreign)
 *   u64 LE              payload size
 *   32 bytes            SHA-256 of the payload
 *   payload:            input count, each input's path and content hash,
 *                       then the unit encoding
 *
 * Content hashes are remembered for the run, so a header that hundreds of
 * units include is read once. */
#define _POSIX_C_SOURCE 200809L /* mkdir, open flags */
#include "unit_cache.h"

#include "../util/xalloc.h"
#include "unit_codec.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum {
  ENTRY_FORMAT = 1,
  ENTRY_HEADER_SIZE = 8 + 4 + SHA256_DIGEST_SIZE + 8 + SHA256_DIGEST_SIZE
};
static const char entry_magic[8] = {'I', 'R', 'Q', 'L', 'I', 'N', 'T', 'C'};

typedef struct content_hash {
  char *path; /* NULL: empty slot */
  int readable;
  uint8_t digest[SHA256_DIGEST_SIZE];
} content_hash;

struct unit_cache {
  char *dir;
  uint8_t identity[SHA256_DIGEST_SIZE];
  content_hash *hashes; /* open addressing by path */
  size_t hash_count, hash_slots;
  unsigned temp_counter;
  unit_cache_stats stats;
};

int sha256_file(const char *path, uint8_t digest[SHA256_DIGEST_SIZE]) {
  int fd = open(path, O_RDONLY);
  if (fd < 0)
    return -1;
  sha256_ctx ctx;
  sha256_init(&ctx);
  static unsigned char buffer[1 << 16]; /* one reader: the scan process */
  ssize_t n;
  while ((n = read(fd, buffer, sizeof buffer)) > 0)
    sha256_update(&ctx, buffer, (size_t)n);
  close(fd);
  if (n < 0)
    return -1;
  sha256_final(&ctx, digest);
  return 0;
}

/* Makes dir and its missing parents. */
static int make_directories(const char *dir) {
  char *path = xstrdup(dir);
  int rc = 0;
  for (char *p = path + 1; rc == 0; p++) {
    if (*p != '/' && *p)
      continue;
    char saved = *p;
    *p = 0;
    if (mkdir(path, 0777) != 0 && errno != EEXIST)
      rc = -1;
    *p = saved;
    if (!saved)
      break;
  }
  struct stat st;
  if (rc == 0 && (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)))
    rc = -1;
  free(path);
  return rc;
}

unit_cache *unit_cache_open(const char *dir,
                            const uint8_t identity[SHA256_DIGEST_SIZE],
                            char **error) {
  if (make_directories(dir) != 0 || access(dir, W_OK | X_OK) != 0) {
    *error = xasprintf("cannot use the cache directory '%s': %s", dir,
                       strerror(errno));
    return NULL;
  }
  unit_cache *cache = xcalloc(1, sizeof *cache);
  cache->dir = xstrdup(dir);
  memcpy(cache->identity, identity, SHA256_DIGEST_SIZE);
  return cache;
}

void unit_cache_close(unit_cache *cache) {
  if (!cache)
    return;
  for (size_t i = 0; i < cache->hash_slots; i++)
    free(cache->hashes[i].path);
  free(cache->hashes);
  free(cache->dir);
  free(cache);
}

const unit_cache_stats *unit_cache_get_stats(const unit_cache *cache) {
  return &cache->stats;
}

static uint64_t path_hash(const char *s) {
  return fnv1a(FNV1A_OFFSET, s, strlen(s));
}

/* The content hash of a file, read once per run. */
static const content_hash *content_hash_of(unit_cache *cache,
                                           const char *path) {
  if ((cache->hash_count + 1) * 2 > cache->hash_slots) {
    size_t n = cache->hash_slots ? cache->hash_slots * 2 : 256;
    content_hash *grown = xcalloc(n, sizeof *grown);
    for (size_t i = 0; i < cache->hash_slots; i++) {
      if (!cache->hashes[i].path)
        continue;
      size_t s = path_hash(cache->hashes[i].path) & (n - 1);
      while (grown[s].path)
        s = (s + 1) & (n - 1);
      grown[s] = cache->hashes[i];
    }
    free(cache->hashes);
    cache->hashes = grown;
    cache->hash_slots = n;
  }
  size_t s = path_hash(path) & (cache->hash_slots - 1);
  while (cache->hashes[s].path) {
    if (strcmp(cache->hashes[s].path, path) == 0)
      return &cache->hashes[s];
    s = (s + 1) & (cache->hash_slots - 1);
  }
  content_hash *h = &cache->hashes[s];
  h->path = xstrdup(path);
  h->readable = sha256_file(path, h->digest) == 0;
  cache->hash_count++;
  return h;
}

/* Each field with its length first, so no two field lists hash alike. */
static void hash_field(sha256_ctx *ctx, const void *data, size_t size) {
  uint8_t length[8];
  codec_put_le(length, size, sizeof length);
  sha256_update(ctx, length, sizeof length);
  sha256_update(ctx, data, size);
}

static void hash_string(sha256_ctx *ctx, const char *s) {
  hash_field(ctx, s ? s : "", s ? strlen(s) : 0);
}

/* An overlay file a compile command names, by its content: it may change
 * without its name changing. irqlint's own case-insensitive overlay
 * (header_overlay.c) is left out: it lists every file in the run's include
 * directories, so a new unrelated file, or a run over fewer files, would
 * make every entry stale; the files a unit did read are hashed instead. */
static int hash_overlay(unit_cache *cache, sha256_ctx *ctx, const fe_job *job,
                        const char *name) {
  static const char own[] = FE_HEADER_OVERLAY_PATH_PREFIX;
  if (strncmp(name, own, sizeof own - 1) == 0) {
    hash_string(ctx, own);
    return 0;
  }
  char *path = path_in_dir(job->directory, name);
  const content_hash *h = content_hash_of(cache, path);
  free(path);
  if (!h->readable)
    return -1;
  hash_field(ctx, h->digest, SHA256_DIGEST_SIZE);
  return 0;
}

int unit_cache_key(unit_cache *cache, const fe_job *job,
                   uint8_t key[SHA256_DIGEST_SIZE]) {
  sha256_ctx ctx;
  sha256_init(&ctx);
  hash_string(&ctx, "irqlint unit key 1");
  hash_field(&ctx, cache->identity, SHA256_DIGEST_SIZE);
  hash_string(&ctx, job->file);
  hash_string(&ctx, job->directory);
  /* which headers' functions the unit carries */
  hash_string(&ctx, job->project_root);
  static const char overlay_option[] = "-ivfsoverlay";
  size_t option_length = sizeof overlay_option - 1;
  for (unsigned i = 0; i < job->arg_count; i++) {
    const char *arg = job->args[i];
    if (strcmp(arg, overlay_option) == 0 && i + 1 < job->arg_count) {
      hash_string(&ctx, arg);
      if (hash_overlay(cache, &ctx, job, job->args[++i]) != 0)
        return -1;
    } else if (strncmp(arg, overlay_option, option_length) == 0) {
      const char *name = arg + option_length + (arg[option_length] == '=');
      hash_string(&ctx, overlay_option);
      if (hash_overlay(cache, &ctx, job, name) != 0)
        return -1;
    } else {
      hash_string(&ctx, arg);
    }
  }
  char *source = path_in_dir(job->directory, job->file);
  const content_hash *h = content_hash_of(cache, source);
  free(source);
  if (!h->readable)
    return -1;
  hash_field(&ctx, h->digest, SHA256_DIGEST_SIZE);
  sha256_final(&ctx, key);
  return 0;
}

static char *entry_path(const unit_cache *cache,
                        const uint8_t key[SHA256_DIGEST_SIZE]) {
  char hex[65];
  sha256_hex(key, hex);
  return xasprintf("%s/%s.irqc", cache->dir, hex);
}

/* The whole file, or NULL. */
static uint8_t *read_whole(const char *path, size_t *size) {
  int fd = open(path, O_RDONLY);
  if (fd < 0)
    return NULL;
  struct stat st;
  uint8_t *data = NULL;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
    size_t want = (size_t)st.st_size, got = 0;
    data = xmalloc(want + 1);
    ssize_t n = 1;
    while (got < want && (n = read(fd, data + got, want - got)) > 0)
      got += (size_t)n;
    if (got < want) {
      free(data);
      data = NULL;
    }
    *size = got;
  }
  close(fd);
  return data;
}

uint8_t *unit_cache_load(unit_cache *cache,
                         const uint8_t key[SHA256_DIGEST_SIZE], size_t *size) {
  char *path = entry_path(cache, key);
  size_t file_size = 0;
  uint8_t *file = read_whole(path, &file_size);
  if (!file) {
    free(path);
    cache->stats.misses++;
    return NULL;
  }
  const uint8_t *payload = file + ENTRY_HEADER_SIZE;
  size_t payload_size = file_size - ENTRY_HEADER_SIZE;
  uint8_t digest[SHA256_DIGEST_SIZE];
  int whole = file_size >= ENTRY_HEADER_SIZE &&
              memcmp(file, entry_magic, 8) == 0 &&
              codec_get_le(file + 8, 4) == ENTRY_FORMAT &&
              memcmp(file + 12, key, SHA256_DIGEST_SIZE) == 0 &&
              codec_get_le(file + 12 + SHA256_DIGEST_SIZE, 8) == payload_size;
  if (whole) {
    sha256(payload, payload_size, digest);
    whole =
        memcmp(digest, file + 20 + SHA256_DIGEST_SIZE, SHA256_DIGEST_SIZE) == 0;
  }
  codec_reader r = {payload, payload + payload_size, !whole};
  size_t inputs = codec_get_count(&r);
  int current = 1;
  for (size_t i = 0; i < inputs && !r.bad; i++) {
    size_t n = codec_get_count(&r);
    const uint8_t *name = codec_get_bytes(&r, n);
    const uint8_t *stored = codec_get_bytes(&r, SHA256_DIGEST_SIZE);
    if (r.bad || !current)
      continue;
    char *input = xstrndup((const char *)name, n);
    const content_hash *h = content_hash_of(cache, input);
    free(input);
    current = h->readable && memcmp(h->digest, stored, SHA256_DIGEST_SIZE) == 0;
  }
  uint8_t *unit = NULL;
  if (r.bad) {
    /* refused, and removed so that the next run stores a good one */
    cache->stats.rejected++;
    unlink(path);
  } else if (!current) {
    cache->stats.misses++;
  } else {
    *size = (size_t)(r.end - r.at);
    unit = xmalloc(*size + 1);
    memcpy(unit, r.at, *size);
    cache->stats.hits++;
  }
  free(file);
  free(path);
  return unit;
}

void unit_cache_reject(unit_cache *cache,
                       const uint8_t key[SHA256_DIGEST_SIZE]) {
  char *path = entry_path(cache, key);
  unlink(path);
  free(path);
  cache->stats.hits--;
  cache->stats.rejected++;
}

void unit_cache_store(unit_cache *cache, const uint8_t key[SHA256_DIGEST_SIZE],
                      char *const *inputs, size_t input_count,
                      const uint8_t *unit, size_t size) {
  strbuf payload;
  strbuf_init(&payload);
  codec_put_uint(&payload, input_count);
  for (size_t i = 0; i < input_count; i++) {
    const content_hash *h = content_hash_of(cache, inputs[i]);
    if (!h->readable) { /* gone already: the entry could never be valid */
      strbuf_free(&payload);
      return;
    }
    codec_put_bytes(&payload, inputs[i], strlen(inputs[i]));
    strbuf_putn(&payload, (const char *)h->digest, SHA256_DIGEST_SIZE);
  }
  strbuf_putn(&payload, (const char *)unit, size);

  uint8_t header[ENTRY_HEADER_SIZE];
  memcpy(header, entry_magic, 8);
  codec_put_le(header + 8, ENTRY_FORMAT, 4);
  memcpy(header + 12, key, SHA256_DIGEST_SIZE);
  codec_put_le(header + 12 + SHA256_DIGEST_SIZE, payload.len, 8);
  sha256(payload.data, payload.len, header + 20 + SHA256_DIGEST_SIZE);

  char *final_path = entry_path(cache, key);
  char *temp_path = xasprintf("%s/.tmp-%ld-%u.irqc", cache->dir, (long)getpid(),
                              cache->temp_counter++);
  int fd = open(temp_path, O_WRONLY | O_CREAT | O_EXCL, 0666);
  int ok = fd >= 0;
  const char *parts[2] = {(const char *)header, payload.data};
  size_t sizes[2] = {sizeof header, payload.len};
  for (unsigned p = 0; p < 2 && ok; p++) {
    size_t done = 0;
    while (done < sizes[p]) {
      ssize_t n = write(fd, parts[p] + done, sizes[p] - done);
      if (n <= 0) {
        ok = 0;
        break;
      }
      done += (size_t)n;
    }
  }
  if (fd >= 0 && close(fd) != 0)
    ok = 0;
  /* rename is atomic: readers see the old entry, none, or this one whole;
   * a crash before it leaves only a .tmp- file, which no key names */
  if (ok && rename(temp_path, final_path) != 0)
    ok = 0;
  if (!ok) {
    if (fd >= 0)
      unlink(temp_path);
    cache->stats.store_errors++;
  } else {
    cache->stats.stored++;
  }
  free(temp_path);
  free(final_path);
  strbuf_free(&payload);
}
