/* Finding a real WDK's include directories (wdk.h). A kit installed by the
 * WDK setup and one inside an extracted EWDK have the same shape below
 * "Windows Kits/10"; only where that directory is differs. Versions are
 * the directory names ("10.0.22621.0", "1.33"), compared number by
 * number, so 10.0.26100.0 is newer than 10.0.9200.0. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "wdk.h"

#include "../util/xalloc.h"

#include <ctype.h>
#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int is_dir(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int is_dir_in(const char *parent, const char *name) {
  char *path = xasprintf("%s/%s", parent, name);
  int yes = is_dir(path);
  free(path);
  return yes;
}

/* "10.0.22621.0", "1.33": digits and dots, starting with a digit. */
static int looks_like_version(const char *name) {
  if (!isdigit((unsigned char)name[0]))
    return 0;
  for (const char *c = name; *c; c++)
    if (!isdigit((unsigned char)*c) && *c != '.')
      return 0;
  return 1;
}

/* Compares two versions number by number (a missing number is 0). */
static int compare_versions(const char *a, const char *b) {
  while (*a || *b) {
    unsigned long x = strtoul(a, (char **)&a, 10);
    unsigned long y = strtoul(b, (char **)&b, 10);
    if (x != y)
      return x < y ? -1 : 1;
    if (*a == '.')
      a++;
    if (*b == '.')
      b++;
  }
  return 0;
}

static int newest_first(const void *pa, const void *pb) {
  return compare_versions(*(char *const *)pb, *(char *const *)pa);
}

/* The version-named subdirectories of `dir` (that hold `inner`, when
 * given), newest first. */
static unsigned list_versions(const char *dir, const char *inner, char ***out) {
  *out = NULL;
  size_t count = 0, cap = 0;
  DIR *d = opendir(dir);
  if (!d)
    return 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (!looks_like_version(e->d_name))
      continue;
    char *path = xasprintf("%s/%s", dir, e->d_name);
    int fits = is_dir(path) && (!inner || is_dir_in(path, inner));
    free(path);
    if (fits) {
      char *name = xstrdup(e->d_name);
      VEC_PUSH(*out, count, cap, name);
    }
  }
  closedir(d);
  if (count > 1)
    qsort(*out, count, sizeof(char *), newest_first);
  return (unsigned)count;
}

static void free_list(char **items, unsigned count) {
  for (unsigned i = 0; i < count; i++)
    free(items[i]);
  free(items);
}

/* The kit under `dir`: dir itself, dir/10 (the "Windows Kits" directory),
 * or the EWDK's Program Files/Windows Kits/10. Resolved, or NULL. */
static char *kit_root(const char *dir) {
  static const char *const candidates[] = {
      "", "/10", "/Program Files/Windows Kits/10",
      "/Program Files (x86)/Windows Kits/10"};
  for (size_t i = 0; i < sizeof candidates / sizeof *candidates; i++) {
    char *path = xasprintf("%s%s/Include", dir, candidates[i]);
    char **versions;
    unsigned n = list_versions(path, "km", &versions);
    free_list(versions, n);
    free(path);
    if (n) {
      char *kit = xasprintf("%s%s", dir, candidates[i]);
      char resolved[PATH_MAX];
      char *out = realpath(kit, resolved) ? xstrdup(resolved) : NULL;
      free(kit);
      return out;
    }
  }
  return NULL;
}

int wdk_find(const char *dir, const char *version, wdk_layout *out,
             char **error) {
  memset(out, 0, sizeof *out);
  *error = NULL;
  char *root = kit_root(dir);
  if (!root) {
    *error = xasprintf("'%s' is not a Windows Kits root or an extracted "
                       "EWDK: no Include/<version>/km below it (nor below "
                       "Program Files/Windows Kits/10)",
                       dir);
    return -1;
  }
  char *include = xasprintf("%s/Include", root);
  char **versions;
  unsigned n = list_versions(include, "km", &versions);
  const char *chosen = n ? versions[0] : NULL;
  if (version) {
    chosen = NULL;
    for (unsigned i = 0; i < n && !chosen; i++)
      if (strcmp(versions[i], version) == 0)
        chosen = versions[i];
    if (!chosen) {
      strbuf known;
      strbuf_init(&known);
      for (unsigned i = 0; i < n; i++) {
        if (i)
          strbuf_puts(&known, ", ");
        strbuf_puts(&known, versions[i]);
      }
      *error = xasprintf("the WDK in '%s' has no version %s (it has %s)", root,
                         version, strbuf_cstr(&known));
      strbuf_free(&known);
      free_list(versions, n);
      free(include);
      free(root);
      return -1;
    }
  }
  out->root = root;
  out->version = xstrdup(chosen);
  free_list(versions, n);
  /* the kernel-mode build's order: the kernel headers and their C runtime,
   * then what user and kernel mode share; user-mode and UCRT headers last,
   * for the few a driver takes from there */
  static const char *const parts[] = {"km", "km/crt", "shared", "um", "ucrt"};
  size_t count = 0, cap = 0;
  for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
    char *path = xasprintf("%s/%s/%s", include, out->version, parts[i]);
    if (is_dir(path))
      VEC_PUSH(out->dirs, count, cap, path);
    else
      free(path);
  }
  out->dir_count = (unsigned)count;
  char *kmdf = xasprintf("%s/wdf/kmdf", include);
  out->kmdf_count = list_versions(kmdf, NULL, &out->kmdf_versions);
  out->kmdf_dirs = xcalloc(out->kmdf_count + 1, sizeof(char *));
  for (unsigned i = 0; i < out->kmdf_count; i++)
    out->kmdf_dirs[i] = xasprintf("%s/%s", kmdf, out->kmdf_versions[i]);
  free(kmdf);
  free(include);
  return 0;
}

void wdk_free(wdk_layout *layout) {
  free(layout->root);
  free(layout->version);
  free_list(layout->dirs, layout->dir_count);
  free_list(layout->kmdf_dirs, layout->kmdf_count);
  free_list(layout->kmdf_versions, layout->kmdf_count);
  memset(layout, 0, sizeof *layout);
}

const char *wdk_kmdf_dir(const wdk_layout *layout, unsigned major,
                         unsigned minor) {
  if (!layout->kmdf_count)
    return NULL;
  if (major) {
    char want[32];
    snprintf(want, sizeof want, "%u.%u", major, minor);
    for (unsigned i = 0; i < layout->kmdf_count; i++)
      if (compare_versions(layout->kmdf_versions[i], want) == 0)
        return layout->kmdf_dirs[i];
  }
  return layout->kmdf_dirs[0];
}
