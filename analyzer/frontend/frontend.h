/* The frontend: the only part of irqlint that includes clang-c/.
 *
 * It loads translation units through libclang (from a command line or from a
 * compilation database), records clang's errors (apart from the findings:
 * diag_add_compile_error), and translates every function defined in the main
 * file into our own CFG + event IR (cfg.h), which it hands to a callback.
 * Everything the rest of the analyzer needs to know about the source is in that
 * IR. */
#ifndef IRQLINT_FRONTEND_H
#define IRQLINT_FRONTEND_H

#include "../cfg/cfg.h"
#include "../diag/diag.h"

/* One translation unit to analyze: the source file and the full compiler
 * argument list (without the source file), run from `directory`. */
typedef struct fe_job {
  char *file;
  char *directory; /* may be NULL: the current directory */
  char **args;
  unsigned arg_count;
  /* the program's source tree (absolute, canonical): functions defined in
   * headers under it that are not system headers are analyzed too (NULL:
   * only the main file's) */
  char *project_root;
} fe_job;

void fe_job_free(fe_job *job);

/* What the frontend asks the model about a callee while building the IR. */
enum {
  FE_CALLEE_WANTS_MACRO_CHAIN = 1, /* resolve the macros it was written by */
  FE_CALLEE_NO_RETURN = 2,         /* the call ends the path */
  /* a macro name: an assertion, whose body's calls are its failure branch
   * (they end the path) */
  FE_NAME_ASSERTION_MACRO = 4,
  FE_CALLEE_READS_IRQL = 8, /* returns the current IRQL (KeGetCurrentIrql) */
  /* a lock, region or IRQL routine: it raises no exception, so a __try's
   * handler is not entered from the middle of it */
  FE_CALLEE_RAISES_NO_EXCEPTION = 16,
  /* returns the current thread (KeGetCurrentThread, PsGetCurrentThread):
   * the owner of a recursive lock is compared with it */
  FE_CALLEE_READS_THREAD = 32,
  /* tests whether the list its argument 0 points at is empty (IsListEmpty):
   * the branch is the comparison of the head's Flink with the head */
  FE_CALLEE_TESTS_LIST_EMPTY = 64
};

typedef struct fe_callbacks {
  void *ctx;
  /* Bit set of FE_CALLEE_* for a callee name, FE_NAME_* for a macro's. */
  unsigned (*callee_flags)(void *ctx, const char *callee);
  /* Called for every function defined in the main file, in source order.
   * The callback owns the function (cfg_function_destroy); what it points
   * to outside its own arena lives in the job's unit arena. */
  void (*on_function)(void *ctx, cfg_function *fn);
  /* Called, when set, for every file the translation unit read besides
   * the main file (headers, at any depth), by absolute path: what an
   * incremental cache must watch. */
  void (*on_inclusion)(void *ctx, const char *path);
} fe_callbacks;

typedef struct fe_session fe_session;

fe_session *fe_session_create(void);
void fe_session_destroy(fe_session *session);

/* What fe_analyze_job returns. */
enum {
  FE_ANALYZED = 0,
  FE_NOT_PARSED = -1, /* libclang made no translation unit (its arguments) */
  FE_CRASHED = -2     /* libclang crashed on it (and recovered) */
};

/* Parses the job and builds the IR of every function defined in its main
 * file, numbering them with `unit`. What the IR shares between functions
 * (file names, declaration facts) is allocated in `unit_mem`, which must
 * outlive them; the translation unit itself is gone when this returns.
 * Clang errors are recorded in `diag` (diag_add_compile_error). Returns
 * FE_ANALYZED, or FE_NOT_PARSED / FE_CRASHED when libclang could not produce a
 * translation unit at all; then *error holds a one-line message (caller frees).
 */
int fe_analyze_job(fe_session *session, const fe_job *job, uint32_t unit,
                   arena *unit_mem, const fe_callbacks *callbacks,
                   diag_engine *diag, char **error);

/* libclang's version ("Debian clang version 19.1.7 ..."), to free: part of
 * what the cache's entries are valid for. */
char *fe_libclang_version(void);

/* Case-insensitive header lookup: a virtual file overlay listing the files
 * under the given directories (a few levels deep, capped per directory),
 * matched case-insensitively, passed to every job with -ivfsoverlay. */
typedef struct fe_header_overlay fe_header_overlay;

fe_header_overlay *fe_header_overlay_create(void);
/* Lists the files under dir (ignored when it does not exist). */
void fe_header_overlay_add_dir(fe_header_overlay *overlay, const char *dir);
/* Maps `path` (absolute; it need not exist) to an anonymous in-memory file
 * holding `text`: a stand-in for a header the build would have generated.
 * A path mapped already keeps its first mapping. 0, or -1 with *error
 * (caller frees). Before fe_header_overlay_write. */
int fe_header_overlay_add_standin(fe_header_overlay *overlay, const char *path,
                                  const char *text, char **error);
/* Writes the overlay to an anonymous in-memory file (memfd; nothing is
 * written to disk) and returns the path clang reads it by,
 * /proc/self/fd/N, which processes forked later inherit; NULL when nothing
 * was listed, or on an error (then *error is set, caller frees). */
const char *fe_header_overlay_write(fe_header_overlay *overlay, char **error);
/* What the path fe_header_overlay_write returns starts with: how the cache
 * tells irqlint's own overlay from one a compile command names. */
#define FE_HEADER_OVERLAY_PATH_PREFIX "/proc/self/fd/"
void fe_header_overlay_destroy(fe_header_overlay *overlay);

/* Compilation databases (compile_commands.json through libclang). */
typedef struct fe_compdb fe_compdb;

/* Returns NULL and sets *error when the directory has no readable, well
 * formed compile_commands.json. */
fe_compdb *fe_compdb_load(const char *build_dir, char **error);
void fe_compdb_destroy(fe_compdb *db);
/* Does the database have an entry of its own for this absolute path?
 * (Without one, libclang infers a command from a similar entry, as clangd
 * does.) */
int fe_compdb_has_entry(fe_compdb *db, const char *file);
/* Appends the jobs for one file (several when it is built several ways) or,
 * with file == NULL, for every entry. Returns how many were appended. */
unsigned fe_compdb_jobs(fe_compdb *db, const char *file, fe_job **jobs,
                        unsigned *count, unsigned *cap);

#endif
