/* Case-insensitive header names, as on Windows.
 *
 * Driver sources spell their includes the way the Windows file system
 * forgives: `#include <Ndis.h>`, `"NDIS.H"`, `"Precomp.h"` for precomp.h.
 * Clang on Linux looks names up case-sensitively, so each of these is a
 * fatal error. The fix that keeps clang's own search order intact is a
 * virtual file overlay (libclang's clang_VirtualFileOverlay, the YAML that
 * `-ivfsoverlay` reads) marked case-insensitive: it lists the files under
 * the include directories a run uses, each mapped to itself, so a lookup
 * whose spelling differs only in case finds the real file, and anything
 * the overlay does not list falls through to the real file system.
 *
 * Directories are listed a few levels deep (includes like "sub\Inc.h") and
 * each root is capped, so an -isystem /usr/include does not turn into a
 * scan of the disk; past the cap only the exact spelling resolves.
 *
 * The same overlay carries stand-ins for headers a build generates and
 * irqlint cannot (WPP's .tmh files, ../cli/wpp.h): each text is held in an
 * anonymous in-memory file and the missing path maps to it. */
#define _GNU_SOURCE /* memfd_create; realpath */

#include "frontend.h"

#include "../util/xalloc.h"

#include <clang-c/BuildSystem.h>
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

enum {
  OVERLAY_MAX_DEPTH = 3, /* sub-directories below a root */
  OVERLAY_MAX_FILES_PER_ROOT = 4096
};

struct fe_header_overlay {
  CXVirtualFileOverlay vfs;
  char **roots; /* canonical directories already listed */
  size_t root_count, root_cap;
  /* lower-cased paths mapped so far: a directory holding both "a.h" and
   * "A.h" (possible on Linux) keeps the first, since a case-insensitive
   * overlay cannot hold both */
  char **mapped;
  size_t mapped_count, mapped_cap;
  unsigned file_count;
  /* the stand-ins' texts and the in-memory files holding them */
  char **standin_texts;
  int *standin_fds;
  size_t standin_count, standin_cap, standin_fd_cap;
  int fd;     /* the in-memory YAML file, or -1 */
  char *path; /* /proc/self/fd/<fd> */
};

fe_header_overlay *fe_header_overlay_create(void) {
  fe_header_overlay *o = xcalloc(1, sizeof *o);
  o->fd = -1;
  o->vfs = clang_VirtualFileOverlay_create(0);
  clang_VirtualFileOverlay_setCaseSensitivity(o->vfs, 0);
  return o;
}

void fe_header_overlay_destroy(fe_header_overlay *o) {
  if (!o)
    return;
  clang_VirtualFileOverlay_dispose(o->vfs);
  for (size_t i = 0; i < o->root_count; i++)
    free(o->roots[i]);
  free(o->roots);
  for (size_t i = 0; i < o->mapped_count; i++)
    free(o->mapped[i]);
  free(o->mapped);
  for (size_t i = 0; i < o->standin_count; i++) {
    free(o->standin_texts[i]);
    close(o->standin_fds[i]);
  }
  free(o->standin_texts);
  free(o->standin_fds);
  if (o->fd >= 0)
    close(o->fd);
  free(o->path);
  free(o);
}

static char *lower_copy(const char *s) {
  char *l = xstrdup(s);
  for (char *p = l; *p; p++)
    *p = (char)tolower((unsigned char)*p);
  return l;
}

static int string_compare(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Inserts into a sorted array of owned strings; returns 0 (and frees the
 * string) when it is already there. */
static int sorted_set_insert(char ***set, size_t *count, size_t *cap,
                             char *owned) {
  size_t lo = 0, hi = *count;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = strcmp((*set)[mid], owned);
    if (c == 0) {
      free(owned);
      return 0;
    }
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (*count == *cap) {
    *cap = *cap ? *cap * 2 : 64;
    *set = xrealloc(*set, *cap * sizeof(char *));
  }
  memmove(*set + lo + 1, *set + lo, (*count - lo) * sizeof(char *));
  (*set)[lo] = owned;
  (*count)++;
  return 1;
}

static void list_directory(fe_header_overlay *o, const char *dir,
                           unsigned depth, unsigned *budget) {
  DIR *d = opendir(dir);
  if (!d)
    return;
  char **names = NULL;
  size_t count = 0, cap = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.')
      continue; /* ".", "..", and hidden directories such as .git */
    VEC_PUSH(names, count, cap, xstrdup(e->d_name));
  }
  closedir(d);
  /* sorted: which of two names differing only in case wins is stable */
  if (count > 1)
    qsort(names, count, sizeof *names, string_compare);
  for (size_t i = 0; i < count; i++) {
    char *path = xasprintf("%s/%s", dir, names[i]);
    struct stat st;
    if (*budget > 0 && stat(path, &st) == 0) {
      if (S_ISDIR(st.st_mode)) {
        if (depth < OVERLAY_MAX_DEPTH)
          list_directory(o, path, depth + 1, budget);
      } else if (S_ISREG(st.st_mode) &&
                 sorted_set_insert(&o->mapped, &o->mapped_count, &o->mapped_cap,
                                   lower_copy(path))) {
        if (clang_VirtualFileOverlay_addFileMapping(o->vfs, path, path) ==
            CXError_Success) {
          o->file_count++;
          (*budget)--;
        }
      }
    }
    free(path);
    free(names[i]);
  }
  free(names);
}

