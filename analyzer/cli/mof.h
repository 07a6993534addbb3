/* WMI headers the build generates from the driver's MOF files, without
 * mofcomp or wmimofck. A project's MofComp items compile a .mof to a
 * binary MOF (.bmf); its Wmimofck items turn a .bmf into a C header
 * (HeaderOutputFile: wmimofck -h) that the sources include for the GUIDs,
 * data block structures, item ids and method ids of the driver's WMI
 * classes. irqlint reads the .mof itself (a small parser of the MOF the
 * drivers write) and supplies that header where the build writes it,
 * through the case-insensitive header overlay (in memory); the project's
 * jobs search that directory after their own include directories, as the
 * build's do. A header the driver ships, or one a real build left there,
 * is kept. docs/generated-headers.md ("WMI (MOF)") is the user's view. */
#ifndef IRQLINT_MOF_H
#define IRQLINT_MOF_H

#include "../frontend/frontend.h"
#include "msbuild.h"

#include <stdio.h>

/* One header a project's Wmimofck item writes. */
typedef struct mof_header {
  const char *header;      /* absolute: where the build writes it */
  const char *project_dir; /* for the paths --dump-config shows */
  const char *bmf;         /* the Wmimofck item's Include, as written */
  const char *mof;         /* absolute, or NULL when no .mof was found */
  const char *mof_from;    /* how the .mof was matched to the .bmf */
  const char *origin;      /* "HeaderOutputFile X.vcxproj:92" */
  int method_structs;      /* GenerateStructureDefinitionsForMethodParameters
                              (-m) */
  const char *left_out;    /* why the header cannot be placed, or NULL */
} mof_header;

/* A project's WMI headers (in its arena). */
typedef struct mof_headers {
  mof_header *items;
  unsigned count, cap;
} mof_headers;

/* Reads the MofComp and Wmimofck items of an evaluated project. */
void mof_headers_read(arena *a, const msb_project *m, mof_headers *out);

/* The header wmimofck -h writes from a MOF text (to free), or NULL with
 * a one-line *error ("N: what", N the line; to free). `guard` names the include
 * guard; `classes` (may be NULL) gets one YAML flow mapping per class
 * for --dump-config (to free). */
char *mof_header_text(const char *mof_text, const char *guard,
                      int method_structs, char **classes, char **error);

typedef struct mof_plan mof_plan;

/* Decides, for the headers of each job's project (`per_job` may be NULL,
 * or hold NULLs), which are supplied and which are kept. */
mof_plan *mof_plan_build(const fe_job *jobs, unsigned count,
                         const mof_headers *const *per_job);
void mof_plan_free(mof_plan *plan);

/* Maps each supplied header to its text in the overlay; 0, or -1 with
 * *error (to free). */
int mof_plan_add_standins(const mof_plan *plan, fe_header_overlay *overlay,
                          char **error);

/* One note line per header that cannot be supplied (a .mof that does
 * not parse or is missing). */
void mof_plan_notes(const mof_plan *plan, FILE *out);

/* --dump-config's account: a YAML document (nothing when no project has
 * a Wmimofck item with a header). */
void mof_plan_dump(const mof_plan *plan, FILE *out);

#endif
