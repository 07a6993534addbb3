/* Projects and solutions as irqlint's input (see project.h): which
 * configuration, which projects of a solution are kernel-mode drivers,
 * what the WDK's build adds to their compile commands, and the jobs.
 *
 * The configuration: --configuration/--platform when given, else the
 * project's newest x64 Release configuration it declares, else the first.
 *
 * What the WDK adds for a kernel-mode driver, which the project file does
 * not spell out (its property sheets and the compiler's /kernel switch are
 * not on this machine), one row per fact, with the page it comes from:
 *
 *   _KERNEL_MODE=1           cl's /kernel, which the kernel-mode toolset
 *                            passes: learn.microsoft.com/cpp/build/reference/
 *                            kernel-create-kernel-mode-binary
 *   _WIN64 _AMD64_ AMD64     x64; _WIN64 _ARM64_ ARM64 for ARM64; _X86_=1
 *   (and the others)         i386=1 STD_CALL for Win32: WindowsDriver.
 *                            $(Platform).props, learn.microsoft.com/
 *                            windows-hardware/drivers/devtest/windows-driver-
 *                            specific-property-files
 *   WINNT=1                  the same property sheets (every driver)
 *   DEPRECATE_DDK_FUNCTIONS=1  the same
 *   NTDDI_VERSION,           from TargetVersion / _NT_TARGET_VERSION
 *   _WIN32_WINNT, WINVER     (Windows10 when unset, the WDK's default):
 *                            learn.microsoft.com/windows-hardware/drivers/
 *                            develop/building-drivers-for-different-versions-
 *                            of-windows; the values are sdkddkver.h's
 *                            (learn.microsoft.com/cpp/porting/modifying-
 *                            winver-and-win32-winnt)
 *   KMDF_VERSION_MAJOR,      DriverType KMDF: the KMDF_VERSION_MAJOR/MINOR
 *   KMDF_VERSION_MINOR,      properties, else 1 and the TargetVersion's
 *   KMDF_MINIMUM_VERSION_    default (1.15 Windows 10, 1.11 Windows 8/8.1,
 *   REQUIRED                 1.9 Windows 7); the minimum from
 *                            KMDF_MINIMUM_VERSION_REQUIRED, else the minor:
 *                            learn.microsoft.com/windows-hardware/drivers/
 *                            develop/driver-model-settings-properties-for-
 *                            driver-projects
 *   POOL_NX_OPTIN=1          learn.microsoft.com/windows-hardware/drivers/
 *                            kernel/single-binary-opt-in-pool-nx-optin
 *   DBG=1                    a Debug configuration (UseDebugLibraries, else
 *                            the configuration's name)
 *
 * A define the project sets itself replaces the WDK's. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "project.h"

#include "../util/xalloc.h"
#include "mof.h"
#include "msbuild.h"
#include "wpp.h"

#include <ctype.h>
#include <dirent.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

typedef struct proj_source {
  const char *path;    /* absolute */
  const char *include; /* as the project names it */
  msb_list defines, undefines, includes, forced;
  wpp_options wpp;
} proj_source;

typedef struct proj_project {
  msb_project msb;
  const char *configuration, *platform;
  const char *kind;   /* "Driver KMDF" */
  const char *target; /* clang's target triple */
  proj_source *sources;
  unsigned source_count, source_cap;
  msb_list excluded, missing, left_out; /* sources; include directories */
  msb_list defines_left_out;            /* defines that name no macro */
  unsigned cpp_skipped;
  /* a static library read because a driver links it: which, and how */
  const char *linked_by;
  mof_headers mof;  /* the WMI headers its build writes */
  msgc_inputs msgc; /* the headers the message compiler writes */
} proj_project;

struct project_set {
  arena mem;
  proj_project **projects;
  unsigned count, cap;
  msb_list skipped; /* projects of a solution that are not analyzed */
};

static void push(arena *a, msb_list *l, const char *text, const char *origin) {
  msb_list_push(a, l, text, NULL, origin);
}

static int ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && strcasecmp(s + n - k, suffix) == 0;
}

int project_is_input(const char *path) {
  return ends_with(path, ".vcxproj") || ends_with(path, ".sln");
}

/* ---- the configuration ---- */

static int split_config(const char *decl, const char **cfg, size_t *cfg_len,
                        const char **plat) {
  const char *bar = strchr(decl, '|');
  if (!bar)
    return 0;
  *cfg = decl;
  *cfg_len = (size_t)(bar - decl);
  *plat = bar + 1;
  return 1;
}

/* Does a configuration name (cfg_len characters) contain "Release"? */
static int names_release(const char *cfg, size_t cfg_len) {
  for (size_t i = 0; i + 7 <= cfg_len; i++)
    if (strncasecmp(cfg + i, "Release", 7) == 0)
      return 1;
  return 0;
}

/* The configuration and platform to evaluate (in `a`); -1 with *error,
 * -2 with *error when the project has no such configuration. */
static int choose_configuration(arena *a, const char *path,
                                const char *want_cfg, const char *want_plat,
                                const char **cfg_out, const char **plat_out,
                                char **error) {
  const char **decls;
  unsigned n;
  if (msb_project_configurations(path, a, &decls, &n, error) != 0)
    return -1;
  if (n == 0) {
    *cfg_out = want_cfg ? want_cfg : "Release";
    *plat_out = want_plat ? want_plat : "x64";
    return 0;
  }
  int best = -1, best_score = -1;
  for (unsigned i = 0; i < n; i++) {
    const char *cfg = NULL, *plat = NULL;
    size_t cl = 0;
    if (!split_config(decls[i], &cfg, &cl, &plat))
      continue;
    int cfg_match =
        want_cfg ? strlen(want_cfg) == cl && strncasecmp(cfg, want_cfg, cl) == 0
                 : -1;
    int plat_match = want_plat ? strcasecmp(plat, want_plat) == 0 : -1;
    if (cfg_match == 0 || plat_match == 0)
      continue;
    /* what was not asked for: x64 and a Release configuration ("Release",
     * else one named for a release such as "Win10 Release"), the one
     * declared last when several qualify (projects list the newest target
     * last); else the first declared */
    int exact_release = cl == 7 && strncasecmp(cfg, "Release", 7) == 0;
    int named_release = exact_release || names_release(cfg, cl);
    int x64 = strcasecmp(plat, "x64") == 0;
    int score = want_cfg || want_plat
                    ? (cfg_match == 1 || named_release) * 8 +
                          (plat_match == 1 || x64) * 4 + exact_release * 2
                    : x64 * 8 + named_release * 4 + exact_release * 2;
    if (score > best_score || (score == best_score && score > 0)) {
      best = (int)i;
      best_score = score;
    }
  }
  if (best < 0) {
    strbuf sb;
    strbuf_init(&sb);
    for (unsigned i = 0; i < n; i++)
      strbuf_printf(&sb, "%s%s", i ? ", " : "", decls[i]);
    *error = xasprintf("'%s' has no configuration %s|%s (it has %s)", path,
                       want_cfg ? want_cfg : "*", want_plat ? want_plat : "*",
                       strbuf_cstr(&sb));
    strbuf_free(&sb);
    return -2;
  }
  const char *cfg = NULL, *plat = NULL;
  size_t cl = 0;
  split_config(decls[best], &cfg, &cl, &plat);
  *cfg_out = arena_strndup(a, cfg, cl);
  *plat_out = plat;
  return 0;
}

