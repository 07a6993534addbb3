/* A real Windows Driver Kit in place of the bundled model headers
 * (--wdk=DIR, `headers: wdk:` in .irqlint.yaml; docs/wdk.md).
 *
 * DIR is a Windows Kits root (".../Windows Kits/10", holding
 * Include/<version>/{km,shared,um,ucrt} and Include/wdf/kmdf/<version>),
 * the "Windows Kits" directory above it, or an extracted EWDK (whose kit is
 * "Program Files/Windows Kits/10" inside it). wdk_find works out which,
 * and the kit's newest version (or the one asked for); the jobs then get
 * its directories with -idirafter where the bundled headers would go
 * (jobs.c), in the order the WDK's kernel-mode build searches them. */
#ifndef IRQLINT_WDK_H
#define IRQLINT_WDK_H

typedef struct wdk_layout {
  char *root;    /* the kit: ".../Windows Kits/10", resolved */
  char *version; /* "10.0.22621.0" */
  /* Include/<version>/{km, km/crt, shared, um, ucrt}, those that exist, in
   * search order */
  char **dirs;
  unsigned dir_count;
  /* Include/wdf/kmdf/<v> directories and their versions ("1.33"), newest
   * first */
  char **kmdf_dirs;
  char **kmdf_versions;
  unsigned kmdf_count;
} wdk_layout;

/* Finds the layout under `dir`; `version` NULL: the newest one with a km
 * directory. Returns 0, or -1 with a one-line *error (to free). */
int wdk_find(const char *dir, const char *version, wdk_layout *out,
             char **error);
void wdk_free(wdk_layout *layout);

/* The KMDF include directory for a driver built against KMDF
 * major.minor: that version's when the kit has it, else the newest;
 * major 0: the newest. NULL when the kit has no KMDF headers. */
const char *wdk_kmdf_dir(const wdk_layout *layout, unsigned major,
                         unsigned minor);

#endif
