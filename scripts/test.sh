#!/usr/bin/env bash
# Installs what is needed, builds, and runs every test (ctest). CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup-debian.sh
# Qt for MinGW, which the Windows wizard and its tests under Wine need: built once per machine into a
# cache outside the checkout (about forty minutes on two cores the first time), then reused. The native
# build runs beside it, on the cores Qt's download, configuration and install leave idle.
./scripts/build-qt-mingw.sh >/dev/null &
qt_build=$!
trap 'kill "$qt_build" 2>/dev/null || true' EXIT
./scripts/build.sh
wait "$qt_build"
trap - EXIT
ctest --preset default
# Every parser's libFuzzer target, built with clang and the sanitizers and run for a few seconds each
# (docs/RELIABILITY.md; scripts/fuzz.sh runs them for long).
cmake --preset fuzz
cmake --build --preset fuzz -j "$(nproc)"
ctest --preset fuzz
