/* What lock_fn.c and lock_fn_callers.c share: the passes over a
 * function's lock operations that decide which locks its caller holds on
 * entry (the `lf_` prefix). Not for use outside lock_fn. */
#ifndef IRQLINT_LOCK_FN_INTERNAL_H
#define IRQLINT_LOCK_FN_INTERNAL_H

#include "lock_fn.h"

/* An acquire or try-acquire of a named lock. */
int lf_is_acquire_of_lock(const lock_op *op);
/* Marks each release of a lock no path may have acquired before it in the
 * function: a release of its caller's lock (lock_fn_release_is_callers). */
void lf_mark_releases_of_callers_locks(lock_fn *lf);
/* Marks the locks the function only takes back from its caller
 * (path_entry.held_by_caller, caller_hold_kind). */
void lf_mark_locks_held_by_caller(lock_fn *lf);

#endif
