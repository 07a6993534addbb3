"""The evaluation of irqlint on two corpora of real driver code, repeatable
in one command (bench/evaluate.sh is the entry point; see it for how to get
the two checkouts).

  Corpus A, microsoft/Windows-driver-samples (WDS): the NDIS samples, the
  general/ samples that use spin locks, and the SDV fail drivers, each
  analyzed with the settings its .vcxproj gives (wds_vcxproj.py) and
  irqlint's bundled WDK model headers (no WDK exists on Linux).

  Corpus B, ReactOS's network miniports (drivers/network/dd/*), analyzed
  with ReactOS's own headers, generated the way its build generates them
  (ros_xdk.py, ros_mc.py), with the flags its CMake gives these drivers,
  and --no-bundled-headers.

One program = one driver: all its .c files go to one irqlint run, so the
cross-file summaries see the whole driver.  For each corpus we print a
table (files, lines, parse errors, wall time, findings per rule) and write
the full findings (text, and SARIF) to the output directory.
"""

import argparse
import collections
import json
import os
import re
import shlex
import subprocess
import sys
import time

# the helpers beside this file; no __pycache__ left in the work tree
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ros_mc  # noqa: E402
import ros_xdk  # noqa: E402
import wds_vcxproj  # noqa: E402

# path:line:col: severity: message [rule]
FINDING = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): "
                     r"(?P<sev>error|warning|fatal error): (?P<msg>.*) "
                     r"\[(?P<rule>[A-Za-z0-9_.-]+)\]$")
PARSE_ERROR_RULES = ("clang-diagnostic-error", "clang-diagnostic-fatal")


# ---------------------------------------------------------------------------
# Programs
# ---------------------------------------------------------------------------

class Program:
    def __init__(self, corpus, name, sources, args, notes=(), no_bundled=False):
        self.corpus = corpus
        self.name = name            # shown in tables, e.g. "ndis/filter"
        self.sources = sources      # absolute paths of the .c files
        self.args = args            # compiler arguments after "--"
        self.notes = list(notes)    # what we had to decide for this program
        self.no_bundled = no_bundled
        # filled by run()
        self.seconds = 0.0
        self.status = None
        self.findings = []          # parsed FINDING matches (dicts)
        self.output = ""

    @property
    def slug(self):
        return re.sub(r"[^A-Za-z0-9_.-]+", "_", self.name)


def count_lines(paths):
    total = 0
    for p in paths:
        with open(p, "rb") as f:
            total += f.read().count(b"\n")
    return total


# -- Corpus A: Windows-driver-samples ---------------------------------------

# (directory, keep only projects whose sources use spin locks?)
WDS_SETS = [
    ("network/ndis/netvmini", False),
    ("network/ndis/ndisprot", False),
    ("network/ndis/ndisprot_kmdf", False),
    ("network/ndis/filter", False),
    ("network/ndis/mux", False),
    ("network/ndis/extension", False),
    ("tools/sdv/samples/SDV-FailDriver-WDM", False),
    ("tools/sdv/samples/SDV-FailDriver-KMDF", False),
    ("tools/sdv/samples/SDV-FailDriver-NDIS", False),
    ("general", True),
]
USES_SPIN_LOCKS = re.compile(rb"SpinLock|KeAcquire|WdfSpinLock")

# What the WDK's kernel-mode toolset (WindowsKernelModeDriver10.0) adds to
# every Debug|x64 driver build, which the .vcxproj does not spell out:
# target, /kernel (_KERNEL_MODE), Debug's DBG=1 & co., the Windows 10
# version macros of TargetVersion=Windows10.
WDK_TOOLSET_ARGS = [
    "--target=x86_64-pc-windows-msvc", "-fms-extensions", "-fms-compatibility",
    "-D_WIN64", "-D_AMD64_", "-DAMD64", "-D_KERNEL_MODE", "-DWINNT=1",
    "-DDBG=1", "-DDEPRECATE_DDK_FUNCTIONS=1", "-DMSC_NOOPT",
    "-D_WIN32_WINNT=0x0A00", "-DWINVER=0x0A00", "-DNTDDI_VERSION=0x0A000000",
]


