/* Source lines read back for the diagnostics layer (see source_text.h). */
#include "source_text.h"

#include "../util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct source_file {
  char *path;
  char *text; /* NULL when it could not be read */
  size_t *line_starts;
  size_t *line_lengths;
  unsigned line_count;
} source_file;

struct source_cache {
  source_file *files;
  size_t count, cap;
};

source_cache *source_cache_create(void) {
  return xcalloc(1, sizeof(source_cache));
}

void source_cache_destroy(source_cache *cache) {
  if (!cache)
    return;
  for (size_t i = 0; i < cache->count; i++) {
    free(cache->files[i].path);
    free(cache->files[i].text);
    free(cache->files[i].line_starts);
    free(cache->files[i].line_lengths);
  }
  free(cache->files);
  free(cache);
}

static char *read_all(const char *path, size_t *size) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  strbuf sb;
  strbuf_init(&sb);
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
    strbuf_putn(&sb, chunk, n);
  int failed = ferror(f);
  fclose(f);
  if (failed) {
    strbuf_free(&sb);
    return NULL;
  }
  *size = sb.len;
  char *text = xmalloc(sb.len + 1);
  if (sb.len)
    memcpy(text, sb.data, sb.len);
  text[sb.len] = 0;
  strbuf_free(&sb);
  return text;
}

static void split_lines(source_file *f, size_t size) {
  size_t cap = 0, count = 0, len_cap = 0, len_count = 0;
  size_t start = 0;
  for (size_t i = 0; i <= size; i++) {
    int end = i == size || f->text[i] == '\n' || f->text[i] == '\r';
    if (!end)
      continue;
    if (i == size && start == size && count > 0)
      break; /* no empty line after a final line end */
    VEC_PUSH(f->line_starts, count, cap, start);
    VEC_PUSH(f->line_lengths, len_count, len_cap, i - start);
    if (i < size && f->text[i] == '\r' && i + 1 < size &&
        f->text[i + 1] == '\n')
      i++;
    start = i + 1;
  }
  f->line_count = (unsigned)count;
}

static source_file *file_of(source_cache *cache, const char *path) {
  for (size_t i = 0; i < cache->count; i++)
    if (strcmp(cache->files[i].path, path) == 0)
      return &cache->files[i];
  source_file f;
  memset(&f, 0, sizeof f);
  f.path = xstrdup(path);
  size_t size = 0;
  f.text = read_all(path, &size);
  if (f.text)
    split_lines(&f, size);
  VEC_PUSH(cache->files, cache->count, cache->cap, f);
  return &cache->files[cache->count - 1];
}

unsigned source_line_count(source_cache *cache, const char *path) {
  return file_of(cache, path)->line_count;
}

const char *source_line(source_cache *cache, const char *path, unsigned line,
                        size_t *len) {
  source_file *f = file_of(cache, path);
  if (!f->text || line == 0 || line > f->line_count)
    return NULL;
  *len = f->line_lengths[line - 1];
  return f->text + f->line_starts[line - 1];
}
