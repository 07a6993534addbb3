/* irqlint's command line: option parsing, the configuration, running the
 * analysis over the jobs (jobs.c, run.c), and handing the findings to the
 * chosen writer, with baselines and the exit status; `--lsp` hands over
 * to the language server (lsp.c).
 *
 * Exit codes: 0 no findings (at or above --fail-on), 1 findings (or clang
 * errors, under --fail-on=compile-error), 2 usage
 * or input error (unknown option, missing file, unusable
 * compile_commands.json or .irqlint.yaml, an unreadable project or
 * solution (project.c), a translation unit libclang
 * could not parse at all, an unreadable baseline). */
#define _XOPEN_SOURCE 700 /* isatty */

#include "../../rules/irql_contract.h"
#include "../../rules/irql_facts.h"
#include "../../rules/rule.h"
#include "../diag/baseline.h"
#include "../diag/source_text.h"
#include "../util/xalloc.h"
#include "cli.h"
#include "lsp.h"
#include "project.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char usage_text[] =
    "USAGE: irqlint [options] <file>... [-- <compiler args>]\n"
    "       irqlint -p <build-dir> [options] [<file>...]\n"
    "       irqlint [options] <driver.vcxproj | Drivers.sln>...\n"
    "\n"
    "Finds spin-lock and IRQL misuse in Windows kernel driver C code.\n"
    "\n";
/* in parts: C11 compilers need only take 4095-character strings */
static const char usage_options[] =
    "OPTIONS:\n"
    "  -p <build-dir>        read compile commands from\n"
    "                        <build-dir>/compile_commands.json; with no "
    "files,\n"
    "                        analyze every entry\n"
    "  --configuration=<c>   the configuration of .vcxproj and .sln inputs\n"
    "                        (Debug, Release, ...)\n"
    "  --platform=<p>        their platform (x64, ARM64, Win32); without\n"
    "                        either: Release|x64 if declared, else the first\n"
    "                        configuration declared (docs/projects.md)\n"
    "  --format=<fmt>        output format: text (default), sarif, json, or\n"
    "                        html (a report directory: needs --output)\n"
    "  --output=<file>       write findings to <file> instead of stdout\n"
    "  --list-rules          list the rules (id, default level, summary)\n"
    "  --enable=<ids>        turn rules on (comma-separated ids, or all)\n"
    "  --disable=<ids>       turn rules off (applied in order with\n"
    "                        --enable)\n"
    "  --fail-on=<what>      exit 1 only for findings at or above note\n"
    "                        (default), warning or error; add\n"
    "                        compile-error (e.g. warning,compile-error)\n"
    "                        to exit 1 when clang could not compile\n"
    "                        some code too\n"
    "  --show-compile-errors print clang's errors as errors among the\n"
    "                        findings (text output; JSON and SARIF always\n"
    "                        hold them); without it one line on stderr\n"
    "                        sums them up\n"
    "  --baseline=<file>     report only findings not in <file> (an\n"
    "                        earlier JSON output or --write-baseline)\n"
    "  --write-baseline=<file>\n"
    "                        record this run's findings in <file>\n"
    "  --source-root=<dir>   root that file names in SARIF, JSON and\n"
    "                        fingerprints are relative to (default: the\n"
    "                        enclosing git work tree, else the current\n"
    "                        directory)\n"
    "  --config-file=<file>  read the configuration from <file> instead of\n"
    "                        the nearest .irqlint.yaml above the sources\n"
    "  --dump-config         print the configuration in effect and exit\n"
    "  -j <n>, --jobs=<n>    parse <n> files at a time (default: one per\n"
    "                        core); the output does not depend on it\n"
    "  --cache-dir=<dir>     reuse the parse of files (and every header they\n"
    "                        include) unchanged since an earlier run, kept\n"
    "                        in <dir> (default with -p: <build-dir>/\n"
    "                        .irqlint-cache)\n"
    "  --no-cache            parse every file, read and write no cache\n"
    "  --file-timeout=<s>    give up on a file whose parse takes longer than\n"
    "                        <s> seconds (default 300; 0: no limit)\n";