/* ---- what the WDK adds ---- */

typedef struct platform_info {
  const char *name, *target;
  const char *defines[4];
} platform_info;

static const platform_info platforms[] = {
    {"x64", "x86_64-pc-windows-msvc", {"_WIN64", "_AMD64_", "AMD64", NULL}},
    {"ARM64", "aarch64-pc-windows-msvc", {"_WIN64", "_ARM64_", "ARM64", NULL}},
    {"Win32", "i686-pc-windows-msvc", {"_X86_=1", "i386=1", "STD_CALL", NULL}},
    {"x86", "i686-pc-windows-msvc", {"_X86_=1", "i386=1", "STD_CALL", NULL}},
    {"ARM", "thumbv7-pc-windows-msvc", {"_ARM_", "ARM", "STD_CALL", NULL}},
};

static const platform_info *platform_named(const char *name) {
  for (size_t i = 0; i < sizeof platforms / sizeof *platforms; i++)
    if (strcasecmp(platforms[i].name, name) == 0)
      return &platforms[i];
  return NULL;
}

/* TargetVersion's Windows version, as _WIN32_WINNT; and its default KMDF
 * minor version. */
static unsigned target_winnt(const char *tv, const char *nt_target,
                             unsigned *ntddi, unsigned *kmdf_minor) {
  unsigned winnt = 0x0A00;
  if (strcasecmp(tv, "Windows7") == 0 || strcasecmp(tv, "Win7") == 0)
    winnt = 0x0601;
  else if (strcasecmp(tv, "Windows8") == 0 || strcasecmp(tv, "Win8") == 0)
    winnt = 0x0602;
  else if (strcasecmp(tv, "WindowsV6.3") == 0)
    winnt = 0x0603;
  else if (strcasecmp(tv, "Vista") == 0)
    winnt = 0x0600;
  *ntddi = winnt << 16;
  /* a Windows 10 release named by the project (_NT_TARGET_VERSION
   * 0xA000006: NTDDI_WIN10_RS5) */
  unsigned long v = strtoul(nt_target, NULL, 0);
  if (v > 0xFFFF) {
    *ntddi = (unsigned)v;
    winnt = (unsigned)(v >> 16);
  }
  *kmdf_minor = winnt >= 0x0A00 ? 15 : winnt >= 0x0602 ? 11 : 9;
  return winnt;
}

static int is_debug(const msb_project *m, const char *configuration) {
  const char *dbg = msb_property_value(m, "UseDebugLibraries");
  if (*dbg)
    return strcasecmp(dbg, "true") == 0;
  return strncasecmp(configuration, "Debug", 5) == 0;
}

/* The WDK's defines for this project, each with why. */
static void wdk_defines(proj_project *pr, const platform_info *pl,
                        msb_list *out) {
  arena *a = &pr->msb.mem;
  const msb_project *m = &pr->msb;
  push(a, out, "_KERNEL_MODE=1", "WDK: /kernel (kernel-mode driver)");
  const char *why = arena_printf(a, "WDK: platform %s", pr->platform);
  for (int i = 0; pl->defines[i]; i++)
    push(a, out, pl->defines[i], why);
  push(a, out, "WINNT=1", "WDK: kernel-mode driver");
  push(a, out, "DEPRECATE_DDK_FUNCTIONS=1", "WDK: kernel-mode driver");
  push(a, out, "POOL_NX_OPTIN=1", "WDK: kernel-mode driver");
  const char *tv = msb_property_value(m, "TargetVersion");
  unsigned ntddi, kmdf_minor;
  unsigned winnt = target_winnt(tv, msb_property_value(m, "_NT_TARGET_VERSION"),
                                &ntddi, &kmdf_minor);
  const char *tv_why =
      *tv ? arena_printf(a, "WDK: TargetVersion %s", tv)
          : "WDK: TargetVersion (not set: Windows10, the WDK's default)";
  push(a, out, arena_printf(a, "NTDDI_VERSION=0x%08X", ntddi), tv_why);
  push(a, out, arena_printf(a, "_WIN32_WINNT=0x%04X", winnt), tv_why);
  push(a, out, arena_printf(a, "WINVER=0x%04X", winnt), tv_why);
  if (strcasecmp(msb_property_value(m, "DriverType"), "KMDF") == 0) {
    const char *major = msb_property_value(m, "KMDF_VERSION_MAJOR");
    const char *minor = msb_property_value(m, "KMDF_VERSION_MINOR");
    const char *minimum =
        msb_property_value(m, "KMDF_MINIMUM_VERSION_REQUIRED");
    if (!*minor)
      minor = arena_printf(a, "%u", kmdf_minor);
    push(a, out, arena_printf(a, "KMDF_VERSION_MAJOR=%s", *major ? major : "1"),
         *major ? "WDK: KMDF_VERSION_MAJOR property"
                : "WDK: KMDF (KMDF_VERSION_MAJOR not set: 1)");
    push(a, out, arena_printf(a, "KMDF_VERSION_MINOR=%s", minor),
         *msb_property_value(m, "KMDF_VERSION_MINOR")
             ? "WDK: KMDF_VERSION_MINOR property"
             : "WDK: KMDF (KMDF_VERSION_MINOR not set: TargetVersion's "
               "default)");
    push(a, out,
         arena_printf(a, "KMDF_MINIMUM_VERSION_REQUIRED=%s",
                      *minimum ? minimum : minor),
         *minimum ? "WDK: KMDF_MINIMUM_VERSION_REQUIRED property"
                  : "WDK: KMDF (the minimum: KMDF_VERSION_MINOR)");
  }
  if (is_debug(m, pr->configuration))
    push(a, out, "DBG=1",
         arena_printf(a, "WDK: %s configuration", pr->configuration));
}

static size_t macro_name_length(const char *define) {
  return strcspn(define, "=#");
}

/* Can the first n characters of a define name a macro (a C identifier)? */
static int is_macro_name(const char *define, size_t n) {
  if (!n || isdigit((unsigned char)define[0]))
    return 0;
  for (size_t i = 0; i < n; i++)
    if (!isalnum((unsigned char)define[i]) && define[i] != '_' &&
        define[i] != '$')
      return 0;
  return 1;
}

static int defines_macro(const msb_list *l, const char *define) {
  size_t n = macro_name_length(define);
  for (unsigned i = 0; i < l->count; i++)
    if (macro_name_length(l->items[i].text) == n &&
        strncmp(l->items[i].text, define, n) == 0)
      return 1;
  return 0;
}

