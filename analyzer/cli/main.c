/* irqlint's command line: option parsing, building the list of translation
 * units (from the command line or a compilation database), running the
 * analysis over each, and handing the findings to the chosen writer.
 *
 * Exit codes: 0 no findings, 1 findings, 2 usage or input error (unknown
 * option, missing file, unusable compile_commands.json, a translation unit
 * libclang could not parse at all). */
#define _XOPEN_SOURCE 700 /* readlink, getcwd, realpath */

#include "../../rules/api_model.h"
#include "../../rules/rule.h"
#include "../../rules/rule_docs.h"
#include "../dataflow/lock_analysis.h"
#include "../diag/baseline.h"
#include "../diag/diag.h"
#include "../diag/source_text.h"
#include "../frontend/frontend.h"
#include "../program/program.h"
#include "../util/xalloc.h"
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef IRQLINT_VERSION
#define IRQLINT_VERSION "0.0.0"
#endif
#ifndef IRQLINT_HOMEPAGE
#define IRQLINT_HOMEPAGE "https://github.com/irqlint/irqlint"
#endif
#ifndef IRQLINT_WDK_INCLUDE_DIR
#define IRQLINT_WDK_INCLUDE_DIR ""
#endif
#ifndef IRQLINT_PUBLIC_INCLUDE_DIR
#define IRQLINT_PUBLIC_INCLUDE_DIR ""
#endif
#ifndef IRQLINT_CLANG_RESOURCE_DIR
#define IRQLINT_CLANG_RESOURCE_DIR ""
#endif

enum { EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_INPUT_ERROR = 2 };

/* One --enable or --disable, in command-line order. */
typedef struct rule_choice {
  const char *ids; /* comma-separated, or "all" */
  int enable;
} rule_choice;

typedef struct options {
  const char *build_dir;
  const char *output;
  diag_format format;
  const char *source_root;
  const char *baseline;
  const char *write_baseline;
  rule_choice *rule_choices;
  unsigned rule_choice_count;
  diag_level fail_on;
  int strict, quiet, list_rules;
  const char *config_file;
  int dump_config;
  int dump_cfg, dump_state, dump_summary;
  int no_bundled_headers;
  int print_stats;
  char **files;
  unsigned file_count;
  char **compiler_args;
  unsigned compiler_arg_count;
  int has_double_dash;
} options;

static const char usage_text[] =
    "USAGE: irqlint [options] <file>... [-- <compiler args>]\n"
    "       irqlint -p <build-dir> [options] [<file>...]\n"
    "\n"
    "Finds spin-lock and IRQL misuse in Windows kernel driver C code.\n"
    "\n"
    "OPTIONS:\n"
    "  -p <build-dir>        read compile commands from\n"
    "                        <build-dir>/compile_commands.json; with no "
    "files,\n"
    "                        analyze every entry\n"
    "  --format=<fmt>        output format: text (default), sarif or json\n"
    "  --output=<file>       write findings to <file> instead of stdout\n"
    "  --list-rules          list the rules (id, default level, summary)\n"
    "  --enable=<ids>        turn rules on (comma-separated ids, or all)\n"
    "  --disable=<ids>       turn rules off (applied in order with\n"
    "                        --enable)\n"
    "  --fail-on=<level>     exit 1 only for findings at or above note\n"
    "                        (default), warning or error\n"
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
    "  --no-bundled-headers  do not add irqlint's WDK model headers\n"
    "                        (include/wdk) after the include paths; use\n"
    "                        when the compile commands name a real WDK\n"
    "  --stats               print analysis statistics on stderr (how often\n"
    "                        the per-block state bound forced a merge)\n"
    "  --version             print version information\n"
    "  --help                print this help\n"
    "\n"
    "Without -p or --, and for compile commands that name no target, the\n"
    "code is parsed as Windows driver code:\n"
    "  --target=x86_64-pc-windows-msvc -fms-extensions -fms-compatibility\n"
    "  -D_AMD64_ -D_WIN64\n"
    "\n"
    "Exit status: 0 no findings (at or above --fail-on), 1 findings,\n"
    "2 usage or input error.\n";

