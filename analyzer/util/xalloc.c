/* Allocation, arena and string-buffer helpers (see xalloc.h). */
#include "xalloc.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Exit code for resource exhaustion: the same as other input errors so a CI
 * gate never mistakes a dead analyzer for a clean scan. */
#define XALLOC_EXIT_CODE 2

static void out_of_memory(void) {
  fputs("irqlint: error: out of memory\n", stderr);
  exit(XALLOC_EXIT_CODE);
}

void *xmalloc(size_t size) {
  void *p = malloc(size ? size : 1);
  if (!p)
    out_of_memory();
  return p;
}

void *xcalloc(size_t count, size_t size) {
  void *p = calloc(count ? count : 1, size ? size : 1);
  if (!p)
    out_of_memory();
  return p;
}

void *xrealloc(void *ptr, size_t size) {
  void *p = realloc(ptr, size ? size : 1);
  if (!p)
    out_of_memory();
  return p;
}

char *xstrdup(const char *s) { return xstrndup(s, strlen(s)); }

char *xstrndup(const char *s, size_t n) {
  char *p = xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

char *xvasprintf(const char *fmt, va_list ap) {
  va_list copy;
  va_copy(copy, ap);
  int n = vsnprintf(NULL, 0, fmt, copy);
  va_end(copy);
  if (n < 0)
    n = 0;
  char *p = xmalloc((size_t)n + 1);
  vsnprintf(p, (size_t)n + 1, fmt, ap);
  return p;
}

char *xasprintf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *p = xvasprintf(fmt, ap);
  va_end(ap);
  return p;
}

char *path_in_dir(const char *dir, const char *path) {
  if (path[0] == '/' || !dir || !*dir)
    return xstrdup(path);
  return xasprintf("%s/%s", dir, path);
}

uint64_t fnv1a(uint64_t h, const void *data, size_t n) {
  const unsigned char *p = data;
  for (size_t i = 0; i < n; i++) {
    h ^= p[i];
    h *= 0x100000001b3ull;
  }
  return h;
}

void vec_reserve(void **items, size_t *cap, size_t need, size_t elem_size) {
  if (need <= *cap)
    return;
  size_t n = *cap ? *cap * 2 : 8;
  while (n < need)
    n *= 2;
  *items = xrealloc(*items, n * elem_size);
  *cap = n;
}

struct arena_block {
  arena_block *next;
  size_t used, size;
  _Alignas(16) unsigned char data[];
};

#define ARENA_BLOCK_SIZE (64 * 1024)
/* An arena's first block; each next one doubles, up to ARENA_BLOCK_SIZE.
 * Every function's IR has its own arena (so it can be freed on its own),
 * and a 64 KiB first block made a 200-file run keep 3 MiB per file. */
#define ARENA_FIRST_BLOCK_SIZE 2048

void arena_init(arena *a) { a->head = NULL; }

/* Standard-size blocks of destroyed arenas, kept for the next arena of
 * this thread: an analysis per function creates and destroys an arena,
 * and handing the memory back to the system each time (glibc trims the
 * heap top) made big functions pay page faults for every analysis again.
 * Per thread (the scan has one; the language server and fuzzer too), so no
 * caller needs a lock; bounded so a run does not keep more than
 * ARENA_SPARE_MAX blocks (16 MiB) it no longer uses. */
#define ARENA_SPARE_MAX 256
static _Thread_local arena_block *spare_blocks;
static _Thread_local unsigned spare_count;

void arena_destroy(arena *a) {
  arena_block *b = a->head;
  while (b) {
    arena_block *next = b->next;
    if (b->size == ARENA_BLOCK_SIZE && spare_count < ARENA_SPARE_MAX) {
      b->next = spare_blocks;
      spare_blocks = b;
      spare_count++;
    } else {
      free(b);
    }
    b = next;
  }
  a->head = NULL;
}

void arena_free_spares(void) {
  while (spare_blocks) {
    arena_block *next = spare_blocks->next;
    free(spare_blocks);
    spare_blocks = next;
  }
  spare_count = 0;
}

static arena_block *new_block(size_t size) {
  if (size == ARENA_BLOCK_SIZE && spare_blocks) {
    arena_block *b = spare_blocks;
    spare_blocks = b->next;
    spare_count--;
    return b;
  }
  return xmalloc(sizeof(arena_block) + size);
}

void *arena_alloc(arena *a, size_t size) {
  size = (size + 15) & ~(size_t)15;
  arena_block *b = a->head;
  if (!b || b->size - b->used < size) {
    size_t grow = !b                                ? ARENA_FIRST_BLOCK_SIZE
                  : b->size >= ARENA_BLOCK_SIZE / 2 ? ARENA_BLOCK_SIZE
                                                    : b->size * 2;
    size_t bsize = size > grow ? size : grow;
    b = new_block(bsize);
    b->size = bsize;
    b->used = 0;
    b->next = a->head;
    a->head = b;
  }
  void *p = b->data + b->used;
  b->used += size;
  memset(p, 0, size);
  return p;
}

void *arena_grow(arena *a, void *items, unsigned count, unsigned *cap,
                 size_t elem) {
  if (count < *cap)
    return items;
  unsigned ncap = *cap ? *cap * 2 : 8;
  void *n = arena_alloc(a, ncap * elem);
  if (count)
    memcpy(n, items, count * elem);
  *cap = ncap;
  return n;
}

char *arena_strndup(arena *a, const char *s, size_t n) {
  char *p = arena_alloc(a, n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

char *arena_strdup(arena *a, const char *s) {
  return arena_strndup(a, s, strlen(s));
}

char *arena_printf(arena *a, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *tmp = xvasprintf(fmt, ap);
  va_end(ap);
  char *p = arena_strdup(a, tmp);
  free(tmp);
  return p;
}

void strbuf_init(strbuf *sb) {
  sb->data = NULL;
  sb->len = sb->cap = 0;
}

void strbuf_free(strbuf *sb) {
  free(sb->data);
  strbuf_init(sb);
}

void strbuf_putn(strbuf *sb, const char *s, size_t n) {
  vec_reserve((void **)&sb->data, &sb->cap, sb->len + n + 1, 1);
  memcpy(sb->data + sb->len, s, n);
  sb->len += n;
  sb->data[sb->len] = '\0';
}

void strbuf_putc(strbuf *sb, char c) { strbuf_putn(sb, &c, 1); }

void strbuf_puts(strbuf *sb, const char *s) { strbuf_putn(sb, s, strlen(s)); }

void strbuf_printf(strbuf *sb, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *tmp = xvasprintf(fmt, ap);
  va_end(ap);
  strbuf_puts(sb, tmp);
  free(tmp);
}

void strbuf_reset(strbuf *sb) {
  sb->len = 0;
  if (sb->data)
    sb->data[0] = '\0';
}

const char *strbuf_cstr(strbuf *sb) { return sb->data ? sb->data : ""; }

size_t utf8_sequence_length(const unsigned char *s, size_t avail) {
  if (avail == 0)
    return 0;
  unsigned char c = s[0];
  size_t n;
  uint32_t cp;
  if (c < 0x80)
    return 1;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    cp = c & 0x07;
  } else {
    return 0;
  }
  if (n > avail)
    return 0;
  for (size_t i = 1; i < n; i++) {
    if ((s[i] & 0xC0) != 0x80)
      return 0;
    cp = (cp << 6) | (s[i] & 0x3F);
  }
  /* overlong forms, surrogates, past U+10FFFF */
  if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
      (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
    return 0;
  return n;
}
