/* A small streaming JSON emitter for the writers: objects, arrays, keys and
 * scalars with commas and 2-space indentation handled here, and strings
 * escaped fully (control characters, and invalid UTF-8 replaced by U+FFFD so
 * a source line with stray bytes still yields valid JSON). */
#ifndef IRQLINT_JSON_OUT_H
#define IRQLINT_JSON_OUT_H

#include <stdint.h>
#include <stdio.h>

#define JSON_MAX_DEPTH 64

typedef struct json_out {
  FILE *out;
  int depth;
  int count[JSON_MAX_DEPTH]; /* members written at each level */
  int after_key;
} json_out;

void json_init(json_out *j, FILE *out);
void json_begin_object(json_out *j);
void json_end_object(json_out *j);
void json_begin_array(json_out *j);
void json_end_array(json_out *j);
void json_key(json_out *j, const char *key);
void json_string(json_out *j, const char *value);
void json_int(json_out *j, int64_t value);
void json_bool(json_out *j, int value);
/* key + value shorthands */
void json_key_string(json_out *j, const char *key, const char *value);
void json_key_int(json_out *j, const char *key, int64_t value);
void json_key_bool(json_out *j, const char *key, int value);

#endif
