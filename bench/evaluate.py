"""The evaluation of irqlint on two corpora of real driver code, repeatable
in one command (bench/evaluate.sh is the entry point; see it for how to get
the two checkouts).

  Corpus A, microsoft/Windows-driver-samples (WDS): every kernel-mode C
  driver project (a .vcxproj of ConfigurationType Driver whose DriverType
  is not UMDF, with .c sources), run the way a user runs it:
  `irqlint <project>.vcxproj` -- irqlint reads the project itself
  (docs/projects.md: its default configuration, the static libraries it
  links, WPP) -- with irqlint's bundled WDK model headers (no WDK exists on
  Linux).  wds_vcxproj.py, an independent reading of the projects, only
  picks which projects are drivers and lists the sources it expects, which
  the report compares with the ones irqlint compiled.

  Corpus B, ReactOS: every lock-using module (one CMake target) under
  drivers/ and sdk/lib/drivers/, analyzed with ReactOS's own headers,
  generated the way its build generates them (ros_xdk.py, ros_mc.py), with
  the flags its CMake gives each source (ros_cmake.py), and
  --no-bundled-headers.

One program = one driver: all its .c files go to one irqlint run, so the
cross-file summaries see the whole driver (a compile database when its
files have different flags).  For each corpus we print a table (files,
lines, clang errors, wall time, findings, status) and the findings per
rule, write the full findings (JSON, text and SARIF) to the output
directory, and compare the findings with the triage (bench/triage.tsv):
OUTDIR/triage-diff.md, and with --update-triage OUTDIR/triage.tsv.

--list writes the programs each corpus has (wds_projects.txt,
ros_modules.txt) without running irqlint.
"""

import argparse
import collections
import json
import os
import re
import shlex
import signal
import subprocess
import sys
import time

# the helpers beside this file; no __pycache__ left in the work tree
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import header_gaps  # noqa: E402
import ros_cmake  # noqa: E402
import ros_mc  # noqa: E402
import ros_xdk  # noqa: E402
import triage  # noqa: E402
import wds_vcxproj  # noqa: E402

CLANG_ERROR_RULES = triage.NOT_TRIAGED_RULES
TITLES = {
    "wds": "Corpus A: Windows-driver-samples (bundled WDK model headers)",
    "ros": "Corpus B: ReactOS drivers (ReactOS's own headers, "
           "--no-bundled-headers)",
}
LIST_FILES = {"wds": "wds_projects.txt", "ros": "ros_modules.txt"}
# irqlint's bundled WDK model headers, for naming findings in them
BUNDLED_HEADERS = os.path.normpath(os.path.join(HERE, "..", "include", "wdk"))

# A source "uses locks" when it mentions any of these: spin locks (incl.
# the cancel spin lock and WDF's), the Ke/Ex acquire routines, fast and
# guarded mutexes, ERESOURCE routines, push locks, critical regions,
# FsRtlEnterFileSystem, WDF wait locks, KeWaitForSingleObject on a mutex.
LOCK_USE = re.compile(
    rb"SpinLock|KeAcquire|ExAcquire|FastMutex|GuardedMutex"
    rb"|\bEx\w*Resource\w*\s*\(|PushLock|KeEnterCriticalRegion"
    rb"|FsRtlEnterFileSystem|IoAcquireCancelSpinLock|WdfSpinLock|WdfWaitLock"
    rb"|KeWaitForSingleObject\s*\(\s*[^,;]*(?i:mutex|mutant)"
    rb"|KeWaitForMutexObject|KeReleaseMutex\b")
C_EXT = (".c",)
CPP_EXT = (".cpp", ".cxx", ".cc")
HEADER_EXT = (".h", ".hpp", ".hxx", ".inl")


# ---------------------------------------------------------------------------
# Programs
# ---------------------------------------------------------------------------

class Program:
    def __init__(self, corpus, name, sources, args, notes=(), no_bundled=False,
                 per_file=None, origin="", project=None):
        self.corpus = corpus
        self.name = name            # shown in tables, e.g. "network/ndis/filter"
        self.sources = sources      # absolute paths of the .c files
        self.args = args            # compiler arguments after "--"
        # {source: args} when the files do not all share one set of flags
        self.per_file = per_file
        self.notes = list(notes)    # what we had to decide for this program
        self.no_bundled = no_bundled
        self.origin = origin        # the .vcxproj / CMakeLists.txt it is from
        # a project irqlint reads itself (no sources or args given then)
        self.project = project
        # filled by run()
        self.seconds = 0.0
        self.status = None          # exit status, None if not run
        self.timed_out = False
        self.findings = None        # JSON findings (dicts); None if lost
        self.failures = []          # JSON failures
        # clang errors: {file, line, column, message, units}; units = the
        # .c files the error came through
        self.compile_errors = []
        self.output = ""

    @property
    def slug(self):
        return re.sub(r"[^A-Za-z0-9_.-]+", "_", self.name)

    def args_for(self, source):
        return self.per_file[source] if self.per_file else self.args

    @property
    def lost(self):
        """The run's findings are unknown: not run, crashed, timed out."""
        return self.findings is None


_line_counts = {}


def count_lines(paths):
    total = 0
    for p in paths:
        if p not in _line_counts:
            with open(p, "rb") as f:
                _line_counts[p] = f.read().count(b"\n")
        total += _line_counts[p]
    return total


def uses_locks(paths):
    for p in paths:
        try:
            with open(p, "rb") as f:
                if LOCK_USE.search(f.read()):
                    return True
        except OSError:
            pass
    return False


# -- Corpus A: Windows-driver-samples ---------------------------------------

def _vcxproj_files(root):
    out = []
    for d, dirs, files in os.walk(root):
        dirs.sort()
        for f in sorted(files):
            if f.lower().endswith(".vcxproj"):
                out.append(os.path.join(d, f))
    return out


