#!/usr/bin/env python3
"""Which routines the evaluation corpora call that irqlint knows no IRQL
for: runs `irqlint --dump-calls` on each program, as bench/evaluate.py runs
it, and counts the calls of routines the program does not define whose
IRQL bound comes from nowhere -- no API model row (rules/api_model.def),
no _IRQL_ annotation on the declaration the unit sees, no row in the
documented IRQL table (rules/irql_facts.def) -- with how many call sites
and programs each has. The table grows by this measure: the routines
called most first.

    bench/irql_gaps.py [--binary PATH] [--wds DIR] [--ros DIR]
                       [--prefix P ...] [--top N] [--all] [--json OUT]

--wds runs the Windows-driver-samples programs of bench/wds_projects.txt
(each `irqlint <project>.vcxproj`), --ros the ReactOS modules of
bench/ros_modules.txt (with the compile commands bench/evaluate.py builds
for them; the generated headers go to a temporary directory). --prefix
keeps only the programs whose name starts with one of the prefixes.
--all also lists, for each source, how many calls it gave a bound
(api-model, annotation, documentation), and how many were of inline
functions the headers define (their body, not a fact, is what the
analysis could use; they are not counted as gaps). Calls of irqlint's own
stand-ins
(the irqlint_* functions it declares for WPP tracing) are not counted.
Needs only python3 (standard library).
"""

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
DEFAULT_BINARY = os.path.join(HERE, "..", "build", "bin", "irqlint")
SOURCES = ("api-model", "annotation", "documentation", "inline", "none")


def read_dump(text):
    """(routine, source) of each line of --dump-calls."""
    out = []
    for line in text.splitlines():
        # <file>:<line>:<col>: <routine> <source>
        head, sep, tail = line.rpartition(": ")
        parts = tail.split()
        if not sep or len(parts) != 2 or parts[1] not in SOURCES:
            continue
        out.append((parts[0], parts[1]))
    return out


def run_wds(binary, root, prefixes, timeout):
    """(program, calls) of each listed Windows-driver-samples program."""
    import header_gaps  # the program list reader, shared
    for name, project in header_gaps.read_program_list(
            os.path.join(HERE, "wds_projects.txt"), root, prefixes):
        r = subprocess.run([binary, "--no-cache", "--quiet", "--dump-calls",
                            project], cwd=root, capture_output=True,
                           text=True, timeout=timeout)
        yield name, read_dump(r.stdout)


def run_ros(binary, root, prefixes, timeout):
    """(program, calls) of each listed ReactOS module, with the commands
    bench/evaluate.py builds."""
    import evaluate
    listed = evaluate.listed_names(os.path.join(HERE, "ros_modules.txt"))
    with tempfile.TemporaryDirectory(prefix="irql_gaps.") as tmp:
        gen_dir = os.path.join(tmp, "ros-include")
        for w in evaluate.ros_generate_headers(root, gen_dir):
            print("ros_xdk: warning: " + w, file=sys.stderr)
        for p in evaluate.ros_programs(root, gen_dir, tmp, []):
            if listed is not None and p.name not in listed:
                continue
            if prefixes and not any(p.name.startswith(x) for x in prefixes):
                continue
            base = os.path.join(tmp, p.slug)
            out = base + ".calls"
            cmd = evaluate._command(p, binary, root, base, "text", out)
            subprocess.run(cmd + ["--dump-calls", "--quiet"], cwd=root,
                           capture_output=True, timeout=timeout)
            try:
                with open(out, encoding="utf-8", errors="replace") as f:
                    yield p.name, read_dump(f.read())
            except OSError:
                yield p.name, []


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", default=DEFAULT_BINARY)
    ap.add_argument("--wds", help="Windows-driver-samples checkout")
    ap.add_argument("--ros", help="ReactOS checkout")
    ap.add_argument("--prefix", action="append", default=[],
                    help="only the programs whose name starts with this")
    ap.add_argument("--top", type=int, default=0,
                    help="list only the N routines called most (0: all)")
    ap.add_argument("--all", action="store_true",
                    help="also count the calls each source gave a bound")
    ap.add_argument("--json", help="also write the counts to this file")
    ap.add_argument("--timeout", type=float, default=3600,
                    help="seconds one program may take (default 3600)")
    a = ap.parse_args()
    if not a.wds and not a.ros:
        ap.error("name a corpus: --wds DIR and/or --ros DIR")
    binary = os.path.abspath(a.binary)
    sites = collections.Counter()          # routine -> calls with no bound
    programs = collections.defaultdict(set)
    by_source = collections.Counter()
    runs = []
    if a.wds:
        runs.append(run_wds(binary, os.path.abspath(a.wds), a.prefix,
                            a.timeout))
    if a.ros:
        runs.append(run_ros(binary, os.path.abspath(a.ros), a.prefix,
                            a.timeout))
    count = 0
    for run in runs:
        for name, calls in run:
            count += 1
            print("irql_gaps: %s: %d calls" % (name, len(calls)),
                  file=sys.stderr)
            for routine, source in calls:
                if routine.startswith("irqlint_"):
                    continue
                by_source[source] += 1
                if source == "none":
                    sites[routine] += 1
                    programs[routine].add(name)
    ranked = sorted(sites.items(), key=lambda kv: (-kv[1], kv[0]))
    if a.top:
        ranked = ranked[:a.top]
    print("# %d programs; %d calls of routines they do not define; %d with "
          "no IRQL fact, of %d routines" % (count, sum(by_source.values()),
                                            by_source["none"], len(sites)))
    if a.all:
        for s in SOURCES:
            print("# %s: %d calls" % (s, by_source[s]))
    print("# routine\tcall sites\tprograms")
    for routine, n in ranked:
        print("%s\t%d\t%d" % (routine, n, len(programs[routine])))
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"programs": count, "by_source": by_source,
                       "routines": [{"routine": r, "sites": n,
                                     "programs": sorted(programs[r])}
                                    for r, n in ranked]}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
