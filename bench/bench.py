#!/usr/bin/env python3
"""irqlint's speed and memory benchmark (docs/performance.md).

Usage:
  bench.py [--irqlint BIN] [--jobs N] [--runs R] BUILD_DIR
  bench.py --generate OUT_DIR [--files N] [--functions M] [...]
  bench.py --pathological [--runs R]

BUILD_DIR holds a compile_commands.json (any real one, or one from
--generate, which first writes a synthetic driver-shaped corpus with
bench/gen_corpus.py). For that database it measures wall time, CPU time
(user + system, children included) and peak RSS of:

  floor       clang-19 -fsyntax-only over the same commands, one after the
              other, with the flags irqlint adds (target, bundled headers):
              the cost of parsing, below which a libclang tool cannot go
  irqlint-j1  irqlint -p BUILD_DIR -j 1
  irqlint-jN  irqlint -p BUILD_DIR -j N        (when irqlint has -j)
  cold, warm  irqlint with an empty, then a filled cache (when it has one)
  analyze     clang-19 --analyze over the same commands (the Clang Static
              Analyzer, the path-sensitive peer), one after the other

and prints the ratios the targets are stated in. --pathological instead
times irqlint on one generated pathological function of each kind
(test/bounded/Inputs/gen_pathological.py), whole run and analysis alone
(the run minus a --dump-cfg run, which stops after the IR). Each measurement is the
best (lowest wall time) of --runs runs. It is a script, not a test: the
figures depend on the machine (docs/performance.md records ours)."""
import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def measure(argv_list, env=None, cwds=None):
    """Runs the commands one after the other in a fresh child Python, so
    RUSAGE_CHILDREN covers exactly them; returns (wall, cpu, peak_kib,
    last_status)."""
    code = r"""
import json, os, resource, subprocess, sys, time
cmds = json.loads(sys.stdin.read())
t0 = time.monotonic()
status = 0
for c in cmds:
    status = subprocess.run(c["argv"], cwd=c.get("cwd"), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL).returncode
wall = time.monotonic() - t0
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps([wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss, status]))
"""
    cwds = cwds or [None] * len(argv_list)
    payload = json.dumps([{"argv": a, "cwd": c} for a, c in zip(argv_list, cwds)])
    out = subprocess.run([sys.executable, "-c", code], input=payload, text=True,
                         stdout=subprocess.PIPE, env=env, check=True).stdout
    return json.loads(out)


def best_of(runs, fn):
    results = [fn() for _ in range(runs)]
    return min(results, key=lambda r: r[0])


def clang_commands(db, clang, mode):
    """The database as clang commands with irqlint's added flags. Entries
    that differ only in their file share one clang process (as irqlint's
    run is one process), so process start-up does not inflate the floor."""
    extra = ["--target=x86_64-pc-windows-msvc", "-fms-extensions",
             "-fms-compatibility", "-D_AMD64_", "-D_WIN64",
             "-ferror-limit=0",
             "-idirafter", os.path.join(REPO, "include", "wdk"),
             "-idirafter", os.path.join(REPO, "include")]
    groups = {}
    order = []
    for e in db:
        args = e.get("arguments")
        if args is None:
            args = e["command"].split()
        args = list(args[1:])
        # drop the output and compile-only flags: -fsyntax-only/--analyze
        # take their place; the file goes last
        cleaned, skip = [], False
        for a in args:
            if skip:
                skip = False
                continue
            if a == "-o":
                skip = True
                continue
            if a == "-c" or a.startswith("-o"):
                continue
            if a == e["file"] or os.path.abspath(os.path.join(e.get("directory", ""), a)) == \
                    os.path.abspath(os.path.join(e.get("directory", ""), e["file"])):
                continue
            cleaned.append(a)
        key = (e.get("directory"), tuple(cleaned))
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(e["file"])
    cmds = []
    for key in order:
        directory, cleaned = key
        if mode == "syntax":
            argv = [clang, "-fsyntax-only"] + extra + list(cleaned) + groups[key]
        else:
            argv = [clang, "--analyze", "-Xclang", "-analyzer-output=text"] + \
                extra + list(cleaned) + groups[key]
        cmds.append({"argv": argv, "cwd": directory})
    return cmds


def run_group(cmds):
    """The commands, one after the other, each in its own directory."""
    return measure([c["argv"] for c in cmds], cwds=[c["cwd"] for c in cmds])


def irqlint_supports(irqlint, option):
    text = subprocess.run([irqlint, "--help"], stdout=subprocess.PIPE,
                          text=True).stdout
    return option in text


PATHOLOGICAL = [("branches", 3000), ("branches", 10000), ("correlated", 24),
                ("correlated", 60), ("locks", 40), ("loops", 60),
                ("switch", 2000), ("switch", 10000), ("chain", 400)]


