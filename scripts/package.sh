#!/usr/bin/env bash
# Makes everything Offramp is downloaded as, into dist/: for Windows offramp.exe (the home user's download),
# the MSI for offices and offramp-cli.exe, signed when OFFRAMP_SIGN_CERT and OFFRAMP_SIGN_KEY name a
# code-signing certificate and its key (PEM), with LICENSES.txt; for Linux the .deb and the .rpm. Each
# program and package has its .sha256.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup-debian.sh
cmake --preset default
cmake --build --preset default --target package
./scripts/build-windows.sh
cmake --build --preset windows --target package
rm -rf dist
mkdir dist
cp build/offramp_*_amd64.deb* build/offramp-*.x86_64.rpm* build-windows/dist/offramp* build-windows/dist/LICENSES.txt dist/
ls -l dist
