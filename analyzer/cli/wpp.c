/* WPP software tracing without the WPP preprocessor (see wpp.h).
 *
 * What TraceWPP would know, and where irqlint finds it; one row per fact,
 * with the page it follows:
 *
 *   the trace functions   -func:NAME(PARAMS) options (the project's
 *                         WppTraceFunction and WppAdditionalOptions), the
 *                         FUNC lines of `begin_wpp config ... end_wpp`
 *                         comment blocks in the files it scans (the
 *                         project's WppScanConfigurationData / -scan:, and
 *                         here every header a source reaches), and the
 *                         default DoTraceMessage(FLAG,MSG,...):
 *                         learn.microsoft.com/windows-hardware/drivers/
 *                         devtest/wpp-preprocessor, .../devtest/
 *                         can-i-customize-dotracemessage-, .../devtest/
 *                         dotracemessage
 *   the trace flags       the WPP_DEFINE_BIT(NAME) entries of the driver's
 *                         WPP_CONTROL_GUIDS; -ctl:GUID defines Error,
 *                         Unusual and Noise: .../devtest/
 *                         wpp-software-tracing (adding WPP macros),
 *                         .../devtest/wpp-preprocessor
 *   the trace levels      TRACE_LEVEL_* of evntrace.h (the stand-in
 *                         includes it when the include path has it)
 *   the control macros    WPP_INIT_TRACING, WPP_CLEANUP (.../devtest/
 *                         wpp-init-tracing, .../devtest/wpp-cleanup),
 *                         WPP_SYSTEMCONTROL(2), which older drivers
 *                         call next to WPP_INIT_TRACING,
 *                         WPP_LEVEL_ENABLED, WPP_LEVEL_LOGGER,
 *                         WPP_FLAG_ENABLED, WPP_DEFINE_CONTROL_GUID,
 *                         WPP_DEFINE_BIT: tracing has no lock or IRQL
 *                         effect, so they do nothing
 *   -D and -km            macros TraceWPP puts at the top of the .tmh
 *                         (-km: WPP_KERNEL_MODE)
 *   WppRecorderEnabled    the .tmh of an Inflight Trace Recorder build
 *                         includes WppRecorder.h (.../devtest/
 *                         using-wpp-recorder)
 *
 * A trace call becomes a call of a variadic function that does nothing
 * (irqlint_wpp_NAME), so its arguments are still compiled and analyzed
 * where they are; a flag or level that is not declared would drop the
 * whole call. USEPREFIX, USESUFFIX, CUSTOM_TYPE and the other
 * configuration lines only shape the message: they are listed in
 * --dump-config and otherwise ignored.
 *
 * Conditionals are not evaluated while scanning: a .tmh include under
 * #ifdef EVENT_TRACING gets its stand-in whether or not the build takes
 * that branch (an unused stand-in costs nothing), and a FUNC line or
 * WPP_DEFINE_BIT anywhere in a reached header counts. */
#define _XOPEN_SOURCE 700 /* realpath, strtok_r */
#include "wpp.h"

#include "../util/xalloc.h"
#include "cli.h"
#include "project.h"

#include <ctype.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

enum { WPP_MAX_FILES = 4000, WPP_MAX_FILE_SIZE = 2 << 20 };

/* ---- the project's options ---- */

static const char *skip_blanks(const char *s) {
  while (*s && (isspace((unsigned char)*s) || *s == '\\'))
    s++;
  return s;
}

/* The next option of a TraceWPP command line (quotes removed), to free;
 * NULL at the end. A lone "\" (the line continuation projects write) is
 * a blank. */
static char *next_option(const char **cursor) {
  const char *s = skip_blanks(*cursor);
  if (!*s) {
    *cursor = s;
    return NULL;
  }
  strbuf sb;
  strbuf_init(&sb);
  int quoted = 0;
  for (; *s && (quoted || !isspace((unsigned char)*s)); s++) {
    if (*s == '"')
      quoted = !quoted;
    else if (!(*s == '\\' && !quoted &&
               (!s[1] || isspace((unsigned char)s[1]))))
      strbuf_putc(&sb, *s);
  }
  *cursor = s;
  char *out = xstrdup(strbuf_cstr(&sb));
  strbuf_free(&sb);
  return out;
}

