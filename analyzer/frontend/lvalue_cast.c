/* MSVC's lvalue casts, read the way cl reads them.
 *
 * cl accepts a cast as the target of an assignment or an increment, a
 * Microsoft extension drivers use to step a pointer by bytes or to set
 * flags in a pointer-sized field:
 *
 *     (ULONG_PTR)Srb->DataBuffer += count;
 *     FatEntry = *((PULONG)FatBuffer)++;
 *     InterlockedIncrement(&(LONG)Context->PendingCount);
 *
 * cl takes the operand's object as if it had the cast's type. Clang
 * rejects each ("assignment to cast is illegal", "cannot take the address
 * of an rvalue"), and the statement is
 * lost to the analysis. Where clang reports one, the file's text is read
 * again with the cast written as the C it stands for,
 * `(*(T *)&(operand))`, and the translation unit is parsed from that text
 * (libclang's unsaved files). Only the cast's own characters change: no
 * line moves, and each column on an edited line is mapped back to the
 * user's (fe_lvalue_cast_column), so findings point where the user wrote.
 *
 * The operand is found by reading the C text after the cast's type: unary
 * operators, then an identifier or a parenthesized group, then member
 * accesses, subscripts and calls. A cast this reading does not understand
 * is left alone, and its error stays. A cast written in a macro's
 * definition is rewritten there, for every use of the macro: the second
 * parse is kept only when it has fewer errors than the first. */
#include "frontend_internal.h"

#include "../util/xalloc.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* One insertion into a file's text: `text` put in front of the character
 * at `offset` of the original text, which is at (line, col) there. */
typedef struct lc_insert {
  size_t offset; /* in the original text */
  unsigned line, col;
  const char *text;
} lc_insert;

typedef struct lc_file {
  CXFile file;
  char *name; /* as clang opened it: the unsaved file's name */
  const char *original;
  size_t original_size;
  char *text; /* the rewritten text */
  size_t size;
  lc_insert *inserts; /* by offset */
  size_t insert_count, insert_cap;
} lc_file;

struct fe_lvalue_casts {
  lc_file *files;
  size_t count, cap;
  struct CXUnsavedFile *unsaved;
};

static int is_ident_char(char c) {
  return isalnum((unsigned char)c) || c == '_' || c == '$';
}

static size_t skip_blanks(const char *s, size_t i, size_t n) {
  while (i < n) {
    if (isspace((unsigned char)s[i])) {
      i++;
    } else if (s[i] == '/' && i + 1 < n && s[i + 1] == '*') {
      i += 2;
      while (i + 1 < n && !(s[i] == '*' && s[i + 1] == '/'))
        i++;
      if (i + 1 >= n)
        return n;
      i += 2;
    } else if (s[i] == '/' && i + 1 < n && s[i + 1] == '/') {
      while (i < n && s[i] != '\n')
        i++;
    } else if (s[i] == '\\' && i + 1 < n && s[i + 1] == '\n') {
      i += 2;
    } else {
      break;
    }
  }
  return i;
}

/* The index just past the bracket that closes the one at s[i], or 0. */
static size_t past_closing(const char *s, size_t i, size_t n) {
  int depth = 0;
  while (i < n) {
    char c = s[i];
    if (c == '"' || c == '\'') {
      for (i++; i < n && s[i] != c; i++)
        if (s[i] == '\\')
          i++;
      if (i >= n)
        return 0;
    } else if (c == '(' || c == '[' || c == '{') {
      depth++;
    } else if (c == ')' || c == ']' || c == '}') {
      if (--depth == 0)
        return i + 1;
    } else if (c == ';' && depth <= 1) {
      return 0; /* not an expression */
    }
    i++;
  }
  return 0;
}

/* Where the cast's operand (a cast-expression of C) that starts at s[i]
 * ends, or 0 when the text is not in a shape read here. */
static size_t operand_end(const char *s, size_t i, size_t n) {
  i = skip_blanks(s, i, n);
  /* prefix operators */
  for (;;) {
    if (i + 1 < n && ((s[i] == '+' && s[i + 1] == '+') ||
                      (s[i] == '-' && s[i + 1] == '-'))) {
      i = skip_blanks(s, i + 2, n);
    } else if (i < n && strchr("*&!~-+", s[i]) &&
               !(s[i] == '-' && i + 1 < n && s[i + 1] == '>')) {
      i = skip_blanks(s, i + 1, n);
    } else {
      break;
    }
  }
  if (i >= n)
    return 0;
  if (s[i] == '(') {
    i = past_closing(s, i, n);
    if (!i)
      return 0;
    /* a cast inside the operand: (A)(B)x */
    size_t after = skip_blanks(s, i, n);
    if (after < n && (is_ident_char(s[after]) || s[after] == '(') &&
        !isdigit((unsigned char)s[after]))
      return 0;
  } else if (is_ident_char(s[i])) {
    while (i < n && is_ident_char(s[i]))
      i++;
  } else {
    return 0;
  }
  /* postfix: member accesses, subscripts, calls */
  for (;;) {
    size_t j = skip_blanks(s, i, n);
    if (j + 1 < n && s[j] == '-' && s[j + 1] == '>') {
      j = skip_blanks(s, j + 2, n);
    } else if (j < n && s[j] == '.') {
      j = skip_blanks(s, j + 1, n);
    } else if (j < n && (s[j] == '[' || s[j] == '(')) {
      i = past_closing(s, j, n);
      if (!i)
        return 0;
      continue;
    } else {
      return i;
    }
    if (j >= n || !is_ident_char(s[j]))
      return 0;
    while (j < n && is_ident_char(s[j]))
      j++;
    i = j;
  }
}

