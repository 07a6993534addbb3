/* Source files read back as lines, for what the diagnostics layer does after
 * the analysis: fingerprints (the text of a finding's line), inline
 * suppressions (comments and pragmas), HTML reports. Each file is read once
 * and kept; a file that cannot be read is remembered as missing. CRLF and
 * CR line ends both count as one line end, and the text is bytes: nothing
 * here assumes UTF-8. */
#ifndef IRQLINT_SOURCE_TEXT_H
#define IRQLINT_SOURCE_TEXT_H

#include <stddef.h>

typedef struct source_cache source_cache;

source_cache *source_cache_create(void);
void source_cache_destroy(source_cache *cache);

/* Number of lines of `path`, 0 when it cannot be read. */
unsigned source_line_count(source_cache *cache, const char *path);

/* Line `line` (1-based) of `path` without its line end; its length in
 * *len. NULL when the file cannot be read or has no such line. */
const char *source_line(source_cache *cache, const char *path, unsigned line,
                        size_t *len);

#endif
