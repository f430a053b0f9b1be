#!/usr/bin/env bash
# Installs what Offramp needs to build, run and test on Debian 12, from Debian's own packages.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
    nlohmann-json3-dev
    dpkg-dev rpm libplist-utils
    help2man lintian rpmlint desktop-file-utils appstream fakeroot wixl osslsigncode openssl
    xvfb xauth
    ansible-core
    clang-format clang-tidy
    clang-14 libclang-rt-14-dev
    g++-mingw-w64-x86-64-posix wine64 wine fonts-wine
)

# Root installs directly; anyone else goes through sudo.
if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "setup-debian.sh: installing packages needs root; run it as root or install sudo" >&2
    exit 1
fi

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    "${as_root[@]}" apt-get update -q
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
