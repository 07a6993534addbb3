/* Running the analysis for the command line and the language server:
 * the rules it knows, the configuration and option choices applied to the
 * engine and the model, the source root, and the parse-and-analyze loop
 * over a program's jobs (see cli.h). */
#define _XOPEN_SOURCE 700 /* realpath, getcwd */
#include "cli.h"

#include "../../rules/api_model.h"
#include "../../rules/irql_contract.h"
#include "../../rules/rule.h"
#include "../../rules/rule_docs.h"
#include "../diag/source_text.h"
#include "../program/program.h"
#include "../util/xalloc.h"

#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void usage_error(const char *fmt, const char *arg) {
  fputs("irqlint: error: ", stderr);
  fprintf(stderr, fmt, arg);
  fputs("; see 'irqlint --help'\n", stderr);
  exit(EXIT_INPUT_ERROR);
}

void input_error(const char *message) {
  fprintf(stderr, "irqlint: error: %s\n", message);
}

/* Every rule the tool can report: clang's parse errors, the rules, and
 * unused suppressions. */
void collect_rule_infos(const diag_rule_info ***out, unsigned *count) {
  *count = rules_count + 2;
  *out = xmalloc(sizeof(diag_rule_info *) * *count);
  (*out)[0] = &fe_clang_error_rule;
  for (unsigned i = 0; i < rules_count; i++)
    (*out)[i + 1] = rules_all[i]->info;
  (*out)[rules_count + 1] = &diag_unused_suppression_rule;
}

void tool_info_init(diag_tool_info *tool, const char *source_root) {
  memset(tool, 0, sizeof *tool);
  const diag_rule_info **infos;
  unsigned count;
  collect_rule_infos(&infos, &count);
  tool->name = "irqlint";
  tool->version = IRQLINT_VERSION;
  tool->information_uri = IRQLINT_HOMEPAGE;
  tool->rule_doc_base = IRQLINT_HOMEPAGE "/blob/main/docs/rules/";
  tool->rules = infos;
  tool->rule_count = count;
  tool->rule_help = irqlint_rule_help;
  tool->source_root = source_root;
}

void tool_info_free(diag_tool_info *tool) {
  free((void *)tool->rules);
  tool->rules = NULL;
}

const diag_rule_info *rule_info_named(const char *id, size_t n) {
  const diag_rule_info **infos;
  unsigned count;
  collect_rule_infos(&infos, &count);
  const diag_rule_info *found = NULL;
  for (unsigned i = 0; i < count && !found; i++)
    if (strlen(infos[i]->id) == n && strncmp(infos[i]->id, id, n) == 0)
      found = infos[i];
  free(infos);
  return found;
}

/* --enable/--disable in order; "all" names every rule. */
int next_rule_id(const char **list, const char **id, size_t *n) {
  if (!**list)
    return 0;
  const char *comma = strchr(*list, ',');
  *id = *list;
  *n = comma ? (size_t)(comma - *list) : strlen(*list);
  *list += *n + (comma ? 1 : 0);
  return 1;
}

int rule_id_is_all(const char *id, size_t n) {
  return n == 3 && strncmp(id, "all", 3) == 0;
}

void apply_rule_choices(const options *o, diag_engine *diag) {
  const diag_rule_info **infos;
  unsigned count;
  collect_rule_infos(&infos, &count);
  for (unsigned c = 0; c < o->rule_choice_count; c++) {
    const rule_choice *choice = &o->rule_choices[c];
    const char *id;
    size_t n;
    for (const char *p = choice->ids; next_rule_id(&p, &id, &n);)
      for (unsigned i = 0; i < count; i++)
        if (rule_id_is_all(id, n) ||
            (strlen(infos[i]->id) == n && strncmp(infos[i]->id, id, n) == 0))
          diag_set_rule_enabled(diag, infos[i]->id, choice->enable);
  }
  free(infos);
}

/* The directory file names are made relative to: --source-root, else the
 * nearest enclosing directory with a .git entry (a git work tree, as
 * GitHub's %SRCROOT% is), else the current directory. Absolute and
 * canonical; NULL when even that fails. */
char *find_source_root(const char *given) {
  char resolved[PATH_MAX];
  if (given)
    return realpath(given, resolved) ? xstrdup(resolved) : NULL;
  static const char *const git = ".git";
  char *found = find_upward(".", &git, 1, 0);
  if (found) { /* the work tree holding .git */
    path_drop_last(found);
    return found;
  }
  return getcwd(resolved, sizeof resolved) ? xstrdup(resolved) : NULL;
}

static int rule_id_known(const char *id) {
  return rule_info_named(id, strlen(id)) != NULL;
}

static int routine_modeled(const char *name) {
  return api_model_lookup(name) != NULL;
}