void wpp_options_parse(arena *a, wpp_options *w, const char *text,
                       const char *origin, const char *dir) {
  const char *cursor = text;
  char *opt;
  while ((opt = next_option(&cursor)) != NULL) {
    if (strstr(opt, "$(")) {
      msb_list_push(a, &w->ignored, arena_strdup(a, opt), NULL, origin);
    } else if (strncasecmp(opt, "-func:", 6) == 0 && opt[6]) {
      msb_list_push(a, &w->funcs, arena_strdup(a, opt + 6), NULL, origin);
    } else if (strncasecmp(opt, "-scan:", 6) == 0 && opt[6]) {
      char *found = msb_resolve_path(dir, opt + 6);
      if (found)
        msb_list_push(a, &w->scan, arena_strdup(a, found), NULL, origin);
      else /* a WDK file ($(KMDF_INC_PATH)...) or one not here */
        msb_list_push(a, &w->ignored, arena_strdup(a, opt), NULL, origin);
      free(found);
    } else if (strncasecmp(opt, "-ctl:", 5) == 0) {
      w->ctl = 1;
    } else if (strcasecmp(opt, "-km") == 0) {
      w->kernel = 1;
    } else if (strncmp(opt, "-D", 2) == 0 && opt[2]) {
      msb_list_push(a, &w->defines, arena_strdup(a, opt + 2), NULL, origin);
    } else {
      msb_list_push(a, &w->ignored, arena_strdup(a, opt), NULL, origin);
    }
    free(opt);
  }
}

/* ---- scanning one file ---- */

enum { FOUND_FUNC, FOUND_FLAG, FOUND_CONFIG };

typedef struct wpp_found {
  int kind;
  char *text; /* FUNC: the signature; FLAG: the name; CONFIG: the line */
  unsigned line;
} wpp_found;

typedef struct wpp_include {
  char *name;
  int angle;
  unsigned line;
} wpp_include;

typedef struct wpp_file {
  char *path; /* canonical */
  wpp_include *includes;
  size_t include_count, include_cap;
  wpp_found *found;
  size_t found_count, found_cap;
} wpp_file;

static int is_ident(char c) { return isalnum((unsigned char)c) || c == '_'; }

static unsigned line_at(const char *text, const char *p) {
  unsigned line = 1;
  for (const char *c = text; c < p; c++)
    line += *c == '\n';
  return line;
}

static void add_found(wpp_file *f, int kind, const char *b, size_t n,
                      unsigned line) {
  for (size_t i = 0; i < f->found_count; i++)
    if (f->found[i].kind == kind && strlen(f->found[i].text) == n &&
        strncmp(f->found[i].text, b, n) == 0)
      return;
  wpp_found x = {kind, xstrndup(b, n), line};
  VEC_PUSH(f->found, f->found_count, f->found_cap, x);
}

/* The statements of a `begin_wpp config` block: its lines without their
 * comment marks, joined, cut at each ';' outside parentheses, braces and
 * quotes. */
static void scan_config_block(wpp_file *f, const char *text, const char *b,
                              const char *e) {
  strbuf sb;
  strbuf_init(&sb);
  /* the line each joined line starts at, to say where a statement is */
  size_t *starts = NULL, start_count = 0, start_cap = 0;
  unsigned first_line = line_at(text, b);
  for (const char *line = b; line < e;) {
    const char *end = memchr(line, '\n', (size_t)(e - line));
    if (!end)
      end = e;
    const char *p = line;
    while (p < end && (isspace((unsigned char)*p) || *p == '/' || *p == '*'))
      p++;
    const char *q = end;
    while (q > p && (isspace((unsigned char)q[-1]) || q[-1] == '/' ||
                     (q[-1] == '*' && q - 1 > p && q[-2] != '%')))
      q--;
    VEC_PUSH(starts, start_count, start_cap, sb.len);
    strbuf_putn(&sb, p, (size_t)(q - p));
    strbuf_putc(&sb, ' ');
    line = end + 1;
  }
  const char *s = strbuf_cstr(&sb);
  int depth = 0, quoted = 0;
  const char *start = s;
  for (const char *c = s;; c++) {
    if (*c == '"' && (c == s || c[-1] != '\\'))
      quoted = !quoted;
    else if (!quoted && (*c == '(' || *c == '{'))
      depth++;
    else if (!quoted && (*c == ')' || *c == '}'))
      depth -= depth > 0;
    if (*c && (quoted || depth || *c != ';'))
      continue;
    while (start < c && isspace((unsigned char)*start))
      start++;
    const char *stop = c;
    while (stop > start && isspace((unsigned char)stop[-1]))
      stop--;
    if (stop > start) {
      unsigned block_line = first_line;
      for (size_t k = 1; k < start_count && starts[k] <= (size_t)(start - s);
           k++)
        block_line = first_line + (unsigned)k;
      if (strncmp(start, "FUNC", 4) == 0 && isspace((unsigned char)start[4])) {
        const char *sig = start + 5;
        while (isspace((unsigned char)*sig))
          sig++;
        if (is_ident(*sig))
          add_found(f, FOUND_FUNC, sig, (size_t)(stop - sig), block_line);
      } else {
        add_found(f, FOUND_CONFIG, start, (size_t)(stop - start), block_line);
      }
    }
    if (!*c)
      break;
    start = c + 1;
  }
  free(starts);
  strbuf_free(&sb);
}