static void usage_error(const char *fmt, const char *arg) {
  fputs("irqlint: error: ", stderr);
  fprintf(stderr, fmt, arg);
  fputs("; see 'irqlint --help'\n", stderr);
  exit(EXIT_INPUT_ERROR);
}

static void input_error(const char *message) {
  fprintf(stderr, "irqlint: error: %s\n", message);
}

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

/* Every rule the tool can report: clang's parse errors, the rules, and
 * unused suppressions. */
static void collect_rule_infos(const diag_rule_info ***out, unsigned *count) {
  *count = rules_count + 2;
  *out = xmalloc(sizeof(diag_rule_info *) * *count);
  (*out)[0] = &fe_clang_error_rule;
  for (unsigned i = 0; i < rules_count; i++)
    (*out)[i + 1] = rules_all[i]->info;
  (*out)[rules_count + 1] = &diag_unused_suppression_rule;
}

static const diag_rule_info *rule_info_named(const char *id, size_t n) {
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

/* An unknown rule id in --enable/--disable is a usage error: a typo must
 * not silently leave a rule on. */
static void check_rule_ids(const char *ids, const char *option) {
  for (const char *p = ids; *p;) {
    const char *comma = strchr(p, ',');
    size_t n = comma ? (size_t)(comma - p) : strlen(p);
    if (!(n == 3 && strncmp(p, "all", 3) == 0) && !rule_info_named(p, n)) {
      char *id = xstrndup(p, n);
      char *msg = xasprintf("unknown rule '%s' in %.*s (see --list-rules)", id,
                            (int)strcspn(option, "="), option);
      usage_error("%s", msg);
    }
    p += n + (comma ? 1 : 0);
  }
}

static void parse_options(int argc, char **argv, options *o) {
  memset(o, 0, sizeof *o);
  o->format = DIAG_FORMAT_TEXT;
  o->fail_on = DIAG_LEVEL_NOTE;
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
    if ((value = option_value(argc, argv, &i, "--format"))) {
      if (strcmp(value, "text") == 0)
        o->format = DIAG_FORMAT_TEXT;
      else if (strcmp(value, "sarif") == 0)
        o->format = DIAG_FORMAT_SARIF;
      else if (strcmp(value, "json") == 0)
        o->format = DIAG_FORMAT_JSON;
      else
        usage_error("unknown output format '%s' (expected text, sarif or "
                    "json)",
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
      if (strcmp(value, "note") == 0)
        o->fail_on = DIAG_LEVEL_NOTE;
      else if (strcmp(value, "warning") == 0)
        o->fail_on = DIAG_LEVEL_WARNING;
      else if (strcmp(value, "error") == 0)
        o->fail_on = DIAG_LEVEL_ERROR;
      else
        usage_error("unknown level '%s' for --fail-on (expected note, "
                    "warning or error)",
                    value);
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
    if (strcmp(arg, "--stats") == 0) {
      o->print_stats = 1;
      continue;
    }
    if (strcmp(arg, "--no-bundled-headers") == 0) {
      o->no_bundled_headers = 1;
      continue;
    }
    if (arg[0] == '-' && arg[1] != '\0')
      usage_error("unknown option '%s'", arg);
    o->files[o->file_count++] = argv[i];
  }
}

/* ---- jobs ---- */

static int names_target(char **args, unsigned count) {
  for (unsigned i = 0; i < count; i++)
    if (strncmp(args[i], "--target=", 9) == 0 ||
        strcmp(args[i], "-target") == 0 || strcmp(args[i], "--target") == 0 ||
        strncmp(args[i], "-target=", 8) == 0)
      return 1;
  return 0;
}

static int names_resource_dir(char **args, unsigned count) {
  for (unsigned i = 0; i < count; i++)
    if (strcmp(args[i], "-resource-dir") == 0 ||
        strncmp(args[i], "-resource-dir=", 14) == 0 ||
        strcmp(args[i], "/clang:-resource-dir") == 0)
      return 1;
  return 0;
}

static int is_cl_mode(char **args, unsigned count) {
  for (unsigned i = 0; i < count; i++)
    if (strcmp(args[i], "--driver-mode=cl") == 0)
      return 1;
  return 0;
}

static void push_arg(fe_job *job, unsigned *cap, const char *arg) {
  if (job->arg_count + 1 >= *cap) {
    *cap = *cap ? *cap * 2 : 16;
    job->args = xrealloc(job->args, *cap * sizeof(char *));
  }
  job->args[job->arg_count++] = xstrdup(arg);
}

/* A directory irqlint ships: installed under <prefix>/share/irqlint/<name>
 * next to <prefix>/bin/irqlint, else the source tree's copy. */
static const char *shipped_dir(const char *installed_name,
                               const char *source_dir, char *found,
                               size_t size) {
  struct stat st;
  char exe[2048];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash) {
      *slash = '\0';
      snprintf(found, size, "%s/../share/irqlint/%s", exe, installed_name);
      if (stat(found, &st) == 0 && S_ISDIR(st.st_mode))
        return found;
    }
  }
  snprintf(found, size, "%s", source_dir);
  if (found[0] && stat(found, &st) == 0 && S_ISDIR(st.st_mode))
    return found;
  found[0] = '\0';
  return NULL;
}