def _tmh_includes(path):
    """[(tmh name, innermost #if condition or None)] for each
    #include "x.tmh" in a source file."""
    found = []
    stack = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            s = line.split("//", 1)[0].strip()
            m = re.match(r"#\s*(if|ifdef|ifndef|elif|else|endif)\b(.*)", s)
            if m:
                kw, rest = m.group(1), m.group(2).strip()
                if kw in ("if", "ifdef", "ifndef"):
                    stack.append((kw, rest))
                elif kw == "endif" and stack:
                    stack.pop()
                elif kw in ("elif", "else") and stack:
                    stack[-1] = (kw, rest)
                continue
            m = re.match(r'#\s*include\s*"([^"]+\.tmh)"', s, re.I)
            if m:
                found.append((m.group(1), stack[-1] if stack else None))
    return found


def wpp_settings(proj, sources, stub_root, slug):
    """WPP tracing: the build runs the WPP preprocessor, which writes a
    <file>.tmh per source that defines the trace macros.  We cannot run it.
    Returns (defines to remove, extra args, note) so the code parses:
      * if every .tmh include sits under #if defined(X) / #ifdef X (the
        samples' way of building without WPP), leave X undefined: the
        sample's own non-WPP trace macros are used;
      * otherwise, give each .tmh an empty stand-in and define the trace
        functions the project names (WppTraceFunction) and WPP_INIT_TRACING
        / WPP_CLEANUP as no-ops (tracing has no lock or IRQL effect)."""
    includes = [(src, name, cond) for src in sources
                for name, cond in _tmh_includes(src)]
    if not includes:
        return set(), [], None
    guards = set()
    unconditional = False
    for _, _, cond in includes:
        m = cond and re.match(r"(?:ifdef\s+(\w+)|if\s+defined\s*\(?\s*(\w+)\s*\)?\s*$)",
                              "%s %s" % cond)
        if m:
            guards.add(m.group(1) or m.group(2))
        else:
            unconditional = True
    if not unconditional:
        drop = {g for g in guards
                if any(d.split("=")[0] == g for d in proj.defines)}
        note = ("WPP: .tmh includes are under #if defined(%s); left %s "
                "undefined" % (", ".join(sorted(guards)),
                               "/".join(sorted(guards))))
        return drop, [], note
    stub_dir = os.path.join(stub_root, slug)
    os.makedirs(stub_dir, exist_ok=True)
    for _, name, _ in includes:
        open(os.path.join(stub_dir, name), "w").close()
    funcs = []
    for spec in proj.wpp_trace_functions:
        for one in spec.split(";"):
            fname = one.split("(", 1)[0].strip()
            if fname and fname not in funcs:
                funcs.append(fname)
    args = ["-I" + stub_dir]
    for fname in funcs + ["WPP_INIT_TRACING", "WPP_CLEANUP"]:
        args.append("-D%s(...)=((void)0)" % fname)
    note = ("WPP: empty stand-in .tmh files (-I %s) and no-op %s"
            % (os.path.relpath(stub_dir), ", ".join(
                f + "(...)" for f in funcs + ["WPP_INIT_TRACING",
                                              "WPP_CLEANUP"])))
    return set(), args, note


