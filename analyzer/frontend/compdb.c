/* compile_commands.json through libclang's compilation-database API: load a
 * build directory, and turn its entries into jobs (source file, working
 * directory, compiler arguments without the compiler, the output and the
 * source itself). */
#include "frontend_internal.h"

#include <clang-c/CXCompilationDatabase.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct fe_compdb {
  CXCompilationDatabase db;
  /* absolute paths of the entries, sorted; read once on first need */
  char **entries;
  unsigned entry_count;
  int entries_loaded;
};

fe_compdb *fe_compdb_load(const char *build_dir, char **error) {
  *error = NULL;
  struct stat st;
  if (stat(build_dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
    *error = xasprintf("build directory '%s' does not exist", build_dir);
    return NULL;
  }
  char *path = xasprintf("%s/compile_commands.json", build_dir);
  FILE *f = fopen(path, "rb");
  if (!f) {
    *error = xasprintf("no compile_commands.json in '%s'", build_dir);
    free(path);
    return NULL;
  }
  fclose(f);
  CXCompilationDatabase_Error err;
  CXCompilationDatabase db =
      clang_CompilationDatabase_fromDirectory(build_dir, &err);
  if (err != CXCompilationDatabase_NoError || !db) {
    *error = xasprintf("cannot load '%s': not a well-formed compilation "
                       "database",
                       path);
    free(path);
    if (db)
      clang_CompilationDatabase_dispose(db);
    return NULL;
  }
  free(path);
  fe_compdb *out = xcalloc(1, sizeof *out);
  out->db = db;
  return out;
}

void fe_compdb_destroy(fe_compdb *db) {
  if (!db)
    return;
  clang_CompilationDatabase_dispose(db->db);
  for (unsigned i = 0; i < db->entry_count; i++)
    free(db->entries[i]);
  free(db->entries);
  free(db);
}

static char *cx_dup(CXString s) {
  char *out = xstrdup(clang_getCString(s) ? clang_getCString(s) : "");
  clang_disposeString(s);
  return out;
}

/* Arguments that name the output or the input, or only make sense to the
 * build, are dropped: libclang gets the source file separately. */
static void command_to_job(CXCompileCommand cmd, fe_job *job) {
  memset(job, 0, sizeof *job);
  job->directory = cx_dup(clang_CompileCommand_getDirectory(cmd));
  char *file = cx_dup(clang_CompileCommand_getFilename(cmd));
  job->file = path_in_dir(job->directory, file);
  unsigned n = clang_CompileCommand_getNumArgs(cmd);
  job->args = xcalloc(n ? n : 1, sizeof(char *));
  for (unsigned i = 1; i < n; i++) { /* skip the compiler itself */
    char *arg = cx_dup(clang_CompileCommand_getArg(cmd, i));
    if (strcmp(arg, "-o") == 0 && i + 1 < n) {
      free(arg);
      i++;
      continue;
    }
    if (strcmp(arg, "-c") == 0 || strcmp(arg, file) == 0 ||
        strcmp(arg, job->file) == 0 || strcmp(arg, "--") == 0) {
      free(arg);
      continue;
    }
    job->args[job->arg_count++] = arg;
  }
  /* remember the compiler: the CLI needs the driver mode (cl vs gcc) */
  if (n > 0) {
    char *compiler = cx_dup(clang_CompileCommand_getArg(cmd, 0));
    size_t len = strlen(compiler);
    int is_cl = (len >= 2 && (strcmp(compiler + len - 2, "cl") == 0)) ||
                (len >= 6 && strcmp(compiler + len - 6, "cl.exe") == 0) ||
                (len >= 6 && strcmp(compiler + len - 6, "CL.EXE") == 0);
    if (is_cl)
      job->args[job->arg_count++] = xstrdup("--driver-mode=cl");
    free(compiler);
  }
  free(file);
}

static int compare_paths(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void load_entries(fe_compdb *db) {
  db->entries_loaded = 1;
  CXCompileCommands cmds =
      clang_CompilationDatabase_getAllCompileCommands(db->db);
  if (!cmds)
    return;
  unsigned n = clang_CompileCommands_getSize(cmds);
  db->entries = xcalloc(n ? n : 1, sizeof(char *));
  for (unsigned i = 0; i < n; i++) {
    CXCompileCommand cmd = clang_CompileCommands_getCommand(cmds, i);
    char *dir = cx_dup(clang_CompileCommand_getDirectory(cmd));
    char *name = cx_dup(clang_CompileCommand_getFilename(cmd));
    db->entries[db->entry_count++] = path_in_dir(dir, name);
    free(name);
    free(dir);
  }
  clang_CompileCommands_dispose(cmds);
  qsort(db->entries, db->entry_count, sizeof(char *), compare_paths);
}

int fe_compdb_has_entry(fe_compdb *db, const char *file) {
  if (!db->entries_loaded)
    load_entries(db);
  return db->entry_count && bsearch(&file, db->entries, db->entry_count,
                                    sizeof(char *), compare_paths) != NULL;
}

unsigned fe_compdb_jobs(fe_compdb *db, const char *file, fe_job **jobs,
                        unsigned *count, unsigned *cap) {
  CXCompileCommands cmds =
      file ? clang_CompilationDatabase_getCompileCommands(db->db, file)
           : clang_CompilationDatabase_getAllCompileCommands(db->db);
  if (!cmds)
    return 0;
  unsigned n = clang_CompileCommands_getSize(cmds);
  for (unsigned i = 0; i < n; i++) {
    fe_job job;
    command_to_job(clang_CompileCommands_getCommand(cmds, i), &job);
    size_t c = *count, k = *cap;
    VEC_PUSH(*jobs, c, k, job);
    *count = (unsigned)c;
    *cap = (unsigned)k;
  }
  clang_CompileCommands_dispose(cmds);
  return n;
}
