/* Allocation and string helpers shared by every layer.
 *
 * Out-of-memory is not a recoverable condition for a command-line analyzer:
 * the x* wrappers print one line and exit with the input-error code instead
 * of letting a NULL travel through the analysis. Arenas hold everything whose
 * lifetime is one translation unit or one function, so the analysis never
 * frees piecemeal. */
#ifndef IRQLINT_XALLOC_H
#define IRQLINT_XALLOC_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

void *xmalloc(size_t size);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *ptr, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xvasprintf(const char *fmt, va_list ap);
char *xasprintf(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/* FNV-1a (64 bits) over n bytes, continuing from h; start from
 * FNV1A_OFFSET. Stable across platforms and runs (fingerprints are made of
 * it) and cheap enough for hash tables. */
#define FNV1A_OFFSET 0xcbf29ce484222325ull
uint64_t fnv1a(uint64_t h, const void *data, size_t n);

/* `path` as seen from directory `dir`: itself when it is absolute or dir
 * is NULL or empty, else dir/path. To free. */
char *path_in_dir(const char *dir, const char *path);

/* Length of the valid UTF-8 sequence at s (1 for ASCII), or 0 when it is
 * not valid (a stray byte, an overlong form, a surrogate) or needs more
 * than `avail` bytes; SIZE_MAX for a NUL-terminated string (the NUL ends
 * any sequence). What JSON escapes, HTML shows and LSP columns count. */
size_t utf8_sequence_length(const unsigned char *s, size_t avail);

/* Grows *items (of *cap elements of elem_size) so that it holds at least
 * need elements. */
void vec_reserve(void **items, size_t *cap, size_t need, size_t elem_size);
#define VEC_PUSH(items, count, cap, value)                                     \
  do {                                                                         \
    vec_reserve((void **)&(items), &(cap), (count) + 1, sizeof(*(items)));     \
    (items)[(count)++] = (value);                                              \
  } while (0)

/* Bump allocator. Blocks are chained; arena_destroy frees all at once. */
typedef struct arena_block arena_block;
typedef struct arena {
  arena_block *head;
} arena;

void arena_init(arena *a);
/* Frees the arena's blocks, keeping some for this thread's next arenas. */
void arena_destroy(arena *a);
/* Frees the blocks this thread keeps (before a thread ends, at exit). */
void arena_free_spares(void);
void *arena_alloc(arena *a, size_t size); /* zeroed, 16-byte aligned */
/* Room for one more element in an array kept in the arena: `items` when
 * `count < *cap`, else a copy twice as large (at least 8), `*cap` updated;
 * the old block stays until the arena goes. */
void *arena_grow(arena *a, void *items, unsigned count, unsigned *cap,
                 size_t elem);
char *arena_strdup(arena *a, const char *s);
char *arena_strndup(arena *a, const char *s, size_t n);
char *arena_printf(arena *a, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Growable string buffer (heap). */
typedef struct strbuf {
  char *data;
  size_t len, cap;
} strbuf;

void strbuf_init(strbuf *sb);
void strbuf_free(strbuf *sb);
void strbuf_putc(strbuf *sb, char c);
void strbuf_puts(strbuf *sb, const char *s);
void strbuf_putn(strbuf *sb, const char *s, size_t n);
void strbuf_printf(strbuf *sb, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void strbuf_reset(strbuf *sb);
const char *strbuf_cstr(strbuf *sb); /* never NULL */

#endif
