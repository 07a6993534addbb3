#!/bin/sh
# Builds irqlint and runs the whole test suite: formatting check, a
# warnings-as-errors build with the lit suite (including SARIF validation
# with Microsoft's SARIF Multitool), then the same suite under an
# AddressSanitizer + UBSan build, and a 60-second libFuzzer run of the whole
# pipeline (IRQLINT_FUZZ_SECONDS changes it). Installs what is missing.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh test
sh scripts/install-sarif-multitool.sh build/tools/sarif-multitool

echo "== clang-format (LLVM style)" >&2
# lit test files and mock headers are test data (their CHECK lines must not
# be reflowed); the unit tests are code and are checked
{ git ls-files '*.c' '*.h' | grep -v '^test/'; git ls-files 'test/unit/*.c' 'test/fuzz/*.c'; } |
  xargs clang-format-19 --dry-run --Werror

lit=/usr/lib/llvm-19/build/utils/lit/lit.py
export IRQLINT_SARIF_MULTITOOL_DIR="$PWD/build/tools/sarif-multitool"

echo "== build (-Werror)" >&2
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DIRQLINT_WERROR=ON >/dev/null
cmake --build build
echo "== lit suite" >&2
python3 "$lit" -sv build/test

echo "== build (ASan + UBSan, -Werror)" >&2
CC=clang-19 cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  -DIRQLINT_WERROR=ON -DIRQLINT_SANITIZE=ON -DIRQLINT_FUZZ=ON >/dev/null
cmake --build build-asan
echo "== lit suite under ASan + UBSan" >&2
# Every sanitizer report goes to a file of its own, from the scan process
# and from its parse workers alike, and any such file fails the suite: a
# test that expects irqlint to fail (lit's `not`) or that reads only its
# stdout would pass over a report on stderr or a sanitizer's exit status.
san_logs="$PWD/build-asan/sanitizer-reports"
rm -rf "$san_logs" && mkdir -p "$san_logs"
LSAN_OPTIONS="suppressions=$PWD/test/lsan.supp:print_suppressions=0" \
  ASAN_OPTIONS="detect_leaks=1:log_path=$san_logs/asan" \
  UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$san_logs/ubsan" \
  python3 "$lit" -sv build-asan/test
if [ -n "$(ls -A "$san_logs")" ]; then
  for f in "$san_logs"/*; do
    echo "== sanitizer report $f" >&2
    cat "$f" >&2
  done
  echo "the lit suite under ASan + UBSan left the sanitizer reports above" >&2
  exit 1
fi

echo "== fuzzing the whole pipeline (libFuzzer, ${IRQLINT_FUZZ_SECONDS:-60} s)" >&2
# seeded with every lit input and every kept crasher (docs/fuzzing.md)
seeds=build-asan/fuzz-seeds
rm -rf "$seeds" && mkdir -p "$seeds" build-asan/fuzz-corpus
n=0
# (not test/robust/Inputs/crash: those crash and hang clang on purpose,
# through its own debugging pragmas, to test irqlint's crash isolation)
for f in $(git ls-files 'test/*.c' 'test/fuzz/crashers/*' | grep -v '^test/robust/Inputs/crash/'); do
  n=$((n + 1))
  cp "$f" "$seeds/seed$n"
done
LSAN_OPTIONS="suppressions=$PWD/test/lsan.supp" ASAN_OPTIONS=detect_leaks=1 \
  UBSAN_OPTIONS=print_stacktrace=1 \
  build-asan/bin/irqlint_fuzz -max_total_time="${IRQLINT_FUZZ_SECONDS:-60}" \
  -timeout=30 -rss_limit_mb=4096 -print_final_stats=1 \
  -artifact_prefix=build-asan/fuzz-crash- build-asan/fuzz-corpus "$seeds"