/* ---- kinds of projects ---- */

/* A kernel-mode driver, or a static library built with the kernel-mode
 * toolset (linked into one); 0 with the reason in *why otherwise. */
static int is_kernel_mode(const msb_project *m, const char **why) {
  const char *type = msb_property_value(m, "ConfigurationType");
  const char *driver = msb_property_value(m, "DriverType");
  const char *toolset = msb_property_value(m, "PlatformToolset");
  int kernel_toolset = strncasecmp(toolset, "WindowsKernelModeDriver", 23) == 0;
  if (strcasecmp(driver, "UMDF") == 0 ||
      strncasecmp(toolset, "WindowsUserModeDriver", 21) == 0) {
    *why = "user-mode code";
    return 0;
  }
  if (strncasecmp(toolset, "WindowsApplicationForDrivers", 28) == 0) {
    *why = "a user-mode application";
    return 0;
  }
  if (strcasecmp(type, "Driver") == 0)
    return 1;
  /* a library of kernel-mode code, linked into drivers */
  if (strcasecmp(type, "StaticLibrary") == 0 && (kernel_toolset || *driver))
    return 1;
  *why = *type ? "not a kernel-mode driver" : "no ConfigurationType";
  return 0;
}

static int is_c_source(const char *include, const msb_item *item) {
  const msb_list *as = msb_item_metadata(item, "CompileAs");
  if (as && as->count && strcasecmp(as->items[0].text, "CompileAsCpp") == 0)
    return 0;
  if (as && as->count && strcasecmp(as->items[0].text, "CompileAsC") == 0)
    return 1;
  return ends_with(include, ".c");
}

static const char *windows_to_posix(arena *a, const char *path) {
  char *out = arena_strdup(a, path);
  for (char *c = out; *c; c++)
    if (*c == '\\')
      *c = '/';
  return out;
}

/* A boolean metadata or property. */
static int setting_true(const msb_project *m, const msb_item *item,
                        const char *name) {
  return msb_item_value_is(item, name, "true") ||
         strcasecmp(msb_property_value(m, name), "true") == 0;
}

/* What the project's WPP settings say for the source (wpp.h). */
static void read_wpp(proj_project *pr, const msb_item *item, wpp_options *w) {
  arena *a = &pr->msb.mem;
  const msb_project *m = &pr->msb;
  w->enabled = setting_true(m, item, "WppEnabled") ||
               setting_true(m, item, "RunWppTracing");
  w->kernel = setting_true(m, item, "WppKernelMode");
  w->recorder = setting_true(m, item, "WppRecorderEnabled");
  const msb_list *l = msb_item_metadata(item, "WppTraceFunction");
  for (unsigned i = 0; l && i < l->count; i++)
    if (*l->items[i].text)
      msb_list_push(a, &w->funcs, l->items[i].text, NULL, l->items[i].origin);
  l = msb_item_metadata(item, "WppScanConfigurationData");
  for (unsigned i = 0; l && i < l->count; i++) {
    const msb_value *v = &l->items[i];
    char *found =
        v->raw || !*v->text ? NULL : msb_resolve_path(pr->msb.dir, v->text);
    if (found)
      msb_list_push(a, &w->scan, arena_strdup(a, found), NULL, v->origin);
    else if (*v->text || v->raw)
      msb_list_push(a, &w->ignored,
                    arena_printf(a, "WppScanConfigurationData %s",
                                 v->raw ? v->raw : v->text),
                    NULL, v->origin);
    free(found);
  }
  l = msb_item_metadata(item, "WppPreprocessorDefinitions");
  for (unsigned i = 0; l && i < l->count; i++)
    if (*l->items[i].text)
      msb_list_push(a, &w->defines, l->items[i].text, NULL, l->items[i].origin);
  /* the values were split at ';', which TraceWPP's options do not use; a
   * value naming a property this reader does not know is read as written,
   * and its options that name one are set aside (the WDK's files) */
  l = msb_item_metadata(item, "WppAdditionalOptions");
  for (unsigned i = 0; l && i < l->count; i++)
    wpp_options_parse(a, w,
                      l->items[i].raw ? l->items[i].raw : l->items[i].text,
                      l->items[i].origin, pr->msb.dir);
}

/* One source's compile settings. */
static void add_source(proj_project *pr, const msb_item *item, const char *path,
                       const msb_list *wdk) {
  arena *a = &pr->msb.mem;
  pr->sources = arena_grow(a, pr->sources, pr->source_count, &pr->source_cap,
                           sizeof *pr->sources);
  proj_source *s = &pr->sources[pr->source_count++];
  memset(s, 0, sizeof *s);
  s->path = arena_strdup(a, path);
  s->include = windows_to_posix(a, item->include);
  const msb_list *defs = msb_item_metadata(item, "PreprocessorDefinitions");
  msb_list own = {NULL, 0, 0};
  for (unsigned i = 0; defs && i < defs->count; i++) {
    const msb_value *d = &defs->items[i];
    if (!*d->text)
      continue;
    if (!is_macro_name(d->text, macro_name_length(d->text))) {
      /* cl defines it as written, a macro no code can name ("/wd4996"
       * put among the defines); clang would reject the option */
      int seen = 0;
      for (unsigned k = 0; k < pr->defines_left_out.count && !seen; k++)
        seen = strcmp(pr->defines_left_out.items[k].text, d->text) == 0;
      if (!seen)
        push(a, &pr->defines_left_out, d->text, d->origin);
      continue;
    }
    push(a, &own, d->text, d->origin);
  }
  for (unsigned i = 0; i < wdk->count; i++)
    if (!defines_macro(&own, wdk->items[i].text))
      push(a, &s->defines, wdk->items[i].text, wdk->items[i].origin);
  for (unsigned i = 0; i < own.count; i++)
    push(a, &s->defines, own.items[i].text, own.items[i].origin);
  const msb_list *undefs =
      msb_item_metadata(item, "UndefinePreprocessorDefinitions");
  for (unsigned i = 0; undefs && i < undefs->count; i++)
    if (*undefs->items[i].text)
      push(a, &s->undefines, undefs->items[i].text, undefs->items[i].origin);
  const msb_list *incs =
      msb_item_metadata(item, "AdditionalIncludeDirectories");
  for (unsigned i = 0; incs && i < incs->count; i++) {
    const msb_value *v = &incs->items[i];
    char *dir =
        v->raw || !*v->text ? NULL : msb_resolve_path(pr->msb.dir, v->text);
    struct stat st;
    if (dir && stat(dir, &st) == 0 && S_ISDIR(st.st_mode)) {
      int seen = 0;
      for (unsigned k = 0; k < s->includes.count && !seen; k++)
        seen = strcmp(s->includes.items[k].text, dir) == 0;
      if (!seen)
        push(a, &s->includes, arena_strdup(a, dir), v->origin);
    } else {
      /* a WDK directory or one not on this machine: once per project */
      const char *shown = v->raw ? v->raw : v->text;
      int seen = 0;
      for (unsigned k = 0; k < pr->left_out.count && !seen; k++)
        seen = strcmp(pr->left_out.items[k].text, shown) == 0;
      if (!seen)
        push(a, &pr->left_out, shown, v->origin);
    }
    free(dir);
  }
  /* MSVC reads the .pch in place of the precompiled header's #include and
   * never looks for the header, which the .pch was made from in the
   * project's directory: the header is found there */
  if (msb_item_value_is(item, "PrecompiledHeader", "Use") ||
      msb_item_value_is(item, "PrecompiledHeader", "Create")) {
    const msb_list *file = msb_item_metadata(item, "PrecompiledHeaderFile");
    const char *name = file && file->count ? file->items[0].text : "stdafx.h";
    push(a, &s->includes, pr->msb.dir,
         arena_printf(a, "precompiled header %s (the project's directory)",
                      name));
  }
  read_wpp(pr, item, &s->wpp);
  const msb_list *forced = msb_item_metadata(item, "ForcedIncludeFiles");
  for (unsigned i = 0; forced && i < forced->count; i++) {
    const msb_value *v = &forced->items[i];
    if (!*v->text)
      continue;
    char *found = msb_resolve_path(pr->msb.dir, v->text);
    push(a, &s->forced,
         found ? arena_strdup(a, found) : windows_to_posix(a, v->text),
         v->origin);
    free(found);
  }
}

