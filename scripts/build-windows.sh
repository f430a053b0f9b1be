#!/usr/bin/env bash
# Builds Offramp for Windows in build-windows/: offramp.exe (the wizard) and offramp-cli.exe, each one
# file, plus the programs the Wine tests run. Qt for MinGW comes from scripts/build-qt-mingw.sh, which
# builds it once per machine (about forty minutes on two cores) and reuses it afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
OFFRAMP_QT_MINGW=$(./scripts/build-qt-mingw.sh)
export OFFRAMP_QT_MINGW
cmake --preset windows
cmake --build --preset windows -j "$(nproc)"
echo "Built: $PWD/build-windows/offramp.exe"
