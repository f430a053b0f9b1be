# Makes what Windows users download, in OUT_DIR: offramp.exe and offramp-cli.exe (signed), and
# offramp-VERSION.msi (built with wixl from offramp.wxs around the signed programs, then signed itself), each
# with its SHA-256, and LICENSES.txt (also inside the MSI and, for the About dialog, inside offramp.exe). Run by the windows build's `package` target; tests/wine makes a newer MSI with it too.
#   cmake -DWIZARD=... -DCLI=... -DLICENSES=... -DICON=... -DWXS=... -DVERSION=... -DOUT_DIR=... -DWIXL=... -DOSSLSIGNCODE=...
#         -P MakePackage.cmake
# Signing takes a PEM certificate and key from OFFRAMP_SIGN_CERT and OFFRAMP_SIGN_KEY (and, if set,
# OFFRAMP_SIGN_TIMESTAMP_URL). Without them everything is still made, unsigned, and the output says so.
cmake_minimum_required(VERSION 3.25)

foreach(required IN ITEMS WIZARD CLI LICENSES ICON WXS VERSION OUT_DIR)
    if(NOT DEFINED ${required})
        message(FATAL_ERROR "MakePackage.cmake needs -D${required}=...")
    endif()
endforeach()
if(NOT WIXL)
    message(FATAL_ERROR "wixl (Debian's wixl package, from msitools) is needed to build the MSI: "
                        "scripts/setup-debian.sh installs it")
endif()

set(certificate "$ENV{OFFRAMP_SIGN_CERT}")
set(key "$ENV{OFFRAMP_SIGN_KEY}")
set(sign FALSE)
if(certificate AND key)
    if(NOT OSSLSIGNCODE)
        message(FATAL_ERROR "osslsigncode (Debian's osslsigncode package) is needed to sign: "
                            "scripts/setup-debian.sh installs it")
    endif()
    set(sign TRUE)
elseif(certificate OR key)
    message(FATAL_ERROR "Signing needs both OFFRAMP_SIGN_CERT (the certificate) and OFFRAMP_SIGN_KEY (its key)")
endif()

# Signs FILE in place with Authenticode (SHA-256).
function(sign_file file)
    set(arguments sign -certs "${certificate}" -key "${key}" -h sha256 -n "Offramp" -i "https://offramp.invalid")
    if(NOT "$ENV{OFFRAMP_SIGN_TIMESTAMP_URL}" STREQUAL "")
        list(APPEND arguments -ts "$ENV{OFFRAMP_SIGN_TIMESTAMP_URL}")
    endif()
    execute_process(COMMAND "${OSSLSIGNCODE}" ${arguments} -in "${file}" -out "${file}.signed"
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        file(REMOVE "${file}.signed")
        message(FATAL_ERROR "Could not sign ${file}: ${output}")
    endif()
    file(RENAME "${file}.signed" "${file}")
endfunction()

# wixl finds its sources by names relative to the .wxs: everything goes into one folder first.
set(staging "${OUT_DIR}/msi-staging")
file(REMOVE_RECURSE "${staging}")
file(MAKE_DIRECTORY "${staging}")
file(COPY "${WIZARD}" "${CLI}" "${LICENSES}" "${ICON}" "${WXS}" DESTINATION "${staging}")
get_filename_component(wizardName "${WIZARD}" NAME)
get_filename_component(cliName "${CLI}" NAME)
get_filename_component(licensesName "${LICENSES}" NAME)
get_filename_component(iconName "${ICON}" NAME)
get_filename_component(wxsName "${WXS}" NAME)
if(sign)
    sign_file("${staging}/${wizardName}")
    sign_file("${staging}/${cliName}")
endif()

set(msi "${OUT_DIR}/offramp-${VERSION}.msi")
execute_process(
    COMMAND "${WIXL}" --arch x64 -D "Version=${VERSION}" -D "Icon=${iconName}" -D "Wizard=${wizardName}"
            -D "Cli=${cliName}" -D "Licenses=${licensesName}" -o "${msi}" "${wxsName}"
    WORKING_DIRECTORY "${staging}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0 OR NOT EXISTS "${msi}")
    message(FATAL_ERROR "wixl could not build ${msi}: ${output}")
endif()
if(sign)
    sign_file("${msi}")
endif()

file(COPY "${staging}/${wizardName}" "${staging}/${cliName}" "${staging}/${licensesName}" DESTINATION "${OUT_DIR}")
file(REMOVE_RECURSE "${staging}")
foreach(made IN ITEMS "${OUT_DIR}/${wizardName}" "${OUT_DIR}/${cliName}" "${msi}")
    file(SHA256 "${made}" hash)
    get_filename_component(name "${made}" NAME)
    file(WRITE "${made}.sha256" "${hash}  ${name}\n")
    message(STATUS "Made ${made}")
endforeach()
if(sign)
    message(STATUS "Signed with ${certificate}")
else()
    message(STATUS "Unsigned: Windows will warn whoever opens these files. To sign them, set OFFRAMP_SIGN_CERT "
                   "and OFFRAMP_SIGN_KEY to a code-signing certificate and its key (PEM)")
endif()
