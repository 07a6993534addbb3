"""Generate ReactOS's build-time DDK headers (wdm.h, ntddk.h, ...) from the
templates in sdk/include/xdk, the way ReactOS's host tool `hpp` does.

ReactOS does not keep wdm.h, ntddk.h, ntifs.h, ntdef.h, winnt.h or
devioctl.h in its tree: its build expands sdk/include/xdk/*.template.h into
them (sdk/include/xdk/CMakeLists.txt, add_xdk_header).  To analyze ReactOS
drivers with ReactOS's own headers we must produce the same files.  This is
an independent implementation of the template language, written from the
behaviour of `hpp`:

* Only lines that start with '$' in column 0 are directives:
    $define(NAME)        NAME counts as true in $if; "$NAME" expands to ""
    $define(NAME=VALUE)  likewise, "$NAME" in text expands to VALUE
    $if(expr) ... $endif  copy the lines between only if expr is true
    $include(file)       expand file (relative to the xdk directory) here
    $$ ...               comment
  any other '$' line is dropped.
* expr is a parenthesised list of terms joined left to right (no
  precedence) by &&, ||, &, | or +; a term is a number, a NAME (1 if
  $defined, else 0), a nested (expr), each optionally preceded by '!'.
* In copied text each "$NAME" is replaced by NAME's value; an unknown
  name is reported and left as it is.
* Inside a false $if block, only $endif is looked at, so an $if nested in
  a false block is not counted and the first $endif ends the outer block.
  hpp behaves this way and the templates are written for it; we keep it so
  the output is the same.
* A last line without a newline is not copied (as hpp).

Usage as a program: ros_xdk.py <reactos-checkout> <out-include-dir>
writes <out>/ddk/wdm.h, <out>/psdk/ntdef.h, ... (the output paths are read
from sdk/include/xdk/CMakeLists.txt).
"""

import os
import re
import sys

_IDENT = re.compile(r"[A-Za-z0-9_]*")


class XdkError(Exception):
    pass