def wds_programs(root, skipped):
    """Every kernel-mode C driver project of the checkout, each run as
    `irqlint <project>.vcxproj`."""
    programs = []
    projects = _vcxproj_files(root)
    by_dir = collections.Counter(os.path.dirname(p) for p in projects)
    cpp_only, user_mode, not_driver = [], [], 0
    for path in projects:
        relpath = os.path.relpath(path, root)
        try:
            proj = wds_vcxproj.read(path)
        except Exception as e:  # a project we cannot read: say so, go on
            skipped.append((relpath, "cannot read the project: %s" % e))
            continue
        kind = ("%s %s" % (proj.configuration_type, proj.driver_type)).strip()
        if proj.configuration_type == "StaticLibrary":
            continue  # analyzed within each driver that links it
        if proj.configuration_type != "Driver":
            not_driver += 1
            continue
        if proj.driver_type == "UMDF":
            user_mode.append(relpath)
            continue
        toolset = proj.properties.get("PlatformToolset", "")
        name = os.path.relpath(os.path.dirname(path), root)
        if by_dir[os.path.dirname(path)] > 1:
            name += ":" + proj.name
        folded = wds_vcxproj.with_libraries(proj)
        if not proj.sources:
            with open(path, encoding="utf-8", errors="replace") as f:
                has_cpp = re.search(r'ClCompile\s+Include="[^"]*\.(cpp|cxx|cc)"',
                                    f.read(), re.I)
            if has_cpp or folded:
                cpp_only.append(relpath)
            else:
                skipped.append((relpath, "no C sources"))
            continue
        notes = ["project: %s (%s), read by irqlint in its default "
                 "configuration" % (relpath, kind)]
        if toolset and not toolset.startswith("WindowsKernelModeDriver"):
            notes.append("PlatformToolset %s (not the kernel-mode one)" % toolset)
        with open(path, encoding="utf-8", errors="replace") as f:
            ncpp = len(re.findall(r'ClCompile\s+Include="[^"]*\.(?:cpp|cxx|cc)"',
                                  f.read(), re.I))
        if ncpp:
            notes.append("%d C++ source(s) not analyzed" % ncpp)
        for lib in folded:
            notes.append("links static library %s" % lib)
        for lib in proj.binary_libs:
            notes.append("links %s, which no project of the sample builds "
                         "(prebuilt or WDK): not analyzed" % lib)
        for m in proj.missing:
            notes.append("source named by the project but absent: %s" % m)
        programs.append(Program("wds", name, proj.sources, [], notes,
                                origin="%s (%s)" % (relpath, kind),
                                project=path))
    if cpp_only:
        skipped.append(("kernel-mode driver projects with C++ sources only "
                        "(irqlint analyzes C)", ", ".join(cpp_only)))
    if user_mode:
        skipped.append(("UMDF driver projects (user mode)", "%d: %s"
                        % (len(user_mode), ", ".join(user_mode))))
    skipped.append(("projects that are not drivers (applications, DLLs, "
                    "packages)", str(not_driver)))
    return programs


# -- Corpus B: ReactOS ------------------------------------------------------

# ReactOS's CMake for a Debug (DBG) x86 build with an MSVC-compatible
# compiler, as it applies to kernel-mode drivers.  Where each comes from:
ROS_TARGET_ARGS = [
    # i386, the MSVC toolchain (ReactOS builds with MSVC and clang-cl);
    # clang defines _M_IX86 itself for this target, as ReactOS's CMake
    # expects of clang-cl (CMakeLists.txt skips -D_M_IX86 for it)
    "--target=i686-pc-windows-msvc", "-fms-extensions", "-fms-compatibility",
]
ROS_DEFINES = [
    # CMakeLists.txt, for everything
    "__REACTOS__", "_CRT_NON_CONFORMING_SWPRINTFS",
    # CMakeLists.txt, DBG (sdk/cmake/config.cmake: on unless Release)
    "DBG=1", "_SEH_ENABLE_TRACE",
    # CMakeLists.txt, "Version Options"
    "WINVER=0x502", "_WIN32_IE=0x600", "_WIN32_WINNT=0x502",
    "_WIN32_WINDOWS=0x502", "_SETUPAPI_VER=0x502", "MINGW_HAS_SECURE_API=1",
    "D3D_UMD_INTERFACE_VERSION=0x000C", "DXGKDDI_INTERFACE_VERSION=0x1052",
    "DLL_EXPORT_VERSION=0x502",  # sdk/cmake/config.cmake's default
    # CMakeLists.txt, "Arch Options" for i386
    "_X86_", "__i386__", "i386",
    # CMakeLists.txt, "Other", i386
    "_NEW_DELETE_OPERATORS_", "USE_COMPILER_EXCEPTIONS", "_USE_32BIT_TIME_T",
    # sdk/cmake/msvc.cmake
    "WIN32", "_WINDOWS", "__STDC__=1",
]
# CMakeLists.txt's include_directories(), in order; "@GEN@" is
# ${REACTOS_BINARY_DIR}/sdk/include, where the build writes generated
# headers (ours: ros-include/ in the output directory)
ROS_INCLUDES = [
    "sdk/include", "sdk/include/crt", "sdk/include/ddk", "sdk/include/ndk",
    "sdk/include/psdk", "sdk/include/reactos", "sdk/include/reactos/libs",
    "sdk/include/vcruntime", "sdk/include/winrt",
    "@GEN@", "@GEN@/psdk", "@GEN@/ddk", "@GEN@/dxsdk", "@GEN@/reactos",
    "@GEN@/reactos/mc",
    "sdk/include/dxsdk", "sdk/lib/pseh/include",
]
# the trees whose modules we analyze; the top-level CMakeLists.txt adds
# them (through sdk/lib/CMakeLists.txt for the second) with the settings
# above and nothing else
ROS_TREES = ("drivers", "sdk/lib/drivers")
# set_module_type() types that are not kernel mode
ROS_USER_MODULE_TYPES = ("win32cui", "win32gui", "win32dll", "win32ocx",
                         "cpl", "nativecui", "nativedll", "module")

