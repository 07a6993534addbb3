#!/usr/bin/env python3
"""What keeps real driver projects from compiling with irqlint's bundled
headers: runs irqlint on a set of projects (.vcxproj / .sln, as a user
would) and counts the clang errors by cause -- missing headers, undeclared
identifiers, unknown type names, undeclared functions, missing members, and
the rest by message shape -- with how many C files each one breaks. The
bundled headers (include/wdk) grow by this measure: the causes that break
the most files first.

    bench/header_gaps.py [-j N] [--binary PATH] [--root DIR] [--prefix P ...]
                         [--top N] [--files] [--json OUT] PROJECTS...

PROJECTS are .vcxproj/.sln files, or a program list in the format of
bench/wds_projects.txt (program, files, lines, "project (type)"; paths
relative to --root, default the list's corpus is the current directory).
--prefix keeps only the list's programs whose name starts with one of the
prefixes. --files lists every C file with errors and its first error.
"First" is in irqlint's order of the errors (by file, then line), not the
order clang met them in: a header's error can come after the C file's own.

A C file "breaks" on an error when the error is in it or in a header it
includes. irqlint's JSON version 2 names the translation units each error
came through (compileErrors[].units); with version 1 an error in a header
is charged to every C file of the program (an upper bound, said in the
output). Needs only python3 (standard library).
"""

import argparse
import collections
import concurrent.futures
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_BINARY = os.path.join(HERE, "..", "build", "bin", "irqlint")

# Message shapes whose quoted name is the cause.
NAMED_CAUSES = [
    ("missing header", re.compile(r"^'([^']+)' file not found")),
    ("undeclared identifier", re.compile(r"^use of undeclared identifier '([^']+)'")),
    ("unknown type name", re.compile(r"^unknown type name '([^']+)'")),
    ("undeclared function", re.compile(r"^call to undeclared (?:library )?function '([^']+)'")),
    ("missing member", re.compile(r"^no member named '([^']+)' in '([^']+)'")),
    ("incomplete type", re.compile(r"incomplete (?:definition of )?type '([^']+)'")),
]


def read_program_list(path, root, prefixes):
    """(program name, project path) of each line of a program list."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 4:
                continue
            name = cols[0]
            if prefixes and not any(name.startswith(p) for p in prefixes):
                continue
            project = cols[3].split(" (")[0]
            out.append((name, os.path.join(root, project)))
    return out


def on_disk(path):
    """path as the file system spells it (projects name files without
    regard to case, as Windows does)."""
    if os.path.exists(path) or path == os.path.dirname(path):
        return path
    parent = on_disk(os.path.dirname(path))
    base = os.path.basename(path)
    try:
        for entry in os.listdir(parent):
            if entry.lower() == base.lower():
                return os.path.join(parent, entry)
    except OSError:
        pass
    return os.path.join(parent, base)


def translation_units(binary, project, timeout=None):
    """The source files irqlint compiles for a project, as the file system
    spells them, from --dump-config's document of the projects (the next
    one, WPP's, names files too)."""
    proc = subprocess.run([binary, "--no-cache", "--dump-config", project],
                          capture_output=True, text=True, timeout=timeout)
    units = []
    current_dir = os.path.dirname(os.path.abspath(project))
    in_projects = False
    for line in proc.stdout.splitlines():
        if line.startswith("projects:"):
            in_projects = True
        elif line.startswith("---"):
            in_projects = False
        if not in_projects:
            continue
        m = re.match(r'\s*- project: "(.*)"', line)
        if m:
            current_dir = os.path.dirname(m.group(1))
        m = re.match(r'\s*- file: "(.*)"', line)
        if m:
            path = on_disk(os.path.normpath(os.path.join(current_dir,
                                                         m.group(1))))
            if path not in units:
                units.append(path)
    return units


def run_project(binary, name, project):
    units = translation_units(binary, project)
    proc = subprocess.run([binary, "--no-cache", "--format=json", project],
                          capture_output=True, text=True)
    result = {"name": name, "project": project, "units": units,
              "errors": [], "status": proc.returncode, "stderr": ""}
    try:
        data = json.loads(proc.stdout)
    except ValueError:
        result["stderr"] = (proc.stderr.strip().splitlines() or ["no output"])[0]
        return result
    version = data.get("version", 1)
    if "compileErrors" in data:
        for e in data["compileErrors"]:
            result["errors"].append({
                "file": os.path.normpath(e["file"]), "line": e.get("line"),
                "message": e["message"],
                "units": [os.path.normpath(u) for u in e.get("units", [])]})
    else:
        for f in data.get("findings", []):
            if f.get("rule") != "clang-diagnostic-error":
                continue
            path = os.path.normpath(f["file"])
            result["errors"].append({
                "file": path, "line": f.get("line"), "message": f["message"],
                # version 1: a C file's own error is its own; a header's is
                # charged to every C file of the program
                "units": [path] if path in units else list(units)})
    result["version"] = version
    return result


