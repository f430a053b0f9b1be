# libgcrypt, the maintained library Offramp's SHA-256 comes from (platform/Sha256.h), as the target
# offramp_libgcrypt.
#  - Linux (and other hosts): the system's shared library, found with pkg-config (Debian: libgcrypt20-dev); the
#    packages then depend on libgcrypt20 through dpkg-shlibdeps and rpmbuild's own scan.
#  - Windows (the MinGW cross build): the static archives of Debian's libgcrypt-mingw-w64-dev and
#    libgpg-error-mingw-w64-dev in MinGW's root (the toolchain's CMAKE_FIND_ROOT_PATH), so that offramp.exe and
#    offramp-cli.exe stay one file each and import no DLL that Windows lacks. They are named in full: beside them
#    lie the import libraries of their DLLs (libgcrypt.dll.a), which -lgcrypt would take first.
add_library(offramp_libgcrypt INTERFACE IMPORTED)
if(WIN32)
    find_path(OFFRAMP_GCRYPT_INCLUDE_DIR gcrypt.h REQUIRED)
    find_library(OFFRAMP_GCRYPT_LIBRARY NAMES libgcrypt.a REQUIRED)
    find_library(OFFRAMP_GPG_ERROR_LIBRARY NAMES libgpg-error.a REQUIRED)
    add_library(offramp_gpg_error STATIC IMPORTED)
    # ws2_32: what gpg-error.pc lists for a static link (Libs.private); a DLL every Windows has (a known DLL).
    set_target_properties(offramp_gpg_error PROPERTIES
        IMPORTED_LOCATION "${OFFRAMP_GPG_ERROR_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${OFFRAMP_GCRYPT_INCLUDE_DIR}"
        INTERFACE_LINK_LIBRARIES ws2_32)
    add_library(offramp_gcrypt_static STATIC IMPORTED)
    set_target_properties(offramp_gcrypt_static PROPERTIES
        IMPORTED_LOCATION "${OFFRAMP_GCRYPT_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${OFFRAMP_GCRYPT_INCLUDE_DIR}"
        INTERFACE_LINK_LIBRARIES offramp_gpg_error)
    target_link_libraries(offramp_libgcrypt INTERFACE offramp_gcrypt_static)
else()
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(OFFRAMP_LIBGCRYPT REQUIRED IMPORTED_TARGET libgcrypt>=1.10)
    target_link_libraries(offramp_libgcrypt INTERFACE PkgConfig::OFFRAMP_LIBGCRYPT)
endif()
