#!/usr/bin/env bash
# Builds Offramp and runs its benchmarks; prints a table per benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh >/dev/null
echo "== scan: offramp's dpkg scan against merely reading the database =="
./build/bench/offramp-bench-scan