def pathological(irqlint, runs):
    gen = os.path.join(REPO, "test", "bounded", "Inputs", "gen_pathological.py")
    work = tempfile.mkdtemp(prefix="irqlint-patho-")
    print("%-16s %10s %10s %12s" % ("function", "run (s)", "IR (s)", "analysis (s)"))
    worst = 0.0
    for kind, n in PATHOLOGICAL:
        path = os.path.join(work, "%s%d.c" % (kind, n))
        with open(path, "w") as f:
            subprocess.run([sys.executable, gen, kind, str(n)], stdout=f, check=True)
        run = best_of(runs, lambda: measure([[irqlint, "--quiet", path]]))[0]
        ir = best_of(runs, lambda: measure([[irqlint, "--quiet", "--dump-cfg", path]]))[0]
        worst = max(worst, run - ir)
        print("%-16s %10.2f %10.2f %12.2f" % ("%s %d" % (kind, n), run, ir, run - ir))
    shutil.rmtree(work, ignore_errors=True)
    print("slowest analysis: %.2f s (target: well under a second)" % worst)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("build_dir", nargs="?")
    ap.add_argument("--generate", metavar="OUT_DIR")
    ap.add_argument("--files", type=int, default=200)
    ap.add_argument("--functions", type=int, default=40)
    ap.add_argument("--irqlint", default=os.path.join(REPO, "build", "bin", "irqlint"))
    ap.add_argument("--clang", default=shutil.which("clang-19") or "clang-19")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--skip-analyze", action="store_true",
                    help="leave out clang --analyze (slow on big corpora)")
    ap.add_argument("--pathological", action="store_true",
                    help="time the generated pathological functions")
    args = ap.parse_args()
    if args.pathological:
        pathological(args.irqlint, args.runs)
        return

    build_dir = args.build_dir
    if args.generate:
        subprocess.run([sys.executable, os.path.join(REPO, "bench", "gen_corpus.py"),
                        args.generate, "--files", str(args.files),
                        "--functions", str(args.functions)], check=True)
        build_dir = args.generate
    if not build_dir:
        ap.error("give BUILD_DIR or --generate OUT_DIR")
    with open(os.path.join(build_dir, "compile_commands.json")) as f:
        db = json.load(f)
    lines = 0
    for e in db:
        path = e["file"] if os.path.isabs(e["file"]) else os.path.join(e.get("directory", ""), e["file"])
        with open(path, "rb") as f:
            lines += f.read().count(b"\n")

    rows = []

    def add(name, result):
        wall, cpu, rss, status = result
        rows.append((name, wall, cpu, rss, status))
        print("%-12s wall %8.2f s  cpu %8.2f s  peak RSS %7.1f MiB  (exit %d)"
              % (name, wall, cpu, rss / 1024.0, status), flush=True)

    print("corpus: %s: %d files, %d lines; machine: %d cores" %
          (build_dir, len(db), lines, os.cpu_count() or 1), flush=True)
    add("floor", best_of(args.runs, lambda: run_group(clang_commands(db, args.clang, "syntax"))))
    base = [args.irqlint, "--quiet", "-p", build_dir]
    has_jobs = irqlint_supports(args.irqlint, "-j <n>")
    has_cache = irqlint_supports(args.irqlint, "--cache-dir")
    no_cache = ["--no-cache"] if has_cache else []
    add("parse+IR-j1", best_of(args.runs, lambda: measure([base + (["-j", "1"] if has_jobs else []) + no_cache + ["--dump-cfg"]])))
    add("irqlint-j1", best_of(args.runs, lambda: measure([base + (["-j", "1"] if has_jobs else []) + no_cache])))
    if has_jobs:
        add("irqlint-j%d" % args.jobs,
            best_of(args.runs, lambda: measure([base + ["-j", str(args.jobs)] + no_cache])))
    if has_cache:
        cache = tempfile.mkdtemp(prefix="irqlint-bench-cache-")

        def cold():
            shutil.rmtree(cache, ignore_errors=True)
            return measure([base + ["-j", "1", "--cache-dir", cache]])
        add("cold-j1", best_of(args.runs, cold))
        add("warm-j1", best_of(args.runs, lambda: measure([base + ["-j", "1", "--cache-dir", cache]])))
        shutil.rmtree(cache, ignore_errors=True)
    if not args.skip_analyze:
        add("analyze", best_of(1, lambda: run_group(clang_commands(db, args.clang, "analyze"))))

    r = {name: (wall, cpu, rss) for name, wall, cpu, rss, _ in rows}
    print("\nratios (targets in docs/performance.md):")
    floor = r["floor"][0]
    j1 = r["irqlint-j1"][0]
    print("  irqlint -j1 / clang -fsyntax-only wall: %.2f  (target <= 1.10)" % (j1 / floor))
    jn = "irqlint-j%d" % args.jobs
    if jn in r:
        print("  irqlint -j1 / -j%d wall: %.2f  (speed-up; target >= 1.8 on 2 cores)" % (args.jobs, j1 / r[jn][0]))
    if "warm-j1" in r:
        print("  warm / cold cache wall: %.3f  (target <= 0.05)" % (r["warm-j1"][0] / r["cold-j1"][0]))
    if "analyze" in r:
        print("  clang --analyze / irqlint -j1 wall: %.2f  (irqlint well ahead when > 1)" % (r["analyze"][0] / j1))


if __name__ == "__main__":
    main()
