/* MSBuild property functions -- $([System.IO.Path]::Combine(...)),
 * $(Configuration.Replace(' ','')) -- for the project reader (msbuild.c):
 * the common ones are evaluated, the others are left to the caller to
 * note. */
#ifndef IRQLINT_MSBUILD_FUNCTIONS_H
#define IRQLINT_MSBUILD_FUNCTIONS_H

#include "../util/xalloc.h"

#include <stddef.h>

/* What an evaluation needs from the reader. */
typedef struct msb_fn_env {
  void *ctx;
  /* a property's value, or NULL when it is not set */
  const char *(*lookup)(void *ctx, const char *name);
  /* `text` with its $(...) expanded */
  const char *(*expand)(void *ctx, const char *text);
  const char *base_dir; /* the project's directory: relative paths */
  const char *this_dir; /* the directory of the file being read */
} msb_fn_env;

/* The value of the property function written inside $( ) -- `expr`,
 * `len` bytes, such as "[MSBuild]::GetDirectoryNameOfFileAbove(a, b)" or
 * "Configuration.Replace(' ','')" -- in `a`; NULL when this reader does
 * not evaluate it. */
const char *msb_property_function(arena *a, const char *expr, size_t len,
                                  const msb_fn_env *env);

#endif
