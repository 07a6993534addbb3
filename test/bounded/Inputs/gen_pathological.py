#!/usr/bin/env python3
"""Writes one pathological driver function to stdout, for the bounded-
analysis tests and the benchmark (bench/bench.py --pathological):

  branches N   N independent branches between an acquire and its release
  correlated N N flags, each choosing a Dpr or plain acquire of its own
               lock and, later, the matching release (2^N paths)
  locks N      N locks taken in order and released in reverse
  loops N      N nested loops, a lock taken and released in the innermost
  switch N     a switch of N cases, each with its own lock use
  chain N      N functions, each calling the next under its own lock

Every input is correct code: a finding is an invented one."""
import sys

HEAD = """#include <ndis.h>
typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  NDIS_SPIN_LOCK Locks[%d];
  ULONG Count;
  ULONG Flags[%d];
} ADAPTER, *PADAPTER;
"""


def branches(n):
    out = [HEAD % (1, 1), "VOID Branches(PADAPTER a, ULONG x, ULONG y) {",
           "  NdisAcquireSpinLock(&a->Lock);"]
    for k in range(n):
        out.append("  if ((x >> %d) & 1) a->Count += %d; else if (y == %d) a->Count--;" % (k % 32, k, k))
    out += ["  NdisReleaseSpinLock(&a->Lock);", "}"]
    return out


def correlated(n):
    out = [HEAD % (n, n), "VOID Correlated(PADAPTER a) {"]
    for k in range(n):
        out.append("  BOOLEAN dpr%d = a->Flags[%d] != 0;" % (k, k))
    for k in range(n):
        out.append("  if (dpr%d) NdisDprAcquireSpinLock(&a->Locks[%d]); else NdisAcquireSpinLock(&a->Locks[%d]);" % (k, k, k))
    out.append("  a->Count++;")
    for k in reversed(range(n)):
        out.append("  if (dpr%d) NdisDprReleaseSpinLock(&a->Locks[%d]); else NdisReleaseSpinLock(&a->Locks[%d]);" % (k, k, k))
    out.append("}")
    return out


def locks(n):
    out = [HEAD % (n, 1), "VOID ManyLocks(PADAPTER a) {"]
    for k in range(n):
        out.append("  NdisDprAcquireSpinLock(&a->Locks[%d]);" % k)
    out.append("  a->Count++;")
    for k in reversed(range(n)):
        out.append("  NdisDprReleaseSpinLock(&a->Locks[%d]);" % k)
    out.append("}")
    return out


def loops(n):
    out = [HEAD % (1, 1), "VOID Nested(PADAPTER a, ULONG m) {"]
    for k in range(n):
        out.append("  " * (k + 1) + "for (ULONG i%d = 0; i%d < m; i%d++) {" % (k, k, k))
    pad = "  " * (n + 1)
    out += [pad + "NdisAcquireSpinLock(&a->Lock);",
            pad + "if (a->Count > m) { NdisReleaseSpinLock(&a->Lock); break; }",
            pad + "a->Count++;",
            pad + "NdisReleaseSpinLock(&a->Lock);"]
    for k in reversed(range(n)):
        out.append("  " * (k + 1) + "}")
    out.append("}")
    return out


def switch(n):
    out = [HEAD % (16, 1), "VOID BigSwitch(PADAPTER a, ULONG code) {", "  switch (code) {"]
    for k in range(n):
        out += ["  case %d:" % k,
                "    NdisAcquireSpinLock(&a->Locks[%d]);" % (k % 16),
                "    a->Count += %d;" % k,
                "    NdisReleaseSpinLock(&a->Locks[%d]);" % (k % 16),
                "    break;"]
    out += ["  default:", "    break;", "  }", "}"]
    return out


def chain(n):
    out = [HEAD % (n, 1)]
    for k in reversed(range(n)):
        callee = "Chain%d(a);" % (k + 1) if k + 1 < n else "a->Count++;"
        out += ["VOID Chain%d(PADAPTER a) {" % k,
                "  NdisAcquireSpinLock(&a->Locks[%d]);" % k,
                "  " + callee,
                "  NdisReleaseSpinLock(&a->Locks[%d]);" % k, "}"]
    return out


def main():
    kind, n = sys.argv[1], int(sys.argv[2])
    print("\n".join(globals()[kind](n)))


if __name__ == "__main__":
    main()
