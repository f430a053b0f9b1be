#!/usr/bin/env bash
# Configures and builds Offramp in build/ (the "default" CMake preset).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset default
cmake --build --preset default -j "$(nproc)"
