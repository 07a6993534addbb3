/* Shared state of one translation unit inside the frontend: the libclang
 * handle, interned file names, and the macro-definition index used to find
 * which macro a lock call was written as. Private to analyzer/frontend/. */
#ifndef IRQLINT_FRONTEND_INTERNAL_H
#define IRQLINT_FRONTEND_INTERNAL_H

#include "frontend.h"

#include <clang-c/Index.h>

typedef struct fe_file_name {
  CXFile file;
  const char *name;
} fe_file_name;

typedef struct fe_macro_def {
  const char *name;
  CXCursor cursor;
  unsigned file_offset_begin, file_offset_end;
  CXFile file;
  const char **body_idents; /* identifiers of the replacement list */
  unsigned body_ident_count;
  int body_loaded;
} fe_macro_def;

typedef struct fe_tu {
  CXTranslationUnit tu;
  arena mem; /* lives as long as the translation unit */
  const fe_callbacks *callbacks;
  fe_file_name *files;
  size_t file_count, file_cap;
  /* macro definitions, sorted by name once loaded */
  fe_macro_def *macros;
  size_t macro_count, macro_cap;
  int macros_loaded;
} fe_tu;

/* Interned file name of a location's expansion point, and its position. */
ir_loc fe_loc_of_cursor(fe_tu *t, CXCursor c);
const char *fe_file_name_of(fe_tu *t, CXFile file);

/* Macro chain (outermost first) through which the call at `call` reaches
 * `callee`; returns the count and stores an arena array in *chain. */
unsigned fe_macro_chain(fe_tu *t, CXCursor call, const char *callee,
                        const char ***chain);

/* Builds the IR of one function definition. */
cfg_function *fe_build_function(fe_tu *t, CXCursor fn_decl, arena *mem);

#endif
