# LICENSES.txt: Offramp's own licence and the notices of the software built into its programs, followed by the
# full texts those notices refer to. Whoever gets offramp.exe alone gets them inside it (the wizard's "About
# Offramp"); the MSI and the Windows download folder carry the file beside the programs.
#
# The notices are the copyright files Debian ships with the packages the code comes from: Debian keeps them
# complete and current, and every Debian system has them (images that leave out documentation keep these).
# The Windows programs link Qt, libgcrypt, libgpg-error, the MinGW-w64 runtime and GCC's runtime statically;
# elsewhere only nlohmann/json is built in (Qt and libgcrypt are the system's, with their own notices).
#
#   offramp_third_party_licenses(<output file>)
#   OFFRAMP_BUILT_IN_COMPONENTS: the names of the sections it writes (the tests look for each).

# Each component: its name, the Debian package whose copyright file is its notice.
if(WIN32)
    set(OFFRAMP_BUILT_IN_COMPONENTS
        "Qt" "libgcrypt" "libgpg-error" "MinGW-w64 runtime and winpthreads" "GCC runtime (libstdc++, libgcc)"
        "JSON for Modern C++ (nlohmann/json)")
    set(offrampComponentPackages
        qt6-base-dev libgcrypt-mingw-w64-dev libgpg-error-mingw-w64-dev mingw-w64-x86-64-dev gcc-mingw-w64-base
        nlohmann-json3-dev)
    # Every licence those copyright files send the reader to /usr/share/common-licenses for, but for
    # documentation-only ones (the GFDL) and the Artistic licence of GCC's Perl scripts, which are not built in.
    set(offrampLicenseTexts Apache-2.0 GPL-2 GPL-3 LGPL-2 LGPL-2.1 LGPL-3)
    set(offrampSystemLibraries "")
else()
    set(OFFRAMP_BUILT_IN_COMPONENTS "JSON for Modern C++ (nlohmann/json)")
    set(offrampComponentPackages nlohmann-json3-dev)
    set(offrampLicenseTexts GPL-3)
    set(offrampSystemLibraries "Qt and libgcrypt are not built in: they are this system's, with their own notices.\n\n")
endif()

function(offramp_third_party_licenses output)
    set(rule "================================================================================")
    set(inputs "")
    set(sections "")
    set(list "")
    foreach(name package IN ZIP_LISTS OFFRAMP_BUILT_IN_COMPONENTS offrampComponentPackages)
        set(notice "/usr/share/doc/${package}/copyright")
        if(NOT EXISTS "${notice}")
            message(FATAL_ERROR "${notice} is missing: the notice of ${name}, which is built into Offramp. "
                                "Install ${package} (scripts/setup-debian.sh does).")
        endif()
        execute_process(COMMAND dpkg-query -W "-f=\${Version}" "${package}"
                        OUTPUT_VARIABLE version RESULT_VARIABLE result ERROR_QUIET)
        if(NOT result EQUAL 0 OR version STREQUAL "")
            set(version "unknown version")
        endif()
        file(READ "${notice}" text)
        string(APPEND list "  - ${name}, from Debian's ${package} ${version}\n")
        string(APPEND sections "\n${rule}\n${name}\n(Debian's ${package} ${version}: ${notice})\n${rule}\n\n${text}")
        list(APPEND inputs "${notice}")
    endforeach()
    foreach(license IN LISTS offrampLicenseTexts)
        set(path "/usr/share/common-licenses/${license}")
        if(NOT EXISTS "${path}")
            message(FATAL_ERROR "${path} is missing (Debian's base-files package has it)")
        endif()
        file(READ "${path}" text)
        string(APPEND sections "\n${rule}\nFull text: ${license} (${path})\n${rule}\n\n${text}")
        list(APPEND inputs "${path}")
    endforeach()
    if(NOT "GPL-3" IN_LIST offrampLicenseTexts)
        message(FATAL_ERROR "Offramp's own licence, GPL-3, must be among the full texts")
    endif()

    # Quoted pieces: the texts hold semicolons, which an unquoted list would split at.
    string(CONCAT content "Offramp ${PROJECT_VERSION}\nCopyright 2026 The Offramp authors\n\n"
"Offramp is free software: you can redistribute it and/or modify it under the terms of the GNU General Public\n"
"License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any\n"
"later version. Offramp is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without\n"
"even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public\n"
"License (its full text, GPL-3, is below) for more details.\n\n"
"Built into this program, each under its own licence:\n${list}\n${offrampSystemLibraries}"
"Each one's notice follows: the copyright file Debian ships with the package it comes from. The full texts\n"
"of the licences those notices name come last.\n${sections}")

    # Written only when it changes, so that nothing rebuilds for nothing; read again when an input changes.
    set(old "")
    if(EXISTS "${output}")
        file(READ "${output}" old)
    endif()
    if(NOT old STREQUAL content)
        file(WRITE "${output}" "${content}")
    endif()
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${inputs})
endfunction()
