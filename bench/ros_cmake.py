"""Read what ReactOS's CMake build compiles for its drivers, without CMake:
the targets (add_library / add_executable) under a set of directories, each
with its sources and, per source, the preprocessor definitions and include
directories the build gives it.

An interpreter of the part of the CMake language that ReactOS's driver
CMakeLists.txt files use, with CMake's rules for it:

* the language: command invocations, quoted, unquoted and bracket
  arguments, comments, ${VAR} references, lists (';'), set / unset / list,
  if / elseif / else / endif (CMake's condition syntax and precedence:
  parentheses, unary tests, binary tests, NOT, AND, OR; an unquoted word
  that names a variable stands for its value), include() of a file into
  the current scope (include_guard honoured), add_subdirectory with a copy
  of the parent's variables and directory properties;
* directory properties: add_definitions / remove_definitions /
  add_compile_definitions and include_directories ([BEFORE|AFTER]), which
  apply to every target of the directory whether before or after the
  command, and to subdirectories added after it;
* target properties: sources (add_library, add_executable,
  target_sources), target_compile_definitions,
  target_include_directories ([BEFORE] PRIVATE|PUBLIC|INTERFACE),
  set_target_properties(... COMPILE_DEFINITIONS ...), target_link_libraries
  (a linked target's PUBLIC/INTERFACE definitions and include directories
  become the linker's, transitively), set_source_files_properties(...
  COMPILE_DEFINITIONS / COMPILE_FLAGS / INCLUDE_DIRECTORIES ...);
* ReactOS's own macros (sdk/cmake/CMakeMacros.cmake): add_pch(target
  header skip-list) records the precompiled header; set_module_type
  records the module type and adds UNICODE/_UNICODE for its UNICODE flag.

Everything else (add_importlibs, add_cd_file, spec2def, ...) has no effect
on what the compiler sees and is ignored.  function() / macro() bodies are
skipped; foreach() is not used by the driver trees and is not supported.

The configuration is ReactOS's Debug build for i386 with MSVC (the
variables in CONFIG); generated files (${CMAKE_CURRENT_BINARY_DIR}) do not
exist here.
"""

import os
import re

# The cache variables and toolchain facts of an i386 Debug build with MSVC
# (sdk/cmake/config.cmake, msvc.cmake): what the drivers' if() look at.
CONFIG = {
    "ARCH": "i386", "SARCH": "pc", "OARCH": "pentium",
    "MSVC": "1", "CMAKE_C_COMPILER_ID": "MSVC", "CMAKE_CXX_COMPILER_ID": "MSVC",
    "CMAKE_BUILD_TYPE": "Debug", "DBG": "TRUE", "KDBG": "FALSE",
    "_WINKD_": "TRUE", "GDB": "FALSE", "ISAPNP_ENABLE": "ON",
    "STACK_PROTECTOR": "OFF", "USE_DUMMY_PSEH": "FALSE", "LTCG": "FALSE",
    "PCH": "ON", "CMAKE_VERSION": "3.17.2", "CMAKE_SYSTEM_NAME": "Windows",
    "PSEH_LIB": "pseh", "CMAKE_C_STANDARD": "",
}

_FALSE_CONSTANTS = {"0", "off", "no", "false", "n", "ignore", "notfound", ""}
_TRUE_CONSTANTS = {"1", "on", "yes", "true", "y"}


class CMakeError(Exception):
    pass


# ---------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------

class Arg:
    __slots__ = ("text", "kind")   # kind: 'u'nquoted, 'q'uoted, 'b'racket

    def __init__(self, text, kind):
        self.text = text
        self.kind = kind


def _bracket_end(text, i):
    """At text[i] == '[': if a bracket opening '[=*[' starts here, return
    (index after it, closing string); else None."""
    m = re.compile(r"\[(=*)\[").match(text, i)
    if not m:
        return None
    return m.end(), "]" + m.group(1) + "]"


def _comment_end(text, i):
    """The end of the comment starting with '#' at i (a bracket comment
    `#[[...]]` or the rest of the line)."""
    n = len(text)
    b = _bracket_end(text, i + 1) if i + 1 < n and text[i + 1] == "[" else None
    if b:
        j = text.find(b[1], b[0])
        return n if j < 0 else j + len(b[1])
    j = text.find("\n", i)
    return n if j < 0 else j