def wds_programs(root, out_dir, skipped):
    programs = []
    stub_root = os.path.join(out_dir, "wds-wpp-stubs")
    no_locks = []
    for rel, needs_locks in WDS_SETS:
        base = os.path.join(root, rel)
        if not os.path.isdir(base):
            skipped.append((rel, "directory not in the checkout"))
            continue
        projects = sorted(
            os.path.join(d, f) for d, _, files in os.walk(base)
            for f in files if f.lower().endswith(".vcxproj"))
        for path in projects:
            proj = wds_vcxproj.read(path)
            name = os.path.relpath(os.path.dirname(path), root)
            kind = "%s %s" % (proj.configuration_type, proj.driver_type)
            uses_locks = any(USES_SPIN_LOCKS.search(open(s, "rb").read())
                             for s in proj.sources)
            if needs_locks and not uses_locks:
                if proj.configuration_type == "Driver" and proj.sources:
                    no_locks.append(name)
                continue
            if proj.configuration_type == "StaticLibrary":
                continue  # analyzed within each driver that links it
            if proj.configuration_type != "Driver" or proj.driver_type == "UMDF":
                if proj.sources:
                    skipped.append((os.path.relpath(path, root),
                                    "not a kernel-mode driver (%s)" % kind.strip()))
                continue
            folded = wds_vcxproj.with_libraries(proj)
            if not proj.sources:
                continue
            notes = ["project: %s (%s), Debug|x64"
                     % (os.path.relpath(path, root), kind)]
            for lib in folded:
                notes.append("links static library %s: its sources are part "
                             "of this program" % lib)
            for m in proj.missing:
                notes.append("source named by the project but absent: %s" % m)
            drop, wpp_args, wpp_note = wpp_settings(proj, proj.sources,
                                                    stub_root, name)
            if wpp_note:
                notes.append(wpp_note)
            for header, d in proj.pch:
                # MSVC substitutes the .pch for the header's #include
                notes.append("precompiled header %s: its project directory "
                             "on the include path (-I %s)"
                             % (header, os.path.relpath(d, root)))
            defines = [d for d in proj.defines if d.split("=")[0] not in drop]
            has = {d.split("=")[0] for d in defines}
            extra = []
            if proj.driver_type == "KMDF":
                # the WDK's KMDF property sheet defines these
                if "KMDF_VERSION_MAJOR" not in has:
                    extra.append("-DKMDF_VERSION_MAJOR=%s" % proj.properties.get(
                        "KMDF_VERSION_MAJOR", "1"))
                if "KMDF_VERSION_MINOR" not in has:
                    extra.append("-DKMDF_VERSION_MINOR=%s" % proj.properties.get(
                        "KMDF_VERSION_MINOR", "15"))
            if proj.dropped_macros:
                notes.append("WDK directories left out (no WDK here): %s"
                             % ", ".join("$(%s)" % m
                                         for m in sorted(proj.dropped_macros)))
            args = (["-x", "c"] + WDK_TOOLSET_ARGS + extra
                    + ["-D" + d for d in defines]
                    + ["-I" + d for d in proj.include_dirs] + wpp_args)
            programs.append(Program("wds", name, proj.sources, args, notes))
    if no_locks:
        skipped.append(("kernel-mode drivers under general/ that use no spin "
                        "lock (no SpinLock, KeAcquire, WdfSpinLock in their "
                        "sources)", ", ".join(no_locks)))
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


def _cmake_calls(text, command):
    """Arguments of each `command(...)` call in a CMakeLists.txt, with the
    if() condition the call sits under ('' at top level)."""
    calls = []
    conds = []
    for m in re.finditer(r"(?im)^\s*(\w+)\s*\(([^)]*)\)", text):
        name, args = m.group(1).lower(), m.group(2)
        if name == "if":
            conds.append(args.strip())
        elif name == "endif" and conds:
            conds.pop()
        elif name == "else" and conds:
            conds[-1] = "NOT (%s)" % conds[-1]
        elif name == "elseif" and conds:
            conds[-1] = args.strip()
        elif name == command:
            calls.append((args.split(), " AND ".join(conds)))
    return calls


def ros_programs(root, gen_dir, skipped):
    dd = os.path.join(root, "drivers", "network", "dd")
    programs = []
    base_inc = [gen_dir + p[len("@GEN@"):] if p.startswith("@GEN@")
                else os.path.join(root, p) for p in ROS_INCLUDES]
    for name in sorted(os.listdir(dd)):
        d = os.path.join(dd, name)
        cml = os.path.join(d, "CMakeLists.txt")
        if not os.path.isfile(cml):
            continue
        text = open(cml, encoding="utf-8", errors="replace").read()
        text = re.sub(r"#[^\n]*", "", text)
        defines, before, sources, notes = [], [], [], []
        for args, cond in _cmake_calls(text, "add_definitions"):
            defines += [a for a in args if a.startswith(("-D", "/D"))]
        for args, cond in _cmake_calls(text, "include_directories"):
            for a in args:
                if a in ("BEFORE", "AFTER", "SYSTEM"):
                    continue
                a = a.replace("${REACTOS_SOURCE_DIR}", root)
                before.append(a if os.path.isabs(a) else os.path.join(d, a))
        for args, cond in _cmake_calls(text, "list"):
            if args[:2] != ["APPEND", "SOURCE"]:
                continue
            # DBG is on (Debug build); any other condition we do not know
            if cond and cond not in ("DBG",):
                notes.append("sources under if(%s) taken as built" % cond)
            if cond == "NOT (DBG)":
                continue
            sources += [os.path.join(d, a) for a in args[2:]
                        if a.lower().endswith(".c")]
        for args, cond in _cmake_calls(text, "target_link_libraries"):
            libs = [a for a in args[1:] if a not in ("PRIVATE", "PUBLIC")]
            if libs:
                notes.append("links %s (ReactOS libraries, not analyzed)"
                             % ", ".join(libs))
        if not sources:
            skipped.append((os.path.relpath(d, root), "no C sources in CMakeLists.txt"))
            continue
        # CMAKE_INCLUDE_CURRENT_DIR is ON (top-level CMakeLists.txt): the
        # driver's directory comes first, which is how <debug.h> finds the
        # driver's own debug.h before sdk/include/reactos/debug.h
        incs = [d] + before + base_inc
        args = (["-x", "c"] + ROS_TARGET_ARGS
                + ["-D" + x for x in ROS_DEFINES]
                + [x.replace("/D", "-D", 1) for x in defines]
                + ["-I" + x for x in incs])
        notes.insert(0, "CMakeLists.txt defines: %s"
                     % (" ".join(defines) or "(none)"))
        programs.append(Program("ros", name, sources, args, notes,
                                no_bundled=True))
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


