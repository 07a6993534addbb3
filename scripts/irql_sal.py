#!/usr/bin/env python3
"""Keeps the bundled headers' IRQL annotations in step with the documented
IRQL table (rules/irql_facts.def).

    scripts/irql_sal.py --check [--table FILE] [--headers DIR]
    scripts/irql_sal.py --apply [--table FILE] [--headers DIR]

Every declaration in DIR/**.h (default include/wdk) of a routine the table
has is compared with its row: the _IRQL_requires_max_ it carries (or
_IRQL_requires_(X)), and the _IRQL_requires_min_ (missing: PASSIVE_LEVEL).
An annotation inside a _When_(...) is a condition, not the routine's
range, and does not count. --check lists each declaration whose range
lacks or disagrees with the row and exits 1 if there is one; --apply
writes the row's range in front of those declarations, in the headers'
style (`_IRQL_requires_max_(DISPATCH_LEVEL) VOID` on the line before the
name, a minimum only above PASSIVE_LEVEL, `_IRQL_requires_(X)` when the
range is one level; then clang-format-19 on the changed headers) and
replaces the annotations that disagree. A routine
the headers define as a macro has no declaration to annotate: both modes
list it and leave it alone. Needs only python3 (standard library).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

LEVELS = ["PASSIVE", "APC", "DISPATCH", "DIRQL", "HIGH"]
# How a level is spelled in an annotation, and the spellings read back
# (irql_contract.c knows more; these are the ones headers use).
SPELLING = {"PASSIVE": "PASSIVE_LEVEL", "APC": "APC_LEVEL",
            "DISPATCH": "DISPATCH_LEVEL", "DIRQL": "DIRQL",
            "HIGH": "HIGH_LEVEL"}
READ = {"PASSIVE_LEVEL": "PASSIVE", "APC_LEVEL": "APC",
        "DISPATCH_LEVEL": "DISPATCH", "DPC_LEVEL": "DISPATCH",
        "DIRQL": "DIRQL", "HIGH_LEVEL": "HIGH", "0": "PASSIVE",
        "1": "APC", "2": "DISPATCH"}

ROW = re.compile(r'^IRQL_FACT\((\w+),\s*(\w+),\s*(\w+),\s*"([^"]+)"\)',
                 re.M)
IRQL_ANNOTATION = re.compile(
    r"\b(_IRQL_requires_max_|_IRQL_requires_min_|_IRQL_requires_|"
    r"__drv_maxIRQL|__drv_minIRQL|__drv_requiresIRQL)\s*\(\s*(\w+)\s*\)")


def read_table(path):
    with open(path, encoding="utf-8") as f:
        return {m.group(1): (m.group(2), m.group(3))
                for m in ROW.finditer(f.read())}


def blank_comments_and_strings(text):
    """The text with comments and literals blanked (same length, newlines
    kept), so that scanning for braces and names sees code only."""
    out = list(text)
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
        elif text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
        else:
            i += 1
            continue
        for k in range(i, j):
            if out[k] != "\n":
                out[k] = " "
        i = j
    return "".join(out)


def statements(code):
    """(start, end) of each top-level statement: preprocessor lines are
    their own, a declaration ends at `;` outside braces and parentheses, a
    function definition at the `}` closing its body. `extern "C" {` (blanked
    to `extern     {`) does not open a level."""
    out = []
    i, n = 0, len(code)
    start = None
    depth = 0
    at_line_start = True
    while i < n:
        c = code[i]
        if at_line_start and depth == 0 and code[i:].lstrip(" \t").startswith("#"):
            # a preprocessor line, with its continuations
            j = i
            while True:
                e = code.find("\n", j)
                if e < 0:
                    e = n
                    break
                if code[e - 1] != "\\":
                    break
                j = e + 1
            if start is None:
                out.append((i, e, True))
            i = e + 1
            at_line_start = True
            continue
        at_line_start = c == "\n"
        if c.isspace():
            i += 1
            continue
        if start is None:
            start = i
        if c in "({[":
            if c == "{" and depth == 0 and re.search(r"\bextern\s*$",
                                                     code[start:i]):
                start = None  # extern "C" {: not a level
                i += 1
                continue
            depth += 1
        elif c in ")}]":
            if depth == 0:  # the } closing extern "C"
                start = None
                i += 1
                continue
            depth -= 1
            if c == "}" and depth == 0:
                # a function body ends the statement; a struct's does not
                head = code[start:i]
                body_open = head.find("{")
                before = head[:body_open] if body_open >= 0 else head
                if before.rstrip().endswith(")") and not re.search(
                        r"\b(struct|union|enum|typedef)\b", before):
                    out.append((start, i + 1, False))
                    start = None
        elif c == ";" and depth == 0:
            out.append((start, i + 1, False))
            start = None
        i += 1
    return out


def outside_parentheses(text):
    """The text without its parenthesized groups."""
    out, depth = [], 0
    for c in text:
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(depth - 1, 0)
        elif depth == 0:
            out.append(c)
    return "".join(out)


def declared_name(code, start, end):
    """The function a statement declares or defines, with the offset of
    its name, or None: the identifier before the parameter list, the last
    top-level parenthesized group before `;` or the body."""
    text = code[start:end]
    if re.match(r"\s*typedef\b", text):
        return None
    body = text.find("{")
    decl = text[:body] if body >= 0 else text.rstrip().rstrip(";")
    decl = decl.rstrip()
    # trailing attributes after the parameter list are rare in our headers
    if not decl.endswith(")"):
        return None
    depth = 0
    for k in range(len(decl) - 1, -1, -1):
        if decl[k] == ")":
            depth += 1
        elif decl[k] == "(":
            depth -= 1
            if depth == 0:
                m = re.search(r"(\w+)\s*$", decl[:k])
                if not m or "=" in outside_parentheses(decl[:k]):
                    return None  # a variable's initializer
                return m.group(1), start + m.start(1)
    return None


def range_of(code_prefix):
    """The [min, max] the annotations in front of a declaration state,
    outside _When_(...); None for a side they leave open."""
    # blank the _When_ groups
    text = code_prefix
    for m in list(re.finditer(r"\b_When_\s*\(", text)):
        depth, k = 0, m.end() - 1
        while k < len(text):
            if text[k] == "(":
                depth += 1
            elif text[k] == ")":
                depth -= 1
                if depth == 0:
                    break
            k += 1
        text = text[:m.start()] + " " * (k + 1 - m.start()) + text[k + 1:]
    lo = hi = None
    found = []
    for m in IRQL_ANNOTATION.finditer(text):
        level = READ.get(m.group(2))
        found.append(m)
        if level is None:
            continue
        kind = m.group(1)
        if kind in ("_IRQL_requires_max_", "__drv_maxIRQL"):
            hi = level
        elif kind in ("_IRQL_requires_min_", "__drv_minIRQL"):
            lo = level
        else:
            lo = hi = level
    return lo, hi, found


def wanted_annotation(lo, hi):
    if lo == hi and lo != "PASSIVE":
        return "_IRQL_requires_(%s)" % SPELLING[lo]
    text = "_IRQL_requires_max_(%s)" % SPELLING[hi]
    if lo != "PASSIVE":
        text = "_IRQL_requires_min_(%s) %s" % (SPELLING[lo], text)
    return text


def scan_header(path, table):
    """(mismatches, macros) of one header: mismatches are (line, name,
    stated, wanted, statement start, annotations found)."""
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        text = f.read()
    code = blank_comments_and_strings(text)
    mismatches, macros = [], []
    for start, end, is_pp in statements(code):
        if is_pp:
            m = re.match(r"\s*#\s*define\s+(\w+)", code[start:end])
            if m and m.group(1) in table:
                macros.append((text.count("\n", 0, start) + 1, m.group(1)))
            continue
        named = declared_name(code, start, end)
        if not named or named[0] not in table:
            continue
        name, at = named
        lo, hi, found = range_of(code[start:at])
        want_lo, want_hi = table[name]
        if (lo or "PASSIVE") == want_lo and hi == want_hi:
            continue
        mismatches.append((text.count("\n", 0, at) + 1, name,
                           (lo, hi), (want_lo, want_hi), start,
                           [(start + m.start(), start + m.end())
                            for m in found]))
    return text, mismatches, macros


def describe(lo, hi):
    if lo is None and hi is None:
        return "no IRQL annotation"
    return "[%s, %s]" % (lo or "PASSIVE", hi or "unstated")


def apply(text, mismatches):
    """The header with each mismatch's annotations replaced by the row's,
    written in front of the declaration (edits from the end backwards)."""
    for line, name, _stated, (lo, hi), start, found in sorted(
            mismatches, key=lambda m: -m[4]):
        # drop the disagreeing annotations (and the space after each)
        for a, b in sorted(found, reverse=True):
            while b < len(text) and text[b] in " \t\n":
                b += 1
            text = text[:a] + text[b:]
        # clang-format then lays it out as the headers do:
        # `_IRQL_requires_max_(DISPATCH_LEVEL) LONG` and the name after
        text = text[:start] + wanted_annotation(lo, hi) + " " + text[start:]
    return text


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    mode = p.add_mutually_exclusive_group(required=True)
    mode.add_argument("--check", action="store_true")
    mode.add_argument("--apply", action="store_true")
    p.add_argument("--table", default=os.path.join(ROOT, "rules",
                                                   "irql_facts.def"))
    p.add_argument("--headers", default=os.path.join(ROOT, "include", "wdk"))
    p.add_argument("--clang-format", default="clang-format-19",
                   help="run on the headers --apply changes (default: "
                   "%(default)s)")
    args = p.parse_args()
    table = read_table(args.table)
    total, changed, macro_count = 0, 0, 0
    reformat = []
    for dirpath, dirnames, filenames in os.walk(args.headers):
        dirnames.sort()
        for fn in sorted(filenames):
            if not fn.endswith(".h"):
                continue
            path = os.path.join(dirpath, fn)
            rel = os.path.relpath(path, args.headers)
            text, mismatches, macros = scan_header(path, table)
            lines = [(line, "%s: a macro, left alone" % name)
                     for line, name in macros]
            for line, name, (lo, hi), (want_lo, want_hi), _s, _f in mismatches:
                lines.append((line, "%s: %s, the table says [%s, %s]" % (
                    name, describe(lo, hi), want_lo, want_hi)))
            for line, what in sorted(lines):
                print("%s:%d: %s" % (rel, line, what))
            macro_count += len(macros)
            total += len(mismatches)
            if args.apply and mismatches:
                with open(path, "w", encoding="utf-8",
                          errors="surrogateescape") as f:
                    f.write(apply(text, mismatches))
                changed += len(mismatches)
                reformat.append(path)
    # the headers are kept clang-formatted (the CI checks them)
    if reformat and shutil.which(args.clang_format):
        subprocess.run([args.clang_format, "-i"] + reformat, check=True)
    elif reformat:
        print("%s not found: the changed headers are not reformatted" %
              args.clang_format, file=sys.stderr)
    if args.apply:
        print("%d declarations annotated, %d macros left alone" % (
            changed, macro_count))
        return 0
    print("%d declarations disagree with the table, %d macros left alone" % (
        total, macro_count))
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