_INCLUDE = re.compile(rb'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.M)


def _under(path, d):
    return path == d or path.startswith(d.rstrip("/") + "/")


def _pch_args(target, source, includes, d):
    """What the precompiled header of target needs for one source under
    clang: MSVC (PCH on, CMake's target_precompile_headers) force-includes
    it into every source.  A source that includes it itself needs only to
    find it: if neither its directory nor the include path has it, the
    header's directory goes last on the include path.  A source that does
    not include it gets it force-included (-include).  Returns (args,
    'dir' | 'forced' | None)."""
    if not target.pch:
        return [], None
    header, skip = target.pch
    if source in skip or d.source_props.get(source, {}).get("skip_pch"):
        return [], None
    with open(source, "rb") as f:
        names = [n.decode("latin-1").replace("\\", "/")
                 for n in _INCLUDE.findall(f.read())]
    base = os.path.basename(header).lower()
    mine = [n for n in names if os.path.basename(n).lower() == base]
    if not mine:
        return ["-include", header], "forced"
    for n in mine:
        for where in [os.path.dirname(source)] + includes:
            if os.path.isfile(os.path.join(where, n)):
                return [], None
    return ["-I" + os.path.dirname(header)], "dir"


def ros_interpret(root, gen_dir, binary_root):
    """Runs ReactOS's CMakeLists.txt files of ROS_TREES; also those of
    directories under them the build does not reach (marked)."""
    base_inc = [gen_dir + p[len("@GEN@"):] if p.startswith("@GEN@")
                else os.path.join(root, p) for p in ROS_INCLUDES]
    interp = ros_cmake.Interpreter(root, binary_root, ROS_DEFINES, base_inc)
    top = ros_cmake.Directory(root, binary_root)
    top.defines, top.includes = list(ROS_DEFINES), list(base_inc)
    top.scope = dict(interp.config, CMAKE_CURRENT_SOURCE_DIR=root,
                     CMAKE_CURRENT_BINARY_DIR=binary_root)
    interp.directories[root] = top
    for sub in ROS_TREES:
        interp.run_directory(os.path.join(root, sub), top, top.scope)
    # directories with targets that no add_subdirectory of the build
    # reaches: interpreted as if their nearest interpreted parent added them
    interp.unreached_mode = True
    for sub in ROS_TREES:
        for d, dirs, files in os.walk(os.path.join(root, sub)):
            dirs.sort()
            if "CMakeLists.txt" not in files or d in interp.directories:
                continue
            with open(os.path.join(d, "CMakeLists.txt"), encoding="utf-8",
                      errors="replace") as f:
                if not re.search(r"(?im)^\s*add_(library|executable)\s*\(", f.read()):
                    continue
            parent = os.path.dirname(d)
            while parent not in interp.directories:
                parent = os.path.dirname(parent)
            pd = interp.directories[parent]
            try:
                interp.run_directory(d, pd, pd.scope)
            except ros_cmake.CMakeError as e:
                interp.warnings.append("%s: %s" % (os.path.relpath(d, root), e))
    interp.unreached_mode = False
    return interp


def _why_unreached(interp, d):
    """Why the build does not compile directory d: the add_subdirectory
    under a false if(), or none at all."""
    for other in interp.directories.values():
        for sub, where, taken in other.subdirs:
            if sub == d.path and not taken:
                return "its add_subdirectory (%s) is under a false if()" % where
    return "no add_subdirectory names it"


def ros_programs(root, gen_dir, out_dir, skipped, interp=None):
    """Every lock-using module of ROS_TREES; out_dir only names the
    (absent) binary directory."""
    binary_root = os.path.join(out_dir or root, "ros-build")
    interp = interp or ros_interpret(root, gen_dir, binary_root)
    base_defs = set(ROS_DEFINES)
    base_incs = set(interp.directories[root].includes)
    lib_root = os.path.join(root, "sdk", "lib", "drivers")

    # sub-libraries: a static or object library in a module's directory
    # (or below) that the module links, directly or through another such
    # library, is part of that module (tcpip: ip, lwipcore; acpi: acpica)
    folded_into = {}
    modules = [t for t in interp.all_targets]
    for t in sorted(modules, key=lambda t: (t.is_library, t.dir.path)):
        if id(t) in folded_into:
            continue
        t.folded = []
        stack = [t]
        while stack:
            cur = stack.pop()
            for name, _ in cur.links:
                lt = interp.resolve(name, cur.dir)
                if (lt is None or lt is t or id(lt) in folded_into
                        or not lt.is_library or not _under(lt.dir.path, t.dir.path)):
                    continue
                folded_into[id(lt)] = t
                t.folded.append(lt)
                stack.append(lt)
    linked_by = collections.defaultdict(list)
    for t in interp.all_targets:
        for name, _ in t.links:
            lt = interp.resolve(name, t.dir)
            if lt is not None:
                linked_by[id(lt)].append(t)

    programs = []
    no_locks, cpp_only, user_mode = [], [], []
    for t in sorted(interp.all_targets, key=lambda t: (t.dir.path, t.name)):
        if id(t) in folded_into:
            continue
        reldir = os.path.relpath(t.dir.path, root)
        name = reldir if t.name == os.path.basename(reldir) else (
            "%s:%s" % (reldir, t.name))
        parts = [t] + t.folded
        all_sources = [s for p in parts for s in p.sources]
        c_sources = [(p, s) for p in parts for s in p.sources
                     if s.lower().endswith(C_EXT)]
        cpp_sources = [s for s in all_sources if s.lower().endswith(CPP_EXT)]
        if not uses_locks([s for s in all_sources
                           if s.lower().endswith(C_EXT + CPP_EXT + HEADER_EXT)]):
            no_locks.append(name)
            continue
        if t.kind == "EXECUTABLE" or t.module_type in ROS_USER_MODULE_TYPES:
            user_mode.append("%s (%s)" % (name, t.module_type or "executable"))
            continue
        if not c_sources:
            if cpp_sources:
                cpp_only.append(name)
            else:
                skipped.append((name, "no sources"))
            continue
        if t.exclude_from_all and not linked_by.get(id(t)):
            skipped.append((name, "EXCLUDE_FROM_ALL and linked by nothing: "
                                  "not built"))
            continue
        notes = []
        kind = t.module_type or t.kind.lower() + " library"
        notes.append("%s: add_%s(%s) %s" % (
            kind, "executable" if t.kind == "EXECUTABLE" else "library",
            t.name, t.where))
        if not t.reached:
            notes.append("not built by ReactOS (%s); analyzed with its own "
                         "CMakeLists.txt under its parent's settings"
                         % _why_unreached(interp, t.dir))
        per_file = {}
        forced, dir_added = [], set()
        groups = collections.OrderedDict()
        for p, s in c_sources:
            defines, incs = ros_cmake.flags_for(interp, p, s)
            pch, how = _pch_args(p, s, incs, p.dir)
            if how == "forced":
                forced.append(os.path.relpath(s, root))
            elif how == "dir":
                dir_added.add(os.path.relpath(os.path.dirname(p.pch[0]), root))
            args = (["-x", "c"] + ROS_TARGET_ARGS
                    + ["-D" + x for x in defines]
                    + ["-I" + x for x in incs + (pch if how == "dir" else [])]
                    + (pch if how == "forced" else []))
            per_file[s] = args
            key = (p.name, tuple(x for x in defines if x not in base_defs),
                   tuple(os.path.relpath(x, root) for x in incs
                         if x not in base_incs and x != p.dir.path))
            groups.setdefault(key, []).append(s)
        for (pname, defs, incs), files in groups.items():
            who = "" if len(groups) == 1 else "%d file(s) of %s: " % (len(files), pname)
            notes.append("%sdefines beyond ReactOS's global ones: %s; include "
                         "directories beyond its own and the global ones: %s"
                         % (who, " ".join(defs) or "(none)",
                            " ".join(incs) or "(none)"))
        for lib in t.folded:
            notes.append("sub-library %s (add_library %s, %s): its %d C "
                         "file(s) are part of this module, with their own flags"
                         % (lib.name, lib.kind, lib.where,
                            sum(1 for s in lib.sources if s.endswith(".c"))))
        if t.pch or any(lib.pch for lib in t.folded):
            for p in parts:
                if p.pch:
                    notes.append("precompiled header %s (add_pch of %s): "
                                 "includable as the sources name it"
                                 % (os.path.relpath(p.pch[0], root), p.name))
        if dir_added:
            notes.append("precompiled header's directory last on the include "
                         "path (a source names it as MSVC finds it only "
                         "through the .pch): %s" % ", ".join(sorted(dir_added)))
        if forced:
            notes.append("%d source(s) do not include the precompiled header "
                         "themselves: force-included (-include), as MSVC's "
                         "PCH build does: %s" % (len(forced), ", ".join(forced)))
        if cpp_sources:
            notes.append("%d C++ source(s) not analyzed" % len(cpp_sources))
        if t.unicode:
            notes.append("set_module_type UNICODE: UNICODE, _UNICODE")
        links = []
        for p in parts:
            for lname, _ in p.links:
                lt = interp.resolve(lname, p.dir)
                if lt is None:
                    if lname not in links:
                        links.append(lname)
                elif lt not in parts:
                    where = os.path.relpath(lt.dir.path, root)
                    links.append("%s (%s%s)" % (
                        lname, where, ", a module of its own" if _under(
                            lt.dir.path, lib_root) or lt.kind not in (
                                "STATIC", "OBJECT") else ""))
        if links:
            notes.append("links %s; their interface definitions and include "
                         "directories applied, their sources not part of "
                         "this program" % ", ".join(dict.fromkeys(links)))
        missing = [m for p in parts for m in p.missing
                   if m.lower().endswith(C_EXT)]
        if missing:
            notes.append("sources the build generates or that are absent: %s"
                         % ", ".join(missing))
        sources = [s for _, s in c_sources]
        uniform = len({tuple(a) for a in per_file.values()}) == 1
        if not uniform:
            notes.append("files have different flags: run on a compile "
                         "database")
        programs.append(Program(
            "ros", name, sources, per_file[sources[0]] if uniform else None,
            notes, no_bundled=True, per_file=None if uniform else per_file,
            origin="%s (%s%s)" % (t.where.split(":")[0], kind,
                                  "" if t.reached else ", not built")))
    if cpp_only:
        skipped.append(("lock-using modules with C++ sources only (irqlint "
                        "analyzes C)", ", ".join(cpp_only)))
    if user_mode:
        skipped.append(("lock-using user-mode modules", ", ".join(user_mode)))
    skipped.append(("modules whose sources use no lock (none of: SpinLock, "
                    "KeAcquire, ExAcquire, FastMutex, GuardedMutex, ERESOURCE "
                    "routines, PushLock, KeEnterCriticalRegion, "
                    "FsRtlEnterFileSystem, WdfSpinLock, WdfWaitLock, "
                    "KeWaitForSingleObject on a mutex)",
                    "%d: %s" % (len(no_locks), ", ".join(no_locks))))
    for w in interp.warnings:
        skipped.append(("CMake interpretation", w))
    return programs


def ros_generate_headers(root, gen_dir):
    """The headers ReactOS's build generates, which its drivers include:
    the xdk templates (wdm.h, ntddk.h, ...) and the message-file headers
    (bugcodes.h, ntiologc.h, ...)."""
    warnings = ros_xdk.generate(root, gen_dir)
    ros_mc.generate(root, os.path.join(gen_dir, "reactos", "mc"))
    for sub in ("psdk", "ddk", "dxsdk", "reactos"):
        os.makedirs(os.path.join(gen_dir, sub), exist_ok=True)
    return warnings


# ---------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------

def irqlint_version(irqlint):
    try:
        r = subprocess.run([irqlint, "--version"], capture_output=True,
                           text=True, timeout=60)
        return (r.stdout or r.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.SubprocessError):
        return "unknown"


def _command(program, irqlint, root, base, fmt, output):
    opts = ["--no-bundled-headers"] if program.no_bundled else []
    opts += ["--source-root=" + root, "--format=" + fmt, "--output=" + output]
    if program.project:
        return [irqlint] + opts + [program.project]
    if program.per_file:
        db = base + ".db"
        os.makedirs(db, exist_ok=True)
        entries = [{"directory": os.path.dirname(s), "file": s,
                    "arguments": ["clang"] + program.per_file[s] + ["-c", s]}
                   for s in program.sources]
        with open(os.path.join(db, "compile_commands.json"), "w") as f:
            json.dump(entries, f, indent=1)
        return [irqlint, "-p", db, "--no-cache"] + opts
    return [irqlint] + opts + program.sources + ["--"] + program.args


def _run(cmd, timeout):
    """(exit status, stdout, stderr, timed out?) of cmd, in its own
    process group so that a timeout ends its workers too."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
        return proc.returncode, out, err, False
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            pass
        out, err = proc.communicate()
        return proc.returncode, out, err, True


def _project_sources(program, irqlint):
    """The .c files irqlint compiles for the program's project (its
    --dump-config), which become the program's sources; a difference from
    the sources wds_vcxproj.py expects is noted."""
    try:
        units = [u for u in header_gaps.translation_units(
            irqlint, program.project, timeout=300) if u.lower().endswith(C_EXT)]
    except (OSError, subprocess.SubprocessError):
        return
    expected = {os.path.normpath(s) for s in program.sources}
    extra = [u for u in units if u not in expected]
    missed = sorted(expected - set(units))
    if extra:
        program.notes.append("irqlint compiles %d .c file(s) wds_vcxproj.py "
                             "does not expect: %s" % (len(extra), ", ".join(
                                 os.path.basename(u) for u in extra)))
    if missed:
        program.notes.append("irqlint does not compile %d .c file(s) "
                             "wds_vcxproj.py expects: %s" % (len(missed), ", ".join(
                                 os.path.basename(u) for u in missed)))
    if units:
        program.sources = units


def compile_errors(doc, sources):
    """The clang errors of a JSON report: its compileErrors (version 2), or
    the findings of the clang error rules (version 1), where an error in a
    header is charged to every source of the program (version 1 does not
    say which translation units it came through)."""
    if "compileErrors" in doc:
        return [dict(e, units=[os.path.normpath(u) for u in e.get("units", [])])
                for e in doc["compileErrors"]]
    out = []
    normalized = [os.path.normpath(s) for s in sources]
    for x in doc.get("findings", []):
        if x.get("rule") in CLANG_ERROR_RULES:
            path = os.path.normpath(x["file"])
            out.append({"file": x["file"], "line": x["line"],
                        "column": x["column"], "message": x["message"],
                        "units": [path] if path in normalized else normalized})
    return out


def run(program, irqlint, root, out_dir, timeout, sarif=True):
    base = os.path.join(out_dir, program.corpus, program.slug)
    os.makedirs(os.path.dirname(base), exist_ok=True)
    for ext in (".json", ".sarif", ".txt"):
        if os.path.exists(base + ext):
            os.remove(base + ext)
    if program.project:
        _project_sources(program, irqlint)
    cmd = _command(program, irqlint, root, base, "json", base + ".json")
    with open(base + ".cmd", "w") as f:
        f.write(" ".join(shlex.quote(c) for c in cmd) + "\n")
    start = time.monotonic()
    try:
        status, out, err, program.timed_out = _run(cmd, timeout)
    except OSError as e:  # e.g. the binary is being rebuilt right now
        program.status = None
        program.notes.append("irqlint could not be run: %s" % e)
        return
    program.seconds = time.monotonic() - start
    program.status = status
    with open(base + ".stderr", "wb") as f:
        f.write(err)
    try:
        with open(base + ".json") as f:
            doc = json.load(f)
        program.findings = [x for x in doc.get("findings", [])
                            if not x.get("suppressed")]
        program.failures = doc.get("failures", [])
        program.compile_errors = compile_errors(doc, program.sources)
    except (OSError, ValueError):
        program.findings = None  # crashed before writing it
    if program.timed_out:
        program.findings = None
    text = []
    for x in program.findings or []:
        text.append("%s:%s:%s: %s: %s [%s]" % (x["file"], x["line"], x["column"],
                                               x["level"], x["message"], x["rule"]))
        for n in x.get("notes", []):
            text.append("%s:%s:%s: note: %s" % (n["file"], n["line"],
                                                n["column"], n["message"]))
    program.output = "\n".join(text) + ("\n" if text else "")
    with open(base + ".txt", "w") as f:
        f.write(program.output)
    if sarif and not program.lost:
        # the same run again for SARIF (not timed)
        try:
            _run(_command(program, irqlint, root, base, "sarif",
                          base + ".sarif"), timeout)
        except OSError:
            pass


def status_text(p):
    code = p.status
    if p.timed_out:
        return "TIMEOUT (killed)"
    if code is None:
        return "not run"
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = "signal %d" % -code
        return "CRASH (%s)" % name
    if code in (0, 1) and p.findings is None:
        return "exit %d, no JSON output" % code
    return {0: "ok", 1: "ok", 2: "input error (exit 2)",
            3: "incomplete (exit 3: a file crashed or timed out)"}.get(
                code, "exit %d" % code)


def merge_sarif(programs, dest):
    runs = []
    for p in programs:
        path = os.path.join(os.path.dirname(dest), p.corpus, p.slug + ".sarif")
        try:
            with open(path) as f:
                log = json.load(f)
        except (OSError, ValueError):
            continue
        runs.extend(log.get("runs", []))
    if runs:
        with open(dest, "w") as f:
            json.dump({"version": "2.1.0",
                       "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
                       "runs": runs}, f, indent=1)


# ---------------------------------------------------------------------------
# Reporting
# ---------------------------------------------------------------------------

def rel(path, root):
    try:
        r = os.path.relpath(path, root)
    except ValueError:
        return path
    return path if r.startswith("..") else r


def corpus_file(path, root, out_dir):
    """A finding's file as the triage names it."""
    path = os.path.normpath(path)
    for base, prefix in ((root, ""), (out_dir, "@out/"),
                         (BUNDLED_HEADERS, "@irqlint/")):
        if base and _under(path, base):
            return prefix + os.path.relpath(path, base)
    return path