/* A shipped directory, looked up once per run. */
typedef struct shipped_lookup {
  const char *installed_name, *source_dir;
  int searched;
  char found[4096];
} shipped_lookup;

static const char *shipped_lookup_dir(shipped_lookup *l) {
  if (!l->searched) {
    l->searched = 1;
    shipped_dir(l->installed_name, l->source_dir, l->found, sizeof l->found);
  }
  return l->found[0] ? l->found : NULL;
}

/* The WDK model headers. */
static shipped_lookup wdk_headers = {"wdk", IRQLINT_WDK_INCLUDE_DIR, 0, ""};
/* The public headers (irqlint/annotations.h). */
static shipped_lookup public_headers = {"include", IRQLINT_PUBLIC_INCLUDE_DIR,
                                        0, ""};

/* A clang option with a separate value; clang-cl (cl mode) gets each part
 * through /clang:. */
static void push_clang_option(fe_job *job, unsigned *cap, int cl,
                              const char *option, const char *value) {
  if (cl) {
    char *joined = xasprintf("/clang:%s", option);
    push_arg(job, cap, joined);
    free(joined);
    joined = xasprintf("/clang:%s", value);
    push_arg(job, cap, joined);
    free(joined);
  } else {
    push_arg(job, cap, option);
    push_arg(job, cap, value);
  }
}

/* Driver-like defaults, the configuration's include paths and defines, and
 * the bundled WDK model headers (searched after the user's own include
 * paths, so a real WDK in the flags wins). */
