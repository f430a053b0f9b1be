#!/usr/bin/env bash
# Installs what is needed, builds, and starts the wizard. On a computer without Kaspersky it opens
# the demo computer "home-windows", so that every step can be tried.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup-debian.sh
./scripts/build.sh

arguments=("$@")
if [ ${#arguments[@]} -eq 0 ]; then
    status=0
    ./build/app/cli/offramp-cli scan >/dev/null || status=$?
    if [ "$status" -eq 0 ]; then
        echo "No Kaspersky product is installed here: starting on the demo computer \"home-windows\"."
        arguments=(--demo home-windows)
    fi
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No graphical display was found; starting the wizard on a virtual one (xvfb-run)." >&2
    exec xvfb-run -a ./build/app/wizard/offramp "${arguments[@]}"
fi
exec ./build/app/wizard/offramp "${arguments[@]}"