/* The WMI headers the build writes (mof.h), and their directories on
 * each source's include path after the project's own: where the build
 * writes them, its intermediate directory, is on the path of its
 * compiles. */
static void add_mof_dirs(proj_project *pr) {
  arena *a = &pr->msb.mem;
  mof_headers_read(a, &pr->msb, &pr->mof);
  for (unsigned h = 0; h < pr->mof.count; h++) {
    const mof_header *mh = &pr->mof.items[h];
    if (mh->left_out)
      continue;
    char *dir = arena_strdup(a, mh->header);
    *strrchr(dir, '/') = '\0';
    const char *origin =
        arena_printf(a, "the directory of the WMI header %s (Wmimofck %s)",
                     strrchr(mh->header, '/') + 1, mh->origin);
    for (unsigned i = 0; i < pr->source_count; i++) {
      proj_source *s = &pr->sources[i];
      int seen = 0;
      for (unsigned k = 0; k < s->includes.count && !seen; k++)
        seen = strcmp(s->includes.items[k].text, dir) == 0;
      if (!seen)
        push(a, &s->includes, dir, origin);
    }
  }
}

static void print_lines(int quiet, const char *fmt, const char *a,
                        const char *b) {
  if (!quiet)
    fprintf(stderr, fmt, a, b);
}

/* Reads one project; NULL with *error; or the project, not to analyze
 * when *skip_reason says why (not kernel-mode code; a solution's project
 * without the configuration asked for, when `in_solution`). */
static proj_project *read_project(const char *path, const char *want_cfg,
                                  const char *want_plat,
                                  const char *solution_dir, int in_solution,
                                  int quiet, const char **skip_reason,
                                  char **error) {
  *error = NULL;
  *skip_reason = NULL;
  arena scratch;
  arena_init(&scratch);
  const char *cfg, *plat;
  int chosen = choose_configuration(&scratch, path, want_cfg, want_plat, &cfg,
                                    &plat, error);
  if (chosen == -2 && in_solution) {
    /* as a solution configuration that does not build the project */
    proj_project *pr = xcalloc(1, sizeof *pr);
    arena_init(&pr->msb.mem);
    *skip_reason = arena_strdup(&pr->msb.mem, strstr(*error, "has no"));
    pr->kind = "";
    free(*error);
    *error = NULL;
    arena_destroy(&scratch);
    return pr;
  }
  if (chosen != 0) {
    arena_destroy(&scratch);
    return NULL;
  }
  const platform_info *pl = platform_named(plat);
  if (!pl) {
    *error = xasprintf("'%s': platform '%s' is not one irqlint knows (x64, "
                       "ARM64, Win32, ARM)",
                       path, plat);
    arena_destroy(&scratch);
    return NULL;
  }
  proj_project *pr = xcalloc(1, sizeof *pr);
  msb_inputs in = {cfg, plat, solution_dir};
  if (msb_project_load(path, &in, &pr->msb, error) != 0) {
    free(pr);
    arena_destroy(&scratch);
    return NULL;
  }
  arena *a = &pr->msb.mem;
  pr->configuration = arena_strdup(a, cfg);
  pr->platform = arena_strdup(a, plat);
  arena_destroy(&scratch);
  pr->target = pl->target;
  const msb_project *m = &pr->msb;
  const char *type = msb_property_value(m, "ConfigurationType");
  const char *driver = msb_property_value(m, "DriverType");
  pr->kind = arena_printf(a, "%s%s%s", *type ? type : "(no ConfigurationType)",
                          *driver ? " " : "", driver);
  if (!is_kernel_mode(m, skip_reason))
    return pr; /* the caller says why and frees it */
  for (unsigned i = 0; i < m->missing_import_count; i++)
    print_lines(quiet,
                "irqlint: warning: %s%s, which does not exist; its settings "
                "are left out\n",
                m->missing_imports[i], "");
  msb_list wdk = {NULL, 0, 0};
  wdk_defines(pr, pl, &wdk);
  for (unsigned i = 0; i < m->item_count; i++) {
    const msb_item *item = &m->items[i];
    if (msb_item_value_is(item, "ExcludedFromBuild", "true")) {
      push(a, &pr->excluded, item->include, item->origin);
      continue;
    }
    if (!is_c_source(item->include, item)) {
      pr->cpp_skipped += ends_with(item->include, ".cpp") ||
                         ends_with(item->include, ".cxx") ||
                         ends_with(item->include, ".cc") ||
                         msb_item_value_is(item, "CompileAs", "CompileAsCpp");
      continue;
    }
    char *found = msb_resolve_path(m->dir, item->include);
    struct stat st;
    if (!found || stat(found, &st) != 0 || !S_ISREG(st.st_mode)) {
      push(a, &pr->missing, item->include, item->origin);
      if (!quiet)
        fprintf(stderr,
                "irqlint: warning: %s/%s names '%s', which does not "
                "exist; not analyzed\n",
                m->dir, item->origin, item->include);
      free(found);
      continue;
    }
    int dup = 0;
    for (unsigned k = 0; k < pr->source_count && !dup; k++)
      dup = strcmp(pr->sources[k].path, found) == 0;
    if (!dup)
      add_source(pr, item, found, &wdk);
    free(found);
  }
  add_mof_dirs(pr);
  msgc_inputs_read(a, m, &pr->msgc);
  if (pr->cpp_skipped && !quiet)
    fprintf(stderr,
            "irqlint: note: %s: %u C++ source%s not analyzed (irqlint "
            "analyzes C)\n",
            m->path, pr->cpp_skipped, pr->cpp_skipped == 1 ? "" : "s");
  return pr;
}

