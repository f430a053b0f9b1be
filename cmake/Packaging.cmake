# The installers CPack makes from the install rules (`cmake --build build --target package`).
# Linux: a .deb and an .rpm that install under /usr.
if(NOT CMAKE_SYSTEM_NAME STREQUAL "Linux")
    return()
endif()

set(CPACK_PACKAGE_NAME offramp)
set(CPACK_PACKAGE_VENDOR "The Offramp project")
set(CPACK_PACKAGE_CONTACT "The Offramp authors <offramp@offramp.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Leave Kaspersky safely and choose new protection")
# Lines of at most 80 characters, as both package formats ask.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Offramp helps people leave a security product that they may no longer buy"
    "or update: today, Kaspersky. It finds the product, explains the rules that"
    "apply in the user's country on today's date, rescues the user's data,"
    "removes the product with its maker's own uninstaller and hands over to the"
    "protection the user chooses. It changes nothing without consent and sends"
    "nothing anywhere. The package holds the wizard (offramp) and the"
    "command-line tool (offramp-cli).")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB RPM)
set(CPACK_SOURCE_GENERATOR "")
set(CPACK_PACKAGE_CHECKSUM SHA256)

# Debian: the libraries' packages from dpkg-shlibdeps; Qt's platform plugins are loaded at run time, so they are
# named; pkexec asks for the administrator's password before a removal.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "pkexec")
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)

# RPM: rpmbuild finds the libraries itself. The folders other packages own stay theirs.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
set(CPACK_RPM_PACKAGE_GROUP "Applications/System")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/icons /usr/share/icons/hicolor /usr/share/man /usr/share/man/man1 /usr/share/metainfo
    /usr/share/polkit-1 /usr/share/polkit-1/actions /usr/share/doc /usr/share/lintian
    /usr/share/lintian/overrides)
set(CPACK_RPM_USER_FILELIST "%exclude /usr/share/lintian/overrides/offramp")
set(CPACK_RPM_SPEC_MORE_DEFINE "%define packager ${CPACK_PACKAGE_CONTACT}")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")

include(CPack)