static void complete_job_args(fe_job *job, int bundled_headers,
                              const irqlint_config *cfg) {
  unsigned cap =
      job->arg_count + 16 + 2 * (cfg->include_count + cfg->define_count);
  job->args = xrealloc(job->args, cap * sizeof(char *));
  int cl = is_cl_mode(job->args, job->arg_count);
  for (unsigned i = 0; i < cfg->include_count; i++) {
    char *flag = xasprintf("-I%s", cfg->includes[i]);
    push_arg(job, &cap, flag);
    free(flag);
  }
  for (unsigned i = 0; i < cfg->define_count; i++) {
    char *flag = xasprintf("-D%s", cfg->defines[i]);
    push_arg(job, &cap, flag);
    free(flag);
  }
  if (!names_target(job->args, job->arg_count)) {
    push_arg(job, &cap, "--target=x86_64-pc-windows-msvc");
    if (!cl) {
      push_arg(job, &cap, "-fms-extensions");
      push_arg(job, &cap, "-fms-compatibility");
    }
    push_arg(job, &cap, "-D_AMD64_");
    push_arg(job, &cap, "-D_WIN64");
  }
  /* clang's own headers, unless the compile command chose its own; libclang
   * would look for them next to the path it was loaded from, which is wrong
   * when that path is a symlink (CMakeLists.txt says more). */
  struct stat resource_st;
  if (IRQLINT_CLANG_RESOURCE_DIR[0] &&
      !names_resource_dir(job->args, job->arg_count) &&
      stat(IRQLINT_CLANG_RESOURCE_DIR, &resource_st) == 0 &&
      S_ISDIR(resource_st.st_mode))
    push_clang_option(job, &cap, cl, "-resource-dir",
                      IRQLINT_CLANG_RESOURCE_DIR);
  /* analyze what clang can build, however many errors the headers cause */
  push_arg(job, &cap, cl ? "/clang:-ferror-limit=0" : "-ferror-limit=0");
  const char *wdk = bundled_headers ? shipped_lookup_dir(&wdk_headers) : NULL;
  if (wdk)
    push_clang_option(job, &cap, cl, "-idirafter", wdk);
  const char *public_dir = shipped_lookup_dir(&public_headers);
  if (public_dir)
    push_clang_option(job, &cap, cl, "-idirafter", public_dir);
}

static int file_is_readable(const char *path) {
  struct stat st;
  if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
    return 0;
  FILE *f = fopen(path, "rb");
  if (!f)
    return 0;
  fclose(f);
  return 1;
}

static char *absolute_path(const char *path) {
  if (path[0] == '/')
    return xstrdup(path);
  char cwd[4096];
  if (!getcwd(cwd, sizeof cwd))
    return xstrdup(path);
  return xasprintf("%s/%s", cwd, path);
}

static int build_jobs(const options *o, fe_job **jobs, unsigned *count) {
  unsigned cap = 0;
  *jobs = NULL;
  *count = 0;
  for (unsigned i = 0; i < o->file_count; i++)
    if (!file_is_readable(o->files[i])) {
      char *msg = xasprintf("no such file or not readable: '%s'", o->files[i]);
      input_error(msg);
      free(msg);
      return -1;
    }
  if (o->build_dir) {
    char *error = NULL;
    fe_compdb *db = fe_compdb_load(o->build_dir, &error);
    if (!db) {
      input_error(error);
      free(error);
      return -1;
    }
    if (o->file_count == 0) {
      if (fe_compdb_jobs(db, NULL, jobs, count, &cap) == 0) {
        char *msg = xasprintf("'%s/compile_commands.json' has no entries",
                              o->build_dir);
        input_error(msg);
        free(msg);
        fe_compdb_destroy(db);
        return -1;
      }
    }
    for (unsigned i = 0; i < o->file_count; i++) {
      char *abs = absolute_path(o->files[i]);
      if (!fe_compdb_has_entry(db, abs))
        fprintf(stderr,
                "irqlint: note: '%s' has no entry in "
                "'%s/compile_commands.json'; using flags inferred from a "
                "similar entry\n",
                o->files[i], o->build_dir);
      unsigned found = fe_compdb_jobs(db, abs, jobs, count, &cap);
      free(abs);
      if (found == 0) {
        char *msg = xasprintf("no compile command for '%s' in "
                              "'%s/compile_commands.json'",
                              o->files[i], o->build_dir);
        input_error(msg);
        free(msg);
        fe_compdb_destroy(db);
        return -1;
      }
    }
    fe_compdb_destroy(db);
    /* compile commands may append args after "--": extra flags from the
     * command line apply to every entry */
    for (unsigned j = 0; j < *count; j++) {
      unsigned acap = (*jobs)[j].arg_count + o->compiler_arg_count + 1;
      (*jobs)[j].args = xrealloc((*jobs)[j].args, acap * sizeof(char *));
      for (unsigned k = 0; k < o->compiler_arg_count; k++)
        (*jobs)[j].args[(*jobs)[j].arg_count++] = xstrdup(o->compiler_args[k]);
    }
  } else {
    if (o->file_count == 0)
      usage_error("no input files%s", "");
    for (unsigned i = 0; i < o->file_count; i++) {
      fe_job job;
      memset(&job, 0, sizeof job);
      job.file = xstrdup(o->files[i]);
      job.args = xcalloc(o->compiler_arg_count + 1, sizeof(char *));
      for (unsigned k = 0; k < o->compiler_arg_count; k++)
        job.args[job.arg_count++] = xstrdup(o->compiler_args[k]);
      size_t c = *count, k = cap;
      VEC_PUSH(*jobs, c, k, job);
      *count = (unsigned)c;
      cap = (unsigned)k;
    }
  }
  return 0;
}

