#!/bin/sh
# Builds irqlint and runs it on the bundled example driver
# (examples/ndis_miniport), printing its findings. Installs what is missing.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh build
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target irqlint
echo "== irqlint examples/ndis_miniport/*.c" >&2
status=0
build/bin/irqlint examples/ndis_miniport/*.c || status=$?
# 1 means "findings": that is the point of the example
[ "$status" -le 1 ] || exit "$status"
