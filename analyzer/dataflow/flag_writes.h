/* What a function goes on to write into a few chosen paths after each of
 * its events: a backward must-analysis over the CFG.
 *
 * It serves one assumption of the lock analysis (design.md, "Flags a
 * caller turns on"): when every path from a call to the function's exit
 * sets a bit of a flag word (`Adapter->Flags |= ACTIVE`) or stores a
 * constant into a state field (`Adapter->State = Running`), and the
 * function reads that path nowhere in between, the flag is taken to be
 * off (the state not yet that value) at the call. A callee that locks
 * only `if (Adapter->Flags & ACTIVE)` is then not locking when the routine
 * that activates the adapter calls it -- which is how drivers write their
 * start-up sequence. Writes inside branches count only if every branch
 * makes them; a clear, an unknown store or a callee given the address in
 * between cancels the write. */
#ifndef IRQLINT_FLAG_WRITES_H
#define IRQLINT_FLAG_WRITES_H

#include "../cfg/cfg.h"

typedef enum later_write_kind {
  LATER_WRITE_NONE,  /* some path to the exit does not write it first */
  LATER_WRITE_BITS,  /* every path sets the bits of `value` (|=) */
  LATER_WRITE_STORE, /* every path stores the constant `value` */
  LATER_WRITE_TOP    /* (internal: no path seen yet) */
} later_write_kind;

typedef struct later_write {
  uint8_t kind; /* later_write_kind */
  int64_t value;
} later_write;

typedef struct later_writes later_writes;

/* Computes, for every event of fn, what the paths to the exit write into
 * paths[0 .. path_count-1] after it. Allocated in `mem`. */
later_writes *later_writes_compute(const cfg_function *fn, const ir_path *paths,
                                   uint16_t path_count, arena *mem);

/* What every path from just after event `event_id` to the exit writes
 * into paths[path_index] first. */
later_write later_writes_after(const later_writes *lw, uint32_t event_id,
                               uint16_t path_index);

#endif