/* A file's include, with its line (for --dump-config). */
typedef struct wpp_scan {
  wpp_file *f;
  const char *text;
} wpp_scan;

static void record_include(const char *name, size_t len, int angled,
                           const char *line, void *arg) {
  wpp_scan *scan = arg;
  wpp_include inc = {xstrndup(name, len), angled, line_at(scan->text, line)};
  VEC_PUSH(scan->f->includes, scan->f->include_count, scan->f->include_cap,
           inc);
}

static void scan_file(wpp_file *f) {
  char *text = read_file_prefix(f->path, WPP_MAX_FILE_SIZE);
  if (!text)
    return;
  wpp_scan scan = {f, text};
  for_each_include(text, record_include, &scan);
  /* configuration blocks */
  for (char *b = strstr(text, "begin_wpp"); b; b = strstr(b + 1, "begin_wpp")) {
    char *e = strstr(b, "end_wpp");
    char *body = strchr(b, '\n');
    if (!e || !body || body > e)
      continue;
    scan_config_block(f, text, body + 1, e);
    b = e;
  }
  /* WPP_DEFINE_BIT(NAME) */
  static const char bit[] = "WPP_DEFINE_BIT";
  for (char *b = strstr(text, bit); b; b = strstr(b + 1, bit)) {
    if (b > text && is_ident(b[-1]))
      continue;
    char *p = b + sizeof bit - 1;
    while (*p == ' ' || *p == '\t')
      p++;
    if (*p != '(')
      continue;
    p++;
    while (*p == ' ' || *p == '\t')
      p++;
    char *n = p;
    while (is_ident(*n))
      n++;
    char *q = n;
    while (*q == ' ' || *q == '\t')
      q++;
    /* the macro's own definition, WPP_DEFINE_BIT(Name), is no flag */
    if (n > p && *q == ')' && !isdigit((unsigned char)*p)) {
      char *hash = b;
      while (hash > text && hash[-1] != '\n')
        hash--;
      hash += strspn(hash, " \t");
      if (!(strncmp(hash, "#define", 7) == 0 &&
            strstr(hash, bit) == b)) /* "#define WPP_DEFINE_BIT(x)" */
        add_found(f, FOUND_FLAG, p, (size_t)(n - p), line_at(text, b));
    }
  }
  free(text);
}

/* ---- the plan ---- */

typedef struct wpp_tmh {
  unsigned file; /* the includer, in the file table */
  const char *name;
  unsigned line;
  char *found;   /* the shipped .tmh, or NULL */
  char *standin; /* the path the stand-in takes, or NULL */
} wpp_tmh;

typedef struct wpp_job {
  const fe_job *job;
  const wpp_options *opts;
  unsigned *files; /* reached, in scan order */
  size_t file_count, file_cap;
  wpp_tmh *tmh;
  size_t tmh_count, tmh_cap;
  char *text; /* the stand-in, when some .tmh is missing */
} wpp_job;

/* An include name resolved for an includer's directory and a job's
 * include directories: jobs of a project share both, and resolving
 * without case costs directory listings. */
