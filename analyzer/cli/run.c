/* Running the analysis for the command line and the language server:
 * the rules it knows, the configuration and option choices applied to the
 * engine and the model, the source root, and the parse-and-analyze loop
 * over a program's jobs (see cli.h). */
#define _XOPEN_SOURCE 700 /* realpath, getcwd */
#include "cli.h"

#include "../../rules/api_model.h"
#include "../../rules/irql_contract.h"
#include "../../rules/irql_facts.h"
#include "../../rules/rule.h"
#include "../../rules/rule_docs.h"
#include "../cache/unit_codec.h"
#include "../diag/source_text.h"
#include "../program/program.h"
#include "../util/xalloc.h"
#include "parse_pool.h"

#include <limits.h>
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

/* Every rule the tool can report: the rules and unused suppressions.
 * (Clang's errors are not findings of a rule: see diag_add_compile_error.) */
void collect_rule_infos(const diag_rule_info ***out, unsigned *count) {
  *count = rules_count + 1;
  *out = xmalloc(sizeof(diag_rule_info *) * *count);
  for (unsigned i = 0; i < rules_count; i++)
    (*out)[i] = rules_all[i]->info;
  (*out)[rules_count] = &diag_unused_suppression_rule;
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
 * A unit whose cache entry is current is decoded from it; the others are
 * parsed and lowered to the IR by `-j` worker processes (parse_pool.h),
 * which answer with the same encoding, stored in the cache on the way.
 * Results are kept per unit and taken in job order -- functions into the
 * program, diagnostics into the run's engine -- so the program, and so
 * every summary and finding, is the same whatever the number of workers
 * and whatever came from the cache. The whole-program analysis runs after
 * that, in this process. */

typedef struct unit_result {
  diag_engine *diag; /* clang's errors for this unit */
  cfg_function **fns;
  size_t fn_count;
  char *error;    /* the unit could not be analyzed */
  int incomplete; /* ... because of a crash, a hang or an internal error */
} unit_result;

typedef struct scan {
  fe_job *jobs;
  unsigned job_count;
  arena **arenas;
  unit_result *results;
  unit_cache *cache;
  uint8_t (*keys)[SHA256_DIGEST_SIZE];
  unsigned char *keyed;
  unsigned done;
  int progress;
} scan;

unsigned api_callee_flags(void *ctx, const char *callee) {
  (void)ctx;
  if (api_model_is_assertion_macro(callee))
    return FE_NAME_ASSERTION_MACRO;
  const api_routine *row = api_model_lookup(callee);
  /* a routine with no documented IRQL of its own may be what a documented
   * macro expands to (`ObDereferenceObject(x)` is
   * `ObfDereferenceObject(x)`, `IoReleaseRemoveLock(l, t)`
   * `IoReleaseRemoveLockEx(l, t, …)`): the macros it was written through
   * are looked up in the table too (irql_fact_of_call) */
  if (!row)
    return irql_fact_lookup(callee) ? 0 : FE_CALLEE_WANTS_MACRO_CHAIN;
  unsigned flags = FE_CALLEE_WANTS_MACRO_CHAIN;
  if (row->op == API_OP_NO_RETURN)
    flags |= FE_CALLEE_NO_RETURN;
  if (row->op == API_OP_GET_IRQL)
    flags |= FE_CALLEE_READS_IRQL;
  if (row->op == API_OP_GET_THREAD)
    flags |= FE_CALLEE_READS_THREAD;
  if (row->op == API_OP_LIST_IS_EMPTY)
    flags |= FE_CALLEE_TESTS_LIST_EMPTY;
  /* a routine with no lock or IRQL action (API_OP_CALL: ExAllocatePool…
   * with quota raises on failure) or one that ends the path by raising
   * (ExRaiseStatus) may raise */
  if (row->op != API_OP_CALL && row->op != API_OP_NO_RETURN)
    flags |= FE_CALLEE_RAISES_NO_EXCEPTION;
  return flags;
}

static void unit_finished(scan *s, unsigned j) {
  s->done++;
  if (s->progress)
    fprintf(stderr, "\r\033[K[%u/%u] %s", s->done, s->job_count,
            s->jobs[j].file);
}

static int decode_unit(scan *s, unsigned j, const uint8_t *data, size_t size) {
  unit_result *r = &s->results[j];
  return unit_decode(data, size, j, s->arenas[j], rule_info_named, r->diag,
                     &r->fns, &r->fn_count);
}

/* Did the parse fail to find a file it includes? Such a unit is not
 * stored: the missing header is not among the files it read, so creating
 * it would not make the entry stale. (Other clang errors are stored: they
 * come from the files it read, whose changes are seen.) */
static int names_missing_file(const diag_engine *unit) {
  for (unsigned i = 0; i < diag_compile_error_count(unit); i++)
    if (strstr(diag_compile_error_at(unit, i)->message, "file not found"))
      return 1;
  return 0;
}

static void unit_parsed(void *ctx, unsigned j, const parse_outcome *o) {
  scan *s = ctx;
  unit_result *r = &s->results[j];
  if (o->status != PARSE_OK) {
    r->error = xstrdup(o->error);
    r->incomplete = o->status != PARSE_NOT_PARSED;
  } else if (decode_unit(s, j, o->unit, o->unit_size) != 0) {
    r->error = xasprintf("internal error: the parse of '%s' could not be "
                         "read back; its findings are missing",
                         s->jobs[j].file);
    r->incomplete = 1;
  } else if (s->cache && s->keyed[j] && !names_missing_file(r->diag)) {
    unit_cache_store(s->cache, s->keys[j], o->inclusions, o->inclusion_count,
                     o->unit, o->unit_size);
  }
  unit_finished(s, j);
}

/* The units the cache answers for; the others are left in todo. */
static unsigned load_cached_units(scan *s, unsigned *todo) {
  unsigned todo_count = 0;
  for (unsigned j = 0; j < s->job_count; j++) {
    if (s->cache && unit_cache_key(s->cache, &s->jobs[j], s->keys[j]) == 0) {
      s->keyed[j] = 1;
      size_t size = 0;
      uint8_t *data = unit_cache_load(s->cache, s->keys[j], &size);
      int decoded = data && decode_unit(s, j, data, size) == 0;
      if (data && !decoded)
        unit_cache_reject(s->cache, s->keys[j]);
      free(data);
      if (decoded) {
        unit_finished(s, j);
        continue;
      }
    }
    todo[todo_count++] = j;
  }
  return todo_count;
}

unsigned default_job_count(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (unsigned)n : 1;
}

int run_identity(const irqlint_config *cfg,
                 uint8_t identity[SHA256_DIGEST_SIZE]) {
  sha256_ctx ctx;
  sha256_init(&ctx);
  sha256_update(&ctx, IRQLINT_VERSION, sizeof IRQLINT_VERSION);
  /* the binary itself: a rebuilt irqlint may build different IR */
  uint8_t digest[SHA256_DIGEST_SIZE];
  if (sha256_file("/proc/self/exe", digest) != 0)
    return -1;
  sha256_update(&ctx, digest, sizeof digest);
  char *version = fe_libclang_version();
  sha256_update(&ctx, version, strlen(version) + 1);
  free(version);
  /* the configuration's routines change the IR (what a call means) */
  if (cfg->path) {
    if (sha256_file(cfg->path, digest) != 0)
      return -1;
    sha256_update(&ctx, digest, sizeof digest);
  }
  sha256_final(&ctx, identity);
  return 0;
}

int analyze_program_jobs(const options *o, fe_job *jobs, unsigned job_count,
                         unit_cache *cache, diag_engine *diag, FILE *dump_out,
                         lock_analysis_stats *stats, int progress) {
  program *prog = program_create();
  scan s;
  memset(&s, 0, sizeof s);
  s.jobs = jobs;
  s.job_count = job_count;
  s.progress = progress;
  s.cache = cache;
  s.arenas = xcalloc(job_count + 1, sizeof(arena *));
  s.results = xcalloc(job_count + 1, sizeof(unit_result));
  s.keys = xcalloc(job_count + 1, sizeof *s.keys);
  s.keyed = xcalloc(job_count + 1, 1);
  for (unsigned j = 0; j < job_count; j++) {
    s.arenas[j] = program_unit_arena(prog); /* in job order */
    s.results[j].diag = diag_engine_create();
  }
  (void)api_model_lookup(""); /* sorts the table once, before forking */
  unsigned *todo = xcalloc(job_count + 1, sizeof(unsigned));
  unsigned todo_count = load_cached_units(&s, todo);
  parse_pool_options pool = {o->jobs ? o->jobs : default_job_count(),
                             o->file_timeout, o->in_process, api_callee_flags};
  parse_pool_run(jobs, todo, todo_count, &pool, unit_parsed, &s);
  free(todo);
  if (progress)
    fputs("\r\033[K", stderr);

  int outcome = 0;
  for (unsigned j = 0; j < job_count; j++) {
    unit_result *r = &s.results[j];
    diag_add_source_file(diag, jobs[j].file);
    /* clang's errors keep the unit they came through, named as clang
     * names the files it reads (absolute when the job has a directory) */
    char cwd[PATH_MAX];
    const char *dir = jobs[j].directory         ? jobs[j].directory
                      : getcwd(cwd, sizeof cwd) ? cwd
                                                : NULL;
    char *unit = path_in_dir(dir, jobs[j].file);
    diag_engine_absorb_unit(diag, r->diag, unit);
    free(unit);
    if (r->error) {
      input_error(r->error);
      diag_add_failure(diag, jobs[j].file, r->error);
      free(r->error);
      outcome |= r->incomplete ? RUN_INCOMPLETE : RUN_INPUT_FAILED;
    }
    for (size_t k = 0; k < r->fn_count; k++) {
      /* a project header's function once, however many units include it */
      cfg_function *fn = program_add_function(prog, r->fns[k]);
      /* for `irqlint: ignore-function[...]` */
      if (fn)
        diag_add_function(diag, fn->loc.file, fn->name, fn->loc.line,
                          fn->body_end.line ? fn->body_end.line : fn->loc.line);
    }
    free(r->fns);
  }
  free(s.results);
  free(s.arenas);
  free(s.keys);
  free(s.keyed);
  if (o->dump_cfg) {
    program_dump_cfg(prog, dump_out);
  } else {
    program_options popts = {o->dump_state ? dump_out : NULL,
                             o->dump_summary ? dump_out : NULL,
                             o->dump_calls ? dump_out : NULL, stats};
    program_analyze(prog, diag, &popts);
  }
  program_destroy(prog);
  return outcome;
}

int find_run_wdk(const options *o, const irqlint_config *cfg, wdk_layout *out) {
  /* the command line's kit wins, with its own version choice */
  const char *dir = o->wdk_dir ? o->wdk_dir : cfg->wdk;
  const char *version = o->wdk_version ? o->wdk_version
                        : o->wdk_dir   ? NULL
                                       : cfg->wdk_version;
  if (!dir) {
    if (o->wdk_version)
      usage_error("--wdk-version needs a WDK: name it with --wdk=<dir>%s", "");
    return 0;
  }
  char *error = NULL;
  if (wdk_find(dir, version, out, &error) != 0) {
    input_error(error);
    free(error);
    return -1;
  }
  return 1;
}

int prepare_jobs(const options *o, fe_job *jobs, unsigned job_count,
                 const irqlint_config *cfg, const wpp_options *const *wpp,
                 const mof_headers *const *mof, const msgc_inputs *const *msgc,
                 fe_header_overlay **overlay) {
  wdk_layout wdk;
  int have_wdk = find_run_wdk(o, cfg, &wdk);
  if (have_wdk < 0)
    return -1;
  for (unsigned j = 0; j < job_count; j++)
    complete_job_args(&jobs[j],
                      !o->no_bundled_headers && cfg->bundled_headers != 0,
                      have_wdk ? &wdk : NULL, cfg);
  if (have_wdk)
    wdk_free(&wdk);
  set_project_roots(jobs, job_count, cfg);
  wpp_plan *plan = wpp_plan_build(jobs, job_count, wpp);
  mof_plan *wmi = mof ? mof_plan_build(jobs, job_count, mof) : NULL;
  if (wmi && !o->quiet)
    mof_plan_notes(wmi, stderr);
  msgc_plan *mc = msgc ? msgc_plan_build(jobs, job_count, msgc) : NULL;
  int status = add_header_overlay(jobs, job_count, plan, wmi, mc, overlay);
  msgc_plan_free(mc);
  mof_plan_free(wmi);
  wpp_plan_free(plan);
  return status;
}

void run_and_finish(const options *o, fe_job *jobs, unsigned job_count,
                    const irqlint_config *cfg, FILE *dump_out,
                    unit_cache *cache, lock_analysis_stats *stats, int progress,
                    finished_run *out) {
  out->diag = diag_engine_create();
  apply_config(cfg, out->diag);
  apply_rule_choices(o, out->diag);
  int outcome = analyze_program_jobs(o, jobs, job_count, cache, out->diag,
                                     dump_out, stats, progress);
  out->failed = (outcome & RUN_INPUT_FAILED) != 0;
  out->incomplete = (outcome & RUN_INCOMPLETE) != 0;
  out->source_root = find_source_root(o->source_root);
  out->sources = source_cache_create();
  char *bundled_root = bundled_wdk_root();
  diag_finish_options finish = {out->source_root, bundled_root, out->sources,
                                o->strict || cfg->strict == 1,
                                rule_for_ca_warning};
  diag_engine_finish(out->diag, &finish);
  free(bundled_root);
}

void finished_run_free(finished_run *r) {
  diag_engine_destroy(r->diag);
  source_cache_destroy(r->sources);
  free(r->source_root);
  memset(r, 0, sizeof *r);
}
