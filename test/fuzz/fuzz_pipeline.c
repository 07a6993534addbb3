/* libFuzzer target: arbitrary bytes as a C file through the whole pipeline
 * -- libclang's parse with the bundled WDK headers, the IR, the dataflow,
 * every rule, the diagnostics engine (suppressions, fingerprints, a
 * baseline) and every writer (text, JSON, SARIF, HTML).
 *
 * Built with clang-19 -fsanitize=fuzzer,address,undefined when
 * IRQLINT_FUZZ=ON (scripts/test.sh runs it for 60 seconds over a corpus
 * seeded with the lit inputs; docs/fuzzing.md has the long run). A crash,
 * a sanitizer report or a leak is a bug: its input goes to
 * test/fuzz/crashers/ as a regression test. */
#define _DEFAULT_SOURCE /* mkstemps, mkdtemp */
#include "../../analyzer/cli/cli.h"
#include "../../analyzer/diag/source_text.h"
#include "../../analyzer/util/xalloc.h"
#include "../../rules/rule.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char source_path[] = "/tmp/irqlint-fuzz-XXXXXX.c";
static char report_dir[] = "/tmp/irqlint-fuzz-report-XXXXXX";
static FILE *devnull;

static int prepare(void) {
  int fd = mkstemps(source_path, 2);
  if (fd < 0 || !mkdtemp(report_dir))
    return -1;
  close(fd);
  devnull = fopen("/dev/null", "w");
  return devnull ? 0 : -1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static int ready = -1;
  if (ready < 0)
    ready = prepare() == 0;
  if (!ready)
    return 0;
  FILE *f = fopen(source_path, "wb");
  if (!f)
    return 0;
  fwrite(data, 1, size, f);
  fclose(f);

  options o;
  memset(&o, 0, sizeof o);
  char *files[1] = {source_path};
  o.files = files;
  o.file_count = 1;
  o.jobs = 1;
  o.in_process = 1; /* libFuzzer must see a crash, not a lost worker */
  o.strict = 1;
  o.source_root = "/tmp";
  fe_job *jobs = NULL;
  unsigned job_count = 0;
  if (build_jobs(&o, &jobs, &job_count) != 0)
    return 0;
  irqlint_config cfg;
  config_init(&cfg);
  fe_header_overlay *overlay = NULL;
  if (prepare_jobs(&o, jobs, job_count, &cfg, NULL, NULL, &overlay) == 0) {
    lock_analysis_stats stats;
    memset(&stats, 0, sizeof stats);
    finished_run run;
    run_and_finish(&o, jobs, job_count, &cfg, devnull, NULL, &stats, 0, &run);
    diag_engine *diag = run.diag;
    int failed = run.failed;
    diag_tool_info tool;
    tool_info_init(&tool, run.source_root);
    tool.exit_code = failed ? 2 : run.incomplete ? 3 : 1;
    diag_text_writer.write(devnull, diag, &tool);
    diag_json_writer.write(devnull, diag, &tool);
    diag_sarif_writer.write(devnull, diag, &tool);
    char *error = NULL;
    if (diag_write_html(report_dir, diag, &tool, run.sources, &error) != 0)
      free(error);
    /* a baseline holding the first finding's fingerprint */
    if (diag_finding_count(diag) && diag_finding_at(diag, 0)->fingerprint) {
      const char *prints[1] = {diag_finding_at(diag, 0)->fingerprint};
      char *copy = xstrdup(prints[0]);
      prints[0] = copy;
      unsigned gone = 0;
      diag_apply_baseline(diag, prints, 1, &gone);
      free(copy);
    }
    tool_info_free(&tool);
    finished_run_free(&run);
  }
  fe_header_overlay_destroy(overlay);
  for (unsigned j = 0; j < job_count; j++)
    fe_job_free(&jobs[j]);
  free(jobs);
  config_free(&cfg);
  return 0;
}
