/* Unit test of the SHA-256 the cache keys and checksums its entries with:
 * the FIPS 180-4 example vectors, fed whole and in uneven pieces (the
 * block buffering is where an implementation goes wrong). Prints one line
 * per vector; sha256.test checks them. */
#include "analyzer/util/sha256.h"

#include <stdio.h>
#include <string.h>

static int check(const char *name, const char *data, size_t size, size_t repeat,
                 const char *expected) {
  uint8_t digest[SHA256_DIGEST_SIZE];
  char whole[65], pieces[65];
  /* whole: each repetition in one update */
  sha256_ctx ctx;
  sha256_init(&ctx);
  for (size_t r = 0; r < repeat; r++)
    sha256_update(&ctx, data, size);
  sha256_final(&ctx, digest);
  sha256_hex(digest, whole);
  /* pieces: 1, 2, 3, ... bytes at a time across repetitions */
  sha256_init(&ctx);
  size_t step = 1;
  for (size_t r = 0; r < repeat; r++)
    for (size_t at = 0; at < size;) {
      size_t n = size - at < step ? size - at : step;
      sha256_update(&ctx, data + at, n);
      at += n;
      step = step % 67 + 1;
    }
  sha256_final(&ctx, digest);
  sha256_hex(digest, pieces);
  int ok = strcmp(whole, expected) == 0 && strcmp(pieces, expected) == 0;
  printf("%s %s: %s\n", ok ? "ok" : "FAIL", name, whole);
  if (!ok)
    printf("  expected %s, in pieces %s\n", expected, pieces);
  return ok ? 0 : 1;
}

int main(void) {
  int failures = 0;
  failures +=
      check("empty", "", 0, 1,
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  failures +=
      check("abc", "abc", 3, 1,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  const char *two_blocks =
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
  failures +=
      check("448 bits", two_blocks, strlen(two_blocks), 1,
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  const char *long_message =
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
      "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";
  failures +=
      check("896 bits", long_message, strlen(long_message), 1,
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
  failures +=
      check("a million a", "aaaaaaaaaa", 10, 100000,
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  /* 55, 56 and 64 bytes: where the length no longer fits the last block */
  char a64[64];
  memset(a64, 'a', sizeof a64);
  failures +=
      check("55 a", a64, 55, 1,
            "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
  failures +=
      check("56 a", a64, 56, 1,
            "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
  failures +=
      check("64 a", a64, 64, 1,
            "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
  return failures ? 1 : 0;
}
