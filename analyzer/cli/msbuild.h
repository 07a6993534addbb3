/* Reading an MSBuild C/C++ project (.vcxproj) without MSBuild: the
 * properties it sets, the ClCompile items it compiles and their metadata,
 * for one configuration and platform, as MSBuild's evaluation would give
 * them -- as far as a driver project's settings go (docs/projects.md says
 * what is read and what is not). The XML is parsed with libxml2; the
 * WDK's and Visual Studio's own property sheets are not here and are
 * skipped, so what they add is project.c's business. */
#ifndef IRQLINT_MSBUILD_H
#define IRQLINT_MSBUILD_H

#include "../util/xalloc.h"

/* One value of a list-valued setting (a define, an include directory),
 * with where it was written ("project drv.vcxproj:40"). A value naming a
 * property this reader does not know (the WDK's $(DDK_INC_PATH)) has it
 * expanded to "" in `text`, and kept as written in `raw`; raw is NULL
 * for the others. */
typedef struct msb_value {
  const char *text;
  const char *raw;
  const char *origin;
} msb_value;

typedef struct msb_list {
  msb_value *items;
  unsigned count, cap;
} msb_list;

/* Appends a value (raw: as written before expansion, or NULL; origin: where
 * it came from, for --dump-config). */
void msb_list_push(arena *a, msb_list *l, const char *text, const char *raw,
                   const char *origin);

/* A metadata value of an item or item definition, split at ';'. */
typedef struct msb_metadata {
  const char *name;
  msb_list values;
} msb_metadata;

typedef struct msb_item {
  const char *include; /* as written (expanded), Windows separators */
  const char *type;    /* the item type ("ClCompile", "MessageCompile") */
  const char *origin;
  msb_metadata *metadata;
  unsigned metadata_count, metadata_cap;
} msb_item;

typedef struct msb_property {
  const char *name, *value;
} msb_property;

/* The global properties and the other inputs of an evaluation. */
typedef struct msb_inputs {
  const char *configuration, *platform;
  const char *solution_dir; /* with a trailing '/'; NULL: the project's */
} msb_inputs;

/* An evaluated project. Everything is in `mem`. */
typedef struct msb_project {
  arena mem;
  const char *path; /* absolute */
  const char *dir;  /* absolute, no trailing '/' */
  const char *name; /* file name without .vcxproj */
  msb_property *properties;
  unsigned property_count, property_cap;
  msb_item *items; /* ClCompile, in order */
  unsigned item_count, item_cap;
  /* imports skipped because the file named by the project's own path is
   * missing (not the WDK's or Visual Studio's, which are never here) */
  const char **missing_imports;
  unsigned missing_import_count, missing_import_cap;
  /* the other items (ProjectReference, None, ...): `text` is the item's
   * Include, `raw` its type */
  msb_list other_items;
  /* the same items with their metadata (and their type's item
   * definitions), for the build tools whose output the sources include:
   * the message compiler's MessageCompile, ctrpp's Ctrpp, ... */
  msb_item *tool_items;
  unsigned tool_item_count, tool_item_cap;
  /* Link's AdditionalDependencies from the item definitions */
  msb_list link_dependencies;
  /* property functions and item lists this reader does not evaluate, as
   * written (they expanded to ""), with the file they are in */
  msb_list unevaluated;
} msb_project;

/* The configurations a project declares (ProjectConfiguration items,
 * "Release|x64"), in order, in `mem`; -1 with a one-line *error (to
 * free) when the file is not a readable MSBuild project. */
int msb_project_configurations(const char *path, arena *mem, const char ***out,
                               unsigned *count, char **error);

/* Evaluates the project for the inputs; 0, or -1 with a one-line *error
 * (to free). msb_project_free releases it. */
int msb_project_load(const char *path, const msb_inputs *in, msb_project *out,
                     char **error);
void msb_project_free(msb_project *p);

/* A property's value ("" when unset; names ignore case). */
const char *msb_property_value(const msb_project *p, const char *name);
/* An item's metadata, or NULL when neither it nor a definition sets it. */
const msb_list *msb_item_metadata(const msb_item *item, const char *name);
/* The value a metadata ends with (its last value written), or NULL; and
 * whether that is `value`, without case ("true", "Use"). */
const char *msb_item_value(const msb_item *item, const char *name);
int msb_item_value_is(const msb_item *item, const char *name,
                      const char *value);

/* A Windows path ("..\Inc\a.h", "C:\x" is not one of ours) as it exists
 * under `base`: '\' read as '/', each component matched without case as
 * Windows would, "." and ".." taken lexically. The absolute path of the
 * file or directory found, to free, or NULL. */
char *msb_resolve_path(const char *base, const char *windows_path);

#endif