static const char usage_options_more[] =
    "  --lsp                 run as a Language Server Protocol server on\n"
    "                        stdin/stdout (diagnostics on open and save)\n"
    "  --strict              also report irqlint suppression comments\n"
    "                        that suppress nothing\n"
    "  --quiet               no progress or summary lines on stderr\n"
    "  --dump-cfg            print each function's control-flow graph, role,\n"
    "                        annotations and pageability\n"
    "  --dump-state          print the entry IRQL, and the locks held and the\n"
    "                        IRQL at the entry of each block\n"
    "  --dump-summary        print each function's summary: the locks it\n"
    "                        returns holding or releases for its caller, the\n"
    "                        IRQL it requires, what it reaches\n"
    "  --dump-calls          print each call of a routine the program does\n"
    "                        not define, with where its IRQL bound comes\n"
    "                        from: api-model, annotation, documentation,\n"
    "                        inline or none\n"
    "  --dump-irql-facts [routine...]\n"
    "                        print the documented IRQL table\n"
    "                        (rules/irql_facts.def), or the bound of each\n"
    "                        routine named, and exit\n"
    "  --no-bundled-headers  do not add irqlint's WDK model headers\n"
    "                        (include/wdk) after the include paths; use\n"
    "                        when the compile commands name a real WDK\n"
    "  --wdk=<dir>           use a real WDK instead of the bundled headers:\n"
    "                        a Windows Kits root (.../Windows Kits/10) or\n"
    "                        an extracted EWDK (docs/wdk.md)\n"
    "  --wdk-version=<v>     its Include/<v> (default: the newest)\n"
    "  --stats               print analysis statistics on stderr (how often\n"
    "                        the per-block state bound forced a merge)\n"
    "  --version             print version information\n";
static const char usage_status[] =
    "  --help                print this help\n"
    "\n"
    "Without -p or --, and for compile commands that name no target, the\n"
    "code is parsed as Windows driver code:\n"
    "  --target=x86_64-pc-windows-msvc -fms-extensions -fms-compatibility\n"
    "  -D_AMD64_ -D_WIN64 -D_KERNEL_MODE=1\n"
    "A .vcxproj is read as MSBuild would read it (its C sources, their\n"
    "defines and include directories, plus what the WDK adds for a\n"
    "kernel-mode driver; --dump-config shows it); a .sln stands for its\n"
    "kernel-mode driver projects.\n"
    "\n"
    "Exit status: 0 no findings (at or above --fail-on), 1 findings (or\n"
    "clang errors under --fail-on=compile-error),\n"
    "2 usage or input error, 3 the scan is incomplete (a file crashed the\n"
    "parser or hit --file-timeout; the other files' findings are reported).\n";

/* Accepts "--name=value" and "--name value"; returns the value or NULL
 * when arg is not this option. */
static const char *option_value(int argc, char **argv, int *i,
                                const char *name) {
  size_t n = strlen(name);
  const char *arg = argv[*i];
  if (strncmp(arg, name, n) != 0)
    return NULL;
  if (arg[n] == '=')
    return arg + n + 1;
  if (arg[n] == '\0') {
    if (*i + 1 >= argc)
      usage_error("option '%s' needs a value", name);
    return argv[++*i];
  }
  return NULL;
}

/* An unknown rule id in --enable/--disable is a usage error: a typo must
 * not silently leave a rule on. */
static void check_rule_ids(const char *ids, const char *option) {
  const char *id;
  size_t n;
  for (const char *p = ids; next_rule_id(&p, &id, &n);)
    if (!rule_id_is_all(id, n) && !rule_info_named(id, n)) {
      char *copy = xstrndup(id, n);
      char *msg = xasprintf("unknown rule '%s' in %.*s (see --list-rules)",
                            copy, (int)strcspn(option, "="), option);
      usage_error("%s", msg);
    }
}

/* A whole decimal number from min to max, or a usage error. */
static unsigned number_option(const char *value, long min, long max,
                              const char *error_format) {
  char *end;
  long n = strtol(value, &end, 10);
  if (!*value || *end || n < min || n > max)
    usage_error(error_format, value);
  return (unsigned)n;
}

/* --fail-on=<level>[,compile-error]: a level for findings, and whether
 * clang errors fail the run too (a separate dimension: they are not
 * findings, and have no level to compare). Either part may come alone. */
