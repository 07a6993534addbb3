/* Headers the message compiler writes, without the message compiler (see
 * msgcompile.h).
 *
 * What mc would write, and where irqlint takes it from; one row per fact,
 * with the page it follows:
 *
 *   the header's name     the MessageCompile item's GeneratedFilesBaseName
 *                         (mc -z), else the input's base name, and ".h":
 *                         learn.microsoft.com/windows/win32/wes/
 *                         message-compiler--mc-exe-
 *   a message text file   the lines that start with ';' are copied without
 *   (.mc)                 it; each message with a SymbolicName is a
 *                         #define of its 32-bit code, severity << 30 |
 *                         customer bit << 29 | facility << 16 | id, cast to
 *                         the MessageIdTypedef in force; a MessageId
 *                         without a value is the facility's previous one
 *                         plus one ("+N": plus N); Severity and Facility
 *                         stay as the previous message set them (at first
 *                         Success and Application); the SeverityNames and
 *                         FacilityNames given a symbol (Name=0x6:SYMBOL)
 *                         are #defines too: learn.microsoft.com/windows/
 *                         win32/eventlog/message-text-files
 *   an instrumentation    per provider: EventRegister<name> and
 *   manifest (.man/.xml)  EventUnregister<name> (the provider's name with
 *                         each character that cannot be in a C name made
 *                         '_'), the provider's GUID under its symbol, and
 *                         <symbol>Handle, <symbol>_Context; per event with
 *                         a symbol: EventWrite<symbol>(Activity, the
 *                         fields of its template), EventEnabled<symbol>()
 *                         and the event descriptor <symbol>; the symbols
 *                         of keywords, tasks, opcodes, channels and
 *                         levels as #defines of their values:
 *                         learn.microsoft.com/windows/win32/wes/
 *                         writing-an-instrumentation-manifest,
 *                         .../windows/win32/wes/eventmanifestschema-
 *                         inputtype-complextype (the field types)
 *
 * The routines are declared as functions (mc writes macros over its own
 * helpers), so an EventWrite call's arguments are still compiled and
 * checked against the template's field types, and analyzed where they
 * are; logging an event has no lock or IRQL effect. A field whose type
 * this file does not know, and every field after it, is a variadic tail.
 *
 * Conditionals are not evaluated while looking for the includes: an
 * include of a generated header under #if gets its stand-in whether or
 * not the build takes that branch (an unused stand-in costs nothing). */
#define _XOPEN_SOURCE 700 /* realpath */
#include "msgcompile.h"

#include "../util/xalloc.h"
#include "cli.h"
#include "project.h"

#include <ctype.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

enum { MSGC_MAX_FILES = 4000, MSGC_MAX_FILE_SIZE = 4 << 20 };

/* ---- the project's items ---- */

static const char *leaf_of(const char *name) {
  const char *leaf = name;
  for (const char *c = name; *c; c++)
    if (*c == '\\' || *c == '/')
      leaf = c + 1;
  return leaf;
}

void msgc_inputs_read(arena *a, const msb_project *m, msgc_inputs *out) {
  for (unsigned i = 0; i < m->tool_item_count; i++) {
    const msb_item *item = &m->tool_items[i];
    int ctrpp = strcasecmp(item->type, "Ctrpp") == 0;
    if (!ctrpp && strcasecmp(item->type, "MessageCompile") != 0)
      continue;
    const char *inc = item->include;
    const char *leaf = leaf_of(inc);
    const char *base = msb_item_value(item, "GeneratedFilesBaseName");
    const char *named = msb_item_value(item, "HeaderFileNameForProvider");
    const char *dot = strrchr(leaf, '.');
    const char *header =
        ctrpp && named && *named ? arena_strdup(a, leaf_of(named))
        : !ctrpp && base && *base
            ? arena_printf(a, "%s.h", base)
            : arena_printf(a, "%.*s.h",
                           (int)(dot ? (size_t)(dot - leaf) : strlen(leaf)),
                           leaf);
    char *found = msb_resolve_path(m->dir, inc);
    out->items =
        arena_grow(a, out->items, out->count, &out->cap, sizeof *out->items);
    msgc_input *in = &out->items[out->count++];
    in->item = arena_strdup(a, inc);
    in->path = found ? arena_strdup(a, found) : NULL;
    in->header = header;
    in->origin = arena_printf(a, "project %s", item->origin);
    in->customer_bit = msb_item_value_is(item, "SetCustomerbit", "true");
    in->ctrpp = ctrpp;
    const char *prefix = ctrpp ? msb_item_value(item, "AddPrefix") : NULL;
    in->prefix = arena_strdup(a, prefix ? prefix : "");
    free(found);
  }
}

/* ---- message text files ---- */

