"""Checks irqlint's findings on the example driver against its BUG markers.

Every `BUG(<rule>)` comment whose rule is in the given list must be matched
by a finding of that rule on the first code line after the comment, and
every finding must be so announced: the example's README and its code can
not drift from what irqlint reports.
Usage: check-bug-markers.py <findings.txt> <rule>... -- <source>...
"""
import re
import sys

args = sys.argv[1:]
sep = args.index("--")
findings_file, rules, sources = args[0], set(args[1:sep]), args[sep + 1:]

expected = set()
for path in sources:
    lines = open(path).read().split("\n")
    for i, line in enumerate(lines):
        m = re.search(r"BUG\(([a-z-]+)\)", line)
        if not m or m.group(1) not in rules:
            continue
        # the finding is on the first non-blank line after the comment ends
        j = i
        while "*/" not in lines[j]:
            j += 1
        j += 1
        while not lines[j].strip():
            j += 1
        expected.add((path.split("/")[-1], j + 1, m.group(1)))

found = set()
for line in open(findings_file):
    m = re.match(r"(.*?):(\d+):\d+: (?:warning|error): .*\[([a-z-]+)\]$", line.strip())
    if m:
        found.add((m.group(1).split("/")[-1], int(m.group(2)), m.group(3)))

ok = True
for item in sorted(expected - found):
    print("missing finding for marker: %s:%d %s" % item)
    ok = False
for item in sorted(found - expected):
    print("finding without a BUG marker: %s:%d %s" % item)
    ok = False
print("%d marked bugs, %d findings: %s" % (len(expected), len(found), "ok" if ok else "MISMATCH"))
sys.exit(0 if ok else 1)