def cause_of(message):
    for kind, rx in NAMED_CAUSES:
        m = rx.search(message)
        if m:
            return kind, m.group(1)
    shape = re.sub(r"'[^']*'", "'X'", message)
    return "other", shape[:90]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("projects", nargs="+")
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--binary", default=DEFAULT_BINARY)
    ap.add_argument("--root", default=".")
    ap.add_argument("--prefix", action="append", default=[])
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--files", action="store_true")
    ap.add_argument("--json")
    args = ap.parse_args()

    jobs = []
    for p in args.projects:
        if p.endswith((".vcxproj", ".sln")):
            jobs.append((os.path.relpath(p, args.root), p))
        else:
            jobs.extend(read_program_list(p, args.root, args.prefix))
    if not jobs:
        sys.exit("header_gaps: no projects")

    with concurrent.futures.ThreadPoolExecutor(max_workers=args.j) as pool:
        results = list(pool.map(lambda j: run_project(args.binary, *j), jobs))

    all_units = set()
    broken = {}  # unit -> first error message
    cause_files = collections.defaultdict(set)
    cause_errors = collections.Counter()
    first_cause_files = collections.defaultdict(set)
    upper_bound = False
    for r in results:
        all_units.update(r["units"])
        if r.get("version", 2) == 1:
            upper_bound = True
        firsts = {}
        for e in r["errors"]:
            cause = cause_of(e["message"])
            cause_errors[cause] += 1
            for u in e["units"]:
                all_units.add(u)
                cause_files[cause].add(u)
                if u not in firsts:
                    firsts[u] = cause
                    broken.setdefault(u, "%s:%s: %s" % (
                        os.path.relpath(e["file"], args.root), e["line"],
                        e["message"]))
        for u, c in firsts.items():
            first_cause_files[c].add(u)

    total = len(all_units)
    clean = total - len(broken)
    print("# header gaps: %d programs, %d C files, %d compile with no clang "
          "error (%.1f%%), %d with errors"
          % (len(results), total, clean, 100.0 * clean / max(total, 1),
             len(broken)))
    if upper_bound:
        print("# (irqlint JSON version 1: a header's error is charged to every "
              "C file of its program -- an upper bound)")
    failed = [r for r in results if r["stderr"]]
    for r in failed:
        print("# not run: %s (exit %d): %s" % (r["name"], r["status"], r["stderr"]))

    print("\n## programs (C files with errors / C files)")
    for r in sorted(results, key=lambda r: r["name"]):
        n = len(set(r["units"]))
        b = len([u for u in set(r["units"]) if u in broken])
        print("%4d / %-4d %s" % (b, n, r["name"]))

    def table(title, causes):
        print("\n## %s" % title)
        print("files  first  errors  cause")
        rows = sorted(causes, key=lambda c: (-len(cause_files[c]),
                                             -cause_errors[c], c))
        for c in rows[:args.top]:
            print("%5d  %5d  %6d  %s: %s" % (len(cause_files[c]),
                                             len(first_cause_files[c]),
                                             cause_errors[c], c[0], c[1]))

    kinds = collections.defaultdict(list)
    for c in cause_errors:
        kinds[c[0] if c[0] in ("missing header", "other") else "name"].append(c)
    table("missing headers (files: C files it breaks; first: C files whose "
          "first error it is, errors ordered by file and line)",
          kinds["missing header"])
    table("undeclared names, unknown types, missing members", kinds["name"])
    table("other errors, by message shape", kinds["other"])

    if args.files:
        print("\n## C files with errors (first error)")
        for u in sorted(broken):
            print("%s\n    %s" % (os.path.relpath(u, args.root), broken[u]))

    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"files": total, "clean": clean,
                       "broken": {os.path.relpath(u, args.root): m
                                  for u, m in sorted(broken.items())},
                       "programs": [{"name": r["name"], "units": len(set(r["units"])),
                                     "broken": len([u for u in set(r["units"])
                                                    if u in broken])}
                                    for r in results]},
                      f, indent=1)


if __name__ == "__main__":
    main()