static void parse_fail_on(const char *value, options *o) {
  const char *item;
  size_t n;
  int levels = 0;
  if (!*value)
    usage_error("--fail-on needs a level (note, warning or error) or "
                "compile-error%s",
                "");
  for (const char *p = value; next_rule_id(&p, &item, &n);) {
    static const char *const levels_named[] = {"note", "warning", "error"};
    int level = -1;
    for (int l = 0; l < 3; l++)
      if (strlen(levels_named[l]) == n &&
          strncmp(item, levels_named[l], n) == 0)
        level = l;
    if (level >= 0 && !levels++) {
      o->fail_on = (diag_level)level;
    } else if (n == 13 && strncmp(item, "compile-error", n) == 0) {
      o->fail_on_compile_error = 1;
    } else {
      char *copy = xstrndup(item, n);
      usage_error(level >= 0
                      ? "--fail-on takes one level, not also '%s'"
                      : "unknown value '%s' for --fail-on (expected note, "
                        "warning, error, or compile-error)",
                  copy);
    }
  }
}

static void parse_options(int argc, char **argv, options *o) {
  memset(o, 0, sizeof *o);
  o->format = DIAG_FORMAT_TEXT;
  o->fail_on = DIAG_LEVEL_NOTE;
  o->file_timeout = 300;
  o->rule_choices = xcalloc((size_t)argc + 1, sizeof(rule_choice));
  o->files = xcalloc((size_t)argc + 1, sizeof(char *));
  o->compiler_args = xcalloc((size_t)argc + 1, sizeof(char *));
  for (int i = 1; i < argc; i++) {
    const char *arg = argv[i];
    const char *value;
    if (strcmp(arg, "--") == 0) {
      o->has_double_dash = 1;
      for (int k = i + 1; k < argc; k++)
        o->compiler_args[o->compiler_arg_count++] = argv[k];
      break;
    }
    if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0 ||
        strcmp(arg, "-help") == 0) {
      fputs(usage_text, stdout);
      fputs(usage_options, stdout);
      fputs(usage_options_more, stdout);
      fputs(usage_status, stdout);
      exit(EXIT_CLEAN);
    }
    if (strcmp(arg, "--version") == 0 || strcmp(arg, "-version") == 0) {
      printf("irqlint version %s\n", IRQLINT_VERSION);
      exit(EXIT_CLEAN);
    }
    if ((value = option_value(argc, argv, &i, "-p")) ||
        (value = option_value(argc, argv, &i, "--build-path"))) {
      o->build_dir = value;
      continue;
    }
    if ((value = option_value(argc, argv, &i, "--configuration"))) {
      if (!*value)
        usage_error("--configuration needs a name (Debug, Release, ...)%s", "");
      o->configuration = value;
      continue;
    }
    if ((value = option_value(argc, argv, &i, "--platform"))) {
      if (!*value)
        usage_error("--platform needs a name (x64, ARM64, Win32)%s", "");
      o->platform = value;
      continue;
    }
    if ((value = option_value(argc, argv, &i, "--format"))) {
      if (strcmp(value, "text") == 0)
        o->format = DIAG_FORMAT_TEXT;
      else if (strcmp(value, "sarif") == 0)
        o->format = DIAG_FORMAT_SARIF;
      else if (strcmp(value, "json") == 0)
        o->format = DIAG_FORMAT_JSON;
      else if (strcmp(value, "html") == 0)
        o->format = DIAG_FORMAT_HTML;
      else
        usage_error("unknown output format '%s' (expected text, sarif, json "
                    "or html)",
                    value);
      continue;
    }
    if ((value = option_value(argc, argv, &i, "--enable")) ||
        (value = option_value(argc, argv, &i, "--disable"))) {
      rule_choice c = {value, strncmp(arg, "--enable", 8) == 0};
      check_rule_ids(value, arg);
      o->rule_choices[o->rule_choice_count++] = c;
      continue;
    }
    if ((value = option_value(argc, argv, &i, "--fail-on"))) {
      parse_fail_on(value, o);
      continue;
    }
    if (strcmp(arg, "--show-compile-errors") == 0) {
      o->show_compile_errors = 1;
      continue;
    }
    if ((value = option_value(argc, argv, &i, "--baseline"))) {
      o->baseline = value;
      continue;
    }
    if ((value = option_value(argc, argv, &i, "--write-baseline"))) {
      o->write_baseline = value;
      continue;
    }
    if ((value = option_value(argc, argv, &i, "--source-root"))) {
      o->source_root = value;
      continue;
    }
    if (strcmp(arg, "--strict") == 0) {
      o->strict = 1;
      continue;
    }
    if (strcmp(arg, "--quiet") == 0 || strcmp(arg, "-q") == 0) {
      o->quiet = 1;
      continue;
    }
    if (strcmp(arg, "--list-rules") == 0) {
      o->list_rules = 1;
      continue;
    }
    if ((value = option_value(argc, argv, &i, "--config-file"))) {
      o->config_file = value;
      continue;
    }
    if (strcmp(arg, "--dump-config") == 0) {
      o->dump_config = 1;
      continue;
    }
    if ((value = option_value(argc, argv, &i, "--jobs")) ||
        (strncmp(arg, "-j", 2) == 0 && arg[2] && (value = arg + 2)) ||
        (value = option_value(argc, argv, &i, "-j"))) {
      o->jobs = number_option(
          value, 1, 1024, "-j needs a number of jobs from 1 to 1024, not '%s'");
      continue;
    }
    if ((value = option_value(argc, argv, &i, "--cache-dir"))) {
      if (!*value)
        usage_error("--cache-dir needs a directory%s", "");
      o->cache_dir = value;
      o->cache_dir_given = 1;
      continue;
    }
    if (strcmp(arg, "--no-cache") == 0) {
      o->no_cache = 1;
      continue;
    }
    if ((value = option_value(argc, argv, &i, "--file-timeout"))) {
      o->file_timeout = number_option(value, 0, 86400,
                                      "--file-timeout needs a number of "
                                      "seconds from 0 (no limit) to 86400, "
                                      "not '%s'");
      continue;
    }
    if (strcmp(arg, "--lsp") == 0) {
      o->lsp = 1;
      continue;
    }
    if ((value = option_value(argc, argv, &i, "--output")) ||
        (value = option_value(argc, argv, &i, "-o"))) {
      o->output = value;
      continue;
    }
    if (strcmp(arg, "--dump-cfg") == 0) {
      o->dump_cfg = 1;
      continue;
    }
    if (strcmp(arg, "--dump-state") == 0) {
      o->dump_state = 1;
      continue;
    }
    if (strcmp(arg, "--dump-summary") == 0) {
      o->dump_summary = 1;
      continue;
    }
    if (strcmp(arg, "--dump-calls") == 0) {
      o->dump_calls = 1;
      continue;
    }
    if (strcmp(arg, "--dump-irql-facts") == 0) {
      o->dump_irql_facts = 1;
      continue;
    }
    if (strcmp(arg, "--stats") == 0) {
      o->print_stats = 1;
      continue;
    }
    if (strcmp(arg, "--no-bundled-headers") == 0) {
      o->no_bundled_headers = 1;
      continue;
    }
    if ((value = option_value(argc, argv, &i, "--wdk-version"))) {
      if (!*value)
        usage_error("--wdk-version needs a version (10.0.22621.0, ...)%s", "");
      o->wdk_version = value;
      continue;
    }
    if ((value = option_value(argc, argv, &i, "--wdk"))) {
      if (!*value)
        usage_error("--wdk needs a directory%s", "");
      o->wdk_dir = value;
      continue;
    }
    if (arg[0] == '-' && arg[1] != '\0')
      usage_error("unknown option '%s'", arg);
    o->files[o->file_count++] = argv[i];
  }
}