def triage_findings(programs, root, out_dir):
    """The corpus's findings as triage.Finding, clang errors left out."""
    roots = [(root, ""), (out_dir, "@out/"), (BUNDLED_HEADERS, "@irqlint/")]
    out = []
    for p in programs:
        for x in p.findings or []:
            if x["rule"] in CLANG_ERROR_RULES:
                continue
            out.append(triage.Finding(
                p.corpus, p.name, corpus_file(x["file"], root, out_dir),
                x.get("function"), x["rule"],
                triage.normalize_message(x["message"], roots),
                line=x["line"], raw_message=x["message"]))
    return out


def corpus_report(tag, root, commit, programs, skipped, findings, extra_notes,
                  top_errors=10):
    """Markdown: per-program table, per-rule table, frequent clang errors,
    the decisions per program, the findings."""
    out = ["## %s" % TITLES[tag], "", "Checkout: `%s` at %s" % (root, commit), "",
           "Files: the .c files irqlint compiled for the program. C files "
           "with clang errors: those with a clang error in them or in a "
           "header they include (code clang cannot compile; not triaged, "
           "counted apart from the findings). Status: ok (exit 0 or 1), "
           "input error (exit 2), incomplete (exit 3), CRASH, TIMEOUT; a run "
           "that is not ok is reported and the others go on.", ""]
    out.append("| program | files | lines | C files with clang errors "
               "| clang errors | wall (s) | findings | status |")
    out.append("|---|---:|---:|---:|---:|---:|---:|---|")
    all_files, err_locs, err_units = set(), set(), set()
    total_time = 0.0
    for p in programs:
        all_files.update(p.sources)
        total_time += p.seconds
        if p.lost:
            ef = ne = nf = "n/a"
        else:
            errs = p.compile_errors
            units = {u for e in errs for u in e["units"]}
            err_units.update(units)
            err_locs.update((e["file"], e["line"], e["column"], e["message"])
                            for e in errs)
            ef, ne = len(units), len(errs)
            nf = len([x for x in p.findings
                      if x["rule"] not in CLANG_ERROR_RULES])
        out.append("| %s | %d | %d | %s | %s | %.1f | %s | %s |" % (
            p.name, len(p.sources), count_lines(p.sources), ef, ne,
            p.seconds, nf, status_text(p)))
    distinct = {(f.file, f.line, f.rule, f.raw_message) for f in findings}
    failed = [p for p in programs if p.lost or p.status not in (0, 1)]
    out.append("| **total** (%d programs; distinct files, clang errors and "
               "findings) | %d | %d | %d | %d | %.1f | %d | %d not ok |" % (
                   len(programs), len(all_files), count_lines(sorted(all_files)),
                   len(err_units), len(err_locs), total_time, len(distinct),
                   len(failed)))
    out.append("")
    clean = len(all_files - err_units)
    out.append("C files that compile with no clang error: %d of %d (%.1f%%)."
               % (clean, len(all_files), 100.0 * clean / max(len(all_files), 1)))
    out.append("")
    by_rule = collections.defaultdict(list)
    for f in findings:
        by_rule[f.rule].append(f)
    if by_rule:
        out.append("Findings per rule (verdicts from the triage file):")
        out.append("")
        out.append("| rule | findings | distinct | true | false | untriaged "
                   "| by program |")
        out.append("|---|---:|---:|---:|---:|---:|---|")
        for rule in sorted(by_rule):
            fs = by_rule[rule]
            v = collections.Counter(f.verdict for f in fs)
            by = collections.Counter(f.program for f in fs)
            out.append("| %s | %d | %d | %d | %d | %d | %s |" % (
                rule, len(fs), len({(f.file, f.line, f.raw_message) for f in fs}),
                v["true"], v["false"], v["untriaged"],
                ", ".join("%s: %d" % kv for kv in sorted(by.items()))))
        out.append("")
    else:
        out += ["No findings.", ""]
    stats = {"clang_errors": len(err_locs), "findings": len(distinct),
             "files": len(all_files), "clean_files": clean}
    missing = collections.defaultdict(set)
    for p in programs:
        for e in p.compile_errors:
            m = re.match(r"'([^']+)' file not found", e["message"])
            if m:
                missing[m.group(1)].add(p.name)
    if missing:
        out.append("Headers not found (programs affected): %s" % ", ".join(
            "%s (%d)" % (h, len(ps)) for h, ps in
            sorted(missing.items(), key=lambda kv: (-len(kv[1]), kv[0]))))
        out.append("")
    if err_locs:
        counter = collections.Counter(
            re.sub(r"'[^']*'", "'…'", e[3]) for e in err_locs)
        out.append("Most frequent clang errors (distinct locations; quoted "
                   "names elided):")
        out.append("")
        for msg, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:top_errors]:
            out.append("- %d × %s" % (n, msg))
        out.append("")
    out.extend(extra_notes)
    out.append("Settings and decisions per program:")
    out.append("")
    for p in programs:
        notes = list(p.notes)
        for x in p.failures:
            notes.append("irqlint failure: %s: %s" % (rel(x.get("file", "?"), root),
                                                       x.get("message", "")))
        out.append("- %s: %s" % (p.name, "; ".join(notes) or "-"))
    for what, why in skipped:
        out.append("- not analyzed: %s: %s" % (what, why))
    out.append("")
    out.append("Findings (distinct), with their verdicts:")
    out.append("")
    seen = set()
    for f in sorted(findings, key=lambda f: (f.file, f.line, f.rule)):
        key = (f.file, f.line, f.rule, f.raw_message)
        if key in seen:
            continue
        seen.add(key)
        out.append("- %s:%s: %s [%s] — %s%s" % (
            f.file, f.line, f.raw_message, f.rule, f.verdict,
            (": " + f.row["reason"]) if f.row and f.row["reason"] != "-" else ""))
    if not seen:
        out.append("(none)")
    out.append("")
    return out, stats