class Expander:
    def __init__(self, xdk_dir):
        self.xdk_dir = xdk_dir
        # name -> value ("" when $define(NAME) had no value)
        self.defines = {}
        self.warnings = []

    # -- expressions ------------------------------------------------------
    def _term(self, s, i, where):
        """Parse one term at s[i:]; returns (value, next index)."""
        i = _skip_blanks(s, i)
        invert = False
        if i < len(s) and s[i] == "!":
            invert = True
            i = _skip_blanks(s, i + 1)
        if i < len(s) and s[i] == "(":
            val, i = self._expr(s, i, where)
        elif i < len(s) and s[i].isdigit():
            m = re.compile(r"[0-9]+").match(s, i)
            val, i = int(m.group(0)), m.end()
        elif i < len(s) and (s[i].isalpha() or s[i] == "_"):
            m = _IDENT.match(s, i)
            val, i = (1 if m.group(0) in self.defines else 0), m.end()
        else:
            raise XdkError("%s: expected '(' or a constant" % where)
        return (int(not val) if invert else val), i

    def _expr(self, s, i, where):
        """Parse '(' term (op term)* ')' at s[i:]."""
        i = _skip_blanks(s, i)
        if i >= len(s) or s[i] != "(":
            raise XdkError("%s: expected '('" % where)
        val, i = self._term(s, i + 1, where)
        while True:
            i = _skip_blanks(s, i)
            if i >= len(s):
                raise XdkError("%s: missing ')'" % where)
            if s[i] == ")":
                return val, i + 1
            op = s[i:i + 2] if s[i:i + 2] in ("&&", "||") else s[i]
            if op not in ("&&", "||", "&", "|", "+"):
                raise XdkError("%s: unexpected %r" % (where, s[i]))
            rhs, i = self._term(s, i + len(op), where)
            if op == "&&":
                val = int(bool(val) and bool(rhs))
            elif op == "||":
                val = int(bool(val) or bool(rhs))
            elif op == "&":
                val = val & rhs
            elif op == "|":
                val = val | rhs
            else:
                val = val + rhs

    # -- text -------------------------------------------------------------
    def _substitute(self, line, where):
        out = []
        i = 0
        while True:
            j = line.find("$", i)
            if j < 0:
                out.append(line[i:])
                return "".join(out)
            out.append(line[i:j])
            name = _IDENT.match(line, j + 1).group(0)
            if name in self.defines:
                out.append(self.defines[name])
            else:
                self.warnings.append("%s: unknown variable '$%s'" % (where, name))
                out.append("$" + name)
            i = j + 1 + len(name)

    def expand(self, name, out):
        path = os.path.join(self.xdk_dir, name)
        try:
            with open(path, "rb") as f:
                data = f.read().decode("latin-1")
        except OSError as e:
            raise XdkError("cannot read %s: %s" % (path, e))
        # keep line ends as they are (CRLF or LF); drop an unterminated
        # last line, as hpp does
        lines = data.splitlines(keepends=True)
        if_level = copy_level = 0
        for number, line in enumerate(lines, 1):
            where = "%s:%d" % (name, number)
            if not line.endswith("\n"):
                continue
            if not line.startswith("$"):
                if copy_level == if_level:
                    out.append(self._substitute(line, where))
                continue
            if line.startswith("$endif"):
                if if_level <= 0:
                    raise XdkError("%s: $endif without $if" % where)
                if copy_level == if_level:
                    copy_level -= 1
                if_level -= 1
                continue
            if copy_level < if_level:
                continue  # inside a false block: nothing but $endif counts
            if line.startswith("$define"):
                m = re.match(r"\$define[ \t]*\([ \t]*([A-Za-z0-9_]*)[ \t]*"
                             r"(?:=[ \t]*([A-Za-z0-9_]*)[ \t]*)?\)", line)
                if not m:
                    raise XdkError("%s: malformed $define" % where)
                self.defines[m.group(1)] = m.group(2) or ""
            elif line.startswith("$if"):
                if_level += 1
                val, _ = self._expr(line, 3, where)
                if val:
                    copy_level = if_level
            elif line.startswith("$include"):
                m = re.match(r"\$include[ \t]*\(([^)]*)\)", line)
                if not m:
                    raise XdkError("%s: malformed $include" % where)
                self.expand(m.group(1), out)
            # "$$" comments and any other '$' line are dropped


def _skip_blanks(s, i):
    while i < len(s) and s[i] in " \t":
        i += 1
    return i


def xdk_outputs(ros_root):
    """(template, output path relative to the include root) pairs, read from
    sdk/include/xdk/CMakeLists.txt so new templates are picked up."""
    cmake = os.path.join(ros_root, "sdk", "include", "xdk", "CMakeLists.txt")
    with open(cmake, encoding="utf-8", errors="replace") as f:
        text = f.read()
    pairs = re.findall(r"^\s*add_xdk_header\(\s*(\S+)\s+sdk/include/(\S+)\s*\)",
                       text, re.M)
    if not pairs:
        raise XdkError("no add_xdk_header() calls in " + cmake)
    return pairs


def generate(ros_root, out_dir):
    """Expand every template; each starts from an empty set of defines, as
    each hpp run does.  Returns the list of warnings."""
    xdk = os.path.join(ros_root, "sdk", "include", "xdk")
    warnings = []
    for template, rel in xdk_outputs(ros_root):
        e = Expander(xdk)
        out = []
        e.expand(template, out)
        dest = os.path.join(out_dir, rel)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "wb") as f:
            f.write("".join(out).encode("latin-1"))
        warnings.extend(e.warnings)
    return warnings


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: ros_xdk.py <reactos-checkout> <out-include-dir>")
    try:
        for w in generate(sys.argv[1], sys.argv[2]):
            print("ros_xdk: warning: " + w, file=sys.stderr)
    except XdkError as e:
        sys.exit("ros_xdk: error: %s" % e)