typedef struct resolved_include {
  uint64_t hash;
  char *key;
  char *found; /* "" when not found */
} resolved_include;

struct wpp_plan {
  wpp_file *files;
  size_t file_count, file_cap;
  wpp_job *jobs;
  unsigned job_count;
  char *bundled;              /* the bundled headers: not scanned */
  resolved_include *resolved; /* open addressing, a power of two */
  size_t resolved_count, resolved_cap;
};

static unsigned file_index(wpp_plan *p, const char *canonical) {
  for (size_t i = 0; i < p->file_count; i++)
    if (strcmp(p->files[i].path, canonical) == 0)
      return (unsigned)i;
  if (p->file_count >= WPP_MAX_FILES)
    return UINT_MAX;
  wpp_file f;
  memset(&f, 0, sizeof f);
  f.path = xstrdup(canonical);
  scan_file(&f);
  VEC_PUSH(p->files, p->file_count, p->file_cap, f);
  return (unsigned)(p->file_count - 1);
}

static int has_suffix(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && strcasecmp(s + n - k, suffix) == 0;
}

/* An include name as Windows would find it from `file`'s directory
 * (quoted) and the include directories; canonical, to free, or NULL. */
static char *find_include(const char *file, const wpp_include *inc, char **dirs,
                          size_t dir_count) {
  char *found = NULL;
  if (!inc->angle) {
    char *dir = xstrdup(file);
    *strrchr(dir, '/') = '\0';
    found = msb_resolve_path(dir, inc->name);
    free(dir);
  }
  for (size_t i = 0; i < dir_count && !found; i++)
    found = msb_resolve_path(dirs[i], inc->name);
  struct stat st;
  char resolved[PATH_MAX];
  char *out = found && stat(found, &st) == 0 && S_ISREG(st.st_mode) &&
                      realpath(found, resolved)
                  ? xstrdup(resolved)
                  : NULL;
  free(found);
  return out;
}

static void resolved_insert(wpp_plan *p, resolved_include r) {
  size_t mask = p->resolved_cap - 1, i = (size_t)r.hash & mask;
  while (p->resolved[i].key)
    i = (i + 1) & mask;
  p->resolved[i] = r;
  p->resolved_count++;
}

/* find_include through the plan's table; `dirs_key` names the job's
 * include directories. */
static char *find_include_cached(wpp_plan *p, const char *file,
                                 const wpp_include *inc, char **dirs,
                                 size_t dir_count, const char *dirs_key) {
  const char *slash = strrchr(file, '/');
  char *key = xasprintf("%s\n%.*s\n%d%s", dirs_key,
                        inc->angle ? 0 : (int)(slash - file), file, inc->angle,
                        inc->name);
  uint64_t h = fnv1a(FNV1A_OFFSET, key, strlen(key));
  if (p->resolved_cap) {
    size_t mask = p->resolved_cap - 1;
    for (size_t i = (size_t)h & mask; p->resolved[i].key; i = (i + 1) & mask)
      if (p->resolved[i].hash == h && strcmp(p->resolved[i].key, key) == 0) {
        free(key);
        return *p->resolved[i].found ? xstrdup(p->resolved[i].found) : NULL;
      }
  }
  char *found = find_include(file, inc, dirs, dir_count);
  if (2 * (p->resolved_count + 1) > p->resolved_cap) {
    resolved_include *old = p->resolved;
    size_t old_cap = p->resolved_cap;
    p->resolved_cap = old_cap ? old_cap * 2 : 256;
    p->resolved = xcalloc(p->resolved_cap, sizeof *p->resolved);
    p->resolved_count = 0;
    for (size_t i = 0; i < old_cap; i++)
      if (old[i].key)
        resolved_insert(p, old[i]);
    free(old);
  }
  resolved_include r = {h, key, xstrdup(found ? found : "")};
  resolved_insert(p, r);
  return found;
}

static int reached(const wpp_job *j, unsigned file) {
  for (size_t i = 0; i < j->file_count; i++)
    if (j->files[i] == file)
      return 1;
  return 0;
}