/* --config-file, else the one .irqlint.yaml the analyzed files find above
 * them (files with none take it too; two different ones are an error:
 * analyze each driver on its own, or name one). */
int load_config(const options *o, const fe_job *jobs, unsigned job_count,
                irqlint_config *cfg) {
  config_init(cfg);
  char *path = NULL;
  if (o->config_file) {
    path = xstrdup(o->config_file);
  } else if (job_count == 0) {
    path = config_find_from(".");
  } else {
    for (unsigned j = 0; j < job_count; j++) {
      char *found = config_find_for(jobs[j].file);
      if (found && path && strcmp(found, path) != 0) {
        char *msg = xasprintf("the files of this run are under two "
                              "configurations, '%s' and '%s': analyze each "
                              "driver on its own, or name one with "
                              "--config-file",
                              path, found);
        input_error(msg);
        free(msg);
        free(found);
        free(path);
        return -1;
      }
      if (found && !path)
        path = found;
      else
        free(found);
    }
  }
  if (!path)
    return 0;
  char *error = NULL;
  int rc = config_load(path, rule_id_known, routine_modeled, cfg, &error);
  free(path);
  if (rc != 0) {
    input_error(error);
    free(error);
    return -1;
  }
  return 0;
}

/* What the configuration adds to the model and the rules. */
void apply_config(const irqlint_config *cfg, diag_engine *diag) {
  for (unsigned i = 0; i < cfg->rule_count; i++) {
    diag_set_rule_enabled(diag, cfg->rules[i].id, cfg->rules[i].enabled);
    if (cfg->rules[i].level >= 0)
      diag_set_rule_level(diag, cfg->rules[i].id,
                          (diag_level)cfg->rules[i].level);
  }
  for (unsigned i = 0; i < cfg->routine_count; i++)
    api_model_add_routine(cfg->routines[i].name, cfg->routines[i].like,
                          cfg->routines[i].lock_argument);
  for (unsigned i = 0; i < cfg->function_count; i++)
    irql_contract_configure(cfg->functions[i].name,
                            (irql_level)cfg->functions[i].level, cfg->path);
}

/* ---- the analysis loop ----
 *
 * Translation units are parsed and lowered to the IR by `-j` workers, each
 * with its own libclang index, into per-unit arenas and per-unit
 * diagnostics engines; nothing a worker touches is shared but the job
 * counter. The results are then taken in job order -- functions into the
 * program, diagnostics into the run's engine -- so the program, and so
 * every summary and finding, is the same whatever the number of workers.
 * The whole-program analysis runs after that, on one thread. */

typedef struct unit_result {
  diag_engine *diag; /* clang's errors for this unit */
  cfg_function **fns;
  size_t fn_count, fn_cap;
  char *error; /* libclang could not create the unit */
} unit_result;

typedef struct workers {
  const options *o;
  fe_job *jobs;
  unsigned job_count;
  arena **arenas;
  unit_result *results;
  pthread_mutex_t lock; /* next, done, the progress line */
  unsigned next, done;
  int progress;
} workers;

typedef struct unit_ctx {
  unit_result *result;
} unit_ctx;

/* One worker: its own libclang index, created by the main thread before
 * any worker runs -- libclang registers LLVM's targets when an index is
 * created, and two threads doing that at once corrupt the registry (seen:
 * both spinning in TargetRegistry::lookupTarget). */
typedef struct worker {
  workers *shared;
  fe_session *session;
} worker;

static unsigned callee_flags(void *ctx, const char *callee) {
  (void)ctx;
  const api_routine *row = api_model_lookup(callee);
  if (!row)
    return 0;
  unsigned flags = FE_CALLEE_WANTS_MACRO_CHAIN;
  if (row->op == API_OP_NO_RETURN)
    flags |= FE_CALLEE_NO_RETURN;
  return flags;
}

static void collect_function(void *ctx, cfg_function *fn) {
  unit_result *r = ((unit_ctx *)ctx)->result;
  VEC_PUSH(r->fns, r->fn_count, r->fn_cap, fn);
}

static void *parse_units(void *arg) {
  workers *w = ((worker *)arg)->shared;
  fe_session *session = ((worker *)arg)->session;
  for (;;) {
    pthread_mutex_lock(&w->lock);
    unsigned j = w->next++;
    pthread_mutex_unlock(&w->lock);
    if (j >= w->job_count)
      break;
    unit_result *r = &w->results[j];
    unit_ctx ctx = {r};
    fe_callbacks callbacks = {&ctx, callee_flags, collect_function};
    if (fe_analyze_job(session, &w->jobs[j], j, w->arenas[j], &callbacks,
                       r->diag, &r->error) != 0 &&
        !r->error)
      r->error = xstrdup("cannot parse the file");
    pthread_mutex_lock(&w->lock);
    w->done++;
    if (w->progress)
      fprintf(stderr, "\r\033[K[%u/%u] %s", w->done, w->job_count,
              w->jobs[j].file);
    pthread_mutex_unlock(&w->lock);
  }
  arena_free_spares();
  return NULL;
}