static void project_free(proj_project *pr) {
  msb_project_free(&pr->msb);
  free(pr);
}

/* ---- solutions ---- */

static char *read_text(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  strbuf sb;
  strbuf_init(&sb);
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0)
    strbuf_putn(&sb, buf, n);
  fclose(f);
  char *out = xstrdup(strbuf_cstr(&sb));
  strbuf_free(&sb);
  return out;
}

static char *dir_of(const char *path) {
  char *dir = xstrdup(path);
  char *slash = strrchr(dir, '/');
  if (slash)
    *slash = slash == dir ? (slash[1] = '\0', '/') : '\0';
  return dir;
}

/* What irqlint reads of a solution: the .vcxproj files it lists (their
 * `Project(...) = "name", "path", "{guid}"` lines), absolute, with their
 * GUIDs; its configurations (SolutionConfigurationPlatforms) and what each
 * builds of each project (ProjectConfigurationPlatforms:
 * "{guid}.Debug|x64.ActiveCfg = Debug|x64", ".Build.0" when it is built).
 * Missing projects are warned about. */
typedef struct solution {
  char **paths, **guids;
  size_t count, cap;
  char **configs; /* "Release|x64" */
  size_t config_count, config_cap;
  char **keys, **values; /* "{guid}.Release|x64.ActiveCfg", "Release|x64" */
  size_t map_count, map_cap, value_cap;
} solution;

static void solution_free(solution *sol) {
  for (size_t i = 0; i < sol->count; i++) {
    free(sol->paths[i]);
    free(sol->guids[i]);
  }
  for (size_t i = 0; i < sol->config_count; i++)
    free(sol->configs[i]);
  for (size_t i = 0; i < sol->map_count; i++) {
    free(sol->keys[i]);
    free(sol->values[i]);
  }
  free(sol->paths);
  free(sol->guids);
  free(sol->configs);
  free(sol->keys);
  free(sol->values);
}

static char *trimmed_copy(const char *b, const char *e) {
  while (b < e && isspace((unsigned char)*b))
    b++;
  while (e > b && isspace((unsigned char)e[-1]))
    e--;
  return xstrndup(b, (size_t)(e - b));
}

static void solution_read(const char *sln, int quiet, solution *sol) {
  memset(sol, 0, sizeof *sol);
  char *text = read_text(sln);
  char *dir = dir_of(sln);
  char *save = NULL;
  int section = 0; /* 1: solution configurations, 2: project ones */
  for (char *line = text ? strtok_r(text, "\r\n", &save) : NULL; line;
       line = strtok_r(NULL, "\r\n", &save)) {
    while (isspace((unsigned char)*line))
      line++;
    if (strncmp(line, "GlobalSection(", 14) == 0) {
      section =
          strncmp(line + 14, "SolutionConfigurationPlatforms", 30) == 0  ? 1
          : strncmp(line + 14, "ProjectConfigurationPlatforms", 29) == 0 ? 2
                                                                         : 0;
      continue;
    }
    if (strncmp(line, "EndGlobalSection", 16) == 0) {
      section = 0;
      continue;
    }
    char *eq = strchr(line, '=');
    if (section && eq) {
      if (section == 1) {
        VEC_PUSH(sol->configs, sol->config_count, sol->config_cap,
                 trimmed_copy(line, eq));
      } else {
        size_t n = sol->map_count, kc = sol->map_cap;
        VEC_PUSH(sol->keys, n, kc, trimmed_copy(line, eq));
        VEC_PUSH(sol->values, sol->map_count, sol->value_cap,
                 trimmed_copy(eq + 1, eq + strlen(eq)));
        sol->map_cap = kc;
      }
      continue;
    }
    if (strncmp(line, "Project(", 8) != 0)
      continue;
    /* the path and the GUID: the second and third quoted strings after
     * '=' */
    char *q[6] = {NULL, NULL, NULL, NULL, NULL, NULL};
    char *c = eq;
    for (int k = 0; c && k < 6; k++) {
      c = strchr(c, '"');
      q[k] = c;
      if (c)
        c++;
    }
    if (!q[3] || !ends_with((*q[3] = '\0', q[2] + 1), ".vcxproj"))
      continue;
    const char *rel = q[2] + 1;
    const char *guid = q[5] ? (*q[5] = '\0', q[4] + 1) : "";
    char *found = msb_resolve_path(dir, rel);
    if (!found) {
      if (!quiet)
        fprintf(stderr,
                "irqlint: warning: '%s' lists '%s', which does not exist; "
                "skipped\n",
                sln, rel);
      continue;
    }
    int dup = 0;
    for (size_t k = 0; k < sol->count && !dup; k++)
      dup = strcmp(sol->paths[k], found) == 0;
    if (dup) {
      free(found);
      continue;
    }
    size_t n = sol->count, gc = sol->cap;
    VEC_PUSH(sol->guids, n, gc, xstrdup(guid));
    VEC_PUSH(sol->paths, sol->count, sol->cap, found);
  }
  free(dir);
  free(text);
}

/* Solution platforms say x86 where projects say Win32. */
static int same_platform(const char *a, size_t an, const char *b) {
  size_t bn = strlen(b);
  if (an == bn && strncasecmp(a, b, an) == 0)
    return 1;
  int a86 = (an == 3 && strncasecmp(a, "x86", 3) == 0) ||
            (an == 5 && strncasecmp(a, "Win32", 5) == 0);
  int b86 = strcasecmp(b, "x86") == 0 || strcasecmp(b, "Win32") == 0;
  return a86 && b86;
}

/* The solution configuration to build: the one asked for, else the
 * newest x64 Release, else the first; NULL (with *error) when it has none such,
 * and NULL without an error when the solution lists no configurations. */