/* ---- case-insensitive header names ---- */

/* The directory an include flag names, or NULL: `-Idir`, `-I dir`, `/Idir`,
 * `-isystem dir`, `-idirafter dir`, `-iquote dir`, `-imsvc dir`,
 * `/external:I dir`, `--include-directory=dir`. */
static const char *include_flag_dir(char **args, unsigned count, unsigned *i) {
  static const char *const separate_or_joined[] = {
      "-isystem",    "-idirafter",  "-iquote", "-imsvc",
      "/external:I", "-external:I", "-I",      "/I"};
  const char *arg = args[*i];
  if (strncmp(arg, "--include-directory=", 20) == 0)
    return arg + 20;
  if (strncmp(arg, "/clang:", 7) == 0)
    arg += 7; /* clang-cl passing a clang option through */
  for (size_t k = 0; k < sizeof separate_or_joined / sizeof *separate_or_joined;
       k++) {
    size_t n = strlen(separate_or_joined[k]);
    if (strncmp(arg, separate_or_joined[k], n) != 0)
      continue;
    if (arg[n] != '\0')
      return arg + n;
    if (*i + 1 < count) {
      const char *next = args[++*i];
      return strncmp(next, "/clang:", 7) == 0 ? next + 7 : next;
    }
    return NULL;
  }
  return NULL;
}

static void overlay_add_relative(fe_header_overlay *overlay, const char *base,
                                 const char *dir) {
  if (dir[0] == '/' || !base) {
    fe_header_overlay_add_dir(overlay, dir);
    return;
  }
  char *joined = xasprintf("%s/%s", base, dir);
  fe_header_overlay_add_dir(overlay, joined);
  free(joined);
}

/* Lists every directory a job may find headers in -- its own source
 * file's directory and each include path, the bundled ones included -- in
 * one overlay, and gives it to every job. */
static int add_header_overlay(fe_job *jobs, unsigned count,
                              fe_header_overlay **out) {
  fe_header_overlay *overlay = fe_header_overlay_create();
  for (unsigned j = 0; j < count; j++) {
    fe_job *job = &jobs[j];
    char *file_dir = xstrdup(job->file);
    char *slash = strrchr(file_dir, '/');
    if (slash) {
      *slash = '\0';
      overlay_add_relative(overlay, job->directory,
                           file_dir[0] ? file_dir : "/");
    } else {
      overlay_add_relative(overlay, job->directory, ".");
    }
    free(file_dir);
    for (unsigned i = 0; i < job->arg_count; i++) {
      const char *dir = include_flag_dir(job->args, job->arg_count, &i);
      if (dir && *dir)
        overlay_add_relative(overlay, job->directory, dir);
    }
  }
  char *error = NULL;
  const char *path = fe_header_overlay_write(overlay, &error);
  if (!path) {
    fe_header_overlay_destroy(overlay);
    if (error) {
      input_error(error);
      free(error);
      return -1;
    }
    *out = NULL;
    return 0;
  }
  for (unsigned j = 0; j < count; j++) {
    fe_job *job = &jobs[j];
    unsigned cap = job->arg_count + 1;
    push_clang_option(job, &cap, is_cl_mode(job->args, job->arg_count),
                      "-ivfsoverlay", path);
  }
  *out = overlay;
  return 0;
}

