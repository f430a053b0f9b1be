#!/usr/bin/env bash
# Builds Offramp and runs its benchmarks; prints a table per benchmark.
#   bench.sh            every benchmark
#   bench.sh rescue     only the rescue's (copy, SHA-256 and flush against cp -r plus sha256sum); likewise scan,
#                       startup and windows (which rebuilds Offramp for Windows from clean), any of them together
set -euo pipefail
cd "$(dirname "$0")/.."
wanted=("$@")
for name in "${wanted[@]}"; do
    case "$name" in
        scan | startup | windows | rescue) ;;
        *) echo "bench.sh: unknown benchmark '$name' (expected: scan, startup, windows, rescue)" >&2; exit 2 ;;
    esac
done
want() {
    [ ${#wanted[@]} -eq 0 ] && return 0
    local name
    for name in "${wanted[@]}"; do
        [ "$name" = "$1" ] && return 0
    done
    return 1
}
./scripts/build.sh >/dev/null
if want scan; then
    echo "== scan: offramp's dpkg scan against merely reading the database =="
    ./build/bench/offramp-bench-scan
    echo
fi
if want startup; then
    echo "== start-up: the wizard to its first page against a bare seven-page QWizard =="
    ./build/bench/offramp-bench-startup
    echo
fi
if want windows; then
    echo "== Windows: Qt for MinGW built once from Debian's source, then Offramp rebuilt against the cached Qt =="
    qt_prefix=$(./scripts/build-qt-mingw.sh)
    echo "Qt for MinGW, first build on this machine: $(cat "$qt_prefix/.offramp-build-seconds") s (cached in $qt_prefix)"
    ./scripts/build-windows.sh >/dev/null
    cmake --build --preset windows --target clean >/dev/null
    start=$(date +%s)
    ./scripts/build-windows.sh >/dev/null
    echo "Offramp for Windows, rebuilt from clean with Qt cached: $(( $(date +%s) - start )) s"
    echo
    echo "== Windows: sizes (targets: offramp-cli.exe under 4 MiB, offramp.exe under 25 MiB) =="
    size_line() {
        stat -c %s "$1" | awk -v name="$(basename "$1")" -v limit="$2" \
            '{ printf "%-16s %9d bytes  %6.2f MiB of %d MiB  %s\n", name, $1, $1 / 1048576, limit, ($1 < limit * 1048576 ? "ok" : "OVER") }'
    }
    size_line build-windows/offramp-cli.exe 4
    size_line build-windows/offramp.exe 25
    echo
    echo "== Windows: start-up under Wine, offramp.exe to its first page against a bare seven-page QWizard built alike =="
    WINEPREFIX=$(mktemp -d)/prefix
    export WINEPREFIX WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
    wine wineboot --init >/dev/null 2>&1
    wineserver -w
    cp /usr/share/wine/fonts/tahoma.ttf /usr/share/wine/fonts/tahomabd.ttf "$WINEPREFIX/drive_c/windows/Fonts/"
    ./build/bench/offramp-bench-startup --wine build-windows/offramp-bench-bare-wizard.exe build-windows/offramp.exe
    wineserver -k || true
    rm -rf "$(dirname "$WINEPREFIX")"
    echo
fi
if want rescue; then
    echo "== rescue: offramp-cli rescue (copy, SHA-256 by libgcrypt, flush, rename) against cp -r plus sha256sum (target: at least 0.8x); the hash alone in MB/s =="
    ./build/bench/offramp-bench-rescue
fi