static int run_jobs(const options *o, fe_job **jobs_out,
                    unsigned *job_count_out);
static int analyze_jobs(const options *o, fe_job *jobs, unsigned job_count,
                        const irqlint_config *cfg);

static void list_rules(void) {
  const diag_rule_info **infos;
  unsigned count;
  collect_rule_infos(&infos, &count);
  for (unsigned i = 0; i < count; i++)
    printf("%-24s %-8s %s\n", infos[i]->id, diag_level_name(infos[i]->level),
           infos[i]->short_desc);
  free(infos);
}

/* --dump-irql-facts: the table's rows, or for each routine named the
 * bound irqlint gives a call of it when its declaration says nothing: the
 * API model's row, else the table's, else none. One line each:
 * `routine lowest highest source`. */
static void dump_irql_facts(char **names, unsigned count) {
  for (unsigned i = 0; i < (count ? count : irql_fact_count()); i++) {
    const char *name = count ? names[i] : irql_fact_at(i)->routine;
    const api_routine *row = api_model_lookup(name);
    const irql_fact *fact = irql_fact_lookup(name);
    if (row)
      printf("%s %s %s api-model\n", name,
             irql_level_short_name((irql_level)row->irql_min),
             irql_level_short_name((irql_level)row->irql_max));
    else if (fact)
      printf("%s %s %s %s\n", name,
             irql_level_short_name((irql_level)fact->min),
             irql_level_short_name((irql_level)fact->max), fact->url);
    else
      printf("%s none\n", name);
  }
}