def write_corpus_text(programs, dest):
    """All of a corpus's text output in one file, program by program."""
    with open(dest, "w") as f:
        for p in programs:
            f.write("### %s (%s, %.1f s)\n" % (p.name, status_text(p), p.seconds))
            f.write(p.output)
            f.write("\n")


# ---------------------------------------------------------------------------
# Lists
# ---------------------------------------------------------------------------

def corpus_commit(tag, root, given, use_list=True):
    """The checkout's commit: as given, else git's, else the one the
    program list in bench/ records (marked so)."""
    if given:
        return given
    try:
        r = subprocess.run(["git", "-C", root, "rev-parse", "HEAD"],
                           capture_output=True, text=True, timeout=30)
        if r.returncode == 0 and r.stdout.strip():
            return r.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    if use_list:
        try:
            with open(os.path.join(HERE, LIST_FILES[tag])) as f:
                for line in f:
                    m = re.match(r"# corpus commit: ([0-9a-f]{7,40})\s*$", line)
                    if m:
                        return "%s (per bench/%s)" % (m.group(1), LIST_FILES[tag])
        except OSError:
            pass
    return "unknown (not a git work tree; pass --%s-commit)" % tag


def list_text(tag, programs, skipped, commit, command):
    what = {"wds": "Windows-driver-samples kernel-mode C driver projects",
            "ros": "ReactOS lock-using driver modules"}[tag]
    files = {s for p in programs for s in p.sources}
    out = ["# %s analyzed by bench/evaluate.py" % what,
           "# corpus commit: %s" % commit,
           "# generated by: %s" % command,
           "# %d programs, %d distinct .c files, %d lines"
           % (len(programs), len(files), count_lines(sorted(files))),
           "# program<TAB>.c files<TAB>lines<TAB>from"]
    for p in programs:
        out.append("%s\t%d\t%d\t%s" % (p.name, len(p.sources),
                                        count_lines(p.sources), p.origin))
    out.append("# not analyzed:")
    for what_, why in skipped:
        if what_ == "CMake interpretation":
            continue
        out.append("#   %s: %s" % (what_, why))
    return "\n".join(out) + "\n"