def run(program, irqlint, out_dir):
    base = os.path.join(out_dir, program.corpus, program.slug)
    os.makedirs(os.path.dirname(base), exist_ok=True)
    opts = ["--no-bundled-headers"] if program.no_bundled else []
    cmd = [irqlint] + opts + program.sources + ["--"] + program.args
    with open(base + ".cmd", "w") as f:
        f.write(" ".join(shlex.quote(c) for c in cmd) + "\n")
    start = time.monotonic()
    try:
        r = subprocess.run(cmd, capture_output=True, text=True,
                           errors="replace")
    except OSError as e:  # e.g. the binary is being rebuilt right now
        program.status = None
        program.notes.append("irqlint could not be run: %s" % e)
        return
    program.seconds = time.monotonic() - start
    program.status = r.returncode
    program.output = r.stdout
    with open(base + ".txt", "w") as f:
        f.write(r.stdout)
    with open(base + ".stderr", "w") as f:
        f.write(r.stderr)
    for line in r.stdout.splitlines():
        m = FINDING.match(line)
        if m:
            program.findings.append(m.groupdict())
    # the same run again for SARIF (not timed)
    sarif = base + ".sarif"
    subprocess.run([irqlint] + opts + ["--format=sarif", "--output=" + sarif]
                   + program.sources + ["--"] + program.args,
                   capture_output=True)


def status_text(code):
    if code is None:
        return "not run"
    if code < 0:
        return "CRASH (signal %d)" % -code
    return {0: "ok", 1: "ok", 2: "input error",
            3: "incomplete (a file crashed or timed out)"}.get(
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


def corpus_report(title, root, programs, skipped, top_errors=10):
    """Markdown: per-program table, per-rule table, frequent parse errors,
    the findings list."""
    out = ["## %s" % title, "", "Checkout: `%s`" % root, ""]
    rules = sorted({f["rule"] for p in programs for f in p.findings
                    if f["rule"] not in PARSE_ERROR_RULES})
    out.append("| program | files | lines | parse errors | wall (s) "
               "| findings | status |")
    out.append("|---|---:|---:|---:|---:|---:|---|")
    all_files, errs, finds = set(), set(), set()
    total_time = 0.0
    for p in programs:
        pe = [f for f in p.findings if f["rule"] in PARSE_ERROR_RULES]
        fi = [f for f in p.findings if f["rule"] not in PARSE_ERROR_RULES]
        all_files.update(p.sources)
        errs.update((f["file"], f["line"], f["col"], f["msg"]) for f in pe)
        finds.update((f["file"], f["line"], f["msg"], f["rule"]) for f in fi)
        total_time += p.seconds
        # a crashed run's output is lost (buffered): its counts mean nothing
        lost = p.status is None or p.status < 0
        out.append("| %s | %d | %d | %s | %.2f | %s | %s |" % (
            p.name, len(p.sources), count_lines(p.sources),
            "n/a" if lost else len(pe), p.seconds,
            "n/a" if lost else len(fi), status_text(p.status)))
    out.append("| **total** (distinct files / diagnostics) | %d | %d | %d | "
               "%.2f | %d | |" % (len(all_files), count_lines(sorted(all_files)),
                                  len(errs), total_time, len(finds)))
    out.append("")
    if rules:
        out.append("Findings per rule:")
        out.append("")
        out.append("| rule | total (distinct) | by program |")
        out.append("|---|---:|---|")
        for rule in rules:
            distinct = {k for k in finds if k[3] == rule}
            by = ["%s: %d" % (p.name, n) for p in programs
                  for n in [sum(1 for f in p.findings if f["rule"] == rule)] if n]
            out.append("| %s | %d | %s |" % (rule, len(distinct), ", ".join(by)))
        out.append("")
    else:
        out.append("No findings.")
        out.append("")
    if errs:
        counter = collections.Counter(e[3] for e in errs)
        out.append("Most frequent parse errors (distinct locations):")
        out.append("")
        # by count, then message: ties in a stable order
        for msg, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:top_errors]:
            out.append("- %d × %s" % (n, msg))
        out.append("")
    out.append("Settings and decisions per program:")
    out.append("")
    for p in programs:
        out.append("- %s: %s" % (p.name, "; ".join(p.notes) or "-"))
    for what, why in skipped:
        out.append("- not analyzed: %s: %s" % (what, why))
    out.append("")
    return out, sorted(finds)