/* ---- analysis ---- */

typedef struct run_ctx {
  const options *o;
  diag_engine *diag;
  FILE *dump_out;
  program *prog;
  lock_analysis_stats stats;
} run_ctx;

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

static void on_function(void *ctx, cfg_function *fn) {
  run_ctx *run = ctx;
  /* for `irqlint: ignore-function[...]` */
  diag_add_function(run->diag, fn->loc.file, fn->name, fn->loc.line,
                    fn->body_end.line ? fn->body_end.line : fn->loc.line);
  if (run->o->dump_cfg) {
    cfg_dump(run->dump_out, fn);
    cfg_function_destroy(fn);
    return;
  }
  program_add_function(run->prog, fn);
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
  if (o.file_count == 0 && !o.build_dir && !o.dump_config)
    usage_error("no input files%s", "");

  fe_job *jobs = NULL;
  unsigned job_count = 0;
  int status = run_jobs(&o, &jobs, &job_count);
  for (unsigned j = 0; j < job_count; j++)
    fe_job_free(&jobs[j]);
  free(jobs);
  options_free(&o);
  return status;
}

/* --enable/--disable in order; "all" names every rule. */
static void apply_rule_choices(const options *o, diag_engine *diag) {
  const diag_rule_info **infos;
  unsigned count;
  collect_rule_infos(&infos, &count);
  for (unsigned c = 0; c < o->rule_choice_count; c++) {
    const rule_choice *choice = &o->rule_choices[c];
    for (const char *p = choice->ids; *p;) {
      const char *comma = strchr(p, ',');
      size_t n = comma ? (size_t)(comma - p) : strlen(p);
      for (unsigned i = 0; i < count; i++)
        if ((n == 3 && strncmp(p, "all", 3) == 0) ||
            (strlen(infos[i]->id) == n && strncmp(infos[i]->id, p, n) == 0))
          diag_set_rule_enabled(diag, infos[i]->id, choice->enable);
      p += n + (comma ? 1 : 0);
    }
  }
  free(infos);
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

/* The directory file names are made relative to: --source-root, else the
 * nearest enclosing directory with a .git entry (a git work tree, as
 * GitHub's %SRCROOT% is), else the current directory. Absolute and
 * canonical; NULL when even that fails. */
static char *find_source_root(const char *given) {
  char resolved[PATH_MAX];
  if (given)
    return realpath(given, resolved) ? xstrdup(resolved) : NULL;
  if (!getcwd(resolved, sizeof resolved))
    return NULL;
  char probe[PATH_MAX + 8];
  for (;;) {
    struct stat st;
    snprintf(probe, sizeof probe, "%s/.git", resolved);
    if (stat(probe, &st) == 0)
      return xstrdup(resolved);
    char *slash = strrchr(resolved, '/');
    if (!slash || slash == resolved)
      break;
    *slash = 0;
  }
  return getcwd(resolved, sizeof resolved) ? xstrdup(resolved) : NULL;
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

/* ---- configuration ---- */

static int rule_id_known(const char *id) {
  return rule_info_named(id, strlen(id)) != NULL;
}

static int routine_modeled(const char *name) {
  return api_model_lookup(name) != NULL;
}

/* --config-file, else the one .irqlint.yaml the analyzed files find above
 * them (files with none take it too; two different ones are an error:
 * analyze each driver on its own, or name one). */
static int load_config(const options *o, const fe_job *jobs, unsigned job_count,
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
static void apply_config(const irqlint_config *cfg, diag_engine *diag) {
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

static void print_yaml_list(const char *key, char **items, unsigned count) {
  printf("  %s:", key);
  if (!count)
    fputs(" []", stdout);
  for (unsigned i = 0; i < count; i++)
    printf("\n    - \"%s\"", items[i]);
  fputc('\n', stdout);
}

/* --dump-config: the configuration in effect, as YAML that could be saved
 * as .irqlint.yaml (every rule listed, options applied). */
static void dump_config(const options *o, const irqlint_config *cfg) {
  printf("# irqlint %s configuration, from %s\n", IRQLINT_VERSION,
         cfg->path ? cfg->path : "defaults (no .irqlint.yaml found)");
  diag_engine *settings = diag_engine_create();
  apply_config(cfg, settings);
  apply_rule_choices(o, settings);
  const diag_rule_info **infos;
  unsigned count;
  collect_rule_infos(&infos, &count);
  fputs("rules:\n", stdout);
  for (unsigned i = 0; i < count; i++) {
    diag_level level = infos[i]->level;
    for (unsigned k = 0; k < cfg->rule_count; k++)
      if (strcmp(cfg->rules[k].id, infos[i]->id) == 0 &&
          cfg->rules[k].level >= 0)
        level = (diag_level)cfg->rules[k].level;
    printf("  %s: %s\n", infos[i]->id,
           diag_rule_enabled(settings, infos[i]->id) ? diag_level_name(level)
                                                     : "off");
  }
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
         !o->no_bundled_headers && cfg->bundled_headers != 0 ? "true"
                                                             : "false");
  print_yaml_list("include", cfg->includes, cfg->include_count);
  print_yaml_list("defines", cfg->defines, cfg->define_count);
  printf("strict: %s\n", o->strict || cfg->strict == 1 ? "true" : "false");
}

static int run_jobs(const options *o, fe_job **jobs_out,
                    unsigned *job_count_out) {
  irqlint_config cfg;
  if (o->dump_config && o->file_count == 0 && !o->build_dir) {
    if (load_config(o, NULL, 0, &cfg) != 0)
      return EXIT_INPUT_ERROR;
    dump_config(o, &cfg);
    config_free(&cfg);
    return EXIT_CLEAN;
  }
  if (build_jobs(o, jobs_out, job_count_out) != 0)
    return EXIT_INPUT_ERROR;
  fe_job *jobs = *jobs_out;
  unsigned job_count = *job_count_out;
  if (load_config(o, jobs, job_count, &cfg) != 0)
    return EXIT_INPUT_ERROR;
  if (o->dump_config) {
    dump_config(o, &cfg);
    config_free(&cfg);
    return EXIT_CLEAN;
  }
  for (unsigned j = 0; j < job_count; j++)
    complete_job_args(&jobs[j],
                      !o->no_bundled_headers && cfg.bundled_headers != 0, &cfg);
  int status = analyze_jobs(o, jobs, job_count, &cfg);
  config_free(&cfg);
  return status;
}

static int analyze_jobs(const options *o, fe_job *jobs, unsigned job_count,
                        const irqlint_config *cfg) {
  fe_header_overlay *overlay = NULL;
  if (add_header_overlay(jobs, job_count, &overlay) != 0)
    return EXIT_INPUT_ERROR;

  FILE *out = stdout;
  if (o->output) {
    out = fopen(o->output, "wb");
    if (!out) {
      char *msg =
          xasprintf("cannot write '%s': %s", o->output, strerror(errno));
      input_error(msg);
      free(msg);
      fe_header_overlay_destroy(overlay);
      return EXIT_INPUT_ERROR;
    }
  }

  run_ctx run;
  memset(&run, 0, sizeof run);
  run.o = o;
  run.diag = diag_engine_create();
  run.dump_out = out;
  run.prog = program_create();
  fe_callbacks callbacks = {&run, callee_flags, on_function};
  fe_session *session = fe_session_create();
  int failed = 0;
  apply_config(cfg, run.diag);
  apply_rule_choices(o, run.diag);
  int progress = !o->quiet && job_count > 1 && isatty(STDERR_FILENO);
  for (unsigned j = 0; j < job_count; j++) {
    char *error = NULL;
    diag_add_source_file(run.diag, jobs[j].file);
    if (progress)
      fprintf(stderr, "\r\033[K[%u/%u] %s", j + 1, job_count, jobs[j].file);
    if (fe_analyze_job(session, &jobs[j], j, program_unit_arena(run.prog),
                       &callbacks, run.diag, &error) != 0) {
      if (progress)
        fputs("\r\033[K", stderr);
      input_error(error);
      diag_add_failure(run.diag, jobs[j].file, error);
      free(error);
      failed = 1;
    }
  }
  if (progress)
    fputs("\r\033[K", stderr);
  fe_session_destroy(session);
  fe_header_overlay_destroy(overlay);
  if (!o->dump_cfg) {
    program_options popts = {o->dump_state ? out : NULL,
                             o->dump_summary ? out : NULL, &run.stats};
    program_analyze(run.prog, run.diag, &popts);
  }
  if (o->print_stats)
    fprintf(stderr,
            "irqlint: stats: %lu analyses, %lu block visits, %lu state-bound "
            "merges in %lu analyses, %lu same-lockset joins\n",
            run.stats.functions, run.stats.block_visits, run.stats.merges,
            run.stats.merged_functions, run.stats.lockset_joins);

  char *source_root = find_source_root(o->source_root);
  source_cache *sources = source_cache_create();
  diag_finish_options finish = {
      source_root, sources, o->strict || cfg->strict == 1, rule_for_ca_warning};
  diag_engine_finish(run.diag, &finish);
  int status = EXIT_CLEAN;
  if (!o->dump_cfg && !o->dump_state && !o->dump_summary) {
    const diag_rule_info **infos;
    unsigned info_count;
    collect_rule_infos(&infos, &info_count);
    diag_tool_info tool;
    memset(&tool, 0, sizeof tool);
    tool.name = "irqlint";
    tool.version = IRQLINT_VERSION;
    tool.information_uri = IRQLINT_HOMEPAGE;
    tool.rule_doc_base = IRQLINT_HOMEPAGE "/blob/main/docs/rules/";
    tool.rules = infos;
    tool.rule_count = info_count;
    tool.rule_help = irqlint_rule_help;
    tool.source_root = source_root;
    if (o->write_baseline &&
        write_findings(o->write_baseline, &diag_json_writer, run.diag, &tool) !=
            0)
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
            diag_apply_baseline(run.diag, (const char *const *)b.fingerprints,
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
    if (status == EXIT_CLEAN && failing_findings(run.diag, o->fail_on) > 0)
      status = EXIT_FINDINGS;
    if (failed)
      status = EXIT_INPUT_ERROR;
    tool.exit_code = status;
    const diag_writer *writer =
        o->format == DIAG_FORMAT_SARIF  ? &diag_sarif_writer
        : o->format == DIAG_FORMAT_JSON ? &diag_json_writer
                                        : &diag_text_writer;
    if (writer->write(out, run.diag, &tool) != 0) {
      input_error("cannot write the findings");
      status = EXIT_INPUT_ERROR;
    }
    free(infos);
  }
  if (failed)
    status = EXIT_INPUT_ERROR;
  if (out != stdout && fclose(out) != 0) {
    input_error("cannot write the output file");
    status = EXIT_INPUT_ERROR;
  }
  source_cache_destroy(sources);
  free(source_root);
  diag_engine_destroy(run.diag);
  program_destroy(run.prog);
  return status;
}
