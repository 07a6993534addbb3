#!/usr/bin/env python3
"""Writes awkward variants of one small driver file into OUT_DIR, for
test/robust/inputs.test: CRLF line ends, a UTF-8 byte-order mark, bytes
that are not UTF-8 (Latin-1 in a comment and a string), a 100,000-byte
line, and a directory and file name with spaces; and lf/, crlf/ and bom/
copies of one file under the same name, whose fingerprints must agree. Every variant has the
same defect on line 9 (a lock left held on an early return) after the
same number of lines."""
import os
import sys

LINES = [
    "#include <ndis.h>",
    "/* %s */",
    "typedef struct _ADAPTER { NDIS_SPIN_LOCK Lock; ULONG Count; } ADAPTER, *PADAPTER;",
    "static const char *Name = \"%s\";",
    "",
    "VOID Send(PADAPTER a, BOOLEAN full) {",
    "  ULONG unused = 0;",
    "  (void)unused;",
    "  NdisAcquireSpinLock(&a->Lock);",
    "  if (full)",
    "    return;",
    "  NdisReleaseSpinLock(&a->Lock);",
    "}",
]


def text(comment, string, newline="\n"):
    lines = list(LINES)
    lines[1] = lines[1] % comment
    lines[3] = lines[3] % string
    return newline.join(lines) + newline


def main():
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "dir with spaces"), exist_ok=True)
    plain = text("plain", "plain").encode()
    suppressed = text("plain", "plain", "\r\n").replace(
        "  NdisAcquireSpinLock(&a->Lock);\r\n",
        "  NdisAcquireSpinLock(&a->Lock); // irqlint: ignore[lock-not-released] ok\r\n")
    for root in ("lf", "crlf", "bom"):
        os.makedirs(os.path.join(out, root), exist_ok=True)
    variants = {
        "plain.c": plain,
        os.path.join("lf", "send.c"): plain,
        os.path.join("crlf", "send.c"): text("plain", "plain", "\r\n").encode(),
        os.path.join("bom", "send.c"): b"\xef\xbb\xbf" + plain,
        "crlf_suppressed.c": suppressed.encode(),
        "crlf.c": text("plain", "plain", "\r\n").encode(),
        "bom.c": b"\xef\xbb\xbf" + plain,
        "latin1.c": text("caf\xe9 \xa9 2026", "na\xefve").encode("latin-1"),
        "longline.c": text("x" * 100000, "y" * 1000).encode(),
        os.path.join("dir with spaces", "send file.c"): plain,
    }
    for name, data in variants.items():
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