static const char *solution_config(const solution *sol, const char *path,
                                   const char *want_cfg, const char *want_plat,
                                   char **error) {
  const char *best = NULL;
  int best_score = -1;
  for (size_t i = 0; i < sol->config_count; i++) {
    const char *cfg = sol->configs[i], *bar = strchr(cfg, '|');
    if (!bar)
      continue;
    size_t cl = (size_t)(bar - cfg);
    const char *plat = bar + 1;
    if (want_cfg &&
        !(strlen(want_cfg) == cl && strncasecmp(cfg, want_cfg, cl) == 0))
      continue;
    if (want_plat && !same_platform(plat, strlen(plat), want_plat))
      continue;
    /* as for a project: x64, a Release configuration, the newest */
    int exact_release = cl == 7 && strncasecmp(cfg, "Release", 7) == 0;
    int named_release = exact_release || names_release(cfg, cl);
    int x64 = strcasecmp(plat, "x64") == 0;
    int score = want_cfg || want_plat
                    ? (want_cfg || named_release) * 8 + (want_plat || x64) * 4 +
                          exact_release * 2
                    : x64 * 8 + named_release * 4 + exact_release * 2;
    if (score > best_score || (score == best_score && score > 0)) {
      best = cfg;
      best_score = score;
    }
  }
  if (!best && sol->config_count) {
    strbuf sb;
    strbuf_init(&sb);
    for (size_t i = 0; i < sol->config_count; i++)
      strbuf_printf(&sb, "%s%s", i ? ", " : "", sol->configs[i]);
    *error = xasprintf("'%s' has no configuration %s|%s (it has %s)", path,
                       want_cfg ? want_cfg : "*", want_plat ? want_plat : "*",
                       strbuf_cstr(&sb));
    strbuf_free(&sb);
  }
  return best;
}

/* What solution configuration `config` builds of project `guid`: its
 * configuration (ActiveCfg, malloc'd) and whether it is built (Build.0);
 * NULL when the solution does not say. */
static char *solution_maps(const solution *sol, const char *guid,
                           const char *config, int *built) {
  char *active = xasprintf("%s.%s.ActiveCfg", guid, config);
  char *build = xasprintf("%s.%s.Build.0", guid, config);
  char *out = NULL;
  *built = 0;
  for (size_t i = 0; i < sol->map_count; i++) {
    if (strcasecmp(sol->keys[i], active) == 0 && !out)
      out = xstrdup(sol->values[i]);
    if (strcasecmp(sol->keys[i], build) == 0)
      *built = 1;
  }
  if (!out)
    *built = 1; /* the solution does not say: as if it did not map */
  free(active);
  free(build);
  return out;
}

/* The nearest solution in the project's directory or above that lists
 * it: its directory is the project's $(SolutionDir), as when Visual
 * Studio builds it. NULL when there is none. */
static char *find_solution_dir(const char *project) {
  const char *base = strrchr(project, '/') + 1;
  char *dir = dir_of(project);
  for (int depth = 0; depth < 8; depth++) {
    DIR *d = opendir(dir);
    struct dirent *e;
    char *hit = NULL;
    while (d && !hit && (e = readdir(d)) != NULL) {
      if (!ends_with(e->d_name, ".sln"))
        continue;
      char *path = xasprintf("%s/%s", dir, e->d_name);
      char *text = read_text(path);
      free(path);
      if (text) {
        for (char *c = text; *c; c++)
          *c = (char)tolower((unsigned char)*c);
        char *lower = xstrdup(base);
        for (char *c = lower; *c; c++)
          *c = (char)tolower((unsigned char)*c);
        /* the file name as a whole ("drv.vcxproj", not "mydrv.vcxproj") */
        for (char *at = strstr(text, lower); at && !hit;
             at = strstr(at + 1, lower))
          if (at > text && strchr("\\/\"", at[-1]))
            hit = xasprintf("%s/", strcmp(dir, "/") == 0 ? "" : dir);
        free(lower);
        free(text);
      }
    }
    if (d)
      closedir(d);
    if (hit) {
      free(dir);
      return hit;
    }
    if (strcmp(dir, "/") == 0)
      break;
    char *up = dir_of(dir);
    free(dir);
    dir = up;
  }
  free(dir);
  return NULL;
}

/* ---- the set ---- */

static void add_project(project_set *s, proj_project *pr) {
  s->projects =
      arena_grow(&s->mem, s->projects, s->count, &s->cap, sizeof *s->projects);
  s->projects[s->count++] = pr;
}

static int already_read(const project_set *s, const char *path) {
  for (unsigned i = 0; i < s->count; i++)
    if (strcmp(s->projects[i]->msb.path, path) == 0)
      return 1;
  return 0;
}

/* ---- the static libraries a driver links ----
 *
 * A driver built from a single .vcxproj links the static libraries its
 * ProjectReference items name, and the .lib files its Link
 * AdditionalDependencies name; when such a .lib is built by a project
 * here (a .vcxproj of that name in the .lib's directory or one above it,
 * in the driver's own directory, or in the solution that lists the
 * driver), that project is a static library of kernel-mode code whose
 * sources are part of the driver: they are read with their own settings,
 * in the driver's configuration when they declare it (as MSBuild passes
 * Configuration and Platform to a reference), else their own default. */

/* The library project `path`, when it is a kernel-mode static library not
 * read yet: read and added, with `how` in --dump-config. */
static void add_library(project_set *s, const proj_project *driver,
                        const char *path, const char *solution_dir,
                        const char *how, int quiet) {
  if (already_read(s, path))
    return;
  const char *why = NULL;
  char *error = NULL;
  proj_project *lib =
      read_project(path, driver->configuration, driver->platform, solution_dir,
                   1, quiet, &why, &error);
  if (lib && why && strstr(why, "has no")) { /* not that configuration */
    project_free(lib);
    lib = read_project(path, NULL, NULL, solution_dir, 1, quiet, &why, &error);
  }
  if (!lib || why ||
      strcasecmp(msb_property_value(&lib->msb, "ConfigurationType"),
                 "StaticLibrary") != 0) {
    if (!quiet && (error || why))
      fprintf(stderr,
              "irqlint: note: %s: '%s' (%s) is not analyzed with it: %s\n",
              driver->msb.path, path, how, error ? error : why);
    free(error);
    if (lib)
      project_free(lib);
    return;
  }
  lib->linked_by =
      arena_printf(&lib->msb.mem, "%s (%s)", driver->msb.name, how);
  add_project(s, lib);
  if (!quiet)
    fprintf(stderr,
            "irqlint: note: %s links the static library '%s' (%s): its "
            "sources are analyzed with it\n",
            driver->msb.path, path, how);
}

/* `<name>.vcxproj` in `dir`, without case; to free, or NULL. */
static char *project_named(const char *dir, const char *name) {
  char *file = xasprintf("%s.vcxproj", name);
  char *found = msb_resolve_path(dir, file);
  free(file);
  return found;
}

/* The .vcxproj that builds `lib` (a Link dependency as written, expanded):
 * one named as the .lib in the .lib's directory or the nearest existing
 * one above it, in the driver's directory, or among the projects of the
 * driver's solution. */
