#!/bin/sh
# Installs Microsoft's SARIF Multitool (used by the test suite to validate
# irqlint's SARIF) from the npm registry into a project-local directory,
# once. The Linux package ships a self-contained binary: no .NET runtime is
# needed. Version 5.7.0 is pinned: 4.6.x's single-file build crashes on
# `validate`, older ones need libssl 1.1, which Debian 12 does not have.
#   install-sarif-multitool.sh [dir]   (default: build/tools/sarif-multitool)
set -eu
version=5.7.0
dir=${1:-build/tools/sarif-multitool}
bin="$dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ -x "$bin" ] && [ "$(cat "$dir/.version" 2>/dev/null)" = "$version" ]; then
  exit 0
fi
mkdir -p "$dir"
echo "setup: installing @microsoft/sarif-multitool-linux@$version" >&2
npm install --no-audit --no-fund --loglevel=error --prefix "$dir" \
  "@microsoft/sarif-multitool-linux@$version" >/dev/null
chmod u+x "$bin"
echo "$version" >"$dir/.version"