static void visit(wpp_plan *p, wpp_job *j, const char *canonical) {
  if (p->bundled && strncmp(canonical, p->bundled, strlen(p->bundled)) == 0)
    return;
  unsigned k = file_index(p, canonical);
  if (k != UINT_MAX && !reached(j, k))
    VEC_PUSH(j->files, j->file_count, j->file_cap, k);
}

static const char *flag_names[] = {"Error", "Unusual", "Noise"};

static void standin_define(strbuf *sb, const char *define) {
  const char *eq = strchr(define, '=');
  if (eq)
    strbuf_printf(sb, "#define %.*s %s\n", (int)(eq - define), define, eq + 1);
  else
    strbuf_printf(sb, "#define %s 1\n", define);
}

static size_t name_length(const char *sig) {
  size_t n = 0;
  while (is_ident(sig[n]))
    n++;
  return n;
}

/* Has an earlier function of the list the same name? */
static int named_before(const char *const *names, size_t count,
                        const char *sig) {
  size_t n = name_length(sig);
  for (size_t i = 0; i < count; i++)
    if (name_length(names[i]) == n && strncmp(names[i], sig, n) == 0)
      return 1;
  return 0;
}

/* The functions of a job in order (the project's, the scanned files',
 * the default), and where each comes from (static strings or the
 * files'). */
static size_t job_functions(const wpp_plan *p, const wpp_job *j,
                            const char ***sigs, const char ***origins) {
  size_t count = 0, cap = 0, ocount = 0, ocap = 0;
  *sigs = NULL;
  *origins = NULL;
  if (j->opts && j->opts->enabled)
    for (unsigned i = 0; i < j->opts->funcs.count; i++)
      if (name_length(j->opts->funcs.items[i].text) &&
          !named_before(*sigs, count, j->opts->funcs.items[i].text)) {
        VEC_PUSH(*sigs, count, cap, j->opts->funcs.items[i].text);
        VEC_PUSH(*origins, ocount, ocap, j->opts->funcs.items[i].origin);
      }
  for (size_t f = 0; f < j->file_count; f++) {
    const wpp_file *file = &p->files[j->files[f]];
    for (size_t i = 0; i < file->found_count; i++)
      if (file->found[i].kind == FOUND_FUNC &&
          !named_before(*sigs, count, file->found[i].text)) {
        VEC_PUSH(*sigs, count, cap, file->found[i].text);
        VEC_PUSH(*origins, ocount, ocap, file->path);
      }
  }
  static const char default_sig[] = "DoTraceMessage(FLAG,MSG,...)";
  if (!named_before(*sigs, count, default_sig)) {
    VEC_PUSH(*sigs, count, cap, default_sig);
    VEC_PUSH(*origins, ocount, ocap, "WPP's default configuration");
  }
  return count;
}

