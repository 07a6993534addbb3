/* SHA-256 (FIPS 180-4), for the incremental cache: the keys that name a
 * translation unit's entry, the content hashes of the files it read, and
 * the checksum that tells a whole entry from a torn or corrupt one. A
 * cryptographic hash because a key collision would hand one file's IR to
 * another without any check noticing. */
#ifndef IRQLINT_SHA256_H
#define IRQLINT_SHA256_H

#include <stddef.h>
#include <stdint.h>

enum { SHA256_DIGEST_SIZE = 32 };

typedef struct sha256_ctx {
  uint32_t state[8];
  uint64_t length; /* bytes hashed so far */
  uint8_t block[64];
  size_t block_fill;
} sha256_ctx;

void sha256_init(sha256_ctx *ctx);
void sha256_update(sha256_ctx *ctx, const void *data, size_t size);
void sha256_final(sha256_ctx *ctx, uint8_t digest[SHA256_DIGEST_SIZE]);
/* The digest of one buffer. */
void sha256(const void *data, size_t size, uint8_t digest[SHA256_DIGEST_SIZE]);
/* Lower-case hex, 64 characters and a NUL. */
void sha256_hex(const uint8_t digest[SHA256_DIGEST_SIZE], char out[65]);

#endif
