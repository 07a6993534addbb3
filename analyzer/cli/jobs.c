/* Jobs: the files to analyze with their compiler arguments, from the
 * command line or a compilation database, completed with irqlint's
 * defaults and headers; and the case-insensitive header overlay over
 * their include paths (see cli.h). */
#define _XOPEN_SOURCE 700 /* readlink, realpath */
#include "cli.h"

#include "../util/xalloc.h"
#include "msbuild.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef IRQLINT_WDK_INCLUDE_DIR
#define IRQLINT_WDK_INCLUDE_DIR ""
#endif
#ifndef IRQLINT_PUBLIC_INCLUDE_DIR
#define IRQLINT_PUBLIC_INCLUDE_DIR ""
#endif
#ifndef IRQLINT_CLANG_RESOURCE_DIR
#define IRQLINT_CLANG_RESOURCE_DIR ""
#endif

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

char *bundled_wdk_root(void) {
  const char *dir = shipped_lookup_dir(&wdk_headers);
  char resolved[PATH_MAX];
  return dir && realpath(dir, resolved) ? xstrdup(resolved) : NULL;
}

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

/* The value of a define the arguments give (-DNAME=v, /DNAME=v, -D NAME=v),
 * the last one winning as with the compiler, or NULL. */
static const char *defined_value(char **args, unsigned count,
                                 const char *name) {
  const char *value = NULL;
  size_t n = strlen(name);
  for (unsigned i = 0; i < count; i++) {
    const char *a = args[i];
    if ((a[0] == '-' || a[0] == '/') && a[1] == 'D')
      a = a[2] ? a + 2 : i + 1 < count ? args[++i] : "";
    else
      continue;
    if (strncmp(a, name, n) == 0 && a[n] == '=')
      value = a + n + 1;
  }
  return value;
}

/* A real WDK where the bundled headers go: its directories, then the KMDF
 * headers of the version the job's defines name (a KMDF project's
 * KMDF_VERSION_MAJOR/MINOR, project.c), else the newest. */
static void push_wdk_dirs(fe_job *job, unsigned *cap, int cl,
                          const wdk_layout *wdk) {
  for (unsigned i = 0; i < wdk->dir_count; i++)
    push_clang_option(job, cap, cl, "-idirafter", wdk->dirs[i]);
  const char *major =
      defined_value(job->args, job->arg_count, "KMDF_VERSION_MAJOR");
  const char *minor =
      defined_value(job->args, job->arg_count, "KMDF_VERSION_MINOR");
  const char *kmdf =
      wdk_kmdf_dir(wdk, major ? (unsigned)strtoul(major, NULL, 10) : 0,
                   minor ? (unsigned)strtoul(minor, NULL, 10) : 0);
  if (kmdf)
    push_clang_option(job, cap, cl, "-idirafter", kmdf);
}

/* Driver-like defaults, the configuration's include paths and defines, and
 * the bundled WDK model headers, or a real WDK's (searched after the
 * user's own include paths, so a WDK in the flags wins). */
void complete_job_args(fe_job *job, int bundled_headers, const wdk_layout *wdk,
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
    /* what cl's /kernel defines, which every WDK kernel-mode build passes:
     * without it some drivers take their user-mode branch */
    push_arg(job, &cap, "-D_KERNEL_MODE=1");
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
  /* cl keeps an invalid paste (a string literal pasted to a string or a
   * name, as drivers' print macros do) as two tokens; clang's MSVC mode does
   * the same but reports it as an error unless told otherwise (only that
   * mode has the warning: elsewhere the paste stays an error) */
  push_arg(job, &cap, "-Wno-invalid-token-paste");
  /* cl only warns (C4028, C4113) when a function is stored in or passed as
   * a function pointer of another type, e.g. a callback that returns
   * NTSTATUS where the role type returns VOID; clang makes it an error in
   * C, which would drop the whole statement from the analysis */
  push_arg(job, &cap, "-Wno-incompatible-function-pointer-types");
  const char *bundled =
      bundled_headers && !wdk ? shipped_lookup_dir(&wdk_headers) : NULL;
  if (wdk)
    push_wdk_dirs(job, &cap, cl, wdk);
  else if (bundled)
    push_clang_option(job, &cap, cl, "-idirafter", bundled);
  const char *public_dir = shipped_lookup_dir(&public_headers);
  if (public_dir)
    push_clang_option(job, &cap, cl, "-idirafter", public_dir);
}

/* The canonical directory of a job's file, or NULL. */
static char *job_file_dir(const fe_job *job) {
  char *absolute = path_in_dir(job->directory, job->file);
  char canonical[PATH_MAX];
  char *dir = realpath(absolute, canonical) ? xstrdup(canonical) : NULL;
  free(absolute);
  if (dir)
    path_drop_last(dir);
  return dir;
}

