/* Projects as input: `irqlint driver.vcxproj` and `irqlint Drivers.sln`.
 * Chooses the configuration, reads each kernel-mode driver project
 * (msbuild.h), adds what the WDK's build adds for a kernel-mode driver
 * (target, /kernel, platform and version defines, KMDF version), and
 * turns every C source into a job; --dump-config shows where each define
 * and include directory came from. docs/projects.md is the user's view. */
#ifndef IRQLINT_PROJECT_H
#define IRQLINT_PROJECT_H

#include "../frontend/frontend.h"
#include "mof.h"
#include "wpp.h"

#include <stdio.h>

typedef struct project_set project_set;

/* Is this command-line argument a project or a solution (.vcxproj,
 * .sln, in any case)? */
int project_is_input(const char *path);

/* Reads the projects and solutions named (configuration and platform may
 * be NULL: each project's default). Notes and warnings go to stderr
 * unless quiet. NULL after an input error, with a one-line *error (to
 * free). */
project_set *project_set_load(char *const *paths, unsigned count,
                              const char *configuration, const char *platform,
                              int quiet, char **error);
void project_set_free(project_set *s);

/* Appends one job per C source of every project. */
void project_set_jobs(const project_set *s, fe_job **jobs, unsigned *count);

/* Each job's WPP options (wpp.h), in project_set_jobs' order; the array
 * is to free, what it points to lives with the set. */
const wpp_options **project_set_wpp(const project_set *s);

/* Each job's project WMI headers (mof.h), in project_set_jobs' order; the
 * array is to free, what it points to lives with the set. */
const mof_headers **project_set_mof(const project_set *s);

/* A string as YAML writes it double-quoted (--dump-config's documents). */
void project_dump_quoted(FILE *out, const char *s);

/* --dump-config's account of the projects: a YAML document. */
void project_set_dump(const project_set *s, FILE *out);

#endif