def listed_names(path):
    try:
        with open(path) as f:
            return [line.split("\t", 1)[0] for line in f
                    if line.strip() and not line.startswith("#")]
    except OSError:
        return None


# ---------------------------------------------------------------------------

def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("wds", help="Windows-driver-samples checkout")
    ap.add_argument("ros", help="ReactOS checkout")
    ap.add_argument("irqlint", nargs="?", help="irqlint binary (not needed "
                    "with --list)")
    ap.add_argument("--out", help="output directory (with --list: where the "
                    "lists go, default bench/)")
    ap.add_argument("--only", choices=("wds", "ros"),
                    help="evaluate one corpus only")
    ap.add_argument("--list", action="store_true",
                    help="write the program lists (wds_projects.txt, "
                    "ros_modules.txt) and stop")
    ap.add_argument("--wds-commit", help="the Windows-driver-samples commit "
                    "(default: git rev-parse in the checkout)")
    ap.add_argument("--ros-commit", help="the ReactOS commit (likewise)")
    ap.add_argument("--triage", default=os.path.join(HERE, "triage.tsv"),
                    help="the triage file (default bench/triage.tsv)")
    ap.add_argument("--update-triage", action="store_true",
                    help="also write OUTDIR/triage.tsv: the triage merged "
                    "with this run's findings")
    ap.add_argument("--no-sarif", action="store_true",
                    help="skip the second, SARIF, run of each program")
    ap.add_argument("--program-timeout", type=float, default=3600,
                    help="seconds before one program's irqlint run is "
                    "killed (default 3600)")
    a = ap.parse_args(argv)
    wds_root, ros_root = os.path.abspath(a.wds), os.path.abspath(a.ros)
    corpora = [c for c in ("wds", "ros") if a.only in (None, c)]
    roots = {"wds": wds_root, "ros": ros_root}
    commits = {c: corpus_commit(c, roots[c], getattr(a, c + "_commit"),
                                use_list=not a.list) for c in corpora}

    if a.list:
        out_dir = os.path.abspath(a.out or HERE)
        os.makedirs(out_dir, exist_ok=True)
        command = "python3 bench/evaluate.py --list %s%s<wds> <ros>" % (
            "--only %s " % a.only if a.only else "",
            "".join("--%s-commit %s " % (c, commits[c]) for c in corpora
                    if not commits[c].startswith("unknown")))
        for c in corpora:
            skipped = []
            if c == "wds":
                programs = wds_programs(wds_root, skipped)
            else:
                gen_dir = os.path.join(out_dir, "ros-include")
                programs = ros_programs(ros_root, gen_dir, None, skipped)
            dest = os.path.join(out_dir, LIST_FILES[c])
            with open(dest, "w") as f:
                f.write(list_text(c, programs, skipped, commits[c], command))
            print("%s: %d programs, %d files" % (
                dest, len(programs), len({s for p in programs for s in p.sources})))
        return 0

    if not a.out or not a.irqlint:
        ap.error("an irqlint binary and --out are needed (unless --list)")
    out_dir = os.path.abspath(a.out)
    os.makedirs(out_dir, exist_ok=True)
    irqlint = os.path.abspath(a.irqlint)
    try:
        rows = triage.read(a.triage)
    except triage.TriageError as e:
        print("evaluate: %s" % e, file=sys.stderr)
        return 2

    report = ["# irqlint evaluation", "",
              "irqlint: `%s` (%s)" % (irqlint, irqlint_version(irqlint)),
              "Output directory: `%s`" % out_dir,
              "Triage: `%s` (%d rows); comparison in `triage-diff.md`"
              % (a.triage, len(rows)), ""]
    report.append("| corpus | commit | programs | files | lines | files that "
                  "compile | clang errors | findings | true | false | untriaged "
                  "| not ok | wall (s) |")
    report_note = ("Files that compile: C files with no clang error in them "
                   "or in a header they include. "
                   "Clang errors: distinct (file, line, message). Findings: "
                   "per program (a file two programs share counts in each; the "
                   "tables below also give distinct ones), with their triage "
                   "verdicts. Wall: the whole corpus, header generation and "
                   "the SARIF runs included; the tables give each program's "
                   "timed irqlint run.")
    report.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    overview_at = len(report)
    report.append("")
    parts = []
    all_findings = []
    failures = 0
    for c in corpora:
        root = roots[c]
        skipped = []
        extra = []
        t0 = time.monotonic()
        if c == "wds":
            programs = wds_programs(root, skipped)
        else:
            gen_dir = os.path.join(out_dir, "ros-include")
            for w in ros_generate_headers(root, gen_dir):
                print("ros_xdk: warning: " + w, file=sys.stderr)
            programs = ros_programs(root, gen_dir, out_dir, skipped)
            extra = ["Target and global flags: %s, -D%s; generated headers in "
                     "`%s`; per-module flags from each module's CMakeLists.txt "
                     "(bench/ros_cmake.py, an i386 Debug MSVC configuration)"
                     % (" ".join(ROS_TARGET_ARGS), " -D".join(ROS_DEFINES),
                        rel(gen_dir, os.getcwd())), ""]
        listed = listed_names(os.path.join(HERE, LIST_FILES[c]))
        if listed is not None:
            now = [p.name for p in programs]
            plus = sorted(set(now) - set(listed))
            minus = sorted(set(listed) - set(now))
            if plus or minus:
                extra += ["**The programs differ from bench/%s** (regenerate "
                          "it with --list): new %s; gone %s"
                          % (LIST_FILES[c], ", ".join(plus) or "-",
                             ", ".join(minus) or "-"), ""]
        for i, p in enumerate(programs, 1):
            print("irqlint: %s [%d/%d] %s (%d files)" % (
                c, i, len(programs), p.name, len(p.sources)), file=sys.stderr)
            run(p, irqlint, root, out_dir, a.program_timeout, not a.no_sarif)
            if p.lost or p.status not in (0, 1):
                print("irqlint: %s %s: %s" % (c, p.name, status_text(p)),
                      file=sys.stderr)
        wall = time.monotonic() - t0
        write_corpus_text(programs, os.path.join(out_dir, c + "-findings.txt"))
        if not a.no_sarif:
            merge_sarif(programs, os.path.join(out_dir, c + ".sarif"))
        findings = triage_findings(programs, root, out_dir)
        all_findings.extend(findings)
        parts.append((c, root, programs, skipped, findings, extra, wall))
        failures += sum(1 for p in programs if p.lost or p.status not in (0, 1))

    gone = triage.match(rows, all_findings)
    for c, root, programs, skipped, findings, extra, wall in parts:
        files = {s for p in programs for s in p.sources}
        part, stats = corpus_report(c, root, commits[c], programs, skipped,
                                    findings, extra)
        v = collections.Counter(f.verdict for f in findings)
        report.insert(overview_at, "| %s | %s | %d | %d | %d | %d (%.1f%%) | %d "
                      "| %d | %d | %d | %d | %d | %.0f |" % (
                          c, commits[c].split()[0][:12], len(programs), len(files),
                          count_lines(sorted(files)), stats["clean_files"],
                          100.0 * stats["clean_files"] / max(stats["files"], 1),
                          stats["clang_errors"],
                          len(findings), v["true"], v["false"],
                          v["untriaged"],
                          sum(1 for p in programs
                              if p.lost or p.status not in (0, 1)), wall))
        overview_at += 1
        report.extend(part)
    report.insert(overview_at + 1, report_note)
    report.insert(overview_at + 2, "")
    # a program whose run crashed or timed out produced nothing we can
    # compare: its triaged findings are neither gone nor dropped
    lost = {(c, p.name) for c, _, programs, *_ in parts for p in programs
            if p.lost}
    unknown = [g for g in gone if (g["corpus"], g["program"]) in lost]
    gone = [g for g in gone if g["corpus"] in corpora
            and (g["corpus"], g["program"]) not in lost]
    diff = triage.diff_report(all_findings, gone, corpora, a.triage, TITLES,
                              unknown)
    with open(os.path.join(out_dir, "triage-diff.md"), "w") as f:
        f.write("\n".join(diff) + "\n")
    if a.update_triage:
        dest = os.path.join(out_dir, "triage.tsv")
        triage.write(dest, triage.merged(rows, all_findings, corpora, unknown))
        print("evaluate: merged triage in %s (copy it over %s)"
              % (dest, a.triage), file=sys.stderr)
    text = "\n".join(report) + "\n"
    with open(os.path.join(out_dir, "summary.md"), "w") as f:
        f.write(text)
    sys.stdout.write(text)
    if failures:
        print("evaluate: %d irqlint run(s) crashed, timed out or failed; see "
              "the status column" % failures, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
