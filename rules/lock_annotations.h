/* SAL lock annotations: _Acquires_lock_, _Releases_lock_, their
 * _exclusive_, _shared_ and _nonreentrant_ forms, _Requires_lock_held_ (and the
 * exclusive and shared forms) and _Requires_lock_not_held_. The frontend hands
 * them over as written; this is where they get their meaning: a lock named
 * through the declaration's parameters or a global, as a summary path
 * (analyzer/dataflow/summary.h).
 *
 * Annotations on a parameter (`_Acquires_lock_(*_Curr_)`) are read like
 * those in front of the declaration (the frontend spells `_Curr_` as the
 * parameter's name). `_When_(cond, a1, a2…)` makes each inner annotation
 * conditional: a condition over parameters is decided at each call from
 * its constant arguments (`Wait != 0`, `Timeout == NULL`, `&&`, `||`,
 * `!`); one over the return value (`return`, `return != 0`, `return ==
 * TRUE`) makes an acquire a try-acquire, held when the function returns
 * non-zero; anything else (an undecidable part, `NT_SUCCESS(return)`,
 * whose success codes include a timeout) leaves the effect "maybe".
 * `_Global_critical_region_` and `_Global_cancel_spin_lock_` name the
 * thread's critical region and the I/O cancel spin lock, as the API
 * model's rows do.
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
  uint8_t lock_kind; /* api_kind: LOCK_SHARED / LOCK_EXCLUSIVE, else NONE */
  /* the condition of the _When_ it was written in, as written, or NULL */
  const char *condition;
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

/* What an annotation's condition says at one call. */
typedef enum lock_condition {
  LOCK_CONDITION_ALWAYS,        /* unconditional, or decided true */
  LOCK_CONDITION_NEVER,         /* decided false */
  LOCK_CONDITION_ON_SUCCESS,    /* when the call returns non-zero */
  LOCK_CONDITION_ON_NT_SUCCESS, /* when NT_SUCCESS(what it returns) */
  LOCK_CONDITION_MAYBE          /* not decidable here */
} lock_condition;

lock_condition lock_annotation_condition(const lock_annotation *la,
                                         const ir_call *call);
/* The same for any _When_ condition written on declaration `written`'s
 * parameters (an IRQL annotation's). */
lock_condition sal_condition(const char *condition,
                             const ir_annotation *written, const ir_call *call);

#endif