static char *standin_text(const wpp_plan *p, const wpp_job *j) {
  strbuf sb;
  strbuf_init(&sb);
  strbuf_puts(
      &sb,
      "/* irqlint's stand-in for a WPP trace message header (.tmh), which "
      "the\n * WPP preprocessor writes at build time (irqlint's "
      "docs/wpp.md): the\n * control macros do nothing, the trace "
      "functions take any arguments and\n * do nothing, the trace flags are "
      "constants. */\n#ifndef IRQLINT_WPP_STANDIN\n#define "
      "IRQLINT_WPP_STANDIN 1\n");
  const wpp_options *o = j->opts && j->opts->enabled ? j->opts : NULL;
  if (o && o->kernel)
    strbuf_puts(&sb, "#ifndef WPP_KERNEL_MODE\n#define WPP_KERNEL_MODE 1\n"
                     "#endif\n");
  for (unsigned i = 0; o && i < o->defines.count; i++)
    standin_define(&sb, o->defines.items[i].text);
  strbuf_puts(&sb, "#if defined(__has_include)\n"
                   "#if __has_include(<evntrace.h>)\n"
                   "#include <evntrace.h>\n#endif\n");
  if (o && o->recorder)
    strbuf_puts(&sb, "#if __has_include(<WppRecorder.h>)\n"
                     "#include <WppRecorder.h>\n#endif\n");
  strbuf_puts(&sb, "#endif\n");
  static const char *const controls[] = {
      "WPP_INIT_TRACING(...) ((void)0)",
      "WPP_CLEANUP(...) ((void)0)",
      "WPP_SYSTEMCONTROL(...) ((void)0)",
      "WPP_SYSTEMCONTROL2(...) ((void)0)",
      "WPP_LEVEL_ENABLED(...) irqlint_wpp_enabled(0, ##__VA_ARGS__)",
      "WPP_FLAG_ENABLED(...) irqlint_wpp_enabled(0, ##__VA_ARGS__)",
      "WPP_LEVEL_LOGGER(...) ((void *)0)",
      "WPP_DEFINE_CONTROL_GUID(...)",
      "WPP_DEFINE_BIT(...)"};
  strbuf_puts(&sb, "int __cdecl irqlint_wpp_enabled(int irqlint_none, ...);\n");
  for (size_t i = 0; i < sizeof controls / sizeof *controls; i++)
    strbuf_printf(&sb, "#undef %.*s\n#define %s\n",
                  (int)strcspn(controls[i], "("), controls[i], controls[i]);
  /* the flags: WPP_DEFINE_BIT names, each once */
  const char **flags = NULL;
  size_t flag_count = 0, flag_cap = 0;
  if (o && o->ctl)
    for (size_t i = 0; i < 3; i++)
      VEC_PUSH(flags, flag_count, flag_cap, flag_names[i]);
  for (size_t f = 0; f < j->file_count; f++) {
    const wpp_file *file = &p->files[j->files[f]];
    for (size_t i = 0; i < file->found_count; i++)
      if (file->found[i].kind == FOUND_FLAG) {
        int seen = 0;
        for (size_t k = 0; k < flag_count && !seen; k++)
          seen = strcmp(flags[k], file->found[i].text) == 0;
        if (!seen)
          VEC_PUSH(flags, flag_count, flag_cap, file->found[i].text);
      }
  }
  for (size_t i = 0; i < flag_count; i++)
    strbuf_printf(&sb, "#ifndef %s\nenum { %s = %zu };\n#endif\n", flags[i],
                  flags[i], i + 1);
  free(flags);
  const char **sigs, **origins;
  size_t count = job_functions(p, j, &sigs, &origins);
  for (size_t i = 0; i < count; i++) {
    int n = (int)name_length(sigs[i]);
    strbuf_printf(&sb,
                  "void __cdecl irqlint_wpp_%.*s(int irqlint_none, ...);\n"
                  "#undef %.*s\n#define %.*s(...) irqlint_wpp_%.*s(0, "
                  "##__VA_ARGS__)\n",
                  n, sigs[i], n, sigs[i], n, sigs[i], n, sigs[i]);
  }
  free(sigs);
  free(origins);
  strbuf_puts(&sb, "#endif\n");
  char *out = xstrdup(strbuf_cstr(&sb));
  strbuf_free(&sb);
  return out;
}

/* The canonical include directories a job's arguments name. */
static size_t job_dirs(const fe_job *job, char ***out) {
  size_t count = 0, cap = 0;
  *out = NULL;
  for (unsigned i = 0; i < job->arg_count; i++) {
    const char *arg = job->args[i];
    const char *dir = NULL;
    if (strncmp(arg, "/clang:", 7) == 0)
      arg += 7;
    static const char *const flags[] = {"-isystem", "-idirafter", "-iquote",
                                        "-imsvc",   "-I",         "/I"};
    for (size_t k = 0; k < sizeof flags / sizeof *flags && !dir; k++) {
      size_t n = strlen(flags[k]);
      if (strncmp(arg, flags[k], n) != 0)
        continue;
      dir = arg[n] ? arg + n : i + 1 < job->arg_count ? job->args[++i] : NULL;
    }
    if (!dir || !*dir)
      continue;
    char *joined = path_in_dir(job->directory, dir);
    char resolved[PATH_MAX];
    if (realpath(joined, resolved))
      VEC_PUSH(*out, count, cap, xstrdup(resolved));
    free(joined);
  }
  return count;
}