def findings_list(root, finds):
    return ["- %s:%s: %s [%s]" % (rel(f, root), line, msg, rule)
            for f, line, msg, rule in sorted(
                finds, key=lambda k: (k[0], int(k[1]), k[3]))]


def write_corpus_text(programs, dest):
    """All of a corpus's text output in one file, program by program."""
    with open(dest, "w") as f:
        for p in programs:
            f.write("### %s (exit %s, %.2f s)\n" % (p.name, p.status, p.seconds))
            f.write(p.output)
            f.write("\n")


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("wds", help="Windows-driver-samples checkout")
    ap.add_argument("ros", help="ReactOS checkout")
    ap.add_argument("irqlint", help="irqlint binary")
    ap.add_argument("--out", required=True, help="output directory")
    ap.add_argument("--only", choices=("wds", "ros"),
                    help="evaluate one corpus only")
    a = ap.parse_args(argv)
    out_dir = os.path.abspath(a.out)
    os.makedirs(out_dir, exist_ok=True)
    wds_root, ros_root = os.path.abspath(a.wds), os.path.abspath(a.ros)
    irqlint = os.path.abspath(a.irqlint)

    report = ["# irqlint evaluation", "",
              "irqlint: `%s` (%s)" % (irqlint, irqlint_version(irqlint)),
              "Output directory: `%s`" % out_dir, ""]
    failures = 0

    def evaluate_corpus(tag, title, root, programs, skipped, notes, heading):
        """Runs irqlint on each program of a corpus and adds its part of
        the report; returns how many runs crashed or failed."""
        for p in programs:
            print("irqlint: %s %s (%d files)" % (tag, p.name, len(p.sources)),
                  file=sys.stderr)
            run(p, irqlint, out_dir)
        write_corpus_text(programs, os.path.join(out_dir, tag + "-findings.txt"))
        merge_sarif(programs, os.path.join(out_dir, tag + ".sarif"))
        part, finds = corpus_report(title, root, programs, skipped)
        report.extend(part)
        report.extend(notes)
        report.extend([heading + " findings (distinct):", ""])
        report.extend(findings_list(root, finds) or ["(none)"])
        report.append("")
        return sum(1 for p in programs if p.status not in (0, 1))

    if a.only in (None, "wds"):
        skipped = []
        programs = wds_programs(wds_root, out_dir, skipped)
        failures += evaluate_corpus(
            "wds", "Corpus A: Windows-driver-samples (bundled WDK model "
            "headers)", wds_root, programs, skipped, [],
            "Windows-driver-samples")
    if a.only in (None, "ros"):
        gen_dir = os.path.join(out_dir, "ros-include")
        for w in ros_generate_headers(ros_root, gen_dir):
            print("ros_xdk: warning: " + w, file=sys.stderr)
        skipped = []
        programs = ros_programs(ros_root, gen_dir, skipped)
        failures += evaluate_corpus(
            "ros", "Corpus B: ReactOS drivers/network/dd (ReactOS's own "
            "headers, --no-bundled-headers)", ros_root, programs, skipped,
            ["Target and flags: %s, -D%s; generated headers in `%s`"
             % (" ".join(ROS_TARGET_ARGS), " -D".join(ROS_DEFINES),
                rel(gen_dir, os.getcwd())), ""],
            "ReactOS")
    text = "\n".join(report) + "\n"
    with open(os.path.join(out_dir, "summary.md"), "w") as f:
        f.write(text)
    sys.stdout.write(text)
    if failures:
        print("evaluate: %d irqlint run(s) crashed or failed; see the status "
              "column" % failures, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
