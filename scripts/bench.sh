#!/usr/bin/env bash
# Builds Offramp and runs its benchmarks; prints a table per benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh >/dev/null
echo "== scan: offramp's dpkg scan against merely reading the database =="
./build/bench/offramp-bench-scan
echo
echo "== start-up: the wizard to its first page against a bare seven-page QWizard =="
./build/bench/offramp-bench-startup
echo
echo "== size: offramp-cli.exe, cross-built with the windows-cli preset (target: under 4 MiB) =="
cmake --preset windows-cli >/dev/null && cmake --build --preset windows-cli >/dev/null && stat -c %s build-windows/app/cli/offramp-cli.exe | awk '{ printf "offramp-cli.exe  %d bytes  %.2f MiB of 4 MiB  %s\n", $1, $1 / 1048576, ($1 < 4194304 ? "ok" : "OVER") }'
echo
echo "== rescue: offramp-cli rescue (copy, SHA-256, flush, rename) against cp -r plus sha256sum (target: at least 0.8x) =="
./build/bench/offramp-bench-rescue
