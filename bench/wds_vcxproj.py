"""Read the compile settings of a Windows-driver-samples project (.vcxproj)
without MSBuild: which .c files it compiles, with which preprocessor
definitions and include directories, for one configuration (Debug|x64, the
default each sample's project names).

Each sample's own settings come from its project file: ItemDefinitionGroup
/ClCompile PreprocessorDefinitions and AdditionalIncludeDirectories, in
document order, each new value taking the accumulated one through
%(PreprocessorDefinitions); Condition attributes are evaluated for the
chosen configuration.  What the WDK's own property sheets add (the
toolset's defines, KMDF version macros) is not in the project file; the
evaluation adds it in evaluate.py.

A static library the driver links (Link/AdditionalDependencies naming
"<dir>\\$(IntDir)\\<name>.lib", or any "<name>.lib" that a project of the
sample's solution builds, e.g. "$(SolutionDir)COMMON\\$(Configuration)\\
$(Platform)\\common.lib") is that project: its .c files and settings are
folded into the driver's, so the driver is analyzed as the program it is
linked into.  A .lib no project of the solution builds (a prebuilt binary)
is named in `binary_libs`.

Configuration and Platform are global properties (the solution or the
command line passes them): a project's own <Platform>Desktop</Platform>
does not override them, as in MSBuild.  $(SolutionDir) is the directory of
the nearest .sln above the project that lists it.

A source compiled with a precompiled header (PrecompiledHeader Use or
Create, for the project or for the file) has its project directory put on
the include path: MSVC substitutes the .pch for the #include of the
PrecompiledHeaderFile and never searches for that header, so a source in
another directory may name it as if it were next to it, and even as
<precomp.h>.  The .pch was made from the header in the project directory.

$(...) properties the project defines are expanded; the WDK's directories
($(DDK_INC_PATH), $(WDKContentRoot)...) do not exist here and are dropped
(irqlint's bundled WDK model headers stand in for them).
"""

import glob
import os
import re
import xml.etree.ElementTree as ET

NS = "{http://schemas.microsoft.com/developer/msbuild/2003}"

# Values the WDK's property sheets would give; only what the samples'
# Conditions and macros look at.  TargetVersion Windows10.
WDK_PROPERTIES = {
    "_NT_TARGET_VERSION": "0xA000",
    "_NT_TARGET_VERSION_WIN7": "0x0601",
    "_NT_TARGET_VERSION_WIN8": "0x0602",
    "_NT_TARGET_VERSION_WINBLUE": "0x0603",
    "_NT_TARGET_VERSION_WIN10": "0xA000",
}


class Project:
    """What one .vcxproj compiles, for one configuration."""

    def __init__(self, path):
        self.path = os.path.abspath(path)
        self.dir = os.path.dirname(self.path)
        self.name = os.path.splitext(os.path.basename(path))[0]
        self.properties = {}
        self.defines = []        # "NAME" or "NAME=VALUE", in order
        self.include_dirs = []   # absolute
        self.sources = []        # absolute .c paths
        self.missing = []        # sources named but not found
        self.wpp = False         # some source has WppEnabled
        self.wpp_trace_functions = []   # e.g. "DEBUGP(LEVEL,MSG,...)"
        self.link_libs = []      # (static library's dir, name) of the
                                 # $(IntDir) form
        self.link_names = []     # every other non-WDK <name>.lib linked
        self.binary_libs = []    # linked .lib files no project builds
        self.solution = None     # the .sln that lists the project
        self.pch = []            # (header, project dir) whose sources use
                                 # a precompiled header
        self.dropped_macros = set()

    @property
    def configuration_type(self):
        return self.properties.get("ConfigurationType", "")

    @property
    def driver_type(self):
        return self.properties.get("DriverType", "")


def _local(tag):
    return tag[len(NS):] if tag.startswith(NS) else tag


# -- property expansion and conditions ------------------------------------

def _expand(text, props, dropped=None):
    def repl(m):
        name = m.group(1)
        if name in props:
            return props[name]
        if dropped is not None:
            dropped.add(name)
        return ""
    # expand repeatedly: a property's value may name other properties
    for _ in range(5):
        new = re.sub(r"\$\(([A-Za-z0-9_.]+)\)", repl, text)
        if new == text:
            break
        text = new
    return text


