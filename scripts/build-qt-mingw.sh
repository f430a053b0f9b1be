#!/usr/bin/env bash
# Builds a static Qt 6.4.2 for 64-bit Windows (MinGW-w64, posix threads) from Debian's own qt6-base
# source package, once per machine, into a cache outside the checkout. Prints the install prefix.
# Debian's patches (security fixes among them) are applied. Later runs find the finished build and
# return at once. Only what Offramp uses is built.
set -euo pipefail
cd "$(dirname "$0")/.."
checkout=$PWD

qt_version=6.4.2
# The configure options are part of the cache key: changing one builds a new Qt beside the old.
options=(
    -DBUILD_SHARED_LIBS=OFF
    -DCMAKE_BUILD_TYPE=Release
    -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_BUILD_BENCHMARKS=OFF
    -DFEATURE_network=OFF -DFEATURE_sql=OFF -DFEATURE_dbus=OFF -DFEATURE_xml=OFF
    -DFEATURE_concurrent=ON -DFEATURE_testlib=ON
    # The report's PDF comes from QPdfWriter (Gui); nothing prints, and no text is Markdown.
    -DFEATURE_printsupport=OFF -DFEATURE_textmarkdownreader=OFF -DFEATURE_textmarkdownwriter=OFF
    -DFEATURE_opengl_dynamic=ON -DFEATURE_vulkan=OFF
    # Not used by Offramp: the second Windows platform plugin (Direct2D; the "windows" one is used and
    # keeps DirectWrite) and the JPEG, GIF and ICO image plugins (the wizard shows only PNG images).
    -DFEATURE_direct2d1_1=OFF -DFEATURE_jpeg=OFF -DFEATURE_gif=OFF -DFEATURE_ico=OFF
    # Nor the graphics view framework (the wizard is plain widgets) or the ODF text writer.
    -DFEATURE_graphicsview=OFF -DFEATURE_textodfwriter=OFF
    # Optimised for size (-Os): a smaller download, and about a tenth less to compile; a wizard's speed
    # does not hang on Qt's inner loops.
    -DFEATURE_optimize_size=ON
    # Debian's source leaves out src/3rdparty/wintab (not free software).
    -DFEATURE_tabletevent=OFF
    -DFEATURE_system_zlib=OFF -DFEATURE_system_png=OFF -DFEATURE_system_jpeg=OFF
    -DFEATURE_system_pcre2=OFF -DFEATURE_system_harfbuzz=OFF -DFEATURE_system_freetype=OFF
    -DFEATURE_system_doubleconversion=OFF -DFEATURE_system_libb2=OFF
    -DFEATURE_icu=OFF -DFEATURE_zstd=OFF
)
key=$(printf '%s\n' "$qt_version" "${options[@]}" "$(cat cmake/qt-mingw-toolchain.cmake)" | sha256sum | cut -c1-12)
cache=${XDG_CACHE_HOME:-$HOME/.cache}/offramp
prefix=$cache/qt-$qt_version-mingw-static-$key
work=$cache/work-$key
mkdir -p "$cache"

# One build at a time on a machine: a second caller waits for the first and then reuses its result.
exec 9>"$cache/qt-$key.lock"
flock 9
if [ -f "$prefix/.offramp-complete" ]; then
    echo "$prefix"
    exit 0
fi

log() { echo "build-qt-mingw.sh: $*" >&2; }
# The cross compiler, CMake, Qt's host tools and the deb-src entry apt-get source needs.
"$checkout/scripts/setup-debian.sh" qt-mingw >&2

rm -rf "$work"
mkdir -p "$work"
cd "$work"
log "fetching Debian's qt6-base source"
apt-get source -q --download-only "qt6-base=$(dpkg-query -W -f='${Version}' qt6-base-dev)" >&2
dpkg-source -x ./qt6-base_*.dsc source >&2
src=$(ls -d "$work"/source)
[ -f "$src/CMakeLists.txt" ] || { log "the unpacked source has no CMakeLists.txt"; exit 1; }

start=$(date +%s)
log "configuring Qt $qt_version for x86_64-w64-mingw32 (static) into $prefix"
cmake -S "$src" -B "$work/build" -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$checkout/cmake/qt-mingw-toolchain.cmake" \
    -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
    -DCMAKE_INSTALL_PREFIX="$prefix" \
    "${options[@]}" >"$work/configure.log" 2>&1 || { tail -n 40 "$work/configure.log" >&2; exit 1; }
log "compiling (about forty minutes on two cores)"
cmake --build "$work/build" --parallel "$(nproc)" >"$work/build.log" 2>&1 || { tail -n 40 "$work/build.log" >&2; exit 1; }
cmake --install "$work/build" >"$work/install.log" 2>&1 || { tail -n 40 "$work/install.log" >&2; exit 1; }
echo "$(( $(date +%s) - start ))" >"$prefix/.offramp-build-seconds"
touch "$prefix/.offramp-complete"
rm -rf "$work"
log "done in $(cat "$prefix/.offramp-build-seconds") s"
echo "$prefix"