static void options_free(options *o) {
  free(o->files);
  free(o->compiler_args);
  free(o->rule_choices);
}

int main(int argc, char **argv) {
  options o;
  parse_options(argc, argv, &o);
  if (o.list_rules) {
    list_rules();
    options_free(&o);
    return EXIT_CLEAN;
  }
  if (o.dump_irql_facts) {
    dump_irql_facts(o.files, o.file_count);
    options_free(&o);
    return EXIT_CLEAN;
  }
  if (o.lsp) {
    int lsp_status = lsp_serve(&o, stdin, stdout);
    options_free(&o);
    arena_free_spares();
    return lsp_status;
  }
  if (o.file_count == 0 && !o.build_dir && !o.dump_config)
    usage_error("no input files%s", "");
  if (o.format == DIAG_FORMAT_HTML && !o.output)
    usage_error("--format=html writes a directory: name it with "
                "--output=<dir>%s",
                "");

  /* the cache is on by default for a build directory's database */
  char *default_cache_dir = NULL;
  if (o.no_cache)
    o.cache_dir = NULL;
  else if (!o.cache_dir && o.build_dir)
    o.cache_dir = default_cache_dir =
        xasprintf("%s/.irqlint-cache", o.build_dir);

  fe_job *jobs = NULL;
  unsigned job_count = 0;
  int status = run_jobs(&o, &jobs, &job_count);
  free(default_cache_dir);
  for (unsigned j = 0; j < job_count; j++)
    fe_job_free(&jobs[j]);
  free(jobs);
  options_free(&o);
  arena_free_spares();
  return status;
}

/* Findings that fail the run: not suppressed, at or above --fail-on. */
static unsigned failing_findings(const diag_engine *diag, diag_level fail_on) {
  unsigned n = 0;
  for (unsigned i = 0; i < diag_finding_count(diag); i++) {
    const diag_finding *f = diag_finding_at(diag, i);
    n += !f->suppressed && f->level >= fail_on;
  }
  return n;
}

static int write_findings(const char *path, const diag_writer *writer,
                          const diag_engine *diag, const diag_tool_info *tool) {
  FILE *f = fopen(path, "wb");
  if (!f) {
    char *msg = xasprintf("cannot write '%s': %s", path, strerror(errno));
    input_error(msg);
    free(msg);
    return -1;
  }
  int rc = writer->write(f, diag, tool);
  if (fclose(f) != 0 || rc != 0) {
    char *msg = xasprintf("cannot write '%s'", path);
    input_error(msg);
    free(msg);
    return -1;
  }
  return 0;
}

static void print_yaml_list(const char *key, char **items, unsigned count) {
  printf("  %s:", key);
  if (!count)
    fputs(" []", stdout);
  for (unsigned i = 0; i < count; i++)
    printf("\n    - \"%s\"", items[i]);
  fputc('\n', stdout);
}

/* --dump-config: the configuration in effect, as YAML that could be saved
 * as .irqlint.yaml (every rule listed, options applied, and the real WDK's
 * directories found). 0, or -1 after an input error (an unusable WDK). */