void fe_header_overlay_add_dir(fe_header_overlay *o, const char *dir) {
  char canonical[PATH_MAX];
  if (!realpath(dir, canonical))
    return; /* a missing include directory is clang's to ignore */
  struct stat st;
  if (stat(canonical, &st) != 0 || !S_ISDIR(st.st_mode))
    return;
  if (!sorted_set_insert(&o->roots, &o->root_count, &o->root_cap,
                         xstrdup(canonical)))
    return;
  unsigned budget = OVERLAY_MAX_FILES_PER_ROOT;
  list_directory(o, canonical, 0, &budget);
}

/* An anonymous in-memory file holding `size` bytes, or -1 (errno set). */
static int memory_file(const char *name, const char *data, size_t size) {
  int fd = memfd_create(name, 0);
  size_t written = 0;
  while (fd >= 0 && written < size) {
    ssize_t n = write(fd, data + written, size - written);
    if (n <= 0)
      break;
    written += (size_t)n;
  }
  if (fd >= 0 && written < size) {
    int saved = errno;
    close(fd);
    errno = saved ? saved : EIO;
    return -1;
  }
  return fd;
}

int fe_header_overlay_add_standin(fe_header_overlay *o, const char *path,
                                  const char *text, char **error) {
  if (o->path) {
    *error = xstrdup("internal error: a stand-in added to a written overlay");
    return -1;
  }
  if (!sorted_set_insert(&o->mapped, &o->mapped_count, &o->mapped_cap,
                         lower_copy(path)))
    return 0; /* mapped already: the first stand-in wins */
  size_t k = 0;
  while (k < o->standin_count && strcmp(o->standin_texts[k], text) != 0)
    k++;
  if (k == o->standin_count) {
    int fd = memory_file("irqlint-standin.h", text, strlen(text));
    if (fd < 0) {
      *error = xasprintf("cannot hold a stand-in header in memory: %s",
                         strerror(errno));
      return -1;
    }
    size_t n = o->standin_count, cap = o->standin_cap;
    VEC_PUSH(o->standin_texts, n, cap, xstrdup(text));
    o->standin_cap = cap;
    VEC_PUSH(o->standin_fds, o->standin_count, o->standin_fd_cap, fd);
  }
  char *real = xasprintf(FE_HEADER_OVERLAY_PATH_PREFIX "%d", o->standin_fds[k]);
  enum CXErrorCode code =
      clang_VirtualFileOverlay_addFileMapping(o->vfs, path, real);
  free(real);
  if (code != CXError_Success) {
    *error = xasprintf("cannot map the stand-in '%s'", path);
    return -1;
  }
  o->file_count++;
  return 0;
}

const char *fe_header_overlay_write(fe_header_overlay *o, char **error) {
  if (o->path)
    return o->path;
  if (o->file_count == 0)
    return NULL;
  char *buffer = NULL;
  unsigned size = 0;
  if (clang_VirtualFileOverlay_writeToBuffer(o->vfs, 0, &buffer, &size) !=
      CXError_Success) {
    *error = xstrdup("cannot build the case-insensitive header overlay");
    return NULL;
  }
  /* In memory, not in $TMPDIR: irqlint writes nowhere but its outputs
   * and cache, and nothing is left behind if it is killed. */
  int fd = memory_file("irqlint-header-overlay.yaml", buffer, size);
  clang_free(buffer);
  if (fd < 0) {
    *error = xasprintf("cannot hold the header overlay in memory: %s",
                       strerror(errno));
    return NULL;
  }
  char *path = xasprintf(FE_HEADER_OVERLAY_PATH_PREFIX "%d", fd);
  o->fd = fd;
  o->path = path;
  return path;
}
