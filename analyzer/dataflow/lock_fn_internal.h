/* What lock_fn.c, lock_fn_aliases.c and lock_fn_callers.c share: the
 * tables, the aliases, and the passes over a function's lock operations
 * that decide which locks its caller holds on entry (the `lf_` prefix).
 * Not for use outside lock_fn. */
#ifndef IRQLINT_LOCK_FN_INTERNAL_H
#define IRQLINT_LOCK_FN_INTERNAL_H

#include "lock_fn.h"

/* Interns a path into one of the function's tables (locks or OldIrql
 * slots): its index, or LOCK_NONE when the table is full. */
uint16_t lf_intern_path(lock_fn *lf, path_entry **table, uint16_t *count,
                        uint16_t *cap, const ir_path *path);
/* Interns a lock as the path it stands for (through the aliases that hold
 * at the event being lowered); `*spelled` gets the call's own spelling
 * when that differs, else NULL. */
uint16_t lf_intern_lock_spelled(lock_fn *lf, const ir_path *path,
                                const char **spelled);
/* The function's aliases (locals standing for a path); where each holds
 * (returns the set each event ends, by event id: the caller frees it);
 * the renames of held locks where an alias stops holding. */
void lf_find_aliases(lock_fn *lf, const fn_summary *const *summaries);
uint64_t *lf_compute_alias_validity(lock_fn *lf);
void lf_add_alias_renames(lock_fn *lf, const uint64_t *killed);

/* An acquire or try-acquire of a named lock. */
int lf_is_acquire_of_lock(const lock_op *op);
/* Marks each release of a lock no path may have acquired before it in the
 * function: a release of its caller's lock (lock_fn_release_is_callers). */
void lf_mark_releases_of_callers_locks(lock_fn *lf);
/* Marks the locks the function only takes back from its caller
 * (path_entry.held_by_caller, caller_hold_kind). */
void lf_mark_locks_held_by_caller(lock_fn *lf);

#endif