static int dump_config(const options *o, const irqlint_config *cfg) {
  wdk_layout wdk;
  int have_wdk = find_run_wdk(o, cfg, &wdk);
  if (have_wdk < 0)
    return -1;
  printf("# irqlint %s configuration, from %s\n", IRQLINT_VERSION,
         cfg->path ? cfg->path : "defaults (no .irqlint.yaml found)");
  diag_engine *settings = diag_engine_create();
  apply_config(cfg, settings);
  apply_rule_choices(o, settings);
  const diag_rule_info **infos;
  unsigned count;
  collect_rule_infos(&infos, &count);
  fputs("rules:\n", stdout);
  for (unsigned i = 0; i < count; i++)
    printf("  %s: %s\n", infos[i]->id,
           diag_rule_enabled(settings, infos[i]->id)
               ? diag_level_name(diag_rule_level(settings, infos[i]))
               : "off");
  free(infos);
  diag_engine_destroy(settings);
  fputs("routines:", stdout);
  if (!cfg->routine_count)
    fputs(" []", stdout);
  for (unsigned i = 0; i < cfg->routine_count; i++) {
    printf("\n  - name: %s\n    like: %s", cfg->routines[i].name,
           cfg->routines[i].like);
    if (cfg->routines[i].lock_argument >= 0)
      printf("\n    lock-argument: %d", cfg->routines[i].lock_argument);
  }
  fputs("\nfunctions:", stdout);
  if (!cfg->function_count)
    fputs(" {}", stdout);
  for (unsigned i = 0; i < cfg->function_count; i++)
    printf("\n  %s: %s", cfg->functions[i].name,
           irql_level_short_name((irql_level)cfg->functions[i].level));
  printf("\nheaders:\n  bundled: %s\n",
         !have_wdk && !o->no_bundled_headers && cfg->bundled_headers != 0
             ? "true"
             : "false");
  print_yaml_list("include", cfg->includes, cfg->include_count);
  print_yaml_list("defines", cfg->defines, cfg->define_count);
  if (have_wdk) {
    printf("  wdk: \"%s\"\n  wdk-version: \"%s\"\n", wdk.root, wdk.version);
    /* what the jobs get, in order (the KMDF one: the newest, or the
     * project's version) */
    fputs("  # searched after the include paths:\n", stdout);
    for (unsigned i = 0; i < wdk.dir_count; i++)
      printf("  #   %s\n", wdk.dirs[i]);
    for (unsigned i = 0; i < wdk.kmdf_count; i++)
      printf("  #   %s%s\n", wdk.kmdf_dirs[i],
             i ? "" : " (KMDF: unless a project names another version)");
    wdk_free(&wdk);
  }
  printf("strict: %s\n", o->strict || cfg->strict == 1 ? "true" : "false");
  return 0;
}

/* Are the inputs projects or solutions? Mixed with source files or -p
 * they are a usage error: a project says which files to analyze. */
static int project_inputs(const options *o) {
  unsigned projects = 0;
  for (unsigned i = 0; i < o->file_count; i++)
    projects += project_is_input(o->files[i]) != 0;
  if (projects && (projects != o->file_count || o->build_dir))
    usage_error("a .vcxproj or .sln names the files to analyze: give it "
                "without source files or -p%s",
                "");
  if (!projects && (o->configuration || o->platform))
    usage_error("--configuration and --platform apply to .vcxproj and .sln "
                "inputs%s",
                "");
  return projects != 0;
}

/* The jobs of the projects named, with the compiler arguments after --. */
static project_set *project_jobs(const options *o, fe_job **jobs,
                                 unsigned *count) {
  char *error = NULL;
  project_set *set = project_set_load(o->files, o->file_count, o->configuration,
                                      o->platform, o->quiet, &error);
  if (!set) {
    input_error(error);
    free(error);
    return NULL;
  }
  project_set_jobs(set, jobs, count);
  for (unsigned j = 0; j < *count; j++) {
    fe_job *job = &(*jobs)[j];
    job->args =
        xrealloc(job->args,
                 (job->arg_count + o->compiler_arg_count + 1) * sizeof(char *));
    for (unsigned k = 0; k < o->compiler_arg_count; k++)
      job->args[job->arg_count++] = xstrdup(o->compiler_args[k]);
  }
  return set;
}