typedef struct mc_name {
  char *name, *symbol; /* symbol may be NULL */
  unsigned value;
  unsigned last_id; /* facilities: the last message id used */
} mc_name;

typedef struct mc_names {
  mc_name *items;
  size_t count, cap;
} mc_names;

static void names_set(mc_names *n, const char *name, size_t len, unsigned value,
                      const char *symbol, size_t symbol_len) {
  mc_name *found = NULL;
  for (size_t i = 0; i < n->count && !found; i++)
    if (strlen(n->items[i].name) == len &&
        strncasecmp(n->items[i].name, name, len) == 0)
      found = &n->items[i];
  if (!found) {
    mc_name x = {xstrndup(name, len), NULL, 0, 0};
    VEC_PUSH(n->items, n->count, n->cap, x);
    found = &n->items[n->count - 1];
  }
  found->value = value;
  free(found->symbol);
  found->symbol = symbol_len ? xstrndup(symbol, symbol_len) : NULL;
}

static mc_name *names_find(mc_names *n, const char *name) {
  for (size_t i = 0; i < n->count; i++)
    if (strcasecmp(n->items[i].name, name) == 0)
      return &n->items[i];
  return NULL;
}

static void names_free(mc_names *n) {
  for (size_t i = 0; i < n->count; i++) {
    free(n->items[i].name);
    free(n->items[i].symbol);
  }
  free(n->items);
}

static int is_ident(char c) { return isalnum((unsigned char)c) || c == '_'; }

/* The entries of a SeverityNames/FacilityNames group: name=number[:symbol]
 * separated by blanks. */
static void parse_names(mc_names *n, const char *b, const char *e) {
  const char *p = b;
  while (p < e) {
    while (p < e && !is_ident(*p))
      p++;
    const char *name = p;
    while (p < e && is_ident(*p))
      p++;
    size_t len = (size_t)(p - name);
    while (p < e && (*p == ' ' || *p == '\t'))
      p++;
    if (!len || p >= e || *p != '=')
      continue;
    p++;
    while (p < e && (*p == ' ' || *p == '\t'))
      p++;
    char *end;
    unsigned long v = strtoul(p, &end, 0);
    p = end > p ? end : p;
    const char *sym = NULL;
    size_t sym_len = 0;
    if (p < e && *p == ':') {
      sym = ++p;
      while (p < e && is_ident(*p))
        p++;
      sym_len = (size_t)(p - sym);
    }
    names_set(n, name, len, (unsigned)v, sym, sym_len);
  }
}

typedef struct mc_state {
  strbuf out;
  strbuf *what;
  mc_names severities, facilities;
  char *id_type; /* MessageIdTypedef, or NULL */
  int customer;
  int codes_written; /* the facility and severity #defines */
  /* the message being read */
  int open;
  char *id_spec; /* "", "+N" or a number */
  char *severity, *facility, *symbol;
  char *first_line; /* of its text, for the comment */
  char *last_severity, *last_facility;
} mc_state;

static void set_str(char **field, const char *b, size_t n) {
  free(*field);
  *field = xstrndup(b, n);
}

static void write_codes(mc_state *s) {
  if (s->codes_written)
    return;
  s->codes_written = 1;
  for (int k = 0; k < 2; k++) {
    mc_names *n = k ? &s->severities : &s->facilities;
    for (size_t i = 0; i < n->count; i++)
      if (n->items[i].symbol)
        strbuf_printf(&s->out, "#define %s 0x%X\n", n->items[i].symbol,
                      n->items[i].value);
  }
}

/* Writes the open message's #define (when it has a symbol). */
static void close_message(mc_state *s) {
  if (!s->open)
    return;
  s->open = 0;
  write_codes(s);
  if (s->severity) {
    free(s->last_severity);
    s->last_severity = s->severity;
    s->severity = NULL;
  }
  if (s->facility) {
    free(s->last_facility);
    s->last_facility = s->facility;
    s->facility = NULL;
  }
  mc_name *sev = names_find(&s->severities,
                            s->last_severity ? s->last_severity : "Success");
  mc_name *fac = names_find(&s->facilities, s->last_facility ? s->last_facility
                                                             : "Application");
  unsigned last = fac ? fac->last_id : 0;
  const char *spec = s->id_spec ? s->id_spec : "";
  unsigned id = !*spec         ? last + 1
                : *spec == '+' ? last + (unsigned)strtoul(spec + 1, NULL, 0)
                               : (unsigned)strtoul(spec, NULL, 0);
  if (fac)
    fac->last_id = id;
  unsigned code = (sev ? (sev->value & 3u) << 30 : 0) |
                  (s->customer ? 1u << 29 : 0) |
                  (fac ? (fac->value & 0xFFFu) << 16 : 0) | (id & 0xFFFFu);
  if (s->symbol) {
    strbuf_printf(&s->out, "//\n// MessageId: %s\n//\n", s->symbol);
    if (s->first_line)
      strbuf_printf(&s->out, "// MessageText:\n//\n// %s\n//\n", s->first_line);
    if (s->id_type)
      strbuf_printf(&s->out, "#define %s ((%s)0x%08XL)\n\n", s->symbol,
                    s->id_type, code);
    else
      strbuf_printf(&s->out, "#define %s 0x%08XL\n\n", s->symbol, code);
    if (s->what)
      strbuf_printf(s->what, "%s\t0x%08X\n", s->symbol, code);
  }
  free(s->id_spec);
  free(s->symbol);
  free(s->first_line);
  s->id_spec = s->symbol = s->first_line = NULL;
}