unsigned default_job_count(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (unsigned)n : 1;
}

int analyze_program_jobs(const options *o, fe_job *jobs, unsigned job_count,
                         diag_engine *diag, FILE *dump_out,
                         lock_analysis_stats *stats, int progress) {
  program *prog = program_create();
  workers w;
  memset(&w, 0, sizeof w);
  w.o = o;
  w.jobs = jobs;
  w.job_count = job_count;
  w.progress = progress;
  w.arenas = xcalloc(job_count + 1, sizeof(arena *));
  w.results = xcalloc(job_count + 1, sizeof(unit_result));
  for (unsigned j = 0; j < job_count; j++) {
    w.arenas[j] = program_unit_arena(prog); /* in job order */
    w.results[j].diag = diag_engine_create();
  }
  pthread_mutex_init(&w.lock, NULL);
  (void)api_model_lookup(""); /* sorts the table before workers read it */
  unsigned threads = o->jobs ? o->jobs : default_job_count();
  if (threads > job_count)
    threads = job_count;
  pthread_t *ids = xcalloc(threads + 1, sizeof(pthread_t));
  worker *each = xcalloc(threads + 1, sizeof(worker));
  for (unsigned t = 0; t < threads; t++) {
    each[t].shared = &w;
    each[t].session = fe_session_create();
  }
  unsigned started = 0;
  for (unsigned t = 1; t < threads; t++)
    if (pthread_create(&ids[started], NULL, parse_units, &each[t]) == 0)
      started++;
  parse_units(&each[0]); /* this thread is a worker too */
  for (unsigned t = 0; t < started; t++)
    pthread_join(ids[t], NULL);
  for (unsigned t = 0; t < threads; t++)
    fe_session_destroy(each[t].session);
  free(each);
  free(ids);
  pthread_mutex_destroy(&w.lock);
  if (progress)
    fputs("\r\033[K", stderr);

  int failed = 0;
  for (unsigned j = 0; j < job_count; j++) {
    unit_result *r = &w.results[j];
    diag_add_source_file(diag, jobs[j].file);
    diag_engine_absorb(diag, r->diag);
    if (r->error) {
      input_error(r->error);
      diag_add_failure(diag, jobs[j].file, r->error);
      free(r->error);
      failed = 1;
    }
    for (size_t k = 0; k < r->fn_count; k++) {
      cfg_function *fn = r->fns[k];
      /* for `irqlint: ignore-function[...]` */
      diag_add_function(diag, fn->loc.file, fn->name, fn->loc.line,
                        fn->body_end.line ? fn->body_end.line : fn->loc.line);
      if (o->dump_cfg) {
        cfg_dump(dump_out, fn);
        cfg_function_destroy(fn);
      } else {
        program_add_function(prog, fn);
      }
    }
    free(r->fns);
  }
  free(w.results);
  free(w.arenas);
  if (!o->dump_cfg) {
    program_options popts = {o->dump_state ? dump_out : NULL,
                             o->dump_summary ? dump_out : NULL, stats};
    program_analyze(prog, diag, &popts);
  }
  program_destroy(prog);
  return failed;
}

int prepare_jobs(const options *o, fe_job *jobs, unsigned job_count,
                 const irqlint_config *cfg, fe_header_overlay **overlay) {
  for (unsigned j = 0; j < job_count; j++)
    complete_job_args(&jobs[j],
                      !o->no_bundled_headers && cfg->bundled_headers != 0, cfg);
  return add_header_overlay(jobs, job_count, overlay);
}

void run_and_finish(const options *o, fe_job *jobs, unsigned job_count,
                    const irqlint_config *cfg, FILE *dump_out,
                    lock_analysis_stats *stats, int progress,
                    finished_run *out) {
  out->diag = diag_engine_create();
  apply_config(cfg, out->diag);
  apply_rule_choices(o, out->diag);
  out->failed = analyze_program_jobs(o, jobs, job_count, out->diag, dump_out,
                                     stats, progress);
  out->source_root = find_source_root(o->source_root);
  out->sources = source_cache_create();
  diag_finish_options finish = {out->source_root, out->sources,
                                o->strict || cfg->strict == 1,
                                rule_for_ca_warning};
  diag_engine_finish(out->diag, &finish);
}

void finished_run_free(finished_run *r) {
  diag_engine_destroy(r->diag);
  source_cache_destroy(r->sources);
  free(r->source_root);
  memset(r, 0, sizeof *r);
}
