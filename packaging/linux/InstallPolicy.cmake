# Run by `cmake --install` (and by CPack): writes the polkit policy with offramp-cli's path under the prefix
# of this installation. Needs POLICY_TEMPLATE, BINDIR, DATADIR and PROJECT_HOMEPAGE_URL.
set(OFFRAMP_CLI_INSTALLED_PATH "${CMAKE_INSTALL_PREFIX}/${BINDIR}/offramp-cli")
file(READ "${POLICY_TEMPLATE}" policy)
string(CONFIGURE "${policy}" policy @ONLY)
set(installed "${CMAKE_INSTALL_PREFIX}/${DATADIR}/polkit-1/actions/org.offramp.Offramp.policy")
message(STATUS "Installing: $ENV{DESTDIR}${installed}")
file(WRITE "$ENV{DESTDIR}${installed}" "${policy}")
list(APPEND CMAKE_INSTALL_MANIFEST_FILES "${installed}")
