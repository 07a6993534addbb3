"""Damages a cache directory's entries the ways a disk, a crash or a careless
copy can: corrupt.py DIR truncate|flip|foreign|garbage. Entries are taken in
name order, so the test knows which one was hit."""
import os
import sys

directory, how = sys.argv[1], sys.argv[2]
entries = sorted(n for n in os.listdir(directory) if n.endswith(".irqc") and not n.startswith("."))
first = os.path.join(directory, entries[0])
second = os.path.join(directory, entries[1])
if how == "truncate":  # a torn write
    data = open(first, "rb").read()
    open(first, "wb").write(data[: len(data) // 2])
elif how == "flip":  # one bit of the payload
    data = bytearray(open(first, "rb").read())
    data[-7] ^= 0x10
    open(first, "wb").write(bytes(data))
elif how == "foreign":  # another unit's entry under this unit's name
    open(second, "wb").write(open(first, "rb").read())
elif how == "garbage":  # not an entry at all
    open(first, "wb").write(b"not a cache entry\n" * 10)
else:
    sys.exit("corrupt.py: unknown damage " + how)
