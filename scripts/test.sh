#!/usr/bin/env bash
# Installs what is needed, builds, and runs every test (ctest). CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup-debian.sh
./scripts/build.sh
ctest --preset default