def parse(text, where="CMakeLists.txt"):
    """[(command name lowercased, [Arg], line)]"""
    calls = []
    i, n, line = 0, len(text), 1
    ident = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
            i += 1
            continue
        if c in " \t\r":
            i += 1
            continue
        if c == "#":
            j = _comment_end(text, i)
            line += text.count("\n", i, j)
            i = j
            continue
        m = ident.match(text, i)
        if not m:
            raise CMakeError("%s:%d: unexpected %r" % (where, line, c))
        name = m.group(0).lower()
        start_line = line
        i = m.end()
        while i < n and text[i] in " \t":
            i += 1
        if i >= n or text[i] != "(":
            raise CMakeError("%s:%d: expected '(' after %s" % (where, line, name))
        i += 1
        args = []
        depth = 0
        while True:
            if i >= n:
                raise CMakeError("%s:%d: unterminated %s(" % (where, start_line, name))
            c = text[i]
            if c == "\n":
                line += 1
                i += 1
            elif c in " \t\r":
                i += 1
            elif c == "#":
                j = _comment_end(text, i)
                line += text.count("\n", i, j)
                i = j
            elif c == "(":
                depth += 1
                args.append(Arg("(", "u"))
                i += 1
            elif c == ")":
                if depth == 0:
                    i += 1
                    break
                depth -= 1
                args.append(Arg(")", "u"))
                i += 1
            elif c == '"':
                j = i + 1
                buf = []
                while j < n and text[j] != '"':
                    if text[j] == "\\" and j + 1 < n:
                        nxt = text[j + 1]
                        if nxt == "\n":       # line continuation
                            line += 1
                        elif nxt in "nrt":
                            buf.append({"n": "\n", "r": "\r", "t": "\t"}[nxt])
                        elif nxt == ";":
                            buf.append("\\;")
                        else:
                            buf.append(nxt)
                        j += 2
                        continue
                    if text[j] == "\n":
                        line += 1
                    buf.append(text[j])
                    j += 1
                args.append(Arg("".join(buf), "q"))
                i = j + 1
            elif c == "[" and _bracket_end(text, i):
                start, close = _bracket_end(text, i)
                j = text.find(close, start)
                if j < 0:
                    raise CMakeError("%s:%d: unterminated bracket argument" % (where, line))
                body = text[start:j]
                if body.startswith("\n"):
                    body = body[1:]
                line += text.count("\n", i, j)
                args.append(Arg(body, "b"))
                i = j + len(close)
            else:
                j = i
                buf = []
                while j < n and text[j] not in " \t\r\n()#\"":
                    if text[j] == "\\" and j + 1 < n:
                        buf.append(text[j:j + 2])
                        j += 2
                        continue
                    # a ${...} may hold spaces? no; but $<...> may hold ';'
                    buf.append(text[j])
                    j += 1
                if j == i:  # a lone special character
                    buf.append(text[j])
                    j += 1
                args.append(Arg("".join(buf), "u"))
                i = j
        calls.append((name, args, start_line))
    return calls


def split_list(value):
    """A CMake list string into its elements (empty ones dropped)."""
    out, cur, i = [], [], 0
    while i < len(value):
        c = value[i]
        if c == "\\" and i + 1 < len(value) and value[i + 1] == ";":
            cur.append(";")
            i += 2
            continue
        if c == ";":
            if cur:
                out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    if cur:
        out.append("".join(cur))
    return out


# ---------------------------------------------------------------------------
# Model
# ---------------------------------------------------------------------------

class Directory:
    def __init__(self, path, binary, parent=None):
        self.path = path            # absolute source directory
        self.binary = binary        # where the build would write (absent)
        self.parent = parent
        self.defines = list(parent.defines) if parent else []
        self.includes = list(parent.includes) if parent else []
        self.source_props = {}      # abs source -> {"defines": [], "includes": [], "skip_pch": bool}
        self.targets = []
        self.subdirs = []           # (abs path, "file:line", reached?)
        self.reached = True         # by add_subdirectory from the trees' roots
        self.scope = {}             # the variables at its end


