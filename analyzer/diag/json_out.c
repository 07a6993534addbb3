/* Streaming JSON emitter (see json_out.h). */
#include "json_out.h"

#include "../util/xalloc.h"

#include <inttypes.h>

void json_init(json_out *j, FILE *out) {
  j->out = out;
  j->depth = 0;
  j->count[0] = 0;
  j->after_key = 0;
}

static void indent(json_out *j) {
  fputc('\n', j->out);
  for (int i = 0; i < j->depth; i++)
    fputs("  ", j->out);
}

/* Separator and indentation before a value or key at the current level. */
static void before_item(json_out *j) {
  if (j->after_key) {
    j->after_key = 0;
    return;
  }
  if (j->depth > 0) {
    if (j->count[j->depth]++)
      fputc(',', j->out);
    indent(j);
  }
}

static void open_scope(json_out *j, char c) {
  before_item(j);
  fputc(c, j->out);
  if (j->depth + 1 < JSON_MAX_DEPTH)
    j->depth++;
  j->count[j->depth] = 0;
}

static void close_scope(json_out *j, char c) {
  int had_items = j->count[j->depth] > 0;
  if (j->depth > 0)
    j->depth--;
  if (had_items)
    indent(j);
  fputc(c, j->out);
  if (j->depth == 0)
    fputc('\n', j->out);
}

void json_begin_object(json_out *j) { open_scope(j, '{'); }
void json_end_object(json_out *j) { close_scope(j, '}'); }
void json_begin_array(json_out *j) { open_scope(j, '['); }
void json_end_array(json_out *j) { close_scope(j, ']'); }

static void write_escaped(FILE *out, const char *value) {
  const unsigned char *s = (const unsigned char *)(value ? value : "");
  fputc('"', out);
  while (*s) {
    unsigned char c = *s;
    switch (c) {
    case '"':
      fputs("\\\"", out);
      s++;
      continue;
    case '\\':
      fputs("\\\\", out);
      s++;
      continue;
    case '\n':
      fputs("\\n", out);
      s++;
      continue;
    case '\r':
      fputs("\\r", out);
      s++;
      continue;
    case '\t':
      fputs("\\t", out);
      s++;
      continue;
    default:
      break;
    }
    if (c < 0x20) {
      fprintf(out, "\\u%04x", c);
      s++;
      continue;
    }
    size_t n = utf8_sequence_length(s, SIZE_MAX);
    if (n == 0) {
      fputs("\\ufffd", out);
      s++;
      continue;
    }
    fwrite(s, 1, n, out);
    s += n;
  }
  fputc('"', out);
}

void json_key(json_out *j, const char *key) {
  before_item(j);
  write_escaped(j->out, key);
  fputs(": ", j->out);
  j->after_key = 1;
}

void json_string(json_out *j, const char *value) {
  before_item(j);
  write_escaped(j->out, value);
}

void json_int(json_out *j, int64_t value) {
  before_item(j);
  fprintf(j->out, "%" PRId64, value);
}

void json_bool(json_out *j, int value) {
  before_item(j);
  fputs(value ? "true" : "false", j->out);
}

void json_key_string(json_out *j, const char *key, const char *value) {
  json_key(j, key);
  json_string(j, value);
}

void json_key_int(json_out *j, const char *key, int64_t value) {
  json_key(j, key);
  json_int(j, value);
}

void json_key_bool(json_out *j, const char *key, int value) {
  json_key(j, key);
  json_bool(j, value);
}
