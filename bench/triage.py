"""The triage of the evaluation's findings (bench/triage.tsv) and how a run
compares with it.

triage.tsv is tab-separated, one finding a line, with a header line:

  corpus   wds or ros
  program  the program (driver, module) that reported it
  file     the file, relative to the corpus root ("@out/..." for a header
           the evaluation generated, "@irqlint/..." for irqlint's bundled
           headers)
  function the function the finding names, else '-'
  rule     the rule id
  message  the message with the line numbers in it replaced by 'N'
  verdict  true | false | untriaged
  reason   one line: why

A finding's identity is (corpus, file, rule, message): not its line, so
edits elsewhere in the file do not lose its verdict.  Several findings with
one identity (the same file in two programs, or two findings in one file
whose messages differ only in line numbers) are matched by count: first
those whose program and function agree, then those whose program agrees,
then the rest.

clang-diagnostic-error findings (code that does not compile) are not
triaged; the evaluation counts them per program.
"""

import collections
import os
import re

COLUMNS = ("corpus", "program", "file", "function", "rule", "message",
           "verdict", "reason")
VERDICTS = ("true", "false", "untriaged")
NOT_TRIAGED_RULES = ("clang-diagnostic-error", "clang-diagnostic-fatal")


class TriageError(Exception):
    pass


# "line 243", "lines 12 and 40", "file.c:243:7", "@243"
_LINES = re.compile(r"\blines? \d+((\s*(,|and|-|–|to)\s*)\d+)*", re.I)
_FILE_LINE = re.compile(r"(\.(?:c|h|cpp|hpp|inl|cxx|hxx|tmh)):\d+(?::\d+)?\b", re.I)
_AT_LINE = re.compile(r"@\d+\b")


def normalize_message(msg, roots=()):
    """The message without line numbers (and without the absolute
    directories in roots: (prefix, replacement) pairs)."""
    for prefix, repl in roots:
        if prefix:
            msg = msg.replace(prefix.rstrip("/") + "/", repl)
    msg = _LINES.sub(lambda m: re.sub(r"\d+", "N", m.group(0)), msg)
    msg = _FILE_LINE.sub(lambda m: m.group(1) + ":N", msg)
    msg = _AT_LINE.sub("@N", msg)
    return " ".join(msg.replace("\t", " ").split())


class Finding:
    """One finding of a run, as the triage sees it."""

    def __init__(self, corpus, program, file, function, rule, message,
                 line=0, raw_message=""):
        self.corpus = corpus
        self.program = program
        self.file = file
        self.function = function or "-"
        self.rule = rule
        self.message = message
        self.line = line
        self.raw_message = raw_message or message
        self.row = None          # the triage row it matched

    @property
    def identity(self):
        return (self.corpus, self.file, self.rule, self.message)

    @property
    def verdict(self):
        return self.row["verdict"] if self.row else "untriaged"


def read(path):
    """The rows of a triage file ([] if it does not exist)."""
    if not os.path.exists(path):
        return []
    rows = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if number == 1 and cells[0] == COLUMNS[0]:
                continue  # the header
            if len(cells) != len(COLUMNS):
                raise TriageError("%s:%d: %d columns, expected %d"
                                  % (path, number, len(cells), len(COLUMNS)))
            row = dict(zip(COLUMNS, cells))
            if row["verdict"] not in VERDICTS:
                raise TriageError("%s:%d: verdict %r is not one of %s"
                                  % (path, number, row["verdict"],
                                     ", ".join(VERDICTS)))
            row["line_no"] = number
            rows.append(row)
    return rows


def identity(row):
    return (row["corpus"], row["file"], row["rule"], row["message"])


def match(rows, findings):
    """Pairs each finding with a row of the same identity (Finding.row);
    returns the rows nothing matched (gone)."""
    by_id = collections.defaultdict(list)
    for r in rows:
        by_id[identity(r)].append(r)
    pending = collections.defaultdict(list)
    for f in findings:
        f.row = None
        pending[f.identity].append(f)
    gone = []
    for ident, group in by_id.items():
        fs = pending.get(ident, [])
        free = list(group)
        for keys in (("program", "function"), ("program",), ()):
            for f in fs:
                if f.row is not None:
                    continue
                for r in free:
                    if all(r[k] == getattr(f, k) for k in keys):
                        f.row = r
                        free.remove(r)
                        break
        gone.extend(free)
    return gone