wpp_plan *wpp_plan_build(const fe_job *jobs, unsigned count,
                         const wpp_options *const *per_job) {
  wpp_plan *p = xcalloc(1, sizeof *p);
  p->bundled = bundled_wdk_root();
  p->jobs = xcalloc(count ? count : 1, sizeof *p->jobs);
  p->job_count = count;
  for (unsigned n = 0; n < count; n++) {
    wpp_job *j = &p->jobs[n];
    j->job = &jobs[n];
    j->opts = per_job ? per_job[n] : NULL;
    char **dirs;
    size_t dir_count = job_dirs(j->job, &dirs);
    strbuf dirs_key;
    strbuf_init(&dirs_key);
    for (size_t i = 0; i < dir_count; i++)
      strbuf_printf(&dirs_key, "%s;", dirs[i]);
    char *file = path_in_dir(j->job->directory, j->job->file);
    char resolved[PATH_MAX];
    if (realpath(file, resolved))
      visit(p, j, resolved);
    free(file);
    for (unsigned i = 0; j->opts && j->opts->enabled && i < j->opts->scan.count;
         i++)
      if (realpath(j->opts->scan.items[i].text, resolved))
        visit(p, j, resolved);
    for (size_t f = 0; f < j->file_count; f++) {
      unsigned k = j->files[f];
      for (size_t i = 0; i < p->files[k].include_count; i++) {
        const wpp_include *inc = &p->files[k].includes[i];
        char *found = find_include_cached(p, p->files[k].path, inc, dirs,
                                          dir_count, strbuf_cstr(&dirs_key));
        if (has_suffix(inc->name, ".tmh")) {
          wpp_tmh t = {k, inc->name, inc->line, found, NULL};
          if (!found) {
            /* where clang looks first: the includer's directory, or the
             * first include directory for <x.tmh> */
            char *base = xstrdup(p->files[k].path);
            *strrchr(base, '/') = '\0';
            const char *dir = inc->angle && dir_count ? dirs[0] : base;
            char *name = xstrdup(inc->name);
            for (char *c = name; *c; c++)
              if (*c == '\\')
                *c = '/';
            t.standin = xasprintf("%s/%s", dir, name);
            free(name);
            free(base);
          }
          VEC_PUSH(j->tmh, j->tmh_count, j->tmh_cap, t);
        } else if (found) {
          visit(p, j, found);
          free(found);
        }
      }
    }
    for (size_t i = 0; i < dir_count; i++)
      free(dirs[i]);
    free(dirs);
    strbuf_free(&dirs_key);
    for (size_t i = 0; i < j->tmh_count && !j->text; i++)
      if (j->tmh[i].standin)
        j->text = standin_text(p, j);
  }
  return p;
}

void wpp_plan_free(wpp_plan *p) {
  if (!p)
    return;
  for (size_t i = 0; i < p->file_count; i++) {
    wpp_file *f = &p->files[i];
    for (size_t k = 0; k < f->include_count; k++)
      free(f->includes[k].name);
    for (size_t k = 0; k < f->found_count; k++)
      free(f->found[k].text);
    free(f->includes);
    free(f->found);
    free(f->path);
  }
  free(p->files);
  for (unsigned n = 0; n < p->job_count; n++) {
    wpp_job *j = &p->jobs[n];
    for (size_t i = 0; i < j->tmh_count; i++) {
      free(j->tmh[i].found);
      free(j->tmh[i].standin);
    }
    free(j->tmh);
    free(j->files);
    free(j->text);
  }
  free(p->jobs);
  for (size_t i = 0; i < p->resolved_cap; i++) {
    free(p->resolved[i].key);
    free(p->resolved[i].found);
  }
  free(p->resolved);
  free(p->bundled);
  free(p);
}

int wpp_plan_add_standins(const wpp_plan *p, fe_header_overlay *overlay,
                          char **error) {
  for (unsigned n = 0; n < p->job_count; n++) {
    const wpp_job *j = &p->jobs[n];
    for (size_t i = 0; i < j->tmh_count; i++)
      if (j->tmh[i].standin &&
          fe_header_overlay_add_standin(overlay, j->tmh[i].standin, j->text,
                                        error) != 0)
        return -1;
  }
  return 0;
}

/* ---- --dump-config ---- */

static void dump_entry(FILE *out, const char *key, const char *value,
                       const char *from_file, unsigned line, const char *from) {
  fprintf(out, "\n      - { %s: ", key);
  project_dump_quoted(out, value);
  fputs(", from: ", out);
  if (from_file) {
    char *at = xasprintf("%s:%u", from_file, line);
    project_dump_quoted(out, at);
    free(at);
  } else {
    project_dump_quoted(out, from);
  }
  fputs(" }", out);
}