class Target:
    def __init__(self, name, kind, directory, where):
        self.name = name
        self.kind = kind            # MODULE SHARED STATIC OBJECT INTERFACE EXECUTABLE
        self.dir = directory
        self.where = where          # "file:line"
        self.sources = []           # absolute paths, any extension
        self.missing = []           # listed, not found (generated)
        self.defines = []           # PRIVATE + PUBLIC
        self.iface_defines = []     # PUBLIC + INTERFACE
        self.includes_before = []   # target_include_directories BEFORE
        self.includes = []          # PRIVATE + PUBLIC
        self.iface_includes = []
        self.links = []             # (name, propagates?)
        self.pch = None             # (header abs path, [skipped sources])
        self.module_type = None
        self.unicode = False
        self.exclude_from_all = False
        self.reached = True         # its directory is part of the build
        self.notes = []

    @property
    def is_library(self):
        return self.kind in ("STATIC", "OBJECT", "INTERFACE")

    def __repr__(self):
        return "<Target %s %s in %s>" % (self.name, self.kind, self.dir.path)


def _define_of(flag):
    """'-DX=1' or '/DX' -> 'X=1'; None for other flags."""
    m = re.match(r"^[-/]D(.+)$", flag)
    return m.group(1) if m else None


class Interpreter:
    def __init__(self, root, binary_root, base_defines, base_includes,
                 config=None):
        self.root = root
        self.binary_root = binary_root
        self.config = dict(CONFIG, **(config or {}))
        self.config["REACTOS_SOURCE_DIR"] = root
        self.config["REACTOS_BINARY_DIR"] = binary_root
        self.base_defines = list(base_defines)
        self.base_includes = list(base_includes)
        self.targets = {}           # name -> Target (the last definition)
        self.all_targets = []
        self.directories = {}       # abs path -> Directory
        self.guards = set()
        self.unknown_commands = {}
        self.warnings = []
        self.unreached_mode = False  # interpreting a directory the build
                                     # does not reach

    # -- variables ----------------------------------------------------------
    def expand(self, text, scope):
        """${VAR} and $ENV{VAR} references, innermost first."""
        ref = re.compile(r"\$(ENV)?\{([^${}]*)\}")
        for _ in range(50):
            m = ref.search(text)
            if not m:
                return text
            if m.group(1):
                val = os.environ.get(m.group(2), "")
            else:
                val = scope.get(m.group(2), "")
            text = text[:m.start()] + val + text[m.end():]
        return text

    def args(self, raw, scope):
        """Expanded arguments: unquoted ones split as lists."""
        out = []
        for a in raw:
            if a.kind == "b":
                out.append(a.text)
            elif a.kind == "q":
                out.append(self.expand(a.text, scope))
            else:
                out.extend(split_list(self.expand(a.text, scope)))
        return out

    # -- conditions ---------------------------------------------------------
    def condition(self, raw, scope):
        toks = []
        for a in raw:
            if a.kind == "u":
                # an unquoted argument that expands to nothing is no
                # argument at all: if(NOT ${UNSET}) is if(NOT)
                toks.extend((t, "u") for t in split_list(self.expand(a.text, scope)))
            else:
                toks.append((self.expand(a.text, scope), a.kind))

        def is_var(tok):
            return tok[1] == "u" and tok[0] in scope

        def value(tok):
            return scope[tok[0]] if is_var(tok) else tok[0]

        def truth(tok):
            text, kind = tok
            low = text.lower()
            if low in _TRUE_CONSTANTS or re.match(r"^-?[1-9][0-9]*(\.[0-9]+)?$", text):
                return True
            if low in _FALSE_CONSTANTS or low.endswith("-notfound"):
                return False
            if kind != "u":
                return False
            if text in scope:
                v = scope[text].lower()
                return not (v in _FALSE_CONSTANTS or v.endswith("-notfound"))
            return False

        def version(s):
            return [int(x) for x in re.findall(r"\d+", s)]

        unary = {"EXISTS", "COMMAND", "DEFINED", "TARGET", "IS_DIRECTORY",
                 "IS_ABSOLUTE", "POLICY", "TEST"}
        binary = {"STREQUAL", "EQUAL", "LESS", "GREATER", "LESS_EQUAL",
                  "GREATER_EQUAL", "STRLESS", "STRGREATER", "MATCHES",
                  "VERSION_LESS", "VERSION_GREATER", "VERSION_EQUAL",
                  "VERSION_LESS_EQUAL", "VERSION_GREATER_EQUAL", "IN_LIST"}

        # evaluate: reduce parenthesised groups recursively, then CMake's
        # passes over a flat list of ('value', bool) / tokens
        def reduce(items):
            # items: list of tokens (text, kind) or ("#", bool) results
            # unary
            out = []
            i = 0
            while i < len(items):
                t = items[i]
                if t[1] == "u" and t[0] in unary and i + 1 < len(items):
                    arg = items[i + 1]
                    op = t[0]
                    if op == "DEFINED":
                        r = arg[0] in scope
                    elif op == "TARGET":
                        r = arg[0] in self.targets
                    elif op == "EXISTS":
                        r = os.path.exists(arg[0])
                    elif op == "IS_DIRECTORY":
                        r = os.path.isdir(arg[0])
                    elif op == "IS_ABSOLUTE":
                        r = os.path.isabs(arg[0])
                    elif op == "COMMAND":
                        r = False
                    else:
                        r = False
                    out.append(("#", r))
                    i += 2
                    continue
                out.append(t)
                i += 1
            items, out, i = out, [], 0
            while i < len(items):
                if (i + 2 < len(items) and items[i + 1][1] == "u"
                        and items[i + 1][0] in binary and items[i][0] != "#"):
                    a, op, b = value(items[i]), items[i + 1][0], value(items[i + 2])
                    if op == "STREQUAL":
                        r = a == b
                    elif op == "MATCHES":
                        r = re.search(b, a) is not None
                    elif op == "IN_LIST":
                        r = a in split_list(scope.get(items[i + 2][0], ""))
                    elif op.startswith("VERSION_"):
                        va, vb = version(a), version(b)
                        r = {"VERSION_LESS": va < vb, "VERSION_GREATER": va > vb,
                             "VERSION_EQUAL": va == vb,
                             "VERSION_LESS_EQUAL": va <= vb,
                             "VERSION_GREATER_EQUAL": va >= vb}[op]
                    elif op.startswith("STR"):
                        r = a < b if op == "STRLESS" else a > b
                    else:
                        try:
                            fa, fb = float(a), float(b)
                        except ValueError:
                            r = False
                        else:
                            r = {"EQUAL": fa == fb, "LESS": fa < fb,
                                 "GREATER": fa > fb, "LESS_EQUAL": fa <= fb,
                                 "GREATER_EQUAL": fa >= fb}[op]
                    out.append(("#", r))
                    i += 3
                    continue
                out.append(items[i])
                i += 1
            # NOT (right to left), AND, OR
            items = out

            def as_bool(t):
                return t[1] if t[0] == "#" else truth(t)
            changed = True
            while changed:
                changed = False
                for k in range(len(items) - 2, -1, -1):
                    if items[k][1] == "u" and items[k][0] == "NOT":
                        items[k:k + 2] = [("#", not as_bool(items[k + 1]))]
                        changed = True
                        break
            for op in ("AND", "OR"):
                k = 1
                while k + 1 < len(items):
                    if items[k][1] == "u" and items[k][0] == op:
                        a, b = as_bool(items[k - 1]), as_bool(items[k + 1])
                        items[k - 1:k + 2] = [("#", a and b if op == "AND" else a or b)]
                    else:
                        k += 1
            if not items:
                return False
            return as_bool(items[0])

        def group(i):
            items = []
            while i < len(toks):
                t = toks[i]
                if t == ("(", "u"):
                    r, i = group(i + 1)
                    items.append(("#", r))
                    continue
                if t == (")", "u"):
                    return reduce(items), i + 1
                items.append(t)
                i += 1
            return reduce(items), i

        return group(0)[0]

    # -- running ------------------------------------------------------------
    def run_directory(self, path, parent=None, scope=None):
        """Interprets path/CMakeLists.txt; returns its Directory."""
        rel = os.path.relpath(path, self.root)
        d = Directory(path, os.path.join(self.binary_root, rel), parent)
        if parent is None:
            d.defines = list(self.base_defines)
            d.includes = list(self.base_includes)
        d.reached = not self.unreached_mode
        self.directories[path] = d
        d.scope = scope = dict(scope if scope is not None else self.config)
        scope["CMAKE_CURRENT_SOURCE_DIR"] = path
        scope["CMAKE_CURRENT_BINARY_DIR"] = d.binary
        scope["CMAKE_CURRENT_LIST_DIR"] = path
        cml = os.path.join(path, "CMakeLists.txt")
        self.run_file(cml, d, scope)
        return d

    def run_file(self, path, d, scope):
        with open(path, encoding="utf-8", errors="replace") as f:
            calls = parse(f.read(), path)
        self.run_calls(calls, path, d, scope)

    def run_calls(self, calls, path, d, scope):
        # if-stack entries: [taking now?, some branch taken?, parent taking?]
        stack = []
        skip_body = 0          # inside function()/macro() definitions
        taking = True
        for name, raw, line in calls:
            where = "%s:%d" % (os.path.relpath(path, self.root), line)
            if skip_body:
                if name in ("function", "macro"):
                    skip_body += 1
                elif name in ("endfunction", "endmacro"):
                    skip_body -= 1
                continue
            if name == "if":
                outer = taking
                cond = outer and self.condition(raw, scope)
                stack.append([cond, cond, outer])
                taking = cond
                continue
            if name == "elseif":
                top = stack[-1]
                cond = top[2] and not top[1] and self.condition(raw, scope)
                top[0] = cond
                top[1] = top[1] or cond
                taking = cond
                continue
            if name == "else":
                top = stack[-1]
                top[0] = top[2] and not top[1]
                top[1] = True
                taking = top[0]
                continue
            if name == "endif":
                stack.pop()
                taking = stack[-1][0] if stack else True
                continue
            if name in ("function", "macro"):
                skip_body = 1
                continue
            if not taking:
                if name == "add_subdirectory":
                    a = self.args(raw, scope)
                    if a:
                        sub = os.path.normpath(os.path.join(d.path, a[0]))
                        d.subdirs.append((sub, where, False))
                continue
            a = self.args(raw, scope)
            handler = getattr(self, "cmd_" + name, None)
            if handler is None:
                self.unknown_commands.setdefault(name, where)
                continue
            ret = handler(a, d, scope, where)
            if ret == "return":
                return

    # -- commands -----------------------------------------------------------
    def cmd_set(self, a, d, scope, where):
        if not a:
            return
        vals = a[1:]
        if "CACHE" in vals:
            vals = vals[:vals.index("CACHE")]
            if a[0] in scope:       # a cache entry does not override
                return
        if "PARENT_SCOPE" in vals:
            vals = [v for v in vals if v != "PARENT_SCOPE"]
        if vals:
            scope[a[0]] = ";".join(vals)
        else:
            scope.pop(a[0], None)

    def cmd_unset(self, a, d, scope, where):
        if a:
            scope.pop(a[0], None)

    def cmd_option(self, a, d, scope, where):
        if len(a) >= 1 and a[0] not in scope:
            scope[a[0]] = a[2] if len(a) >= 3 else "OFF"

    def cmd_list(self, a, d, scope, where):
        if len(a) < 2:
            return
        op, var = a[0].upper(), a[1]
        cur = split_list(scope.get(var, ""))
        if op == "APPEND":
            cur += a[2:]
        elif op == "PREPEND":
            cur = a[2:] + cur
        elif op == "INSERT" and len(a) >= 3:
            k = int(a[2])
            cur[k:k] = a[3:]
        elif op == "REMOVE_ITEM":
            cur = [x for x in cur if x not in a[2:]]
        elif op == "REMOVE_DUPLICATES":
            cur = list(dict.fromkeys(cur))
        elif op == "LENGTH" and len(a) >= 3:
            scope[a[2]] = str(len(cur))
            return
        else:
            return
        scope[var] = ";".join(cur)

    def cmd_include_guard(self, a, d, scope, where):
        key = scope.get("CMAKE_CURRENT_LIST_FILE", where)
        if key in self.guards:
            return "return"
        self.guards.add(key)

    def cmd_return(self, a, d, scope, where):
        return "return"

    def cmd_include(self, a, d, scope, where):
        if not a:
            return
        path = a[0]
        if not path.endswith(".cmake") and not os.path.isabs(path):
            return  # a CMake module (CPack, ...): nothing for the compiler
        path = os.path.normpath(os.path.join(d.path, path))
        if not os.path.isfile(path):
            self.warnings.append("%s: include(%s): no such file" % (where, a[0]))
            return
        saved = (scope.get("CMAKE_CURRENT_LIST_DIR"), scope.get("CMAKE_CURRENT_LIST_FILE"))
        scope["CMAKE_CURRENT_LIST_DIR"] = os.path.dirname(path)
        scope["CMAKE_CURRENT_LIST_FILE"] = path
        self.run_file(path, d, scope)
        scope["CMAKE_CURRENT_LIST_DIR"], scope["CMAKE_CURRENT_LIST_FILE"] = saved

    def cmd_add_subdirectory(self, a, d, scope, where):
        if not a:
            return
        sub = os.path.normpath(os.path.join(d.path, a[0]))
        d.subdirs.append((sub, where, True))
        if os.path.isfile(os.path.join(sub, "CMakeLists.txt")):
            child = self.run_directory(sub, d, scope)
            child.parent = d
        else:
            self.warnings.append("%s: add_subdirectory(%s): no CMakeLists.txt"
                                 % (where, a[0]))

    def cmd_add_definitions(self, a, d, scope, where):
        for arg in a:
            for flag in arg.split():
                df = _define_of(flag)
                if df is not None:
                    d.defines.append(df)
                else:
                    self.warnings.append("%s: add_definitions(%s): not a "
                                         "definition, ignored" % (where, flag))

    def cmd_add_compile_definitions(self, a, d, scope, where):
        for arg in a:
            d.defines.append(_define_of(arg) or arg)

    def cmd_remove_definitions(self, a, d, scope, where):
        for arg in a:
            for flag in arg.split():
                df = _define_of(flag)
                if df is not None:
                    d.defines = [x for x in d.defines if x != df]

    def cmd_include_directories(self, a, d, scope, where):
        before = False
        dirs = []
        for x in a:
            if x == "BEFORE":
                before = True
            elif x in ("AFTER", "SYSTEM"):
                continue
            else:
                dirs.append(self.abspath(x, d))
        if before:
            d.includes[0:0] = dirs
        else:
            d.includes.extend(dirs)

    def abspath(self, p, d):
        return os.path.normpath(p if os.path.isabs(p) else os.path.join(d.path, p))

    def _add_target(self, name, kind, a, d, where, exclude=False):
        t = Target(name, kind, d, where)
        t.exclude_from_all = exclude
        t.reached = not self.unreached_mode
        self._add_sources(t, a, d)
        d.targets.append(t)
        self.all_targets.append(t)
        # a name the build defines is not shadowed by a directory it
        # does not build (kdcom is defined in three directories)
        if t.reached or name not in self.targets:
            self.targets[name] = t
        return t

    def _add_sources(self, t, srcs, d):
        for s in srcs:
            if s.startswith("$<"):
                t.notes.append("generator expression source %s ignored" % s)
                continue
            p = self.abspath(s, d)
            if os.path.isfile(p):
                if p not in t.sources:
                    t.sources.append(p)
            elif p.startswith(self.binary_root + os.sep) or not os.path.splitext(p)[1]:
                t.missing.append(os.path.relpath(p, self.root))
            elif os.path.isfile(p + ".c"):
                t.sources.append(p + ".c")
            else:
                t.missing.append(os.path.relpath(p, self.root))

    def cmd_add_library(self, a, d, scope, where):
        if len(a) < 1:
            return
        name, rest = a[0], a[1:]
        kind = "STATIC"
        exclude = False
        while rest and rest[0] in ("STATIC", "SHARED", "MODULE", "OBJECT",
                                   "INTERFACE", "EXCLUDE_FROM_ALL", "IMPORTED",
                                   "ALIAS", "GLOBAL", "UNKNOWN"):
            w = rest.pop(0)
            if w == "EXCLUDE_FROM_ALL":
                exclude = True
            elif w in ("IMPORTED", "ALIAS"):
                return
            elif w != "GLOBAL":
                kind = w
        self._add_target(name, kind, rest, d, where, exclude)

    def cmd_add_executable(self, a, d, scope, where):
        if not a:
            return
        rest = [x for x in a[1:] if x not in ("WIN32", "MACOSX_BUNDLE",
                                              "EXCLUDE_FROM_ALL")]
        if "IMPORTED" in a or "ALIAS" in a:
            return
        self._add_target(a[0], "EXECUTABLE", rest, d, where,
                         "EXCLUDE_FROM_ALL" in a)

    def resolve(self, name, d):
        """The target a name means in directory d: one defined there, else
        the build's."""
        for t in reversed(d.targets):
            if t.name == name:
                return t
        return self.targets.get(name)

    def _target(self, name, where, d=None):
        t = self.resolve(name, d) if d is not None else self.targets.get(name)
        if t is None:
            self.warnings.append("%s: unknown target %s" % (where, name))
        return t

    def cmd_target_sources(self, a, d, scope, where):
        t = self._target(a[0], where, d) if a else None
        if t:
            self._add_sources(t, [x for x in a[1:] if x not in
                                  ("PRIVATE", "PUBLIC", "INTERFACE")], d)

    def cmd_target_compile_definitions(self, a, d, scope, where):
        t = self._target(a[0], where, d) if a else None
        if not t:
            return
        mode = "PRIVATE"
        for x in a[1:]:
            if x in ("PRIVATE", "PUBLIC", "INTERFACE"):
                mode = x
                continue
            x = x[2:] if x.startswith("-D") else x
            if mode in ("PRIVATE", "PUBLIC"):
                t.defines.append(x)
            if mode in ("PUBLIC", "INTERFACE"):
                t.iface_defines.append(x)

    def cmd_target_include_directories(self, a, d, scope, where):
        t = self._target(a[0], where, d) if a else None
        if not t:
            return
        # CMake handles each PRIVATE/PUBLIC/INTERFACE group on its own:
        # with BEFORE, each group is put in front of what is there, so a
        # later group comes before an earlier one
        mode, before = "PRIVATE", False
        groups = []
        for x in a[1:]:
            if x in ("PRIVATE", "PUBLIC", "INTERFACE"):
                mode = x
                groups.append((mode, []))
                continue
            if x == "BEFORE":
                before = True
                continue
            if x in ("AFTER", "SYSTEM"):
                continue
            if x.startswith("$<"):
                t.notes.append("generator expression include %s ignored" % x)
                continue
            if not groups:
                groups.append((mode, []))
            groups[-1][1].append(self.abspath(x, d))
        for mode, dirs in groups:
            if mode in ("PRIVATE", "PUBLIC"):
                if before:
                    t.includes_before[0:0] = dirs
                else:
                    t.includes.extend(dirs)
            if mode in ("PUBLIC", "INTERFACE"):
                if before:
                    t.iface_includes[0:0] = dirs
                else:
                    t.iface_includes.extend(dirs)

    def cmd_target_compile_options(self, a, d, scope, where):
        t = self._target(a[0], where, d) if a else None
        if not t:
            return
        for x in a[1:]:
            df = _define_of(x)
            if df is not None:
                t.defines.append(df)

    def cmd_target_link_libraries(self, a, d, scope, where):
        t = self._target(a[0], where, d) if a else None
        if not t:
            return
        mode = None
        for x in a[1:]:
            if x in ("PRIVATE", "PUBLIC", "INTERFACE", "LINK_PRIVATE",
                     "LINK_PUBLIC", "LINK_INTERFACE_LIBRARIES"):
                mode = x
                continue
            if x.startswith("$<") or x.startswith("-"):
                continue
            # the plain signature and PUBLIC/INTERFACE pass the library's
            # usage requirements on to whoever links this target
            t.links.append((x, mode not in ("PRIVATE", "LINK_PRIVATE")))

    def cmd_set_target_properties(self, a, d, scope, where):
        if "PROPERTIES" not in a:
            return
        k = a.index("PROPERTIES")
        props = a[k + 1:]
        for name in a[:k]:
            t = self._target(name, where, d)
            if not t:
                continue
            for i in range(0, len(props) - 1, 2):
                key, val = props[i], props[i + 1]
                if key == "COMPILE_DEFINITIONS":
                    t.defines = split_list(val)
                elif key == "INTERFACE_COMPILE_DEFINITIONS":
                    t.iface_defines = split_list(val)
                elif key == "INCLUDE_DIRECTORIES":
                    t.includes = [self.abspath(x, d) for x in split_list(val)]
                elif key == "COMPILE_FLAGS":
                    t.defines += [x for x in map(_define_of, val.split()) if x]

    def cmd_set_source_files_properties(self, a, d, scope, where):
        if "PROPERTIES" not in a:
            return
        k = a.index("PROPERTIES")
        files = [self.abspath(x, d) for x in a[:k]]
        props = a[k + 1:]
        for i in range(0, len(props) - 1, 2):
            key, val = props[i], props[i + 1]
            for f in files:
                sp = d.source_props.setdefault(
                    f, {"defines": [], "includes": [], "skip_pch": False})
                if key == "COMPILE_DEFINITIONS":
                    sp["defines"] += split_list(val)
                elif key in ("COMPILE_FLAGS", "COMPILE_OPTIONS"):
                    for flag in (val.split() if key == "COMPILE_FLAGS"
                                 else split_list(val)):
                        df = _define_of(flag)
                        if df is not None:
                            sp["defines"].append(df)
                        elif flag.startswith(("-I", "/I")) and len(flag) > 2:
                            sp["includes"].append(self.abspath(flag[2:], d))
                elif key == "INCLUDE_DIRECTORIES":
                    sp["includes"] += [self.abspath(x, d) for x in split_list(val)]
                elif key == "SKIP_PRECOMPILE_HEADERS":
                    sp["skip_pch"] = val.upper() in ("ON", "TRUE", "1", "YES")

    def cmd_set_property(self, a, d, scope, where):
        # set_property(TARGET t [APPEND] PROPERTY COMPILE_DEFINITIONS ...)
        # set_property(SOURCE f ... [APPEND] PROPERTY COMPILE_DEFINITIONS ...)
        if "PROPERTY" not in a or not a:
            return
        k = a.index("PROPERTY")
        scope_kind = a[0]
        names = [x for x in a[1:k] if x not in ("APPEND", "APPEND_STRING")]
        append = "APPEND" in a[1:k]
        if k + 1 >= len(a):
            return
        key, vals = a[k + 1], a[k + 2:]
        if scope_kind == "TARGET" and key == "COMPILE_DEFINITIONS":
            for n in names:
                t = self._target(n, where, d)
                if t:
                    t.defines = (t.defines if append else []) + vals
        elif scope_kind == "SOURCE" and key == "COMPILE_DEFINITIONS":
            for f in names:
                sp = d.source_props.setdefault(
                    self.abspath(f, d),
                    {"defines": [], "includes": [], "skip_pch": False})
                sp["defines"] = (sp["defines"] if append else []) + vals

    def cmd_add_pch(self, a, d, scope, where):
        # sdk/cmake/CMakeMacros.cmake: add_pch(target header skip-list);
        # the third argument is a list of sources, often the literal name
        # of a variable ("SOURCE"), which skips nothing
        if len(a) < 2:
            return
        t = self._target(a[0], where, d)
        if not t:
            return
        skip = [self.abspath(x, d) for x in a[2:]]
        t.pch = (self.abspath(a[1], d), skip)

    def cmd_set_module_type(self, a, d, scope, where):
        t = self._target(a[0], where, d) if a else None
        if t and len(a) >= 2:
            t.module_type = a[1]
            if "UNICODE" in a[2:]:
                t.unicode = True


