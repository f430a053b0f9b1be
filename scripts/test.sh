#!/usr/bin/env bash
# Installs what is needed, builds, and runs every test (ctest). CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
# Qt for MinGW, which the Windows wizard and its tests under Wine need: built once per machine into a
# cache outside the checkout (about forty minutes on two cores the first time), then reused. Its few
# packages go first, so that it builds while the other packages install and the native build runs.
./scripts/setup-debian.sh qt-mingw
./scripts/build-qt-mingw.sh >/dev/null &
qt_build=$!
trap 'kill "$qt_build" 2>/dev/null || true' EXIT
./scripts/setup-debian.sh
./scripts/build.sh
wait "$qt_build"
trap - EXIT
ctest --preset default
# Every parser's libFuzzer target, built with clang and the sanitizers and run for a few seconds each
# (docs/RELIABILITY.md; scripts/fuzz.sh runs them for long).
cmake --preset fuzz
cmake --build --preset fuzz -j "$(nproc)"
ctest --preset fuzz
