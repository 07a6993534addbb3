/* Parsing translation units in worker processes, so that one file that
 * crashes libclang (or irqlint's own frontend), or parses forever, costs
 * that file's findings and not the scan.
 *
 * Each worker is a forked process with its own libclang index, reused for
 * every unit it parses. It receives job numbers over a socket and answers
 * each with a message: how the parse went, the files it read, and the unit
 * encoding (unit_codec.h) of the IR and clang's errors. A worker that dies
 * or runs past the per-file time limit is killed and replaced; its unit is
 * reported as lost. The same messages are made in-process for the fuzzer
 * (which must see crashes) and when no process can be started. */
#ifndef IRQLINT_PARSE_POOL_H
#define IRQLINT_PARSE_POOL_H

#include "../frontend/frontend.h"

#include <stddef.h>
#include <stdint.h>

typedef enum parse_status {
  PARSE_OK,         /* the unit encoding is in `unit` */
  PARSE_NOT_PARSED, /* libclang made no unit of it: its arguments */
  PARSE_CRASHED,    /* libclang crashed on it and recovered */
  PARSE_LOST        /* the worker died, hung or answered garbage */
} parse_status;

typedef struct parse_outcome {
  parse_status status;
  const char *error; /* a one-line message unless PARSE_OK */
  /* the files the parse read besides the main file (PARSE_OK) */
  char **inclusions;
  size_t inclusion_count;
  const uint8_t *unit;
  size_t unit_size;
} parse_outcome;

/* Called once per job, in completion order, with an outcome valid for the
 * call only. */
typedef void (*parse_done)(void *ctx, unsigned job, const parse_outcome *o);

typedef struct parse_pool_options {
  unsigned workers;         /* processes at most (>= 1) */
  unsigned timeout_seconds; /* per file; 0: none */
  int in_process;           /* parse here, one after the other */
  /* The FE_CALLEE_* flags of a callee (the API model), for the frontend. */
  unsigned (*callee_flags)(void *ctx, const char *callee);
} parse_pool_options;

/* Parses jobs[todo[0..todo_count)] and calls `done` for each. */
void parse_pool_run(const fe_job *jobs, const unsigned *todo,
                    unsigned todo_count, const parse_pool_options *options,
                    parse_done done, void *ctx);

#endif