def _row_of(f, verdict="untriaged", reason="-"):
    return {"corpus": f.corpus, "program": f.program, "file": f.file,
            "function": f.function, "rule": f.rule, "message": f.message,
            "verdict": verdict, "reason": reason}


def _sort_key(r):
    return (r["corpus"], r["file"], r["rule"], r["message"], r["program"],
            r["function"])


def merged(rows, findings, corpora, kept=()):
    """The triage after a run that evaluated the corpora listed: rows of
    other corpora unchanged, and the rows in kept (those of programs whose
    run did not complete); for these corpora, one row per finding, with
    the verdict and reason of the row it matched (program and function as
    now), new ones untriaged; gone ones dropped."""
    out = [dict(r) for r in rows if r["corpus"] not in corpora]
    out += [dict(r) for r in kept]
    for f in findings:
        if f.row:
            out.append(_row_of(f, f.row["verdict"], f.row["reason"]))
        else:
            out.append(_row_of(f))
    return sorted(out, key=_sort_key)


def _clean(cell):
    cell = (cell or "-").replace("\t", " ").replace("\n", " ").strip()
    return cell or "-"


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            f.write("\t".join(_clean(r[c]) for c in COLUMNS) + "\n")


def diff_report(findings, gone, corpora, triage_path, titles, unknown=()):
    """Markdown: per corpus and rule, true/false/untriaged counts; the
    findings new to the triage file; those in it not produced now; those
    of programs whose run did not complete (unknown: not compared)."""
    out = ["# Findings against the triage", "",
           "Triage file: `%s`. A finding matches a triaged one with the same "
           "corpus, file, rule and message (line numbers in the message "
           "ignored); several with one identity match by count." % triage_path,
           ""]
    for corpus in corpora:
        fs = [f for f in findings if f.corpus == corpus]
        gs = [g for g in gone if g["corpus"] == corpus]
        out += ["## %s" % titles.get(corpus, corpus), ""]
        counts = collections.OrderedDict()
        for f in sorted(fs, key=lambda f: f.rule):
            counts.setdefault(f.rule, collections.Counter())[f.verdict] += 1
        if counts:
            out += ["| rule | findings | true | false | untriaged |",
                    "|---|---:|---:|---:|---:|"]
            tot = collections.Counter()
            for rule, c in counts.items():
                tot.update(c)
                out.append("| %s | %d | %d | %d | %d |" % (
                    rule, sum(c.values()), c["true"], c["false"],
                    c["untriaged"]))
            out.append("| **total** | %d | %d | %d | %d |" % (
                sum(tot.values()), tot["true"], tot["false"], tot["untriaged"]))
            out.append("")
        else:
            out += ["No findings.", ""]
        new = [f for f in fs if f.row is None]
        out.append("New (not in the triage file): %d" % len(new))
        out.append("")
        for f in sorted(new, key=lambda f: (f.file, f.line, f.rule)):
            out.append("- %s:%s: %s [%s] (%s%s)" % (
                f.file, f.line, f.raw_message, f.rule, f.program,
                "" if f.function == "-" else ", in " + f.function))
        if new:
            out.append("")
        out.append("Gone (in the triage file, not produced now): %d" % len(gs))
        out.append("")
        for g in sorted(gs, key=_sort_key):
            out.append("- %s: %s [%s] (%s%s) — was **%s**: %s" % (
                g["file"], g["message"], g["rule"], g["program"],
                "" if g["function"] == "-" else ", in " + g["function"],
                g["verdict"], g["reason"]))
        if gs:
            out.append("")
        us = [g for g in unknown if g["corpus"] == corpus]
        if us:
            progs = sorted({g["program"] for g in us})
            out.append("Not compared (the run of %s did not complete): %d "
                       "triaged findings kept as they are" % (
                           ", ".join(progs), len(us)))
            out.append("")
    return out
