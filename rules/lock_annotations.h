/* SAL lock annotations: _Acquires_lock_, _Releases_lock_, their
 * _exclusive_ and _shared_ forms, _Requires_lock_held_ (and the exclusive
 * and shared forms) and _Requires_lock_not_held_. The frontend hands them over
 * as written; this is where they get their meaning: a lock named through the
 * declaration's parameters or a global, as a summary path
 * (analyzer/dataflow/summary.h).
 *
 * `_When_(return != 0, _Acquires_lock_(l))` (also `return`, `return ==
 * TRUE`, `return != FALSE`) is a try-acquire: held when the function
 * returns non-zero. Other _When_ conditions are not read.
 *
 * Annotations override inference: a callee with any of them is taken at its
 * word, and its body's inferred lock effects are not used. */
#ifndef IRQLINT_LOCK_ANNOTATIONS_H
#define IRQLINT_LOCK_ANNOTATIONS_H

#include "../analyzer/dataflow/summary.h"
#include "api_model.h"

typedef enum lock_annotation_kind {
  LOCK_ANNOTATION_ACQUIRES,
  LOCK_ANNOTATION_RELEASES,
  LOCK_ANNOTATION_REQUIRES_HELD,
  LOCK_ANNOTATION_REQUIRES_NOT_HELD
} lock_annotation_kind;

typedef struct lock_annotation {
  uint8_t kind;      /* lock_annotation_kind */
  uint8_t lock_kind; /* api_kind: EX_SHARED / EX_EXCLUSIVE, else NONE */
  /* written as _When_(return != 0, _Acquires_lock_(…)): a try-acquire, the
   * lock is held only when the function returns non-zero */
  uint8_t on_success;
  summary_path lock;
  const ir_annotation *written;
} lock_annotation;

#define LOCK_ANNOTATIONS_MAX 8

/* The lock annotations of a declaration whose argument names a lock we can
 * follow (through the parameter names of the declaration each was written
 * on: positions are what callers substitute); returns how many were
 * written to out (at most LOCK_ANNOTATIONS_MAX). */
unsigned lock_annotations_of(const ir_fn_decl *decl, arena *mem,
                             lock_annotation *out);

#endif