static int run_jobs(const options *o, fe_job **jobs_out,
                    unsigned *job_count_out) {
  irqlint_config cfg;
  int projects = project_inputs(o);
  if (o->dump_config && o->file_count == 0 && !o->build_dir) {
    if (load_config(o, NULL, 0, &cfg) != 0)
      return EXIT_INPUT_ERROR;
    int rc = dump_config(o, &cfg);
    config_free(&cfg);
    return rc ? EXIT_INPUT_ERROR : EXIT_CLEAN;
  }
  project_set *set = NULL;
  if (projects) {
    if (!(set = project_jobs(o, jobs_out, job_count_out)))
      return EXIT_INPUT_ERROR;
  } else if (build_jobs(o, jobs_out, job_count_out) != 0) {
    return EXIT_INPUT_ERROR;
  }
  fe_job *jobs = *jobs_out;
  unsigned job_count = *job_count_out;
  if (load_config(o, jobs, job_count, &cfg) != 0) {
    project_set_free(set);
    return EXIT_INPUT_ERROR;
  }
  const wpp_options **wpp = set ? project_set_wpp(set) : NULL;
  const mof_headers **mof = set ? project_set_mof(set) : NULL;
  const msgc_inputs **msgc = set ? project_set_msgc(set) : NULL;
  if (o->dump_config) {
    int rc = dump_config(o, &cfg);
    if (set && rc == 0)
      project_set_dump(set, stdout);
    wpp_plan *plan = wpp_plan_build(jobs, job_count, wpp);
    wpp_plan_dump(plan, stdout);
    wpp_plan_free(plan);
    mof_plan *wmi = mof ? mof_plan_build(jobs, job_count, mof) : NULL;
    mof_plan_dump(wmi, stdout);
    mof_plan_free(wmi);
    free(mof);
    msgc_plan *mc = msgc ? msgc_plan_build(jobs, job_count, msgc) : NULL;
    if (mc)
      msgc_plan_dump(mc, stdout);
    msgc_plan_free(mc);
    free(msgc);
    free(wpp);
    project_set_free(set);
    config_free(&cfg);
    return rc ? EXIT_INPUT_ERROR : EXIT_CLEAN;
  }
  fe_header_overlay *overlay = NULL;
  int prepared =
      prepare_jobs(o, jobs, job_count, &cfg, wpp, mof, msgc, &overlay);
  free(mof);
  free(msgc);
  free(wpp);
  project_set_free(set);
  int status =
      prepared != 0 ? EXIT_INPUT_ERROR : analyze_jobs(o, jobs, job_count, &cfg);
  fe_header_overlay_destroy(overlay);
  config_free(&cfg);
  return status;
}

