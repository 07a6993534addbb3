/* WPP software tracing without the WPP preprocessor. A driver that traces
 * with WPP includes a trace message header ("driver.tmh") that the WPP
 * preprocessor (TraceWPP) writes at build time, and calls trace functions
 * that only that header defines. irqlint does not run TraceWPP: where a
 * .tmh include is not found it supplies a stand-in header (through the
 * case-insensitive header overlay, in memory) that makes the WPP control
 * macros harmless, declares the configuration's trace functions as
 * variadic and its trace flags as constants. A .tmh the driver ships is
 * kept. docs/wpp.md is the user's view. */
#ifndef IRQLINT_WPP_H
#define IRQLINT_WPP_H

#include "../frontend/frontend.h"
#include "msbuild.h"

#include <stdio.h>

/* What a project's WPP settings say for one source (its ClCompile
 * metadata: WppEnabled, WppTraceFunction, WppScanConfigurationData,
 * WppKernelMode, WppRecorderEnabled, WppPreprocessorDefinitions and the
 * -func:/-scan:/-ctl:/-km/-D options of WppAdditionalOptions). The lists
 * carry where each value was written; they live in the project's arena. */
typedef struct wpp_options {
  int enabled;      /* WppEnabled (RunWppTracing): the build runs TraceWPP */
  int kernel;       /* WppKernelMode, -km */
  int recorder;     /* WppRecorderEnabled: the Inflight Trace Recorder */
  int ctl;          /* -ctl:GUID: flags Error, Unusual and Noise */
  msb_list funcs;   /* "TraceEvents(LEVEL,FLAGS,MSG,...)" */
  msb_list scan;    /* configuration files to scan, absolute */
  msb_list defines; /* "NAME" or "NAME=VALUE", put at the top of the .tmh */
  msb_list ignored; /* options irqlint does not use, for --dump-config */
} wpp_options;

/* Reads the WPP options of one WppAdditionalOptions value (the options
 * TraceWPP takes, separated by blanks; a "\" at a line's end continues
 * it). Paths of -scan: resolve against `dir`; an option naming an MSBuild
 * property ("$(KMDF_INC_PATH)") is set aside in `ignored`. */
void wpp_options_parse(arena *a, wpp_options *w, const char *text,
                       const char *origin, const char *dir);

typedef struct wpp_plan wpp_plan;

/* Scans each job's source and the headers it reaches for .tmh includes,
 * `begin_wpp config ... end_wpp` blocks and WPP_DEFINE_BIT flags, and
 * decides the stand-ins. `per_job` (may be NULL, or hold NULLs) gives the
 * project's options of each job. */
wpp_plan *wpp_plan_build(const fe_job *jobs, unsigned count,
                         const wpp_options *const *per_job);
void wpp_plan_free(wpp_plan *plan);

/* Maps each missing .tmh to its stand-in in the overlay; 0, or -1 with
 * *error (to free). */
int wpp_plan_add_standins(const wpp_plan *plan, fe_header_overlay *overlay,
                          char **error);

/* --dump-config's account: a YAML document (nothing when no source
 * includes a .tmh and no WPP configuration was found). */
void wpp_plan_dump(const wpp_plan *plan, FILE *out);

#endif
