# Gives a Windows executable Offramp's icon, a version resource and the manifest in packaging/windows.
# offramp_add_windows_resources(<target> <file name> <description> [<program>]): <program> names it in the manifest
# (the target's name by default), so that a program's twin without the tests' switches is named as it is.
function(offramp_add_windows_resources target fileName description)
    set(OFFRAMP_FILE_NAME "${fileName}")
    set(OFFRAMP_FILE_DESCRIPTION "${description}")
    set(program "${target}")
    if(ARGC GREATER 3)
        set(program "${ARGV3}")
    endif()
    string(REGEX REPLACE "[^A-Za-z0-9]" "" OFFRAMP_MANIFEST_NAME "${program}")
    set(OFFRAMP_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/offramp.ico")
    set(OFFRAMP_MANIFEST "${CMAKE_CURRENT_BINARY_DIR}/${target}.manifest")
    configure_file("${PROJECT_SOURCE_DIR}/packaging/windows/offramp.manifest" "${OFFRAMP_MANIFEST}" @ONLY)
    configure_file("${PROJECT_SOURCE_DIR}/packaging/windows/offramp.rc.in" "${CMAKE_CURRENT_BINARY_DIR}/${target}.rc" @ONLY)
    target_sources(${target} PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/${target}.rc")
    set_property(SOURCE "${CMAKE_CURRENT_BINARY_DIR}/${target}.rc" APPEND PROPERTY OBJECT_DEPENDS
        "${OFFRAMP_ICON}" "${OFFRAMP_MANIFEST}")
endfunction()