_TOKEN = re.compile(r"\s*(?:('[^']*')|(==|!=|<=|>=|<|>)|(\()|(\))|(!)"
                    r"|([A-Za-z_][A-Za-z0-9_]*)\s*(?=\()|([^\s()=!<>']+))")


def _condition(text, props, project_dir):
    """Evaluate an MSBuild Condition.  Supports quoted strings and bare
    numbers, == != < > <= >=, and/or (any case), !, parentheses and
    exists('path')."""
    text = _expand(text, props)
    tokens = []
    pos = 0
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        m = _TOKEN.match(text, pos)
        if not m:
            raise ValueError("cannot parse condition %r" % text)
        pos = m.end()
        quoted, cmp, lp, rp, bang, func, word = m.groups()
        if quoted is not None:
            tokens.append(("str", quoted[1:-1]))
        elif cmp:
            tokens.append(("cmp", cmp))
        elif lp:
            tokens.append(("(", lp))
        elif rp:
            tokens.append((")", rp))
        elif bang:
            tokens.append(("!", bang))
        elif func:
            tokens.append(("func", func.lower()))
        elif word.lower() in ("and", "or"):
            tokens.append((word.lower(), word))
        else:
            tokens.append(("str", word))
    i = 0

    def peek():
        return tokens[i][0] if i < len(tokens) else None

    def take():
        nonlocal i
        i += 1
        return tokens[i - 1]

    def value(s):
        try:
            return int(s, 0)
        except ValueError:
            return s.lower()

    def compare(a, op, b):
        a, b = value(a), value(b)
        if op in ("==", "!="):
            return (a == b) == (op == "==")
        if not (isinstance(a, int) and isinstance(b, int)):
            return False
        return {"<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b}[op]

    def primary():
        kind = peek()
        if kind == "!":
            take()
            return not primary()
        if kind == "(":
            take()
            v = disjunction()
            take()  # ')'
            return v
        if kind == "func":
            name = take()[1]
            take()  # '('
            arg = take()[1] if peek() == "str" else ""
            take()  # ')'
            if name == "exists":
                p = arg.replace("\\", "/")
                return bool(p) and os.path.exists(os.path.join(project_dir, p))
            return False
        left = take()[1]
        if peek() == "cmp":
            op = take()[1]
            right = take()[1]
            return compare(left, op, right)
        return left.lower() == "true"

    def conjunction():
        v = primary()
        while peek() == "and":
            take()
            rhs = primary()
            v = v and rhs
        return v

    def disjunction():
        v = conjunction()
        while peek() == "or":
            take()
            rhs = conjunction()
            v = v or rhs
        return v

    return disjunction()


# -- reading --------------------------------------------------------------

def _resolve(project_dir, rel):
    """A Windows path relative to the project, found case-insensitively
    (the samples name files in any case: "..\\pcidrv.c" is PCIDRV.C)."""
    rel = rel.strip().replace("\\", "/")
    if not rel:
        return None
    path = os.path.normpath(os.path.join(project_dir, rel))
    if os.path.exists(path):
        return path
    # walk down from the project dir matching each part without case
    parts = os.path.normpath(os.path.join(project_dir, rel)).split("/")
    cur = "/"
    for part in parts:
        if not part:
            continue
        cand = os.path.join(cur, part)
        if os.path.exists(cand):
            cur = cand
            continue
        try:
            names = os.listdir(cur)
        except OSError:
            return None
        match = [n for n in names if n.lower() == part.lower()]
        if not match:
            return None
        cur = os.path.join(cur, match[0])
    return cur


def _split_list(text):
    return [t.strip() for t in text.split(";") if t.strip()]


def find_solution(project_path):
    """The nearest .sln in the project's directory or above that lists the
    project, or None."""
    d = os.path.dirname(os.path.abspath(project_path))
    name = os.path.basename(project_path).lower()
    while True:
        for sln in sorted(glob.glob(os.path.join(d, "*.sln"))):
            try:
                with open(sln, encoding="utf-8-sig", errors="replace") as f:
                    text = f.read().lower()
            except OSError:
                continue
            if name in text:
                return sln
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def solution_projects(sln):
    """The .vcxproj files a solution lists (absolute paths that exist)."""
    out = []
    with open(sln, encoding="utf-8-sig", errors="replace") as f:
        for m in re.finditer(r'^Project\([^)]*\)\s*=\s*"[^"]*",\s*"([^"]+\.vcxproj)"',
                             f.read(), re.M | re.I):
            path = _resolve(os.path.dirname(sln), m.group(1))
            if path and path not in out:
                out.append(path)
    return out


# Global properties: what the build passes; the project cannot change them
GLOBAL_PROPERTIES = ("Configuration", "Platform")

# .lib names the WDK or the SDK provide (the samples link them by name or
# through a WDK directory macro): not projects of the sample
_SYSTEM_LIB_MACROS = re.compile(
    r"\$\((DDK_LIB_PATH|SDK_LIB_PATH|KMDF_LIB_PATH|UMDF_LIB_PATH|WDK_\w*|"
    r"WindowsSDK\w*|WindowsDDK\w*|SPB_LIB_PATH|\w*_LIB_PATH|UniversalCRT\w*|"
    r"VC_\w*|NETFX\w*)\)", re.I)


def read(path, configuration="Debug", platform="x64"):
    p = Project(path)
    root = ET.parse(path).getroot()
    props = dict(WDK_PROPERTIES)
    p.solution = find_solution(path)
    props.update({
        "Configuration": configuration, "Platform": platform,
        "MSBuildProjectName": p.name, "ProjectName": p.name,
        "ProjectDir": p.dir + "/", "MSBuildProjectDirectory": p.dir,
        "MSBuildThisFileDirectory": p.dir + "/",
        "SolutionDir": (os.path.dirname(p.solution) if p.solution
                        else os.path.dirname(p.dir)) + "/",
    })

    def ok(elem):
        cond = elem.get("Condition")
        return cond is None or _condition(cond, props, p.dir)

    # pass 1: properties (PropertyGroup), in document order
    for group in root.iter(NS + "PropertyGroup"):
        if not ok(group):
            continue
        for prop in group:
            if ok(prop) and _local(prop.tag) not in GLOBAL_PROPERTIES:
                props[_local(prop.tag)] = _expand(prop.text or "", props)
    p.properties = props

    # pass 2: ClCompile item definitions, in document order
    defines = ""
    includes = ""
    pch_use = ""     # the project's PrecompiledHeader setting
    pch_file = ""    # and PrecompiledHeaderFile
    for group in root.iter(NS + "ItemDefinitionGroup"):
        if not ok(group):
            continue
        for cl in group.findall(NS + "ClCompile"):
            if not ok(cl):
                continue
            for item in cl:
                if not ok(item):
                    continue
                tag = _local(item.tag)
                text = item.text or ""
                if tag == "PreprocessorDefinitions":
                    defines = text.replace("%(PreprocessorDefinitions)", defines)
                elif tag == "AdditionalIncludeDirectories":
                    includes = text.replace("%(AdditionalIncludeDirectories)",
                                            includes)
                # the samples spell these PreCompiledHeader too: MSBuild
                # metadata names ignore case
                elif tag.lower() == "precompiledheader":
                    pch_use = text.strip()
                elif tag.lower() == "precompiledheaderfile":
                    pch_file = text.strip()
        for link in group.findall(NS + "Link"):
            for dep in link.findall(NS + "AdditionalDependencies"):
                for lib in _split_list(dep.text or ""):
                    # ".\..\..\base\$(IntDir)\sxbase.lib": a library built by
                    # another project of the sample
                    m = re.match(r"(.*?)[\\/]\$\(IntDir\)[\\/]([^\\/]+)\.lib$",
                                 lib, re.I)
                    if m:
                        d = _resolve(p.dir, m.group(1))
                        if d:
                            p.link_libs.append((d, m.group(2)))
                        continue
                    if (not lib.lower().endswith(".lib")
                            or _SYSTEM_LIB_MACROS.search(lib)):
                        continue
                    if not re.search(r"[\\/]", lib) and "$(" not in lib:
                        continue  # a bare name: a WDK or SDK library
                    name = re.split(r"[\\/]", lib)[-1][:-4]
                    if name not in p.link_names:
                        p.link_names.append(name)

    for d in _split_list(_expand(defines, props, p.dropped_macros)):
        if d not in p.defines:
            p.defines.append(d)
    for inc in _split_list(includes):
        if "$(" in inc:
            dropped = set()
            expanded = _expand(inc, props, dropped)
            p.dropped_macros |= dropped
            # a WDK directory (a macro we do not have) or one that does
            # not exist here: leave it out (the path may be Windows-style,
            # in any case: "$(SolutionDir)COMMON\\")
            if dropped or not expanded or not _resolve(p.dir, expanded):
                continue
            inc = expanded
        d = _resolve(p.dir, inc)
        if d and os.path.isdir(d) and d not in p.include_dirs:
            p.include_dirs.append(d)

    # pass 3: the sources
    for group in root.iter(NS + "ItemGroup"):
        if not ok(group):
            continue
        for cl in group.findall(NS + "ClCompile"):
            if not ok(cl):
                continue
            excluded = False
            use, header = pch_use, pch_file
            for meta in cl:
                tag = _local(meta.tag)
                if not ok(meta):
                    continue
                text = (meta.text or "").strip()
                if tag == "ExcludedFromBuild" and text.lower() == "true":
                    excluded = True
                elif tag == "WppEnabled" and text.lower() == "true":
                    p.wpp = True
                elif tag == "WppTraceFunction" and text:
                    if text not in p.wpp_trace_functions:
                        p.wpp_trace_functions.append(text)
                elif tag.lower() == "precompiledheader":
                    use = text
                elif tag.lower() == "precompiledheaderfile":
                    header = text
            if excluded:
                continue
            for rel in _split_list(_expand(cl.get("Include", ""), props)):
                if not rel.lower().endswith(".c"):
                    continue  # C++ sources are not irqlint's input
                src = _resolve(p.dir, rel)
                if src is None:
                    p.missing.append(rel)
                elif src not in p.sources:
                    p.sources.append(src)
                if src and use.lower() in ("use", "create"):
                    # stdafx.h: MSBuild's name when the project gives none
                    pch = (header or "stdafx.h", p.dir)
                    if pch not in p.pch:
                        p.pch.append(pch)
    if p.pch and p.dir not in p.include_dirs:
        p.include_dirs.append(p.dir)
    return p


def with_libraries(p):
    """Folds into p the static libraries it links that are projects of the
    sample; returns the names of the projects folded in."""
    folded = []
    wanted = []
    for lib_dir, lib_name in p.link_libs:
        cands = glob.glob(os.path.join(lib_dir, "*.vcxproj"))
        byname = [c for c in cands
                  if os.path.splitext(os.path.basename(c))[0].lower()
                  == lib_name.lower()]
        wanted.extend(byname or cands)
    if p.link_names:
        listed = solution_projects(p.solution) if p.solution else []
        for name in p.link_names:
            match = [c for c in listed
                     if os.path.splitext(os.path.basename(c))[0].lower()
                     == name.lower()]
            if match:
                wanted.extend(match)
            else:
                p.binary_libs.append(name + ".lib")
    for c in wanted:
        if c:
            lib = read(c)
            if lib.configuration_type != "StaticLibrary":
                continue
            folded.append(os.path.relpath(c, p.dir))
            for s in lib.sources:
                if s not in p.sources:
                    p.sources.append(s)
            for d in lib.defines:
                if d not in p.defines:
                    p.defines.append(d)
            for d in lib.include_dirs:
                if d not in p.include_dirs:
                    p.include_dirs.append(d)
            p.wpp = p.wpp or lib.wpp
            for pch in lib.pch:
                if pch not in p.pch:
                    p.pch.append(pch)
            for f in lib.wpp_trace_functions:
                if f not in p.wpp_trace_functions:
                    p.wpp_trace_functions.append(f)
            p.missing.extend(lib.missing)
            p.dropped_macros |= lib.dropped_macros
    return folded


if __name__ == "__main__":
    import sys
    for path in sys.argv[1:]:
        proj = read(path)
        libs = with_libraries(proj)
        print(path)
        print("  type:", proj.configuration_type, proj.driver_type)
        print("  defines:", " ".join(proj.defines))
        print("  includes:", " ".join(proj.include_dirs))
        print("  sources:", " ".join(os.path.relpath(s, proj.dir)
                                     for s in proj.sources))
        print("  libraries:", libs, " missing:", proj.missing,
              " wpp:", proj.wpp, proj.wpp_trace_functions,
              " pch:", proj.pch,
              " dropped:", sorted(proj.dropped_macros))
