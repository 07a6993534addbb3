/* What the command line (main.c) and the language server (lsp.c) share:
 * the options, turning files or a compilation database into jobs
 * (jobs.c), and running the analysis over them with a configuration
 * (run.c). */
#ifndef IRQLINT_CLI_H
#define IRQLINT_CLI_H

#include "../cache/unit_cache.h"
#include "../dataflow/lock_analysis.h"
#include "../diag/diag.h"
#include "../frontend/frontend.h"
#include "config.h"
#include "mof.h"
#include "msgcompile.h"
#include "wdk.h"
#include "wpp.h"

#include <stdio.h>

#ifndef IRQLINT_VERSION
#define IRQLINT_VERSION "0.0.0"
#endif
#ifndef IRQLINT_HOMEPAGE
#define IRQLINT_HOMEPAGE "https://github.com/irqlint/irqlint"
#endif

/* 3: the scan ran, but some file's findings are missing (libclang or
 * irqlint crashed on it, or it hit --file-timeout); 2 wins over it. */
enum {
  EXIT_CLEAN = 0,
  EXIT_FINDINGS = 1,
  EXIT_INPUT_ERROR = 2,
  EXIT_INCOMPLETE = 3
};

/* One --enable or --disable, in command-line order. */
typedef struct rule_choice {
  const char *ids; /* comma-separated, or "all" */
  int enable;
} rule_choice;

typedef struct options {
  const char *build_dir;
  /* --configuration, --platform: for .vcxproj and .sln inputs (NULL: each
   * project's default) */
  const char *configuration, *platform;
  const char *output;
  diag_format format;
  const char *source_root;
  const char *baseline;
  const char *write_baseline;
  rule_choice *rule_choices;
  unsigned rule_choice_count;
  diag_level fail_on;
  int fail_on_compile_error; /* --fail-on=...,compile-error */
  int show_compile_errors;   /* print clang's errors (text) */
  int strict, quiet, list_rules;
  const char *config_file;
  int dump_config;
  int lsp;
  unsigned jobs; /* -j; 0: one per core */
  int dump_cfg, dump_state, dump_summary, dump_calls;
  int dump_irql_facts; /* the arguments are routine names */
  int no_bundled_headers;
  /* --wdk, --wdk-version: a real WDK in place of the bundled headers */
  const char *wdk_dir, *wdk_version;
  int print_stats;
  const char *cache_dir; /* NULL: no cache */
  int cache_dir_given;   /* --cache-dir, not the default under -p */
  int no_cache;
  unsigned file_timeout; /* seconds a file may take to parse; 0: no limit */
  int in_process;        /* parse in this process (the fuzzer) */
  char **files;
  unsigned file_count;
  char **compiler_args;
  unsigned compiler_arg_count;
  int has_double_dash;
} options;

/* One line on stderr, then exit 2. */
void usage_error(const char *fmt, const char *arg);
/* One line on stderr. */
void input_error(const char *message);

/* jobs.c: one job per file, from the command line or the compilation
 * database; 0, or -1 after an input error. */
int build_jobs(const options *o, fe_job **jobs, unsigned *count);
/* Driver-like defaults, the configuration's include paths and defines,
 * the bundled headers -- or, with `wdk` (not NULL), that kit's include
 * directories in their place. */
/* Sets every job's project_root: the deepest directory holding all the
 * run's source files, or the configuration file's directory when that is
 * above them. Functions defined in headers under it (and not in system
 * headers) are the project's (docs/design.md, "Project headers"). */
void set_project_roots(fe_job *jobs, unsigned count, const irqlint_config *cfg);

void complete_job_args(fe_job *job, int bundled_headers, const wdk_layout *wdk,
                       const irqlint_config *cfg);
/* The bundled WDK model headers' directory, resolved (malloc'd), or NULL. */
char *bundled_wdk_root(void);
/* The first `max` bytes of a file, NUL-terminated (to free), or NULL when
 * it cannot be read. */
char *read_file_prefix(const char *path, size_t max);
/* Calls visit for each `#include "name"` or `#include <name>` line of a
 * NUL-terminated text: the name (not terminated, `len` bytes), whether it
 * is written with angle brackets, and the start of its line. */
typedef void (*include_visitor)(const char *name, size_t len, int angled,
                                const char *line, void *arg);
void for_each_include(const char *text, include_visitor visit, void *arg);
/* A path as the user would name it: relative to `dir` (to the job's
 * directory, else the working directory) when it is under it. */
const char *path_under(const char *dir, const char *path);
const char *job_shown_path(const fe_job *job, const char *path);
/* The include directories a job's arguments name, canonical (each and
 * the array to free). */