static const char *line_end(const char *p) {
  const char *e = strchr(p, '\n');
  return e ? e : p + strlen(p);
}

/* The text of a Language= block: its lines up to one holding only ".". */
static const char *read_message_text(mc_state *s, const char *p) {
  p = line_end(p);
  while (*p) {
    p++; /* the '\n' */
    const char *e = line_end(p);
    const char *b = p, *t = e;
    while (b < t && isspace((unsigned char)*b))
      b++;
    while (t > b && isspace((unsigned char)t[-1]))
      t--;
    if (t - b == 1 && *b == '.')
      return e;
    if (s->open && !s->first_line && t > b) {
      /* a comment line: no "*" "/" that would end it */
      char *line = xstrndup(b, (size_t)(t - b));
      for (char *c = line; *c; c++)
        if (*c == '*' && c[1] == '/')
          c[1] = ' ';
      s->first_line = line;
    }
    p = e;
  }
  return p;
}

static char *mc_header(const char *text, int customer, strbuf *what) {
  mc_state s;
  memset(&s, 0, sizeof s);
  strbuf_init(&s.out);
  s.what = what;
  s.customer = customer;
  static const char *const severities[] = {"Success", "Informational",
                                           "Warning", "Error"};
  for (unsigned i = 0; i < 4; i++)
    names_set(&s.severities, severities[i], strlen(severities[i]), i, NULL, 0);
  names_set(&s.facilities, "System", 6, 0x0FF, NULL, 0);
  names_set(&s.facilities, "Application", 11, 0xFFF, NULL, 0);
  const char *p = text;
  if ((unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBB &&
      (unsigned char)p[2] == 0xBF)
    p += 3;
  while (*p) {
    if (isspace((unsigned char)*p)) {
      p++;
      continue;
    }
    if (*p == ';') { /* copied to the header without the ';' */
      const char *e = line_end(p);
      size_t n = (size_t)(e - p - 1);
      if (n && p[n] == '\r')
        n--;
      strbuf_printf(&s.out, "%.*s\n", (int)n, p + 1);
      p = e;
      continue;
    }
    const char *kw = p;
    while (is_ident(*p))
      p++;
    size_t kw_len = (size_t)(p - kw);
    while (*p == ' ' || *p == '\t')
      p++;
    if (!kw_len || *p != '=') {
      p = kw_len ? p : line_end(p);
      continue;
    }
    p++;
    while (*p == ' ' || *p == '\t')
      p++;
    const char *v = p, *ve;
    if (*p == '(') {
      ve = strchr(p, ')');
      if (!ve)
        ve = p + strlen(p);
      p = *ve ? ve + 1 : ve;
      v++;
    } else {
      while (*p && !isspace((unsigned char)*p))
        p++;
      ve = p;
      if (memchr(v, '=', (size_t)(ve - v))) { /* "MessageId= Severity=x" */
        p = ve = v;
      }
    }
    size_t vn = (size_t)(ve - v);
#define KW(name)                                                               \
  (kw_len == sizeof name - 1 && strncasecmp(kw, name, kw_len) == 0)
    if (KW("MessageIdTypedef")) {
      free(s.id_type);
      s.id_type = vn ? xstrndup(v, vn) : NULL;
    } else if (KW("SeverityNames")) {
      parse_names(&s.severities, v, ve);
    } else if (KW("FacilityNames")) {
      parse_names(&s.facilities, v, ve);
    } else if (KW("MessageId")) {
      close_message(&s);
      s.open = 1;
      set_str(&s.id_spec, v, vn);
    } else if (KW("Severity") && s.open) {
      set_str(&s.severity, v, vn);
    } else if (KW("Facility") && s.open) {
      set_str(&s.facility, v, vn);
    } else if (KW("SymbolicName") && s.open) {
      set_str(&s.symbol, v, vn);
    } else if (KW("Language")) {
      p = read_message_text(&s, p);
      close_message(&s);
    }
#undef KW
  }
  close_message(&s);
  write_codes(&s);
  names_free(&s.severities);
  names_free(&s.facilities);
  free(s.id_type);
  free(s.severity);
  free(s.facility);
  free(s.last_severity);
  free(s.last_facility);
  free(s.id_spec);
  free(s.symbol);
  free(s.first_line);
  char *out = xstrdup(strbuf_cstr(&s.out));
  strbuf_free(&s.out);
  return out;
}

/* ---- instrumentation manifests ---- */

/* The C type of a template field's inType, as mc's kernel-mode macros
 * take it; NULL when not known here (the rest is a variadic tail). */
static const char *field_type(const char *in_type) {
  static const char *const map[][2] = {
      {"Int8", "const signed char"},
      {"UInt8", "const unsigned char"},
      {"Int16", "const signed short"},
      {"UInt16", "const unsigned short"},
      {"Int32", "const signed int"},
      {"UInt32", "const unsigned int"},
      {"HexInt32", "const unsigned int"},
      {"Int64", "signed __int64"},
      {"UInt64", "unsigned __int64"},
      {"HexInt64", "unsigned __int64"},
      {"Float", "const float"},
      {"Double", "const double"},
      {"Boolean", "const signed int"},
      {"UnicodeString", "const __WCHAR_TYPE__ *"},
      {"AnsiString", "const char *"},
      {"Pointer", "const void *"},
      {"GUID", "const struct _GUID *"},
      {"Binary", "const unsigned char *"},
      {"FILETIME", "const struct _FILETIME *"},
      {"SYSTEMTIME", "const struct _SYSTEMTIME *"},
      {"SID", "const void *"},
  };
  const char *colon = strchr(in_type, ':');
  const char *name = colon ? colon + 1 : in_type;
  for (size_t i = 0; i < sizeof map / sizeof *map; i++)
    if (strcmp(map[i][0], name) == 0)
      return map[i][1];
  return NULL;
}

static int is_named(xmlNodePtr n, const char *name) {
  return n && n->type == XML_ELEMENT_NODE &&
         strcmp((const char *)n->name, name) == 0;
}

/* An attribute's value (to free with xmlFree), or NULL. */
static char *attr(xmlNodePtr n, const char *name) {
  return (char *)xmlGetProp(n, (const xmlChar *)name);
}

static xmlNodePtr child_named(xmlNodePtr n, const char *name) {
  for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
    if (is_named(c, name))
      return c;
  return NULL;
}

/* A C name from a manifest name: each other character made '_'. */
static char *c_name(const char *s) {
  char *out = xstrdup(s);
  for (char *c = out; *c; c++)
    if (!is_ident(*c))
      *c = '_';
  if (isdigit((unsigned char)out[0])) {
    char *prefixed = xasprintf("_%s", out);
    free(out);
    out = prefixed;
  }
  return out;
}

/* The parameters of a template, after the Activity: "const unsigned int
 * Length, ..." for the declaration and for --dump-config. */
static void template_params(xmlNodePtr tmpl, strbuf *decl, strbuf *shown) {
  for (xmlNodePtr d = tmpl ? tmpl->children : NULL; d; d = d->next) {
    if (d->type != XML_ELEMENT_NODE)
      continue;
    char *in_type = is_named(d, "data") ? attr(d, "inType") : NULL;
    char *name = attr(d, "name");
    char *count = attr(d, "count");
    const char *type = in_type ? field_type(in_type) : NULL;
    if (type && count) /* an array: its elements */
      type = "const void *";
    if (!type) {
      strbuf_puts(decl, ", ...");
      strbuf_printf(shown, ", ... (from %s: %s)", name ? name : "a field",
                    in_type ? in_type : "a structure");
      xmlFree(in_type);
      xmlFree(name);
      xmlFree(count);
      return;
    }
    strbuf_printf(decl, ", %s", type);
    strbuf_printf(shown, ", %s: %s%s", name ? name : "", in_type,
                  count ? "[]" : "");
    xmlFree(in_type);
    xmlFree(name);
    xmlFree(count);
  }
}

static xmlNodePtr find_template(xmlNodePtr provider, const char *tid) {
  xmlNodePtr templates = child_named(provider, "templates");
  for (xmlNodePtr t = templates ? templates->children : NULL; t; t = t->next) {
    if (!is_named(t, "template"))
      continue;
    char *id = attr(t, "tid");
    int same = id && strcmp(id, tid) == 0;
    xmlFree(id);
    if (same)
      return t;
  }
  return NULL;
}

/* #defines of the symbols of one list of a provider (keywords, tasks,
 * ...): `value` names the attribute, `next` numbers those without. */
static void symbol_defines(xmlNodePtr provider, const char *list,
                           const char *item, const char *value, unsigned next,
                           strbuf *out) {
  xmlNodePtr parent = child_named(provider, list);
  for (xmlNodePtr n = parent ? parent->children : NULL; n; n = n->next) {
    if (!is_named(n, item))
      continue;
    char *sym = attr(n, "symbol");
    char *v = attr(n, value);
    if (sym && *sym && v && *v)
      strbuf_printf(out, "#define %s %s\n", sym, v);
    else if (sym && *sym)
      strbuf_printf(out, "#define %s 0x%x\n", sym, next);
    if (!(v && *v))
      next++;
    xmlFree(sym);
    xmlFree(v);
  }
}

static void provider_header(xmlNodePtr provider, strbuf *out, strbuf *what) {
  char *name = attr(provider, "name");
  char *symbol = attr(provider, "symbol");
  char *guid = attr(provider, "guid");
  char *cname = c_name(name ? name : "");
  strbuf_printf(out, "\n/* provider \"%s\" %s */\n", name ? name : "",
                guid ? guid : "");
  if (symbol && *symbol) {
    strbuf_printf(out,
                  "extern const struct _GUID %s;\n"
                  "extern unsigned __int64 %sHandle;\n"
                  "extern struct irqlint_mc_trace_context %s_Context;\n",
                  symbol, symbol, symbol);
    if (what)
      strbuf_printf(what, "%s\tthe provider's GUID\n", symbol);
  }
  strbuf_printf(out,
                "long __stdcall EventRegister%s(void);\n"
                "long __stdcall EventUnregister%s(void);\n",
                cname, cname);
  if (what)
    strbuf_printf(what, "EventRegister%s\t()\nEventUnregister%s\t()\n", cname,
                  cname);
  symbol_defines(provider, "keywords", "keyword", "mask", 0, out);
  symbol_defines(provider, "tasks", "task", "value", 1, out);
  symbol_defines(provider, "opcodes", "opcode", "value", 10, out);
  symbol_defines(provider, "channels", "channel", "value", 16, out);
  symbol_defines(provider, "levels", "level", "value", 16, out);
  xmlNodePtr events = child_named(provider, "events");
  for (xmlNodePtr e = events ? events->children : NULL; e; e = e->next) {
    if (!is_named(e, "event"))
      continue;
    char *sym = attr(e, "symbol");
    char *tid = attr(e, "template");
    if (sym && *sym) {
      strbuf decl, shown;
      strbuf_init(&decl);
      strbuf_init(&shown);
      if (tid && *tid)
        template_params(find_template(provider, tid), &decl, &shown);
      strbuf_printf(out,
                    "extern const struct _EVENT_DESCRIPTOR %s;\n"
                    "unsigned char __stdcall EventEnabled%s(void);\n"
                    "unsigned long __stdcall EventWrite%s(const struct _GUID "
                    "*%s);\n"
                    "unsigned long __stdcall EventWrite%s_AssumeEnabled("
                    "const struct _GUID *%s);\n",
                    sym, sym, sym, strbuf_cstr(&decl), sym, strbuf_cstr(&decl));
      if (what)
        strbuf_printf(what, "EventWrite%s\t(Activity%s)\n", sym,
                      strbuf_cstr(&shown));
      strbuf_free(&decl);
      strbuf_free(&shown);
    }
    xmlFree(sym);
    xmlFree(tid);
  }
  free(cname);
  xmlFree(name);
  xmlFree(symbol);
  xmlFree(guid);
}

static void find_providers(xmlNodePtr n, strbuf *out, strbuf *what) {
  for (; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE)
      continue;
    if (is_named(n, "provider"))
      provider_header(n, out, what);
    else if (!is_named(n, "localization"))
      find_providers(n->children, out, what);
  }
}

