#!/bin/sh
# Repeats irqlint's published evaluation (docs/evaluation.md) in one command:
# irqlint on two corpora of real Windows driver code, with a summary table
# per corpus (files, lines, parse errors, wall time, findings per rule) and
# the full findings (text and SARIF) in an output directory.
#
#   bench/evaluate.sh [-o OUTDIR] [--only wds|ros] \
#       <windows-driver-samples-checkout> <reactos-checkout> [irqlint-binary]
#
# OUTDIR defaults to $PWD/eval-out; the binary to build/bin/irqlint of this
# repository.  Needs only sh and python3 (standard library).
#
# The two checkouts (work trees; nothing from them is copied into this
# repository):
#   git clone https://github.com/microsoft/Windows-driver-samples.git
#   git clone https://github.com/reactos/reactos.git
# A partial tree with just the directories used is enough, e.g. from a
# clone or a bare mirror with `git archive HEAD <dirs> | tar -x -C <dest>`:
#   Windows-driver-samples: network/ndis tools/sdv general
#   reactos: drivers/network/dd sdk/include sdk/lib/pseh/include
#            sdk/lib/drivers/virtio
#   (plus, only to read what the build does: CMakeLists.txt sdk/cmake
#    sdk/tools/hpp)
# The evaluation was made with Windows-driver-samples at 26a27df8 and the
# ReactOS tree of the ahmedarif193/reactos fork at 7432f4e9d95.
#
# Exit status: 0 when every irqlint run completed (findings or not),
# 1 when one crashed or reported an input error, 2 on a usage error.

set -eu

here=$(cd "$(dirname "$0")" && pwd)
out="$PWD/eval-out"
only=""

usage() {
    echo "usage: bench/evaluate.sh [-o OUTDIR] [--only wds|ros]" \
         "<windows-driver-samples-checkout> <reactos-checkout> [irqlint-binary]" >&2
    exit 2
}

while [ $# -gt 0 ]; do
    case "$1" in
        -o) [ $# -ge 2 ] || usage; out=$2; shift 2 ;;
        -o*) out=${1#-o}; shift ;;
        --only) [ $# -ge 2 ] || usage; only=$2; shift 2 ;;
        --only=*) only=${1#--only=}; shift ;;
        -h|--help) usage ;;
        --) shift; break ;;
        -*) echo "evaluate.sh: unknown option '$1'" >&2; usage ;;
        *) break ;;
    esac
done
[ $# -eq 2 ] || [ $# -eq 3 ] || usage

wds=$1
ros=$2
irqlint=${3:-"$here/../build/bin/irqlint"}

case "$only" in
    ""|wds|ros) ;;
    *) echo "evaluate.sh: --only takes wds or ros" >&2; usage ;;
esac
if [ "$only" != ros ] && [ ! -d "$wds/network/ndis" ]; then
    echo "evaluate.sh: '$wds' is not a Windows-driver-samples checkout (no network/ndis)" >&2
    exit 2
fi
if [ "$only" != wds ] && { [ ! -d "$ros/drivers/network/dd" ] || [ ! -d "$ros/sdk/include/xdk" ]; }; then
    echo "evaluate.sh: '$ros' is not a ReactOS checkout (no drivers/network/dd or sdk/include/xdk)" >&2
    exit 2
fi
[ -x "$irqlint" ] || {
    echo "evaluate.sh: no irqlint binary at '$irqlint' (build it: cmake --build build)" >&2
    exit 2
}
command -v python3 >/dev/null 2>&1 || {
    echo "evaluate.sh: python3 is needed" >&2
    exit 2
}

set -- "$wds" "$ros" "$irqlint" --out "$out"
if [ -n "$only" ]; then
    set -- "$@" --only "$only"
fi
exec python3 "$here/evaluate.py" "$@"