size_t job_include_dirs(const fe_job *job, char ***out);
/* The case-insensitive header overlay for the jobs' include paths, with
 * the WPP plan's stand-ins, the WMI headers of the MOF plan and the
 * message compiler plan's stand-ins (each may be NULL). */
int add_header_overlay(fe_job *jobs, unsigned count, const wpp_plan *wpp,
                       const mof_plan *mof, const msgc_plan *msgc,
                       fe_header_overlay **out);

/* run.c */
/* Every rule the tool can report (to free). */
void collect_rule_infos(const diag_rule_info ***out, unsigned *count);
const diag_rule_info *rule_info_named(const char *id, size_t n);
/* What the writers are told about irqlint (every rule, its doc pages);
 * tool_info_free releases the rule list. */
void tool_info_init(diag_tool_info *tool, const char *source_root);
void tool_info_free(diag_tool_info *tool);
/* The next id of a comma-separated --enable/--disable list (advancing
 * *list); 0 at its end. "all" names every rule. */
int next_rule_id(const char **list, const char **id, size_t *n);
int rule_id_is_all(const char *id, size_t n);
void apply_rule_choices(const options *o, diag_engine *diag);
char *find_source_root(const char *given);
int load_config(const options *o, const fe_job *jobs, unsigned job_count,
                irqlint_config *cfg);
/* What the configuration adds to the model (replacing an earlier one's)
 * and to the rules of `diag`. */
void apply_config(const irqlint_config *cfg, diag_engine *diag);
/* The number of cores, -j's default. */
unsigned default_job_count(void);
/* What the API model tells the frontend about a callee (FE_CALLEE_*
 * flags; fe_callbacks.callee_flags). */
unsigned api_callee_flags(void *ctx, const char *callee);
/* What analyze_program_jobs found besides findings (a bit set). */
enum {
  RUN_INPUT_FAILED = 1, /* a file libclang made no unit of (its arguments) */
  RUN_INCOMPLETE = 2    /* a file's findings are missing: a crash, a hang */
};
/* Parses (in o->jobs worker processes, or from `cache` when it has a
 * current entry; cache may be NULL) and analyzes the jobs as one program,
 * reporting to `diag` (dumps go to dump_out); returns RUN_* bits for the
 * files that could not be analyzed (each recorded as a failure). */
int analyze_program_jobs(const options *o, fe_job *jobs, unsigned job_count,
                         unit_cache *cache, diag_engine *diag, FILE *dump_out,
                         lock_analysis_stats *stats, int progress);
/* What every cache entry of this run depends on besides its own inputs:
 * irqlint's version and binary, libclang's version, the configuration
 * file. 0, or -1 when one of them cannot be read. */
int run_identity(const irqlint_config *cfg,
                 uint8_t identity[SHA256_DIGEST_SIZE]);

/* The real WDK the run uses (--wdk, else the configuration's headers.wdk):
 * 1 with *out filled (wdk_free), 0 when none is asked for, -1 after an
 * input error (DIR is not a WDK, or lacks the version asked for). */
int find_run_wdk(const options *o, const irqlint_config *cfg, wdk_layout *out);

/* Completes the jobs' arguments for the configuration and the bundled
 * headers (or the real WDK), and writes the case-insensitive header
 * overlay with the WPP stand-ins (wpp: each job's project WPP options,
 * or NULL), the WMI headers (mof: each job's project MOF headers, or
 * NULL) and the message compiler's (msgc: each job's project inputs, or
 * NULL); 0, or -1 after an input error. */
int prepare_jobs(const options *o, fe_job *jobs, unsigned job_count,
                 const irqlint_config *cfg, const wpp_options *const *wpp,
                 const mof_headers *const *mof, const msgc_inputs *const *msgc,
                 fe_header_overlay **overlay);

/* A finished run: the engine with its findings suppressed, sorted and
 * fingerprinted, the source text and root that took, and whether some
 * file could not be analyzed. */
typedef struct finished_run {
  diag_engine *diag;
  struct source_cache *sources;
  char *source_root;
  int failed;     /* RUN_INPUT_FAILED */
  int incomplete; /* RUN_INCOMPLETE */
} finished_run;

/* Runs the prepared jobs as one program under the configuration and the
 * options' rule choices (analyze_program_jobs), then finishes the engine.
 * What the command line, the language server and the fuzzer each do. */
void run_and_finish(const options *o, fe_job *jobs, unsigned job_count,
                    const irqlint_config *cfg, FILE *dump_out,
                    unit_cache *cache, lock_analysis_stats *stats, int progress,
                    finished_run *out);
void finished_run_free(finished_run *r);

#endif
