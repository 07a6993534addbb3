#!/bin/sh
# Installs what building and testing irqlint needs on Debian 12, only what
# is missing (so it is quick and idempotent). Sourced by demo.sh and test.sh.
#   setup.sh build   compiler, CMake, libclang 19
#   setup.sh test    the above plus lit's tools, clang-format 19, the
#                    sanitizer runtimes (libclang-rt), node/npm
set -eu

need_build="cmake ninja-build gcc pkg-config llvm-19-dev libclang-19-dev clang-19 llvm-19-tools libjansson-dev libyaml-dev libxml2-dev python3"
need_test="$need_build clang-format-19 libclang-rt-19-dev nodejs npm neovim chromium"

case "${1:-build}" in
build) packages=$need_build ;;
test) packages=$need_test ;;
*) echo "setup.sh: unknown mode '$1' (build or test)" >&2; exit 2 ;;
esac

missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    missing="$missing $p"
done
# node/npm may come from outside Debian's packages; accept any working copy
case "$missing" in
*nodejs* | *npm*)
  if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
    missing=$(echo "$missing" | sed -e 's/ nodejs//' -e 's/ npm//')
  fi
  ;;
esac
# python3 may come from elsewhere too (pyenv)
case "$missing" in
*python3*) command -v python3 >/dev/null 2>&1 && missing=$(echo "$missing" | sed -e 's/ python3//') ;;
esac

if [ -n "$missing" ]; then
  echo "setup: installing$missing" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
