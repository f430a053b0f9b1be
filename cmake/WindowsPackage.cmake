# What Windows users download: `cmake --build --preset windows --target package` makes build-windows/dist/
# with offramp.exe (for a home user: one file, nothing to install), the MSI for offices, offramp-cli.exe and
# LICENSES.txt, signed when a certificate is given (packaging/windows/MakePackage.cmake says how).
# The programs people get are the twins without the tests' switches when the build has them (app/cli/TestHooks.h).
if(OFFRAMP_TEST_HOOKS)
    set(shipped -shipped)
else()
    set(shipped "")
endif()
find_program(OFFRAMP_WIXL wixl)
find_program(OFFRAMP_OSSLSIGNCODE osslsigncode)
add_custom_target(package
    COMMAND "${CMAKE_COMMAND}"
            "-DWIZARD=$<TARGET_FILE:offramp${shipped}>" "-DCLI=$<TARGET_FILE:offramp-cli${shipped}>"
            "-DLICENSES=${OFFRAMP_LICENSES_FILE}"
            "-DICON=${PROJECT_SOURCE_DIR}/packaging/windows/offramp.ico"
            "-DWXS=${PROJECT_SOURCE_DIR}/packaging/windows/offramp.wxs"
            "-DVERSION=${PROJECT_VERSION}" "-DOUT_DIR=${PROJECT_BINARY_DIR}/dist"
            "-DWIXL=${OFFRAMP_WIXL}" "-DOSSLSIGNCODE=${OFFRAMP_OSSLSIGNCODE}"
            -P "${PROJECT_SOURCE_DIR}/packaging/windows/MakePackage.cmake"
    DEPENDS offramp${shipped} offramp-cli${shipped} "${OFFRAMP_LICENSES_FILE}"
    COMMENT "Making the Windows download and MSI in ${PROJECT_BINARY_DIR}/dist"
    VERBATIM)
