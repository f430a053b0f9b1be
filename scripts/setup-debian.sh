#!/usr/bin/env bash
# Installs what Offramp needs to build, run and test on Debian 12, from Debian's own packages.
#   setup-debian.sh            everything
#   setup-debian.sh qt-mingw   only what scripts/build-qt-mingw.sh needs, and the deb-src entry it
#                              fetches Qt's source with (test.sh installs these first, so that Qt's
#                              long build starts while the rest installs)
set -euo pipefail

qt_mingw_packages=(
    build-essential cmake ninja-build dpkg-dev qt6-base-dev
    g++-mingw-w64-x86-64-posix
)
packages=(
    "${qt_mingw_packages[@]}"
    pkg-config
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
    nlohmann-json3-dev
    libgcrypt20-dev libgcrypt-mingw-w64-dev libgpg-error-mingw-w64-dev
    rpm libplist-utils
    help2man lintian rpmlint desktop-file-utils appstream fakeroot wixl osslsigncode openssl
    xvfb xauth
    ansible-core
    clang-format clang-tidy
    clang-14 libclang-rt-14-dev
    wine64 wine fonts-wine
)
case "${1:-all}" in
    all) ;;
    qt-mingw) packages=("${qt_mingw_packages[@]}") ;;
    *) echo "setup-debian.sh: unknown group '$1' (expected: qt-mingw, or nothing for everything)" >&2; exit 2 ;;
esac

# Root installs directly; anyone else goes through sudo.
if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "setup-debian.sh: installing packages needs root; run it as root or install sudo" >&2
    exit 1
fi

update_needed=false
# Qt for MinGW is built from Debian's qt6-base source: apt-get source needs a deb-src entry.
if [ "${1:-all}" = qt-mingw ] && ! grep -rqs '^Types:.*deb-src\|^deb-src ' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    echo "Adding a deb-src entry for bookworm (Qt's source)"
    printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm bookworm-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
        | "${as_root[@]}" tee /etc/apt/sources.list.d/offramp-deb-src.sources >/dev/null
    update_needed=true
fi

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
# Lists this script read in the last hour are fresh enough; not reading them again also leaves them
# alone while the Qt build started by test.sh fetches its source through them.
stamp=${XDG_CACHE_HOME:-$HOME/.cache}/offramp/apt-lists-read
if [ ${#missing[@]} -gt 0 ] && [ -z "$(find "$stamp" -mmin -60 2>/dev/null)" ]; then
    update_needed=true
fi
if $update_needed; then
    "${as_root[@]}" apt-get update -q
    mkdir -p "$(dirname "$stamp")" && touch "$stamp"
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    # Waits for another apt-get (the Qt build's source download needs none, but a person's might run).
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        -o DPkg::Lock::Timeout=600 "${missing[@]}"
fi