# ---------------------------------------------------------------------------
# Flags per source
# ---------------------------------------------------------------------------

def usage_requirements(interp, target, seen=None):
    """(defines, includes, [linked Target]) that target's links give it:
    the PUBLIC/INTERFACE definitions and include directories of each
    linked target, and of the targets those link without PRIVATE."""
    seen = set() if seen is None else seen
    defines, includes, linked = [], [], []

    def walk(t, first):
        for name, propagates in t.links:
            if not first and not propagates:
                continue
            lt = interp.resolve(name, t.dir)
            if lt is None or id(lt) in seen:
                continue
            seen.add(id(lt))
            linked.append(lt)
            defines.extend(lt.iface_defines)
            includes.extend(lt.iface_includes)
            walk(lt, False)
    walk(target, True)
    return defines, includes, linked


def flags_for(interp, target, source):
    """(defines, include dirs) for one source of target, in the order the
    build passes them."""
    d = target.dir
    req_defs, req_incs, _ = usage_requirements(interp, target)
    sp = d.source_props.get(source, {})
    defines = (list(d.defines) + list(target.defines) + req_defs
               + list(sp.get("defines", [])))
    if target.unicode:
        defines += ["UNICODE", "_UNICODE"]
    # CMAKE_INCLUDE_CURRENT_DIR (top-level CMakeLists.txt): the directory
    # itself comes first; then the target's BEFORE directories, the
    # directory's, the target's own, and its links' interface ones
    incs = ([d.path] + list(target.includes_before) + list(d.includes)
            + list(target.includes) + req_incs + list(sp.get("includes", [])))
    return _dedup(defines), _dedup(incs)


def _dedup(items):
    return list(dict.fromkeys(items))