static lc_file *file_of(fe_lvalue_casts *casts, CXTranslationUnit tu,
                        CXFile file) {
  for (size_t i = 0; i < casts->count; i++)
    if (clang_File_isEqual(casts->files[i].file, file))
      return &casts->files[i];
  size_t size = 0;
  const char *text = clang_getFileContents(tu, file, &size);
  if (!text)
    return NULL;
  VEC_PUSH(casts->files, casts->count, casts->cap, (lc_file){0});
  lc_file *f = &casts->files[casts->count - 1];
  CXString name = clang_getFileName(file);
  f->file = file;
  f->name = xstrdup(clang_getCString(name));
  clang_disposeString(name);
  f->original = text;
  f->original_size = size;
  return f;
}

/* Its line and column are set once the inserts are sorted (build_text). */
static void add_insert(lc_file *f, size_t offset, const char *text) {
  lc_insert in = {offset, 0, 0, text};
  VEC_PUSH(f->inserts, f->insert_count, f->insert_cap, in);
}

/* Whether [begin, end) overlaps a cast already rewritten in `f` (its four
 * inserts are still in the order rewrite_cast made them). */
static int overlaps(const lc_file *f, size_t begin, size_t end) {
  for (size_t i = 0; i + 3 < f->insert_count; i += 4) {
    size_t b = f->inserts[i].offset, e = f->inserts[i + 3].offset;
    if (begin < e && b < end)
      return 1;
  }
  return 0;
}

/* Rewrites the cast whose '(' is at `offset` of `f`'s text. */
static int rewrite_cast(lc_file *f, size_t offset) {
  const char *s = f->original;
  size_t n = f->original_size;
  if (offset >= n || s[offset] != '(')
    return 0;
  size_t type_end = past_closing(s, offset, n); /* past the ')' */
  if (!type_end)
    return 0;
  size_t end = operand_end(s, type_end, n);
  if (!end || overlaps(f, offset, end))
    return 0;
  add_insert(f, offset, "(*");
  add_insert(f, type_end - 1, " *");
  add_insert(f, type_end, "&(");
  add_insert(f, end, "))");
  return 1;
}

/* The operand of an `&` may be the cast in parentheses: `&((PVOID)(x))`. */
static int rewrite_cast_in_parens(lc_file *f, size_t offset) {
  const char *s = f->original;
  size_t n = f->original_size;
  for (int depth = 0; depth < 3 && offset < n && s[offset] == '('; depth++) {
    if (rewrite_cast(f, offset))
      return 1;
    offset = skip_blanks(s, offset + 1, n);
  }
  return 0;
}

static int by_offset(const void *a, const void *b) {
  const lc_insert *x = a, *y = b;
  return (x->offset > y->offset) - (x->offset < y->offset);
}

