#!/bin/sh
# Repeats irqlint's published evaluation (docs/evaluation.md) in one command:
# irqlint on two corpora of real Windows driver code, with a summary per
# corpus (programs, files, C files that compile, clang errors, wall time, findings per
# rule with their triage verdicts), the full findings (JSON, text and
# SARIF) and a comparison with the triage (bench/triage.tsv) in an output
# directory.
#
#   bench/evaluate.sh [-o OUTDIR] [--only wds|ros] [--update-triage] [--no-sarif] \
#       <windows-driver-samples-checkout> <reactos-checkout> [irqlint-binary]
#   bench/evaluate.sh --list [-o DIR] [--only wds|ros] <wds> <ros>
#
# --wds-commit SHA / --ros-commit SHA name the checkouts' commits when they
# are not git work trees (default: git rev-parse, else the commit the
# program lists record).
# OUTDIR defaults to $PWD/eval-out; the binary to build/bin/irqlint of this
# repository.  Needs only sh and python3 (standard library).
#
# What is analyzed (the lists: bench/wds_projects.txt, bench/ros_modules.txt,
# which --list regenerates, into bench/ unless -o is given):
#   Windows-driver-samples: every kernel-mode C driver project (a .vcxproj
#     of ConfigurationType Driver, DriverType not UMDF, with .c sources),
#     run as a user runs it: `irqlint <project>.vcxproj` (irqlint reads the
#     project, the static libraries it links and its WPP settings itself);
#   ReactOS: every module (CMake target) under drivers/ and sdk/lib/drivers/
#     whose sources use a lock, with the flags ReactOS's CMake gives each
#     of its sources.
# One irqlint run per program (all its files, so calls between them are
# followed).  A run that crashes, times out or exits 2/3 is reported with
# its status; the others go on.
#
# OUTDIR/summary.md        the tables
# OUTDIR/triage-diff.md    findings per corpus and rule: true / false /
#                          untriaged per bench/triage.tsv, new and gone ones
# OUTDIR/triage.tsv        with --update-triage: bench/triage.tsv merged
#                          with this run (verdicts kept, new findings
#                          untriaged, gone ones dropped); copy it over
#                          bench/triage.tsv after triaging
# OUTDIR/<corpus>/<program>.{cmd,json,txt,sarif,stderr}, <corpus>.sarif,
# <corpus>-findings.txt
#
# The two checkouts (work trees; nothing from them is copied into this
# repository):
#   git clone https://github.com/microsoft/Windows-driver-samples.git
#   git clone https://github.com/reactos/reactos.git
# A partial tree is enough, e.g. from a clone or a bare mirror with
# `git archive HEAD <dirs> | tar -x -C <dest>`:
#   Windows-driver-samples: the whole tree (the drivers are everywhere)
#   reactos: drivers sdk/include sdk/lib/drivers sdk/lib/pseh/include
#            CMakeLists.txt (plus, only to read what the build does:
#            sdk/cmake sdk/tools/hpp)
# The evaluation was made with Windows-driver-samples at 26a27df8 and the
# ReactOS tree of the ahmedarif193/reactos fork at 7432f4e9d95.
#
# Exit status: 0 when every irqlint run completed (findings or not),
# 1 when one crashed, timed out or reported an input error, 2 on a usage
# error.

set -eu

here=$(cd "$(dirname "$0")" && pwd)
out=""
only=""
list=""
update=""
nosarif=""
commits=""

usage() {
    echo "usage: bench/evaluate.sh [-o OUTDIR] [--only wds|ros] [--update-triage] [--no-sarif]" \
         "<windows-driver-samples-checkout> <reactos-checkout> [irqlint-binary]" >&2
    echo "       bench/evaluate.sh --list [-o DIR] [--only wds|ros] <wds> <ros>" >&2
    echo "       (both take --wds-commit SHA --ros-commit SHA)" >&2
    exit 2
}

while [ $# -gt 0 ]; do
    case "$1" in
        -o) [ $# -ge 2 ] || usage; out=$2; shift 2 ;;
        -o*) out=${1#-o}; shift ;;
        --only) [ $# -ge 2 ] || usage; only=$2; shift 2 ;;
        --only=*) only=${1#--only=}; shift ;;
        --list) list=1; shift ;;
        --update-triage) update=1; shift ;;
        --no-sarif) nosarif=1; shift ;;
        --wds-commit|--ros-commit)
            [ $# -ge 2 ] || usage; commits="$commits $1=$2"; shift 2 ;;
        --wds-commit=*|--ros-commit=*) commits="$commits $1"; shift ;;
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
if [ -n "$list" ]; then
    # shellcheck disable=SC2086  # one word per --x-commit=SHA
    set -- "$wds" "$ros" --list $commits
    if [ -n "$out" ]; then
        set -- "$@" --out "$out"
    fi
    if [ -n "$only" ]; then
        set -- "$@" --only "$only"
    fi
    exec python3 "$here/evaluate.py" "$@"
fi
[ -n "$out" ] || out="$PWD/eval-out"
[ -x "$irqlint" ] || {
    echo "evaluate.sh: no irqlint binary at '$irqlint' (build it: cmake --build build)" >&2
    exit 2
}
command -v python3 >/dev/null 2>&1 || {
    echo "evaluate.sh: python3 is needed" >&2
    exit 2
}

# shellcheck disable=SC2086
set -- "$wds" "$ros" "$irqlint" --out "$out" $commits
if [ -n "$only" ]; then
    set -- "$@" --only "$only"
fi
if [ -n "$nosarif" ]; then
    set -- "$@" --no-sarif
fi
if [ -n "$update" ]; then
    set -- "$@" --update-triage
fi
exec python3 "$here/evaluate.py" "$@"