static char *manifest_header(const char *path, strbuf *what) {
  xmlDocPtr doc = xmlReadFile(
      path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  strbuf out;
  strbuf_init(&out);
  strbuf_puts(&out, "struct _GUID;\nstruct _EVENT_DESCRIPTOR;\n"
                    "struct _FILETIME;\nstruct _SYSTEMTIME;\n"
                    "struct irqlint_mc_trace_context;\n");
  if (doc) {
    find_providers(xmlDocGetRootElement(doc), &out, what);
    xmlFreeDoc(doc);
  } else {
    strbuf_puts(&out, "/* the manifest is not well-formed XML */\n");
  }
  char *text = xstrdup(strbuf_cstr(&out));
  strbuf_free(&out);
  return text;
}

/* ---- counters manifests (ctrpp) ---- */

static void find_counter_sets(xmlNodePtr n, const char *prefix, strbuf *out,
                              strbuf *what) {
  for (; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE)
      continue;
    if (!is_named(n, "counterSet")) {
      find_counter_sets(n->children, prefix, out, what);
      continue;
    }
    char *sym = attr(n, "symbol");
    char *name = attr(n, "name");
    if (sym && *sym) {
      /* the arguments are not checked: their types (PPCW_BUFFER, ...) are
       * wdm.h's, which the header may be read before */
      strbuf_printf(out,
                    "\n/* counter set \"%s\" */\n"
                    "long %sRegister%s();\nvoid %sUnregister%s(void);\n"
                    "long %sCreate%s();\nvoid %sClose%s();\n"
                    "long %sAdd%s();\n",
                    name ? name : "", prefix, sym, prefix, sym, prefix, sym,
                    prefix, sym, prefix, sym);
      if (what)
        strbuf_printf(what,
                      "%sRegister%s\t(Callback, Context)\n%sUnregister%s\t()"
                      "\n%sCreate%s\t(Instance, Name, Id, Values)\n"
                      "%sClose%s\t(Instance)\n"
                      "%sAdd%s\t(Buffer, Name, Id, Values)\n",
                      prefix, sym, prefix, sym, prefix, sym, prefix, sym,
                      prefix, sym);
    }
    xmlFree(sym);
    xmlFree(name);
  }
}