/* Shortens `root` to the longest directory prefix it shares with `dir`. */
static void common_dir(char *root, const char *dir) {
  size_t n = 0, last = 0;
  while (root[n] && root[n] == dir[n]) {
    if (root[n] == '/')
      last = n;
    n++;
  }
  if ((root[n] == '\0' || root[n] == '/') && (dir[n] == '\0' || dir[n] == '/'))
    last = n;
  root[last ? last : 1] = '\0';
}

static int dir_contains(const char *outer, const char *inner) {
  size_t n = strlen(outer);
  if (n == 1)
    return 1; /* "/" */
  return strncmp(outer, inner, n) == 0 && (inner[n] == '/' || !inner[n]);
}

void set_project_roots(fe_job *jobs, unsigned count,
                       const irqlint_config *cfg) {
  char *root = NULL;
  for (unsigned j = 0; j < count; j++) {
    char *dir = job_file_dir(&jobs[j]);
    if (!dir)
      continue;
    if (!root)
      root = xstrdup(dir);
    else
      common_dir(root, dir);
    free(dir);
  }
  if (root && cfg->path) {
    char canonical[PATH_MAX];
    if (realpath(cfg->path, canonical)) {
      path_drop_last(canonical);
      if (dir_contains(canonical, root)) {
        free(root);
        root = xstrdup(canonical);
      }
    }
  }
  if (root && strcmp(root, "/") == 0) {
    /* sources with nothing in common but "/" are no one project tree */
    free(root);
    root = NULL;
  }
  for (unsigned j = 0; root && j < count; j++) {
    free(jobs[j].project_root);
    jobs[j].project_root = xstrdup(root);
  }
  free(root);
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

int build_jobs(const options *o, fe_job **jobs, unsigned *count) {
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

const char *path_under(const char *dir, const char *path) {
  size_t n = dir ? strlen(dir) : 0;
  if (n && strncmp(path, dir, n) == 0 && path[n] == '/')
    return path + n + 1;
  return path;
}

const char *job_shown_path(const fe_job *job, const char *path) {
  char cwd[PATH_MAX];
  return path_under(job->directory ? job->directory : getcwd(cwd, sizeof cwd),
                    path);
}

size_t job_include_dirs(const fe_job *job, char ***out) {
  size_t count = 0, cap = 0;
  *out = NULL;
  for (unsigned i = 0; i < job->arg_count; i++) {
    const char *dir = include_flag_dir(job->args, job->arg_count, &i);
    char *joined = dir && *dir ? path_in_dir(job->directory, dir) : NULL;
    char resolved[PATH_MAX];
    if (joined && realpath(joined, resolved))
      VEC_PUSH(*out, count, cap, xstrdup(resolved));
    free(joined);
  }
  return count;
}

static void overlay_add_relative(fe_header_overlay *overlay, const char *base,
                                 const char *dir) {
  char *joined = path_in_dir(base, dir);
  fe_header_overlay_add_dir(overlay, joined);
  free(joined);
}

/* ---- includes that climb out with ".." ----
 *
 * The overlay lists the files *under* each directory, so an include such
 * as "..\..\virtio\x.h" that climbs above all of them to a directory
 * spelled in another case on disk ("VirtIO") is not in it, and clang,
 * which matches case exactly outside the overlay, does not find it. The
 * sources, and the headers they reach (up to CLIMB_MAX_FILES), are scanned
 * for include names with a ".." component; each one found without case,
 * as Windows would (msb_resolve_path), has its directory listed too.
 * Conditionals are not evaluated: listing a directory that turns out not
 * to be needed costs only its listing. */

enum { CLIMB_MAX_FILES = 2000, CLIMB_MAX_FILE_SIZE = 1 << 20 };

typedef struct climb {
  fe_header_overlay *overlay;
  const char *bundled; /* the bundled headers: no ".." there */
  char **files;        /* seen, in scan order; `next` is the next to scan */
  size_t count, cap, next;
} climb;

static int has_dotdot(const char *name) {
  for (const char *c = name; *c;) {
    size_t n = strcspn(c, "/\\");
    if (n == 2 && c[0] == '.' && c[1] == '.')
      return 1;
    c += n;
    if (*c)
      c++;
  }
  return 0;
}

static void climb_visit(climb *c, const char *path) {
  if (c->count >= CLIMB_MAX_FILES ||
      (c->bundled && strncmp(path, c->bundled, strlen(c->bundled)) == 0))
    return;
  for (size_t i = 0; i < c->count; i++)
    if (strcmp(c->files[i], path) == 0)
      return;
  VEC_PUSH(c->files, c->count, c->cap, xstrdup(path));
}

char *read_file_prefix(const char *path, size_t max) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  char *text = xmalloc(max + 1);
  size_t n = fread(text, 1, max, f);
  fclose(f);
  text[n] = '\0';
  return text;
}

void for_each_include(const char *text, include_visitor visit, void *arg) {
  for (const char *line = text; *line;) {
    const char *end = strchr(line, '\n');
    const char *p = line + strspn(line, " \t");
    if (*p == '#') {
      p += 1 + strspn(p + 1, " \t");
      if (strncmp(p, "include", 7) == 0) {
        p += 7 + strspn(p + 7, " \t");
        char close = *p == '"' ? '"' : *p == '<' ? '>' : '\0';
        const char *stop = close ? strchr(p + 1, close) : NULL;
        if (stop && (!end || stop < end))
          visit(p + 1, (size_t)(stop - p - 1), close == '>', line, arg);
      }
    }
    if (!end)
      break;
    line = end + 1;
  }
}

/* One file's scan: where it is, and the include directories. */
typedef struct climb_file {
  climb *c;
  const char *file_dir;
  char **dirs;
  size_t dir_count;
} climb_file;

/* An include name resolved in the file's directory (quoted ones) and the
 * include directories. */
static void climb_include(const char *name_text, size_t len, int angled,
                          const char *line, void *arg) {
  (void)line;
  climb_file *cf = arg;
  char *name = xstrndup(name_text, len);
  char *found = angled ? NULL : msb_resolve_path(cf->file_dir, name);
  for (size_t i = 0; i < cf->dir_count && !found; i++)
    found = msb_resolve_path(cf->dirs[i], name);
  struct stat st;
  if (found && stat(found, &st) == 0 && S_ISREG(st.st_mode)) {
    if (has_dotdot(name)) {
      char *dir = xstrdup(found);
      *strrchr(dir, '/') = '\0';
      fe_header_overlay_add_dir(cf->c->overlay, dir);
      free(dir);
    }
    climb_visit(cf->c, found);
  }
  free(found);
  free(name);
}

/* The include names of one file, resolved in its directory (quoted ones)
 * and the include directories. */
static void climb_scan(climb *c, const char *file, char **dirs,
                       size_t dir_count) {
  char *text = read_file_prefix(file, CLIMB_MAX_FILE_SIZE);
  if (!text)
    return;
  char *file_dir = xstrdup(file);
  char *slash = strrchr(file_dir, '/');
  if (slash)
    *slash = '\0';
  climb_file cf = {c, file_dir, dirs, dir_count};
  for_each_include(text, climb_include, &cf);
  free(file_dir);
  free(text);
}

static void add_climbing_includes(fe_header_overlay *overlay, fe_job *jobs,
                                  unsigned count) {
  climb c;
  memset(&c, 0, sizeof c);
  c.overlay = overlay;
  char *bundled = bundled_wdk_root(); /* canonical, as the paths found */
  c.bundled = bundled;
  for (unsigned j = 0; j < count; j++) {
    fe_job *job = &jobs[j];
    char **dirs = NULL;
    size_t dir_count = 0, dir_cap = 0;
    for (unsigned i = 0; i < job->arg_count; i++) {
      const char *dir = include_flag_dir(job->args, job->arg_count, &i);
      char *joined = dir && *dir ? path_in_dir(job->directory, dir) : NULL;
      char resolved[PATH_MAX];
      if (joined && realpath(joined, resolved))
        VEC_PUSH(dirs, dir_count, dir_cap, xstrdup(resolved));
      free(joined);
    }
    char *file = path_in_dir(job->directory, job->file);
    char resolved[PATH_MAX];
    if (realpath(file, resolved))
      climb_visit(&c, resolved);
    free(file);
    /* this job's files: its source and what it reaches */
    for (; c.next < c.count; c.next++)
      climb_scan(&c, c.files[c.next], dirs, dir_count);
    for (size_t i = 0; i < dir_count; i++)
      free(dirs[i]);
    free(dirs);
  }
  for (size_t i = 0; i < c.count; i++)
    free(c.files[i]);
  free(c.files);
  free(bundled);
}

/* Lists every directory a job may find headers in -- its own source
 * file's directory and each include path, the bundled ones included, and
 * those that includes climbing out with ".." reach -- in one overlay with
 * the stand-ins of the generated headers (WPP's .tmh, the message
 * compiler's), and gives it to every job. */
int add_header_overlay(fe_job *jobs, unsigned count, const wpp_plan *wpp,
                       const mof_plan *mof, const msgc_plan *msgc,
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
  add_climbing_includes(overlay, jobs, count);
  char *error = NULL;
  if ((wpp && wpp_plan_add_standins(wpp, overlay, &error) != 0) ||
      (mof && mof_plan_add_standins(mof, overlay, &error) != 0) ||
      (msgc && msgc_plan_add_standins(msgc, overlay, &error) != 0)) {
    fe_header_overlay_destroy(overlay);
    input_error(error);
    free(error);
    return -1;
  }
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
