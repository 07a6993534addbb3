#!/usr/bin/env python3
"""Prints a PNG's size and whether it has more than one colour, for a
test that a screenshot rendered something: png_info.py FILE."""
import struct
import sys
import zlib

with open(sys.argv[1], "rb") as f:
    data = f.read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height = struct.unpack(">II", data[16:24])
# gather IDAT chunks and look at the raw scanlines
pos, idat = 8, b""
while pos < len(data):
    length = struct.unpack(">I", data[pos:pos + 4])[0]
    kind = data[pos + 4:pos + 8]
    if kind == b"IDAT":
        idat += data[pos + 8:pos + 8 + length]
    pos += 12 + length
raw = zlib.decompress(idat)
distinct = len(set(raw[i:i + 3] for i in range(1, min(len(raw), 400000), 97)))
print("png %dx%d %s" % (width, height,
                        "varied" if distinct > 20 else "blank"))