static char *counters_header(const char *path, const char *prefix,
                             strbuf *what) {
  xmlDocPtr doc = xmlReadFile(
      path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  strbuf out;
  strbuf_init(&out);
  if (doc) {
    find_counter_sets(xmlDocGetRootElement(doc), prefix, &out, what);
    xmlFreeDoc(doc);
  } else {
    strbuf_puts(&out, "/* the manifest is not well-formed XML */\n");
  }
  char *text = xstrdup(strbuf_cstr(&out));
  strbuf_free(&out);
  return text;
}

char *msgc_header_text(const msgc_input *in, char **what) {
  const char *path = in->path;
  char *text = read_file_prefix(path, MSGC_MAX_FILE_SIZE);
  strbuf sb, w;
  strbuf_init(&sb);
  strbuf_init(&w);
  strbuf_printf(&sb,
                "/* irqlint's stand-in for the header %s writes from %s\n"
                " * (irqlint's docs/generated-headers.md). */\n#pragma once\n",
                in->ctrpp ? "ctrpp" : "the message compiler (mc.exe)",
                leaf_of(path));
  const char *p = text ? text : "";
  if ((unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBB &&
      (unsigned char)p[2] == 0xBF)
    p += 3;
  p += strspn(p, " \t\r\n");
  char *body = in->ctrpp   ? counters_header(path, in->prefix, &w)
               : *p == '<' ? manifest_header(path, &w)
                           : mc_header(text ? text : "", in->customer_bit, &w);
  strbuf_puts(&sb, body);
  free(body);
  free(text);
  char *out = xstrdup(strbuf_cstr(&sb));
  if (what)
    *what = xstrdup(strbuf_cstr(&w));
  strbuf_free(&sb);
  strbuf_free(&w);
  return out;
}

/* ---- the plan ---- */

typedef struct msgc_use {
  const msgc_input *input;
  char *includer; /* canonical */
  char *name;     /* as written */
  unsigned line;
  char *found;   /* the driver's own header, or NULL */
  char *standin; /* where the stand-in goes, or NULL */
} msgc_use;

typedef struct msgc_job {
  const fe_job *job;
  const msgc_inputs *inputs;
  msgc_use *uses;
  size_t use_count, use_cap;
} msgc_job;

typedef struct msgc_text {
  const msgc_input *input;
  char *text, *what;
} msgc_text;

struct msgc_plan {
  msgc_job *jobs;
  unsigned job_count;
  msgc_text *texts;
  size_t text_count, text_cap;
};

static const msgc_text *input_text(msgc_plan *p, const msgc_input *in) {
  for (size_t i = 0; i < p->text_count; i++)
    if (p->texts[i].input == in)
      return &p->texts[i];
  msgc_text t = {in, NULL, NULL};
  if (in->path)
    t.text = msgc_header_text(in, &t.what);
  VEC_PUSH(p->texts, p->text_count, p->text_cap, t);
  return &p->texts[p->text_count - 1];
}

/* One job's scan: the files reached, in order. */
typedef struct msgc_scan {
  msgc_plan *plan;
  msgc_job *j;
  char **dirs;
  size_t dir_count;
  const char *bundled;
  char **files;
  size_t file_count, file_cap;
  const char *file; /* the one being read */
  const char *text;
} msgc_scan;

static void scan_visit(msgc_scan *s, const char *canonical) {
  if (s->bundled && strncmp(canonical, s->bundled, strlen(s->bundled)) == 0)
    return;
  if (s->file_count >= MSGC_MAX_FILES)
    return;
  for (size_t i = 0; i < s->file_count; i++)
    if (strcmp(s->files[i], canonical) == 0)
      return;
  VEC_PUSH(s->files, s->file_count, s->file_cap, xstrdup(canonical));
}

static void scan_include(const char *name_text, size_t len, int angled,
                         const char *line, void *arg) {
  msgc_scan *s = arg;
  char *name = xstrndup(name_text, len);
  char *dir = xstrdup(s->file);
  *strrchr(dir, '/') = '\0';
  char *found = angled ? NULL : msb_resolve_path(dir, name);
  for (size_t i = 0; i < s->dir_count && !found; i++)
    found = msb_resolve_path(s->dirs[i], name);
  struct stat st;
  char resolved[PATH_MAX];
  char *canonical = found && stat(found, &st) == 0 && S_ISREG(st.st_mode) &&
                            realpath(found, resolved)
                        ? xstrdup(resolved)
                        : NULL;
  free(found);
  const msgc_input *input = NULL;
  for (unsigned i = 0; i < s->j->inputs->count && !input; i++)
    if (strcasecmp(leaf_of(name), s->j->inputs->items[i].header) == 0)
      input = &s->j->inputs->items[i];
  if (input) {
    int seen = 0;
    for (size_t i = 0; i < s->j->use_count && !seen; i++)
      seen = strcmp(s->j->uses[i].includer, s->file) == 0 &&
             strcmp(s->j->uses[i].name, name) == 0;
    if (!seen) {
      unsigned at = 1;
      for (const char *c = s->text; c < line; c++)
        at += *c == '\n';
      msgc_use u = {input, xstrdup(s->file), xstrdup(name), at, NULL, NULL};
      if (canonical) {
        u.found = xstrdup(canonical);
      } else if (input->path) {
        /* where clang looks first: the includer's directory, or the first
         * include directory for <x.h> */
        char *posix = xstrdup(name);
        for (char *c = posix; *c; c++)
          if (*c == '\\')
            *c = '/';
        u.standin = xasprintf("%s/%s",
                              angled && s->dir_count ? s->dirs[0] : dir, posix);
        free(posix);
      }
      VEC_PUSH(s->j->uses, s->j->use_count, s->j->use_cap, u);
    }
  } else if (canonical) {
    scan_visit(s, canonical);
  }
  free(canonical);
  free(dir);
  free(name);
}

msgc_plan *msgc_plan_build(const fe_job *jobs, unsigned count,
                           const msgc_inputs *const *per_job) {
  msgc_plan *p = xcalloc(1, sizeof *p);
  p->jobs = xcalloc(count ? count : 1, sizeof *p->jobs);
  p->job_count = count;
  char *bundled = NULL;
  for (unsigned n = 0; n < count; n++) {
    msgc_job *j = &p->jobs[n];
    j->job = &jobs[n];
    j->inputs = per_job ? per_job[n] : NULL;
    if (!j->inputs || !j->inputs->count)
      continue;
    if (!bundled)
      bundled = bundled_wdk_root();
    msgc_scan s;
    memset(&s, 0, sizeof s);
    s.plan = p;
    s.j = j;
    s.bundled = bundled;
    s.dir_count = job_include_dirs(j->job, &s.dirs);
    char *file = path_in_dir(j->job->directory, j->job->file);
    char resolved[PATH_MAX];
    if (realpath(file, resolved))
      scan_visit(&s, resolved);
    free(file);
    for (size_t f = 0; f < s.file_count; f++) {
      char *text = read_file_prefix(s.files[f], MSGC_MAX_FILE_SIZE);
      if (!text)
        continue;
      s.file = s.files[f];
      s.text = text;
      for_each_include(text, scan_include, &s);
      free(text);
    }
    for (size_t i = 0; i < s.file_count; i++)
      free(s.files[i]);
    free(s.files);
    for (size_t i = 0; i < s.dir_count; i++)
      free(s.dirs[i]);
    free(s.dirs);
    for (size_t i = 0; i < j->use_count; i++)
      if (j->uses[i].standin)
        input_text(p, j->uses[i].input);
  }
  free(bundled);
  return p;
}

void msgc_plan_free(msgc_plan *p) {
  if (!p)
    return;
  for (unsigned n = 0; n < p->job_count; n++) {
    msgc_job *j = &p->jobs[n];
    for (size_t i = 0; i < j->use_count; i++) {
      free(j->uses[i].includer);
      free(j->uses[i].name);
      free(j->uses[i].found);
      free(j->uses[i].standin);
    }
    free(j->uses);
  }
  free(p->jobs);
  for (size_t i = 0; i < p->text_count; i++) {
    free(p->texts[i].text);
    free(p->texts[i].what);
  }
  free(p->texts);
  free(p);
}

static const msgc_text *text_of(const msgc_plan *p, const msgc_input *in) {
  for (size_t i = 0; i < p->text_count; i++)
    if (p->texts[i].input == in)
      return &p->texts[i];
  return NULL;
}

int msgc_plan_add_standins(const msgc_plan *p, fe_header_overlay *overlay,
                           char **error) {
  for (unsigned n = 0; n < p->job_count; n++) {
    const msgc_job *j = &p->jobs[n];
    for (size_t i = 0; i < j->use_count; i++) {
      const msgc_text *t = text_of(p, j->uses[i].input);
      if (j->uses[i].standin && t && t->text &&
          fe_header_overlay_add_standin(overlay, j->uses[i].standin, t->text,
                                        error) != 0)
        return -1;
    }
  }
  return 0;
}

/* ---- --dump-config ---- */

void msgc_plan_dump(const msgc_plan *p, FILE *out) {
  int any = 0;
  /* each project's inputs once: jobs of a project share them */
  for (unsigned n = 0; n < p->job_count; n++) {
    const msgc_job *j = &p->jobs[n];
    if (!j->inputs || !j->inputs->count)
      continue;
    int first = 1;
    for (unsigned k = 0; k < n && first; k++)
      first = p->jobs[k].inputs != j->inputs;
    if (!any)
      fputs("---\n# headers the message compiler (and ctrpp) writes, "
            "supplied by irqlint (docs/generated-headers.md)\n"
            "message-compiler:\n",
            out);
    any = 1;
    if (first)
      for (unsigned i = 0; i < j->inputs->count; i++) {
        const msgc_input *in = &j->inputs->items[i];
        fputs("  - input: ", out);
        project_dump_quoted(out, in->path ? job_shown_path(j->job, in->path)
                                          : in->item);
        fprintf(out,
                "\n    tool: %s\n    header: ", in->ctrpp ? "ctrpp" : "mc");
        project_dump_quoted(out, in->header);
        fputs("\n    from: ", out);
        project_dump_quoted(out, in->origin);
        if (!in->path)
          fputs("\n    missing: true", out);
        /* what the stand-in declares: made again here when no source of
         * this run needs it */
        char *what = NULL;
        const msgc_text *t = text_of(p, in);
        if (t)
          what = t->what ? xstrdup(t->what) : NULL;
        else if (in->path)
          free(msgc_header_text(in, &what));
        fputs("\n    declares:", out);
        if (!what || !*what)
          fputs(" []", out);
        for (char *line = what; line && *line;) {
          char *end = strchr(line, '\n');
          if (end)
            *end = '\0';
          char *tab = strchr(line, '\t');
          if (tab)
            *tab = '\0';
          fputs("\n      - { name: ", out);
          project_dump_quoted(out, line);
          if (tab) {
            fputs(", is: ", out);
            project_dump_quoted(out, tab + 1);
          }
          fputs(" }", out);
          line = end ? end + 1 : line + strlen(line);
        }
        free(what);
        fputs("\n    included:", out);
        int none = 1;
        for (unsigned m = n; m < p->job_count; m++) {
          const msgc_job *o = &p->jobs[m];
          if (o->inputs != j->inputs)
            continue;
          for (size_t u = 0; u < o->use_count; u++) {
            const msgc_use *use = &o->uses[u];
            if (use->input != in)
              continue;
            /* once per includer */
            int dup = 0;
            for (unsigned mm = n; mm <= m && !dup; mm++)
              for (size_t uu = 0;
                   uu < (mm == m ? u : p->jobs[mm].use_count) && !dup; uu++)
                dup =
                    p->jobs[mm].inputs == j->inputs &&
                    p->jobs[mm].uses[uu].input == in &&
                    strcmp(p->jobs[mm].uses[uu].includer, use->includer) == 0 &&
                    strcmp(p->jobs[mm].uses[uu].name, use->name) == 0;
            if (dup)
              continue;
            none = 0;
            fputs("\n      - { include: ", out);
            project_dump_quoted(out, use->name);
            fputs(", in: ", out);
            char *at = xasprintf("%s:%u", job_shown_path(o->job, use->includer),
                                 use->line);
            project_dump_quoted(out, at);
            free(at);
            if (use->found) {
              fputs(", kept: ", out);
              project_dump_quoted(out, job_shown_path(o->job, use->found));
            } else if (use->standin) {
              fputs(", stand-in: ", out);
              project_dump_quoted(out, job_shown_path(o->job, use->standin));
            } else {
              fputs(", stand-in: \"none (the input is missing)\"", out);
            }
            fputs(" }", out);
          }
        }
        if (none)
          fputs(" []", out);
        fputc('\n', out);
      }
  }
}