static void build_text(lc_file *f) {
  /* stable: the inserts at one offset keep the order they were made in */
  for (size_t i = 1; i < f->insert_count; i++) {
    lc_insert key = f->inserts[i];
    size_t j = i;
    while (j > 0 && by_offset(&f->inserts[j - 1], &key) > 0) {
      f->inserts[j] = f->inserts[j - 1];
      j--;
    }
    f->inserts[j] = key;
  }
  /* each insert's line and column in the original text, in one pass */
  unsigned line = 1, col = 1;
  size_t at = 0;
  for (size_t i = 0; i < f->insert_count; i++) {
    for (; at < f->inserts[i].offset; at++) {
      if (f->original[at] == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    f->inserts[i].line = line;
    f->inserts[i].col = col;
  }
  size_t extra = 0;
  for (size_t i = 0; i < f->insert_count; i++)
    extra += strlen(f->inserts[i].text);
  f->text = xmalloc(f->original_size + extra + 1);
  size_t from = 0, to = 0;
  for (size_t i = 0; i < f->insert_count; i++) {
    size_t upto = f->inserts[i].offset;
    memcpy(f->text + to, f->original + from, upto - from);
    to += upto - from;
    from = upto;
    size_t len = strlen(f->inserts[i].text);
    memcpy(f->text + to, f->inserts[i].text, len);
    to += len;
  }
  memcpy(f->text + to, f->original + from, f->original_size - from);
  to += f->original_size - from;
  f->text[to] = '\0';
  f->size = to;
}

fe_lvalue_casts *fe_lvalue_casts_find(CXTranslationUnit tu) {
  fe_lvalue_casts *casts = NULL;
  unsigned n = clang_getNumDiagnostics(tu);
  for (unsigned i = 0; i < n; i++) {
    CXDiagnostic d = clang_getDiagnostic(tu, i);
    if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error) {
      /* libclang names a diagnostic only by its text: LLVM 19's wording
       * of err_typecheck_lvalue_casts_not_supported (at the cast) and of
       * err_typecheck_invalid_lvalue_addrof (at the `&`, its operand's
       * range first) */
      CXString msg = clang_getDiagnosticSpelling(d);
      const char *text = clang_getCString(msg);
      int assigned = strstr(text, "lvalue casts are not supported") != NULL;
      int addressed =
          strstr(text, "cannot take the address of an rvalue") != NULL;
      clang_disposeString(msg);
      CXFile file = NULL;
      unsigned offset = 0;
      if (assigned || addressed) {
        CXSourceLocation at = clang_getDiagnosticLocation(d);
        if (addressed && clang_getDiagnosticNumRanges(d) > 0)
          at = clang_getRangeStart(clang_getDiagnosticRange(d, 0));
        clang_getSpellingLocation(at, &file, NULL, NULL, &offset);
      }
      if (file) {
        if (!casts)
          casts = xcalloc(1, sizeof *casts);
        lc_file *f = file_of(casts, tu, file);
        /* a cast written in a macro's definition changes every use of the
         * macro: `*(T *)&(x)` still reads as the cast's value where the
         * operand is an object, and where it is not (a use with a call for
         * the operand) the unit gets more errors and the first parse is
         * kept (reparse_lvalue_casts) */
        if (f) {
          if (assigned)
            rewrite_cast(f, offset);
          else
            rewrite_cast_in_parens(f, offset);
        }
      }
    }
    clang_disposeDiagnostic(d);
  }
  if (!casts)
    return NULL;
  size_t kept = 0;
  for (size_t i = 0; i < casts->count; i++) {
    if (casts->files[i].insert_count) {
      build_text(&casts->files[i]);
      casts->files[kept++] = casts->files[i];
    } else {
      free(casts->files[i].name);
    }
  }
  casts->count = kept;
  if (!kept) {
    fe_lvalue_casts_free(casts);
    return NULL;
  }
  casts->unsaved = xcalloc(kept, sizeof *casts->unsaved);
  for (size_t i = 0; i < kept; i++) {
    casts->unsaved[i].Filename = casts->files[i].name;
    casts->unsaved[i].Contents = casts->files[i].text;
    casts->unsaved[i].Length = (unsigned long)casts->files[i].size;
  }
  return casts;
}

unsigned fe_lvalue_casts_unsaved(const fe_lvalue_casts *casts,
                                 struct CXUnsavedFile **files) {
  *files = casts->unsaved;
  return (unsigned)casts->count;
}

void fe_lvalue_casts_bind(fe_lvalue_casts *casts, CXTranslationUnit tu) {
  for (size_t i = 0; i < casts->count; i++) {
    casts->files[i].file = clang_getFile(tu, casts->files[i].name);
    casts->files[i].original = NULL; /* the old unit's, about to go */
  }
}

unsigned fe_lvalue_cast_column(const fe_lvalue_casts *casts, CXFile file,
                               unsigned line, unsigned col) {
  if (!casts || !file)
    return col;
  for (size_t i = 0; i < casts->count; i++) {
    const lc_file *f = &casts->files[i];
    if (!clang_File_isEqual(f->file, file))
      continue;
    unsigned shift = 0;
    for (size_t k = 0; k < f->insert_count; k++) {
      const lc_insert *in = &f->inserts[k];
      if (in->line != line)
        continue;
      unsigned start = in->col + shift; /* where it begins in the new text */
      unsigned len = (unsigned)strlen(in->text);
      if (col < start)
        break;
      if (col < start + len)
        return in->col; /* inside inserted text: where it was put */
      shift += len;
    }
    return col - shift;
  }
  return col;
}

void fe_lvalue_casts_free(fe_lvalue_casts *casts) {
  if (!casts)
    return;
  for (size_t i = 0; i < casts->count; i++) {
    free(casts->files[i].name);
    free(casts->files[i].text);
    free(casts->files[i].inserts);
  }
  free(casts->files);
  free(casts->unsaved);
  free(casts);
}