static char *library_project(const proj_project *driver, const char *lib,
                             const char *solution_dir) {
  char *copy = xstrdup(lib);
  for (char *c = copy; *c; c++)
    if (*c == '\\')
      *c = '/';
  char *slash = strrchr(copy, '/');
  const char *leaf = slash ? slash + 1 : copy;
  size_t n = strlen(leaf);
  if (n < 5 || strcasecmp(leaf + n - 4, ".lib") != 0 || strchr(copy, ':')) {
    free(copy);
    return NULL;
  }
  char *name = xstrndup(leaf, n - 4);
  char *found = NULL;
  if (slash) {
    *slash = '\0';
    /* the build writes the .lib under the library's directory
     * ($(IntDir), $(Platform)\$(Configuration)): climb to one that is */
    while (!found) {
      char *dir = msb_resolve_path(driver->msb.dir, copy);
      if (dir) {
        found = project_named(dir, name);
        free(dir);
        break;
      }
      char *up = strrchr(copy, '/');
      if (!up)
        break;
      *up = '\0';
    }
  }
  if (!found)
    found = project_named(driver->msb.dir, name);
  if (!found && solution_dir) {
    /* a project of the solution: the .sln files in its directory */
    DIR *d = opendir(solution_dir);
    struct dirent *e;
    while (d && !found && (e = readdir(d)) != NULL) {
      if (!ends_with(e->d_name, ".sln"))
        continue;
      char *sln = xasprintf("%s%s", solution_dir, e->d_name);
      solution sol;
      solution_read(sln, 1, &sol);
      for (size_t i = 0; i < sol.count && !found; i++) {
        const char *base = strrchr(sol.paths[i], '/') + 1;
        if (strlen(base) == strlen(name) + 8 &&
            strncasecmp(base, name, strlen(name)) == 0)
          found = xstrdup(sol.paths[i]);
      }
      solution_free(&sol);
      free(sln);
    }
    if (d)
      closedir(d);
  }
  free(name);
  free(copy);
  return found;
}

/* Reads the static libraries `driver` links that projects here build. */
static void add_libraries(project_set *s, const proj_project *driver,
                          const char *solution_dir, int quiet) {
  if (strcasecmp(msb_property_value(&driver->msb, "ConfigurationType"),
                 "Driver") != 0)
    return;
  const msb_list *others = &driver->msb.other_items;
  for (unsigned i = 0; i < others->count; i++) {
    if (strcasecmp(others->items[i].raw, "ProjectReference") != 0)
      continue;
    char *path = msb_resolve_path(driver->msb.dir, others->items[i].text);
    char resolved[PATH_MAX];
    if (path && ends_with(path, ".vcxproj") && realpath(path, resolved))
      add_library(
          s, driver, resolved, solution_dir,
          arena_printf(&s->mem, "ProjectReference %s", others->items[i].origin),
          quiet);
    free(path);
  }
  const msb_list *deps = &driver->msb.link_dependencies;
  for (unsigned i = 0; i < deps->count; i++) {
    if (!*deps->items[i].text)
      continue;
    char *path = library_project(driver, deps->items[i].text, solution_dir);
    char resolved[PATH_MAX];
    if (path && realpath(path, resolved))
      add_library(s, driver, resolved, solution_dir,
                  arena_printf(&s->mem, "AdditionalDependencies %s, %s",
                               deps->items[i].text, deps->items[i].origin),
                  quiet);
    free(path);
  }
}

/* One project named by a solution or the command line; -1 on an error. */
static int load_one(project_set *s, const char *path, const char *sln,
                    const char *solution_dir, const char *cfg, const char *plat,
                    int quiet, char **error) {
  if (already_read(s, path))
    return 0;
  char *own_solution = solution_dir ? NULL : find_solution_dir(path);
  const char *why = NULL;
  const char *sol_dir = solution_dir ? solution_dir : own_solution;
  proj_project *pr =
      read_project(path, cfg, plat, sol_dir, sln != NULL, quiet, &why, error);
  if (!pr) {
    free(own_solution);
    return -1;
  }
  if (why) {
    if (!sln) {
      *error = xasprintf("'%s' is %s (%s): irqlint analyzes kernel-mode "
                         "driver projects",
                         path, why, pr->kind);
      project_free(pr);
      free(own_solution);
      return -1;
    }
    const char *reason = *pr->kind
                             ? arena_printf(&s->mem, "%s (%s)", why, pr->kind)
                             : arena_strdup(&s->mem, why);
    push(&s->mem, &s->skipped, arena_strdup(&s->mem, path), reason);
    if (!quiet)
      fprintf(stderr, "irqlint: note: %s: skipping '%s': %s\n", sln, path,
              reason);
    project_free(pr);
    free(own_solution);
    return 0;
  }
  add_project(s, pr);
  add_libraries(s, pr, sol_dir, quiet);
  free(own_solution);
  return 0;
}

project_set *project_set_load(char *const *paths, unsigned count,
                              const char *configuration, const char *platform,
                              int quiet, char **error) {
  *error = NULL;
  project_set *s = xcalloc(1, sizeof *s);
  arena_init(&s->mem);
  for (unsigned i = 0; i < count && !*error; i++) {
    char resolved[PATH_MAX];
    if (!realpath(paths[i], resolved)) {
      *error = xasprintf("no such file or not readable: '%s'", paths[i]);
      break;
    }
    if (ends_with(resolved, ".vcxproj")) {
      load_one(s, resolved, NULL, NULL, configuration, platform, quiet, error);
      continue;
    }
    solution sol;
    solution_read(resolved, quiet, &sol);
    const char *config =
        solution_config(&sol, paths[i], configuration, platform, error);
    char *dir = dir_of(resolved);
    char *solution_dir = xasprintf("%s/", dir);
    unsigned before = s->count;
    for (size_t k = 0; k < sol.count && !*error; k++) {
      /* the configuration the solution builds the project in, when it
       * says; else the one asked for, or the project's default */
      int built = 1;
      char *mapped =
          config ? solution_maps(&sol, sol.guids[k], config, &built) : NULL;
      char *bar = mapped ? strchr(mapped, '|') : NULL;
      if (bar)
        *bar = '\0';
      if (!built) {
        const char *why =
            arena_printf(&s->mem, "not built in the solution's %s", config);
        push(&s->mem, &s->skipped, arena_strdup(&s->mem, sol.paths[k]), why);
        if (!quiet)
          fprintf(stderr, "irqlint: note: %s: skipping '%s': %s\n", resolved,
                  sol.paths[k], why);
      } else {
        load_one(s, sol.paths[k], resolved, solution_dir,
                 bar ? mapped : configuration, bar ? bar + 1 : platform, quiet,
                 error);
      }
      free(mapped);
    }
    solution_free(&sol);
    free(solution_dir);
    free(dir);
    if (!*error && s->count == before)
      *error = xasprintf("'%s' lists no kernel-mode driver project", paths[i]);
  }
  unsigned sources = 0, cpp = 0;
  for (unsigned i = 0; i < s->count; i++) {
    sources += s->projects[i]->source_count;
    cpp += s->projects[i]->cpp_skipped;
  }
  if (!*error && sources == 0)
    *error = cpp ? xasprintf("no C source to analyze in the project%s (%u "
                             "C++ source%s: irqlint analyzes C)",
                             count == 1 && s->count == 1 ? "" : "s", cpp,
                             cpp == 1 ? "" : "s")
                 : xasprintf("no C source to analyze in the project%s",
                             count == 1 && s->count == 1 ? "" : "s");
  if (*error) {
    project_set_free(s);
    return NULL;
  }
  return s;
}