void wpp_plan_dump(const wpp_plan *p, FILE *out) {
  int any = 0;
  for (unsigned n = 0; n < p->job_count; n++) {
    const wpp_job *j = &p->jobs[n];
    int config = j->opts && j->opts->enabled;
    for (size_t f = 0; f < j->file_count && !config; f++)
      config = p->files[j->files[f]].found_count != 0;
    if (!j->tmh_count && !config)
      continue;
    if (!any)
      fputs("---\n# WPP software tracing: the .tmh files and the "
            "configuration found (docs/wpp.md)\nwpp:\n",
            out);
    any = 1;
    fputs("  - file: ", out);
    project_dump_quoted(out, job_shown_path(j->job, j->job->file));
    fprintf(out, "\n    wpp-enabled: %s",
            !j->opts           ? "unknown (not a project)"
            : j->opts->enabled ? "true"
                               : "false");
    fputs("\n    tmh:", out);
    if (!j->tmh_count)
      fputs(" []", out);
    for (size_t i = 0; i < j->tmh_count; i++) {
      const wpp_tmh *t = &j->tmh[i];
      fputs("\n      - { include: ", out);
      project_dump_quoted(out, t->name);
      fputs(", in: ", out);
      char *at = xasprintf(
          "%s:%u", job_shown_path(j->job, p->files[t->file].path), t->line);
      project_dump_quoted(out, at);
      free(at);
      if (t->found) {
        fputs(", kept: ", out);
        project_dump_quoted(out, job_shown_path(j->job, t->found));
      } else {
        fputs(", stand-in: ", out);
        project_dump_quoted(out, job_shown_path(j->job, t->standin));
      }
      fputs(" }", out);
    }
    const char **sigs, **origins;
    size_t count = job_functions(p, j, &sigs, &origins);
    fputs("\n    functions:", out);
    for (size_t i = 0; i < count; i++) {
      /* a file's: with the line of its block */
      unsigned line = 0;
      const char *file = NULL;
      for (size_t f = 0; f < j->file_count && !file; f++) {
        const wpp_file *wf = &p->files[j->files[f]];
        if (wf->path != origins[i])
          continue;
        for (size_t k = 0; k < wf->found_count && !file; k++)
          if (wf->found[k].text == sigs[i]) {
            file = job_shown_path(j->job, wf->path);
            line = wf->found[k].line;
          }
      }
      dump_entry(out, "function", sigs[i], file, line,
                 file ? NULL : origins[i]);
    }
    free(sigs);
    free(origins);
    fputs("\n    flags:", out);
    int none = 1;
    if (j->opts && j->opts->enabled && j->opts->ctl)
      for (size_t i = 0; i < 3; i++, none = 0)
        dump_entry(out, "flag", flag_names[i], NULL, 0, "-ctl:");
    for (size_t f = 0; f < j->file_count; f++) {
      const wpp_file *wf = &p->files[j->files[f]];
      for (size_t k = 0; k < wf->found_count; k++)
        if (wf->found[k].kind == FOUND_FLAG) {
          dump_entry(out, "flag", wf->found[k].text,
                     job_shown_path(j->job, wf->path), wf->found[k].line, NULL);
          none = 0;
        }
    }
    if (none)
      fputs(" []", out);
    fputs("\n    other-configuration:", out);
    none = 1;
    for (size_t f = 0; f < j->file_count; f++) {
      const wpp_file *wf = &p->files[j->files[f]];
      for (size_t k = 0; k < wf->found_count; k++)
        if (wf->found[k].kind == FOUND_CONFIG) {
          dump_entry(out, "line", wf->found[k].text,
                     job_shown_path(j->job, wf->path), wf->found[k].line, NULL);
          none = 0;
        }
    }
    for (unsigned i = 0; j->opts && i < j->opts->ignored.count; i++, none = 0)
      dump_entry(out, "option", j->opts->ignored.items[i].text, NULL, 0,
                 j->opts->ignored.items[i].origin);
    if (none)
      fputs(" []", out);
    fputc('\n', out);
  }
}