static int analyze_jobs(const options *o, fe_job *jobs, unsigned job_count,
                        const irqlint_config *cfg) {
  FILE *out = stdout;
  /* an HTML report is a directory: --output names it */
  int html = o->format == DIAG_FORMAT_HTML && !o->dump_cfg && !o->dump_state &&
             !o->dump_summary && !o->dump_calls;
  if (o->output && !html) {
    out = fopen(o->output, "wb");
    if (!out) {
      char *msg =
          xasprintf("cannot write '%s': %s", o->output, strerror(errno));
      input_error(msg);
      free(msg);
      return EXIT_INPUT_ERROR;
    }
  }

  unit_cache *cache = NULL;
  if (o->cache_dir) {
    uint8_t identity[SHA256_DIGEST_SIZE];
    char *error = NULL;
    if (run_identity(cfg, identity) != 0)
      error = xstrdup("cannot read irqlint's own binary or configuration "
                      "to key the cache");
    else
      cache = unit_cache_open(o->cache_dir, identity, &error);
    if (!cache && o->cache_dir_given) {
      input_error(error);
      free(error);
      if (out != stdout)
        fclose(out);
      return EXIT_INPUT_ERROR;
    }
    if (!cache) { /* the default one: the scan does not need it */
      if (!o->quiet)
        fprintf(stderr, "irqlint: warning: %s; analyzing without a cache\n",
                error);
      free(error);
    }
  }

  lock_analysis_stats stats;
  memset(&stats, 0, sizeof stats);
  int progress = !o->quiet && job_count > 1 && isatty(STDERR_FILENO);
  finished_run run;
  run_and_finish(o, jobs, job_count, cfg, out, cache, &stats, progress, &run);
  diag_engine *diag = run.diag;
  int failed = run.failed;
  if (o->print_stats) {
    fprintf(stderr,
            "irqlint: stats: %lu analyses, %lu block visits, %lu state-bound "
            "merges in %lu analyses, %lu same-lockset joins, %lu analyses "
            "over the state budget\n",
            stats.functions, stats.block_visits, stats.merges,
            stats.merged_functions, stats.lockset_joins, stats.over_budget);
    if (cache) {
      const unit_cache_stats *cs = unit_cache_get_stats(cache);
      fprintf(stderr,
              "irqlint: cache: %u hits, %u misses, %u entries rejected, %u "
              "stored, %u store errors\n",
              cs->hits, cs->misses, cs->rejected, cs->stored, cs->store_errors);
    }
  }
  unit_cache_close(cache);

  int status = EXIT_CLEAN;
  if (!o->dump_cfg && !o->dump_state && !o->dump_summary && !o->dump_calls) {
    diag_tool_info tool;
    tool_info_init(&tool, run.source_root);
    if (o->write_baseline &&
        write_findings(o->write_baseline, &diag_json_writer, diag, &tool) != 0)
      status = EXIT_INPUT_ERROR;
    if (o->baseline && status == EXIT_CLEAN) {
      baseline b;
      char *error = NULL;
      if (baseline_read(o->baseline, &b, &error) != 0) {
        input_error(error);
        free(error);
        status = EXIT_INPUT_ERROR;
      } else {
        tool.has_baseline = 1;
        tool.baseline_matched =
            diag_apply_baseline(diag, (const char *const *)b.fingerprints,
                                b.count, &tool.baseline_gone);
        baseline_free(&b);
        if (!o->quiet)
          fprintf(stderr,
                  "irqlint: baseline: %u finding%s already in '%s' not "
                  "reported; %u baseline entr%s gone (fixed)\n",
                  tool.baseline_matched, tool.baseline_matched == 1 ? "" : "s",
                  o->baseline, tool.baseline_gone,
                  tool.baseline_gone == 1 ? "y" : "ies");
      }
    }
    if (status == EXIT_CLEAN && failing_findings(diag, o->fail_on) > 0)
      status = EXIT_FINDINGS;
    if (status == EXIT_CLEAN && o->fail_on_compile_error &&
        diag_compile_error_count(diag) > 0)
      status = EXIT_FINDINGS;
    if (run.incomplete)
      status = EXIT_INCOMPLETE;
    if (failed)
      status = EXIT_INPUT_ERROR;
    tool.exit_code = status;
    tool.show_compile_errors = o->show_compile_errors;
    const diag_writer *writer =
        o->format == DIAG_FORMAT_SARIF  ? &diag_sarif_writer
        : o->format == DIAG_FORMAT_JSON ? &diag_json_writer
                                        : &diag_text_writer;
    char *error = NULL;
    if (html) {
      if (diag_write_html(o->output, diag, &tool, run.sources, &error) != 0) {
        input_error(error);
        free(error);
        status = EXIT_INPUT_ERROR;
      } else if (!o->quiet) {
        fprintf(stderr, "irqlint: report written to %s/index.html\n",
                o->output);
      }
    } else if (writer->write(out, diag, &tool) != 0) {
      input_error("cannot write the findings");
      status = EXIT_INPUT_ERROR;
    }
    tool_info_free(&tool);
    /* clang's errors are a coverage problem of the run: one line */
    char *coverage = diag_compile_error_summary(
        diag, o->show_compile_errors && o->format == DIAG_FORMAT_TEXT);
    if (coverage && !o->quiet)
      fprintf(stderr, "irqlint: %s\n", coverage);
    free(coverage);
  }
  if (run.incomplete && status != EXIT_INPUT_ERROR)
    status = EXIT_INCOMPLETE;
  if (failed)
    status = EXIT_INPUT_ERROR;
  if (out != stdout && fclose(out) != 0) {
    input_error("cannot write the output file");
    status = EXIT_INPUT_ERROR;
  }
  finished_run_free(&run);
  return status;
}
