# What Windows users download: `cmake --build --preset windows --target package` makes build-windows/dist/
# with offramp.exe (for a home user: one file, nothing to install), the MSI for offices and offramp-cli.exe,
# signed when a certificate is given (packaging/windows/MakePackage.cmake says how).
find_program(OFFRAMP_WIXL wixl)
find_program(OFFRAMP_OSSLSIGNCODE osslsigncode)
add_custom_target(package
    COMMAND "${CMAKE_COMMAND}"
            "-DWIZARD=$<TARGET_FILE:offramp>" "-DCLI=$<TARGET_FILE:offramp-cli>"
            "-DICON=${PROJECT_SOURCE_DIR}/packaging/windows/offramp.ico"
            "-DWXS=${PROJECT_SOURCE_DIR}/packaging/windows/offramp.wxs"
            "-DVERSION=${PROJECT_VERSION}" "-DOUT_DIR=${PROJECT_BINARY_DIR}/dist"
            "-DWIXL=${OFFRAMP_WIXL}" "-DOSSLSIGNCODE=${OFFRAMP_OSSLSIGNCODE}"
            -P "${PROJECT_SOURCE_DIR}/packaging/windows/MakePackage.cmake"
    DEPENDS offramp offramp-cli
    COMMENT "Making the Windows download and MSI in ${PROJECT_BINARY_DIR}/dist"
    VERBATIM)