void project_set_free(project_set *s) {
  if (!s)
    return;
  for (unsigned i = 0; i < s->count; i++)
    project_free(s->projects[i]);
  arena_destroy(&s->mem);
  free(s);
}

static void push_job_arg(fe_job *job, unsigned *cap, char *arg) {
  if (job->arg_count + 1 >= *cap) {
    *cap = *cap ? *cap * 2 : 16;
    job->args = xrealloc(job->args, *cap * sizeof(char *));
  }
  job->args[job->arg_count++] = arg;
}

void project_set_jobs(const project_set *s, fe_job **jobs, unsigned *count) {
  size_t n = *count, cap = *count;
  for (unsigned p = 0; p < s->count; p++) {
    const proj_project *pr = s->projects[p];
    for (unsigned i = 0; i < pr->source_count; i++) {
      const proj_source *src = &pr->sources[i];
      fe_job job;
      memset(&job, 0, sizeof job);
      job.file = xstrdup(src->path);
      /* cl runs in the project's directory: relative names are its */
      job.directory = xstrdup(pr->msb.dir);
      unsigned acap = 0;
      push_job_arg(&job, &acap, xasprintf("--target=%s", pr->target));
      push_job_arg(&job, &acap, xstrdup("-fms-extensions"));
      push_job_arg(&job, &acap, xstrdup("-fms-compatibility"));
      for (unsigned k = 0; k < src->defines.count; k++) {
        /* MSVC's /DNAME#VALUE is NAME=VALUE */
        char *d = xasprintf("-D%s", src->defines.items[k].text);
        char *hash = strchr(d, '#');
        if (hash && !strchr(d, '='))
          *hash = '=';
        push_job_arg(&job, &acap, d);
      }
      for (unsigned k = 0; k < src->undefines.count; k++)
        push_job_arg(&job, &acap,
                     xasprintf("-U%s", src->undefines.items[k].text));
      for (unsigned k = 0; k < src->includes.count; k++)
        push_job_arg(&job, &acap,
                     xasprintf("-I%s", src->includes.items[k].text));
      for (unsigned k = 0; k < src->forced.count; k++) {
        push_job_arg(&job, &acap, xstrdup("-include"));
        push_job_arg(&job, &acap, xstrdup(src->forced.items[k].text));
      }
      VEC_PUSH(*jobs, n, cap, job);
    }
  }
  *count = (unsigned)n;
}

/* How many sources the set has: the per-job views below give each one an
 * entry, in job order. */
static unsigned set_source_count(const project_set *s) {
  unsigned count = 0;
  for (unsigned p = 0; p < s->count; p++)
    count += s->projects[p]->source_count;
  return count;
}

const wpp_options **project_set_wpp(const project_set *s) {
  const wpp_options **out = xcalloc(set_source_count(s) + 1, sizeof *out);
  unsigned n = 0;
  for (unsigned p = 0; p < s->count; p++)
    for (unsigned i = 0; i < s->projects[p]->source_count; i++)
      out[n++] = &s->projects[p]->sources[i].wpp;
  return out;
}

/* The MOF and message compiler inputs are the project's: each of its
 * sources sees the same. */
const mof_headers **project_set_mof(const project_set *s) {
  const mof_headers **out = xcalloc(set_source_count(s) + 1, sizeof *out);
  unsigned n = 0;
  for (unsigned p = 0; p < s->count; p++)
    for (unsigned i = 0; i < s->projects[p]->source_count; i++)
      out[n++] = &s->projects[p]->mof;
  return out;
}

const msgc_inputs **project_set_msgc(const project_set *s) {
  const msgc_inputs **out = xcalloc(set_source_count(s) + 1, sizeof *out);
  unsigned n = 0;
  for (unsigned p = 0; p < s->count; p++)
    for (unsigned i = 0; i < s->projects[p]->source_count; i++)
      out[n++] = &s->projects[p]->msgc;
  return out;
}

/* ---- --dump-config ---- */

/* A string as YAML writes it double-quoted (--dump-config). */
void project_dump_quoted(FILE *out, const char *s) {
  fputc('"', out);
  for (; *s; s++) {
    if (*s == '"' || *s == '\\')
      fputc('\\', out);
    fputc(*s, out);
  }
  fputc('"', out);
}

static void dump_list(FILE *out, const char *indent, const char *key,
                      const char *field, const msb_list *l) {
  fprintf(out, "%s%s:", indent, key);
  if (!l->count)
    fputs(" []", out);
  for (unsigned i = 0; i < l->count; i++) {
    fprintf(out, "\n%s  - { %s: ", indent, field);
    project_dump_quoted(out, l->items[i].text);
    fputs(", from: ", out);
    project_dump_quoted(out, l->items[i].origin);
    fputs(" }", out);
  }
  fputc('\n', out);
}

void project_set_dump(const project_set *s, FILE *out) {
  fputs("---\n# what the projects compile, read as MSBuild would "
        "(docs/projects.md)\nprojects:\n",
        out);
  for (unsigned p = 0; p < s->count; p++) {
    const proj_project *pr = s->projects[p];
    fputs("  - project: ", out);
    project_dump_quoted(out, pr->msb.path);
    fprintf(out,
            "\n    configuration: \"%s|%s\"\n    type: ", pr->configuration,
            pr->platform);
    project_dump_quoted(out, pr->kind);
    if (pr->linked_by) {
      fputs("\n    linked-by: ", out);
      project_dump_quoted(out, pr->linked_by);
    }
    fprintf(out, "\n    target: %s\n    sources:", pr->target);
    if (!pr->source_count)
      fputs(" []", out);
    fputc('\n', out);
    for (unsigned i = 0; i < pr->source_count; i++) {
      const proj_source *src = &pr->sources[i];
      fputs("      - file: ", out);
      project_dump_quoted(out, src->include);
      fputc('\n', out);
      dump_list(out, "        ", "defines", "define", &src->defines);
      dump_list(out, "        ", "undefines", "undefine", &src->undefines);
      dump_list(out, "        ", "include", "dir", &src->includes);
      dump_list(out, "        ", "forced-include", "file", &src->forced);
    }
    dump_list(out, "    ", "excluded-from-build", "file", &pr->excluded);
    dump_list(out, "    ", "missing", "file", &pr->missing);
    dump_list(out, "    ", "include-left-out", "dir", &pr->left_out);
    dump_list(out, "    ", "defines-left-out", "define", &pr->defines_left_out);
    fprintf(out, "    cpp-sources-not-analyzed: %u\n", pr->cpp_skipped);
    /* property functions and item lists left out: they expanded to "" */
    dump_list(out, "    ", "not-evaluated", "expression", &pr->msb.unevaluated);
  }
  dump_list(out, "", "skipped-projects", "project", &s->skipped);
}
